# dict subclasses: __missing__, super(), overriding and C paths.
class Default0(dict):
    def __missing__(self, key):
        return 0

d = Default0(a=1)
print(d['a'], d['b'], d.get('b'), 'b' in d, d)

class Recorder(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.misses = []

    def __missing__(self, key):
        self.misses.append(key)
        value = self[key] = len(key)
        return value

r = Recorder(x=1)
print(r['hello'], r['hi'], r['hello'], r, r.misses)

class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())

u = Upper()
u['a'] = 1
print(u['A'], u['a'], u)

class Raising(dict):
    def __missing__(self, key):
        raise KeyError('no ' + str(key))

try:
    Raising()['k']
except KeyError as e:
    print('KeyError', e)

class NotCalled(dict):
    pass

nc = NotCalled()
nc.__missing__ = lambda k: 'instance attr is ignored'
try:
    nc['k']
except KeyError as e:
    print('KeyError', e)
print(dict.__getitem__(Default0(), 'q') if False else 'skip')
try:
    dict.__getitem__(Default0(), 'q')
except KeyError as e:
    print('KeyError', e)
