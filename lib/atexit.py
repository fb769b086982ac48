"""Register functions to be called at interpreter exit (written for pym,
after CPython 3.11's API).

pym's runtime has one exit hook (_weakref._register_exitfunc): the C side
calls it once, when the main module has finished -- normally, through
sys.exit() or after an uncaught exception's traceback was printed -- and
before the modules are torn down.  This module owns that hook and keeps the
list of registered callbacks; _run_exitfuncs() calls them last registered
first, as CPython does.  An exception in a callback is reported on stderr
("Exception ignored in atexit callback: ..." and its traceback) and the
remaining callbacks still run (a SystemExit as well).  weakref.finalize registers its own exit
function here, like any other callback.
"""

import sys
from _weakref import _register_exitfunc

__all__ = ['register', 'unregister']

_callbacks = []          # [(func, args, kwargs) or None], oldest first
_hooked = False


def register(func, *args, **kwargs):
    """Register func to be called with args and kwargs at exit; return func
    (so register can be used as a decorator)."""
    global _hooked
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    if not _hooked:
        _register_exitfunc(_run_exitfuncs)
        _hooked = True
    return func


def unregister(func):
    """Remove every registration of func (compared with ==).  The slots
    stay, empty, as in CPython: _ncallbacks() still counts them."""
    for i, cb in enumerate(_callbacks):
        if cb is not None and cb[0] == func:
            _callbacks[i] = None


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _report(func):
    # what CPython's unraisable hook prints; stdout first, so that the
    # program's output and the report come out in the order they were made
    try:
        sys.stdout.flush()
    except Exception:
        pass
    try:
        what = repr(func)
    except Exception:
        what = '<object repr() failed>'
    print("Exception ignored in atexit callback:", what, file=sys.stderr)
    import traceback
    etype, value, tb = sys.exc_info()
    # the traceback starts in the callback: _run_exitfuncs' own frame is
    # left out, as CPython's C caller has none
    traceback.print_exception(etype, value, tb.tb_next if tb else None)


def _run_exitfuncs():
    """Call the registered callbacks, last registered first."""
    while _callbacks:
        cb = _callbacks.pop()
        if cb is None:
            continue
        func, args, kwargs = cb
        try:
            func(*args, **kwargs)
        except BaseException:   # SystemExit too: reported, not obeyed
            _report(func)
    try:
        sys.stdout.flush()
    except Exception:
        pass
