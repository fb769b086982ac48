# coroutine objects: send/throw/close, attributes, CPython's errors
import sys

async def double(x):
    return x * 2

async def chain():
    a = await double(3)
    b = await double(a)
    return a + b

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(chain()))
c = double(1)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
print(c.cr_code is double.__code__, c.cr_frame is not None, c.cr_suspended)
print(double.__code__.co_flags & 0x80 != 0)
print(run(c), c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

class Yield:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield self.v
        return got

async def talker():
    x = await Yield("first")
    print("talker got", x)
    try:
        y = await Yield("second")
    except KeyError as e:
        print("caught", repr(e))
        y = "recovered"
    return y

t = talker()
print(t.send(None))
print(t.send("hello"))
try:
    t.throw(KeyError("k"))
except StopIteration as e:
    print("returned", e.value)

t = talker()
print(t.send(None))
print(t.cr_await is not None, t.cr_suspended)
t.close()
print(t.cr_frame)

t = talker()
try:
    t.send(1)
except TypeError as e:
    print("TypeError:", e)
t.close()

async def not_awaitable():
    await 42
try:
    run(not_awaitable())
except TypeError as e:
    print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 5
async def bad():
    await BadAwait()
try:
    run(bad())
except TypeError as e:
    print("TypeError:", e)

class CoroAwait:
    def __await__(self):
        return double(1)
async def bad2():
    await CoroAwait()
try:
    run(bad2())
except TypeError as e:
    print("TypeError:", e)

async def raises_stop():
    raise StopIteration
try:
    run(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

async def awaits_twice(c):
    await c
inner = talker()
outer1 = awaits_twice(inner)
outer1.send(None)
outer2 = awaits_twice(inner)
try:
    outer2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
outer1.close()
outer2.close()

w = double(5).__await__()
try:
    next(w)
except StopIteration as e:
    print("wrapper", e.value, type(w).__name__)

try:
    for x in double(1):
        pass
except TypeError as e:
    print("TypeError:", e)

def gen():
    yield from double(1)
try:
    list(gen())
except TypeError as e:
    print("TypeError:", e)

async def ignores():
    try:
        await Yield(1)
    finally:
        await Yield(2)
i = ignores()
i.send(None)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)
i.close()
