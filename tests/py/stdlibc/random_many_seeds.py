# every distribution of random.Random for 71 seeds (ints of many sizes, str, bytes, floats) equals CPython's
import random
out = []
for s in list(range(-20, 40)) + [2**31, 2**32 - 1, 2**64 + 3, -2**100, 10**30, 'a', 'éü€', b'\x00\xff', 0.5, -1.25, 1e300]:
    r = random.Random(s)
    out.append((r.random(), r.getrandbits(33), r.getrandbits(1000) % 999983, r.randrange(10**20), r.choice('abcdefghij'),
                r.sample(range(50), 5), r.gauss(), r.normalvariate(1, 2), r.expovariate(0.5), r.betavariate(0.5, 3),
                r.gammavariate(0.3, 2), r.vonmisesvariate(2, 0.5), r.triangular(0, 5, 1), r.lognormvariate(0, 0.5),
                r.paretovariate(2.5), r.weibullvariate(2, 3), r.choices(range(5), [1, 2, 3, 4, 5], k=3), r.randbytes(5)))
    x = list(range(30)); r.shuffle(x); out.append(x)
for o in out:
    print(o)
