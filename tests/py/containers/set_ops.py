# set / frozenset: methods, operators, printed order of ints, errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

s = {5, 3, 1, 100, 17, 9, 33, 64, 8}
print(s, len(s))
s.add(2)
s.add(5)
s.discard(100)
s.discard(1000)
s.remove(3)
show(lambda: s.remove(3))
print(s, 2 in s, 3 in s)
print(set(), frozenset(), set([3, 2, 1]), frozenset([1, 2, 3]), set(range(10, 0, -1)))
print(set(range(100)) == set(range(99, -1, -1)), set(range(50, 70)))
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([4, 5]))
print(a.union(), a.intersection(), a.difference())
print(a <= b, a < a | b, a | b >= a, a > a, a == {4, 3, 2, 1}, a != b)
print(a.issubset([1, 2, 3, 4, 5]), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint({9}))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {1}
c ^= {2, 20}
print(c)
c.update([7, 8], {9})
c.intersection_update([7, 8, 9, 10, 99])
c.difference_update([8])
c.symmetric_difference_update([9, 30])
print(c)
show(lambda: a | [1])
show(lambda: a & 'x')
show(lambda: set().pop())
show(lambda: {[1]})
show(lambda: set([[1, 2]]))
show(lambda: {1}.add({2}))
show(lambda: hash({1}))
p = {30, 10, 20}
popped = []
while p:
    popped.append(p.pop())
print(popped)
f = frozenset([1, 2, 3])
g = f | {4}
print(f, g, type(g).__name__, type({4} | f).__name__, f & {2}, f - {1}, f ^ {9})
print(hash(f) == hash(frozenset([3, 2, 1])), hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset(range(20))))
fs = {frozenset([1, 2]), frozenset([2, 1]), frozenset()}
print(len(fs), frozenset([1, 2]) in fs, {1, 2} in fs, frozenset() in fs)
fs.discard({2, 1})
print(len(fs))
print(f.copy() is f, set(f) == f, f == {1, 2, 3}, {1, 2, 3} == f)
print(sorted({-5, 7, 0, -1}), sum({1, 2, 3}), max(frozenset([4, 9, 2])))
print({1, 2, 3}.copy(), len(set('aab')), {0, False, 0.0}, {1: 'x'}.keys() | {2})
print(set({1: 'a', 2: 'b'}), set((4, 4, 4)))
x = set()
for i in [8, 16, 24, 32, 1, 9]:
    x.add(i)
print(x)
x = set()
for i in range(40):
    x.add(i * 7)
print(x)
y = set()
for i in range(-10, 10):
    y.add(i)
print(y)
class S(set):
    pass
ss = S([3, 1])
print(ss, type(ss | {2}).__name__, S(), isinstance(ss, set))
it = iter({1, 2, 3})
print(next(it), list(it))
def mutate():
    q = {1, 2, 3}
    for e in q:
        q.add(e + 10)
show(mutate)
