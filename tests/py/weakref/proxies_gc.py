import weakref, gc

class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return "V(%r)" % self.v
    def __str__(self): return "str V %r" % self.v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
    def __iadd__(self, o): self.v += o; return self
    def __neg__(self): return V(-self.v)
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    __hash__ = object.__hash__
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
    def __setitem__(self, i, v): print("set", i, v)
    def __delitem__(self, i): print("del", i)
    def __contains__(self, x): return x == 42
    def __iter__(self): return iter([1, 2, 3])
    def __bool__(self): return False
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 5
    def __call__(self, *a, **k): return ("called", a, k)
    def meth(self, x): return self.v * x

class P:
    def __init__(self): self.attr = 1

v = V(10)
p = weakref.proxy(v)
print(type(p).__name__, weakref.proxy(v) is p, callable(p))
print(p.v, p.meth(3), str(p), p + 1, 1 + p, -p, p + p)
print(len(p), p[4], 42 in p, 1 in p, list(p), bool(p), int(p), float(p), [0,1,2,3,4,5,6][p])
p[1] = 2
del p[3]
print(p(1, k=2))
print(p == V(10), p < V(11), p == v)
p.w = 5
print(v.w)
del p.w
print(hasattr(v, "w"))
q = p
q += 5
print(type(q).__name__, v.v)
try: hash(p)
except TypeError as e: print("TypeError:", e)
po = weakref.proxy(P())
try: po.attr
except ReferenceError as e: print("ReferenceError:", e)
try: str(po)
except ReferenceError as e: print("ReferenceError:", e)
try: po + 1
except ReferenceError as e: print("ReferenceError:", e)
try: bool(po)
except ReferenceError as e: print("ReferenceError:", e)
pp = P()
ppx = weakref.proxy(pp)
print(type(ppx).__name__, callable(ppx), ppx.attr)
try: ppx()
except TypeError as e: print("TypeError:", e)
cbp = weakref.proxy(pp, lambda r: print("proxy callback", type(r).__name__))
print(cbp is not ppx, weakref.getweakrefcount(pp))
del pp
print(weakref.getweakrefcount(cbp))
try: next(weakref.proxy(V(1)))
except (TypeError, ReferenceError) as e: print(type(e).__name__, e)
def f(): return "f called"
pf = weakref.proxy(f)
print(pf(), type(pf).__name__)
try: weakref.proxy(1)
except TypeError as e: print("TypeError:", e)
try: weakref.proxy()
except TypeError as e: print("TypeError:", e)
print(isinstance(p, weakref.ProxyTypes), weakref.ProxyTypes)

# ---- the collector ----
class N:
    def __init__(self, name): self.name = name
    def __repr__(self): return "N(%s)" % self.name

class CB:
    def __init__(self, name): self.name = name
    def __repr__(self): return "<CB %s>" % self.name
    def __call__(self, r): print("callback", self.name, r())

gc.collect()
a = N("a"); b = N("b"); a.b = b; b.a = a
ra = weakref.ref(a, CB("outside ra"))
b.rself = weakref.ref(a, CB("inside (garbage) never"))
del a, b
print("collected", gc.collect())
print(ra())

# a weakref whose callback is garbage itself is cleared, no call
c = N("c"); c.self = c
keep = weakref.ref(c, CB("reachable ref"))
del c
print("collected", gc.collect())

# the weak ref is reachable but dies in its own callback: counted
holder = []
class Dropper:
    def __repr__(self): return "<Dropper>"
    def __call__(self, r):
        print("dropper called")
        holder.clear()
d = N("d"); d.self = d
holder.append(weakref.ref(d, Dropper()))
del d
print("collected", gc.collect())

# callbacks see all garbage refs cleared
e1 = N("e1"); e2 = N("e2"); e1.o = e2; e2.o = e1
r1 = weakref.ref(e1); r2 = weakref.ref(e2)
def see(r):
    print("see", r1(), r2())
w3 = weakref.ref(e2, see)
del e1, e2
print("collected", gc.collect())

# WeakValueDictionary with cycles
wvd = weakref.WeakValueDictionary()
for i in range(3):
    n = N(i); n.self = n; wvd[i] = n
del n
print(len(wvd), gc.collect() > 0, len(wvd), list(wvd))

# WeakSet with cycles
ws = weakref.WeakSet()
objs = [N(i) for i in range(4)]
for o in objs: o.self = o; ws.add(o)
del objs, o
print(len(ws))
gc.collect()
print(len(ws), list(ws))

