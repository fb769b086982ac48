# tracemalloc's switches and counters: start/stop, is_tracing, the traceback
# limit, traced memory (current, peak), reset_peak, clear_traces, errors.
import tracemalloc

print("tracing at start:", tracemalloc.is_tracing())
print("memory when off:", tracemalloc.get_traced_memory())
print("limit before start:", tracemalloc.get_traceback_limit())
print("traces when off:", tracemalloc._get_traces())
print("object traceback when off:", tracemalloc.get_object_traceback(object()))
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)

for bad in (0, -1, 65536):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("3", 1.5, None):
    try:
        tracemalloc.start(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    tracemalloc.start(2 ** 40)
except OverflowError as e:
    print("OverflowError:", e)
try:
    tracemalloc.start(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    tracemalloc.stop(1)
except TypeError as e:
    print("TypeError:", e)
print("still off:", tracemalloc.is_tracing())

tracemalloc.start(4)
print("tracing:", tracemalloc.is_tracing(), "limit:", tracemalloc.get_traceback_limit())
tracemalloc.start(9)       # already tracing: nothing changes
print("limit after a second start:", tracemalloc.get_traceback_limit())

cur0, peak0 = tracemalloc.get_traced_memory()
big = [bytes(1000) for i in range(200)]
cur1, peak1 = tracemalloc.get_traced_memory()
print("current grew by at least 200 kB:", cur1 - cur0 >= 200 * 1000)
print("peak >= current:", peak1 >= cur1)
del big
cur2, peak2 = tracemalloc.get_traced_memory()
print("current fell back:", cur2 < cur1 - 190 * 1000)
print("peak is sticky:", peak2 >= cur1)
tracemalloc.reset_peak()
cur3, peak3 = tracemalloc.get_traced_memory()
print("after reset_peak, peak is near current:", 0 <= peak3 - cur3 < 1000)
print("tracemalloc's own memory is counted:", tracemalloc.get_tracemalloc_memory() > 0)

keep = bytes(5000)
tracemalloc.clear_traces()
cur4, peak4 = tracemalloc.get_traced_memory()
print("after clear_traces the counters restart:", cur4 < 5000, peak4 < 5000)
print("still tracing:", tracemalloc.is_tracing())
print("untraced object:", tracemalloc.get_object_traceback(keep))
again = bytes(5000)
print("traced again:", tracemalloc.get_object_traceback(again) is not None)

tracemalloc.stop()
print("stopped:", tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
print("limit kept:", tracemalloc.get_traceback_limit())
print("traces dropped:", tracemalloc._get_traces(), tracemalloc.get_object_traceback(again))
tracemalloc.stop()         # stopping twice is fine
tracemalloc.clear_traces()
tracemalloc.reset_peak()
print("done")
