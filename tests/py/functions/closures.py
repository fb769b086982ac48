# closures, nonlocal, cells, decorators, lambdas
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = counter()
print(c(), c(), c(10))
print(c.__closure__[0].cell_contents)

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())

def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))

def arg_cell(a, b):
    def get():
        return a * b
    a = a + 1
    return get
print(arg_cell(2, 3)())

def decorator(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        r = fn(*args, **kwargs)
        print("returned", r)
        return r
    wrapper.__name__ = fn.__name__
    return wrapper

@decorator
def add(a, b=0):
    return a + b

add(1, b=2)
print(add.__name__)

def param_deco(tag):
    def deco(fn):
        def w(*a):
            return tag + str(fn(*a))
        return w
    return deco

@param_deco("<")
@param_deco(">")
def ident(x):
    return x
print(ident(5))

def unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return inner()
print(unbound())

def local_unbound():
    try:
        print(q)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    q = 1
    del q
    try:
        del q
    except UnboundLocalError as e:
        print(type(e).__name__, e)
local_unbound()

try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)

def attrs():
    pass
attrs.custom = 42
print(attrs.custom, attrs.__dict__)
print(attrs.__module__, attrs.__doc__)
def documented():
    "the doc"
print(documented.__doc__)
sq = lambda x: x * x
print(sq(7), sq.__name__)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
