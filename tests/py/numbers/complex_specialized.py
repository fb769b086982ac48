# BINARY_OP_COMPLEX: + - * / of an exact complex with an exact complex,
# float or compact int, specialized after warm-up; the result may go into a
# temporary operand (z * z + c).  Results, signed zeros, nan/inf, types,
# errors and the operands' own values must be CPython's, also when the same
# site then meets ints too large for the fast path, bools, subclasses and
# non-numbers.
import sys
inf, nan = float('inf'), float('nan')


class C(complex):
    pass


class F(float):
    pass


def ops(a, b):
    return (a + b, a - b, a * b)


def div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return 'ZeroDivisionError: %s' % e


def chain(z, c):
    return z * z + c, (z - c) * (c + z) - z, z / c * c


def inplace(z, c):
    z += c
    z *= c
    z -= 1
    z /= c
    return z


zs = [1 + 2j, -0j, complex(0.0, -0.0), complex(-0.0, -0.0), -3.5 + 0.25j,
      complex(inf, 0), complex(0, inf), complex(nan, 1), complex(-inf, -inf),
      1e308 + 1e308j, 1e-320j]
others = [2, -1, 0, -0.0, 0.0, 1.5, 2**30 - 1, -(2**30) + 1, inf, nan, 1e308]
for rnd in range(3):
    out = []
    for z in zs:
        for w in zs + others:
            out.append(ops(z, w))
            out.append(ops(w, z))
            out.append(div(z, w))
            out.append(div(w, z))
    print(len(out))
    for x in out[rnd::5]:
        print(x)

# the same sites, then operands the fast path refuses
for w in [True, False, 2**40, 10**30, C(1, 1), F(2.5), 'x', None, [1]]:
    for f in (ops, div):
        try:
            r = f(1 + 1j, w)
            print(type(w).__name__, r, [type(v).__name__ for v in (r if isinstance(r, tuple) else (r,))])
        except TypeError as e:
            print('TypeError', e)
        except OverflowError as e:
            print('OverflowError', e)
for w in [C(1, 1), F(2.5), 2**40]:
    print(ops(w, 2j), div(w, 2j))

# temporaries: results are right, named operands keep their values
for i in range(40):
    z = complex(i, -i) / 7
    c = 0.25 - 0.5j
    r = chain(z, c)
    if i % 13 == 0:
        print(z, c, r)
    s = inplace(z, c)
    if i % 13 == 0:
        print(z, c, s)
z0 = 0.5 + 0.5j
acc = z0
for i in range(100):
    acc = acc * acc + z0
    if abs(acc) >= 2.0:
        break
print(i, acc, z0)
a = 3 + 4j
n0 = sys.getrefcount(a)
b = a
for i in range(30):
    b = b * 1 + 0
    b = a * a - a
print(a, b, a is b, sys.getrefcount(a) - n0)
# exceptions at a warmed site
for d in [1j, 2, 0j, 0, 0.0, -0.0, 1]:
    print(div(1 + 1j, d), div(2.5, complex(d)) if d != 0 else div(0.5, d))
