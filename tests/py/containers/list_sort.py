# list.sort / sorted: stability, key, reverse, errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[0], reverse=True))
words = ['pear', 'Fig', 'apple', 'kiwi', 'Banana', 'date']
words.sort(key=len)
print(words)
words.sort(key=str.lower)
print(words)
words.sort()
print(words)
words.sort(reverse=True)
print(words)
nums = [5, -3, 2.5, 0, -7, 10, 2]
nums.sort()
print(nums)
nums.sort(key=abs)
print(nums)
big = []
x = 12345
for i in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    big.append(x % 1000)
s = sorted(big)
ok = True
for i in range(len(s) - 1):
    if s[i] > s[i + 1]:
        ok = False
print(ok, s[:5], s[-5:], len(s))
pairs = []
for i in range(300):
    pairs.append((big[i] % 10, i))
ps = sorted(pairs, key=lambda p: p[0])
stable = True
for i in range(len(ps) - 1):
    if ps[i][0] == ps[i + 1][0] and ps[i][1] > ps[i + 1][1]:
        stable = False
print(stable)
print(sorted([3, 1, 2], reverse=True), sorted('hello'), sorted({3: 'a', 1: 'b'}))
print(sorted([2 ** 70, 1, -2 ** 65, 0]))
show(lambda: sorted([1, 'a']))
show(lambda: sorted(['a', 1]))
show(lambda: sorted([1, 2, None]))
show(lambda: [3, 2, 1].sort(1))
def badkey(v):
    if v == 2:
        raise ValueError('bad key')
    return v
l = [3, 2, 1]
show(lambda: l.sort(key=badkey))
print(l)
l = [3, 1, 2]
def mutate(v):
    l.append(v)
    return v
show(lambda: l.sort(key=mutate))
print(l)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'K(%d)' % self.v
print(sorted([K(3), K(1), K(2)]))
print(sorted([], reverse=True), sorted([1]))
