/*
** state.h -- interpreter start-up and shutdown order (state.c).  The
** builtins module is in builtins.h, sys in modules/mod_sys.h, import in
** import.h, running source in run.h.
*/
#ifndef PYM_STATE_H
#define PYM_STATE_H

#include "object.h"

/* Starts the interpreter: types, caches, builtins, sys (argv from argv[0..argc)). 0/-1 */
int pym_runtime_init(int argc, char **argv);
/* Runs finalization: sys.modules cleared, final collection, memory statistics. */
void pym_runtime_fini(void);
/* 1 if flushing stdout at shutdown failed (exit status 120). */
int pym_runtime_flush_failed(void);

#endif
