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

/* ---- additions of the runtime area (builtins.c, mod_sys.c, import.c, run.c) ---- */

int pym_builtins_init(void);
void pym_builtins_fini(void);
PymObject *pym_builtins_module(void);               /* borrowed */
/* Creates sys (argv from argv[0..argc)); called by pym_runtime_init. 0/-1 */
int pym_sys_init(int argc, char **argv);
/* -X option "name" or "name=value" into sys._xoptions. 0/-1 */
int pym_sys_add_xoption(const char *opt);
void pym_sys_fini(void);
/* Inserts dir (e.g. the script's folder, "" for -c) at sys.path[0]. 0/-1 */
int pym_sys_path_insert0(const char *dir);
/* Flushes sys.stdout and sys.stderr: 0, or -1 (error cleared) if one failed. */
int pym_sys_flush_std(void);

/* Struct sequences (sys.version_info, time.struct_time): a tuple subclass
** with named read-only fields, repr "name(f1=v1, ...)".  fields is a
** NULL-terminated static array.  structseq_new steals the values. */
PymType *pym_structseq_new_type(const char *name, const char *const *fields);
PymObject *pym_structseq_new(PymType *t, PymObject **vals);
/* The same with only the first nvisible fields in the tuple (len, indexing,
** repr); the others are attributes only (os.stat_result's st_atime float).
** A name listed twice resolves to its later field. */
PymType *pym_structseq_new_type_visible(const char *name, const char *const *fields,
                                        int nvisible);
PymObject *pym_posix_module_init(void);
PymObject *pym_errno_module_init(void);
PymObject *pym_hashlib_module_init(void);

/* Built-in C modules (import.c's table). */
PymObject *pym_time_module_init(void);
PymObject *pym_heapmap_module_init(void);
PymObject *pym_math_module_init(void);
PymObject *pym_gc_module_init(void);
PymObject *pym_weakref_module_init(void);      /* modules/mod_weakref.c: _weakref */
PymObject *pym_ctypes_module_init(void);       /* modules/mod_ctypes.c */
PymObject *pym_tracemalloc_module_init(void);  /* modules/mod_tracemalloc.c: _tracemalloc */
PymObject *pym_sre_module_init(void);          /* modules/mod_sre.c: _sre */
PymObject *pym_json_module_init(void);         /* modules/mod_json.c: _json */
/* 1 if name (a str) names a built-in C module. */
int pym_import_is_builtin_name(PymObject *name);

/* Reads a whole file (NUL-terminated raw memory, free with pym_raw_free);
** NULL with OSError set on failure. */
char *pym_read_file(const char *path, size_t *len);
/* -B / PYMDONTWRITEBYTECODE (set by main before start-up): the initial
** sys.dont_write_bytecode and sys.flags.dont_write_bytecode (import.c). */
extern bool pym_dont_write_bytecode;
/* For pym -m: the file of module name (raw string), NULL + error. */
char *pym_import_find_file(const char *name);

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
/* 1 if flushing stdout at shutdown failed (exit status 120). */
int pym_runtime_flush_failed(void);

#endif
