# s[i:j] and s[i:j:k] of an exact str with None or small-int bounds run
# without a slice object (vm.c's BUILD_SLICE__BINARY_SUBSCR); results must be
# CPython's for every bound and step, ASCII or not, and anything else (a str
# subclass, big or non-int bounds, a zero step) takes the generic path.
import gc


class S(str):
    pass


def cut(s, i, j):
    return s[i:j]


def cut3(s, i, j, k):
    return s[i:j:k]


def heads(s, n):
    return s[:n], s[n:], s[-n:], s[:-n], s[::n] if n else s[::1], s[::-1]


words = ['', 'a', 'GGTATTTTAATT', 'h\xe9llo w\xf6rld', '\u20ac\u20ac-\u4e2d\u6587', 'x\U0001f600y\U0001f601z']
bounds = [None, 0, 1, 2, -1, -3, 5, 100, -100]
for rnd in range(2):
    out = []
    for w in words:
        for i in bounds:
            for j in bounds:
                out.append(cut(w, i, j))
                for k in [None, 1, 2, -1, -2, 3]:
                    out.append(cut3(w, i, j, k))
    print(len(out), hash(tuple(out)) == hash(tuple(out)))
    print(out[rnd::97])
for w in words:
    for n in range(4):
        print(repr(w), n, heads(w, n))

# counting k-mers, as knucleotide does
seq = 'GGTATTTTAATTTATAGT' * 20
for k in (1, 2, 3, 18):
    counts = {}
    for i in range(len(seq) + 1 - k):
        nucleo = seq[i:i + k]
        if nucleo in counts:
            counts[nucleo] += 1
        else:
            counts[nucleo] = 1
    print(k, len(counts), sorted(counts.items())[:4])

# the generic path at a warmed site
print(cut(S('subclass'), 1, 4), type(cut(S('subclass'), 1, 4)).__name__)
print(cut('abcdef', 2**70, None), repr(cut('abcdef', -2**70, 2)), cut('abcdef', True, 3))
print(cut([1, 2, 3], 1, None), cut((1, 2, 3), None, 2), cut(b'bytes', 1, 3), cut(range(10), 2, 5))
try:
    cut3('abc', None, None, 0)
except ValueError as e:
    print('ValueError', e)
try:
    cut('abc', 'x', None)
except TypeError as e:
    print('TypeError', e)
try:
    cut('abc', 1.5, None)
except TypeError as e:
    print('TypeError', e)


class Idx:
    def __index__(self):
        return 2


print(cut('abcdef', Idx(), None), cut3('abcdef', None, None, Idx()))
# a slice is still made and dropped as far as gc counts go
gc.collect()
s = 'abcdefgh' * 3
before = gc.get_count()[0]
parts = [s[i:i + 3] for i in range(5)]
print(parts, gc.get_count()[0] - before >= 0)
