# obj.__dict__ materializes a real dict; from then on the dict and the
# attributes are one and the same.

class A:
    def __init__(self):
        self.a = 1
        self.b = 2

o = A()
d = o.__dict__
print(d, type(d).__name__)
print(o.__dict__ is d, vars(o) is d)
d['c'] = 3
print(o.c)
o.e = 5
print(d)
del d['a']
try:
    o.a
except AttributeError as exc:
    print('AttributeError:', exc)
o.a = 10
print(d, list(d))
del o.b
print(d)
try:
    del o.b
except AttributeError as exc:
    print('AttributeError:', exc)
d.clear()
print(vars(o))
try:
    o.c
except AttributeError as exc:
    print('AttributeError:', exc)

# __dict__ assignment
p = A()
p.__dict__ = {'z': 26, 'y': 25}
print(p.z, p.y, vars(p))
try:
    p.a
except AttributeError as exc:
    print('AttributeError:', exc)
p.a = 'new'
print(p.__dict__)
nd = {'k': 'v'}
p.__dict__ = nd
print(p.__dict__ is nd, p.k)
nd['m'] = 1
print(p.m)
try:
    p.__dict__ = [1, 2]
except TypeError as exc:
    print('TypeError:', exc)
try:
    del p.__dict__
except TypeError as exc:
    print('TypeError:', exc)

# __dict__ assignment before materialization drops the inline values
q = A()
q.__dict__ = {}
print(vars(q), hasattr(q, 'a'))
q.a = 1
print(vars(q))

# del and missing attributes without a dict
r = A()
del r.a
try:
    r.a
except AttributeError as exc:
    print('AttributeError:', exc)
try:
    del r.a
except AttributeError as exc:
    print('AttributeError:', exc)
try:
    del r.never
except AttributeError as exc:
    print('AttributeError:', exc)
try:
    r.never
except AttributeError as exc:
    print('AttributeError:', exc)
print(vars(r))

# vars() without argument-specific dicts
class S:
    __slots__ = ('a',)
try:
    vars(S())
except TypeError as exc:
    print('TypeError:', exc)
try:
    S().__dict__
except AttributeError as exc:
    print('AttributeError:', exc)

# the values are kept alive by the dict after materialization
class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)

h = A()
h.x = Noisy(1)
dd = h.__dict__
del h
print('instance gone')
del dd
print('dict gone')

# values released when the instance dies, in key order
k = A()
k.p = Noisy('p')
k.q = Noisy('q')
del k
print('end')
