# float arithmetic, repr, comparisons with ints
vals = [0.1, 1e16, 1.5e-5, 100.0, 1e22, 1e-5, 123456789012345678.0, 0.0001, 1 / 3, 2 / 3, 5e-324,
        1.7976931348623157e308, 0.1 + 0.2, 9007199254740993.0, 1e15, 123.456, -0.0, 0.0, 2.5, 1e100]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)
print(float('inf'), float('-inf'), float('nan'), -float('inf'))
print(-7.5 % 2, 7.5 // -2, 7 % -2.5, divmod(-7.5, 2), divmod(7, -2.5), 5.0 // 0.3, -0.0 % 5)
print(0.1 + 0.2, 1.1 * 3, 1e308 * 10, -1e308 * 10, 2.0 ** 0.5, (-2.0) ** 3, 2 ** 0.5, 10 ** -1.0)
print(1e300 * 1e10 == float('inf'), float('nan') == float('nan'), float('nan') != float('nan'))
print(2 ** 53 + 1 > float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53), float(2 ** 53) == 2 ** 53)
print(10 ** 400 > 1e308, 10 ** 400 < float('inf'), -10 ** 400 < -1e308, 1e20 == 10 ** 20, 0.5 < 1, 1.5 > 1)
print(float(10 ** 20) / 3, 1e-320 / 1e10, 1e-320, 1.0 / 3.0 * 3.0)
for expr in ['1.0 / 0', '1.0 // 0', '1.0 % 0', 'divmod(1.0, 0)', '0.0 ** -1', '2.0 ** 10000', '2 ** 10000 * 1.0',
             'float(10 ** 400)', 'float("x")', 'float("1.5e")', 'float("")', 'float([])', 'float(b"x")',
             'int(float("inf"))', 'int(float("nan"))', 'float("0x10")', 'round(float("inf"))']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
print(float(' 1e5 '), float('1_0.5'), float('-iNfinity'), float('nan'), float('.5'), float('5.'), float(b'2.5'))
print(float(3), float(True), float(2 ** 100), float('1e500'), float('-1e-500'))
class F:
    def __float__(self):
        return 2.5
class Idx:
    def __index__(self):
        return 3
print(float(F()), float(Idx()))
print(hash(0.5), hash(-1.0), hash(1.5), hash(1e300), hash(-2.5e-10), hash(float('inf')), hash(float('-inf')), hash(2.0))
print(abs(-2.5), -(2.5), +(2.5), abs(-0.0))
print(3.7 // 1, -3.7 // 1, 3.7 % 1 < 0.71, int(3.7), int(-3.7))
print(sum([0.1] * 10), 0.1 * 3 == 0.3)
class MyFloat(float):
    pass
mf = MyFloat(2.5)
print(mf, type(mf).__name__, mf * 2, type(mf * 2).__name__)
