import weakref, gc, sys

def cb(name):
    def f(r): print("cb", name, r())
    return f

class K: pass
rk = weakref.ref(K, cb("class"))
print(rk() is K)
del K
gc.collect()
print(rk())

class Meta(type): pass
class M(metaclass=Meta): pass
rm = weakref.ref(M, cb("meta class"))
del M
gc.collect()

def fn(): pass
rf = weakref.ref(fn, cb("function"))
del fn

def gen(): yield 1
g = gen()
rg = weakref.ref(g, cb("generator"))
del g

s = {1, 2}
rs = weakref.ref(s, cb("set"))
del s
fs = frozenset([1])
rfs = weakref.ref(fs, cb("frozenset"))
del fs

class SS(set): pass
ss = SS([1])
rss = weakref.ref(ss, cb("set subclass"))
del ss

class LL(list): pass
ll = LL()
rll = weakref.ref(ll, cb("list subclass"))
del ll

code = compile("1", "<s>", "eval")
rc = weakref.ref(code, cb("code"))
del code

class O:
    def m(self): pass
o = O()
bm = o.m
rbm = weakref.ref(bm, cb("bound method"))
del bm
bl = [].append
rbl = weakref.ref(bl, cb("builtin method"))
del bl

# __del__ then weakrefs (refcount), weakrefs then __del__ (gc)
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n, rd() is None)
d = D(1)
rd = weakref.ref(d, cb("D1"))
del d
d = D(2); d.me = d
rd = weakref.ref(d, cb("D2"))
del d
gc.collect()

# resurrection via __del__ keeps nothing weakly alive
saved = []
class Z:
    def __del__(self): saved.append(self)
z = Z(); z.me = z
rz = weakref.ref(z, cb("Z"))
del z
gc.collect()
print(rz(), len(saved))

# callback that raises inside gc
class BadCB:
    def __repr__(self): return "<BadCB>"
    def __call__(self, r): raise KeyError("in gc")
x = K2 = type("K2", (), {})()
x.me = x
rx = weakref.ref(x, BadCB())
del x, K2
print("gc", gc.collect())

# callbacks order through gc (list order: newest first)
y = O(); y.me = y
rs_ = [weakref.ref(y, cb("gc%d" % i)) for i in range(3)]
del y
gc.collect()

# weak ref to a weakref subclass instance
class R2(weakref.ref): pass
t = O()
r2 = R2(t)
rr2 = weakref.ref(r2, cb("ref to ref subclass"))
del r2
print("end")
