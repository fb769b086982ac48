# sys.getsizeof of containers as they grow: must equal CPython 3.11
import sys

def grow(make, add, n):
    x = make()
    out = []
    for i in range(n):
        out.append(sys.getsizeof(x))
        add(x, i)
    out.append(sys.getsizeof(x))
    return out

def add_int(d, i):
    d[i] = i
def add_str(d, i):
    d['k' + str(i)] = i
def add_set(s, i):
    s.add(i)
def add_list(l, i):
    l.append(i)

print(grow(list, add_list, 70))
print(grow(dict, add_int, 50))
print(grow(dict, add_str, 50))
print(grow(set, add_set, 50))
out = []
for n in range(20):
    out.append(sys.getsizeof(list(range(n))))
print(out)
out = []
for n in range(8):
    out.append(sys.getsizeof(tuple(range(n))))
print(out)
out = []
for n in range(6):
    out.append(sys.getsizeof([None] * n))
print(out)
print(sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof({}), sys.getsizeof(set()), sys.getsizeof(frozenset()))
print(sys.getsizeof(range(10)), sys.getsizeof(slice(1, 2)))
l = [1, 2, 3]
l *= 5
print(sys.getsizeof(l), sys.getsizeof(l + [4]), sys.getsizeof(l[:]), sys.getsizeof(l[::2]), sys.getsizeof(sorted(l)))
while l:
    l.pop()
print(sys.getsizeof(l))
l = list(range(100))
del l[10:]
print(sys.getsizeof(l))
l.clear()
print(sys.getsizeof(l))
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
d[1] = 1
print(sys.getsizeof(d))
d = {}
for i in range(10):
    d[i] = i
print(sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
for i in range(9):
    del d[i]
print(sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
d.clear()
print(sys.getsizeof(d))
d = {}
for i in range(5):
    d['s' + str(i)] = i
print(sys.getsizeof(d))
d[5] = 5
print(sys.getsizeof(d))
print(sys.getsizeof(dict(a=1)), sys.getsizeof(dict.fromkeys(range(10))), sys.getsizeof(dict.fromkeys(set(range(10)))))
print(sys.getsizeof(dict(zip(range(6), range(6)))), sys.getsizeof(dict(zip('abcdefghijk', range(11)))))
print(sys.getsizeof(set(range(10))), sys.getsizeof(set([1, 2, 3, 4, 5])), sys.getsizeof(frozenset(range(100))))
print(sys.getsizeof(set(set(range(10)))), sys.getsizeof(set(range(10)).copy()), sys.getsizeof(set({1: 1, 2: 2})))
s = set(range(100))
for i in range(90):
    s.discard(i)
print(sys.getsizeof(s))
s.clear()
print(sys.getsizeof(s))
print(list.__sizeof__([]), dict.__sizeof__({}), tuple.__sizeof__((1,)), set().__sizeof__())
