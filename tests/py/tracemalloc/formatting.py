# The pure-Python side of tracemalloc: sizes printed like CPython's
# (B, KiB, MiB ...), Statistic / Frame / Traceback text, equality, ordering.
import tracemalloc
from tracemalloc import Frame, Traceback, Statistic, StatisticDiff

for size in (0, 1, 633, 9999, 10239, 10240, 99 * 1024, 100 * 1024, 5 * 1024 * 1024,
             123456789, 7 * 1024 ** 4, 5 * 1024 ** 5):
    print(size, "->", tracemalloc._format_size(size, False), "|",
          tracemalloc._format_size(size, True), "|", tracemalloc._format_size(-size, True))
print(tracemalloc._format_size(633 / 1, False), tracemalloc._format_size(108.5, False))

tb = Traceback((("memory_architecture_demo.py", 31),))
print(Statistic(tb, 633, 1))
print(Statistic(Traceback((("a.py", 30),)), 133, 1))
print(Statistic(tb, 0, 0))
print(Statistic(tb, 100000, 1000))
print(repr(Statistic(tb, 633, 1)))
print(Statistic(tb, 633, 1) == Statistic(tb, 633, 1), Statistic(tb, 633, 1) == Statistic(tb, 634, 1))
print(hash(Statistic(tb, 633, 1)) == hash(Statistic(tb, 633, 1)))

f1 = Frame(("a.py", 3))
f2 = Frame(("a.py", 10))
f3 = Frame(("b.py", 1))
print(f1, repr(f1), f1.filename, f1.lineno)
print(f1 < f2, f2 < f3, f1 <= f1, f3 > f1, f2 >= f3, f1 == Frame(("a.py", 3)), f1 != f2)
print(hash(f1) == hash(Frame(("a.py", 3))))
print(sorted([f3, f2, f1]))

t = Traceback((("c.py", 9), ("b.py", 5), ("a.py", 1)), total_nframe=7)
print(t, len(t), t.total_nframe)
print(repr(t))
print(repr(Traceback((("x.py", 2),))))
print(list(t), t[0], t[-1], t[1:])
print(Frame(("b.py", 5)) in t, Frame(("b.py", 6)) in t)
print(t == Traceback((("c.py", 9), ("b.py", 5), ("a.py", 1))), t < Traceback((("z.py", 1),)))
print(t.format())
print(t.format(limit=2), t.format(limit=-1), t.format(most_recent_first=True))

# ordering of statistics: size, then count, then traceback, biggest first
stats = [Statistic(Traceback((("a.py", 1),)), 100, 2),
         Statistic(Traceback((("b.py", 1),)), 100, 2),
         Statistic(Traceback((("c.py", 1),)), 100, 5),
         Statistic(Traceback((("d.py", 1),)), 300, 1)]
stats.sort(reverse=True, key=Statistic._sort_key)
for s in stats:
    print(s)
diffs = [StatisticDiff(Traceback((("a.py", 1),)), 100, -50, 2, -1),
         StatisticDiff(Traceback((("b.py", 1),)), 10, 50, 2, 1),
         StatisticDiff(Traceback((("c.py", 1),)), 500, 20, 2, 1)]
diffs.sort(reverse=True, key=StatisticDiff._sort_key)
for s in diffs:
    print(s)
