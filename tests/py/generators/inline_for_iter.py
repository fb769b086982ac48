# A for loop over a generator runs the generator's frame inside the loop's
# own eval loop once the FOR_ITER is warm (FOR_ITER_GEN): everything a
# generator resumed from C shows must be the same.  Each case runs its loop
# several times or over many items, so that most resumes take the fast path.
import gc, sys

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "ignored"

def total(n):
    t = 0
    for x in count(n):
        t += x
    return t
print("totals", [total(n) for n in (0, 1, 5, 50)])

# tracebacks: the generator's frame line, then the loop's
def boom(n):
    for i in range(n):
        yield i
    raise KeyError("boom")
def consume(n):
    s = 0
    for x in boom(n):
        s += x
    return s
for n in (3, 40):
    try:
        consume(n)
    except KeyError as e:
        tb = e.__traceback__
        entries = []
        while tb:
            entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print("traceback", n, entries, "frame back:", e.__traceback__.tb_next.tb_next.tb_frame.f_back)

# f_back is the frame that resumed the generator while it runs, None after
def backs():
    for i in range(30):
        fr = sys._getframe()
        yield fr.f_back.f_code.co_name, fr
def looper():
    out = []
    for name, fr in backs():
        out.append((name, fr.f_back))
    return out
res = looper()
print("f_back while running:", {n for n, _ in res}, "after:", {b for _, b in res})

# gi_running, gi_suspended, gi_frame and the refcount seen from inside
def selfish():
    for i in range(25):
        yield me.gi_running, me.gi_suspended, me.gi_frame is sys._getframe(), sys.getrefcount(me)
me = selfish()
seen = set()
for v in me:
    seen.add(v)
    assert not me.gi_running and me.gi_suspended
print("inside:", seen, "after:", me.gi_frame, me.gi_running, me.gi_suspended)
me = selfish()
print("resumed by next():", next(me), next(me))

# re-entrancy: next() of the running generator from inside it
def reenter():
    for i in range(20):
        try:
            next(it)
        except ValueError as e:
            msg = str(e)
        yield msg
it = reenter()
print("reentrant:", set(it))

# close() and throw() from the loop body
def closable(log):
    try:
        for i in range(100):
            yield i
    finally:
        log.append("finally")
for k in range(3):
    log = []
    g = closable(log)
    got = []
    for x in g:
        got.append(x)
        if x == 20:
            g.close()
            log.append("closed")
    print("close in loop:", len(got), log, g.gi_frame)

def catching():
    i = 0
    while True:
        try:
            yield i
        except KeyError:
            yield "caught"
        i += 1
        if i > 40:
            return
g = catching()
out = []
for x in g:
    out.append(x)
    if x == 30:
        out.append(g.throw(KeyError))
print("throw in loop:", out[28:])
def throw_out():
    for i in range(50):
        yield i
g = throw_out()
try:
    for x in g:
        if x == 25:
            g.throw(IndexError("out"))
except IndexError as e:
    print("throw escapes:", e, g.gi_frame, list(g))

# PEP 479: StopIteration raised inside becomes RuntimeError
def leaks(n):
    for i in range(n):
        yield i
    raise StopIteration("inside")
for n in (2, 30):
    try:
        for x in leaks(n):
            pass
    except RuntimeError as e:
        c = e.__cause__
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("PEP 479:", e, "| cause", repr(c), e.__suppress_context__, names,
              c.__traceback__.tb_frame.f_code.co_name)

# return values end the loop; a generator returning at once
def early(n):
    if n > 2:
        return n
    yield n
print("returns:", [list(early(n)) for n in range(6)])
for k in range(20):
    for x in early(5):
        print("never")

# nested generators: a pipeline, and recursive permutations
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
def pipeline(n):
    t = 0
    for v in squares(evens(count(n))):
        t += v
    return t
print("pipeline:", pipeline(100), pipeline(7))
def perms(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            yield (items[i],) + rest
ps = []
for p in perms([1, 2, 3, 4]):
    ps.append(p)
print("perms:", len(ps), ps[:3], ps[-1], len(set(ps)))

# yield from inside a generator run by the loop (it delegates, then resumes)
def chained(n):
    yield from count(n)
    r = yield from early(9)
    yield "early returned %s" % r
    yield from count(2)
out = []
for x in chained(30):
    out.append(x)
print("yield from:", len(out), out[28:])
g = chained(10)
for x in g:
    if x == 5:
        break
g.close()
print("closed in yield from:", g.gi_frame, g.gi_yieldfrom)

# the exception being handled: the generator's own, else the caller's
def handled():
    for i in range(20):
        yield sys.exc_info()[0]
    try:
        raise KeyError
    except KeyError:
        for i in range(20):
            yield sys.exc_info()[0]
    yield sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    kinds = []
    for k in handled():
        kinds.append((k.__name__ if k else None, sys.exc_info()[0].__name__))
print("exc_info:", sorted(set(kinds)), kinds[-1], sys.exc_info())

# finalization: the loop breaks, the generator goes with its frame
order = []
class Tag:
    def __init__(self, n): self.n = n
    def __del__(self): order.append("del " + self.n)
def fin(n):
    t = Tag(n)
    try:
        for i in range(50):
            yield i
    finally:
        order.append("finally " + n)
def breaker(n):
    for x in fin(n):
        if x == 30:
            break
    order.append("after loop " + n)
breaker("a")
breaker("b")
print(order)

# a kept frame object of a generator that finished in the loop
def keep():
    for i in range(30):
        yield sys._getframe()
frames = []
for fr in keep():
    frames.append(fr)
fr = frames[-1]
print("kept frame:", fr.f_back, fr.f_code.co_name, fr.f_lineno, fr.f_locals["i"], len(set(frames)))

# deep nesting: RecursionError, not a crash; the generators stay usable
def nest(n):
    if n == 0:
        for i in range(3):
            yield i
    else:
        for x in nest(n - 1):
            yield x
print("nest 50:", list(x for x in nest(50)))
for depth in (3000, 100000):
    try:
        s = 0
        for x in nest(depth):
            s += x
        print("no error")
    except RecursionError as e:
        print("RecursionError:", e)
print("nest 50 again:", sum(nest(50)))

# gen counts and refcounts are the generic path's
def counts():
    for k in range(20):
        for x in count(30):
            pass
g0 = count(100)
rc = sys.getrefcount(g0)
for x in g0:
    if x == 50:
        break
print("refcount:", rc, sys.getrefcount(g0), g0.gi_suspended, next(g0))
gc.collect()
print("gc.collect:", gc.collect())
