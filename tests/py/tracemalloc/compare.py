# Snapshot.compare_to: the growth between two snapshots shows on the line
# that allocated it; blocks freed in between show as negative differences.
import tracemalloc


def base(path):
    return path.rsplit('/', 1)[-1]


def where(stat):
    frame = stat.traceback[0]
    return "%s:%s" % (base(frame.filename), frame.lineno)


tracemalloc.start()
doomed = [bytes(3000) for i in range(20)]          # line 16
first = tracemalloc.take_snapshot()
grown = [bytes(10000) for i in range(40)]          # line 18
del doomed
second = tracemalloc.take_snapshot()

diff = second.compare_to(first, 'lineno')
top = diff[0]
print("top growth:", where(top))
print("size_diff >= 40 * 10033:", top.size_diff >= 40 * 10033,
      "count_diff >= 40:", top.count_diff >= 40)
print("new group: size == size_diff:", top.size == top.size_diff,
      "count == count_diff:", top.count == top.count_diff)
gone = [d for d in diff if where(d) == "compare.py:16"]
print("freed line listed:", len(gone) == 1)
g = gone[0]
print("freed: size 0, count 0:", g.size, g.count,
      "size_diff <= -20 * 3033:", g.size_diff <= -20 * 3033,
      "count_diff <= -20:", g.count_diff <= -20)
print("sorted by |size_diff|:",
      all(abs(diff[i].size_diff) >= abs(diff[i + 1].size_diff) for i in range(len(diff) - 1)))

same = second.compare_to(second, 'filename')
print("against itself nothing changes:",
      all(d.size_diff == 0 and d.count_diff == 0 for d in same))

text = str(top)
print("str shape:", text.startswith(base(top.traceback[0].filename)) or "/" in text,
      "(+" in text, "count=" in text, "average=" in text)

# StatisticDiff and Statistic print like CPython's
tb = tracemalloc.Traceback((("a.py", 54),))
print(tracemalloc.StatisticDiff(tb, 100000, 100000, 1000, 1000))
print(tracemalloc.StatisticDiff(tb, 7776, 7776, 243, 243))
print(tracemalloc.StatisticDiff(tb, 0, -4216, 0, -2))
print(tracemalloc.StatisticDiff(tb, 5000, -1200, 7, -3))
print(repr(tracemalloc.StatisticDiff(tb, 5000, -1200, 7, -3)))
tracemalloc.stop()
