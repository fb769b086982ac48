# min()/max() of containers of ints or floats (compared as C numbers), and the
# set algebra whose table walks stop after the last key while no code runs.
import sys

# --- min/max fast paths: results, identity of ties, fallbacks
a, b = 10**3 + 1, 10**3 + 1          # equal, distinct objects
lst = [5, a, 3, b, 3, 9]
print(min(lst), max(lst), max([a, b]) is a, min([b, a]) is b)
print(min((7, -2, 4)), max((7, -2, 4)), min(1, 2), max(-1, -5, 3))
print(min({30, 1, 17, -4}), max(frozenset(range(50))), min(set(range(-40, 5))))
print(min([2.5, -1.0, 7.25]), max(2.5, 9.0), max((1.5,)))
nan = float('nan')
print(min([nan, 1.0, 2.0]), min([1.0, nan, 0.5]), max([nan, 3.0]))
print(min([3, 2.5, 1]), max([1, 2**40, 3]), min([2**70, -2**70, 5]))
print(min([True, 0, -1]), max([False, 1]), type(max([True, 1])))
print(min(["b", "a", "c"]), max([1, 3], key=lambda x: -x), min([], default="d"))
for bad in ([], set(), ()):
    try:
        min(bad)
    except ValueError as e:
        print(type(bad).__name__, e)
try:
    min([1, "a"])
except TypeError as e:
    print(e)
class L(list):
    def __iter__(self):
        return iter([100, 200])
print(min(L([1, 2])), max(L([1, 2])))
class S(set):
    def __iter__(self):
        return iter([-7])
print(min(S({1, 2})))
print(sys.getrefcount(lst[1]) == sys.getrefcount(a))

# --- set algebra and order (CPython's table layouts)
free = frozenset(range(50))
fp = frozenset([3, 4, 9, 40, 47])
print(fp <= free, frozenset([3, 60]) <= free, fp < free, free >= fp, fp == frozenset(fp))
n = free - fp
print(len(n), min(n), sorted(n) == sorted(set(range(50)) - set(fp)), list(n)[:8])
print(list(free - frozenset(range(0, 50, 2)))[:10], list(fp & free), list(free & fp))
s = set(range(100, 0, -7)); s -= {93, 2, 100, 65}; print(list(s))
s = set(range(0, 200, 3)); s.difference_update(frozenset(range(0, 200, 5))); print(list(s)[:12], len(s))
print(list(set([1 << 40, 7, 2**31]) - {7}), list({-1, -2, 5, 8} & {-2, 8, -1}))
print(list(set("abcdef") - set("bd")) == [c for c in set("abcdef") if c not in "bd"])

# --- equality that runs code and changes the sets under the walk
class K:
    def __init__(self, v, victim=None):
        self.v = v
        self.victim = victim
    def __hash__(self):
        return self.v % 4
    def __eq__(self, other):
        if self.victim is not None:
            self.victim.clear()
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K%d" % self.v
x = {K(1), K(5), 2, 3}
y = {K(1), K(5), 2, 3}
print(x <= y, x == y, len(x - y), len(x & y))
victim = set(range(20))
z = {K(1, victim), 5, 6}
w = {K(1), K(9), 5}
print(sorted(map(repr, z - w)), len(victim))
victim2 = {1, 2, 3}
try:
    print(len({K(2, victim2), 7} & {K(2), 7}), victim2)
except RuntimeError as e:
    print("RuntimeError", e)
d = {K(3), 4}
d -= {K(3), 4}
print(d)
