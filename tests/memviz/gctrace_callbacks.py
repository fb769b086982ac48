# -X gctrace lines against gc.callbacks info and gc.get_stats(); the pause
# figures of heapmap.gc_pauses() against gc.get_stats().
import gc, heapmap
first = sum(p["collections"] for p in heapmap.gc_pauses()) + 1
seen = []
def cb(phase, info):
    if phase == "stop":
        seen.append((info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(cb)
class Node:
    def __init__(self):
        self.me = self
for i in range(3000):
    Node()
    [i]
gc.collect(0)
gc.collect(1)
gc.collect()
gc.callbacks.remove(cb)
print("first", first)
for g, c, u in seen:
    print("cb", g, c, u)
pauses = heapmap.gc_pauses()
stats = gc.get_stats()
for g in range(3):
    assert pauses[g]["collections"] == stats[g]["collections"], (g, pauses[g], stats[g])
    assert sum(pauses[g]["histogram"]) == stats[g]["collections"]
    assert pauses[g]["longest_pause_us"] <= pauses[g]["total_pause_us"] + 1e-9
print("pauses agree with gc.get_stats():", [s["collections"] for s in stats])
print(sorted(stats[0]))
