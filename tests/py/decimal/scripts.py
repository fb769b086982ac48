# What scripts do with decimal: money, invoices, series at high precision,
# unit conversions, statistics, sorting and dict keys
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, localcontext, getcontext
import decimal

CENT = Decimal('0.01')

def money(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)

items = [('widget', Decimal('19.99'), 3), ('gadget', Decimal('4.25'), 10),
         ('gizmo', Decimal('0.333'), 7)]
subtotal = sum((price * qty for _, price, qty in items), Decimal(0))
tax = money(subtotal * Decimal('0.0825'))
total = money(subtotal) + tax
for name, price, qty in items:
    print(f'{name:<8} {qty:>3} x {price:>7} = {money(price * qty):>9,}')
print(f'subtotal {money(subtotal):>12}\ntax      {tax:>12}\ntotal    {total:>12,.2f}')
shares = [money(total / 3)] * 2
shares.append(total - sum(shares))
print('split', shares, sum(shares) == total)

# compound interest, monthly, 30 years
balance = Decimal('10000')
rate = Decimal('0.05') / 12
for month in range(360):
    balance = money(balance * (1 + rate))
print('balance', balance, f'{balance:,.2f}')

# pi by Machin's formula, e by its series, sqrt(2) by Newton, at 60 digits
def arctan_inv(n):
    x = Decimal(1) / n
    n2 = n * n
    total, term, k, sign = x, x, 1, 1
    while True:
        term /= n2
        k += 2
        sign = -sign
        new = total + sign * term / k
        if new == total:
            return total
        total = new

with localcontext() as ctx:
    ctx.prec = 65
    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    e, term, k = Decimal(0), Decimal(1), 0
    while term:
        e += term
        k += 1
        term /= k
        if term < Decimal('1e-70'):
            break
    x = Decimal(1)
    for _ in range(10):
        x = (x + 2 / x) / 2
    ctx.prec = 60
    print('pi   ', +pi)
    print('e    ', +e, +e == Decimal(1).exp())
    print('sqrt2', +x, +x == Decimal(2).sqrt())
print('pi28 ', Decimal(pi).quantize(Decimal('1e-27')))

# conversions that float gets wrong
print(0.1 + 0.2 == 0.3, Decimal('0.1') + Decimal('0.2') == Decimal('0.3'))
print(sum([Decimal('0.1')] * 3), sum([0.1] * 3))
print(Decimal('1.1') * 3, 1.1 * 3, Decimal(1.1) * 3)
kg = Decimal('2.20462262185')
for lb in ['1', '150', '0.5']:
    print(lb, 'lb =', (Decimal(lb) / kg).quantize(Decimal('0.001')), 'kg')

# statistics by hand
data = [Decimal(s) for s in ['2.5', '3.1', '4.7', '1.9', '3.3', '2.8']]
mean = sum(data) / len(data)
var = sum((d - mean) ** 2 for d in data) / (len(data) - 1)
print('mean', mean, 'stdev', var.sqrt(), 'median', sorted(data)[len(data) // 2 - 1:len(data) // 2 + 1])
print('max', max(data), 'min', min(data), 'sorted', sorted(data, reverse=True))

# as dict keys and in sets: equal values are one key
prices = {Decimal('1.0'): 'a', Decimal('2.50'): 'b'}
print(prices[Decimal('1')], prices.get(Decimal('2.5')), prices.get(1), Decimal('2.5') in {2.5})

# truncation, percentages, rounding to a step
print(Decimal('7.899').quantize(CENT, rounding=ROUND_DOWN), f"{Decimal('0.0725'):.1%}")
step = Decimal('0.05')
print([(Decimal(s) / step).to_integral_value() * step for s in ['1.02', '1.03', '1.074', '2.5']])
print(round(Decimal('2.345'), 2), round(Decimal('-0.5')), int(Decimal('-7.9')))
print(getcontext().prec, decimal.getcontext() is getcontext())

# with json: exact numbers in, strings out
import json
print(json.loads('{"a": 1.10, "b": [2.5e3, 3]}', parse_float=Decimal))
print(json.loads('12.50', parse_float=Decimal), json.loads('7', parse_int=Decimal))
try:
    json.dumps({'x': Decimal('1.5')})
except TypeError as e:
    print(e)
print(json.dumps({'x': Decimal('1.5')}, default=str))
print(f"{Decimal('3.14159'):.2f}", "{:.3e}".format(Decimal('12345.678')), '%s' % Decimal('1E-7'), '%.2f' % Decimal('2.675'))
