/*
** import.h -- the import system and the table of built-in C modules
** (import.c).
*/
#ifndef PYM_IMPORT_H
#define PYM_IMPORT_H

#include "object.h"

/* Imports a module like the import statement: name dotted, fromlist may be
** NULL, level 0 for absolute.  Searches sys.modules, the built-in C modules,
** then the script's folder, lib/, PYMPATH (sys.path).  New ref. */
PymObject *pym_import(PymObject *name, PymObject *globals, PymObject *fromlist, int level);
PymObject *pym_import_cstr(const char *name);
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

/* The built-in C modules of import.c's table (src/modules/mod_NAME.c). */
PymObject *pym_posix_module_init(void);
PymObject *pym_errno_module_init(void);
PymObject *pym_hashlib_module_init(void);
PymObject *pym_time_module_init(void);
PymObject *pym_heapmap_module_init(void);
PymObject *pym_math_module_init(void);
PymObject *pym_cmath_module_init(void);
PymObject *pym_io_module_init(void); /* io: StringIO, BytesIO and fileobject.h's classes */
PymObject *pym_gc_module_init(void);
PymObject *pym_weakref_module_init(void); /* _weakref */
PymObject *pym_ctypes_module_init(void);
PymObject *pym_tracemalloc_module_init(void); /* _tracemalloc */
PymObject *pym_sre_module_init(void);         /* _sre */
PymObject *pym_json_module_init(void);        /* _json */
PymObject *pym_bisect_module_init(void);
PymObject *pym_heapq_module_init(void);
PymObject *pym_itertools_module_init(void);
PymObject *pym_random_module_init(void);
PymObject *pym_operator_module_init(void);
PymObject *pym_functools_module_init(void);
PymObject *pym_collections_module_init(void);
PymObject *pym_struct_module_init(void);
PymObject *pym_array_module_init(void);
PymObject *pym_abc_module_init(void); /* _abc: type flags for collections.abc */

#endif
