/*
** mod_operator.c -- the '_operator' module: Python's operators as
** functions (add, getitem, lt, iadd, ...), index, length_hint,
** _compare_digest, and the callable objects itemgetter, attrgetter and
** methodcaller, as CPython 3.11's.  lib/operator.py re-exports everything
** and adds the __dunder__ aliases.
**
** Each operator function is a thin call into the generic object protocol
** (object.h), so it behaves exactly as the operator does in the VM.  The
** three getter types are GC objects (they hold their arguments).
*/
#include "pym.h"
#include "intbytes.h"

/* PyArg_UnpackTuple's "add expected 2 arguments, got 1". 0 / -1 */
static int op_no_kwargs(const char *name, PymObject *kw) {
    if (!pym_arg_nkw(kw)) return 0;
    pym_err_format(PymExc_TypeError, "_operator.%s() takes no keyword arguments", name);
    return -1;
}

static int op_args(const char *name, size_t nargs, PymObject *kw, size_t want) {
    if (op_no_kwargs(name, kw) < 0) return -1;
    if (nargs == want) return 0;
    pym_err_format(PymExc_TypeError, "%s expected %zd argument%s, got %zd", name, (intptr_t)want,
                   want == 1 ? "" : "s", (intptr_t)nargs);
    return -1;
}

/* One-argument functions of METH_O style: "_operator.neg() takes exactly one argument (0 given)". */
static int op_one(const char *name, size_t nargs, PymObject *kw) {
    if (op_no_kwargs(name, kw) < 0) return -1;
    if (nargs == 1) return 0;
    pym_err_format(PymExc_TypeError, "_operator.%s() takes exactly one argument (%zd given)", name,
                   (intptr_t)nargs);
    return -1;
}

#define BINOP(cname, pyname, nb) \
    static PymObject *cname(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) { \
        if (op_args(pyname, n, kw, 2) < 0) return NULL; \
        return pym_number_binop(a[0], a[1], nb); \
    }

BINOP(op_add, "add", PYM_NB_ADD)
BINOP(op_sub, "sub", PYM_NB_SUBTRACT)
BINOP(op_mul, "mul", PYM_NB_MULTIPLY)
BINOP(op_matmul, "matmul", PYM_NB_MATRIX_MULTIPLY)
BINOP(op_floordiv, "floordiv", PYM_NB_FLOOR_DIVIDE)
BINOP(op_truediv, "truediv", PYM_NB_TRUE_DIVIDE)
BINOP(op_mod, "mod", PYM_NB_REMAINDER)
BINOP(op_lshift, "lshift", PYM_NB_LSHIFT)
BINOP(op_rshift, "rshift", PYM_NB_RSHIFT)
BINOP(op_and, "and_", PYM_NB_AND)
BINOP(op_xor, "xor", PYM_NB_XOR)
BINOP(op_or, "or_", PYM_NB_OR)
BINOP(op_pow, "pow", PYM_NB_POWER)
BINOP(op_iadd, "iadd", PYM_NB_INPLACE + PYM_NB_ADD)
BINOP(op_isub, "isub", PYM_NB_INPLACE + PYM_NB_SUBTRACT)
BINOP(op_imul, "imul", PYM_NB_INPLACE + PYM_NB_MULTIPLY)
BINOP(op_imatmul, "imatmul", PYM_NB_INPLACE + PYM_NB_MATRIX_MULTIPLY)
BINOP(op_ifloordiv, "ifloordiv", PYM_NB_INPLACE + PYM_NB_FLOOR_DIVIDE)
BINOP(op_itruediv, "itruediv", PYM_NB_INPLACE + PYM_NB_TRUE_DIVIDE)
BINOP(op_imod, "imod", PYM_NB_INPLACE + PYM_NB_REMAINDER)
BINOP(op_ilshift, "ilshift", PYM_NB_INPLACE + PYM_NB_LSHIFT)
BINOP(op_irshift, "irshift", PYM_NB_INPLACE + PYM_NB_RSHIFT)
BINOP(op_iand, "iand", PYM_NB_INPLACE + PYM_NB_AND)
BINOP(op_ixor, "ixor", PYM_NB_INPLACE + PYM_NB_XOR)
BINOP(op_ior, "ior", PYM_NB_INPLACE + PYM_NB_OR)
BINOP(op_ipow, "ipow", PYM_NB_INPLACE + PYM_NB_POWER)

#define CMPOP(cname, pyname, op) \
    static PymObject *cname(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) { \
        if (op_args(pyname, n, kw, 2) < 0) return NULL; \
        return pym_object_richcompare(a[0], a[1], op); \
    }

CMPOP(op_lt, "lt", PYM_LT)
CMPOP(op_le, "le", PYM_LE)
CMPOP(op_eq, "eq", PYM_EQ)
CMPOP(op_ne, "ne", PYM_NE)
CMPOP(op_gt, "gt", PYM_GT)
CMPOP(op_ge, "ge", PYM_GE)

#define UNOP(cname, pyname, call) \
    static PymObject *cname(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) { \
        if (op_one(pyname, n, kw) < 0) return NULL; \
        return call(a[0]); \
    }

UNOP(op_neg, "neg", pym_number_negative)
UNOP(op_pos, "pos", pym_number_positive)
UNOP(op_abs, "abs", pym_number_absolute)
UNOP(op_inv, "inv", pym_number_invert)
UNOP(op_invert, "invert", pym_number_invert)
UNOP(op_index, "index", pym_number_index)

static PymObject *op_not(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (op_one("not_", n, kw) < 0) return NULL;
    int r = pym_object_not(a[0]);
    return r < 0 ? NULL : pym_bool_from(r);
}

static PymObject *op_truth(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (op_one("truth", n, kw) < 0) return NULL;
    int r = pym_object_is_true(a[0]);
    return r < 0 ? NULL : pym_bool_from(r);
}

static PymObject *op_is(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (op_args("is_", n, kw, 2) < 0) return NULL;
    return pym_bool_from(a[0] == a[1]);
}

static PymObject *op_is_not(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (op_args("is_not", n, kw, 2) < 0) return NULL;
    return pym_bool_from(a[0] != a[1]);
}

/* PySequence_Check: indexable and not a mapping. */
static bool is_sequence(PymObject *o) { return PYM_TYPE(o)->mp_subscript && !PYM_DICT_CHECK(o); }

static PymObject *concat_common(const char *name, PymObject *const *a, size_t n, PymObject *kw,
                                int op) {
    if (op_args(name, n, kw, 2) < 0) return NULL;
    if (!is_sequence(a[0])) {
        pym_err_format(PymExc_TypeError, "'%s' object can't be concatenated", pym_type_name(a[0]));
        return NULL;
    }
    return pym_number_binop(a[0], a[1], op);
}

static PymObject *op_concat(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    return concat_common("concat", a, n, kw, PYM_NB_ADD);
}
static PymObject *op_iconcat(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    return concat_common("iconcat", a, n, kw, PYM_NB_INPLACE + PYM_NB_ADD);
}

static PymObject *op_contains(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (op_args("contains", n, kw, 2) < 0) return NULL;
    int r = pym_object_contains(a[0], a[1]);
    return r < 0 ? NULL : pym_bool_from(r);
}

/* Walks a for b: count of matches (count) or the first index (!count).  -1 on error. */
static intptr_t seq_search(PymObject *a, PymObject *b, bool count) {
    PymObject *it = pym_object_getiter(a);
    if (!it) {
        if (pym_err_matches((PymObject *)PymExc_TypeError)) {
            pym_err_clear();
            pym_err_format(PymExc_TypeError, "argument of type '%s' is not iterable",
                           pym_type_name(a));
        }
        return -1;
    }
    intptr_t i = 0, found = 0;
    for (;; i++) {
        PymObject *item = pym_iter_next(it);
        if (!item) break;
        int eq = item == b ? 1 : pym_object_richcompare_bool(item, b, PYM_EQ);
        PYM_DECREF(item);
        if (eq < 0) {
            PYM_DECREF(it);
            return -1;
        }
        if (eq) {
            if (!count) {
                PYM_DECREF(it);
                return i;
            }
            found++;
        }
    }
    PYM_DECREF(it);
    if (pym_err_occurred()) return -1;
    if (count) return found;
    pym_err_set_string(PymExc_ValueError, "sequence.index(x): x not in sequence");
    return -1;
}

static PymObject *op_countOf(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (op_args("countOf", n, kw, 2) < 0) return NULL;
    intptr_t r = seq_search(a[0], a[1], true);
    return r < 0 ? NULL : pym_int_from_ssize(r);
}

static PymObject *op_indexOf(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (op_args("indexOf", n, kw, 2) < 0) return NULL;
    intptr_t r = seq_search(a[0], a[1], false);
    return r < 0 ? NULL : pym_int_from_ssize(r);
}

static PymObject *op_getitem(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (op_args("getitem", n, kw, 2) < 0) return NULL;
    return pym_object_getitem(a[0], a[1]);
}

static PymObject *op_setitem(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (op_args("setitem", n, kw, 3) < 0) return NULL;
    if (pym_object_setitem(a[0], a[1], a[2]) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *op_delitem(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (op_args("delitem", n, kw, 2) < 0) return NULL;
    if (pym_object_delitem(a[0], a[1]) < 0) return NULL;
    PYM_RETURN_NONE;
}

// call(obj, /, *args, **kwargs) -> obj(*args, **kwargs)
static PymObject *op_call(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (n < 1) {
        pym_err_set_string(PymExc_TypeError, "call expected at least 1 argument, got 0");
        return NULL;
    }
    return pym_call(a[0], a + 1, n - 1, kw);
}

// length_hint(obj, default=0, /) -> an estimate of len(obj)
static PymObject *op_length_hint(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_no_kwargs("length_hint", kw) < 0) return NULL;
    if (n < 1 || n > 2) {
        pym_err_format(PymExc_TypeError, "length_hint expected %s 1 argument%s, got %zd",
                       n < 1 ? "at least" : "at most", n < 1 ? "" : "s", (intptr_t)n);
        if (n > 2)
            pym_err_format(PymExc_TypeError, "length_hint expected at most 2 arguments, got %zd",
                           (intptr_t)n);
        return NULL;
    }
    intptr_t dflt = 0;
    if (n == 2) {
        if (!PYM_INT_CHECK(a[1]) && !PYM_TYPE(a[1])->nb_index) {
            pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                           pym_type_name(a[1]));
            return NULL;
        }
        dflt = pym_intbytes_as_ssize(a[1]);
        if (dflt == -1 && pym_err_occurred()) return NULL;
    }
    PymObject *o = a[0];
    if (PYM_TYPE(o)->sq_length) {
        intptr_t len = pym_object_len(o);
        if (len >= 0) return pym_int_from_ssize(len);
        if (!pym_err_matches((PymObject *)PymExc_TypeError)) return NULL;
        pym_err_clear();
    }
    PymObject *hint = pym_type_lookup(PYM_TYPE(o), PYM_ID(__length_hint__));
    if (!hint) return pym_int_from_ssize(dflt);
    int found = 0;
    PymObject *r = pym_call_special(o, PYM_ID(__length_hint__), NULL, 0, &found);
    if (!r) {
        if (!found && !pym_err_occurred()) return pym_int_from_ssize(dflt);
        if (pym_err_matches((PymObject *)PymExc_TypeError)) {
            pym_err_clear();
            return pym_int_from_ssize(dflt);
        }
        return NULL;
    }
    if (r == pym_NotImplemented) {
        PYM_DECREF(r);
        return pym_int_from_ssize(dflt);
    }
    if (!PYM_INT_CHECK(r)) {
        pym_err_format(PymExc_TypeError, "__length_hint__ must be an integer, not %s",
                       pym_type_name(r));
        PYM_DECREF(r);
        return NULL;
    }
    intptr_t v = pym_int_as_ssize(r);
    PYM_DECREF(r);
    if (v == -1 && pym_err_occurred()) return NULL;
    if (v < 0) {
        pym_err_set_string(PymExc_ValueError, "__length_hint__() should return >= 0");
        return NULL;
    }
    return pym_int_from_ssize(v);
}

// _compare_digest(a, b) -> a == b in time independent of where they differ
static PymObject *op_compare_digest(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (op_args("_compare_digest", n, kw, 2) < 0) return NULL;
    const unsigned char *pa, *pb;
    intptr_t la, lb;
    if (PYM_STR_CHECK(a[0]) && PYM_STR_CHECK(a[1])) {
        if (PYM_STR_NBYTES(a[0]) != PYM_STR_LEN(a[0]) ||
            PYM_STR_NBYTES(a[1]) != PYM_STR_LEN(a[1])) {
            pym_err_set_string(PymExc_TypeError,
                               "comparing strings with non-ASCII characters is not supported");
            return NULL;
        }
        pa = (const unsigned char *)PYM_STR_UTF8(a[0]);
        la = PYM_STR_NBYTES(a[0]);
        pb = (const unsigned char *)PYM_STR_UTF8(a[1]);
        lb = PYM_STR_NBYTES(a[1]);
    } else if (PYM_BYTES_CHECK(a[0]) && PYM_BYTES_CHECK(a[1])) {
        pa = (const unsigned char *)PYM_BYTES_DATA(a[0]);
        la = PYM_BYTES_LEN(a[0]);
        pb = (const unsigned char *)PYM_BYTES_DATA(a[1]);
        lb = PYM_BYTES_LEN(a[1]);
    } else {
        pym_err_format(PymExc_TypeError,
                       "unsupported operand types(s) or combination of types: '%s' and '%s'",
                       pym_type_name(a[0]), pym_type_name(a[1]));
        return NULL;
    }
    /* always walk b in full so the time depends on len(b) only */
    unsigned char diff = (unsigned char)(la != lb);
    const unsigned char *left = la == lb ? pa : pb;
    for (intptr_t i = 0; i < lb; i++) diff |= (unsigned char)(left[i] ^ pb[i]);
    return pym_bool_from(diff == 0);
}

/* {====== itemgetter, attrgetter, methodcaller ======} */

/* One layout, CPython's sizes: itemgetter uses all four words (48 bytes:
** count, keys, the index of a single int key for the list/tuple fast path,
** and CPython's vectorcall slot, unused here); attrgetter the first three
** (40: count, the names split at dots, the slot); methodcaller the first
** three as name, args, kwargs (40). */
typedef struct {
    PymObject ob_base;
    union {
        intptr_t nitems; /* itemgetter, attrgetter */
        PymObject *name; /* methodcaller: the method name */
    };
    PymObject *items; /* itemgetter: keys; attrgetter: tuples of name parts; methodcaller: args */
    union {
        intptr_t index;        /* itemgetter: the single key as an index, or -1 */
        PymObject *kwargs;     /* methodcaller: keyword arguments (dict) */
        void *vectorcall_slot; /* attrgetter: unused, keeps CPython's layout */
    };
    void *vectorcall; /* itemgetter: unused, keeps CPython's layout */
} Getter;

#define GETTER_SIZE_3 offsetof(Getter, vectorcall)

static PymType itemgetter_type, attrgetter_type, methodcaller_type;

static bool is_methodcaller(PymObject *o) { return PYM_TYPE(o) == &methodcaller_type; }

static int getter_traverse(PymObject *o, visitproc visit, void *arg) {
    Getter *g = (Getter *)o;
    PYM_VISIT(g->items);
    if (is_methodcaller(o)) {
        PYM_VISIT(g->name);
        PYM_VISIT(g->kwargs);
    }
    return 0;
}
static int getter_clear(PymObject *o) {
    Getter *g = (Getter *)o;
    PYM_CLEAR(g->items);
    if (is_methodcaller(o)) {
        PYM_CLEAR(g->name);
        PYM_CLEAR(g->kwargs);
    }
    return 0;
}
static void getter_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    if (!pym_trashcan_begin(o)) return;
    getter_clear(o);
    PYM_TYPE(o)->tp_free(o);
    pym_trashcan_end();
}

static PymObject *itemgetter_new(PymType *type, PymObject *const *args, size_t nargs,
                                 PymObject *kw) {
    if (pym_arg_no_kwargs("itemgetter", kw) < 0) return NULL;
    if (nargs < 1) {
        pym_err_set_string(PymExc_TypeError, "itemgetter expected 1 argument, got 0");
        return NULL;
    }
    Getter *g = (Getter *)pym_object_alloc(type, 0);
    if (!g) return NULL;
    g->items = pym_tuple_from_array(args, (intptr_t)nargs);
    g->nitems = (intptr_t)nargs;
    g->index = -1;
    if (nargs == 1 && PYM_INT_CHECK_EXACT(args[0]) && pym_int_is_compact(args[0]) &&
        pym_int_compact_value(args[0]) >= 0)
        g->index = pym_int_compact_value(args[0]);
    if (!g->items) {
        PYM_DECREF(g);
        return NULL;
    }
    pym_gc_track((PymObject *)g);
    return (PymObject *)g;
}

static int call_one_arg(const char *name, size_t nargs, PymObject *kw) {
    if (pym_arg_no_kwargs(name, kw) < 0) return -1;
    if (nargs == 1) return 0;
    pym_err_format(PymExc_TypeError, "%s expected 1 argument, got %zd", name, (intptr_t)nargs);
    return -1;
}

static PymObject *itemgetter_call(PymObject *self, PymObject *const *args, size_t nargs,
                                  PymObject *kw) {
    if (call_one_arg("itemgetter", nargs, kw) < 0) return NULL;
    Getter *g = (Getter *)self;
    PymObject *o = args[0];
    if (g->index >= 0 && (PYM_LIST_CHECK_EXACT(o) || PYM_TUPLE_CHECK_EXACT(o)) &&
        g->index < PYM_SIZE(o))
        return pym_newref(PYM_LIST_CHECK_EXACT(o) ? PYM_LIST_GET(o, g->index)
                                                  : PYM_TUPLE_GET(o, g->index));
    if (g->nitems == 1) return pym_object_getitem(o, PYM_TUPLE_GET(g->items, 0));
    intptr_t n = PYM_SIZE(g->items);
    PymObject *t = pym_tuple_new(n);
    if (!t) return NULL;
    for (intptr_t i = 0; i < n; i++) {
        PymObject *v = pym_object_getitem(args[0], PYM_TUPLE_GET(g->items, i));
        if (!v) {
            for (intptr_t j = i; j < n; j++) PYM_TUPLE_SET(t, j, pym_newref(pym_None));
            PYM_DECREF(t);
            return NULL;
        }
        PYM_TUPLE_SET(t, i, v);
    }
    return t;
}

/* "operator.itemgetter(1, 2)": the type's qualified name and the arguments. */
static PymObject *getter_repr_args(PymObject *self, PymObject *args) {
    int rec = pym_repr_enter(self);
    if (rec != 0) return rec < 0 ? NULL : pym_str_from_format("%s(...)", pym_type_name(self));
    PymStrBuilder sb;
    pym_sb_init(&sb);
    pym_sb_append_cstr(&sb, pym_type_name(self));
    pym_sb_append_cstr(&sb, "(");
    for (intptr_t i = 0; i < PYM_SIZE(args); i++) {
        if (i) pym_sb_append_cstr(&sb, ", ");
        if (pym_sb_append_obj_repr(&sb, PYM_TUPLE_GET(args, i)) < 0) {
            pym_sb_discard(&sb);
            pym_repr_leave(self);
            return NULL;
        }
    }
    pym_sb_append_cstr(&sb, ")");
    pym_repr_leave(self);
    return pym_sb_finish(&sb);
}

static PymObject *itemgetter_repr(PymObject *self) {
    return getter_repr_args(self, ((Getter *)self)->items);
}

/* __reduce__: (type, args) so copy/pickle rebuild the getter. */
static PymObject *itemgetter_reduce(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    return pym_tuple_pack(2, (PymObject *)PYM_TYPE(self), ((Getter *)self)->items);
}

static PymMethodDef itemgetter_methods[] = {
    {"__reduce__", itemgetter_reduce, 0, "Return state information for pickling"},
    {NULL, NULL, 0, NULL},
};

static PymType itemgetter_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "operator.itemgetter",
    .tp_basicsize = sizeof(Getter),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = getter_dealloc,
    .tp_traverse = getter_traverse,
    .tp_clear = getter_clear,
    .tp_repr = itemgetter_repr,
    .tp_getattro = pym_object_generic_getattr,
    .tp_call = itemgetter_call,
    .tp_methods = itemgetter_methods,
    .tp_new = itemgetter_new,
    .tp_free = pym_object_free,
    .tp_doc = "Return a callable object that fetches the given item(s) from its operand.\nAfter f "
              "= itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the "
              "call g(r) returns (r[2], r[5], r[3])",
};

/* attrgetter: items is a tuple of the names as given (for repr) and name a
** tuple of tuples of their dotted parts (interned strs). */
static PymObject *attrgetter_new(PymType *type, PymObject *const *args, size_t nargs,
                                 PymObject *kw) {
    if (pym_arg_no_kwargs("attrgetter", kw) < 0) return NULL;
    if (nargs < 1) {
        pym_err_set_string(PymExc_TypeError, "attrgetter expected 1 argument, got 0");
        return NULL;
    }
    PymObject *parts = pym_tuple_new((intptr_t)nargs);
    if (!parts) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (!PYM_STR_CHECK(args[i])) {
            pym_err_set_string(PymExc_TypeError, "attribute name must be a string");
            for (size_t j = i; j < nargs; j++) PYM_TUPLE_SET(parts, j, pym_newref(pym_None));
            PYM_DECREF(parts);
            return NULL;
        }
        PymObject *dot = pym_str_from_cstr(".");
        PymObject *split = dot ? pym_call_method(args[i], PYM_ID(split), &dot, 1) : NULL;
        PYM_XDECREF(dot);
        PymObject *t = split ? pym_list_as_tuple(split) : NULL;
        PYM_XDECREF(split);
        if (!t) {
            for (size_t j = i; j < nargs; j++) PYM_TUPLE_SET(parts, j, pym_newref(pym_None));
            PYM_DECREF(parts);
            return NULL;
        }
        for (intptr_t k = 0; k < PYM_SIZE(t); k++) {
            PymObject *s = PYM_TUPLE_GET(t, k);
            PYM_INCREF(s);
            PymObject *in = pym_str_intern(s);
            PYM_TUPLE_SET(t, k, in);
            PYM_DECREF(s);
        }
        PYM_TUPLE_SET(parts, i, t);
    }
    Getter *g = (Getter *)pym_object_alloc(type, 0);
    if (!g) {
        PYM_DECREF(parts);
        return NULL;
    }
    g->items = parts;
    g->nitems = (intptr_t)nargs;
    pym_gc_track((PymObject *)g);
    return (PymObject *)g;
}

static PymObject *dotted_getattr(PymObject *o, PymObject *parts) {
    PymObject *cur = pym_newref(o);
    for (intptr_t i = 0; i < PYM_SIZE(parts); i++) {
        PymObject *next = pym_object_getattr(cur, PYM_TUPLE_GET(parts, i));
        PYM_DECREF(cur);
        if (!next) return NULL;
        cur = next;
    }
    return cur;
}

static PymObject *attrgetter_call(PymObject *self, PymObject *const *args, size_t nargs,
                                  PymObject *kw) {
    if (call_one_arg("attrgetter", nargs, kw) < 0) return NULL;
    Getter *g = (Getter *)self;
    if (g->nitems == 1) return dotted_getattr(args[0], PYM_TUPLE_GET(g->items, 0));
    intptr_t n = PYM_SIZE(g->items);
    PymObject *t = pym_tuple_new(n);
    if (!t) return NULL;
    for (intptr_t i = 0; i < n; i++) {
        PymObject *v = dotted_getattr(args[0], PYM_TUPLE_GET(g->items, i));
        if (!v) {
            for (intptr_t j = i; j < n; j++) PYM_TUPLE_SET(t, j, pym_newref(pym_None));
            PYM_DECREF(t);
            return NULL;
        }
        PYM_TUPLE_SET(t, i, v);
    }
    return t;
}

/* The names as given: the parts joined again with dots (new tuple of str). */
static PymObject *attrgetter_names(Getter *g) {
    PymObject *names = pym_tuple_new(PYM_SIZE(g->items));
    PymObject *dot = pym_str_from_cstr(".");
    if (!names || !dot) {
        PYM_XDECREF(names);
        PYM_XDECREF(dot);
        return NULL;
    }
    for (intptr_t i = 0; i < PYM_SIZE(g->items); i++) {
        PymObject *name = pym_str_join(dot, PYM_TUPLE_GET(g->items, i));
        if (!name) {
            for (intptr_t j = i; j < PYM_SIZE(g->items); j++)
                PYM_TUPLE_SET(names, j, pym_newref(pym_None));
            PYM_DECREF(names);
            PYM_DECREF(dot);
            return NULL;
        }
        PYM_TUPLE_SET(names, i, name);
    }
    PYM_DECREF(dot);
    return names;
}

static PymObject *attrgetter_repr(PymObject *self) {
    PymObject *names = attrgetter_names((Getter *)self);
    if (!names) return NULL;
    PymObject *r = getter_repr_args(self, names);
    PYM_DECREF(names);
    return r;
}

static PymObject *attrgetter_reduce(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    PymObject *names = attrgetter_names((Getter *)self);
    if (!names) return NULL;
    PymObject *r = pym_tuple_pack(2, (PymObject *)PYM_TYPE(self), names);
    PYM_DECREF(names);
    return r;
}

static PymMethodDef attrgetter_methods[] = {
    {"__reduce__", attrgetter_reduce, 0, "Return state information for pickling"},
    {NULL, NULL, 0, NULL},
};

static PymType attrgetter_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "operator.attrgetter",
    .tp_basicsize = GETTER_SIZE_3,
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = getter_dealloc,
    .tp_traverse = getter_traverse,
    .tp_clear = getter_clear,
    .tp_repr = attrgetter_repr,
    .tp_getattro = pym_object_generic_getattr,
    .tp_call = attrgetter_call,
    .tp_methods = attrgetter_methods,
    .tp_new = attrgetter_new,
    .tp_free = pym_object_free,
    .tp_doc =
        "Return a callable object that fetches the given attribute(s) from its operand.\nAfter f = "
        "attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), "
        "the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), "
        "the call h(r) returns\n(r.name.first, r.name.last).",
};

static PymObject *methodcaller_new(PymType *type, PymObject *const *args, size_t nargs,
                                   PymObject *kw) {
    if (nargs < 1) {
        pym_err_set_string(PymExc_TypeError,
                           "methodcaller needs at least one argument, the method name");
        return NULL;
    }
    if (!PYM_STR_CHECK(args[0])) {
        pym_err_set_string(PymExc_TypeError, "method name must be a string");
        return NULL;
    }
    Getter *g = (Getter *)pym_object_alloc(type, 0);
    if (!g) return NULL;
    g->name = pym_str_intern(pym_newref(args[0])); /* steals the new reference */
    g->items = pym_tuple_from_array(args + 1, (intptr_t)nargs - 1);
    g->kwargs = pym_dict_new();
    if (!g->items || !g->kwargs) {
        PYM_DECREF(g);
        return NULL;
    }
    size_t nkw = pym_arg_nkw(kw);
    for (size_t i = 0; i < nkw; i++) {
        if (pym_dict_setitem(g->kwargs, PYM_TUPLE_GET(kw, i), args[nargs + i]) < 0) {
            PYM_DECREF(g);
            return NULL;
        }
    }
    pym_gc_track((PymObject *)g);
    return (PymObject *)g;
}

static PymObject *methodcaller_call(PymObject *self, PymObject *const *args, size_t nargs,
                                    PymObject *kw) {
    if (call_one_arg("methodcaller", nargs, kw) < 0) return NULL;
    Getter *g = (Getter *)self;
    PymObject *meth = pym_object_getattr(args[0], g->name);
    if (!meth) return NULL;
    PymObject *r = pym_call_tuple_dict(meth, g->items, pym_dict_size(g->kwargs) ? g->kwargs : NULL);
    PYM_DECREF(meth);
    return r;
}

static PymObject *methodcaller_repr(PymObject *self) {
    Getter *g = (Getter *)self;
    int rec = pym_repr_enter(self);
    if (rec != 0) return rec < 0 ? NULL : pym_str_from_format("%s(...)", pym_type_name(self));
    PymStrBuilder sb;
    pym_sb_init(&sb);
    pym_sb_append_cstr(&sb, pym_type_name(self));
    pym_sb_append_cstr(&sb, "(");
    int rc = pym_sb_append_obj_repr(&sb, g->name);
    for (intptr_t i = 0; rc >= 0 && i < PYM_SIZE(g->items); i++) {
        pym_sb_append_cstr(&sb, ", ");
        rc = pym_sb_append_obj_repr(&sb, PYM_TUPLE_GET(g->items, i));
    }
    intptr_t pos = 0;
    PymObject *k, *v;
    while (rc >= 0 && pym_dict_next(g->kwargs, &pos, &k, &v)) {
        pym_sb_append_cstr(&sb, ", ");
        pym_sb_append_str(&sb, k);
        pym_sb_append_cstr(&sb, "=");
        rc = pym_sb_append_obj_repr(&sb, v);
    }
    pym_repr_leave(self);
    if (rc < 0) {
        pym_sb_discard(&sb);
        return NULL;
    }
    pym_sb_append_cstr(&sb, ")");
    return pym_sb_finish(&sb);
}

static PymType methodcaller_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "operator.methodcaller",
    .tp_basicsize = GETTER_SIZE_3,
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = getter_dealloc,
    .tp_traverse = getter_traverse,
    .tp_clear = getter_clear,
    .tp_repr = methodcaller_repr,
    .tp_getattro = pym_object_generic_getattr,
    .tp_call = methodcaller_call,
    .tp_new = methodcaller_new,
    .tp_free = pym_object_free,
    .tp_doc = "Return a callable object that calls the given method on its operand.\nAfter f = "
              "methodcaller('name'), the call f(r) returns r.name().\nAfter g = "
              "methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).",
};

static PymMethodDef operator_functions[] = {
    {"abs", op_abs, 0, "Same as abs(a)."},
    {"add", op_add, 0, "Same as a + b."},
    {"and_", op_and, 0, "Same as a & b."},
    {"call", op_call, 0, "Same as obj(*args, **kwargs)."},
    {"concat", op_concat, 0, "Same as a + b, for a and b sequences."},
    {"contains", op_contains, 0, "Same as b in a (note reversed operands)."},
    {"countOf", op_countOf, 0, "Return the number of items in a which are, or which equal, b."},
    {"delitem", op_delitem, 0, "Same as del a[b]."},
    {"eq", op_eq, 0, "Same as a == b."},
    {"floordiv", op_floordiv, 0, "Same as a // b."},
    {"ge", op_ge, 0, "Same as a >= b."},
    {"getitem", op_getitem, 0, "Same as a[b]."},
    {"gt", op_gt, 0, "Same as a > b."},
    {"iadd", op_iadd, 0, "Same as a += b."},
    {"iand", op_iand, 0, "Same as a &= b."},
    {"iconcat", op_iconcat, 0, "Same as a += b, for a and b sequences."},
    {"ifloordiv", op_ifloordiv, 0, "Same as a //= b."},
    {"ilshift", op_ilshift, 0, "Same as a <<= b."},
    {"imatmul", op_imatmul, 0, "Same as a @= b."},
    {"imod", op_imod, 0, "Same as a %= b."},
    {"imul", op_imul, 0, "Same as a *= b."},
    {"index", op_index, 0, "Same as a.__index__()"},
    {"indexOf", op_indexOf, 0, "Return the first index of b in a."},
    {"inv", op_inv, 0, "Same as ~a."},
    {"invert", op_invert, 0, "Same as ~a."},
    {"ior", op_ior, 0, "Same as a |= b."},
    {"ipow", op_ipow, 0, "Same as a **= b."},
    {"irshift", op_irshift, 0, "Same as a >>= b."},
    {"is_", op_is, 0, "Same as a is b."},
    {"is_not", op_is_not, 0, "Same as a is not b."},
    {"isub", op_isub, 0, "Same as a -= b."},
    {"itruediv", op_itruediv, 0, "Same as a /= b."},
    {"ixor", op_ixor, 0, "Same as a ^= b."},
    {"le", op_le, 0, "Same as a <= b."},
    {"length_hint", op_length_hint, 0, "Return an estimate of the number of items in obj."},
    {"lshift", op_lshift, 0, "Same as a << b."},
    {"lt", op_lt, 0, "Same as a < b."},
    {"matmul", op_matmul, 0, "Same as a @ b."},
    {"mod", op_mod, 0, "Same as a % b."},
    {"mul", op_mul, 0, "Same as a * b."},
    {"ne", op_ne, 0, "Same as a != b."},
    {"neg", op_neg, 0, "Same as -a."},
    {"not_", op_not, 0, "Same as not a."},
    {"or_", op_or, 0, "Same as a | b."},
    {"pos", op_pos, 0, "Same as +a."},
    {"pow", op_pow, 0, "Same as a ** b."},
    {"rshift", op_rshift, 0, "Same as a >> b."},
    {"setitem", op_setitem, 0, "Same as a[b] = c."},
    {"sub", op_sub, 0, "Same as a - b."},
    {"truediv", op_truediv, 0, "Same as a / b."},
    {"truth", op_truth, 0, "Return True if a is true, False otherwise."},
    {"xor", op_xor, 0, "Same as a ^ b."},
    {"_compare_digest", op_compare_digest, 0, "Return 'a == b'."},
    {NULL, NULL, 0, NULL},
};

/* Creates the _operator module (new ref); called by the import system. */
PymObject *pym_operator_module_init(void) {
    if (pym_type_ready(&itemgetter_type) < 0 || pym_type_ready(&attrgetter_type) < 0 ||
        pym_type_ready(&methodcaller_type) < 0)
        return NULL;
    PymObject *m = pym_module_new("_operator");
    if (!m) return NULL;
    if (pym_module_add_functions(m, operator_functions) < 0 ||
        pym_module_add_object(m, "itemgetter", (PymObject *)&itemgetter_type) < 0 ||
        pym_module_add_object(m, "attrgetter", (PymObject *)&attrgetter_type) < 0 ||
        pym_module_add_object(m, "methodcaller", (PymObject *)&methodcaller_type) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
