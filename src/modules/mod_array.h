/*
** mod_array.h -- what other C code may ask of array.array objects
** (mod_array.c): the items' memory, for _struct's pack_into/unpack_from and
** for the buffer protocol when it arrives.
*/
#ifndef PYM_MOD_ARRAY_H
#define PYM_MOD_ARRAY_H

#include "pym.h"

/* If o is an array (or a subclass): sets *ptr to its items (NULL when
** empty), *len to the number of items and *itemsize to the bytes per item,
** and returns 1; otherwise returns 0 and sets nothing.  The pointer is
** valid until the array is resized (append, extend, del ...). */
int pym_array_buffer(PymObject *o, char **ptr, intptr_t *len, intptr_t *itemsize);

#endif
