# Python-to-Python calls run inline in the caller's eval loop: tracebacks,
# sys._getframe chains, f_back/f_lineno/f_locals, the recursion limit, argument
# references and __del__ timing must be what CPython 3.11 shows.
import sys

# --- tracebacks through many inline frames
def level(n):
    if n == 0:
        raise ValueError("bottom")
    return level(n - 1) + 1

def tb_summary(e):
    out = []
    tb = e.__traceback__
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

try:
    level(6)
except ValueError as e:
    s = tb_summary(e)
    print(len(s), s[0][0], s[1], s[-1])

# an exception crossing 400 frames, with a finally in each
unwound = []
def deep_finally(n):
    try:
        if n == 0:
            raise KeyError(n)
        return deep_finally(n - 1)
    finally:
        unwound.append(n)
try:
    deep_finally(400)
except KeyError as e:
    print("unwound", len(unwound), unwound[:3], unwound[-1], len(tb_summary(e)))

# caught half way: the frames below are gone, the ones above keep running
def catcher(n):
    if n == 200:
        try:
            return catcher(n - 1)
        except ZeroDivisionError as e:
            return ("caught at", n, len(tb_summary(e)))
    if n == 0:
        return 1 / 0
    return catcher(n - 1)
print(catcher(300))

# an error in argument binding of a deep call
def bind_error(n):
    if n == 0:
        return level(1, 2)
    return bind_error(n - 1)
try:
    bind_error(20)
except TypeError as e:
    print(e, len(tb_summary(e)))

# --- sys._getframe and f_back chains while frames run inline
def chain():
    f = sys._getframe()
    names = []
    while f:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return names

class K:
    def meth(self, x, *, scale=1):
        return helper(x * scale)
    def __init__(self, v):
        self.c = chain()

def helper(x):
    return chain() if x > 3 else helper(x + 1)

print(helper(1))
print(K(0).meth(2, scale=2))
print(K(0).c[:2])
print([n for n, _ in (lambda: chain())()])

def caller_locals():
    a = 1; b = "two"
    return callee_peek()
def callee_peek():
    f = sys._getframe(1)
    return f.f_code.co_name, sorted(f.f_locals.items()), f.f_lineno
print(caller_locals())

# frames kept after their call returned
def keep():
    return sys._getframe()
kf = keep()
print(kf.f_code.co_name, kf.f_lineno, type(kf.f_locals))

# --- generators calling functions calling generators
def inner_gen(n):
    for i in range(n):
        yield square(i)

def square(i):
    return sum(x for x in inner_gen(0)) + i * i

def outer_gen(n):
    for i in range(n):
        yield total(i)

def total(i):
    return sum(inner_gen(i))

print(list(outer_gen(6)))

def gen_raising():
    yield 1
    level(2)
def consume():
    return list(gen_raising())
try:
    consume()
except ValueError as e:
    print([n for n, _ in tb_summary(e)])

# --- recursion limit: same depth as CPython
def count_depth(n):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
base = count_depth(0)
print("max depth", base)
old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
print("max depth at 120", count_depth(0))
sys.setrecursionlimit(old)

def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e, len(tb_summary(e)))

# recursion mixing inline calls and calls through C (__init__, map, sorted keys)
class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None
def node_depth(x):
    return 0 if x is None else 1 + node_depth(x.child)
print(node_depth(Node(150)))
def via_map(n):
    return n if n == 0 else list(map(via_map, [n - 1]))[0] + 1
print(via_map(100))
try:
    class Loop:
        def __init__(self):
            Loop()
    Loop()
except RecursionError as e:
    print("class recursion:", e)

# --- references held during a call are CPython's
def refs(x):
    return sys.getrefcount(x)
o = object()
print(refs(o), refs(x=o), sys.getrefcount(o))
class R:
    def m(self, x):
        return sys.getrefcount(self), sys.getrefcount(x)
r = R()
print(r.m(o), R.m(r, o))
def fn_refs():
    return sys.getrefcount(fn_refs)
print(fn_refs())

# --- __del__ of an argument runs when the callee's frame ends
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def takes(d):
    print("in takes", d.name)
    return 5
print(takes(D("a")), "after")
def takes_kw(d=None, *, e=None):
    return 6
print(takes_kw(d=D("b"), e=D("c")), "after kw")

# --- keyword, default, star and closure forms run inline too
def mk(k):
    def add(a, b=10, *rest, c=0, **kw):
        return a + b + k + c + len(rest) + len(kw)
    return add
add = mk(100)
print(add(1), add(1, 2), add(1, 2, 3, 4, c=5, z=6), add(b=1, a=2))
class P:
    def __init__(self, v):
        self.v = v
    def get(self, d=0):
        return self.v + d
    @staticmethod
    def st(a, b):
        return a * b
    @classmethod
    def cm(cls, a):
        return cls.__name__ + str(a)
p = P(3)
bm = p.get
print(p.get(), p.get(d=4), bm(), bm(d=1), P.st(6, 7), P.cm(1), p.cm(2))
