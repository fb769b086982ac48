# take_snapshot() does not trace its own objects: the traced memory hardly
# moves across a snapshot (CPython 3.11: well under 1 KiB for 1 000 traces),
# and compare_to / reset_peak do not see the snapshot's list of traces.
import tracemalloc
tracemalloc.start()
data = [str(i) * 2 for i in range(1000)]
before = tracemalloc.get_traced_memory()[0]
s1 = tracemalloc.take_snapshot()
mid = tracemalloc.get_traced_memory()[0]
s2 = tracemalloc.take_snapshot()
after = tracemalloc.get_traced_memory()[0]
print("first snapshot moved < 4 KiB:", mid - before < 4096)
print("second snapshot moved < 4 KiB:", after - mid < 4096)
print("traces >= 1000:", len(s1.traces) >= 1000, len(s2.traces) >= len(s1.traces))
growth = sum(st.size_diff for st in s2.compare_to(s1, "lineno"))
print("compare_to growth < 4 KiB:", 0 <= growth < 4096)
tracemalloc.reset_peak()
s3 = tracemalloc.take_snapshot()
cur, peak = tracemalloc.get_traced_memory()
print("peak across a snapshot < 4 KiB above current:", peak - cur < 4096)
del s1, s2, s3
tracemalloc.stop()
