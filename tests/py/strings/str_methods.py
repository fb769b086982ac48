# str methods with edge cases and error messages
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# split / rsplit
print("a b  c\td\n".split(), "  lead trail  ".split(), "".split(), "   ".split())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), ",".split(","))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "  a b  ".split(maxsplit=1), "  a b  ".rsplit(maxsplit=1))
print("a::b::c".split("::"), "abc".split("x"), "x".split("x"), "aaa".split("a"), "a b".split(sep=" "))
print("a\u2003b\xa0c".split(), "one  two".split(" "), "1-2-3".rsplit("-"), "1-2-3".split("-", 0))
show(lambda: "a".split(""))
show(lambda: "a".split(1))
show(lambda: "a".split(maxsplit="x"))
show(lambda: "a".rsplit(None, 1, 2))
# join
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(("x",)), "/".join("abc"), "é".join(["a", "b"]))
print(" ".join(str(i) for i in range(5)), "+".join({"k1": 1, "k2": 2}))
show(lambda: "".join([1]))
show(lambda: "-".join(["a", 2]))
show(lambda: "".join(5))
# strip
print(repr("  x  ".strip()), repr("  x  ".lstrip()), repr("  x  ".rstrip()), repr("\t\n x \r\x0b".strip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt".rstrip(".txt"))
print("ééaéé".strip("é"), repr("".strip()), "abc".strip(""), "a b".strip(None))
show(lambda: "a".strip(1))
show(lambda: "a".lstrip(1))
# replace
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("hello".replace("l", ""), "hello".replace("xyz", "q"), "".replace("", "x"), "ab".replace("ab", "ba", 0))
print("ééé".replace("é", "e"), "a.b.c".replace(".", "→"), "abc".replace("b", "BBB", -1))
show(lambda: "a".replace(1, "b"))
show(lambda: "a".replace("a", 2))
# find family
s = "hello world hello"
print(s.find("hello"), s.find("hello", 1), s.find("o", 5, 8), s.find("z"), s.rfind("hello"), s.rfind("o", 0, 5))
print(s.find(""), s.find("", 17), s.find("", 18), s.rfind(""), s.find("h", -5), s.find("l", -100, 100))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), s.count("l", 3, 10))
print("aaaa".count("aa"), "".count(""), "abc".count("", 4), "héllo".find("l"), "héllo".rfind("l"), "héllo".index("o"))
print("abc".find("c", None, None), "abc".find("b", 1, None), "abc".count("", 1, 2))
show(lambda: s.index("xyz"))
show(lambda: s.rindex("xyz"))
show(lambda: s.find(1))
show(lambda: s.count(1))
show(lambda: s.find("a", "x"))
# startswith / endswith
print(s.startswith("hello"), s.startswith("world", 6), s.startswith(("x", "he")), s.endswith("llo"), s.endswith("world", 0, 11))
print("abc".startswith(""), "abc".startswith("", 4), "abc".endswith(("", "z")), "héllo".endswith("llo"), "abc".startswith("abc", -3))
show(lambda: s.startswith(1))
show(lambda: s.startswith((1,)))
show(lambda: s.endswith(["a"]))
# padding
print(repr("ab".center(6)), repr("ab".center(7, "*")), repr("abc".center(6, "-")), repr("abc".center(2)))
print(repr("ab".ljust(5)), repr("ab".rjust(5, "0")), repr("é".center(4, "·")), repr("x".ljust(-1)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(2), "abc".zfill(6), "".zfill(3), "-".zfill(3))
show(lambda: "a".center(5, "ab"))
show(lambda: "a".center(5, 1))
show(lambda: "a".zfill("x"))
show(lambda: "a".ljust())
# splitlines / partition
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h\u2028i".splitlines())
print("one\ntwo\n".splitlines(), "one\ntwo\n".splitlines(True), "".splitlines(), "\n".splitlines(keepends=True))
show(lambda: "a".splitlines(1, 2))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
show(lambda: "a".partition(""))
show(lambda: "a".partition(1))
# expandtabs
print(repr("a\tb\tc".expandtabs()), repr("ab\tc".expandtabs(4)), repr("a\n\tb".expandtabs(2)), repr("\t".expandtabs(0)))
show(lambda: "a".expandtabs("x"))
# removeprefix / removesuffix
print("unhappy".removeprefix("un"), "unhappy".removeprefix("x"), "file.py".removesuffix(".py"), "a".removesuffix(""))
show(lambda: "a".removeprefix(1))
# maketrans / translate
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t2), "hello".translate({ord("l"): None, ord("o"): "0"}), "abc".translate({97: "AA", 98: 66}))
print(sorted(str.maketrans({"a": "1", 98: None}).items()))
show(lambda: str.maketrans(1))
show(lambda: str.maketrans("a", "bc"))
show(lambda: str.maketrans({"ab": 1}))
show(lambda: "a".translate({97: 1.5}))
# misc dunders
print("abc".__sizeof__(), "".__sizeof__(), "abc".__getnewargs__(), "x".__format__(">3"))
print("a,b".split(",")[1].upper(), "Hello".swapcase().lower())
