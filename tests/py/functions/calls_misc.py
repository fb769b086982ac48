# method calls, bound methods, callables, functions as objects
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def scaled(self, k):
        return Point(self.x * k, self.y * k)
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

p = Point(3, 4)
print(p.norm2(), p.scaled(2), p.scaled(k=3))
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2, m == p.norm2)
print(repr(m).startswith("<bound method Point.norm2 of Point(3, 4)>"))
print(type(m).__name__, type(Point.norm2).__name__)

class Shadow:
    def f(self):
        return "method"
s = Shadow()
s.f = lambda: "instance"
print(s.f())

class Callable:
    def __call__(self, *a, **k):
        return ("called", a, sorted(k.items()))
print(Callable()(1, 2, z=3))

def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True))
print(apply(Point, 1, y=2))

funcs = {'sq': lambda x: x ** 2, 'neg': lambda x: -x}
print({k: f(5) for k, f in sorted(funcs.items())})
print(list(map(lambda x: x * 2, range(5))))
print(sorted(["bb", "a", "ccc"], key=len))
print(len.__name__, repr(len))
print([].append.__name__)

def gen_default(x=[]):
    x.append(1)
    return len(x)
print(gen_default(), gen_default(), gen_default([]))

def ret_multi():
    return 1, 2, 3
a, b, c = ret_multi()
print(a, b, c)
first, *rest = ret_multi()
print(first, rest)
*init, last = range(5)
print(init, last)
x, (y, z) = 1, (2, 3)
print(x, y, z)
for src in ["a, b = 1", "a, b = [1, 2, 3]", "a, b, c = [1, 2]", "a, *b, c = [1]", "a, b = iter([1])"]:
    try:
        exec(src)
    except (TypeError, ValueError) as e:
        print(src, "->", type(e).__name__, e)
print(f"{p!r} {3.14159:.2f} {'x':>3} {42!s:<4}|")
