# -X memtimeline: a phase that grows and shrinks; the timeline's collection
# counts are held against gc.get_stats() printed at the end.
import gc
data = []
for i in range(20000):
    data.append({"i": i, "s": str(i)})
    if i % 5000 == 0:
        gc.collect(1)
del data
gc.collect()
print("stats", " ".join(str(s["collections"]) for s in gc.get_stats()))
