# itertools objects are GC-tracked: cycles through them are collected
import gc, itertools, sys

class Box:
    pass

for make in [lambda b: itertools.cycle([b]), lambda b: itertools.repeat(b),
             lambda b: itertools.chain([b]), lambda b: itertools.count(),
             lambda b: itertools.accumulate([b]), lambda b: itertools.groupby([b]),
             lambda b: itertools.islice([b], 3), lambda b: itertools.tee([b])[0],
             lambda b: itertools.zip_longest([b]), lambda b: itertools.product([b]),
             lambda b: itertools.permutations([b]), lambda b: itertools.combinations([b], 1),
             lambda b: itertools.starmap(len, [b]), lambda b: itertools.pairwise([b]),
             lambda b: itertools.takewhile(bool, [b]), lambda b: itertools.dropwhile(bool, [b]),
             lambda b: itertools.filterfalse(None, [b]), lambda b: itertools.compress([b], [1]),
             lambda b: itertools.combinations_with_replacement([b], 1)]:
    b = Box()
    it = make(b)
    b.it = it
    print(type(it).__name__, gc.is_tracked(it), end=' ')
    del b, it
    print(gc.collect() > 0)

# groupby's groups stop when the parent moves on
g = itertools.groupby('aabbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))

# a long tee buffer is freed without recursion
a, b = itertools.tee(range(100000))
for _ in a:
    pass
del a, b
print(sys.getrefcount(itertools.chain) > 0)
