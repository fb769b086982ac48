/*
** sliceobject.h -- slice objects (sliceobject.c).
*/
#ifndef PYM_SLICEOBJECT_H
#define PYM_SLICEOBJECT_H

#include "object.h"

extern PymType pym_type_slice;

typedef struct PymSlice {
    PymObject ob_base;
    PymObject *start, *stop, *step; /* never NULL: None when omitted */
} PymSlice;
#define PYM_SLICE_CHECK(o) (PYM_TYPE(o) == &pym_type_slice)

PymObject *pym_slice_new(PymObject *start, PymObject *stop, PymObject *step); /* NULL -> None */
/* Frees the spare slice object kept for reuse (shutdown, leak check start). */
void pym_slice_clear_cache(void);
/* Resolves a slice against a sequence length: fills start/stop/step (step != 0)
** and returns the slice length, -1 on error ("slice step cannot be zero"). */
intptr_t pym_slice_indices(PymObject *slice, intptr_t length, intptr_t *start, intptr_t *stop,
                           intptr_t *step);

#endif
