def counter():
    i = 0
    try:
        while True:
            cmd = yield i
            if cmd == "reset": i = 0
            else: i += 1
    except GeneratorExit:
        print("closing counter")
        raise
    finally:
        print("counter finally")
c = counter()
print(next(c), next(c), c.send("reset"), next(c))
c.close(); c.close()
try: next(c)
except StopIteration: print("exhausted")
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught inside", e)
            yield "recovered"
g = catcher(); next(g)
print(g.throw(ValueError("boom")), next(g))
try: g.throw(KeyError("k"))
except KeyError as e: print("propagated", e)
print(g.gi_frame is None if hasattr(g, "gi_frame") else "nofr")
def inner():
    try:
        x = yield 1
        print("inner got", x)
        y = yield 2
        print("inner got", y)
    except ZeroDivisionError:
        print("inner zde")
        yield "z"
    return "inner-ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "done"
o = outer()
print(next(o), o.send("a"), o.throw(ZeroDivisionError), next(o))
def bad():
    yield 1
    raise StopIteration
try: list(bad())
except RuntimeError as e: print("RE", e, type(e.__cause__).__name__)
def ignore_exit():
    try: yield 1
    except GeneratorExit: yield 2
ie = ignore_exit(); next(ie)
try: ie.close()
except RuntimeError as e: print(e)
def running():
    yield gr.send(None) if False else 1
gr = running()
def self_next():
    yield next(sn)
sn = self_next()
try: next(sn)
except ValueError as e: print(e)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    for i, v in enumerate(it):
        if i >= n: return
        yield v
print(list(take(10, fib())))
evens = (x for x in fib() if x % 2 == 0)
print([next(evens) for _ in range(5)])
def pipeline(lines):
    stripped = (l.strip() for l in lines)
    nonempty = (l for l in stripped if l)
    parsed = (tuple(l.split("=")) for l in nonempty)
    return dict(parsed)
print(pipeline(["a=1\n", "  \n", "b=2 ", "c=3"]))
gen = (i * i for i in range(3))
print(type(gen).__name__, list(gen), list(gen))
def gen_ret():
    yield 1
    return 99
gg = gen_ret(); next(gg)
try: next(gg)
except StopIteration as e: print("value", e.value, e.args)
def deleg():
    yield from range(3)
    yield from "ab"
    x = yield from gen_ret()
    yield x
print(list(deleg()))
print(sum(x for x in range(101)), max((len(w), w) for w in "the quick brown fox".split()))
def g2():
    yield
print(list(g2()), next(iter([]), "default"))
it = iter([1, 2, 3])
for x in it:
    print(x, next(it, None))
class Tree:
    def __init__(self, v, *kids): self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids: yield from k
print(list(Tree(1, Tree(2, Tree(3)), Tree(4))))
def gen_close_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in gen_close_finally():
    print("got", v); break
print("after break")
def throw_type():
    try: yield
    except Exception as e: yield repr(e)
t = throw_type(); next(t); print(t.throw(TypeError))
print(t.throw(ValueError, ValueError("x")) if False else "skip")
x = 10
gen3 = (x for _ in range(2)); x = 20; print(list(gen3))
lst = [lambda: i for i in range(3)]; print([f() for f in lst])
