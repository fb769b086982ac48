# Calling a class: the specialized instance creation and its deoptimization
# keep type_call's behaviour (results, errors, __del__, recursion depth).
import sys


class P:
    def __init__(self, a):
        self.a = a


def make(v):
    o = P(v)
    return getattr(o, "a", o)


print([make(i) for i in range(6)])
P.__init__ = lambda self, a: setattr(self, "a", a * 10)     # __init__ replaced
print([make(i) for i in range(3)])
P.__init__ = lambda self, a: 5                              # returns non-None
try:
    make(1)
except TypeError as e:
    print("TypeError:", e)
del P.__init__                                              # object.__init__ now
try:
    make(1)
except TypeError as e:
    print("TypeError:", e)
P.__new__ = lambda cls, a: "new %s" % a                     # __new__ appears
print(make(7))


class Q:
    pass


def q():
    return Q()


print([type(q()).__name__ for i in range(4)])
Q.__init__ = lambda self: print("init Q")
q()


class Dying:
    def __init__(self, fail):
        self.fail = fail
        if fail:
            raise ValueError("no")

    def __del__(self):
        print("del", self.fail)


def dy(f):
    return Dying(f)


for i in range(4):
    dy(False)
try:
    dy(True)
except ValueError as e:
    print("ValueError:", e)
print("after")


class Count:
    def __init__(self, n):
        self.n = n
        self.child = Count(n + 1) if n < 10**6 else None


depth = 0
try:
    Count(0)
except RecursionError as e:
    print("RecursionError:", e)


class Deep:
    def __init__(self, n):
        global depth
        depth = n
        Deep(n + 1)


try:
    Deep(0)
except RecursionError:
    print("depth", depth)

print(sys.getrefcount(Q))


class WithArgs:
    def __init__(self, a, b=2):
        self.s = a + b


def wa(*a):
    return WithArgs(*a).s


print(wa(1), wa(1, 5), [WithArgs(i).s for i in range(3)])
try:
    [WithArgs() for i in range(3)]
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __call__(cls, *a):
        return "meta call %r" % (a,)


class M(metaclass=Meta):
    def __init__(self, x):
        self.x = x


print([M(i) for i in range(3)])


class Base:
    def __init__(self, a):
        self.a = a


class Sub(Base):
    pass


def mk(c, v):
    return c(v)


print([mk(c, 3).a for c in (Base, Sub, Base, Sub)])
Sub.__init__ = lambda self, a: setattr(self, "a", -a)
print([mk(c, 3).a for c in (Base, Sub, Base, Sub)])
Base.__init__ = lambda self, a: setattr(self, "a", a * 2)
print([mk(c, 3).a for c in (Base, Sub, Base, Sub)])
del Sub.__init__
print([mk(c, 3).a for c in (Base, Sub, Base, Sub)])
