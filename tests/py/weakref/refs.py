import weakref, gc, sys

class A:
    def __init__(self, v=0): self.v = v
    def __repr__(self): return "A(%r)" % self.v

class CB:
    def __init__(self, name): self.name = name
    def __repr__(self): return "<CB %s>" % self.name
    def __call__(self, r):
        print("callback", self.name, r() is None, type(r).__name__)

# basic ref, sharing, callback
a = A(1)
r1 = weakref.ref(a)
print(r1() is a, weakref.ref(a) is r1, weakref.ref(a, None) is r1)
r2 = weakref.ref(a, CB("r2"))
print(r2 is r1, r2() is a, r2.__callback__, r1.__callback__)
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print(r1 == r2, r1 != r2, hash(r1) == hash(a), hash(r2) == hash(a))
del a
print(r1(), r2(), r1 == r2, r1 != r2, r1 == r1, r2.__callback__)
print(weakref.getweakrefcount(r1))

# hash after death
b = A(2)
rb = weakref.ref(b)
h = hash(rb)
del b
print(hash(rb) == h)
c = A(3)
rc = weakref.ref(c)
del c
try: hash(rc)
except TypeError as e: print("TypeError:", e)

# dict keyed by refs
x, y = A(4), A(5)
d = {weakref.ref(x): "x", weakref.ref(y): "y"}
print(d[weakref.ref(x)], weakref.ref(y) in d)

# comparisons with non refs
print(weakref.ref(x) == x, weakref.ref(x) != 3)
try: weakref.ref(x) < weakref.ref(y)
except TypeError as e: print("TypeError:", e)

# callback exceptions
class Bad:
    def __repr__(self): return "<Bad callback>"
    def __call__(self, r): 1/0
z = A(6)
rz = weakref.ref(z, Bad())
del z
print("after bad callback")

# callback order and the ref passed
objs = A(7)
refs = [weakref.ref(objs, CB(str(i))) for i in range(3)]
del objs
print("after order")

# callback not called when the ref dies first
t = A(8)
rt = weakref.ref(t, CB("never"))
del rt
del t
print("no callback")

# errors
for o in (1, "s", (1,), [1], {}, None, b"", 1.5, True, range(2), object()):
    try:
        weakref.ref(o)
    except TypeError as e:
        print("TypeError:", e)
for o in (set(), frozenset(), A, int, len, A().__init__, (lambda: 0), (lambda: 0).__code__, sys, (i for i in ()), A()):
    print(type(o).__name__, weakref.ref(o)() is o or weakref.ref(o)() is None)
try: weakref.ref()
except TypeError as e: print("TypeError:", e)
try: weakref.ref(x, None, 1)
except TypeError as e: print("TypeError:", e)
try: weakref.ref(x)(1)
except TypeError as e: print("TypeError:", e)
print(weakref.getweakrefcount(1), weakref.getweakrefs("x"))

# slots
class S1: __slots__ = ("a",)
class S2: __slots__ = ("a", "__weakref__")
class S3(S1): pass
try: weakref.ref(S1())
except TypeError as e: print("TypeError:", e)
print(weakref.ref(S2()) is not None, weakref.ref(S3()) is not None)
try:
    class S4(S2): __slots__ = ("__weakref__",)
except TypeError as e: print("TypeError:", e)
class L(list): pass
class D(dict): pass
class I(int): pass
print(weakref.ref(L())() , weakref.ref(D())())
try: weakref.ref(I(3))
except TypeError as e: print("TypeError:", e)

# ref subclass
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, tag=""):
        super().__init__(ob, callback)
        self.tag = tag
    def __new__(cls, ob, callback=None, tag=""):
        return super().__new__(cls, ob, callback)
q = A(9)
mr = MyRef(q, CB("myref"), tag="T")
print(type(mr).__name__, mr() is q, mr.tag, isinstance(mr, weakref.ref), mr == weakref.ref(q))
print(weakref.getweakrefcount(q), weakref.ref(q) is mr)
del q
print(mr())

# __weakref__ attribute
w = A(10)
print(w.__weakref__)
rw = weakref.ref(w)
print(w.__weakref__ is rw)
print(type(rw), weakref.ReferenceType is weakref.ref, type(rw).__name__)
