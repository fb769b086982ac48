"""contextvars -- context variables, written for pym after CPython 3.11's
behaviour.

A Context maps ContextVar objects to values.  One Context is current at a
time (pym runs one thread); ContextVar.get/set read and write the current
one, and Context.run(f) makes another Context current while f runs.

CPython keeps a Context's mapping in an immutable hash array mapped trie
so that copy_context() is O(1).  Here the mapping is a plain dict that is
never changed in place: set() and reset() build a new dict and swap it in,
so a copy simply shares the dict of the context it copies (copy-on-write).
Contexts hold only a few variables in practice, so the copy on each set is
cheap.

asyncio (lib/asyncio) gives every Task and every callback a context: a
Task runs each step of its coroutine inside the Context it was created
with (a copy of the current one unless context= is given).
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NO_DEFAULT = object()


def _check_var(key):
    if not isinstance(key, ContextVar):
        raise TypeError(f"a ContextVar key was expected, got {key!r}")


class Context:
    """A mapping of ContextVar to value; Context() is empty."""

    __module__ = '_contextvars'

    __slots__ = ('_vars', '_entered', '__weakref__')

    def __init__(self):
        self._vars = {}
        self._entered = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        """Run callable(*args, **kwargs) with this Context current."""
        global _current
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self} is already entered")
        prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = prev
            self._entered = False

    def copy(self):
        """A shallow copy of this Context."""
        ctx = Context()
        ctx._vars = self._vars
        return ctx

    def __getitem__(self, var):
        _check_var(var)
        return self._vars[var]

    def get(self, var, default=None):
        _check_var(var)
        return self._vars.get(var, default)

    def __contains__(self, var):
        _check_var(var)
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None


_current = Context()


def copy_context():
    """A copy of the current Context."""
    return _current.copy()


class ContextVar:
    """ContextVar(name, *, default) -- a variable whose value depends on
    the current Context."""

    __module__ = '_contextvars'
    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """The value in the current Context, else the default given here,
        else the variable's default; LookupError without any."""
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        try:
            return _current._vars[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current Context; returns a Token for reset()."""
        ctx = _current
        old = ctx._vars.get(self, Token.MISSING)
        new_vars = dict(ctx._vars)
        new_vars[self] = value
        ctx._vars = new_vars
        return Token(ctx, self, old)

    def reset(self, token):
        """Put the variable back to its value before the set() that made token."""
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        new_vars = dict(ctx._vars)
        if token._old is Token.MISSING:
            new_vars.pop(self, None)
        else:
            new_vars[self] = token._old
        ctx._vars = new_vars
        token._used = True

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        parts = [f"<ContextVar name={self._name!r}"]
        if self._default is not _NO_DEFAULT:
            parts.append(f" default={self._default!r}")
        parts.append(f" at 0x{id(self):x}>")
        return ''.join(parts)

    def __hash__(self):
        return object.__hash__(self)


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """Returned by ContextVar.set(); ContextVar.reset(token) undoes that set."""

    __module__ = '_contextvars'

    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _Missing()

    def __init__(self, *args):
        if len(args) != 3 or not isinstance(args[0], Context):
            raise RuntimeError("Tokens can only be created by ContextVars")
        self._ctx, self._var, self._old = args
        self._used = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"
