# random's seeded sequences equal CPython's: every distribution and method
import random

for s in [0, 1, 42, -5, 2**32, 2**100 + 7, 'spam', b'eggs', 3.25, True]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(40), random.randint(-10, 10))
random.seed(2024)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(5)], random.randrange(10, 0, -3), random.randrange(2**70))
print(random.choice('abcdefg'), random.choice([1, 2, 3]), random.choice(range(1000)))
x = list(range(20)); random.shuffle(x); print(x)
print(random.sample(range(100), 10), random.sample('abcdef', 3), random.sample(range(10**6), 5))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.choices('abc', k=6), random.choices('abc', [10, 1, 1], k=6), random.choices('abc', cum_weights=[1, 2, 30], k=4))
print(random.choices([1, 2]), random.uniform(1, 10), random.uniform(5, -5))
print(random.triangular(), random.triangular(0, 10, 2), random.triangular(3, 3))
print(random.gauss(), random.gauss(10, 2), random.gauss(), random.normalvariate(), random.normalvariate(5, 0.5))
print(random.lognormvariate(0, 1), random.expovariate(1.5), random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0))
print(random.gammavariate(2.5, 1), random.gammavariate(1, 2), random.gammavariate(0.5, 1))
print(random.betavariate(2, 5), random.paretovariate(3), random.weibullvariate(1, 1.5))
print(random.randbytes(10), random.getrandbits(0), random.getrandbits(1), random.getrandbits(64))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)], st[0], len(st[1]), st[1][-1])

r1 = random.Random(99); r2 = random.Random(99)
print(r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6), random.Random('x').random())

class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(); print(m.randrange(10), m.choice('abc'), m.randint(1, 4), m.uniform(0, 4))

class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 2
b = Bits(); print(b.randrange(100))

sr = random.SystemRandom()
v = sr.random(); print(0 <= v < 1, 0 <= sr.randrange(10) < 10, len(sr.randbytes(4)), sr.getrandbits(8) < 256)
random.seed(); r = random.Random(); print(0 <= r.random() < 1)

for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5),
            lambda: random.randrange(1, 10, 0), lambda: random.randrange(10, 1, 2), lambda: random.randrange([1]),
            lambda: random.randrange('a'), lambda: random.sample(range(3), 4), lambda: random.sample({1, 2}, 1),
            lambda: random.choices('ab', 2), lambda: random.choices('ab', [1], k=1),
            lambda: random.choices('ab', [1, 2], cum_weights=[1, 2]), lambda: random.choices('ab', [0, 0]),
            lambda: random.getrandbits(-1), lambda: random.gammavariate(-1, 1), lambda: sr.getstate(),
            lambda: random.setstate((1, (), None)), lambda: random.Random().setstate((3, (1, 2), None)),
            lambda: random.randrange(1, 5, step=None), lambda: random.sample([1, 2], 1, counts=[1]),
            lambda: random.Random(1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
