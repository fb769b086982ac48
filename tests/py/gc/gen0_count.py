# gen0 count as CPython 3.11: incremented when a GC object is allocated,
# decremented when one is freed; a full collection empties the free lists,
# so new lists, tuples and dicts made right after gc.collect() all count.
import gc

junk = [[i] for i in range(5000)]
pairs = [(i, i) for i in range(2000)]
dicts = [{} for i in range(500)]
del junk, pairs, dicts

gc.collect()
c0 = gc.get_count()[0]
lists = [[] for i in range(100)]
print("100 lists:", gc.get_count()[0] - c0 >= 100)

gc.collect()
c0 = gc.get_count()[0]
tuples = [(i, -i) for i in range(100)]
print("100 tuples:", gc.get_count()[0] - c0 >= 100)

gc.collect()
c0 = gc.get_count()[0]
ds = [{"a": i} for i in range(100)]
print("100 dicts:", gc.get_count()[0] - c0 >= 100)

# freeing goes the other way
gc.collect()
c0 = gc.get_count()[0]
x = [[] for i in range(300)]
up = gc.get_count()[0]
del x
print("freed lower the count:", gc.get_count()[0] < up, up - c0 >= 300)
