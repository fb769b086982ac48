# bisect on lists of floats and small ints (the native comparison path), on
# mixed and odd items (the generic path), with lo/hi/key, and bytearray item
# stores through small ints.
import bisect

fl = [0.1, 0.25, 0.5, 0.5, 0.75, 1.0]
for x in [-1.0, 0.0, 0.1, 0.3, 0.5, 0.75, 0.9, 1.0, 2.0, float('inf'), float('-inf'), float('nan')]:
    print(x, bisect.bisect(fl, x), bisect.bisect_left(fl, x), bisect.bisect_right(fl, x, 1, 4),
          bisect.bisect_left(fl, x, lo=2), bisect.bisect_right(fl, x, hi=3))

il = [-7, -1, 0, 3, 3, 3, 10, 2**40, 2**70]
for x in [-8, -7, 0, 3, 4, 2**40, 2**40 + 1, 2**80, 2.5, True]:
    print(x, bisect.bisect_left(il, x), bisect.bisect_right(il, x))

mixed = [1, 1.5, 2, 2.5, 3]
for x in [0, 1, 1.0, 1.5, 2, 2.25, 3, 3.5]:
    print(x, bisect.bisect_left(mixed, x), bisect.bisect_right(mixed, x))

class F(float):
    def __lt__(self, other):
        print('F.__lt__', float(self), other)
        return float.__lt__(self, other)

print(bisect.bisect([0.5, 1.5], F(1.0)))
print(bisect.bisect_left([0.5, F(1.5)], 1.0))
print(bisect.bisect_right([0.5, 1.5, 2.5], 1.0, key=lambda v: -v))
print(bisect.bisect_right((0.5, 1.5, 2.5), 1.0), bisect.bisect_left(range(10), 4))
nanl = [float('nan'), 1.0, 2.0]
print(bisect.bisect(nanl, 1.5), bisect.bisect_left(nanl, 1.5))

for bad in [(fl, 'a'), (['a', 'b'], 1.0), (fl, 1.0, -1), (fl, 1.0, 'x')]:
    try:
        print(bisect.bisect(*bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

lst = [1.0, 3.0]
bisect.insort(lst, 2.0)
bisect.insort_left(lst, 2)
bisect.insort_right(lst, 0.5, key=None)
print(lst)

b = bytearray(5)
for i, v in enumerate([0, 255, 65, 10, 128]):
    b[i] = v
b[-1] = 66
print(b)
for k, v in [(5, 1), (-6, 1), (0, 256), (0, -1), (0, 2**70), (0, 1.0), (2**70, 1), ('a', 1)]:
    try:
        b[k] = v
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
b[True] = False
print(b)
