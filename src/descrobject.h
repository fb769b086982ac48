/*
** descrobject.h -- descriptors (descrobject.c): method descriptors for
** PymMethodDef, member descriptors (also __slots__), getset descriptors,
** slot wrappers, property, classmethod, staticmethod, super.
*/
#ifndef PYM_DESCROBJECT_H
#define PYM_DESCROBJECT_H

#include "object.h"

extern PymType pym_type_method_descr, pym_type_classmethod_descr, pym_type_member_descr,
    pym_type_getset_descr, pym_type_wrapper_descr, pym_type_method_wrapper,
    pym_type_property, pym_type_classmethod, pym_type_staticmethod, pym_type_super;

typedef struct PymMethodDescr {
    PymObject ob_base;
    PymType *d_type;             /* owner type */
    PymObject *d_name;
    PymMethodDef *d_method;
} PymMethodDescr;

PymObject *pym_descr_new_method(PymType *t, PymMethodDef *m);
PymObject *pym_descr_new_classmethod(PymType *t, PymMethodDef *m);
PymObject *pym_descr_new_member(PymType *t, PymMemberDef *m);
PymObject *pym_descr_new_getset(PymType *t, PymGetSetDef *g);
/* Calls a method descriptor with self prepended (LOAD_METHOD fast path). */
PymObject *pym_method_descr_call_self(PymObject *descr, PymObject *self,
                                      PymObject *const *args, size_t nargs,
                                      PymObject *kwnames);
PymObject *pym_staticmethod_new(PymObject *callable);
PymObject *pym_classmethod_new(PymObject *callable);

#endif
