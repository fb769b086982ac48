/*
** memoryobject.h -- memoryview (memoryobject.c): a view of another object's
** memory through the buffer protocol (buffer.h).
*/
#ifndef PYM_MEMORYOBJECT_H
#define PYM_MEMORYOBJECT_H

#include "buffer.h"

extern PymType pym_type_memoryview;
#define PYM_MEMORYVIEW_CHECK(o) (PYM_TYPE(o) == &pym_type_memoryview)
/* Readies bytearray, memoryview and their iterators (start-up). */
int pym_buffer_types_init(void);

#endif
