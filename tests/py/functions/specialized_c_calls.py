# Calls of C functions and methods, str comparisons and subscripts, and
# iterators that the specializing VM runs on fast paths (specialize.c):
# every loop runs long enough to specialize, then meets what the guards
# protect against.  The output is CPython 3.11's.
import math


def calls(n):
    out = []
    for i in range(n):
        out.append(chr(ord('a') + i % 26) + str(abs(-i)) + str(max(i, 3)) + str(min(i, 3)))
    return out[-3:]


print(calls(40))


# a builtin shadowed by a global in the middle of the loop, then restored
def shadowed():
    global max
    r = []
    for i in range(30):
        if i == 20:
            max = lambda a, b: 'py'
        if i == 25:
            del max
        r.append(max(i, 10))
    return r[18:]


print(shadowed())


# len and ord rebound in builtins themselves
import builtins


def lens(s):
    return [len(s), ord(s[0])]


for i in range(20):
    lens('xyz')
real_len, real_ord = builtins.len, builtins.ord
builtins.len = lambda s: -1
builtins.ord = lambda c: 'o'
print(lens('xyz'))
builtins.len, builtins.ord = real_len, real_ord
print(lens('xyz'))


# module functions through LOAD_METHOD, then the module attribute replaced
def roots(k):
    return [math.sqrt(x) for x in range(k)][-1]


for i in range(10):
    roots(5)
saved = math.sqrt
math.sqrt = lambda x: 'patched'
print(roots(5))
math.sqrt = saved
print(roots(10))
try:
    for x in (4, 1, 0, -1):
        print(math.sqrt(x))
except ValueError as e:
    print('ValueError', e)


# C methods of a type called through the descriptor; a subclass replaces one
class L(list):
    pass


class P(list):
    def pop(self):
        return 'P.pop'


def pops(seqs):
    return [s.pop() for s in seqs]


for i in range(10):
    pops([[1, 2], L([3, 4])])
print(pops([[1, 2], L([3, 4]), P([5]), bytearray(b'AB')]))
try:
    pops([[]])
except IndexError as e:
    print('IndexError', e)


def pop0(o):
    return o.pop()


def add1(o, x):
    return o.add(x)


def pop2(o, i, d):
    return o.pop(i, d)


for i in range(10):
    pop0([i])
    add1(set(), i)
    pop2({i: i}, i, None)
for args in [(pop0, {}), (pop0, set()), (add1, set(), []), (pop2, [1, 2], 0, 1),
             (pop2, {}, 'k', 'default'), (add1, frozenset(), 1)]:
    try:
        print(args[0](*args[1:]))
    except Exception as e:
        print(type(e).__name__, e)
words = []
for w in ['b', 'a', 'c'] * 5:
    words.append(w.upper())
print(' '.join(words))
L.append = lambda self, v: list.append(self, -v)
l2 = L()
for i in range(5):
    l2.append(i)
print(l2)


def ch(i):
    return chr(i)


def ab(x):
    return abs(x)


for i in range(10):
    ch(i + 65)
    ab(-i)
for f, x in [(ch, -1), (ch, 'a'), (ab, 'x'), (ch, 2**70)]:
    try:
        print(f(x))
    except Exception as e:
        print(type(e).__name__, e)


# str comparisons: every ordering, all three kinds, mixed with non-strs
def order(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


pairs = [('a', 'b'), ('b', 'a'), ('ab', 'a'), ('', ''), ('\xe9', 'e'), ('\u20ac', '\xe9'),
         ('\U0001f600', '\u20ac'), ('x\U0001f600', 'x\U0001f601'), ('same', 'same')]
for i in range(3):
    res = [order(a, b) for a, b in pairs]
print(res)
try:
    order('a', 1)
except TypeError as e:
    print('TypeError', e)
print(order(1, 2), order((1,), (1, 0)))
c = 'a'
n = 0
while c <= 'z':
    c = chr(ord(c) + 1)
    n += 1
print(n, c)


# str[int] of all three kinds, negative and out of range; list slices
def index_all(s):
    return [s[i] for i in range(-len(s), len(s))]


for s in ['abc', 'h\xe9\xe9', '\u20ac\u0394x', '\U0001f600y\xe9']:
    print(index_all(s), s[-1], s[0])
try:
    for i in range(10):
        'abc'[i]
except IndexError as e:
    print('IndexError', e)


def slices(l):
    return [l[1:3], l[-2:], l[::-1], l[::2], l[-1:0:-2], l[5:1], l[:100]]


for i in range(5):
    r = slices(list(range(6)))
print(r)
print(slices('abcdef'), slices((1, 2, 3, 4)))


# iterators: set, dict views, enumerate, zip, reversed
d = {'a': 1, 'b': 2, 'c': 3}
t = 0
for k in d:
    t += d[k]
for v in d.values():
    t += v
for k, v in d.items():
    t += len(k) * v
print(t, sorted(x for x in {3, 1, 2}))
try:
    for k, v in d.items():
        d[k + k] = v
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)


class Boom:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise KeyError('boom')
        return self.n


class Stop:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise StopIteration
        return self.n


for it in (Boom(5), Stop(5)):
    got = []
    try:
        for i, x in enumerate(it):
            got.append((i, x))
    except KeyError as e:
        got.append(('KeyError', e))
    print(got)
for a, b in ((Boom(3), 'xyzw'), ('xyzw', Boom(6)), (Stop(2), 'ab')):
    got = []
    try:
        for p, q in zip(a, b):
            got.append(p)
            got.append(q)
    except KeyError as e:
        got.append(('KeyError', e))
    print(got)
print([x for x in reversed([1, 2, 3])], [x for x in reversed('abc')], [x for x in reversed(range(4))])
lst = [1, 2, 3, 4]
out = []
for x in reversed(lst):
    out.append(x)
    if x == 3:
        lst.clear()
print(out)
