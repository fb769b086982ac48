# gc.get_count() around instances made by the specialized class call, whose
# __init__ runs as an inline frame (functions/init_inline.py has the rest).
import gc


# gc counts around instance creation (no arguments: CPython's call makes no
# argument tuple)
class G:
    def __init__(self):
        self.a = 1


for i in range(40):
    G()
gc.collect()
a = gc.get_count()[0]
keep = [G() for i in range(100)]
print("gc", gc.get_count()[0] - a)
del keep
