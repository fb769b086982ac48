# _collections._tuplegetter, namedtuple's field descriptor
from _collections import _tuplegetter
import sys
class P(tuple):
    x = _tuplegetter(0, 'doc x')
    y = _tuplegetter(5, None)
p = P((1, 2))
print(p.x, P.x, P.x.__doc__, sys.getsizeof(P.x), type(P.x).__name__, type(P.x).__module__)
for f in [lambda: p.y, lambda: setattr(p, 'x', 1), lambda: delattr(p, 'x'), lambda: P.x.__get__(5), lambda: _tuplegetter(1),
          lambda: _tuplegetter('a', None), lambda: P.x.__reduce__()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
P.x.__doc__ = 'new'
print(P.x.__doc__, P((7, 8)).x)
