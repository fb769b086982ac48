# seeded random uses of itertools, heapq, bisect and reduce: results and
# errors equal CPython's; each seed prints a checksum
import random, itertools as it, heapq, bisect, sys, operator, functools
def run(seed):
    R = random.Random(seed)
    def data():
        return [R.randrange(-3, 6) for _ in range(R.randrange(8))]
    out = []
    def data():
        return [R.randrange(-3, 6) for _ in range(R.randrange(8))]
    for _ in range(200):
        k = R.randrange(22)
        x, y = data(), data()
        r = R.randrange(-1, 4)
        try:
            if k == 0: res = list(it.islice(it.count(R.randrange(-5, 5), R.choice([1, -2, 0.5])), R.randrange(6)))
            elif k == 1: res = list(it.islice(it.cycle(x), R.randrange(12)))
            elif k == 2: res = list(it.accumulate(x, R.choice([operator.add, max, operator.mul]), initial=R.choice([None, 7])))
            elif k == 3: res = list(it.chain(x, y, it.chain.from_iterable([x, y])))
            elif k == 4: res = list(it.compress(x, y))
            elif k == 5: res = list(it.dropwhile(lambda v: v < 2, x)) + list(it.takewhile(lambda v: v < 2, y))
            elif k == 6: res = [(kk, list(g)) for kk, g in it.groupby(sorted(x), key=lambda v: v // 2)]
            elif k == 7: res = list(it.islice(x, *[R.choice([None, R.randrange(-1, 9)]) for _ in range(R.randrange(1, 4))]))
            elif k == 8: res = list(it.pairwise(x))
            elif k == 9: res = list(it.starmap(operator.sub, zip(x, y)))
            elif k == 10: a, b = it.tee(x); res = (list(a), list(b))
            elif k == 11: res = list(it.zip_longest(x, y, fillvalue='-'))
            elif k == 12: res = list(it.product(x[:3], y[:3], repeat=R.randrange(3)))
            elif k == 13: res = list(it.permutations(x[:5], None if r < 0 else r))
            elif k == 14: res = list(it.combinations(x, max(r, 0)))
            elif k == 15: res = list(it.combinations_with_replacement(x[:4], max(r, 0)))
            elif k == 16: h = list(x); heapq.heapify(h); res = (h, [heapq.heappop(h) for _ in range(len(h) // 2)], heapq.heappushpop(h, r), h)
            elif k == 17: res = (heapq.nlargest(r, x), heapq.nsmallest(r, x, key=lambda v: -v), list(heapq.merge(sorted(x), sorted(y))))
            elif k == 18: s = sorted(x); res = [(bisect.bisect_left(s, v), bisect.bisect_right(s, v, R.randrange(3))) for v in y]
            elif k == 19: s = sorted(x); [bisect.insort(s, v) for v in y]; res = s
            elif k == 20: res = functools.reduce(operator.sub, x, r)
            elif k == 21: res = list(it.filterfalse(None, x))
            out.append((k, res))
        except Exception as e:
            out.append((k, type(e).__name__, str(e)))
    text = repr(out)
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 2305843009213693951
    print(seed, len(out), len(text), h)

for seed in range(1, 11):
    run(seed)
