# The heap map against sys._debugmallocstats() at the same moment: a phase
# that fills arenas, then frees most of it (the map is drawn after the free,
# with tracemalloc tracing so the tooltips name source lines).
import gc, sys, tracemalloc, heapmap
tracemalloc.start(3)
keep = [str(i) * 3 for i in range(3000)]
phase = [[i, i + 1] for i in range(30000)]
big = [bytearray(2000) if False else "y" * 1500 for i in range(40)]
del phase
gc.collect()
stats = sys._debugmallocstats
heapmap.save(sys.argv[1], "after a phase")
stats()
