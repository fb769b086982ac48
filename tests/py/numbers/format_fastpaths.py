# Integer format specs (the compact-int path and big ints), str() of big
# ints, spec parsing errors, and repr() of floats (shortest round trip).
specs = ['', 'd', '>8d', '<8', '^9', '=+10', '010', '#x', '#X', '#o', '#b', 'x', '_x', '_b',
         ',', '_', '+,', '08,d', '-', '  ', '*^12,', '#010x', 'c', 'n', '+#06o', ' 5', 'z']
vals = [0, 1, -1, 7, 255, -255, 10**9, -(10**9), 2**30 - 1, 2**30, -(2**30), 2**31, 2**62,
        -(2**63), 10**20 + 7, -(10**25), 123456789, 65, 0x10FFFF]
for v in vals:
    row = []
    for sp in specs:
        try:
            row.append(format(v, sp))
        except Exception as e:
            row.append(f"{type(e).__name__}: {e}")
    print(v, row)
for k in range(0, 60, 3):
    print(10**k + k, -(7**k), f"{7**k:>30}", f"{-(3**k):_}")
for sp in ['ab', '.3d', '=>5', 'é>5d', 'é^7', '__', '_,', ',,', '.', '10.', '1e', 'x5', ' ']:
    for v in (5, 5.5, "s"):
        try:
            print(repr(sp), format(v, sp))
        except Exception as e:
            print(repr(sp), f"{type(e).__name__}: {e}")
# floats: shortest repr, ties at the rounding digit, carries, extremes
fs = [5e-324, 1.7976931348623157e308, 0.1, 0.3, 2.5, 9.5, 99.5, 999999999999999.9, 1e16,
      1e22, 1e23, 123456789012345678.0, 0.000123, 1e-7, 2.2250738585072014e-308, 4.35, 0.15,
      9.995, 1 / 3, 2 / 3, 0.5, 1.5e-5, 9007199254740993.0, 0.1 + 0.2]
fs += [i * 0.37 for i in range(300)] + [1.1 ** i for i in range(0, 700, 7)]
fs += [i / 7 * 10.0 ** e for i in range(1, 20) for e in (-300, -20, -5, 0, 5, 15, 17, 25, 300)]
print([repr(x) for x in fs])
print([f"{-x!r}|{x:}|{x:r}" if False else f"{-x!r}|{x}" for x in fs[:40]])
