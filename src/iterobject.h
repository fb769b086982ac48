/*
** iterobject.h -- the built-in iterators (iterobject.c): iter() over the
** old sequence protocol and over a callable with a sentinel, enumerate, zip,
** map, filter, reversed.
*/
#ifndef PYM_ITEROBJECT_H
#define PYM_ITEROBJECT_H

#include "object.h"

extern PymType pym_type_seq_iter, pym_type_callable_iter, pym_type_enumerate, pym_type_zip,
    pym_type_map, pym_type_filter, pym_type_reversed;

/* Iterator over a sequence with __getitem__ (old protocol, until IndexError). */
PymObject *pym_seq_iter_new(PymObject *seq);
/* iter(callable, sentinel) */
PymObject *pym_callable_iter_new(PymObject *callable, PymObject *sentinel);

#endif
