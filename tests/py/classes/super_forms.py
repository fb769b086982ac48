# super() in its forms
class A:
    def __init__(self):
        self.trail = ['A']
    def f(self):
        return 'A.f'
    @classmethod
    def c(cls):
        return 'A.c:' + cls.__name__
    @staticmethod
    def s():
        return 'A.s'
    @property
    def p(self):
        return 'A.p'

class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append('B')
    def f(self):
        return 'B.f>' + super().f()
    @classmethod
    def c(cls):
        return 'B.c>' + super().c()
    @staticmethod
    def s():
        return 'B.s>' + super(B, B).s()
    @property
    def p(self):
        return 'B.p>' + super().p

class C(B):
    def __init__(self):
        super(C, self).__init__()
        self.trail.append('C')
    def f(self):
        return 'C.f>' + super(C, self).f()
    def skip(self):
        return super(B, self).f()

c = C()
print(c.trail, c.f(), c.skip())
print(C.c(), B.c(), C.s(), c.p)
print(super(C, c).f(), super(B, c).f())
print(super(C, C).c())
sup = super(B, c)
print(repr(sup))
print(repr(super(B)))
print(super(C, c).__thisclass__.__name__, super(C, c).__self__ is c, super(C, c).__self_class__.__name__)
try:
    super(C, 5)
except TypeError as e:
    print('TypeError', e)
try:
    super(1, c)
except TypeError as e:
    print('TypeError', e)

# cooperative multiple inheritance
class Root:
    def __init__(self, **kw):
        self.log = []
        super().__init__(**kw)
    def hello(self):
        return ['Root']
class Left(Root):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.log.append(('Left', left))
    def hello(self):
        return ['Left'] + super().hello()
class Right(Root):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.log.append(('Right', right))
    def hello(self):
        return ['Right'] + super().hello()
class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append(('Both',))
    def hello(self):
        return ['Both'] + super().hello()
b = Both(left=1, right=2)
print(b.log, b.hello())

# super in __new__ and with built-in bases
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __repr__(self):
        return f'Point{tuple.__repr__(self)}'
    @property
    def x(self):
        return self[0]
pt = Point(3, 4)
print(pt, pt.x, len(pt), isinstance(pt, tuple), pt == (3, 4))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper('abc'), type(Upper('x')).__name__)
class LoggingDict(dict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
ld = LoggingDict()
ld['a'] = 1
print(ld)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())

# super() attribute errors
class Q:
    def m(self):
        return super().nothing
try:
    Q().m()
except AttributeError as e:
    print('AttributeError', e)
