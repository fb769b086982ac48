"""Heap queue algorithm (written for pym, after CPython 3.11's API).

Heaps are lists with heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2];
heap[0] is the smallest item.  The primitives (heappush, heappop, heapify,
heapreplace, heappushpop and the _max helpers) are in the C module _heapq;
this file adds merge, nlargest and nsmallest on top of them.

nsmallest/nlargest keep a bounded heap of n entries decorated as
(key, order, item), so ties keep their input order and the result equals
sorted(iterable, key=key)[:n] (reverse=True for nlargest).
"""

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapify_max, _heapreplace_max)

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Equal items come out in the order of the iterables they come from."""
    if reverse:
        pop, replace, build, sign = _heappop_max, _heapreplace_max, _heapify_max, -1
    else:
        pop, replace, build, sign = heappop, heapreplace, heapify, 1
    # entries are [key, tie-breaker, item, iterator]; the tie-breaker keeps the
    # iterables' order among equal keys in both directions
    heap = []
    for order, it in enumerate(map(iter, iterables)):
        try:
            value = next(it)
        except StopIteration:
            continue
        heap.append([value if key is None else key(value), order * sign, value, it])
    build(heap)
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                yield entry[2]
                value = next(entry[3])
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(heap, entry)
        except StopIteration:
            pop(heap)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3]


def _bounded(n, iterable, key, largest):
    # The n best items as (k, order, item) in a heap whose root is the worst
    # kept one: a max-heap for nsmallest, a min-heap for nlargest.
    it = iter(iterable)
    heap = []
    order = 0
    step = -1 if largest else 1
    for item in it:
        heap.append((item if key is None else key(item), order, item))
        order += step
        if len(heap) == n:
            break
    if not heap:
        return []
    if largest:
        heapify(heap)
        for item in it:
            k = item if key is None else key(item)
            if heap[0][0] < k:
                heapreplace(heap, (k, order, item))
                order += step
        heap.sort(reverse=True)
    else:
        _heapify_max(heap)
        for item in it:
            k = item if key is None else key(item)
            if k < heap[0][0]:
                _heapreplace_max(heap, (k, order, item))
                order += step
        heap.sort()
    return [entry[2] for entry in heap]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        sentinel = object()
        result = min(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    return _bounded(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        sentinel = object()
        result = max(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    return _bounded(n, iterable, key, True)
