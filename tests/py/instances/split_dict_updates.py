# an instance's __dict__ stays a split table (sharing the class's keys) when
# attributes are added or deleted after it was asked for, as in CPython
# 3.11: sys.getsizeof follows CPython's numbers, which count the class's
# keys as they are now (each new instance lowers the room)
import sys, gc

class P:
    def __init__(self, x, y, z):
        self.x = x; self.y = y; self.z = z

p = P(1, 2, 3)
d = p.__dict__
print("fresh", sys.getsizeof(d))
q = P(4, 5, 6)
print("after another instance", sys.getsizeof(d), sys.getsizeof(q.__dict__))

# add through the instance, then through the dict
p.w = 7
print("add w", sys.getsizeof(d), list(d), p.w)
d["v"] = 8
print("add v via dict", sys.getsizeof(d), p.v, vars(p))
# the new keys are shared: a fresh instance adding them keeps its values inline
r = P(0, 0, 0); r.w = 1; r.v = 2
print("other instance", sys.getsizeof(r.__dict__), list(r.__dict__))
print("q unaffected", hasattr(q, "w"), list(q.__dict__), sys.getsizeof(q.__dict__))

# delete, re-add: order follows insertion, the table stays split
del p.y
print("del y", sys.getsizeof(d), list(d))
del d["x"]
print("del x via dict", sys.getsizeof(d), list(d))
p.y = 20
p.x = 10
print("re-add", sys.getsizeof(d), list(d), p.x, p.y)
print("pop", d.pop("w"), sys.getsizeof(d), list(d))
try:
    del p.w
except AttributeError as e:
    print("AttributeError:", e)

# a key that is not a str makes it an ordinary dict
s = P(1, 2, 3)
sd = s.__dict__
size_split = sys.getsizeof(sd)
sd[1] = "one"
print("non-str key", size_split, sys.getsizeof(sd), list(sd))

# adding many keys: once the shared keys have no room, the dict turns combined
class Many:
    pass
m = Many()
md = m.__dict__
sizes = []
for i in range(35):
    setattr(m, "a%d" % i, i)
    sizes.append(sys.getsizeof(md))
print("many", sizes)
print(len(md), m.a0, m.a34)

# instances created after many keys
class Grow:
    pass
for n in range(1, 13):
    o = Grow()
    for i in range(n):
        setattr(o, "k%d" % i, i)
    print(n, sys.getsizeof(o.__dict__), end="; ")
print()

# sizes of the earlier dicts now
print("later", sys.getsizeof(d), sys.getsizeof(q.__dict__))

# a cycle through a split dict is collected
class Node:
    pass
a = Node(); b = Node()
a.__dict__; b.__dict__
a.other = b; b.other = a
a.extra = 1
del a.extra
del a, b
print("collected", gc.collect() >= 2)

# the dict outlives its instance and its class
def make():
    class T:
        def __init__(self): self.a = 1
    t = T()
    dd = t.__dict__
    dd["b"] = 2
    return dd
dd = make()
gc.collect()
dd["c"] = 3
del dd["a"]
print("orphan", dd, sys.getsizeof(dd))
