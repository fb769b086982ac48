/*
** rangeobject.h -- range, slice and the built-in iterators (rangeobject.c,
** sliceobject.c, iterobject.c).
*/
#ifndef PYM_RANGEOBJECT_H
#define PYM_RANGEOBJECT_H

#include "object.h"

extern PymType pym_type_range, pym_type_range_iter, pym_type_slice,
    pym_type_seq_iter, pym_type_callable_iter, pym_type_enumerate, pym_type_zip,
    pym_type_map, pym_type_filter, pym_type_reversed;

typedef struct PymSlice {
    PymObject ob_base;
    PymObject *start, *stop, *step;     /* never NULL: None when omitted */
} PymSlice;
#define PYM_SLICE_CHECK(o) (PYM_TYPE(o) == &pym_type_slice)

PymObject *pym_slice_new(PymObject *start, PymObject *stop, PymObject *step); /* NULL -> None */
/* Resolves a slice against a sequence length: fills start/stop/step (step != 0)
** and returns the slice length, -1 on error ("slice step cannot be zero"). */
intptr_t pym_slice_indices(PymObject *slice, intptr_t length, intptr_t *start,
                           intptr_t *stop, intptr_t *step);

/* Iterator over a sequence with __getitem__ (old protocol, until IndexError). */
PymObject *pym_seq_iter_new(PymObject *seq);
/* iter(callable, sentinel) */
PymObject *pym_callable_iter_new(PymObject *callable, PymObject *sentinel);

int pym_containers_init(void);   /* readies list, tuple, dict, set, range, slice, iterators */

#endif
