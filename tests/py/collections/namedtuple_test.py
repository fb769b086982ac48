# namedtuple: factory, fields, defaults, rename, methods, errors.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
print(Point(y=5, x=3), Point(7, y=8))
print(p == (1, 2), p + (3,), tuple(p), list(p))
x, y = p
print(x, y, isinstance(p, tuple), type(p).__name__)
print(Point._fields, Point.__doc__, Point.x.__doc__)
print(p._asdict(), p._replace(y=20), Point._make(range(2)))
print(p.__getnewargs__(), hash(p) == hash((1, 2)))
print(Point.__module__, Point.__name__, Point.__new__.__doc__)

for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1,), {'x': 2}),
                     ((1, 2), {'z': 3})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    p._replace(z=1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    p.x = 10
except AttributeError as e:
    print(type(e).__name__)
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__)

Emp = namedtuple('Emp', 'name, age  title', defaults=['staff'])
e = Emp('ann', 30)
print(e, Emp._field_defaults, Emp('bob', 41, 'boss'))
Opt = namedtuple('Opt', 'a b c', defaults=(1, 2, 3))
print(Opt(), Opt(c=9))
One = namedtuple('One', 'v')
print(One(1), One.__doc__, One._make([5]))
Zero = namedtuple('Zero', '')
print(Zero(), Zero._fields)

print(namedtuple('R', ['abc', 'def', '_x', 'abc', '1z'], rename=True)._fields)
bad = [('bad name', 'x'), ('Ok', 'x class'), ('Ok', 'x _y'), ('Ok', 'a b a'),
       ('class', 'a'), ('Ok', 'a 1b')]
for tn, fields in bad:
    try:
        namedtuple(tn, fields)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    namedtuple('T', 'a', defaults=(1, 2))
except TypeError as e:
    print(type(e).__name__, e)

# subclassing a namedtuple
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

v = Vec(3, 4) + Vec(1, 1)
print(v, v.norm2, Vec._make((0, 0)), type(v._replace(x=0)).__name__)

# sorting and dict keys
people = [Emp('cy', 25), Emp('al', 40), Emp('bo', 25)]
print(sorted(people, key=lambda e: (e.age, e.name)))
print({Point(0, 0): 'origin'}[Point(0, 0)])
print(max(people, key=lambda e: e.age).name)
print(Point(1, [2]))
