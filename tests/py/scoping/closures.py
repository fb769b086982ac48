# closures: cells, free variables, late binding, cells for arguments
def make_counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = make_counter(10)
print(c(), c(), c(5))

def adders():
    fs = []
    for i in range(3):
        fs.append(lambda x: x + i)
    return fs

print([f(10) for f in adders()])

def adders_bound():
    return [lambda x, i=i: x + i for i in range(3)]

print([f(10) for f in adders_bound()])

def outer(a):
    def middle():
        def inner():
            return a * 2
        return inner
    return middle()()

print(outer(21))

def arg_cell(x, y=5):
    def get():
        return x, y
    x = x + 1
    return get()

print(arg_cell(1))

def shadow():
    x = 'outer'
    def f():
        x = 'inner'
        return x
    return f(), x

print(shadow())

def unbound():
    def g():
        return v
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return g()

print(unbound())

def local_unbound():
    try:
        print(w)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    w = 2

local_unbound()

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2()
    return l1()()

print(deep())
print(make_counter.__code__.co_cellvars, c.__code__.co_freevars)
print(outer.__code__.co_cellvars)
print(arg_cell.__code__.co_varnames, arg_cell.__code__.co_cellvars)
