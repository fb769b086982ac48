/*
** funcobject.c -- function objects (calling them is vm.c's
** pym_function_vectorcall), cells, bound methods and built-in functions
** (PymCFunction: a PymMethodDef bound to a module or an instance).
*/
#include "pym.h"
#include "specialize.h"
#include "frameobject.h"

/* CPython's pointer hash: rotate by 4 so aligned addresses spread. */
static intptr_t hash_pointer(const void *p) {
    uintptr_t y = (uintptr_t)p;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    intptr_t x = (intptr_t)y;
    return x == -1 ? -2 : x;
}

/* {====== function ======} */

uint32_t pym_function_simple_for(PymCode *co) {
    if (co->co_argcount < 0 || co->co_argcount >= INT32_MAX ||
        !pym_specialize_simple_code(co, co->co_argcount))
        return 0;
    return ((uint32_t)co->co_argcount + 1) | (co->co_ncells || co->co_nfrees ? PYM_FUNC_CELLS : 0);
}

PymObject *pym_function_new(PymObject *code, PymObject *globals, PymObject *qualname) {
    if (!PYM_CODE_CHECK(code)) {
        pym_err_set_string(PymExc_SystemError, "pym_function_new: not a code object");
        return NULL;
    }
    PymCode *co = (PymCode *)code;
    PymFunction *fn = (PymFunction *)pym_object_alloc(&pym_type_function, 0);
    if (!fn) return NULL;
    fn->vectorcall = pym_function_vectorcall;
    fn->func_code = PYM_NEWREF(code);
    fn->func_simple = pym_function_simple_for(co);
    fn->func_globals = PYM_NEWREF(globals);
    fn->func_builtins = PYM_XNEWREF(pym_vm_builtins_for(globals));
    fn->func_name = PYM_NEWREF(co->co_name);
    fn->func_qualname = PYM_NEWREF(qualname ? qualname : co->co_qualname);
    PymObject *doc = pym_None;
    if (PYM_SIZE(co->co_consts) > 0 && PYM_STR_CHECK(PYM_TUPLE_GET(co->co_consts, 0)))
        doc = PYM_TUPLE_GET(co->co_consts, 0);
    fn->func_doc = PYM_NEWREF(doc);
    PymObject *mod = PYM_DICT_CHECK(globals) ? pym_dict_getitem(globals, PYM_ID(__name__)) : NULL;
    if (!mod && pym_err_occurred()) pym_err_clear();
    fn->func_module = PYM_XNEWREF(mod);
    pym_gc_track((PymObject *)fn);
    return (PymObject *)fn;
}

static void func_dealloc(PymObject *o) {
    PymFunction *fn = (PymFunction *)o;
    pym_gc_untrack(o);
    if (fn->func_weakreflist) pym_object_clear_weakrefs(o);
    PYM_CLEAR(fn->func_code);
    PYM_CLEAR(fn->func_globals);
    PYM_CLEAR(fn->func_builtins);
    PYM_CLEAR(fn->func_name);
    PYM_CLEAR(fn->func_qualname);
    PYM_CLEAR(fn->func_defaults);
    PYM_CLEAR(fn->func_kwdefaults);
    PYM_CLEAR(fn->func_closure);
    PYM_CLEAR(fn->func_doc);
    PYM_CLEAR(fn->func_dict);
    PYM_CLEAR(fn->func_module);
    PYM_CLEAR(fn->func_annotations);
    PYM_TYPE(o)->tp_free(o);
}

static int func_traverse(PymObject *o, visitproc visit, void *arg) {
    PymFunction *fn = (PymFunction *)o;
    PYM_VISIT(fn->func_code);
    PYM_VISIT(fn->func_globals);
    PYM_VISIT(fn->func_builtins);
    PYM_VISIT(fn->func_defaults);
    PYM_VISIT(fn->func_kwdefaults);
    PYM_VISIT(fn->func_closure);
    PYM_VISIT(fn->func_doc);
    PYM_VISIT(fn->func_dict);
    PYM_VISIT(fn->func_module);
    PYM_VISIT(fn->func_annotations);
    return 0;
}

static int func_clear(PymObject *o) {
    PymFunction *fn = (PymFunction *)o;
    PYM_CLEAR(fn->func_globals);
    PYM_CLEAR(fn->func_builtins);
    PYM_CLEAR(fn->func_defaults);
    PYM_CLEAR(fn->func_kwdefaults);
    PYM_CLEAR(fn->func_closure);
    PYM_CLEAR(fn->func_doc);
    PYM_CLEAR(fn->func_dict);
    PYM_CLEAR(fn->func_module);
    PYM_CLEAR(fn->func_annotations);
    return 0;
}

static PymObject *func_repr(PymObject *o) {
    return pym_str_from_format("<function %U at %p>", ((PymFunction *)o)->func_qualname, o);
}

static PymObject *func_descr_get(PymObject *func, PymObject *obj, PymObject *type) {
    if (!obj || obj == pym_None) return PYM_NEWREF(func);
    return pym_method_new(func, obj);
}

#define FN(o) ((PymFunction *)(o))

static PymObject *func_get_name(PymObject *o, void *c) { return PYM_NEWREF(FN(o)->func_name); }
static int func_set_name(PymObject *o, PymObject *v, void *c) {
    if (!v || !PYM_STR_CHECK(v)) {
        pym_err_set_string(PymExc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    PYM_INCREF(v);
    PYM_SETREF(FN(o)->func_name, v);
    return 0;
}
static PymObject *func_get_qualname(PymObject *o, void *c) {
    return PYM_NEWREF(FN(o)->func_qualname);
}
static int func_set_qualname(PymObject *o, PymObject *v, void *c) {
    if (!v || !PYM_STR_CHECK(v)) {
        pym_err_set_string(PymExc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    PYM_INCREF(v);
    PYM_SETREF(FN(o)->func_qualname, v);
    return 0;
}
static PymObject *func_get_doc(PymObject *o, void *c) {
    return PYM_NEWREF(FN(o)->func_doc ? FN(o)->func_doc : pym_None);
}
static int func_set_doc(PymObject *o, PymObject *v, void *c) {
    PYM_SETREF(FN(o)->func_doc, PYM_NEWREF(v ? v : pym_None));
    return 0;
}
static PymObject *func_get_module(PymObject *o, void *c) {
    return PYM_NEWREF(FN(o)->func_module ? FN(o)->func_module : pym_None);
}
static int func_set_module(PymObject *o, PymObject *v, void *c) {
    PYM_SETREF(FN(o)->func_module, PYM_XNEWREF(v));
    return 0;
}
static PymObject *func_get_defaults(PymObject *o, void *c) {
    return PYM_NEWREF(FN(o)->func_defaults ? FN(o)->func_defaults : pym_None);
}
static int func_set_defaults(PymObject *o, PymObject *v, void *c) {
    if (v == pym_None) v = NULL;
    if (v && !PYM_TUPLE_CHECK(v)) {
        pym_err_set_string(PymExc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    PYM_SETREF(FN(o)->func_defaults, PYM_XNEWREF(v));
    return 0;
}
static PymObject *func_get_kwdefaults(PymObject *o, void *c) {
    return PYM_NEWREF(FN(o)->func_kwdefaults ? FN(o)->func_kwdefaults : pym_None);
}
static int func_set_kwdefaults(PymObject *o, PymObject *v, void *c) {
    if (v == pym_None) v = NULL;
    if (v && !PYM_DICT_CHECK(v)) {
        pym_err_set_string(PymExc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    PYM_SETREF(FN(o)->func_kwdefaults, PYM_XNEWREF(v));
    return 0;
}
static PymObject *func_get_code(PymObject *o, void *c) { return PYM_NEWREF(FN(o)->func_code); }
static int func_set_code(PymObject *o, PymObject *v, void *c) {
    if (!v || !PYM_CODE_CHECK(v)) {
        pym_err_set_string(PymExc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    PymCode *nc = (PymCode *)v;
    intptr_t nclosure = FN(o)->func_closure ? PYM_SIZE(FN(o)->func_closure) : 0;
    if (nc->co_nfrees != nclosure) {
        pym_err_format(PymExc_ValueError, "%U() requires a code object with %zd free vars, not %d",
                       FN(o)->func_name, nclosure, nc->co_nfrees);
        return -1;
    }
    PYM_INCREF(v);
    PYM_SETREF(FN(o)->func_code, v);
    FN(o)->func_simple = pym_function_simple_for(nc);
    return 0;
}
static PymObject *func_get_globals(PymObject *o, void *c) {
    return PYM_NEWREF(FN(o)->func_globals);
}
static PymObject *func_get_builtins(PymObject *o, void *c) {
    return PYM_NEWREF(FN(o)->func_builtins ? FN(o)->func_builtins : pym_None);
}
static PymObject *func_get_closure(PymObject *o, void *c) {
    return PYM_NEWREF(FN(o)->func_closure ? FN(o)->func_closure : pym_None);
}
static PymObject *func_get_dict(PymObject *o, void *c) {
    if (!FN(o)->func_dict) {
        FN(o)->func_dict = pym_dict_new();
        if (!FN(o)->func_dict) return NULL;
    }
    return PYM_NEWREF(FN(o)->func_dict);
}
static int func_set_dict(PymObject *o, PymObject *v, void *c) {
    if (!v) {
        pym_err_set_string(PymExc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!PYM_DICT_CHECK(v)) {
        pym_err_set_string(PymExc_TypeError, "__dict__ must be set to a dictionary");
        return -1;
    }
    PYM_INCREF(v);
    PYM_SETREF(FN(o)->func_dict, v);
    return 0;
}
static PymObject *func_get_annotations(PymObject *o, void *c) {
    if (!FN(o)->func_annotations) {
        FN(o)->func_annotations = pym_dict_new();
        if (!FN(o)->func_annotations) return NULL;
    }
    return PYM_NEWREF(FN(o)->func_annotations);
}
static int func_set_annotations(PymObject *o, PymObject *v, void *c) {
    if (v == pym_None) v = NULL;
    if (v && !PYM_DICT_CHECK(v)) {
        pym_err_set_string(PymExc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    PYM_SETREF(FN(o)->func_annotations, PYM_XNEWREF(v));
    return 0;
}

static PymGetSetDef func_getset[] = {
    {"__name__", func_get_name, func_set_name, NULL, NULL},
    {"__qualname__", func_get_qualname, func_set_qualname, NULL, NULL},
    {"__doc__", func_get_doc, func_set_doc, NULL, NULL},
    {"__module__", func_get_module, func_set_module, NULL, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL, NULL},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL},
    {"__code__", func_get_code, func_set_code, NULL, NULL},
    {"__globals__", func_get_globals, NULL, NULL, NULL},
    {"__builtins__", func_get_builtins, NULL, NULL, NULL},
    {"__closure__", func_get_closure, NULL, NULL, NULL},
    {"__dict__", func_get_dict, func_set_dict, NULL, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_type_function = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "function",
    .tp_basicsize = sizeof(PymFunction),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_dealloc = func_dealloc,
    .tp_traverse = func_traverse,
    .tp_clear = func_clear,
    .tp_repr = func_repr,
    .tp_call = pym_function_vectorcall,
    .tp_getattro = pym_object_generic_getattr,
    .tp_setattro = pym_object_generic_setattr,
    .tp_descr_get = func_descr_get,
    .tp_dictoffset = offsetof(PymFunction, func_dict),
    .tp_weaklistoffset = offsetof(PymFunction, func_weakreflist),
    .tp_getset = func_getset,
    .tp_free = pym_object_free,
};

/* {====== cell ======} */

PymObject *pym_cell_new(PymObject *value) {
    PymCell *c = (PymCell *)pym_object_alloc(&pym_type_cell, 0);
    if (!c) return NULL;
    c->ob_ref = PYM_XNEWREF(value);
    pym_gc_track((PymObject *)c);
    return (PymObject *)c;
}

static void cell_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    PYM_CLEAR(((PymCell *)o)->ob_ref);
    PYM_TYPE(o)->tp_free(o);
}

static int cell_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((PymCell *)o)->ob_ref);
    return 0;
}

static int cell_clear(PymObject *o) {
    PYM_CLEAR(((PymCell *)o)->ob_ref);
    return 0;
}

static PymObject *cell_repr(PymObject *o) {
    PymObject *v = ((PymCell *)o)->ob_ref;
    if (!v) return pym_str_from_format("<cell at %p: empty>", o);
    return pym_str_from_format("<cell at %p: %s object at %p>", o, pym_type_name(v), v);
}

static PymObject *cell_richcompare(PymObject *a, PymObject *b, int op) {
    if (!PYM_CELL_CHECK(a) || !PYM_CELL_CHECK(b)) PYM_RETURN_NOTIMPL;
    PymObject *x = ((PymCell *)a)->ob_ref, *y = ((PymCell *)b)->ob_ref;
    if (x && y) return pym_object_richcompare(x, y, op);
    int c = (x != NULL) - (y != NULL);
    int t;
    switch (op) {
    case PYM_LT: t = c < 0; break;
    case PYM_LE: t = c <= 0; break;
    case PYM_EQ: t = c == 0; break;
    case PYM_NE: t = c != 0; break;
    case PYM_GT: t = c > 0; break;
    default: t = c >= 0; break;
    }
    return pym_bool_from(t);
}

static PymObject *cell_get_contents(PymObject *o, void *c) {
    PymObject *v = ((PymCell *)o)->ob_ref;
    if (!v) {
        pym_err_set_string(PymExc_ValueError, "Cell is empty");
        return NULL;
    }
    return PYM_NEWREF(v);
}

static int cell_set_contents(PymObject *o, PymObject *v, void *c) {
    PYM_SETREF(((PymCell *)o)->ob_ref, PYM_XNEWREF(v));
    return 0;
}

static PymGetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_type_cell = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "cell",
    .tp_basicsize = sizeof(PymCell),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = cell_dealloc,
    .tp_traverse = cell_traverse,
    .tp_clear = cell_clear,
    .tp_repr = cell_repr,
    .tp_richcompare = cell_richcompare,
    .tp_getattro = pym_object_generic_getattr,
    .tp_getset = cell_getset,
    .tp_free = pym_object_free,
};

/* {====== bound method ======} */

PymObject *pym_method_new(PymObject *func, PymObject *self) {
    PymMethod *m = (PymMethod *)pym_object_alloc(&pym_type_method, 0);
    if (!m) return NULL;
    m->im_func = PYM_NEWREF(func);
    m->im_self = PYM_NEWREF(self);
    pym_gc_track((PymObject *)m);
    return (PymObject *)m;
}

static void method_dealloc(PymObject *o) {
    PymMethod *m = (PymMethod *)o;
    pym_gc_untrack(o);
    if (m->im_weakreflist) pym_object_clear_weakrefs(o);
    PYM_CLEAR(m->im_func);
    PYM_CLEAR(m->im_self);
    PYM_TYPE(o)->tp_free(o);
}

static int method_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((PymMethod *)o)->im_func);
    PYM_VISIT(((PymMethod *)o)->im_self);
    return 0;
}

static int method_clear(PymObject *o) {
    PYM_CLEAR(((PymMethod *)o)->im_func);
    PYM_CLEAR(((PymMethod *)o)->im_self);
    return 0;
}

/* Calls im_func with im_self prepended. */
static PymObject *method_call(PymObject *o, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    PymMethod *m = (PymMethod *)o;
    size_t total = nargs + (kwnames ? (size_t)PYM_SIZE(kwnames) : 0);
    PymObject *small[9];
    PymObject **buf = total + 1 <= 9 ? small : pym_raw_malloc(sizeof(PymObject *) * (total + 1));
    if (!buf) return pym_err_no_memory();
    buf[0] = m->im_self;
    if (total) memcpy(buf + 1, args, sizeof(PymObject *) * total);
    PymObject *func = m->im_func;
    PYM_INCREF(func);
    PymObject *r = PYM_FUNCTION_CHECK(func) ? pym_function_vectorcall(func, buf, nargs + 1, kwnames)
                                            : pym_call(func, buf, nargs + 1, kwnames);
    PYM_DECREF(func);
    if (buf != small) pym_raw_free(buf);
    return r;
}

static PymObject *method_repr(PymObject *o) {
    PymMethod *m = (PymMethod *)o;
    PymObject *name = NULL;
    if (pym_object_lookup_attr(m->im_func, PYM_ID(__qualname__), &name) < 0) return NULL;
    if (!name && pym_object_lookup_attr(m->im_func, PYM_ID(__name__), &name) < 0) return NULL;
    PymObject *r;
    if (name && PYM_STR_CHECK(name))
        r = pym_str_from_format("<bound method %U of %R>", name, m->im_self);
    else
        r = pym_str_from_format("<bound method ? of %R>", m->im_self);
    PYM_XDECREF(name);
    return r;
}

static PymObject *method_richcompare(PymObject *a, PymObject *b, int op) {
    if ((op != PYM_EQ && op != PYM_NE) || !PYM_METHOD_CHECK(a) || !PYM_METHOD_CHECK(b))
        PYM_RETURN_NOTIMPL;
    PymMethod *x = (PymMethod *)a, *y = (PymMethod *)b;
    int eq = x->im_self == y->im_self;
    if (eq) {
        eq = pym_object_richcompare_bool(x->im_func, y->im_func, PYM_EQ);
        if (eq < 0) return NULL;
    }
    return pym_bool_from(op == PYM_EQ ? eq : !eq);
}

static intptr_t method_hash(PymObject *o) {
    PymMethod *m = (PymMethod *)o;
    intptr_t x = hash_pointer(m->im_self);
    intptr_t y = pym_object_hash(m->im_func);
    if (y == -1) return -1;
    x ^= y;
    return x == -1 ? -2 : x;
}

/* Attributes not found on the method come from the function. */
static PymObject *method_getattro(PymObject *o, PymObject *name) {
    PymType *t = PYM_TYPE(o);
    PymObject *d = pym_type_lookup(t, name);
    if (d) {
        descrgetfunc g = PYM_TYPE(d)->tp_descr_get;
        if (g) return g(d, o, (PymObject *)t);
        return PYM_NEWREF(d);
    }
    return pym_object_getattr(((PymMethod *)o)->im_func, name);
}

static PymObject *method_get_self(PymObject *o, void *c) {
    return PYM_NEWREF(((PymMethod *)o)->im_self);
}
static PymObject *method_get_func(PymObject *o, void *c) {
    return PYM_NEWREF(((PymMethod *)o)->im_func);
}

/* __doc__ is the function's (the type's own docstring would hide it) */
static PymObject *method_get_doc(PymObject *o, void *c) {
    return pym_object_getattr(((PymMethod *)o)->im_func, PYM_ID(__doc__));
}

static PymGetSetDef method_getset[] = {
    {"__self__", method_get_self, NULL, NULL, NULL},
    {"__func__", method_get_func, NULL, NULL, NULL},
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* method(function, instance): what types.MethodType and copy.deepcopy call. */
static PymObject *method_tp_new(PymType *type, PymObject *const *args, size_t nargs,
                                PymObject *kwnames) {
    if (pym_arg_count("method", nargs, kwnames, 2, 2) < 0) return NULL;
    if (!pym_callable_check(args[0])) {
        pym_err_set_string(PymExc_TypeError, "first argument must be callable");
        return NULL;
    }
    if (args[1] == pym_None) {
        pym_err_set_string(PymExc_TypeError, "instance must not be None");
        return NULL;
    }
    return pym_method_new(args[0], args[1]);
}

PymType pym_type_method = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "method",
    .tp_basicsize = sizeof(PymMethod),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = method_dealloc,
    .tp_traverse = method_traverse,
    .tp_clear = method_clear,
    .tp_repr = method_repr,
    .tp_hash = method_hash,
    .tp_richcompare = method_richcompare,
    .tp_getattro = method_getattro,
    .tp_call = method_call,
    /* no tp_descr_get: a bound method found on a class stays itself (CPython 3.11) */
    .tp_weaklistoffset = offsetof(PymMethod, im_weakreflist),
    .tp_getset = method_getset,
    .tp_new = method_tp_new,
    .tp_free = pym_object_free,
};

/* {====== built-in function / method ======} */

PymObject *pym_cfunction_new(PymMethodDef *ml, PymObject *self, PymObject *module) {
    PymCFunction *m = (PymCFunction *)pym_object_alloc(&pym_type_cfunction, 0);
    if (!m) return NULL;
    m->m_ml = ml;
    m->m_self = PYM_XNEWREF(self);
    m->m_module = PYM_XNEWREF(module);
    pym_gc_track((PymObject *)m);
    return (PymObject *)m;
}

static void cfunc_dealloc(PymObject *o) {
    PymCFunction *m = (PymCFunction *)o;
    pym_gc_untrack(o);
    if (m->m_weakreflist) pym_object_clear_weakrefs(o);
    PYM_CLEAR(m->m_self);
    PYM_CLEAR(m->m_module);
    PYM_TYPE(o)->tp_free(o);
}

static int cfunc_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((PymCFunction *)o)->m_self);
    PYM_VISIT(((PymCFunction *)o)->m_module);
    return 0;
}

/* The type whose tp_methods holds the method a bound builtin wraps, or NULL
** (module functions, static methods). */
static PymType *cfunc_owner(PymCFunction *m) {
    PymObject *self = m->m_self;
    if (!self || PYM_MODULE_CHECK(self)) return NULL;
    PymType *t = (m->m_ml->ml_flags & PYM_METH_CLASS) && PYM_TYPE_CHECK(self) ? (PymType *)self
                                                                              : PYM_TYPE(self);
    PymObject *mro = t->tp_mro;
    intptr_t n = mro ? PYM_SIZE(mro) : 0;
    for (intptr_t i = 0; i < n; i++) {
        PymType *b = (PymType *)PYM_TUPLE_GET(mro, i);
        for (PymMethodDef *d = b->tp_methods; d && d->ml_name; d++)
            if (d == m->m_ml) return b;
    }
    return NULL;
}

static PymObject *cfunc_call(PymObject *o, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    PymCFunction *m = (PymCFunction *)o;
    PymObject *r = m->m_ml->ml_meth(m->m_self, args, nargs, kwnames);
    if (PYM_UNLIKELY(!r) && m->m_self && !PYM_MODULE_CHECK(m->m_self))
        pym_arg_qualify_error(cfunc_owner(m), m->m_ml->ml_name);
    return r;
}

static bool cfunc_is_function(PymCFunction *m) { return !m->m_self || PYM_MODULE_CHECK(m->m_self); }

static PymObject *cfunc_repr(PymObject *o) {
    PymCFunction *m = (PymCFunction *)o;
    if (cfunc_is_function(m))
        return pym_str_from_format("<built-in function %s>", m->m_ml->ml_name);
    if (PYM_TYPE_CHECK(m->m_self))
        return pym_str_from_format("<built-in method %s of type object at %p>", m->m_ml->ml_name,
                                   m->m_self);
    return pym_str_from_format("<built-in method %s of %s object at %p>", m->m_ml->ml_name,
                               pym_type_name(m->m_self), m->m_self);
}

static PymObject *cfunc_richcompare(PymObject *a, PymObject *b, int op) {
    if ((op != PYM_EQ && op != PYM_NE) || !PYM_CFUNCTION_CHECK(a) || !PYM_CFUNCTION_CHECK(b))
        PYM_RETURN_NOTIMPL;
    PymCFunction *x = (PymCFunction *)a, *y = (PymCFunction *)b;
    int eq = x->m_self == y->m_self && x->m_ml->ml_meth == y->m_ml->ml_meth;
    return pym_bool_from(op == PYM_EQ ? eq : !eq);
}

static intptr_t cfunc_hash(PymObject *o) {
    PymCFunction *m = (PymCFunction *)o;
    intptr_t x = hash_pointer(m->m_self);
    intptr_t y = hash_pointer((void *)m->m_ml->ml_meth);
    x ^= y;
    return x == -1 ? -2 : x;
}

static PymObject *cfunc_get_name(PymObject *o, void *c) {
    return pym_str_from_cstr(((PymCFunction *)o)->m_ml->ml_name);
}
static PymObject *cfunc_get_qualname(PymObject *o, void *c) {
    PymCFunction *m = (PymCFunction *)o;
    if (cfunc_is_function(m)) return pym_str_from_cstr(m->m_ml->ml_name);
    PymType *t = PYM_TYPE_CHECK(m->m_self) ? (PymType *)m->m_self : PYM_TYPE(m->m_self);
    return pym_str_from_format("%U.%s", pym_type_qualname(t), m->m_ml->ml_name);
}
static PymObject *cfunc_get_self(PymObject *o, void *c) {
    PymObject *s = ((PymCFunction *)o)->m_self;
    return PYM_NEWREF(s ? s : pym_None);
}
static PymObject *cfunc_get_module(PymObject *o, void *c) {
    PymObject *s = ((PymCFunction *)o)->m_module;
    return PYM_NEWREF(s ? s : pym_None);
}
static PymObject *cfunc_get_doc(PymObject *o, void *c) {
    const char *d = ((PymCFunction *)o)->m_ml->ml_doc;
    if (!d) PYM_RETURN_NONE;
    return pym_str_from_cstr(d);
}

/* pym's C functions carry no signature text (CPython's do, from Argument
** Clinic; None for those without) */
static PymObject *cfunc_get_text_signature(PymObject *o, void *c) { PYM_RETURN_NONE; }

static PymGetSetDef cfunc_getset[] = {
    {"__name__", cfunc_get_name, NULL, NULL, NULL},
    {"__text_signature__", cfunc_get_text_signature, NULL, NULL, NULL},
    {"__qualname__", cfunc_get_qualname, NULL, NULL, NULL},
    {"__self__", cfunc_get_self, NULL, NULL, NULL},
    {"__module__", cfunc_get_module, NULL, NULL, NULL},
    {"__doc__", cfunc_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_type_cfunction = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "builtin_function_or_method",
    .tp_basicsize = sizeof(PymCFunction),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = cfunc_dealloc,
    .tp_traverse = cfunc_traverse,
    .tp_repr = cfunc_repr,
    .tp_hash = cfunc_hash,
    .tp_richcompare = cfunc_richcompare,
    .tp_getattro = pym_object_generic_getattr,
    .tp_call = cfunc_call,
    .tp_weaklistoffset = offsetof(PymCFunction, m_weakreflist),
    .tp_getset = cfunc_getset,
    .tp_free = pym_object_free,
};
