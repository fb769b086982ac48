/*
** moduleobject.c -- module objects: a namespace dict with a name.
** Attribute lookup reads md_dict directly for ordinary names (the hot path
** of "math.sqrt"), falls back to the generic lookup, then to a module-level
** __getattr__ (PEP 562) and finally "module 'm' has no attribute 'x'".
*/
#include "pym.h"

static int module_init_dict(PymModule *m, PymObject *name, PymObject *doc) {
    PymObject *d = m->md_dict;
    if (pym_dict_setitem(d, PYM_ID(__name__), name) < 0) return -1;
    if (pym_dict_setitem(d, PYM_ID(__doc__), doc ? doc : pym_None) < 0) return -1;
    if (pym_dict_setitem(d, PYM_ID(__package__), pym_None) < 0) return -1;
    if (pym_dict_setitem(d, PYM_ID(__loader__), pym_None) < 0) return -1;
    if (pym_dict_setitem(d, PYM_ID(__spec__), pym_None) < 0) return -1;
    PYM_SETREF(m->md_name, pym_newref(name));
    return 0;
}

static PymObject *module_alloc(PymType *type) {
    PymModule *m = (PymModule *)pym_object_alloc(type, 0);
    if (!m) return NULL;
    m->md_dict = pym_dict_new();
    if (!m->md_dict) {
        PYM_DECREF(m);
        return NULL;
    }
    pym_gc_track((PymObject *)m);
    return (PymObject *)m;
}

PymObject *pym_module_new(const char *name) {
    PymObject *m = module_alloc(&pym_type_module);
    if (!m) return NULL;
    PymObject *n = pym_str_from_cstr(name);
    if (!n || module_init_dict((PymModule *)m, n, NULL) < 0) {
        PYM_XDECREF(n);
        PYM_DECREF(m);
        return NULL;
    }
    PYM_DECREF(n);
    return m;
}

PymObject *pym_module_dict(PymObject *m) { return ((PymModule *)m)->md_dict; }

int pym_module_add_functions(PymObject *m, PymMethodDef *defs) {
    return pym_add_functions(((PymModule *)m)->md_dict, defs, m);
}

int pym_module_add_object(PymObject *m, const char *name, PymObject *value) {
    if (!value) return -1;
    return pym_dict_setitem_cstr(((PymModule *)m)->md_dict, name, value);
}

int pym_module_add_int(PymObject *m, const char *name, long long v) {
    PymObject *o = pym_int_from_long(v);
    if (!o) return -1;
    int r = pym_module_add_object(m, name, o);
    PYM_DECREF(o);
    return r;
}

/* ---- the type ---- */

static PymObject *module_new(PymType *type, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    return module_alloc(type);
}

static int module_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    static const char *const names[] = {"name", "doc", NULL};
    PymObject *a[2] = {NULL, NULL};
    if (pym_arg_unpack("module", args, nargs, kwnames, names, 1, 2, a) < 0) return -1;
    if (!PYM_STR_CHECK(a[0])) {
        pym_err_format(PymExc_TypeError, "module.__init__() argument 'name' must be str, not %s",
                       pym_type_name(a[0]));
        return -1;
    }
    return module_init_dict((PymModule *)self, a[0], a[1]);
}

static int module_traverse(PymObject *self, visitproc visit, void *arg) {
    PYM_VISIT(((PymModule *)self)->md_dict);
    return 0;
}

static int module_clear(PymObject *self) {
    PYM_CLEAR(((PymModule *)self)->md_dict);
    return 0;
}

static void module_dealloc(PymObject *self) {
    PymModule *m = (PymModule *)self;
    pym_gc_untrack(self);
    if (m->md_weaklist) pym_object_clear_weakrefs(self);
    PYM_CLEAR(m->md_dict);
    PYM_CLEAR(m->md_name);
    PYM_TYPE(self)->tp_free(self);
}

/* Borrowed __name__ of the module (from its dict), or NULL. */
static PymObject *module_name(PymObject *self) {
    PymObject *d = ((PymModule *)self)->md_dict;
    PymObject *n = d ? pym_dict_getitem(d, PYM_ID(__name__)) : NULL;
    if (n && PYM_STR_CHECK(n)) return n;
    pym_err_clear();
    return NULL;
}

static PymObject *module_repr(PymObject *self) {
    PymObject *d = ((PymModule *)self)->md_dict;
    PymObject *name = module_name(self);
    PymObject *qname = name ? name : pym_str_intern_cstr("?");
    PymObject *file = d ? pym_dict_getitem(d, PYM_ID(__file__)) : NULL;
    if (file && PYM_STR_CHECK(file)) return pym_str_from_format("<module %R from %R>", qname, file);
    pym_err_clear();
    if (name && pym_import_is_builtin_name(name))
        return pym_str_from_format("<module %R (built-in)>", qname);
    return pym_str_from_format("<module %R>", qname);
}

static PymObject *module_getattro(PymObject *self, PymObject *name) {
    PymModule *m = (PymModule *)self;
    /* fast path: ordinary names straight from the namespace */
    if (m->md_dict && PYM_STR_CHECK(name)) {
        const char *s = PYM_STR_UTF8(name);
        if (!(s[0] == '_' && s[1] == '_')) {
            PymObject *v = pym_dict_getitem(m->md_dict, name);
            if (v) return pym_newref(v);
            if (pym_err_occurred()) return NULL;
        }
    }
    PymObject *r = pym_object_generic_getattr(self, name);
    if (r || !pym_err_matches((PymObject *)PymExc_AttributeError)) return r;
    pym_err_clear();
    if (m->md_dict) {
        PymObject *hook = pym_dict_getitem(m->md_dict, PYM_ID(__getattr__));
        if (hook) return pym_call_onearg(hook, name);
    }
    PymObject *mname = module_name(self);
    if (mname)
        pym_err_format(PymExc_AttributeError, "module '%U' has no attribute '%U'", mname, name);
    else
        pym_err_format(PymExc_AttributeError, "module has no attribute '%U'", name);
    return NULL;
}

static PymObject *module_get_dict(PymObject *self, void *c) {
    PymModule *m = (PymModule *)self;
    if (!m->md_dict) {
        m->md_dict = pym_dict_new();
        if (!m->md_dict) return NULL;
    }
    return pym_newref(m->md_dict);
}

static PymObject *module_dir(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    PymModule *m = (PymModule *)self;
    if (m->md_dict) {
        PymObject *hook = pym_dict_getitem(m->md_dict, PYM_ID(__dir__));
        if (hook) return pym_call_noargs(hook);
        return pym_dict_keys_list(m->md_dict);
    }
    return pym_list_new(0);
}

/* module.__annotations__ (CPython 3.10+): the dict's entry, made empty on
** first read; set and deleted in the dict */
static PymObject *module_get_annotations(PymObject *o, void *c) {
    PymObject *d = ((PymModule *)o)->md_dict;
    PymObject *a = pym_dict_getitem_cstr(d, "__annotations__");
    if (a) return pym_newref(a);
    a = pym_dict_new();
    if (a && pym_dict_setitem_cstr(d, "__annotations__", a) < 0) PYM_CLEAR(a);
    return a;
}
static int module_set_annotations(PymObject *o, PymObject *v, void *c) {
    PymObject *d = ((PymModule *)o)->md_dict;
    if (v) return pym_dict_setitem_cstr(d, "__annotations__", v);
    if (!pym_dict_getitem_cstr(d, "__annotations__")) {
        pym_err_set_string(PymExc_AttributeError, "__annotations__");
        return -1;
    }
    return pym_dict_delitem_cstr(d, "__annotations__");
}

static PymGetSetDef module_getset[] = {
    {"__dict__", module_get_dict, NULL, NULL, NULL},
    {"__annotations__", module_get_annotations, module_set_annotations, NULL, NULL},
    {NULL},
};

static PymMethodDef module_methods[] = {
    {"__dir__", module_dir, 0, NULL},
    {NULL},
};

PymType pym_type_module = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "module",
    .tp_basicsize = sizeof(PymModule),
    .tp_flags = PYM_TPFLAGS_BASETYPE | PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = module_dealloc,
    .tp_traverse = module_traverse,
    .tp_clear = module_clear,
    .tp_repr = module_repr,
    .tp_getattro = module_getattro,
    .tp_setattro = pym_object_generic_setattr,
    .tp_dictoffset = offsetof(PymModule, md_dict),
    .tp_weaklistoffset = offsetof(PymModule, md_weaklist),
    .tp_methods = module_methods,
    .tp_getset = module_getset,
    .tp_new = module_new,
    .tp_init = module_init,
    .tp_free = pym_object_free,
    .tp_doc = "Create a module object.",
};
