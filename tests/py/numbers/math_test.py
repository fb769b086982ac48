import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.exp(1), math.exp(-1000), math.log(10), math.log(8, 2), math.log2(8),
      math.log10(1000), math.log1p(1e-10), math.expm1(1e-10))
print(math.log(10 ** 1000), math.log(2 ** 2000, 2), math.log10(10 ** 500), math.log2(2 ** 3000))
print(math.sin(0), math.cos(0), math.tan(0), math.asin(1), math.acos(0), math.atan(1), math.atan2(1, 1))
print(math.sinh(1), math.cosh(1), math.tanh(1))
print(math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]))
print(math.degrees(math.pi), math.radians(180))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(2.7), math.trunc(-2.7))
print(math.floor(1e300) == int(1e300), math.ceil(2 ** 100), math.floor(5), type(math.floor(2.5)).__name__)
class Fl:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
print(math.floor(Fl()), math.ceil(Fl()))
print(math.fabs(-3), math.fmod(-7, 3), math.fmod(7, -3), math.modf(-2.5), math.modf(3.0), math.frexp(8.0),
      math.frexp(0.0), math.ldexp(1, 10), math.ldexp(0.5, -1070), math.copysign(1, -0.0), math.copysign(3, -1))
print(math.isnan(float('nan')), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.inf))
print(math.isclose(1.0, 1.0000000001), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2),
      math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.factorial(0), math.factorial(20), math.factorial(50))
print(len(str(math.factorial(1000))), math.factorial(1000) % 10 ** 20, sum(map(int, str(math.factorial(500)))))
print(math.gcd(), math.gcd(12, -18), math.gcd(2 ** 100, 6 ** 50), math.gcd(0, 0), math.gcd(0, 5), math.gcd(12, 18, 27))
print(math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2 ** 40, 3 ** 20))
print(math.comb(10, 3), math.comb(5, 7), math.comb(100, 50), math.perm(5), math.perm(5, 2), math.perm(5, 7),
      math.perm(20, 10))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1), math.isqrt(2 ** 200 - 1))
print(math.prod([1, 2, 3]), math.prod([1, 2, 3], start=2), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 30)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
      math.fsum([]), math.fsum([1, 2, 3]), math.fsum([math.inf, 1]))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(0, 0), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.gamma(5), math.lgamma(1), math.erf(0), math.erfc(0), math.exp2(10), math.cbrt(27))
tests = ['math.sqrt(-1)', 'math.log(0)', 'math.log(-1)', 'math.log(1, 1)', 'math.exp(1000)', 'math.factorial(-1)',
         'math.factorial(1.5)', 'math.gcd(1.5)', 'math.comb(-1, 2)', 'math.comb(3, -1)', 'math.isqrt(-1)',
         'math.pow(0, -1)', 'math.pow(-8, 1/3)', 'math.ldexp(1, 1025)', 'math.sqrt(2 ** 2000)', 'math.acos(2)',
         'math.fmod(1, 0)', 'math.fsum([math.inf, -math.inf])', 'math.trunc("x")', 'math.sqrt("x")',
         'math.dist((1, 2), (1, 2, 3))', 'math.isclose(1, 2, rel_tol=-1)', 'math.fsum([1e308, 1e308])',
         'math.gamma(0)', 'math.cosh(1000)', 'math.log(0.0)', 'math.atanh(1)']
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
