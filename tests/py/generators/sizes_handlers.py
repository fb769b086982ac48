# sys.getsizeof of generators and coroutines whose functions hold try,
# with and calls: CPython 3.11 sizes the embedded frame by co_stacksize,
# which counts the NULL of each call and the exception-path code of
# try/finally, try/except and with
import sys

class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False
    async def __aenter__(self): return self
    async def __aexit__(self, *a): return False

def g_try():
    try:
        yield 1
    finally:
        pass
def g_except():
    try:
        yield 1
    except ValueError:
        pass
def g_except_as():
    try:
        yield 1
    except ValueError as e:
        yield e
def g_try_nested():
    try:
        try:
            yield 1
        finally:
            pass
    except ValueError:
        pass
def g_with():
    with CM() as f:
        yield f
def g_with2():
    with CM(), CM() as b:
        yield b
def g_with_try():
    with CM():
        try:
            yield 1
        finally:
            pass
def g_for_range():
    for i in range(3):
        yield i
def g_calls(x):
    yield len(str(abs(x)))
def g_kw(x):
    yield dict(a=x, b=2)
def g_star(*a):
    yield max(*a)
def g_class():
    class A:
        pass
    yield A
async def c_try():
    try:
        pass
    finally:
        pass
async def c_with():
    with CM():
        pass
async def c_awith():
    async with CM() as m:
        return m
async def ag_try():
    try:
        yield 1
    finally:
        pass

gens = [g_try(), g_except(), g_except_as(), g_try_nested(), g_with(), g_with2(), g_with_try(),
        g_for_range(), g_calls(-5), g_kw(1), g_star(1, 2), g_class()]
for g in gens:
    print(g.__name__, sys.getsizeof(g), g.gi_code.co_stacksize, [type(v).__name__ for v in g])
for f in (c_try, c_with, c_awith):
    c = f()
    print(f.__name__, sys.getsizeof(c), c.cr_code.co_stacksize)
    try:
        c.send(None)
    except StopIteration as e:
        print("  returned", type(e.value).__name__)
a = ag_try()
print("ag_try", sys.getsizeof(a), a.ag_code.co_stacksize)
genexp = (len(str(x)) for x in range(2))
print("genexp", sys.getsizeof(genexp), list(genexp))
