/*
** weakrefobject.c -- weak references: 'weakref' (weakref.ReferenceType),
** weakref.ProxyType, weakref.CallableProxyType, the per-object lists, and
** the two places references are cleared: a referent's tp_dealloc
** (pym_object_clear_weakrefs) and the collector (gc_handle_weakrefs).
** The contracts are in weakrefobject.h.
*/
#include "pym.h"
#include "genericalias.h"
#include "weakrefobject.h"
#include "gc.h"

typedef PymWeakReference WR;

#define WLIST(o)        ((WR **)((char *)(o) + PYM_TYPE(o)->tp_weaklistoffset))
#define IS_REF_EXACT(o) (PYM_TYPE(o) == &pym_type_weakref)

/* {====== the list ======} */

/* Detaches self from its referent's list (self then answers None).  The
** callback is kept. */
static void unlink_ref(WR *self) {
    if (self->wr_object != pym_None) {
        WR **list = WLIST(self->wr_object);
        if (*list == self) *list = self->wr_next;
        self->wr_object = pym_None;
        if (self->wr_prev) self->wr_prev->wr_next = self->wr_next;
        if (self->wr_next) self->wr_next->wr_prev = self->wr_prev;
        self->wr_prev = self->wr_next = NULL;
    }
}

/* Detaches self and drops its callback. */
static void clear_weakref(WR *self) {
    unlink_ref(self);
    PYM_CLEAR(self->wr_callback);
}

/* The shared callback-less ref and proxy at the head of a list, if any. */
static void get_basic_refs(WR *head, WR **refp, WR **proxyp) {
    *refp = *proxyp = NULL;
    if (head && !head->wr_callback) {
        if (IS_REF_EXACT(head)) {
            *refp = head;
            head = head->wr_next;
        }
        if (head && !head->wr_callback && PYM_WEAKREF_PROXY_CHECK(head)) *proxyp = head;
    }
}

static void insert_head(WR *self, WR **list) {
    WR *next = *list;
    self->wr_prev = NULL;
    self->wr_next = next;
    if (next) next->wr_prev = self;
    *list = self;
}

static void insert_after(WR *self, WR *prev) {
    self->wr_prev = prev;
    self->wr_next = prev->wr_next;
    if (prev->wr_next) prev->wr_next->wr_prev = self;
    prev->wr_next = self;
}

intptr_t pym_weakref_count(PymObject *o) {
    if (!pym_type_supports_weakrefs(PYM_TYPE(o))) return 0;
    intptr_t n = 0;
    for (WR *w = *WLIST(o); w; w = w->wr_next) n++;
    return n;
}

PymObject *pym_weakref_get_object(PymObject *ref) { return ((WR *)ref)->wr_object; }

static PymObject *ref_call(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames);

/* A new reference object of type t to ob (not linked yet, tracked). */
static WR *new_weakref(PymType *t, PymObject *ob, PymObject *callback) {
    WR *self = (WR *)pym_object_alloc(t, 0);
    if (!self) return NULL;
    self->hash = -1;
    self->wr_object = ob;
    self->wr_callback = PYM_XNEWREF(callback);
    self->vectorcall = ref_call;
    pym_gc_track((PymObject *)self);
    return self;
}

static int check_referenceable(PymObject *ob) {
    if (pym_type_supports_weakrefs(PYM_TYPE(ob))) return 0;
    pym_err_format(PymExc_TypeError, "cannot create weak reference to '%s' object",
                   pym_type_name(ob));
    return -1;
}

/* ref(ob, callback) of type t (weakref or a subclass).  New reference. */
static PymObject *make_ref(PymType *t, PymObject *ob, PymObject *callback) {
    if (pym_weakref_init() < 0 || check_referenceable(ob) < 0) return NULL;
    if (callback == pym_None) callback = NULL;
    WR **list = WLIST(ob), *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    bool basic = !callback && t == &pym_type_weakref;
    if (basic && ref) return pym_newref((PymObject *)ref);
    WR *self = new_weakref(t, ob, callback);
    if (!self) return NULL;
    /* the allocation may have run the collector (and callbacks): look again */
    get_basic_refs(*list, &ref, &proxy);
    if (basic) {
        if (ref) {
            PYM_DECREF(self);
            return pym_newref((PymObject *)ref);
        }
        insert_head(self, list);
    } else {
        WR *prev = proxy ? proxy : ref;
        if (prev)
            insert_after(self, prev);
        else
            insert_head(self, list);
    }
    return (PymObject *)self;
}

PymObject *pym_weakref_new_ref(PymObject *ob, PymObject *callback) {
    return make_ref(&pym_type_weakref, ob, callback);
}

PymObject *pym_weakref_new_proxy(PymObject *ob, PymObject *callback) {
    if (pym_weakref_init() < 0 || check_referenceable(ob) < 0) return NULL;
    if (callback == pym_None) callback = NULL;
    WR **list = WLIST(ob), *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    if (!callback && proxy) return pym_newref((PymObject *)proxy);
    PymType *t = pym_callable_check(ob) ? &pym_type_weakcallableproxy : &pym_type_weakproxy;
    WR *self = new_weakref(t, ob, callback);
    if (!self) return NULL;
    get_basic_refs(*list, &ref, &proxy);
    if (!callback) {
        if (proxy) {
            PYM_DECREF(self);
            return pym_newref((PymObject *)proxy);
        }
        if (ref)
            insert_after(self, ref);
        else
            insert_head(self, list);
    } else {
        WR *prev = proxy ? proxy : ref;
        if (prev)
            insert_after(self, prev);
        else
            insert_head(self, list);
    }
    return (PymObject *)self;
}

/* {====== clearing ======} */

static void handle_callback(WR *ref, PymObject *callback) {
    PymObject *r = pym_call_onearg(callback, (PymObject *)ref);
    if (!r)
        pym_err_write_unraisable(callback);
    else
        PYM_DECREF(r);
}

void pym_object_clear_weakrefs(PymObject *o) {
    if (!o || !pym_type_supports_weakrefs(PYM_TYPE(o))) return;
    WR **list = WLIST(o);
    /* the callback-less basic ref and proxy first: nothing to call */
    if (*list && !(*list)->wr_callback) {
        clear_weakref(*list);
        if (*list && !(*list)->wr_callback) clear_weakref(*list);
    }
    if (!*list) return;
    intptr_t count = 0;
    for (WR *w = *list; w; w = w->wr_next) count++;
    struct {
        WR *ref;
        PymObject *cb;
    } small[8], *pairs = small;
    if (count > 8) {
        pairs = pym_obj_malloc((size_t)count * sizeof(*pairs));
        if (!pairs) {
            /* no memory: clear without calling */
            while (*list) clear_weakref(*list);
            pym_err_clear();
            return;
        }
    }
    PymObject *saved = pym_err_fetch();
    /* detach all of them before any callback runs */
    WR *cur = *list;
    for (intptr_t i = 0; i < count; i++) {
        WR *next = cur->wr_next;
        PymObject *cb = cur->wr_callback;
        cur->wr_callback = NULL;
        if (PYM_REFCNT(cur) > 0) {
            pairs[i].ref = (WR *)pym_newref((PymObject *)cur);
            pairs[i].cb = cb;
        } else {
            pairs[i].ref = NULL;
            pairs[i].cb = NULL;
            PYM_XDECREF(cb);
        }
        unlink_ref(cur);
        cur = next;
    }
    for (intptr_t i = 0; i < count; i++) {
        if (!pairs[i].ref) continue;
        if (pairs[i].cb) handle_callback(pairs[i].ref, pairs[i].cb);
        PYM_XDECREF(pairs[i].cb);
        PYM_DECREF(pairs[i].ref);
    }
    if (pairs != small) pym_obj_free(pairs);
    pym_err_restore(saved);
}

/* The collector's part (CPython 3.11's handle_weakrefs).  Every object in
** unreachable is garbage.  All weak references to those objects are cleared
** before any callback runs, so a callback can never reach garbage through a
** weak reference.  A reference that is itself garbage (a member of
** unreachable, still COLLECTING) gets no callback: it may be torn down by
** tp_clear and its callback may see half-cleared objects.  References that
** are garbage are also detached even when their referent is not garbage
** (it may die while the cycle is broken).  The callbacks of the remaining
** references run afterwards; each such reference is moved onto a private
** list while its callback runs and then to old, unless the callback freed
** it, in which case it counts in the collected total (the return value). */
static intptr_t gc_handle_weakrefs(PymGCHead *unreachable, PymGCHead *old) {
    PymGCHead wrcb_to_call;
    intptr_t num_freed = 0;
    pym_gc_list_init(&wrcb_to_call);
    PymGCHead *next;
    for (PymGCHead *g = (PymGCHead *)unreachable->gc_next; g != unreachable; g = next) {
        PymObject *op = PYM_FROM_GC(g);
        next = (PymGCHead *)g->gc_next;
        if (PYM_WEAKREF_CHECK(op)) unlink_ref((WR *)op); /* keeps the callback */
        if (!pym_type_supports_weakrefs(PYM_TYPE(op))) continue;
        WR **list = WLIST(op);
        for (WR *wr = *list; wr; wr = *list) {
            unlink_ref(wr);
            if (!wr->wr_callback) continue;
            if (pym_gc_is_collecting((PymObject *)wr)) continue; /* garbage itself */
            PYM_INCREF(wr);
            pym_gc_list_move(PYM_AS_GC(wr), &wrcb_to_call);
        }
    }
    while (wrcb_to_call.gc_next != (uintptr_t)&wrcb_to_call) {
        PymGCHead *g = (PymGCHead *)wrcb_to_call.gc_next;
        WR *wr = (WR *)PYM_FROM_GC(g);
        handle_callback(wr, wr->wr_callback);
        PYM_DECREF(wr);
        if (wrcb_to_call.gc_next == (uintptr_t)g)
            pym_gc_list_move(g, old);
        else
            num_freed++;
    }
    return num_freed;
}

/* {====== weakref (ReferenceType) ======} */

static PymObject *ref_call(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    if (pym_arg_no_kwargs("weakref", kwnames) < 0) return NULL;
    if (nargs != 0) {
        pym_err_format(PymExc_TypeError, "weakref expected 0 arguments, got %zd", (intptr_t)nargs);
        return NULL;
    }
    return pym_newref(((WR *)self)->wr_object);
}

static int unpack_ob_callback(const char *fname, PymObject *const *args, size_t nargs,
                              PymObject **ob, PymObject **callback) {
    if (nargs < 1 || nargs > 2) {
        pym_err_format(PymExc_TypeError, "%s expected %s %d argument%s, got %zd", fname,
                       nargs < 1 ? "at least" : "at most", nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s",
                       (intptr_t)nargs);
        return -1;
    }
    *ob = args[0];
    *callback = nargs > 1 ? args[1] : NULL;
    return 0;
}

static PymObject *ref_new(PymType *t, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    PymObject *ob, *callback;
    if (unpack_ob_callback("__new__", args, nargs, &ob, &callback) < 0) return NULL;
    return make_ref(t, ob, callback);
}

static int ref_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    PymObject *ob, *callback;
    if (unpack_ob_callback("__init__", args, nargs, &ob, &callback) < 0) return -1;
    return pym_arg_no_kwargs("ref", kwnames);
}

static void ref_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    clear_weakref((WR *)o);
    PYM_TYPE(o)->tp_free(o);
}

static int ref_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((WR *)o)->wr_callback);
    return 0;
}

static int ref_clear(PymObject *o) {
    clear_weakref((WR *)o);
    return 0;
}

static intptr_t ref_hash(PymObject *o) {
    WR *self = (WR *)o;
    if (self->hash != -1) return self->hash;
    PymObject *obj = self->wr_object;
    if (obj == pym_None) {
        pym_err_set_string(PymExc_TypeError, "weak object has gone away");
        return -1;
    }
    PYM_INCREF(obj);
    self->hash = pym_object_hash(obj);
    PYM_DECREF(obj);
    return self->hash;
}

static PymObject *ref_repr(PymObject *o) {
    WR *self = (WR *)o;
    PymObject *obj = self->wr_object;
    if (obj == pym_None) return pym_str_from_format("<weakref at %p; dead>", (void *)o);
    PYM_INCREF(obj);
    PymObject *name = NULL, *r;
    if (pym_object_lookup_attr(obj, PYM_ID(__name__), &name) < 0) {
        PYM_DECREF(obj);
        return NULL;
    }
    if (name && PYM_STR_CHECK(name))
        r = pym_str_from_format("<weakref at %p; to '%s' at %p (%U)>", (void *)o,
                                pym_type_name(obj), (void *)obj, name);
    else
        r = pym_str_from_format("<weakref at %p; to '%s' at %p>", (void *)o, pym_type_name(obj),
                                (void *)obj);
    PYM_XDECREF(name);
    PYM_DECREF(obj);
    return r;
}

static PymObject *ref_richcompare(PymObject *a, PymObject *b, int op) {
    if ((op != PYM_EQ && op != PYM_NE) || !PYM_WEAKREF_REF_CHECK(a) || !PYM_WEAKREF_REF_CHECK(b))
        PYM_RETURN_NOTIMPL;
    PymObject *x = ((WR *)a)->wr_object, *y = ((WR *)b)->wr_object;
    if (x == pym_None || y == pym_None) {
        bool res = a == b;
        if (op == PYM_NE) res = !res;
        return pym_newref(res ? pym_True : pym_False);
    }
    PYM_INCREF(x);
    PYM_INCREF(y);
    PymObject *r = pym_object_richcompare(x, y, op);
    PYM_DECREF(x);
    PYM_DECREF(y);
    return r;
}

static PymMemberDef ref_members[] = {
    {"__callback__", PYM_T_OBJECT, offsetof(WR, wr_callback), PYM_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PymMethodDef ref_methods[] = {
    {"__class_getitem__", pym_generic_alias_class_getitem, PYM_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

PymType pym_type_weakref = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "weakref.ReferenceType",
    .tp_basicsize = sizeof(WR),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = ref_dealloc,
    .tp_traverse = ref_traverse,
    .tp_clear = ref_clear,
    .tp_repr = ref_repr,
    .tp_hash = ref_hash,
    .tp_richcompare = ref_richcompare,
    .tp_getattro = pym_object_generic_getattr,
    .tp_call = ref_call,
    .tp_members = ref_members,
    .tp_methods = ref_methods,
    .tp_new = ref_new,
    .tp_init = ref_init,
    .tp_free = pym_object_free,
};

/* {====== proxies ======} */

/* The live referent of a proxy (new reference), or NULL + ReferenceError. */
static PymObject *unwrap(PymObject *p) {
    PymObject *obj = ((WR *)p)->wr_object;
    if (obj == pym_None) {
        pym_err_set_string(PymExc_ReferenceError, "weakly-referenced object no longer exists");
        return NULL;
    }
    return pym_newref(obj);
}

/* Like unwrap for proxies; any other object is returned as it is. */
static PymObject *unwrap_any(PymObject *o) {
    return PYM_WEAKREF_PROXY_CHECK(o) ? unwrap(o) : pym_newref(o);
}

#define PROXY_UNARY(NAME, CALL) \
    static PymObject *NAME(PymObject *p) { \
        PymObject *o = unwrap(p); \
        if (!o) return NULL; \
        PymObject *r = CALL(o); \
        PYM_DECREF(o); \
        return r; \
    }

PROXY_UNARY(proxy_str, pym_object_str)
PROXY_UNARY(proxy_getiter, pym_object_getiter)
PROXY_UNARY(proxy_neg, pym_number_negative)
PROXY_UNARY(proxy_pos, pym_number_positive)
PROXY_UNARY(proxy_abs, pym_number_absolute)
PROXY_UNARY(proxy_invert, pym_number_invert)
PROXY_UNARY(proxy_int, pym_number_int)
PROXY_UNARY(proxy_float, pym_number_float)
PROXY_UNARY(proxy_index, pym_number_index)

static PymObject *proxy_repr(PymObject *p) {
    PymObject *obj = ((WR *)p)->wr_object;
    return pym_str_from_format("<weakproxy at %p to %s at %p>", (void *)p, pym_type_name(obj),
                               (void *)obj);
}

static void proxy_binop_for(int op, PymObject **res, PymObject *a, PymObject *b) {
    PymObject *x = unwrap_any(a);
    if (!x) {
        *res = NULL;
        return;
    }
    PymObject *y = unwrap_any(b);
    if (!y) {
        PYM_DECREF(x);
        *res = NULL;
        return;
    }
    *res = pym_number_binop(x, y, op);
    PYM_DECREF(x);
    PYM_DECREF(y);
}

#define PROXY_BINOP(OP) \
    static PymObject *proxy_binop_##OP(PymObject *a, PymObject *b) { \
        PymObject *r; \
        proxy_binop_for(OP, &r, a, b); \
        return r; \
    }
PROXY_BINOP(0)
PROXY_BINOP(1)
PROXY_BINOP(2)
PROXY_BINOP(3)
PROXY_BINOP(4)
PROXY_BINOP(5)
PROXY_BINOP(6)
PROXY_BINOP(7)
PROXY_BINOP(8)
PROXY_BINOP(9)
PROXY_BINOP(10)
PROXY_BINOP(11)
PROXY_BINOP(12)
PROXY_BINOP(13)
PROXY_BINOP(14)
PROXY_BINOP(15)
PROXY_BINOP(16)
PROXY_BINOP(17)
PROXY_BINOP(18)
PROXY_BINOP(19)
PROXY_BINOP(20)
PROXY_BINOP(21)
PROXY_BINOP(22)
PROXY_BINOP(23)
PROXY_BINOP(24)
PROXY_BINOP(25)

#define PROXY_BINOPS \
    { \
        proxy_binop_0, proxy_binop_1, proxy_binop_2, proxy_binop_3, proxy_binop_4, proxy_binop_5, \
            proxy_binop_6, proxy_binop_7, proxy_binop_8, proxy_binop_9, proxy_binop_10, \
            proxy_binop_11, proxy_binop_12, proxy_binop_13, proxy_binop_14, proxy_binop_15, \
            proxy_binop_16, proxy_binop_17, proxy_binop_18, proxy_binop_19, proxy_binop_20, \
            proxy_binop_21, proxy_binop_22, proxy_binop_23, proxy_binop_24, proxy_binop_25 \
    }

static PymObject *proxy_power3(PymObject *a, PymObject *b, PymObject *c) {
    PymObject *x = unwrap_any(a), *y = NULL, *z = NULL, *r = NULL;
    if (x && (y = unwrap_any(b)) && (z = unwrap_any(c))) r = pym_number_power3(x, y, z);
    PYM_XDECREF(x);
    PYM_XDECREF(y);
    PYM_XDECREF(z);
    return r;
}

static int proxy_bool(PymObject *p) {
    PymObject *o = unwrap(p);
    if (!o) return -1;
    int r = pym_object_is_true(o);
    PYM_DECREF(o);
    return r;
}

static intptr_t proxy_len(PymObject *p) {
    PymObject *o = unwrap(p);
    if (!o) return -1;
    intptr_t r = pym_object_len(o);
    PYM_DECREF(o);
    return r;
}

static int proxy_contains(PymObject *p, PymObject *v) {
    PymObject *o = unwrap(p);
    if (!o) return -1;
    int r = pym_object_contains(o, v);
    PYM_DECREF(o);
    return r;
}

static PymObject *proxy_getitem(PymObject *p, PymObject *key) {
    PymObject *o = unwrap(p);
    if (!o) return NULL;
    PymObject *r = pym_object_getitem(o, key);
    PYM_DECREF(o);
    return r;
}

static int proxy_setitem(PymObject *p, PymObject *key, PymObject *v) {
    PymObject *o = unwrap(p);
    if (!o) return -1;
    int r = v ? pym_object_setitem(o, key, v) : pym_object_delitem(o, key);
    PYM_DECREF(o);
    return r;
}

static PymObject *proxy_getattr(PymObject *p, PymObject *name) {
    PymObject *o = unwrap(p);
    if (!o) return NULL;
    PymObject *r = pym_object_getattr(o, name);
    PYM_DECREF(o);
    return r;
}

static int proxy_setattr(PymObject *p, PymObject *name, PymObject *v) {
    PymObject *o = unwrap(p);
    if (!o) return -1;
    int r = pym_object_setattr(o, name, v);
    PYM_DECREF(o);
    return r;
}

static PymObject *proxy_richcompare(PymObject *a, PymObject *b, int op) {
    PymObject *x = unwrap_any(a);
    if (!x) return NULL;
    PymObject *y = unwrap_any(b);
    if (!y) {
        PYM_DECREF(x);
        return NULL;
    }
    PymObject *r = pym_object_richcompare(x, y, op);
    PYM_DECREF(x);
    PYM_DECREF(y);
    return r;
}

static PymObject *proxy_iternext(PymObject *p) {
    PymObject *o = unwrap(p);
    if (!o) return NULL;
    if (!PYM_TYPE(o)->tp_iternext) {
        pym_err_format(PymExc_TypeError, "Weakref proxy referenced a non-iterator '%.200s' object",
                       pym_type_name(o));
        PYM_DECREF(o);
        return NULL;
    }
    PymObject *r = pym_iter_next(o);
    PYM_DECREF(o);
    return r;
}

static PymObject *proxy_call(PymObject *p, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    PymObject *o = unwrap(p);
    if (!o) return NULL;
    PymObject *r = pym_call(o, args, nargs, kwnames);
    PYM_DECREF(o);
    return r;
}

/* __bytes__ and __reversed__: bytes(obj), reversed(obj) */
static PymObject *proxy_builtin_of(PymObject *p, const char *builtin) {
    PymObject *o = unwrap(p);
    if (!o) return NULL;
    PymObject *f = pym_dict_getitem_cstr(pym_builtins_dict(), builtin);
    PymObject *r = f ? pym_call_onearg(f, o) : NULL;
    if (!f && !pym_err_occurred())
        pym_err_format(PymExc_NameError, "name '%s' is not defined", builtin);
    PYM_DECREF(o);
    return r;
}

static PymObject *proxy_bytes(PymObject *p, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("__bytes__", n, kw, 0, 0) < 0) return NULL;
    return proxy_builtin_of(p, "bytes");
}

static PymObject *proxy_reversed(PymObject *p, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("__reversed__", n, kw, 0, 0) < 0) return NULL;
    return proxy_builtin_of(p, "reversed");
}

static PymMethodDef proxy_methods[] = {
    {"__bytes__", proxy_bytes, 0, NULL},
    {"__reversed__", proxy_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define PROXY_TYPE_BODY \
    .tp_basicsize = sizeof(WR), .tp_flags = PYM_TPFLAGS_HAVE_GC, .tp_dealloc = ref_dealloc, \
    .tp_traverse = ref_traverse, .tp_clear = ref_clear, .tp_repr = proxy_repr, \
    .tp_str = proxy_str, .tp_richcompare = proxy_richcompare, .tp_getattro = proxy_getattr, \
    .tp_setattro = proxy_setattr, .tp_iter = proxy_getiter, .tp_iternext = proxy_iternext, \
    .nb_binop = PROXY_BINOPS, .nb_power3 = proxy_power3, .nb_negative = proxy_neg, \
    .nb_positive = proxy_pos, .nb_absolute = proxy_abs, .nb_invert = proxy_invert, \
    .nb_bool = proxy_bool, .nb_int = proxy_int, .nb_float = proxy_float, .nb_index = proxy_index, \
    .sq_length = proxy_len, .mp_subscript = proxy_getitem, .mp_ass_subscript = proxy_setitem, \
    .sq_contains = proxy_contains, .tp_methods = proxy_methods, .tp_free = pym_object_free

PymType pym_type_weakproxy = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "weakref.ProxyType",
    PROXY_TYPE_BODY,
};

PymType pym_type_weakcallableproxy = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "weakref.CallableProxyType",
    .tp_call = proxy_call,
    PROXY_TYPE_BODY,
};

/* {====== start-up and shutdown ======} */

static PymObject *exitfunc; /* registered by lib/weakref.py (owned) */

int pym_weakref_init(void) {
    static bool done;
    if (done) return 0;
    if (pym_type_ready(&pym_type_weakref) < 0 || pym_type_ready(&pym_type_weakproxy) < 0 ||
        pym_type_ready(&pym_type_weakcallableproxy) < 0)
        return -1;
    pym_gc_weakref_hook = gc_handle_weakrefs;
    done = true;
    return 0;
}

/* For the _weakref module: replaces the exit function (NULL: none). */
void pym_weakref_set_exitfunc(PymObject *f) {
    PymObject *old = exitfunc;
    exitfunc = PYM_XNEWREF(f);
    PYM_XDECREF(old);
}

void pym_weakref_run_exitfunc(void) {
    PymObject *f = exitfunc;
    if (!f) return;
    exitfunc = NULL;
    PymObject *saved = pym_err_fetch();
    PymObject *r = pym_call_noargs(f);
    if (!r)
        pym_err_write_unraisable(f);
    else
        PYM_DECREF(r);
    PYM_DECREF(f);
    pym_err_restore(saved);
}
