# sys.getsizeof for the types of DESIGN.md's table, growth sequences of
# lists and dicts, __sizeof__ being honoured, and the default argument.
import sys

def show(label, value):
    print(f"{label:<28} {sys.getsizeof(value)}")

for v in (0, 42, 1000, True, False, 2**30, 2**60, 2**100, -1, -2**64):
    show(repr(v)[:20], v)
show("1.5", 1.5)
show("None", None)
for n in (0, 1, 10, 100):
    show(f"'x' * {n}", "x" * n)
for n in (0, 1, 100, 600):
    show(f"bytes({n})", bytes(n))
for n in (0, 1, 2, 5):
    show(f"tuple of {n}", tuple(range(n)))
show("[]", [])
show("[1, 2, 3]", [1, 2, 3])
show("{}", {})
show("set()", set())
show("frozenset()", frozenset())
show("range(10)", range(10))

print("list growth:")
l = []
sizes = []
for i in range(40):
    sizes.append(sys.getsizeof(l))
    l.append(i)
print(sizes)

print("dict growth, int keys:")
d = {}
sizes = []
for i in range(40):
    d[i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)

print("dict growth, str keys:")
d = {}
sizes = []
for i in range(40):
    d["k%d" % i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)

print("set growth:")
s = set()
sizes = []
for i in range(40):
    s.add(i)
    sizes.append(sys.getsizeof(s))
print(sizes)

class Plain:
    def __init__(self):
        self.a = 1
        self.b = 2

class Slotted:
    __slots__ = ("a", "b", "c")

class SlottedDict:
    __slots__ = ("a", "__dict__")

class Sized:
    def __sizeof__(self):
        return 1000

show("plain instance", Plain())
show("__slots__ of 3", Slotted())
show("__slots__ a + __dict__", SlottedDict())
show("__sizeof__ = 1000", Sized())
print(sys.getsizeof(1, 99), sys.getsizeof(Sized(), 5))

class NoSize:
    def __sizeof__(self):
        raise TypeError("no size")
print(sys.getsizeof(NoSize(), "fallback"))
try:
    sys.getsizeof(NoSize())
except TypeError as e:
    print("TypeError", e)

class Negative:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Negative())
except ValueError as e:
    print("ValueError", e)
