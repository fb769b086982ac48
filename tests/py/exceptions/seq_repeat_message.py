# a sequence times a non-int: CPython's "can't multiply sequence" message,
# also when both operands are sequences
import array
from collections import deque


class Num:
    def __index__(self):
        return 2


cases = [('a', 'b'), ([1], [2]), ((1,), (2,)), (b'a', b'b'),
         (bytearray(b'a'), b'b'), ('a', [1]), ([1], 'a'), ((1,), 1.5),
         (2.5, 'ab'), (None, [1]), ({1}, {2}), ({}, 2), (1.5, None)]
for a, b in cases:
    try:
        a * b
    except TypeError as e:
        print(type(a).__name__, type(b).__name__, '->', e)
for a, b in [('ab', Num()), ([0], Num()), (Num(), (1,))]:
    print(a * b)
s = 'x'
try:
    s *= 'y'
except TypeError as e:
    print('*=', e)
print(array.array('b', [1]) * 2, deque([1]) * 2)
