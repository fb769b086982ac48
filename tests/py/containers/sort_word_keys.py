# list.sort of 64 and more exact ints or floats, with and without a key
# function (the sort by word-sized keys): ints of one and two 30-bit digits
# and larger (the ordinary sort), negative values, floats with -0.0 and 0.0
# (equal: their order is kept), infinities, NaN (the ordinary sort, whose
# result is CPython's), stability by identity, reverse, against CPython.
import sys

seed = 3


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n


edges = [0, 1, -1, 2 ** 30 - 1, 2 ** 30, -2 ** 30, -(2 ** 30) + 1, 2 ** 60 - 2, -(2 ** 60) + 2,
         2 ** 45, -(2 ** 45) - 7, 255, 256, 257, -5, -6]
for extra in ([], [2 ** 60], [-(2 ** 60)], [2 ** 63, -(2 ** 63), 2 ** 64 + 5, 10 ** 30, -10 ** 30]):
    xs = [edges[rnd(len(edges))] + rnd(3) - 1 for _ in range(500)] + extra
    ys = sorted(xs)
    print(len(ys), ys[:4], ys[-4:], ys[250], all(ys[i] <= ys[i + 1] for i in range(len(ys) - 1)))
    print(sorted(xs, reverse=True)[:3], sorted(xs, key=lambda v: -v)[:3], sorted(xs, key=abs)[-3:])

# stability: equal ints that are distinct objects (by identity)
objs = [int(str(1000 + i % 13)) for i in range(400)]
order = sorted(range(len(objs)), key=lambda i: (objs[i], i))
s1 = sorted(objs)
print(all(s1[j] is objs[order[j]] for j in range(len(objs))))
order_r = sorted(range(len(objs)), key=lambda i: (objs[i], -i), reverse=True)
s2 = sorted(objs, reverse=True)
print(all(s2[j] is objs[order_r[j]] for j in range(len(objs))))
items = ["item%d" % i for i in range(300)]
by_key = sorted(items, key=lambda s: int(s[4:]) % 7)
print(by_key[:5], by_key[-3:])
by_key_r = sorted(items, key=lambda s: int(s[4:]) % 7 * 2 ** 40, reverse=True)
print(by_key_r[:5], by_key_r[-3:])

# floats: -0.0 and 0.0 are equal and keep their order; infinities; NaN
zs = [(0.0 if i % 3 else -0.0) for i in range(100)] + [1.5, -1.5, float("inf"), -float("inf")] * 5
zs_sorted = sorted(zs)
print([str(z) for z in zs_sorted[:25]], [str(z) for z in zs_sorted[-6:]])
print([str(z) for z in sorted(zs, reverse=True)[5:30]])
fl = [rnd(1000) / 7.0 - 70 for _ in range(500)]
print(sorted(fl)[:3], sorted(fl, reverse=True)[:3], sorted(fl, key=lambda v: -v)[:2])
nan = float("nan")
withnan = [3.0, 1.0, nan, 2.0] * 30
print([str(v) for v in sorted(withnan)[:10]])
print(sorted([float(i % 10) for i in range(100)], key=lambda v: v)[::10])

# key functions returning ints keep the keys alive through the sort
keys_seen = []


class Item:
    def __init__(self, v):
        self.v = v


xs = [Item(rnd(50)) for _ in range(200)]
out = sorted(xs, key=lambda it: it.v * 3 - 75)
print([it.v for it in out][:10], [it.v for it in out][-5:])
big = 10 ** 20
k = [big + 1 for _ in range(1)][0]
before = sys.getrefcount(k)
ys = sorted(range(100), key=lambda i: k if i == 50 else i)
print(ys[-1], sys.getrefcount(k) - before)
