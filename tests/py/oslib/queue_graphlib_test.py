# queue (single-threaded) and graphlib
import queue, graphlib
q = queue.Queue(maxsize=2)
q.put(1); q.put_nowait(2)
print(q.qsize(), q.full(), q.empty(), q.maxsize)
try:
    q.put_nowait(3)
except queue.Full as e:
    print('Full', repr(e))
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print('Full timeout')
print(q.get(), q.get_nowait(), q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print('Empty')
try:
    q.get(timeout=0)
except queue.Empty:
    print('Empty timeout')
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
q.task_done(); q.task_done()
try:
    q.task_done()
except ValueError as e:
    print(e)
q.join()
lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for x in [(3, 'c'), (1, 'a'), (2, 'b')]: pq.put(x)
print([pq.get() for _ in range(3)], pq.qsize())
sq = queue.SimpleQueue()
sq.put('x'); print(sq.qsize(), sq.get(), sq.empty())
print(issubclass(queue.Empty, Exception), queue.Queue[int])

ts = graphlib.TopologicalSorter({'d': {'b', 'c'}, 'b': {'a'}, 'c': {'a'}})
order = list(ts.static_order())
print(order[0], order[-1], sorted(order[1:3]))
ts = graphlib.TopologicalSorter()
ts.add(3, 2, 1); ts.add(1, 0)
ts.prepare()
out = []
while ts.is_active():
    ready = ts.get_ready()
    out.append(sorted(ready))
    ts.done(*ready)
print(out, bool(ts))
try:
    list(graphlib.TopologicalSorter({1: [2], 2: [3], 3: [1]}).static_order())
except graphlib.CycleError as e:
    print(e.args[0], e.args[1], isinstance(e, ValueError))
ts = graphlib.TopologicalSorter({1: [2]})
for f in (lambda: ts.get_ready(), lambda: ts.done(1)):
    try:
        f()
    except ValueError as e:
        print(e)
ts.prepare()
for f in (lambda: ts.prepare(), lambda: ts.add(5), lambda: ts.done(1), lambda: ts.done(9)):
    try:
        f()
    except ValueError as e:
        print(e)
print(ts.get_ready()); ts.done(2)
try:
    ts.done(2)
except ValueError as e:
    print(e)
