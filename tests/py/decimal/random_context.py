# Seeded random operations on random Decimals in random contexts, against
# CPython (random is the Mersenne Twister, so both draw the same cases).
import random
from decimal import *
random.seed(20261203)
setcontext(Context(traps=[]))
def rnd():
    r = random.random()
    if r < 0.05: return random.choice(['NaN', '-NaN', 'sNaN', 'Inf', '-Inf', '0', '-0', '0E+3', '0.000', 'NaN12'])
    digits = ''.join(random.choice('0123456789') for _ in range(random.randint(1, 35)))
    e = random.choice([0, 0, random.randint(-40, 40), random.randint(-3, 3)])
    s = random.choice(['', '-'])
    return '%s%sE%d' % (s, digits, e)
ops = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near', 'quantize', 'compare', 'max', 'min', 'max_mag', 'min_mag', 'compare_total', 'power', 'fma', 'sqrt', 'exp', 'ln', 'log10', 'normalize', 'plus', 'minus', 'abs', 'to_integral_value', 'to_integral_exact', 'next_plus', 'next_minus', 'next_toward', 'logb', 'scaleb', 'same_quantum', 'number_class', 'to_eng_string', 'to_sci_string', 'create_decimal']
rounds = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
for i in range(400):
    c = Context(prec=random.choice([1, 3, 9, 16, 28]), rounding=random.choice(rounds), Emax=random.choice([99, 999999]), Emin=random.choice([-99, -999999]), traps=[], clamp=random.choice([0,0,1]))
    op = random.choice(ops)
    a = Decimal(rnd()); b = Decimal(rnd())
    if op in ('power',) and random.random() < 0.6:
        b = Decimal(random.choice(['2', '3', '-1', '-2', '0.5', '1.5', '10', '-0.5', '7']))
        a = Decimal(rnd()[:8])
    if op == 'scaleb': b = Decimal(random.randint(-60, 60))
    if op == 'quantize': b = Decimal((0, (1,), random.randint(-30, 10)))
    if op in ('exp', 'ln', 'log10') and random.random() < 0.5:
        a = Decimal(rnd()[:random.randint(2, 10)])
    n = {'fma': 3, 'sqrt': 1, 'exp': 1, 'ln': 1, 'log10': 1, 'normalize': 1, 'plus': 1, 'minus': 1, 'abs': 1, 'to_integral_value': 1, 'to_integral_exact': 1, 'next_plus': 1, 'next_minus': 1, 'logb': 1, 'number_class': 1, 'to_eng_string': 1, 'to_sci_string': 1, 'create_decimal': 1}.get(op, 2)
    args = [a, b, Decimal(rnd())][:n]
    if op == 'create_decimal': args = [rnd()]
    try:
        r = getattr(c, op)(*args)
    except Exception as e:
        r = 'EXC %s' % type(e).__name__
    print(i, op, c.prec, c.rounding, c.Emax, c.clamp, [str(x) for x in args], repr(r), str(c.flags.items() and [k.__name__ for k, v in c.flags.items() if v]))
