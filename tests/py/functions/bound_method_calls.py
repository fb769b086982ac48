# Calls of bound method objects (super().m(...), a bound method kept in an
# attribute, classmethods) run the function inline with self prepended, as
# CPython 3.11's PRECALL does: tracebacks, the recursion depth, references
# and the moment the bound method goes must be CPython's.
import sys


def tb_summary(e):
    out = []
    tb = e.__traceback__
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Base:
    def __init__(self, v):
        self.v = v

    def describe(self, extra):
        return self.v + extra

    def fail(self, n):
        if n % 7 == 6:
            raise KeyError(n)
        return n

    def refs(self):
        return sys.getrefcount(self)

    def named(self, a, b=10, *, c=100):
        return a + b + c


class Child(Base):
    def __init__(self, v):
        super().__init__(v * 2)

    def describe(self, extra):
        return super().describe(extra) * 10

    def fail(self, n):
        return super().fail(n) + 1

    def refs(self):
        return super().refs()

    def named(self, a):
        return super().named(a, c=1) + super().named(a, b=2)


c = Child(3)
total = 0
for i in range(40):
    total += c.describe(i) + Child(i).v + c.named(i)
print("total", total)
print("refs", c.refs())

caught = []
for i in range(40):
    try:
        c.fail(i)
    except KeyError as e:
        caught.append(i)
        last = tb_summary(e)
print("caught", caught, last)


# a bound method kept in an attribute, and classmethods
class Holder:
    def __init__(self, target):
        self.cb = target.describe
        self.make = Base.build

    def run(self, x):
        return self.cb(x)


def build(cls, v):
    return cls(v)


Base.build = classmethod(build)
h = Holder(Base(5))
print("holder", sum(h.run(i) for i in range(40)), h.make(7).v, type(h.make(1)).__name__)


# recursion through super() calls: CPython's depth
class R0:
    def down(self, n):
        global depth
        depth = n
        return self.down(n + 1)


class R1(R0):
    def down(self, n):
        return super().down(n)


depth = 0
try:
    R1().down(0)
except RecursionError as e:
    print("recursion", depth, e)


# the bound method goes before the call runs (CPython's PRECALL)
import weakref

events = []


class Tracked:
    def m(self):
        events.append("in m")
        return 1


class Sub(Tracked):
    def m(self):
        return super().m()


t = Sub()
for i in range(40):
    t.m()
bm = t.m
r = weakref.ref(bm, lambda ref: events.append("bound method gone"))
t.bm = bm
del bm
events.clear()
t.bm()
events.append("after")
print("events", events)
del t.bm
print("events", events)
