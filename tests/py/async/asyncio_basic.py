import asyncio

async def compute(x, delay=0.002):
    await asyncio.sleep(delay)
    return x * x

async def fails():
    await asyncio.sleep(0)
    raise ValueError("boom")

async def main():
    print(await asyncio.gather(compute(1), compute(2), compute(3)))
    print(await asyncio.gather(compute(4), fails(), return_exceptions=True))
    print(await asyncio.gather())
    try:
        await asyncio.gather(fails(), compute(5))
    except ValueError as e:
        print("gather raised", repr(e))
    t = asyncio.create_task(compute(6), name="sq")
    print(t.get_name(), t.done(), t.cancelled())
    print(await t, t.done(), t.result(), t.exception())
    t2 = asyncio.create_task(fails())
    await asyncio.sleep(0.001)
    print(t2.done(), repr(t2.exception()))
    try:
        t2.result()
    except ValueError as e:
        print("result raised", e)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(compute(7), 1))
    c = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(c.cancel(), c.cancel())
    try:
        await c
    except asyncio.CancelledError:
        print("cancelled", c.cancelled(), c.done())
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("result of cancelled:", type(e).__name__, isinstance(e, Exception))
    done, pending = await asyncio.wait([asyncio.create_task(compute(i)) for i in range(3)])
    print(sorted(t.result() for t in done), pending)
    slow = asyncio.create_task(compute(9, 0.05))
    fast = asyncio.create_task(compute(8, 0.001))
    done, pending = await asyncio.wait([slow, fast], return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    slow.cancel()
    # 0.1 s against 0.001 s: the order holds on a loaded machine under stress GC
    for fut in asyncio.as_completed([compute(3, 0.1), compute(1, 0.001)]):
        print("as_completed", await fut)
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
    coro = compute(1)
    print(asyncio.iscoroutine(coro), asyncio.iscoroutine(1))
    coro.close()
    print(asyncio.get_running_loop() is asyncio.get_event_loop())
    print(asyncio.current_task().get_name().startswith("Task-"))
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.001, f.set_result, "later")
    print(await f, f.done())
    order = []
    f2 = asyncio.get_running_loop().create_future()
    f2.add_done_callback(lambda fut: order.append(("cb", fut.result())))
    f2.set_result(3)
    order.append("after set")
    await asyncio.sleep(0)
    print(order)
    try:
        f2.set_result(4)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError")
    return "done"

print(asyncio.run(main()))
try:
    asyncio.run(compute)
except ValueError as e:
    print("ValueError:", str(e).split(" at ")[0])
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

async def nested():
    c = compute(1)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
asyncio.run(nested())

async def shielded():
    inner = asyncio.create_task(compute(2, 0.005))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner", inner.cancelled())
    print(await inner)
asyncio.run(shielded())
