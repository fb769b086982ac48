/*
** mod_itertools.c -- the 'itertools' module of CPython 3.11, every function:
** count, cycle, repeat, accumulate, chain (+ from_iterable), compress,
** dropwhile, filterfalse, groupby, islice, pairwise, starmap, takewhile,
** tee, zip_longest, product, permutations, combinations,
** combinations_with_replacement.
**
** Each is an iterator type; all are GC objects with tp_traverse/tp_clear
** (they hold the iterators and values they work on) and may be subclassed.
** An iterator drops its source (clears it) once exhausted, so a finished
** chain or islice no longer keeps its inputs alive -- as CPython does.
**
** tee shares one buffer between its copies: a linked list of cells of up to
** TEE_CELLS values (a _tee_dataobject); each _tee object walks the list at
** its own pace and the cells nobody reads any more are freed by refcounting.
**
** The combinatoric iterators keep a pool tuple and an index array; their
** results are fresh tuples (CPython recycles the result tuple when nobody
** holds it, which only id() could tell); zip_longest recycles its result
** as CPython does.  Object layouts are CPython's, so sys.getsizeof agrees.
** Deallocation goes through the trashcan: chain(chain(...)) a million deep
** is freed without deep C recursion.
*/
#include "pym.h"
#include "intbytes.h"

static PymObject *self_iter(PymObject *o) { return pym_newref(o); }

/* Next item of an iterator; NULL with no error when exhausted. */
static PymObject *next_of(PymObject *it) {
    PymObject *r = PYM_TYPE(it)->tp_iternext(it);
    if (!r && pym_err_occurred() && pym_err_matches((PymObject *)PymExc_StopIteration))
        pym_err_clear();
    return r;
}

/* Iterators nest (chain(chain(...))): the trashcan keeps freeing a deep
** nest off the C stack, as for lists. */
static void it_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    if (!pym_trashcan_begin(o)) return;
    PYM_TYPE(o)->tp_clear(o);
    PYM_TYPE(o)->tp_free(o);
    pym_trashcan_end();
}

/* Allocates an iterator object of type t (zeroed, untracked). */
static void *it_alloc(PymType *t) { return pym_object_alloc(t, 0); }

static int no_kwargs(const char *name, PymObject *kwnames) {
    return pym_arg_no_kwargs(name, kwnames);
}

/* PyArg_UnpackTuple's check: "cycle expected 1 argument, got 0". 0 / -1 */
static int unpack_count(const char *name, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return 0;
    if (min == max)
        pym_err_format(PymExc_TypeError, "%s expected %zd argument%s, got %zd", name, (intptr_t)min,
                       min == 1 ? "" : "s", (intptr_t)nargs);
    else if (nargs < min)
        pym_err_format(PymExc_TypeError, "%s expected at least %zd argument%s, got %zd", name,
                       (intptr_t)min, min == 1 ? "" : "s", (intptr_t)nargs);
    else
        pym_err_format(PymExc_TypeError, "%s expected at most %zd argument%s, got %zd", name,
                       (intptr_t)max, max == 1 ? "" : "s", (intptr_t)nargs);
    return -1;
}

#define ITER_TYPE(cname, pyname, strct, next, extra) \
    PymType cname = {PYM_VAR_HEAD_INIT(&pym_type_type, 0), \
                     .tp_name = "itertools." pyname, \
                     .tp_basicsize = sizeof(strct), \
                     .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE, \
                     .tp_dealloc = it_dealloc, \
                     .tp_getattro = pym_object_generic_getattr, \
                     .tp_iter = self_iter, \
                     .tp_iternext = next, \
                     .tp_free = pym_object_free, \
                     extra}

/* {====== count ======} */

/* Fast mode (CPython's): an int start and step 1 count in a C integer
** (fast) until it would overflow; otherwise cnt and step are objects and
** fast is PYM_SSIZE_MAX. */
typedef struct {
    PymObject ob_base;
    intptr_t fast;
    PymObject *cnt; /* NULL in fast mode */
    PymObject *step;
} Count;

static PymType count_type;

static bool is_number(PymObject *o) {
    PymType *t = PYM_TYPE(o);
    return t->nb_index || t->nb_float || t->nb_int;
}

static PymObject *count_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    static const char *const names[] = {"start", "step", NULL};
    PymObject *out[2] = {NULL, NULL};
    if (pym_arg_unpack("count", args, nargs, kw, names, 0, -1, out) < 0) return NULL;
    PymObject *start = out[0] ? out[0] : pym_int_from_long(0);
    PymObject *step = out[1] ? out[1] : pym_int_from_long(1);
    if (!out[0]) PYM_DECREF(start); /* small ints are cached: borrowed is fine */
    if (!out[1]) PYM_DECREF(step);
    if (!is_number(start) || !is_number(step)) {
        pym_err_set_string(PymExc_TypeError, "a number is required");
        return NULL;
    }
    Count *c = it_alloc(type);
    if (!c) return NULL;
    c->fast = PYM_SSIZE_MAX;
    if (PYM_INT_CHECK_EXACT(start) && PYM_INT_CHECK_EXACT(step) && pym_int_is_compact(step) &&
        pym_int_compact_value(step) == 1) {
        int ov = 0;
        long long v = pym_int_as_longlong_overflow(start, &ov);
        if (!ov && v < PYM_SSIZE_MAX) c->fast = (intptr_t)v;
    }
    c->cnt = c->fast == PYM_SSIZE_MAX ? pym_newref(start) : NULL;
    c->step = pym_newref(step);
    pym_gc_track((PymObject *)c);
    return (PymObject *)c;
}

static int count_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((Count *)o)->cnt);
    PYM_VISIT(((Count *)o)->step);
    return 0;
}
static int count_clear(PymObject *o) {
    PYM_CLEAR(((Count *)o)->cnt);
    PYM_CLEAR(((Count *)o)->step);
    return 0;
}

static PymObject *count_next(PymObject *o) {
    Count *c = (Count *)o;
    if (!c->cnt) {
        if (c->fast < PYM_SSIZE_MAX) return pym_int_from_ssize(c->fast++);
        c->cnt = pym_int_from_ssize(c->fast); /* leave fast mode */
        if (!c->cnt) return NULL;
    }
    PymObject *n = pym_number_binop(c->cnt, c->step, PYM_NB_ADD);
    if (!n) return NULL;
    PymObject *r = c->cnt;
    c->cnt = n;
    return r;
}

static bool is_int_one(PymObject *o) {
    return PYM_INT_CHECK_EXACT(o) && pym_int_is_compact(o) && pym_int_compact_value(o) == 1;
}

static PymObject *count_repr(PymObject *o) {
    Count *c = (Count *)o;
    const char *name = pym_type_name(o);
    const char *dot = strrchr(name, '.');
    if (dot) name = dot + 1;
    PymObject *cnt = c->cnt ? pym_newref(c->cnt) : pym_int_from_ssize(c->fast);
    if (!cnt) return NULL;
    PymObject *r = is_int_one(c->step) ? pym_str_from_format("%s(%R)", name, cnt)
                                       : pym_str_from_format("%s(%R, %R)", name, cnt, c->step);
    PYM_DECREF(cnt);
    return r;
}

static PymType count_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "itertools.count",
    .tp_basicsize = sizeof(Count),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = it_dealloc,
    .tp_traverse = count_traverse,
    .tp_clear = count_clear,
    .tp_repr = count_repr,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = self_iter,
    .tp_iternext = count_next,
    .tp_new = count_new,
    .tp_free = pym_object_free,
    .tp_doc = "Return a count object whose .__next__() method returns consecutive values.",
};

/* {====== cycle ======} */

typedef struct {
    PymObject ob_base;
    PymObject *it;
    PymObject *saved; /* list */
    intptr_t index;
    bool firstpass;
} Cycle;

static PymType cycle_type;

static PymObject *cycle_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    if (no_kwargs("cycle", kw) < 0 || unpack_count("cycle", nargs, 1, 1) < 0) return NULL;
    PymObject *it = pym_object_getiter(args[0]);
    if (!it) return NULL;
    PymObject *saved = pym_list_new(0);
    Cycle *c = saved ? it_alloc(type) : NULL;
    if (!c) {
        PYM_DECREF(it);
        PYM_XDECREF(saved);
        return NULL;
    }
    c->it = it;
    c->saved = saved;
    c->firstpass = true;
    pym_gc_track((PymObject *)c);
    return (PymObject *)c;
}

static int cycle_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((Cycle *)o)->it);
    PYM_VISIT(((Cycle *)o)->saved);
    return 0;
}
static int cycle_clear(PymObject *o) {
    PYM_CLEAR(((Cycle *)o)->it);
    PYM_CLEAR(((Cycle *)o)->saved);
    return 0;
}

static PymObject *cycle_next(PymObject *o) {
    Cycle *c = (Cycle *)o;
    if (c->it) {
        PymObject *item = next_of(c->it);
        if (item) {
            if (c->firstpass && pym_list_append(c->saved, item) < 0) {
                PYM_DECREF(item);
                return NULL;
            }
            return item;
        }
        if (pym_err_occurred()) return NULL;
        PYM_CLEAR(c->it);
    }
    if (!c->saved || PYM_SIZE(c->saved) == 0) return NULL;
    PymObject *item = PYM_LIST_GET(c->saved, c->index);
    c->index++;
    if (c->index >= PYM_SIZE(c->saved)) c->index = 0;
    return pym_newref(item);
}

static PymType cycle_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "itertools.cycle",
    .tp_basicsize = sizeof(Cycle),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = it_dealloc,
    .tp_traverse = cycle_traverse,
    .tp_clear = cycle_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = self_iter,
    .tp_iternext = cycle_next,
    .tp_new = cycle_new,
    .tp_free = pym_object_free,
    .tp_doc = "Return elements from the iterable until it is exhausted. Then repeat the sequence "
              "indefinitely.",
};

/* {====== repeat ======} */

typedef struct {
    PymObject ob_base;
    PymObject *element;
    intptr_t cnt; /* -1: forever */
} Repeat;

static PymType repeat_type;

static PymObject *repeat_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    static const char *const names[] = {"object", "times", NULL};
    PymObject *out[2] = {NULL, NULL};
    if (pym_arg_unpack("repeat", args, nargs, kw, names, 1, -1, out) < 0) return NULL;
    intptr_t cnt = -1;
    if (out[1]) {
        if (!PYM_INT_CHECK(out[1]) && !PYM_TYPE(out[1])->nb_index) {
            pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                           pym_type_name(out[1]));
            return NULL;
        }
        cnt = pym_intbytes_as_ssize(out[1]);
        if (cnt == -1 && pym_err_occurred()) return NULL;
        if (cnt < 0) cnt = 0;
    }
    Repeat *r = it_alloc(type);
    if (!r) return NULL;
    r->element = pym_newref(out[0]);
    r->cnt = cnt;
    pym_gc_track((PymObject *)r);
    return (PymObject *)r;
}

static int repeat_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((Repeat *)o)->element);
    return 0;
}
static int repeat_clear(PymObject *o) {
    PYM_CLEAR(((Repeat *)o)->element);
    return 0;
}

static PymObject *repeat_next(PymObject *o) {
    Repeat *r = (Repeat *)o;
    if (r->cnt == 0 || !r->element) return NULL;
    if (r->cnt > 0) r->cnt--;
    return pym_newref(r->element);
}

static PymObject *repeat_repr(PymObject *o) {
    Repeat *r = (Repeat *)o;
    const char *name = pym_type_name(o);
    const char *dot = strrchr(name, '.');
    if (dot) name = dot + 1;
    if (r->cnt == -1) return pym_str_from_format("%s(%R)", name, r->element);
    return pym_str_from_format("%s(%R, %zd)", name, r->element, r->cnt);
}

static PymObject *repeat_length_hint(PymObject *o, PymObject *const *a, size_t n, PymObject *kw) {
    Repeat *r = (Repeat *)o;
    if (r->cnt == -1) {
        pym_err_set_string(PymExc_TypeError, "len() of unsized object");
        return NULL;
    }
    return pym_int_from_ssize(r->cnt);
}

static PymMethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, 0,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

static PymType repeat_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "itertools.repeat",
    .tp_basicsize = sizeof(Repeat),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = it_dealloc,
    .tp_traverse = repeat_traverse,
    .tp_clear = repeat_clear,
    .tp_repr = repeat_repr,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = self_iter,
    .tp_iternext = repeat_next,
    .tp_methods = repeat_methods,
    .tp_new = repeat_new,
    .tp_free = pym_object_free,
    .tp_doc = "repeat(object [,times]) -> create an iterator which returns the object for the "
              "specified number of times.  If not specified, returns the object endlessly.",
};

/* {====== the iterators holding two to four fields ======}
** chain, compress, filterfalse, starmap and pairwise hold two objects (a,
** b); dropwhile and takewhile add an integer state; accumulate holds four
** objects.  One layout serves them, each type sized to the fields it uses
** (CPython's sizes: 32, 40 and 48 bytes before the GC header). */

typedef struct {
    PymObject ob_base;
    PymObject *a, *b;
    union {
        PymObject *c;   /* accumulate */
        intptr_t state; /* dropwhile, takewhile */
    };
    PymObject *d; /* accumulate */
} Gen4;

#define GEN_SIZE_2     offsetof(Gen4, c)
#define GEN_SIZE_STATE offsetof(Gen4, d)
#define GEN_SIZE_4     sizeof(Gen4)

static PymType accumulate_type;

/* Whether o has the c and d object fields (an accumulate). */
static bool gen_has_cd(PymObject *o) { return pym_type_is_subtype(PYM_TYPE(o), &accumulate_type); }

static int gen4_traverse(PymObject *o, visitproc visit, void *arg) {
    Gen4 *g = (Gen4 *)o;
    PYM_VISIT(g->a);
    PYM_VISIT(g->b);
    if (gen_has_cd(o)) {
        PYM_VISIT(g->c);
        PYM_VISIT(g->d);
    }
    return 0;
}
static int gen4_clear(PymObject *o) {
    Gen4 *g = (Gen4 *)o;
    PYM_CLEAR(g->a);
    PYM_CLEAR(g->b);
    if (gen_has_cd(o)) {
        PYM_CLEAR(g->c);
        PYM_CLEAR(g->d);
    }
    return 0;
}

/* New object of type t taking the given references (steals a..d; c and d
** only for accumulate, NULL otherwise). */
static PymObject *gen4_make(PymType *t, PymObject *a, PymObject *b, PymObject *c, PymObject *d) {
    Gen4 *g = it_alloc(t);
    if (!g) {
        PYM_XDECREF(a);
        PYM_XDECREF(b);
        PYM_XDECREF(c);
        PYM_XDECREF(d);
        return NULL;
    }
    g->a = a;
    g->b = b;
    if (c) g->c = c;
    if (d) g->d = d;
    pym_gc_track((PymObject *)g);
    return (PymObject *)g;
}

#define GEN4_TYPE(cname, pyname, size, next, newf, doc, methods) \
    static PymType cname = { \
        PYM_VAR_HEAD_INIT(&pym_type_type, 0), \
        .tp_name = "itertools." pyname, \
        .tp_basicsize = size, \
        .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE, \
        .tp_dealloc = it_dealloc, \
        .tp_traverse = gen4_traverse, \
        .tp_clear = gen4_clear, \
        .tp_getattro = pym_object_generic_getattr, \
        .tp_iter = self_iter, \
        .tp_iternext = next, \
        .tp_methods = methods, \
        .tp_new = newf, \
        .tp_free = pym_object_free, \
        .tp_doc = doc, \
    }

/* ---- accumulate(iterable, func=None, *, initial=None): a=it b=func c=total d=initial ---- */

static PymObject *accumulate_new(PymType *type, PymObject *const *args, size_t nargs,
                                 PymObject *kw) {
    static const char *const names[] = {"iterable", "func", "initial", NULL};
    PymObject *out[3] = {NULL, NULL, NULL};
    if (pym_arg_unpack("accumulate", args, nargs, kw, names, 1, 2, out) < 0) return NULL;
    PymObject *it = pym_object_getiter(out[0]);
    if (!it) return NULL;
    PymObject *func = (out[1] && out[1] != pym_None) ? pym_newref(out[1]) : NULL;
    PymObject *initial = (out[2] && out[2] != pym_None) ? pym_newref(out[2]) : NULL;
    return gen4_make(type, it, func, NULL, initial);
}

static PymObject *accumulate_next(PymObject *o) {
    Gen4 *g = (Gen4 *)o;
    if (g->d) { /* the initial value comes first */
        g->c = g->d;
        g->d = NULL;
        return pym_newref(g->c);
    }
    if (!g->a) return NULL;
    PymObject *val = next_of(g->a);
    if (!val) return NULL;
    if (!g->c) {
        g->c = pym_newref(val);
        return val;
    }
    PymObject *nt = g->b ? pym_call(g->b, (PymObject *[]){g->c, val}, 2, NULL)
                         : pym_number_binop(g->c, val, PYM_NB_ADD);
    PYM_DECREF(val);
    if (!nt) return NULL;
    PYM_SETREF(g->c, pym_newref(nt));
    return nt;
}

GEN4_TYPE(accumulate_type, "accumulate", GEN_SIZE_4, accumulate_next, accumulate_new,
          "Return series of accumulated sums (or other binary function results).", NULL);

/* ---- chain(*iterables): a=source iterator (of iterables) b=active iterator ---- */

static PymType chain_type;

static PymObject *chain_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    if (type == &chain_type && no_kwargs("chain", kw) < 0) return NULL;
    PymObject *t = pym_tuple_from_array(args, (intptr_t)nargs);
    if (!t) return NULL;
    PymObject *src = pym_object_getiter(t);
    PYM_DECREF(t);
    if (!src) return NULL;
    return gen4_make(type, src, NULL, NULL, NULL);
}

static PymObject *chain_from_iterable(PymObject *cls, PymObject *const *a, size_t n,
                                      PymObject *kw) {
    if (pym_arg_no_kwargs("chain.from_iterable", kw) < 0) return NULL;
    if (n != 1) {
        pym_err_format(PymExc_TypeError,
                       "chain.from_iterable() takes exactly one argument (%zd given)", (intptr_t)n);
        return NULL;
    }
    PymObject *src = pym_object_getiter(a[0]);
    if (!src) return NULL;
    return gen4_make((PymType *)cls, src, NULL, NULL, NULL);
}

static PymObject *chain_next(PymObject *o) {
    Gen4 *g = (Gen4 *)o;
    while (g->a) {
        if (!g->b) {
            PymObject *iterable = next_of(g->a);
            if (!iterable) {
                if (pym_err_occurred()) return NULL;
                PYM_CLEAR(g->a);
                return NULL;
            }
            g->b = pym_object_getiter(iterable);
            PYM_DECREF(iterable);
            if (!g->b) return NULL;
        }
        PymObject *item = next_of(g->b);
        if (item) return item;
        if (pym_err_occurred()) return NULL;
        PYM_CLEAR(g->b);
    }
    return NULL;
}

static PymMethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, PYM_METH_CLASS,
     "Alternative chain() constructor taking a single iterable argument that evaluates lazily."},
    {NULL, NULL, 0, NULL},
};

GEN4_TYPE(chain_type, "chain", GEN_SIZE_2, chain_next, chain_new,
          "Return a chain object whose .__next__() method returns elements from the first iterable "
          "until it is exhausted, then elements from the next iterable, until all of the iterables "
          "are exhausted.",
          chain_methods);

/* ---- compress(data, selectors): a=data b=selectors ---- */

static PymObject *compress_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    static const char *const names[] = {"data", "selectors", NULL};
    PymObject *out[2] = {NULL, NULL};
    if (pym_arg_unpack("compress", args, nargs, kw, names, 2, -1, out) < 0) return NULL;
    PymObject *data = pym_object_getiter(out[0]);
    if (!data) return NULL;
    PymObject *sel = pym_object_getiter(out[1]);
    if (!sel) {
        PYM_DECREF(data);
        return NULL;
    }
    return gen4_make(type, data, sel, NULL, NULL);
}

static PymObject *compress_next(PymObject *o) {
    Gen4 *g = (Gen4 *)o;
    if (!g->a) return NULL;
    for (;;) {
        PymObject *datum = next_of(g->a);
        if (!datum) return NULL;
        PymObject *sel = next_of(g->b);
        if (!sel) {
            PYM_DECREF(datum);
            return NULL;
        }
        int ok = pym_object_is_true(sel);
        PYM_DECREF(sel);
        if (ok > 0) return datum;
        PYM_DECREF(datum);
        if (ok < 0) return NULL;
    }
}

GEN4_TYPE(compress_type, "compress", GEN_SIZE_2, compress_next, compress_new,
          "Return data elements corresponding to true selector elements.", NULL);

/* ---- dropwhile / takewhile / filterfalse (pred, iterable): a=pred b=it ---- */

static PymObject *pred_new(const char *name, PymType *type, PymObject *const *args, size_t nargs,
                           PymObject *kw) {
    if (no_kwargs(name, kw) < 0 || pym_arg_count(name, nargs, NULL, 2, 2) < 0) return NULL;
    PymObject *it = pym_object_getiter(args[1]);
    if (!it) return NULL;
    return gen4_make(type, pym_newref(args[0]), it, NULL, NULL);
}

/* pred(item) as 1/0/-1; a None predicate (filterfalse) tests the item itself. */
static int pred_test(PymObject *pred, PymObject *item) {
    if (pred == pym_None) return pym_object_is_true(item);
    PymObject *r = pym_call_onearg(pred, item);
    if (!r) return -1;
    int ok = pym_object_is_true(r);
    PYM_DECREF(r);
    return ok;
}

static PymObject *dropwhile_new(PymType *t, PymObject *const *a, size_t n, PymObject *kw) {
    return pred_new("dropwhile", t, a, n, kw);
}
static PymObject *takewhile_new(PymType *t, PymObject *const *a, size_t n, PymObject *kw) {
    return pred_new("takewhile", t, a, n, kw);
}
static PymObject *filterfalse_new(PymType *t, PymObject *const *a, size_t n, PymObject *kw) {
    return pred_new("filterfalse", t, a, n, kw);
}

static PymObject *dropwhile_next(PymObject *o) {
    Gen4 *g = (Gen4 *)o;
    if (!g->b) return NULL;
    for (;;) {
        PymObject *item = next_of(g->b);
        if (!item) return NULL;
        if (g->state) return item;
        int ok = pred_test(g->a, item);
        if (ok < 0) {
            PYM_DECREF(item);
            return NULL;
        }
        if (!ok) {
            g->state = 1;
            return item;
        }
        PYM_DECREF(item);
    }
}

static PymObject *takewhile_next(PymObject *o) {
    Gen4 *g = (Gen4 *)o;
    if (g->state || !g->b) return NULL;
    PymObject *item = next_of(g->b);
    if (!item) return NULL;
    int ok = pred_test(g->a, item);
    if (ok > 0) return item;
    PYM_DECREF(item);
    if (ok == 0) g->state = 1;
    return NULL;
}

static PymObject *filterfalse_next(PymObject *o) {
    Gen4 *g = (Gen4 *)o;
    if (!g->b) return NULL;
    for (;;) {
        PymObject *item = next_of(g->b);
        if (!item) return NULL;
        int ok = pred_test(g->a, item);
        if (ok == 0) return item;
        PYM_DECREF(item);
        if (ok < 0) return NULL;
    }
}

GEN4_TYPE(dropwhile_type, "dropwhile", GEN_SIZE_STATE, dropwhile_next, dropwhile_new,
          "Drop items from the iterable while predicate(item) is true.", NULL);
GEN4_TYPE(takewhile_type, "takewhile", GEN_SIZE_STATE, takewhile_next, takewhile_new,
          "Return successive entries from an iterable as long as the predicate evaluates to true "
          "for each entry.",
          NULL);
GEN4_TYPE(filterfalse_type, "filterfalse", GEN_SIZE_2, filterfalse_next, filterfalse_new,
          "Return those items of iterable for which function(item) is false.", NULL);

/* ---- starmap(function, iterable): a=func b=it ---- */

static PymObject *starmap_new(PymType *t, PymObject *const *a, size_t n, PymObject *kw) {
    return pred_new("starmap", t, a, n, kw);
}

static PymObject *starmap_next(PymObject *o) {
    Gen4 *g = (Gen4 *)o;
    if (!g->b) return NULL;
    PymObject *args = next_of(g->b);
    if (!args) return NULL;
    if (!PYM_TUPLE_CHECK_EXACT(args)) {
        PymObject *t = pym_tuple_from_iter(args);
        PYM_DECREF(args);
        if (!t) return NULL;
        args = t;
    }
    PymObject *r = pym_call(g->a, PYM_TUPLE_ITEMS(args), (size_t)PYM_SIZE(args), NULL);
    PYM_DECREF(args);
    return r;
}

GEN4_TYPE(starmap_type, "starmap", GEN_SIZE_2, starmap_next, starmap_new,
          "Return an iterator whose values are returned from the function evaluated with an "
          "argument tuple taken from the given sequence.",
          NULL);

/* ---- pairwise(iterable): a=it b=old ---- */

static PymObject *pairwise_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    if (no_kwargs("pairwise", kw) < 0 || unpack_count("pairwise", nargs, 1, 1) < 0) return NULL;
    PymObject *it = pym_object_getiter(args[0]);
    if (!it) return NULL;
    return gen4_make(type, it, NULL, NULL, NULL);
}

static PymObject *pairwise_next(PymObject *o) {
    Gen4 *g = (Gen4 *)o;
    if (!g->a) return NULL;
    if (!g->b) {
        g->b = next_of(g->a);
        if (!g->b) {
            PYM_CLEAR(g->a);
            return NULL;
        }
    }
    PymObject *nw = next_of(g->a);
    if (!nw) {
        PYM_CLEAR(g->a);
        PYM_CLEAR(g->b);
        return NULL;
    }
    PymObject *r = pym_tuple_pack(2, g->b, nw);
    PYM_SETREF(g->b, nw);
    return r;
}

GEN4_TYPE(pairwise_type, "pairwise", GEN_SIZE_2, pairwise_next, pairwise_new,
          "Return an iterator of overlapping pairs taken from the input iterator.", NULL);

/* {====== groupby ======}
** groupby: a=it b=keyfunc c=tgtkey d=currkey, currvalue and currgrouper
** below; a _grouper refers back to its groupby and is valid only while it
** is the groupby's current grouper. */

typedef struct {
    PymObject ob_base;
    PymObject *it, *keyfunc, *tgtkey, *currkey, *currvalue;
    PymObject *currgrouper; /* borrowed: only compared by identity */
} GroupBy;

typedef struct {
    PymObject ob_base;
    PymObject *parent; /* the groupby */
    PymObject *tgtkey;
} Grouper;

static PymType groupby_type, grouper_type;

static PymObject *groupby_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    static const char *const names[] = {"iterable", "key", NULL};
    PymObject *out[2] = {NULL, NULL};
    if (pym_arg_unpack("groupby", args, nargs, kw, names, 1, -1, out) < 0) return NULL;
    PymObject *it = pym_object_getiter(out[0]);
    if (!it) return NULL;
    GroupBy *g = it_alloc(type);
    if (!g) {
        PYM_DECREF(it);
        return NULL;
    }
    g->it = it;
    g->keyfunc = (out[1] && out[1] != pym_None) ? pym_newref(out[1]) : NULL;
    pym_gc_track((PymObject *)g);
    return (PymObject *)g;
}

static int groupby_traverse(PymObject *o, visitproc visit, void *arg) {
    GroupBy *g = (GroupBy *)o;
    PYM_VISIT(g->it);
    PYM_VISIT(g->keyfunc);
    PYM_VISIT(g->tgtkey);
    PYM_VISIT(g->currkey);
    PYM_VISIT(g->currvalue);
    return 0;
}
static int groupby_clear(PymObject *o) {
    GroupBy *g = (GroupBy *)o;
    PYM_CLEAR(g->it);
    PYM_CLEAR(g->keyfunc);
    PYM_CLEAR(g->tgtkey);
    PYM_CLEAR(g->currkey);
    PYM_CLEAR(g->currvalue);
    return 0;
}

/* Reads the next value and its key into currvalue/currkey.  0, -1 (error or
** exhausted: check pym_err_occurred). */
static int groupby_step(GroupBy *g) {
    if (!g->it) return -1;
    PymObject *v = next_of(g->it);
    if (!v) return -1;
    PymObject *k;
    if (g->keyfunc) {
        k = pym_call_onearg(g->keyfunc, v);
        if (!k) {
            PYM_DECREF(v);
            return -1;
        }
    } else {
        k = pym_newref(v);
    }
    PYM_SETREF(g->currvalue, v);
    PYM_SETREF(g->currkey, k);
    return 0;
}

static PymObject *groupby_next(PymObject *o) {
    GroupBy *g = (GroupBy *)o;
    g->currgrouper = NULL;
    for (;;) { /* skip to the next key */
        if (!g->currkey) {
            if (groupby_step(g) < 0) return NULL;
        } else if (!g->tgtkey) {
            break;
        } else {
            int eq = pym_object_richcompare_bool(g->tgtkey, g->currkey, PYM_EQ);
            if (eq < 0) return NULL;
            if (!eq) break;
            if (groupby_step(g) < 0) return NULL;
        }
    }
    PYM_SETREF(g->tgtkey, pym_newref(g->currkey));
    Grouper *gr = it_alloc(&grouper_type);
    if (!gr) return NULL;
    gr->parent = pym_newref(o);
    gr->tgtkey = pym_newref(g->tgtkey);
    pym_gc_track((PymObject *)gr);
    g->currgrouper = (PymObject *)gr;
    PymObject *r = pym_tuple_pack(2, g->currkey, (PymObject *)gr);
    PYM_DECREF(gr);
    return r;
}

static PymType groupby_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "itertools.groupby",
    .tp_basicsize = sizeof(GroupBy),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = it_dealloc,
    .tp_traverse = groupby_traverse,
    .tp_clear = groupby_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = self_iter,
    .tp_iternext = groupby_next,
    .tp_new = groupby_new,
    .tp_free = pym_object_free,
    .tp_doc = "make an iterator that returns consecutive keys and groups from the iterable",
};

static int grouper_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((Grouper *)o)->parent);
    PYM_VISIT(((Grouper *)o)->tgtkey);
    return 0;
}
static int grouper_clear(PymObject *o) {
    PYM_CLEAR(((Grouper *)o)->parent);
    PYM_CLEAR(((Grouper *)o)->tgtkey);
    return 0;
}

static PymObject *grouper_next(PymObject *o) {
    Grouper *gr = (Grouper *)o;
    GroupBy *g = (GroupBy *)gr->parent;
    if (!g || g->currgrouper != o) return NULL;
    if (!g->currvalue && groupby_step(g) < 0) return NULL;
    int eq = pym_object_richcompare_bool(gr->tgtkey, g->currkey, PYM_EQ);
    if (eq <= 0) return NULL;
    PymObject *r = g->currvalue;
    g->currvalue = NULL;
    PYM_CLEAR(g->currkey);
    return r;
}

static PymType grouper_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "itertools._grouper",
    .tp_basicsize = sizeof(Grouper),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = it_dealloc,
    .tp_traverse = grouper_traverse,
    .tp_clear = grouper_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = self_iter,
    .tp_iternext = grouper_next,
    .tp_free = pym_object_free,
};

/* {====== islice ======} */

typedef struct {
    PymObject ob_base;
    PymObject *it;
    intptr_t next, stop, step, cnt; /* stop -1: none */
} ISlice;

static PymType islice_type;

/* An islice bound: None -> dflt; else an int in [0, maxsize]. -2 on error. */
static intptr_t islice_bound(PymObject *o, intptr_t dflt, const char *msg) {
    if (o == pym_None) return dflt;
    intptr_t v = -1;
    if (PYM_INT_CHECK(o) || PYM_TYPE(o)->nb_index) {
        v = pym_number_as_ssize(o, PymExc_OverflowError);
        if (v == -1 && pym_err_occurred()) {
            if (!pym_err_matches((PymObject *)PymExc_OverflowError)) return -2;
            pym_err_clear();
            v = -1;
        }
    }
    if (v < 0) {
        pym_err_set_string(PymExc_ValueError, msg);
        return -2;
    }
    return v;
}

static PymObject *islice_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    if (type == &islice_type && no_kwargs("islice", kw) < 0) return NULL;
    if (unpack_count("islice", nargs, 2, 4) < 0) return NULL;
    intptr_t start = 0, stop = -1, step = 1;
    static const char stopmsg[] =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    static const char idxmsg[] =
        "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (nargs == 2) {
        stop = islice_bound(args[1], -1, stopmsg);
        if (stop == -2) return NULL;
    } else {
        /* CPython checks the stop argument first */
        stop = islice_bound(args[2], -1, stopmsg);
        if (stop == -2) return NULL;
        start = islice_bound(args[1], 0, idxmsg);
        if (start == -2) return NULL;
        if (nargs == 4) {
            step = islice_bound(args[3], 1,
                                "Step for islice() must be a positive integer or None.");
            if (step == -2) return NULL;
            if (step == 0) {
                pym_err_set_string(PymExc_ValueError,
                                   "Step for islice() must be a positive integer or None.");
                return NULL;
            }
        }
    }
    PymObject *it = pym_object_getiter(args[0]);
    if (!it) return NULL;
    ISlice *s = it_alloc(type);
    if (!s) {
        PYM_DECREF(it);
        return NULL;
    }
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    pym_gc_track((PymObject *)s);
    return (PymObject *)s;
}

static int islice_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((ISlice *)o)->it);
    return 0;
}
static int islice_clear(PymObject *o) {
    PYM_CLEAR(((ISlice *)o)->it);
    return 0;
}

static PymObject *islice_next(PymObject *o) {
    ISlice *s = (ISlice *)o;
    if (!s->it) return NULL;
    while (s->cnt < s->next) {
        PymObject *item = next_of(s->it);
        if (!item) goto empty;
        PYM_DECREF(item);
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop) goto empty;
    PymObject *item = next_of(s->it);
    if (!item) goto empty;
    s->cnt++;
    intptr_t old = s->next;
    s->next += s->step;
    if (s->next < old || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
    return item;
empty:
    if (!pym_err_occurred()) PYM_CLEAR(s->it);
    return NULL;
}

static PymType islice_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "itertools.islice",
    .tp_basicsize = sizeof(ISlice),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = it_dealloc,
    .tp_traverse = islice_traverse,
    .tp_clear = islice_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = self_iter,
    .tp_iternext = islice_next,
    .tp_new = islice_new,
    .tp_free = pym_object_free,
    .tp_doc = "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> "
              "islice object",
};

/* {====== tee ======} */

#define TEE_CELLS 57

typedef struct TeeData {
    PymObject ob_base;
    PymObject *it;
    int numread;
    bool running;
    PymObject *nextlink; /* the next TeeData, or NULL */
    PymObject *values[TEE_CELLS];
} TeeData;

typedef struct {
    PymObject ob_base;
    TeeData *data;
    int index;
    PymObject *weakreflist;
} Tee;

static PymType teedata_type, tee_type;

static PymObject *teedata_new(PymObject *it) {
    TeeData *d = it_alloc(&teedata_type);
    if (!d) return NULL;
    d->it = pym_newref(it);
    pym_gc_track((PymObject *)d);
    return (PymObject *)d;
}

static int teedata_traverse(PymObject *o, visitproc visit, void *arg) {
    TeeData *d = (TeeData *)o;
    PYM_VISIT(d->it);
    for (int i = 0; i < d->numread; i++) PYM_VISIT(d->values[i]);
    PYM_VISIT(d->nextlink);
    return 0;
}

static int teedata_clear(PymObject *o) {
    TeeData *d = (TeeData *)o;
    PYM_CLEAR(d->it);
    int n = d->numread;
    d->numread = 0;
    for (int i = 0; i < n; i++) PYM_CLEAR(d->values[i]);
    PYM_CLEAR(d->nextlink);
    return 0;
}

/* Frees a chain of cells iteratively so a long tee buffer cannot overflow the C stack. */
static void teedata_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    TeeData *d = (TeeData *)o;
    PymObject *next = d->nextlink;
    d->nextlink = NULL;
    teedata_clear(o);
    PYM_TYPE(o)->tp_free(o);
    while (next && PYM_REFCNT(next) == 1) {
        TeeData *nd = (TeeData *)next;
        PymObject *after = nd->nextlink;
        nd->nextlink = NULL;
        PYM_DECREF(next);
        next = after;
    }
    PYM_XDECREF(next);
}

static PymObject *teedata_jumplink(TeeData *d) {
    if (!d->nextlink) {
        d->nextlink = teedata_new(d->it);
        if (!d->nextlink) return NULL;
    }
    return pym_newref(d->nextlink);
}

static PymObject *teedata_getitem(TeeData *d, int i) {
    if (i < d->numread) return pym_newref(d->values[i]);
    if (d->running) {
        pym_err_set_string(PymExc_RuntimeError, "cannot re-enter the tee iterator");
        return NULL;
    }
    if (!d->it) return NULL;
    d->running = true;
    PymObject *v = next_of(d->it);
    d->running = false;
    if (!v) return NULL;
    d->values[d->numread++] = v;
    return pym_newref(v);
}

static PymType teedata_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "itertools._tee_dataobject",
    .tp_basicsize = sizeof(TeeData),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = teedata_dealloc,
    .tp_traverse = teedata_traverse,
    .tp_clear = teedata_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_free = pym_object_free,
    .tp_doc = "Data container common to multiple tee objects.",
};

static int tee_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((Tee *)o)->data);
    return 0;
}
static int tee_clear(PymObject *o) {
    PYM_CLEAR(((Tee *)o)->data);
    return 0;
}

static void tee_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    if (!pym_trashcan_begin(o)) return;
    if (((Tee *)o)->weakreflist) pym_object_clear_weakrefs(o);
    tee_clear(o);
    PYM_TYPE(o)->tp_free(o);
    pym_trashcan_end();
}

static PymObject *tee_next(PymObject *o) {
    Tee *t = (Tee *)o;
    if (t->index >= TEE_CELLS) {
        PymObject *link = teedata_jumplink(t->data);
        if (!link) return NULL;
        PYM_SETREF(t->data, (TeeData *)link);
        t->index = 0;
    }
    PymObject *v = teedata_getitem(t->data, t->index);
    if (v) t->index++;
    return v;
}

static PymObject *tee_copy_of(Tee *t) {
    Tee *n = it_alloc(&tee_type);
    if (!n) return NULL;
    n->data = (TeeData *)pym_newref((PymObject *)t->data);
    n->index = t->index;
    pym_gc_track((PymObject *)n);
    return (PymObject *)n;
}

static PymObject *tee_from_iterable(PymObject *iterable) {
    PymObject *it = pym_object_getiter(iterable);
    if (!it) return NULL;
    if (PYM_TYPE(it) == &tee_type) {
        PymObject *r = tee_copy_of((Tee *)it);
        PYM_DECREF(it);
        return r;
    }
    PymObject *d = teedata_new(it);
    PYM_DECREF(it);
    if (!d) return NULL;
    Tee *t = it_alloc(&tee_type);
    if (!t) {
        PYM_DECREF(d);
        return NULL;
    }
    t->data = (TeeData *)d;
    pym_gc_track((PymObject *)t);
    return (PymObject *)t;
}

static PymObject *tee_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    if (no_kwargs("_tee", kw) < 0 || unpack_count("_tee", nargs, 1, 1) < 0) return NULL;
    return tee_from_iterable(args[0]);
}

static PymObject *tee_copy_method(PymObject *o, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("__copy__", n, kw, 0, 0) < 0) return NULL;
    return tee_copy_of((Tee *)o);
}

static PymMethodDef tee_methods[] = {
    {"__copy__", tee_copy_method, 0, "Returns an independent iterator."},
    {NULL, NULL, 0, NULL},
};

static PymType tee_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "itertools._tee",
    .tp_basicsize = sizeof(Tee),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = tee_dealloc,
    .tp_traverse = tee_traverse,
    .tp_clear = tee_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = self_iter,
    .tp_iternext = tee_next,
    .tp_weaklistoffset = offsetof(Tee, weakreflist),
    .tp_methods = tee_methods,
    .tp_new = tee_new,
    .tp_free = pym_object_free,
    .tp_doc = "Iterator wrapped to make it copyable.",
};

// tee(iterable, n=2) -> tuple of n independent iterators
static PymObject *itertools_tee(PymObject *m, PymObject *const *args, size_t nargs, PymObject *kw) {
    if (pym_arg_no_kwargs("tee", kw) < 0 || unpack_count("tee", nargs, 1, 2) < 0) return NULL;
    intptr_t n = 2;
    if (nargs > 1) {
        if (!PYM_INT_CHECK(args[1]) && !PYM_TYPE(args[1])->nb_index) {
            pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                           pym_type_name(args[1]));
            return NULL;
        }
        n = pym_intbytes_as_ssize(args[1]);
        if (n == -1 && pym_err_occurred()) return NULL;
    }
    if (n < 0) {
        pym_err_set_string(PymExc_ValueError, "n must be >= 0");
        return NULL;
    }
    PymObject *result = pym_tuple_new(n);
    if (!result || n == 0) return result;
    PymObject *it = pym_object_getiter(args[0]);
    if (!it) {
        PYM_DECREF(result);
        return NULL;
    }
    PymObject *copyfunc = NULL;
    int has = pym_object_lookup_attr(it, PYM_ID(__copy__), &copyfunc);
    if (has < 0) goto fail;
    PymObject *to;
    if (has) {
        to = pym_newref(it);
    } else {
        to = tee_from_iterable(it);
        if (!to) goto fail;
        PYM_XDECREF(copyfunc);
        copyfunc = pym_object_getattr(to, PYM_ID(__copy__));
        if (!copyfunc) {
            PYM_DECREF(to);
            goto fail;
        }
    }
    PYM_TUPLE_SET(result, 0, to);
    for (intptr_t i = 1; i < n; i++) {
        PymObject *c = pym_call_noargs(copyfunc);
        if (!c) goto fail;
        PYM_TUPLE_SET(result, i, c);
    }
    PYM_DECREF(copyfunc);
    PYM_DECREF(it);
    return result;
fail:
    PYM_XDECREF(copyfunc);
    PYM_DECREF(it);
    for (intptr_t i = 0; i < n; i++)
        if (!PYM_TUPLE_GET(result, i)) PYM_TUPLE_SET(result, i, pym_newref(pym_None));
    PYM_DECREF(result);
    return NULL;
}

/* {====== zip_longest ======} */

typedef struct {
    PymObject ob_base;
    intptr_t tuplesize; /* number of iterables */
    intptr_t numactive; /* iterables not yet exhausted */
    PymObject *iters;   /* tuple of iterators; an exhausted one becomes None */
    PymObject *result;  /* the last result, refilled in place when nobody else holds it */
    PymObject *fillvalue;
} ZipLongest;

static PymType ziplongest_type;

static PymObject *ziplongest_new(PymType *type, PymObject *const *args, size_t nargs,
                                 PymObject *kw) {
    PymObject *fill = pym_None;
    size_t nkw = pym_arg_nkw(kw);
    for (size_t i = 0; i < nkw; i++) {
        PymObject *name = PYM_TUPLE_GET(kw, i);
        if (!pym_str_equal_cstr(name, "fillvalue")) {
            pym_err_set_string(PymExc_TypeError,
                               "zip_longest() got an unexpected keyword argument");
            return NULL;
        }
        fill = args[nargs + i];
    }
    PymObject *iters = pym_tuple_new((intptr_t)nargs);
    if (!iters) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        PymObject *it = pym_object_getiter(args[i]);
        if (!it) {
            for (size_t j = i; j < nargs; j++) PYM_TUPLE_SET(iters, j, pym_newref(pym_None));
            PYM_DECREF(iters);
            return NULL;
        }
        PYM_TUPLE_SET(iters, i, it);
    }
    ZipLongest *z = it_alloc(type);
    if (!z) {
        PYM_DECREF(iters);
        return NULL;
    }
    z->iters = iters;
    z->fillvalue = pym_newref(fill);
    z->tuplesize = (intptr_t)nargs;
    z->numactive = (intptr_t)nargs;
    pym_gc_track((PymObject *)z);
    return (PymObject *)z;
}

static int ziplongest_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((ZipLongest *)o)->iters);
    PYM_VISIT(((ZipLongest *)o)->result);
    PYM_VISIT(((ZipLongest *)o)->fillvalue);
    return 0;
}
static int ziplongest_clear(PymObject *o) {
    PYM_CLEAR(((ZipLongest *)o)->iters);
    PYM_CLEAR(((ZipLongest *)o)->result);
    PYM_CLEAR(((ZipLongest *)o)->fillvalue);
    return 0;
}

static PymObject *ziplongest_next(PymObject *o) {
    ZipLongest *z = (ZipLongest *)o;
    if (!z->iters) return NULL;
    intptr_t n = z->tuplesize;
    if (n == 0 || z->numactive == 0) return NULL;
    /* the next values first: an error or the end leaves the last result alone */
    PymObject *small[8] = {NULL};
    PymObject **vals = n <= 8 ? small : pym_obj_malloc((size_t)n * sizeof(PymObject *));
    if (!vals) return pym_err_no_memory();
    intptr_t got = 0;
    for (; got < n; got++) {
        PymObject *it = PYM_TUPLE_GET(z->iters, got);
        PymObject *item;
        if (it == pym_None) {
            item = pym_newref(z->fillvalue);
        } else {
            item = next_of(it);
            if (!item) {
                if (pym_err_occurred()) goto fail;
                z->numactive--;
                if (z->numactive == 0) goto fail;
                PYM_TUPLE_SET(z->iters, got, pym_newref(pym_None));
                PYM_DECREF(it);
                item = pym_newref(z->fillvalue);
            }
        }
        vals[got] = item;
    }
    PymObject *result;
    if (z->result && PYM_REFCNT(z->result) == 1) {
        /* nobody kept the last tuple: refill it, as CPython does */
        result = pym_newref(z->result);
        for (intptr_t i = 0; i < n; i++) {
            PymObject *old = PYM_TUPLE_GET(result, i);
            PYM_TUPLE_SET(result, i, vals[i]);
            PYM_DECREF(old);
        }
        if (!pym_gc_is_tracked(result)) pym_gc_track(result);
    } else {
        result = pym_tuple_from_array(vals, n);
        for (intptr_t i = 0; i < n; i++) PYM_DECREF(vals[i]);
        if (result) PYM_SETREF(z->result, pym_newref(result));
    }
    if (vals != small) pym_obj_free(vals);
    return result;
fail:
    for (intptr_t i = 0; i < got; i++) PYM_DECREF(vals[i]);
    if (vals != small) pym_obj_free(vals);
    if (!pym_err_occurred()) {
        PYM_CLEAR(z->iters);
        PYM_CLEAR(z->result);
    }
    return NULL;
}

static PymType ziplongest_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "itertools.zip_longest",
    .tp_basicsize = sizeof(ZipLongest),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = it_dealloc,
    .tp_traverse = ziplongest_traverse,
    .tp_clear = ziplongest_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = self_iter,
    .tp_iternext = ziplongest_next,
    .tp_new = ziplongest_new,
    .tp_free = pym_object_free,
    .tp_doc = "Return a zip_longest object whose .__next__() method returns a tuple where the i-th "
              "element comes from the i-th iterable argument.",
};

/* {====== combinatorics ======}
** CPython's layouts: a pool tuple (product: a tuple of pool tuples), an
** index array, the previous result, r and a stopped flag (permutations
** adds a cycles array); __sizeof__ counts the arrays, so sys.getsizeof
** equals CPython's.  Results are fresh tuples. */

typedef struct {
    PymObject ob_base;
    PymObject *pools;  /* tuple of tuples, one per (repeated) pool */
    intptr_t *indices; /* one per pool */
    PymObject *result; /* previous result, NULL before the first */
    int stopped;
} Product;

typedef struct {
    PymObject ob_base;
    PymObject *pool;   /* tuple */
    intptr_t *indices; /* r entries */
    PymObject *result;
    intptr_t r;
    int stopped;
} Combi; /* combinations, combinations_with_replacement */

typedef struct {
    PymObject ob_base;
    PymObject *pool;
    intptr_t *indices; /* n entries: the pool order */
    intptr_t *cycles;  /* r entries */
    PymObject *result;
    intptr_t r;
    int stopped;
} Perm;

static PymType product_type, combinations_type, cwr_type, permutations_type;

static int product_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((Product *)o)->pools);
    PYM_VISIT(((Product *)o)->result);
    return 0;
}
static int product_clear(PymObject *o) {
    PYM_CLEAR(((Product *)o)->pools);
    PYM_CLEAR(((Product *)o)->result);
    return 0;
}
static void product_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    product_clear(o);
    pym_obj_free(((Product *)o)->indices);
    PYM_TYPE(o)->tp_free(o);
}

static int combi_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((Combi *)o)->pool);
    PYM_VISIT(((Combi *)o)->result);
    return 0;
}
static int combi_clear(PymObject *o) {
    PYM_CLEAR(((Combi *)o)->pool);
    PYM_CLEAR(((Combi *)o)->result);
    return 0;
}
static void combi_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    combi_clear(o);
    pym_obj_free(((Combi *)o)->indices);
    PYM_TYPE(o)->tp_free(o);
}

static int perm_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((Perm *)o)->pool);
    PYM_VISIT(((Perm *)o)->result);
    return 0;
}
static int perm_clear(PymObject *o) {
    PYM_CLEAR(((Perm *)o)->pool);
    PYM_CLEAR(((Perm *)o)->result);
    return 0;
}
static void perm_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    perm_clear(o);
    pym_obj_free(((Perm *)o)->indices);
    pym_obj_free(((Perm *)o)->cycles);
    PYM_TYPE(o)->tp_free(o);
}

static intptr_t *idx_array(intptr_t n) {
    intptr_t *a = pym_obj_malloc((size_t)(n > 0 ? n : 1) * sizeof(intptr_t));
    if (!a) pym_err_no_memory();
    return a;
}

/* r from an optional argument: a non-negative int.  -2 on error.
** permutations checks the type itself ("Expected int as r"); the others
** convert like any index. */
static intptr_t combi_r_ex(PymObject *o, intptr_t dflt, bool own_message) {
    if (!o || o == pym_None) return dflt;
    if (!PYM_INT_CHECK(o) && (own_message || !PYM_TYPE(o)->nb_index)) {
        if (own_message)
            pym_err_set_string(PymExc_TypeError, "Expected int as r");
        else
            pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                           pym_type_name(o));
        return -2;
    }
    intptr_t r = pym_intbytes_as_ssize(o);
    if (r == -1 && pym_err_occurred()) return -2;
    if (r < 0) {
        pym_err_set_string(PymExc_ValueError, "r must be non-negative");
        return -2;
    }
    return r;
}

/* A tuple of pool[indices[i]] for i < r. */
static PymObject *pick(PymObject *pool, const intptr_t *indices, intptr_t r) {
    PymObject *t = pym_tuple_new(r);
    if (!t) return NULL;
    for (intptr_t i = 0; i < r; i++)
        PYM_TUPLE_SET(t, i, pym_newref(PYM_TUPLE_GET(pool, indices[i])));
    return t;
}

/* Keeps t as the previous result and returns it (new ref to the caller). */
static PymObject *remember(PymObject **slot, PymObject *t) {
    if (t) PYM_SETREF(*slot, pym_newref(t));
    return t;
}

#define COMBI_TYPE(cname, pyname, strct, next, newf, dealloc, traverse, clear, methods, doc) \
    static PymType cname = { \
        PYM_VAR_HEAD_INIT(&pym_type_type, 0), \
        .tp_name = "itertools." pyname, \
        .tp_basicsize = sizeof(strct), \
        .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE, \
        .tp_dealloc = dealloc, \
        .tp_traverse = traverse, \
        .tp_clear = clear, \
        .tp_getattro = pym_object_generic_getattr, \
        .tp_iter = self_iter, \
        .tp_iternext = next, \
        .tp_methods = methods, \
        .tp_new = newf, \
        .tp_free = pym_object_free, \
        .tp_doc = doc, \
    }

/* ---- product(*iterables, repeat=1) ---- */

static PymObject *product_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    intptr_t repeat = 1;
    size_t nkw = pym_arg_nkw(kw);
    for (size_t i = 0; i < nkw; i++) {
        if (!pym_str_equal_cstr(PYM_TUPLE_GET(kw, i), "repeat")) {
            pym_err_format(PymExc_TypeError, "'%U' is an invalid keyword argument for product()",
                           PYM_TUPLE_GET(kw, i));
            return NULL;
        }
        PymObject *rv = args[nargs + i];
        if (!PYM_INT_CHECK(rv) && !PYM_TYPE(rv)->nb_index) {
            pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                           pym_type_name(rv));
            return NULL;
        }
        repeat = pym_intbytes_as_ssize(rv);
        if (repeat == -1 && pym_err_occurred()) return NULL;
        if (repeat < 0) {
            pym_err_set_string(PymExc_ValueError, "repeat argument cannot be negative");
            return NULL;
        }
    }
    intptr_t npools = (intptr_t)nargs * repeat;
    if (nargs && (repeat > PYM_SSIZE_MAX / 8 / (intptr_t)nargs)) {
        pym_err_set_string(PymExc_OverflowError, "repeat argument too large");
        return NULL;
    }
    PymObject *pools = pym_tuple_new(npools);
    if (!pools) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        PymObject *t = pym_tuple_from_iter(args[i]);
        if (!t) {
            for (intptr_t j = 0; j < npools; j++)
                if (!PYM_TUPLE_GET(pools, j)) PYM_TUPLE_SET(pools, j, pym_newref(pym_None));
            PYM_DECREF(pools);
            return NULL;
        }
        for (intptr_t k = 0; k < repeat; k++)
            PYM_TUPLE_SET(pools, k * (intptr_t)nargs + (intptr_t)i, pym_newref(t));
        PYM_DECREF(t);
    }
    Product *p = it_alloc(type);
    if (!p) {
        PYM_DECREF(pools);
        return NULL;
    }
    p->pools = pools;
    p->indices = idx_array(npools);
    if (!p->indices) {
        PYM_DECREF(p);
        return NULL;
    }
    for (intptr_t i = 0; i < npools; i++) p->indices[i] = 0;
    pym_gc_track((PymObject *)p);
    return (PymObject *)p;
}

static PymObject *product_next(PymObject *o) {
    Product *p = (Product *)o;
    if (p->stopped) return NULL;
    intptr_t n = PYM_SIZE(p->pools);
    if (!p->result) {
        for (intptr_t i = 0; i < n; i++)
            if (PYM_SIZE(PYM_TUPLE_GET(p->pools, i)) == 0) {
                p->stopped = 1;
                return NULL;
            }
    } else {
        intptr_t i = n - 1;
        for (; i >= 0; i--) {
            if (++p->indices[i] < PYM_SIZE(PYM_TUPLE_GET(p->pools, i))) break;
            p->indices[i] = 0;
        }
        if (i < 0) {
            p->stopped = 1;
            return NULL;
        }
    }
    PymObject *t = pym_tuple_new(n);
    if (!t) return NULL;
    for (intptr_t i = 0; i < n; i++)
        PYM_TUPLE_SET(t, i, pym_newref(PYM_TUPLE_GET(PYM_TUPLE_GET(p->pools, i), p->indices[i])));
    return remember(&p->result, t);
}

static PymObject *product_sizeof(PymObject *o, PymObject *const *a, size_t n, PymObject *kw) {
    return pym_int_from_ssize(PYM_TYPE(o)->tp_basicsize + PYM_SIZE(((Product *)o)->pools) * 8);
}

static PymMethodDef product_methods[] = {
    {"__sizeof__", product_sizeof, 0, "Returns size in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

COMBI_TYPE(product_type, "product", Product, product_next, product_new, product_dealloc,
           product_traverse, product_clear, product_methods,
           "Cartesian product of input iterables.  Equivalent to nested for-loops.");

/* ---- combinations(iterable, r) and combinations_with_replacement(iterable, r) ---- */

static PymObject *combi_new(const char *name, bool replace, PymType *type, PymObject *const *args,
                            size_t nargs, PymObject *kw) {
    static const char *const names[] = {"iterable", "r", NULL};
    PymObject *out[2] = {NULL, NULL};
    if (pym_arg_unpack(name, args, nargs, kw, names, 2, -1, out) < 0) return NULL;
    intptr_t r = combi_r_ex(out[1], 0, false);
    if (r == -2) return NULL;
    PymObject *pool = pym_tuple_from_iter(out[0]);
    if (!pool) return NULL;
    Combi *c = it_alloc(type);
    if (!c) {
        PYM_DECREF(pool);
        return NULL;
    }
    c->pool = pool;
    c->r = r;
    c->indices = idx_array(r);
    if (!c->indices) {
        PYM_DECREF(c);
        return NULL;
    }
    for (intptr_t i = 0; i < r; i++) c->indices[i] = replace ? 0 : i;
    c->stopped = replace ? (PYM_SIZE(pool) == 0 && r > 0) : r > PYM_SIZE(pool);
    pym_gc_track((PymObject *)c);
    return (PymObject *)c;
}

static PymObject *combinations_new(PymType *type, PymObject *const *args, size_t nargs,
                                   PymObject *kw) {
    return combi_new("combinations", false, type, args, nargs, kw);
}
static PymObject *cwr_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    return combi_new("combinations_with_replacement", true, type, args, nargs, kw);
}

static PymObject *combinations_next(PymObject *o) {
    Combi *c = (Combi *)o;
    if (c->stopped) return NULL;
    intptr_t n = PYM_SIZE(c->pool);
    if (c->result) {
        intptr_t i = c->r - 1;
        while (i >= 0 && c->indices[i] == i + n - c->r) i--;
        if (i < 0) {
            c->stopped = 1;
            return NULL;
        }
        c->indices[i]++;
        for (intptr_t j = i + 1; j < c->r; j++) c->indices[j] = c->indices[j - 1] + 1;
    }
    return remember(&c->result, pick(c->pool, c->indices, c->r));
}

static PymObject *cwr_next(PymObject *o) {
    Combi *c = (Combi *)o;
    if (c->stopped) return NULL;
    intptr_t n = PYM_SIZE(c->pool);
    if (c->result) {
        intptr_t i = c->r - 1;
        while (i >= 0 && c->indices[i] == n - 1) i--;
        if (i < 0) {
            c->stopped = 1;
            return NULL;
        }
        intptr_t v = c->indices[i] + 1;
        for (intptr_t j = i; j < c->r; j++) c->indices[j] = v;
    }
    return remember(&c->result, pick(c->pool, c->indices, c->r));
}

static PymObject *combi_sizeof(PymObject *o, PymObject *const *a, size_t n, PymObject *kw) {
    return pym_int_from_ssize(PYM_TYPE(o)->tp_basicsize + ((Combi *)o)->r * 8);
}

static PymMethodDef combi_methods[] = {
    {"__sizeof__", combi_sizeof, 0, "Returns size in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

COMBI_TYPE(combinations_type, "combinations", Combi, combinations_next, combinations_new,
           combi_dealloc, combi_traverse, combi_clear, combi_methods,
           "Return successive r-length combinations of elements in the iterable.");
COMBI_TYPE(cwr_type, "combinations_with_replacement", Combi, cwr_next, cwr_new, combi_dealloc,
           combi_traverse, combi_clear, combi_methods,
           "Return successive r-length combinations of elements in the iterable allowing "
           "individual elements to have successive repeats.");

/* ---- permutations(iterable, r=None) ---- */

static PymObject *permutations_new(PymType *type, PymObject *const *args, size_t nargs,
                                   PymObject *kw) {
    static const char *const names[] = {"iterable", "r", NULL};
    PymObject *out[2] = {NULL, NULL};
    if (pym_arg_unpack("permutations", args, nargs, kw, names, 1, -1, out) < 0) return NULL;
    PymObject *pool = pym_tuple_from_iter(out[0]);
    if (!pool) return NULL;
    intptr_t n = PYM_SIZE(pool);
    intptr_t r = combi_r_ex(out[1], n, true);
    if (r == -2) {
        PYM_DECREF(pool);
        return NULL;
    }
    Perm *p = it_alloc(type);
    if (!p) {
        PYM_DECREF(pool);
        return NULL;
    }
    p->pool = pool;
    p->r = r;
    p->indices = idx_array(n);
    p->cycles = idx_array(r);
    if (!p->indices || !p->cycles) {
        PYM_DECREF(p);
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++) p->indices[i] = i;
    for (intptr_t i = 0; i < r; i++) p->cycles[i] = n - i;
    p->stopped = r > n;
    pym_gc_track((PymObject *)p);
    return (PymObject *)p;
}

static PymObject *permutations_next(PymObject *o) {
    Perm *p = (Perm *)o;
    if (p->stopped) return NULL;
    intptr_t n = PYM_SIZE(p->pool);
    if (p->result) {
        if (n == 0) {
            p->stopped = 1;
            return NULL;
        }
        intptr_t i = p->r - 1;
        for (; i >= 0; i--) {
            p->cycles[i]--;
            if (p->cycles[i] == 0) {
                /* rotate indices[i:] left by one */
                intptr_t first = p->indices[i];
                for (intptr_t j = i; j < n - 1; j++) p->indices[j] = p->indices[j + 1];
                p->indices[n - 1] = first;
                p->cycles[i] = n - i;
            } else {
                intptr_t j = p->cycles[i];
                intptr_t t = p->indices[i];
                p->indices[i] = p->indices[n - j];
                p->indices[n - j] = t;
                break;
            }
        }
        if (i < 0) {
            p->stopped = 1;
            return NULL;
        }
    }
    return remember(&p->result, pick(p->pool, p->indices, p->r));
}

static PymObject *perm_sizeof(PymObject *o, PymObject *const *a, size_t n, PymObject *kw) {
    Perm *p = (Perm *)o;
    return pym_int_from_ssize(PYM_TYPE(o)->tp_basicsize + (PYM_SIZE(p->pool) + p->r) * 8);
}

static PymMethodDef perm_methods[] = {
    {"__sizeof__", perm_sizeof, 0, "Returns size in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

COMBI_TYPE(permutations_type, "permutations", Perm, permutations_next, permutations_new,
           perm_dealloc, perm_traverse, perm_clear, perm_methods,
           "Return successive r-length permutations of elements in the iterable.");

/* {====== the module ======} */

static PymMethodDef itertools_functions[] = {
    {"tee", itertools_tee, 0, "Returns a tuple of n independent iterators."},
    {NULL, NULL, 0, NULL},
};

static PymType *const itertools_types[] = {
    &count_type,        &cycle_type,      &repeat_type,    &accumulate_type,   &chain_type,
    &compress_type,     &dropwhile_type,  &takewhile_type, &filterfalse_type,  &starmap_type,
    &pairwise_type,     &groupby_type,    &grouper_type,   &islice_type,       &teedata_type,
    &tee_type,          &ziplongest_type, &product_type,   &combinations_type, &cwr_type,
    &permutations_type,
};

/* Creates the itertools module (new ref); called by the import system. */
PymObject *pym_itertools_module_init(void) {
    PymObject *m = pym_module_new("itertools");
    if (!m) return NULL;
    if (pym_module_add_functions(m, itertools_functions) < 0) goto fail;
    for (size_t i = 0; i < sizeof itertools_types / sizeof *itertools_types; i++) {
        PymType *t = itertools_types[i];
        if (pym_type_ready(t) < 0) goto fail;
        const char *name = strrchr(t->tp_name, '.') + 1;
        if (pym_module_add_object(m, name, (PymObject *)t) < 0) goto fail;
    }
    return m;
fail:
    PYM_DECREF(m);
    return NULL;
}
