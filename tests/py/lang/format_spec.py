vals = [0, 1, -1, 42, -42, 255, 1234567, 10**20, -(10**20)]
specs = ["", "d", "5d", "<5d", "^7d", "=+8d", "+d", " d", "-d", "05d", "08,d", ",", "_", "_x", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010b", "c", "n", "e", ".2e", "f", ".1f", "%", "g", "G", ".3g", "*^+12,d", "010_d", "#_o", "E", ".0f", ".0e", ".0%"]
for v in vals:
    out = []
    for sp in specs:
        if sp == "c" and (v < 0 or v > 0x10ffff): continue
        try:
            out.append(format(v, sp))
        except (ValueError, OverflowError) as e:
            out.append("ERR:" + str(e))
    print(v, "|".join(out))
fvals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e-5, 1e-4, 123456.789, 1e16, 1.5e300, 2.5, 0.125, 1e100, float("inf"), float("-inf"), float("nan"), 0.1, 100.0, 1234567.0, 9.999999, 0.5, 1.5]
fspecs = ["", "f", ".2f", "10.3f", "<10.2f", "^10.1f", "+.3f", " f", "e", ".3e", "E", "g", ".3g", ".10g", "G", "#g", "#.3g", "%", ".1%", ",.2f", "_.3f", "015.3f", "=+12.2f", ".0f", "#.0f", "#.0e", "n", ".2", "10", "r" if False else "<", "010", ".15g", ".17g", ".1g", "#"]
for v in fvals:
    out = []
    for sp in fspecs:
        try:
            out.append(format(v, sp))
        except ValueError as e:
            out.append("ERR:" + str(e))
    print(repr(v), "|".join(out))
for sp in ["", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.2", "=10" if False else "-<4"]:
    print(repr(format("hello", sp)))
for v, sp in [(True, ""), (True, "d"), (False, ">5"), (None, ""), ([1], ""), (1.5, "x"), ("s", "d"), (5, "s"), (5, ".2d"), (5, ",x"), ("x", "=5"), (5, "z"), (1.0, "c"), ("abc", "+")]:
    try:
        print(repr(format(v, sp)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(f"{12345.6789:,.2f} {0.000123:.2e} {42:#06x} {'x':>{3}} {3.0:g} {1e-10:g} {1e20:g} {123456789:g}")
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.25, 1), round(12345, -2), round(15, -1), round(25, -1), round(0.5), round(-0.5), round(1e20, 2))
print(round(3.14159, 3), round(1.0), type(round(1.5)), type(round(1.5, 0)), round(-1.5, 0), round(5, 2))
class P:
    def __init__(self): self.x = 3; self.l = [1, 2]
    def __repr__(self): return "P()"
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{0:{1}}".format("a", 5) + "|", "{!r:>10}".format("s"), "{0.x} {0.l[1]}".format(P()))
print("{0}{1}{0}".format("a", "b"), "{:,}".format(10**10), "{:_b}".format(255), "{:%}".format(0.5), "{:.0%}".format(0.255))
print("{a[k]}".format(a={"k": "v"}), "{0[0]}".format("xy"), "{}".format(P()), "{:>6}".format(P()) if False else "", f"{P()!s:>5}")
try: format(P(), ">6")
except TypeError as e: print(e)
try: "{:d}".format("s")
except ValueError as e: print(e)
try: "{:s}".format(1)
except ValueError as e: print(e)
try: "{".format(1)
except ValueError as e: print(e)
try: "}".format(1)
except ValueError as e: print(e)
try: "{0:{1}{2}}".format(1, ">", 5) and "{:{:{}}}".format(1, 2, 3)
except ValueError as e: print(e)
try: "{1}".format(1)
except IndexError as e: print(e)
try: "{a}".format(b=1)
except KeyError as e: print(repr(e))
print("{:=^20}".format(" title "), "{:<5}|{:>5}".format(True, None) if False else "{:<5}|".format("ab"), "{:5}|".format(True), "{:5}|".format(1.5))
print("%5.1f%%" % 99.44, "%-8s|" % "left", "%08.3e" % 12345.6789, "%+5d" % -3, "%#x" % 0, "%c" % 10004, "%.0f" % 0.5, "%.0f" % 1.5, "%s" % True, "%d" % True, "%.2f" % True)
print("%(x)s %(x)r" % {"x": "v"}, "%%", "%5%" if False else "", "%s %s" % ("a", ("b",)), "%s" % "%s")
try: "%(x)s %s" % {"x": 1}
except TypeError as e: print(e)
try: "%z" % 1
except ValueError as e: print(e)
try: "%d" % None
except TypeError as e: print(e)
try: "%s %s" % "ab"
except TypeError as e: print(e)
print("%s" % {"a": 1}, "%r" % "q", "%a" % "é", "%5.2s|" % "abc", "%x" % -255, "%o" % -8, "%e" % 0, "%g" % 1e-5, "%G" % 1e20, "%.3g" % 3.14159)
print("%i|%u" % (5, 6), "%10.4f|" % 3.14159, "%-10d|" % 42, "% 5d|" % 42, "%05d|" % -42, "%.5d" % 42, "%+.2e" % -0.0)
print(f"{'abc':.2}", f"{123:>+8}", f"{-0.0}", f"{1e100:.3}", f"{2**70:,}", f"{0.1:.30f}", f"{1/3:.20g}", f"{255:08b}", f"{-255:x}", f"{65:c}")
print(f"{3.0:n}", f"{1234.5:n}", f"{1e6:n}", f"{1000000:n}", f"{'s':3}|", f"{5:3}|", f"{None!s:>5}", f"{[1, 2]!r:<10}|")
print(f"{1.5:e}", f"{0:e}", f"{1e-300:e}", f"{12:.3e}", f"{float('nan'):>6}", f"{float('inf'):+}", f"{-float('inf'):08}", f"{float('nan'):08.2f}")
print(format(12345.678, ",.1f"), format(-1234567, ","), format(1234, "_"), format(0.000012345, ".3"), format(123456789.0, ".3"), format(1.0, ".0"), format(10.0, ""), format(1e16, ""))
print(format(True, "^7"), format(3, "^7.2f"), format(7, "=+5"), format(-7, "=5"), format(7, "x<+5"), format(1e-4, ".2g"), format(15, "#o"))
width = 12
for name, qty, price in [("apple", 3, 0.5), ("watermelon", 1, 3.25), ("kiwi", 12, 0.15)]:
    print(f"{name:<{width}}{qty:>4} x {price:>6.2f} = {qty * price:>8.2f}")
print(f"{'TOTAL':<{width}}{'':>4}   {'':>6}   {sum(q * p for _, q, p in [('a', 3, 0.5), ('w', 1, 3.25), ('k', 12, 0.15)]):>8.2f}")
print("{:>{}}".format("r", 4), "{:{}{}}".format("c", "^", 5), "{0!r:^{1}}".format("x", 7))
