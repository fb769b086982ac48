/*
** funcobject.h -- functions, cells, bound methods and builtin functions
** (funcobject.c, the VM helper's part).
*/
#ifndef PYM_FUNCOBJECT_H
#define PYM_FUNCOBJECT_H

#include "object.h"
#include "codeobject.h"

typedef struct PymFunction {
    PymObject ob_base;
    vectorcallfunc vectorcall;
    PymObject *func_code;        /* PymCode */
    PymObject *func_globals;     /* dict */
    PymObject *func_builtins;    /* dict */
    PymObject *func_name;        /* str */
    PymObject *func_qualname;    /* str */
    PymObject *func_defaults;    /* tuple or NULL */
    PymObject *func_kwdefaults;  /* dict or NULL */
    PymObject *func_closure;     /* tuple of cells or NULL */
    PymObject *func_doc;         /* None or str */
    PymObject *func_dict;        /* __dict__ or NULL */
    PymObject *func_module;      /* __module__ */
    PymObject *func_annotations; /* dict or NULL */
    PymObject *func_weakreflist;
    uint32_t func_simple; /* where CPython 3.11 has func_version (getsizeof(f)
                             is 152): what the exact-argument call forms check
                             (vm.c), kept with func_code: co_argcount + 1 when
                             the code binds its positional arguments alone
                             (pym_specialize_simple_code), | PYM_FUNC_CELLS
                             when it has cells or free variables; else 0 */
} PymFunction;

#define PYM_FUNC_CELLS 0x80000000u
/* func_simple for a function of code co (funcobject.c). */
uint32_t pym_function_simple_for(PymCode *co);
/* Whether fn's code binds exactly nargs positional arguments alone (cells
** or not): pym_specialize_simple_code on fn's code, one load. */
static inline bool pym_function_simple(const PymFunction *fn, int nargs) {
    return (fn->func_simple & ~PYM_FUNC_CELLS) == (uint32_t)nargs + 1;
}

typedef struct PymCell {
    PymObject ob_base;
    PymObject *ob_ref; /* NULL: empty */
} PymCell;

typedef struct PymMethod { /* bound method */
    PymObject ob_base;
    PymObject *im_func;
    PymObject *im_self;
    PymObject *im_weakreflist;
} PymMethod;

typedef struct PymCFunction { /* builtin function or method bound to m_self */
    PymObject ob_base;
    PymMethodDef *m_ml;
    PymObject *m_self;   /* module, instance, or NULL */
    PymObject *m_module; /* __module__ str or NULL */
    PymObject *m_weakreflist;
} PymCFunction;

extern PymType pym_type_function, pym_type_cell, pym_type_method, pym_type_cfunction;
#define PYM_FUNCTION_CHECK(o)  (PYM_TYPE(o) == &pym_type_function)
#define PYM_METHOD_CHECK(o)    (PYM_TYPE(o) == &pym_type_method)
#define PYM_CFUNCTION_CHECK(o) (PYM_TYPE(o) == &pym_type_cfunction)
#define PYM_CELL_CHECK(o)      (PYM_TYPE(o) == &pym_type_cell)

/* New function from a code object; globals borrowed; qualname may be NULL
** (then co_qualname). */
PymObject *pym_function_new(PymObject *code, PymObject *globals, PymObject *qualname);
PymObject *pym_cell_new(PymObject *value); /* value borrowed, may be NULL */
PymObject *pym_method_new(PymObject *func, PymObject *self);
PymObject *pym_cfunction_new(PymMethodDef *ml, PymObject *self, PymObject *module);

#endif
