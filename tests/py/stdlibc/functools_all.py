import functools, gc, sys
from functools import *

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)

p = partial(f, 1, d=5)
print(p(2), p(2, c=7, d=8), p.func is f, p.args, p.keywords)
pp = partial(p, 9, c=0)
print(pp.args, pp.keywords, pp.func is f, pp())
p.attr = 'x'
ppp = partial(p, 2)
print(ppp.func is p, ppp.args, p.__dict__, ppp())
print(repr(partial(f, 1, 'a', d=[1]))[:17], repr(partial(f, 1, 'a', d=[1])).split(' at ')[1].split('>', 1)[1])
class MyPartial(partial):
    pass
mp = MyPartial(f, 1)
print(type(mp).__name__, repr(mp).split('(')[0], mp(2), isinstance(mp, partial))
print(partial(max, key=len)(['aa', 'b', 'cccc']), partial(int, base=2)('1011'))
print(sys.getsizeof(partial(f)), gc.is_tracked(p))
r = p.__reduce__(); print(r[0] is partial, r[1][0] is f, r[2][1:3])
q = partial(len); q.__setstate__((f, (1, 2), {'d': 0}, None)); print(q(), q.args)

@lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq.cache_info())
print(sq(2), sq(4), sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.__wrapped__.__name__, sq.__name__, sq.cache_parameters())

@lru_cache
def plain(x, y=1):
    return x + y
print(plain(1), plain(1), plain(1, y=1), plain(x=1), plain.cache_info(), plain.cache_parameters())

@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__doc__, fib.__qualname__)

class C:
    def __init__(self, v): self.v = v
    @lru_cache(maxsize=None)
    def m(self, k):
        return self.v * k
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == o.v
c = C(3); print(c.m(2), c.m(2), C.m.cache_info(), C.m(c, 2))

@lru_cache(maxsize=-5)
def neg(x): return x
print(neg.cache_info())

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, iter([3, 9, 2])))
print(reduce(lambda acc, s: acc + s, ['a', 'b'], '>'))
key = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), key(5) < key(6), key(5) == key(5), key(3).obj)
print(min(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))), type(key(1)).__name__)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def hello(name: str) -> str:
    """Say hello."""
    return 'hi ' + name
print(hello('bob'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__annotations__, hello.__qualname__)
def w(): pass
def target(): pass
target.extra = 1
update_wrapper(w, target, assigned=('__name__',), updated=())
print(w.__name__, w.__wrapped__ is target, hasattr(w, 'extra'), WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), V.__gt__.__name__, V.__ge__.__doc__)
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        if not isinstance(o, G): return NotImplemented
        return self.v > o.v
print(G(1) < G(2), G(1) >= G(2), G(2) <= G(2))
try:
    G(1) < 5
except TypeError as e:
    print(e)

class Cell:
    def __init__(self): self._alive = False
    def set_state(self, state): self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
    @classmethod
    def make(cls, n, k=0): return (cls.__name__, n, k)
    make2 = partialmethod(make, 2, k=1)
cl = Cell(); cl.set_alive(); print(cl._alive); cl.set_dead(); print(cl._alive, Cell.make2())
print(repr(Cell.__dict__['set_alive']).split(' at ')[0])

@singledispatch
def fun(arg, verbose=False):
    return 'default ' + repr(arg)
@fun.register
def _(arg: int, verbose=False):
    return 'int ' + str(arg)
@fun.register(list)
def _(arg, verbose=False):
    return 'list of %d' % len(arg)
def nothing(arg): return 'none!'
fun.register(type(None), nothing)
@fun.register(float)
@fun.register(complex if False else bytes)
def _(arg): return 'float or bytes'
class MyList(list): pass
print(fun('s'), fun(1), fun(True), fun([1, 2]), fun(MyList([1])), fun(None), fun(1.5), fun(b'x'))
print(fun.dispatch(bool).__name__, fun.dispatch(dict) is fun.registry[object], sorted(t.__name__ for t in fun.registry.keys()))
print(fun.__name__, fun.__wrapped__.__name__)

class Neg:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
print(Neg().neg(5), Neg().neg(True))

class Data:
    def __init__(self, n): self.n = n
    @cached_property
    def total(self):
        print('computing')
        return sum(range(self.n))
d = Data(10); print(d.total, d.total, d.__dict__, Data.total.__class__.__name__)
del d.total; print(d.total)

for bad in [lambda: partial(), lambda: partial(1), lambda: reduce(lambda a, b: a, []), lambda: reduce(len, 5),
            lambda: reduce(len), lambda: reduce(), lambda: lru_cache('x'), lambda: fun(), lambda: fun.register(5, len),
            lambda: fun.register(5), lambda: key(1) < 1, lambda: total_ordering(type('E', (), {})),
            lambda: partialmethod(5), lambda: sorted([1, 2], key=cmp_to_key(None)), lambda: cmp_to_key(),
            lambda: Neg().neg('a'), lambda: hash(key(1)), lambda: setattr(p, 'func', len),
            lambda: partial(f)(1), lambda: cached_property(len).__get__(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# LRU order: hits refresh, the least recently used goes first
calls = []
@lru_cache(maxsize=3)
def g(x):
    calls.append(x)
    return x * 10
for x in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 6, 1]:
    g(x)
print(calls, g.cache_info())
@lru_cache(maxsize=2)
def rec(n):
    return n if n < 2 else rec(n - 1) + rec(n - 2)
print(rec(20), rec.cache_info())
g.cache_clear(); print(g(1), g.cache_info())
# cycles through the cache and through a partial's __dict__ are collected
import gc
class Node:
    pass
@lru_cache(maxsize=4)
def make(k):
    n = Node(); n.f = make
    return n
make(1); make(2)
pp = partial(len); pp.me = pp
del make, pp
print(gc.collect() > 0)
