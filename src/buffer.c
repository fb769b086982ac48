/*
** buffer.c -- the buffer protocol (see buffer.h): getting and releasing
** views, and the bytes type's exporter (bytes are immutable, so a view of
** them needs no bookkeeping beyond the reference it holds).
*/
#include "pym.h"
#include "buffer.h"

int pym_buffer_fill(PymBuffer *view, PymObject *obj, void *buf, intptr_t len, intptr_t itemsize,
                    const char *format, int readonly) {
    view->obj = pym_newref(obj);
    view->buf = buf;
    view->len = len;
    view->itemsize = itemsize;
    view->readonly = readonly;
    view->format = format;
    return 0;
}

int pym_object_get_buffer_msg(PymObject *o, PymBuffer *view, int flags, const char *fmt) {
    view->obj = NULL;
    if (!pym_buffer_check(o)) {
        pym_err_format(PymExc_TypeError, fmt, pym_type_name(o));
        return -1;
    }
    return PYM_TYPE(o)->tp_as_buffer->bf_getbuffer(o, view, flags);
}

int pym_object_get_buffer(PymObject *o, PymBuffer *view, int flags) {
    return pym_object_get_buffer_msg(o, view, flags, "a bytes-like object is required, not '%s'");
}

void pym_buffer_release(PymBuffer *view) {
    PymObject *o = view->obj;
    if (!o) return;
    view->obj = NULL;
    if (PYM_TYPE(o)->tp_as_buffer && PYM_TYPE(o)->tp_as_buffer->bf_releasebuffer)
        PYM_TYPE(o)->tp_as_buffer->bf_releasebuffer(o, view);
    PYM_DECREF(o);
}

intptr_t pym_buffer_format_size(const char *f) {
    if (f[0] == '@') f++;
    if (!f[0] || f[1]) return 0;
    switch (f[0]) {
    case 'B':
    case 'b':
    case 'c':
    case '?': return 1;
    case 'h':
    case 'H':
    case 'e': return 2;
    case 'i':
    case 'I':
    case 'f': return 4;
    case 'l':
    case 'L':
    case 'q':
    case 'Q':
    case 'n':
    case 'N':
    case 'd':
    case 'P': return 8;
    }
    return 0;
}

PymObject *pym_bytes_from_buffer(PymObject *o) {
    if (PYM_MEMORYVIEW_CHECK(o)) /* a strided view gathers its items */
        return pym_call_method(o, PYM_ID(tobytes), NULL, 0);
    PymBuffer v;
    if (pym_object_get_buffer(o, &v, PYM_BUF_SIMPLE) < 0) return NULL;
    PymObject *r = pym_bytes_from_data(v.buf, v.len);
    pym_buffer_release(&v);
    return r;
}

static int bytes_getbuffer(PymObject *self, PymBuffer *view, int flags) {
    if (flags & PYM_BUF_WRITABLE) {
        pym_err_set_string(PymExc_BufferError, "Object is not writable.");
        return -1;
    }
    return pym_buffer_fill(view, self, PYM_BYTES_DATA(self), PYM_BYTES_LEN(self), 1, "B", 1);
}

PymBufferProcs pym_bytes_as_buffer = {bytes_getbuffer, NULL};
