/*
** descrobject.h -- descriptors (descrobject.c): method descriptors for
** PymMethodDef, member descriptors (also __slots__), getset descriptors,
** slot wrappers, property, classmethod, staticmethod, super.
*/
#ifndef PYM_DESCROBJECT_H
#define PYM_DESCROBJECT_H

#include "object.h"

extern PymType pym_type_method_descr, pym_type_classmethod_descr, pym_type_member_descr,
    pym_type_getset_descr, pym_type_wrapper_descr, pym_type_method_wrapper, pym_type_property,
    pym_type_classmethod, pym_type_staticmethod, pym_type_super;

typedef struct PymMethodDescr {
    PymObject ob_base;
    PymType *d_type; /* owner type */
    PymObject *d_name;
    PymMethodDef *d_method;
} PymMethodDescr;

PymObject *pym_descr_new_method(PymType *t, PymMethodDef *m);
PymObject *pym_descr_new_classmethod(PymType *t, PymMethodDef *m);
PymObject *pym_descr_new_member(PymType *t, PymMemberDef *m);
PymObject *pym_descr_new_getset(PymType *t, PymGetSetDef *g);
/* Calls a method descriptor with self prepended (LOAD_METHOD fast path). */
PymObject *pym_method_descr_call_self(PymObject *descr, PymObject *self, PymObject *const *args,
                                      size_t nargs, PymObject *kwnames);
PymObject *pym_staticmethod_new(PymObject *callable);
PymObject *pym_classmethod_new(PymObject *callable);

/* ---- slot wrappers (typeobject.c owns the slot table) ---- */

/* Calls the C slot 'wrapped' of a type for a special method called from
** Python: self first, then the method's arguments. */
typedef PymObject *(*pym_wrapperfunc)(PymObject *self, PymObject *const *args, size_t nargs,
                                      PymObject *kwnames, void *wrapped, int flag);

/* One special method name and the type slot it maps to. */
typedef struct PymSlotDef {
    const char *name;        /* "__add__" */
    intptr_t offset;         /* offsetof(PymType, slot) */
    void *heap_func;         /* slot function calling the Python dunder */
    pym_wrapperfunc wrapper; /* NULL: no slot wrapper (e.g. __getattr__) */
    int flag;                /* operator number etc. for the wrapper */
    PymObject *name_str;     /* interned name, set by pym_types_init */
} PymSlotDef;

typedef struct PymWrapperDescr {
    PymObject ob_base;
    PymType *d_type;
    PymObject *d_name;
    const PymSlotDef *d_base;
    void *d_wrapped; /* the C slot function */
} PymWrapperDescr;

typedef struct PymMemberDescr {
    PymObject ob_base;
    PymType *d_type;
    PymObject *d_name;
    PymMemberDef *d_member;
} PymMemberDescr;

typedef struct PymGetSetDescr {
    PymObject ob_base;
    PymType *d_type;
    PymObject *d_name;
    PymGetSetDef *d_getset;
} PymGetSetDescr;

typedef struct PymProperty {
    PymObject ob_base;
    PymObject *prop_get, *prop_set, *prop_del, *prop_doc, *prop_name;
    int getter_doc;
} PymProperty;

typedef struct PymClassMethod { /* classmethod and staticmethod */
    PymObject ob_base;
    PymObject *cm_callable;
    PymObject *cm_dict;
} PymClassMethod;

typedef struct PymSuper {
    PymObject ob_base;
    PymType *type;  /* the class super() was called in */
    PymObject *obj; /* instance or class, NULL when unbound */
    PymType *obj_type;
} PymSuper;

extern PymType pym_type_mappingproxy;

PymObject *pym_descr_new_wrapper(PymType *t, const PymSlotDef *sd, void *wrapped);
/* A read-only view of a mapping (type.__dict__).  mapping borrowed. */
PymObject *pym_mappingproxy_new(PymObject *mapping);
int pym_descr_init(void); /* readies the descriptor types (called by pym_types_init) */

#endif
