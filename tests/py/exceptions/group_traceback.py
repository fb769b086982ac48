def f():
    raise ValueError(1)
try:
    f()
except ValueError as e:
    e.add_note("note A")
    v = e
eg = ExceptionGroup("outer", [v, ExceptionGroup("inner", [TypeError(2), KeyError(3)]), OSError(4)])
eg.add_note("group note")
try:
    raise eg
except ExceptionGroup as x:
    try:
        raise RuntimeError("ctx")
    except RuntimeError as r:
        raise ExceptionGroup("top", [r, ZeroDivisionError()]) from None
