# TypeErrors raised while matching class patterns, and a mapping with duplicate keys
notcls = 5
class C:
    pass
class D:
    __match_args__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = 2
class E:
    __match_args__ = ["a"]
class F:
    __match_args__ = (1,)
class K:
    key = "k"
for subj, src in [(1, "case int(1, 2): pass"), (C(), "case C(1): pass"), (1, "case notcls(): pass"),
                  (D(), "case D(1, 2, 3): pass"), (E(), "case E(x): pass"), (F(), "case F(x): pass"),
                  (D(), "case D(x, a=y): pass"), (C(), "case C(x=1): pass"), (D(), "case D(x, y): print(x, y)"),
                  (5, "case bool(x): pass"), (5, "case int(x): print(x)"), (D(), "case D(1): print('D1')"),
                  ({"k": 1}, "case {K.key: 1, 'k': 2}: pass"), ("s", "case str(x): print(x)"),
                  ([1], "case list([y]): print(y)"), ({1: 2}, "case dict({1: z}): print(z)")]:
    try:
        exec("match subj:\n    " + src + "\n    case _: print('no')\n")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# an uncaught one: the traceback and exit status
match C():
    case C(1, 2):
        pass
