import typing
from typing import (Any, Optional, Union, List, Dict, Set, Tuple, Callable, Iterable, Iterator,
                    Sequence, Mapping, TypeVar, Generic, Protocol, runtime_checkable, NamedTuple,
                    TypedDict, Literal, Final, ClassVar, Annotated, cast, overload, no_type_check,
                    TYPE_CHECKING, get_type_hints, get_origin, get_args, NewType, FrozenSet, Type,
                    DefaultDict, Deque, Counter, OrderedDict, Generator, AnyStr, Text, NoReturn)

print(Any, Optional[int], Union[int, str], Union[int, None], Union[None, str], Union[int, str, None])
print(List, List[int], Dict[str, List[int]], Set[float], FrozenSet[int], Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Callable)
print(Iterable[int], Iterator[str], Sequence[Any], Mapping[str, Any], Type[int], DefaultDict[str, int])
print(Literal["a", 1, None], Final[int], ClassVar[List[int]], Annotated[int, "meta", 3])
print(Optional[List[Dict[str, int]]], Union[int, Union[str, float]], Union[int], Union[int, int, str])
print(Deque[int], Counter[str], OrderedDict[str, int], Generator[int, None, None], NoReturn)
print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str], hash(List[int]) == hash(List[int]))
print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Union[int, str]), get_origin(int),
      get_origin(Annotated[int, 1]), get_origin(Literal[1]), get_origin(Callable[[int], str]))
print(get_args(Dict[str, int]), get_args(Union[int, str]), get_args(Callable[[int], str]),
      get_args(Callable[..., str]), get_args(int), get_args(Annotated[int, "x"]), get_args(Tuple[int, ...]))
print(isinstance([], List), issubclass(list, List), isinstance({}, Mapping), isinstance(3, Iterable))
for bad in (lambda: isinstance([], List[int]), lambda: isinstance(1, Any), lambda: Union[()],
            lambda: List[int, str], lambda: Any(), lambda: Optional[int, str], lambda: Callable[int]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(Dict is typing.Dict, typing.List.__origin__, List[int].__origin__, List[int].__args__)
try:
    List()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]))

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", int, float)
B = TypeVar("B", bound=str)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, N, B, Co, Contra, T.__name__, N.__constraints__, B.__bound__, AnyStr, AnyStr.__constraints__)
print(List[T], Dict[K, V][str, int], Dict[str, T][int], List[T].__parameters__, Dict[K, List[V]].__parameters__)
try:
    TypeVar("X", int)
except TypeError as e:
    print("TypeError:", e)
try:
    Dict[K, V][int]
except TypeError as e:
    print("TypeError:", e)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


class Pair(Generic[K, V]):
    pass


b = Box(3)
print(b.get(), Box[int], Box[int](5).item, Box.__parameters__, Pair[str, int], Pair.__parameters__)
print(Box.__orig_bases__, Box.__mro__)
bi = Box[int](1)
print(bi.__orig_class__)
try:
    Generic()
except TypeError as e:
    print("TypeError:", e)
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)


class IntBox(Box[int]):
    pass


print(IntBox(2).get(), IntBox.__parameters__, IntBox.__orig_bases__)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        pass


class NotResource:
    pass


print(isinstance(Resource(), Closable), isinstance(NotResource(), Closable), issubclass(Resource, Closable))


class Drawable(Protocol):
    def draw(self) -> str:
        ...


try:
    isinstance(Resource(), Drawable)
except TypeError as e:
    print("TypeError:", e)
try:
    Drawable()
except TypeError as e:
    print("TypeError:", e)
try:
    runtime_checkable(Resource)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, typing.SupportsInt), isinstance("x", typing.SupportsInt), isinstance(2.5, typing.SupportsAbs))


class Employee(NamedTuple):
    name: str
    id: int = 3

    def label(self):
        return "%s#%d" % (self.name, self.id)


e = Employee("guido")
print(e, e.label(), e._fields, e._field_defaults, Employee.__annotations__, e._replace(id=7), e[0])
Point = NamedTuple("Point", [("x", int), ("y", int)])
p = Point(1, 2)
print(p, p.x + p.y, Point.__annotations__, isinstance(p, tuple))
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as e2:
    print("TypeError:", e2)


class Movie(TypedDict):
    name: str
    year: int


class PartialMovie(TypedDict, total=False):
    rating: float


m = Movie(name="Blade Runner", year=1982)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__), PartialMovie.__total__,
      sorted(PartialMovie.__optional_keys__), typing.is_typeddict(Movie), typing.is_typeddict(dict))
Alt = TypedDict("Alt", {"a": int, "b": str})
print(Alt(a=1, b="x"), Alt.__annotations__)
try:
    isinstance({}, Movie)
except TypeError as e3:
    print("TypeError:", e3)

UserId = NewType("UserId", int)
uid = UserId(5)
print(UserId, uid, type(uid), UserId.__supertype__, UserId.__name__)
try:
    class Sub(UserId):
        pass
except TypeError as e4:
    print("TypeError:", e4)

print(cast(int, "x"), cast("List[int]", 3), TYPE_CHECKING, Text)


@overload
def f(x: int) -> int:
    ...


@overload
def f(x: str) -> str:
    ...


def f(x):
    return x * 2


print(f(2), f("a"), len(typing.get_overloads(f)))


@no_type_check
def untyped(a: "not a type"):
    return a


print(untyped.__no_type_check__, get_type_hints(untyped))


class Node:
    value: int
    next: "Optional[Node]"
    label: ClassVar[str] = "n"


def func(a: int, b: "List[str]", c: Optional[int] = None) -> "Node":
    pass


print(get_type_hints(Node))
print(get_type_hints(func))


class Annot:
    x: Annotated[int, "positive"]


print(get_type_hints(Annot), get_type_hints(Annot, include_extras=True))
print(typing.ForwardRef("Node"), repr(typing.Self), typing.Never, typing.LiteralString)
print(typing.assert_type(3, int))
try:
    typing.assert_never(3)
except AssertionError as e5:
    print("AssertionError:", e5)
print(typing.Hashable, typing.Sized, typing.AbstractSet[int], typing.ContextManager[int], typing.ByteString)
P = typing.ParamSpec("P")
print(P, P.args, P.kwargs, Callable[P, int], typing.Concatenate[int, P])
print(Union[int, str].__args__, Optional[int].__args__, Literal[1, 2] == Literal[2, 1])
print(typing.final(Box) is Box, Box.__final__)
