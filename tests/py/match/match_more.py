# more match statements: generators, closures, nonlocal captures, what is a sequence or a mapping, or-patterns
import collections
def gen(items):
    for it in items:
        match it:
            case [x, y]:
                yield x + y
            case {"v": v}:
                yield v
            case _:
                yield None
print(list(gen([[1, 2], {"v": 9}, "ab", (3, 4)])))
def closure(v):
    match v:
        case [a, *rest]:
            return lambda: (a, rest)
    return None
print(closure([1, 2, 3])())
for s in ["abc", b"ab", bytearray(b"xy") if False else (1,), collections.deque([1, 2]), range(3), [], {}]:
    match s:
        case [*_]:
            print("seq", type(s).__name__)
        case _:
            print("not seq", type(s).__name__)
class MyDict(dict): pass
match MyDict(a=1, b=2):
    case {"a": 1, **rest}:
        print("mydict", rest)
match {"x": 1}:
    case {**rest}:
        print("rest only", rest)
match 3.0:
    case 3:
        print("3 == 3.0")
match 0:
    case False:
        print("no: False is a singleton")
    case 0:
        print("zero")
match (1, (2, (3, 4))):
    case (a, (b, (c, d))) if a + b + c + d == 10:
        print("deep", a, b, c, d)
class P:
    __match_args__ = ("x",)
    def __init__(self, x): self.x = x
match P(P(5)):
    case P(P(x=inner)):
        print("nested class", inner)
match [P(1), P(2)]:
    case [P(x=1) as first, P() as second]:
        print(first.x, second.x)
x = "outer"
match 42:
    case int(x) if x > 100:
        pass
    case _:
        print("guard failed, x bound:", x)
def f(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case [1 | 2 as a, (3 | 4) as b]:
            return f"pair {a} {b}"
        case str() | bytes():
            return "text"
        case {"k": [1, *more]} | {"j": more}:
            return f"more {more}"
    return "none"
for v in [2, [2, 4], "s", b"b", {"k": [1, 2, 3]}, {"j": 5}, 9]:
    print(f(v))
match -0.0:
    case 0:
        print("neg zero matches 0")
match 10**30:
    case 1000000000000000000000000000000:
        print("big int")
match None:
    case None:
        print("none")
match True:
    case 1:
        print("True == 1")
def nonlocal_capture():
    res = None
    def inner(v):
        nonlocal res
        match v:
            case [res, _]:
                pass
    inner([7, 8])
    return res
print(nonlocal_capture())
