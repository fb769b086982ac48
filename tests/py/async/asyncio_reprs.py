import asyncio
async def compute():
    await asyncio.sleep(0)
    return 5
async def main():
    t = asyncio.create_task(compute(), name="c1")
    print(repr(t).split(" running at")[0])
    await t
    print(repr(t).split(" done,")[0], repr(t).split(">")[-3:])
    f = asyncio.get_running_loop().create_future()
    print(f)
    f.set_result([1, 2])
    print(f)
    g = asyncio.get_running_loop().create_future()
    g.cancel()
    print(g, g.cancelled())
    h = asyncio.get_running_loop().create_future()
    h.set_exception(ValueError("x"))
    print(h, h.exception())
    l = asyncio.Lock(); e = asyncio.Event(); s = asyncio.Semaphore(3)
    print([repr(x).split(" at 0x")[0] + " " + repr(x).split("[")[1] for x in (l, e, s)])
    q = asyncio.Queue(5); q.put_nowait(1)
    print(str(q))
asyncio.run(main())
