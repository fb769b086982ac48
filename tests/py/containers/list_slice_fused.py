# a[i:j], a[i:j:k] and their stores where the slice is built right before
# the subscript (pym resolves these on an exact list without making the
# slice object): negative and extended steps, wrong lengths, self
# assignment, subclasses of list, other sequences, bad bounds, __index__,
# finalizers of replaced items, gc counts and refcounts.
import sys, gc


def get(a, i, j, k):
    return a[i:j:k], a[i:j], a[i:], a[:j], a[::k], a[:], a[j::-1]


def put(a, i, j, v):
    a[i:j] = v
    return a


def put_step(a, i, j, k, v):
    a[i:j:k] = v
    return a


L = list(range(10))
for i in [None, -12, -3, 0, 2, 9, 12, 2**40, -2**40, 2**70]:
    for j in [None, -12, -2, 0, 5, 12, 2**65]:
        for k in [None, 1, 2, -1, -3, 2**63, -2**63]:
            print(get(L, i, j, k) if j is not None else L[i:j:k], end=' ')
    print()
for k in [0, 'x', 1.5]:
    try:
        print(L[1:2:k])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for b in ['a', 2.0, [1]]:
    for how in range(2):
        try:
            print(L[b:3] if how else L[1:b])
        except TypeError as e:
            print(type(e).__name__, e)


class Ix:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print('index', self.v)
        return self.v


print(L[Ix(2):Ix(7):Ix(2)], L[True:5], L[Ix(-1)::-1])

# fannkuch's flips, and stores of every shape
perm = list(range(9))
for k in [3, 8, 0, 5, 1, 7, 2]:
    perm[:k + 1] = perm[k::-1]
    print(perm)
for v in [[], [1], ['a', 'b'], ('x', 'y', 'z'), 'pq', range(3), [7] * 9, (i for i in 'gen')]:
    print(put(list(range(6)), 1, 3, v), put(list(range(6)), -2, None, v),
          put(list(range(6)), 4, 1, v), put([], 0, 0, v))
for v in [[1], [1, 2, 3], ('a', 'b', 'c'), 'xyz', [], 5, range(3)]:
    for (i, j, k) in [(None, None, 2), (None, None, -2), (5, 0, -2), (0, 0, 3), (4, 1, 1)]:
        try:
            print(put_step(list(range(6)), i, j, k, v), end=' ')
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e, end=' | ')
    print()
try:
    put_step(list(range(6)), 0, 6, 0, [1])
except ValueError as e:
    print(e)

# self assignment
S = list(range(6))
S[:] = S
print(S)
S[1:3] = S
print(S)
S[::-1] = S
print(S)
S[2:] = S[::-1]
print(S)
S[:3] = S[3:]
print(S)


# subclasses of list: their own __getitem__ / __setitem__, or list's
class Logged(list):
    def __getitem__(self, k):
        print('getitem', k)
        return list.__getitem__(self, k)

    def __setitem__(self, k, v):
        print('setitem', k, v)
        list.__setitem__(self, k, v)


class Plain(list):
    pass


for cls in [Logged, Plain]:
    a = cls(range(6))
    r = a[1:4]
    a[::2] = a[4::-2]
    a[1:2] = cls('xy')
    print(type(r).__name__, r, type(a).__name__, a)
    print(put(list(range(4)), 1, 3, cls('abc')))

# other sequences through the same instructions
print(get((1, 2, 3, 4), 1, 3, -1))
print(get('abcdef', 1, 4, 2))
print(get(b'abcdef', -5, -1, 2))
print(get(range(10), 2, 8, 3))
ba = bytearray(b'abcdef')
ba[1:3] = b'XYZ'
ba[::2] = b'1234'
print(ba)
try:
    (1, 2)[0:1] = [3]
except TypeError as e:
    print(e)
try:
    print({}[1:2])
except TypeError as e:
    print(e)


# finalizers of replaced items run in CPython's order, and see the list
# already updated
class D:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'D%d' % self.n

    def __del__(self):
        print('del', self.n, T)


T = [D(0), D(1), D(2), D(3)]
T[1:3] = ['a', 'b']
T[::-3] = ['x', 'y']
T[:] = [1, 2]
del T

# refcounts: items copied or replaced are counted as in CPython
o = object()
R = [o] * 5
print(sys.getrefcount(o))
c = R[1:4]
d = R[::-2]
print(sys.getrefcount(o))
R[0:2] = c
R[:] = d
print(sys.getrefcount(o))
del c, d
R[::2] = [None] * 2
print(sys.getrefcount(o), R.count(o))

# the collector counts one allocation per list made, as in CPython (the
# slice itself is CPython's spare one, counted once when first made)
gc.disable()
Z = list(range(8))
t = Z[1:3]
x0 = gc.get_count()[0]
t = Z[1:3]
x1 = gc.get_count()[0]
Z[2:5] = Z[5:2:-1]
x2 = gc.get_count()[0]
Z[1:3] = (1, 2)
x3 = gc.get_count()[0]
gc.enable()
print(x1 - x0, x2 - x1, x3 - x2, Z)
