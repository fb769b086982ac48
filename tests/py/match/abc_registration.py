# collections.abc registration sets the flags match statements use
import collections.abc as cabc
from collections import UserList, UserDict, ChainMap, deque, OrderedDict

def kind(o):
    match o:
        case {"k": v}:
            return f"mapping k={v!r}"
        case {}:
            return "mapping"
        case [x, *rest]:
            return f"sequence first={x!r} rest={len(rest)}"
        case []:
            return "empty sequence"
        case _:
            return "neither"

class Seq:
    def __init__(self, items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]

class Map:
    def __init__(self, d): self.d = dict(d)
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def get(self, k, default=None): return self.d.get(k, default)
    def keys(self): return self.d.keys()

class SubSeqBefore(Seq):
    pass

print("before register:", kind(Seq([1, 2])), "|", kind(Map({"k": 1})), "|", kind(SubSeqBefore([3])))
print("isinstance:", isinstance(Seq([]), cabc.Sequence), isinstance(Map({}), cabc.Mapping))
r = cabc.Sequence.register(Seq)
print("register returns the class:", r is Seq)
cabc.Mapping.register(Map)
print("after register:", kind(Seq([1, 2])), "|", kind(Map({"k": 1})), "|", kind(Map({})))
print("existing subclass:", kind(SubSeqBefore([3, 4, 5])))
class SubSeqAfter(Seq):
    pass
print("new subclass:", kind(SubSeqAfter([])))
class SubSub(SubSeqBefore):
    pass
print("grandchild:", kind(SubSub(["a"])))

# the flags as CPython numbers them in type.__flags__
SEQ, MAP = 1 << 5, 1 << 6
for t in (list, tuple, range, memoryview, deque, dict, OrderedDict, str, bytes, bytearray,
          Seq, Map, SubSub, UserList, UserDict, ChainMap, cabc.Sequence, cabc.Mapping,
          cabc.MutableSequence, cabc.MutableMapping, cabc.Set, cabc.Collection):
    f = t.__flags__
    print(f"{t.__name__:16} seq={bool(f & SEQ)} map={bool(f & MAP)}")

# classes derived from the ABCs
print(kind(UserList([7, 8])), "|", kind(UserDict(k=9)), "|", kind(ChainMap({"k": 10})))
class MySeq(cabc.Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * 10
print("derived Sequence:", kind(MySeq(3)), "|", kind(MySeq(0)))
class MyMap(cabc.Mapping):
    def __getitem__(self, k):
        if k == "k": return "v"
        raise KeyError(k)
    def __iter__(self): return iter(["k"])
    def __len__(self): return 1
print("derived Mapping:", kind(MyMap()))

# multiple inheritance: the first class in the MRO with a flag wins
class Plain: pass
class Mixed(Plain, cabc.Sequence):
    def __len__(self): return 1
    def __getitem__(self, i):
        if i: raise IndexError(i)
        return "only"
print("mixin after a plain base:", kind(Mixed()))
class DictSeq(dict, cabc.Sequence):
    pass
print("dict first:", kind(DictSeq(k=1)))
class SeqDict(cabc.Sequence, dict):
    pass
print("Sequence first:", bool(SeqDict.__flags__ & SEQ), bool(SeqDict.__flags__ & MAP))

# registering a builtin type changes nothing (immutable types)
cabc.Sequence.register(str) if False else None
cabc.Mapping.register(set)
print("set after Mapping.register(set):", kind({1}), bool(set.__flags__ & MAP))
cabc.Sequence.register(frozenset)
print("frozenset:", kind(frozenset()), isinstance(frozenset(), cabc.Sequence))

# a registered mapping class re-registered as sequence switches its flag
class Both:
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError(i)
    def get(self, k, d=None): return d
    def keys(self): return []
cabc.Mapping.register(Both)
print("Both as mapping:", kind(Both()))
cabc.Sequence.register(Both)
print("Both after Sequence.register:", kind(Both()), bool(Both.__flags__ & SEQ), bool(Both.__flags__ & MAP))

# registering with an ABC that has no flag
class Sz:
    def __len__(self): return 0
cabc.Sized.register(Sz)
print("Sized registration:", kind(Sz()), isinstance(Sz(), cabc.Sized))

# __abc_tpflags__ in a class body of an ABCMeta class sets the flag and goes away
import abc
class Custom(metaclass=abc.ABCMeta):
    __abc_tpflags__ = 1 << 5
print("custom abc:", bool(Custom.__flags__ & SEQ), "__abc_tpflags__" in Custom.__dict__)
class Cust(Custom):
    def __len__(self): return 1
    def __getitem__(self, i):
        if i: raise IndexError(i)
        return 42
print(kind(Cust()))
try:
    class Bad(metaclass=abc.ABCMeta):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print("TypeError:", e)
class NotInt(metaclass=abc.ABCMeta):
    __abc_tpflags__ = "x"
print("non-int __abc_tpflags__:", "__abc_tpflags__" in NotInt.__dict__, bool(NotInt.__flags__ & SEQ))
