# special methods assigned or deleted after class creation, __class__
# assignment, class-level introspection
class A:
    def __init__(self, v):
        self.v = v
class B(A):
    pass

a, b = A(1), B(2)
try:
    a + b
except TypeError as e:
    print('TypeError', e)
A.__add__ = lambda self, o: A(self.v + o.v)
A.__repr__ = lambda self: f'A<{self.v}>'
print(a + b, b + a, repr(b))
B.__repr__ = lambda self: f'B<{self.v}>'
print(repr(a), repr(b))
del B.__repr__
print(repr(b))
A.__len__ = lambda self: self.v
A.__bool__ = lambda self: self.v > 1
print(len(a), len(b), bool(a), bool(b))
del A.__bool__
print(bool(A(0)), bool(A(3)))
A.__eq__ = lambda self, o: isinstance(o, A) and self.v == o.v
print(A(1) == A(1), A(1) != A(2))
A.__hash__ = lambda self: self.v
print(hash(A(5)), len({A(1), A(1)}))
A.__hash__ = None
try:
    hash(A(1))
except TypeError as e:
    print('TypeError', e)
A.__getitem__ = lambda self, i: self.v * i
A.__call__ = lambda self, *args: ('call', self.v, args)
A.__iter__ = lambda self: iter(range(self.v))
print(b[10], b(1, 2), list(B(3)))
A.__getattr__ = lambda self, name: name.upper()
print(a.whatever, b.foo)
del A.__getattr__
try:
    a.whatever
except AttributeError as e:
    print('AttributeError', e)
A.__neg__ = lambda self: A(-self.v)
A.__lt__ = lambda self, o: self.v < o.v
print(-a, sorted([B(3), A(1), B(2)]))
def radd(self, o):
    return A(self.v + o)
A.__radd__ = radd
print(10 + a)

# __class__ assignment between compatible classes
class Cat:
    def speak(self):
        return 'meow'
class Dog:
    def speak(self):
        return 'woof'
pet = Cat()
print(pet.speak(), type(pet).__name__)
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))
try:
    pet.__class__ = int
except TypeError as e:
    print('TypeError', e)
class Slotted:
    __slots__ = ('a',)
try:
    pet.__class__ = Slotted
except TypeError as e:
    print('TypeError', e)
try:
    (1).__class__ = bool
except TypeError as e:
    print('TypeError', e)

# the class namespace and introspection
class Shape:
    "doc"
    sides = 0
    def area(self):
        return 0
names = []
for k in Shape.__dict__:
    names.append(k)
print(names)
print(Shape.__dict__['sides'], Shape.__dict__.get('nothing', 'dflt'), 'area' in Shape.__dict__)
print(sorted(Shape.__dict__.keys()) == sorted(names), len(Shape.__dict__) == len(names))
print(type(Shape.__dict__['area']).__name__, Shape.__doc__)
print(repr(int.__dict__['__add__']), repr(list.__dict__['append']), repr(dict.__dict__['fromkeys']))
print(repr(object.__dict__['__class__']), repr(type.__dict__['__name__']))
print(int.__add__(2, 3), list.append, str.upper('x'), dict.fromkeys('ab', 0))
print(object.__init__, type(object.__new__).__name__, object.__new__.__name__, type.__call__)
print(type(int.__dict__['from_bytes']).__name__, int.from_bytes(b'\x01\x00', 'big'))
print(type(int.__add__).__name__, type((1).__add__).__name__, type([].append).__name__)
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)
try:
    list.append(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    int.__add__('a', 1)
except TypeError as e:
    print('TypeError', e)
print((5).__add__('a'), (5).__eq__(5), object.__eq__(1, 1), object.__ne__(1, 2))
print(object().__sizeof__(), (1).__sizeof__() > 0, object.__subclasshook__())
print(A.__init_subclass__(), object.__format__(3, ''))
print(type(object.__dict__['__init_subclass__']).__name__, object.__dict__['__init_subclass__'])
