# Each asyncio Task runs in a copy of the context it was created in.
import asyncio
import contextvars

request = contextvars.ContextVar('request', default='none')
log = []

async def handler(name, delay):
    request.set(name)
    await asyncio.sleep(delay)
    log.append((name, request.get()))
    return request.get()

async def child():
    return request.get()

async def main():
    request.set('main')
    results = await asyncio.gather(handler('a', 0.02), handler('b', 0.01), handler('c', 0))
    print(results, request.get())
    print(sorted(log))
    # A task sees the value current when it was created, not later changes.
    t = asyncio.create_task(child())
    request.set('changed after create')
    print(await t)
    ctx = contextvars.copy_context()
    ctx.run(request.set, 'explicit')
    print(await asyncio.create_task(child(), context=ctx))
    # Callbacks scheduled with call_soon copy the context too.
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(request.get()))
    request.set('after call_soon')
    print(await fut)
    done = loop.create_future()
    seen = []
    done.add_done_callback(lambda f: seen.append(request.get()), context=ctx)
    done.set_result(None)
    await asyncio.sleep(0)
    print(seen)
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(child(), context=ctx)
        t2 = tg.create_task(child())
    print(t1.result(), t2.result())

asyncio.run(main())
print(request.get())
