import weakref, gc, sys

class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return "Obj(%d)" % self.n
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return isinstance(o, Obj) and o.n == self.n
    def meth(self): return self.n * 10

# WeakValueDictionary
d = weakref.WeakValueDictionary()
objs = [Obj(i) for i in range(5)]
for o in objs: d[o.n] = o
print(len(d), sorted(d.keys()), sorted(d.values(), key=lambda o: o.n))
print(3 in d, 7 in d, d[2], d.get(9, "dflt"))
del objs[1]
print(len(d), 1 in d, sorted(d))
for k in d:
    if k == 2:
        del objs[:]
print(len(d), list(d.items()))
keep = Obj(42)
print(d.setdefault("x", keep), d.setdefault("x", Obj(0)))
print(d.pop("x"), d.pop("x", "gone"))
try: d.pop("x")
except KeyError as e: print("KeyError", e)
try: d["nokey"]
except KeyError as e: print("KeyError", e)
d.update({"a": keep}, b=keep)
c = d.copy()
print(type(c).__name__, sorted(map(str, c.keys())))
del keep
print(len(d), len(c))
# iteration with removal during iteration
objs = [Obj(i) for i in range(6)]
d = weakref.WeakValueDictionary((o.n, o) for o in objs)
it = iter(d.items())
print(next(it))
del objs[3:]
print(list(it))
print(len(d), sorted(d))

# WeakKeyDictionary
k1, k2 = Obj(1), Obj(2)
wk = weakref.WeakKeyDictionary({k1: "one"})
wk[k2] = "two"
print(len(wk), wk[Obj(1)], k2 in wk, 5 in wk, wk.get(Obj(3), "none"))
print(sorted(v for v in wk.values()), sorted(k.n for k in wk.keys()))
del k2
print(len(wk), list(wk.items()))
print(wk.setdefault(k1, "x"), wk.pop(k1), len(wk))
for name in ["items", "keys", "values"]:
    k = Obj(7); wk[k] = 7
    g = getattr(wk, name)()
    print(next(g))
    del k
    print(len(wk))
    print(list(g), len(wk))

# WeakSet
a, b, c = Obj(1), Obj(2), Obj(3)
s = weakref.WeakSet([a, b])
s.add(c)
print(len(s), a in s, Obj(2) in s, 5 in s, sorted(x.n for x in s))
s.discard(b); s.remove(c)
try: s.remove(c)
except KeyError: print("KeyError on remove")
print(len(s))
s2 = weakref.WeakSet([a, b, c])
print(sorted(x.n for x in (s2 - s)), sorted(x.n for x in (s2 & s)), sorted(x.n for x in (s | s2)))
print(s <= s2, s2 >= s, s < s2, s == weakref.WeakSet([a]), s.isdisjoint(weakref.WeakSet([b])))
del a
print(len(s), len(s2))
print(s2.pop().n in (2, 3), len(s2))
s2.clear(); print(len(s2))
try: weakref.WeakSet().pop()
except KeyError as e: print("KeyError", e)

# WeakMethod
o = Obj(5)
wm = weakref.WeakMethod(o.meth)
print(wm()(), wm() == o.meth, wm == weakref.WeakMethod(o.meth))
del o
print(wm())
try: weakref.WeakMethod(len)
except TypeError as e: print(e)
o = Obj(6)
wm = weakref.WeakMethod(o.meth, lambda r: print("method died", r() is None))
del o
print("after")

# finalize
class R: pass
r = R()
f = weakref.finalize(r, print, "finalized", 1, sep="-")
print(f.alive, f.atexit, f.peek()[1:] , callable(f))
del r
print(f.alive, f(), f.peek(), f.detach())
r = R()
f = weakref.finalize(r, lambda: "called")
print(f(), f(), f.alive)
r2 = R()
f2 = weakref.finalize(r2, print, "detached")
obj, func, args, kw = f2.detach()
print(obj is r2, args, kw, f2.alive)
del r2, obj
x = R(); y = R(); x.y = y; y.x = x
f3 = weakref.finalize(x, print, "cycle finalized")
del x, y
print("collecting")
gc.collect()
print(f3.alive)
z = R()
f4 = weakref.finalize(z, print, "at exit 1")
z2 = R()
f5 = weakref.finalize(z2, print, "at exit 2")
z3 = R()
f6 = weakref.finalize(z3, print, "never")
f6.atexit = False
print(f6.atexit, f5.atexit)
print("end of script")
