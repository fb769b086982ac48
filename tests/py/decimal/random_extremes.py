# Seeded random operations at the exponent limits (subnormals, overflow,
# clamping, exponents far apart), against CPython.
import random
from decimal import *
random.seed(4)
setcontext(Context(traps=[]))
def rnd():
    digits = ''.join(random.choice('0123456789') for _ in range(random.randint(1, 30)))
    e = random.choice([random.randint(-1000030, -999960), random.randint(999940, 1000000), random.randint(-60, 60), random.randint(-200, 200)])
    return '%s%sE%d' % (random.choice(['', '-']), digits, e)
rounds = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
ops = ['add', 'subtract', 'multiply', 'divide', 'compare', 'fma', 'remainder', 'divide_int', 'plus', 'next_plus', 'sqrt', 'quantize', 'normalize', 'scaleb', 'exp', 'ln', 'log10']
for i in range(350):
    c = Context(prec=random.choice([1, 5, 28]), rounding=random.choice(rounds), traps=[], clamp=random.choice([0, 1]))
    op = random.choice(ops)
    a, b, d = Decimal(rnd()), Decimal(rnd()), Decimal(rnd())
    if op == 'scaleb': b = Decimal(random.randint(-2000000, 2000000))
    if op in ('exp',): a = Decimal(rnd()[:random.randint(2, 9)])
    n = {'fma': 3, 'plus': 1, 'next_plus': 1, 'sqrt': 1, 'normalize': 1, 'exp': 1, 'ln': 1, 'log10': 1}.get(op, 2)
    args = [a, b, d][:n]
    try:
        r = getattr(c, op)(*args)
    except Exception as e:
        r = 'EXC %s' % type(e).__name__
    print(i, op, c.prec, c.rounding, c.clamp, [str(x) for x in args], repr(r), [s.__name__ for s, v in c.flags.items() if v])
