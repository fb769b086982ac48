def deco(f):
    def wrapper(*a, **k):
        print("call", f.__name__, a, sorted(k.items()))
        return f(*a, **k)
    return wrapper
def param(n):
    def d(f):
        f.tag = n
        return f
    return d
@deco
@param(5)
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
def g(a, /, b, *, c):
    return a, b, c
print(g(1, 2, c=3), g(1, b=2, c=3))
a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = "hello"
print(first, rest)
*init, last = [1]
print(init, last)
print(*[1, 2], *(3,), sep="-")
d1 = {'a': 1}; d2 = {'b': 2}
print({**d1, **d2, 'c': 3}, [*range(3), *"ab"], {*[1, 2], 3})
def kw(**k): return k
print(kw(**d1, **d2))
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1 != 2, 1 < 2 > 0 < 5)
print("yes" if 0 else "no", (lambda x, y=2: x * y)(3), (lambda *a: a)(1, 2))
print([i * j for i in range(3) for j in range(3) if i != j])
print({i: i ** 2 for i in range(4)}, {i % 3 for i in range(10)}, list(i for i in range(3)))
print([[j for j in range(i)] for i in range(4)])
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc(); print(counter)
def outer():
    n = 0
    def inner():
        nonlocal n
        n += 1
        return n
    inner(); inner()
    return n
print(outer())
lst = [1, 2, 3, 4, 5]
del lst[1], lst[-1]
print(lst)
dd = {'a': 1, 'b': 2}; del dd['a']; print(dd)
class O: pass
o = O(); o.x = 1; del o.x; print(hasattr(o, 'x'))
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AE", e)
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n, a[0]); return False
with CM(1) as p, CM(2) as q:
    print(p, q)
try:
    with CM(3):
        raise ValueError("x")
except ValueError as e:
    print("caught", e)
def tryer(k):
    try:
        if k == 1: raise KeyError(k)
        r = "ok"
    except KeyError as e:
        r = "ke " + str(e)
    else:
        r += " else"
    finally:
        print("finally", k)
    return r
print(tryer(0), tryer(1))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
def gen():
    x = yield 1
    print("got", x)
    yield from [2, 3]
    return 4
it = gen(); print(next(it), it.send("s"), next(it))
try: next(it)
except StopIteration as e: print("stop", e.value)
v: int = 5
w: list
print(v, __annotations__ if False else "")
lst2 = [0] * 5
lst2[1:3] = [9, 9, 9]
print(lst2, lst2[::-1], lst2[::2], lst2[-2:])
i = 10
i //= 3; i **= 2; i <<= 1; i |= 1; i ^= 3; i &= 0xff; i %= 7; i >>= 1; i -= 1; i *= 3
print(i)
print(not 1, 1 and 2, 0 or 3, None or 0, -(-3), +4, ~5)
if (n := 10) > 5: print("walrus", n)
print([y2 for x2 in range(5) if (y2 := x2 * 2) > 4])
