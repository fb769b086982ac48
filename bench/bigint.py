# Arbitrary-precision integer arithmetic: products, powers, division, str().
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

check = 0
for k in range(40):
    f = factorial(1400 + k)
    digits = str(f)
    p = pow(3, 20000 + k)
    q, r = divmod(p, 10 ** 500 + 7)
    a, b = 0, 1
    for _ in range(8000):
        a, b = b, a + b
    m = pow(7, 10 ** 6 + k, 10 ** 40 + 3)
    check += len(digits) + q % 1000003 + r % 999983 + len(str(a)) + m % 1000 + ((f >> 1000) & 0xffff)
print(check)
