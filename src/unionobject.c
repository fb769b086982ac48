/*
** unionobject.c -- types.UnionType: what int | None evaluates to (PEP 604).
**
** The | of two types, aliases or unions makes a union of their arguments,
** flattened (a union inside a union contributes its members) and without
** duplicates (identity for types, equality for aliases); None stands for
** type(None).  A union of one member is that member.  isinstance and
** issubclass accept a union as the tuple of its members.  Two unions are
** equal when their members are the same set.
*/
#include "pym.h"
#include "genericalias.h"

typedef struct {
    PymObject ob_base;
    PymObject *args;       /* tuple, flattened and deduplicated */
    PymObject *parameters; /* computed on first use */
} Union;

#define U(o) ((Union *)(o))
#define ARGS PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw

PymObject *pym_union_args(PymObject *u) { return U(u)->args; }

static bool unionable(PymObject *o) {
    return o == pym_None || PYM_TYPE_CHECK(o) || PYM_GENERIC_ALIAS_CHECK(o) || PYM_UNION_CHECK(o);
}

/* Appends o's members (flattened, None as NoneType) to list unless present. */
static int add_members(PymObject *list, PymObject *o) {
    if (PYM_UNION_CHECK(o)) {
        for (intptr_t i = 0; i < PYM_SIZE(U(o)->args); i++)
            if (add_members(list, PYM_TUPLE_GET(U(o)->args, i)) < 0) return -1;
        return 0;
    }
    if (o == pym_None) o = (PymObject *)&pym_type_none;
    for (intptr_t i = 0; i < PYM_SIZE(list); i++) {
        PymObject *e = PYM_LIST_ITEMS(list)[i];
        if (e == o) return 0;
        if (PYM_GENERIC_ALIAS_CHECK(e) && PYM_GENERIC_ALIAS_CHECK(o)) {
            int eq = pym_object_richcompare_bool(e, o, PYM_EQ);
            if (eq < 0) return -1;
            if (eq) return 0;
        }
    }
    return pym_list_append(list, o);
}

PymObject *pym_union_type_or(PymObject *a, PymObject *b) {
    if (!unionable(a) || !unionable(b)) PYM_RETURN_NOTIMPL;
    PymObject *list = pym_list_new(0);
    if (!list) return NULL;
    if (add_members(list, a) < 0 || add_members(list, b) < 0) {
        PYM_DECREF(list);
        return NULL;
    }
    if (PYM_SIZE(list) == 1) {
        PymObject *r = pym_newref(PYM_LIST_ITEMS(list)[0]);
        PYM_DECREF(list);
        return r;
    }
    Union *u = (Union *)pym_object_alloc(&pym_type_union, 0);
    if (!u) {
        PYM_DECREF(list);
        return NULL;
    }
    u->args = pym_tuple_new(PYM_SIZE(list));
    if (!u->args) {
        PYM_DECREF(list);
        PYM_DECREF(u);
        return NULL;
    }
    for (intptr_t i = 0; i < PYM_SIZE(list); i++)
        PYM_TUPLE_GET(u->args, i) = pym_newref(PYM_LIST_ITEMS(list)[i]);
    PYM_DECREF(list);
    pym_gc_track((PymObject *)u);
    return (PymObject *)u;
}

static void union_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    PYM_XDECREF(U(o)->args);
    PYM_XDECREF(U(o)->parameters);
    pym_object_free(o);
}

static int union_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(U(o)->args);
    PYM_VISIT(U(o)->parameters);
    return 0;
}

static int union_clear(PymObject *o) {
    PYM_CLEAR(U(o)->args);
    PYM_CLEAR(U(o)->parameters);
    return 0;
}

static PymObject *union_repr(PymObject *self) {
    PymStrBuilder sb;
    pym_sb_init(&sb);
    PymObject *a = U(self)->args;
    for (intptr_t i = 0; i < PYM_SIZE(a); i++) {
        if (i) pym_sb_append_cstr(&sb, " | ");
        PymObject *it = PYM_TUPLE_GET(a, i);
        if (it == (PymObject *)&pym_type_none) {
            pym_sb_append_cstr(&sb, "None");
            continue;
        }
        if (pym_generic_alias_repr_item(&sb, it) < 0) {
            pym_sb_discard(&sb);
            return NULL;
        }
    }
    return pym_sb_finish(&sb);
}

static PymObject *union_richcompare(PymObject *a, PymObject *b, int op) {
    if (!PYM_UNION_CHECK(b) || (op != PYM_EQ && op != PYM_NE)) PYM_RETURN_NOTIMPL;
    PymObject *sa = pym_frozenset_new(U(a)->args), *sb = sa ? pym_frozenset_new(U(b)->args) : NULL;
    PymObject *r = sb ? pym_object_richcompare(sa, sb, op) : NULL;
    PYM_XDECREF(sa);
    PYM_XDECREF(sb);
    return r;
}

static intptr_t union_hash(PymObject *self) {
    PymObject *s = pym_frozenset_new(U(self)->args);
    if (!s) return -1;
    intptr_t h = pym_object_hash(s);
    PYM_DECREF(s);
    return h;
}

static PymObject *union_get_args(PymObject *self, void *c) { return pym_newref(U(self)->args); }
static PymObject *union_get_parameters(PymObject *self, void *c) {
    if (!U(self)->parameters &&
        !(U(self)->parameters = pym_generic_alias_parameters(U(self)->args)))
        return NULL;
    return pym_newref(U(self)->parameters);
}

static PymObject *union_subscript(PymObject *self, PymObject *key) {
    PymObject *p = union_get_parameters(self, NULL);
    if (!p) return NULL;
    intptr_t np = PYM_SIZE(p);
    PYM_DECREF(p);
    if (np == 0) {
        pym_err_format(PymExc_TypeError, "%R is not a generic class", self);
        return NULL;
    }
    pym_err_set_string(PymExc_NotImplementedError,
                       "pym: substituting the type variables of a union");
    return NULL;
}

static PymObject *union_or(PymObject *a, PymObject *b) { return pym_union_type_or(a, b); }

static PymGetSetDef union_getset[] = {
    {"__args__", union_get_args, NULL, NULL, NULL},
    {"__parameters__", union_get_parameters, NULL, "Type variables in the types.UnionType.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_type_union = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "types.UnionType",
    .tp_basicsize = sizeof(Union),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = union_dealloc,
    .tp_traverse = union_traverse,
    .tp_clear = union_clear,
    .tp_repr = union_repr,
    .tp_hash = union_hash,
    .tp_richcompare = union_richcompare,
    .nb_binop = {[PYM_NB_OR] = union_or},
    .mp_subscript = union_subscript,
    .tp_getset = union_getset,
    .tp_base = &pym_type_object,
    .tp_doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
};

int pym_generic_types_init(void) {
    if (pym_type_ready(&pym_type_generic_alias) < 0 || pym_type_ready(&pym_type_union) < 0)
        return -1;
    return 0;
}
