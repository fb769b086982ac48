"""Shallow and deep copy operations (written for pym, after CPython 3.11's API).

copy(x) and deepcopy(x, memo) look, in this order, for: a per-type function
in this module (atomic values are returned as they are, containers are
rebuilt), a __copy__/__deepcopy__ method, a reduce function registered in
copyreg.dispatch_table, the object's own __reduce_ex__/__reduce__, and last
what object.__reduce_ex__(4) would give (copyreg._reduce_ex: pym's object
does not carry that method).  The reduce tuple is then replayed by
_reconstruct, as CPython does.

deepcopy's memo maps id(original) -> copy; the originals are also kept alive
in memo[id(memo)] so an id cannot be reused while the copy runs.  Cycles work
because a container is entered in the memo before its items are copied.
"""

import copyreg as _copyreg

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _user_reduce(cls, x):
    """The reduce tuple of x, or None when x cannot be reduced."""
    reductor = _copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    return _copyreg._reduce_ex(x, 4)


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _user_reduce(cls, x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in (type(None), int, float, bool, str, tuple, bytes,
          frozenset, type, range, slice, property, type(Ellipsis),
          type(NotImplemented), type(len), type(_copy_immutable)):
    d[t] = _copy_immutable
try:
    d[complex] = _copy_immutable        # pym has no complex numbers yet
except NameError:
    pass
try:
    import weakref as _weakref
    d[_weakref.ref] = _copy_immutable
except ImportError:
    _weakref = None
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
try:
    d[bytearray] = bytearray.copy       # pym has no bytearray yet
except NameError:
    pass
del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _user_reduce(cls, x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (type(None), int, float, bool, str, bytes, type, range,
          type(Ellipsis), type(NotImplemented), type(len),
          type(_deepcopy_atomic), property):
    d[t] = _deepcopy_atomic
try:
    d[complex] = _deepcopy_atomic
except NameError:
    pass
if _weakref is not None:
    d[_weakref.ref] = _deepcopy_atomic
del t


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # the tuple may have been copied already through a cycle
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y


d[set] = _deepcopy_set


def _deepcopy_frozenset(x, memo, deepcopy=deepcopy):
    items = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    return frozenset(items)


d[frozenset] = _deepcopy_frozenset


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


try:
    d[bytearray] = _deepcopy_bytearray
except NameError:
    pass


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


class _Probe:
    def m(self):
        pass


d[type(_Probe().m)] = _deepcopy_method
del d, _Probe


def _keep_alive(x, memo):
    """Keep a reference to x in the memo so its id is not reused."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
