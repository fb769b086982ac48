from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, InitVar, KW_ONLY, FrozenInstanceError,
                         make_dataclass, MISSING)
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
print(Point.__doc__)
print(Point.__match_args__, Point.__hash__)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, z=3)
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v1, v2 = Version(1, 2), Version(1, 10, "beta")
print(v1 < v2, v1 <= v2, v2 > v1, v1 >= v1, sorted([v2, v1]))
print(hash(v1) == hash((1, 2)), Version(1, 2, "x") == v1)
try:
    v1.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    v1 < 3
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, init=False)
    secret: str = field(default="s", repr=False, metadata={"doc": "hidden"})


inv = Inventory()
inv.items.append("apple")
print(inv, Inventory().items, inv.count)
print(Inventory.__doc__)
f = fields(Inventory)
print([x.name for x in f], f[3].metadata["doc"], f[0].default is MISSING,
      f[0].default_factory, f[2].init, f[1].repr)
print(fields(inv)[0].type)


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 10


print(Derived(), Derived(1, "x", 2.0), [x.name for x in fields(Derived)])


@dataclass
class WithPost:
    a: int
    scale: InitVar[int] = 1
    total: int = field(init=False)

    def __post_init__(self, scale):
        self.total = self.a * scale


w = WithPost(3, 4)
print(w, w.total, [x.name for x in fields(WithPost)])
print(repr(InitVar[int]), WithPost.__dataclass_fields__["scale"]._field_type)


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3


print(KW(1, c=5), KW.__match_args__)
try:
    KW(1, 2)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 1


print(AllKW(x=3), AllKW.__doc__)


@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=5)
    c: int = 7


print(Mixed(1, 2), Mixed(1, b=0))


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(hash=False, default=None)


print(hash(Hashy(1)) == hash((1,)), Hashy.__hash__ is not None)


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError")


@dataclass
class Nested:
    name: str
    points: list
    meta: dict
    pair: tuple


n = Nested("n", [Point(1, 2), Point(3, 4)], {"k": Point(5, 6)}, (Point(7, 8), 9))
print(asdict(n))
print(astuple(n))
d = asdict(n)
print(d["points"] is n.points, type(d["pair"]).__name__)
print(replace(p, y=10), replace(v1, label="new"))
try:
    replace(inv, count=2)
except ValueError as e:
    print("ValueError:", e)
try:
    replace(WithPost(1))
except ValueError as e:
    print("ValueError:", e)
print(replace(WithPost(1, 2), scale=3))

for bad in (lambda: asdict(3), lambda: astuple(Point), lambda: replace(3),
            lambda: fields(3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# errors while defining
try:
    @dataclass
    class Bad1:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad3:
        x: dict = {}
except ValueError as e:
    print("ValueError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True, eq=False)
    class Bad4:
        x: int
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(frozen=True)
    class Bad5(Base):
        z: int = 0
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad6(Version):
        z: int = 0
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True)
    class Bad7:
        x: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad8:
        x = field()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad9:
        a: KW_ONLY
        b: KW_ONLY
except TypeError as e:
    print("TypeError:", e)


# repr of recursive structure and custom methods kept
@dataclass
class Rec:
    child: object = None

    def __eq__(self, other):
        return "custom"


r = Rec()
r.child = r
print(r, Rec() == 1)

# make_dataclass
C = make_dataclass("C", ["z", ("x", int), ("y", int, field(default=5))],
                   namespace={"double": lambda self: self.x * 2})
c = C(3, 1)
print(c, c.double(), C.__name__, [x.name for x in fields(C)])
try:
    make_dataclass("D", ["a", "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    make_dataclass("D", ["class"])
except TypeError as e:
    print("TypeError:", e)

print(repr(fields(Point)[1]).replace(repr(MISSING), "MISSING"))
print(Point.__dataclass_params__)


@dataclass
class ClassVarUser:
    x: int
    y: "int" = 2


print(ClassVarUser(1), ClassVarUser.__doc__)


class Plain:
    pass


@dataclass
class Sub(Plain):
    q: int = 1


print(Sub(), Sub.__mro__[1].__name__)


@dataclass(repr=False, init=False)
class Bare:
    a: int = 1


b = Bare()
print(b.a, "Bare object" in repr(b), Bare.__doc__)
