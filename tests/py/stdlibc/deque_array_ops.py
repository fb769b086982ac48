# random operation sequences on deque and array (seeded, so CPython runs the same ones):
# results, errors and __sizeof__ (block layout, growth) must equal CPython's;
# each seed prints a checksum of everything (run it under CPython to see a diff)
import random, sys
from collections import deque as _d
try:
    from _collections import deque
except ImportError:
    deque = _d
from array import array
def run(seed):
    R = random.Random(seed)
    def val():
        return R.choice([R.randrange(-5, 5), R.randrange(-10**6, 10**6), 'x', None, 1.5, 2**70])
    def idx():
        return R.choice([R.randrange(-80, 80), R.randrange(-3, 3), 10**20, -10**20])
    out = []
    d = deque(maxlen=R.choice([None, None, 0, 1, 5, 70]))
    a = array(R.choice('bBhHiIlLqQfd'))
    for step in range(400):
        op = R.randrange(24)
        try:
            if op == 0: d.append(val())
            elif op == 1: d.appendleft(val())
            elif op == 2: out.append(d.pop())
            elif op == 3: out.append(d.popleft())
            elif op == 4: d.extend([val() for _ in range(R.randrange(100))])
            elif op == 5: d.extendleft([val() for _ in range(R.randrange(100))])
            elif op == 6: d.rotate(idx())
            elif op == 7: out.append(d.index(val(), idx(), idx()))
            elif op == 8: d.insert(idx(), val())
            elif op == 9: d.remove(val())
            elif op == 10: out.append(d[idx()])
            elif op == 11: d[idx()] = val()
            elif op == 12: del d[idx()]
            elif op == 13: out.append((d.count(val()), len(d), d.__sizeof__()))
            elif op == 14: d.reverse()
            elif op == 15: out.append(list(d)[:5])
            elif op == 16: a.append(val())
            elif op == 17: a.insert(idx(), val())
            elif op == 18: out.append(a.pop(idx()))
            elif op == 19: a[R.randrange(-5, 5):R.randrange(-5, 80):R.choice([1, 1, 2, -1, 3])] = array(a.typecode, [1] * R.randrange(5))
            elif op == 20: del a[R.randrange(-5, 5):R.randrange(-5, 80):R.choice([1, 2, -1, -3])]
            elif op == 21: out.append((a.index(val(), idx(), idx()), a.count(val())))
            elif op == 22: a.extend(array(a.typecode, [R.randrange(3)] * R.randrange(40)))
            elif op == 23: out.append((len(a), a.__sizeof__(), a.tolist()[:4]))
        except Exception as e:
            out.append((op, type(e).__name__, str(e)))
    text = repr(out) + repr(d) + repr(a)
    h = 0
    for ch in text:              # a checksum keeps the expected output short
        h = (h * 131 + ord(ch)) % 2305843009213693951
    print(seed, len(out), len(text), h, repr(d)[:60], repr(a)[:60])

for seed in range(1, 13):
    run(seed)
