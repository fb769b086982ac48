# Sets and frozensets of ints: a compact int found by value (an equal int
# that is another object), -1 and -2 (equal hashes, different values), big
# ints, bools and floats equal to ints, as CPython compares them.
a = set(range(0, 4000, 2))
b = set(range(0, 4000, 3))
hits = 0
for i in range(4000):
    if i in a and i not in b:
        hits += 1
print(hits, len(a | b), len(a & b), len(a - b), len(a ^ b))
s = {-1, -2, 2**40, -(2**40), 2**64 + 1, 10**30}
for k in [-1, -2, -3, 1 - 2, -2 * 1, 2**40, 2**40 + 0, -(2**40), 2**64 + 1, 10**30, 10**30 + 1,
          True, False, 1.0, -1.0, -2.0, float(2**40), 2**40 + 0.5]:
    print(k, k in s, k in frozenset(s))
t = set()
for k in [-1, -2, -1, -2, 1000, 1000 + 0, 500 * 2, 2**31, 2**31 + 0, True, 1, 1.0, 0, False]:
    t.add(k)
print(sorted(t, key=repr), len(t))
t.discard(1000 * 1)
t.discard(-2)
print(sorted(t, key=repr), -1 in t, -2 in t)
f = frozenset(range(-10, 300, 7))
g = frozenset(x + 0 for x in range(-10, 300, 7) if x % 2)
print(g <= f, f <= g, g < f, len(f - g), min(f - g), max(f & g), f.issuperset(g))
print({x for x in range(-5, 5)} == set(range(-5, 5)), {-1} == {-2}, {-1} | {-2})


class E(int):
    def __eq__(self, other):
        print('E.__eq__', int(self), other)
        return int.__eq__(self, other)

    __hash__ = int.__hash__


print(E(5) in {5, 6}, 5 in {E(5)}, E(7) in {5})
