# Decimal construction, str/repr, as_tuple, hashing, immutability
import decimal
from decimal import Decimal, InvalidOperation, getcontext
from fractions import Fraction

for s in ['1.5', '-0', '0', '+12.500', '1e5', '1E+2', '-1.23e-10', '  7.25\n',
          '1_000_000.5', '.5', '5.', 'NaN', '-nan', 'sNaN', 'NaN123', 'Inf',
          '-Infinity', 'infinity', '0E-7', '0.000001', '0.0000001',
          '123456789012345678901234567890.123', '1e-7', '12E-12', '0E+2',
          '-0.00', '1.0E+7', '100e-2', '\u0661\u0662']:
    d = Decimal(s)
    print(repr(s), '->', str(d), repr(d), d.as_tuple())

for bad in ['abc', '', '1.2.3', 'e5', '1e', '.', '1 2', 'Infinite', 'NaN1.2',
            '--1', '0x10']:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e)

# ints, floats (exact), tuples, Decimals
print(Decimal(10**30), Decimal(-42), Decimal(0))
print(Decimal(0.1), Decimal(-0.0), Decimal(2.5), Decimal(1e300) == Decimal(10**300))
print(Decimal(float('inf')), Decimal(float('-inf')), Decimal(float('nan')))
print(Decimal.from_float(0.25), Decimal.from_float(7), Decimal.from_float(-1.1))
print(Decimal((1, (3, 1, 4), -2)), Decimal((0, [1, 0], 3)), Decimal((1, (), 'F')),
      Decimal((0, (1, 2), 'n')), Decimal((1, (), 'N')))
d = Decimal('3.14')
print(Decimal(d) is d, Decimal(d) == d)
print(Decimal('1.23456789012345678901234567890123'))   # no rounding

for bad in [[1], 1 + 2j, (0, (1,)), (2, (1,), 1), (0, (10,), 1), (0, (1,), 'x'),
            (0, (1,), 1.5), None, b'1']:
    try:
        Decimal(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Decimal.from_float('1')
except TypeError as e:
    print('TypeError', e)

# with an explicit context: no rounding, but its traps decide
ctx = decimal.Context(prec=3, traps=[])
print(Decimal('1.23456', ctx), Decimal('junk', ctx), ctx.flags[InvalidOperation])

# str / repr / to_eng_string
for s in ['123E+5', '1E-7', '0E+5', '0E-7', '-1.5E+10', '12345678E-20',
          '1.000E+3', '0.00']:
    d = Decimal(s)
    print(str(d), d.to_eng_string(), repr(d))
getcontext().capitals = 0
print(Decimal('1E+10'), repr(Decimal('-2.5E-9')))
getcontext().capitals = 1

# as_tuple, adjusted
t = Decimal('-123.4500').as_tuple()
print(t, t.sign, t.digits, t.exponent, type(t).__name__)
print(Decimal('Inf').as_tuple(), Decimal('NaN').as_tuple(), Decimal('-sNaN12').as_tuple())
print([Decimal(s).adjusted() for s in ['123.45', '0.001', '1E+10', '0', 'NaN']])

# hashing agrees with int, float, Fraction
for x, y in [('1.5', 1.5), ('2', 2), ('-0.25', -0.25), ('1E+40', 10**40),
             ('0.1', Fraction(1, 10)), ('-7.000', -7), ('0', 0), ('-0', 0.0),
             ('Infinity', float('inf')), ('-Infinity', float('-inf'))]:
    print(x, hash(Decimal(x)) == hash(y), Decimal(x) == y)
print(hash(Decimal('1.50')) == hash(Decimal('1.5')), len({Decimal('1.0'), Decimal(1), 1, 1.0}))
try:
    hash(Decimal('sNaN'))
except TypeError as e:
    print('TypeError', e)
n = Decimal('NaN')
print(hash(n) == hash(n))

# immutability
d = Decimal('1.5')
for attr in ['_int', 'x']:
    try:
        setattr(d, attr, 1)
    except AttributeError:
        print('AttributeError for', attr)

# subclasses
class Money(Decimal):
    pass
m = Money('2.50')
m.note = 'x'
print(m.note)
print(type(m).__name__, m, type(m + 1).__name__, type(Money.from_float(0.5)).__name__)
print(isinstance(Decimal(1), __import__('numbers').Number))
import copy
print(copy.copy(d) is d, copy.deepcopy(d) is d)

# sizes are those of CPython's C objects
import sys
print(sys.getsizeof(Decimal(1)), sys.getsizeof(Decimal('1.5')), sys.getsizeof(Decimal(1) / 3),
      sys.getsizeof(Decimal('NaN')), sys.getsizeof(decimal.Context()))

# odd strings, and exponents beyond libmpdec's largest context
ctx = decimal.Context(traps=[])
for s in ['In_f', 'N_aN', '1_e5', '_', '1e_5', 'sNa_N1_2', '1.5\u00a0', '\u20031.5',
          '\u0661.\u0665e\u0662', '-nan0', 'nan00012', 'snan', '+-1', '1e+-5', '  ',
          '1.5e+05', '1e999999999999999999', '1e1000000000000000000',
          '1e-1999999999999999997', '1e-1999999999999999998',
          '12345e999999999999999996', '0e5000000000000000000']:
    ctx.clear_flags()
    print(repr(s), repr(Decimal(s, ctx)), [k.__name__ for k, v in ctx.flags.items() if v])
print(ctx.create_decimal('1e1000000000000000000'), ctx.flags[decimal.Overflow])
