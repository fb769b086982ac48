# Frames kept by tracebacks after the calls ended (the frame objects took
# their frames over): f_locals, f_lineno, f_code, f_back through many inline
# frames; exceptions unwinding through inline frames with handlers and
# finally blocks; RecursionError depth; gc counts of a traceback.
import gc
import sys

gc.disable()


def level(n, acc):
    local_n = n
    if n == 0:
        raise KeyError("bottom")
    try:
        return level(n - 1, acc + [n])
    finally:
        acc.append(-n)


try:
    level(30, [])
except KeyError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        fr = tb.tb_frame
        # (not f_lineno here: pym's RERAISE of a finally block carries the
        # try's line, CPython's the finally's last line)
        entries.append((fr.f_code.co_name, tb.tb_lineno, fr.f_locals.get("local_n")))
        tb = tb.tb_next
    print(len(entries), entries[:3], entries[-2:])
    last = e.__traceback__
    while last.tb_next:
        last = last.tb_next
    fr = last.tb_frame
    backs = []
    while fr is not None:
        backs.append(fr.f_locals.get("local_n", "mod"))
        fr = fr.f_back
    print("f_back walk", len(backs), backs[:4], backs[-2:])
    print("acc kept", len(last.tb_frame.f_locals["acc"]))
    del tb, last, fr


# exceptions through inline frames caught at various depths
def thrower(k):
    if k == 0:
        raise ValueError("v")
    return thrower(k - 1) + 1


def catcher(depth):
    try:
        return thrower(depth)
    except ValueError as e:
        n = 0
        t = e.__traceback__
        while t:
            n += 1
            t = t.tb_next
        return n


print("caught", [catcher(d) for d in (0, 1, 5, 20)])


def reraiser(k):
    try:
        thrower(k)
    except ValueError:
        raise


try:
    reraiser(3)
except ValueError as e:
    t = e.__traceback__
    names = []
    while t:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print("reraise", names)


# exception objects hold frames: the count of frame objects made
def fail(x):
    return x + None


def mid(x):
    return fail(x)


for i in range(3):
    a = gc.get_count()[0]
    try:
        mid(1)
    except TypeError as e:
        n = gc.get_count()[0] - a
        tb = e.__traceback__
print("objects for a 3-entry traceback", n)
print("lines", tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next.tb_lineno)
print("locals", tb.tb_next.tb_frame.f_locals, tb.tb_next.tb_next.tb_frame.f_locals)
print("back is caller's", tb.tb_next.tb_next.tb_frame.f_back is tb.tb_next.tb_frame)
del tb


# RecursionError depth, and the frames left behind are usable
def rec(n):
    return rec(n + 1)


sys.setrecursionlimit(200)
try:
    rec(0)
except RecursionError as e:
    n = 0
    t = e.__traceback__
    while t:
        n += 1
        last = t
        t = t.tb_next
    print("RecursionError", e, n, last.tb_frame.f_code.co_name)
    del last, t
sys.setrecursionlimit(1000)


def depth_at_error(n):
    try:
        return depth_at_error(n + 1)
    except RecursionError:
        return n


d = depth_at_error(0)
print("depth reached", d > 900, d < 1000)
