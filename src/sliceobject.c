/*
** sliceobject.c -- 'slice' objects (a[i:j:k]) and the index arithmetic every
** sequence uses to resolve them (CPython's PySlice_Unpack + AdjustIndices).
**
** Most slices live for one subscript (a[i:j] builds one, uses it, drops it),
** so, as CPython 3.11's interpreter does, one spare slice is kept: the last
** freed slice waits (untracked, refcount 0) for the next one made.  As in
** CPython, taking or parking the spare counts neither an allocation nor a
** deallocation for the collector, and the spare stays allocated memory
** until shutdown (the leak check empties it when it starts, as it empties
** the free lists).
*/
#include "pym.h"

PymSlice *pym_slice_spare; /* the cached slice, or NULL */
#define slice_spare pym_slice_spare

void pym_slice_clear_cache(void) {
    PymSlice *s = slice_spare;
    slice_spare = NULL;
    if (s) pym_object_free(s);
}

/* pym_slice_hold's and pym_slice_unhold's uncommon cases (sliceobject.h). */
PymObject *pym_slice_hold_new(void) { return pym_object_alloc(&pym_type_slice, 0); }

void pym_slice_unhold_full(PymObject *s) { pym_object_free(s); }

PymObject *pym_slice_new(PymObject *start, PymObject *stop, PymObject *step) {
    PymSlice *s = slice_spare;
    if (s) {
        slice_spare = NULL;
        s->ob_base.ob_refcnt = 1;
        PYM_AS_GC(s)->gc_prev = 0;
    } else {
        s = (PymSlice *)pym_object_alloc(&pym_type_slice, 0);
        if (!s) return NULL;
    }
    s->start = pym_newref(start ? start : pym_None);
    s->stop = pym_newref(stop ? stop : pym_None);
    s->step = pym_newref(step ? step : pym_None);
    pym_gc_track((PymObject *)s);
    return (PymObject *)s;
}

/* A slice bound as intptr_t, clamped (CPython's _PyEval_SliceIndex). */
static int slice_index(PymObject *v, intptr_t *out) {
    if (PYM_INT_CHECK_EXACT(v) && pym_int_is_compact(v)) { /* the usual small int */
        *out = pym_int_compact_value(v);
        return 0;
    }
    if (!PYM_INT_CHECK(v) && !PYM_TYPE(v)->nb_index) {
        pym_err_set_string(PymExc_TypeError,
                           "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    intptr_t x = pym_number_as_ssize(v, NULL);
    if (x == -1 && pym_err_occurred()) return -1;
    *out = x;
    return 0;
}

/* Unpacks start/stop/step with None defaults; 0 / -1. */
static int slice_unpack(PymObject *o, intptr_t *start, intptr_t *stop, intptr_t *step) {
    PymSlice *s = (PymSlice *)o;
    if (s->step == pym_None) {
        *step = 1;
    } else {
        if (slice_index(s->step, step) < 0) return -1;
        if (*step == 0) {
            pym_err_set_string(PymExc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -PYM_SSIZE_MAX) *step = -PYM_SSIZE_MAX;
    }
    if (s->start == pym_None)
        *start = *step < 0 ? PYM_SSIZE_MAX : 0;
    else if (slice_index(s->start, start) < 0)
        return -1;
    if (s->stop == pym_None)
        *stop = *step < 0 ? -PYM_SSIZE_MAX - 1 : PYM_SSIZE_MAX;
    else if (slice_index(s->stop, stop) < 0)
        return -1;
    return 0;
}

intptr_t pym_slice_indices(PymObject *slice, intptr_t length, intptr_t *start, intptr_t *stop,
                           intptr_t *step) {
    if (slice_unpack(slice, start, stop, step) < 0) return -1;
    return pym_slice_adjust_indices(length, start, stop, *step);
}

static PymObject *slice_new(PymType *type, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    if (pym_arg_no_kwargs("slice", kwnames) < 0) return NULL;
    if (nargs == 0) {
        pym_err_set_string(PymExc_TypeError, "slice expected at least 1 argument, got 0");
        return NULL;
    }
    if (nargs > 3) {
        pym_err_format(PymExc_TypeError, "slice expected at most 3 arguments, got %zd",
                       (intptr_t)nargs);
        return NULL;
    }
    if (nargs == 1) return pym_slice_new(NULL, args[0], NULL);
    return pym_slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static void slice_dealloc(PymObject *o) {
    PymSlice *s = (PymSlice *)o;
    pym_gc_untrack(o);
    PYM_XDECREF(s->start);
    PYM_XDECREF(s->stop);
    PYM_XDECREF(s->step);
    if (!slice_spare)
        slice_spare = s;
    else
        PYM_TYPE(o)->tp_free(o);
}

static int slice_traverse(PymObject *o, visitproc visit, void *arg) {
    PymSlice *s = (PymSlice *)o;
    PYM_VISIT(s->start);
    PYM_VISIT(s->stop);
    PYM_VISIT(s->step);
    return 0;
}

static PymObject *slice_repr(PymObject *o) {
    PymSlice *s = (PymSlice *)o;
    return pym_str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static PymObject *slice_richcompare(PymObject *a, PymObject *b, int op) {
    if (!PYM_SLICE_CHECK(a) || !PYM_SLICE_CHECK(b)) PYM_RETURN_NOTIMPL;
    if (a == b && (op == PYM_EQ || op == PYM_NE)) return pym_bool_from(op == PYM_EQ);
    PymSlice *x = (PymSlice *)a, *y = (PymSlice *)b;
    PymObject *ta = pym_tuple_pack(3, x->start, x->stop, x->step);
    if (!ta) return NULL;
    PymObject *tb = pym_tuple_pack(3, y->start, y->stop, y->step);
    if (!tb) {
        PYM_DECREF(ta);
        return NULL;
    }
    PymObject *r = pym_object_richcompare(ta, tb, op);
    PYM_DECREF(ta);
    PYM_DECREF(tb);
    return r;
}

static PymObject *slice_indices_method(PymObject *self, PymObject *const *args, size_t nargs,
                                       PymObject *kwnames) {
    if (pym_arg_count("indices", nargs, kwnames, 1, 1) < 0) return NULL;
    PymObject *lo = pym_number_index(args[0]);
    if (!lo) return NULL;
    intptr_t length = pym_int_as_ssize(lo);
    PYM_DECREF(lo);
    if (length == -1 && pym_err_occurred()) return NULL;
    if (length < 0) {
        pym_err_set_string(PymExc_ValueError, "length should not be negative");
        return NULL;
    }
    intptr_t start, stop, step;
    if (pym_slice_indices(self, length, &start, &stop, &step) < 0) return NULL;
    PymObject *a = pym_int_from_ssize(start), *b = pym_int_from_ssize(stop),
              *c = pym_int_from_ssize(step);
    PymObject *r = (a && b && c) ? pym_tuple_pack(3, a, b, c) : NULL;
    PYM_XDECREF(a);
    PYM_XDECREF(b);
    PYM_XDECREF(c);
    return r;
}

static PymObject *slice_reduce(PymObject *self, PymObject *const *args, size_t nargs,
                               PymObject *kwnames) {
    PymSlice *s = (PymSlice *)self;
    PymObject *a = pym_tuple_pack(3, s->start, s->stop, s->step);
    if (!a) return NULL;
    PymObject *r = pym_tuple_pack(2, (PymObject *)&pym_type_slice, a);
    PYM_DECREF(a);
    return r;
}

static PymMethodDef slice_methods[] = {
    {"indices", slice_indices_method, 0, NULL},
    {"__reduce__", slice_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PymMemberDef slice_members[] = {
    {"start", PYM_T_OBJECT, offsetof(PymSlice, start), PYM_READONLY, NULL},
    {"stop", PYM_T_OBJECT, offsetof(PymSlice, stop), PYM_READONLY, NULL},
    {"step", PYM_T_OBJECT, offsetof(PymSlice, step), PYM_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

PymType pym_type_slice = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "slice",
    .tp_basicsize = sizeof(PymSlice),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = slice_dealloc,
    .tp_traverse = slice_traverse,
    .tp_repr = slice_repr,
    .tp_richcompare = slice_richcompare,
    .tp_getattro = pym_object_generic_getattr,
    .tp_methods = slice_methods,
    .tp_members = slice_members,
    .tp_new = slice_new,
    .tp_free = pym_object_free,
};
