"""Helpers for copy and pickle (written for pym, after CPython 3.11's API).

dispatch_table maps a class to a function returning its reduce tuple;
pickle() registers one.  __newobj__/__newobj_ex__ are the constructors that
reduce tuples of protocol 2 and later name: cls.__new__(cls, *args);
_reconstructor is the one of protocols 0 and 1.

pym's object has no __reduce_ex__ of its own, so _reduce_ex(obj, proto) here
computes what CPython's object.__reduce_ex__(proto >= 2) returns: the
constructor, the arguments for __new__, the state (the instance __dict__,
with the slot values as a second dict when there are slots) and iterators over
list items and dict items for subclasses of list and dict.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    """Rebuild an instance from a protocol 0/1 pickle: base is the first
    built-in class of cls's MRO and state the value for its constructor."""
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


# immutable built-in bases whose value __new__ must receive
_VALUE_BASES = (int, float, str, bytes, tuple, frozenset, bool)
try:
    _VALUE_BASES += (complex,)          # pym has no complex numbers yet
except NameError:
    pass


def _slotnames(cls):
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    return names


def _getstate(obj):
    getstate = getattr(obj, "__getstate__", None)
    if getstate is not None:
        return getstate()
    cls = type(obj)
    try:
        state = obj.__dict__
    except AttributeError:
        state = None
    if state is not None and not state:
        state = None
    names = _slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _reduce_ex(obj, proto=4):
    """What CPython's object.__reduce_ex__(proto) returns for protocol 2+."""
    cls = type(obj)
    if isinstance(obj, BaseException):
        state = getattr(obj, "__dict__", None) or None
        return (cls, obj.args, state)
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    kwargs = None
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(obj, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs()
        else:
            args = ()
            for base in cls.__mro__:
                if base in _VALUE_BASES:
                    args = (base(obj),)
                    break
    state = _getstate(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return (__newobj_ex__, (cls, tuple(args), kwargs), state,
                listitems, dictitems)
    return (__newobj__, (cls,) + tuple(args), state, listitems, dictitems)


# the extension registry of pickle: kept for API completeness
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
