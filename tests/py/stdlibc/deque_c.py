# _collections.deque: the C deque with CPython's block layout
import sys, gc
from _collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy'); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(); print(d); d.rotate(100); print(d)
d.remove('a'); print(d, d.count(1), d.index(2), d.index(3, 1), d.index(2, -7, 9), 3 in d, 'zz' in d)
d.insert(1, 'i'); d.insert(-1, 'j'); d.insert(100, 'e'); d.insert(-100, 's'); print(d)
d.reverse(); print(d)
d[0] = 'first'; del d[1]; print(d, d[3])
c = d.copy(); d.clear(); print(c, d, bool(d), bool(c))
m = deque(range(10), maxlen=3); print(m, m.maxlen, deque().maxlen)
m.append(10); m.appendleft(-1); print(m); m.extend(range(5)); print(m); m.extendleft('abcd'); print(m)
m.insert(0, 1) if len(m) < 3 else print('full')
z = deque(maxlen=0); z.append(1); z.extend([1, 2]); print(z)
print(deque('abc') == deque('abc'), deque('abc') < deque('abd'), deque([1, 2]) < deque([1, 2, 0]),
      deque([1]) == [1], deque([1]) != [1], deque() >= deque(), deque([2]) > deque([1, 5]))
print(deque([1, 2]) + deque([3]), deque([1, 2], maxlen=2) + deque([3]), deque('ab') * 2, 3 * deque([0]), deque([1]) * 0)
x = deque([1, 2]); x += [3, 4]; print(x); x *= 2; print(x); x += x; print(len(x))
y = deque([1, 2, 3], maxlen=4); y *= 3; print(y)
y = deque([7], maxlen=3); y *= 5; print(y)
print(list(reversed(deque(range(70))))[:3], list(deque(range(130)))[-2:], sum(deque(range(1000))))
print(repr(deque()), repr(deque(maxlen=2)), str(deque([1, 'a'])))
r = deque([[1]]); r.append(r); print(r)
class D(deque):
    pass
dd = D([1, 2], maxlen=5); dd.tag = 1
print(repr(dd), dd.copy(), type(dd.copy()).__name__, dd.__reduce__()[:3], deque([1], 2).__reduce__()[:3])
print(sys.getsizeof(deque()), deque().__sizeof__(), [deque(range(n)).__sizeof__() for n in (0, 33, 64, 100, 200)])
e = deque()
for i in range(100):
    e.appendleft(i)
print(e.__sizeof__(), e[0], e[99], e[50])
for i in range(95):
    e.pop()
print(e.__sizeof__(), e)
it = iter(deque([1, 2, 3])); print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
print(type(reversed(deque())).__name__, deque.__module__, deque.__name__)
big = deque(range(300))
print(big[0], big[63], big[64], big[150], big[-1], big[-64], big[-65])
big.rotate(77); print(big[0], big[-1]); big.rotate(-77); print(big[0], big.index(299))
del big[150]; print(len(big), big[150], big[149])
print(gc.is_tracked(deque()))
a = deque(); a.append(a); del a; print(gc.collect() >= 1)

for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1])['a'],
            lambda: deque([1])[1:2], lambda: deque(maxlen=-1), lambda: deque(maxlen='a'), lambda: deque([1], 2, 3),
            lambda: deque([1]) + [1], lambda: deque([1]) * 'a', lambda: deque([1], maxlen=1).insert(0, 2),
            lambda: deque([1]).rotate('a'), lambda: deque([1]) < [1], lambda: hash(deque()), lambda: deque(1),
            lambda: deque([1]).index(9), lambda: deque([1]).remove(9), lambda: deque([1]).index(), lambda: deque([1]).insert(1),
            lambda: deque([1]).extend(1), lambda: setattr(deque(), 'maxlen', 3), lambda: deque([1]).index(1, 'a'),
            lambda: deque([1]).rotate(1, 2), lambda: deque([1, 2]).index(1, 1), lambda: deque([1, 'a']).index(2),
            lambda: deque([1])[-2], lambda: deque().__setitem__(0, 1)]:
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__, ex)

def mutate():
    q = deque([1, 2]); i = iter(q); q.append(3); next(i)
def mutate_rev():
    q = deque([1, 2]); i = reversed(q); q.popleft(); next(i)
class Evil:
    def __eq__(self, o):
        dq.clear(); return False
def mutate_remove():
    global dq
    dq = deque([Evil(), 1]); dq.remove(1)
for f in [mutate, mutate_rev, mutate_remove]:
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)

# index() bounds past either end
d = deque(range(3))
print(d.index(1, 0, 100), d.index(2, -1), d.index(0, -100))
for args in [(1, 100), (1, 2, 1), (1, 5, 2), (2, -1, -2)]:
    try: print(d.index(*args))
    except ValueError as e: print(e)
d = deque(range(70))
for args in [(1, 200), (69, 64), (65, 64, 66), (3, 10**20), (3, -10**20)]:
    try: print(d.index(*args))
    except ValueError as e: print(e)
