# Calling a class whose __init__ is a Python function: the specialized call
# runs __init__ as an inline frame.  What CPython 3.11 shows must not change:
# tracebacks, the recursion depth (two levels an instance: the class's call
# and __init__'s frame), __init__ returning something else than None, the
# moment __del__ runs when __init__ raises, references (gc counts:
# init_inline_gc.py).
import sys
import weakref


def tb_summary(e):
    out = []
    tb = e.__traceback__
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make_points(n):
    return [Point(i, -i) for i in range(n)]


ps = make_points(50)
print("points", len(ps), ps[7].x, ps[7].y, type(ps[0]).__name__)


# references to self inside __init__ (the call's own, the frame's, the argument)
class Refs:
    def __init__(self, a):
        self.count = sys.getrefcount(self)


obj = object()
for i in range(40):
    r = Refs(obj)
print("refs", r.count, sys.getrefcount(obj))


# the caller's frame and line, seen from __init__
class Spy:
    def __init__(self):
        f = sys._getframe(1)
        self.where = (f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno)


def spy_caller():
    return Spy()


for i in range(40):
    s = spy_caller()
print("caller", s.where)


# __init__ returning something else than None
class Bad:
    def __init__(self, v):
        self.v = v
        if v > 30:
            return v


def make_bad(i):
    return Bad(i)


for i in range(40):
    try:
        make_bad(i)
    except TypeError as e:
        if i in (31, 39):
            print("bad", i, e, tb_summary(e))


# an exception in __init__: the half-made instance goes before the handler runs
events = []


class Dies:
    def __init__(self, fail):
        self.fail = fail
        if fail:
            raise ValueError("init failed")

    def __del__(self):
        events.append("del %s" % self.fail)


def make_dies(fail):
    d = Dies(fail)
    events.append("made")
    return d


for i in range(40):
    events.clear()
    try:
        make_dies(i % 10 == 9)
    except ValueError as e:
        events.append("caught")
        if i == 39:
            print("events", events, tb_summary(e))
        del e
print("events", events)


# exceptions from deeper frames through __init__
class Outer:
    def __init__(self, n):
        self.inner = Inner(n)


class Inner:
    def __init__(self, n):
        self.v = 10 // n


for i in range(35):
    try:
        Outer(i % 5)
    except ZeroDivisionError as e:
        last = tb_summary(e)
print("nested", last)


# the recursion limit through __init__: CPython's depth and message
depth = 0


class Rec:
    def __init__(self, n):
        global depth
        depth = n
        Rec(n + 1)


try:
    Rec(0)
except RecursionError as e:
    print("rec", depth, e)


def via_function(n):
    global depth
    depth = n
    Rec2(n)


class Rec2:
    def __init__(self, n):
        via_function(n + 1)


try:
    via_function(0)
except RecursionError as e:
    print("rec2", depth, e)

old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
for limit_try in range(3):
    try:
        Rec(0)
    except RecursionError as e:
        print("rec120", depth, e)
sys.setrecursionlimit(old)


# __init__ with a closure (super() and __class__), defaults, keywords, *args
class Base:
    def __init__(self, a, b=2, *rest, c=3, **kw):
        self.t = (a, b, rest, c, sorted(kw.items()))


class Derived(Base):
    def __init__(self, a):
        super().__init__(a, a + 1, a + 2, c=a * 2, z=1)


for i in range(40):
    d1 = Derived(i)
    b1 = Base(i)
    b2 = Base(i, c=0)
print("derived", d1.t, b1.t, b2.t)


# the class's __init__ replaced while a call site is specialized, and
# __init__ deleting itself from the class while it runs
class Swap:
    def __init__(self):
        self.v = "first"


def make_swap():
    return Swap()


for i in range(40):
    s = make_swap()


def second(self):
    self.v = "second"


Swap.__init__ = second
print("swap", make_swap().v)
del Swap.__init__
print("swap", make_swap().__dict__)


def init_once(self):
    events.append("running")
    del Once.__init__
    events.append("deleted")


class Once:
    pass


Once.__init__ = init_once
ref = weakref.ref(init_once, lambda r: events.append("function gone"))
del init_once
events.clear()
o = Once()
events.append("after")
print("once", events, ref())


# __init__ called from a generator's frame and inside a comprehension
def gen(n):
    for i in range(n):
        yield Point(i, i * i)


print("gen", [p.y for p in gen(6)])
print("comp", sum(Point(i, 1).x for i in range(50)))


# an error in __init__'s argument binding
class Two:
    def __init__(self, a, b):
        self.a = a


for i in range(40):
    Two(1, 2)
try:
    Two(1)
except TypeError as e:
    print("binding", e)


# __init__'s __code__ replaced under a specialized call site
class CodeSwap:
    def __init__(self, a):
        self.a = a


def mk(v):
    return CodeSwap(v)


for i in range(40):
    mk(i)


def other(self, a, b=5):
    self.a = (a, b)


CodeSwap.__init__.__code__ = other.__code__
CodeSwap.__init__.__defaults__ = (5,)
print("code swap", mk(1).a, mk(2).a)


def fewer(self):
    self.a = "none"


CodeSwap.__init__.__code__ = fewer.__code__
for i in range(3):
    try:
        mk(i)
    except TypeError as e:
        print("code swap", e)
