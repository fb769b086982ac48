# threading as far as a single-threaded program uses it.
import threading

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
with lock:
    print("in lock", lock.locked())
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)

r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(1))
ev.clear()
print(ev.is_set())

s = threading.BoundedSemaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
s.release()
s.release()
try:
    s.release()
except ValueError as e:
    print("ValueError", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError", e)

c = threading.Condition()
with c:
    c.notify_all()
    print("wait_for", c.wait_for(lambda: True))
try:
    c.notify()
except RuntimeError as e:
    print("RuntimeError", e)

data = threading.local()
data.x = 5
print(data.x)

t = threading.current_thread()
print(t.name, t is threading.main_thread(), t.is_alive(), threading.active_count())
print(len(threading.enumerate()), isinstance(threading.get_ident(), int))
print(threading.get_native_id() > 0)
th = threading.Thread(target=print, name="worker", args=("hi",))
print(th.name, th.is_alive(), th.daemon)
th.run()
try:
    th.join()
except RuntimeError as e:
    print("RuntimeError", e)
