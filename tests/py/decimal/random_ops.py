# Seeded random operators, comparisons, conversions and formats of random
# Decimals, against CPython.
import random, math
from decimal import *
from fractions import Fraction
random.seed(11)
def rnd():
    r = random.random()
    if r < 0.05: return random.choice(['NaN', '-NaN', 'Inf', '-Inf', '0', '-0', '0E+3', '0.000'])
    digits = ''.join(random.choice('0123456789') for _ in range(random.randint(1, 20)))
    e = random.choice([0, 0, random.randint(-25, 25), random.randint(-3, 3)])
    return '%s%sE%d' % (random.choice(['', '-']), digits, e)
rounds = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
def spec():
    s = ''
    if random.random() < 0.3: s += random.choice(['', '*', '0', 'x']) + random.choice('<>=^')
    if random.random() < 0.3: s += random.choice('+- ')
    if random.random() < 0.1: s += 'z'
    if random.random() < 0.2 and '<' not in s and '>' not in s and '=' not in s and '^' not in s: s += '0'
    if random.random() < 0.4: s += str(random.randint(1, 25))
    if random.random() < 0.3: s += ','
    if random.random() < 0.6: s += '.' + str(random.randint(0, 12))
    s += random.choice(['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n'])
    return s
for i in range(500):
    setcontext(Context(prec=random.choice([3, 9, 28]), rounding=random.choice(rounds), traps=[]))
    a = Decimal(rnd()); b = Decimal(rnd())
    k = random.randint(0, 9)
    try:
        if k == 0:
            sp = spec(); r = (sp, format(a, sp))
        elif k == 1:
            o = random.choice([random.randint(-10**6, 10**6), random.random() * 10**random.randint(-5, 5), Fraction(random.randint(-100, 100), random.randint(1, 50))])
            if random.random() < 0.3: o = int(a) if a.is_finite() else 3
            r = (o, a == o, a < o, a >= o, a != o)
        elif k == 2:
            r = (a + b, a - b, a * b, a / b)
        elif k == 3:
            r = (a // b, a % b, divmod(a, b))
        elif k == 4:
            n = random.randint(-4, 4)
            r = (round(a, n),) if a.is_finite() else ()
            if a.is_finite(): r += (round(a), int(a), math.floor(a), math.ceil(a))
        elif k == 5:
            r = (float(a), hash(a) if not a.is_nan() else 0, str(a), a.to_eng_string(), a.as_tuple())
        elif k == 6:
            n = random.choice([2, 3, -1, -2, Decimal('0.5'), Decimal('1.25'), 0, 10])
            small = Decimal(rnd()[:6])
            r = (small ** n,)
        elif k == 7:
            r = (-a, +a, abs(a), a.normalize(), a.sqrt() if a >= 0 or a.is_nan() else 0)
        elif k == 8:
            r = (a.quantize(Decimal((0, (1,), random.randint(-10, 5))), rounding=random.choice(rounds)), a.to_integral_exact(), a.remainder_near(b))
        else:
            r = (a.max(b), a.min(b), a.compare(b), a.fma(b, Decimal(rnd())), a.exp(), a.ln() if a > 0 else 0)
    except Exception as e:
        r = 'EXC %s %s' % (type(e).__name__, e)
    print(i, k, getcontext().prec, getcontext().rounding, str(a), str(b), r, [s.__name__ for s, v in getcontext().flags.items() if v])
