# Mutating a container while it is iterated, sorted or compared.
l = [1, 2, 3]
for x in l:
    l.append(x)
    if len(l) > 20: break
print(len(l))
d = {1: 1, 2: 2}
try:
    for k in d: d[k + 10] = 1
except RuntimeError as e: print(e)
s = {1, 2, 3}
try:
    for k in s: s.add(k + 10)
except RuntimeError as e: print(e)
d = {1: 1}
try:
    for k in d: del d[k]
except RuntimeError as e: print(e)
d = {i: i for i in range(10)}
try:
    for k, v in d.items(): d.pop(k); d[k + 100] = v
except RuntimeError as e: print(e)
class Evil:
    def __init__(self, l): self.l = l
    def __lt__(self, o):
        self.l.clear(); self.l.extend([Evil(self.l)] * 5)
        return True
l = []
l.extend(Evil(l) for _ in range(10))
try:
    l.sort()
except ValueError as e: print(e)
print(len(l) >= 0)
class E2:
    def __eq__(self, o):
        L.clear()
        return False
L = [E2() for _ in range(10)]
print(E2() in L, L.count(1), len(L))
L = [E2() for _ in range(10)]
try: L.remove(5)
except ValueError as e: print(e)
class E3:
    def __eq__(self, o):
        M.clear(); return False
    def __hash__(self): return 1
M = {}
M[E3()] = 1
M[1] = 2
print(M.get(E3()))
M = {}
M[E3()] = 0
M[E3()] = 5
print(len(M))
class E4:
    def __hash__(self): return 1
    def __eq__(self, o):
        S.clear(); return False
S = set()
S.add(E4())
print(E4() in S)
class E5:
    def __eq__(self, o):
        a.clear(); b.clear(); return True
a = [E5(), E5(), E5()]; b = [E5(), E5(), E5()]
print(a == b)
a = [E5()] * 5; b = [E5()] * 5
print(a < b)
class E6:
    def __lt__(self, o):
        T.append(1); return True
T = [E6(), E6(), E6()]
try:
    T.sort()
except ValueError as e: print(e)
print(len(T))
l = list(range(10))
def key(x):
    l.append(x); return x
try:
    l.sort(key=key)
except ValueError as e: print(e)
print(l[:3], len(l))
l = [3, 2, 1]
it = iter(l)
next(it)
l.clear()
print(list(it))
d = {1: 2}
it = iter(d.items())
d.clear()
try: print(list(it))
except RuntimeError as e: print(e)
l = [1, 2, 3]
r = reversed(l)
l.clear()
print(list(r))
class E7:
    def __eq__(self, o):
        del lst[:]; return False
lst = [1, E7(), 3]
print(lst == [1, 2, 3])
lst = [E7(), 1, 2]
print(lst.__contains__(0))
class K:
    def __hash__(self):
        D.clear(); return 7
D = {i: i for i in range(8)}
D[K()] = 1
print(len(D))
