# Decimal operators, mixed with ints; comparisons; conversions out
import math
from decimal import (Decimal as D, getcontext, localcontext, InvalidOperation,
                     DivisionByZero, FloatOperation, Overflow, Context)
from fractions import Fraction

a, b = D('7.25'), D('-2')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, b ** -3)
print(a + 1, 1 + a, 10 - a, a * 3, 3 / D(4), 7 // D(2), 7 % D('2.5'), 2 ** D(10))
print(-a, +a, abs(b), -D('0'), +D('-0'), abs(D('-0.00')))
print(D('0.1') + D('0.2'), D(1) / D(3), D(2) / D(3), D('1.30') + D('1.20'))
print(D(-7) // 2, D(-7) % 2, divmod(D(-7), 2), divmod(7, D(-2)), D(7) % D('-2.5'))
print(D(1) / 4, D('1.00') / 8, D(100) / D('0.1'), D('0') / 5, D('0.00') * D('1.0'))
print(D('1E+10') + D('1E-10'), D('12345678901234567890123456789') + 1)
print(D(2) ** 100, D('1.1') ** 10, D(2) ** D('0.5'), D(4) ** D('0.5'), D(10) ** -2)
print(D(-2) ** 3, D('-0') ** 3, D(0) ** -1, D('Inf') ** -1, D('-Inf') ** 3)
print(pow(D(3), 5, 7), pow(D(-3), 3, 10))
print(D('Infinity') + 1, D('-Inf') * -2, D(1) / D('Inf'), D('NaN') + 1)

for expr in ['D(1) / 0', 'D(0) / 0', 'D(1) // 0', 'D(1) % 0', 'D(0) % 0',
             'D("Inf") - D("Inf")', 'D("Inf") * 0', 'D(-1) ** D("0.5")',
             'D(0) ** 0', 'D("sNaN") + 1', 'D(10) ** 1000000000',
             'D("1e999999") * 10', 'D(10**40) // D("0.001")',
             'D(1) + 1.5', 'D(1) + "1"', 'D(1) * Fraction(1, 2)', '1.5 - D(1)',
             'pow(D(2), D("0.5"), 3)']:
    try:
        print(expr, '=', eval(expr))
    except (InvalidOperation, DivisionByZero, Overflow, TypeError) as e:
        # pym's Decimal is a Python class: its name in these messages is
        # 'Decimal', where the C type of CPython says 'decimal.Decimal'
        print(expr, '->', type(e).__name__, str(e).replace('decimal.Decimal', 'Decimal'))
print(isinstance(DivisionByZero(), ZeroDivisionError))
try:
    D(5) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError:', type(e).__name__)

# results follow the context's precision and rounding
with localcontext() as ctx:
    ctx.prec = 6
    print(D(1) / 7, D('123456789') + 0, D('1.0000005') * 1, D(2).sqrt())
    ctx.rounding = 'ROUND_DOWN'
    print(D(2) / 3, -D(2) / 3, D('9.9999999') + 0)

# comparisons with Decimal, int, float, Fraction
print(D('1.0') == 1, D('1.5') == 1.5, D('0.1') == 0.1, D('0.1') == Fraction(1, 10))
print(D(2) > 1, D(2) < 2.5, D('0.3') >= Fraction(3, 10), D(-1) <= -1, D(1) != 1)
print(D('NaN') == D('NaN'), D('NaN') != 1, D('Inf') > 10**100, D('-Inf') < -1e308)
print(sorted([D('2.5'), 1, D('-1'), 0.5, Fraction(7, 3)]))
print(max(D('1.10'), D('1.1')), min(D(3), 2), D(1) == 1 + 0j, D(1) == 'a')
for expr in ['D("NaN") < 1', 'D(1) >= D("NaN")', 'D("sNaN") == 1', 'D(1) < "a"']:
    try:
        print(expr, '=', eval(expr))
    except (InvalidOperation, TypeError) as e:
        print(expr, '->', type(e).__name__, str(e).replace('decimal.Decimal', 'Decimal'))

# FloatOperation: flagged, raised only for ordering when trapped
with localcontext() as ctx:
    print(D(1) < 1.5, ctx.flags[FloatOperation])
    ctx.traps[FloatOperation] = True
    print(D(1) == 1.0)
    for expr in ['D(1) < 1.5', 'D(0.5)', 'ctx.create_decimal(0.5)']:
        try:
            print(eval(expr))
        except FloatOperation as e:
            print(expr, '->', type(e).__name__, e, isinstance(e, TypeError))
    print(D.from_float(0.5), ctx.create_decimal_from_float(0.1))

# round, int, float, bool, math
for s in ['2.5', '3.5', '-2.5', '2.675', '1234.5678', '-0.4', '1E+3']:
    d = D(s)
    print(s, round(d), round(d, 2), round(d, -1), int(d), float(d), bool(d),
          math.floor(d), math.ceil(d), math.trunc(d))
print(type(round(D('2.5'))).__name__, type(round(D('2.5'), 1)).__name__)
print(bool(D(0)), bool(D('0.000')), bool(D('NaN')), float(D('-Inf')), float(D('NaN')))
print(complex(D('1.5')), D('1.5').real, D('1.5').imag, D('2').conjugate())
for expr in ['round(D("NaN"))', 'round(D("Inf"))', 'round(D("2.5"), "x")',
             'int(D("NaN"))', 'int(D("-Inf"))', 'float(D("sNaN"))',
             'round(D("1e30"), 2)']:
    try:
        print(expr, '=', eval(expr))
    except (ValueError, OverflowError, TypeError, InvalidOperation) as e:
        print(expr, '->', type(e).__name__, e)
print(sum([D('0.1')] * 10), sum([D('0.1')] * 10) == 1, math.fsum([D('0.1')] * 10))

# more argument errors
def t(f):
    try:
        print(repr(f()))
    except Exception as x:
        print(type(x).__name__, str(x).replace('decimal.Decimal', 'Decimal'))
t(lambda: math.floor(D('NaN'))); t(lambda: math.ceil(D('-Inf'))); t(lambda: math.trunc(D('sNaN')))
t(lambda: D(True)); t(lambda: D('1') + True); t(lambda: D(1).quantize(1)); t(lambda: D(1).quantize(1.5))
t(lambda: D(7).__round__(None)); t(lambda: round(D('2.5'), None)); t(lambda: D(1).compare(1.5))
t(lambda: D(2) ** 0.5); t(lambda: 2 ** D('0.5')); t(lambda: divmod(7, D(2))); t(lambda: D(1).fma(2, 1.5))
t(lambda: localcontext(1)); t(lambda: D(1).exp(1)); t(lambda: D('1', 5))
t(lambda: Context().power(2, 3, 4.5)); t(lambda: D(1).max(1.5))
t(lambda: D('12.345').quantize(D('0.01'), 'ROUND_UP')); t(lambda: D(1).copy_sign('a'))
t(lambda: D('2.5').to_integral_value('x'))
