import itertools as it
from itertools import *

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
c = count(5); next(c); print(c, count(2, 3), count(1.5, 0.25), repr(count()))
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print(list(repeat('x', 3)), repeat('a'), repeat('a', 2), list(repeat(1, -3)))
r = repeat(7, 3); next(r); print(r, r.__length_hint__())
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)), list(accumulate([])))

print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate('abc')))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
gs = list(groupby('aabb')); print([(k, list(g)) for k, g in gs])
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)),
      list(islice('ABCDEFG', 0, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice('abc', None)))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: a, ['ab', [1]])))
a, b = tee(iter([1, 2, 3])); print(list(a), list(b))
a, b, c = tee(range(200), 3); print(sum(a), next(b), list(islice(c, 3)), sum(b))
print(tee([1], 0), type(tee('ab')[0]).__name__)
t1, = tee('xyz', 1); t2 = t1.__copy__(); print(next(t1), list(t2), list(t1))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', [1, 2, 3])), list(zip_longest()))
print(list(product('ab', range(2))), list(product([0, 1], repeat=2)), list(product()), list(product('ab', [])))
print(len(list(product('abc', repeat=3))), list(product('ab', 'c', repeat=2))[:3])
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('ab', 3)), list(permutations([], 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement('a', 0)))
print(type(count()).__name__, type(chain()).__module__, isinstance(chain(), chain))
print(repr(chain())[:24], repr(islice('a', 1))[:25])

class MyChain(chain):
    pass
print(list(MyChain('ab', 'c')), type(MyChain.from_iterable(['a'])).__name__)

for bad in [lambda: count('a'), lambda: repeat(), lambda: islice('a', -1), lambda: islice('a', 1, 2, 0),
            lambda: islice('a', 'x'), lambda: islice('a', 0, 'x'), lambda: islice('a'),
            lambda: permutations('a', -1), lambda: combinations('a', -1), lambda: combinations('a'),
            lambda: product('a', repeat=-1), lambda: tee('a', -1), lambda: chain(1), lambda: list(chain([1], 2)),
            lambda: cycle(), lambda: cycle(5), lambda: chain(a=1), lambda: pairwise(3), lambda: list(starmap(pow, [1])),
            lambda: accumulate(), lambda: compress('a'), lambda: dropwhile(len)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
