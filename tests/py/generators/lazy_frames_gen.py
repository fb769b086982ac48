# The frames of generators live in the generator: gi_frame made on demand,
# f_back while running and when suspended, generators calling functions and
# functions resuming generators, a generator's frame kept after the
# generator is gone, gc counts and sizes of generators.
import gc
import sys

gc.disable()


def names(f):
    out = []
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out


def helper():
    return names(sys._getframe())


def gen(n):
    total = 0
    for i in range(n):
        seen = helper()
        total += i
        yield i, seen


def driver(g):
    return next(g)


g = gen(3)
print("created", g.gi_frame.f_lineno, g.gi_frame.f_back, g.gi_running)
print("first", driver(g))
fr = g.gi_frame
print("same frame object", fr is g.gi_frame, fr.f_back)
print("suspended locals", sorted(fr.f_locals.items())[:3], fr.f_lineno)
print("second", next(g))
print("f_back still None", fr.f_back)


def inside():
    f = sys._getframe()
    yield names(f)
    yield names(f)


def resume_from(it):
    return next(it)


it = inside()
print("running 1", resume_from(it))
print("running 2", [next(it)])


# the generator ends: its frame object keeps the locals it had
def keeper():
    x = "kept"
    yield sys._getframe()


k = keeper()
f = next(k)
del k
print("after the generator", f.f_locals, f.f_code.co_name, f.f_back)
del f


def finished():
    y = 1
    yield y


fg = finished()
list(fg)
print("finished gi_frame", fg.gi_frame)


# a frame object taken while suspended, generator then exhausted
def two():
    a = 1
    yield a
    a = 2
    yield a


t = two()
next(t)
tf = t.gi_frame
list(t)
print("exhausted", t.gi_frame, tf.f_locals, tf.f_lineno)
del t, tf


# gc counts: a generator is one GC object, its frame object only on demand
def counted():
    yield 1


for i in range(3):
    a = gc.get_count()[0]
    c = counted()
    n1 = gc.get_count()[0] - a
    a = gc.get_count()[0]
    c.gi_frame
    n2 = gc.get_count()[0] - a
    del c
print("generator objects", n1, "gi_frame objects", n2)
print("sizes", sys.getsizeof(counted()), sys.getsizeof(gen(1)), sys.getsizeof(inside()))


# generators calling generators, through inline frames and yield from
def leaf(n):
    for i in range(n):
        yield names(sys._getframe())[:3]


def middle():
    yield from leaf(2)


print("yield from", list(middle()))
# a cycle through a generator's frame object is collected
def selfref():
    me = sys._getframe()
    yield me


s = selfref()
next(s)
del s
print("collected", gc.collect() >= 1)
