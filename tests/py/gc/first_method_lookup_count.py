# The first look-up of a method of a built-in type allocates nothing the
# collector counts: CPython builds the class dicts of static types at
# start-up, pym builds them on first use (typeobject.c's lazy class dicts)
# and must not charge the descriptors to the program's gc.get_count().
import gc


def count(label, fn):
    gc.collect()
    a = gc.get_count()[0]
    fn()
    print(label, gc.get_count()[0] - a)


keep = []
count("first list.append", lambda: keep.append(1))
count("second list.append", lambda: keep.append(1))
count("first bytearray.extend", lambda: bytearray().extend(b"ab"))
count("first frozenset attribute", lambda: frozenset.union)
count("first memoryview attribute", lambda: memoryview.tobytes)
count("first complex attribute", lambda: complex.conjugate)
print(len(keep))
