/*
** boolobject.h -- bool (boolobject.c): a subclass of int with two objects,
** True and False, statically allocated PymInts.  Included by intobject.h
** after PymInt's layout, which it needs.
*/
#ifndef PYM_BOOLOBJECT_H
#define PYM_BOOLOBJECT_H

extern PymType pym_type_bool;
extern PymInt pym_true_struct, pym_false_struct;
#define pym_True         ((PymObject *)&pym_true_struct)
#define pym_False        ((PymObject *)&pym_false_struct)
#define PYM_RETURN_TRUE  return pym_newref(pym_True)
#define PYM_RETURN_FALSE return pym_newref(pym_False)
static inline PymObject *pym_bool_from(int v) { return pym_newref(v ? pym_True : pym_False); }
#define PYM_BOOL_CHECK(o) (PYM_TYPE(o) == &pym_type_bool)

/* Readies the bool type (start-up, from pym_numbers_init). */
int pym_bool_init(void);

#endif
