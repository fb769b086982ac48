/*
** state.h -- interpreter start-up and shutdown order, the builtins and sys
** modules, import and running source (state.c, builtins.c, import.c, run.c).
*/
#ifndef PYM_STATE_H
#define PYM_STATE_H

#include "object.h"

/* Starts the interpreter: types, caches, builtins, sys (argv from argv[0..argc)). 0/-1 */
int pym_runtime_init(int argc, char **argv);
/* Runs finalization: sys.modules cleared, final collection, memory statistics. */
void pym_runtime_fini(void);

PymObject *pym_builtins_dict(void);                 /* borrowed */
PymObject *pym_sys_modules(void);                   /* borrowed: sys.modules dict */
PymObject *pym_sys_module(void);                    /* borrowed */
/* sys.stdout / sys.stderr objects (borrowed) */
PymObject *pym_sys_get(const char *name);

/* Imports a module like the import statement: name dotted, fromlist may be
** NULL, level 0 for absolute.  Searches sys.modules, the built-in C modules,
** then the script's folder, lib/, PYMPATH (sys.path).  New ref. */
PymObject *pym_import(PymObject *name, PymObject *globals, PymObject *fromlist, int level);
PymObject *pym_import_cstr(const char *name);

/* Compiles and runs source (mode: PYM_FILE_INPUT / PYM_EVAL_INPUT /
** PYM_SINGLE_INPUT from compile.h) in the given namespaces; new ref result. */
PymObject *pym_run_string(const char *src, size_t len, const char *filename, int mode,
                          PymObject *globals, PymObject *locals);
/* Runs a script file as __main__; returns the process exit status (0, 1 on
** an uncaught exception which is printed, sys.exit's code). */
int pym_run_main_file(const char *path);

/* Writes text to sys.stdout / sys.stderr (through the objects' write). 0/-1 */
int pym_sys_write_stdout(PymObject *str);
int pym_sys_write_stderr_cstr(const char *s);

#endif
