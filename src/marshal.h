/*
** marshal.h -- the bytecode cache (marshal.c): code objects written to and
** read back from __pycache__/NAME.pym-N.pyc next to a module's source.
*/
#ifndef PYM_MARSHAL_H
#define PYM_MARSHAL_H

#include "object.h"
#include <sys/stat.h>

/* pym's bytecode format number: the N of NAME.pym-N.pyc.  Bump it whenever
** the compiler's output or this file's format changes meaning without the
** opcode table changing (an opcode table change is detected by itself). */
#define PYM_MARSHAL_FORMAT 7

/* Serializes code object co (and everything it holds) to a new raw buffer
** (pym_raw_free it); *len gets its size.  NULL with an error set for an
** object the format cannot hold. */
unsigned char *pym_marshal_dump_code(PymObject *co, size_t *len);
/* Rebuilds a code object from data[0..len); filename becomes co_filename of
** every code object.  New ref; NULL with ValueError("bad marshal data ...")
** for malformed data (every length and index is checked). */
PymObject *pym_marshal_load_code(const unsigned char *data, size_t len, PymObject *filename);

/* The cache file of source path (written into buf); 0, -1 if too long. */
int pym_marshal_cache_path(const char *source, char *buf, size_t size);
/* The cached code of source path whose stat is *st, or NULL when there is
** no valid cache: missing, stale, truncated or corrupt files are ignored (no
** error set); running out of memory leaves MemoryError set. */
PymObject *pym_marshal_read_cache(const char *source, const struct stat *st, PymObject *filename);
/* Writes the cache of source path atomically (temporary file + rename);
** failures to write are silent (no error set), as in CPython; running out of
** memory leaves MemoryError set. */
void pym_marshal_write_cache(const char *source, const struct stat *st, PymObject *co);

#endif
