/*
** genericalias.h -- types.GenericAlias (list[int], genericaliasobject.c)
** and types.UnionType (int | None, unionobject.c).
*/
#ifndef PYM_GENERICALIAS_H
#define PYM_GENERICALIAS_H

#include "object.h"

extern PymType pym_type_generic_alias, pym_type_union;
#define PYM_GENERIC_ALIAS_CHECK(o) (PYM_TYPE(o) == &pym_type_generic_alias)
#define PYM_UNION_CHECK(o) (PYM_TYPE(o) == &pym_type_union)

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

/* a | b for the | of types, aliases and unions (type.__or__); NotImplemented
** when an operand is not one of those. */
PymObject *pym_union_type_or(PymObject *a, PymObject *b);
/* The __args__ tuple of a union (borrowed). */
PymObject *pym_union_args(PymObject *u);
int pym_generic_types_init(void);

#endif
