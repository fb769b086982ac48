# sum(): the C-value fast paths (int total, float total) and their exits:
# overflow, items of other kinds, errors mid-way; results as CPython.
import sys
M = sys.maxsize
print(sum([]), sum([], 5), sum([1, 2, 3]), sum(range(10**6)))
print(sum([M, 1]), sum([M, M, M, -M]), sum([-M, -M, -M]), sum([2**70, 1, 2]), sum([1, 2**70]))
print(sum([True, True, 3]), sum([1, 2.5, 3]), sum([0.1] * 10), sum([1.5, 2, 2**80]), sum([1.5, True]))
print(sum([1, 2], 0.5), sum([], 0.0), sum([1.0, float('inf'), -float('inf')]))
print(sum([1, 2, 3], start=10), sum([[1], [2]], []), sum([(1,), (2,)], ()))
class I(int):
    def __add__(self, o): return 'I.add'
    def __radd__(self, o): return 'I.radd'
print(sum([1, I(2)]), sum([1.0, I(3)]), sum([I(2)], 0.5))
print(sum(x for x in range(100) if x & 1), sum(x * 0.5 for x in range(10)))
from fractions import Fraction
print(sum([Fraction(1, 3), 1, 2]), sum([1, Fraction(1, 3)]))
def bad():
    yield 1
    yield 2.0
    raise ValueError("boom")
for s in (0, 0.0, None):
    try:
        print(sum(bad(), s) if s is not None else sum(bad()))
    except ValueError as e:
        print("ValueError", e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(e)
try:
    sum(['a', 'b'], 'c')
except TypeError as e:
    print(e)
print(sum([1, -1, 2**63 - 1, 1]), sum([-2**63, -1]))
print(type(sum([1.0, 2])).__name__, type(sum([True])).__name__, sum([False, False]))
