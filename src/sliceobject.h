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

/* Clamps unpacked bounds (step != 0) to a sequence of the given length and
** returns the slice length (CPython's PySlice_AdjustIndices). */
static inline __attribute__((always_inline)) intptr_t
pym_slice_adjust_indices(intptr_t length, intptr_t *start, intptr_t *stop, intptr_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

/* A subscript that resolves a[i:j:k] without making the slice object (vm.c's
** BUILD_SLICE__BINARY_SUBSCR and __STORE_SUBSCR) still lets a slice live,
** for the allocator and the collector, where CPython's BUILD_SLICE would
** make one: pym_slice_hold takes the spare (sliceobject.c), or allocates a
** slice block when there is none -- counting an allocation for the
** collector, which may collect, and recorded by tracemalloc, as
** pym_slice_new's would be -- and pym_slice_unhold parks it as the spare
** again, or frees it (counting a deallocation) when a slice made meanwhile
** took the place.  So gc.get_count(), collections and tracemalloc see what
** they see with the slice.  The held block is no object: never tracked,
** refcount 0, fields unset.  NULL: out of memory (exception set). */
extern PymSlice *pym_slice_spare;
PymObject *pym_slice_hold_new(void);
void pym_slice_unhold_full(PymObject *s);
static inline PymObject *pym_slice_hold(void) {
    PymSlice *s = pym_slice_spare;
    if (PYM_UNLIKELY(!s)) return pym_slice_hold_new();
    pym_slice_spare = NULL;
    return (PymObject *)s;
}
static inline void pym_slice_unhold(PymObject *s) {
    if (PYM_UNLIKELY(pym_slice_spare != NULL)) {
        pym_slice_unhold_full(s);
        return;
    }
    pym_slice_spare = (PymSlice *)s;
}

#endif
