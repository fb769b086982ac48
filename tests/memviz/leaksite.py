# -X leakcheck with tracemalloc: a leaked list is reported with the
# traceback of its allocation (the refcount raised through ctypes).
import ctypes
def make():
    return [1, 2, 3]
x = make()
r = ctypes.c_ssize_t.from_address(id(x))
r.value = r.value + 1
print("leaked one list")
