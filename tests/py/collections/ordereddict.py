# OrderedDict: ordering, move_to_end, popitem, equality, repr.
from collections import OrderedDict

od = OrderedDict()
print(od)
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
od.move_to_end('c', last=False)
print(od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
print(od.popitem(), od)
print(od.popitem(last=False), od)
od.popitem()
try:
    od.popitem()
except KeyError as e:
    print('KeyError', e)

o1 = OrderedDict([('x', 1), ('y', 2)])
o2 = OrderedDict([('y', 2), ('x', 1)])
print(o1 == o2, o1 != o2, o1 == dict(o2), dict(o2) == o1)
print(o1 == OrderedDict(x=1, y=2))
print(OrderedDict(a=1, b=2), OrderedDict({'k': [1, 2]}))
print(OrderedDict.fromkeys('abc', 0))
print(list(reversed(OrderedDict.fromkeys('abc'))))
c = o2.copy()
c['z'] = 9
print(c, o2, type(c).__name__)
print(o1 | {'z': 3}, type(o1 | {'z': 3}).__name__)
o1 |= {'w': 0}
print(o1)
print(o1.setdefault('x', 100), o1.setdefault('new', 5), o1)
print(o1.pop('new'), o1.get('nothing'), len(o1))
del o1['x']
print(o1)
o1.update([('q', 1)], r=2)
print(o1)
try:
    hash(o1)
except TypeError as e:
    print(type(e).__name__)

# LRU cache built on OrderedDict
class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            self.data.popitem(last=False)

cache = LRU(3)
for k in 'abcabdaeb':
    if cache.get(k) is None:
        cache.put(k, k.upper())
print(cache.data)
print(isinstance(cache.data, dict), repr(OrderedDict))
rec = OrderedDict()
rec['me'] = rec
print(rec)
