# 'e' and 'g' formats of floats (correctly rounded digits, ties to even on
# the exact binary value) against CPython, over random doubles of every
# range, exact halfway cases and the carries of 9.99.. -> 10.0.
import hashlib
import struct

state = 0x2545F4914F6CDD1D


def rand64():
    global state
    state ^= (state << 13) & 0xFFFFFFFFFFFFFFFF
    state ^= state >> 7
    state ^= (state << 17) & 0xFFFFFFFFFFFFFFFF
    return state


vals = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1e22, 1e23, 9.5, 99.5, 0.05, 0.25, 1e-5,
        999.9999999, 9.999999999999999e22, 5e-324, 1.7976931348623157e308, 123456789.0,
        0.1, 0.3, 2.0 ** 70, 2.0 ** -30, 7.0, 1234.5, 12345.0, 0.00015, 6.5e-05]
for i in range(800):
    r = rand64()
    vals.append((r >> 11) / 2.0 ** 53 * 10.0 ** (r % 50 - 12))
    vals.append((r % 100000) / 2.0 ** (r % 12) * 10.0 ** (r % 9 - 4))  # many exact ties
    vals.append(struct.unpack("<d", struct.pack("<Q", rand64() & 0x7FEFFFFFFFFFFFFF))[0])
vals += [-x for x in vals[::3]]

specs = ["e", ".0e", ".1e", ".2e", ".3e", ".5e", ".10e", ".15e", ".16e", ".17e", "#.0e", "E",
         "g", ".1g", ".2g", ".3g", ".6g", ".12g", ".15g", ".16g", ".17g", "#.3g", "G", "+.4e",
         "12.3e", "<14.2g", ",.3e"]
for spec in specs:
    out = [format(x, spec) for x in vals]
    print(spec, hashlib.md5("|".join(out).encode()).hexdigest(), " ".join(out[::67]))
print("%.3e %e %.0e %g %.10g %G %#g" % (0.0005, 2.5, 2.5, 1e-5, 1 / 3, 1e20, 2.0))
print("{:.2e} {:.3g} {:e}".format(12345, 999, 2 ** 60), f"{3.5:.0e} {0.15:.1e} {0.25:.1e}")
