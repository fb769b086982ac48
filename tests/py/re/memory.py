# re and json objects on the allocator: true refcounts, tracked by the
# collector, allocations attributed to the lib files by tracemalloc.
import gc
import json
import re
import sys
import tracemalloc

s = "subject " * 10 + "é"
before = sys.getrefcount(s)
p = re.compile(r"(\w+) ")
m = p.search(s)
all_ = p.findall(s)
it = list(p.finditer(s))
out = p.sub(r"\1-", s)
parts = p.split(s)
print(sys.getrefcount(s) - before)      # m, and each Match in it, hold the string
del m, it
print(sys.getrefcount(s) - before)
print(gc.is_tracked(p), gc.is_tracked(p.search(s)), type(p) in {type(o) for o in gc.get_objects()})

doc = '{"a": [1, 2, {"b": "c"}]}'
before = sys.getrefcount(doc)
v = json.loads(doc)
print(sys.getrefcount(doc) - before, v)
dec = json.JSONDecoder(object_hook=dict)
print(gc.is_tracked(dec.scan_once), sys.getrefcount(dict) > 2)

class Node:
    pass

n = Node()
n.pattern = re.compile("node")
n.self = n
n.match = n.pattern.match("node")
del n
print(gc.collect() >= 2)

tracemalloc.start()
re.purge()
pats = [re.compile("x%d[a-z]+(y|z)*" % i) for i in range(50)]
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
files = {st.traceback[0].filename.replace("\\", "/").split("/")[-2] + "/" +
         st.traceback[0].filename.split("/")[-1] for st in snap.statistics("filename")}
print(any(f.startswith("re/") for f in files))
