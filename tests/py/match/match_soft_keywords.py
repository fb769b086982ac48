# match, case and _ stay ordinary names where they are not keywords
class _Re:
    class _M:
        def group(self, i): return "123"
    def match(self, p, s): return self._M()
re = _Re()
class Matcher:
    match = "attr"
    def match(self, case=None):
        return case
m = Matcher()
print(m.match(case=3), Matcher.match.__name__)
match: int = 5
print(match, __annotations__)
case: str
_: list = [1]
print(_)
match = re.match(r"(\d+)", "123abc")
print(match.group(1))
def f(match, case, _):
    return match + case + _
print(f(1, 2, 3), f(match=1, case=2, _=3))
match, case = 1, 2
print(match, case)
print([match for match in range(3)])
match = {"k": lambda: 1}
print(match["k"]())
case = [1, 2]
case[0] = 5
print(case)
match (1, 2):
    case (1, x):
        print("tuple subject in parens", x)
match [1]:
    case [_]:
        print("list subject")
match -1:
    case -1:
        print("negative")
match (x := 5):
    case 5:
        print("walrus subject", x)
match not_a_match_statement := 3:
    case 3:
        print("ok")
