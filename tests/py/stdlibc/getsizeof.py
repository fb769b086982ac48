# sys.getsizeof of the C stdlib objects equals CPython 3.11's (same layouts)
import sys, itertools as it, functools, operator, random, struct, array
from _collections import deque
objs = {
 'count': it.count(), 'cycle': it.cycle([]), 'repeat': it.repeat(1), 'accumulate': it.accumulate([]), 'chain': it.chain(),
 'compress': it.compress([], []), 'dropwhile': it.dropwhile(len, []), 'takewhile': it.takewhile(len, []), 'filterfalse': it.filterfalse(len, []),
 'starmap': it.starmap(len, []), 'pairwise': it.pairwise([]), 'groupby': it.groupby([]), 'islice': it.islice([], 1), 'tee': it.tee([])[0],
 'zip_longest': it.zip_longest(), 'product': it.product('ab'), 'permutations': it.permutations('ab'), 'combinations': it.combinations('ab', 1),
 'cwr': it.combinations_with_replacement('ab', 1), 'partial': functools.partial(len), 'lru': functools.lru_cache(len), 'K': functools.cmp_to_key(len),
 'K(1)': functools.cmp_to_key(len)(1), 'itemgetter': operator.itemgetter(1), 'attrgetter': operator.attrgetter('a'), 'methodcaller': operator.methodcaller('a'),
 'Random': random.Random(1), '_random.Random': random._inst.__class__.__mro__[1](), 'Struct': struct.Struct('i'), 'Struct3': struct.Struct('iii'),
 'array': array.array('i'), 'dequeiter': iter(deque()),
}
g = it.groupby('a'); objs['_grouper'] = next(g)[1]
for k, v in objs.items():
    print(k, sys.getsizeof(v))
print(sys.getsizeof(it.permutations('abcd', 2)), sys.getsizeof(it.product('ab', 'cd', repeat=2)), sys.getsizeof(it.combinations(range(9), 4)))
print(sys.getsizeof(struct.Struct('<3i2s4x?')), sys.getsizeof(struct.Struct('')), sys.getsizeof(deque(range(100))), sys.getsizeof(array.array('d', range(10))))
