#ifndef PYM_SUGGESTIONS_H
#define PYM_SUGGESTIONS_H
/* suggestions.h -- "Did you mean" for the error display (suggestions.c). */
#include "object.h"

/* The name closest to the one an uncaught exception of type exactly
** NameError or AttributeError failed on (new reference), or NULL; never
** leaves an error set, and offers nothing while one is set. */
PymObject *pym_offer_suggestion(PymObject *exc);

#endif
