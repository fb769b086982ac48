import sys
def gen():
    yield 1
    yield from sub()
def sub():
    yield 2
    raise ValueError("deep in sub")
def consume():
    return [x * 2 for x in gen()]
try:
    consume()
except ValueError:
    pass
def throw_into():
    g = gen()
    next(g)
    g.throw(KeyError("thrown"))
throw_into()
