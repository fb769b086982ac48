# atexit: callbacks run at exit, last registered first, with their
# arguments; unregister removes every registration; an exception (SystemExit
# too) in a callback is reported and the others still run; weakref.finalize
# goes through the same list; stdout is flushed before each report.
import atexit, weakref


class Obj:
    pass


@atexit.register
def first():
    print('first registered, runs last')


def fails():
    raise ValueError('x')


def exits():
    raise SystemExit(3)


def gone():
    print('never')


atexit.register(fails)
atexit.register(print, 'with', 'args', sep='-')
atexit.register(gone)
atexit.register(gone)
atexit.unregister(gone)
o = Obj()
weakref.finalize(o, print, 'finalizer at exit')
print(atexit._ncallbacks())
atexit.register(exits)
try:
    atexit.register(42)
except TypeError as e:
    print(e)
print(atexit.register(print, 'decorator returns the function') is print)
print('main done')
