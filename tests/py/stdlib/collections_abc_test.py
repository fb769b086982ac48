import collections
import collections.abc as cabc
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable,
                             Collection, Sequence, MutableSequence, Mapping, MutableMapping,
                             Set, MutableSet, Generator, Reversible, KeysView, ItemsView,
                             ValuesView, MappingView, ByteString)


def gen():
    yield 1


checks = [
    ([], (Iterable, Sized, Container, Collection, Sequence, MutableSequence, Reversible, Hashable, Mapping)),
    ((), (Sequence, MutableSequence, Hashable)),
    ("s", (Sequence, Hashable, Iterable, MutableSequence)),
    ({}, (Mapping, MutableMapping, Iterable, Hashable, Reversible)),
    (set(), (Set, MutableSet, Hashable)),
    (frozenset(), (Set, MutableSet, Hashable)),
    (range(3), (Sequence, Iterable)),
    (b"x", (ByteString, Sequence)),
    (3, (Hashable, Iterable, Sized)),
    (len, (Callable, Hashable)),
    (gen(), (Generator, Iterator, Iterable)),
    (iter([]), (Iterator, Iterable, Generator)),
    (iter({}), (Iterator,)),
    ({}.keys(), (KeysView, Set, MappingView, Sized)),
    ({}.items(), (ItemsView, Set)),
    ({}.values(), (ValuesView, Set, Collection)),
    (None, (Hashable, Callable)),
]
for obj, abcs in checks:
    print(type(obj).__name__, [isinstance(obj, a) for a in abcs])


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(isinstance(Countdown(3), Iterator), issubclass(Countdown, Iterable), list(Countdown(3)))


class NoHash:
    __hash__ = None


print(isinstance(NoHash(), Hashable), issubclass(NoHash, Hashable))


class MySeq(Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = MySeq(3, 1, 4, 1, 5)
print(list(s), 4 in s, 9 in s, s.index(4), s.count(1), list(reversed(s)), len(s))
try:
    s.index(99)
except ValueError as e:
    print("ValueError", repr(e))


class MyList(MutableSequence):
    def __init__(self):
        self.data = []

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __len__(self):
        return len(self.data)

    def insert(self, i, v):
        self.data.insert(i, v)


ml = MyList()
ml.append(1)
ml.extend([2, 3, 4])
ml += [5]
ml.reverse()
print(ml.data, ml.pop(), ml.pop(0), ml.data)
ml.remove(3)
print(ml.data)
ml.clear()
print(ml.data)


class MyMap(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


m = MyMap(a=1, b=2)
print(m.get("a"), m.get("z", 0), "a" in m, "z" in m, list(m.keys()), list(m.items()), list(m.values()))
print(m == {"a": 1, "b": 2}, m == MyMap(a=1), repr(m.keys())[:18], repr(m.items())[:10], len(m.values()))
print(m.keys() & {"a", "q"}, m.keys() | {"c"} == {"a", "b", "c"}, ("a", 1) in m.items(), 2 in m.values())


class MyMutMap(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


mm = MyMutMap()
mm.update({"x": 1}, y=2)
mm.update([("z", 3)])
print(mm.setdefault("x", 9), mm.setdefault("w", 4), mm.pop("y"), mm.pop("nope", "dflt"), mm.popitem(), dict(mm))
try:
    mm.pop("nope")
except KeyError as e:
    print("KeyError", e)
mm.clear()
print(len(mm))
try:
    MyMutMap.popitem(mm)
except KeyError:
    print("KeyError empty")


class MySet(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([7]))
a |= [9]
a -= [1]
print(list(a), a.pop(), list(a))
a.remove(3)
try:
    a.remove(100)
except KeyError as e:
    print("KeyError", e)
print(list(a), MySet([1, 2])._hash() == hash(frozenset([1, 2])))

try:
    Sequence()
except TypeError as e:
    print("TypeError:", e)
try:
    class Half(Mapping):
        def __getitem__(self, k):
            return 1
    Half()
except TypeError as e:
    print("TypeError:", e)

# registration
class Weird:
    pass


Sequence.register(Weird)
print(isinstance(Weird(), Sequence), isinstance(Weird(), Iterable), issubclass(Weird, Collection))
print(cabc.__name__, Iterable.__module__, sorted(cabc.__all__)[:5])

# collections classes are registered too
print(isinstance(collections.OrderedDict(), MutableMapping), isinstance(collections.deque(), MutableSequence),
      isinstance(collections.Counter(), Mapping), isinstance(collections.ChainMap(), MutableMapping),
      isinstance(collections.UserDict(), MutableMapping))
