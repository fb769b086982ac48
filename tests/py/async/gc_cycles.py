# coroutines and async generators in reference cycles: collected, warned once, no leaks
import gc
async def f():
    pass
class Holder: pass
h = Holder()
h.c = f()
h.self = h
del h
gc.collect()
async def g(box):
    await box[0]
box = [None]
c = g(box)
box[0] = c
try:
    c.send(None)
except ValueError as e:
    print("ValueError", e)
del c, box
gc.collect()
async def agen():
    try:
        yield 1
    finally:
        pass
a = agen()
ai = a.__anext__()
try:
    ai.send(None)
except StopIteration as e:
    print(e.value)
x = [a, ai]
x.append(x)
del a, ai, x
gc.collect()
print("ok")
