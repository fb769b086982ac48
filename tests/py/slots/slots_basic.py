# __slots__: fixed attributes with member descriptors, no __dict__ or
# __weakref__ unless named, inheritance, sizes and CPython's error messages.
import sys
import weakref

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, sys.getsizeof(p))
print(type(Point.x).__name__, Point.x.__name__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError", e)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError", e)

q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print("AttributeError", e)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError", e)

class Point3(Point):
    __slots__ = ("z",)
p3 = Point3(1, 2)
p3.z = 3
print(p3.x, p3.y, p3.z, sys.getsizeof(p3))
try:
    p3.w = 4
except AttributeError as e:
    print("AttributeError", e)

class Loose(Point):
    pass
lo = Loose(1, 2)
lo.extra = "ok"
print(lo.extra, lo.__dict__)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

class WithWeak:
    __slots__ = ("a", "__weakref__")
ww = WithWeak()
r = weakref.ref(ww)
print(r() is ww)

class One:
    __slots__ = "only"
o = One()
o.only = 5
print(o.only, One.__slots__)

try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError", e)

try:
    class Dup(Point):
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TypeError", e)

class Empty:
    __slots__ = ()
print(sys.getsizeof(Empty()))
for n in (1, 2, 5, 10):
    cls = type("S%d" % n, (), {"__slots__": tuple("f%d" % i for i in range(n))})
    print(n, sys.getsizeof(cls()))

class Mangled:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 42
    def get(self):
        return self.__secret
print(Mangled().get(), hasattr(Mangled, "_Mangled__secret"))
