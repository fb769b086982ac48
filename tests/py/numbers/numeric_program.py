# A larger numeric program: exact big-integer algorithms and float statistics.
import math


def fib_pair(n):
    """(F(n), F(n+1)) by fast doubling."""
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return c, d
    return d, c + d


def fib(n):
    return fib_pair(n)[0]


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    p = 2
    while p * p <= limit:
        if flags[p]:
            for m in range(p * p, limit + 1, p):
                flags[m] = False
        p += 1
    return [i for i, f in enumerate(flags) if f]


def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def pi_digits(ndigits):
    """pi * 10**ndigits (truncated) by Machin's formula in fixed point."""
    scale = 10 ** (ndigits + 10)

    def arctan_inv(x):
        total = term = scale // x
        x2 = x * x
        k = 1
        sign = -1
        while term:
            term //= x2
            total += sign * (term // (2 * k + 1))
            sign = -sign
            k += 1
        return total

    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return pi // 10 ** 10


def to_base(n, base):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + ''.join(reversed(out))


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def mean(xs):
    return math.fsum(xs) / len(xs)


def variance(xs):
    m = mean(xs)
    return math.fsum((x - m) ** 2 for x in xs) / (len(xs) - 1)


def frac_add(a, b):
    n = a[0] * b[1] + b[0] * a[1]
    d = a[1] * b[1]
    g = math.gcd(n, d)
    return n // g, d // g


# --- factorials and binomials ---
f100 = math.factorial(100)
print('100! has', len(str(f100)), 'digits; trailing zeros:', len(str(f100)) - len(str(f100).rstrip('0')))
print('digit sum of 100!:', sum(int(c) for c in str(f100)))
print('C(200, 100) =', math.comb(200, 100))
print('C(200,100) via factorials equal:', math.factorial(200) // (math.factorial(100) ** 2) == math.comb(200, 100))

# --- fibonacci ---
print('F(100) =', fib(100))
print('F(1000) mod 10**20 =', fib(1000) % 10 ** 20)
print('fast == slow for 500:', fib(500) == fib_iter(500))
f10000 = fib(10000)
print('F(10000) digits:', len(str(f10000)), 'head:', str(f10000)[:20], 'tail:', f10000 % 10 ** 10)
print('gcd(F(120), F(90)) == F(30):', math.gcd(fib(120), fib(90)) == fib(30))

# --- primes ---
primes = sieve(10000)
print('primes below 10000:', len(primes), 'last five:', primes[-5:])
print('sum of primes below 10000:', sum(primes))
mersenne = [p for p in primes[:30] if is_probable_prime(2 ** p - 1)]
print('Mersenne exponents:', mersenne)
print('2**127-1 prime:', is_probable_prime(2 ** 127 - 1), ' 2**128+1 prime:', is_probable_prime(2 ** 128 + 1))
big = 10 ** 30
while not is_probable_prime(big):
    big += 1
print('first prime above 10**30:', big)

# --- pi ---
print('pi to 60 digits:', pi_digits(60))
print('matches float pi:', str(pi_digits(15))[:16] == str(math.pi).replace('.', '')[:16])

# --- bases and bits ---
n = 3 ** 100
print(to_base(n, 2)[:40], to_base(n, 16) == hex(n)[2:], to_base(-n, 36))
print('popcount 3**100:', bin(n).count('1'), n.bit_count(), n.bit_length())
print('collatz max below 3000:', max((collatz_len(i), i) for i in range(1, 3000)))

# --- exact rationals: harmonic numbers ---
h = (0, 1)
for k in range(1, 31):
    h = frac_add(h, (1, k))
print('H(30) =', h[0], '/', h[1], '~', h[0] / h[1])

# --- float statistics ---
data = [((i * 7919) % 1000) / 10.0 for i in range(1, 501)]
print('n =', len(data), 'min =', min(data), 'max =', max(data))
print('mean = %.6f' % mean(data))
print('variance = %.6f stdev = %.6f' % (variance(data), math.sqrt(variance(data))))
srt = sorted(data)
print('median =', (srt[249] + srt[250]) / 2)
print('fsum vs sum:', math.fsum([0.1] * 1000), sum([0.1] * 1000))
print('rounded:', [round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 2.675)])
print('sqrt(2) continued fraction convergent:', end=' ')
p0, q0, p1, q1 = 1, 0, 1, 1
for _ in range(20):
    p0, q0, p1, q1 = p1, q1, 2 * p1 + p0, 2 * q1 + q0
print(p1, '/', q1, '=', p1 / q1, 'error', abs(p1 / q1 - math.sqrt(2)) < 1e-15)
print('compound interest: %.2f' % (1000 * (1 + 0.05 / 12) ** (12 * 30)))
print('e by series:', math.fsum(1 / math.factorial(k) for k in range(20)), math.e)
