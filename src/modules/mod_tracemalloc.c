/*
** mod_tracemalloc.c -- the '_tracemalloc' module: the C half of
** lib/tracemalloc.py, over the tracer of tracemalloc.c.
**
**   start(nframe=1)          also start(depth=N), the article's spelling
**   stop()  is_tracing()  clear_traces()  reset_peak()
**   get_traced_memory()      (current, peak) in bytes
**   get_traceback_limit()  get_tracemalloc_memory()
**   _get_traces()            [(domain, size, traceback, total_nframe), ...]
**   _get_object_traceback(obj) -> traceback tuple or None
**
** A traceback is a tuple of (filename, lineno) tuples, most recent frame
** first, as CPython's _tracemalloc returns it.
*/
#include "pym.h"
#include "tracemalloc.h"

// start(nframe: int = 1) -> None: start tracing Python memory allocations
static PymObject *tm_start(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (n > 1) {
        pym_err_format(PymExc_TypeError, "start expected at most 1 argument, got %zu", n);
        return NULL;
    }
    static const char *const names[] = {"nframe", "depth", NULL};
    PymObject *args[2] = {NULL, NULL};
    if (pym_arg_unpack("start", a, n, kw, names, 0, 1, args) < 0) return NULL;
    PymObject *v = args[0];
    if (args[1]) {
        if (v) {
            pym_err_set_string(PymExc_TypeError,
                               "start() got multiple values for argument 'nframe'");
            return NULL;
        }
        v = args[1];
    }
    long long nframe = 1;
    if (v) {
        PymObject *i = pym_number_index(v);
        if (!i) return NULL;
        int overflow = 0;
        nframe = pym_int_as_longlong_overflow(i, &overflow);
        PYM_DECREF(i);
        if (overflow || nframe > INT32_MAX || nframe < INT32_MIN) {
            pym_err_set_string(PymExc_OverflowError,
                               overflow < 0 || nframe < 0
                                   ? "Python int too small to convert to C int"
                                   : "Python int too large to convert to C int");
            return NULL;
        }
    }
    if (pym_tracemalloc_start((int)nframe) < 0) return NULL;
    PYM_RETURN_NONE;
}

// stop() -> None: stop tracing; the traces are cleared
static PymObject *tm_stop(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("_tracemalloc.stop", n, kw, 0, 0) < 0) return NULL;
    pym_tracemalloc_stop();
    PYM_RETURN_NONE;
}

// is_tracing() -> bool
static PymObject *tm_is_tracing(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("_tracemalloc.is_tracing", n, kw, 0, 0) < 0) return NULL;
    return pym_newref(pym_tracemalloc_is_tracing() ? pym_True : pym_False);
}

// clear_traces() -> None
static PymObject *tm_clear_traces(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("_tracemalloc.clear_traces", n, kw, 0, 0) < 0) return NULL;
    pym_tracemalloc_clear_traces();
    PYM_RETURN_NONE;
}

// reset_peak() -> None: the peak becomes the current traced memory
static PymObject *tm_reset_peak(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("_tracemalloc.reset_peak", n, kw, 0, 0) < 0) return NULL;
    pym_tracemalloc_reset_peak();
    PYM_RETURN_NONE;
}

// get_traced_memory() -> (current, peak)
static PymObject *tm_get_traced_memory(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("_tracemalloc.get_traced_memory", n, kw, 0, 0) < 0) return NULL;
    size_t cur, peak;
    pym_tracemalloc_get_traced_memory(&cur, &peak);
    PymObject *c = pym_int_from_size(cur);
    PymObject *p = c ? pym_int_from_size(peak) : NULL;
    PymObject *r = p ? pym_tuple_pack(2, c, p) : NULL;
    PYM_XDECREF(c);
    PYM_XDECREF(p);
    return r;
}

// get_traceback_limit() -> int
static PymObject *tm_get_traceback_limit(PymObject *m, PymObject *const *a, size_t n,
                                         PymObject *kw) {
    if (pym_arg_count("_tracemalloc.get_traceback_limit", n, kw, 0, 0) < 0) return NULL;
    return pym_int_from_long(pym_tracemalloc_get_traceback_limit());
}

// get_tracemalloc_memory() -> int: bytes used by tracemalloc's own tables
static PymObject *tm_get_tracemalloc_memory(PymObject *m, PymObject *const *a, size_t n,
                                            PymObject *kw) {
    if (pym_arg_count("_tracemalloc.get_tracemalloc_memory", n, kw, 0, 0) < 0) return NULL;
    return pym_int_from_size(pym_tracemalloc_memory());
}

// _get_traces() -> list of (domain, size, traceback, total_nframe)
static PymObject *tm_get_traces(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("_tracemalloc._get_traces", n, kw, 0, 0) < 0) return NULL;
    return pym_tracemalloc_get_traces();
}

// _get_object_traceback(obj) -> traceback tuple or None
static PymObject *tm_get_object_traceback(PymObject *m, PymObject *const *a, size_t n,
                                          PymObject *kw) {
    if (pym_arg_no_kwargs("_tracemalloc._get_object_traceback", kw) < 0) return NULL;
    if (n != 1) {
        pym_err_format(
            PymExc_TypeError,
            "_tracemalloc._get_object_traceback() takes exactly one argument (%zu given)", n);
        return NULL;
    }
    return pym_tracemalloc_object_traceback(a[0]);
}

static PymMethodDef tracemalloc_functions[] = {
    {"start", tm_start, 0,
     "Start tracing Python memory allocations.\n\nAlso set the maximum number of frames "
     "stored in the traceback of a\ntrace to nframe."},
    {"stop", tm_stop, 0,
     "Stop tracing Python memory allocations.\n\nAlso clear traces of memory blocks "
     "allocated by Python."},
    {"is_tracing", tm_is_tracing, 0,
     "Return True if the tracemalloc module is tracing Python memory allocations."},
    {"clear_traces", tm_clear_traces, 0, "Clear traces of memory blocks allocated by Python."},
    {"reset_peak", tm_reset_peak, 0,
     "Set the peak size of memory blocks traced by tracemalloc to the current size."},
    {"get_traced_memory", tm_get_traced_memory, 0,
     "Get the current size and peak size of memory blocks traced by tracemalloc.\n\n"
     "Returns a tuple: (current: int, peak: int)."},
    {"get_traceback_limit", tm_get_traceback_limit, 0,
     "Get the maximum number of frames stored in the traceback of a trace."},
    {"get_tracemalloc_memory", tm_get_tracemalloc_memory, 0,
     "Get the memory usage in bytes of the tracemalloc module.\n\n"
     "This memory is used internally to trace memory allocations."},
    {"_get_traces", tm_get_traces, 0,
     "Get traces of all memory blocks allocated by Python.\n\nReturn a list of "
     "(size: int, traceback: tuple) tuples.\ntraceback is a tuple of (filename: str, "
     "lineno: int) tuples.\n\nReturn an empty list if the tracemalloc module is disabled."},
    {"_get_object_traceback", tm_get_object_traceback, 0,
     "Get the traceback where the Python object obj was allocated.\n\nReturn a tuple of "
     "(filename: str, lineno: int) tuples.\nReturn None if the tracemalloc module is "
     "disabled or did not\ntrace the allocation of the object."},
    {NULL, NULL, 0, NULL},
};

/* Creates the _tracemalloc module (new ref); called by the import system. */
PymObject *pym_tracemalloc_module_init(void) {
    PymObject *m = pym_module_new("_tracemalloc");
    if (!m) return NULL;
    if (pym_module_add_functions(m, tracemalloc_functions) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
