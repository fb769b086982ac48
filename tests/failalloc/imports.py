# imports of every lib/ module, used a little (scripts/failalloc_walk.sh)
import collections
import linecache
import tracemalloc
import weakref
d = collections.OrderedDict()
d["b"] = 1
d["a"] = 2
print(list(d.items()))
Point = collections.namedtuple("Point", "x y")
print(Point(1, 2), collections.Counter("abracadabra").most_common(2))
dq = collections.deque([1, 2, 3])
dq.appendleft(0)
print(dq, collections.defaultdict(list)["k"])
class C:
    pass
c = C()
r = weakref.ref(c)
print(r() is c)
del c
print(r())
ws = weakref.WeakValueDictionary()
print(len(ws))
tracemalloc.start()
x = [str(i) for i in range(10)]
cur, peak = tracemalloc.get_traced_memory()
print(cur > 0, peak >= cur)
tracemalloc.stop()
print(linecache.getline("nonexistent.py", 1) == "")
