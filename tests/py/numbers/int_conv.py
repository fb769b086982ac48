# int() constructor, string conversion, methods
print(int(), int(3.99), int(-3.99), int('  42  '), int('-0x_1f', 16), int('0b101', 0), int('0o17', 0))
print(int('1_000_000'), int('zz', 36), int(b' 42 '), int('0', 0), int('000', 0), int('10', 0))
print(int(2.5e300))
print(int(True), int(1e18), int(-1e19))
class WithInt:
    def __int__(self):
        return 7
class WithIndex:
    def __index__(self):
        return 11
print(int(WithInt()), int(WithIndex()))
for args in [('abc',), ('12', 2), ('1__0',), ('_1',), ('1_',), ('010', 0), ('',), ('  ',), ('0x',), ('0x10', 10),
             ('1e5',), ('42', 37), ('5', 1), ([],), (None,), (1.5, 2), (5, 10), (float('inf'),), (float('nan'),),
             (b'x',)]:
    try:
        print(int(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(str(2 ** 200), repr(-(2 ** 100)), hex(255), hex(-255), oct(8), bin(5), bin(-5), hex(2 ** 100))
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
try:
    int('1' * 5000)
except ValueError as e:
    print(e)
print(len(str(10 ** 4299)))
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
print((255).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print((255).to_bytes(1), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b'\x00\x01\x00', 'big'), int.from_bytes([1, 2, 3], 'big'))
for f in [lambda: (300).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'middle')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print((7).as_integer_ratio(), (3).conjugate(), (3).real, (3).imag, (3).numerator, (3).denominator)
print(round(12345, -2), round(12355, -1), round(-15, -1), round(25, -1), round(15, -1), round(7), round(7, 2))
print((5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__index__(), (5).__getnewargs__())
print((0).__sizeof__(), (1).__sizeof__(), (2 ** 30).__sizeof__(), (2 ** 64).__sizeof__(), (2 ** 100).__sizeof__())
print(hash(-1), hash(2 ** 61), hash(-2 ** 64 + 3), hash(2 ** 100), hash(123456789012345678901234567890))
print(hash(1) == hash(1.0), hash(2 ** 80) == hash(float(2 ** 80)))
class MyInt(int):
    pass
m = MyInt(42)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, isinstance(m, int))
print(MyInt('ff', 16), MyInt() == 0)
