# timeit: Timer with a counting clock (deterministic), callables, globals,
# repeat, autorange, errors, the command line with a wrapped timer.
import gc
import io
import sys
import timeit

class Clock:
    def __init__(self, step=1.0):
        self.t = 0.0
        self.step = step
        self.calls = 0
    def __call__(self):
        self.calls += 1
        self.t += self.step
        return self.t

runs = []
clock = Clock()
t = timeit.Timer("runs.append(1)", setup="runs.clear()", timer=clock, globals={'runs': runs})
print(t.timeit(7), len(runs), clock.calls)
print(t.repeat(3, 4), len(runs), clock.calls)
count = [0]
def work():
    count[0] += 1
def prep():
    count.append('setup')
print(timeit.Timer(work, prep, timer=Clock(0.5)).timeit(10), count)
print(timeit.timeit("x = 2 ** 10", number=5, timer=Clock(2)), timeit.repeat("pass", repeat=2, number=3, timer=Clock()))
print(timeit.timeit("y", setup="y = 1", number=3, timer=Clock()))
print(timeit.Timer("a + b", globals={'a': 1, 'b': 2}, timer=Clock()).timeit(2))

# The timed statement moves the clock on, so a run of n takes n * 0.03 + 0.
seen = []
c = Clock(0)
def tick(clock=c):
    clock.t += 0.03
n, dt = timeit.Timer(tick, timer=c).autorange(lambda n, dt: seen.append((n, round(dt, 2))))
print(n, round(dt, 2), seen)
c2 = Clock(0)
n, dt = timeit.Timer("c2.t += 0.5", timer=c2, globals={'c2': c2}).autorange()
print(n, dt)

gc.enable()
timeit.Timer("import gc; assert not gc.isenabled()", timer=Clock()).timeit(1)
print("gc back on:", gc.isenabled())
gc.disable()
timeit.Timer("pass", timer=Clock()).timeit(1)
print("gc stays off:", gc.isenabled())
gc.enable()

for bad in [lambda: timeit.Timer(5), lambda: timeit.Timer("pass", setup=5),
            lambda: timeit.Timer("return"), lambda: timeit.Timer("x = ", "pass"),
            lambda: timeit.Timer("pass", setup="def f(:"), lambda: timeit.Timer("break")]:
    try:
        bad()
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__ + ":", e.args[0])
t = timeit.Timer("1/0", timer=Clock())
try:
    t.timeit(1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(timeit.default_number, timeit.default_repeat, timeit.default_timer is __import__('time').perf_counter)
print(timeit.reindent("a\nb", 4))
print(timeit.Timer("x", "x = 1").src)

clock3 = Clock(0)
out = io.StringIO()
old = sys.stdout
sys.stdout = out
try:
    rc1 = timeit.main(["-n", "10", "-r", "3", "-s", "x = 5", "x * 2"], _wrap_timer=lambda t: Clock(0.001))
    rc2 = timeit.main(["-u", "msec", "-n", "2", "pass"], _wrap_timer=lambda t: Clock(0.5))
    rc3 = timeit.main(["-v", "-r", "1", "-s", "import __main__; c = __main__.clock3", "c.t += 0.07"],
                      _wrap_timer=lambda t: clock3)
    rc4 = timeit.main(["--bogus"])
finally:
    sys.stdout = old
print(out.getvalue(), rc1, rc2, rc3, rc4)
