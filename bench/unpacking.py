# Tuple packing and unpacking, swaps, star-unpacking, multiple return values.
def divmod3(n):
    return n // 3, n % 3, n

total = 0
a, b = 1, 2
for i in range(300000):
    q, r, n = divmod3(i)
    a, b = b, a
    first, *rest = (q, r, n, a)
    x, (y, z) = i, (r, q)
    total += q + r + first + len(rest) + y + z + b
for t in [(i, i + 1, i + 2) for i in range(100000)]:
    p, q, r = t
    total += p - q + r
print(total)
