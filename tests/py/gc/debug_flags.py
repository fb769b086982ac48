# gc debugging flags: DEBUG_SAVEALL keeps garbage in gc.garbage instead of
# freeing it; get_debug/set_debug round-trip; DEBUG_LEAK combines flags.
import gc
gc.disable()
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
a = []
a.append(a)
b = {"x": None}
b["x"] = b
del a, b
print(gc.collect())
print(len(gc.garbage), sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(), gc.garbage)
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE)
