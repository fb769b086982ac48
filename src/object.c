/*
** object.c -- object allocation, the None/NotImplemented/Ellipsis singletons
** and the generic object protocol: repr/str, hash, rich comparison, truth,
** attributes, items, iteration, formatting, numbers, calls, isinstance.
** Each function does what the CPython 3.11 abstract API does, with the
** same error messages; type-specific work is always delegated to slots.
*/
#include "pym.h"
#include "objreduce.h"
#include "genericalias.h"
#include "typeobject.h"
#include "frameobject.h"
#include "tracemalloc.h"

/* {===================================================================
** Allocation
** ==================================================================== */

/* The leak check notes the object; tracemalloc corrects its trace (the exact
** size of str/bytes/int, frames untraced: see tracemalloc.h). */
static __attribute__((noinline, cold)) void object_alloc_hooks(PymType *t, intptr_t nitems,
                                                               char *mem, size_t pre) {
    if (pym_leakcheck_active) pym_leakcheck_note_object(mem, pre);
    if (pym_tracemalloc_active) pym_tracemalloc_on_object(t, nitems, mem, pre);
}

PymObject *pym_object_alloc(PymType *t, intptr_t nitems) {
    size_t size = (size_t)t->tp_basicsize;
    if (nitems > 0) size += (size_t)nitems * (size_t)t->tp_itemsize;
    size = (size + 7) & ~(size_t)7;
    bool gc = (t->tp_flags & PYM_TPFLAGS_HAVE_GC) != 0;
    size_t pre = gc ? sizeof(PymGCHead) : 0;
    char *mem = pym_obj_malloc(pre + size);
    if (!mem) return pym_err_no_memory();
    memset(mem, 0, pre + size);
    PymObject *o = (PymObject *)(mem + pre);
    if (PYM_UNLIKELY(pym_leakcheck_active | pym_tracemalloc_active))
        object_alloc_hooks(t, nitems, mem, pre);
    o->ob_refcnt = 1;
    o->ob_type = t;
    if (t->tp_itemsize) ((PymVarObject *)o)->ob_size = nitems;
    if (t->tp_flags & PYM_TPFLAGS_HEAPTYPE) PYM_INCREF(t);
    if (gc) pym_gc_on_alloc();
    return o;
}

void pym_object_free(void *p) {
    PymObject *o = p;
    if (!o) return;
    if (PYM_IS_GC(o)) {
        /* PYM_DEBUG: tp_dealloc untracks first; a freed object still on a
        ** generation list would be visited by the next collection */
        PYM_ASSERT(!PYM_AS_GC(o)->gc_next);
        pym_gc_on_free();
        pym_obj_free(PYM_AS_GC(o));
    } else {
        pym_obj_free(o);
    }
}

PymObject *pym_id_intern(const char *s) {
    pym_obmalloc_faults_hold(1);
    PymObject *id = pym_str_intern_cstr(s);
    pym_obmalloc_faults_hold(0);
    if (!id) {
        fprintf(stderr, "pym: fatal error: out of memory creating identifier '%s'\n", s);
        abort();
    }
    return id;
}

void pym_dealloc(PymObject *o) { PYM_TYPE(o)->tp_dealloc(o); }

/* {===================================================================
** None, NotImplemented, Ellipsis
** ==================================================================== */

static PymObject *none_repr(PymObject *o) { return pym_str_from_cstr("None"); }
static PymObject *notimpl_repr(PymObject *o) { return pym_str_from_cstr("NotImplemented"); }
static PymObject *ellipsis_repr(PymObject *o) { return pym_str_from_cstr("Ellipsis"); }
static int none_bool(PymObject *o) { return 0; }

/* The singletons are immortal: a dealloc means a refcount bug somewhere,
** so restore the count instead of freeing static memory. */
static void singleton_dealloc(PymObject *o) { o->ob_refcnt = 1 << 30; }

static PymObject *singleton_new_common(PymType *t, size_t nargs, PymObject *kwnames,
                                       PymObject *value) {
    if (nargs || pym_arg_nkw(kwnames)) {
        pym_err_format(PymExc_TypeError, "%s takes no arguments", t->tp_name);
        return NULL;
    }
    return pym_newref(value);
}
static PymObject *none_new(PymType *t, PymObject *const *a, size_t n, PymObject *kw) {
    return singleton_new_common(t, n, kw, pym_None);
}
static PymObject *notimpl_new(PymType *t, PymObject *const *a, size_t n, PymObject *kw) {
    return singleton_new_common(t, n, kw, pym_NotImplemented);
}
static PymObject *ellipsis_new(PymType *t, PymObject *const *a, size_t n, PymObject *kw) {
    return singleton_new_common(t, n, kw, pym_Ellipsis);
}
static intptr_t none_hash(PymObject *o) { return (intptr_t)0xFCA86420; }

PymType pym_type_none = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "NoneType",
    .tp_basicsize = sizeof(PymObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = none_repr,
    .tp_hash = none_hash,
    .nb_bool = none_bool,
    .tp_new = none_new,
};
PymType pym_type_notimpl = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "NotImplementedType",
    .tp_basicsize = sizeof(PymObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = notimpl_repr,
    .tp_new = notimpl_new,
};
PymType pym_type_ellipsis = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "ellipsis",
    .tp_basicsize = sizeof(PymObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = ellipsis_repr,
    .tp_new = ellipsis_new,
};

PymObject pym_none_struct = PYM_OBJECT_HEAD_INIT(&pym_type_none);
PymObject pym_notimpl_struct = PYM_OBJECT_HEAD_INIT(&pym_type_notimpl);
PymObject pym_ellipsis_struct = PYM_OBJECT_HEAD_INIT(&pym_type_ellipsis);

/* {===================================================================
** Recursion guards
** ==================================================================== */

/* repr()/str() nesting, comparisons and isinstance/issubclass over nested
** tuples take a level of the one recursion counter each (vm.h's guard), as
** CPython 3.11's shared counter does (a list nested 2000 deep cannot be
** repr'd or compared under the default limit).  Here: the guard against
** containers that contain themselves. */

/* Objects whose repr is in progress (a small stack: reprs nest). */
static PymObject **repr_stack;
static intptr_t repr_len, repr_cap;

int pym_repr_enter(PymObject *o) {
    for (intptr_t i = 0; i < repr_len; i++)
        if (repr_stack[i] == o) return 1;
    if (repr_len == repr_cap) {
        intptr_t ncap = repr_cap ? repr_cap * 2 : 16;
        PymObject **n = pym_raw_realloc(repr_stack, ncap * sizeof(PymObject *));
        if (!n) {
            pym_err_no_memory();
            return -1;
        }
        repr_stack = n;
        repr_cap = ncap;
    }
    repr_stack[repr_len++] = o;
    return 0;
}

void pym_repr_leave(PymObject *o) {
    for (intptr_t i = repr_len - 1; i >= 0; i--) {
        if (repr_stack[i] == o) {
            memmove(repr_stack + i, repr_stack + i + 1, (repr_len - i - 1) * sizeof(PymObject *));
            repr_len--;
            return;
        }
    }
}

/* {===================================================================
** repr, str, ascii, hash
** ==================================================================== */

PymObject *pym_object_repr(PymObject *o) {
    PymType *t = PYM_TYPE(o);
    if (!t->tp_repr) return pym_str_from_format("<%s object at %p>", t->tp_name, (void *)o);
    if (pym_vm_enter_call(" while getting the repr of an object")) return NULL;
    PymObject *r = t->tp_repr(o);
    pym_vm_leave_call();
    if (r && !PYM_STR_CHECK(r)) {
        pym_err_format(PymExc_TypeError, "__repr__ returned non-string (type %s)",
                       pym_type_name(r));
        PYM_DECREF(r);
        return NULL;
    }
    return r;
}

PymObject *pym_object_str(PymObject *o) {
    if (PYM_STR_CHECK_EXACT(o)) return pym_newref(o);
    PymType *t = PYM_TYPE(o);
    if (!t->tp_str) return pym_object_repr(o);
    if (pym_vm_enter_call(" while getting the str of an object")) return NULL;
    PymObject *r = t->tp_str(o);
    pym_vm_leave_call();
    if (r && !PYM_STR_CHECK(r)) {
        pym_err_format(PymExc_TypeError, "__str__ returned non-string (type %s)", pym_type_name(r));
        PYM_DECREF(r);
        return NULL;
    }
    return r;
}

PymObject *pym_object_ascii(PymObject *o) {
    PymObject *r = pym_object_repr(o);
    if (!r) return NULL;
    PymObject *a = pym_str_ascii_escape(r);
    PYM_DECREF(r);
    return a;
}

PymObject *pym_object_hash_not_implemented_error(PymObject *o) {
    pym_err_format(PymExc_TypeError, "unhashable type: '%s'", pym_type_name(o));
    return NULL;
}

intptr_t pym_object_hash(PymObject *o) {
    hashfunc h = PYM_TYPE(o)->tp_hash;
    if (PYM_LIKELY(h != NULL)) return h(o);
    pym_object_hash_not_implemented_error(o);
    return -1;
}

/* {===================================================================
** Rich comparison
** ==================================================================== */

static const int swapped_op[] = {PYM_GT, PYM_GE, PYM_EQ, PYM_NE, PYM_LT, PYM_LE};
static const char *const cmp_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

static PymObject *do_richcompare(PymObject *v, PymObject *w, int op) {
    PymType *tv = PYM_TYPE(v), *tw = PYM_TYPE(w);
    bool checked_reverse = false;
    PymObject *res;
    if (tv != tw && tw->tp_richcompare && pym_type_is_subtype(tw, tv)) {
        checked_reverse = true;
        res = tw->tp_richcompare(w, v, swapped_op[op]);
        if (res != pym_NotImplemented) return res;
        PYM_DECREF(res);
    }
    if (tv->tp_richcompare) {
        res = tv->tp_richcompare(v, w, op);
        if (res != pym_NotImplemented) return res;
        PYM_DECREF(res);
    }
    if (!checked_reverse && tw->tp_richcompare) {
        res = tw->tp_richcompare(w, v, swapped_op[op]);
        if (res != pym_NotImplemented) return res;
        PYM_DECREF(res);
    }
    switch (op) {
    case PYM_EQ: return pym_bool_from(v == w);
    case PYM_NE: return pym_bool_from(v != w);
    default:
        pym_err_format(PymExc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                       cmp_symbol[op], tv->tp_name, tw->tp_name);
        return NULL;
    }
}

PymObject *pym_object_richcompare(PymObject *a, PymObject *b, int op) {
    if (pym_vm_enter_call(" in comparison")) return NULL;
    PymObject *r = do_richcompare(a, b, op);
    pym_vm_leave_call();
    return r;
}

int pym_object_richcompare_bool(PymObject *a, PymObject *b, int op) {
    if (a == b) {
        if (op == PYM_EQ) return 1;
        if (op == PYM_NE) return 0;
    }
    PymObject *r = pym_object_richcompare(a, b, op);
    if (!r) return -1;
    int ok;
    if (r == pym_True)
        ok = 1;
    else if (r == pym_False)
        ok = 0;
    else
        ok = pym_object_is_true(r);
    PYM_DECREF(r);
    return ok;
}

/* {===================================================================
** Truth
** ==================================================================== */

int pym_object_is_true(PymObject *o) {
    if (o == pym_True) return 1;
    if (o == pym_False || o == pym_None) return 0;
    PymType *t = PYM_TYPE(o);
    if (t->nb_bool) return t->nb_bool(o);
    if (t->sq_length) {
        intptr_t n = t->sq_length(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

int pym_object_not(PymObject *o) {
    int r = pym_object_is_true(o);
    return r < 0 ? r : !r;
}

/* {===================================================================
** Attributes
** ==================================================================== */

static int check_attr_name(PymObject *name) {
    if (PYM_UNLIKELY(!PYM_STR_CHECK(name))) {
        pym_err_format(PymExc_TypeError, "attribute name must be string, not '%s'",
                       pym_type_name(name));
        return -1;
    }
    return 0;
}

/* CPython 3.11's set_attribute_error_context: an AttributeError leaving
** getattr gets .name and .obj, unless it already has one of them. */
static void attr_error_context(PymObject *o, PymObject *name) {
    PymObject *exc = pym_err_occurred();
    if (!exc || !pym_err_matches((PymObject *)PymExc_AttributeError)) return;
    PymAttributeError *e = (PymAttributeError *)exc;
    if (e->name || e->obj) return;
    e->name = PYM_NEWREF(name);
    e->obj = PYM_NEWREF(o);
}

PymObject *pym_object_getattr(PymObject *o, PymObject *name) {
    if (check_attr_name(name)) return NULL;
    PymType *t = PYM_TYPE(o);
    if (t->tp_getattro) {
        PymObject *r = t->tp_getattro(o, name);
        if (!r) attr_error_context(o, name);
        return r;
    }
    pym_err_format(PymExc_AttributeError, "'%s' object has no attribute '%U'", t->tp_name, name);
    attr_error_context(o, name);
    return NULL;
}

PymObject *pym_object_getattr_cstr(PymObject *o, const char *name) {
    PymObject *n = pym_str_from_cstr(name);
    if (!n) return NULL;
    PymObject *r = pym_object_getattr(o, n);
    PYM_DECREF(n);
    return r;
}

int pym_object_lookup_attr(PymObject *o, PymObject *name, PymObject **result) {
    *result = pym_object_getattr(o, name);
    if (*result) return 1;
    if (pym_err_matches((PymObject *)PymExc_AttributeError)) {
        pym_err_clear();
        return 0;
    }
    return -1;
}

int pym_object_hasattr(PymObject *o, PymObject *name) {
    PymObject *r;
    int ok = pym_object_lookup_attr(o, name, &r);
    if (ok < 0) {
        pym_err_clear();
        return 0;
    }
    PYM_XDECREF(r);
    return ok;
}

int pym_object_setattr(PymObject *o, PymObject *name, PymObject *value) {
    if (check_attr_name(name)) return -1;
    PymType *t = PYM_TYPE(o);
    if (t->tp_setattro) return t->tp_setattro(o, name, value);
    PymObject *d = pym_type_lookup(t, name);
    if (d || !t->tp_getattro)
        pym_err_format(PymExc_AttributeError, "'%s' object attribute '%U' is read-only", t->tp_name,
                       name);
    else
        pym_err_format(PymExc_AttributeError, "'%s' object has no attribute '%U'", t->tp_name,
                       name);
    return -1;
}

int pym_object_setattr_cstr(PymObject *o, const char *name, PymObject *value) {
    PymObject *n = pym_str_from_cstr(name);
    if (!n) return -1;
    int r = pym_object_setattr(o, n, value);
    PYM_DECREF(n);
    return r;
}

PymObject **pym_object_dict_ptr(PymObject *o) {
    PymType *t = PYM_TYPE(o);
    intptr_t off = t->tp_dictoffset;
    if (PYM_UNLIKELY(t->tp_flags & PYM_TPFLAGS_TYPE_SUBCLASS))
        pym_type_get_dict((PymType *)o); /* a static type's dict may not be built yet */
    if (PYM_LIKELY(off > 0)) return (PymObject **)((char *)o + off);
    if (off == 0) return NULL;
    /* Subclass of a variable-size type: the dict pointer ends the block,
    ** which pym_object_alloc sized for as many items as the base asked. */
    intptr_t n;
    if (PYM_STR_CHECK(o)) {
        n = PYM_STR_NBYTES(o) + 1;
    } else {
        n = PYM_SIZE(o);
        if (n < 0) n = -n;
        if (n == 0 && PYM_INT_CHECK(o)) n = 1;
    }
    size_t size = ((size_t)t->tp_basicsize + (size_t)n * (size_t)t->tp_itemsize + 7) & ~(size_t)7;
    return (PymObject **)((char *)o + size + off);
}

PymObject *pym_object_generic_getattr(PymObject *o, PymObject *name) {
    if (check_attr_name(name)) return NULL;
    PymType *t = PYM_TYPE(o);
    PymObject *descr = pym_type_lookup(t, name);
    descrgetfunc f = NULL;
    if (descr) {
        PYM_INCREF(descr);
        f = PYM_TYPE(descr)->tp_descr_get;
        if (f && PYM_TYPE(descr)->tp_descr_set) {
            PymObject *r = f(descr, o, (PymObject *)t);
            PYM_DECREF(descr);
            return r;
        }
    }
    PymObject **dp = pym_object_dict_ptr(o);
    if (dp && *dp) {
        PymObject *v = pym_dict_getitem(*dp, name);
        if (v) {
            PYM_XDECREF(descr);
            return pym_newref(v);
        }
        if (pym_err_occurred()) {
            PYM_XDECREF(descr);
            return NULL;
        }
    } else if (dp && (t->tp_flags & PYM_TPFLAGS_INLINE_VALUES)) {
        PymObject *v = pym_inst_values_get(o, name); /* instattrs.h */
        if (v) {
            PYM_XDECREF(descr);
            return pym_newref(v);
        }
    }
    if (f) {
        PymObject *r = f(descr, o, (PymObject *)t);
        PYM_DECREF(descr);
        return r;
    }
    if (descr) return descr;
    pym_err_format(PymExc_AttributeError, "'%s' object has no attribute '%U'", t->tp_name, name);
    return NULL;
}

int pym_object_generic_setattr(PymObject *o, PymObject *name, PymObject *value) {
    if (check_attr_name(name)) return -1;
    PymType *t = PYM_TYPE(o);
    PymObject *descr = pym_type_lookup(t, name);
    if (descr) {
        descrsetfunc f = PYM_TYPE(descr)->tp_descr_set;
        if (f) {
            PYM_INCREF(descr);
            int r = f(descr, o, value);
            PYM_DECREF(descr);
            return r;
        }
    }
    PymObject **dp = pym_object_dict_ptr(o);
    if (!dp) {
        if (descr)
            pym_err_format(PymExc_AttributeError, "'%s' object attribute '%U' is read-only",
                           t->tp_name, name);
        else
            pym_err_format(PymExc_AttributeError, "'%s' object has no attribute '%U'", t->tp_name,
                           name);
        return -1;
    }
    if (!*dp && (t->tp_flags & PYM_TPFLAGS_INLINE_VALUES)) {
        int r = pym_inst_values_set(o, name, value); /* instattrs.h */
        if (r <= 0) return r;
        /* 1: the values could not hold it; the dict now exists */
    }
    if (!value) {
        if (*dp) {
            int r = pym_dict_contains(*dp, name);
            if (r < 0) return -1;
            if (r) return pym_dict_delitem(*dp, name);
        }
        pym_err_format(PymExc_AttributeError, "'%s' object has no attribute '%U'", t->tp_name,
                       name);
        return -1;
    }
    if (!*dp) {
        *dp = pym_dict_new();
        if (!*dp) return -1;
    }
    return pym_dict_setitem(*dp, name, value);
}

/* {===================================================================
** Items, length, containment, iteration
** ==================================================================== */

PymObject *pym_object_getitem(PymObject *o, PymObject *key) {
    PymType *t = PYM_TYPE(o);
    if (PYM_LIKELY(t->mp_subscript != NULL)) return t->mp_subscript(o, key);
    if (PYM_TYPE_CHECK(o)) {
        if (o == (PymObject *)&pym_type_type) return pym_generic_alias_new(o, key); /* type[int] */
        PymObject *meth;
        int r = pym_object_lookup_attr(o, PYM_ID(__class_getitem__), &meth);
        if (r < 0) return NULL;
        if (r) {
            PymObject *res = pym_call_onearg(meth, key);
            PYM_DECREF(meth);
            return res;
        }
        pym_err_format(PymExc_TypeError, "type '%s' is not subscriptable", ((PymType *)o)->tp_name);
        return NULL;
    }
    pym_err_format(PymExc_TypeError, "'%s' object is not subscriptable", t->tp_name);
    return NULL;
}

int pym_object_setitem(PymObject *o, PymObject *key, PymObject *value) {
    PymType *t = PYM_TYPE(o);
    if (PYM_LIKELY(t->mp_ass_subscript != NULL)) return t->mp_ass_subscript(o, key, value);
    pym_err_format(PymExc_TypeError, "'%s' object does not support item assignment", t->tp_name);
    return -1;
}

int pym_object_delitem(PymObject *o, PymObject *key) {
    PymType *t = PYM_TYPE(o);
    if (PYM_LIKELY(t->mp_ass_subscript != NULL)) return t->mp_ass_subscript(o, key, NULL);
    pym_err_format(PymExc_TypeError, "'%s' object doesn't support item deletion", t->tp_name);
    return -1;
}

intptr_t pym_object_len(PymObject *o) {
    PymType *t = PYM_TYPE(o);
    if (PYM_LIKELY(t->sq_length != NULL)) return t->sq_length(o);
    pym_err_format(PymExc_TypeError, "object of type '%s' has no len()", t->tp_name);
    return -1;
}

int pym_object_contains(PymObject *container, PymObject *item) {
    PymType *t = PYM_TYPE(container);
    if (t->sq_contains) return t->sq_contains(container, item);
    if (!t->tp_iter && !t->mp_subscript) {
        pym_err_format(PymExc_TypeError, "argument of type '%s' is not iterable", t->tp_name);
        return -1;
    }
    PymObject *it = pym_object_getiter(container);
    if (!it) return -1;
    int found = 0;
    for (;;) {
        PymObject *x = pym_iter_next(it);
        if (!x) {
            if (pym_err_occurred()) found = -1;
            break;
        }
        int eq = pym_object_richcompare_bool(x, item, PYM_EQ);
        PYM_DECREF(x);
        if (eq) {
            found = eq;
            break;
        }
    }
    PYM_DECREF(it);
    return found;
}

PymObject *pym_object_getiter(PymObject *o) {
    PymType *t = PYM_TYPE(o);
    if (t->tp_iter) {
        PymObject *it = t->tp_iter(o);
        if (it && !PYM_TYPE(it)->tp_iternext) {
            pym_err_format(PymExc_TypeError, "iter() returned non-iterator of type '%s'",
                           pym_type_name(it));
            PYM_DECREF(it);
            return NULL;
        }
        return it;
    }
    if (t->mp_subscript && !PYM_DICT_CHECK(o)) return pym_seq_iter_new(o);
    pym_err_format(PymExc_TypeError, "'%s' object is not iterable", t->tp_name);
    return NULL;
}

PymObject *pym_iter_next(PymObject *iter) {
    iternextfunc f = PYM_TYPE(iter)->tp_iternext;
    if (PYM_UNLIKELY(!f)) {
        pym_err_format(PymExc_TypeError, "'%s' object is not an iterator", pym_type_name(iter));
        return NULL;
    }
    PymObject *r = f(iter);
    if (!r && pym_err_occurred() && pym_err_matches((PymObject *)PymExc_StopIteration))
        pym_err_clear();
    return r;
}

/* {===================================================================
** format, dir
** ==================================================================== */

PymObject *pym_object_format(PymObject *o, PymObject *spec) {
    PymObject *empty = NULL;
    if (!spec) {
        empty = pym_str_empty();
        spec = empty;
    }
    if (PYM_STR_LEN(spec) == 0) {
        if (PYM_STR_CHECK_EXACT(o)) {
            PYM_XDECREF(empty);
            return pym_newref(o);
        }
        if (PYM_INT_CHECK_EXACT(o)) {
            PYM_XDECREF(empty);
            return pym_object_str(o);
        }
    }
    /* the built-in number types' __format__ cannot be replaced: call it directly */
    if (PYM_FLOAT_CHECK_EXACT(o)) {
        PymObject *r = pym_float_format(o, spec);
        PYM_XDECREF(empty);
        return r;
    }
    if (PYM_INT_CHECK_EXACT(o)) {
        PymObject *r = pym_int_format(o, spec);
        PYM_XDECREF(empty);
        return r;
    }
    int found;
    PymObject *r = pym_call_special(o, PYM_ID(__format__), &spec, 1, &found);
    PYM_XDECREF(empty);
    if (!found) {
        pym_err_format(PymExc_TypeError, "Type %s doesn't define __format__", pym_type_name(o));
        return NULL;
    }
    if (r && !PYM_STR_CHECK(r)) {
        pym_err_format(PymExc_TypeError, "__format__ must return a str, not %s", pym_type_name(r));
        PYM_DECREF(r);
        return NULL;
    }
    return r;
}

PymObject *pym_object_dir(PymObject *o) {
    int found;
    PymObject *r = pym_call_special(o, PYM_ID(__dir__), NULL, 0, &found);
    if (!found) {
        pym_err_set_string(PymExc_TypeError, "object does not provide __dir__");
        return NULL;
    }
    if (!r) return NULL;
    PymObject *l = pym_list_from_iter(r);
    PYM_DECREF(r);
    if (!l) return NULL;
    if (pym_list_sort(l, NULL, 0) < 0) {
        PYM_DECREF(l);
        return NULL;
    }
    return l;
}

/* {===================================================================
** Numbers
** ==================================================================== */

static const char *const op_symbols[PYM_NB_COUNT] = {
    "+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "** or pow()", ">>",  "-",  "/",  "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=",         ">>=", "-=", "/=", "^=",
};

const char *pym_number_op_symbol(int op) {
    return (op >= 0 && op < PYM_NB_COUNT) ? op_symbols[op] : "?";
}

/* CPython's binary_op1: left slot, with the right operand's slot first when
** its type is a subclass of the left's; NotImplemented (new ref) if neither. */
static PymObject *binary_op1(PymObject *v, PymObject *w, int op) {
    PymType *tv = PYM_TYPE(v), *tw = PYM_TYPE(w);
    binaryfunc slotv = tv->nb_binop[op];
    binaryfunc slotw = NULL;
    if (tw != tv) {
        slotw = tw->nb_binop[op];
        if (slotw == slotv) slotw = NULL;
    }
    PymObject *x;
    if (slotv) {
        if (slotw && pym_type_is_subtype(tw, tv)) {
            x = slotw(v, w);
            if (x != pym_NotImplemented) return x;
            PYM_DECREF(x);
            slotw = NULL;
        }
        x = slotv(v, w);
        if (x != pym_NotImplemented) return x;
        PYM_DECREF(x);
    }
    if (slotw) {
        x = slotw(v, w);
        if (x != pym_NotImplemented) return x;
        PYM_DECREF(x);
    }
    PYM_RETURN_NOTIMPL;
}

PymObject *pym_number_binop(PymObject *a, PymObject *b, int op) {
    PymObject *x;
    int base = op;
    if (op >= PYM_NB_INPLACE) {
        base = op - PYM_NB_INPLACE;
        binaryfunc islot = PYM_TYPE(a)->nb_binop[op];
        if (islot) {
            x = islot(a, b);
            if (x != pym_NotImplemented) return x;
            PYM_DECREF(x);
        }
    }
    x = binary_op1(a, b, base);
    if (x != pym_NotImplemented) return x;
    PYM_DECREF(x);
    if (base == PYM_NB_MULTIPLY) {
        /* CPython then tries the sequence repeat of the left operand, else of
        ** the right: [1] * [1] is "can't multiply sequence by non-int". */
        PymObject *count = (PYM_TYPE(a)->tp_flags & PYM_TPFLAGS_SEQ_CONCAT)   ? b
                           : (PYM_TYPE(b)->tp_flags & PYM_TPFLAGS_SEQ_CONCAT) ? a
                                                                              : NULL;
        if (count && !PYM_TYPE(count)->nb_index) {
            pym_err_format(PymExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                           pym_type_name(count));
            return NULL;
        }
    }
    pym_err_format(PymExc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                   op_symbols[op], pym_type_name(a), pym_type_name(b));
    return NULL;
}

PymObject *pym_number_power3(PymObject *a, PymObject *b, PymObject *mod) {
    if (!mod || mod == pym_None) return pym_number_binop(a, b, PYM_NB_POWER);
    PymType *ts[3] = {PYM_TYPE(a), PYM_TYPE(b), PYM_TYPE(mod)};
    ternaryfunc tried[3] = {NULL, NULL, NULL};
    for (int i = 0; i < 3; i++) {
        ternaryfunc f = ts[i]->nb_power3;
        if (!f || f == tried[0] || f == tried[1]) continue;
        tried[i] = f;
        PymObject *x = f(a, b, mod);
        if (x != pym_NotImplemented) return x;
        PYM_DECREF(x);
    }
    pym_err_format(PymExc_TypeError,
                   "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", ts[0]->tp_name,
                   ts[1]->tp_name, ts[2]->tp_name);
    return NULL;
}

static PymObject *unary(PymObject *o, unaryfunc f, const char *what) {
    if (PYM_LIKELY(f != NULL)) return f(o);
    pym_err_format(PymExc_TypeError, "bad operand type for %s: '%s'", what, pym_type_name(o));
    return NULL;
}
PymObject *pym_number_negative(PymObject *o) {
    return unary(o, PYM_TYPE(o)->nb_negative, "unary -");
}
PymObject *pym_number_positive(PymObject *o) {
    return unary(o, PYM_TYPE(o)->nb_positive, "unary +");
}
PymObject *pym_number_invert(PymObject *o) { return unary(o, PYM_TYPE(o)->nb_invert, "unary ~"); }
PymObject *pym_number_absolute(PymObject *o) { return unary(o, PYM_TYPE(o)->nb_absolute, "abs()"); }

PymObject *pym_number_index(PymObject *o) {
    if (PYM_INT_CHECK_EXACT(o)) return pym_newref(o);
    if (PYM_INT_CHECK(o) && PYM_TYPE(o)->nb_index == pym_type_int.nb_index) return pym_newref(o);
    unaryfunc f = PYM_TYPE(o)->nb_index;
    if (!f) {
        pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                       pym_type_name(o));
        return NULL;
    }
    PymObject *r = f(o);
    if (!r || PYM_INT_CHECK(r)) return r;
    pym_err_format(PymExc_TypeError, "__index__ returned non-int (type %s)", pym_type_name(r));
    PYM_DECREF(r);
    return NULL;
}

PymObject *pym_number_int(PymObject *o) {
    if (PYM_INT_CHECK_EXACT(o)) return pym_newref(o);
    PymType *t = PYM_TYPE(o);
    if (t->nb_int) {
        PymObject *r = t->nb_int(o);
        if (!r || PYM_INT_CHECK_EXACT(r)) return r;
        if (!PYM_INT_CHECK(r)) {
            pym_err_format(PymExc_TypeError, "__int__ returned non-int (type %s)",
                           pym_type_name(r));
            PYM_DECREF(r);
            return NULL;
        }
        return r;
    }
    if (t->nb_index) return pym_number_index(o);
    pym_err_format(
        PymExc_TypeError,
        "int() argument must be a string, a bytes-like object or a real number, not '%s'",
        t->tp_name);
    return NULL;
}

PymObject *pym_number_float(PymObject *o) {
    if (PYM_FLOAT_CHECK_EXACT(o)) return pym_newref(o);
    PymType *t = PYM_TYPE(o);
    if (t->nb_float) {
        PymObject *r = t->nb_float(o);
        if (!r || PYM_FLOAT_CHECK_EXACT(r)) return r;
        if (!PYM_FLOAT_CHECK(r)) {
            pym_err_format(PymExc_TypeError, "%s.__float__ returned non-float (type %s)",
                           t->tp_name, pym_type_name(r));
            PYM_DECREF(r);
            return NULL;
        }
        return r;
    }
    if (t->nb_index) {
        PymObject *i = pym_number_index(o);
        if (!i) return NULL;
        double d = pym_int_as_double(i);
        PYM_DECREF(i);
        if (d == -1.0 && pym_err_occurred()) return NULL;
        return pym_float_from_double(d);
    }
    pym_err_format(PymExc_TypeError, "float() argument must be a string or a real number, not '%s'",
                   t->tp_name);
    return NULL;
}

intptr_t pym_number_as_ssize(PymObject *o, PymType *exc) {
    intptr_t v;
    if (PYM_LIKELY(PYM_INT_CHECK_EXACT(o) && pym_int_is_compact(o)))
        return pym_int_compact_value(o);
    PymObject *i = pym_number_index(o);
    if (!i) return -1;
    int overflow = 0;
    long long r = pym_int_as_longlong_overflow(i, &overflow);
    if (overflow) {
        if (exc) {
            pym_err_format(exc, "cannot fit '%s' into an index-sized integer", pym_type_name(o));
            PYM_DECREF(i);
            return -1;
        }
        v = overflow > 0 ? PYM_SSIZE_MAX : -PYM_SSIZE_MAX - 1;
    } else {
        v = (intptr_t)r;
    }
    PYM_DECREF(i);
    return v;
}

/* {===================================================================
** Calls
** ==================================================================== */

PymObject *pym_call(PymObject *callable, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    vectorcallfunc f = PYM_TYPE(callable)->tp_call;
    if (PYM_UNLIKELY(!f)) {
        pym_err_format(PymExc_TypeError, "'%s' object is not callable", pym_type_name(callable));
        return NULL;
    }
    if (kwnames && PYM_SIZE(kwnames) == 0) kwnames = NULL;
    return f(callable, args, nargs, kwnames);
}

PymObject *pym_call_noargs(PymObject *callable) { return pym_call(callable, NULL, 0, NULL); }

PymObject *pym_call_onearg(PymObject *callable, PymObject *arg) {
    return pym_call(callable, &arg, 1, NULL);
}

int pym_callable_check(PymObject *o) { return PYM_TYPE(o)->tp_call != NULL; }

PymObject *pym_call_tuple_dict(PymObject *callable, PymObject *args, PymObject *kwargs) {
    intptr_t na = args ? PYM_SIZE(args) : 0;
    intptr_t nk = kwargs ? pym_dict_size(kwargs) : 0;
    if (nk == 0) return pym_call(callable, args ? PYM_TUPLE_ITEMS(args) : NULL, na, NULL);
    PymObject *stackbuf[16];
    PymObject **stack = stackbuf;
    if (na + nk > 16) {
        stack = pym_raw_malloc((na + nk) * sizeof(PymObject *));
        if (!stack) return pym_err_no_memory();
    }
    for (intptr_t i = 0; i < na; i++) stack[i] = PYM_TUPLE_GET(args, i);
    PymObject *kwnames = pym_tuple_new(nk);
    PymObject *res = NULL;
    if (!kwnames) goto done;
    intptr_t pos = 0, j = 0;
    PymObject *k, *v;
    while (pym_dict_next(kwargs, &pos, &k, &v)) {
        if (!PYM_STR_CHECK(k)) {
            pym_err_set_string(PymExc_TypeError, "keywords must be strings");
            goto done;
        }
        PYM_TUPLE_SET(kwnames, j, pym_newref(k));
        stack[na + j] = v;
        j++;
    }
    res = pym_call(callable, stack, na, kwnames);
done:
    PYM_XDECREF(kwnames);
    if (stack != stackbuf) pym_raw_free(stack);
    return res;
}

/* Calls descr (found on type(self)) with self as first argument: unbound
** when it is a plain method-like descriptor, else through __get__. */
PymObject *pym_call_unbound(PymObject *descr, PymObject *self, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    PymType *dt = PYM_TYPE(descr);
    if ((dt->tp_flags & PYM_TPFLAGS_METHOD_DESCRIPTOR) || dt == &pym_type_function) {
        size_t nkw = pym_arg_nkw(kwnames);
        PymObject *stackbuf[8];
        PymObject **stack = stackbuf;
        if (nargs + nkw + 1 > 8) {
            stack = pym_raw_malloc((nargs + nkw + 1) * sizeof(PymObject *));
            if (!stack) return pym_err_no_memory();
        }
        stack[0] = self;
        if (nargs + nkw) memcpy(stack + 1, args, (nargs + nkw) * sizeof(PymObject *));
        PymObject *r = pym_call(descr, stack, nargs + 1, kwnames);
        if (stack != stackbuf) pym_raw_free(stack);
        return r;
    }
    PymObject *bound;
    if (dt->tp_descr_get) {
        bound = dt->tp_descr_get(descr, self, (PymObject *)PYM_TYPE(self));
        if (!bound) return NULL;
    } else {
        bound = pym_newref(descr);
    }
    PymObject *r = pym_call(bound, args, nargs, kwnames);
    PYM_DECREF(bound);
    return r;
}

PymObject *pym_call_method(PymObject *o, PymObject *name, PymObject *const *args, size_t nargs) {
    PymType *t = PYM_TYPE(o);
    if (t->tp_getattro == pym_object_generic_getattr) {
        PymObject *descr = pym_type_lookup(t, name);
        if (descr && ((PYM_TYPE(descr)->tp_flags & PYM_TPFLAGS_METHOD_DESCRIPTOR) ||
                      PYM_TYPE(descr) == &pym_type_function)) {
            if (!pym_object_own_attr(o, name) && !pym_err_occurred()) {
                PYM_INCREF(descr);
                PymObject *r = pym_call_unbound(descr, o, args, nargs, NULL);
                PYM_DECREF(descr);
                return r;
            }
        }
    }
    PymObject *m = pym_object_getattr(o, name);
    if (!m) return NULL;
    PymObject *r = pym_call(m, args, nargs, NULL);
    PYM_DECREF(m);
    return r;
}

PymObject *pym_call_special(PymObject *o, PymObject *name, PymObject *const *args, size_t nargs,
                            int *found) {
    PymObject *descr = pym_type_lookup(PYM_TYPE(o), name);
    if (!descr) {
        *found = 0;
        return NULL;
    }
    *found = 1;
    PYM_INCREF(descr);
    PymObject *r = pym_call_unbound(descr, o, args, nargs, NULL);
    PYM_DECREF(descr);
    return r;
}

/* {===================================================================
** isinstance / issubclass
** ==================================================================== */

bool pym_type_is_subtype(PymType *a, PymType *b) {
    if (a == b) return true;
    PymObject *mro = a->tp_mro;
    if (mro) {
        intptr_t n = PYM_SIZE(mro);
        for (intptr_t i = 0; i < n; i++)
            if (PYM_TUPLE_GET(mro, i) == (PymObject *)b) return true;
        return false;
    }
    for (PymType *t = a; t; t = t->tp_base)
        if (t == b) return true;
    return b == &pym_type_object;
}

/* A __instancecheck__/__subclasscheck__ defined by a Python metaclass, or NULL. */
static PymObject *meta_hook(PymObject *cls, PymObject *name) {
    PymType *meta = PYM_TYPE(cls);
    if (!(meta->tp_flags & PYM_TPFLAGS_HEAPTYPE)) return NULL;
    return pym_type_lookup(meta, name);
}

static int call_meta_hook(PymObject *hook, PymObject *cls, PymObject *arg) {
    PYM_INCREF(hook);
    PymObject *r = pym_call_unbound(hook, cls, &arg, 1, NULL);
    PYM_DECREF(hook);
    if (!r) return -1;
    int ok = pym_object_is_true(r);
    PYM_DECREF(r);
    return ok;
}

int pym_object_isinstance(PymObject *o, PymObject *cls) {
    if ((PymObject *)PYM_TYPE(o) == cls) return 1;
    if (PYM_TYPE_CHECK(cls)) {
        PymObject *hook = meta_hook(cls, PYM_ID(__instancecheck__));
        if (hook) return call_meta_hook(hook, cls, o);
        if (pym_type_is_subtype(PYM_TYPE(o), (PymType *)cls)) return 1;
        /* o.__class__ may differ from type(o) (weakref proxies): CPython
        ** checks it too */
        PymObject *icls;
        if (pym_object_lookup_attr(o, PYM_ID(__class__), &icls) < 0) return -1;
        int r = icls && icls != (PymObject *)PYM_TYPE(o) && PYM_TYPE_CHECK(icls) &&
                pym_type_is_subtype((PymType *)icls, (PymType *)cls);
        PYM_XDECREF(icls);
        return r;
    }
    if (PYM_TUPLE_CHECK(cls)) {
        if (pym_vm_enter_call(" in __instancecheck__")) return -1;
        int r = 0;
        for (intptr_t i = 0; i < PYM_SIZE(cls) && r == 0; i++)
            r = pym_object_isinstance(o, PYM_TUPLE_GET(cls, i));
        pym_vm_leave_call();
        return r;
    }
    if (PYM_UNION_CHECK(cls)) return pym_object_isinstance(o, pym_union_args(cls));
    {
        /* cls.__instancecheck__ looked up on its type (GenericAlias refuses) */
        int found = 0;
        PymObject *r = pym_call_special(cls, PYM_ID(__instancecheck__), &o, 1, &found);
        if (found) {
            if (!r) return -1;
            int t = pym_object_is_true(r);
            PYM_DECREF(r);
            return t;
        }
        if (pym_err_occurred()) return -1;
    }
    pym_err_set_string(PymExc_TypeError,
                       "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int pym_object_issubclass(PymObject *derived, PymObject *cls) {
    if (PYM_TYPE_CHECK(cls)) {
        PymObject *hook = meta_hook(cls, PYM_ID(__subclasscheck__));
        if (hook) return call_meta_hook(hook, cls, derived);
        if (!PYM_TYPE_CHECK(derived)) {
            pym_err_set_string(PymExc_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return pym_type_is_subtype((PymType *)derived, (PymType *)cls);
    }
    if (PYM_TUPLE_CHECK(cls)) {
        if (pym_vm_enter_call(" in __subclasscheck__")) return -1;
        int r = 0;
        for (intptr_t i = 0; i < PYM_SIZE(cls) && r == 0; i++)
            r = pym_object_issubclass(derived, PYM_TUPLE_GET(cls, i));
        pym_vm_leave_call();
        return r;
    }
    if (PYM_UNION_CHECK(cls)) return pym_object_issubclass(derived, pym_union_args(cls));
    {
        int found = 0;
        PymObject *r = pym_call_special(cls, PYM_ID(__subclasscheck__), &derived, 1, &found);
        if (found) {
            if (!r) return -1;
            int t = pym_object_is_true(r);
            PYM_DECREF(r);
            return t;
        }
        if (pym_err_occurred()) return -1;
    }
    if (!PYM_TYPE_CHECK(derived)) {
        pym_err_set_string(PymExc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    pym_err_set_string(PymExc_TypeError,
                       "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

/* {===================================================================
** The 'object' type
** ==================================================================== */

static void object_dealloc(PymObject *o) { PYM_TYPE(o)->tp_free(o); }

static PymObject *object_repr(PymObject *o) {
    PymObject *n = pym_type_repr_name(PYM_TYPE(o));
    if (!n) return NULL;
    PymObject *r = pym_str_from_format("<%U object at %p>", n, (void *)o);
    PYM_DECREF(n);
    return r;
}

static PymObject *object_str(PymObject *o) {
    reprfunc f = PYM_TYPE(o)->tp_repr;
    if (!f) f = object_repr;
    return f(o);
}

intptr_t pym_object_generic_hash(PymObject *o) {
    uintptr_t y = (uintptr_t)o;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4)); /* address is 16-aligned */
    intptr_t h = (intptr_t)y;
    if (h == -1) h = -2;
    return h;
}

static PymObject *object_richcompare(PymObject *self, PymObject *other, int op) {
    switch (op) {
    case PYM_EQ:
        if (self == other) PYM_RETURN_TRUE;
        PYM_RETURN_NOTIMPL;
    case PYM_NE: {
        richcmpfunc f = PYM_TYPE(self)->tp_richcompare;
        if (!f) PYM_RETURN_NOTIMPL;
        PymObject *r = f(self, other, PYM_EQ);
        if (!r || r == pym_NotImplemented) return r;
        int ok = pym_object_is_true(r);
        PYM_DECREF(r);
        if (ok < 0) return NULL;
        return pym_bool_from(!ok);
    }
    default: PYM_RETURN_NOTIMPL;
    }
}

static bool excess_args(size_t nargs, PymObject *kwnames) {
    return nargs > 0 || pym_arg_nkw(kwnames) > 0;
}

int pym_object_init_slot(PymObject *self, PymObject *const *args, size_t nargs,
                         PymObject *kwnames) {
    PymType *t = PYM_TYPE(self);
    if (excess_args(nargs, kwnames)) {
        if (t->tp_init != pym_object_init_slot) {
            pym_err_set_string(
                PymExc_TypeError,
                "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->tp_new == pym_object_new_slot) {
            pym_err_format(PymExc_TypeError,
                           "%s.__init__() takes exactly one argument (the instance to initialize)",
                           t->tp_name);
            return -1;
        }
    }
    return 0;
}

/* The TypeError of object.__new__ for a class whose __abstractmethods__ is
** not empty (PYM_TPFLAGS_ABSTRACT, kept by type_setattro): the names sorted. */
static PymObject *abstract_instance_error(PymType *t) {
    PymObject *names = NULL, *list = NULL, *sep = NULL, *joined = NULL;
    PymObject *key = pym_str_from_cstr("__abstractmethods__");
    if (!key) return NULL;
    names = pym_object_getattr((PymObject *)t, key);
    PYM_DECREF(key);
    if (!names) return NULL;
    list = pym_list_from_iter(names);
    if (!list || pym_list_sort(list, NULL, 0) < 0) goto done;
    sep = pym_str_from_cstr(", ");
    if (!sep) goto done;
    joined = pym_str_join(sep, list);
    if (!joined) goto done;
    pym_err_format(PymExc_TypeError,
                   "Can't instantiate abstract class %s with abstract method%s %U", t->tp_name,
                   PYM_SIZE(list) > 1 ? "s" : "", joined);
done:
    PYM_XDECREF(names);
    PYM_XDECREF(list);
    PYM_XDECREF(sep);
    PYM_XDECREF(joined);
    return NULL;
}

PymObject *pym_object_new_slot(PymType *t, PymObject *const *args, size_t nargs,
                               PymObject *kwnames) {
    if (t->tp_flags & PYM_TPFLAGS_ABSTRACT) return abstract_instance_error(t);
    if (excess_args(nargs, kwnames)) {
        if (t->tp_new != pym_object_new_slot) {
            pym_err_set_string(
                PymExc_TypeError,
                "object.__new__() takes exactly one argument (the type to instantiate)");
            return NULL;
        }
        if (t->tp_init == pym_object_init_slot) {
            pym_err_format(PymExc_TypeError, "%s() takes no arguments", t->tp_name);
            return NULL;
        }
    }
    if (t->tp_flags & PYM_TPFLAGS_ABSTRACT) {
        /* "Can't instantiate abstract class A with abstract methods f, g" */
        PymObject *am = pym_object_getattr((PymObject *)t, PYM_ID(__abstractmethods__));
        PymObject *sorted = am ? pym_list_from_iter(am) : NULL;
        PYM_XDECREF(am);
        if (!sorted || pym_list_sort(sorted, NULL, 0) < 0) {
            PYM_XDECREF(sorted);
            return NULL;
        }
        PymObject *sep = pym_str_from_cstr(", ");
        PymObject *joined = sep ? pym_call_method(sep, PYM_ID(join), &sorted, 1) : NULL;
        PYM_XDECREF(sep);
        if (joined)
            pym_err_format(PymExc_TypeError,
                           "Can't instantiate abstract class %s with abstract method%s %U",
                           t->tp_name, PYM_SIZE(sorted) > 1 ? "s" : "", joined);
        PYM_XDECREF(joined);
        PYM_DECREF(sorted);
        return NULL;
    }
    return pym_type_generic_new(t, args, nargs, kwnames);
}

/* ---- methods ---- */

static PymObject *object_format(PymObject *self, PymObject *const *args, size_t nargs,
                                PymObject *kwnames) {
    if (pym_arg_count("__format__", nargs, kwnames, 1, 1)) return NULL;
    if (!PYM_STR_CHECK(args[0])) {
        pym_err_format(PymExc_TypeError, "__format__() argument must be str, not %s",
                       pym_type_name(args[0]));
        return NULL;
    }
    if (PYM_STR_LEN(args[0]) > 0) {
        pym_err_format(PymExc_TypeError, "unsupported format string passed to %s.__format__",
                       pym_type_name(self));
        return NULL;
    }
    return pym_object_str(self);
}

static PymObject *object_sizeof(PymObject *self, PymObject *const *args, size_t nargs,
                                PymObject *kwnames) {
    if (pym_arg_count("__sizeof__", nargs, kwnames, 0, 0)) return NULL;
    PymType *t = PYM_TYPE(self);
    /* The dict and inline-values pointers play the part of CPython 3.11's
    ** pre-header, which object.__sizeof__ leaves out and sys.getsizeof adds
    ** back (pym_object_preheader_extra). */
    intptr_t size = t->tp_basicsize - pym_object_preheader_extra(t);
    if (t->tp_itemsize) {
        intptr_t n = PYM_SIZE(self);
        size += (n < 0 ? -n : n) * t->tp_itemsize;
    }
    return pym_int_from_ssize(size);
}

static PymObject *object_dir(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    if (pym_arg_count("__dir__", nargs, kwnames, 0, 0)) return NULL;
    PymObject *d = NULL;
    int r = pym_object_lookup_attr(self, PYM_ID(__dict__), &d);
    if (r < 0) return NULL;
    PymObject *cls = NULL;
    r = pym_object_lookup_attr(self, PYM_ID(__class__), &cls);
    if (r < 0) {
        PYM_XDECREF(d);
        return NULL;
    }
    PymType *t = (cls && PYM_TYPE_CHECK(cls)) ? (PymType *)cls : PYM_TYPE(self);
    PymObject *l = pym_type_dir_keys(t, d && PYM_DICT_CHECK(d) ? d : NULL);
    PYM_XDECREF(d);
    PYM_XDECREF(cls);
    return l;
}

static PymObject *object_init_subclass(PymObject *self, PymObject *const *args, size_t nargs,
                                       PymObject *kwnames) {
    const char *name = PYM_TYPE_CHECK(self) ? ((PymType *)self)->tp_name : "object";
    if (pym_arg_nkw(kwnames)) {
        pym_err_format(PymExc_TypeError, "%s.__init_subclass__() takes no keyword arguments", name);
        return NULL;
    }
    if (nargs) {
        pym_err_format(PymExc_TypeError, "%s.__init_subclass__() takes no arguments (%zd given)",
                       name, (intptr_t)nargs);
        return NULL;
    }
    PYM_RETURN_NONE;
}

static PymObject *object_subclasshook(PymObject *self, PymObject *const *args, size_t nargs,
                                      PymObject *kwnames) {
    PYM_RETURN_NOTIMPL;
}

static PymMethodDef object_methods[] = {
    {"__getstate__", pym_object_getstate_meth, 0, "Helper for pickle."},
    {"__reduce__", pym_object_reduce_meth, 0, "Helper for pickle."},
    {"__reduce_ex__", pym_object_reduce_ex_meth, 0, "Helper for pickle."},
    {"__format__", object_format, 0, "Default object formatter."},
    {"__sizeof__", object_sizeof, 0, "Size of object in memory, in bytes."},
    {"__dir__", object_dir, 0, "Default dir() implementation."},
    {"__init_subclass__", object_init_subclass, PYM_METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", object_subclasshook, PYM_METH_CLASS,
     "Abstract classes can override this."},
    {NULL, NULL, 0, NULL},
};

static PymObject *object_get_class(PymObject *self, void *c) {
    return pym_newref((PymObject *)PYM_TYPE(self));
}

static int object_set_class(PymObject *self, PymObject *value, void *c) {
    if (!value) {
        pym_err_set_string(PymExc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!PYM_TYPE_CHECK(value)) {
        pym_err_format(PymExc_TypeError, "__class__ must be set to a class, not '%s' object",
                       pym_type_name(value));
        return -1;
    }
    PymType *old = PYM_TYPE(self), *nt = (PymType *)value;
    if (!(old->tp_flags & PYM_TPFLAGS_HEAPTYPE) || !(nt->tp_flags & PYM_TPFLAGS_HEAPTYPE)) {
        pym_err_set_string(
            PymExc_TypeError,
            "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    PymType *so = old, *sn = nt;
    while (so->tp_flags & PYM_TPFLAGS_HEAPTYPE && !so->tp_members) so = so->tp_base;
    while (sn->tp_flags & PYM_TPFLAGS_HEAPTYPE && !sn->tp_members) sn = sn->tp_base;
    if (old->tp_basicsize != nt->tp_basicsize || old->tp_itemsize != nt->tp_itemsize ||
        old->tp_dictoffset != nt->tp_dictoffset ||
        old->tp_weaklistoffset != nt->tp_weaklistoffset || so != sn ||
        (old->tp_flags & PYM_TPFLAGS_HAVE_GC) != (nt->tp_flags & PYM_TPFLAGS_HAVE_GC)) {
        pym_err_format(PymExc_TypeError,
                       "__class__ assignment: '%s' object layout differs from '%s'", nt->tp_name,
                       old->tp_name);
        return -1;
    }
    /* inline values are keyed by the old class's shared keys: use a dict */
    if ((old->tp_flags & PYM_TPFLAGS_INLINE_VALUES) && *pym_inst_values_ptr(self) &&
        !pym_object_materialize_dict(self))
        return -1;
    PYM_INCREF(nt);
    self->ob_type = nt;
    PYM_DECREF(old);
    return 0;
}

static PymGetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, "the object's class", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_type_object = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "object",
    .tp_basicsize = sizeof(PymObject),
    .tp_flags = PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = object_dealloc,
    .tp_repr = object_repr,
    .tp_str = object_str,
    .tp_hash = pym_object_generic_hash,
    .tp_richcompare = object_richcompare,
    .tp_getattro = pym_object_generic_getattr,
    .tp_setattro = pym_object_generic_setattr,
    .tp_methods = object_methods,
    .tp_getset = object_getsets,
    .tp_init = pym_object_init_slot,
    .tp_new = pym_object_new_slot,
    .tp_free = pym_object_free,
    .tp_doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments "
              "and returns a new featureless\ninstance that has no instance attributes and "
              "cannot be given any.\n",
};

/* {====== trashcan ======}
** Deallocating x = [x] nested a million times would recurse a million deep.
** Container deallocs bracket their work with pym_trashcan_begin/end; past a
** depth of 50 the object is parked on a list (linked through its GC header,
** which is free once untracked; the collector's FINALIZED bit 0 is kept, so
** a __del__ that already ran does not run again) and destroyed when the
** outermost dealloc finishes.
**
** Instances of heap types are parked only by subtype_dealloc (through
** pym_trashcan_begin_subtype): the dealloc of their built-in base (a list
** subclass's list_dealloc) runs inside subtype_dealloc, which must not be
** re-entered from the middle (CPython's _PyTrash_cond does the same). */

#define TRASH_LIMIT 50
#define TRASH_KEEP  ((uintptr_t)1) /* gc_prev bits kept while parked */
static int trash_depth;
static int trash_draining;
static PymObject *trash_list;

static bool trash_enter(PymObject *o, bool may_park) {
    if (trash_depth >= TRASH_LIMIT && may_park) {
        PymGCHead *g = PYM_AS_GC(o);
        g->gc_prev = (uintptr_t)trash_list | (g->gc_prev & TRASH_KEEP);
        trash_list = o;
        return false;
    }
    trash_depth++;
    return true;
}

bool pym_trashcan_begin(PymObject *o) {
    return trash_enter(o, !(PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_HEAPTYPE));
}

bool pym_trashcan_begin_subtype(PymObject *o) { return trash_enter(o, true); }

int pym_trashcan_depth(void) { return trash_depth; }

void pym_trashcan_end(void) {
    if (--trash_depth > 0 || trash_draining) return;
    trash_draining = 1;
    while (trash_list) {
        PymObject *o = trash_list;
        PymGCHead *g = PYM_AS_GC(o);
        trash_list = (PymObject *)(g->gc_prev & ~TRASH_KEEP);
        g->gc_prev &= TRASH_KEEP;
        PYM_TYPE(o)->tp_dealloc(o);
    }
    trash_draining = 0;
}
