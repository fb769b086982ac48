# The layout of formatted numbers: fill, alignment, sign, '#' prefixes,
# zero padding, grouping (with zero-extension), ASCII and non-ASCII fills,
# short and very wide fields; ints and floats, f-strings, format(),
# str.format, against CPython.
ints = [0, 7, -7, 1234, -1234567, 2 ** 40, -(2 ** 70), 255]
floats = [0.0, -0.0, 1.5, -2.25, 1234567.891, -0.000123, 1e22, float("inf"), float("nan")]
ispecs = ["", "d", "5", "<8", ">8", "^9", "=+10", "010", "012,", "012_", "0=15,d", "+", " ", "-",
          "#x", "#010x", "#o", "#b", "_b", "_x", "#_X", "*^14,", "é>10", "€<12_", "😀=+14,", "08",
          ",", "_", "z>3" if False else ">3", "#012_o", "0300,", "x>300", ",d"]
fspecs = ["", ".2f", "10.3f", "<12.1f", "^14.2e", "=+16,.2f", "016,.2f", "016_.3f", ",.1f", "+.3e",
          " .4g", "#.0f", "#g", "%", ".1%", "010.2%", "é^16.3f", "😀<18,.2f", "0300.2f", "z.1f",
          "-12.3", "E", "12G", "0=+20,.5e"]
for x in ints:
    print(" | ".join(format(x, s) for s in ispecs))
for x in floats:
    print(" | ".join(format(x, s) for s in fspecs))
i, f = 42, 3.14159
print(f"{i:>10d} {f:8.3f} {i:#06x} {-i:+05d} {f:_>12.4e} {i:,} {f:.0%}")
print("{0:>6}|{1:<9.2f}|{2:^7}|{0:#b}".format(i, f, -i))
for bad in ("=s", "c", ",c", "_n", ".2d", "+c", "#c", "==5"):
    try:
        print(format(i, bad))
    except (ValueError, TypeError) as e:
        print(bad, "->", type(e).__name__, e)
