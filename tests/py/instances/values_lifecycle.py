# The life of an instance's values from object.__new__ to dealloc: __init__
# raising, __new__ returning something else, object.__new__ called directly,
# resurrection by __del__, subclasses of built-ins, weak references.
import gc
import sys
import weakref


class C:
    def __init__(self, a, fail=False):
        self.a = a
        if fail:
            raise ValueError("init failed at %r" % (a,))
        self.b = [a]


made = [C(i) for i in range(5)]
for i in range(3):
    try:
        C(i, True)
    except ValueError as e:
        print(e, sys.exc_info()[2].tb_next.tb_frame.f_locals["self"].__dict__)
print(sys.getsizeof(C(9).__dict__), vars(made[2]))

raw = object.__new__(C)
print(vars(raw), hasattr(raw, "a"))
raw.b = 1
print(vars(raw))


class Other:
    def __new__(cls, kind):
        if kind == "int":
            return 42
        if kind == "C":
            return C("from Other")
        return super().__new__(cls)

    def __init__(self, kind):
        print("Other.__init__", kind)
        self.kind = kind


for k in ("int", "C", "self", "self"):
    o = Other(k)
    print(type(o).__name__, getattr(o, "__dict__", None))

# __del__ resurrects an instance whose values are still there
keep = []


class R:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def __del__(self):
        print("__del__", vars(self))
        keep.append(self)


r = R(3)
del r
print(keep[0].v, keep[0].w, sys.getrefcount(keep[0]))
keep.clear()
print("cleared", keep)

# a cycle of instances with values, collected, with a weak reference callback
class N:
    pass


n1, n2 = N(), N()
n1.other, n2.other = n2, n1
wr = weakref.ref(n1, lambda r: print("callback", r() is None))
del n1, n2
print("collected", gc.collect(), wr())

# subclasses of built-ins with a __dict__
class L(list):
    pass


class D(dict):
    pass


class F(float):
    pass


for i in range(3):
    l = L([i])
    l.tag = i
    d = D(k=i)
    d.tag = -i
    f = F(i + 0.5)
    f.tag = str(i)
    print(l, vars(l), d, vars(d), f, vars(f))
print(sys.getsizeof(L()), sys.getsizeof(D()), sys.getsizeof(F(1.0)))
