# literal, capture, wildcard, value, sequence, mapping, class, or, as, guards
import collections

class Color:
    RED = 1
    GREEN = 2

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Circle:
    def __init__(self, r):
        self.r = r
    def __repr__(self):
        return f"Circle({self.r})"

def describe(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello" | "hi":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "red"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x!r}"
        case [1, 2, *rest]:
            return f"starts 1, 2 then {rest}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra {extra}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "some mapping"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0) if xx > 0:
            return f"positive x axis at {xx}"
        case Point() as p:
            return f"other point {p}"
        case Circle(r=r) if r > 10:
            return "big circle"
        case Circle():
            return "circle"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str() as s:
            return f"string {s!r}"
        case (a, b):
            return f"pair {a} {b}"
        case _:
            return f"something else: {type(v).__name__}"

values = [0, -1, 1.5, "hello", "hi", b"bytes", None, True, False, 1, 2, [], [7], (8,),
          [1, 2, 3, 4], [1, 2], [5, 6, 7], (1, 2, 3), {"type": "user", "name": "bob", "age": 3},
          {"type": "user", "name": 5}, {"type": "admin"}, {"x": 1}, {}, Point(0, 0), Point(0, 5),
          Point(3, 0), Point(-3, 0), Circle(20), Circle(1), 1000, 42, 2.5, "text", "ab",
          collections.OrderedDict(type="od"), range(2), set(), (1, 2), "x" * 3]
for v in values:
    print(repr(v), "->", describe(v))

# the subject is evaluated once; tuple subjects; names stay bound after the match
calls = []
def subject():
    calls.append(1)
    return (1, 2)
match subject():
    case (1, 3):
        print("no")
    case (1, y):
        print("y =", y)
print("calls", len(calls), "y", y)

match 1, 2, 3:
    case a, *b:
        print("a", a, "b", b)

# a failed case binds nothing; a guard sees the bindings
match [1, 2]:
    case [q, 3]:
        print("no")
    case [r, s] if r > s:
        print("no")
    case _:
        print("fallthrough", "q" in globals(), r, s)

# nested patterns
data = {"items": [{"id": 1, "tags": ["a", "b"]}, {"id": 2, "tags": []}]}
match data:
    case {"items": [{"id": i1, "tags": [t0, *_]}, {"id": i2, "tags": []}]}:
        print("nested", i1, t0, i2)

# or-patterns binding names in different orders
for v in [(1, "a"), ("b", 2)]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("or", n, s)

# as-patterns around groups and sequences
match [1, [2, 3]]:
    case [1, [2, _] as inner] as whole:
        print("as", inner, whole)

# match in a function: locals; in a loop with break/continue
def classify(items):
    out = []
    for it in items:
        match it:
            case "stop":
                break
            case "skip":
                continue
            case n:
                out.append(n)
    return out
print(classify([1, "skip", 2, "stop", 3]))

# a mapping is matched with .get(): a defaultdict grows no keys
dd = collections.defaultdict(int, a=1)
match dd:
    case {"a": 1, "b": 0}:
        print("no")
    case {"a": 1}:
        print("defaultdict", dict(dd))

# match and case are still ordinary names
match = [1, 2]
case = 3
_ = 4
print(match, case, _)
match[0] = case
print(match)
def match(x): return x * 2
print(match(21))
