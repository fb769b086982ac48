import sys
for s in ["0x1F", "1e3", "1_000", "_1", "1__0", " 12 ", "١٢", "+-1", "0o8", "00", "0_0", "09", "1.", "-0", "  +7\n"]:
    for base in (10, 0, 16):
        try: r = int(s, base)
        except ValueError as e: r = str(e)
        print(repr(s), base, r)
for s in ["1e3", ".5", "5.", "1_0.5", "inf", "-Infinity", "nan", "+NaN", "1e", "e5", "0x10", " 1.5 ", "1__0", "١.٥", "1.5j"]:
    try: print(repr(s), float(s))
    except ValueError as e: print(repr(s), e)
print(int(True), int(-0.0), int(1e18), int("-" + "9" * 30), float(True), float(2 ** 100), str(2.0 ** 100), 2 ** 100 / 1, float("1" * 400) if False else "")
deep = []
cur = deep
for _ in range(2000): cur.append([]); cur = cur[0]
try: repr(deep)
except RecursionError as e: print("RecursionError", e)
d = {}
d["self"] = d
print(d, str([d]))
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
sys.setrecursionlimit(2000); print(depth(1900)); sys.setrecursionlimit(1000)
class Node:
    def __init__(self, nxt): self.nxt = nxt
    def length(self): return 1 + (self.nxt.length() if self.nxt else 0)
n = None
for i in range(500): n = Node(n)
print(n.length())
try:
    for i in range(2000): n = Node(n)
    n.length()
except RecursionError as e: print("method recursion", e)
print([1, 2] == [1, 2.0], (1, "a") < (1, "b"), [[1]] < [[2]], {1: 2} == {1: 2.0}, {1, 2} == frozenset({1.0, 2}), "a" * 0 == "", 0.1 + 0.2 == 0.3)
try: {1: 2} < {1: 3}
except TypeError as e: print(e)
try: (1, 2) < (1, "a")
except TypeError as e: print(e)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), max("a", "B"), min([[], [0]]))
print(list(range(0, -10, -3)), range(10)[-3:], range(10)[::-3], list(range(10)[2:8:2]), range(5).index(3), len(range(0, 100, 7)), range(10, 0, -1)[0])
print(10 in range(0, 20, 5), 11 in range(0, 20, 5), 5.0 in range(10), "x" in range(3) if False else "")
print("é" * 3, "日本" in "日本語", "語".join("ab"), len("👍🏽"), "👍🏽"[0] == "👍", "ab👍"[::-1], "a\u0301" == "á")
print(str(123456789012345678901234567890)[::3], int("1" * 30) % 97, -7 // 2, -7 % 2, 7 // -2, divmod(-7, -2), (-7).__floordiv__(2))
print(round(123.456, -1), round(-0.5), round(1.5), round(2.5), round(-1.5), round(0.1 + 0.2, 1), round(1e-10, 5), f"{round(2.675, 2)}")
print(float("0.1") * 3, 1 / 3 + 1 / 3 + 1 / 3, 0.1 ** 2, 3.0 * 1.1, 1e-10 + 1, 2 ** 0.5 * 2 ** 0.5, 10 ** -5, 1 / 1024)
print(max(0.0, -0.0), min(-0.0, 0.0), abs(-0.0), -0.0 + 0.0, 0.0 * -1, (-0.0).__repr__(), 1 / float("inf"), -1 / float("inf"))
big = 10 ** 100
print(big // 7, big % 7, -big // 7, big * big > big, big == float(big), int(float(big)) == big, float(big) == big, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(hash(big) == hash(float(big)) if False else "", hash(2 ** 61 - 1), hash(-(2 ** 61)), hash(2 ** 100), hash(0.1), hash(-0.0), hash(1e300), hash(1.5) == hash(3 / 2))
