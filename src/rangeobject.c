/*
** rangeobject.c -- 'range' (a lazy arithmetic sequence) and its iterator,
** plus pym_containers_init, which readies the container types (tuple,
** list, dict, set, range, slice) and the iterators of iterobject.c.
**
** A range keeps start, stop, step and its length as int objects like
** CPython's (48 bytes), and also as C integers for the fast paths.  Values
** that do not fit in a C intptr_t raise OverflowError (CPython accepts them;
** noted as a limitation of pym).
*/
#include "pym.h"

typedef struct {
    PymObject ob_base;
    PymObject *start, *stop, *step, *length; /* ints */
} PymRange;

typedef struct {
    PymObject ob_base;
    intptr_t start, step, len; /* next value is start, len values remain */
} RangeIter;

#define R(o) ((PymRange *)(o))

static inline intptr_t rv(PymObject *o) {
    return pym_int_is_compact(o) ? pym_int_compact_value(o) : pym_int_as_ssize(o);
}

/* Number of values of range(lo, hi, step), step != 0; -1 + OverflowError. */
static intptr_t compute_len(intptr_t lo, intptr_t hi, intptr_t step) {
    __int128 n;
    if (step > 0)
        n = lo < hi ? ((__int128)hi - lo - 1) / step + 1 : 0;
    else
        n = lo > hi ? ((__int128)lo - hi - 1) / (-(__int128)step) + 1 : 0;
    if (n > PYM_SSIZE_MAX) {
        pym_err_set_string(PymExc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (intptr_t)n;
}

static PymObject *make_range(intptr_t start, intptr_t stop, intptr_t step) {
    intptr_t len = compute_len(start, stop, step);
    if (len < 0) return NULL;
    PymRange *r = (PymRange *)pym_object_alloc(&pym_type_range, 0);
    if (!r) return NULL;
    r->start = pym_int_from_ssize(start);
    r->stop = pym_int_from_ssize(stop);
    r->step = pym_int_from_ssize(step);
    r->length = pym_int_from_ssize(len);
    if (!r->start || !r->stop || !r->step || !r->length) {
        PYM_DECREF(r);
        return NULL;
    }
    return (PymObject *)r;
}

/* Converts an argument with __index__ to intptr_t. */
static int range_arg(PymObject *o, intptr_t *out) {
    PymObject *i = pym_number_index(o);
    if (!i) return -1;
    *out = pym_int_as_ssize(i);
    PYM_DECREF(i);
    return (*out == -1 && pym_err_occurred()) ? -1 : 0;
}

static PymObject *range_new(PymType *type, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    if (pym_arg_no_kwargs("range", kwnames) < 0) return NULL;
    if (nargs == 0) {
        pym_err_set_string(PymExc_TypeError, "range expected at least 1 argument, got 0");
        return NULL;
    }
    if (nargs > 3) {
        pym_err_format(PymExc_TypeError, "range expected at most 3 arguments, got %zd",
                       (intptr_t)nargs);
        return NULL;
    }
    intptr_t start = 0, stop, step = 1;
    if (nargs == 1) {
        if (range_arg(args[0], &stop) < 0) return NULL;
    } else {
        if (range_arg(args[0], &start) < 0 || range_arg(args[1], &stop) < 0) return NULL;
        if (nargs == 3) {
            if (range_arg(args[2], &step) < 0) return NULL;
            if (step == 0) {
                pym_err_set_string(PymExc_ValueError, "range() arg 3 must not be zero");
                return NULL;
            }
        }
    }
    return make_range(start, stop, step);
}

static void range_dealloc(PymObject *o) {
    PYM_XDECREF(R(o)->start);
    PYM_XDECREF(R(o)->stop);
    PYM_XDECREF(R(o)->step);
    PYM_XDECREF(R(o)->length);
    PYM_TYPE(o)->tp_free(o);
}

static PymObject *range_repr(PymObject *o) {
    if (rv(R(o)->step) == 1) return pym_str_from_format("range(%R, %R)", R(o)->start, R(o)->stop);
    return pym_str_from_format("range(%R, %R, %R)", R(o)->start, R(o)->stop, R(o)->step);
}

static intptr_t range_length(PymObject *o) { return rv(R(o)->length); }

static int range_bool(PymObject *o) { return rv(R(o)->length) != 0; }

static intptr_t range_hash(PymObject *o) {
    PymObject *t;
    intptr_t len = rv(R(o)->length);
    if (len == 0)
        t = pym_tuple_pack(3, R(o)->length, pym_None, pym_None);
    else if (len == 1)
        t = pym_tuple_pack(3, R(o)->length, R(o)->start, pym_None);
    else
        t = pym_tuple_pack(3, R(o)->length, R(o)->start, R(o)->step);
    if (!t) return -1;
    intptr_t h = pym_object_hash(t);
    PYM_DECREF(t);
    return h;
}

static PymObject *range_richcompare(PymObject *a, PymObject *b, int op) {
    if (PYM_TYPE(b) != &pym_type_range || (op != PYM_EQ && op != PYM_NE)) PYM_RETURN_NOTIMPL;
    int eq;
    intptr_t la = rv(R(a)->length), lb = rv(R(b)->length);
    if (a == b)
        eq = 1;
    else if (la != lb)
        eq = 0;
    else if (la == 0)
        eq = 1;
    else if (rv(R(a)->start) != rv(R(b)->start))
        eq = 0;
    else if (la == 1)
        eq = 1;
    else
        eq = rv(R(a)->step) == rv(R(b)->step);
    return pym_bool_from(op == PYM_EQ ? eq : !eq);
}

/* Position of integer value v in r, or -1 when absent. */
static intptr_t range_pos(PymObject *o, intptr_t v) {
    intptr_t start = rv(R(o)->start), step = rv(R(o)->step), len = rv(R(o)->length);
    __int128 d = (__int128)v - start;
    if (d % step != 0) return -1;
    __int128 k = d / step;
    if (k < 0 || k >= len) return -1;
    return (intptr_t)k;
}

static bool exact_int(PymObject *o) {
    return PYM_TYPE(o) == &pym_type_int || PYM_TYPE(o) == &pym_type_bool;
}

/* 1/0 for an int value; 2 when the value does not fit (caller falls back). */
static int range_contains_int(PymObject *o, PymObject *v) {
    int overflow = 0;
    long long x = pym_int_as_longlong_overflow(v, &overflow);
    if (overflow) return 0; /* every range value fits in intptr_t */
    return range_pos(o, (intptr_t)x) >= 0;
}

static PymObject *range_item(PymObject *o, intptr_t i) {
    return pym_int_from_ssize(rv(R(o)->start) + i * rv(R(o)->step));
}

static int range_contains(PymObject *o, PymObject *v) {
    if (exact_int(v)) return range_contains_int(o, v);
    intptr_t len = rv(R(o)->length);
    for (intptr_t i = 0; i < len; i++) {
        PymObject *x = range_item(o, i);
        if (!x) return -1;
        int r = pym_object_richcompare_bool(x, v, PYM_EQ);
        PYM_DECREF(x);
        if (r) return r;
    }
    return 0;
}

static PymObject *range_subscript(PymObject *o, PymObject *key) {
    if (PYM_SLICE_CHECK(key)) {
        intptr_t start, stop, step;
        intptr_t n = pym_slice_indices(key, rv(R(o)->length), &start, &stop, &step);
        if (n < 0) return NULL;
        intptr_t s0 = rv(R(o)->start), st = rv(R(o)->step);
        __int128 nstart = (__int128)s0 + (__int128)start * st;
        __int128 nstop = (__int128)s0 + (__int128)stop * st;
        __int128 nstep = (__int128)st * step;
        if (nstart > PYM_SSIZE_MAX || nstart < -PYM_SSIZE_MAX - 1 || nstop > PYM_SSIZE_MAX ||
            nstop < -PYM_SSIZE_MAX - 1 || nstep > PYM_SSIZE_MAX || nstep < -PYM_SSIZE_MAX) {
            pym_err_set_string(PymExc_OverflowError,
                               "Python int too large to convert to C ssize_t");
            return NULL;
        }
        return make_range((intptr_t)nstart, (intptr_t)nstop, (intptr_t)nstep);
    }
    if (PYM_INT_CHECK(key) || PYM_TYPE(key)->nb_index) {
        intptr_t i = pym_number_as_ssize(key, PymExc_IndexError);
        if (i == -1 && pym_err_occurred()) return NULL;
        intptr_t len = rv(R(o)->length);
        if (i < 0) i += len;
        if (i < 0 || i >= len) {
            pym_err_set_string(PymExc_IndexError, "range object index out of range");
            return NULL;
        }
        return range_item(o, i);
    }
    pym_err_format(PymExc_TypeError, "range indices must be integers or slices, not %s",
                   pym_type_name(key));
    return NULL;
}

static PymObject *range_iter_make(intptr_t start, intptr_t step, intptr_t len) {
    RangeIter *it = (RangeIter *)pym_object_alloc(&pym_type_range_iter, 0);
    if (!it) return NULL;
    it->start = start;
    it->step = step;
    it->len = len;
    return (PymObject *)it;
}

static PymObject *range_iter(PymObject *o) {
    return range_iter_make(rv(R(o)->start), rv(R(o)->step), rv(R(o)->length));
}

static PymObject *rm_reversed(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    intptr_t len = rv(R(self)->length), step = rv(R(self)->step);
    intptr_t last = rv(R(self)->start) + (len ? (len - 1) * step : 0);
    return range_iter_make(last, -step, len);
}

static PymObject *rm_count(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    if (pym_arg_count("count", nargs, kwnames, 1, 1) < 0) return NULL;
    if (exact_int(args[0])) return pym_int_from_ssize(range_contains_int(self, args[0]));
    intptr_t len = rv(R(self)->length), c = 0;
    for (intptr_t i = 0; i < len; i++) {
        PymObject *x = range_item(self, i);
        if (!x) return NULL;
        int r = pym_object_richcompare_bool(x, args[0], PYM_EQ);
        PYM_DECREF(x);
        if (r < 0) return NULL;
        c += r;
    }
    return pym_int_from_ssize(c);
}

static PymObject *rm_index(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    if (pym_arg_count("index", nargs, kwnames, 1, 1) < 0) return NULL;
    if (exact_int(args[0])) {
        int overflow = 0;
        long long x = pym_int_as_longlong_overflow(args[0], &overflow);
        intptr_t pos = overflow ? -1 : range_pos(self, (intptr_t)x);
        if (pos >= 0) return pym_int_from_ssize(pos);
    } else {
        intptr_t len = rv(R(self)->length);
        for (intptr_t i = 0; i < len; i++) {
            PymObject *x = range_item(self, i);
            if (!x) return NULL;
            int r = pym_object_richcompare_bool(x, args[0], PYM_EQ);
            PYM_DECREF(x);
            if (r < 0) return NULL;
            if (r) return pym_int_from_ssize(i);
        }
    }
    pym_err_format(PymExc_ValueError, "%R is not in range", args[0]);
    return NULL;
}

static PymObject *rm_reduce(PymObject *self, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    PymObject *a = pym_tuple_pack(3, R(self)->start, R(self)->stop, R(self)->step);
    if (!a) return NULL;
    PymObject *r = pym_tuple_pack(2, (PymObject *)&pym_type_range, a);
    PYM_DECREF(a);
    return r;
}

static PymMethodDef range_methods[] = {
    {"count", rm_count, 0, NULL},
    {"index", rm_index, 0, NULL},
    {"__reversed__", rm_reversed, 0, NULL},
    {"__reduce__", rm_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PymMemberDef range_members[] = {
    {"start", PYM_T_OBJECT, offsetof(PymRange, start), PYM_READONLY, NULL},
    {"stop", PYM_T_OBJECT, offsetof(PymRange, stop), PYM_READONLY, NULL},
    {"step", PYM_T_OBJECT, offsetof(PymRange, step), PYM_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

PymType pym_type_range = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "range",
    .tp_basicsize = sizeof(PymRange),
    .tp_flags = PYM_TPFLAGS_SEQUENCE,
    .tp_dealloc = range_dealloc,
    .tp_repr = range_repr,
    .tp_hash = range_hash,
    .tp_richcompare = range_richcompare,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = range_iter,
    .nb_bool = range_bool,
    .sq_length = range_length,
    .mp_subscript = range_subscript,
    .sq_contains = range_contains,
    .tp_methods = range_methods,
    .tp_members = range_members,
    .tp_new = range_new,
    .tp_free = pym_object_free,
};

/* {====== iterator ======} */

static void rangeiter_dealloc(PymObject *o) { PYM_TYPE(o)->tp_free(o); }

static PymObject *rangeiter_next(PymObject *o) {
    RangeIter *it = (RangeIter *)o;
    if (it->len <= 0) return NULL;
    intptr_t v = it->start;
    it->len--;
    it->start = v + it->step; /* may wrap past the last value; never read then */
    return pym_int_from_ssize(v);
}

static PymObject *iter_self(PymObject *o) { return pym_newref(o); }

static PymObject *rangeiter_length_hint(PymObject *self, PymObject *const *args, size_t nargs,
                                        PymObject *kwnames) {
    return pym_int_from_ssize(((RangeIter *)self)->len);
}

static PymMethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PymType pym_type_range_iter = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "range_iterator",
    .tp_basicsize = sizeof(RangeIter),
    .tp_dealloc = rangeiter_dealloc,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = iter_self,
    .tp_iternext = rangeiter_next,
    .tp_methods = rangeiter_methods,
    .tp_free = pym_object_free,
};

/* {====== readying the container types ======} */

int pym_containers_init(void) {
    PymType *types[] = {
        &pym_type_tuple,
        &pym_type_tuple_iter,
        &pym_type_list,
        &pym_type_list_iter,
        &pym_type_list_reviter,
        &pym_type_dict,
        &pym_type_dict_keys,
        &pym_type_dict_values,
        &pym_type_dict_items,
        &pym_type_dict_keyiter,
        &pym_type_dict_valueiter,
        &pym_type_dict_itemiter,
        &pym_type_dict_revkeyiter,
        &pym_type_dict_revvalueiter,
        &pym_type_dict_revitemiter,
        &pym_type_set,
        &pym_type_frozenset,
        &pym_type_set_iter,
        &pym_type_range,
        &pym_type_range_iter,
        &pym_type_slice,
        &pym_type_seq_iter,
        &pym_type_callable_iter,
        &pym_type_enumerate,
        &pym_type_zip,
        &pym_type_map,
        &pym_type_filter,
        &pym_type_reversed,
    };
    for (size_t i = 0; i < PYM_ARRAY_LEN(types); i++)
        if (pym_type_ready(types[i]) < 0) return -1;
    return 0;
}
