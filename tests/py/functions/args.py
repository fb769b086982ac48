# argument binding: positional, keyword, defaults, *args, **kwargs, kw-only, pos-only
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, d=10))
print(f(a=1, c=2, z=3))
print(f(*[1, 2, 3], **{'c': 4, 'q': 5}))

def g(a, /, b, *, k):
    return a, b, k

print(g(1, 2, k=3))
print(g(1, b=2, k=3))

def h(x, y=10):
    return x + y

print(h(1), h(1, 2), h(y=5, x=1))
print(h.__defaults__, h.__name__, h.__qualname__)

calls = [
    "h()", "h(1, 2, 3)", "h(1, x=2)", "h(1, z=3)", "g(1, 2)", "g(a=1, b=2, k=3)",
    "g(1, 2, 3, k=4)", "f()", "f(1)", "k()", "k(1, 2)", "m(1)", "m(1, 2, 3)",
    "h(**{'x': 1}, **{'x': 2})", "h(**1)", "h(*1)", "nokw(1, 2, 3, 4)",
]
def k(a, b, c):
    pass
def m(a, b, c=1, *, d, e):
    pass
def nokw(a, b, *, c=1):
    pass
for src in calls:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)

class A:
    def meth(self, x, y=1):
        return x + y
    def many(self):
        pass
a = A()
print(a.meth(1), a.meth(1, y=5), A.meth(a, 2))
for src in ["a.meth()", "a.many(1)", "A.meth()", "a.meth(1, 2, 3)"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)

def kwonly(*, key, flag=False):
    return key, flag
print(kwonly(key=1), kwonly(flag=True, key=2))
try:
    kwonly(1)
except TypeError as e:
    print(e)

def star(*args):
    return args
print(star(), star(1), star(*range(3), 4, *[5]))
def dstar(**kw):
    return sorted(kw)
print(dstar(), dstar(a=1, **{'b': 2}, c=3))
