/*
** run.h -- running source and the __main__ module (run.c).
*/
#ifndef PYM_RUN_H
#define PYM_RUN_H

#include "object.h"

/* Compiles and runs source (mode: PYM_FILE_INPUT / PYM_EVAL_INPUT /
** PYM_SINGLE_INPUT from compile.h) in the given namespaces; new ref result. */
PymObject *pym_run_string(const char *src, size_t len, const char *filename, int mode,
                          PymObject *globals, PymObject *locals);
/* Runs a script file as __main__; returns the process exit status (0, 1 on
** an uncaught exception which is printed, sys.exit's code). */
int pym_run_main_file(const char *path);
/* Runs source as __main__ ("-c", piped stdin); returns the exit status. */
int pym_run_main_source(const char *src, size_t len, const char *filename);
/* pym -m NAME: finds NAME on sys.path and runs it as __main__. */
int pym_run_main_module(const char *name);
/* Turns the current exception into an exit status: SystemExit's code, or
** 1 after printing the traceback.  With no exception set returns 0. */
int pym_run_handle_exception(void);
/* The __main__ module (created on first use); borrowed. */
PymObject *pym_main_module(void);
/* Drops run.c's reference to __main__ (shutdown). */
void pym_run_fini(void);

#endif
