# sys.getsizeof of frame objects is CPython 3.11's: a 120-byte head (frame
# object and interpreter frame) plus one slot per local, cell, free
# variable and stack entry, plus the GC header.
import sys


def plain(a, b):
    x = a + b
    return sys._getframe()


def with_cells(a):
    y = 2

    def inner():
        return a + y

    return sys._getframe()


def deep_stack(a):
    return sys._getframe(), [a, (a, {a: [a, a]}), a]


def with_try():
    try:
        with open(__file__) as fh:
            try:
                return sys._getframe()
            finally:
                pass
    except OSError:
        pass


def star(*args, **kwargs):
    return sys._getframe()


for fn in (plain, with_cells, deep_stack, with_try, star):
    co = fn.__code__
    if fn is plain:
        fr = fn(1, 2)
    elif fn is with_cells:
        fr = fn(1)
    elif fn is deep_stack:
        fr = fn(1)[0]
    else:
        fr = fn()
    print(fn.__name__, co.co_nlocals, len(co.co_cellvars), co.co_stacksize,
          sys.getsizeof(fr), fr.__sizeof__())

print("module", sys.getsizeof(sys._getframe()) - 8 * sys._getframe().f_code.co_stacksize)


class K:
    size = sys.getsizeof(sys._getframe())
    depth = sys._getframe().f_code.co_stacksize


print("class", K.size - 8 * K.depth)
print(sys.getsizeof((lambda: sys._getframe())()))
