# A larger program: a tiny expression language with a tokenizer (generator),
# a recursive-descent parser (closures), an evaluator with environments,
# user-defined functions, error reporting through custom exceptions, and a
# scheduler of generator "tasks".

class LangError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg)
        self.pos = pos
    def __str__(self):
        base = self.args[0]
        return base if self.pos is None else "%s at %d" % (base, self.pos)

class ParseError(LangError):
    pass

class EvalError(LangError):
    pass

KEYWORDS = {"let", "in", "fn", "if", "then", "else"}

def tokenize(src):
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            yield ("num", int(src[i:j]), i)
            i = j
            continue
        if ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            yield ("kw" if word in KEYWORDS else "name", word, i)
            i = j
            continue
        two = src[i:i + 2]
        if two in ("==", "<=", ">=", "!=", "->"):
            yield ("op", two, i)
            i += 2
            continue
        if ch in "+-*/%()<>=,":
            yield ("op", ch, i)
            i += 1
            continue
        raise ParseError("unexpected character %r" % ch, i)
    yield ("eof", None, n)

def parse(src):
    tokens = list(tokenize(src))
    pos = 0

    def peek():
        return tokens[pos]

    def advance():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        return tok

    def expect(kind, value=None):
        tok = advance()
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise ParseError("expected %s %s, got %r" % (kind, value or "", tok[1]), tok[2])
        return tok

    def expression():
        tok = peek()
        if tok[0] == "kw" and tok[1] == "let":
            advance()
            name = expect("name")[1]
            expect("op", "=")
            value = expression()
            expect("kw", "in")
            body = expression()
            return ("let", name, value, body)
        if tok[0] == "kw" and tok[1] == "fn":
            advance()
            params = []
            while peek()[0] == "name":
                params.append(advance()[1])
            expect("op", "->")
            return ("fn", params, expression())
        if tok[0] == "kw" and tok[1] == "if":
            advance()
            cond = expression()
            expect("kw", "then")
            a = expression()
            expect("kw", "else")
            return ("if", cond, a, expression())
        return comparison()

    def binary(next_level, ops):
        def rule():
            left = next_level()
            while peek()[0] == "op" and peek()[1] in ops:
                op = advance()[1]
                left = ("bin", op, left, next_level())
            return left
        return rule

    def call():
        node = atom()
        while peek()[0] == "op" and peek()[1] == "(":
            advance()
            args = []
            if not (peek()[0] == "op" and peek()[1] == ")"):
                args.append(expression())
                while peek()[1] == ",":
                    advance()
                    args.append(expression())
            expect("op", ")")
            node = ("call", node, args)
        return node

    def atom():
        tok = advance()
        if tok[0] == "num":
            return ("num", tok[1])
        if tok[0] == "name":
            return ("var", tok[1])
        if tok[0] == "op" and tok[1] == "(":
            e = expression()
            expect("op", ")")
            return e
        if tok[0] == "op" and tok[1] == "-":
            return ("bin", "-", ("num", 0), atom())
        raise ParseError("unexpected %r" % (tok[1],), tok[2])

    term = binary(call, ("*", "/", "%"))
    arith = binary(term, ("+", "-"))
    comparison = binary(arith, ("==", "!=", "<", ">", "<=", ">="))

    tree = expression()
    expect("eof")
    return tree

class Closure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __repr__(self):
        return "<closure/%d>" % len(self.params)

OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "==": lambda a, b: int(a == b),
    "!=": lambda a, b: int(a != b),
    "<": lambda a, b: int(a < b),
    ">": lambda a, b: int(a > b),
    "<=": lambda a, b: int(a <= b),
    ">=": lambda a, b: int(a >= b),
}

def divide(a, b, op):
    try:
        return a // b if op == "/" else a % b
    except ZeroDivisionError as e:
        raise EvalError("division by zero") from e

def evaluate(node, env, depth=0):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        for scope in env:
            if node[1] in scope:
                return scope[node[1]]
        raise EvalError("unbound variable " + node[1])
    if kind == "bin":
        _, op, l, r = node
        a, b = evaluate(l, env, depth), evaluate(r, env, depth)
        if op in ("/", "%"):
            return divide(a, b, op)
        return OPS[op](a, b)
    if kind == "let":
        _, name, value, body = node
        return evaluate(body, [{name: evaluate(value, env, depth)}] + env, depth)
    if kind == "fn":
        return Closure(node[1], node[2], env)
    if kind == "if":
        return evaluate(node[2] if evaluate(node[1], env, depth) else node[3], env, depth)
    if kind == "call":
        fn = evaluate(node[1], env, depth)
        args = [evaluate(a, env, depth) for a in node[2]]
        if not isinstance(fn, Closure):
            raise EvalError("not a function: %r" % (fn,))
        if len(args) != len(fn.params):
            raise EvalError("arity mismatch: expected %d, got %d" % (len(fn.params), len(args)))
        if depth > 150:
            raise EvalError("too deep")
        frame = dict(zip(fn.params, args))
        frame["self"] = fn
        return evaluate(fn.body, [frame] + fn.env, depth + 1)
    raise EvalError("bad node " + kind)

def run(src):
    try:
        return evaluate(parse(src), [{}])
    except LangError as e:
        cause = e.__cause__
        return "%s: %s%s" % (type(e).__name__, e, " (caused by %s)" % type(cause).__name__ if cause else "")

programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "let x = 5 in x * x - 1",
    "let sq = fn x -> x * x in sq(7)",
    "let fact = fn n -> if n <= 1 then 1 else n * self(n - 1) in fact(10)",
    "let fib = fn n -> if n < 2 then n else self(n - 1) + self(n - 2) in fib(15)",
    "let add = fn a b -> a + b in add(1)",
    "10 / 0",
    "17 % 5 + -3",
    "let f = fn x -> fn y -> x + y in f(3)(4)",
    "y + 1",
    "1 +",
    "3 $ 4",
    "let loop = fn n -> self(n + 1) in loop(0)",
    "5(1)",
    "if 1 == 1 then 100 else 200",
]
for p in programs:
    print("%-70s => %s" % (p, run(p)))

# A round-robin scheduler of generator tasks with a shared log.
def task(name, steps, log):
    for i in range(steps):
        received = yield "%s:%d" % (name, i)
        if received:
            log.append("%s got %s" % (name, received))
    return name + " finished"

def scheduler(tasks):
    results = []
    queue = list(tasks)
    tick = 0
    while queue:
        current = queue.pop(0)
        try:
            value = current.send(tick if tick % 3 == 0 and tick else None)
            results.append(value)
            queue.append(current)
        except StopIteration as stop:
            results.append(stop.value)
        tick += 1
    return results

log = []
tasks = [task("A", 3, log), task("B", 2, log), task("C", 1, log)]
for t in tasks:
    next(t)
print(scheduler(tasks))
print(log)

def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), len(paths.cache))
