# Tuple and list assignments whose targets are all local variables (the
# specialized forms store the items themselves): values, order of the
# stores, refcounts, __del__ of the replaced values, and the errors.
import sys


class Noisy:
    def __init__(self, name, log, victim=None):
        self.name, self.log, self.victim = name, log, victim

    def __del__(self):
        self.log.append("del " + self.name)
        if self.victim is not None:
            self.victim.clear()   # the list being unpacked changes under us


def swap_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, b


def tuples(ts):
    out = []
    for t in ts:
        x, y, z = t
        out.append(x * 100 + y * 10 + z)
    return out


def lists(ls):
    out = []
    for l in ls:
        p, q = l
        out.append((q, p))
    return out


def repeated(t):
    a, b, a = t
    return a, b


def dels(n):
    log = []
    victim = [0, 0]
    a = Noisy("a0", log, victim)
    b = Noisy("b0", log)
    for i in range(n):
        victim = [i, -i]
        a.victim = victim
        a, b = victim
        log.append("stored %r %r %r" % (a, b, victim))
        a, b = Noisy("a%d" % (i + 1), log, [1]), Noisy("b%d" % (i + 1), log)
    del a, b
    return log


def wrong(seqs):
    msgs = []
    for s in seqs:
        try:
            a, b, c = s
            msgs.append((a, b, c))
        except (ValueError, TypeError) as e:
            msgs.append(type(e).__name__ + ": " + str(e))
    return msgs


def refcounts(n):
    v = object()
    t = (v, v)
    l = [v, v]
    for _ in range(n):
        a, b = t
        c, d = l
    return sys.getrefcount(v)


print(swap_loop(30))
print(tuples([(i, i + 1, i + 2) for i in range(40)]))
print(lists([[i, str(i)] for i in range(40)]))
print([repeated((1, 2, i)) for i in range(30)], repeated("xyz"))
log = dels(60)   # enough turns for the loop's instructions to specialize
print(len(log), log[:6], log[-8:])
print(wrong([(1, 2, 3)] * 30 + [[4, 5, 6]] * 30 + [(1, 2), [1, 2, 3, 4], "abc", 5, [7, 8, 9], iter([4, 5, 6])]))
print(refcounts(20))
