/*
** bytearrayobject.h -- bytearray (bytearrayobject.c): a mutable byte buffer
** that lends its memory through the buffer protocol (buffer.h).
*/
#ifndef PYM_BYTEARRAYOBJECT_H
#define PYM_BYTEARRAYOBJECT_H

#include "buffer.h"

typedef struct PymByteArray {
    PymVarObject ob_base;
    intptr_t ob_alloc;   /* bytes allocated at ob_bytes (getsizeof adds them) */
    char *ob_bytes;      /* the allocation (pym_obj_malloc), or NULL */
    char *ob_start;      /* the first byte in use (del b[:n] advances it) */
    intptr_t ob_exports; /* buffer views handed out */
} PymByteArray;

extern PymType pym_type_bytearray, pym_type_bytearray_iter;
#define PYM_BYTEARRAY_CHECK(o) \
    (PYM_TYPE(o) == &pym_type_bytearray || pym_type_is_subtype(PYM_TYPE(o), &pym_type_bytearray))
#define PYM_BYTEARRAY_DATA(o) (((PymByteArray *)(o))->ob_start)
#define PYM_BYTEARRAY_LEN(o)  PYM_SIZE(o)
PymObject *pym_bytearray_from_data(const char *data, intptr_t len);
/* A bytearray of len bytes, uninitialized (NUL at the end): fill it. */
PymObject *pym_bytearray_new_uninit(intptr_t len);
/* Resizes with CPython's growth rule (so getsizeof matches).  0 / -1. */
int pym_bytearray_resize(PymObject *self, intptr_t size);

#endif
