# str basics: creation, repr, indexing, slicing, operators, iteration
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "hello, world"
print(len(s), s[0], s[-1], s[4], s[-5])
print(s[0:5], s[7:], s[:-7], s[::2], s[::-1], s[1:10:3], s[10:1:-2])
print(s[100:], repr(s[5:3]), s[-100:3])
show(lambda: s[12])
show(lambda: s[-13])
show(lambda: s["x"])
show(lambda: s[1.5])
show(lambda: s[::0])
print("abc" + "def", "ab" * 3, 3 * "ab", "x" * 0, "x" * -2)
show(lambda: "a" + 1)
show(lambda: 1 + "a")
show(lambda: "a" * "b")
show(lambda: "a" * 1.5)
show(lambda: 2.5 * "a")
print("ell" in s, "xyz" in s, "" in s, "" in "")
show(lambda: 1 in "abc")
print("abc" < "abd", "abc" < "ab", "a" == "a", "a" != "b", "B" < "a", "abc" >= "abc")
print("é" > "z", "€" > "é", "😀" > "€")
print([c for c in "abc"], list("héllo"), tuple("xy"))
print(repr(""), repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("tab\there"))
print(repr("nl\nret\r"), repr("back\\slash"), repr("\x00\x01\x1f\x7f"), repr("\x80\x9f\xa0\xad"))
print(repr("café"), repr("naïve"), repr("€uro"), repr("😀"), repr("\u200b"), repr("\ud800"), repr("\U000e0001"))
print(ascii("café"), ascii("€"), ascii("😀"), ascii("plain"))
print(str(), str(123), str(1.5), str(None), str([1, "a"]), str("x"))
print(str(b"abc", "utf-8"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "latin-1"))
show(lambda: str(b"\xff", "utf-8"))
show(lambda: str("a", "utf-8"))
show(lambda: str(1, "utf-8"))
show(lambda: str(b"a", 1))
print(str(b"a\xffb", "utf-8", "replace"), str(b"a\xffb", "ascii", "ignore"))
print(hash("abc") == hash("ab" + "c"), hash("") == hash(""), hash("x") != -1)
d = {}
for w in ["a", "b", "a", "c", "b", "a"]:
    d[w] = d.get(w, 0) + 1
print(d)
print(chr(65), chr(233), chr(8364), chr(128512), ord("A"), ord("é"), ord("€"), ord("😀"))
show(lambda: chr(0x110000))
show(lambda: ord("ab"))
x = "héllo wörld"
print(len(x), x[1], x[-1], x[7], x[2:8], x[::-1], x[::3], x.upper())
print("a" "b" 'c', """tri
ple""", 'x\
y')
it = iter("ab")
print(next(it), next(it))
show(lambda: next(it))
print(type(iter("abc")).__name__, type(iter("é")).__name__)
print("abc".__len__(), "abc".__getitem__(1), "abc".__contains__("b"), "a".__add__("b"))
print("abc".__eq__(1), "abc".__lt__("abd"), "x".__mul__(3), "x".__rmul__(2))
print("%s" % "x", "ab".__mod__(()) if False else "ok")
print(str.__name__, type("") is str, isinstance("a", str))
class S(str):
    pass
t = S("sub")
print(t, type(t).__name__, t + "x", t.upper(), str(t), type(str(t)).__name__, len(t), t == "sub")
print(sorted(["pear", "apple", "fig", "Banana", "éclair"]))
print(max("hello"), min("hello"), sorted("banana"))
print("".join(reversed("stressed")))
