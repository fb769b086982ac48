x = "global"
def f():
    print(x)
    x = 1
try: f()
except UnboundLocalError as e: print(e)
def g():
    def h(): return y
    try: h()
    except NameError as e: print(e)
    y = 1
    return h()
print(g())
def k():
    del zz
try: k()
except UnboundLocalError as e: print(e)
class C:
    a = 1
    b = [a * i for i in range(3)] if False else None
    def m(self): return a
try: C().m()
except NameError as e: print(e)
class D:
    v = 10
    items = [v for _ in range(1)] if False else 0
    lam = (lambda: v)
try: D.lam()
except NameError as e: print(e)
def counter_factory():
    counts = {}
    def count(k):
        counts[k] = counts.get(k, 0) + 1
        return counts[k]
    return count
c = counter_factory(); c("a"); print(c("a"), c("b"), c.__closure__[0].cell_contents if c.__closure__ else None)
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in make_adders()])
def outer():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v += 10
        inner()
        return v
    return mid()
print(outer())
ns = {}
exec("a = 5\ndef f(): return a * 2\nb = f()", ns)
print(ns["a"], ns["b"], eval("a + b", ns), eval("x", {"x": 1}, {"x": 2}), eval("[i for i in range(3)]"))
loc = {}
exec("z = 1", {}, loc); print(loc)
def uses_locals():
    q = 5; r = 6
    return sorted(locals().items())
print(uses_locals(), "x" in globals(), globals()["x"])
print(eval("1 + 2 * 3"), eval("'%s!' % 'hi'"), eval("(lambda: 42)()"), exec("1") is None)
code = compile("3 + 4", "<s>", "eval") if "compile" in dir(__builtins__) else None
print(eval(code) if code else 7)
def gen_scope():
    return [x for x in range(3)], x
print(gen_scope())
for i in range(3): pass
print(i)
try:
    raise ValueError("a")
except ValueError as err:
    pass
try: err
except NameError as e: print(e)
def default_mut(a, l=[]):
    l.append(a); return l
print(default_mut(1), default_mut(2))
def fdoc():
    "docstring here"
    return 1
print(fdoc.__doc__, fdoc.__name__, fdoc.__defaults__, default_mut.__defaults__, fdoc.__code__.co_name if hasattr(fdoc, "__code__") else "")
def kwdefs(a, *, b=5): pass
print(kwdefs.__kwdefaults__)
def annot(a: int, b: "str" = "x") -> bool: pass
print(annot.__annotations__)
g_var = 0
def modify_global():
    global g_var, new_global
    g_var = 1; new_global = 2
modify_global(); print(g_var, new_global)
def shadow(len=len): return len("abc")
print(shadow())
print((lambda: (yield))().__class__.__name__ if False else "")
class Counter:
    n = 0
    def inc(self): Counter.n += 1; self.n += 100; return self.n
cc = Counter(); print(cc.inc(), Counter.n, cc.n)
def closure_loop():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    return [f() for f in fs]
print(closure_loop())
def nested_class():
    val = 42
    class Inner:
        attr = val
        def get(self): return val
    return Inner().get(), Inner.attr
print(nested_class())
