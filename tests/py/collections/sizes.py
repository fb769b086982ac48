# sys.getsizeof of the collections and of dict/list/set subclasses equals
# CPython 3.11's (a subclass's __dict__ pointers live in the pre-header).
import sys
from collections import Counter, defaultdict, namedtuple


class D(dict):
    pass


class L(list):
    pass


class S(set):
    pass


class Slotted(dict):
    __slots__ = ('a',)


P = namedtuple('P', 'x y')
for obj in (Counter(), Counter('ab'), Counter('abcdefg'), defaultdict(),
            defaultdict(int, a=1), P(1, 2), D(), D(a=1), L(), L([1, 2, 3]),
            S(), S(range(10)), Slotted()):
    print(type(obj).__name__, sys.getsizeof(obj))
