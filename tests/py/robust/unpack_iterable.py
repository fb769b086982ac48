# Unpacking a non-list/tuple iterable: the items must be written over the
# iterable's own stack slot (the unpacked values once overran the frame's
# value stack when the unpack was the deepest point of the code).
a, Cb, *c = range(5)
print(a, Cb, c)
class It:
    def __iter__(self): return iter([1, 2, 3, 4, 5])
*a, b = It()
print(a, b)
a, *b, c, d = iter(range(10))
print(a, b, c, d)
x, y = iter([1, 2])
print(x, y)
for bad in ([1], [1, 2, 3]):
    try:
        x, y = iter(bad)
    except ValueError as e:
        print(e)
try:
    x, *y, z = iter([1])
except ValueError as e:
    print(e)
def f():
    p, q, *r = {1: 2, 3: 4}
    return p, q, r
print(f())
def g():
    (a, b), (c, *d) = iter([iter("ab"), "cde"])
    return a, b, c, d
print(g())
def gen():
    yield from range(3)
def h():
    for i in range(3):
        u, v, w = gen()
    return u + v + w
print(h())
class Bad:
    def __iter__(self): raise KeyError("no iter")
try:
    a, b = Bad()
except KeyError as e:
    print("KeyError", e)
try:
    a, *b = 5
except TypeError as e:
    print(e)
many = list(range(300))
a, *b, c = iter(many)
print(a, len(b), c)
t = iter(range(600))
exec("(" + ", ".join("v%d" % i for i in range(200)) + ", *rest) = t")
print(v0, v199, len(rest))
