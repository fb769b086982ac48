# list(), tuple(), set(), list.extend of a generator drain it in one run of
# its frame, each value handed to the consumer at the yield: what the
# generator and the consumer see must be what one next() per item shows.
import sys

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "dropped"
print(list(count(5)), tuple(count(3)), sorted(set(count(4))), list(count(0)), tuple(count(0)))
l = [9]
l.extend(count(3))
l.extend(x * x for x in range(4))
print(l, frozenset(count(3)) == {0, 1, 2})
g = count(4)
next(g)
print("resumed mid-way:", list(g), list(g))

# the generator's state while the consumer holds a value
def watch():
    for i in range(3):
        fr = sys._getframe()
        yield (me.gi_running, fr.f_back.f_code.co_name, sys.getrefcount(me) > 0)
def caller():
    return list(me)
me = watch()
print("while running:", caller())

# the generator raises: the consumer's error, after the items so far
def boom():
    yield 1
    yield 2
    raise KeyError("boom")
try:
    list(boom())
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("raised:", repr(e), names)
def leaks():
    yield 1
    raise StopIteration("x")
for cons in (list, tuple, set):
    try:
        cons(leaks())
    except RuntimeError as e:
        print("PEP 479:", cons.__name__, e, repr(e.__cause__))

# the consumer fails (an unhashable item): the generator stays suspended there
log = []
def mixed():
    try:
        yield 1
        yield [2]
        yield 3
    finally:
        log.append("finally")
g = mixed()
try:
    set(g)
except TypeError as e:
    print("consumer failed:", e, g.gi_suspended, g.gi_frame.f_lineno, log)
print("rest:", list(g), log)

# Python code run by the consumer (__hash__, __eq__) resumes or closes the generator
class H:
    def __init__(self, v, action=None):
        self.v = v
        self.action = action
    def __hash__(self):
        if self.action:
            self.action()
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
    def __repr__(self):
        return "H(%r)" % self.v
def hs(gen_ref):
    yield H(1)
    yield H(2, lambda: print("  hash of 2 takes", next(gen_ref[0]), "running:", gen_ref[0][0].gi_running if False else gen_ref[0].gi_running))
    yield H(3)
    yield H(4, lambda: gen_ref[0].close())
    yield H(5)
    yield H(6)
ref = []
g = hs(ref)
ref.append(g)
print("hash resumes/closes:", sorted(set(g), key=lambda h: h.v), g.gi_frame)
def reenter():
    yield 1
    try:
        list(it)
    except ValueError as e:
        yield str(e)
it = reenter()
print("re-entered:", list(it))

# nested drains, and a drained generator with inline loops and yield from
def inner(n):
    for i in range(n):
        yield i
def outer():
    for k in range(3):
        yield tuple(x * 10 for x in inner(k + 1))
    yield from inner(2)
    yield [len(list(inner(j))) for j in range(4)]
print("nested:", list(outer()), set(x for x in outer() if isinstance(x, int)))

# the exception being handled, seen by the generator and after
def handled():
    yield sys.exc_info()[0]
    try:
        raise KeyError
    except KeyError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    print("exc_info:", list(handled()), sys.exc_info()[0])
print("after:", list(handled()), sys.exc_info())

# finalization of an abandoned generator, a closed one, refcounts
order = []
class Tag:
    def __init__(self, n): self.n = n
    def __del__(self): order.append("del " + self.n)
def fin(n):
    t = Tag(n)
    try:
        yield 1
        yield 2
    finally:
        order.append("finally " + n)
print(list(fin("a")), order)
g = count(3)
rc = sys.getrefcount(g)
list(g)
print("refcount:", rc, sys.getrefcount(g), g.gi_frame)
g = count(3)
g.close()
print("closed:", list(g))

# deep nesting through drains: RecursionError, then all is usable again
def nest(n):
    if n == 0:
        yield 0
    else:
        yield from list(nest(n - 1))
try:
    list(nest(100000))
except RecursionError as e:
    print("RecursionError:", e)
print("nest 30:", list(nest(30)))
