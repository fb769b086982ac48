# An instance's __dict__, once asked for, is a split table sharing the
# class's keys, as CPython 3.11's: its size, and every dict operation on it.
import sys, gc

class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

p = Point(1, 2, 3)
d = p.__dict__
print("size of __dict__ (3 attributes):", sys.getsizeof(d))
print("size of instance + __dict__:", sys.getsizeof(p) + sys.getsizeof(d))
print(d, len(d), list(d), list(d.values()), list(d.items()))
print(d["y"], d.get("z"), d.get("w", "absent"), "x" in d, "w" in d)
p.x = 10                                  # replaced in place
print(d, p.x, sys.getsizeof(d))
d["y"] = 20
print(p.y, d == {"x": 10, "y": 20, "z": 3}, d != {"x": 10})
print(sorted(d.keys()), repr(d), str(d))
q = Point("a", "b", "c")
print(sys.getsizeof(q.__dict__) <= sys.getsizeof(d))
print(q.__dict__.copy(), dict(q.__dict__), {**q.__dict__, "extra": 1})
for k, v in q.__dict__.items():
    print(k, v)
print(list(reversed(q.__dict__)))

# adding, deleting and clearing keep the values (the table turns combined)
q.w = "new"
print(q.__dict__, q.w)
del q.x
print(q.__dict__, hasattr(q, "x"))
print(q.__dict__.pop("y"), q.__dict__.setdefault("v", 5), q.__dict__.popitem(), q.__dict__)
q.__dict__.update(a=1, b=2)
print(q.__dict__, q.a)
q.__dict__.clear()
print(q.__dict__, hasattr(q, "w"))

# an instance asked for its __dict__ before any attribute
class Empty:
    pass
e = Empty()
ed = e.__dict__
e.k = 1
print(ed, e.k, e.__dict__ is ed)

# attributes in another order, a deleted one, and vars()
class Order:
    pass
o = Order()
o.b = 1; o.a = 2; o.c = 3
del o.a
o.a = 4
print(vars(o), list(vars(o)))

# cycles through a split __dict__ are collected
class Node:
    pass
n1, n2 = Node(), Node()
n1.peer = n2; n2.peer = n1
n1.__dict__; n2.__dict__
del n1, n2
print("collected:", gc.collect() >= 4)
d2 = Point([1], [2], [3]).__dict__
print(d2, gc.is_tracked(d2))

# a __dict__ asked for before any attribute is split too
class Bare:
    pass
b1 = Bare()
print("empty __dict__:", sys.getsizeof(b1.__dict__), b1.__dict__)
class One:
    def __init__(self):
        self.a = 1
o1 = One()
o2 = One.__new__(One)
print("second instance, no attribute yet:", sys.getsizeof(o2.__dict__), o2.__dict__)
o2.__dict__["a"] = 5
print(o2.a, o2.__dict__)
