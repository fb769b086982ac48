# s += t grows a str nobody else sees in place; values and reference counts
# stay CPython's, and a shared str is never changed.
import sys

def build(n, piece):
    s = ""
    for i in range(n):
        s += piece
    return s

for piece in ("xy", "é", "ā€", "😀"):
    s = build(2000, piece)
    print(repr(piece), len(s), sys.getsizeof(s), sys.getrefcount(s), s[-3:], hash(s) == hash(piece * 2000))

def shared():
    a = "abc" * 3
    b = a
    a += "d"
    print(a, b, a is b)
    c = "ab" + "é"
    c += "a"             # 1-byte kind stays
    c += "ā"             # widens: a new str
    c += "😀"
    print(c, len(c), sys.getsizeof(c))
    d = "xyz" * 2
    e = [d]
    d += "!"
    print(d, e)
shared()

def cells():
    s = "cell"
    def inner():
        nonlocal s
        for i in range(3):
            s += str(i)
    inner()
    return s
print(cells())

g = "glob"
def globs():
    global g
    for i in range(3):
        g += "+"
globs()
print(g, list(globals()).index("g") < list(globals()).index("globs"))

m = "mod"
for i in range(3):
    m += "."
print(m, sys.getrefcount(m))

class K:
    t = "cls"
    t += "!"
print(K.t)

d = {"k": "v" * 3}
d["k"] += "w"
print(d)
h = "h" * 4
h += ""
print(h, len(h))
