# Slices made and dropped one after another (the spare slice is reused),
# slices kept alive, their sizes, refcounts and identities, and list slice
# reads, assignments and deletions with steps, through slice objects too.
import sys, gc

s = slice(1, 2, 3)
print(sys.getsizeof(s), sys.getrefcount(s), s, s.start, s.stop, s.step)
keep = [slice(i, i + 1) for i in range(5)]
print(keep, [sys.getrefcount(k) for k in keep])
del keep
t = slice(None)
print(t, t.indices(10), slice(-3, None, -1).indices(5), slice(2**70).indices(3))
x = object()
sl = slice(x, x)
print(sys.getrefcount(x) - 1)
del sl
print(sys.getrefcount(x) - 1)
print(gc.is_tracked(slice(1, 2)), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))

L = list(range(10))
for a in [None, -12, -3, 0, 2, 9, 12, 2**70, -2**70]:
    for b in [None, -12, -2, 0, 5, 12, 2**65]:
        for c in [None, 1, 2, -1, -3]:
            print(L[a:b:c], end=' ')
    print()
for bad in [slice(0, 1, 0), slice('a'), slice(1.0, 2)]:
    try:
        print(L[bad])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

perm = list(range(9))
for k in [3, 8, 0, 5, 1]:
    perm[:k + 1] = perm[k::-1]
    print(perm)
M = list(range(10))
M[1:3] = 'abcd'
M[::2] = range(6)
print(M)
M[8:1:-2] = [None] * 4
print(M)
M[2:4] = []
M[:0] = (7, 8)
M[len(M):] = M
print(M)
del M[::3]
print(M)
del M[-1:2:-2]
print(M)
del M[100:]
del M[:2**70]
print(M)
for i, (val) in enumerate([[1], [1, 2, 3], 5, 'ab']):
    N = list(range(6))
    try:
        N[::2] = val
        print(N)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
N = list(range(6))
N[::-1] = N
print(N)
try:
    N[1:2] = 5
except TypeError as e:
    print(e)
b = bytearray(b'abcdef')
b[::-2] = b'XYZ'
print(b, b[::-1], b[1:5:2], bytes(b)[4:1:-1])
# the spare slice: dropping a slice and making the next one count neither a
# deallocation nor an allocation for the collector, as in CPython
gc.disable()
a = slice(1, 2)
x0 = gc.get_count()[0]
del a
x1 = gc.get_count()[0]
b = slice(1, 2)
x2 = gc.get_count()[0]
gc.enable()
print(x1 - x0, x2 - x1)
