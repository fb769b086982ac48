# generators: next, send, return values, StopIteration, state attributes
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.value)

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

g = echo()
print(g.send(None), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("result", e.value)

g = echo()
try:
    g.send(1)
except TypeError as e:
    print(e)

def simple():
    yield 1
g = simple()
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_running, g.gi_frame is not None)
print(repr(g).startswith("<generator object simple at 0x"))
print(list(g), g.gi_frame)

class K:
    def items(self):
        yield from range(3)
print(K().items().__qualname__, list(K().items()))

def running():
    yield g2.gi_running
    try:
        next(g2)
    except ValueError as e:
        yield str(e)
g2 = running()
print(list(g2))

print(sum(x * x for x in range(10)))
gen = (c.upper() for c in "abc")
print(next(gen), list(gen))
print(list(zip(count(3), "xyz")))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])

def raises_stop():
    yield 1
    raise StopIteration("inner")
try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def with_return():
    yield 1
    return 5
def outer():
    r = yield from with_return()
    yield r
print(list(outer()))
