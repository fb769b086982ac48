# list.sort without a key sorts the list's own array (keys only); with a key
# the keys move with the items: stability, reverse, errors and mutation
# checks in both modes, on runs long enough to gallop and merge.
import random

rng = random.Random(7)


class K:
    """An int-like key that counts comparisons and is told apart by id."""
    calls = 0

    def __init__(self, v, tag):
        self.v, self.tag = v, tag

    def __lt__(self, other):
        K.calls += 1
        return self.v < other.v


# equal keys keep their order, also among equal-valued distinct strs
for n in (5, 63, 64, 65, 300, 2000):
    xs = [K(rng.randrange(8), i) for i in range(n)]
    ys = sorted(xs)
    ok = all(a.v < b.v or (a.v == b.v and a.tag < b.tag) for a, b in zip(ys, ys[1:]))
    zs = sorted(xs, reverse=True)
    okr = all(a.v > b.v or (a.v == b.v and a.tag < b.tag) for a, b in zip(zs, zs[1:]))
    ks = sorted(range(n), key=lambda i: xs[i].v)
    okk = all(xs[a].v < xs[b].v or (xs[a].v == xs[b].v and a < b) for a, b in zip(ks, ks[1:]))
    print(n, ok, okr, okk)

strs = [str(rng.randrange(10, 60)) * rng.randrange(1, 4) for _ in range(3000)]
copies = [(s + "x")[:-1] for s in strs]   # equal values, other objects
mixed = strs + copies
order = {id(o): i for i, o in enumerate(mixed)}
out = sorted(mixed)
print(out == sorted(strs + strs), all(
    a < b or (a == b and order[id(a)] < order[id(b)]) for a, b in zip(out, out[1:])))
print(sorted(strs, key=len)[:5], sorted(strs, key=len, reverse=True)[:5])

# partly sorted data: long runs, galloping merges, descending runs
data = list(range(5000)) + list(range(2500)) + list(range(3000, 0, -1))
for key in (None, lambda x: -x, str):
    a = sorted(data, key=key)
    print(a[:3], a[-3:], len(a), a == sorted(data, key=key, reverse=True)[::-1] or key is str)
floats = [rng.random() for _ in range(1000)]
print(sorted(floats) == sorted(floats, key=lambda f: (f,)))
tuples = [(rng.randrange(5), str(i)) for i in range(1000)]
print(sorted(tuples)[:3], sorted(tuples, key=lambda t: t[0])[:3])

# an error in the middle: the list still holds every item once
xs = [3, 1, 'a', 2] * 50
try:
    xs.sort()
except TypeError as e:
    print('TypeError', e)
print(len(xs), sorted(map(str, xs)) == sorted(map(str, [3, 1, 'a', 2] * 50)))
ys = list(range(100))
try:
    ys.sort(key=lambda x: 1 / (x - 50))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(ys == list(range(100)))


# the list changed while sorting
class Mut:
    def __init__(self, v, lst):
        self.v, self.lst = v, lst

    def __lt__(self, other):
        self.lst.append(0)
        return self.v < other.v


lst = []
lst.extend(Mut(i % 7, lst) for i in range(50))
try:
    lst.sort()
except ValueError as e:
    print('ValueError', e)
print(len(lst), sorted(m.v for m in lst) == sorted(i % 7 for i in range(50)))
lst2 = list(range(30))
try:
    lst2.sort(key=lambda x: (lst2.append(x), -x)[1])
except ValueError as e:
    print('ValueError', e)
print(len(lst2))
