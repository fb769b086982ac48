class A:
    def __getattr__(self, n):
        raise AttributeError(n)
a = A()
try: a.x
except AttributeError as e: print(e, e.name, e.obj is a)
try: getattr(a, "y")
except AttributeError as e: print(e, e.name)
try: A.zz
except AttributeError as e: print(e, e.name, e.obj is A)
import sys
try: sys.nope
except AttributeError as e: print(e, e.name, e.obj is sys)
class B:
    @property
    def p(self): raise AttributeError("inner")
try: B().p
except AttributeError as e: print(e, e.name)
e = AttributeError("m", name="n", obj=1); print(e.name, e.obj)
