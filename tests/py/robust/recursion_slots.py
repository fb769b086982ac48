# pym-test-timeout: 300  (recursion to the limit through every special method)
# Unbounded recursion through special methods ends in RecursionError (its
# message depends on where the limit is met, so only the type is printed).
import sys
def check(label, fn):
    try:
        fn()
        print(label, "no error")
    except RecursionError:
        print(label, "RecursionError")
class A:
    def __repr__(self): return repr(self)
check("__repr__", lambda: repr(A()))
class B:
    def __eq__(self, o): return self == o
check("__eq__", lambda: B() == B())
class C:
    def __hash__(self): return hash(self)
check("__hash__", lambda: {C(): 1})
class D:
    def __getattr__(self, n): return self.x
check("__getattr__", lambda: D().y)
class E:
    def __iter__(self): return iter(self)
check("__iter__", lambda: iter(E()))
class F:
    def __len__(self): return len(self)
check("__len__", lambda: len(F()))
class G:
    @property
    def p(self): return self.p
check("property", lambda: G().p)
class H:
    def __str__(self): return str(self)
check("__str__", lambda: str(H()))
class I:
    def __lt__(self, o): return sorted([self, o])
check("__lt__ via sorted", lambda: sorted([I(), I()]))
class J:
    def __bool__(self): return not self
check("__bool__", lambda: bool(J()))
class K:
    def __init__(self): K()
check("__init__", K)
class L:
    def __getattribute__(self, n): return getattr(self, n)
check("__getattribute__", lambda: L().x)
class M:
    def __setattr__(self, n, v): setattr(self, n, v)
def set_m(): M().x = 1
check("__setattr__", set_m)
class N:
    def __format__(self, s): return format(self, s)
check("__format__", lambda: f"{N()}")
class O:
    def __getitem__(self, i): return self[i]
check("__getitem__", lambda: O()[0])
class P:
    def __contains__(self, i): return i in self
check("__contains__", lambda: 1 in P())
class Q:
    def __add__(self, o): return self + o
check("__add__", lambda: Q() + 1)
class R:
    def __call__(self): return self()
check("__call__", lambda: R()())
def g():
    yield from g()
check("yield from", lambda: list(g()))
f = lambda: f()
check("lambda", f)
class S:
    def __del__(self): pass
    def __repr__(self): return "S(%r)" % (self,)
check("nested repr", lambda: repr([S()]))
# a raised limit: the C stack is guarded too (RecursionError, never a crash)
sys.setrecursionlimit(10**6)
def deep(n): return deep(n + 1)
try:
    deep(0)
except (RecursionError, MemoryError) as e:
    print("deep with limit 10**6:", type(e).__name__ in ("RecursionError", "MemoryError"))
sys.setrecursionlimit(1000)
print("done")
