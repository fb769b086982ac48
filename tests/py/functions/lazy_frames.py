# Frame objects are made lazily (frames live on a data stack until something
# asks for an object): sys._getframe chains and f_back during and after the
# call, frames kept after their call (f_locals, f_lineno, f_code, f_back),
# locals() in nested calls, gc.get_count() around calls, frame.clear().
import gc
import sys

gc.disable()


def chain(f):
    out = []
    while f is not None:
        out.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return out


def inner(k):
    here = sys._getframe()
    return here, chain(here), chain(sys._getframe(1))


def outer(k):
    marker = k * 2
    r = inner(k + 1)
    return r


kept, during, during1 = outer(5)
print("during", during)
print("during(1)", during1)
# after the call: the object took its frame over
print("after", chain(kept))
print("kept locals", sorted(kept.f_locals))
print("kept k", kept.f_locals["k"], "back k", kept.f_back.f_locals["k"],
      "back marker", kept.f_back.f_locals["marker"])
print("kept code", kept.f_code.co_name, kept.f_back.f_code.co_name)
print("lasti >= 0", kept.f_lasti >= 0)
print("same back object", kept.f_back is kept.f_back)
print("module frame", kept.f_back.f_back is sys._getframe())
print("tracked", gc.is_tracked(kept), gc.is_tracked(kept.f_back))
print(type(kept).__name__, sys.getsizeof(kept), sys.getsizeof(kept.f_back))
del kept, during, during1

# the same frame object while the call runs
def same():
    return sys._getframe() is sys._getframe()


print("same", same())


# locals() in nested calls
def l1(a):
    b = a + 1

    def l2(c):
        d = c * 2
        return sorted(locals().items())

    return sorted(locals()), l2(b)


print("locals", l1(3))


# gc.get_count() around calls: a plain call makes no GC object
def f(x):
    return x + 1


def g(x):
    return f(x) * 2


def h(n):
    return 0 if n == 0 else 1 + h(n - 1)


for i in range(3):
    f(i)
    g(i)
    h(20)
gc.collect()
a = gc.get_count()[0]
for i in range(100):
    f(i)
    g(i)
    h(30)
print("calls allocate", gc.get_count()[0] - a)
gc.collect()
a = gc.get_count()[0]
fr = sys._getframe()
print("getframe of a running module", gc.get_count()[0] - a)
del fr


def keep():
    return sys._getframe()


a = gc.get_count()[0]
k1 = keep()
print("kept frame objects", gc.get_count()[0] - a)
a = gc.get_count()[0]
k2 = keep()
print("again", gc.get_count()[0] - a, k1 is not k2, k1.f_back is k2.f_back)
del k1, k2


# frame.clear() on frames that outlived their call, and on a running one
def victim():
    big = [1, 2, 3]
    return sys._getframe()


v = victim()
print("before clear", sorted(v.f_locals))
v.clear()
print("after clear", sorted(v.f_locals), v.f_code.co_name)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError", e)


# f_back of a frame object taken in a deep recursion
def deep(n):
    if n == 0:
        return sys._getframe()
    return deep(n - 1)


d = deep(50)
print("deep chain", len(chain(d)), chain(d)[:2], chain(d)[-1][0])
del d


# a frame object kept by a closure cell and a cycle through f_locals
def cyc():
    me = sys._getframe()
    return me


c = cyc()
print("cycle", c.f_locals["me"] is c)
del c
print("collected", gc.collect() >= 1)
