from dataclasses import dataclass, field, asdict
from enum import Enum, auto, IntFlag
from typing import Optional, List, Dict, ClassVar, NamedTuple
from collections import defaultdict, Counter
from collections.abc import Mapping
import copy, pprint, textwrap, statistics, fractions, abc, contextlib, types


class Status(Enum):
    TODO = auto()
    DOING = auto()
    DONE = auto()

    def __str__(self):
        return self.name.lower()


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


@dataclass(order=True)
class Task:
    priority: int
    title: str = field(compare=False)
    status: Status = field(default=Status.TODO, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)
    parent: "Optional[Task]" = field(default=None, compare=False, repr=False)
    counter: ClassVar[int] = 0

    def __post_init__(self):
        Task.counter += 1


class Point(NamedTuple):
    x: float
    y: float = 0.0


tasks = [Task(3, "write"), Task(1, "plan", Status.DOING, ["x"]), Task(2, "test", tags=["ci", "y"])]
tasks.sort()
print(tasks, Task.counter, Task.__annotations__)
by_status = defaultdict(list)
for t in tasks:
    by_status[t.status].append(t.title)
print(dict(by_status), Counter(t.status for t in tasks).most_common(1))
pprint.pprint([asdict(t) for t in tasks], width=60)
t2 = copy.deepcopy(tasks[0])
t2.tags.append("copy")
print(tasks[0].tags, t2.tags, f"{Status.DONE}", Status["DONE"], Perm.R | Perm.W, repr(Perm(7)))
print(textwrap.fill(" ".join(t.title for t in tasks) * 5, 30))
print(statistics.mean(t.priority for t in tasks), fractions.Fraction(3, 9) + 1, Point(1.5), Point._fields)
print(isinstance({}, Mapping), types.SimpleNamespace(a=Point(1, 2)))


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self) -> float: ...


@dataclass
class Sq(Shape):
    side: float

    def area(self) -> float:
        return self.side ** 2


print(Sq(3).area(), Sq.__doc__)
try:
    Shape()
except TypeError as e:
    print(e)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("done")
