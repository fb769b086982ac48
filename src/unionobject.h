/*
** unionobject.h -- types.UnionType (int | None, unionobject.c).
** genericalias.h includes it with genericaliasobject.h.
*/
#ifndef PYM_UNIONOBJECT_H
#define PYM_UNIONOBJECT_H

#include "object.h"

extern PymType pym_type_union;
#define PYM_UNION_CHECK(o) (PYM_TYPE(o) == &pym_type_union)

/* a | b for the | of types, aliases and unions (type.__or__); NotImplemented
** when an operand is not one of those. */
PymObject *pym_union_type_or(PymObject *a, PymObject *b);
/* The __args__ tuple of a union (borrowed). */
PymObject *pym_union_args(PymObject *u);
/* Readies both types (GenericAlias and UnionType) at start-up. */
int pym_generic_types_init(void);

#endif
