import pprint
import collections
import dataclasses
import types

data = {
    "name": "pym",
    "versions": [3.11, 3.12, (1, 2, 3)],
    "nested": {"a": list(range(30)), "b": {"c": {"d": {"e": "deep"}}}},
    "tags": {30, 10, 20},
    "frozen": frozenset({3, 1, 2}),
    "empty": [],
    "text": "A fairly long string that will certainly need to be wrapped when the width is small " * 2,
    1: None,
    (1, 2): True,
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=60, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, width=50, compact=True)
pprint.pprint(data, sort_dicts=False, width=70)
pprint.pp({"z": 1, "a": [1] * 40})
print(pprint.pformat(list(range(40)), width=30, compact=True))
print(pprint.pformat((1,)), pprint.pformat(("x" * 50, "y" * 50)), pprint.pformat([[]] * 3))
print(pprint.pformat([("a" * 30,), ["b" * 30]], width=30))
print(pprint.pformat(12345678901234567890, underscore_numbers=True), pprint.pformat(1.5))
rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
print(pprint.saferepr(rec).split(" with id")[0], pprint.isrecursive(rec), pprint.isreadable(rec),
      pprint.isreadable([1, "a"]), pprint.isreadable(object()))
print(pprint.pformat(d).split(" with id")[0])
print(pprint.saferepr({"b": 1, "a": [2, {"c": 3}]}))
od = collections.OrderedDict((str(i) * 8, i) for i in range(8))
pprint.pprint(od, width=40)
dd = collections.defaultdict(list, {"k%d" % i: [i] * 5 for i in range(6)})
pprint.pprint(dd, width=40)
pprint.pprint(collections.Counter("abracadabra" * 3), width=20)
pprint.pprint(collections.deque(range(20), maxlen=25), width=30)
pprint.pprint(collections.deque(range(20)), width=30)
pprint.pprint(collections.ChainMap({"a" * 10: 1, "b" * 10: 2}, {"c" * 10: 3}), width=30)
pprint.pprint(collections.UserList(range(30)), width=40)
pprint.pprint(collections.OrderedDict(), width=10)


@dataclasses.dataclass
class Point:
    x: int
    y: list
    label: str = dataclasses.field(default="origin", repr=False)


pprint.pprint(Point(1, list(range(25))), width=40)
pprint.pprint([Point(i, [i] * 10) for i in range(3)], width=50)
ns = types.SimpleNamespace(alpha=list(range(15)), beta="text", gamma={"k": "v" * 20})
pprint.pprint(ns, width=40)
pprint.pprint(types.MappingProxyType({"key%d" % i: i for i in range(10)}), width=40)
pprint.pprint("short string")
pprint.pprint("line one\nline two that is long enough to wrap somewhere around here\n", width=30)
pprint.pprint(b"bytes " * 20, width=40)
pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint({"x": [1, 2, 3], "y": ["aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc"]})
print(pp.pformat([]), pp.isrecursive(rec))
for kwargs in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
mixed = {1: "a", "b": 2, None: 3, (1,): 4}
pprint.pprint(mixed)
pprint.pprint(set(range(30)), width=40)
pprint.pprint(frozenset(range(30)), width=40)
