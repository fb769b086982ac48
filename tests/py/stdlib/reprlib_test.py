# reprlib: size-limited reprs of each container, strings, ints, others; recursive_repr.
import reprlib
from collections import deque
from array import array

r = reprlib.repr
print(r(list(range(20))), r(tuple(range(3))), r((1,)), r(()), r([]), r((7,) * 10))
print(r(set(range(30))), r(frozenset('abcdefghij')), r(set()), r(frozenset()), r({3, 2.5, 1}))
print(r(dict.fromkeys(range(10), 'v')), r({}), r({'b': 1, 'a': [1, 2]}), r({1: 'x', 'y': 2}))
print(r(deque(range(10))), r(array('i', range(10))), r(array('d')), r(array('b', [1])))
print(r('x' * 100), r('short'), r("it's " * 20), r(2 ** 200), r(-10 ** 50), r(12345))
print(r([[[[[[[[1]]]]]]]]), r({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(r(3.14159), r(None), r(b'x' * 100), r(range(1000)))

class Big:
    def __repr__(self):
        return 'Big(' + 'z' * 50 + ')'
class Broken:
    def __repr__(self):
        raise ValueError('no')
print(r(Big()), r(Broken()).startswith('<Broken instance at 0x'))
print(r([Big(), Big()]))

a = reprlib.Repr()
a.maxlist = 2
a.maxstring = 10
a.maxlevel = 2
a.fillvalue = '~'
a.maxlong = 6
a.maxother = 8
print(a.repr(list(range(5))), a.repr('abcdefghijklmnop'), a.repr([[[1]]]), a.repr(10 ** 20), a.repr(Big()))
print(a.repr({1: [1, 2, 3]}), a.repr([{}]), a.repr([[]]), a.repr(set(range(9))))

class Sub(reprlib.Repr):
    def repr_float(self, x, level):
        return 'F%.1f' % x
print(Sub().repr([1.25, 2.5]))

class Node:
    def __init__(self):
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % self.children
n = Node()
n.children.append(n)
n.children.append(Node())
print(repr(n), Node.__repr__.__name__, Node.__repr__.__qualname__)

class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'O[%r]' % self.me
o = Other()
o.me = [o]
print(repr(o))
print(reprlib.aRepr.maxlist, reprlib.__all__)
