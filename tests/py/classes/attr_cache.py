# Attribute and method lookups stay right when classes and instances change
# under the interpreter's per-instruction caches.
class A:
    def __init__(self, x):
        self.x = x
    def m(self):
        return "A.m"

def get_x(o):
    return o.x
def set_x(o, v):
    o.x = v
def call_m(o):
    return o.m()

a = A(1)
for i in range(3):
    print(get_x(a), call_m(a))

# instance attribute shadows the method
a.m = lambda: "instance m"
print(call_m(a), call_m(A(2)))
del a.m
print(call_m(a))

# a data descriptor added to the class wins over the instance value
A.x = property(lambda self: "prop")
print(get_x(a))
try:
    set_x(a, 5)
except AttributeError as e:
    print("AttributeError", e)
del A.x
print(get_x(a))
set_x(a, 7)
print(get_x(a))

# method replaced on the class, and on a base class
A.m = lambda self: "new A.m"
print(call_m(a))
class B(A):
    pass
b = B(3)
print(call_m(b), get_x(b))
A.m = lambda self: "newer A.m"
print(call_m(b))
B.m = lambda self: "B.m"
print(call_m(b), call_m(a))

# __dict__ materialized, then changed directly
d = A(10)
print(get_x(d))
d.__dict__["x"] = 11
print(get_x(d))
d.__dict__["m"] = lambda: "dict m"
print(call_m(d))
del d.__dict__["x"]
try:
    get_x(d)
except AttributeError as e:
    print("AttributeError", e)

# deleted attribute falls back to the class attribute, then errors
e = A(20)
print(get_x(e))
del e.x
try:
    get_x(e)
except AttributeError as ex:
    print("AttributeError", ex)
A.x = "class x"
print(get_x(e))
del A.x
set_x(e, 21)
print(get_x(e))

# __class__ assignment
class C:
    def __init__(self):
        self.x = "C.x"
    def m(self):
        return "C.m"
c = C()
print(get_x(c), call_m(c))
c.__class__ = A
print(get_x(c), call_m(c))

# __setattr__ / __getattribute__ added after the cache was filled
f = A(30)
set_x(f, 31)
def sa(self, n, v):
    object.__setattr__(self, n, v * 2)
A.__setattr__ = sa
set_x(f, 32)
print(get_x(f))
del A.__setattr__
set_x(f, 33)
print(get_x(f))
A.__getattribute__ = lambda self, n: "ga " + n
print(get_x(f), call_m(f) if False else "skip")
del A.__getattribute__
print(get_x(f))

# __getattr__ only for missing names
class G:
    def __getattr__(self, n):
        return "missing " + n
g = G()
print(get_x(g))
g.x = "real"
print(get_x(g))

# many instances with different attribute orders and counts
class P:
    pass
ps = []
for i in range(50):
    p = P()
    if i % 2:
        p.y = i
    p.x = i * 10
    ps.append(p)
print(sum(get_x(p) for p in ps))
for p in ps:
    set_x(p, get_x(p) + 1)
print(sum(get_x(p) for p in ps), [sorted(vars(p)) for p in ps[:2]])

# builtin methods through the cache
def app(l, v):
    l.append(v)
L = []
for i in range(5):
    app(L, i)
print(L, "abc".upper(), [s.upper() for s in ["x", "y"]])

# __slots__ and classes with a dict
class S:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x
s = S(5)
print(get_x(s))
set_x(s, 6)
print(get_x(s))

# the value is released when replaced (finalizer runs at once)
class Fin:
    def __del__(self):
        print("Fin deleted")
h = A(Fin())
set_x(h, 0)
print("after replace")
