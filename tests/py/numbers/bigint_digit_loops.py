# Big-int digit loops (intobject.c): results allocated without zeroing
# (every digit written), one-digit multipliers, row-paired schoolbook
# products, carries and borrows that stop early, floor division of one sign
# without a remainder.  Checked against CPython with digests of the results.

def lcg(seed):
    x = seed
    while True:
        x = (x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        yield x

g = lcg(12345)

def rnd(bits):
    v = 0
    for _ in range(0, bits, 64):
        v = (v << 64) | next(g)
    return v >> (-bits % 64) if bits % 64 else v

def digest(values):
    h = 0
    for v in values:
        h = (h * 1000003 + v) % (2 ** 61 - 1)
    return h

M = 2 ** 30
edge = [0, 1, -1, M - 1, M, M + 1, -M, 2 ** 60 - 1, 2 ** 60, -(2 ** 60), 2 ** 90 - 1,
        M ** 5 - 1, -(M ** 5 - 1), M ** 7, 10 ** 50, -(10 ** 50), 3 ** 200, -(7 ** 150)]
rand = [rnd(b) * (-1) ** i for i, b in enumerate([31, 61, 62, 95, 120, 200, 333, 900, 2100, 2101, 4500, 64])]
nums = edge + rand

prods, sums, diffs, negs = [], [], [], []
for a in nums:
    negs.append(-a)
    for b in nums:
        prods.append(a * b)
        sums.append(a + b)
        diffs.append(a - b)
print("mul", digest(prods), len(prods))
print("add", digest(sums), "sub", digest(diffs), "neg", digest(negs))

quots, mods, dms = [], [], []
for a in nums:
    for b in nums:
        if b:
            quots.append(a // b)
            mods.append(a % b)
            q, r = divmod(a, b)
            dms.append(q * 3 + r)
print("floordiv", digest(quots), "mod", digest(mods), "divmod", digest(dms))

# one-digit multipliers on both sides, odd and even digit counts (row pairs)
for n in range(1, 9):
    x = M ** n - 1
    print(n, (x * 7) % 1000000007, (7 * x) % 1000000007, (x * (M - 1)) % 999999937,
          (x * x) % 998244353, (x * (x + 1)) % 1000000009, (x * -(M - 1)) % 1000000007)
# Karatsuba sizes and lopsided products
a, b = rnd(30 * 150) | 1, rnd(30 * 71) | 1
print((a * b) % (2 ** 89 - 1), (a * a) % (2 ** 89 - 1), (b * (a - 1)) % (2 ** 127 - 1))
c = rnd(30 * 400)
print((c * b) % (2 ** 89 - 1), ((c * b) // b == c), ((c * b + 5) % b))

# carries that run off the end, borrows that run to the top, cancellation
print(M ** 9 - 1 + 1 == M ** 9, (M ** 9) - 1 == M ** 9 - 1, M ** 9 - (M ** 9 - 1),
      (M ** 9 + 5) - M ** 9, (M ** 9 + 5) - (M ** 9 + 5), (2 ** 300 + 2 ** 10) - 2 ** 300)
print(-(M ** 4) + M ** 4, -(M ** 4) - (M ** 4 - 1), (M ** 6 - 1) + (M ** 2 - 1) - M ** 6)
print(type(M ** 4 - M ** 4 + 3), 0 * (M ** 5), (M ** 5) * 0, (M ** 5 + 1) * 1 - M ** 5)

# floor division of one sign and of mixed signs, exact and inexact
big, d = 10 ** 60 + 12345, 10 ** 25 + 7
for x, y in [(big, d), (-big, -d), (-big, d), (big, -d), (big - big % d, d), (-(big - big % d), d),
             (d, big), (-d, big), (d, -big), (-d, -big), (big, 3), (-big, 3), (big, -(M - 1))]:
    print(x // y, x % y, divmod(x, y) == (x // y, x % y))

class B(int):
    pass

print(B(10 ** 40) // B(10 ** 20 + 1), type(B(10 ** 40) // 7).__name__, B(3) * B(10 ** 30))
print(pow(3, 500, 10 ** 40 + 7), pow(-(10 ** 30), 3, 10 ** 20 + 1))
