import weakref
class A:
    x = 1
    def __repr__(self): return "A()"
a = A()
p = weakref.proxy(a)
print(isinstance(p, A), p.__class__, type(p) is weakref.ProxyType, repr(p)[:11])
print(p.__repr__(), p.__str__() if hasattr(p, '__str__') else None)
print(weakref.ref.__name__, weakref.ref.__module__, weakref.ref.__qualname__)
print(weakref.ProxyType.__name__, weakref.CallableProxyType.__module__)
r = weakref.ref(a)
print(r.__class__ is weakref.ref, callable(r), isinstance(r, weakref.ReferenceType))
l = [1, 2, 3]
class LL(list): pass
ll = LL([1, 2, 3])
pl = weakref.proxy(ll)
print(pl[1:], reversed(pl).__class__.__name__, list(reversed(pl)), pl * 2, 2 in pl)
pl += [4]
print(ll, pl.__len__(), sorted(pl))
d = {}
try: d[p] = 1
except TypeError as e: print(e)
print(p.x, getattr(p, "y", "nope"))
import sys
print(sys.getsizeof(r), sys.getsizeof(p))
