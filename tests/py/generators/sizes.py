# sys.getsizeof of generators, coroutines and async generators: CPython 3.11
# embeds the frame (locals, cells, stack) in the object
import sys
def g0():
    yield
def g1(a, b):
    x = 1
    yield a + b + x
def g2(n):
    for i in range(n):
        yield i * 2
def g3(seq):
    yield from seq
def g4(d):
    for k, v in d.items():
        if k:
            yield k, v
def g6():
    x = [1, 2, 3]
    yield [y * 2 for y in x]
def g7(a):
    def inner():
        return a
    yield inner
async def c0():
    pass
async def c1(x):
    y = await c0()
    return x
async def ag0():
    yield 1
ge = (i for i in range(3))
for name, obj in [("g0", g0()), ("g1", g1(1, 2)), ("g2", g2(3)), ("g3", g3([1])), ("g4", g4({})),
                  ("g6", g6()), ("g7", g7(1)),
                  ("c0", c0()), ("c1", c1(1)), ("ag0", ag0()), ("genexp", ge)]:
    code = getattr(obj, "gi_code", None) or getattr(obj, "cr_code", None) or obj.ag_code
    print(name, sys.getsizeof(obj), code.co_stacksize, code.co_nlocals)
    if hasattr(obj, "close"):
        obj.close()
