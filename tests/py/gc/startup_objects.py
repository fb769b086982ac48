# What start-up makes, and makes lazily, looks as CPython's: the static
# types' bases/MRO tuples are untracked, ExceptionGroup is a class of
# builtins with CPython's layout and slots, 1-char strs are shared.
import gc, sys

print(gc.is_tracked(int.__mro__), gc.is_tracked(KeyError.__bases__),
      gc.is_tracked(BaseExceptionGroup.__mro__), gc.is_tracked((int, str)))
print(gc.is_tracked(ExceptionGroup), gc.is_tracked(ExceptionGroup.__mro__))
print(list(ExceptionGroup.__dict__), ExceptionGroup.__module__, ExceptionGroup.__qualname__)
print(ExceptionGroup.__flags__ & (1 << 9), ExceptionGroup.__basicsize__,
      ExceptionGroup.__weakrefoffset__, ExceptionGroup.__dictoffset__)
print(ExceptionGroup.__mro__, ExceptionGroup.__doc__)
e = ExceptionGroup('msg', [ValueError(1), TypeError(2)])
print(repr(e), str(e), sys.getsizeof(e), e.exceptions, e.message)
print(e.split(ValueError), e.subgroup(TypeError).exceptions, e.derive([KeyError(3)]))
print(BaseExceptionGroup('x', [ValueError()]).__class__.__name__,
      BaseExceptionGroup('x', [KeyboardInterrupt()]).__class__.__name__)
print(hash(e) == hash(e), e == e, e != e, bool(e), e.__reduce__()[0].__name__)
ExceptionGroup.extra = 5
print(ExceptionGroup.extra, e.extra)
del ExceptionGroup.extra
try:
    raise ExceptionGroup('g', [OSError(2, 'x')])
except* OSError as g:
    print('caught', repr(g))
print(chr(200) is chr(200), 'é' * 3, repr(chr(0)), sorted('cab'))
