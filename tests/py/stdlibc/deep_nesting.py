# Deeply nested itertools/deque/partial/getter objects are freed without
# recursing on the C stack (the trashcan), and nothing leaks.
# PYM_TEST_SCALE=K (.ci/run's stress stage) makes the chains K times shorter:
# every type's traverse and dealloc still run under a collection at each
# allocation, in seconds rather than many minutes.
import itertools, functools, operator, os
from _collections import deque

def nest(name, make, n=30000 // int(os.environ.get("PYM_TEST_SCALE", "1"))):
    x = iter([])
    for i in range(n):
        x = make(x)
    del x
    print('freed', name)

nest('chain', itertools.chain)
nest('islice', lambda x: itertools.islice(x, 5))
nest('deque', lambda x: deque([x]))
nest('deque iterator', lambda x: iter(deque([x])))
nest('partial', lambda x: functools.partial(len, x))
nest('tee', lambda x: itertools.tee(x)[0])
nest('cycle', itertools.cycle)
nest('accumulate', itertools.accumulate)
nest('zip_longest', itertools.zip_longest)
nest('starmap', lambda x: itertools.starmap(len, x))
nest('itemgetter', lambda x: operator.itemgetter(x))
nest('cmp_to_key', lambda x: functools.cmp_to_key(x))
