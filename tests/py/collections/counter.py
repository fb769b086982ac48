# Counter: construction, counting, most_common ordering, arithmetic, repr.
from collections import Counter

c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c, len(c))
print(c.most_common())
print(c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(99))
print(c.total())
print(''.join(c.elements()))
print(Counter())
print(Counter({'x': 3, 'y': 1}), Counter(x=1, y=4), Counter(['a', 'b'], b=2))
print(Counter(Counter(a=2)))

# ties keep first-insertion order
t = Counter('zyxzyxw')
print(t.most_common(), t)

# update and subtract
c = Counter(a=3, b=1)
c.update('aab')
c.update({'c': 2, 'a': -1})
c.update(d=5)
print(c)
c.subtract('abcd')
c.subtract({'a': 10}, e=1)
print(c)
print(list(c.elements()))

# arithmetic keeps only positive counts
a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a + b)
print(a - b)
print(b - a)
print(a & b)
print(a | b)
print(+a, -a)

# in-place forms
x = Counter(a=2, b=1)
x += Counter(a=1, c=-3)
print(x)
x -= Counter(a=5)
print(x)
x |= Counter(b=7, z=2)
print(x)
x &= Counter(b=3)
print(x)

# missing keys, deletion
c = Counter(a=1)
del c['zz']
del c['a']
print(c, c['a'])

# comparisons (missing elements count as zero)
print(Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=1, b=2) == Counter(b=2, a=1))
print(Counter(a=1) == {'a': 1}, Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1))
print(Counter(a=3, b=2) >= Counter(a=1), Counter(a=3) > Counter(a=3))

# operations with other types
for op in ('+', '-', '&', '|'):
    try:
        eval('Counter(a=1) ' + op + ' {"a": 1}')
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    hash(Counter())
except TypeError as e:
    print(type(e).__name__, e)

# copies and subclassing
c = Counter('hello')
d = c.copy()
d['l'] = 0
print(c, d, type(d).__name__)

class Tally(Counter):
    pass

t = Tally('aab')
print(t, isinstance(t, dict), t.most_common(1))
print(repr(Counter), Counter.__module__)

# counts can be any numbers
f = Counter(a=1.5, b=0.5)
print(f, f.total())

# gc-style use: counting type names
objs = [1, 'a', 2.0, [], {}, 3, 'b', (), []]
names = Counter(type(o).__name__ for o in objs)
print(names.most_common(3))
before = Counter(list=1, int=2)
print((names - before).most_common(5))
