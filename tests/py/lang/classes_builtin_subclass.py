class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d["a"], d["zz"], d.get("zz"), "zz" in d, repr(d), type(d).__name__, isinstance(d, dict))
class L(list):
    def __getitem__(self, i):
        if isinstance(i, slice): return L(super().__getitem__(i))
        return super().__getitem__(i) * 10
l = L([1, 2, 3]); print(l[0], l[1:], type(l[1:]).__name__, len(l), l + [4], type(l + [4]).__name__, sum(l), list(l), repr(l))
class S(str):
    def shout(self): return self.upper() + "!"
s = S("hi"); print(s.shout(), s + "x", type(s + "x").__name__, s == "hi", hash(s) == hash("hi"), {s: 1}["hi"], repr(s), f"{s:>4}")
class I(int):
    def __repr__(self): return f"I({int(self)})"
i = I(5); print(i, repr(i), i + 1, type(i + 1).__name__, I(3) * 2, str(i), f"{i:03d}", i == 5, isinstance(i, int), [10, 20, 30, 40, 50, 60][i])
class Pt:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return self.x == o.x
print(Pt.__hash__, Pt(1) == Pt(1), Pt(1) != Pt(2))
try: hash(Pt(1))
except TypeError as e: print(e)
class A: pass
class B: pass
for op in ["<", "<=", ">", ">=", "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
    try: eval(f"A() {op} B()")
    except TypeError as e: print(e)
for op in ["-", "+", "~", "abs"]:
    try: eval(f"{op}(A())")
    except TypeError as e: print(e)
print(A() == B(), A() != B(), A() is A(), A() == A())
class Grid:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d.get(k, ".")
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
g = Grid(); g[1, 2] = "#"; g[0, 0] = "@"; print(g[1, 2], g[5, 5], sorted(g.d)); del g[1, 2]; print(g.d)
class Sl:
    def __getitem__(self, k): return k
print(Sl()[1:2], Sl()[::3], Sl()[1:2, 3], Sl()[...], Sl()[:, None])
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return "abc"[i]
    def __reversed__(self): return iter("REV")
print(list(reversed(Rev())), list(Rev()), "b" in Rev(), len(Rev()))
class Rnd:
    def __round__(self, n=None): return f"round {n}"
    def __trunc__(self): return 7
    def __floor__(self): return 1
    def __ceil__(self): return 2
import math
print(round(Rnd()), round(Rnd(), 2), math.trunc(Rnd()), math.floor(Rnd()), math.ceil(Rnd()))
class Base:
    def __init__(self): self.log = ["Base"]
    @classmethod
    def create(cls): return cls()
    def __repr__(self): return f"{type(self).__name__}({self.log})"
class Child(Base):
    def __init__(self):
        super().__init__(); self.log.append("Child")
    @classmethod
    def create(cls):
        obj = super().create(); obj.log.append("created"); return obj
print(Child.create(), super(Child, Child()).__repr__())
def make():
    class Local: pass
    return Local
print(make().__qualname__, repr(make())[:30])
class WithClassCell:
    def m(self): return __class__
print(WithClassCell().m().__name__)
def deco_cls(cls):
    cls.extra = "added"
    return cls
@deco_cls
class Decorated: pass
print(Decorated.extra)
class Slotted:
    __slots__ = ("a",)
s = Slotted()
try: s.a
except AttributeError as e: print(e)
try: s.b = 1
except AttributeError as e: print(e)
print(hasattr(s, "__dict__"))
class Prop:
    @property
    def ro(self): return 1
try: Prop().ro = 2
except AttributeError as e: print(e)
try: del Prop().ro
except AttributeError as e: print(e)
class Ne:
    def __eq__(self, o): return True
print(Ne() != Ne(), Ne() == 1, 1 == Ne())
class RAdd:
    def __radd__(self, o): return "radd"
    def __rsub__(self, o): return "rsub"
print(1 + RAdd(), [] + RAdd(), "s" - RAdd() if False else 5 - RAdd())
class Sub(int):
    def __radd__(self, o): return "sub radd wins"
print(1 + Sub(2))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt called"); return self.v < o.v
    def __gt__(self, o): print("gt called"); return self.v > o.v
print(Cmp(1) > Cmp(2), Cmp(1) < Cmp(2))
class Hashable:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, Hashable) and o.k == self.k
print(len({Hashable(1), Hashable(1), Hashable(2)}), Hashable(1) in [Hashable(1)])
class Bo:
    def __len__(self): return 0
print(bool(Bo()), not Bo(), "yes" if Bo() else "no")
class Str:
    def __str__(self): return "STR"
print(Str(), str(Str()), f"{Str()}", "%s" % Str(), repr(Str())[:5], [Str()][0].__str__())
class GA:
    x = 5
    def __getattribute__(self, n):
        if n == "magic": return 42
        return object.__getattribute__(self, n)
print(GA().magic, GA().x)
class Cont:
    def __iter__(self): return iter([1, 2, 3])
print(2 in Cont(), 5 in Cont())
class Ob: pass
o = Ob(); o.__dict__["z"] = 1; print(o.z, o.__dict__, Ob.__dict__["__module__"], type(Ob.__dict__).__name__)
print(object.__init__ is Ob.__init__, Ob.__init__.__class__.__name__ if True else "")
print(int.__name__, int.__mro__, issubclass(Child, Base), Child.__base__.__name__, Child.__bases__)
