# Regression program for the failalloc ctest, walked at every allocation:
# each fault point of a lazily readied built-in module's static types, of
# class creation (slots, __dict__/__weakref__ descriptors, MRO) and of print()
# looking up sys.stdout.  Fixed leaks and wrong results it keeps fixed: a
# static type whose ready failed (dict, MRO, bases unrooted; add_subclass's
# failure ignored), a class whose creation failed before it was tracked
# (cycles through its descriptors and MRO), print() returning None with a
# MemoryError pending.
import _weakref
class Slotted:
    __slots__ = ("a", "b")
class Plain:
    pass
class Child(Plain, metaclass=type):
    x = 1
print("ok", Slotted.__name__, Plain.__name__, Child.__mro__[1].__name__)
print(_weakref.getweakrefcount(Plain()))
