import asyncio
async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        print("agen finally")
async def main():
    async for x in agen():
        if x == 2:
            break
    print("after loop")
    g = agen()
    print(await anext(g))
    print("main end")
asyncio.run(main())
print("done")
import sys
print(sys.get_asyncgen_hooks()[0], sys.get_asyncgen_hooks()[1])
seen = []
sys.set_asyncgen_hooks(firstiter=lambda g: seen.append("first " + g.__name__),
                       finalizer=lambda g: seen.append("fin " + g.__name__))
g = agen()
try:
    g.asend(None).send(None)
except StopIteration as e:
    print("first", e.value)
del g
print(seen)
sys.set_asyncgen_hooks(None, None)
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print(e)
print(asyncio.iscoroutine((x for x in [])), asyncio.iscoroutine(1))
