# The collector and instances: references held by inline attributes are
# seen; a cycle of two plain instances is two objects (no dicts exist).

import gc
import sys

gc.disable()

class Node:
    def __init__(self, label):
        self.label = label
        self.partner = None

def cycle(materialize=0):
    a = Node('a')
    b = Node('b')
    a.partner = b
    b.partner = a
    if materialize >= 1:
        a.__dict__
    if materialize >= 2:
        b.__dict__

gc.collect()
cycle()
print('two plain instances:', gc.collect())
cycle(1)
print('one with a __dict__:', gc.collect())
cycle(2)
print('both with __dict__:', gc.collect())

# a self-cycle
s = Node('self')
s.partner = s
del s
print('self cycle:', gc.collect())

# a ring of 10
first = prev = Node(0)
for i in range(1, 10):
    n = Node(i)
    prev.partner = n
    prev = n
prev.partner = first
del first, prev, n
print('ring of 10:', gc.collect())

# instance -> list -> instance
t = Node('t')
t.partner = [t]
del t
print('via a list:', gc.collect())

# referents: the values, then the class
class A:
    def __init__(self):
        self.a = 1
        self.b = 'two'
        self.c = (3,)

a = A()
print(gc.get_referents(a))
a2 = A()
a2.d = [4]
del a2.a
print(gc.get_referents(a2))
a.__dict__
r = gc.get_referents(a)
print(len(r), type(r[0]).__name__, r[0], r[1])

# key-index order, not insertion order
o = A()
o2 = A.__new__(A)
o2.c = 'c'
o2.a = 'a'
print(gc.get_referents(o2))
print(gc.is_tracked(o2))

# finalizers see the attributes, in allocation order
class Fin:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('finalize', self.name, self.other.name)

f1 = Fin('one')
f2 = Fin('two')
f1.other = f2
f2.other = f1
del f1, f2
print('collected', gc.collect())

# sizes
class Plain:
    pass

p = Plain()
print(sys.getsizeof(p))
for i in range(10):
    setattr(p, 'x%d' % i, i)
print(sys.getsizeof(p))
print(sys.getsizeof(p.__dict__) >= 64)

class Sub(Plain):
    pass
print(sys.getsizeof(Sub()))

for names in [(), ('a',), ('a', 'b', 'c'), ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')]:
    class S:
        __slots__ = names
    print(len(names), sys.getsizeof(S()))

class SD:
    __slots__ = ('a', '__dict__')
sd = SD()
sd.a = 1
sd.b = 2
print(sys.getsizeof(sd), vars(sd))

class SW:
    __slots__ = ('a', '__weakref__')
print(sys.getsizeof(SW()))

gc.enable()
