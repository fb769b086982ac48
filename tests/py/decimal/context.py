# contexts: getcontext/setcontext/localcontext, Context, templates, rounding
# modes, flags and traps, the signals, context methods
import decimal
from decimal import *

print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(repr(Context(prec=5, rounding=ROUND_UP, Emin=-10, Emax=10, capitals=0,
                   clamp=1, flags=[Inexact], traps=[Clamped, Subnormal])))
c = Context()
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(getcontext().flags)
print(dict(c.traps) == {s: s in (InvalidOperation, DivisionByZero, Overflow)
                        for s in c.traps})
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print([ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
       ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP])

# errors of the constructor and the attributes
for kwargs in [dict(prec=0), dict(prec='a'), dict(rounding='x'), dict(Emin=1),
               dict(Emax=-1), dict(capitals=2), dict(clamp=2),
               dict(traps={Inexact: True}), dict(flags=[ValueError])]:
    try:
        Context(**kwargs)
    except (ValueError, TypeError, KeyError) as e:
        print(kwargs, type(e).__name__, e)
try:
    setcontext(1)
except TypeError as e:
    print('TypeError', e)
try:
    localcontext(foo=1)
except TypeError as e:
    print('TypeError', e)

# the eight rounding modes
values = ['2.5', '-2.5', '1.55', '-1.55', '1.45', '0.051', '-0.049', '7.05', '7.15']
for mode in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
             ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    ctx = Context(prec=2, rounding=mode)
    print(mode.ljust(16), [str(ctx.plus(Decimal(v))) for v in values],
          Decimal('2.5').quantize(Decimal(1), rounding=mode),
          ctx.divide(2, 3), ctx.multiply(-7, 11))

# localcontext: copies, keyword arguments, restores
before = getcontext()
with localcontext() as ctx:
    ctx.prec = 10
    print(Decimal(1) / 3, getcontext() is ctx, ctx is before)
with localcontext(prec=4, rounding=ROUND_UP) as ctx:
    print(Decimal(1) / 3, ctx.prec, ctx.rounding)
    with localcontext(Context(prec=2)):
        print(Decimal(2) / 3)
    print(Decimal(2) / 3)
print(getcontext() is before, Decimal(1) / 3)

# setcontext; templates are copied
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext().prec, Decimal(1) / 3)
try:
    Decimal(0).exp() + Decimal('1e-999999') / 10**10
except Underflow as e:
    print('Underflow', e)
mine = Context(prec=3)
setcontext(mine)
print(getcontext() is mine, Decimal(2) / 3)
setcontext(DefaultContext)

# flags accumulate, traps raise
ctx = Context(prec=5, traps=[])
print(ctx.divide(1, 3), ctx.divide(1, 0), ctx.divide(0, 0), ctx.sqrt(-1))
print(ctx)
print(sorted(s.__name__ for s, v in ctx.flags.items() if v))
ctx.clear_flags()
print(ctx.flags[Inexact], ctx.add(1, 2), ctx.flags[Inexact], ctx.flags[Rounded])
ctx.traps[Inexact] = True
try:
    ctx.divide(1, 3)
except Inexact as e:
    print('Inexact', e, ctx.flags[Inexact])
try:
    ctx.traps = [Overflow]
except TypeError as e:
    print('TypeError', e)
ctx.traps = {s: s in (Overflow, Inexact, Rounded) for s in ctx.traps}
try:
    ctx.multiply(Decimal('1e999999'), 10)
except Overflow as e:
    print('Overflow', e, isinstance(e, Inexact), isinstance(e, Rounded))
ctx.clear_traps()
for bad in [lambda: ctx.flags[ValueError], lambda: ctx.traps.__setitem__(1, True)]:
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
print(ctx.multiply(Decimal('9e999999'), 10), ctx.multiply(Decimal('1e-999999'), Decimal('1e-20')))
print(ctx)
ctx = Context(Emin=-5, Emax=5, prec=3, traps=[])
print(ctx.plus(Decimal('1.23e-7')), ctx.plus(Decimal('1e-9')), ctx.plus(Decimal('1e6')))
print(ctx)
ctx = Context(Emax=5, prec=3, clamp=1, traps=[])
print(ctx.plus(Decimal('1e5')), ctx.create_decimal('0e10'), ctx)

# the signals' hierarchy
for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax,
            DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
            InvalidContext, Rounded, Subnormal, Overflow, Underflow,
            FloatOperation]:
    print(cls.__name__, [k.__name__ for k in cls.__mro__[1:-2]])

# context methods
c = Context(prec=6)
for name, args in [('add', (1, 2)), ('subtract', (1, Decimal('0.5'))),
                   ('multiply', (Decimal('1.5'), 3)), ('divide', (1, 7)),
                   ('divide_int', (7, 2)), ('remainder', (7, 3)),
                   ('remainder_near', (10, 6)), ('divmod', (7, 2)),
                   ('power', (2, 10)), ('power', (3, 4, 5)), ('sqrt', (2,)),
                   ('exp', (1,)), ('ln', (10,)), ('log10', (2,)),
                   ('abs', (-3,)), ('minus', (3,)), ('plus', (Decimal('1.2345678'),)),
                   ('compare', (1, 2)), ('max', (1, 2)), ('min', (1, 2)),
                   ('max_mag', (-3, 2)), ('min_mag', (-3, 2)),
                   ('quantize', (Decimal('1.23456'), Decimal('0.01'))),
                   ('fma', (2, 3, 4)), ('normalize', (Decimal('1.200'),)),
                   ('to_integral_value', (Decimal('2.5'),)),
                   ('to_integral_exact', (Decimal('2.5'),)),
                   ('to_sci_string', (Decimal('1E+3'),)),
                   ('to_eng_string', (Decimal('1E+4'),)),
                   ('scaleb', (1, 3)), ('copy_abs', (-1,)), ('copy_negate', (1,)),
                   ('copy_sign', (1, -2)), ('is_zero', (0,)), ('is_signed', (-1,)),
                   ('is_nan', (1,)), ('is_finite', (1,)), ('number_class', (-1,)),
                   ('logb', (250,)), ('next_plus', (1,)), ('next_minus', (1,)),
                   ('next_toward', (1, 2)), ('same_quantum', (1, Decimal('1.0'))),
                   ('create_decimal', ('3.14159265',)), ('create_decimal', ('  1',)),
                   ('create_decimal', (12345678,)), ('radix', ())]:
    try:
        print(name, args, repr(getattr(c, name)(*args)))
    except (InvalidOperation, TypeError) as e:
        print(name, args, type(e).__name__, e)
for bad in [lambda: c.add(1.5, 1), lambda: c.add('1', 1), lambda: c.sqrt(None)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
c2 = c.copy()
c2.prec = 2
print(c.prec, c2.prec, c2)

# localcontext's keyword arguments: flags and traps as lists too
def local(**kwargs):
    with localcontext(**kwargs) as c:
        return c
for kwargs in [dict(traps=[Inexact]), dict(flags=[Inexact]), dict(prec=0),
               dict(rounding='x'), dict(Emax=5, Emin=-5, capitals=0, clamp=1),
               dict(traps={s: False for s in getcontext().traps})]:
    try:
        print(local(**kwargs))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
