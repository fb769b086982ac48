# dict: methods, views, errors, ordering
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {'one': 1, 'two': 2}
d['three'] = 3
d[4] = 'four'
d[(5, 6)] = 'tuple'
print(d, len(d), d['one'], d[4], d[(5, 6)])
show(lambda: d['missing'])
show(lambda: d[(1, 2)])
show(lambda: d[[1]])
show(lambda: {}.popitem())
print(d.get('one'), d.get('zz'), d.get('zz', 0), d.setdefault('one', 9), d.setdefault('new', []), d)
print(d.pop('new'), d.pop('zz', 'dflt'))
show(lambda: d.pop('zz'))
print('one' in d, 'zz' in d, 4 in d, 'zz' not in d)
del d['one']
def delk(k):
    del d[k]
show(lambda: delk('one'))
print(d, d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
e = dict(d)
e.update({'x': 1}, y=2)
e.update([('z', 3), ['w', 4]])
e.update(k=5)
print(e)
show(lambda: e.update([(1, 2, 3)]))
show(lambda: e.update([1]))
show(lambda: e.update({}, {}))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, c=3), dict(zip('abc', range(3))))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
c = e.copy()
c['x'] = 100
print(c['x'], e['x'], c == e, c != e, {1: 2} == {1: 2.0}, {1: 2} == {2: 1}, {} == {})
print({1: 'a'} | {2: 'b'}, {1: 'a', 2: 'b'} | {1: 'c'})
f = {1: 'a'}
f |= {3: 'c'}
f |= [(4, 'd')]
print(f)
show(lambda: {} | [])
e.clear()
print(e, len(e))
# views
d = {1: 'a', 2: 'b', 3: 'c'}
k = d.keys()
v = d.values()
it = d.items()
print(len(k), 2 in k, 'a' in v, (1, 'a') in it, (1, 'b') in it, 5 in k)
print(k & {2, 3, 4}, k | {9}, k - {1}, k ^ {1, 7}, {2, 8} & k)
print(k == {1, 2, 3}, k == {1, 2}, it == {(1, 'a'), (2, 'b'), (3, 'c')}, k <= {1, 2, 3, 4}, k.isdisjoint([7, 8]))
d[4] = 'd'
print(list(k), list(v), list(it))
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(sorted(d, reverse=True), max(d), min(d.values()))
# iteration errors
def grow():
    for key in d:
        d[key + 10] = 0
show(grow)
def shrink():
    for key in d:
        del d[key]
show(shrink)
# order is insertion order, re-insertion keeps the place, deletion removes it
o = {}
for key in [5, 3, 9, 1, 7]:
    o[key] = key * key
o[3] = 'again'
del o[9]
o[9] = 'back'
print(o, list(o))
# int keys of every kind
n = {}
for i in range(-5, 20, 3):
    n[i] = str(i)
n[2 ** 64] = 'big'
n[1.5] = 'float'
n[True] = 'true replaces 1'
print(n)
# recursion in repr
r = {'self': None}
r['self'] = r
print(r)
class D(dict):
    def __missing__(self, key):
        return 'missing ' + str(key)
dd = D(a=1)
print(dd['a'], dd['b'], dd, type(dd).__name__, isinstance(dd, dict), len(dd))
# mutation during comparison must not crash
class Evil:
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.target.clear()
        return False
    def __repr__(self):
        return 'Evil()'
t = {}
t[Evil(t)] = 1
show(lambda: t[Evil(t)])
print(len(t))
print(dict(), dict([]), {}.get(1), {1: 2}.items())
show(lambda: dict(1))
show(lambda: dict([1, 2, 3]))
