# str.format, format_map, f-strings and format specs for str
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="Bob"))
print("{0}{1}{0}".format("ab", "-"), "{{}} {{{0}}}".format(5), "{}".format([1, 2]), "{!r}".format("q"))
print("{0!s} {0!r} {0!a}".format("é"), "{:>5}|{:<5}|{:^5}".format("a", "b", "c"))
print("{:*^9}".format("mid"), "{:.2}".format("abcdef"), "{:8.3}|".format("abcdef"), "{:s}".format("s"))
print("{:{}}|".format("x", 4), "{:{w}.{p}}|".format("abcdef", w=6, p=2), "{0:{1}{2}}|".format("x", "^", 5))
class P:
    def __init__(self):
        self.x = 3
        self.items = [10, 20]
        self.d = {"k": "v"}
p = P()
print("{0.x} {0.items[1]} {0.d[k]} {p.x}".format(p, p=p), "{0[0]}{0[1]}".format("ab"), "{a[b]}".format(a={"b": 7}))
print("{}".format(1.5), "{:5d}|{:<5d}|{:05d}".format(42, 42, 42), "{:.3f} {:e} {:%}".format(3.14159, 12345.678, 0.25))
print("{:,}".format(1234567), "{:_x}".format(255255), "{:#b} {:#o} {:#x}".format(5, 8, 255), "{:+d} {: d}".format(3, 3))
print("{:x<4}".format(1), "{:>4}".format(True), "{}".format(None))
print("{0:>{1}}".format("r", 3), "{:{}{}}".format("q", ">", 3))
print("{k1}-{k2}".format_map({"k1": 1, "k2": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map(Default(a="A")))
show(lambda: "{}{}".format(1))
show(lambda: "{0}{}".format(1, 2))
show(lambda: "{}{0}".format(1, 2))
show(lambda: "{x}".format())
show(lambda: "{".format())
show(lambda: "}".format())
show(lambda: "{0".format(1))
show(lambda: "{!x}".format(1))
show(lambda: "{0!x}".format(1))
show(lambda: "{0!rr}".format(1))
show(lambda: "{0.foo}".format(1))
show(lambda: "{0[5]}".format([1]))
show(lambda: "{0.}".format(1))
show(lambda: "{0[a]x}".format({"a": 1}))
show(lambda: "{:{:{}}}".format(1, 2, 3))
show(lambda: "{}".format_map({}))
show(lambda: "{a}".format_map({}))
# format() and __format__ of str
print(format("abc"), format("abc", ""), format("abc", "5"), format("abc", ">5"), format("abc", "^7"), format("é", "*>3"))
print(format("abc", "010"), format("abc", "x<010"), format("abcdef", ".3"), format("abc", "<2"), format("ab", "s"))
for spec in ["d", "+", "=", "=5", ",", "_", ",s", "#", "z", ".", "abc", "5.", "<<<", "x", " ", "-"]:
    show(lambda: format("x", spec))
show(lambda: format(1, "abc"))
show(lambda: format(1.0, "abc"))
show(lambda: "a".__format__(1))
# f-strings
name, width, n = "pym", 8, 3.14159
print(f"{name}", f"{name!r}", f"{name:>{width}}|", f"{name.upper()=}", f"{n:.2f}", f"{{x}}")
print(f"{name:^{width}.{2}}|", f"{'nested'!s:*<10}", f"{len(name) + 1}", f"{[1, 2][0]}", f"{n!s:>10}")
items = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
for it, q, pr in items:
    print(f"{it:<12}|{q:>4}|{pr:>8.2f}|{q * pr:>8.3f}")
print(f"{'a' 'b'}", f"{3:{'0'}{5}}", f"{1}{2}{3}", f"{'x' if n > 3 else 'y'}")
