# Snapshot.filter_traces with Filter (file patterns, line, all_frames) and
# DomainFilter; the filtered snapshots keep only what matches.
import tracemalloc
import helper_alloc


def base(path):
    return path.rsplit('/', 1)[-1]


def files(snapshot):
    return sorted(set(base(t.traceback[-1].filename) for t in snapshot.traces))


tracemalloc.start(4)
mine = [bytes(500) for i in range(10)]          # line 16
theirs = helper_alloc.allocate(10)
snap = tracemalloc.take_snapshot()
print("both files traced:", "filters.py" in files(snap), "helper_alloc.py" in files(snap))

only_helper = snap.filter_traces([tracemalloc.Filter(True, "*helper_alloc.py")])
print("include helper:", files(only_helper))
no_helper = snap.filter_traces([tracemalloc.Filter(False, "*helper_alloc.py")])
print("exclude helper:", "helper_alloc.py" in files(no_helper), "filters.py" in files(no_helper))
line16 = snap.filter_traces([tracemalloc.Filter(True, "*filters.py", lineno=16)])
print("line 16 only:", sorted(set(t.traceback[-1].lineno for t in line16.traces)),
      len(line16.traces) >= 10)
anyframe = snap.filter_traces([tracemalloc.Filter(True, "*filters.py", all_frames=True)])
print("all_frames keeps the helper's blocks called from here:",
      "helper_alloc.py" in files(anyframe))
pattern = snap.filter_traces([tracemalloc.Filter(True, "*/helper_?lloc.p[xy]")])
print("? and [] patterns:", files(pattern))
negated = snap.filter_traces([tracemalloc.Filter(True, "*helper_alloc.p[!y]")])
print("[!] pattern:", files(negated))
both = snap.filter_traces([tracemalloc.Filter(True, "*filters.py"),
                           tracemalloc.Filter(True, "*helper_alloc.py")])
print("two includes:", files(both))
print("domain 0:", len(snap.filter_traces([tracemalloc.DomainFilter(True, 0)]).traces) == len(snap.traces))
print("not domain 0:", len(snap.filter_traces([tracemalloc.DomainFilter(False, 0)]).traces))
copy = snap.filter_traces([])
print("empty filter list copies:", len(copy.traces) == len(snap.traces), copy is not snap)
try:
    snap.filter_traces(3)
except TypeError as e:
    print("TypeError:", e)

f = tracemalloc.Filter(False, "x.pyc", 3, True, 0)
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
d = tracemalloc.DomainFilter(True, 5)
print(d.inclusive, d.domain)

trace = snap.traces[0]
print("trace fields:", trace.domain, trace.size > 0, len(trace.traceback) >= 1)
print("traces repr:", repr(snap.traces).startswith("<Traces len="))
tracemalloc.stop()
