# big2: a toy stack-based VM with an assembler, plus a scheduler of
# generator "tasks", a JSON-like serializer, and number crunching.
# Ends with an uncaught error so the traceback goes through several frames.

import sys
import math
import time


class VMError(Exception):
    pass


class StackUnderflow(VMError):
    def __init__(self, op, pc):
        super().__init__(f"stack underflow in {op!r} at pc={pc}")
        self.op, self.pc = op, pc


class Instr:
    __slots__ = ("op", "arg", "line")

    def __init__(self, op, arg=None, line=0):
        self.op, self.arg, self.line = op, arg, line

    def __repr__(self):
        return f"{self.op}" if self.arg is None else f"{self.op} {self.arg!r}"


def assemble(src):
    """Two passes: collect labels, then resolve jumps."""
    code, labels = [], {}
    for lineno, raw in enumerate(src.strip().splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *rest = line.split(None, 1)
        arg = rest[0] if rest else None
        if arg is not None:
            try:
                arg = int(arg, 0)
            except ValueError:
                try:
                    arg = float(arg)
                except ValueError:
                    pass
        code.append(Instr(op.upper(), arg, lineno))
    for ins in code:
        if ins.op in ("JMP", "JZ", "JNZ", "CALL"):
            if ins.arg not in labels:
                raise VMError(f"line {ins.line}: unknown label {ins.arg!r}")
            ins.arg = labels[ins.arg]
    return code, labels


class VM:
    BINOPS = {
        "ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
        "DIV": lambda a, b: a // b, "MOD": lambda a, b: a % b, "LT": lambda a, b: int(a < b),
        "EQ": lambda a, b: int(a == b), "POW": lambda a, b: a ** b,
    }

    def __init__(self, code, trace=False):
        self.code = code
        self.stack = []
        self.calls = []
        self.out = []
        self.steps = 0
        self.trace = trace

    def pop(self, op, pc):
        if not self.stack:
            raise StackUnderflow(op, pc)
        return self.stack.pop()

    def run(self, limit=100000):
        pc = 0
        while pc < len(self.code):
            ins = self.code[pc]
            self.steps += 1
            if self.steps > limit:
                raise VMError(f"step limit {limit} exceeded")
            op, arg = ins.op, ins.arg
            if self.trace:
                print(f"  {pc:3d} {ins!r:<12} {self.stack}")
            pc += 1
            if op == "PUSH":
                self.stack.append(arg)
            elif op == "POP":
                self.pop(op, pc - 1)
            elif op == "DUP":
                v = self.pop(op, pc - 1)
                self.stack += [v, v]
            elif op == "SWAP":
                b, a = self.pop(op, pc - 1), self.pop(op, pc - 1)
                self.stack += [b, a]
            elif op == "OVER":
                if len(self.stack) < 2:
                    raise StackUnderflow(op, pc - 1)
                self.stack.append(self.stack[-2])
            elif op in self.BINOPS:
                b, a = self.pop(op, pc - 1), self.pop(op, pc - 1)
                self.stack.append(self.BINOPS[op](a, b))
            elif op == "JMP":
                pc = arg
            elif op == "JZ":
                if self.pop(op, pc - 1) == 0:
                    pc = arg
            elif op == "JNZ":
                if self.pop(op, pc - 1) != 0:
                    pc = arg
            elif op == "CALL":
                self.calls.append(pc)
                pc = arg
            elif op == "RET":
                if not self.calls:
                    break
                pc = self.calls.pop()
            elif op == "PRINT":
                self.out.append(self.pop(op, pc - 1))
            elif op == "HALT":
                break
            else:
                raise VMError(f"line {ins.line}: unknown instruction {op}")
        return self.out


FACT = """
    push 1          ; acc
    push 20         ; n
loop:
    dup
    jz done
    dup             ; acc n n
    swap            ; acc n n -> acc n n
    pop
    swap            ; n acc
    over            ; n acc n
    mul             ; n acc*n
    swap            ; acc n
    push 1
    sub
    jmp loop
done:
    pop
    print
    halt
"""

FIB = """
    push 0
    push 1
    push 0x0A       ; counter
again:
    dup
    jz end
    push 1
    sub
    call step
    jmp again
step:
    ; stack: a b c -> b a+b c ; we rotate via swaps
    swap            ; a c b
    dup             ; a c b b
    print           ; a c b  (prints b)
    swap            ; a b c
    ret
end:
    halt
"""

code, labels = assemble(FACT)
print("labels:", labels, "size:", len(code))
vm = VM(code)
print("20! =", vm.run(), "steps:", vm.steps, "==", math.factorial(20))
code2, _ = assemble(FIB)
print("fib-ish:", VM(code2).run())
for bad in ["push 1\nadd", "jmp nowhere", "frob 3", "push 1\nloop:\njmp loop"]:
    try:
        c, _ = assemble(bad)
        VM(c).run(limit=50)
    except StackUnderflow as e:
        print("underflow:", e, e.op, e.pc)
    except VMError as e:
        print("vm error:", e)

trace_code, _ = assemble("push 2\npush 10\npow\npush 1000\nlt\nprint")
tvm = VM(trace_code, trace=True)
print("traced result:", tvm.run())


# --- cooperative scheduler with generators ---------------------------------
class Scheduler:
    def __init__(self):
        self.ready = []
        self.log = []
        self.results = {}

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))

    def run(self):
        while self.ready:
            name, gen, value = self.ready.pop(0)
            try:
                req = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.log.append(f"{name} done -> {stop.value!r}")
                continue
            except Exception as e:
                self.log.append(f"{name} crashed: {type(e).__name__}: {e}")
                continue
            if isinstance(req, tuple) and req[0] == "sleep":
                self.log.append(f"{name} sleeps {req[1]}")
                self.ready.append((name, gen, req[1] * 2))
            else:
                self.log.append(f"{name} yielded {req!r}")
                self.ready.append((name, gen, None))


def worker(n):
    total = 0
    for i in range(n):
        got = yield ("sleep", i)
        total += got or 0
    return total


def crasher():
    yield "starting"
    raise LookupError("lost it")


def delegator():
    a = yield from worker(2)
    b = yield from worker(3)
    return a * 100 + b


s = Scheduler()
s.spawn("w3", worker(3))
s.spawn("boom", crasher())
s.spawn("del", delegator())
s.run()
print("\n".join(s.log))
print("results:", dict(sorted(s.results.items())))


# --- a tiny serializer --------------------------------------------------------
def dumps(obj, indent=0, _seen=None):
    _seen = set() if _seen is None else _seen
    pad = "  " * indent
    if obj is None:
        return "null"
    if obj is True or obj is False:
        return "true" if obj else "false"
    if isinstance(obj, (int, float)):
        if isinstance(obj, float) and (math.isnan(obj) or math.isinf(obj)):
            raise ValueError(f"cannot serialize {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        esc = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
        return '"' + "".join(esc.get(c, c if 32 <= ord(c) < 127 else f"\\u{ord(c):04x}") for c in obj) + '"'
    if id(obj) in _seen:
        raise ValueError("circular reference")
    if isinstance(obj, dict):
        _seen.add(id(obj))
        if not obj:
            return "{}"
        parts = [f'{pad}  {dumps(str(k))}: {dumps(v, indent + 1, _seen)}' for k, v in obj.items()]
        _seen.discard(id(obj))
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        _seen.add(id(obj))
        inner = ", ".join(dumps(v, indent + 1, _seen) for v in obj)
        _seen.discard(id(obj))
        return f"[{inner}]"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")


doc = {"name": "pym", "version": (0, 1), "ok": True, "ratio": 0.1 + 0.2, "none": None,
       "nested": {"list": [1, [2, [3]]], "text": 'say "hi"\n\tbye', "uni": "héllo"}, "empty": {}}
print(dumps(doc))
loop = [1]
loop.append(loop)
for bad in [loop, {"f": float("nan")}, {"s": {1, 2}}]:
    try:
        dumps(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


# --- number crunching ----------------------------------------------------------
def newton_sqrt(n, eps=1e-12):
    x = n / 2 or 1.0
    for i in range(100):
        nx = (x + n / x) / 2
        if abs(nx - x) < eps:
            return nx, i
        x = nx
    return x, 100


for n in (2, 10, 12345.678, 1e-6):
    r, it = newton_sqrt(n)
    print(f"sqrt({n:g}) = {r:.12g} in {it} iters, err={abs(r - math.sqrt(n)):.2e}")


def isqrt_big(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


big = 7 ** 250 + 12345
r = isqrt_big(big)
print(r == math.isqrt(big), r * r <= big < (r + 1) ** 2, len(str(r)), str(r)[:20])
digits_of_e = 0
term, total, k = 10 ** 50, 0, 0
while term:
    total += term
    k += 1
    term //= k
print("e ~", str(total)[0] + "." + str(total)[1:41])
t0 = time.perf_counter()
acc = sum(i * i for i in range(10000))
print(acc, time.perf_counter() >= t0)
print(sys.getrecursionlimit() >= 1000, sys.maxsize == 2 ** 63 - 1)


# --- the final, uncaught error ---------------------------------------------------
def compile_and_run(src):
    code, _ = assemble(src)
    return VM(code).run()


def report(programs):
    return {name: compile_and_run(src) for name, src in programs.items()}


print(report({"ok": "push 6\npush 7\nmul\nprint"}))
report({"bad": "push 1\npush 0\ndiv\nprint"})
