# Decimal methods: quantize, to_integral, normalize, sqrt, exp, ln, log10,
# as_integer_ratio, copy_*, is_*, compare, max/min, fma, scaleb, ...
from decimal import (Decimal as D, Context, localcontext, getcontext,
                     InvalidOperation, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
                     ROUND_FLOOR, ROUND_CEILING, Inexact, Rounded)

def show(label, f):
    try:
        print(label, repr(f()))
    except (InvalidOperation, TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)

# quantize
for s, q in [('123.456', '0.01'), ('2.675', '0.01'), ('-2.5', '1'), ('7', '0.001'),
             ('1.5E+3', '1E+2'), ('0.000', '1E+1'), ('Inf', 'Inf'), ('NaN', '0.1'),
             ('1E+30', '0.01'), ('1', 'Inf'), ('9.9999', '0.01')]:
    show('quantize %s %s' % (s, q), lambda: D(s).quantize(D(q)))
print(D('2.5').quantize(D('1'), rounding=ROUND_HALF_UP),
      D('2.5').quantize(D('1'), ROUND_DOWN),
      D('1.21').quantize(D('0.1'), context=Context(rounding=ROUND_UP)))
show('quantize rounding=x', lambda: D(1).quantize(D(1), rounding='x'))
with localcontext() as ctx:
    print(D('1.234').quantize(D('0.1')), ctx.flags[Inexact], ctx.flags[Rounded])

# to_integral_value / to_integral / to_integral_exact
for s in ['2.5', '3.5', '-2.5', '1.000', '1E+5', '-0.1', 'Inf', 'NaN']:
    d = D(s)
    print(s, d.to_integral_value(), d.to_integral(), d.to_integral_exact(),
          d.to_integral_value(ROUND_UP), d.to_integral(rounding=ROUND_FLOOR))

# normalize, adjusted, as_integer_ratio
for s in ['1.200', '120.00', '0.000', '-1E+2', '100', '1.23456789012345678901234567890']:
    d = D(s)
    print(s, d.normalize(), d.adjusted(), d.as_integer_ratio())
show('ratio NaN', lambda: D('NaN').as_integer_ratio())
show('ratio Inf', lambda: D('-Inf').as_integer_ratio())
print(D('0.75').as_integer_ratio(), D('-1.5E+3').as_integer_ratio(), D(0).as_integer_ratio())

# sqrt, exp, ln, log10
for s in ['2', '4', '0.25', '1E+3', '0.00', '100', '1E-10', '-0', '3.14159']:
    print('sqrt', s, D(s).sqrt())
for s in ['0', '1', '-1', '10', '0.5', '1E-10', '-100', '700', 'Inf', '-Inf']:
    print('exp', s, D(s).exp())
for s in ['1', '2', '10', '0.5', '1.0000001', '1E+100', '1E-100', 'Inf', '0']:
    print('ln', s, D(s).ln(), 'log10', D(s).log10())
for s in ['-1', 'NaN', 'sNaN']:
    show('sqrt ' + s, lambda: D(s).sqrt())
    show('ln ' + s, lambda: D(s).ln())
    show('log10 ' + s, lambda: D(s).log10())
c = Context(prec=50)
print(D(2).sqrt(c), D(1).exp(c), D(10).ln(c), D(3).log10(c))
print(D(2).sqrt(Context(prec=5)), Context(prec=5).exp(D('2.5')))

# copies, signs, predicates
x = D('-1.50')
print(x.copy_abs(), x.copy_negate(), D(3).copy_sign(x), x.copy_sign(1), D('NaN').copy_sign(-1))
for s in ['0', '-0', '1.5', '-Inf', 'NaN', 'sNaN', '1E-999999', '1E-1000010']:
    d = D(s)
    print(s, d.is_nan(), d.is_qnan(), d.is_snan(), d.is_signed(), d.is_zero(),
          d.is_finite(), d.is_infinite(), d.is_normal(), d.is_subnormal(),
          d.is_canonical(), d.number_class())

# compare, compare_signal, compare_total, max, min
for a, b in [('1', '2'), ('2.0', '2'), ('-1', '-2'), ('NaN', '1'), ('1', 'Inf')]:
    A, B = D(a), D(b)
    print(a, b, A.compare(B), A.compare_total(B), A.max(B), A.min(B),
          A.max_mag(B), A.min_mag(B), A.compare_total_mag(B))
show('compare_signal NaN', lambda: D('NaN').compare_signal(1))
show('compare sNaN', lambda: D('sNaN').compare(1))
print(D(1).compare(2.5 if False else 3), D(5).max(3), D(-5).min_mag(3))

# fma, scaleb, remainder_near, logb, next_*, same_quantum
print(D(2).fma(3, 4), D('0.1').fma(D('0.2'), D('-0.02')), D('1E+20').fma(3, -1))
show('fma inf*0', lambda: D('Inf').fma(0, 1))
print(D('1.5').scaleb(3), D('1.5').scaleb(-3), D('Inf').scaleb(2))
show('scaleb 1.5', lambda: D(1).scaleb(D('1.5')))
for a, b in [(10, 6), (10, 4), (10, 3), (-10, 3), ('10.2', 1), (7, 2), (9, 2)]:
    print('remainder_near', a, b, D(a).remainder_near(b), D(a) % b)
show('remainder_near by 0', lambda: D(1).remainder_near(0))
print(D(250).logb(), D('0.03').logb(), D(1).next_plus(), D(1).next_minus(),
      D(1).next_toward(0), D(1).same_quantum(D('1.0')), D('NaN').same_quantum(D('NaN')))
print(D(10).logical_and(D(11)), D(10).logical_or(D(1)), D(10).logical_xor(D(11)),
      D(12345).rotate(2), D(12345).shift(-2), D(12345).shift(3))
print(D(5).radix(), D(5).canonical(), D('1.5').real, D('1.5').imag)
