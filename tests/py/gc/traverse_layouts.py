# What the collector sees of instances of every layout (tp_traverse of heap
# types): __slots__ in the class and in its bases, __dict__ beside slots,
# subclasses of built-in containers with slots and a dict; gc.get_referents
# shows what is visited, gc.collect() that cycles through each are found.
import gc


class A:
    __slots__ = ("a", "b")


class B(A):
    __slots__ = ("c",)


class C(B):
    pass                      # adds __dict__ and __weakref__


class L(list):
    __slots__ = ("tag",)


class D(dict):
    pass


def names(objs):
    out = []
    for o in objs:
        if isinstance(o, type):
            out.append("type " + o.__name__)
        elif isinstance(o, dict):
            out.append("dict " + ",".join(sorted(map(str, o))))
        else:
            out.append(type(o).__name__ + " " + repr(o)[:30])
    return sorted(out)


b = B()
b.a, b.c = "x", "y"
print(names(gc.get_referents(b)))
c = C()
c.a, c.b, c.c, c.d = 1.5, "bb", "cc", "dd"
print(names(gc.get_referents(c)))
c.__dict__["e"] = "ee"
print(names(gc.get_referents(c)))
l = L([1.5, "s"])
l.tag = "t"
print(names(gc.get_referents(l)))
d = D(k="v")       # (an attribute would give it a __dict__ in CPython)
print(names(gc.get_referents(d)))

gc.collect()
gc.disable()                  # only the collections below count
for make in (B, C, L, D):
    for _ in range(50):
        x, y = make(), make()
        if make is L:
            x.tag, y.tag = y, x
        elif make is D:
            x["p"], y["q"] = y, x
        else:
            x.a, y.c = y, x
    del x, y
    print(make.__name__, gc.collect())
gc.enable()
