/*
** mod_ctypes.c -- the small part of 'ctypes' that reads memory: the simple
** C data types c_int, c_uint, c_long (also c_ssize_t, c_longlong), c_ulong
** (c_size_t), c_double with .value, construction c_int(5), repr c_long(5),
** the classmethod from_address(addr), and the functions sizeof and addressof.
**
** An instance either owns its C value (b_value, inside the object) or views
** memory somewhere else (from_address): b_ptr points at the value in both
** cases, and reading .value reads b_ptr.  Since id(x) is x's address,
** c_ssize_t.from_address(id(x)).value is x's ob_refcnt, as in CPython.
** Nothing checks that an address is readable: like CPython's, a bad address
** crashes the process.
*/
#include "pym.h"

typedef enum { K_INT, K_UINT, K_LONG, K_ULONG, K_DOUBLE } Kind;

typedef struct {
    PymObject ob_base;
    char *b_ptr; /* the C value: &b_value or a foreign address */
    union {
        int64_t l;
        double d;
    } b_value;
} CData;

static PymType ct_simple_type, ct_c_int, ct_c_uint, ct_c_long, ct_c_ulong, ct_c_double;

static const struct {
    PymType *t;
    Kind k;
    size_t size;
} kinds[] = {
    {&ct_c_int, K_INT, sizeof(int)},          {&ct_c_uint, K_UINT, sizeof(unsigned)},
    {&ct_c_long, K_LONG, sizeof(long)},       {&ct_c_ulong, K_ULONG, sizeof(unsigned long)},
    {&ct_c_double, K_DOUBLE, sizeof(double)},
};

/* The simple type t is or derives from: its index in kinds, -1 for none. */
static int kind_of(PymType *t) {
    for (; t; t = t->tp_base)
        for (int i = 0; i < (int)PYM_ARRAY_LEN(kinds); i++)
            if (kinds[i].t == t) return i;
    return -1;
}

static bool is_cdata(PymObject *o) { return pym_type_is_subtype(PYM_TYPE(o), &ct_simple_type); }

/* ---- conversion between Python values and C values ---- */

/* Low 64 bits of the int o (two's complement, like CPython's *_AsUnsignedLongMask). */
static int int_mask64(PymObject *o, uint64_t *out) {
    int overflow = 0;
    long long v = pym_int_as_longlong_overflow(o, &overflow);
    if (v == -1 && pym_err_occurred()) return -1;
    if (!overflow) {
        *out = (uint64_t)v;
        return 0;
    }
    /* wider than 64 bits: two 32-bit halves of o & (2**64 - 1) */
    PymObject *m32 = pym_int_from_long(0xFFFFFFFFLL), *s32 = pym_int_from_long(32);
    PymObject *lo = m32 ? pym_number_binop(o, m32, PYM_NB_AND) : NULL;
    PymObject *sh = s32 ? pym_number_binop(o, s32, PYM_NB_RSHIFT) : NULL;
    PymObject *hi = sh ? pym_number_binop(sh, m32, PYM_NB_AND) : NULL;
    int r = -1;
    if (lo && hi) {
        *out = (uint64_t)pym_int_as_longlong(lo) | (uint64_t)pym_int_as_longlong(hi) << 32;
        r = 0;
    }
    PYM_XDECREF(m32);
    PYM_XDECREF(s32);
    PYM_XDECREF(lo);
    PYM_XDECREF(sh);
    PYM_XDECREF(hi);
    return r;
}

/* Stores the Python value v into the C value at p of kind k.  0 / -1 */
static int store_value(Kind k, char *p, PymObject *v) {
    if (k == K_DOUBLE) {
        if (!PYM_FLOAT_CHECK(v) && !PYM_INT_CHECK(v) && !PYM_TYPE(v)->nb_float &&
            !PYM_TYPE(v)->nb_index) {
            pym_err_format(PymExc_TypeError, "must be real number, not %s", pym_type_name(v));
            return -1;
        }
        double d = pym_float_as_double(v);
        if (d == -1.0 && pym_err_occurred()) return -1;
        memcpy(p, &d, sizeof d);
        return 0;
    }
    PymObject *i = pym_number_index(v);
    if (!i) return -1;
    uint64_t u;
    int r = int_mask64(i, &u);
    PYM_DECREF(i);
    if (r < 0) return -1;
    if (k == K_INT || k == K_UINT) {
        uint32_t w = (uint32_t)u;
        memcpy(p, &w, sizeof w);
    } else {
        memcpy(p, &u, sizeof u);
    }
    return 0;
}

static PymObject *load_value(Kind k, const char *p) {
    switch (k) {
    case K_INT: {
        int v;
        memcpy(&v, p, sizeof v);
        return pym_int_from_long(v);
    }
    case K_UINT: {
        unsigned v;
        memcpy(&v, p, sizeof v);
        return pym_int_from_long(v);
    }
    case K_LONG: {
        long v;
        memcpy(&v, p, sizeof v);
        return pym_int_from_long(v);
    }
    case K_ULONG: {
        unsigned long v;
        memcpy(&v, p, sizeof v);
        return pym_int_from_ulonglong(v);
    }
    default: {
        double v;
        memcpy(&v, p, sizeof v);
        return pym_float_from_double(v);
    }
    }
}

/* ---- the simple types ---- */

static PymObject *cdata_alloc(PymType *type, char *view) {
    if (kind_of(type) < 0) {
        pym_err_set_string(PymExc_TypeError, "abstract class");
        return NULL;
    }
    CData *c = (CData *)pym_object_alloc(type, 0);
    if (!c) return NULL;
    c->b_ptr = view ? view : (char *)&c->b_value;
    if (PYM_IS_GC(c)) pym_gc_track((PymObject *)c); /* subclasses are GC types */
    return (PymObject *)c;
}

static PymObject *cdata_new(PymType *type, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    return cdata_alloc(type, NULL);
}

static int cdata_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    if (pym_arg_no_kwargs(PYM_TYPE(self)->tp_name, kwnames) < 0) return -1;
    if (nargs > 1) {
        pym_err_format(PymExc_TypeError, "__init__ expected at most 1 argument, got %zd",
                       (intptr_t)nargs);
        return -1;
    }
    if (nargs == 0) return 0;
    return store_value(kinds[kind_of(PYM_TYPE(self))].k, ((CData *)self)->b_ptr, args[0]);
}

static void cdata_dealloc(PymObject *o) { PYM_TYPE(o)->tp_free(o); }

static PymObject *cdata_get_value(PymObject *self, void *closure) {
    return load_value(kinds[kind_of(PYM_TYPE(self))].k, ((CData *)self)->b_ptr);
}

static int cdata_set_value(PymObject *self, PymObject *v, void *closure) {
    if (!v) {
        pym_err_set_string(PymExc_TypeError, "can't delete attribute");
        return -1;
    }
    return store_value(kinds[kind_of(PYM_TYPE(self))].k, ((CData *)self)->b_ptr, v);
}

static PymObject *cdata_repr(PymObject *self) {
    PymType *t = PYM_TYPE(self);
    if (t->tp_flags & PYM_TPFLAGS_HEAPTYPE) /* subclasses: "<M object at 0x...>" */
        return pym_type_object.tp_repr(self);
    PymObject *v = cdata_get_value(self, NULL);
    if (!v) return NULL;
    const char *dot = strrchr(t->tp_name, '.');
    PymObject *r = pym_str_from_format("%s(%R)", dot ? dot + 1 : t->tp_name, v);
    PYM_DECREF(v);
    return r;
}

static int cdata_bool(PymObject *self) {
    const char *p = ((CData *)self)->b_ptr;
    size_t n = kinds[kind_of(PYM_TYPE(self))].size;
    if (kinds[kind_of(PYM_TYPE(self))].k == K_DOUBLE) {
        double d;
        memcpy(&d, p, sizeof d);
        return d != 0.0;
    }
    for (size_t i = 0; i < n; i++)
        if (p[i]) return 1;
    return 0;
}

/* from_address(addr): an instance viewing the memory at addr (classmethod) */
static PymObject *cdata_from_address(PymObject *type, PymObject *const *args, size_t nargs,
                                     PymObject *kwnames) {
    if (pym_arg_count("from_address", nargs, kwnames, 1, 1) < 0) return NULL;
    if (!PYM_INT_CHECK(args[0])) {
        pym_err_set_string(PymExc_TypeError, "integer expected");
        return NULL;
    }
    uint64_t addr;
    if (int_mask64(args[0], &addr) < 0) return NULL;
    return cdata_alloc((PymType *)type, (char *)(uintptr_t)addr);
}

static PymGetSetDef cdata_getset[] = {
    {"value", cdata_get_value, cdata_set_value, "current value", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymMethodDef cdata_methods[] = {
    {"from_address", cdata_from_address, PYM_METH_CLASS, NULL},
    {NULL},
};

static PymType ct_simple_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "_ctypes._SimpleCData",
    .tp_basicsize = sizeof(CData),
    .tp_flags = PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = cdata_dealloc,
    .tp_repr = cdata_repr,
    .tp_getattro = pym_object_generic_getattr,
    .tp_setattro = pym_object_generic_setattr,
    .nb_bool = cdata_bool,
    .tp_getset = cdata_getset,
    .tp_methods = cdata_methods,
    .tp_new = cdata_new,
    .tp_init = cdata_init,
    .tp_doc = "XXX to be provided",
};

#define SIMPLE(var, name) \
    static PymType var = { \
        PYM_VAR_HEAD_INIT(&pym_type_type, 0), .tp_name = "ctypes." name, \
        .tp_basicsize = sizeof(CData),        .tp_flags = PYM_TPFLAGS_BASETYPE, \
        .tp_base = &ct_simple_type, \
    }
SIMPLE(ct_c_int, "c_int");
SIMPLE(ct_c_uint, "c_uint");
SIMPLE(ct_c_long, "c_long");
SIMPLE(ct_c_ulong, "c_ulong");
SIMPLE(ct_c_double, "c_double");

/* ---- module functions ---- */

// sizeof(type or instance) -> the size of the C value
static PymObject *ct_sizeof(PymObject *m, PymObject *const *args, size_t nargs, PymObject *kw) {
    if (pym_arg_count("sizeof", nargs, kw, 1, 1) < 0) return NULL;
    PymObject *o = args[0];
    PymType *t = PYM_TYPE(o);
    if (pym_type_is_subtype(t, &pym_type_type))
        t = (PymType *)o;
    else if (!is_cdata(o))
        t = NULL;
    int i = t ? kind_of(t) : -1;
    if (i < 0) {
        pym_err_set_string(PymExc_TypeError, "this type has no size");
        return NULL;
    }
    return pym_int_from_size(kinds[i].size);
}

// addressof(instance) -> the address of its C value
static PymObject *ct_addressof(PymObject *m, PymObject *const *args, size_t nargs, PymObject *kw) {
    if (pym_arg_count("addressof", nargs, kw, 1, 1) < 0) return NULL;
    if (!is_cdata(args[0])) {
        pym_err_set_string(PymExc_TypeError, "invalid type");
        return NULL;
    }
    return pym_int_from_size((size_t)(uintptr_t)((CData *)args[0])->b_ptr);
}

static PymMethodDef ctypes_methods[] = {
    {"sizeof", ct_sizeof, 0, NULL},
    {"addressof", ct_addressof, 0, NULL},
    {NULL},
};

PymObject *pym_ctypes_module_init(void) {
    if (pym_type_ready(&ct_simple_type) < 0) return NULL;
    for (size_t i = 0; i < PYM_ARRAY_LEN(kinds); i++)
        if (pym_type_ready(kinds[i].t) < 0) return NULL;
    PymObject *m = pym_module_new("ctypes");
    if (!m) return NULL;
    static const struct {
        const char *name;
        PymType *t;
    } names[] = {
        {"c_int", &ct_c_int},         {"c_int32", &ct_c_int},    {"c_uint", &ct_c_uint},
        {"c_uint32", &ct_c_uint},     {"c_long", &ct_c_long},    {"c_longlong", &ct_c_long},
        {"c_ssize_t", &ct_c_long},    {"c_int64", &ct_c_long},   {"c_ulong", &ct_c_ulong},
        {"c_ulonglong", &ct_c_ulong}, {"c_size_t", &ct_c_ulong}, {"c_uint64", &ct_c_ulong},
        {"c_double", &ct_c_double},
    };
    for (size_t i = 0; i < PYM_ARRAY_LEN(names); i++)
        if (pym_module_add_object(m, names[i].name, (PymObject *)names[i].t) < 0) goto fail;
    if (pym_module_add_functions(m, ctypes_methods) < 0) goto fail;
    return m;
fail:
    PYM_DECREF(m);
    return NULL;
}
