# weakref.finalize: called once, at death or at exit (newest first), never
# when atexit is false; an uncaught exception does not stop the exit calls
import weakref, sys

class A:
    pass

def report(*args, **kw):
    print("report", args, sorted(kw.items()))
    return "result"

a = A()
f = weakref.finalize(a, report, 1, 2, key="v")
print(f.alive, f.atexit, f.peek()[1] is report, f.peek()[2:])
print(f(), f(), f.alive, f.peek(), f.detach(), f.atexit)

b = A()
fb = weakref.finalize(b, report, "b died")
del b
print(fb.alive)

keep = [A() for _ in range(4)]
for i, o in enumerate(keep):
    fi = weakref.finalize(o, print, "at exit", i)
    if i == 2:
        fi.atexit = False
        print("atexit", fi.atexit)

c = A()
fc = weakref.finalize(c, print, "detached: never")
obj, func, args, kwargs = fc.detach()
print(obj is c, func is print, args, kwargs, fc.alive, fc.detach())

# a finalizer made during exit processing is run too
d = A()
def make_more():
    print("make_more")
    weakref.finalize(d, print, "made at exit")
weakref.finalize(A, make_more)
print("main done")
raise SystemExit(3)
