/*
** mod_abc.c -- the '_abc' module: the two things lib/abc.py cannot do in
** Python, both about the type flags a match statement tests (match.c).
**
**   _abc_init(cls)            after ABCMeta made cls: '__abc_tpflags__' in
**                             its body (collections.abc's Sequence and
**                             Mapping say 1 << 5 and 1 << 6, CPython's
**                             numbers) sets the flag, and the entry goes.
**   _abc_register(cls, sub)   after cls.register(sub) added sub: sub and its
**                             subclasses take cls's sequence/mapping flag.
**
** CPython's _abc module holds all of ABCMeta's state in C; pym's ABCMeta is
** Python (lib/abc.py) and only these two calls cross over.
*/
#include "pym.h"

static int check_type(const char *fname, PymObject *o) {
    if (PYM_TYPE_CHECK(o)) return 0;
    pym_err_format(PymExc_TypeError, "%s() argument must be a class, not %s", fname,
                   pym_type_name(o));
    return -1;
}

PYM_CFUNC(abc_init) {
    static const char *const names[] = {"cls", NULL};
    PymObject *cls;
    if (pym_arg_unpack("_abc_init", args, nargs, kwnames, names, 1, 1, &cls) < 0) return NULL;
    if (check_type("_abc_init", cls) < 0) return NULL;
    if (pym_type_abc_init_flags((PymType *)cls) < 0) return NULL;
    PYM_RETURN_NONE;
}

PYM_CFUNC(abc_register) {
    static const char *const names[] = {"cls", "subclass", NULL};
    PymObject *a[2];
    if (pym_arg_unpack("_abc_register", args, nargs, kwnames, names, 2, 2, a) < 0) return NULL;
    if (check_type("_abc_register", a[0]) < 0 || check_type("_abc_register", a[1]) < 0) return NULL;
    pym_type_set_collection_flag((PymType *)a[1], (PymType *)a[0]);
    PYM_RETURN_NONE;
}

static PymMethodDef abc_functions[] = {
    {"_abc_init", abc_init, 0, "Take the type flags named by __abc_tpflags__ in the class body."},
    {"_abc_register", abc_register, 0, "Give a registered class the ABC's sequence/mapping flag."},
    {NULL, NULL, 0, NULL},
};

/* Creates the _abc module (new ref); called by the import system. */
PymObject *pym_abc_module_init(void) {
    PymObject *m = pym_module_new("_abc");
    if (!m) return NULL;
    if (pym_module_add_functions(m, abc_functions) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
