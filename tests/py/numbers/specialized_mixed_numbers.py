# Numeric sites that see ints and floats in turn (raytrace's Vector(0, 0, 0)
# and Vector(0.5, ...) through the same x * y): the specialized float forms
# take any mix of exact floats and compact ints without deoptimizing, and
# must give exactly CPython's results, types and errors.
def ops(a, b):
    return (a + b, a - b, a * b, a / b)


def iops(a, b):
    a += b
    c = a
    c *= b
    c -= a
    return a, c


vals = [0.5, 3, -2, 1.25, 2**29, -(2**29), 2**30, 2**31 + 0.5, 7, -0.0, 1e308, 2**62, 10**20]
for i in range(3):
    out = []
    for a in vals:
        for b in vals:
            try:
                out.append(ops(a, b))
            except ZeroDivisionError as e:
                out.append(str(e))
            out.append(iops(a, b))
print(len(out))
for x in out[::7]:
    print(x)
for a, b in [(1, 0), (1.5, 0), (2, 0.0), (0, -0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)


def cmp(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


def count_down(x, stop):
    n = 0
    while x > stop:
        x -= 1
        n += 1
    return n, x


nan = float('nan')
inf = float('inf')
cvals = [1, 1.0, 2, 1.5, -3, -3.0, nan, inf, -inf, 0, -0.0, 2**53, 2.0**53, 2**53 + 1, 2**100, 0.1]
res = []
for i in range(3):
    res = [cmp(a, b) for a in cvals for b in cvals]
print(sum(sum(t) for t in res), res[::5])
print(count_down(10.5, 0), count_down(10, 0.5), count_down(3, 1), count_down(2.5, -5))
print([type(ops(2, 4)[k]).__name__ for k in range(4)], [type(ops(2, 4.0)[k]).__name__ for k in range(4)])
print(True * 1.5, 1.5 - False, 3 / True)
