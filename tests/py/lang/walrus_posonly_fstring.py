# assignment expressions and their scopes, positional-only parameters, f"{x=}"
# walrus scoping at run time
def f():
    [y := x * 2 for x in range(3)]
    return y
print(f())
def g():
    global gy
    [gy := x for x in range(4)]
    return gy
print(g(), gy)
total = 0
vals = [total := total + v for v in range(5)]
print(vals, total)
def h():
    data = [1, 2, 3, 4]
    if (n := len(data)) > 3:
        print("long", n)
    while (item := data.pop()) > 2:
        print("item", item)
    print([m for m in data if (last := m)], last)
    return [(lambda: (z := 5))() for _ in range(2)]
print(h())
def outer():
    v = 0
    def inner():
        [v := i for i in range(3)]
        return v
    r = inner()
    return r, v
print(outer())
print((a := 10, a + 1))
print(f"{(b := 3) * 2} {b}")
x = [1, 2, 3]
print(x[(i := 1)], i)
def gen():
    yield (w := 7)
    yield w
print(list(gen()))
print({(k := 'key'): k})
print([[(j := i) for i in range(2)] for _ in range(2)], j)
def kw(a, /, b, *, c=3): return (a, b, c)
print(kw(1, 2), kw(1, b=5, c=6))
try:
    kw(a=1, b=2)
except TypeError as e:
    print(e)
def pos_only_defaults(a, b=2, /, c=3): return a, b, c
print(pos_only_defaults(1), pos_only_defaults(1, 5, c=9))
try:
    pos_only_defaults(1, b=2)
except TypeError as e:
    print(e)
print(pos_only_defaults.__code__.co_posonlyargcount, pos_only_defaults.__code__.co_argcount)
def kwonly(**kwargs): return kwargs
def mix(a, /, **kwargs): return a, kwargs
print(mix(1, a=2))
lam = lambda a, /, b: a - b
print(lam(5, 3), lam(5, b=1))
n = 42
s = "str"
print(f"{n=}", f"{n = }", f"{n=:>6}", f"{n=!s}", f"{s=}", f"{s=!s:>5}", f"{n*2=}", f"{n=:#x}")
print(f"{s!r:>8}", f"{n:{'>'}{5}}", f"{3.14159=:.2f}", f"{ n = !r:^9}")
