# Snapshot.statistics: grouping by line, file and traceback (also cumulative),
# sorted biggest first; the allocating lines are found.  Sizes of pym's
# objects are its own, so relations are printed, not figures.
import tracemalloc


def base(path):
    return path.rsplit('/', 1)[-1]


def where(stat):
    frame = stat.traceback[0]
    return "%s:%s" % (base(frame.filename), frame.lineno)


def make_blobs(n):
    return [bytes(4000) for i in range(n)]       # line 17


def make_small(n):
    out = []
    for i in range(n):
        out.append(bytes(100))                   # line 23
    return out


def outer():
    return make_blobs(30)                        # line 28


tracemalloc.start(5)
blobs = outer()                                  # line 32
small = make_small(50)                           # line 33
snap = tracemalloc.take_snapshot()
print("traceback_limit:", snap.traceback_limit)
print("traces:", len(snap.traces) >= 80)

stats = snap.statistics('lineno')
print("top line:", where(stats[0]))
print("top size >= 30 * 4033:", stats[0].size >= 30 * 4033, "count >= 30:", stats[0].count >= 30)
print("sorted by size:", all(stats[i].size >= stats[i + 1].size for i in range(len(stats) - 1)))
lines = [where(s) for s in stats]
print("line 23 listed:", "statistics.py:23" in lines)
s23 = stats[lines.index("statistics.py:23")]
print("line 23 count >= 50:", s23.count >= 50, "size >= 50 * 133:", s23.size >= 50 * 133)
print("one frame per key:", all(len(s.traceback) == 1 for s in stats))

by_file = snap.statistics('filename')
names = [base(s.traceback[0].filename) for s in by_file]
print("files:", names[0], "lineno 0:", by_file[0].traceback[0].lineno)
print("file total covers the lines:",
      by_file[0].size >= stats[0].size + s23.size)

by_tb = snap.statistics('traceback')
top = by_tb[0].traceback
print("traceback frames (oldest first):", [(base(f.filename), f.lineno) for f in top])
print("total_nframe of the grouped key:", top.total_nframe)
print("str of a traceback is its most recent frame:", base(str(top)))
print("format:")
for line in top.format():
    print(line.replace(top[0].filename, base(top[0].filename)))
print("format(limit=1, most_recent_first=True):")
for line in top.format(limit=1, most_recent_first=True):
    print(line.replace(top[0].filename, base(top[0].filename)))

cum = snap.statistics('lineno', cumulative=True)
cum_lines = [where(s) for s in cum]
print("cumulative counts the callers:", "statistics.py:28" in cum_lines,
      "statistics.py:32" in cum_lines)
c28 = cum[cum_lines.index("statistics.py:28")]
c17 = cum[cum_lines.index("statistics.py:17")]
print("caller line 28 gets what line 17 allocated:", c28.size >= 30 * 4033,
      c28.size <= c17.size)
try:
    snap.statistics('traceback', cumulative=True)
except ValueError as e:
    print("ValueError:", e)
try:
    snap.statistics('module')
except ValueError as e:
    print("ValueError:", e)
tracemalloc.stop()
