# defaultdict: factory, __missing__, repr, copy, errors.
from collections import defaultdict

d = defaultdict(list)
for word in 'apple avocado banana blueberry cherry'.split():
    d[word[0]].append(word)
print(d)
print(d['z'], d)
print(d.default_factory, len(d))
print('q' in d, d.get('q'), d)

counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts))

nd = defaultdict(lambda: 'dflt', a=1)
print(nd['a'], nd['b'], sorted(nd.items()))

n = defaultdict()
print(n, n.default_factory)
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)

c = counts.copy()
c['m'] = 100
print(type(c).__name__, c.default_factory, counts['m'], c['m'])

d2 = defaultdict(set, {'x': {1}})
d2['y'].add(2)
print(d2)
d2.default_factory = None
try:
    d2['w']
except KeyError as e:
    print('KeyError', e)

print(isinstance(d, dict), issubclass(defaultdict, dict))
print(repr(defaultdict), defaultdict.__name__)
print(d == {'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry'],
            'c': ['cherry'], 'z': []})

m = defaultdict(int, a=1) | {'b': 2}
print(m)
r = {'z': 0} | defaultdict(int, a=1)
print(r, type(r).__name__)

class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

t = Tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], type(t['a']).__name__, list(t['a']))

# nested factories
g = defaultdict(lambda: defaultdict(int))
g['x']['y'] += 2
print(g['x'])
print(dict(g['x']))

# recursive repr
rec = defaultdict(list)
rec['self'] = rec
print(rec)
