# _collections._count_elements, the helper behind collections.Counter
from _collections import _count_elements
d = {}
_count_elements(d, 'abracadabra'); print(d)
class C(dict):
    pass
c = C(a=5); _count_elements(c, 'aab'); print(c)
class G(dict):
    def get(self, k, default=None):
        print('get', k); return super().get(k, default)
g = G(); _count_elements(g, 'xyx'); print(g)
class S(dict):
    def __setitem__(self, k, v):
        print('set', k, v); super().__setitem__(k, v)
s = S(); _count_elements(s, [1, 1]); print(s)
for bad in [lambda: _count_elements({}, 5), lambda: _count_elements({}), lambda: _count_elements({}, [[1]]), lambda: _count_elements({'a': 'x'}, 'a'), lambda: _count_elements(5, 'a')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
