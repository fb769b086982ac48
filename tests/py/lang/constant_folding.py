# constant folding as CPython 3.11's AST optimizer: what co_consts holds
import sys

def show(f):
    print(f.__name__, [c for c in f.__code__.co_consts if c is not None])

def big_pow(): return 10 ** 30
def neg(): return -5, -2.5, +3, ~7, not 1, not 0
def mixed(): return 2 * 3.0, 7 // 2, 7 % 3, 2 ** -1, 1 << 10, 255 >> 4, 6 & 3, 6 | 3, 6 ^ 3, 7 / 2
def strings(): return "ab" * 3, b"xy" * 2, "a" + "b", 3 * "c"
def tuples(): return (1, 2, (3, 4)), (1, -2, 2 * 3), ("a", None, True)
def subscripts(): return "abc"[1], (1, 2, 3)[-1], "abc"[::-1]
def too_big(): return 2 ** 200, "a" * 5000, (1,) * 300, 1 << 200, 10 ** 39
def not_folded(): return 1 / 0, "%s" % 5, [1, 2][0], 2 ** 128
def limits(): return 2 ** 127, 2 ** 64 * 2 ** 64, "x" * 4096, (1, 2) * 128, (1,) * 256
def loops():
    for i in [1, 2, 3]:
        pass
    return 5 in [4, 5, 6], 5 in {4, 5, 6}, 5 not in (7, 8)
for f in (big_pow, neg, mixed, strings, tuples, subscripts, too_big, limits, loops):
    show(f)
show(not_folded)
try:
    not_folded()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# a folded constant is one object in the code: 'is' sees it
def a(): return 10 ** 30
def b(): return 10 ** 30
print(a() is a(), a() is b(), a() == 10 ** 30)
x = 2 ** 100 - 1
y = 2 ** 100 - 1
print(x is y, (1, 2, 3) is (1, 2, 3))
def t1(): return (1000, 2000)
def t2(): return 1000
print(t1()[0] is t2())
print(sys.getrefcount(a()) - sys.getrefcount(10 ** 30))
def t3(): return 3000
def t4(): return (3000, 4000)
print(t4()[0] is t3())
