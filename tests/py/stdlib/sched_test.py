# sched: a scheduler on a simulated clock; ordering, cancel, run(blocking=False).
import sched

class Clock:
    def __init__(self):
        self.now = 0.0
        self.sleeps = []
    def time(self):
        return self.now
    def sleep(self, d):
        self.sleeps.append(d)
        self.now += d

clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
log = []
def act(name, *rest, **kw):
    log.append((clock.now, name, rest, kw))

e1 = s.enter(5, 1, act, ('five',))
e2 = s.enter(1, 2, act, ('one-low',))
e3 = s.enter(1, 1, act, ('one-high',))
e4 = s.enterabs(1, 1, act, ('one-high-second',), {'k': 'v'})
e5 = s.enter(3, 1, act, argument=('three',))
e6 = s.enter(2, 1, act, kwargs={'name': 'by keyword'})
print(e3 < e2, e3 < e4, e1 > e5, e3 == e3, e3 == e4, e2 >= e3)
print([ev.argument for ev in s.queue])
print(e4.time, e4.priority, e4.kwargs, e4.action is act, type(e4).__name__, e4._fields)
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print("ValueError:", e)
print(s.empty(), len(s.queue))
s.enter(0, 0, lambda: s.enter(0.5, 0, act, ('added while running',)))
s.run()
for entry in log:
    print(entry)
print(clock.now, clock.sleeps, s.empty(), s.queue)

clock2 = Clock()
s2 = sched.scheduler(clock2.time, clock2.sleep)
s2.enter(10, 1, act, ('later',))
s2.enter(0, 1, act, ('now',))
log.clear()
print(s2.run(blocking=False), log, len(s2.queue))
clock2.now = 10
print(s2.run(blocking=False), [e[1] for e in log], s2.empty())

# An exception from an action leaves the rest queued.
def boom():
    raise RuntimeError("boom")
s3 = sched.scheduler(clock.time, clock.sleep)
s3.enter(0, 1, boom)
s3.enter(0, 2, act, ('after boom',))
try:
    s3.run()
except RuntimeError as e:
    print("RuntimeError:", e, len(s3.queue))
s3.run()
print(log[-1][1])
import time
s4 = sched.scheduler()
s4.enter(0.01, 1, act, ('real clock',))
start = time.monotonic()
s4.run()
print(log[-1][1], time.monotonic() - start >= 0.009)
