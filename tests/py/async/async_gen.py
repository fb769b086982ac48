# async generators: asend/athrow/aclose, async for, async comprehensions, aiter/anext

class Tick:
    def __await__(self):
        v = yield "tick"
        return v

def run(coro):
    ticks = 0
    try:
        while True:
            r = coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks

async def count(n):
    for i in range(n):
        await Tick()
        yield i
    print("count done")

async def main():
    out = []
    async for v in count(3):
        out.append(v)
    print(out)
    print([v * 10 async for v in count(2)])
    print({v async for v in count(2)}, {v: -v async for v in count(2)})
    print([v async for v in count(4) if v % 2])
    gen_exp = (v + 1 async for v in count(2))
    print(type(gen_exp).__name__, [x async for x in gen_exp])
    g = count(5)
    print(type(g).__name__, g.__name__, g.ag_running, g.ag_code.co_name)
    print(await g.__anext__(), await anext(g), await g.asend(None))
    await g.aclose()
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    ai = aiter(count(1))
    print(await anext(ai))
    await ai.aclose()
    return "main done"

print(run(main()))

async def catcher():
    msg = 1
    while True:
        try:
            yield msg
            msg = 1
        except ValueError as e:
            msg = "caught " + str(e)
        except GeneratorExit:
            print("closing")
            raise

async def use_catcher():
    c = catcher()
    print(await anext(c))
    print(await c.athrow(ValueError("bad")))
    print(await c.athrow(ValueError, ValueError("again")))
    await c.aclose()
    print("after close", await c.athrow(ValueError))
    print(c.ag_frame)

run(use_catcher())

async def returns_early():
    yield 1
    return

async def stop_in_gen():
    yield 1
    raise StopAsyncIteration

async def check_errors():
    g = stop_in_gen()
    await anext(g)
    try:
        await anext(g)
    except RuntimeError as e:
        print("RuntimeError:", e)
    g = returns_early()
    a = g.asend(None)
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        aiter([1, 2])
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext(iter([1]))
    except TypeError as e:
        print("TypeError:", e)
    class NoNext:
        def __aiter__(self):
            return 1
    try:
        aiter(NoNext())
    except TypeError as e:
        print("TypeError:", e)
    g = returns_early()
    try:
        await g.asend(5)
    except TypeError as e:
        print("TypeError:", e)

run(check_errors())

async def ignoring():
    try:
        yield 1
    finally:
        yield 2

async def check_ignore():
    g = ignoring()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

run(check_ignore())

class AIter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def custom():
    total = []
    async for x in AIter(3):
        total.append(x)
    else:
        total.append("else")
    async for x in AIter(5):
        if x == 2:
            break
        total.append(x)
    print(total)

run(custom())
