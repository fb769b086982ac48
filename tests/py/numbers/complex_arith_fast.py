# complex + - * / abs and comparisons between exact complexes (the direct
# path) and with floats, ints, bools and subclasses (the converting path),
# including inf, nan, signed zeros and the error messages.
import sys
inf, nan = float('inf'), float('nan')
vals = [0j, -0j, complex(0.0, -0.0), 1 + 2j, -3.5 + 0.25j, 1e308 + 1e308j,
        complex(inf, 0), complex(0, inf), complex(nan, 1), complex(-inf, -inf)]
for a in vals:
    for b in vals[:6]:
        print(repr(a + b), repr(a - b), repr(a * b), a == b, a != b)
for a in [1 + 2j, complex(-0.0, 0.0), complex(nan, nan)]:
    for b in [2, -0.0, 1.5, True, 2**60, inf, nan]:
        print(repr(a + b), repr(b + a), repr(a - b), repr(b - a), repr(a * b), repr(b * a), a == b)
print(abs(3 + 4j), abs(complex(inf, nan)), abs(complex(nan, 1)), abs(-0j))
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print('OverflowError', e)
for a, b in [(1 + 1j, 0j), (1 + 1j, 0), (1 + 1j, 0.0), (0j, 0j)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
print((1 + 2j) / (3 - 4j), (1 + 2j) / 2, 2 / (1 + 1j))
try:
    (1 + 1j) + 2**2000
except OverflowError as e:
    print('OverflowError', e)
for op in ['<', '>=']:
    try:
        eval('(1+1j) %s (2+2j)' % op)
    except TypeError as e:
        print('TypeError', e)
try:
    (1 + 1j) + 'a'
except TypeError as e:
    print('TypeError', e)

class C(complex):
    def __add__(self, other):
        return 'C.__add__'
    def __rmul__(self, other):
        return 'C.__rmul__'
c = C(1, 1)
print(c + (1 + 1j), (1 + 1j) + c, (2 + 0j) * c, c * c, type(c - c).__name__)
z = 0.25 + 0.5j
c0 = -1.5 + 0.5j
for _ in range(20):
    z = z * z + c0
print(z, abs(z) >= 2.0, sys.getsizeof(z))
