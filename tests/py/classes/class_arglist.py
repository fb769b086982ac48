class M(type):
    def __new__(m, name, bases, ns, **kw):
        print("M.__new__", name, bases, sorted(kw))
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A: pass
class B: pass
bases = (A, B)
kw = {'metaclass': M, 'x': 1}
class C(*bases, **kw): pass
class D(A, *[B], metaclass=M, y=2): pass
class E(**{'metaclass': M}): pass
class F(A, B,): pass
print(C.__mro__, D.__bases__, F.__bases__)
class P:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Q(P, a=1, b=2): pass
class G(): pass
class H(G,): pass
class I(
    G,
    metaclass=M,
    z=3,
): pass
print(G.__bases__, H.__bases__, I.__bases__, type(I))
class J(*(), **{}): pass
print(J.__bases__)
