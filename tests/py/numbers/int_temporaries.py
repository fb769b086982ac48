# Compact-int arithmetic on temporaries (a result may reuse an operand the
# stack alone holds): values at the edges of the small-int cache and of one
# 30-bit digit, signs, every specialized operator, sizes and refcounts.
import sys

EDGES = [0, 1, -1, 255, 256, 257, -5, -6, -7, 1000, -1000,
         2**29, 2**30 - 1, -(2**30 - 1), 2**30 - 2, 12345678]


def chains(xs):
    out = []
    for i in range(len(xs)):
        for j in range(len(xs)):
            a, b = xs[i], xs[j]
            r1 = (a + b) * (a - b + 1) - (a * 3 + 7)
            r2 = ((a + 1000) - (b - 1000)) + (a + 1)
            r3 = (a + b + 1) % ((b | 1) + 0) if (b | 1) else 0
            r4 = (a * 2 + 1) // ((b & 255) + 1)
            r5 = ((a + 300) & 0xFFFFF) | ((b - 300) ^ 77)
            r6 = ((a + 999) << 2) >> 1
            out.append((r1, r2, r3, r4, r5, r6))
    return out


def sizes(xs):
    return [sys.getsizeof((x + 1000) * 2 - 2000) for x in xs]


def refcounts():
    n = 5000
    t = 0
    for i in range(300):
        t = (t + i * 7 + n) % 1000003
    v = (n + 12345) * 3
    return t, sys.getrefcount(v), sys.getrefcount(n)


def aliasing():
    # a temporary reused must never change a value someone else holds
    keep = []
    x = 5000
    for i in range(200):
        y = x + i          # x is held by a local: a new int
        z = (y + 1) + 1    # the temporary y + 1 may be reused
        keep.append((x, y, z))
    return keep[0], keep[-1], x


res = chains(EDGES)
print(len(res))
for row in res[::7]:
    print(row)
print(sum(sum(r) for r in res))
print(sizes(EDGES))
print(refcounts())
print(aliasing())
