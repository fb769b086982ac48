# The paths a generator is resumed by: FOR_ITER, next(), the builtins that
# consume an iterator (sum/any/all/list/tuple/set/min/max/"".join), send and
# throw mid-way, yield from delegation, return values, PEP 479, finalisation
# order, and comprehensions (LIST_APPEND growth, scoping).
import gc, sys

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)), tuple(count(3)), set(count(4)), sum(count(10)))
print(any(x > 3 for x in count(5)), all(x < 3 for x in count(5)), min(count(4)), max(count(4)))
print("".join(str(x) for x in count(6)), sorted(count(3), reverse=True))
g = count(2)
print(next(g), next(g), next(g, "end"), next(g, "again"))
try:
    g = count(1); next(g); next(g)
except StopIteration as e:
    print("StopIteration value", repr(e.value))

def echo():
    got = []
    try:
        while True:
            v = yield len(got)
            got.append(v)
    except GeneratorExit:
        print("echo closed with", got)
        raise
g = echo()
print(next(g), g.send("a"), g.send("b"), next(g))
g.close()
print(g.gi_frame, g.gi_running)

def catcher():
    while True:
        try:
            yield "ok"
        except KeyError as e:
            print("caught", e)
g = catcher()
print(next(g), g.throw(KeyError("k")), next(g))
del g

def inner():
    x = yield 1
    print("inner got", x)
    return "inner-ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from count(2)
    return r
g = outer()
print(next(g), g.send("sent"), next(g))
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)

def leaks_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(leaks_stop())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
try:
    sum(leaks_stop())
except RuntimeError as e:
    print("sum:", e)

order = []
class Tag:
    def __init__(self, n): self.n = n
    def __del__(self): order.append("del " + self.n)
def fin(n):
    t = Tag(n)
    try:
        yield 1
        yield 2
    finally:
        order.append("finally " + n)
g = fin("a")
next(g)
del g
order.append("after del a")
for x in fin("b"):
    break
order.append("after loop b")
h = fin("c"); next(h)
h2 = h
del h
order.append("still alive c")
del h2
print(order)

def rec():
    yield g2
g2 = rec()
print(gc.collect() >= 0, type(next(g2)).__name__)
try:
    next(g2)
except StopIteration:
    print("g2 exhausted")

def running():
    print("running inside:", me.gi_running)
    try:
        next(me)
    except ValueError as e:
        print(e)
    yield 0
me = running()
print(list(me))

big = [i * i for i in range(1000)]
print(len(big), big[:3], big[-1], sys.getrefcount(big))
nested = [[x * y for x in range(4)] for y in range(3)]
print(nested, [v for row in nested for v in row if v % 2])
x = "outer x"
print([x for x in range(3)], x, {x: x * 2 for x in "ab"}, {x % 3 for x in range(10)}, x)
print(list(x for x in range(3)), x)
gen = (y * 2 for y in range(3))
print(gen.__name__, gen.gi_frame is not None, list(gen), gen.gi_frame)
