/*
** bytesobject.h -- bytes (bytesobject.c).  Layout as CPython's: var header,
** cached hash, the bytes and a NUL (getsizeof(bytes(n)) == 33 + n).
*/
#ifndef PYM_BYTESOBJECT_H
#define PYM_BYTESOBJECT_H

#include "object.h"

typedef struct PymBytes {
    PymVarObject ob_base;
    intptr_t ob_shash;
    char ob_sval[1];
} PymBytes;

extern PymType pym_type_bytes;
#define PYM_BYTES_CHECK(o) ((PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_BYTES_SUBCLASS) != 0)
#define PYM_BYTES_DATA(o)  (((PymBytes *)(o))->ob_sval)
#define PYM_BYTES_LEN(o)   PYM_SIZE(o)

PymObject *pym_bytes_from_data(const char *data, intptr_t len);
PymObject *pym_bytes_repr(PymObject *b); /* b'...' */
/* iterator, construction, initialization */
extern PymType pym_type_bytes_iter;
/* A bytes object of len bytes, uninitialized (NUL at the end): fill it. */
PymObject *pym_bytes_new_uninit(intptr_t len);
/* dst[k] = src[k * step] for k < n (the items of an extended slice) */
void pym_bytes_copy_strided(char *dst, const char *src, intptr_t n, intptr_t step);
/* bytes(o): bytes, iterable of ints, int count, buffer. */
PymObject *pym_bytes_from_object(PymObject *o);
int pym_bytes_init(void); /* called by pym_strings_init */

#endif
