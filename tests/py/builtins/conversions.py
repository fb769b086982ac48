# chr ord hex oct bin repr ascii str int float bool format
print(chr(65), chr(0x20ac), chr(128512), ord("a"), ord("\u20ac"), ord(b"A"))
print(hex(255), hex(-42), oct(8), oct(-8), bin(5), bin(0), bin(-3), hex(2**70))
print(repr("it's"), repr('say "hi"'), repr("a\nb"), repr([1, "x", None]))
print(ascii("caf\u00e9"), ascii("\u20ac"), ascii([1, "\u00e9"]), ascii("plain"))
print(str(1.0), str(None), str(True), str(b"ab"), str([1, 2]), str())
print(int("42"), int(" -7 "), int("ff", 16), int("0x1f", 0), int(3.9), int(-3.9), int(True), int())
print(float("1.5"), float(" -2 "), float(3), float("inf"), float("-inf"), float())
print(bool(0), bool([]), bool("x"), bool(None), bool(0.0), bool([0]), bool())
print(format(3.14159, ".2f"), format(42, "05d"), format("x", ">3"), format(255, "x"), format(1234567, ","))
print(format(0.5, "%"), format(12, "b"), format("abc"), format(3, ""))
print(list("abc"), tuple([1, 2]), set([1, 1, 2]), frozenset([3]), dict(a=1, b=2))
print(list(range(3)), list(range(1, 10, 3)), list(range(5, 0, -2)), range(3))
print(type(1).__name__, type("").__name__, type([]).__name__, type(None).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("", str))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(KeyError, LookupError))
print(callable(len), callable(1), callable(int), callable(lambda: 0))
print(slice(1, 2), slice(None, 5, 2).step, bytes(3), bytes([65, 66]))

for f, a in [(chr, -1), (chr, 0x110000), (ord, "ab"), (ord, ""), (int, "x"), (float, "abc"),
             (int, "12a"), (hex, 1.5), (ord, 5), (chr, "a")]:
    try:
        f(a)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    format(1, "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
