# format() of Decimals: types f e g % (and none), width, fill, align, sign,
# grouping, precision; and the errors
from decimal import Decimal as D, localcontext, ROUND_DOWN

values = ['0', '-0', '1', '-1.5', '123.456', '1234567.891', '0.000123456',
          '1E+10', '-1.23E-8', '100', '0.5', '9.995', '12345678901234567890.5',
          'Infinity', '-Infinity', 'NaN', '0E+3', '0.00']
specs = ['', 'f', '.2f', '.0f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%',
         '10.2f', '<10', '>12.3f', '^11.1f', '=+10.2f', '*^15,.2f', '+', ' ',
         ',', '020,.2f', '010.3', ',.3f', '.2', '.10', '.3F', 'N', 'x<10', '0<9',
         'z.2f', '08.2e', '-^9', ',g', '.0e', '.0g', 'n', '.2n']
for v in values:
    d = D(v)
    print(v.ljust(24), ' | '.join(format(d, s) for s in specs))

print(f'{D("1234.5"):,.2f} {D("0.125"):.2%} {D("-42"):+08d}' if False else
      f'{D("1234.5"):,.2f} {D("0.125"):.2%} {D("-42"):+08}')
print('{:>10}|{:<10}|{:^10}'.format(D('1.5'), D('-2.25'), D('3')))
print('%s %r' % (D('7.50'), D('7.50')))

# the context's rounding applies; capitals picks the exponent letter
with localcontext() as ctx:
    ctx.rounding = ROUND_DOWN
    print(format(D('2.999'), '.2f'), format(D('-2.999'), '.1e'))
    ctx.capitals = 0
    print(format(D('1.5E+20'), ''), format(D('1.5E+20'), '.3'))

for bad in ['x', 'd', '.f', '10.2q', ',_f', 'ff', '_', '_.2f', '#f', '<05', 'D']:
    try:
        format(D('1.5'), bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
