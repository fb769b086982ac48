# property, classmethod, staticmethod, custom descriptors
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    ro = property(lambda self: 'read-only')

t = Temp(100)
print(t.celsius, t.fahrenheit, t.ro)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del t.fahrenheit
except AttributeError as e:
    print('AttributeError', e)
try:
    t.ro = 1
except AttributeError as e:
    print('AttributeError', e)
del t.celsius
print(hasattr(t, '_c'))
print(Temp.celsius.__doc__, type(Temp.celsius).__name__, Temp.celsius.fget.__name__)
print(Temp.celsius.fset is not None, Temp.fahrenheit.fset)
class Unset:
    x = property()
try:
    Unset().x
except AttributeError as e:
    print('AttributeError', e)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)] if False else cls.build(n)
    @classmethod
    def build(cls, n):
        out = []
        for i in range(n):
            out.append(cls())
        return out
    @staticmethod
    def add(a, b):
        return a + b
class SubCounter(Counter):
    pass
print(len(Counter.make(3)), Counter.count)
print(type(SubCounter.build(1)[0]).__name__, Counter.count)
print(Counter.add(2, 3), Counter().add(4, 5), SubCounter.add(1, 1))
print(type(Counter.__dict__['add']).__name__, type(Counter.__dict__['make']).__name__)
sm = Counter.__dict__['add']
print(sm(10, 20), sm.__func__(1, 2), sm.__wrapped__ is sm.__func__)
cm = Counter.__dict__['build']
print(cm.__func__.__name__)
bm = Counter.build
print(bm.__self__ is Counter, bm.__func__ is cm.__func__)

# a data descriptor and a non-data descriptor
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = '_' + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name[1:]} must be {self.kind.__name__}')
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('delete', self.name)

class Lazy:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
    @Lazy
    def greeting(self):
        print('computing')
        return 'Hello ' + self.name

p = Person('Ann', 30)
print(p.name, p.age, Person.name.name, Person.age.owner)
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError', e)
del p.age
print(p.greeting, p.greeting)
print(sorted(p.__dict__))
p.__dict__['name'] = 'shadow'
print(p.name)

# functions are descriptors: binding
class K:
    def m(self):
        return self
k = K()
print(k.m() is k, K.m(k) is k, k.m.__self__ is k, K.m.__name__)
f = K.__dict__['m']
print(f.__get__(k)() is k)
