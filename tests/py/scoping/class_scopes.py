# class scopes: class variables are not visible in methods, __class__, super()
x = 'module'

class A:
    x = 'class'
    y = x + '!'
    def m(self):
        return x
    def n(self):
        return A.x
    z = [x for _ in range(1)]

a = A()
print(A.y, a.m(), a.n(), A.z)

def f():
    v = 'function'
    class B:
        w = v
        def get(self):
            return v
    return B

B = f()
print(B.w, B().get())

class Base:
    def hello(self):
        return 'Base.hello'

class Derived(Base):
    def hello(self):
        return 'Derived+' + super().hello()
    def cls(self):
        return __class__.__name__

d = Derived()
print(d.hello(), d.cls())

class Outer:
    class Inner:
        def q(self):
            return type(self).__qualname__
    def meth(self):
        def local():
            pass
        return local.__qualname__

print(Outer.Inner().q(), Outer().meth(), Outer.meth.__qualname__)

def g():
    y = 1
    class C:
        y = 2
        def m(self):
            return y
    return C().m(), C.y

print(g())

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1

Counter(); Counter()
print(Counter.count)

class Doc:
    "the docstring"
print(Doc.__doc__, Doc.__module__, Doc.__qualname__)

class Private:
    __secret = 7
    def get(self):
        return self.__secret
print(Private().get(), hasattr(Private, '_Private__secret'))

class Ann:
    a: int = 3
    b: str
print(Ann.__annotations__, Ann.a)
