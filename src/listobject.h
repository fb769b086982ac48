/*
** listobject.h -- list (listobject.c).  56 bytes with the GC header; items
** in a separate array that grows like CPython's (so getsizeof matches).
*/
#ifndef PYM_LISTOBJECT_H
#define PYM_LISTOBJECT_H

#include "object.h"

typedef struct PymList {
    PymVarObject ob_base; /* ob_size: number of items */
    PymObject **ob_item;
    intptr_t allocated;
} PymList;

extern PymType pym_type_list;
#define PYM_LIST_CHECK(o)       ((PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_LIST_SUBCLASS) != 0)
#define PYM_LIST_CHECK_EXACT(o) (PYM_TYPE(o) == &pym_type_list)
#define PYM_LIST_ITEMS(o)       (((PymList *)(o))->ob_item)
#define PYM_LIST_GET(o, i)      (((PymList *)(o))->ob_item[i])       /* borrowed */
#define PYM_LIST_SET(o, i, v)   (((PymList *)(o))->ob_item[i] = (v)) /* steals v */

/* A list of n items, all NULL: fill every slot with PYM_LIST_SET. */
PymObject *pym_list_new(intptr_t n);
int pym_list_append(PymObject *l, PymObject *v); /* 0/-1, no steal */
int pym_list_insert(PymObject *l, intptr_t i, PymObject *v);
int pym_list_extend(PymObject *l, PymObject *iterable);
PymObject *pym_list_from_iter(PymObject *iterable); /* list(iterable) */
PymObject *pym_list_as_tuple(PymObject *l);
PymObject *pym_list_slice(PymObject *l, intptr_t lo, intptr_t hi);
/* l[start:stop:step] for indices already resolved against len(l)
** (pym_slice_indices), n the slice length: a new list / its assignment
** (value NULL: deletion), CPython's errors.  What list's mp_subscript and
** mp_ass_subscript do after resolving a slice. */
PymObject *pym_list_get_slice(PymObject *l, intptr_t start, intptr_t n, intptr_t step);
int pym_list_set_slice(PymObject *l, intptr_t start, intptr_t stop, intptr_t step, intptr_t n,
                       PymObject *value);
int pym_list_sort(PymObject *l, PymObject *key, int reverse); /* stable */
int pym_list_reverse(PymObject *l);

extern PymType pym_type_list_iter, pym_type_list_reviter;

/* Free list of exact list objects (at most 80): empties it / its size. */
void pym_list_clear_freelist(void);
intptr_t pym_list_freelist_count(void);

#endif
