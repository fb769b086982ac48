a = b = c = [1]
a.append(2); print(b, c is a)
x, y = y, x = 1, 2; print(x, y)
class Obj:
    def __init__(self): self.calls = 0; self.v = 0
    def get(self):
        self.calls += 1; return self
o = Obj(); o.get().v += 5; print(o.v, o.calls)
lst = [0, 0]; idx = [0]
def nexti(): idx[0] += 1; return idx[0] - 1
lst[nexti()] += 10; print(lst, idx)
for i in range(3):
    if i == 5: break
else: print("for-else ran")
for i in range(3):
    if i == 1: break
else: print("not printed")
n = 0
while n < 3: n += 1
else: print("while-else", n)
def f(*args): return args
print(f(*[1, 2], 3, *(4,)), [*range(2), *[9]], (*"ab",))
def g(): return 1, *[2, 3]
print(g())
def h(): yield 1, *[2]
print(list(h()))
t = 1,; print(t)
print([i for i in range(10)][-1:-4:-1], {**{}}, [*()])
print(type(lambda: 0)(g.__code__, {}) if False else "")
d = {"a": [1, 2]}
d["a"][0] += 100; print(d)
m = [[0] * 2 for _ in range(2)]; m[1][0] = 5; print(m)
def deco_expr(f): return f
decos = {"d": deco_expr}
@decos["d"]
def decorated(): return "works"
print(decorated())
@(lambda f: f)
def decorated2(): return "lambda deco"
print(decorated2())
print((lambda *, k=3: k)(), (lambda a, /, b: a + b)(1, b=2), (lambda **kw: kw)(a=1))
x = 5
x = x if x > 3 else -x; print(x)
print(1 if 0 else 2 if 0 else 3, not not [], (not 0) + 1)
print(2 ** -1, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, -1 ** 0.5 if False else 0)
print(1 + 2 * 3 - 4 / 2 % 3 // 1, 7 & 3 | 4 ^ 1, 1 << 2 + 1, ~0 & 0xff, 5 > 3 == 3 > 1)
print("a" in "abc" in "xabcx" if False else "a" in "abc", None is None is not False)
print(-(-(-1)), + - + 1, - - 1, not -1)
if x: pass
elif y: pass
else: pass
try: pass
except: pass
finally: pass
with open(__file__) as f1, open(__file__) as f2: print(f1.readline() == f2.readline())
with (open(__file__) as f1,
      open(__file__) as f2):
    print("paren with ok")
print(__file__.endswith("syn2.py"), __name__, __doc__, __builtins__ is not None)
def annot_only():
    x: int
    return "ok"
print(annot_only())
global_annot: str = "set"; print(global_annot, __annotations__)
class K:
    attr: int = 3
    other: str
print(K.attr, K.__annotations__)
print(f"{'a' 'b'}", f"{1}" f"{2}", "x" f"{3}" "y", f"{f'{1}'}")
num = 3.14159
print(f"{num:.{1 + 1}f}", f"{num!r}", f"{'{'}", f"{'}'}", f"{{{num:.1f}}}")
print(0 or [] or {} or "last", 1 and [] and 3, (1, 2) and "t")
assert True
assert (1, "msg")  # always true tuple
del x
try: x
except NameError as e: print(e)
