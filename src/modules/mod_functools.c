/*
** mod_functools.c -- the '_functools' module: partial, reduce, cmp_to_key
** and _lru_cache_wrapper, as CPython 3.11's.  lib/functools.py builds the
** rest (wraps, lru_cache, singledispatch ...) on them.
**
** partial   holds fn, args (tuple) and keywords (dict), plus an instance
**           dict and weak references, with CPython's layout (80 bytes with
**           the GC header).  partial(partial(f, 1), 2) is flattened to
**           partial(f, 1, 2) when the inner one has no instance dict.
** reduce    the left fold, with CPython's messages.
** cmp_to_key returns a KeyWrapper: calling it wraps an object whose
**           comparisons call the old-style cmp function.
** _lru_cache_wrapper  the cache behind functools.lru_cache.  The key is
**           the args tuple (or the single str/int argument itself), with a
**           marker and the keyword items, and the types when typed.  A
**           bounded cache orders its entries on a linked list (below).
**           The wrapper has an instance dict (update_wrapper fills it) and
**           binds like a function when it is a class attribute.
*/
#include "pym.h"

/* __dict__ of partial and the lru_cache wrapper: made on first use. */
static PymObject *inst_dict_get(PymObject *o, void *c) {
    PymObject **dp = pym_object_dict_ptr(o);
    if (!*dp && !(*dp = pym_dict_new())) return NULL;
    return pym_newref(*dp);
}

static int inst_dict_set(PymObject *o, PymObject *v, void *c) {
    if (!v) {
        pym_err_set_string(PymExc_TypeError, "a partial object's dictionary may not be deleted");
        return -1;
    }
    if (!PYM_DICT_CHECK(v)) {
        pym_err_set_string(PymExc_TypeError, "setting partial object's dictionary to a non-dict");
        return -1;
    }
    PYM_SETREF(*pym_object_dict_ptr(o), pym_newref(v));
    return 0;
}

static PymGetSetDef inst_dict_getset[] = {
    {"__dict__", inst_dict_get, inst_dict_set, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* {====== partial ======} */

typedef struct {
    PymObject ob_base;
    PymObject *fn;
    PymObject *args; /* tuple */
    PymObject *kw;   /* dict */
    PymObject *dict; /* instance dict, NULL until used */
    PymObject *weakreflist;
    vectorcallfunc vectorcall; /* unused: keeps CPython's layout */
} Partial;

static PymType partial_type;

static PymObject *partial_new(PymType *type, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    if (nargs < 1) {
        pym_err_set_string(PymExc_TypeError, "type 'partial' takes at least one argument");
        return NULL;
    }
    PymObject *func = args[0];
    PymObject *pargs = NULL, *pkw = NULL;
    if (PYM_TYPE(func)->tp_call == partial_type.tp_call) {
        Partial *inner = (Partial *)func;
        if (!inner->dict) {
            pargs = inner->args;
            pkw = inner->kw;
            func = inner->fn;
        }
    }
    if (!pym_callable_check(func)) {
        pym_err_set_string(PymExc_TypeError, "the first argument must be callable");
        return NULL;
    }
    Partial *p = (Partial *)pym_object_alloc(type, 0);
    if (!p) return NULL;
    p->fn = pym_newref(func);
    intptr_t n0 = pargs ? PYM_SIZE(pargs) : 0, n1 = (intptr_t)nargs - 1;
    p->args = pym_tuple_new(n0 + n1);
    p->kw = pkw ? pym_dict_copy(pkw) : pym_dict_new();
    if (!p->args || !p->kw) {
        PYM_DECREF(p);
        return NULL;
    }
    for (intptr_t i = 0; i < n0; i++)
        PYM_TUPLE_SET(p->args, i, pym_newref(PYM_TUPLE_GET(pargs, i)));
    for (intptr_t i = 0; i < n1; i++) PYM_TUPLE_SET(p->args, n0 + i, pym_newref(args[1 + i]));
    size_t nkw = pym_arg_nkw(kwnames);
    for (size_t i = 0; i < nkw; i++)
        if (pym_dict_setitem(p->kw, PYM_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
            PYM_DECREF(p);
            return NULL;
        }
    pym_gc_track((PymObject *)p);
    return (PymObject *)p;
}

static int partial_traverse(PymObject *o, visitproc visit, void *arg) {
    Partial *p = (Partial *)o;
    PYM_VISIT(p->fn);
    PYM_VISIT(p->args);
    PYM_VISIT(p->kw);
    PYM_VISIT(p->dict);
    return 0;
}
static int partial_clear(PymObject *o) {
    Partial *p = (Partial *)o;
    PYM_CLEAR(p->fn);
    PYM_CLEAR(p->args);
    PYM_CLEAR(p->kw);
    PYM_CLEAR(p->dict);
    return 0;
}
static void partial_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    if (!pym_trashcan_begin(o)) return; /* partial(f, partial(f, ...)) nests */
    if (((Partial *)o)->weakreflist) pym_object_clear_weakrefs(o);
    partial_clear(o);
    PYM_TYPE(o)->tp_free(o);
    pym_trashcan_end();
}

static PymObject *partial_call(PymObject *self, PymObject *const *args, size_t nargs,
                               PymObject *kwnames) {
    Partial *p = (Partial *)self;
    intptr_t np = PYM_SIZE(p->args);
    size_t nkw = pym_arg_nkw(kwnames);
    if (pym_dict_size(p->kw) == 0) {
        /* positional prefix only: one vector, the caller's keywords as they are */
        size_t total = (size_t)np + nargs + nkw;
        PymObject *small[8];
        PymObject **vec = total <= 8 ? small : pym_obj_malloc(total * sizeof(PymObject *));
        if (!vec) return pym_err_no_memory();
        for (intptr_t i = 0; i < np; i++) vec[i] = PYM_TUPLE_GET(p->args, i);
        for (size_t i = 0; i < nargs + nkw; i++) vec[np + (intptr_t)i] = args[i];
        PymObject *r = pym_call(p->fn, vec, (size_t)np + nargs, kwnames);
        if (vec != small) pym_obj_free(vec);
        return r;
    }
    PymObject *all = pym_tuple_new(np + (intptr_t)nargs);
    if (!all) return NULL;
    for (intptr_t i = 0; i < np; i++) PYM_TUPLE_SET(all, i, pym_newref(PYM_TUPLE_GET(p->args, i)));
    for (size_t i = 0; i < nargs; i++) PYM_TUPLE_SET(all, np + (intptr_t)i, pym_newref(args[i]));
    PymObject *kw = pym_dict_copy(p->kw);
    if (!kw) {
        PYM_DECREF(all);
        return NULL;
    }
    for (size_t i = 0; i < nkw; i++)
        if (pym_dict_setitem(kw, PYM_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
            PYM_DECREF(all);
            PYM_DECREF(kw);
            return NULL;
        }
    PymObject *r = pym_call_tuple_dict(p->fn, all, kw);
    PYM_DECREF(all);
    PYM_DECREF(kw);
    return r;
}

static PymObject *partial_repr(PymObject *self) {
    Partial *p = (Partial *)self;
    int rec = pym_repr_enter(self);
    if (rec != 0) return rec < 0 ? NULL : pym_str_from_cstr("...");
    PymStrBuilder sb;
    pym_sb_init(&sb);
    pym_sb_append_cstr(&sb, pym_type_name(self));
    pym_sb_append_cstr(&sb, "(");
    int rc = pym_sb_append_obj_repr(&sb, p->fn);
    for (intptr_t i = 0; rc >= 0 && i < PYM_SIZE(p->args); i++) {
        pym_sb_append_cstr(&sb, ", ");
        rc = pym_sb_append_obj_repr(&sb, PYM_TUPLE_GET(p->args, i));
    }
    intptr_t pos = 0;
    PymObject *k, *v;
    while (rc >= 0 && pym_dict_next(p->kw, &pos, &k, &v)) {
        pym_sb_append_cstr(&sb, ", ");
        rc = pym_sb_append_obj_str(&sb, k);
        if (rc >= 0) {
            pym_sb_append_cstr(&sb, "=");
            rc = pym_sb_append_obj_repr(&sb, v);
        }
    }
    pym_repr_leave(self);
    if (rc < 0) {
        pym_sb_discard(&sb);
        return NULL;
    }
    pym_sb_append_cstr(&sb, ")");
    return pym_sb_finish(&sb);
}

// __reduce__() -> (type, (fn,), (fn, args, kw, dict))
static PymObject *partial_reduce(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    Partial *p = (Partial *)self;
    PymObject *fnargs = pym_tuple_pack(1, p->fn);
    PymObject *state = pym_tuple_pack(4, p->fn, p->args, p->kw, p->dict ? p->dict : pym_None);
    PymObject *r = fnargs && state ? pym_tuple_pack(3, (PymObject *)PYM_TYPE(self), fnargs, state)
                                   : NULL;
    PYM_XDECREF(fnargs);
    PYM_XDECREF(state);
    return r;
}

// __setstate__(state): restores (fn, args, kw, dict)
static PymObject *partial_setstate(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("__setstate__", n, kw, 1, 1) < 0) return NULL;
    PymObject *st = a[0];
    if (!PYM_TUPLE_CHECK(st) || PYM_SIZE(st) != 4) {
        pym_err_set_string(PymExc_TypeError, "invalid partial state");
        return NULL;
    }
    PymObject *fn = PYM_TUPLE_GET(st, 0), *fargs = PYM_TUPLE_GET(st, 1);
    PymObject *fkw = PYM_TUPLE_GET(st, 2), *dict = PYM_TUPLE_GET(st, 3);
    if (!pym_callable_check(fn) || !PYM_TUPLE_CHECK(fargs) ||
        (fkw != pym_None && !PYM_DICT_CHECK(fkw))) {
        pym_err_set_string(PymExc_TypeError, "invalid partial state");
        return NULL;
    }
    Partial *p = (Partial *)self;
    PymObject *nargs = pym_tuple_from_array(PYM_TUPLE_ITEMS(fargs), PYM_SIZE(fargs));
    PymObject *nkw = fkw == pym_None ? pym_dict_new() : pym_dict_copy(fkw);
    if (!nargs || !nkw) {
        PYM_XDECREF(nargs);
        PYM_XDECREF(nkw);
        return NULL;
    }
    PYM_SETREF(p->fn, pym_newref(fn));
    PYM_SETREF(p->args, nargs);
    PYM_SETREF(p->kw, nkw);
    PYM_SETREF(p->dict, dict == pym_None ? NULL : pym_newref(dict));
    PYM_RETURN_NONE;
}

static PymMethodDef partial_methods[] = {
    {"__reduce__", partial_reduce, 0, NULL},
    {"__setstate__", partial_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PymMemberDef partial_members[] = {
    {"func", PYM_T_OBJECT, offsetof(Partial, fn), PYM_READONLY,
     "function object to use in future partial calls"},
    {"args", PYM_T_OBJECT, offsetof(Partial, args), PYM_READONLY,
     "tuple of arguments to future partial calls"},
    {"keywords", PYM_T_OBJECT, offsetof(Partial, kw), PYM_READONLY,
     "dictionary of keyword arguments to future partial calls"},
    {NULL, 0, 0, 0, NULL},
};

static PymType partial_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "functools.partial",
    .tp_basicsize = sizeof(Partial),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = partial_dealloc,
    .tp_traverse = partial_traverse,
    .tp_clear = partial_clear,
    .tp_repr = partial_repr,
    .tp_getattro = pym_object_generic_getattr,
    .tp_setattro = pym_object_generic_setattr,
    .tp_call = partial_call,
    .tp_dictoffset = offsetof(Partial, dict),
    .tp_weaklistoffset = offsetof(Partial, weakreflist),
    .tp_methods = partial_methods,
    .tp_members = partial_members,
    .tp_getset = inst_dict_getset,
    .tp_new = partial_new,
    .tp_free = pym_object_free,
    .tp_doc = "partial(func, *args, **keywords) - new function with partial application\n    of "
              "the given arguments and keywords.\n",
};

/* {====== reduce ======} */

// reduce(function, iterable[, initial]) -> value
static PymObject *ft_reduce(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_no_kwargs("reduce", kw) < 0) return NULL;
    if (n < 2 || n > 3) {
        pym_err_format(PymExc_TypeError, "reduce expected at %s %d arguments, got %zd",
                       n < 2 ? "least" : "most", n < 2 ? 2 : 3, (intptr_t)n);
        return NULL;
    }
    PymObject *it = pym_object_getiter(a[1]);
    if (!it) {
        if (pym_err_matches((PymObject *)PymExc_TypeError)) {
            pym_err_clear();
            pym_err_set_string(PymExc_TypeError, "reduce() arg 2 must support iteration");
        }
        return NULL;
    }
    PymObject *result = n == 3 ? pym_newref(a[2]) : NULL;
    for (;;) {
        PymObject *item = pym_iter_next(it);
        if (!item) break;
        if (!result) {
            result = item;
            continue;
        }
        PymObject *r = pym_call(a[0], (PymObject *[]){result, item}, 2, NULL);
        PYM_DECREF(result);
        PYM_DECREF(item);
        if (!r) {
            PYM_DECREF(it);
            return NULL;
        }
        result = r;
    }
    PYM_DECREF(it);
    if (pym_err_occurred()) {
        PYM_XDECREF(result);
        return NULL;
    }
    if (!result)
        pym_err_set_string(PymExc_TypeError, "reduce() of empty iterable with no initial value");
    return result;
}

/* {====== cmp_to_key ======} */

typedef struct {
    PymObject ob_base;
    PymObject *cmp;
    PymObject *object; /* NULL in the factory returned by cmp_to_key */
} KeyObject;

static PymType keyobject_type;

static int key_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((KeyObject *)o)->cmp);
    PYM_VISIT(((KeyObject *)o)->object);
    return 0;
}
static int key_clear(PymObject *o) {
    PYM_CLEAR(((KeyObject *)o)->cmp);
    PYM_CLEAR(((KeyObject *)o)->object);
    return 0;
}
static void key_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    if (!pym_trashcan_begin(o)) return;
    key_clear(o);
    PYM_TYPE(o)->tp_free(o);
    pym_trashcan_end();
}

static PymObject *key_make(PymObject *cmp, PymObject *object) {
    KeyObject *k = (KeyObject *)pym_object_alloc(&keyobject_type, 0);
    if (!k) return NULL;
    k->cmp = pym_newref(cmp);
    k->object = pym_xnewref(object);
    pym_gc_track((PymObject *)k);
    return (PymObject *)k;
}

static PymObject *key_call(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    static const char *const names[] = {"obj", NULL};
    PymObject *out[1] = {NULL};
    if (nargs + pym_arg_nkw(kwnames) > 1) {
        pym_err_format(PymExc_TypeError, "K() takes at most 1 argument (%zd given)",
                       (intptr_t)(nargs + pym_arg_nkw(kwnames)));
        return NULL;
    }
    if (pym_arg_unpack("K", args, nargs, kwnames, names, 1, -1, out) < 0) return NULL;
    return key_make(((KeyObject *)self)->cmp, out[0]);
}

static PymObject *key_richcompare(PymObject *a, PymObject *b, int op) {
    if (!PYM_IS_TYPE(b, &keyobject_type)) {
        pym_err_set_string(PymExc_TypeError, "other argument must be K instance");
        return NULL;
    }
    KeyObject *ka = (KeyObject *)a, *kb = (KeyObject *)b;
    if (!ka->object || !kb->object) {
        pym_err_set_string(PymExc_AttributeError, "object");
        return NULL;
    }
    PymObject *r = pym_call(ka->cmp, (PymObject *[]){ka->object, kb->object}, 2, NULL);
    if (!r) return NULL;
    PymObject *zero = pym_int_from_long(0);
    PymObject *res = pym_object_richcompare(r, zero, op);
    PYM_DECREF(zero);
    PYM_DECREF(r);
    return res;
}

static PymMemberDef key_members[] = {
    {"obj", PYM_T_OBJECT, offsetof(KeyObject, object), 0, "Value wrapped by a key function."},
    {NULL, 0, 0, 0, NULL},
};

static PymType keyobject_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "functools.KeyWrapper",
    .tp_basicsize = sizeof(KeyObject),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = key_dealloc,
    .tp_traverse = key_traverse,
    .tp_clear = key_clear,
    .tp_richcompare = key_richcompare,
    .tp_getattro = pym_object_generic_getattr,
    .tp_setattro = pym_object_generic_setattr,
    .tp_call = key_call,
    .tp_members = key_members,
    .tp_free = pym_object_free,
};

// cmp_to_key(mycmp) -> a key function for sorted(), min() ...
static PymObject *ft_cmp_to_key(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    static const char *const names[] = {"mycmp", NULL};
    PymObject *out[1] = {NULL};
    if (pym_arg_unpack("cmp_to_key", a, n, kw, names, 1, -1, out) < 0) return NULL;
    return key_make(out[0], NULL);
}

/* {====== _lru_cache_wrapper ======}
** A bounded cache keeps its entries on a circular doubly linked list of
** links, oldest first after the root; the dict maps key -> link (and
** owns the links).  A hit moves its link to the end; a miss on a full
** cache reuses the oldest link for the new entry.  The links are not GC
** objects: the wrapper's traverse visits their keys and results, as
** CPython's does.  An unbounded cache maps key -> result directly. */

typedef struct Link {
    PymObject ob_base;
    struct Link *prev, *next;
    intptr_t hash;
    PymObject *key, *result;
} Link;

static void link_dealloc(PymObject *o) {
    Link *l = (Link *)o;
    PYM_XDECREF(l->key);
    PYM_XDECREF(l->result);
    PYM_TYPE(o)->tp_free(o);
}

static PymType link_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "functools._lru_list_elem",
    .tp_basicsize = sizeof(Link),
    .tp_dealloc = link_dealloc,
    .tp_getattro = pym_object_generic_getattr,
    .tp_free = pym_object_free,
};

struct LruWrapper;
/* The call path chosen at creation: no cache, unbounded or bounded. */
typedef PymObject *(*lru_path)(struct LruWrapper *w, PymObject *const *args, size_t nargs,
                               PymObject *kwnames);

typedef struct LruWrapper {
    PymObject ob_base;
    lru_path wrapper;
    PymObject *func;
    PymObject *cache; /* dict: key -> Link (bounded) or result (unbounded) */
    PymObject *cache_info_type;
    PymObject *dict;
    PymObject *weakreflist;
    intptr_t maxsize; /* -1: unbounded */
    intptr_t hits, misses;
    bool typed;
    Link root; /* list head: root.next oldest, root.prev newest */
} LruWrapper;

static PymType lru_type;
/* the separator of positional and keyword parts of keys: a static object()
** outside the allocator, never freed */
static PymObject kwd_mark_struct = {1L << 40, &pym_type_object};
#define kwd_mark (&kwd_mark_struct)

static PymObject *lru_path_uncached(LruWrapper *w, PymObject *const *args, size_t nargs,
                                    PymObject *kwnames);
static PymObject *lru_path_unbounded(LruWrapper *w, PymObject *const *args, size_t nargs,
                                     PymObject *kwnames);
static PymObject *lru_path_bounded(LruWrapper *w, PymObject *const *args, size_t nargs,
                                   PymObject *kwnames);

static void link_unlink(Link *l) {
    l->prev->next = l->next;
    l->next->prev = l->prev;
}

static void link_append(LruWrapper *w, Link *l) {
    Link *root = &w->root, *last = root->prev;
    last->next = root->prev = l;
    l->prev = last;
    l->next = root;
}

static PymObject *lru_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    static const char *const names[] = {"user_function", "maxsize", "typed", "cache_info_type",
                                        NULL};
    PymObject *out[4] = {NULL, NULL, NULL, NULL};
    if (pym_arg_unpack("_lru_cache_wrapper", args, nargs, kwnames, names, 4, -1, out) < 0)
        return NULL;
    if (!pym_callable_check(out[0])) {
        pym_err_set_string(PymExc_TypeError, "the first argument must be callable");
        return NULL;
    }
    intptr_t maxsize;
    if (out[1] == pym_None) {
        maxsize = -1;
    } else if (PYM_INT_CHECK(out[1])) {
        maxsize = pym_number_as_ssize(out[1], NULL);
        if (maxsize == -1 && pym_err_occurred()) return NULL;
        if (maxsize < 0) maxsize = 0;
    } else {
        pym_err_set_string(PymExc_TypeError, "maxsize should be integer or None");
        return NULL;
    }
    int typed = pym_object_is_true(out[2]);
    if (typed < 0) return NULL;
    LruWrapper *w = (LruWrapper *)pym_object_alloc(type, 0);
    if (!w) return NULL;
    w->root.prev = w->root.next = &w->root;
    w->cache = pym_dict_new();
    if (!w->cache) {
        PYM_DECREF(w);
        return NULL;
    }
    w->func = pym_newref(out[0]);
    w->cache_info_type = pym_newref(out[3]);
    w->maxsize = maxsize;
    w->typed = typed;
    w->wrapper = maxsize == 0  ? lru_path_uncached
                 : maxsize < 0 ? lru_path_unbounded
                               : lru_path_bounded;
    pym_gc_track((PymObject *)w);
    return (PymObject *)w;
}

static int lru_traverse(PymObject *o, visitproc visit, void *arg) {
    LruWrapper *w = (LruWrapper *)o;
    for (Link *l = w->root.next; l && l != &w->root; l = l->next) {
        PYM_VISIT(l->key);
        PYM_VISIT(l->result);
    }
    PYM_VISIT(w->func);
    PYM_VISIT(w->cache);
    PYM_VISIT(w->cache_info_type);
    PYM_VISIT(w->dict);
    return 0;
}

/* Empties the cache: the list first (the dict owns the links). */
static void lru_clear_cache(LruWrapper *w) {
    w->root.prev = w->root.next = &w->root;
    if (w->cache) pym_dict_clear(w->cache);
}

static int lru_clear(PymObject *o) {
    LruWrapper *w = (LruWrapper *)o;
    lru_clear_cache(w);
    PYM_CLEAR(w->func);
    PYM_CLEAR(w->cache);
    PYM_CLEAR(w->cache_info_type);
    PYM_CLEAR(w->dict);
    return 0;
}
static void lru_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    if (((LruWrapper *)o)->weakreflist) pym_object_clear_weakrefs(o);
    lru_clear(o);
    PYM_TYPE(o)->tp_free(o);
}

/* The cache key of a call (new ref), as CPython's C lru_cache makes it. */
static PymObject *lru_make_key(LruWrapper *w, PymObject *const *args, size_t nargs,
                               PymObject *kwnames) {
    size_t nkw = pym_arg_nkw(kwnames);
    if (!w->typed && nkw == 0) {
        if (nargs == 1 && (PYM_STR_CHECK_EXACT(args[0]) || PYM_INT_CHECK_EXACT(args[0])))
            return pym_newref(args[0]);
        return pym_tuple_from_array(args, (intptr_t)nargs);
    }
    intptr_t size = (intptr_t)nargs + (nkw ? 2 * (intptr_t)nkw + 1 : 0) +
                    (w->typed ? (intptr_t)(nargs + nkw) : 0);
    PymObject *key = pym_tuple_new(size);
    if (!key) return NULL;
    intptr_t k = 0;
    for (size_t i = 0; i < nargs; i++) PYM_TUPLE_SET(key, k++, pym_newref(args[i]));
    if (nkw) {
        PYM_TUPLE_SET(key, k++, pym_newref(kwd_mark));
        for (size_t i = 0; i < nkw; i++) {
            PYM_TUPLE_SET(key, k++, pym_newref(PYM_TUPLE_GET(kwnames, i)));
            PYM_TUPLE_SET(key, k++, pym_newref(args[nargs + i]));
        }
    }
    if (w->typed) {
        for (size_t i = 0; i < nargs; i++)
            PYM_TUPLE_SET(key, k++, pym_newref((PymObject *)PYM_TYPE(args[i])));
        for (size_t i = 0; i < nkw; i++)
            PYM_TUPLE_SET(key, k++, pym_newref((PymObject *)PYM_TYPE(args[nargs + i])));
    }
    return key;
}

static PymObject *lru_unbounded_hit_or_call(LruWrapper *w, PymObject *key, intptr_t hash,
                                            PymObject *const *args, size_t nargs,
                                            PymObject *kwnames) {
    PymObject *hit = pym_dict_getitem_hash(w->cache, key, hash);
    if (hit) {
        w->hits++;
        return pym_newref(hit);
    }
    if (pym_err_occurred()) return NULL;
    w->misses++;
    PymObject *result = pym_call(w->func, args, nargs, kwnames);
    if (!result) return NULL;
    if (pym_dict_setitem(w->cache, key, result) < 0) {
        PYM_DECREF(result);
        return NULL;
    }
    return result;
}

static PymObject *lru_bounded_hit_or_call(LruWrapper *w, PymObject *key, intptr_t hash,
                                          PymObject *const *args, size_t nargs,
                                          PymObject *kwnames) {
    Link *l = (Link *)pym_dict_getitem_hash(w->cache, key, hash);
    if (l) {
        link_unlink(l);
        link_append(w, l);
        w->hits++;
        return pym_newref(l->result);
    }
    if (pym_err_occurred()) return NULL;
    w->misses++;
    PymObject *result = pym_call(w->func, args, nargs, kwnames);
    if (!result) return NULL;
    /* the call may have cached the same key (recursion): keep that entry */
    if (pym_dict_getitem_hash(w->cache, key, hash)) return result;
    if (pym_err_occurred()) {
        PYM_DECREF(result);
        return NULL;
    }
    if (pym_dict_size(w->cache) < w->maxsize || w->root.next == &w->root) {
        Link *n = (Link *)pym_object_alloc(&link_type, 0);
        if (!n) {
            PYM_DECREF(result);
            return NULL;
        }
        n->hash = hash;
        n->key = pym_newref(key);
        n->result = pym_newref(result);
        if (pym_dict_setitem(w->cache, key, (PymObject *)n) < 0) {
            PYM_DECREF(n);
            PYM_DECREF(result);
            return NULL;
        }
        link_append(w, n);
        PYM_DECREF(n); /* the dict owns it */
        return result;
    }
    /* full: recycle the oldest link for the new entry */
    Link *old = w->root.next;
    link_unlink(old);
    PYM_INCREF(old);
    PymObject *popped = pym_dict_pop(w->cache, old->key);
    if (!popped) {
        /* the key vanished or failed to compare: drop the link */
        PYM_DECREF(old);
        if (pym_err_occurred()) {
            PYM_DECREF(result);
            return NULL;
        }
        return result;
    }
    PYM_DECREF(popped);
    PymObject *oldkey = old->key, *oldresult = old->result;
    old->hash = hash;
    old->key = pym_newref(key);
    old->result = pym_newref(result);
    int rc = pym_dict_setitem(w->cache, key, (PymObject *)old);
    if (rc == 0) link_append(w, old);
    PYM_DECREF(old);
    PYM_DECREF(oldkey); /* may run arbitrary code: the cache is consistent now */
    PYM_DECREF(oldresult);
    if (rc < 0) {
        PYM_DECREF(result);
        return NULL;
    }
    return result;
}

/* The three call paths (LruWrapper.wrapper). */
static PymObject *lru_path_uncached(LruWrapper *w, PymObject *const *args, size_t nargs,
                                    PymObject *kwnames) {
    w->misses++;
    return pym_call(w->func, args, nargs, kwnames);
}

static PymObject *lru_path_keyed(LruWrapper *w, PymObject *const *args, size_t nargs,
                                 PymObject *kwnames, bool bounded) {
    PymObject *key = lru_make_key(w, args, nargs, kwnames);
    if (!key) return NULL;
    intptr_t hash = pym_object_hash(key);
    PymObject *r = NULL;
    if (hash != -1 || !pym_err_occurred())
        r = bounded ? lru_bounded_hit_or_call(w, key, hash, args, nargs, kwnames)
                    : lru_unbounded_hit_or_call(w, key, hash, args, nargs, kwnames);
    PYM_DECREF(key);
    return r;
}

static PymObject *lru_path_unbounded(LruWrapper *w, PymObject *const *args, size_t nargs,
                                     PymObject *kwnames) {
    return lru_path_keyed(w, args, nargs, kwnames, false);
}

static PymObject *lru_path_bounded(LruWrapper *w, PymObject *const *args, size_t nargs,
                                   PymObject *kwnames) {
    return lru_path_keyed(w, args, nargs, kwnames, true);
}

static PymObject *lru_call(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    LruWrapper *w = (LruWrapper *)self;
    return w->wrapper(w, args, nargs, kwnames);
}

static PymObject *lru_descr_get(PymObject *self, PymObject *obj, PymObject *type) {
    if (!obj || obj == pym_None) return pym_newref(self);
    return pym_method_new(self, obj);
}

// cache_info() -> CacheInfo(hits, misses, maxsize, currsize)
static PymObject *lru_cache_info(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("cache_info", n, kw, 0, 0) < 0) return NULL;
    LruWrapper *w = (LruWrapper *)self;
    PymObject *hits = pym_int_from_ssize(w->hits);
    PymObject *misses = pym_int_from_ssize(w->misses);
    PymObject *maxsize = w->maxsize < 0 ? pym_newref(pym_None) : pym_int_from_ssize(w->maxsize);
    PymObject *cur = pym_int_from_ssize(pym_dict_size(w->cache));
    PymObject *r = NULL;
    if (hits && misses && maxsize && cur)
        r = pym_call(w->cache_info_type, (PymObject *[]){hits, misses, maxsize, cur}, 4, NULL);
    PYM_XDECREF(hits);
    PYM_XDECREF(misses);
    PYM_XDECREF(maxsize);
    PYM_XDECREF(cur);
    return r;
}

// cache_clear() -> None: empties the cache and zeroes the statistics
static PymObject *lru_cache_clear(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("cache_clear", n, kw, 0, 0) < 0) return NULL;
    LruWrapper *w = (LruWrapper *)self;
    w->hits = w->misses = 0;
    lru_clear_cache(w);
    PYM_RETURN_NONE;
}

static PymObject *lru_reduce(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    return pym_object_getattr(self, PYM_ID(__qualname__));
}

static PymObject *lru_copy(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    return pym_newref(self);
}

static PymMethodDef lru_methods[] = {
    {"cache_info", lru_cache_info, 0, "Report cache statistics"},
    {"cache_clear", lru_cache_clear, 0, "Clear the cache and cache statistics"},
    {"__reduce__", lru_reduce, 0, NULL},
    {"__copy__", lru_copy, 0, NULL},
    {"__deepcopy__", lru_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PymType lru_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "functools._lru_cache_wrapper",
    .tp_basicsize = sizeof(LruWrapper),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_dealloc = lru_dealloc,
    .tp_traverse = lru_traverse,
    .tp_clear = lru_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_setattro = pym_object_generic_setattr,
    .tp_call = lru_call,
    .tp_descr_get = lru_descr_get,
    .tp_dictoffset = offsetof(LruWrapper, dict),
    .tp_weaklistoffset = offsetof(LruWrapper, weakreflist),
    .tp_methods = lru_methods,
    .tp_getset = inst_dict_getset,
    .tp_new = lru_new,
    .tp_free = pym_object_free,
    .tp_doc = "Create a cached callable that wraps another function.\n\nuser_function:      the "
              "function being cached\n\nmaxsize:  0         for no caching\n          None      "
              "for unlimited cache size\n          n         for a bounded cache\n\ntyped:    "
              "False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) "
              "and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the "
              "fields:\n                        hits misses currsize maxsize\n",
};

static PymMethodDef functools_functions[] = {
    {"reduce", ft_reduce, 0,
     "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments "
     "cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce "
     "the iterable to a single\nvalue."},
    {"cmp_to_key", ft_cmp_to_key, 0, "Convert a cmp= function into a key= function."},
    {NULL, NULL, 0, NULL},
};

/* Creates the _functools module (new ref); called by the import system. */
PymObject *pym_functools_module_init(void) {
    if (pym_type_ready(&partial_type) < 0 || pym_type_ready(&keyobject_type) < 0 ||
        pym_type_ready(&lru_type) < 0 || pym_type_ready(&link_type) < 0)
        return NULL;
    PymObject *m = pym_module_new("_functools");
    if (!m) return NULL;
    if (pym_module_add_functions(m, functools_functions) < 0 ||
        pym_module_add_object(m, "partial", (PymObject *)&partial_type) < 0 ||
        pym_module_add_object(m, "_lru_cache_wrapper", (PymObject *)&lru_type) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
