# Set algebra and subset tests whose lookups first probe by identity
# (setobject.c's set_probe_identity) and fall back to equality tests: results
# and iteration order must be CPython's for every kind of key.

big = 10 ** 30
a = frozenset(range(50))
b = frozenset([3, 7, 11, 0, -1, 49])
print(sorted(a - b)[:10], len(a - b))
print(list(a - b)[:12])
print(list(b - a), list(b & a), list(a & b))
print(b <= a, (b - {-1}) <= a, a <= a, frozenset() <= a, a <= frozenset())
print(a >= b, a > a, a < a | {99})

# equal but not identical keys: big ints, floats equal to ints, bools
x = {big, 2 ** 100, -5, 0, 1, 2.5}
y = {10 ** 30, 2 ** 100 + 0, 1.0, True, 0.0, -5.0}
print(sorted(x - y, key=repr), sorted(x & y, key=repr), sorted(y & x, key=repr))
print(x <= x | y, {10 ** 30} <= x, {10 ** 30 + 1} <= x, {0.0, 1.0} <= x)
print(x - set(), set() - x, x & set(), x - x)

# strs: interned and built at run time
s1 = {"alpha", "beta", "gamma", "delta"}
s2 = {"".join(["al", "pha"]), "ga" + "mma"[0:3], "zeta"}
print(sorted(s1 - s2), sorted(s1 & s2), sorted(s2 - s1), s2 - {"zeta"} <= s1)

# order of results (CPython's table layout), with dummies in the source
d = set(range(0, 200, 3))
for k in range(0, 200, 9):
    d.discard(k)
print(list(d - {6, 12, 15})[:15])
print(list(d & set(range(100)))[:15])
print(list(frozenset(d) - frozenset(range(50)))[:10])
grown = frozenset(range(40)) - frozenset([1])
print(len(grown), list(grown)[:5], min(grown), max(grown))

# subclasses keep their base kind in results; keys with __eq__ and __hash__
class S(set):
    pass

class F(frozenset):
    pass

print(type(S([1, 2]) - {1}).__name__, type(F([1, 2]) & {1}).__name__, F([1]) <= S([1, 2]))

class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, Key) and self.v == other.v

k1, k2, k3 = Key(1), Key(2), Key(1)
p = {k1, k2}
q = {k3}
print(q <= p, len(p - q), len(p & q), len(q - p))

# an __eq__ that empties the set while a probe runs
class Mutator:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 5

    def __eq__(self, other):
        self.target.clear()
        return False

t = set()
m1, m2 = Mutator(t), Mutator(t)
t.add(m1)
print({m2} <= t, len(t))
t.add(m1)
r = {m2, 5} - t
print(len(r), len(t))

# errors from __eq__ propagate
class Bad:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError("no eq")

try:
    {Bad()} <= {Bad()}
except ValueError as e:
    print("ValueError", e)
try:
    {Bad(), 2} - {Bad()}
except ValueError as e:
    print("ValueError", e)
try:
    {Bad()} & {Bad(), 3}
except ValueError as e:
    print("ValueError", e)

# min / max of ints take a direct comparison; mixed and big values
print(min({5, -3, 7}), max({5, -3, 7}), min([big, -big, 3]), max([2 ** 62, 2 ** 61, -1]))
print(min([1, 1.0]), min([1.0, 1]), max([True, 1]), max([1, True]), min([3, 2.5, 2]))
print(min(range(-5, 5), key=abs), max([-(2 ** 31), 2 ** 31 - 1, 2 ** 30]), min([0, -0]))
class I(int):
    def __lt__(self, other):
        print("I.__lt__")
        return int.__lt__(self, other)

print(min([I(3), I(2)]), max([-1, -(10 ** 20)]), min(x for x in [2 ** 40, 2 ** 40 - 1]))
