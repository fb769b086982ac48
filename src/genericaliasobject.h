/*
** genericaliasobject.h -- types.GenericAlias (list[int],
** genericaliasobject.c).  genericalias.h includes it with unionobject.h.
*/
#ifndef PYM_GENERICALIASOBJECT_H
#define PYM_GENERICALIASOBJECT_H

#include "object.h"

extern PymType pym_type_generic_alias;
#define PYM_GENERIC_ALIAS_CHECK(o) (PYM_TYPE(o) == &pym_type_generic_alias)

/* origin[args]: a new GenericAlias (args: one object or a tuple). */
PymObject *pym_generic_alias_new(PymObject *origin, PymObject *args);
/* The __class_getitem__ of list, dict, tuple, set, frozenset ... (a
** classmethod entry of their method tables). */
PymObject *pym_generic_alias_class_getitem(PymObject *cls, PymObject *const *args, size_t nargs,
                                           PymObject *kw);
/* repr of one argument as typing shows it: "int", "mod.Cls", "...",
** "list[int]"; appended to sb.  0 / -1 */
struct PymStrBuilder;
int pym_generic_alias_repr_item(struct PymStrBuilder *sb, PymObject *p);
/* The __parameters__ of an argument tuple: the TypeVar-like items
** (with __typing_subst__) and the parameters of nested aliases. */
PymObject *pym_generic_alias_parameters(PymObject *args);

#endif
