/*
** descrobject.c -- descriptors: method descriptors of built-in types
** (list.append), class-method descriptors (dict.fromkeys), member and
** getset descriptors (fields, __slots__, int.real), slot wrappers and
** method-wrappers (int.__add__), property, classmethod, staticmethod,
** super, and mappingproxy (type.__dict__).
*/
#include "pym.h"
#include "frameobject.h"
#include "genericalias.h"

#define ID(n) PYM_ID(n)

/* {===================================================================
** Common parts of the descriptors that belong to a type
** ==================================================================== */

typedef struct {
    PymObject ob_base;
    PymType *d_type;
    PymObject *d_name;
} DescrHead;

static PymObject *descr_alloc(PymType *descrtype, PymType *owner, const char *name) {
    DescrHead *d = (DescrHead *)pym_object_alloc(descrtype, 0);
    if (!d) return NULL;
    d->d_type = (PymType *)pym_newref((PymObject *)owner);
    d->d_name = pym_str_intern_cstr(name);
    if (!d->d_name) {
        PYM_DECREF(d);
        return NULL;
    }
    PYM_INCREF(d->d_name);
    return (PymObject *)d;
}

static void descr_dealloc(PymObject *o) {
    DescrHead *d = (DescrHead *)o;
    pym_gc_untrack(o);
    PYM_XDECREF(d->d_type);
    PYM_XDECREF(d->d_name);
    PYM_TYPE(o)->tp_free(o);
}

static int descr_traverse(PymObject *o, visitproc visit, void *arg) {
    DescrHead *d = (DescrHead *)o;
    if (d->d_type && (d->d_type->tp_flags & PYM_TPFLAGS_HEAPTYPE)) PYM_VISIT(d->d_type);
    return 0;
}

static PymObject *descr_repr_fmt(PymObject *o, const char *kind) {
    DescrHead *d = (DescrHead *)o;
    return pym_str_from_format("<%s '%U' of '%s' objects>", kind, d->d_name, d->d_type->tp_name);
}

/* 1: obj is fine, 0: obj NULL (return the descriptor), -1: error */
static int descr_check(DescrHead *d, PymObject *obj) {
    if (!obj) return 0;
    if (!pym_type_is_subtype(PYM_TYPE(obj), d->d_type)) {
        pym_err_format(PymExc_TypeError,
                       "descriptor '%U' for '%s' objects doesn't apply to a '%s' object", d->d_name,
                       d->d_type->tp_name, pym_type_name(obj));
        return -1;
    }
    return 1;
}

static PymObject *descr_get_name(PymObject *o, void *c) {
    return pym_newref(((DescrHead *)o)->d_name);
}
static PymObject *descr_get_qualname(PymObject *o, void *c) {
    DescrHead *d = (DescrHead *)o;
    return pym_str_from_format("%U.%U", pym_type_qualname(d->d_type), d->d_name);
}
static PymObject *descr_get_objclass(PymObject *o, void *c) {
    return pym_newref((PymObject *)((DescrHead *)o)->d_type);
}

static PymGetSetDef descr_getsets[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymObject *doc_or_none(const char *doc) {
    if (doc) return pym_str_from_cstr(doc);
    PYM_RETURN_NONE;
}

/* {===================================================================
** Method descriptors
** ==================================================================== */

PymObject *pym_descr_new_method(PymType *t, PymMethodDef *m) {
    PymMethodDescr *d = (PymMethodDescr *)descr_alloc(&pym_type_method_descr, t, m->ml_name);
    if (!d) return NULL;
    d->d_method = m;
    pym_gc_track((PymObject *)d);
    return (PymObject *)d;
}

static PymObject *method_descr_repr(PymObject *o) { return descr_repr_fmt(o, "method"); }

PymObject *pym_method_descr_call_self(PymObject *descr, PymObject *self, PymObject *const *args,
                                      size_t nargs, PymObject *kwnames) {
    PymMethodDescr *d = (PymMethodDescr *)descr;
    if (PYM_TYPE(self) != d->d_type && descr_check((DescrHead *)d, self) < 0) return NULL;
    PymObject *r = d->d_method->ml_meth(self, args, nargs, kwnames);
    if (PYM_UNLIKELY(!r)) pym_arg_qualify_error(d->d_type, d->d_method->ml_name);
    return r;
}

static PymObject *method_descr_call(PymObject *descr, PymObject *const *args, size_t nargs,
                                    PymObject *kwnames) {
    PymMethodDescr *d = (PymMethodDescr *)descr;
    if (nargs < 1) {
        pym_err_format(PymExc_TypeError, "unbound method %s.%U() needs an argument",
                       d->d_type->tp_name, d->d_name);
        return NULL;
    }
    return pym_method_descr_call_self(descr, args[0], args + 1, nargs - 1, kwnames);
}

static PymObject *method_descr_get(PymObject *descr, PymObject *obj, PymObject *type) {
    PymMethodDescr *d = (PymMethodDescr *)descr;
    int r = descr_check((DescrHead *)d, obj);
    if (r <= 0) return r < 0 ? NULL : pym_newref(descr);
    return pym_cfunction_new(d->d_method, obj, NULL);
}

static PymObject *method_descr_get_doc(PymObject *o, void *c) {
    return doc_or_none(((PymMethodDescr *)o)->d_method->ml_doc);
}

static PymGetSetDef method_descr_getsets[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", method_descr_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_type_method_descr = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "method_descriptor",
    .tp_basicsize = sizeof(PymMethodDescr),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_dealloc = descr_dealloc,
    .tp_traverse = descr_traverse,
    .tp_repr = method_descr_repr,
    .tp_call = method_descr_call,
    .tp_descr_get = method_descr_get,
    .tp_getset = method_descr_getsets,
};

/* ---- class-method descriptors (dict.fromkeys) ---- */

PymObject *pym_descr_new_classmethod(PymType *t, PymMethodDef *m) {
    PymMethodDescr *d = (PymMethodDescr *)descr_alloc(&pym_type_classmethod_descr, t, m->ml_name);
    if (!d) return NULL;
    d->d_method = m;
    pym_gc_track((PymObject *)d);
    return (PymObject *)d;
}

static PymObject *classmethod_descr_get(PymObject *descr, PymObject *obj, PymObject *type) {
    PymMethodDescr *d = (PymMethodDescr *)descr;
    if (!type) type = (PymObject *)PYM_TYPE(obj);
    if (!PYM_TYPE_CHECK(type)) {
        pym_err_format(PymExc_TypeError,
                       "descriptor '%U' for type '%s' needs a type, not a '%s' as arg 2", d->d_name,
                       d->d_type->tp_name, pym_type_name(type));
        return NULL;
    }
    if (!pym_type_is_subtype((PymType *)type, d->d_type)) {
        pym_err_format(PymExc_TypeError,
                       "descriptor '%U' requires a subtype of '%s' but received '%s'", d->d_name,
                       d->d_type->tp_name, ((PymType *)type)->tp_name);
        return NULL;
    }
    return pym_cfunction_new(d->d_method, type, NULL);
}

static PymObject *classmethod_descr_call(PymObject *descr, PymObject *const *args, size_t nargs,
                                         PymObject *kwnames) {
    PymMethodDescr *d = (PymMethodDescr *)descr;
    if (nargs < 1) {
        pym_err_format(PymExc_TypeError, "descriptor '%U' of '%s' object needs an argument",
                       d->d_name, d->d_type->tp_name);
        return NULL;
    }
    PymObject *bound = classmethod_descr_get(descr, NULL, args[0]);
    if (!bound) return NULL;
    PymObject *r = pym_call(bound, args + 1, nargs - 1, kwnames);
    PYM_DECREF(bound);
    return r;
}

PymType pym_type_classmethod_descr = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "classmethod_descriptor",
    .tp_basicsize = sizeof(PymMethodDescr),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = descr_dealloc,
    .tp_traverse = descr_traverse,
    .tp_repr = method_descr_repr,
    .tp_call = classmethod_descr_call,
    .tp_descr_get = classmethod_descr_get,
    .tp_getset = method_descr_getsets,
};

/* {===================================================================
** Member descriptors
** ==================================================================== */

PymObject *pym_descr_new_member(PymType *t, PymMemberDef *m) {
    PymMemberDescr *d = (PymMemberDescr *)descr_alloc(&pym_type_member_descr, t, m->name);
    if (!d) return NULL;
    d->d_member = m;
    pym_gc_track((PymObject *)d);
    return (PymObject *)d;
}

static PymObject *member_repr(PymObject *o) { return descr_repr_fmt(o, "member"); }

static PymObject *member_get(PymObject *descr, PymObject *obj, PymObject *type) {
    PymMemberDescr *d = (PymMemberDescr *)descr;
    int r = descr_check((DescrHead *)d, obj);
    if (r <= 0) return r < 0 ? NULL : pym_newref(descr);
    char *addr = (char *)obj + d->d_member->offset;
    switch (d->d_member->type) {
    case PYM_T_OBJECT: {
        PymObject *v = *(PymObject **)addr;
        return pym_newref(v ? v : pym_None);
    }
    case PYM_T_OBJECT_EX: {
        PymObject *v = *(PymObject **)addr;
        if (!v) {
            pym_err_format(PymExc_AttributeError, "'%s' object has no attribute '%s'",
                           pym_type_name(obj), d->d_member->name);
            return NULL;
        }
        return pym_newref(v);
    }
    case PYM_T_INT: return pym_int_from_long(*(int *)addr);
    case PYM_T_SSIZE: return pym_int_from_ssize(*(intptr_t *)addr);
    case PYM_T_DOUBLE: return pym_float_from_double(*(double *)addr);
    case PYM_T_BOOL: return pym_bool_from(*(char *)addr);
    }
    return pym_err_bad_internal_call();
}

static int member_set(PymObject *descr, PymObject *obj, PymObject *value) {
    PymMemberDescr *d = (PymMemberDescr *)descr;
    if (descr_check((DescrHead *)d, obj) < 0) return -1;
    PymMemberDef *m = d->d_member;
    if (m->flags & PYM_READONLY) {
        pym_err_set_string(PymExc_AttributeError, "readonly attribute");
        return -1;
    }
    char *addr = (char *)obj + m->offset;
    if (m->type == PYM_T_OBJECT || m->type == PYM_T_OBJECT_EX) {
        PymObject **slot = (PymObject **)addr;
        if (!value && m->type == PYM_T_OBJECT_EX && !*slot) {
            pym_err_set_string(PymExc_AttributeError, m->name); /* 3.11: just the name */
            return -1;
        }
        PYM_SETREF(*slot, pym_xnewref(value));
        return 0;
    }
    if (!value) {
        pym_err_set_string(PymExc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (m->type == PYM_T_DOUBLE) {
        double v = pym_float_as_double(value);
        if (v == -1.0 && pym_err_occurred()) return -1;
        *(double *)addr = v;
        return 0;
    }
    if (m->type == PYM_T_BOOL) {
        if (!PYM_BOOL_CHECK(value)) {
            pym_err_set_string(PymExc_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(char *)addr = value == pym_True;
        return 0;
    }
    if (!PYM_INT_CHECK(value)) {
        pym_err_set_string(PymExc_TypeError, "attribute value type must be int");
        return -1;
    }
    intptr_t v = pym_int_as_ssize(value);
    if (v == -1 && pym_err_occurred()) return -1;
    if (m->type == PYM_T_INT)
        *(int *)addr = (int)v;
    else
        *(intptr_t *)addr = v;
    return 0;
}

static PymObject *member_get_doc(PymObject *o, void *c) {
    return doc_or_none(((PymMemberDescr *)o)->d_member->doc);
}

static PymGetSetDef member_getsets[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", member_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_type_member_descr = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "member_descriptor",
    .tp_basicsize = sizeof(PymMemberDescr),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = descr_dealloc,
    .tp_traverse = descr_traverse,
    .tp_repr = member_repr,
    .tp_descr_get = member_get,
    .tp_descr_set = member_set,
    .tp_getset = member_getsets,
};

/* {===================================================================
** Getset descriptors
** ==================================================================== */

PymObject *pym_descr_new_getset(PymType *t, PymGetSetDef *g) {
    PymGetSetDescr *d = (PymGetSetDescr *)descr_alloc(&pym_type_getset_descr, t, g->name);
    if (!d) return NULL;
    d->d_getset = g;
    pym_gc_track((PymObject *)d);
    return (PymObject *)d;
}

static PymObject *getset_repr(PymObject *o) { return descr_repr_fmt(o, "attribute"); }

static PymObject *getset_get(PymObject *descr, PymObject *obj, PymObject *type) {
    PymGetSetDescr *d = (PymGetSetDescr *)descr;
    int r = descr_check((DescrHead *)d, obj);
    if (r <= 0) return r < 0 ? NULL : pym_newref(descr);
    if (!d->d_getset->get) {
        pym_err_format(PymExc_AttributeError, "attribute '%U' of '%s' objects is not readable",
                       d->d_name, d->d_type->tp_name);
        return NULL;
    }
    return d->d_getset->get(obj, d->d_getset->closure);
}

static int getset_set(PymObject *descr, PymObject *obj, PymObject *value) {
    PymGetSetDescr *d = (PymGetSetDescr *)descr;
    if (descr_check((DescrHead *)d, obj) < 0) return -1;
    if (!d->d_getset->set) {
        pym_err_format(PymExc_AttributeError, "attribute '%U' of '%s' objects is not writable",
                       d->d_name, d->d_type->tp_name);
        return -1;
    }
    return d->d_getset->set(obj, value, d->d_getset->closure);
}

static PymObject *getset_get_doc(PymObject *o, void *c) {
    return doc_or_none(((PymGetSetDescr *)o)->d_getset->doc);
}

static PymGetSetDef getset_getsets[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", getset_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_type_getset_descr = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "getset_descriptor",
    .tp_basicsize = sizeof(PymGetSetDescr),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = descr_dealloc,
    .tp_traverse = descr_traverse,
    .tp_repr = getset_repr,
    .tp_descr_get = getset_get,
    .tp_descr_set = getset_set,
    .tp_getset = getset_getsets,
};

/* {===================================================================
** Slot wrappers and method-wrappers
** ==================================================================== */

PymObject *pym_descr_new_wrapper(PymType *t, const PymSlotDef *sd, void *wrapped) {
    PymWrapperDescr *d = (PymWrapperDescr *)descr_alloc(&pym_type_wrapper_descr, t, sd->name);
    if (!d) return NULL;
    d->d_base = sd;
    d->d_wrapped = wrapped;
    pym_gc_track((PymObject *)d);
    return (PymObject *)d;
}

static PymObject *wrapper_descr_repr(PymObject *o) { return descr_repr_fmt(o, "slot wrapper"); }

static PymObject *wrapper_call_self(PymWrapperDescr *d, PymObject *self, PymObject *const *args,
                                    size_t nargs, PymObject *kwnames) {
    if (!pym_type_is_subtype(PYM_TYPE(self), d->d_type)) {
        pym_err_format(PymExc_TypeError,
                       "descriptor '%U' requires a '%s' object but received a '%s'", d->d_name,
                       d->d_type->tp_name, pym_type_name(self));
        return NULL;
    }
    return d->d_base->wrapper(self, args, nargs, kwnames, d->d_wrapped, d->d_base->flag);
}

static PymObject *wrapper_descr_call(PymObject *descr, PymObject *const *args, size_t nargs,
                                     PymObject *kwnames) {
    PymWrapperDescr *d = (PymWrapperDescr *)descr;
    if (nargs < 1) {
        pym_err_format(PymExc_TypeError, "descriptor '%U' of '%s' object needs an argument",
                       d->d_name, d->d_type->tp_name);
        return NULL;
    }
    return wrapper_call_self(d, args[0], args + 1, nargs - 1, kwnames);
}

typedef struct {
    PymObject ob_base;
    PymWrapperDescr *descr;
    PymObject *self;
} MethodWrapper;

static PymObject *wrapper_descr_get(PymObject *descr, PymObject *obj, PymObject *type) {
    int r = descr_check((DescrHead *)descr, obj);
    if (r <= 0) return r < 0 ? NULL : pym_newref(descr);
    MethodWrapper *w = (MethodWrapper *)pym_object_alloc(&pym_type_method_wrapper, 0);
    if (!w) return NULL;
    w->descr = (PymWrapperDescr *)pym_newref(descr);
    w->self = pym_newref(obj);
    pym_gc_track((PymObject *)w);
    return (PymObject *)w;
}

PymType pym_type_wrapper_descr = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "wrapper_descriptor",
    .tp_basicsize = sizeof(PymWrapperDescr),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_dealloc = descr_dealloc,
    .tp_traverse = descr_traverse,
    .tp_repr = wrapper_descr_repr,
    .tp_call = wrapper_descr_call,
    .tp_descr_get = wrapper_descr_get,
    .tp_getset = descr_getsets,
};

static void mw_dealloc(PymObject *o) {
    MethodWrapper *w = (MethodWrapper *)o;
    pym_gc_untrack(o);
    PYM_XDECREF(w->descr);
    PYM_XDECREF(w->self);
    PYM_TYPE(o)->tp_free(o);
}

static int mw_traverse(PymObject *o, visitproc visit, void *arg) {
    MethodWrapper *w = (MethodWrapper *)o;
    PYM_VISIT(w->descr);
    PYM_VISIT(w->self);
    return 0;
}

static PymObject *mw_repr(PymObject *o) {
    MethodWrapper *w = (MethodWrapper *)o;
    return pym_str_from_format("<method-wrapper '%U' of %s object at %p>", w->descr->d_name,
                               pym_type_name(w->self), (void *)w->self);
}

static PymObject *mw_call(PymObject *o, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    MethodWrapper *w = (MethodWrapper *)o;
    return wrapper_call_self(w->descr, w->self, args, nargs, kwnames);
}

static PymObject *mw_richcompare(PymObject *a, PymObject *b, int op) {
    if ((op != PYM_EQ && op != PYM_NE) || PYM_TYPE(b) != &pym_type_method_wrapper)
        PYM_RETURN_NOTIMPL;
    MethodWrapper *x = (MethodWrapper *)a, *y = (MethodWrapper *)b;
    bool eq = x->descr == y->descr && x->self == y->self;
    return pym_bool_from(op == PYM_EQ ? eq : !eq);
}

static PymObject *mw_get_self(PymObject *o, void *c) {
    return pym_newref(((MethodWrapper *)o)->self);
}
static PymObject *mw_get_name(PymObject *o, void *c) {
    return pym_newref(((MethodWrapper *)o)->descr->d_name);
}

static PymGetSetDef mw_getsets[] = {
    {"__self__", mw_get_self, NULL, NULL, NULL},
    {"__name__", mw_get_name, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_type_method_wrapper = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "method-wrapper",
    .tp_basicsize = sizeof(MethodWrapper),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = mw_dealloc,
    .tp_traverse = mw_traverse,
    .tp_repr = mw_repr,
    .tp_call = mw_call,
    .tp_richcompare = mw_richcompare,
    .tp_getset = mw_getsets,
};

/* {===================================================================
** property
** ==================================================================== */

static PymObject *property_new(PymType *t, PymObject *const *args, size_t nargs,
                               PymObject *kwnames) {
    return pym_type_generic_new(t, args, nargs, kwnames);
}

static int property_init(PymObject *self, PymObject *const *args, size_t nargs,
                         PymObject *kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    PymObject *a[4] = {NULL, NULL, NULL, NULL};
    if (pym_arg_unpack("property", args, nargs, kwnames, names, 0, -1, a) < 0) return -1;
    PymProperty *p = (PymProperty *)self;
    for (int i = 0; i < 4; i++)
        if (a[i] == pym_None) a[i] = NULL;
    PYM_SETREF(p->prop_get, pym_xnewref(a[0]));
    PYM_SETREF(p->prop_set, pym_xnewref(a[1]));
    PYM_SETREF(p->prop_del, pym_xnewref(a[2]));
    PYM_SETREF(p->prop_doc, pym_xnewref(a[3]));
    p->getter_doc = 0;
    if (!a[3] && a[0]) {
        PymObject *doc;
        int r = pym_object_lookup_attr(a[0], ID(__doc__), &doc);
        if (r < 0) return -1;
        if (r) {
            if (PYM_TYPE(self) == &pym_type_property) {
                PYM_SETREF(p->prop_doc, doc);
            } else {
                int sr = pym_object_setattr(self, ID(__doc__), doc);
                PYM_DECREF(doc);
                if (sr < 0) return -1;
            }
            p->getter_doc = 1;
        }
    }
    return 0;
}

static void property_dealloc(PymObject *o) {
    PymProperty *p = (PymProperty *)o;
    pym_gc_untrack(o);
    PYM_XDECREF(p->prop_get);
    PYM_XDECREF(p->prop_set);
    PYM_XDECREF(p->prop_del);
    PYM_XDECREF(p->prop_doc);
    PYM_XDECREF(p->prop_name);
    PYM_TYPE(o)->tp_free(o);
}

static int property_traverse(PymObject *o, visitproc visit, void *arg) {
    PymProperty *p = (PymProperty *)o;
    PYM_VISIT(p->prop_get);
    PYM_VISIT(p->prop_set);
    PYM_VISIT(p->prop_del);
    PYM_VISIT(p->prop_doc);
    PYM_VISIT(p->prop_name);
    return 0;
}

static int property_clear(PymObject *o) {
    PymProperty *p = (PymProperty *)o;
    PYM_CLEAR(p->prop_get);
    PYM_CLEAR(p->prop_set);
    PYM_CLEAR(p->prop_del);
    PYM_CLEAR(p->prop_doc);
    PYM_CLEAR(p->prop_name);
    return 0;
}

static void property_error(PymProperty *p, PymObject *obj, const char *what) {
    if (p->prop_name)
        pym_err_format(PymExc_AttributeError, "property %R of '%s' object has no %s", p->prop_name,
                       pym_type_name(obj), what);
    else
        pym_err_format(PymExc_AttributeError, "property of '%s' object has no %s",
                       pym_type_name(obj), what);
}

static PymObject *property_get(PymObject *self, PymObject *obj, PymObject *type) {
    PymProperty *p = (PymProperty *)self;
    if (!obj || obj == pym_None) return pym_newref(self);
    if (!p->prop_get) {
        property_error(p, obj, "getter");
        return NULL;
    }
    return pym_call_onearg(p->prop_get, obj);
}

static int property_set(PymObject *self, PymObject *obj, PymObject *value) {
    PymProperty *p = (PymProperty *)self;
    PymObject *f = value ? p->prop_set : p->prop_del;
    if (!f) {
        property_error(p, obj, value ? "setter" : "deleter");
        return -1;
    }
    PymObject *r;
    if (value) {
        PymObject *a[2] = {obj, value};
        r = pym_call(f, a, 2, NULL);
    } else {
        r = pym_call_onearg(f, obj);
    }
    if (!r) return -1;
    PYM_DECREF(r);
    return 0;
}

/* A copy of the property with one accessor replaced (getter/setter/deleter). */
static PymObject *property_copy(PymObject *self, PymObject *get, PymObject *set, PymObject *del) {
    PymProperty *p = (PymProperty *)self;
    if (!get) get = p->prop_get;
    if (!set) set = p->prop_set;
    if (!del) del = p->prop_del;
    PymObject *doc = (p->getter_doc && get != pym_None) || !p->prop_doc ? pym_None : p->prop_doc;
    PymObject *a[4] = {get ? get : pym_None, set ? set : pym_None, del ? del : pym_None, doc};
    PymObject *n = pym_call((PymObject *)PYM_TYPE(self), a, 4, NULL);
    if (n && PYM_TYPE(n)->tp_descr_get == property_get && p->prop_name)
        PYM_SETREF(((PymProperty *)n)->prop_name, pym_newref(p->prop_name));
    return n;
}

static PymObject *property_getter(PymObject *self, PymObject *const *args, size_t nargs,
                                  PymObject *kwnames) {
    if (pym_arg_count("getter", nargs, kwnames, 1, 1)) return NULL;
    return property_copy(self, args[0], NULL, NULL);
}
static PymObject *property_setter(PymObject *self, PymObject *const *args, size_t nargs,
                                  PymObject *kwnames) {
    if (pym_arg_count("setter", nargs, kwnames, 1, 1)) return NULL;
    return property_copy(self, NULL, args[0], NULL);
}
static PymObject *property_deleter(PymObject *self, PymObject *const *args, size_t nargs,
                                   PymObject *kwnames) {
    if (pym_arg_count("deleter", nargs, kwnames, 1, 1)) return NULL;
    return property_copy(self, NULL, NULL, args[0]);
}
static PymObject *property_set_name(PymObject *self, PymObject *const *args, size_t nargs,
                                    PymObject *kwnames) {
    if (nargs != 2) {
        pym_err_format(PymExc_TypeError,
                       "__set_name__() takes 2 positional arguments but %zd were given",
                       (intptr_t)nargs);
        return NULL;
    }
    PYM_SETREF(((PymProperty *)self)->prop_name, pym_newref(args[1]));
    PYM_RETURN_NONE;
}

static PymMethodDef property_methods[] = {
    {"getter", property_getter, 0,
     "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_setter, 0,
     "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_deleter, 0,
     "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", property_set_name, 0, "Method to set name of a property."},
    {NULL, NULL, 0, NULL},
};

static PymMemberDef property_members[] = {
    {"fget", PYM_T_OBJECT, offsetof(PymProperty, prop_get), PYM_READONLY, NULL},
    {"fset", PYM_T_OBJECT, offsetof(PymProperty, prop_set), PYM_READONLY, NULL},
    {"fdel", PYM_T_OBJECT, offsetof(PymProperty, prop_del), PYM_READONLY, NULL},
    {"__doc__", PYM_T_OBJECT, offsetof(PymProperty, prop_doc), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

/* property.__isabstractmethod__: true when fget, fset or fdel is abstract. */
static PymObject *property_get_isabstract(PymObject *self, void *c) {
    PymProperty *p = (PymProperty *)self;
    PymObject *parts[3] = {p->prop_get, p->prop_set, p->prop_del};
    for (int i = 0; i < 3; i++) {
        if (!parts[i]) continue;
        PymObject *v;
        int r = pym_object_lookup_attr(parts[i], ID(__isabstractmethod__), &v);
        if (r < 0) return NULL;
        if (!r) continue;
        int truth = pym_object_is_true(v);
        PYM_DECREF(v);
        if (truth < 0) return NULL;
        if (truth) PYM_RETURN_TRUE;
    }
    PYM_RETURN_FALSE;
}

static PymGetSetDef property_getsets[] = {
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_type_property = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "property",
    .tp_basicsize = sizeof(PymProperty),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = property_dealloc,
    .tp_traverse = property_traverse,
    .tp_clear = property_clear,
    .tp_descr_get = property_get,
    .tp_descr_set = property_set,
    .tp_methods = property_methods,
    .tp_members = property_members,
    .tp_getset = property_getsets,
    .tp_new = property_new,
    .tp_init = property_init,
    .tp_doc = "Property attribute.",
};

/* {===================================================================
** classmethod and staticmethod
** ==================================================================== */

static int cm_copy_attrs(PymClassMethod *cm) {
    static const char *const names[] = {"__module__", "__name__", "__qualname__", "__doc__", NULL};
    if (!cm->cm_dict) {
        cm->cm_dict = pym_dict_new();
        if (!cm->cm_dict) return -1;
    }
    for (int i = 0; names[i]; i++) {
        PymObject *v;
        int r = pym_object_lookup_attr(cm->cm_callable, pym_str_intern_cstr(names[i]), &v);
        if (r < 0) return -1;
        if (!r) continue;
        r = pym_dict_setitem_cstr(cm->cm_dict, names[i], v);
        PYM_DECREF(v);
        if (r < 0) return -1;
    }
    return 0;
}

static PymObject *cm_new_common(PymType *t, PymObject *callable) {
    PymClassMethod *cm = (PymClassMethod *)pym_object_alloc(t, 0);
    if (!cm) return NULL;
    cm->cm_callable = pym_newref(callable);
    if (cm_copy_attrs(cm) < 0) {
        PYM_DECREF(cm);
        return NULL;
    }
    pym_gc_track((PymObject *)cm);
    return (PymObject *)cm;
}

static PymObject *cm_new(PymType *t, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    const char *name = t == &pym_type_staticmethod || pym_type_is_subtype(t, &pym_type_staticmethod)
                           ? "staticmethod"
                           : "classmethod";
    if (pym_arg_nkw(kwnames)) {
        pym_err_format(PymExc_TypeError, "%s() takes no keyword arguments", name);
        return NULL;
    }
    if (nargs != 1) {
        pym_err_format(PymExc_TypeError, "%s expected 1 argument, got %zd", name, (intptr_t)nargs);
        return NULL;
    }
    return cm_new_common(t, args[0]);
}

PymObject *pym_staticmethod_new(PymObject *callable) {
    return cm_new_common(&pym_type_staticmethod, callable);
}
PymObject *pym_classmethod_new(PymObject *callable) {
    return cm_new_common(&pym_type_classmethod, callable);
}

static void cm_dealloc(PymObject *o) {
    PymClassMethod *cm = (PymClassMethod *)o;
    pym_gc_untrack(o);
    PYM_XDECREF(cm->cm_callable);
    PYM_XDECREF(cm->cm_dict);
    PYM_TYPE(o)->tp_free(o);
}

static int cm_traverse(PymObject *o, visitproc visit, void *arg) {
    PymClassMethod *cm = (PymClassMethod *)o;
    PYM_VISIT(cm->cm_callable);
    PYM_VISIT(cm->cm_dict);
    if (PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_HEAPTYPE) PYM_VISIT(PYM_TYPE(o));
    return 0;
}

static int cm_clear(PymObject *o) {
    PymClassMethod *cm = (PymClassMethod *)o;
    PYM_CLEAR(cm->cm_callable);
    PYM_CLEAR(cm->cm_dict);
    return 0;
}

static PymObject *classmethod_get(PymObject *self, PymObject *obj, PymObject *type) {
    PymClassMethod *cm = (PymClassMethod *)self;
    if (!type) type = (PymObject *)PYM_TYPE(obj);
    PymObject *f = cm->cm_callable;
    if (!PYM_FUNCTION_CHECK(f) && PYM_TYPE(f)->tp_descr_get)
        return PYM_TYPE(f)->tp_descr_get(f, type, type);
    return pym_method_new(f, type);
}

static PymObject *staticmethod_get(PymObject *self, PymObject *obj, PymObject *type) {
    return pym_newref(((PymClassMethod *)self)->cm_callable);
}

static PymObject *staticmethod_call(PymObject *self, PymObject *const *args, size_t nargs,
                                    PymObject *kwnames) {
    return pym_call(((PymClassMethod *)self)->cm_callable, args, nargs, kwnames);
}

static PymObject *cm_repr_common(PymObject *self, const char *kind) {
    return pym_str_from_format("<%s(%R)>", kind, ((PymClassMethod *)self)->cm_callable);
}
static PymObject *classmethod_repr(PymObject *self) { return cm_repr_common(self, "classmethod"); }
static PymObject *staticmethod_repr(PymObject *self) {
    return cm_repr_common(self, "staticmethod");
}

static PymObject *cm_get_isabstract(PymObject *self, void *c) {
    PymObject *v;
    int r = pym_object_lookup_attr(((PymClassMethod *)self)->cm_callable, ID(__isabstractmethod__),
                                   &v);
    if (r < 0) return NULL;
    if (!r) PYM_RETURN_FALSE;
    return v;
}

static PymGetSetDef cm_getsets[] = {
    {"__isabstractmethod__", cm_get_isabstract, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymMemberDef cm_members[] = {
    {"__func__", PYM_T_OBJECT, offsetof(PymClassMethod, cm_callable), PYM_READONLY, NULL},
    {"__wrapped__", PYM_T_OBJECT, offsetof(PymClassMethod, cm_callable), PYM_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

PymType pym_type_classmethod = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "classmethod",
    .tp_basicsize = sizeof(PymClassMethod),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = cm_dealloc,
    .tp_traverse = cm_traverse,
    .tp_clear = cm_clear,
    .tp_repr = classmethod_repr,
    .tp_descr_get = classmethod_get,
    .tp_dictoffset = offsetof(PymClassMethod, cm_dict),
    .tp_members = cm_members,
    .tp_getset = cm_getsets,
    .tp_new = cm_new,
    .tp_doc = "classmethod(function) -> method",
};

PymType pym_type_staticmethod = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "staticmethod",
    .tp_basicsize = sizeof(PymClassMethod),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = cm_dealloc,
    .tp_traverse = cm_traverse,
    .tp_clear = cm_clear,
    .tp_repr = staticmethod_repr,
    .tp_call = staticmethod_call,
    .tp_descr_get = staticmethod_get,
    .tp_dictoffset = offsetof(PymClassMethod, cm_dict),
    .tp_members = cm_members,
    .tp_getset = cm_getsets,
    .tp_new = cm_new,
    .tp_doc = "staticmethod(function) -> method",
};

/* {===================================================================
** super
** ==================================================================== */

/* The type to search from for super(type, obj); NULL + TypeError if none. */
static PymType *supercheck(PymType *type, PymObject *obj) {
    if (PYM_TYPE_CHECK(obj) && pym_type_is_subtype((PymType *)obj, type)) return (PymType *)obj;
    if (pym_type_is_subtype(PYM_TYPE(obj), type)) return PYM_TYPE(obj);
    PymObject *cls;
    int r = pym_object_lookup_attr(obj, ID(__class__), &cls);
    if (r < 0) return NULL;
    if (r) {
        if (PYM_TYPE_CHECK(cls) && (PymType *)cls != PYM_TYPE(obj) &&
            pym_type_is_subtype((PymType *)cls, type)) {
            PYM_DECREF(cls); /* kept alive by obj */
            return (PymType *)cls;
        }
        PYM_DECREF(cls);
    }
    pym_err_set_string(PymExc_TypeError,
                       "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int super_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    PymSuper *su = (PymSuper *)self;
    if (pym_arg_no_kwargs("super", kwnames)) return -1;
    if (nargs > 2) {
        pym_err_format(PymExc_TypeError, "super() expected at most 2 arguments, got %zd",
                       (intptr_t)nargs);
        return -1;
    }
    PymObject *type, *obj = NULL;
    if (nargs == 0) {
        PymFrame *f = pym_vm_current_frame();
        if (!f) {
            pym_err_set_string(PymExc_RuntimeError, "super(): no current frame");
            return -1;
        }
        if (pym_frame_super_args(f, &type, &obj) < 0) return -1;
    } else {
        type = args[0];
        if (nargs == 2) obj = args[1];
    }
    if (!PYM_TYPE_CHECK(type)) {
        pym_err_format(PymExc_TypeError, "super() argument 1 must be a type, not %s",
                       pym_type_name(type));
        return -1;
    }
    if (obj == pym_None) obj = NULL;
    PymType *obj_type = NULL;
    if (obj) {
        obj_type = supercheck((PymType *)type, obj);
        if (!obj_type) return -1;
    }
    PYM_SETREF(su->type, (PymType *)pym_newref(type));
    PYM_SETREF(su->obj, pym_xnewref(obj));
    PYM_SETREF(su->obj_type, (PymType *)pym_xnewref((PymObject *)obj_type));
    return 0;
}

static void super_dealloc(PymObject *o) {
    PymSuper *su = (PymSuper *)o;
    pym_gc_untrack(o);
    PYM_XDECREF(su->type);
    PYM_XDECREF(su->obj);
    PYM_XDECREF(su->obj_type);
    PYM_TYPE(o)->tp_free(o);
}

static int super_traverse(PymObject *o, visitproc visit, void *arg) {
    PymSuper *su = (PymSuper *)o;
    if (su->type && (su->type->tp_flags & PYM_TPFLAGS_HEAPTYPE)) PYM_VISIT(su->type);
    PYM_VISIT(su->obj);
    if (su->obj_type && (su->obj_type->tp_flags & PYM_TPFLAGS_HEAPTYPE)) PYM_VISIT(su->obj_type);
    return 0;
}

static PymObject *super_getattro(PymObject *self, PymObject *name) {
    PymSuper *su = (PymSuper *)self;
    PymType *start = su->obj_type;
    if (!start || (PYM_STR_CHECK(name) && pym_str_equal_cstr(name, "__class__")))
        return pym_object_generic_getattr(self, name);
    PymObject *mro = start->tp_mro;
    if (!mro) return pym_object_generic_getattr(self, name);
    intptr_t n = PYM_SIZE(mro), i;
    for (i = 0; i + 1 < n; i++)
        if (PYM_TUPLE_GET(mro, i) == (PymObject *)su->type) break;
    for (i++; i < n; i++) {
        PymType *b = (PymType *)PYM_TUPLE_GET(mro, i);
        PymObject *bd = pym_type_get_dict(b);
        if (!bd) {
            if (pym_err_occurred()) return NULL;
            continue;
        }
        PymObject *res = pym_dict_getitem(bd, name);
        if (!res) {
            if (pym_err_occurred()) return NULL;
            continue;
        }
        descrgetfunc f = PYM_TYPE(res)->tp_descr_get;
        if (!f) return pym_newref(res);
        PYM_INCREF(res);
        PymObject *r = f(res, su->obj == (PymObject *)start ? NULL : su->obj, (PymObject *)start);
        PYM_DECREF(res);
        return r;
    }
    return pym_object_generic_getattr(self, name);
}

static PymObject *super_repr(PymObject *self) {
    PymSuper *su = (PymSuper *)self;
    if (su->obj_type)
        return pym_str_from_format("<super: <class '%s'>, <%s object>>",
                                   su->type ? su->type->tp_name : "NULL", su->obj_type->tp_name);
    return pym_str_from_format("<super: <class '%s'>, NULL>",
                               su->type ? su->type->tp_name : "NULL");
}

static PymMemberDef super_members[] = {
    {"__thisclass__", PYM_T_OBJECT, offsetof(PymSuper, type), PYM_READONLY, NULL},
    {"__self__", PYM_T_OBJECT, offsetof(PymSuper, obj), PYM_READONLY, NULL},
    {"__self_class__", PYM_T_OBJECT, offsetof(PymSuper, obj_type), PYM_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

PymType pym_type_super = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "super",
    .tp_basicsize = sizeof(PymSuper),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = super_dealloc,
    .tp_traverse = super_traverse,
    .tp_repr = super_repr,
    .tp_getattro = super_getattro,
    .tp_members = super_members,
    .tp_new = pym_type_generic_new,
    .tp_init = super_init,
    .tp_doc = "super() -> same as super(__class__, <first argument>)",
};

/* {===================================================================
** mappingproxy
** ==================================================================== */

typedef struct {
    PymObject ob_base;
    PymObject *mapping;
} MappingProxy;

PymObject *pym_mappingproxy_new(PymObject *mapping) {
    MappingProxy *p = (MappingProxy *)pym_object_alloc(&pym_type_mappingproxy, 0);
    if (!p) return NULL;
    p->mapping = pym_newref(mapping);
    pym_gc_track((PymObject *)p);
    return (PymObject *)p;
}

static PymObject *mp_new(PymType *t, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    static const char *const names[] = {"mapping", NULL};
    PymObject *m;
    if (pym_arg_unpack("mappingproxy", args, nargs, kwnames, names, 1, 1, &m) < 0) return NULL;
    if (!PYM_DICT_CHECK(m) && !PYM_TYPE(m)->mp_subscript) {
        pym_err_format(PymExc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                       pym_type_name(m));
        return NULL;
    }
    return pym_mappingproxy_new(m);
}

static void mp_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    PYM_XDECREF(((MappingProxy *)o)->mapping);
    PYM_TYPE(o)->tp_free(o);
}
static int mp_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((MappingProxy *)o)->mapping);
    return 0;
}
static PymObject *mp_repr(PymObject *o) {
    return pym_str_from_format("mappingproxy(%R)", ((MappingProxy *)o)->mapping);
}
static PymObject *mp_str(PymObject *o) { return pym_object_str(((MappingProxy *)o)->mapping); }
static PymObject *mp_getitem(PymObject *o, PymObject *k) {
    return pym_object_getitem(((MappingProxy *)o)->mapping, k);
}
static intptr_t mp_len(PymObject *o) { return pym_object_len(((MappingProxy *)o)->mapping); }
static int mp_contains(PymObject *o, PymObject *k) {
    PymObject *m = ((MappingProxy *)o)->mapping;
    if (PYM_DICT_CHECK(m)) return pym_dict_contains(m, k);
    return pym_object_contains(m, k);
}
static PymObject *mp_iter(PymObject *o) { return pym_object_getiter(((MappingProxy *)o)->mapping); }
static PymObject *mp_richcompare(PymObject *a, PymObject *b, int op) {
    return pym_object_richcompare(((MappingProxy *)a)->mapping, b, op);
}

static PymObject *mp_forward(PymObject *self, const char *name, PymObject *const *args,
                             size_t nargs) {
    PymObject *n = pym_str_intern_cstr(name);
    return pym_call_method(((MappingProxy *)self)->mapping, n, args, nargs);
}
static PymObject *mp_keys(PymObject *s, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("keys", n, kw, 0, 0)) return NULL;
    return mp_forward(s, "keys", a, n);
}
static PymObject *mp_values(PymObject *s, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("values", n, kw, 0, 0)) return NULL;
    return mp_forward(s, "values", a, n);
}
static PymObject *mp_items(PymObject *s, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("items", n, kw, 0, 0)) return NULL;
    return mp_forward(s, "items", a, n);
}
static PymObject *mp_get(PymObject *s, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("get", n, kw, 1, 2)) return NULL;
    return mp_forward(s, "get", a, n);
}
static PymObject *mp_copy(PymObject *s, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("copy", n, kw, 0, 0)) return NULL;
    return mp_forward(s, "copy", a, n);
}

static PymMethodDef mp_methods[] = {
    {"keys", mp_keys, 0, NULL},
    {"values", mp_values, 0, NULL},
    {"items", mp_items, 0, NULL},
    {"get", mp_get, 0, NULL},
    {"copy", mp_copy, 0, NULL},
    {"__class_getitem__", pym_generic_alias_class_getitem, PYM_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

PymType pym_type_mappingproxy = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "mappingproxy",
    .tp_basicsize = sizeof(MappingProxy),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = mp_dealloc,
    .tp_traverse = mp_traverse,
    .tp_repr = mp_repr,
    .tp_str = mp_str,
    .tp_richcompare = mp_richcompare,
    .tp_iter = mp_iter,
    .mp_subscript = mp_getitem,
    .sq_length = mp_len,
    .sq_contains = mp_contains,
    .tp_methods = mp_methods,
    .tp_new = mp_new,
};

int pym_descr_init(void) {
    PymType *types[] = {
        &pym_type_method_descr, &pym_type_classmethod_descr, &pym_type_member_descr,
        &pym_type_getset_descr, &pym_type_wrapper_descr,     &pym_type_method_wrapper,
        &pym_type_property,     &pym_type_classmethod,       &pym_type_staticmethod,
        &pym_type_super,        &pym_type_mappingproxy};
    for (size_t i = 0; i < PYM_ARRAY_LEN(types); i++)
        if (pym_type_ready(types[i]) < 0) return -1;
    return 0;
}
