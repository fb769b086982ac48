# __build_class__: metaclasses, __prepare__, class keywords, __class__ cell
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw

class A(metaclass=Meta, flag=True):
    x = 1
    def m(self):
        return __class__.__name__

print(type(A).__name__, A.injected, A.kw, A().m())

class B(A):
    y = 2
print(type(B).__name__, B.x, B.y, B.kw)

class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class C(Base, tag="c"):
    pass
print(C.tag)

class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)

class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value * 2
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def c(cls):
        return cls.__name__
p = Prop()
p.v = 5
print(p.v, Prop.s(1), p.s(2), Prop.c(), p.c())

class Parent:
    def hello(self):
        return "parent"
class Child(Parent):
    def hello(self):
        return "child+" + super().hello()
print(Child().hello(), super(Child, Child()).hello())

T = type("T", (object,), {"a": 5})
print(T.__name__, T.a, type(T).__name__)
print(object, type, int)
