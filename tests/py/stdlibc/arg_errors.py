import functools, operator, random, heapq, bisect
from _collections import deque
r = random.Random(1)
d = deque([1])
for f in [lambda: functools.reduce(len, [1], 2, 3), lambda: functools.reduce(1, [1, 2]), lambda: functools.partial(len)(1, 2),
          lambda: functools.cmp_to_key(len)(1, 2), lambda: functools.cmp_to_key(mycmp=len)(obj=1).obj,
          lambda: functools.lru_cache(maxsize=2.5), lambda: functools.lru_cache(1)(5), lambda: functools._lru_cache_wrapper(len, 'x', False, tuple),
          lambda: operator.itemgetter(1, 2)([1]), lambda: operator.attrgetter('a.b')(1), lambda: operator.methodcaller('x', 1)(),
          lambda: operator.length_hint([], 1, 2), lambda: operator.pow(1), lambda: operator.truth(),
          lambda: r.random(1), lambda: r.getrandbits(), lambda: r.getrandbits(1.5), lambda: r.seed(1, 2, 3), lambda: r.getstate(1),
          lambda: r.setstate(), lambda: r.randint(1), lambda: r.choice(), lambda: r.shuffle(), lambda: r.uniform(1),
          lambda: r.sample([1]), lambda: r.choices(), lambda: r.randrange(), lambda: r.gauss(1, 2, 3),
          lambda: heapq.heapify([1], 2), lambda: list(heapq.merge([2, 1], [3], key=1)),
          lambda: heapq.nlargest('a', [1]), lambda: heapq.nsmallest(2), lambda: bisect.insort([1]), lambda: bisect.bisect_left([1], 1, 0, 'x'),
          lambda: d.append(1, 2), lambda: d.extend(), lambda: d.popleft(1), lambda: d.count(1, 2), lambda: d.remove(), lambda: d.copy(1),
          lambda: d.clear(1), lambda: d.reverse(1), lambda: deque.__init__(d, [1], maxlen=2, foo=1), lambda: d.__reversed__(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
