/*
** genericaliasobject.c -- types.GenericAlias: what list[int], dict[str, int],
** tuple[int, ...] and type[X] evaluate to (PEP 585).
**
** An alias remembers its origin (list) and its arguments (always a tuple),
** shows itself as typing does (list[int], tuple[int, ...], __main__.A[str]),
** compares and hashes by origin and arguments, and otherwise stands for its
** origin: calling it creates an origin instance (with __orig_class__ set
** when possible), attribute access reads the origin's attributes, and as a
** base class (__mro_entries__) it is the origin.  isinstance/issubclass
** refuse it, as CPython does, because the arguments cannot be checked.
** Arguments that are type variables (anything with __typing_subst__) are
** the alias's __parameters__; alias[...] substitutes them.
*/
#include "pym.h"
#include "genericalias.h"

typedef struct {
    PymObject ob_base;
    PymObject *origin;
    PymObject *args;       /* tuple */
    PymObject *parameters; /* tuple, computed on first use */
    PymObject *weaklist;
} GenericAlias;

#define GA(o) ((GenericAlias *)(o))
#define ARGS  PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw

PymObject *pym_generic_alias_new(PymObject *origin, PymObject *args) {
    GenericAlias *g = (GenericAlias *)pym_object_alloc(&pym_type_generic_alias, 0);
    if (!g) return NULL;
    g->origin = pym_newref(origin);
    g->args = PYM_TUPLE_CHECK(args) ? pym_newref(args) : pym_tuple_pack(1, args);
    if (!g->args) {
        PYM_DECREF(g);
        return NULL;
    }
    pym_gc_track((PymObject *)g);
    return (PymObject *)g;
}

PymObject *pym_generic_alias_class_getitem(PymObject *cls, PymObject *const *args, size_t nargs,
                                           PymObject *kw) {
    if (pym_arg_count("__class_getitem__", nargs, kw, 1, 1) < 0) return NULL;
    return pym_generic_alias_new(cls, args[0]);
}

static void ga_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    if (GA(o)->weaklist) pym_object_clear_weakrefs(o);
    PYM_XDECREF(GA(o)->origin);
    PYM_XDECREF(GA(o)->args);
    PYM_XDECREF(GA(o)->parameters);
    pym_object_free(o);
}

static int ga_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(GA(o)->origin);
    PYM_VISIT(GA(o)->args);
    PYM_VISIT(GA(o)->parameters);
    return 0;
}

static int ga_clear(PymObject *o) {
    PYM_CLEAR(GA(o)->origin);
    PYM_CLEAR(GA(o)->args);
    PYM_CLEAR(GA(o)->parameters);
    return 0;
}

/* ---- repr ---- */

int pym_generic_alias_repr_item(PymStrBuilder *sb, PymObject *p) {
    if (p == pym_Ellipsis) {
        pym_sb_append_cstr(sb, "...");
        return 0;
    }
    PymObject *qualname = NULL, *module = NULL, *tmp = NULL;
    int r;
    /* an alias-like object (has __origin__ and __args__): its repr */
    if ((r = pym_object_lookup_attr(p, PYM_ID(__origin__), &tmp)) < 0) return -1;
    if (r) {
        PYM_DECREF(tmp);
        if ((r = pym_object_lookup_attr(p, PYM_ID(__args__), &tmp)) < 0) return -1;
        if (r) {
            PYM_DECREF(tmp);
            return pym_sb_append_obj_repr(sb, p);
        }
    }
    if ((r = pym_object_lookup_attr(p, PYM_ID(__qualname__), &qualname)) < 0) return -1;
    if (!r) return pym_sb_append_obj_repr(sb, p);
    if ((r = pym_object_lookup_attr(p, PYM_ID(__module__), &module)) < 0) {
        PYM_DECREF(qualname);
        return -1;
    }
    if (!r || module == pym_None) {
        PYM_XDECREF(module);
        PYM_DECREF(qualname);
        return pym_sb_append_obj_repr(sb, p);
    }
    int rc = 0;
    if (PYM_STR_CHECK(module) && pym_str_equal_cstr(module, "builtins")) {
        rc = pym_sb_append_obj_str(sb, qualname);
    } else {
        rc = pym_sb_append_obj_str(sb, module);
        pym_sb_append_cstr(sb, ".");
        if (rc == 0) rc = pym_sb_append_obj_str(sb, qualname);
    }
    PYM_DECREF(module);
    PYM_DECREF(qualname);
    return rc;
}

static PymObject *ga_repr(PymObject *self) {
    PymStrBuilder sb;
    pym_sb_init(&sb);
    if (pym_generic_alias_repr_item(&sb, GA(self)->origin) < 0) {
        pym_sb_discard(&sb);
        return NULL;
    }
    pym_sb_append_cstr(&sb, "[");
    PymObject *a = GA(self)->args;
    if (PYM_SIZE(a) == 0) pym_sb_append_cstr(&sb, "()");
    for (intptr_t i = 0; i < PYM_SIZE(a); i++) {
        if (i) pym_sb_append_cstr(&sb, ", ");
        PymObject *it = PYM_TUPLE_GET(a, i);
        int rc;
        if (PYM_LIST_CHECK(it)) {
            /* Callable[[int, str], bool]: a list argument shows its items */
            pym_sb_append_cstr(&sb, "[");
            rc = 0;
            for (intptr_t k = 0; k < PYM_SIZE(it) && rc == 0; k++) {
                if (k) pym_sb_append_cstr(&sb, ", ");
                rc = pym_generic_alias_repr_item(&sb, PYM_LIST_ITEMS(it)[k]);
            }
            pym_sb_append_cstr(&sb, "]");
        } else {
            rc = pym_generic_alias_repr_item(&sb, it);
        }
        if (rc < 0) {
            pym_sb_discard(&sb);
            return NULL;
        }
    }
    pym_sb_append_cstr(&sb, "]");
    return pym_sb_finish(&sb);
}

/* ---- parameters ---- */

static int add_unique(PymObject *list, PymObject *p) {
    for (intptr_t i = 0; i < PYM_SIZE(list); i++)
        if (PYM_LIST_ITEMS(list)[i] == p) return 0;
    return pym_list_append(list, p);
}

PymObject *pym_generic_alias_parameters(PymObject *args) {
    PymObject *list = pym_list_new(0);
    if (!list) return NULL;
    for (intptr_t i = 0; i < PYM_SIZE(args); i++) {
        PymObject *t = PYM_TUPLE_GET(args, i), *sub = NULL;
        if (PYM_TYPE_CHECK(t)) continue;
        int r = pym_object_lookup_attr(t, PYM_ID(__typing_subst__), &sub);
        if (r < 0) goto fail;
        if (r) {
            PYM_DECREF(sub);
            if (add_unique(list, t) < 0) goto fail;
            continue;
        }
        PymObject *params = NULL;
        if (pym_object_lookup_attr(t, PYM_ID(__parameters__), &params) < 0) goto fail;
        if (params && PYM_TUPLE_CHECK(params)) {
            for (intptr_t k = 0; k < PYM_SIZE(params); k++)
                if (add_unique(list, PYM_TUPLE_GET(params, k)) < 0) {
                    PYM_DECREF(params);
                    goto fail;
                }
        }
        PYM_XDECREF(params);
    }
    PymObject *t = pym_tuple_new(PYM_SIZE(list));
    if (t)
        for (intptr_t i = 0; i < PYM_SIZE(list); i++)
            PYM_TUPLE_GET(t, i) = pym_newref(PYM_LIST_ITEMS(list)[i]);
    PYM_DECREF(list);
    return t;
fail:
    PYM_DECREF(list);
    return NULL;
}

static PymObject *ga_parameters(PymObject *self) {
    if (!GA(self)->parameters &&
        !(GA(self)->parameters = pym_generic_alias_parameters(GA(self)->args)))
        return NULL;
    return GA(self)->parameters;
}

/* alias[items]: substitutes the parameters (T) by items, in order */
static PymObject *ga_subscript(PymObject *self, PymObject *key) {
    PymObject *params = ga_parameters(self);
    if (!params) return NULL;
    intptr_t np = PYM_SIZE(params);
    if (np == 0) {
        pym_err_format(PymExc_TypeError, "%R is not a generic class", self);
        return NULL;
    }
    PymObject *items = PYM_TUPLE_CHECK(key) ? pym_newref(key) : pym_tuple_pack(1, key);
    if (!items) return NULL;
    if (PYM_SIZE(items) != np) {
        pym_err_format(PymExc_TypeError, "Too %s arguments for %R; actual %zd, expected %zd",
                       PYM_SIZE(items) > np ? "many" : "few", self, PYM_SIZE(items), np);
        PYM_DECREF(items);
        return NULL;
    }
    PymObject *a = GA(self)->args;
    PymObject *na = pym_tuple_new(PYM_SIZE(a));
    if (!na) {
        PYM_DECREF(items);
        return NULL;
    }
    for (intptr_t i = 0; i < PYM_SIZE(a); i++) {
        PymObject *arg = PYM_TUPLE_GET(a, i), *rep = NULL;
        for (intptr_t k = 0; k < np; k++)
            if (PYM_TUPLE_GET(params, k) == arg) {
                rep = pym_newref(PYM_TUPLE_GET(items, k));
                break;
            }
        if (!rep && !PYM_TYPE_CHECK(arg)) {
            /* a nested alias with parameters: substitute inside it */
            PymObject *sub_params = NULL;
            if (pym_object_lookup_attr(arg, PYM_ID(__parameters__), &sub_params) < 0) goto fail;
            if (sub_params && PYM_TUPLE_CHECK(sub_params) && PYM_SIZE(sub_params) > 0) {
                PymObject *sub_items = pym_tuple_new(PYM_SIZE(sub_params));
                if (!sub_items) {
                    PYM_DECREF(sub_params);
                    goto fail;
                }
                for (intptr_t j = 0; j < PYM_SIZE(sub_params); j++) {
                    PymObject *v = PYM_TUPLE_GET(sub_params, j);
                    for (intptr_t k = 0; k < np; k++)
                        if (PYM_TUPLE_GET(params, k) == v) {
                            v = PYM_TUPLE_GET(items, k);
                            break;
                        }
                    PYM_TUPLE_GET(sub_items, j) = pym_newref(v);
                }
                rep = pym_object_getitem(arg, PYM_SIZE(sub_items) == 1 ? PYM_TUPLE_GET(sub_items, 0)
                                                                       : sub_items);
                PYM_DECREF(sub_items);
                PYM_DECREF(sub_params);
                if (!rep) goto fail;
            } else {
                PYM_XDECREF(sub_params);
            }
        }
        PYM_TUPLE_GET(na, i) = rep ? rep : pym_newref(arg);
    }
    PYM_DECREF(items);
    PymObject *r = pym_generic_alias_new(GA(self)->origin, na);
    PYM_DECREF(na);
    return r;
fail:
    PYM_DECREF(items);
    PYM_DECREF(na);
    return NULL;
}

/* ---- comparison, hash, call, attributes ---- */

static PymObject *ga_richcompare(PymObject *a, PymObject *b, int op) {
    if (!PYM_GENERIC_ALIAS_CHECK(b) || (op != PYM_EQ && op != PYM_NE)) PYM_RETURN_NOTIMPL;
    int eq = pym_object_richcompare_bool(GA(a)->origin, GA(b)->origin, PYM_EQ);
    if (eq < 0) return NULL;
    if (eq) {
        eq = pym_object_richcompare_bool(GA(a)->args, GA(b)->args, PYM_EQ);
        if (eq < 0) return NULL;
    }
    return pym_bool_from(op == PYM_EQ ? eq : !eq);
}

static intptr_t ga_hash(PymObject *self) {
    intptr_t h0 = pym_object_hash(GA(self)->origin);
    if (h0 == -1) return -1;
    intptr_t h1 = pym_object_hash(GA(self)->args);
    if (h1 == -1) return -1;
    intptr_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static PymObject *ga_call(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw) {
    PymObject *obj = pym_call(GA(self)->origin, args, nargs, kw);
    if (!obj) return NULL;
    if (pym_object_setattr(obj, PYM_ID(__orig_class__), self) < 0) {
        if (!pym_err_matches((PymObject *)PymExc_AttributeError) &&
            !pym_err_matches((PymObject *)PymExc_TypeError)) {
            PYM_DECREF(obj);
            return NULL;
        }
        pym_err_clear();
    }
    return obj;
}

static const char *const own_attrs[] = {"__class__",         "__origin__",
                                        "__args__",          "__unpacked__",
                                        "__parameters__",    "__typing_unpacked_tuple_args__",
                                        "__mro_entries__",   "__reduce_ex__",
                                        "__reduce__",        "__copy__",
                                        "__deepcopy__",      "__instancecheck__",
                                        "__subclasscheck__", "__or__",
                                        "__ror__",           NULL};

static PymObject *ga_getattro(PymObject *self, PymObject *name) {
    if (PYM_STR_CHECK(name)) {
        bool own = false;
        for (int i = 0; own_attrs[i]; i++)
            if (pym_str_equal_cstr(name, own_attrs[i])) {
                own = true;
                break;
            }
        if (!own) return pym_object_getattr(GA(self)->origin, name);
    }
    return pym_object_generic_getattr(self, name);
}

static PymObject *ga_mro_entries(ARGS) {
    if (pym_arg_count("__mro_entries__", nargs, kw, 1, 1) < 0) return NULL;
    return pym_tuple_pack(1, GA(self)->origin);
}

static PymObject *ga_instancecheck(ARGS) {
    pym_err_set_string(PymExc_TypeError,
                       "isinstance() argument 2 cannot be a parameterized generic");
    return NULL;
}

static PymObject *ga_subclasscheck(ARGS) {
    pym_err_set_string(PymExc_TypeError,
                       "issubclass() argument 2 cannot be a parameterized generic");
    return NULL;
}

static PymObject *ga_reduce(ARGS) {
    PymObject *a = pym_tuple_pack(2, GA(self)->origin, GA(self)->args);
    if (!a) return NULL;
    PymObject *r = pym_tuple_pack(2, (PymObject *)PYM_TYPE(self), a);
    PYM_DECREF(a);
    return r;
}

static PymObject *ga_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    if (pym_arg_no_kwargs("GenericAlias", kw) < 0) return NULL;
    if (nargs != 2) {
        pym_err_format(PymExc_TypeError, "GenericAlias expected 2 arguments, got %zd",
                       (intptr_t)nargs);
        return NULL;
    }
    return pym_generic_alias_new(args[0], args[1]);
}

static PymObject *ga_get_origin(PymObject *self, void *c) { return pym_newref(GA(self)->origin); }
static PymObject *ga_get_args(PymObject *self, void *c) { return pym_newref(GA(self)->args); }
static PymObject *ga_get_parameters(PymObject *self, void *c) {
    PymObject *p = ga_parameters(self);
    return p ? pym_newref(p) : NULL;
}
static PymObject *ga_get_unpacked(PymObject *self, void *c) { PYM_RETURN_FALSE; }
static PymObject *ga_get_unpacked_args(PymObject *self, void *c) { PYM_RETURN_NONE; }

static PymMethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, 0, NULL},
    {"__instancecheck__", ga_instancecheck, 0, NULL},
    {"__subclasscheck__", ga_subclasscheck, 0, NULL},
    {"__reduce__", ga_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PymGetSetDef ga_getset[] = {
    {"__origin__", ga_get_origin, NULL, NULL, NULL},
    {"__args__", ga_get_args, NULL, NULL, NULL},
    {"__parameters__", ga_get_parameters, NULL, "Type variables in the GenericAlias.", NULL},
    {"__unpacked__", ga_get_unpacked, NULL, NULL, NULL},
    {"__typing_unpacked_tuple_args__", ga_get_unpacked_args, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymObject *ga_or(PymObject *a, PymObject *b) { return pym_union_type_or(a, b); }

PymType pym_type_generic_alias = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "types.GenericAlias",
    .tp_basicsize = sizeof(GenericAlias),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = ga_dealloc,
    .tp_traverse = ga_traverse,
    .tp_clear = ga_clear,
    .tp_repr = ga_repr,
    .tp_hash = ga_hash,
    .tp_richcompare = ga_richcompare,
    .tp_getattro = ga_getattro,
    .tp_call = ga_call,
    .nb_binop = {[PYM_NB_OR] = ga_or},
    .mp_subscript = ga_subscript,
    .tp_weaklistoffset = offsetof(GenericAlias, weaklist),
    .tp_methods = ga_methods,
    .tp_getset = ga_getset,
    .tp_base = &pym_type_object,
    .tp_new = ga_new,
    .tp_doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list "
              "and t.__args__ is (int,).",
};
