# Specialized attribute paths (slots, properties) and their deoptimization.
class S:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

def rd(o):
    return o.x

def wr(o, v):
    o.x = v

s = S(1)
for i in range(20):
    wr(s, i)
    assert rd(s) == i
print(rd(s))
# unset slot: AttributeError through the cached site
t = S.__new__(S)
try:
    rd(t)
except AttributeError as e:
    print("AttributeError:", e)
del s.x
try:
    rd(s)
except AttributeError as e:
    print("AttributeError:", e)
# the class changes: the cached slot is no longer used
S.x = property(lambda self: "prop")
print(rd(s))
try:
    wr(s, 5)
except AttributeError as e:
    print("AttributeError:", e)

# a subclass with its own slot at another offset, sharing the site
class S2(S):
    __slots__ = ("z",)
s2 = S2.__new__(S2)
s2.y = 7
print(rd(s2))

# a foreign member descriptor placed on an unrelated class
class F:
    __slots__ = ("a",)
class G:
    __slots__ = ("b",)
G.a = F.__dict__["a"]
g = G()
def rda(o):
    return o.a
f = F(); f.a = 3
for i in range(3):
    print(rda(f))
try:
    rda(g)
except TypeError as e:
    print("TypeError:", e)

# properties
class P:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v * 2
def rv(o):
    return o.v
p = P(4)
for i in range(5):
    r = rv(p)
print(r)
P.v.__init__(lambda self: "re-inited")
print(rv(p))
P.v = property(None)
try:
    rv(p)
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    @property
    def v(self):
        raise ValueError("getter failed")
try:
    rv(Q(1))
except ValueError as e:
    print("ValueError:", e)
# the getter replaces the property on the class while it runs
class R:
    @property
    def w(self):
        R.w = 42
        return "first"
def rw(o):
    return o.w
r = R()
print(rw(r), rw(r), rw(R()))
import sys
class Obj: pass
val = Obj()
class H:
    __slots__ = ("a",)
h = H()
before = sys.getrefcount(val)
for i in range(10):
    h.a = val
print(sys.getrefcount(val) - before)
h.a = None
print(sys.getrefcount(val) - before)
