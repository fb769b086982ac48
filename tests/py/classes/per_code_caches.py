# Each instruction keeps its own cache (pym: per-code-object caches): many
# code objects reading different names on the same objects, the same code
# object run under different namespaces, and the state of classes and
# globals changing while the loops run.

class A:
    def __init__(self, i):
        self.a = i
        self.b = -i

    def m(self):
        return self.a * 2


class B(A):
    pass


class S:
    __slots__ = ("a", "b")

    def __init__(self, i):
        self.a = i
        self.b = i + 100

    def m(self):
        return "slots"


class P(A):
    @property
    def a(self):
        return "prop"

    @a.setter
    def a(self, v):
        pass


objs = [A(1), B(2), S(3), P(4)]

# many functions: each LOAD_ATTR / LOAD_METHOD / STORE_ATTR its own site
ns = {}
exec("".join("def ra%d(o):\n    return o.a\n" % i for i in range(60)), ns)
exec("".join("def rb%d(o):\n    return o.b\n" % i for i in range(60)), ns)
exec("".join("def cm%d(o):\n    return o.m()\n" % i for i in range(60)), ns)
exec("".join("def wb%d(o, v):\n    o.b = v\n" % i for i in range(60)), ns)
total = []
for rnd in range(3):
    acc = []
    for i in range(60):
        for o in objs:
            acc.append((ns["ra%d" % i](o), ns["rb%d" % i](o), ns["cm%d" % i](o)))
            ns["wb%d" % i](o, i)
    total.append(acc[::37])
print(total)

# the class changes while a loop runs
def read_all(o, n):
    out = []
    for k in range(n):
        if k == 3:
            A.m = lambda self: "replaced"
        if k == 5:
            B.a = property(lambda self: "b-prop")
        if k == 7:
            del B.a
        if k == 9:
            o.__dict__["a"] = "own"
        out.append((o.a, o.m()))
    return out

print(read_all(B(5), 12))
A.m = lambda self: self.a * 2

# slots and properties through one site, class attribute replacing a slot
def rd(o):
    return o.a

s = S(7)
print([rd(x) for x in [s, P(1), A(2), s, P(1)]])
del s.a
try:
    rd(s)
except AttributeError as e:
    print("AttributeError", e)
S.a = 42
print(rd(S(1)) if False else rd(s))

# globals and builtins shadowed in the middle of a loop
g_val = 1
def use_globals(n):
    out = []
    global g_val
    for k in range(n):
        if k == 2:
            g_val = 2
        if k == 4:
            globals()["len"] = lambda x: -1
        if k == 6:
            del globals()["len"]
        out.append((g_val, len("abc")))
    return out

print(use_globals(8))

# one code object, several namespaces (LOAD_GLOBAL, LOAD_NAME, STORE_NAME)
code = compile("y = x + 1\nfor i in range(3):\n    y = y + x\nz = len([y])\n", "<ns>", "exec")
spaces = [{"x": 1}, {"x": 10}, {"x": 100, "len": lambda v: "mine"}, {"x": 1000}]
for rep in range(2):
    for d in spaces:
        exec(code, d)
print([(d["y"], d["z"]) for d in spaces])

fcode = compile("def f():\n    return x * k\n", "<f>", "exec")
fs = []
for k_ in range(4):
    d = {"x": k_, "k": 10}
    exec(fcode, d)
    fs.append(d["f"])
print([[f() for f in fs] for r in range(3)])

# eval of the same code object in namespaces of different shapes
ecode = compile("a + b", "<e>", "eval")
print([eval(ecode, {"a": i, "b": j}) for i in range(3) for j in range(3)])
print([eval(ecode, {"a": "s"}, {"b": str(i), "c": 0}) for i in range(3)])
