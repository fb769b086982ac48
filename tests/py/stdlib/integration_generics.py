import dataclasses, typing, enum, copy, pprint, traceback, warnings, sys
from typing import Generic, TypeVar, Protocol, Iterator, Callable, Any, Union
T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class Pair(Generic[T]):
    first: T
    second: T

    def swap(self) -> "Pair[T]":
        return dataclasses.replace(self, first=self.second, second=self.first)


p = Pair[int](1, 2)
print(p, p.swap(), hash(p) == hash(Pair(1, 2)), Pair.__parameters__, typing.get_type_hints(Pair.swap))
print({p: "x"}[Pair(1, 2)], copy.deepcopy(p) == p, dataclasses.astuple(p))


class SupportsClose(Protocol):
    def close(self) -> None: ...


def closer(x: SupportsClose) -> None:
    x.close()


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))


s = Stack[str]()
s.push("a")
s.push("b")
print(list(s), typing.get_type_hints(Stack.push), Stack[int])


class Color(str, enum.Enum):
    RED = "r"
    GREEN = "g"


print(Color("r"), Color.RED == "r", [c.value for c in Color], Color.RED.upper(), f"{Color.GREEN}", sorted(Color, key=str))


@dataclasses.dataclass
class Tree:
    value: int
    children: list = dataclasses.field(default_factory=list)

    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()


t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t.walk()))
pprint.pprint(t, width=30)
pprint.pprint(dataclasses.asdict(t), width=40)


def risky(n):
    if n > 2:
        raise ValueError(f"n too big: {n}")
    return n


results = []
for i in range(5):
    try:
        results.append(risky(i))
    except ValueError:
        results.append(traceback.format_exc().splitlines()[-1])
print(results)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("deprecated thing", DeprecationWarning)
print(len(w), w[0].category.__name__, str(w[0].message))
Handler = Callable[[int, str], Union[int, None]]
print(Handler, typing.get_args(Handler), typing.Optional[Handler])
