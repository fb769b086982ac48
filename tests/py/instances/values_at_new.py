# Instances get their attribute values when object.__new__ makes them (as
# CPython 3.11): instances never given attributes still count against the
# class's shared keys, which sizes the __dict__ of later instances.
import sys


class P:
    def __init__(self, n):
        if n:
            self.a = 1
            self.b = 2


first = P(1)
print(sys.getsizeof(first.__dict__), vars(first))
empties = [P(0) for i in range(5)]
later = P(1)
print(sys.getsizeof(later.__dict__), vars(later))
print([vars(e) for e in empties])
# an empty instance's dict, then attributes added through it
d = empties[0].__dict__
print(sys.getsizeof(d), d)
empties[0].c = 3
print(vars(empties[0]), sys.getsizeof(empties[0].__dict__))
# attributes set before __init__ runs, in __new__
class Q:
    def __new__(cls):
        self = super().__new__(cls)
        self.z = 0
        return self

    def __init__(self):
        self.y = 1


for i in range(3):
    q = Q()
    print(vars(q), sys.getsizeof(q.__dict__))
# deleting and re-adding keeps insertion order
class R:
    pass


rs = []
for i in range(4):
    r = R()
    r.x, r.y = i, -i
    del r.x
    r.x = i * 10
    rs.append(r)
print([vars(r) for r in rs])
# a class given a key by its first instance, then many instances
class S:
    def __init__(self, i):
        self.i = i


ss = [S(i) for i in range(40)]
print(sum(s.i for s in ss), sys.getsizeof(ss[-1].__dict__), sys.getsizeof(ss[-1]))
# a __class__ change between classes that both have instances
a, b = P(1), Q()
a.__class__ = Q
print(type(a).__name__, vars(a))
