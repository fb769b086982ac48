# Corner cases: subclass init skipping, update with a Counter, re-init, module=.
from collections import defaultdict, Counter, OrderedDict, namedtuple, deque
class Bad(defaultdict):
    def __init__(self):
        pass
b = Bad()
print(b.default_factory, b)
try:
    b['x']
except KeyError as e:
    print('KeyError', e)
c = Counter(a=1)
c.update(Counter(a=2, b=1))
print(c, Counter('ab') == Counter('ba'))
od = OrderedDict(a=1)
od.__init__(b=2)
print(od, list(reversed(od.keys())), list(reversed(od.items())))
P = namedtuple('P', 'x y', module='geo')
print(P.__module__, repr(P), isinstance(P(1, 2), P), P.__mro__)
d = deque([1, 2, 3])
d.__init__([4])
print(d)
try:
    d[0:1]
except TypeError as e:
    print(e)
print(Counter({'a': 3, 'b': 3, 'c': 5}).most_common(2))
print(sorted(Counter(a=2, b=1).elements()), list(Counter(a=-1).elements()))
x = defaultdict(list, [('a', [1])], b=[2])
print(x)
