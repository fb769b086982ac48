/*
** boolobject.c -- bool, the subclass of int with the two singletons True and
** False (static PymInts of type bool).  bool cannot be subclassed; & | ^
** between two bools give a bool, everything else is int arithmetic.
*/
#include "pym.h"

PymInt pym_true_struct = {{{1 << 30, &pym_type_bool}, 1}, {1}};
PymInt pym_false_struct = {{{1 << 30, &pym_type_bool}, 0}, {0}};

static PymObject *bool_repr(PymObject *o) {
    static PymObject *t, *f;
    if (o == pym_True) {
        if (!t) t = pym_str_intern_cstr("True");
        return pym_newref(t);
    }
    if (!f) f = pym_str_intern_cstr("False");
    return pym_newref(f);
}

static PymObject *bool_new(PymType *type, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    if (pym_arg_no_kwargs("bool", kwnames) < 0) return NULL;
    if (nargs > 1) {
        pym_err_format(PymExc_TypeError, "bool expected at most 1 argument, got %zd",
                       (intptr_t)nargs);
        return NULL;
    }
    if (nargs == 0) PYM_RETURN_FALSE;
    int r = pym_object_is_true(args[0]);
    if (r < 0) return NULL;
    return pym_bool_from(r);
}

static PymObject *bool_logic(PymObject *a, PymObject *b, int op) {
    if (PYM_BOOL_CHECK(a) && PYM_BOOL_CHECK(b)) {
        bool x = a == pym_True, y = b == pym_True;
        return pym_bool_from(op == '&' ? (x && y) : op == '|' ? (x || y) : (x != y));
    }
    binaryfunc f = pym_type_int.nb_binop[op == '&'   ? PYM_NB_AND
                                         : op == '|' ? PYM_NB_OR
                                                     : PYM_NB_XOR];
    return f(a, b);
}
static PymObject *bool_and(PymObject *a, PymObject *b) { return bool_logic(a, b, '&'); }
static PymObject *bool_or(PymObject *a, PymObject *b) { return bool_logic(a, b, '|'); }
static PymObject *bool_xor(PymObject *a, PymObject *b) { return bool_logic(a, b, '^'); }

static void bool_dealloc(PymObject *o) {
    o->ob_refcnt = 1 << 30; /* the singletons are never freed */
}

PymType pym_type_bool = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "bool",
    .tp_basicsize = offsetof(PymInt, ob_digit),
    .tp_itemsize = sizeof(pym_digit),
    .tp_flags = PYM_TPFLAGS_INT_SUBCLASS,
    .tp_dealloc = bool_dealloc,
    .tp_repr = bool_repr,
    .nb_binop = {[PYM_NB_AND] = bool_and, [PYM_NB_OR] = bool_or, [PYM_NB_XOR] = bool_xor},
    .tp_base = &pym_type_int,
    .tp_new = bool_new,
    .tp_doc = "bool(x) -> bool",
};

int pym_bool_init(void) { return pym_type_ready(&pym_type_bool); }
