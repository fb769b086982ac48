# deque: both ends, maxlen, rotate, indexing, errors, repr, equality.
from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
d.extend([3, 4])
d.extendleft('ab')
print(d, len(d), d[0], d[-1], d[3])
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(13)
print(d)
d.reverse()
print(d, list(reversed(d)))
print(d.count(1), d.count('zz'), d.index(2), 2 in d, 'q' in d)
d.remove(1)
print(d)
d[0] = 'first'
del d[1]
print(d)
d.insert(1, 'ins')
d.insert(-100, 'front')
d.insert(100, 'back')
print(d)
d.clear()
print(d)

for meth in ('pop', 'popleft'):
    try:
        getattr(deque(), meth)()
    except IndexError as e:
        print(type(e).__name__, e)
try:
    deque([1])[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque([1]).remove(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    deque([1]).index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    deque([1]) + [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(deque())
except TypeError as e:
    print(type(e).__name__)

# bounded deques drop from the other end
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(10)
print(b)
b.appendleft(-1)
print(b)
b.extend([7, 8])
print(b)
try:
    b.insert(0, 'x')
except IndexError as e:
    print(type(e).__name__, e)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z)
print(deque('abc', 2), deque(maxlen=None))

# equality and ordering
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2],
      deque([1]) != deque([2]), deque([1, 2]) < deque([1, 3]),
      deque([2]) >= deque([1, 9]))
print(deque([1]) + deque([2, 3]), deque([1, 2]) * 2, 2 * deque('x'))
q = deque([1])
q += [2, 3]
q *= 2
print(q)
c = q.copy()
c.append(0)
print(q, c)
q.extend(q)
print(q)
print(deque([deque([1])]))
r = deque()
r.append(r)
print(r)

# mutation during iteration is an error
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)

# many operations at both ends (forces the buffer to grow and shrink)
big = deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
print(len(big), big[0], big[-1], big[1000], sum(big))
for i in range(990):
    big.pop()
    big.popleft()
print(big)
w = deque(range(20))
for i in range(7):
    w.popleft()
    w.append(100 + i)
w.rotate(5)
print(w, w.index(104), w[10])
try:
    print(w.index(104, 0, 3), w.index(104, -15))
    w.index(104, 8, 20)
except ValueError as e:
    print(type(e).__name__, e)
