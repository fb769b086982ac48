# Peak memory goes back to the OS once the objects are gone: 600 000 small
# tuples and strings are built and deleted, and VmRSS is read from
# /proc/self/status before, at the peak and after.  Only relations are
# printed (the figures depend on the interpreter and the allocator).
import gc

def rss_kib():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])
    return -1

gc.collect()
before = rss_kib()
data = [(i, str(i) + 'x') for i in range(600000)]
peak = rss_kib()
del data
gc.collect()
after = rss_kib()

growth = peak - before
print('rss readable:', before > 0 and peak > 0 and after > 0)
print('grew at peak:', growth > 10000)
print('at least half of the growth returned:', peak - after >= growth // 2)
print('after below peak:', after < peak)
