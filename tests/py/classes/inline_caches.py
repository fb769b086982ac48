# Instructions with inline caches (attribute loads and stores, method calls,
# globals, names, operators, calls): results while the caches warm up and
# after the classes, globals and builtins they depend on change; line
# numbers of tracebacks and frames inside code full of cached instructions;
# generators and calls resuming right after the cache words.
import sys


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Vec3(Vec):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        Vec.__init__(self, x, y)
        self.z = z

    def norm2(self):
        return Vec.norm2(self) + self.z * self.z


SCALE = 2


def step(v, k):
    t = v.x * SCALE + v.y
    v.x = t % 7
    v.y = v.norm2() % 11 + k
    return abs(t) + len([v.x, v.y])


def run(vs, n):
    acc = 0
    for i in range(n):
        for v in vs:
            acc += step(v, i)
    return acc


vs = [Vec(1, 2), Vec3(3, 4, 5), Vec(-1, 0)]
print("warm", run(vs, 30))
SCALE = 3                                  # a global rebound: LOAD_GLOBAL sees it
print("scale 3", run(vs, 5))
Vec.norm2 = lambda self: 1000              # a method replaced on the base class
print("norm2 replaced", run(vs, 5), [v.norm2() for v in vs])
abs = lambda x: -1                         # a global now shadows a builtin
print("abs shadowed", run(vs, 5))
del abs
print("abs back", run(vs, 5))
vs[0].__dict__["y"] = 50                   # an instance dict materialized
print("dict", run(vs, 3), vs[0].y)


class Vec2(Vec):
    def norm2(self):
        return -self.x


vs[2].__class__ = Vec2                     # a type change
print("class changed", run(vs, 3), vs[2].norm2())
del vs[2].y                                # a missing inline value
try:
    run(vs, 2)
except AttributeError as e:
    print("AttributeError", e)


# two sites of the same shape never share an entry
def get_a(o):
    return o.a


def get_b(o):
    return o.a


class A:
    def __init__(self):
        self.a = "A"


class B:
    a = "B class"


class C:
    @property
    def a(self):
        return "C property"


for i in range(20):
    r = get_a(A()), get_b(B()), get_a(C()), get_b(A())
print(r)


# line numbers of tracebacks and frames in code full of cached instructions
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno


def deep(o, k):
    a = o.x + o.y
    w1 = where()
    b = [o.x, o.y][k % 2 if k < 4 else 5] * SCALE
    w2 = where()
    c = {"k": a}["k"] / (k - 3)
    return a, b, c, w1, w2


for k in range(5):
    try:
        print(deep(Vec(k, k + 1), k))
    except ZeroDivisionError as e:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print("ZeroDivisionError", lines)
    except IndexError as e:
        print("IndexError", e.__traceback__.tb_next.tb_lineno)


def chain(o):
    return o.norm2() + \
        missing_name


for i in range(3):
    try:
        chain(Vec(1, 1))
    except NameError as e:
        tb = e.__traceback__.tb_next
        print("NameError", e, tb.tb_frame.f_code.co_name, tb.tb_lineno)


# a generator suspended between cached instructions
def gen(vs):
    for v in vs:
        x = v.x + 1
        yield x
        y = v.y * SCALE
        yield y, sys._getframe().f_lineno


g = gen([Vec(1, 2), Vec(3, 4)])
print(list(g))


# calls whose callees return into the middle of an expression
def f1(v):
    return v.x


def f2(v):
    return v.y


print(sum(f1(v) * f2(v) + Vec(f1(v), 1).x for v in [Vec(i, i + 2) for i in range(50)]))

# module-level names (LOAD_NAME / STORE_NAME caches) and a class body
total = 0
for i in range(200):
    total = total + i
    if i == 100:
        globals()["extra"] = 1
print(total, extra)


class Body:
    n = 0
    for i in range(10):
        n = n + i
    del i
print(Body.n)
