/*
** mod_sys.h -- the sys module and struct sequences (mod_sys.c).
*/
#ifndef PYM_MOD_SYS_H
#define PYM_MOD_SYS_H

#include "object.h"

PymObject *pym_sys_modules(void); /* borrowed: sys.modules dict */
PymObject *pym_sys_module(void);  /* borrowed */
/* sys.stdout / sys.stderr objects (borrowed) */
PymObject *pym_sys_get(const char *name);

/* Writes text to sys.stdout / sys.stderr (through the objects' write). 0/-1 */
int pym_sys_write_stdout(PymObject *str);
int pym_sys_write_stderr_cstr(const char *s);

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
PymType *pym_structseq_new_type_visible(const char *name, const char *const *fields, int nvisible);

#endif
