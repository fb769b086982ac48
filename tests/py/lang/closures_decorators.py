# closures / decorators / higher-order
def memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@memo
def fib(n):
    "nth fibonacci"
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), len(fib.cache), fib.__name__, fib.__doc__)
def compose(*fns):
    def run(x):
        for f in reversed(fns): x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def counter():
    count = 0
    def incr(step=1):
        nonlocal count
        count += step
        return count
    def get(): return count
    return incr, get
i1, g1 = counter(); i1(); i1(5); print(g1(), i1.__closure__ is not None, len(i1.__closure__))
def partial(fn, *pa, **pk):
    def call(*a, **k): return fn(*pa, *a, **{**pk, **k})
    return call
def greet(greeting, name, punct="!"): return f"{greeting}, {name}{punct}"
hello = partial(greet, "Hello"); print(hello("Ann"), hello("Bob", punct="?"), partial(greet, punct=".")("Hi", "Cy"))
def accumulate(it, fn=lambda a, b: a + b):
    it = iter(it)
    try: total = next(it)
    except StopIteration: return
    yield total
    for x in it:
        total = fn(total, x); yield total
print(list(accumulate([1, 2, 3, 4])), list(accumulate("abc")), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])))
def chunks(seq, n): return [seq[i:i + n] for i in range(0, len(seq), n)]
print(chunks(list(range(10)), 3), chunks("abcdefg", 2))
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)): yield from flatten(item)
        else: yield item
print(list(flatten([1, [2, (3, [4, []]), 5], [[6]]])))
def group_by(items, key):
    out = {}
    for it in items: out.setdefault(key(it), []).append(it)
    return out
print(group_by(range(10), lambda v: v % 3), group_by("Mississippi", str.lower))
print(sorted(map(lambda p: p[0] * p[1], zip(range(5), range(5, 10)))), list(filter(str.isupper, "aBcDe")))
print(dict(map(lambda kv: (kv[1], kv[0]), {"a": 1, "b": 2}.items())))
def trace(fn):
    depth = [0]
    def wrapped(*a):
        print("  " * depth[0] + f"-> {fn.__name__}{a}")
        depth[0] += 1
        r = fn(*a)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {r}")
        return r
    return wrapped
@trace
def gcd(a, b): return a if b == 0 else gcd(b, a % b)
gcd(48, 18)
class cached_property:
    def __init__(self, fn): self.fn = fn; self.name = fn.__name__
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.fn(obj); obj.__dict__[self.name] = v; return v
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing"); return 3.14159 * self.r ** 2
c = Circle(2); print(c.area, c.area, "area" in vars(c))
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print({k: f(10) for k, f in adders.items()})
print((lambda f: f(f, 10))(lambda self, n: 1 if n == 0 else n * self(self, n - 1)))
gen_funcs = [(lambda: (yield i))() for i in range(2)] if False else []
print(all(callable(f) for f in [len, fib, Circle, c.__init__, lambda: 0]), sum(1 for _ in filter(None, [0, 1, None, 2])))
