/*
** iterobject.c -- the built-in iterator types: the sequence iterator
** (__getitem__ protocol), iter(callable, sentinel), enumerate, zip, map,
** filter and reversed.  All are GC objects (they hold other objects), with
** tp_new so that they are callable as classes and subclassable where
** CPython allows it.
*/
#include "pym.h"
#include "genericalias.h"

#define CID(NAME) \
    ({ \
        static PymObject *id_; \
        if (PYM_UNLIKELY(!id_)) { id_ = pym_str_intern_cstr(#NAME); } \
        id_; \
    })

static PymObject *iter_self(PymObject *o) { return pym_newref(o); }

/* Clears a StopIteration; 1 if another error remains set. */
static int stop_or_error(void) {
    if (!pym_err_occurred()) return 0;
    if (pym_err_matches((PymObject *)PymExc_StopIteration)) {
        pym_err_clear();
        return 0;
    }
    return 1;
}

static PymObject *iter_next_of(PymObject *it) { return PYM_TYPE(it)->tp_iternext(it); }

/* {====== sequence iterator ======} */

typedef struct {
    PymObject ob_base;
    intptr_t index;
    PymObject *seq; /* NULL when exhausted */
} SeqIter;

PymObject *pym_seq_iter_new(PymObject *seq) {
    SeqIter *it = (SeqIter *)pym_object_alloc(&pym_type_seq_iter, 0);
    if (!it) return NULL;
    it->index = 0;
    it->seq = pym_newref(seq);
    pym_gc_track((PymObject *)it);
    return (PymObject *)it;
}

static void seqiter_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    PYM_XDECREF(((SeqIter *)o)->seq);
    PYM_TYPE(o)->tp_free(o);
}

static int seqiter_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((SeqIter *)o)->seq);
    return 0;
}

static int seqiter_clear(PymObject *o) {
    PYM_CLEAR(((SeqIter *)o)->seq);
    return 0;
}

static PymObject *seqiter_next(PymObject *o) {
    SeqIter *it = (SeqIter *)o;
    if (!it->seq) return NULL;
    PymObject *i = pym_int_from_ssize(it->index);
    if (!i) return NULL;
    PymObject *r = pym_object_getitem(it->seq, i);
    PYM_DECREF(i);
    if (r) {
        it->index++;
        return r;
    }
    if (pym_err_matches((PymObject *)PymExc_IndexError) ||
        pym_err_matches((PymObject *)PymExc_StopIteration)) {
        pym_err_clear();
        PYM_CLEAR(it->seq);
    }
    return NULL;
}

PymType pym_type_seq_iter = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "iterator",
    .tp_basicsize = sizeof(SeqIter),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = seqiter_dealloc,
    .tp_traverse = seqiter_traverse,
    .tp_clear = seqiter_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = iter_self,
    .tp_iternext = seqiter_next,
    .tp_free = pym_object_free,
};

/* {====== iter(callable, sentinel) ======} */

typedef struct {
    PymObject ob_base;
    PymObject *callable; /* NULL when exhausted */
    PymObject *sentinel;
} CallIter;

PymObject *pym_callable_iter_new(PymObject *callable, PymObject *sentinel) {
    CallIter *it = (CallIter *)pym_object_alloc(&pym_type_callable_iter, 0);
    if (!it) return NULL;
    it->callable = pym_newref(callable);
    it->sentinel = pym_newref(sentinel);
    pym_gc_track((PymObject *)it);
    return (PymObject *)it;
}

static void calliter_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    PYM_XDECREF(((CallIter *)o)->callable);
    PYM_XDECREF(((CallIter *)o)->sentinel);
    PYM_TYPE(o)->tp_free(o);
}

static int calliter_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((CallIter *)o)->callable);
    PYM_VISIT(((CallIter *)o)->sentinel);
    return 0;
}

static int calliter_clear(PymObject *o) {
    PYM_CLEAR(((CallIter *)o)->callable);
    PYM_CLEAR(((CallIter *)o)->sentinel);
    return 0;
}

static PymObject *calliter_next(PymObject *o) {
    CallIter *it = (CallIter *)o;
    if (!it->callable) return NULL;
    PymObject *r = pym_call_noargs(it->callable);
    if (!r) {
        if (pym_err_matches((PymObject *)PymExc_StopIteration)) {
            pym_err_clear();
            PYM_CLEAR(it->callable);
            PYM_CLEAR(it->sentinel);
        }
        return NULL;
    }
    int eq = pym_object_richcompare_bool(it->sentinel, r, PYM_EQ);
    if (eq == 0) return r;
    PYM_DECREF(r);
    if (eq > 0) {
        PYM_CLEAR(it->callable);
        PYM_CLEAR(it->sentinel);
    }
    return NULL;
}

PymType pym_type_callable_iter = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "callable_iterator",
    .tp_basicsize = sizeof(CallIter),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = calliter_dealloc,
    .tp_traverse = calliter_traverse,
    .tp_clear = calliter_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = iter_self,
    .tp_iternext = calliter_next,
    .tp_free = pym_object_free,
};

/* {====== enumerate ======} */

typedef struct {
    PymObject ob_base;
    intptr_t en_index;       /* next index while it fits */
    PymObject *en_sit;       /* the underlying iterator */
    PymObject *en_result;    /* reusable (index, item) tuple */
    PymObject *en_longindex; /* next index as an int once past the fast range */
} Enumerate;

static PymObject *enumerate_new(PymType *type, PymObject *const *args, size_t nargs,
                                PymObject *kwnames) {
    static const char *const names[] = {"iterable", "start", NULL};
    PymObject *out[2] = {NULL, NULL};
    if (nargs == 0 && !pym_arg_nkw(kwnames)) {
        pym_err_set_string(PymExc_TypeError, "enumerate() missing required argument 'iterable'");
        return NULL;
    }
    if (pym_arg_unpack("enumerate", args, nargs, kwnames, names, 1, -1, out) < 0) return NULL;
    PymObject *start = NULL;
    if (out[1]) {
        start = pym_number_index(out[1]);
        if (!start) return NULL;
    }
    Enumerate *en = (Enumerate *)pym_object_alloc(type, 0);
    if (!en) {
        PYM_XDECREF(start);
        return NULL;
    }
    en->en_index = 0;
    en->en_longindex = NULL;
    if (start) {
        int overflow = 0;
        long long v = pym_int_as_longlong_overflow(start, &overflow);
        if (overflow || v > PYM_SSIZE_MAX - 1)
            en->en_longindex = pym_newref(start);
        else
            en->en_index = (intptr_t)v;
        PYM_DECREF(start);
    }
    en->en_sit = pym_object_getiter(out[0]);
    if (!en->en_sit) {
        PYM_DECREF(en);
        return NULL;
    }
    en->en_result = pym_tuple_pack(2, pym_None, pym_None);
    if (!en->en_result) {
        PYM_DECREF(en);
        return NULL;
    }
    pym_gc_track((PymObject *)en);
    return (PymObject *)en;
}

static void enum_dealloc(PymObject *o) {
    Enumerate *en = (Enumerate *)o;
    pym_gc_untrack(o);
    PYM_XDECREF(en->en_sit);
    PYM_XDECREF(en->en_result);
    PYM_XDECREF(en->en_longindex);
    PYM_TYPE(o)->tp_free(o);
}

static int enum_traverse(PymObject *o, visitproc visit, void *arg) {
    Enumerate *en = (Enumerate *)o;
    PYM_VISIT(en->en_sit);
    PYM_VISIT(en->en_result);
    PYM_VISIT(en->en_longindex);
    return 0;
}

static int enum_clear(PymObject *o) {
    Enumerate *en = (Enumerate *)o;
    PYM_CLEAR(en->en_sit);
    PYM_CLEAR(en->en_result);
    PYM_CLEAR(en->en_longindex);
    return 0;
}

static PymObject *enum_next(PymObject *o) {
    Enumerate *en = (Enumerate *)o;
    if (!en->en_sit) return NULL;
    PymObject *item = iter_next_of(en->en_sit);
    if (!item) return NULL;
    PymObject *idx;
    if (en->en_longindex) {
        idx = en->en_longindex;
        PymObject *one = pym_int_from_long(1);
        PymObject *nxt = one ? pym_int_add(idx, one) : NULL;
        PYM_XDECREF(one);
        if (!nxt) {
            PYM_DECREF(item);
            return NULL;
        }
        en->en_longindex = nxt; /* idx's reference moves to the result */
    } else {
        idx = pym_int_from_ssize(en->en_index);
        if (!idx) {
            PYM_DECREF(item);
            return NULL;
        }
        if (en->en_index == PYM_SSIZE_MAX - 1) {
            en->en_longindex = pym_int_from_ssize(PYM_SSIZE_MAX);
            if (!en->en_longindex) {
                PYM_DECREF(item);
                PYM_DECREF(idx);
                return NULL;
            }
        } else {
            en->en_index++;
        }
    }
    PymObject *r = en->en_result;
    if (PYM_REFCNT(r) == 1) {
        PymObject *o0 = PYM_TUPLE_GET(r, 0), *o1 = PYM_TUPLE_GET(r, 1);
        PYM_TUPLE_SET(r, 0, idx);
        PYM_TUPLE_SET(r, 1, item);
        pym_incref(r);
        PYM_DECREF(o0);
        PYM_DECREF(o1);
        if (!pym_gc_is_tracked(r)) pym_gc_track(r);
        return r;
    }
    r = pym_tuple_new(2);
    if (!r) {
        PYM_DECREF(idx);
        PYM_DECREF(item);
        return NULL;
    }
    PYM_TUPLE_SET(r, 0, idx);
    PYM_TUPLE_SET(r, 1, item);
    return r;
}

static PymMethodDef enum_methods[] = {
    {"__class_getitem__", pym_generic_alias_class_getitem, PYM_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

PymType pym_type_enumerate = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "enumerate",
    .tp_basicsize = sizeof(Enumerate),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = enum_dealloc,
    .tp_traverse = enum_traverse,
    .tp_clear = enum_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = iter_self,
    .tp_iternext = enum_next,
    .tp_methods = enum_methods,
    .tp_new = enumerate_new,
    .tp_free = pym_object_free,
};

/* {====== zip ======} */

typedef struct {
    PymObject ob_base;
    intptr_t tuplesize;
    PymObject *ittuple; /* tuple of iterators */
    PymObject *result;  /* reusable result tuple */
    int strict;
} Zip;

static PymObject *zip_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    int strict = 0;
    size_t nkw = pym_arg_nkw(kwnames);
    for (size_t i = 0; i < nkw; i++) {
        PymObject *name = PYM_TUPLE_GET(kwnames, i);
        if (!pym_str_equal_cstr(name, "strict")) {
            pym_err_format(PymExc_TypeError, "'%U' is an invalid keyword argument for zip()", name);
            return NULL;
        }
        strict = pym_object_is_true(args[nargs + i]);
        if (strict < 0) return NULL;
    }
    PymObject *its = pym_tuple_new(nargs);
    if (!its) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        PymObject *it = pym_object_getiter(args[i]);
        if (!it) {
            PYM_DECREF(its);
            return NULL;
        }
        PYM_TUPLE_SET(its, i, it);
    }
    PymObject *result = pym_tuple_new(nargs);
    if (!result) {
        PYM_DECREF(its);
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++) PYM_TUPLE_SET(result, i, pym_newref(pym_None));
    Zip *z = (Zip *)pym_object_alloc(type, 0);
    if (!z) {
        PYM_DECREF(its);
        PYM_DECREF(result);
        return NULL;
    }
    z->tuplesize = (intptr_t)nargs;
    z->ittuple = its;
    z->result = result;
    z->strict = strict;
    pym_gc_track((PymObject *)z);
    return (PymObject *)z;
}

static void zip_dealloc(PymObject *o) {
    Zip *z = (Zip *)o;
    pym_gc_untrack(o);
    PYM_XDECREF(z->ittuple);
    PYM_XDECREF(z->result);
    PYM_TYPE(o)->tp_free(o);
}

static int zip_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((Zip *)o)->ittuple);
    PYM_VISIT(((Zip *)o)->result);
    return 0;
}

static int zip_clear(PymObject *o) {
    PYM_CLEAR(((Zip *)o)->ittuple);
    PYM_CLEAR(((Zip *)o)->result);
    return 0;
}

/* Called when iterator i ran out in strict mode: raises or returns NULL. */
static PymObject *zip_check_strict(Zip *z, intptr_t i) {
    if (stop_or_error()) return NULL;
    if (i > 0) {
        pym_err_format(PymExc_ValueError, "zip() argument %zd is shorter than argument%s%zd", i + 1,
                       i == 1 ? " " : "s 1-", i);
        return NULL;
    }
    for (i = 1; i < z->tuplesize; i++) {
        PymObject *it = PYM_TUPLE_GET(z->ittuple, i);
        PymObject *item = iter_next_of(it);
        if (item) {
            PYM_DECREF(item);
            pym_err_format(PymExc_ValueError, "zip() argument %zd is longer than argument%s%zd",
                           i + 1, i == 1 ? " " : "s 1-", i);
            return NULL;
        }
        if (stop_or_error()) return NULL;
    }
    return NULL;
}

static PymObject *zip_next(PymObject *o) {
    Zip *z = (Zip *)o;
    intptr_t n = z->tuplesize;
    if (n == 0 || !z->ittuple) return NULL;
    PymObject *r = z->result;
    if (PYM_REFCNT(r) == 1) {
        pym_incref(r);
        for (intptr_t i = 0; i < n; i++) {
            PymObject *item = iter_next_of(PYM_TUPLE_GET(z->ittuple, i));
            if (!item) {
                PYM_DECREF(r);
                return z->strict ? zip_check_strict(z, i) : NULL;
            }
            PymObject *old = PYM_TUPLE_GET(r, i);
            PYM_TUPLE_SET(r, i, item);
            PYM_DECREF(old);
        }
        if (!pym_gc_is_tracked(r)) pym_gc_track(r);
        return r;
    }
    r = pym_tuple_new(n);
    if (!r) return NULL;
    for (intptr_t i = 0; i < n; i++) {
        PymObject *item = iter_next_of(PYM_TUPLE_GET(z->ittuple, i));
        if (!item) {
            PYM_DECREF(r);
            return z->strict ? zip_check_strict(z, i) : NULL;
        }
        PYM_TUPLE_SET(r, i, item);
    }
    return r;
}

PymType pym_type_zip = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "zip",
    .tp_basicsize = sizeof(Zip),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = zip_dealloc,
    .tp_traverse = zip_traverse,
    .tp_clear = zip_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = iter_self,
    .tp_iternext = zip_next,
    .tp_new = zip_new,
    .tp_free = pym_object_free,
};

/* {====== map ======} */

typedef struct {
    PymObject ob_base;
    PymObject *iters; /* tuple of iterators */
    PymObject *func;
} Map;

static PymObject *map_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    if (type == &pym_type_map && pym_arg_no_kwargs("map", kwnames) < 0) return NULL;
    if (nargs < 2) {
        pym_err_set_string(PymExc_TypeError, "map() must have at least two arguments.");
        return NULL;
    }
    PymObject *its = pym_tuple_new(nargs - 1);
    if (!its) return NULL;
    for (size_t i = 1; i < nargs; i++) {
        PymObject *it = pym_object_getiter(args[i]);
        if (!it) {
            PYM_DECREF(its);
            return NULL;
        }
        PYM_TUPLE_SET(its, i - 1, it);
    }
    Map *m = (Map *)pym_object_alloc(type, 0);
    if (!m) {
        PYM_DECREF(its);
        return NULL;
    }
    m->iters = its;
    m->func = pym_newref(args[0]);
    pym_gc_track((PymObject *)m);
    return (PymObject *)m;
}

static void map_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    PYM_XDECREF(((Map *)o)->iters);
    PYM_XDECREF(((Map *)o)->func);
    PYM_TYPE(o)->tp_free(o);
}

static int map_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((Map *)o)->iters);
    PYM_VISIT(((Map *)o)->func);
    return 0;
}

static int map_clear(PymObject *o) {
    PYM_CLEAR(((Map *)o)->iters);
    PYM_CLEAR(((Map *)o)->func);
    return 0;
}

static PymObject *map_next(PymObject *o) {
    Map *m = (Map *)o;
    if (!m->iters) return NULL;
    intptr_t n = PYM_SIZE(m->iters);
    PymObject *small[8], **argv = small;
    if (n > 8) {
        argv = pym_obj_malloc(n * sizeof(PymObject *));
        if (!argv) return pym_err_no_memory();
    }
    intptr_t got = 0;
    PymObject *r = NULL;
    for (; got < n; got++) {
        argv[got] = iter_next_of(PYM_TUPLE_GET(m->iters, got));
        if (!argv[got]) goto done;
    }
    r = pym_call(m->func, argv, (size_t)n, NULL);
done:
    for (intptr_t i = 0; i < got; i++) PYM_DECREF(argv[i]);
    if (argv != small) pym_obj_free(argv);
    return r;
}

PymType pym_type_map = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "map",
    .tp_basicsize = sizeof(Map),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = map_dealloc,
    .tp_traverse = map_traverse,
    .tp_clear = map_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = iter_self,
    .tp_iternext = map_next,
    .tp_new = map_new,
    .tp_free = pym_object_free,
};

/* {====== filter ======} */

typedef struct {
    PymObject ob_base;
    PymObject *func; /* None: truth of the item */
    PymObject *it;
} Filter;

static PymObject *filter_new(PymType *type, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    if (type == &pym_type_filter && pym_arg_no_kwargs("filter", kwnames) < 0) return NULL;
    if (nargs != 2) {
        pym_err_format(PymExc_TypeError, "filter expected 2 arguments, got %zd", (intptr_t)nargs);
        return NULL;
    }
    PymObject *it = pym_object_getiter(args[1]);
    if (!it) return NULL;
    Filter *f = (Filter *)pym_object_alloc(type, 0);
    if (!f) {
        PYM_DECREF(it);
        return NULL;
    }
    f->func = pym_newref(args[0]);
    f->it = it;
    pym_gc_track((PymObject *)f);
    return (PymObject *)f;
}

static void filter_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    PYM_XDECREF(((Filter *)o)->func);
    PYM_XDECREF(((Filter *)o)->it);
    PYM_TYPE(o)->tp_free(o);
}

static int filter_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((Filter *)o)->func);
    PYM_VISIT(((Filter *)o)->it);
    return 0;
}

static int filter_clear(PymObject *o) {
    PYM_CLEAR(((Filter *)o)->func);
    PYM_CLEAR(((Filter *)o)->it);
    return 0;
}

static PymObject *filter_next(PymObject *o) {
    Filter *f = (Filter *)o;
    if (!f->it) return NULL;
    bool use_truth = f->func == pym_None || f->func == (PymObject *)&pym_type_bool;
    for (;;) {
        PymObject *item = iter_next_of(f->it);
        if (!item) return NULL;
        int ok;
        if (use_truth) {
            ok = pym_object_is_true(item);
        } else {
            PymObject *good = pym_call_onearg(f->func, item);
            if (!good) {
                PYM_DECREF(item);
                return NULL;
            }
            ok = pym_object_is_true(good);
            PYM_DECREF(good);
        }
        if (ok > 0) return item;
        PYM_DECREF(item);
        if (ok < 0) return NULL;
    }
}

PymType pym_type_filter = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "filter",
    .tp_basicsize = sizeof(Filter),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = filter_dealloc,
    .tp_traverse = filter_traverse,
    .tp_clear = filter_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = iter_self,
    .tp_iternext = filter_next,
    .tp_new = filter_new,
    .tp_free = pym_object_free,
};

/* {====== reversed ======} */

typedef struct {
    PymObject ob_base;
    intptr_t index;
    PymObject *seq; /* NULL when exhausted */
} Reversed;

static PymObject *reversed_new(PymType *type, PymObject *const *args, size_t nargs,
                               PymObject *kwnames) {
    if (type == &pym_type_reversed && pym_arg_no_kwargs("reversed", kwnames) < 0) return NULL;
    if (nargs != 1) {
        pym_err_format(PymExc_TypeError, "reversed expected 1 argument, got %zd", (intptr_t)nargs);
        return NULL;
    }
    PymObject *seq = args[0];
    PymObject *meth = pym_type_lookup(PYM_TYPE(seq), CID(__reversed__));
    if (meth == pym_None) {
        pym_err_format(PymExc_TypeError, "'%s' object is not reversible", pym_type_name(seq));
        return NULL;
    }
    if (meth) {
        int found = 0;
        PymObject *r = pym_call_special(seq, CID(__reversed__), NULL, 0, &found);
        if (found || r || pym_err_occurred()) return r;
    }
    /* a sequence: __len__ and __getitem__, and not a mapping */
    if (!PYM_TYPE(seq)->mp_subscript || !PYM_TYPE(seq)->sq_length || PYM_DICT_CHECK(seq)) {
        pym_err_format(PymExc_TypeError, "'%s' object is not reversible", pym_type_name(seq));
        return NULL;
    }
    intptr_t n = pym_object_len(seq);
    if (n < 0) return NULL;
    Reversed *r = (Reversed *)pym_object_alloc(type, 0);
    if (!r) return NULL;
    r->index = n - 1;
    r->seq = pym_newref(seq);
    pym_gc_track((PymObject *)r);
    return (PymObject *)r;
}

static void reversed_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    PYM_XDECREF(((Reversed *)o)->seq);
    PYM_TYPE(o)->tp_free(o);
}

static int reversed_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((Reversed *)o)->seq);
    return 0;
}

static int reversed_clear(PymObject *o) {
    PYM_CLEAR(((Reversed *)o)->seq);
    return 0;
}

static PymObject *reversed_next(PymObject *o) {
    Reversed *r = (Reversed *)o;
    if (r->index >= 0 && r->seq) {
        PymObject *i = pym_int_from_ssize(r->index);
        if (!i) return NULL;
        PymObject *item = pym_object_getitem(r->seq, i);
        PYM_DECREF(i);
        if (item) {
            r->index--;
            return item;
        }
        if (!pym_err_matches((PymObject *)PymExc_IndexError) &&
            !pym_err_matches((PymObject *)PymExc_StopIteration))
            return NULL;
        pym_err_clear();
    }
    r->index = -1;
    PYM_CLEAR(r->seq);
    return NULL;
}

static PymObject *reversed_length_hint(PymObject *self, PymObject *const *args, size_t nargs,
                                       PymObject *kwnames) {
    Reversed *r = (Reversed *)self;
    if (!r->seq) return pym_int_from_long(0);
    intptr_t n = pym_object_len(r->seq);
    if (n < 0) return NULL;
    return pym_int_from_ssize(n < r->index + 1 ? 0 : r->index + 1);
}

static PymMethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PymType pym_type_reversed = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "reversed",
    .tp_basicsize = sizeof(Reversed),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = reversed_dealloc,
    .tp_traverse = reversed_traverse,
    .tp_clear = reversed_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = iter_self,
    .tp_iternext = reversed_next,
    .tp_methods = reversed_methods,
    .tp_new = reversed_new,
    .tp_free = pym_object_free,
};
