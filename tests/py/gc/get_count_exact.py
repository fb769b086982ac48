# gc.get_count() reads the counts before it makes its result tuple, as
# CPython does: right after gc.collect() generation 0 shows 0, and every
# tracked container made afterwards shows as exactly one more.  (No print()
# between the readings: CPython's print makes objects of its own.)
import gc

gc.collect()
first = gc.get_count()
a = gc.get_count()[0]
b = gc.get_count()[0]
x = []
c = gc.get_count()[0]
y = {}
d = gc.get_count()[0]
del x, y
e = gc.get_count()[0]
gc.disable()
gc.collect(1)
after1 = gc.get_count()
gc.enable()
print(first, a, b, c, d, e, after1)
print(gc.get_threshold())
