# builtins sweep
print(abs(-3), divmod(17, 5), pow(2, 8), pow(2, 8, 5), round(3.14159, 2), min(3, 1, 2), max("abc"), min([4, 2], default=0), max([], default="none"), min((1, "a"), (1, "b")))
print(sum([1, 2, 3]), sum([[1], [2]], []), sum((0.5, 0.25)), sum(range(5), start=10))
print(bin(10), oct(64), hex(255), bin(-5), hex(-255), oct(0), hex(2**70))
print(chr(65), ord("A"), chr(0x1F600) == "\U0001F600", ord("é"), chr(955))
print(bool(), int(), float(), str(), list(), tuple(), dict(), set(), frozenset(), object().__class__.__name__)
print(int("ff", 16), int("0b11", 2), int("11", 0) if False else int("11"), int(3.99), int(-3.99), int("  -7 "), float("3"), float(" .5e1 "), str(3.0), str(-0.0))
print(list(range(3)), tuple([1, 2]), dict(a=1), set([1, 1]), list("ab"), list({"k": 1}), list({1: 2}.values()), sorted(set("hello")))
print(isinstance(1, int), isinstance("a", (int, str)), issubclass(int, object), issubclass(bool, (str, int)), isinstance(type, type), isinstance(object, type))
print(type(1) is int, type("a")("x"), type(1.5).__name__, type(None).__name__, type(print).__name__, type(lambda: 0).__name__, type(x for x in []).__name__)
print(callable(print), callable(1), callable(int), callable(lambda: 0), callable("s".upper))
o = type("O", (), {})()
setattr(o, "a", 1); print(getattr(o, "a"), getattr(o, "b", "dflt"), hasattr(o, "a"), vars(o)); delattr(o, "a"); print(vars(o))
print(repr("a"), str("a"), ascii("é"), ascii([1, "ü"]), repr(1.0), repr(None), repr(True), format(1.5), format("x", ">3"))
it = iter([1, 2, 3]); print(next(it), next(it), next(it), next(it, "end"))
print(list(zip()), list(zip([1], [])), list(enumerate([])), list(map(str, [])), list(filter(lambda x: x, [])))
print(sorted([5, 2, 8], key=lambda x: -x), list(reversed(sorted("cab"))), all(x for x in [1, 1]), any([]))
print(hash(1) == hash(1.0), hash("a") == hash("a"), id(o) == id(o), isinstance(id(o), int))
print(dir(o)[:3], "__class__" in dir(o), sorted(vars(type(o)).keys())[:2] if False else "")
print(len("abc"), len([1]), len({}), len(range(10)), len(b"xy"), len((1, 2)), len({1}), len(frozenset()))
print(str(b"abc"), bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), b"abc"[1], b"abc"[0:2], list(b"hi"), b"a" * 3, b"x" + b"y", b"abc".upper(), b" a ".strip(), b"a,b".split(b","))
print(b"hello".decode(), b"caf\xc3\xa9".decode("utf-8"), bytes.fromhex("41 42"), b"\x00\xff".hex(), b"abc".find(b"c"), b"abc".replace(b"b", b"B"), b"abc" == b"abc", b"a" < b"b", b"ab".startswith(b"a"))
print(repr(b"\n\t\\'\""), repr(b"'"), repr(b'"'), b"%d-%s" % (5, b"x"), bytes(b"abc"))
print(globals()["__name__"], type(locals()).__name__, "print" in dir(__builtins__))
print(eval("2 ** 10"), exec("q = 5") or "exec ok")
print(format(255, "x"), format(3.5, ".2f"), format("s"), format(None), format([1]))
print(iter(range(3)).__next__(), type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(range(1))).__name__, type(iter(set())).__name__)
print(type(reversed([])).__name__, type(enumerate([])).__name__, type(zip()).__name__, type(map(len, [])).__name__, type(filter(None, [])).__name__, type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(object.__name__, object.__bases__, int.__bases__, bool.__mro__, type.__mro__ if False else "", int.__name__, str.__qualname__)
print(max(range(10), key=lambda v: (v % 3, v)), min("hello", key=ord), max([1, 2], [1, 3]), max(1, 2, key=lambda x: -x))
class Ctr:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(Ctr()), sum(Ctr()), [x * 2 for x in Ctr()], dict(zip(Ctr(), "abc")), list(enumerate(Ctr(), start=10)))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([0, 1])), list(iter(Seq())))
print(round(7.5), round(8.5), round(-7.5), round(2.5, 0), round(0.125, 2), round(0.375, 2), round(10.5), round(1.005, 2))
print(divmod(-7, 2), divmod(7, -2), divmod(-7.0, 2), divmod(5, 0.5), 7 // 0.3, 7 % 0.3)
print(pow(10, -2), pow(-2, 3), pow(-2.0, 0.5) if False else "", pow(2, 3, -5) if False else "", pow(5, 0, 1))
print(min([3, 1, 2]), max(x * x for x in range(-5, 3)), min("zy", "za"), sorted([[2, 1], [1, 2], [1]]))
print(str(list), str(int), repr(str), str(type(None)), repr(print), repr(len), str(object))
print(int.__add__(1, 2), str.upper("a"), list.__len__([1, 2]), dict.get({"a": 1}, "a"), float.__mul__(2.0, 3))
print((1).__add__(1.0), (1.0).__radd__(1), (1).__truediv__(2), 5 .__rsub__(3), "a".__add__("b"), (3).__eq__("x"))
# sorting stability and key/reverse combos
data = [("a", 3), ("b", 1), ("c", 3), ("d", 2), ("e", 1), ("f", 3)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
l = data[:]; l.sort(key=lambda p: p[1], reverse=True); print(l == sorted(data, key=lambda p: p[1], reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted([1.5, -2, 3], key=abs), sorted(["b", "A", "c"], key=str.casefold))
nums = [(i * 7919) % 1000 for i in range(200)]
s1 = sorted(nums); print(s1[:10], s1[-5:], s1 == sorted(nums, reverse=True)[::-1])
l2 = list(range(20)); l2.sort(key=lambda x: x % 4); print(l2)
try: [3, "a"].sort()
except TypeError as e: print(e)
try: sorted([{1: 2}, {3: 4}])
except TypeError as e: print(e)
try:
    l3 = [3, 2, 1]
    def k(x):
        l3.append(0)
        return x
    l3.sort(key=k)
except ValueError as e: print(e)
print(l3 if len(l3) < 10 else "long")
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"R{self.v}"
print(sorted([R(3), R(1), R(2)]), min(R(5), R(4)), max([R(1), R(9)]))
words = "the quick brown fox jumps over the lazy dog".split()
from_len = {}
for w in words: from_len.setdefault(len(w), []).append(w)
print(sorted(from_len.items()), sorted(words, key=lambda w: (-len(w), w)))
print(sorted(sorted(words), key=len))
