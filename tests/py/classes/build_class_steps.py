# __build_class__ step by step: __prepare__ and the metaclass get the class
# keywords, __init_subclass__ too, metaclass conflict, __prepare__ not a
# mapping (named after the metaclass), a non-type metaclass, the __class__ cell.
class M(type):
    @classmethod
    def __prepare__(m, name, bases, **kw):
        print("prepare", name, bases, sorted(kw.items()))
        return {}
    def __new__(m, name, bases, ns, **kw):
        print("new", name, sorted(kw))
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        pass
class A(metaclass=M, x=1, y=2): pass
class B(A, z=3): pass
class Base:
    def __init_subclass__(cls, **kw): print("init_subclass", cls.__name__, kw)
class C(Base, q=5): pass
class M1(type): pass
class M2(type): pass
try:
    class D(metaclass=M1): pass
    class E(D, metaclass=M2): pass
except TypeError as e: print(e)
class P(type):
    @classmethod
    def __prepare__(m, *a, **k): return 42
try:
    class F(metaclass=P): pass
except TypeError as e: print(e)
def meta(name, bases, ns, **kw): return (name, bases, kw)
class G(1 and object, metaclass=meta, k=1): pass
print(G)
class X:
    def f(self): return __class__
def odd(name, bases, ns): return 5
try:
    class H(metaclass=odd):
        def f(self): return __class__
except TypeError as e: print("E", e)
print(X().f())
