# pym-test-timeout: 300  (million-level structures: slow on a loaded machine)
# Deallocating very deep structures must not overflow the C stack (the
# trashcan): lists, tuples, dicts and instances a million levels deep, the
# other chains 100 000, then freed.
# PYM_TEST_SCALE=K (.ci/run's stress stage) makes every structure K times
# shallower (the output does not depend on the depth; the recursion checks
# stay over the limit down to K = 10).
import gc, os
N = 10**6 // int(os.environ.get("PYM_TEST_SCALE", "1"))

x = []
for i in range(N):
    x = [x]
del x
print('nested lists freed')

t = ()
for i in range(N):
    t = (t,)
del t
print('nested tuples freed')

d = {}
for i in range(N):
    d = {'d': d}
del d
print('nested dicts freed')

s = frozenset()
for i in range(N // 10):
    s = frozenset([s])
del s
print('nested frozensets freed')

class Node:
    pass

prev = None
for i in range(N):
    n = Node()
    n.next = prev
    prev = n
del n, prev
print('chain of instances freed')

class Slotted:
    __slots__ = ('next',)

prev = None
for i in range(N // 10):
    n = Slotted()
    n.next = prev
    prev = n
del n, prev
print('chain of slotted instances freed')

class WithDict:
    pass

prev = None
for i in range(N // 10):
    n = WithDict()
    n.__dict__['next'] = prev
    prev = n
del n, prev
print('chain of instances with a materialized __dict__ freed')

class L(list):
    pass

x = L()
for i in range(N // 10):
    x = L([x])
del x
print('nested list subclass freed')

# __del__ runs exactly once per object, also for objects parked by the trashcan
deleted = 0
class Fin:
    def __del__(self):
        global deleted
        deleted += 1

prev = None
for i in range(N // 10):
    n = Fin()
    n.next = prev
    prev = n
del n, prev
print('a finalizer ran for each:', deleted == N // 10)

# mixed containers
x = None
for i in range(N // 10):
    x = {'k': [(x,)]}
del x
print('mixed dict/list/tuple chain freed')

# closures: function -> closure tuple -> cell -> function ...
def make(prev):
    return lambda: prev

f = None
for i in range(N // 10):
    f = make(f)
del f
print('chain of closures freed')

# a deep cycle is left to the collector, which frees it without recursing
head = []
x = head
for i in range(N // 10):
    x = [x]
head.append(x)
del head, x
print('collected a deep cycle:', gc.collect() >= N // 10)

# repr, == and hash of deep structures raise RecursionError, never crash
def deep(kind, n=N // 10):
    x = None
    for i in range(n):
        if kind == 'list':
            x = [x]
        elif kind == 'tuple':
            x = (x,)
        elif kind == 'dict':
            x = {'d': x}
    return x

for kind in ('list', 'tuple', 'dict'):
    a = deep(kind)
    b = deep(kind)
    for name, f in (('repr', repr), ('==', lambda v: v == b), ('str', str)):
        try:
            f(a)
            print(kind, name, 'no error')
        except RecursionError:
            print(kind, name, 'RecursionError')
    del a, b

class R:
    def __init__(self, inner):
        self.inner = inner
    def __repr__(self):
        return 'R(%r)' % (self.inner,)
    def __eq__(self, other):
        return self.inner == other.inner
    def __hash__(self):
        return hash(self.inner)

r = None
for i in range(N // 10):
    r = R(r)
for name, f in (('repr', repr), ('==', lambda v: v == v), ('hash', hash)):
    try:
        f(r)
        print('instances', name, 'no error')
    except RecursionError:
        print('instances', name, 'RecursionError')
del r
print('done')
