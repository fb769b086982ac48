import operator, _operator
from operator import *

print(add(1, 2), sub(5, 3), mul(3, 4), matmul.__name__, floordiv(7, 2), truediv(7, 2), mod(7, 3))
print(lshift(1, 4), rshift(32, 2), and_(12, 10), or_(12, 10), xor(12, 10), pow(2, 10), pow(2, -1))
print(neg(5), pos(-5), abs(-3.5), inv(5), invert(0), index(7), not_(0), not_([1]), truth([]), truth(3))
print(call(len, 'abc'), call(dict, a=1), operator.__call__(max, 1, 5))
print(lt(1, 2), le(2, 2), eq(1, 1.0), ne('a', 'b'), gt(1, 2), ge(3, 3), is_(None, None), is_not(1, None))
print(concat([1], [2]), concat('ab', 'cd'), contains([1, 2], 2), contains('abc', 'd'))
print(countOf([1, 2, 1, 1], 1), indexOf('hello', 'l'), countOf([], 1))
d = {'a': 1}
setitem(d, 'b', 2); print(d, getitem(d, 'a'), getitem([10, 20, 30], slice(1, None)))
delitem(d, 'a'); print(d)
l = [1, 2]; r = iadd(l, [3]); print(r, l, r is l)
x = 5; print(iadd(x, 1), isub(x, 1), imul(x, 2), ifloordiv(x, 2), itruediv(x, 2), imod(x, 3), ipow(x, 2))
print(ilshift(x, 1), irshift(x, 1), iand(x, 3), ior(x, 3), ixor(x, 3), iconcat([1], (2,)))
s = {1}; print(ior(s, {2}), s)

class M:
    def __matmul__(self, o): return 'matmul'
    def __imatmul__(self, o): return 'imatmul'
print(matmul(M(), 1), imatmul(M(), 1))
print(length_hint([1, 2, 3]), length_hint(iter(range(10))), length_hint(5), length_hint(5, 7))
class H:
    def __length_hint__(self): return 4
class NI:
    def __length_hint__(self): return NotImplemented
print(length_hint(H()), length_hint(NI(), 9), length_hint(iter([1, 2])))
print(_operator._compare_digest(b'abc', b'abc'), _operator._compare_digest('abc', 'abd'), _operator._compare_digest(b'a', b'ab'))

g = itemgetter(1); print(g([5, 6, 7]), g('xyz'), repr(g))
g = itemgetter(0, 2, 'k'.__len__() and 1); print(g('abc'), repr(g), repr(itemgetter('a', slice(1))))
print(itemgetter('name')({'name': 'x'}), sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))
class P:
    def __init__(self, n, c=None): self.name = n; self.child = c
p = P('root', P('kid'))
print(attrgetter('name')(p), attrgetter('child.name')(p), attrgetter('name', 'child.name')(p))
print(repr(attrgetter('name')), repr(attrgetter('a.b', 'c')))
mc = methodcaller('upper'); print(mc('abc'), repr(mc))
mc = methodcaller('split', ',', maxsplit=1); print(mc('a,b,c'), repr(mc))
mc = methodcaller('replace', 'a', 'b'); print(mc('banana'), repr(mc))
print(type(itemgetter(1)).__name__, type(itemgetter(1)).__module__)
print(operator.__add__(1, 2), operator.__getitem__([1, 2], 0), operator.__not__(1), operator.__iadd__(1, 1))
print(sorted(n for n in operator.__all__)[:10], len(operator.__all__))
print(itemgetter(1, 2).__reduce__()[1])

for bad in [lambda: add(1), lambda: add(1, 2, 3), lambda: neg(), lambda: neg(1, 2), lambda: add(1, 'a'),
            lambda: concat(1, 2), lambda: iconcat({}, 1), lambda: indexOf([1, 2], 3), lambda: index(1.5),
            lambda: itemgetter(), lambda: itemgetter(1)(), lambda: itemgetter(1)([1], [2]), lambda: itemgetter(5)([1]),
            lambda: attrgetter(), lambda: attrgetter(1), lambda: attrgetter('zz')(p), lambda: attrgetter('a', 2),
            lambda: methodcaller(), lambda: methodcaller(1), lambda: methodcaller('nope')(1),
            lambda: length_hint(), lambda: length_hint(1, 'x'), lambda: _operator._compare_digest(1, 2),
            lambda: _operator._compare_digest('é', 'é'), lambda: itemgetter(1)(a=1), lambda: add(a=1, b=2),
            lambda: getitem({}, 'k'), lambda: call(), lambda: neg(x=1), lambda: lt(1, 'a'), lambda: contains(1, 1), lambda: countOf(1, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# the method name's reference is owned, not borrowed twice
import sys, gc
name = sys.intern('split')
m = methodcaller(name, ',', maxsplit=1)
print(m('x,y,z'))
del m
gc.collect()
print(sys.getsizeof(itemgetter(1)), sys.getsizeof(attrgetter('a')), sys.getsizeof(methodcaller('a')))
