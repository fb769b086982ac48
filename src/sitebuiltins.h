/*
** sitebuiltins.h -- exit, quit and help (sitebuiltins.c), the builtins that
** CPython's site module adds.
*/
#ifndef PYM_SITEBUILTINS_H
#define PYM_SITEBUILTINS_H

#include "object.h"

/* Sets exit, quit and help in the builtins dict d.  0 / -1. */
int pym_sitebuiltins_install(PymObject *d);

#endif
