/*
** tupleobject.c -- the immutable sequence 'tuple' and its iterator.
**
** Layout is CPython's: a var object with the items inline (40 + 8n bytes with
** the GC header).  The empty tuple is a singleton; tuples of 1..19 items are
** recycled through per-length free lists (2000 each) as CPython 3.11 does.
** The hash is CPython 3.11's xxHash-based tuplehash, so hash((1, 2)) agrees.
*/
#include "pym.h"
#include "genericalias.h"

#define TUPLE_MAXSAVESIZE 20
#define TUPLE_MAXFREELIST 2000

static PymTuple *free_list[TUPLE_MAXSAVESIZE]; /* linked through ob_item[0] */
static int numfree[TUPLE_MAXSAVESIZE];
static PymObject *empty_tuple;

void pym_tuple_clear_freelist(void) {
    for (int n = 0; n < TUPLE_MAXSAVESIZE; n++) {
        while (free_list[n]) {
            PymTuple *t = free_list[n];
            free_list[n] = (PymTuple *)t->ob_item[0];
            numfree[n]--;
            pym_object_free(t);
        }
    }
}

intptr_t pym_tuple_freelist_count(void) {
    intptr_t n = 0;
    for (int i = 0; i < TUPLE_MAXSAVESIZE; i++) n += numfree[i];
    return n;
}

/* ---- construction ---- */

static PymObject *tuple_alloc(intptr_t n) {
    PymTuple *t;
    if (n < TUPLE_MAXSAVESIZE && (t = free_list[n]) != NULL) {
        free_list[n] = (PymTuple *)t->ob_item[0];
        numfree[n]--;
        t->ob_base.ob_base.ob_refcnt = 1;
        t->ob_base.ob_base.ob_type = &pym_type_tuple;
        memset(t->ob_item, 0, sizeof(PymObject *) * n);
        return (PymObject *)t;
    }
    if (n < 0 || n > (PYM_SSIZE_MAX - 64) / (intptr_t)sizeof(PymObject *))
        return pym_err_no_memory();
    t = (PymTuple *)pym_object_alloc(&pym_type_tuple, n);
    if (!t) return NULL;
    PYM_SIZE(t) = n;
    return (PymObject *)t;
}

PymObject *pym_tuple_new(intptr_t n) {
    if (n == 0) {
        if (!empty_tuple) {
            empty_tuple = pym_object_alloc(&pym_type_tuple, 0);
            if (!empty_tuple) return NULL;
            PYM_SIZE(empty_tuple) = 0;
            pym_leakcheck_immortal(empty_tuple); /* cached while referenced */
        }
        return pym_newref(empty_tuple);
    }
    PymObject *t = tuple_alloc(n);
    if (t) pym_gc_track(t);
    return t;
}

PymObject *pym_tuple_from_array(PymObject *const *items, intptr_t n) {
    PymObject *t = pym_tuple_new(n);
    if (!t) return NULL;
    for (intptr_t i = 0; i < n; i++) PYM_TUPLE_SET(t, i, pym_newref(items[i]));
    return t;
}

PymObject *pym_tuple_pack(intptr_t n, ...) {
    va_list ap;
    PymObject *t = pym_tuple_new(n);
    if (!t) return NULL;
    va_start(ap, n);
    for (intptr_t i = 0; i < n; i++) PYM_TUPLE_SET(t, i, pym_newref(va_arg(ap, PymObject *)));
    va_end(ap);
    return t;
}

PymObject *pym_tuple_from_iter(PymObject *iterable) {
    if (PYM_TUPLE_CHECK_EXACT(iterable)) return pym_newref(iterable);
    if (PYM_LIST_CHECK(iterable))
        return pym_tuple_from_array(PYM_LIST_ITEMS(iterable), PYM_SIZE(iterable));
    PymObject *l = pym_list_from_iter(iterable);
    if (!l) return NULL;
    PymObject *t = pym_tuple_from_array(PYM_LIST_ITEMS(l), PYM_SIZE(l));
    PYM_DECREF(l);
    return t;
}

PymObject *pym_tuple_slice(PymObject *t, intptr_t lo, intptr_t hi) {
    intptr_t n = PYM_SIZE(t);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    if (hi < lo) hi = lo;
    if (lo == 0 && hi == n && PYM_TUPLE_CHECK_EXACT(t)) return pym_newref(t);
    return pym_tuple_from_array(PYM_TUPLE_ITEMS(t) + lo, hi - lo);
}

/* Untracks t when no item can take part in a cycle (the collector calls this
** while scanning, as CPython's _PyTuple_MaybeUntrack). */
void pym_tuple_maybe_untrack(PymObject *t) {
    if (!PYM_TUPLE_CHECK_EXACT(t) || !pym_gc_is_tracked(t)) return;
    for (intptr_t i = 0; i < PYM_SIZE(t); i++) {
        PymObject *o = PYM_TUPLE_GET(t, i);
        if (!o) return;
        if (PYM_IS_GC(o) && (!PYM_TUPLE_CHECK_EXACT(o) || pym_gc_is_tracked(o))) return;
    }
    pym_gc_untrack(t);
}

/* ---- lifecycle ---- */

static void tuple_dealloc(PymObject *o) {
    PymTuple *t = (PymTuple *)o;
    intptr_t n = PYM_SIZE(o);
    pym_gc_untrack(o);
    if (!pym_trashcan_begin(o)) return; /* t = (t,) nested a million deep */
    for (intptr_t i = n - 1; i >= 0; i--) PYM_XDECREF(t->ob_item[i]);
    if (n > 0 && n < TUPLE_MAXSAVESIZE && PYM_TUPLE_CHECK_EXACT(o) &&
        numfree[n] < TUPLE_MAXFREELIST) {
        t->ob_item[0] = (PymObject *)free_list[n];
        free_list[n] = t;
        numfree[n]++;
    } else {
        if (o == empty_tuple) empty_tuple = NULL;
        PYM_TYPE(o)->tp_free(o);
    }
    pym_trashcan_end();
}

static int tuple_traverse(PymObject *o, visitproc visit, void *arg) {
    for (intptr_t i = PYM_SIZE(o) - 1; i >= 0; i--) PYM_VISIT(PYM_TUPLE_GET(o, i));
    return 0;
}

/* ---- protocol ---- */

static PymObject *tuple_repr(PymObject *o) {
    intptr_t n = PYM_SIZE(o);
    if (n == 0) return pym_str_from_cstr("()");
    int r = pym_repr_enter(o);
    if (r != 0) return r > 0 ? pym_str_from_cstr("(...)") : NULL;
    PymStrBuilder sb;
    pym_sb_init(&sb);
    pym_sb_append_cstr(&sb, "(");
    for (intptr_t i = 0; i < PYM_SIZE(o); i++) {
        if (i) pym_sb_append_cstr(&sb, ", ");
        if (pym_sb_append_obj_repr(&sb, PYM_TUPLE_GET(o, i)) < 0) {
            pym_sb_discard(&sb);
            pym_repr_leave(o);
            return NULL;
        }
    }
    pym_sb_append_cstr(&sb, n == 1 ? ",)" : ")");
    pym_repr_leave(o);
    return pym_sb_finish(&sb);
}

#define XXPRIME_1   ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2   ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5   ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static intptr_t tuple_hash(PymObject *o) {
    intptr_t n = PYM_SIZE(o);
    uint64_t acc = XXPRIME_5;
    for (intptr_t i = 0; i < n; i++) {
        intptr_t h = pym_object_hash(PYM_TUPLE_GET(o, i));
        if (h == -1) return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (intptr_t)acc;
}

/* Lexicographic comparison shared by tuple and list (items arrays). */
PymObject *pym_seq_richcompare(PymObject *const *a, intptr_t na, PymObject *const *b, intptr_t nb,
                               int op);
PymObject *pym_seq_richcompare(PymObject *const *a, intptr_t na, PymObject *const *b, intptr_t nb,
                               int op) {
    intptr_t i;
    for (i = 0; i < na && i < nb; i++) {
        int k = pym_object_richcompare_bool(a[i], b[i], PYM_EQ);
        if (k < 0) return NULL;
        if (!k) break;
    }
    if (i >= na || i >= nb) {
        int c;
        switch (op) {
        case PYM_LT: c = na < nb; break;
        case PYM_LE: c = na <= nb; break;
        case PYM_EQ: c = na == nb; break;
        case PYM_NE: c = na != nb; break;
        case PYM_GT: c = na > nb; break;
        default: c = na >= nb; break;
        }
        return pym_bool_from(c);
    }
    if (op == PYM_EQ) PYM_RETURN_FALSE;
    if (op == PYM_NE) PYM_RETURN_TRUE;
    return pym_object_richcompare(a[i], b[i], op);
}

static PymObject *tuple_richcompare(PymObject *a, PymObject *b, int op) {
    if (!PYM_TUPLE_CHECK(a) || !PYM_TUPLE_CHECK(b)) PYM_RETURN_NOTIMPL;
    if (a == b && (op == PYM_EQ || op == PYM_NE)) return pym_bool_from(op == PYM_EQ);
    return pym_seq_richcompare(PYM_TUPLE_ITEMS(a), PYM_SIZE(a), PYM_TUPLE_ITEMS(b), PYM_SIZE(b),
                               op);
}

static intptr_t tuple_length(PymObject *o) { return PYM_SIZE(o); }

static int tuple_contains(PymObject *o, PymObject *v) {
    for (intptr_t i = 0; i < PYM_SIZE(o); i++) {
        int r = pym_object_richcompare_bool(PYM_TUPLE_GET(o, i), v, PYM_EQ);
        if (r) return r;
    }
    return 0;
}

static PymObject *tuple_subscript(PymObject *o, PymObject *key) {
    if (PYM_INT_CHECK(key) || (PYM_TYPE(key)->nb_index && !PYM_SLICE_CHECK(key))) {
        intptr_t i = pym_number_as_ssize(key, PymExc_IndexError);
        if (i == -1 && pym_err_occurred()) return NULL;
        if (i < 0) i += PYM_SIZE(o);
        if (i < 0 || i >= PYM_SIZE(o)) {
            pym_err_set_string(PymExc_IndexError, "tuple index out of range");
            return NULL;
        }
        return pym_newref(PYM_TUPLE_GET(o, i));
    }
    if (PYM_SLICE_CHECK(key)) {
        intptr_t start, stop, step;
        intptr_t n = pym_slice_indices(key, PYM_SIZE(o), &start, &stop, &step);
        if (n < 0) return NULL;
        if (step == 1) return pym_tuple_slice(o, start, start + n);
        PymObject *t = pym_tuple_new(n);
        if (!t) return NULL;
        for (intptr_t i = 0; i < n; i++) /* start + i*step: no overflow past the end */
            PYM_TUPLE_SET(t, i, pym_newref(PYM_TUPLE_GET(o, start + i * step)));
        return t;
    }
    pym_err_format(PymExc_TypeError, "tuple indices must be integers or slices, not %s",
                   pym_type_name(key));
    return NULL;
}

static PymObject *tuple_concat(PymObject *a, PymObject *b) {
    if (!PYM_TUPLE_CHECK(b)) {
        pym_err_format(PymExc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                       pym_type_name(b));
        return NULL;
    }
    intptr_t na = PYM_SIZE(a), nb = PYM_SIZE(b);
    if (nb == 0 && PYM_TUPLE_CHECK_EXACT(a)) return pym_newref(a);
    if (na == 0 && PYM_TUPLE_CHECK_EXACT(b)) return pym_newref(b);
    PymObject *t = pym_tuple_new(na + nb);
    if (!t) return NULL;
    for (intptr_t i = 0; i < na; i++) PYM_TUPLE_SET(t, i, pym_newref(PYM_TUPLE_GET(a, i)));
    for (intptr_t i = 0; i < nb; i++) PYM_TUPLE_SET(t, na + i, pym_newref(PYM_TUPLE_GET(b, i)));
    return t;
}

static PymObject *tuple_repeat(PymObject *a, PymObject *nobj) {
    intptr_t n = pym_number_as_ssize(nobj, PymExc_OverflowError);
    if (n == -1 && pym_err_occurred()) return NULL;
    intptr_t size = PYM_SIZE(a);
    if (n < 0) n = 0;
    if (n == 1 && PYM_TUPLE_CHECK_EXACT(a)) return pym_newref(a);
    if (size == 0 || n == 0) return pym_tuple_new(0);
    if (size > PYM_SSIZE_MAX / 8 / n) return pym_err_no_memory();
    PymObject *t = pym_tuple_new(size * n);
    if (!t) return NULL;
    for (intptr_t k = 0, j = 0; k < n; k++)
        for (intptr_t i = 0; i < size; i++, j++)
            PYM_TUPLE_SET(t, j, pym_newref(PYM_TUPLE_GET(a, i)));
    return t;
}

static bool is_index(PymObject *o) { return PYM_INT_CHECK(o) || PYM_TYPE(o)->nb_index != NULL; }

/* True when a user class operand may still handle the operator itself. */
static bool defer_to(PymObject *other, int op) {
    return (PYM_TYPE(other)->tp_flags & PYM_TPFLAGS_HEAPTYPE) &&
           PYM_TYPE(other)->nb_binop[op] != NULL;
}

static PymObject *tuple_add(PymObject *a, PymObject *b) {
    if (!PYM_TUPLE_CHECK(a) || defer_to(b, PYM_NB_ADD)) PYM_RETURN_NOTIMPL;
    return tuple_concat(a, b);
}

static PymObject *tuple_mul(PymObject *a, PymObject *b) {
    if (PYM_TUPLE_CHECK(a) && is_index(b)) return tuple_repeat(a, b);
    if (PYM_TUPLE_CHECK(b) && is_index(a)) return tuple_repeat(b, a);
    PymObject *other = PYM_TUPLE_CHECK(a) ? b : a;
    if (defer_to(other, PYM_NB_MULTIPLY) || PYM_TUPLE_CHECK(other)) PYM_RETURN_NOTIMPL;
    pym_err_format(PymExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                   pym_type_name(other));
    return NULL;
}

/* ---- methods ---- */

static PymObject *tuple_index(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    if (pym_arg_count("index", nargs, kwnames, 1, 3) < 0) return NULL;
    intptr_t n = PYM_SIZE(self), start = 0, stop = PYM_SSIZE_MAX;
    if (nargs > 1) {
        start = pym_number_as_ssize(args[1], NULL);
        if (start == -1 && pym_err_occurred()) return NULL;
        if (start < 0) {
            start += n;
            if (start < 0) start = 0;
        }
    }
    if (nargs > 2) {
        stop = pym_number_as_ssize(args[2], NULL);
        if (stop == -1 && pym_err_occurred()) return NULL;
        if (stop < 0) stop += n;
    }
    for (intptr_t i = start; i < stop && i < PYM_SIZE(self); i++) {
        int r = pym_object_richcompare_bool(PYM_TUPLE_GET(self, i), args[0], PYM_EQ);
        if (r < 0) return NULL;
        if (r) return pym_int_from_ssize(i);
    }
    pym_err_set_string(PymExc_ValueError, "tuple.index(x): x not in tuple");
    return NULL;
}

static PymObject *tuple_count(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    if (pym_arg_count("count", nargs, kwnames, 1, 1) < 0) return NULL;
    intptr_t c = 0;
    for (intptr_t i = 0; i < PYM_SIZE(self); i++) {
        int r = pym_object_richcompare_bool(PYM_TUPLE_GET(self, i), args[0], PYM_EQ);
        if (r < 0) return NULL;
        c += r;
    }
    return pym_int_from_ssize(c);
}

static PymObject *tuple_sizeof(PymObject *self, PymObject *const *args, size_t nargs,
                               PymObject *kwnames) {
    if (pym_arg_count("__sizeof__", nargs, kwnames, 0, 0) < 0) return NULL;
    return pym_int_from_ssize(PYM_TYPE(self)->tp_basicsize +
                              PYM_SIZE(self) * (intptr_t)sizeof(PymObject *));
}

static PymObject *tuple_getnewargs(PymObject *self, PymObject *const *args, size_t nargs,
                                   PymObject *kwnames) {
    PymObject *t = pym_tuple_from_array(PYM_TUPLE_ITEMS(self), PYM_SIZE(self));
    if (!t) return NULL;
    PymObject *r = pym_tuple_pack(1, t);
    PYM_DECREF(t);
    return r;
}

static PymMethodDef tuple_methods[] = {
    {"__class_getitem__", pym_generic_alias_class_getitem, PYM_METH_CLASS, "See PEP 585"},
    {"index", tuple_index, 0, NULL},
    {"count", tuple_count, 0, NULL},
    {"__sizeof__", tuple_sizeof, 0, NULL},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PymObject *tuple_new(PymType *type, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    if (type == &pym_type_tuple && pym_arg_no_kwargs("tuple", kwnames) < 0) return NULL;
    if (pym_arg_count("tuple", nargs, NULL, 0, 1) < 0) return NULL;
    if (type == &pym_type_tuple) {
        if (nargs == 0) return pym_tuple_new(0);
        return pym_tuple_from_iter(args[0]);
    }
    /* subclass: build a plain tuple, then copy into an instance of type */
    PymObject *tmp = nargs ? pym_tuple_from_iter(args[0]) : pym_tuple_new(0);
    if (!tmp) return NULL;
    intptr_t n = PYM_SIZE(tmp);
    PymObject *t = pym_object_alloc(type, n);
    if (!t) {
        PYM_DECREF(tmp);
        return NULL;
    }
    PYM_SIZE(t) = n;
    for (intptr_t i = 0; i < n; i++) PYM_TUPLE_SET(t, i, pym_newref(PYM_TUPLE_GET(tmp, i)));
    PYM_DECREF(tmp);
    pym_gc_track(t);
    return t;
}

/* ---- iterator ---- */

typedef struct {
    PymObject ob_base;
    intptr_t index;
    PymObject *seq; /* NULL when exhausted */
} TupleIter;

static PymObject *tuple_iter(PymObject *o) {
    TupleIter *it = (TupleIter *)pym_object_alloc(&pym_type_tuple_iter, 0);
    if (!it) return NULL;
    it->index = 0;
    it->seq = pym_newref(o);
    pym_gc_track((PymObject *)it);
    return (PymObject *)it;
}

static void tupleiter_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    PYM_XDECREF(((TupleIter *)o)->seq);
    PYM_TYPE(o)->tp_free(o);
}

static int tupleiter_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((TupleIter *)o)->seq);
    return 0;
}

static int tupleiter_clear(PymObject *o) {
    PYM_CLEAR(((TupleIter *)o)->seq);
    return 0;
}

static PymObject *tupleiter_next(PymObject *o) {
    TupleIter *it = (TupleIter *)o;
    if (!it->seq) return NULL;
    if (it->index < PYM_SIZE(it->seq)) return pym_newref(PYM_TUPLE_GET(it->seq, it->index++));
    PYM_CLEAR(it->seq);
    return NULL;
}

static PymObject *tupleiter_self(PymObject *o) { return pym_newref(o); }

static PymObject *tupleiter_length_hint(PymObject *self, PymObject *const *args, size_t nargs,
                                        PymObject *kwnames) {
    TupleIter *it = (TupleIter *)self;
    return pym_int_from_ssize(it->seq ? PYM_SIZE(it->seq) - it->index : 0);
}

static PymMethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PymType pym_type_tuple_iter = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0), .tp_name = "tuple_iterator",
    .tp_basicsize = sizeof(TupleIter),    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = tupleiter_dealloc,      .tp_traverse = tupleiter_traverse,
    .tp_clear = tupleiter_clear,          .tp_iter = tupleiter_self,
    .tp_iternext = tupleiter_next,        .tp_methods = tupleiter_methods,
    .tp_free = pym_object_free,
};

PymType pym_type_tuple = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "tuple",
    .tp_basicsize = sizeof(PymTuple),
    .tp_itemsize = sizeof(PymObject *),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE | PYM_TPFLAGS_TUPLE_SUBCLASS |
                PYM_TPFLAGS_SEQ_CONCAT | PYM_TPFLAGS_SEQUENCE,
    .tp_dealloc = tuple_dealloc,
    .tp_traverse = tuple_traverse,
    .tp_repr = tuple_repr,
    .tp_hash = tuple_hash,
    .tp_richcompare = tuple_richcompare,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = tuple_iter,
    .nb_binop = {[PYM_NB_ADD] = tuple_add, [PYM_NB_MULTIPLY] = tuple_mul},
    .sq_length = tuple_length,
    .mp_subscript = tuple_subscript,
    .sq_contains = tuple_contains,
    .tp_methods = tuple_methods,
    .tp_new = tuple_new,
    .tp_free = pym_object_free,
    .tp_doc = "Built-in immutable sequence.",
};
