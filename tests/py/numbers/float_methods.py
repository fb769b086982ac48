print((0.1).as_integer_ratio(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e20).as_integer_ratio())
print((1.5).is_integer(), (2.0).is_integer(), float('inf').is_integer())
print((1.5).hex(), (0.0).hex(), (-0.0).hex(), (5e-324).hex(), (1e300).hex(), (0.1).hex(), float('inf').hex())
print(float.fromhex('0x1.8p3'), float.fromhex('-0x1p-1074'), float.fromhex(' 0X1.FFFFFFFFFFFFFP1023 '),
      float.fromhex('0x.8p1'), float.fromhex('1'), float.fromhex('inf'), float.fromhex('0x3p-1076'),
      float.fromhex('0x1p-1075'), float.fromhex('0x1.8p-1074'))
for t in ['0x1.fffffffffffff8p1023', 'x', '0x', '0x1p', '0x1p2000']:
    try:
        print(float.fromhex(t))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0.1, 1e300, 123.456, 5e-324, 1 / 7]:
    print(float.fromhex(v.hex()) == v)
print(round(2.5), round(3.5), round(-0.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(0.125, 2))
print(round(1234.5678, -2), round(123.456, -1), round(-123.456, -2), round(0.5, -1), round(5.0, -1), round(15.0, -1),
      round(25.0, -1), round(1e300, -299), round(5e-324, 400), round(2.5, 0), round(2.5, None), round(-0.0, 1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print('OverflowError', e)
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print('OverflowError', e)
print((2.7).__trunc__(), (-2.7).__floor__(), (-2.7).__ceil__(), (3.5).conjugate(), (3.5).real, (3.5).imag)
print((5.0).__getnewargs__(), (1.5).__round__(), (1.25).__round__(1))
