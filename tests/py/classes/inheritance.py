# single, multiple and diamond inheritance; MRO
def names(t):
    out = []
    for k in t.__mro__:
        out.append(k.__name__)
    return out

class Base:
    kind = 'base'
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f'{self.kind}:{self.name}'
    def hello(self):
        return 'Base.hello'

class Child(Base):
    kind = 'child'
    def hello(self):
        return 'Child.hello/' + Base.hello(self)

c = Child('c1')
print(c.describe(), c.hello())
print(Child.__bases__, Child.__base__)
print(names(Child))
print(Child.mro() == list(Child.__mro__))

class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B>' + super().who()
class C(A):
    def who(self): return 'C>' + super().who()
class D(B, C):
    def who(self): return 'D>' + super().who()
print(D().who())
print(names(D))

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print(names(Z), names(W))
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad3(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad4(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad5(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)

# complex diamond (the classic C3 example)
class O: pass
class F(O): pass
class E(O): pass
class DD(O): pass
class CC(DD, F): pass
class BB(DD, E): pass
class AA(BB, CC, E): pass
print(names(AA))

print(issubclass(D, A), issubclass(A, D), issubclass(D, (int, C)))
print(isinstance(D(), (B, int)), isinstance(3, (str, bytes)))
print(A.__subclasses__() == [B, C])
print(type(D()) is D, D().__class__ is D)

# subclasses of built-ins
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__, isinstance(ml, list))
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md['a'], md['bb'])
class MyInt(int):
    def double(self):
        return self * 2
mi = MyInt(21)
print(mi.double(), mi + 1, type(mi + 1).__name__, repr(mi))
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
print(MyStr('hi').shout(), MyStr('ab') + 'c')
class MyExc(ValueError):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
try:
    raise MyExc(7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)

# instance attributes on subclasses of variable-size built-ins
class I(int): pass
class S(str): pass
class T(tuple): pass
for v in (I(0), I(5), I(-2**100), S('héllo'), T((1, 2, 3))):
    v.tag = 'x'
    v.me = [v]
    print(repr(v), v.tag, sorted(v.__dict__), type(v).__name__)
