/*
** moduleobject.h -- module objects (moduleobject.c).
*/
#ifndef PYM_MODULEOBJECT_H
#define PYM_MODULEOBJECT_H

#include "object.h"

typedef struct PymModule {
    PymObject ob_base;
    PymObject *md_dict;
    PymObject *md_name;
    PymObject *md_weaklist;
} PymModule;

extern PymType pym_type_module;
#define PYM_MODULE_CHECK(o) \
    (PYM_TYPE(o) == &pym_type_module || pym_type_is_subtype(PYM_TYPE(o), &pym_type_module))

/* New module with __name__ set (and __doc__ None, __package__, __loader__, __spec__ None). */
PymObject *pym_module_new(const char *name);
PymObject *pym_module_dict(PymObject *m); /* borrowed */
/* Adds a module-level builtin function for each def (self = module). 0/-1 */
int pym_module_add_functions(PymObject *m, PymMethodDef *defs);
int pym_module_add_object(PymObject *m, const char *name, PymObject *value); /* no steal */
int pym_module_add_int(PymObject *m, const char *name, long long v);

#endif
