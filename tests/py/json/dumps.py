# json.dumps / json.dump and JSONEncoder: every option and the common errors.
import json

class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y

data = {"name": "Zoë", "n": [1, 2.5, -0.0, 1e100, 1.0, 0.1, 10**30, -7], "ok": True,
        "no": False, "nil": None, "t": (1, "two"), "nested": {"z": [], "a": {}, "m": [[]]}}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, indent="\t", separators=(",", ": ")))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps([1, [2, [3, {}]]], indent=0))
print(json.dumps({"a": 1}, indent=-1), json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps("é\u2028\x00\x1f\x7f\"\\/\b\f\n\r\t😀"))
print(json.dumps("é😀\x7f\x01", ensure_ascii=False))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e", -3: "f"}))
print(json.dumps({"b": 1, "a": 2, "c": {"y": 1, "x": 2}}, sort_keys=True))
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
print(json.dumps(Pt(1, 2), default=lambda o: o.__dict__))
print(json.dumps([Pt(1, [Pt(3, 4)])], default=vars, sort_keys=True))
print(json.dumps(12345678901234567890123), json.dumps(3.141592653589793), json.dumps(1e-7))
print(json.dumps(True), json.dumps(None), json.dumps("x"), json.dumps(2.0**70))

class IntSub(int):
    def __repr__(self):
        return "IntSub!"

class FloatSub(float):
    def __repr__(self):
        return "FloatSub!"

print(json.dumps([IntSub(5), FloatSub(2.5), {IntSub(7): 1}]))

class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, range):
            return [o.start, o.stop]
        return super().default(o)

print(json.dumps({"s": {3, 1, 2}, "c": range(1, 5)}, cls=MyEncoder, sort_keys=True))
print(MyEncoder(indent=1).encode({"a": {1}}))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
print(json.JSONEncoder(separators=(";", "=")).encode({"a": [1, 2]}))
e = json.JSONEncoder()
print(e.item_separator, e.key_separator, json.JSONEncoder(indent=2).item_separator)

for bad, kw in [(Pt(1, 2), {}), ({(1, 2): 3}, {}), ([float("nan")], {"allow_nan": False}),
                ({"x": float("inf")}, {"allow_nan": False}), ({1.5 * 1e400: 1}, {"allow_nan": False}),
                (b"bytes", {}), ({1, 2}, {}), ({"k": object}, {})]:
    try:
        json.dumps(bad, **kw)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)

a = []
a.append(a)
d = {}
d["self"] = d
for obj in (a, d, [d]):
    try:
        json.dumps(obj)
    except ValueError as err:
        print("ValueError", err)
try:
    json.dumps(Pt(0, 0), default=lambda o: o)
except ValueError as err:
    print("ValueError", err)
try:
    json.dumps(a, check_circular=False)
except RecursionError as err:
    print("RecursionError")
shared = [1]
print(json.dumps([shared, shared, {"k": shared}]))

class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

out = Out()
json.dump({"a": [1, {"b": None}]}, out)
print("".join(out.parts), len(out.parts) > 1)
out = Out()
json.dump([1, 2], out, indent=1, sort_keys=True)
print(repr("".join(out.parts)))
