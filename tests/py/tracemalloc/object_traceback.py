# get_object_traceback: where an object was allocated, through the calls
# that led there (up to the traceback limit); None for what was not traced.
import tracemalloc


def base(path):
    return path.rsplit('/', 1)[-1]


def show(label, tb):
    if tb is None:
        print(label, None)
    else:
        print(label, [(base(f.filename), f.lineno) for f in tb])


class Point:
    __slots__ = ('x', 'y')    # CPython 3.11 does not find plain instances

    def __init__(self, x, y):
        self.x = x
        self.y = y


def make_point():
    return Point(1, 2)                    # line 26


def make_blob():
    return bytes(2000)                    # line 30


def level2():
    return make_blob()                    # line 34


def level1():
    return level2()                       # line 38


before = bytes(2000)
tracemalloc.start(3)
p = make_point()                          # line 43
blob = level1()                           # line 44
show("point:", tracemalloc.get_object_traceback(p))
show("blob (3 frames, most recent last):", tracemalloc.get_object_traceback(blob))
show("made before start:", tracemalloc.get_object_traceback(before))
show("small int:", tracemalloc.get_object_traceback(7))
show("None:", tracemalloc.get_object_traceback(None))
show("a class:", tracemalloc.get_object_traceback(Point))
raw = tracemalloc._get_object_traceback(blob)
print("raw form, most recent first:", [(base(f), n) for f, n in raw])
tb = tracemalloc.get_object_traceback(blob)
print("len:", len(tb), "total_nframe:", tb.total_nframe)
print("frame:", repr(tb[-1]).replace(tb[-1].filename, base(tb[-1].filename)))
print("frames compare:", tb[0] == tb[0], tb[0] != tb[1], tb[2] < tb[1], tb[0] > tb[1])
print("in:", tb[1] in tb)
print("slice:", [f.lineno for f in tb[1:]])

tracemalloc.stop()
tracemalloc.start(1)
q = make_point()                          # line 62
show("one frame:", tracemalloc.get_object_traceback(q))
tracemalloc.stop()
show("after stop:", tracemalloc.get_object_traceback(q))
