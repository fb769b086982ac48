/*
** builtins.h -- the builtins module (builtins.c).
*/
#ifndef PYM_BUILTINS_H
#define PYM_BUILTINS_H

#include "object.h"

int pym_builtins_init(void);
void pym_builtins_fini(void);
PymObject *pym_builtins_module(void); /* borrowed */
PymObject *pym_builtins_dict(void);   /* borrowed */

#endif
