d = {"b": 2, "a": 1}
d["c"] = 3; d["b"] = 20
print(d, list(d), d.keys(), d.values(), d.items(), len(d), "a" in d, 2 in d)
print(d.get("z"), d.get("z", 0), d.pop("a"), d.pop("zz", None), d.setdefault("e", []), d, d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("w", 0)]); print(d, dict(a=1, b=2), dict([(1, 2)]), dict.fromkeys("ab", 0), dict(zip("ab", range(2))))
print({1: "a"} == {1: "a"}, {1: 2} | {3: 4}, sorted({3: 1, 1: 2}), list(reversed({1: 1, 2: 2})), d.copy() is not d)
dd = {}; dd |= {"k": 1}; print(dd, {"a": 1}.keys() & {"a", "b"}, sorted({"a": 1}.keys() | {"c"}), {"a": 1}.items() - {("a", 1)})
try: d["nope"]
except KeyError as e: print(repr(e), e.args)
try:
    for k in d: d["new"] = 1
except RuntimeError as e: print(e)
e = {}
e[1] = "int"; e[1.0] = "float"; e[True] = "bool"; print(e)
print({(1, 2): "t", None: "n", frozenset([1]): "f"})
nested = {"a": [1, {"b": (2, 3)}], "c": {"d": None}}
print(nested, repr(nested["a"]))
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 99); l.insert(-1, 98); print(l)
print(l.pop(), l.pop(0), l.remove(98), l, l.index(2), l.count(1), l[::-1], l.copy())
l.reverse(); print(l); l.sort(); print(l); l.clear(); print(l)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), sorted(words, key=lambda w: (len(w), w)))
recs = [("bob", 30), ("alice", 25), ("carol", 30), ("dave", 25)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: -r[1]), min(recs, key=lambda r: r[1]), max(recs, key=lambda r: r[1]))
try: l.remove(42)
except ValueError as e: print(e)
try: [1, 2].index(5)
except ValueError as e: print(e)
print([1, 2] * 2, [[0] * 2] * 2, [1, 2] + [3], [1, 2] < [1, 3], [1, 2] == [1, 2], [] or "empty", [1, [2, [3]]])
lst = list(range(10)); lst[2:5] = []; lst[::3] = ["x"] * len(lst[::3]); print(lst)
del lst[::2]; print(lst)
a = [1, 2, 3]; a[1:1] = [9, 9]; print(a); a[-1:] = "ab"; print(a)
try: a[::2] = [1]
except ValueError as e: print(e)
t = (1, 2, 3, 2)
print(t, t.count(2), t.index(3), t + (4,), t * 2, t[1:3], (1,), (), tuple("ab"), len(t), t < (1, 3), hash(t) == hash((1, 2, 3, 2)))
s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1); print(s, len(s), 2 in s, s | {9}, s & {2, 3}, s - {2}, s ^ {2, 7}, s <= {2, 3, 4, 5}, s < s, {1} < {1, 2})
print(set(), frozenset(), frozenset([1, 2]), set("aab") == {"a", "b"}, {1, 2}.union([3], (4,)), {1, 2}.intersection([2]), {1, 2}.isdisjoint({3}), {1, 2}.issubset(range(5)), {1, 2, 3}.issuperset({1}))
s2 = {1, 2, 3}; s2 |= {4}; s2 &= {1, 2, 4}; s2 -= {1}; s2 ^= {5}; print(s2, s2.copy(), sorted(s2))
try: s.remove(100)
except KeyError as e: print("KeyError", e)
fs = frozenset([1, 2]); print({fs: 1}, fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__)
r = range(2, 20, 3)
print(r, list(r), r[2], r[-1], r[1:3], len(r), 8 in r, 9 in r, r.index(8), r.count(5), range(5)[::-1], list(range(10, 0, -2)), range(0), bool(range(0)))
print(range(3) == range(3), range(0) == range(5, 2), reversed(range(3)).__class__.__name__, list(reversed(range(1, 7, 2))))
sl = slice(1, 10, 2); print(sl, sl.start, sl.stop, sl.step, sl.indices(5), "abcdefghijk"[sl], slice(None), slice(3))
print(list(enumerate("ab", 1)), list(zip("abc", range(5), [True] * 2)), list(map(lambda x, y: x + y, [1, 2], [3, 4])), list(filter(None, [0, 1, "", "a"])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), any([0, 0]), all([]), any(x > 2 for x in range(5)))
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)), [list(r) for r in zip(*m)], [sum(c) for c in zip(*m)], sum(m, []))
print(list(iter([1, 2])), list(iter(range(3))), next(iter("x")), list(dict(a=1).items())[0])
it = iter(lambda: next(cnt), 3)
cnt = iter(range(10)); print(list(it))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: 0, 1: 0}), sorted([(1, "b"), (1, "a")]), sorted([], key=len))
print(dict(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1])), {k: v for k, v in sorted({"z": 1, "y": 2}.items())})
big = list(range(1000)); big.sort(key=lambda x: (x % 7, -x)); print(big[:10], big[-3:])
stable = sorted([(i % 3, i) for i in range(10)], key=lambda p: p[0]); print(stable)
print([1, 2, 3].__len__(), [].__class__, list.__name__, [1] .__contains__(1), {1: 2}.__getitem__(1))
l3 = [1, 2, 3]; l3 += (4,); l3 *= 2; print(l3)
print(list("abc") == ["a", "b", "c"], [1, 2, 3][-5:100], [0] * -1, list(range(-3)), "x" * 0)
print(repr({}), repr(set()), repr(frozenset()), repr([]), repr(()), repr({1}), repr((1,)), str({"a": "b"}))
r2 = []; r2.append(r2); print(r2); dr = {}; dr["self"] = dr; print(dr)
print(dict.fromkeys(range(3)), {}.fromkeys("ab", []), list({}.items()), {1: 1}.items().__class__.__name__)
