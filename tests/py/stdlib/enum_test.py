import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
import copy


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return "%s is %d" % (self.name, self.value)

    @classmethod
    def favourite(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color.RED.describe())
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color.favourite())
print(list(Color), len(Color), list(reversed(Color)))
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED), Color)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED is Color(1))
print(format(Color.RED), f"[{Color.GREEN}]", f"{Color.GREEN:>14}|", "%s" % Color.BLUE)
print(hash(Color.RED) == hash("RED"), {Color.RED: "r"}[Color.CRIMSON])
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.BLUE) is Color.BLUE)
print(Color.RED.__reduce_ex__(4))
print(type(Color) is enum.EnumType, enum.EnumMeta is enum.EnumType)
print(sorted(Color, key=lambda c: c.value, reverse=True))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError:", e)
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        UNO = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Sunder(Enum):
        _bad_ = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED.value = 3
except AttributeError as e:
    print("AttributeError")


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = 10
    HEX = auto()


print(list(Shape), Shape.HEX.value)


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    NORTH = auto()
    SOUTH = auto()


print(list(Lower))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet((3.303e+23, 2.4397e6)))


class Coordinate(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, "P.X")
    PY = (1, "P.Y")


print(Coordinate(1), Coordinate.PX.label, repr(Coordinate.PY))


class Number(Enum):
    ONE = 1
    TWO = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return None


print(Number("two"), Number(1))
try:
    Number("three")
except ValueError as e:
    print("ValueError:", e)


class Weird(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 5


try:
    Weird(9)
except TypeError as e:
    print("TypeError:", e, "|", e.__context__)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.LOW, repr(Priority.HIGH), Priority.LOW < Priority.HIGH, Priority.MEDIUM + 1,
      Priority.HIGH == 3, Priority(2), format(Priority.LOW, "03d"), f"{Priority.MEDIUM}")
print(sorted([Priority.HIGH, Priority.LOW]), int(Priority.HIGH), [1, 2, 3][Priority.LOW],
      isinstance(Priority.LOW, int), max(Priority))


class Mood(StrEnum):
    HAPPY = auto()
    SAD = "blue"


print(Mood.HAPPY, repr(Mood.SAD), Mood.HAPPY == "happy", Mood.SAD.upper(), "x" + Mood.SAD,
      f"<{Mood.HAPPY:>7}>", Mood("blue"))
try:
    class BadStr(StrEnum):
        X = 3
except TypeError as e:
    print("TypeError:", e)


class MixedInt(int, Enum):
    A = 1
    B = 2


print(MixedInt.A, repr(MixedInt.B), MixedInt.A + 10, format(MixedInt.A))


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


rw = Perm.R | Perm.W
print(rw, repr(rw), repr(Perm.R | Perm.X), list(Perm), len(Perm))
print(list(rw), len(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(repr(~Perm.R), repr(~rw), repr(Perm.R & Perm.W), repr(rw ^ Perm.R), repr(Perm(7)), repr(~Perm(7)))
print(Perm.__members__)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)


class Color3(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color3), Color3.WHITE, repr(Color3.BLUE), Color3(3), repr(Color3.RED | Color3.GREEN | Color3.BLUE))


class Open(IntFlag):
    RD = 1
    WR = 2
    EX = 4


print(Open.RD | Open.WR, repr(Open.RD | Open.WR), Open.RD | 8, repr(Open.RD | 8), repr(Open(0)),
      repr(~Open.RD), Open.WR & 2, isinstance(Open.RD | 2, Open), Open.EX + 1, repr(Open(16)))
print(list(Open.RD | Open.EX), format(Open.WR), f"{Open.RD | Open.EX:>3}")

# functional API
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__name__, Animal.__module__)
Pet = Enum("Pet", ["DOG", "FISH"], start=10)
print(list(Pet))
Pairs = Enum("Pairs", [("A", "a"), ("B", "b")])
print(list(Pairs))
FromDict = IntEnum("FromDict", {"X": 5, "Y": 7})
print(list(FromDict), FromDict.X + 1)
Bits = Flag("Bits", "ONE TWO FOUR")
print(list(Bits), repr(Bits.ONE | Bits.FOUR))
Commas = Enum("Commas", "a, b,c")
print(list(Commas))


class Holder(Enum):
    A = 1
    helper = enum.nonmember(5)
    B = enum.member(lambda: 2)
    _ignore_ = ["tmp"]
    tmp = 9


print(list(Holder.__members__), Holder.helper, hasattr(Holder, "tmp"))


class WithName(Enum):
    name = 1
    value = 2


print(WithName.name, WithName.value.value, WithName.name.name)
print(Color.__members__.__class__.__name__, Color.RED.__class__.__name__)
print(enum.STRICT, enum.KEEP, repr(enum.CONFORM), Perm._boundary_, Open._boundary_)
print(Shape._member_names_, Color._value2member_map_[1])
try:
    1 in Color
except TypeError as e:
    print("TypeError:", e)


@enum.global_enum
class Planet2(Enum):
    VENUS = 2
    MARS = 4


@enum.global_enum
class Mode(IntFlag):
    RD = 1
    WR = 2


print(repr(VENUS), str(MARS), repr(Mode.RD | Mode.WR), repr(Mode(0)), str(WR), repr(Planet2(4)))
from enum import verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck
print(list(EnumCheck), repr(UNIQUE), enum.show_flag_values(11))


@verify(UNIQUE, CONTINUOUS)
class Ok(Enum):
    A = 1
    B = 2


print(list(Ok))
for make in (lambda: verify(UNIQUE)(Enum("Dups", [("A", 1), ("B", 1)])),
             lambda: verify(CONTINUOUS)(Enum("Gap", [("A", 1), ("B", 5)])),
             lambda: verify(CONTINUOUS)(Flag("FGap", [("A", 1), ("B", 8)])),
             lambda: verify(NAMED_FLAGS)(Flag("Named", [("A", 1), ("B", 2), ("ABCD", 15)])),
             lambda: verify(NAMED_FLAGS)(Flag("Named2", [("A", 1), ("AX", 5)]))):
    try:
        make()
    except ValueError as e:
        print("ValueError:", e)
