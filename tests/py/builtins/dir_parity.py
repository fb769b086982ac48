# dir() of the built-in types, sorted: CPython 3.11's lists are the expectation
import builtins
names = ("int bool float complex str bytes bytearray list tuple dict set frozenset range slice "
         "memoryview object type BaseException").split()
for n in names:
    print(n, sorted(dir(getattr(builtins, n))))
