/*
** mod_bisect.c -- the '_bisect' module: bisect_left/right and
** insort_left/right on any sequence (a[i] through the generic protocol,
** list.insert or a.insert(i, x) to insert), with lo/hi bounds and key=,
** as CPython 3.11's.  lib/bisect.py re-exports them with the aliases.
**
** The search is the classic half-open binary search; only the comparison
** differs: bisect_right moves left while x < a[mid], bisect_left moves
** right while a[mid] < x (key(a[mid]) when key is given).
*/
#include "pym.h"
#include "intbytes.h"

static const char *const bisect_names[] = {"a", "x", "lo", "hi", "key", NULL};

/* Parses (a, x, lo=0, hi=None, *, key=None).  0 / -1. */
static int bisect_args(const char *fname, PymObject *const *args, size_t nargs, PymObject *kwnames,
                       PymObject **a, PymObject **x, intptr_t *lo, intptr_t *hi, PymObject **key) {
    if (nargs == 2 && !kwnames) { /* the common bisect(a, x): nothing to parse */
        *a = args[0];
        *x = args[1];
        *lo = 0;
        *hi = -1;
        *key = NULL;
        return 0;
    }
    PymObject *out[5] = {NULL, NULL, NULL, NULL, NULL};
    if (pym_arg_unpack(fname, args, nargs, kwnames, bisect_names, 2, 4, out) < 0) return -1;
    *a = out[0];
    *x = out[1];
    *lo = 0;
    *hi = -1;
    if (out[2]) {
        if (!PYM_INT_CHECK(out[2]) && !PYM_TYPE(out[2])->nb_index) {
            pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                           pym_type_name(out[2]));
            return -1;
        }
        *lo = pym_intbytes_as_ssize(out[2]);
        if (*lo == -1 && pym_err_occurred()) return -1;
    }
    if (out[3] && out[3] != pym_None) {
        if (!PYM_INT_CHECK(out[3]) && !PYM_TYPE(out[3])->nb_index) {
            pym_err_format(PymExc_TypeError, "argument should be integer or None, not '%s'",
                           pym_type_name(out[3]));
            return -1;
        }
        *hi = pym_number_as_ssize(out[3],
                                  PymExc_OverflowError); /* CPython's None-or-int converter */
        if (*hi == -1 && pym_err_occurred()) return -1;
    }
    *key = (out[4] && out[4] != pym_None) ? out[4] : NULL;
    return 0;
}

/* x < y (right) or y < x for exact floats and one-digit ints, whose
** comparison cannot be overridden and cannot fail: 1/0, or -1 when the pair
** is of another kind and needs the generic comparison. */
static inline int bisect_fast_lt(PymObject *a, PymObject *b) {
    PymType *ta = PYM_TYPE(a), *tb = PYM_TYPE(b);
    if (ta == &pym_type_float && tb == &pym_type_float)
        return PYM_FLOAT_VALUE(a) < PYM_FLOAT_VALUE(b);
    if (ta == &pym_type_int && tb == &pym_type_int && pym_int_is_compact(a) &&
        pym_int_is_compact(b))
        return pym_int_compact_value(a) < pym_int_compact_value(b);
    return -1;
}

/* The insertion point of x in a[lo:hi]; right: after equal items. -1 on error. */
static intptr_t bisect_search(PymObject *a, PymObject *x, intptr_t lo, intptr_t hi, PymObject *key,
                              bool right) {
    if (lo < 0) {
        pym_err_set_string(PymExc_ValueError, "lo must be non-negative");
        return -1;
    }
    if (hi == -1) {
        hi = pym_object_len(a);
        if (hi < 0) return -1;
    }
    if (!key && PYM_LIST_CHECK_EXACT(a)) {
        /* a list of floats or small ints searched for one: the steps run
        ** here as long as the pairs compare natively, the rest below */
        while (lo < hi) {
            intptr_t mid = (intptr_t)(((size_t)lo + (size_t)hi) / 2);
            if (mid >= PYM_SIZE(a)) break;
            PymObject *it = PYM_LIST_GET(a, mid);
            int lt = right ? bisect_fast_lt(x, it) : bisect_fast_lt(it, x);
            if (lt < 0) break;
            if (lt == (int)right)
                hi = mid;
            else
                lo = mid + 1;
        }
    }
    while (lo < hi) {
        intptr_t mid = (intptr_t)(((size_t)lo + (size_t)hi) / 2);
        PymObject *item;
        if (PYM_LIST_CHECK_EXACT(a) && mid < PYM_SIZE(a)) {
            item = pym_newref(PYM_LIST_GET(a, mid));
        } else {
            PymObject *i = pym_int_from_ssize(mid);
            if (!i) return -1;
            item = pym_object_getitem(a, i);
            PYM_DECREF(i);
            if (!item) return -1;
        }
        if (key) {
            PymObject *k = pym_call_onearg(key, item);
            PYM_DECREF(item);
            if (!k) return -1;
            item = k;
        }
        int lt = right ? pym_object_richcompare_bool(x, item, PYM_LT)
                       : pym_object_richcompare_bool(item, x, PYM_LT);
        PYM_DECREF(item);
        if (lt < 0) return -1;
        if (right) {
            if (lt)
                hi = mid;
            else
                lo = mid + 1;
        } else {
            if (lt)
                lo = mid + 1;
            else
                hi = mid;
        }
    }
    return lo;
}

static PymObject *do_bisect(const char *fname, PymObject *const *args, size_t nargs,
                            PymObject *kwnames, bool right) {
    PymObject *a, *x, *key;
    intptr_t lo, hi;
    if (bisect_args(fname, args, nargs, kwnames, &a, &x, &lo, &hi, &key) < 0) return NULL;
    intptr_t r = bisect_search(a, x, lo, hi, key, right);
    return r < 0 ? NULL : pym_int_from_ssize(r);
}

static PymObject *do_insort(const char *fname, PymObject *const *args, size_t nargs,
                            PymObject *kwnames, bool right) {
    PymObject *a, *x, *key;
    intptr_t lo, hi;
    if (bisect_args(fname, args, nargs, kwnames, &a, &x, &lo, &hi, &key) < 0) return NULL;
    intptr_t r;
    if (key) {
        PymObject *kx = pym_call_onearg(key, x);
        if (!kx) return NULL;
        r = bisect_search(a, kx, lo, hi, key, right);
        PYM_DECREF(kx);
    } else {
        r = bisect_search(a, x, lo, hi, NULL, right);
    }
    if (r < 0) return NULL;
    if (PYM_LIST_CHECK_EXACT(a)) {
        if (pym_list_insert(a, r, x) < 0) return NULL;
        PYM_RETURN_NONE;
    }
    PymObject *i = pym_int_from_ssize(r);
    if (!i) return NULL;
    PymObject *cargs[2] = {i, x};
    PymObject *res = pym_call_method(a, PYM_ID(insert), cargs, 2);
    PYM_DECREF(i);
    if (!res) return NULL;
    PYM_DECREF(res);
    PYM_RETURN_NONE;
}

static PymObject *bisect_right(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    return do_bisect("bisect_right", a, n, kw, true);
}
static PymObject *bisect_left(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    return do_bisect("bisect_left", a, n, kw, false);
}
static PymObject *insort_right(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    return do_insort("insort_right", a, n, kw, true);
}
static PymObject *insort_left(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    return do_insort("insort_left", a, n, kw, false);
}

static PymMethodDef bisect_functions[] = {
    {"bisect_right", bisect_right, 0,
     "Return the index where to insert item x in list a, assuming a is sorted."},
    {"bisect_left", bisect_left, 0,
     "Return the index where to insert item x in list a, assuming a is sorted."},
    {"insort_right", insort_right, 0,
     "Insert item x in list a, and keep it sorted assuming a is sorted."},
    {"insort_left", insort_left, 0,
     "Insert item x in list a, and keep it sorted assuming a is sorted."},
    {NULL, NULL, 0, NULL},
};

/* Creates the _bisect module (new ref); called by the import system. */
PymObject *pym_bisect_module_init(void) {
    PymObject *m = pym_module_new("_bisect");
    if (!m) return NULL;
    if (pym_module_add_functions(m, bisect_functions) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
