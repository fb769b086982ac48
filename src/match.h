/*
** match.h -- run-time support of the match statement (match.c).
*/
#ifndef PYM_MATCH_H
#define PYM_MATCH_H

#include "object.h"

/* MATCH_SEQUENCE / MATCH_MAPPING: may a sequence / mapping pattern match o? */
bool pym_match_is_sequence(PymObject *o);
bool pym_match_is_mapping(PymObject *o);
/* MATCH_KEYS: a tuple of subject's values for the tuple keys, None when one
** is missing (new reference), NULL on error. */
PymObject *pym_match_keys(PymObject *subject, PymObject *keys);
/* MATCH_CLASS: the tuple of nargs positional (through __match_args__) and
** the kwnames attributes of subject, None when it is no instance of cls or
** lacks one (new reference), NULL with TypeError as CPython 3.11. */
PymObject *pym_match_class(PymObject *subject, PymObject *cls, int nargs, PymObject *kwnames);

#endif
