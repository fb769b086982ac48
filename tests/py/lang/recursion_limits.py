# RecursionError thresholds that follow CPython 3.11's shared recursion counter
cnt = 0
def g(n):
    global cnt
    cnt = n
    return g(n + 1)
try:
    g(0)
except RecursionError as e:
    print("plain recursion:", e, cnt)
class A:
    def __init__(self, n):
        global cnt
        cnt = n
        A(n + 1)
try:
    A(0)
except RecursionError as e:
    print("class instantiation:", e, cnt)
def m(n):
    global cnt
    cnt = n
    return list(map(m, [n + 1]))
try:
    m(0)
except RecursionError as e:
    print("through map:", e, cnt)
def nested(depth):
    l = []
    for i in range(depth):
        l = [l]
    return l
for depth in (500, 990, 1200, 5000):
    try:
        print(depth, len(repr(nested(depth))), len(str(nested(depth))))
    except RecursionError as e:
        print(depth, "RecursionError:", e)
d = {}
cur = d
for i in range(3000):
    cur["k"] = {}
    cur = cur["k"]
try:
    repr(d)
except RecursionError as e:
    print("dict:", e)
class Tree:
    def __init__(self, kids=()):
        self.kids = list(kids)
    def depth(self):
        return 1 + max((k.depth() for k in self.kids), default=0)
t = Tree()
for i in range(300):
    t = Tree([t, Tree()])
print("tree depth", t.depth())
