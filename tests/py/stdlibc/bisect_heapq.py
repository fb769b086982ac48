import bisect, heapq

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, lo=4, hi=6))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5); bisect.insort_right(b, 0, 0, 1); print(b)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
bisect.insort_left(recs, ('e', 3), key=lambda r: r[1]); print(recs)
class Seq:
    def __init__(self): self.d = [1, 3, 5]
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def insert(self, i, x): print('insert', i, x); self.d.insert(i, x)
s = Seq(); print(bisect.bisect(s, 4)); bisect.insort(s, 4); print(s.d)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])
for bad in [lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(), lambda: bisect.bisect(a),
            lambda: bisect.bisect(5, 1), lambda: bisect.bisect([1, 'a'], 2), lambda: bisect.insort(a, 1, 'x'),
            lambda: bisect.bisect(a, 1, key=5), lambda: bisect.bisect(a, 1, bogus=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

h = []
for x in [5, 7, 3, 9, 1, 8, 2]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 0, 3, 8, 2, 6, 5]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 3))
m = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(m); print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]))
print(heapq.nlargest(2, ['aa', 'b', 'ccc', 'dd'], key=len), heapq.nsmallest(2, ['aa', 'b', 'ccc', 'dd', 'e'], key=len))
print(heapq.nlargest(1, []), heapq.nlargest(1, [3, 7]), heapq.nsmallest(0, [1]), heapq.nsmallest(10, iter([3, 1, 2])))
print(heapq.nsmallest(3, iter([(1, 'b'), (1, 'a'), (0, 'z'), (2, 'q'), (1, 'c')]), key=lambda t: t[0]))
print(heapq.nlargest(3, iter([(1, 'b'), (1, 'a'), (0, 'z'), (2, 'q'), (1, 'c')]), key=lambda t: t[0]))
xs = [(i * 7919) % 101 / 3 for i in range(50)]
print(heapq.nsmallest(5, iter(xs)) == sorted(xs)[:5], heapq.nlargest(5, iter(xs)) == sorted(xs)[-5:][::-1])
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)), list(heapq.merge()), list(heapq.merge([1])))
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda t: t[0])))
print(list(heapq.merge([(2, 'a'), (1, 'a')], [(2, 'b'), (1, 'b')], key=lambda t: t[0], reverse=True)))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
            lambda: heapq.heapify(None), lambda: heapq.heappush([]), lambda: heapq.heappush([1], 'a'),
            lambda: heapq.heappop(), lambda: heapq.heappush([], 1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
