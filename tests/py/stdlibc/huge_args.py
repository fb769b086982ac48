# integer arguments too large for a C ssize_t/int: CPython's OverflowError texts
import itertools, bisect, random, struct, operator, heapq
from _collections import deque
from array import array
B = 10**20
tests = [lambda: deque([1]).rotate(B), lambda: deque([1]).insert(B, 1), lambda: deque(maxlen=B), lambda: deque([1])[B],
         lambda: array('i', [1]).insert(B, 1), lambda: array('i', [1]).pop(B), lambda: array('i', [1])[B], lambda: array('i', [1]) * B,
         lambda: itertools.repeat(1, B), lambda: itertools.combinations('a', B), lambda: itertools.product('a', repeat=B),
         lambda: itertools.tee('a', B), lambda: bisect.bisect([1], 1, B), lambda: bisect.bisect([1], 1, 0, B),
         lambda: random.Random(1).getrandbits(B), lambda: struct.pack_into('i', array('b', bytes(8)), B, 1),
         lambda: struct.unpack_from('i', b'1234', B), lambda: itertools.permutations('a', B), lambda: operator.length_hint([], B),
         lambda: deque([1], maxlen=1) * B, lambda: itertools.islice('a', B, B), lambda: array('i', [1]).index(1, B),
         lambda: array('i').fromfile(None, B), lambda: itertools.count(B).__repr__(),
         lambda: struct.pack('%ds' % B, b''), lambda: itertools.combinations_with_replacement('a', B)]
for i, f in enumerate(tests):
    try:
        r = f()
        print(i, 'ok', type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, e)
