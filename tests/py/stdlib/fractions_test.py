from fractions import Fraction as F
import fractions
import math
import numbers
import copy

print(F(3, 4), F(6, -8), F(0, 5), F(7), F(), repr(F(1, 3)), F(F(1, 2), F(3, 4)))
for s in ("3/4", " -12/16 ", "1.5", "-.25", "2e3", "1.25e-2", "1_000", "3E+2", "+7", "0.1", "  10  ", "1_2/3_4", "5."):
    print(repr(s), F(s))
for bad in ("1/0", "abc", "1 / 2", "", "1__0", "_1", "1/", "/2", "1.2/3", "e5", "--1", "0x10"):
    try:
        print(F(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
for bad in ((1, 0), (1.5, 2), ("1", 2), (None,), ([],)):
    try:
        F(*bad)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(F(0.5), F(0.1), F(2.5).limit_denominator(), F.from_float(0.1).limit_denominator(10), F.from_float(3))
print(F(math.pi).limit_denominator(1000), F("3.141592653589793").limit_denominator(100), F(1, 3).limit_denominator(2))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
try:
    F.from_float("x")
except TypeError as e:
    print("TypeError:", e)
for bad in (float("nan"), float("inf")):
    try:
        F(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

a, b = F(1, 3), F(5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), a ** 2, a ** -2, (-a) ** -3, b ** 0)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 4, 4 / a, 7 // a, 7 % a, divmod(7, b))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, a ** 0.5, 2 ** F(1, 2), 4 ** F(2), F(4) ** F(1, 2), 2 ** F(-1))
print(-a, +a, abs(F(-3, 7)), int(F(-7, 2)), int(F(7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(12345, 1), -2), round(F(3, 8), 1))
print(float(F(1, 3)), float(F(10**30, 3)), bool(F(0)), bool(a), F(3, 1).numerator, F(6, 4).denominator, F(6, 4).as_integer_ratio())
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(2) == 2, F(1, 2) != F(1, 3), a < b, a > b, a <= 0.34, a >= 0, F(1) == float("nan"), F(1) < float("inf"))
print(sorted([F(3, 4), 0.5, 1, F(1, 8)]), max(F(1, 3), F(1, 2)), min(F(-1), -2))
for x in (F(1, 2), F(1, 3), F(-5, 7), F(10**20, 3), F(7), F(-1), F(0)):
    print(x, hash(x) == hash(float(x)) if x.denominator in (1, 2) else hash(x))
print({F(1, 2): "half"}[0.5], {1: "one"}[F(1)], hash(F(1, 3)) == hash(F(2, 6)))
for bad in (lambda: F(1, 2) / 0, lambda: F(0) ** -1, lambda: F(1, 2) // 0, lambda: F(1, 2) % F(0), lambda: F(1, 2) + "x"):
    try:
        bad()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Number), isinstance(3, numbers.Integral),
      isinstance(1.5, numbers.Real), isinstance(1.5, numbers.Rational), issubclass(bool, numbers.Integral))
print(copy.copy(a) is a, copy.deepcopy(a) is a, a.__reduce__())


class MyF(F):
    pass


m = MyF(1, 2)
print(repr(m), type(m + 1).__name__, repr(copy.copy(m)), sum([F(1, 2), F(1, 3), F(1, 6)]), sum(F(1, n) for n in range(1, 6)))
print(F(1, 10) * 10 == 1, F("0.1") + F("0.2") == F("0.3"), F(22, 7) - F(355, 113))
