import copy

# builtins: shallow vs deep
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]["k"] is a[2]["k"])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
d2 = copy.deepcopy(t2)
print(d2 == t2, d2 is t2, d2[1] is t2[1])
for v in (None, 1, 2.5, "s", b"b", True, range(3), frozenset({1}), len, int):
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s)
d = {"a": [1], "b": (2, [3])}
dd = copy.deepcopy(d)
print(dd, dd["a"] is d["a"], dd["b"][1] is d["b"][1])

# cycles
l = [1]
l.append(l)
lc = copy.deepcopy(l)
print(lc[1] is lc, lc is not l)
dct = {}
dct["self"] = dct
dc = copy.deepcopy(dct)
print(dc["self"] is dc)

# shared references are kept shared
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)

# memo
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(id(x) in memo, memo[id(x)] == x, y[0] is y[1])


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point(1, [2])
p1 = copy.copy(p)
p2 = copy.deepcopy(p)
print(p1, p1 is p, p1.y is p.y, p2.y is p.y, type(p2).__name__)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


s1 = Slotted()
s2 = copy.deepcopy(s1)
print(s2.a, s2.a is s1.a, hasattr(s2, "b"))


class Both:
    __slots__ = ("a", "__dict__")


bo = Both()
bo.a = 1
bo.z = 2
bc = copy.copy(bo)
print(bc.a, bc.z)


class WithCopy:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return WithCopy(self.v + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return WithCopy(self.v + 100)


print(copy.copy(WithCopy(1)).v, copy.deepcopy(WithCopy(1)).v)


class WithReduce:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (WithReduce, (self.v * 2,))


print(copy.copy(WithReduce(5)).v, copy.deepcopy(WithReduce(6)).v)


class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "big"

    def __getstate__(self):
        st = dict(self.__dict__)
        del st["cache"]
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = "rebuilt"


ws = copy.deepcopy(WithState())
print(ws.data, ws.cache)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = "t"
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1])


class MyDict(dict):
    pass


md = copy.copy(MyDict(a=1))
print(type(md).__name__, md)


class MyInt(int):
    pass


mi = copy.deepcopy(MyInt(7))
print(type(mi).__name__, mi)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[0] is not kid)

# exceptions and functions
e = copy.copy(ValueError("bad", 1))
print(repr(e))
f = lambda: 1
print(copy.deepcopy(f) is f, copy.copy(Point) is Point)

# bound methods
bm = copy.deepcopy(p.__repr__)
print(bm(), bm.__self__ is p)

# copyreg dispatch
import copyreg


class Reg:
    def __init__(self, n):
        self.n = n


copyreg.pickle(Reg, lambda r: (Reg, (r.n + 1,)))
print(copy.copy(Reg(1)).n)
try:
    copyreg.pickle(Reg, 5)
except TypeError as exc:
    print("TypeError:", exc)
print(copy.Error.__mro__[1].__name__, copy.error is copy.Error)
