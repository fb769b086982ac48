# The gc module: collection counts for list/dict cycles, thresholds,
# enable/disable, tracking of atomic objects, stats and callbacks.
import gc

gc.disable()
print(gc.isenabled())
gc.collect()

a = []
a.append(a)
del a
print("self-referencing list:", gc.collect())

l1 = []
l2 = [l1]
l1.append(l2)
del l1, l2
print("two lists:", gc.collect())

d = {}
d["me"] = d
del d
print("dict cycle:", gc.collect())

ring = [[] for _ in range(10)]
for i in range(10):
    ring[i].append(ring[(i + 1) % 10])
del ring
print("ring of ten:", gc.collect())
print("nothing left:", gc.collect())

keep = []
keep.append(keep)
print("reachable cycle kept:", gc.collect(), len(keep))

print(gc.is_tracked(1), gc.is_tracked(1.5), gc.is_tracked("s"), gc.is_tracked([]))
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)

gc.enable()
print(gc.isenabled())
gc.disable()

stats = gc.get_stats()
print(len(stats), sorted(stats[0].keys()))

events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"]))
gc.callbacks.append(cb)
x = []
x.append(x)
del x
gc.collect()
gc.callbacks.remove(cb)
print(events)

print(gc.collect(0), gc.collect(1))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)

obj = [1, 2]
holder = {"k": obj}
print(holder in gc.get_referrers(obj))
print(gc.get_referents([1, "a"]))
print(type(gc.get_objects()), gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
