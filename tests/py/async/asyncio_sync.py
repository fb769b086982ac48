import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize())
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item)
        await asyncio.sleep(0)

async def queues():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    out = []
    await asyncio.gather(producer(q, 4), consumer(q, out))
    print(out, q.empty())
    q2 = asyncio.Queue(1)
    q2.put_nowait("a")
    try:
        q2.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull", q2.full())
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q2.join()
    print("joined")
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        lq.put_nowait(x)
        pq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])
    try:
        await asyncio.wait_for(q2.get(), 0.005)
    except TimeoutError:
        print("get timed out", q2._getters and len(q2._getters))

async def locks():
    lock = asyncio.Lock()
    log = []
    async def crit(name):
        async with lock:
            log.append(name + " in")
            await asyncio.sleep(0.001)
            log.append(name + " out")
    await asyncio.gather(crit("a"), crit("b"), crit("c"))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire(), lock.locked())
    lock.release()

    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        return i
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), [t.done() for t in tasks])
    ev.set()
    print(await asyncio.gather(*tasks), ev.is_set())
    ev.clear()
    print(ev.is_set())

    sem = asyncio.Semaphore(2)
    running = []
    peak = [0]
    async def limited(i):
        async with sem:
            running.append(i)
            peak[0] = max(peak[0], len(running))
            await asyncio.sleep(0.001)
            running.remove(i)
        return i
    print(await asyncio.gather(*(limited(i) for i in range(5))), peak[0])
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    b = asyncio.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    items = []
    async def cons():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()
    t = asyncio.create_task(cons())
    await asyncio.sleep(0)
    async with cond:
        items.append("x")
        cond.notify()
    print(await t)

asyncio.run(queues())
asyncio.run(locks())
