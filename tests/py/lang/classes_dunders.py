class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return abs(self) < abs(o)
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __contains__(self, v): return v in (self.x, self.y)
    def __format__(self, spec): return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
vs = [Vec(3, 4), Vec(1, 1), Vec(0, 2)]
print(sum(vs), sorted(vs), max(vs), -vs[0], 2 * vs[1], vs[0] * 3, abs(vs[0]))
print(Vec(1, 2) == Vec(1, 2), Vec(1, 2) != Vec(1, 3), {Vec(1, 2): "a"}[Vec(1, 2)], bool(Vec(0, 0)), list(Vec(5, 6)), 5 in Vec(5, 6))
print(f"{Vec(1.5, 2.25):.2f}", format(Vec(1, 2), "03d"), len(Vec(0, 0)), Vec(7, 8)[1], *Vec(9, 10))
try: Vec(1, 2) + 5
except TypeError as e: print(e)
try: Vec(1, 2).z = 5
except AttributeError as e: print(e)
try: Vec(1, 2) < 5
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
try:
    class X(A, B): pass
except TypeError as e: print(e)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self): print("deleting"); self._c = None
    @classmethod
    def make(cls, v): t = cls(); t.c = v; return t
    @staticmethod
    def conv(f): return (f - 32) * 5 / 9
t = Temp.make(25); print(t.c, Temp.conv(212), t.conv(32))
try: t.c = -300
except ValueError as e: print(e)
del t.c; print(t.c)
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
class P1(Base, tag="one"): pass
class P2(P1): pass
print(Base.registry)
class Lazy:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("_"): raise AttributeError(name)
        return f"computed:{name}"
l = Lazy(); print(l.real, l.foo, getattr(l, "bar"), hasattr(l, "_x"))
class Rec:
    def __init__(self): object.__setattr__(self, "log", [])
    def __setattr__(self, k, v): self.log.append(k); object.__setattr__(self, k, v)
    def __delattr__(self, k): self.log.append("-" + k); object.__delattr__(self, k)
r = Rec(); r.a = 1; r.b = 2; del r.a; print(r.log, vars(r))
class Cnt:
    count = 0
    def __new__(cls, *a):
        Cnt.count += 1
        return super().__new__(cls)
    def __init__(self, v): self.v = v
print([Cnt(i).v for i in range(3)], Cnt.count)
class Callable:
    def __call__(self, *a, **k): return a, k
print(Callable()(1, x=2), callable(Callable()), callable(Callable))
print(type(1), type("s").__name__, type(type), type(None), type(len), type(Vec.__add__), type([].append))
Dyn = type("Dyn", (A,), {"z": 5, "f": lambda self: self.z * 2})
print(Dyn().f(), Dyn.__name__, Dyn.__bases__, isinstance(Dyn(), A), issubclass(Dyn, (int, A)))
print(repr(A())[:11], str(A)[:17], A.__name__, A.__qualname__, A.__module__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
class Ord:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
print(Ord(1) > Ord(0), Ord(1) >= Ord(1), sorted([Ord(3), Ord(1)], reverse=True)[0].v)
class Ctx:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("suppress", t.__name__ if t else None)
        return True
with Ctx():
    raise KeyError("x")
print("after suppress")
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
print([10, 20, 30][Num(1)], hex(Num(255)), int(Num(3)), float(Num(2)), range(10)[Num(2)], "abcd"[Num(1):Num(3)])
class IAdd:
    def __init__(self): self.items = []
    def __iadd__(self, o): self.items.append(o); return self
x = IAdd(); x += 1; x += 2; print(x.items)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ=None): return self if obj is None else f"desc {self.name}"
class UsesDesc:
    attr = Desc()
print(UsesDesc().attr, UsesDesc.attr.name)
print(A.__dict__["who"].__name__, "who" in dir(A), "__init__" in dir(A))
print(isinstance(True, int), issubclass(bool, int), isinstance(1, (str, float)), type(True) is bool)
class Meta(type):
    def __new__(m, name, bases, ns):
        ns["added"] = name.lower()
        return super().__new__(m, name, bases, ns)
class WithMeta(metaclass=Meta): pass
print(WithMeta.added, type(WithMeta).__name__)
