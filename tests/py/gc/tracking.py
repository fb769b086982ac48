# Which containers the collector tracks: dicts start untracked and become
# tracked when a container is stored; the collector untracks tuples of atomic
# items and (on full collections) dicts of atomic items.
import gc

t = gc.is_tracked
print("empty dict", t({}), "dict()", t(dict()))
print("atomic values", t({"a": 1, "b": "x", "c": 1.5, "d": None}))
print("list value", t({"a": []}), "dict value", t({"a": {}}))
print("tuple key", t({(1, 2): 3}))
d = {}
d["x"] = 1
print("after atomic store", t(d))
d["y"] = [1]
print("after list store", t(d))
d["y"] = 2
print("replaced by atomic", t(d))
gc.collect()
print("after full collect", t(d))
d[1] = d
print("self reference", t(d))
del d[1]
e = {1: 2}
e.setdefault(3, [])
print("setdefault list", t(e))
f = {1: 2}
f.update({2: []})
print("update with list", t(f))
print("copy of atomic", t({1: 2}.copy()), "copy of tracked", t({1: []}.copy()))
print("dict(atomic)", t(dict(a=1)), "dict(tracked)", t(dict(a=[])))
print("fromkeys", t(dict.fromkeys("abc")), t(dict.fromkeys("abc", [])))
print("comprehension", t({i: i for i in range(3)}), t({i: [i] for i in range(3)}))

class D(dict):
    pass
print("subclass", t(D()), t(D(a=1)))

# tuples
print("tuple literal", t((1, 2)), "empty", t(()), "of list", t(([],)))
a = tuple([1, 2, "x"])
b = tuple([1, [2]])
c = (a, 3)
n = tuple([a, (4, 5)])
print("before collect", t(a), t(b), t(c), t(n))
gc.collect()
print("after collect", t(a), t(b), t(c), t(n))

# dicts holding tuples
h = {1: tuple([1, 2])}
print("dict with tracked tuple", t(h))
gc.collect()
print("after collect", t(h[1]), t(h))

# untracked objects are still referenced correctly
keep = [{"k": i} for i in range(1000)]
gc.collect()
print(sum(t(x) for x in keep), len(keep), keep[999]["k"])
cyc = {"me": None}
cyc["me"] = cyc
del cyc
print("cycle through dict collected:", gc.collect() >= 1)

# instances' __dict__
class C:
    pass
o = C()
o.a = 1
print("instance", t(o), t(o.__dict__))
