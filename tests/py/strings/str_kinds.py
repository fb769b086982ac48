# PEP 393 strings: ASCII, 1-byte (Latin-1), 2-byte and 4-byte kinds behave
# alike; sizes equal CPython's for every kind; hashes agree across kinds.
import sys

SAMPLES = {
    "ascii": "Hello, World! abc xyz",
    "latin1": "Héllo, Wörld! àbç xÿz",
    "ucs2": "Hāllo, Wőrld! ābč xŷz €",
    "ucs4": "H😀llo, W🎉rld! abc x𝄞z",
}

for name, s in SAMPLES.items():
    print("==", name, len(s), sys.getsizeof(s))
    print([s[i] for i in range(len(s))])
    print(s[0], s[-1], s[3:9], s[::-1], s[::3], s[1:-1:2], s[100:], s[-3:])
    print(list(iter(s))[:5], [ord(c) for c in s[:6]])
    print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
    print(s.split(), s.split(","), s.rsplit(" ", 1), s.partition("!"), s.rpartition("o"))
    print(s.find("o"), s.rfind("o"), s.find("l", 3, 9), s.count("l"), s.count(""), s.index("!"))
    print(s.find("😀"), s.find("é"), s.find("ā"), s.find("zz"), "Wö" in s, "x" in s)
    print(s.replace("l", "L"), s.replace("o", "ø", 1), s.replace(",", ""))
    print(s.strip("H"), s.lstrip("Hé"), s.rstrip("z€"), ("  " + s + "\t").strip())
    print(s.center(30, "·"), s.ljust(26, "*"), s.rjust(26, "😀"), s.zfill(25))
    print(s.startswith("H"), s.endswith(s[-2:]), s.startswith(s[2:5], 2))
    print(s.isalpha(), s.isascii(), s.isprintable(), s.islower(), s[:1].isupper(), s.isidentifier())
    print("-".join(s[:5]), s.join(["<", ">"]), s.expandtabs(), s.splitlines())
    print(s.encode("utf-8"), s.encode("utf-8").decode("utf-8") == s)
    print(s.encode("ascii", "replace"), s.encode("latin-1", "ignore"))
    print(s.translate({ord("l"): "λ", ord("o"): None}), s.removeprefix("H"), s.removesuffix("z"))
    print(repr(s), ascii(s), f"{s:>30}", "%s|%-25s|" % (s, s[:4]), "{0!r:^32}".format(s))
    print(s * 2, s + s[::-1], s < s + "a", s > "H", sorted(s[:6]), max(s), min(s))
    print(hash(s) == hash("".join(list(s))), hash(s[2:5]) == hash(s[2] + s[3] + s[4]))
    d = {s: 1, s[:3]: 2}
    print(d["".join(s)], d[s[0] + s[1:3]], s in {s.upper().lower(): 0} or "case")

# kinds are chosen by the widest character: slices narrow again
w = "a😀b"
print(sys.getsizeof(w), sys.getsizeof(w[0]), sys.getsizeof(w[:1]), sys.getsizeof(w[2:]))
print(sys.getsizeof("é" + "a" * 10), sys.getsizeof(("é" + "a" * 10)[1:]))
for c in ("", "a", "é", "ÿ", "Ā", "€", "\uffff", "😀", "\U0010ffff"):
    for n in (1, 2, 7, 100):
        t = c * n
        print(repr(c), n, len(t), sys.getsizeof(t), sys.getsizeof(t + "x"), sys.getsizeof("x" + t))

# equal strings built different ways hash alike
parts = ["é", "ā", "😀", "a"]
x = "".join(parts)
y = parts[0] + parts[1] + parts[2] + parts[3]
z = "éā😀a"
print(x == y == z, hash(x) == hash(y) == hash(z), len({x, y, z}))
print(hash("abc") == hash("".join(["a", "b", "c"])), hash("é" * 3) == hash("ééé"))

# comparisons across kinds follow code points
print(sorted(["b", "é", "ā", "😀", "a", "ÿ", "\uffff", "Z"]))
print("é" < "ā" < "\uffff" < "😀", "ab" < "aé", "aé" < "aā")

# surrogates are kept (2-byte kind) and refused by the utf-8 codec
s = "a\ud800b"
print(len(s), repr(s), sys.getsizeof(s))
try:
    s.encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)

# the UTF-8 form is not cached by print, encode, f-strings or joining
u = "é" * 10
before = sys.getsizeof(u)
print(u)
u.encode()
f"{u}!"
"-".join([u, u])
print(before, sys.getsizeof(u))

# fixed-point float formatting (exact, half-even on ties) in every path
vals = [0.0, -0.0, 0.5, 1.5, 2.5, 2.675, 1.005, 0.045, 1 / 3, 123456.789, -1e-7, 1e16, 9.87654321e15, 1e17, 1e20]
for v in vals:
    print(f"{v:.0f} {v:.2f} {v:#.0f} {v:+.3f} {v:12.5f}", "%.1f %-9.4f %08.2f %.17f" % (v, v, v, v), format(v, ",.2f"))
