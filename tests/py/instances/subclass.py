# Subclasses, descriptors, methods shadowed by instance attributes and
# __class__ assignment with inline attributes.

class Base:
    def __init__(self):
        self.base = 'b'

class Derived(Base):
    def __init__(self):
        super().__init__()
        self.derived = 'd'

x = Derived()
print(vars(x), x.base, x.derived)
b = Base()
b.other = 1
print(vars(b))

# a slotted subclass of a plain class keeps a __dict__
class Slotted(Base):
    __slots__ = ('s',)

s = Slotted()
s.s = 'slot'
s.extra = 'e'
print(s.s, vars(s))

# data descriptors win over instance attributes, others lose
class WithProp:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v * 10
    @v.setter
    def v(self, value):
        self._v = value
    def m(self):
        return 'method'
    cls_attr = 'class'

w = WithProp()
w.v = 4
print(w.v, vars(w))
w.m = lambda: 'instance'
print(w.m(), sorted(vars(w)))
del w.m
print(w.m())
print(w.cls_attr)
w.cls_attr = 'inst'
print(w.cls_attr, WithProp.cls_attr)
del w.cls_attr
print(w.cls_attr)

# __class__ assignment keeps the attributes
class C1:
    def who(self):
        return 'C1'

class C2:
    def who(self):
        return 'C2'

o = C1()
o.a = 1
o.b = 2
o.__class__ = C2
print(o.who(), vars(o), o.a)
o.c = 3
print(vars(o))
p = C2()
p.b = 20
p.a = 10
print(vars(p))

# __getattr__ is still called for missing attributes only
class G:
    def __init__(self):
        self.real = 'r'
    def __getattr__(self, name):
        return 'missing:' + name

g = G()
print(g.real, g.other)
del g.real
print(g.real)

# __setattr__ overriding, then object.__setattr__
class SA:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)

sa = SA()
sa.k = 21
print(sa.k, vars(sa))
object.__delattr__(sa, 'k')
print(vars(sa))

# instances of different classes with the same attribute names
class K1:
    pass
class K2:
    pass
k1 = K1(); k1.q = 1; k1.r = 2
k2 = K2(); k2.r = 3; k2.q = 4
print(vars(k1), vars(k2))

# exception subclasses keep their own __dict__
class E(Exception):
    pass
e = E('msg')
e.note = 'n'
print(vars(e), e.args)
