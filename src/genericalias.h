/*
** genericalias.h -- the types of typing's run-time forms: types.GenericAlias
** (list[int], genericaliasobject.h) and types.UnionType (int | None,
** unionobject.h), included together by the types that make them.
*/
#ifndef PYM_GENERICALIAS_H
#define PYM_GENERICALIAS_H

#include "genericaliasobject.h"
#include "unionobject.h"

#endif
