# Instances of classes over object (traverse and dealloc fixed when the class
# is made): what the collector sees, what dealloc releases, and the cases
# that take the general path (__del__ added later, more slots, built-in bases).
import gc
import sys
import weakref


def referents(o):
    return [r if isinstance(r, (int, str)) else type(r).__name__ for r in gc.get_referents(o)]


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Slotted:
    __slots__ = ("x", "y")


class SlotsDict:
    __slots__ = ("x", "__dict__")


class SlotsWeak:
    __slots__ = ("x", "__weakref__")


class Sub(Slotted):
    __slots__ = ("z",)


class SubPlain(Sub):
    pass


class Many:
    __slots__ = tuple("s%d" % i for i in range(10))


p = Plain(1, "two")
print(referents(p))
s = Slotted()
s.x = 5
print(referents(s))
sd = SlotsDict()
sd.x, sd.q = 7, 8
print(referents(sd))
sub = SubPlain()
sub.x, sub.y, sub.z, sub.w = 1, 2, 3, 4
print(referents(sub), sys.getsizeof(sub))
m = Many()
for i in range(10):
    setattr(m, "s%d" % i, i)
print(referents(m))

# cycles through slots, dicts and values are found
gc.collect()
a, b = Slotted(), SubPlain()
a.x, b.z = b, a
c, d = Plain(None, None), SlotsDict()
c.a, d.x = d, c
d.__dict__["self"] = d
e = Many()
e.s9 = e
del a, b, c, d, e
print("collected", gc.collect())

# weak references: callbacks run at dealloc, in CPython's order
log = []
class W:
    pass
w = W()
r1 = weakref.ref(w, lambda r: log.append("r1"))
r2 = weakref.ref(w, lambda r: log.append("r2"))
px = weakref.proxy(w)
del w
print(log, r1(), r2())
sw = SlotsWeak()
sw.x = [1]
rw = weakref.ref(sw)
print(rw() is sw)
del sw
print(rw())

# __del__ added to the class after instances exist; resurrection
saved = []
class D:
    __slots__ = ("v", "__weakref__")
d1 = D()
d1.v = "first"
def fin(self):
    print("__del__", self.v)
    if self.v == "first":
        saved.append(self)
D.__del__ = fin
del d1
print(len(saved), saved[0].v)
saved[0].v = "second"
saved.clear()
print("after clear")

# a long chain of instances is freed without deep C recursion
class Node:
    __slots__ = ("next",)
head = None
for i in range(200000):
    n = Node()
    n.next = head
    head = n
del head, n
class PNode:
    def __init__(self, nxt):
        self.next = nxt
head = None
for i in range(100000):
    head = PNode(head)
del head
print("chains freed")

# subclasses of built-ins keep the general forms
class L(list):
    __slots__ = ("tag",)
class I(int):
    pass
l = L([1, 2])
l.tag = l
i = I(5)
i.attr = [i]
print(referents(l), referents(i))
del l, i
print("collected", gc.collect())
