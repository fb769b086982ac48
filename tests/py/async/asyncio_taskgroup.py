import asyncio

async def work(name, delay, fail=None):
    await asyncio.sleep(delay)
    if fail:
        raise fail
    print("done", name)
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 0.05))
        t2 = tg.create_task(work("b", 0.01))
    print(t1.result(), t2.result())

async def failing_group():
    try:
        async with asyncio.TaskGroup() as tg:
            # both failing tasks wake in the same step of the loop (sleep(0)
            # yields once), so both errors are raised before the group
            # cancels its other tasks, however slow the build
            tg.create_task(work("ok", 0))
            tg.create_task(work("bad1", 0, ValueError("v")))
            slow = tg.create_task(work("slow", 1))
            tg.create_task(work("bad2", 0, TypeError("t")))
    except* ValueError as eg:
        print("ValueErrors:", [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", [repr(e) for e in eg.exceptions])
    print("slow cancelled:", slow.cancelled())
    # the rest runs in a loop of its own: CPython 3.11.2's TaskGroup can leave
    # a cancellation request on the parent task when two children fail in
    # the same step (fixed later in 3.11), which would hit the next await

async def timeouts():
    try:
        async with asyncio.timeout(0.005):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print("expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        print(cm.when())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("x", 0.001, KeyError("k")))
            await asyncio.sleep(1)
    except ExceptionGroup as eg:
        print(repr(eg))

asyncio.run(main())
asyncio.run(failing_group())
asyncio.run(timeouts())
