/*
** buffer.h -- the buffer protocol: how bytes, bytearray, memoryview and
** array lend their memory to each other without copying (buffer.c).
**
** A type that holds raw memory sets tp_as_buffer to a PymBufferProcs.  A
** consumer asks for a view with pym_object_get_buffer, uses view.buf /
** view.len, and gives it back with pym_buffer_release.  While a view is
** held the exporter must not move or free its memory: bytearray counts its
** exports and refuses to resize ("BufferError: Existing exports of data:
** object cannot be re-sized"), memoryview refuses release() ("memoryview
** has 1 exported buffer").  Views are one-dimensional and contiguous:
** itemsize bytes per item, len / itemsize items, described by a struct
** format ("B" for bytes).
**
** For an exporter (e.g. array):
**     static int array_getbuffer(PymObject *self, PymBuffer *view, int flags) {
**         if ((flags & PYM_BUF_WRITABLE) && <read-only>) -> BufferError
**         self->exports++;
**         return pym_buffer_fill(view, self, data, nbytes, itemsize, "d", readonly);
**     }
**     static void array_releasebuffer(PymObject *self, PymBuffer *view) { self->exports--; }
**     static PymBufferProcs array_as_buffer = {array_getbuffer, array_releasebuffer};
**     ... .tp_as_buffer = &array_as_buffer, ...
** pym_buffer_fill takes the reference to the exporter that the view holds;
** pym_buffer_release calls bf_releasebuffer and drops it.
*/
#ifndef PYM_BUFFER_H
#define PYM_BUFFER_H

#include "object.h"
#include "exceptions.h"

#ifndef PymExc_BufferError
#define PymExc_BufferError (PymExc_BufferError)
/* the types built on the protocol */
#include "bytearrayobject.h"
#include "memoryobject.h"

#endif

typedef struct PymBuffer {
    PymObject *obj;    /* the exporter (a reference owned by the view); NULL once released */
    char *buf;         /* the first byte */
    intptr_t len;      /* bytes in the view */
    intptr_t itemsize; /* bytes per item */
    int readonly;
    const char *format; /* struct format of an item: "B", "b", "c", "d", ... (static storage) */
} PymBuffer;

typedef struct PymBufferProcs {
    int (*bf_getbuffer)(PymObject *exporter, PymBuffer *view, int flags); /* 0 / -1 */
    void (*bf_releasebuffer)(PymObject *exporter, PymBuffer *view);       /* may be NULL */
} PymBufferProcs;

#define PYM_BUF_SIMPLE   0
#define PYM_BUF_WRITABLE 1 /* the consumer will write: BufferError for read-only memory */

/* Does o export a buffer? */
static inline bool pym_buffer_check(PymObject *o) {
    return PYM_TYPE(o)->tp_as_buffer && PYM_TYPE(o)->tp_as_buffer->bf_getbuffer;
}
/* Fills *view from o; TypeError "a bytes-like object is required, not 'str'"
** when o exports none.  0 / -1. */
int pym_object_get_buffer(PymObject *o, PymBuffer *view, int flags);
/* The same, with the caller's TypeError text: fmt gets the type name (%s). */
int pym_object_get_buffer_msg(PymObject *o, PymBuffer *view, int flags, const char *fmt);
/* Gives the view back (calls bf_releasebuffer, drops view->obj).  Safe to
** call twice. */
void pym_buffer_release(PymBuffer *view);
/* For exporters: fills the fields, taking a new reference to obj. 0. */
int pym_buffer_fill(PymBuffer *view, PymObject *obj, void *buf, intptr_t len, intptr_t itemsize,
                    const char *format, int readonly);
/* The size of one item of a struct format letter ("B" -> 1, "d" -> 8), 0
** for a format memoryview does not support. */
intptr_t pym_buffer_format_size(const char *format);
/* bytes(o) for an object exporting a buffer: a copy of its bytes. */
PymObject *pym_bytes_from_buffer(PymObject *o);

extern PymBufferProcs pym_bytes_as_buffer;

/* the types built on the protocol */
#include "bytearrayobject.h"
#include "memoryobject.h"

#endif
