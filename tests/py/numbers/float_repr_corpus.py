# repr/str/format of floats against CPython's shortest round-trip digits:
# random bit patterns (subnormals included), random values in the common
# range, powers of 2 and 10, neighbours of the switch points of repr's
# exponent form (1e16, 1e-4), halfway-looking decimals, signed zeros,
# infinities and nan.  Prints every repr so a single wrong digit shows.
import hashlib
import struct

state = 0x9E3779B97F4A7C15


def rand64():
    global state
    state ^= (state << 13) & 0xFFFFFFFFFFFFFFFF
    state ^= state >> 7
    state ^= (state << 17) & 0xFFFFFFFFFFFFFFFF
    return state


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def nextup(x):
    return from_bits(bits(x) + 1) if x >= 0 else from_bits(bits(x) - 1)


def nextdown(x):
    return from_bits(bits(x) - 1) if x > 0 else from_bits(bits(x) + 1)


vals = []
for i in range(1500):                       # any bit pattern: every exponent
    x = from_bits(rand64())
    if x == x:
        vals.append(x)
for i in range(1500):                       # subnormals
    vals.append(from_bits(rand64() & 0x000FFFFFFFFFFFFF))
for i in range(2500):                       # the common range, 1e-5 .. 1e38
    r = rand64()
    x = (r >> 11) / 2.0 ** 53 * 10.0 ** (r % 44 - 5)
    vals.append(x)
    vals.append(round(x, r % 7))
for i in range(1500):                       # short decimals and their neighbours
    r = rand64()
    x = (r % 100000) / 10.0 ** (r % 9)
    vals += [x, nextup(x), nextdown(x), x * 0.37]
for e in range(-1074, 1024):                # powers of two and their neighbours
    x = 2.0 ** e
    vals += [x, nextup(x), nextdown(x)]
for e in range(-323, 309):                  # powers of ten and their neighbours
    x = float("1e%d" % e)
    vals += [x, nextup(x), nextdown(x)]
for x in (1e16, 1e-4, 1e-5, 9999999999999998.0, 0.0001, 0.00009999999999999999,
          2.0 ** 53, 2.0 ** 54, 2.0 ** 63, 2.0 ** 64, 5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, 0.1, 0.2, 0.3, 1 / 3, 2 / 3,
          123456789012345678.0, 0.5, 1.5, 2.5, 1e23, 8.41e21, 5.0e-324 * 3, 9007199254740993.0):
    vals += [x, nextup(x), nextdown(x)]
vals += [-x for x in vals[::5]]

# every repr goes into a digest per group of 1000; one in 16 is printed
print(len(vals))
for g in range(0, len(vals), 1000):
    group = [repr(x) for x in vals[g:g + 1000]]
    print(g, hashlib.md5(" ".join(group).encode()).hexdigest(), " ".join(group[::16]))

# the other spellings of repr
sample = vals[::97]
print(all(str(x) == repr(x) == f"{x}" == "%r" % x == format(x, "") == "{}".format(x)
          for x in sample))
print(" ".join(format(x, "<30") for x in sample[:40]))
print(" ".join(format(x, "+") for x in sample[:40]))
print(" ".join(format(x, ",") for x in sample[:40]))
print(" ".join("%s" % x for x in sample[:40]))
print(repr(0.0), repr(-0.0), repr(float("inf")), repr(float("-inf")), repr(float("nan")),
      str(-0.0), format(-0.0, ""), format(float("nan"), ">6"), "%r" % -0.0)
print([1.5, -2.25e-300, 1e16, 1e15], (0.1,), {0.5: 1e-05})
print(complex(0.1, 1e16), complex(-1e-5, 2.0 ** 70))
