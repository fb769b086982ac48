/*
** rangeobject.h -- range and its iterator (rangeobject.c), and the readying
** of the built-in containers' types.
*/
#ifndef PYM_RANGEOBJECT_H
#define PYM_RANGEOBJECT_H

#include "object.h"

extern PymType pym_type_range, pym_type_range_iter;

int pym_containers_init(void); /* readies list, tuple, dict, set, range, slice, iterators */

#endif
