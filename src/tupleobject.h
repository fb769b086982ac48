/*
** tupleobject.h -- tuple (tupleobject.c).  40 + 8n bytes with the GC header.
** The empty tuple is a singleton.  Tuples are untracked by the GC when all
** their items are atomic (as CPython does lazily).
*/
#ifndef PYM_TUPLEOBJECT_H
#define PYM_TUPLEOBJECT_H

#include "object.h"

typedef struct PymTuple {
    PymVarObject ob_base;
    PymObject *ob_item[];
} PymTuple;

extern PymType pym_type_tuple;
#define PYM_TUPLE_CHECK(o)       ((PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_TUPLE_SUBCLASS) != 0)
#define PYM_TUPLE_CHECK_EXACT(o) (PYM_TYPE(o) == &pym_type_tuple)
#define PYM_TUPLE_ITEMS(o)       (((PymTuple *)(o))->ob_item)
#define PYM_TUPLE_GET(o, i)      (((PymTuple *)(o))->ob_item[i])       /* borrowed */
#define PYM_TUPLE_SET(o, i, v)   (((PymTuple *)(o))->ob_item[i] = (v)) /* steals v */

/* A tuple of n NULL items (tracked by the GC when n > 0): fill with PYM_TUPLE_SET. */
PymObject *pym_tuple_new(intptr_t n);
PymObject *pym_tuple_pack(intptr_t n, ...);                           /* borrowed items */
PymObject *pym_tuple_from_array(PymObject *const *items, intptr_t n); /* borrowed */
PymObject *pym_tuple_from_iter(PymObject *iterable);                  /* tuple(iterable) */
PymObject *pym_tuple_slice(PymObject *t, intptr_t lo, intptr_t hi);
/* Untracks t when none of its items can be part of a cycle (for gc.c). */
void pym_tuple_maybe_untrack(PymObject *t);
/* Lexicographic rich comparison of two item arrays (tuple and list share it). */
PymObject *pym_seq_richcompare(PymObject *const *a, intptr_t na, PymObject *const *b, intptr_t nb,
                               int op);
extern PymType pym_type_tuple_iter;

/* Free list of exact tuples by length (0 < n < 20, at most 2000 each):
** empties it (shutdown, leak check) / its size (tests). */
void pym_tuple_clear_freelist(void);
intptr_t pym_tuple_freelist_count(void);

#endif
