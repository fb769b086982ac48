# str/repr of ints around the machine-word boundaries pym's fast paths use
# (one 30-bit digit, two digits = 60 bits, 64 bits) and of big ints, in
# every spelling that reaches int's repr.
vals = [0, 1, -1, 9, 10, 99, 100, 255, 256, 257, -5, -6, 1000, 12345, 99999, 100000]
for b in (29, 30, 31, 32, 59, 60, 61, 63, 64, 65, 90, 128, 200, 1000):
    for d in (-1, 0, 1):
        vals += [2 ** b + d, -(2 ** b + d)]
for e in range(1, 40):
    vals += [10 ** e - 1, 10 ** e, 10 ** e + 1, -(10 ** e)]
seed = 7
for i in range(3000):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    vals.append((seed >> (seed % 64)) * (-1) ** i)
    vals.append(i * 7919 ** 3)
out = [str(v) for v in vals]
print(len(out), sum(map(len, out)))
for i in range(0, len(out), 12):
    print(" ".join(out[i:i + 12]))
print(all(str(v) == repr(v) == f"{v}" == "%d" % v == format(v, "") == "{}".format(v) == "%s" % v
          for v in vals))
print(str(True), repr(False), str(7 ** 500)[:50], len(str(7 ** 500)))


class I(int):
    pass


print(str(I(2 ** 40)), repr(I(-3)), f"{I(2 ** 70)}", [I(5), -2 ** 61])
