/*
** objreduce.h -- object.__getstate__, __reduce__ and __reduce_ex__
** (objreduce.c): the methods of object that copy and pickle use.
*/
#ifndef PYM_OBJREDUCE_H
#define PYM_OBJREDUCE_H

#include "object.h"

/* The methods' C functions, for object's method table (object.c). */
PymObject *pym_object_getstate_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                    PymObject *kwnames);
PymObject *pym_object_reduce_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                  PymObject *kwnames);
PymObject *pym_object_reduce_ex_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                     PymObject *kwnames);

#endif
