/*
** setobject.h -- set and frozenset (setobject.c): open addressing hash table
** with CPython's layout (getsizeof(set()) == 216).
*/
#ifndef PYM_SETOBJECT_H
#define PYM_SETOBJECT_H

#include "object.h"

extern PymType pym_type_set, pym_type_frozenset, pym_type_set_iter;
#define PYM_SET_CHECK(o) \
    (PYM_TYPE(o) == &pym_type_set || pym_type_is_subtype(PYM_TYPE(o), &pym_type_set))
#define PYM_ANYSET_CHECK(o) \
    (PYM_TYPE(o) == &pym_type_set || PYM_TYPE(o) == &pym_type_frozenset || \
     pym_type_is_subtype(PYM_TYPE(o), &pym_type_set) || \
     pym_type_is_subtype(PYM_TYPE(o), &pym_type_frozenset))

PymObject *pym_set_new(PymObject *iterable); /* iterable may be NULL */
PymObject *pym_frozenset_new(PymObject *iterable);
int pym_set_add(PymObject *s, PymObject *key);      /* 0/-1 */
int pym_set_discard(PymObject *s, PymObject *key);  /* 1 found, 0 not, -1 */
int pym_set_contains(PymObject *s, PymObject *key); /* 1/0/-1 */
intptr_t pym_set_size(PymObject *s);
/* v op w (PYM_LT..PYM_GE) for two sets or frozensets: 1/0, -1 on error */
int pym_set_compare(PymObject *v, PymObject *w, int op);
int pym_set_update(PymObject *s, PymObject *iterable); /* 0/-1 */
/* pos starts at 0; 1 with borrowed *key (and its hash), 0 at the end */
int pym_set_next(PymObject *s, intptr_t *pos, PymObject **key, intptr_t *hash);
/* Up to cap borrowed keys into buf, in iteration order, for a caller that runs
** no code between calls: pos starts at 0 and left at pym_set_size(s).  The
** count written; 0 at the end. */
intptr_t pym_set_next_keys(PymObject *s, intptr_t *pos, intptr_t *left, PymObject **buf,
                           intptr_t cap);

#endif
