import sys, math
class A:
    def f(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
    @property
    def p(self): return 1
def outer():
    def inner(): pass
    return inner
g = (x for x in [])
def gf(): yield
items = [A, A(), A.f, A().f, A.c, A.s, A.p, outer(), outer, lambda: 0, g, gf(), print, len, [].append, "".join, sys, int.__add__, str.upper, object.__init__, A.__init__, A().__init__, type, iter([]), iter(()), iter(range(3)), reversed([]), enumerate([]), zip(), map(len, []), filter(None, []), {}.keys(), {1: 2}.items(), {}.values(), open(__file__), slice(1, 2), range(1, 5, 2), NotImplemented, Ellipsis, None, super(A, A()), A.__dict__["f"], A.__dict__["c"], A.__dict__["s"], object(), Exception("x"), KeyError("k"), iter({1}), iter("s"), iter({}.items()), int, property(), classmethod(len), staticmethod(len), frozenset({1}), type(None), (1).__add__]
def clean(s):
    out = []
    i = 0
    while i < len(s):
        j = s.find(" at 0x", i)
        if j < 0: out.append(s[i:]); break
        out.append(s[i:j] + " at 0xADDR")
        k = j + 6
        while k < len(s) and s[k] in "0123456789abcdef": k += 1
        i = k
    return "".join(out)
for it in items:
    print(clean(repr(it)), "|", clean(str(it)), "|", type(it).__name__)
print(sorted(k for k in dir(A) if not k.startswith("__")), [k for k in dir(A()) if not k.startswith("_")])
print(sorted(dir(sys))[:0], "path" in dir(sys), [k for k in vars(A) if not k.startswith("__")])
print(clean(repr(vars(A)))[:40])
