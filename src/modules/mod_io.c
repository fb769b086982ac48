/*
** mod_io.c -- the 'io' module: in-memory streams (StringIO, BytesIO) and
** the file classes of fileobject.c (TextIOWrapper, Buffered*, FileIO, the
** abstract bases), open, SEEK_* and UnsupportedOperation.
**
** StringIO keeps its text as code points (positions are in characters,
** and writing in the middle overwrites in place); newline translation
** follows CPython's: newline=None turns \r\n and \r into \n on the way in,
** '\r' or '\r\n' turn \n into that on the way in, and readline splits on
** the newline given ('' splits on any of \r, \n, \r\n).  BytesIO keeps raw
** bytes on the object allocator.  Writing past the end fills with zeros,
** as CPython does.
*/
#include "pym.h"
#include "buffer.h"
#include "fileobject.h"

#define ARGS PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw

/* ---- shared helpers ---- */

/* An optional size argument: None or absent -> -1.  0 / -1 */
static int size_arg(PymObject *const *args, size_t nargs, intptr_t *out) {
    *out = -1;
    if (nargs && args[0] != pym_None) {
        if (!PYM_INT_CHECK(args[0]) && !PYM_TYPE(args[0])->nb_index) {
            pym_err_format(PymExc_TypeError, "argument should be integer or None, not '%s'",
                           pym_type_name(args[0]));
            return -1;
        }
        *out = pym_number_as_ssize(args[0], PymExc_OverflowError);
        if (*out == -1 && pym_err_occurred()) return -1;
    }
    return 0;
}

static PymObject *unsupported(const char *what) {
    pym_err_set_string(PymExc_UnsupportedOperation, what);
    return NULL;
}

/* ================================================================== */
/* StringIO */

enum { NL_NONE, NL_EMPTY, NL_LF, NL_CR, NL_CRLF };

typedef struct {
    PymObject ob_base;
    uint32_t *buf; /* code points (pym_obj_malloc) */
    intptr_t len, cap, pos;
    int newline;
    bool closed;
    PymObject *dict;
    PymObject *weaklist;
} StringIO;

#define SIO(o) ((StringIO *)(o))

static int sio_check(PymObject *self) {
    if (SIO(self)->closed) {
        pym_err_set_string(PymExc_ValueError, "I/O operation on closed file");
        return -1;
    }
    return 0;
}

static int sio_reserve(StringIO *s, intptr_t n) {
    if (n <= s->cap) return 0;
    intptr_t cap = s->cap ? s->cap : 16;
    while (cap < n) cap = cap + cap / 2 + 16;
    uint32_t *nb = pym_obj_realloc(s->buf, (size_t)cap * sizeof(uint32_t));
    if (!nb) {
        pym_err_no_memory();
        return -1;
    }
    s->buf = nb;
    s->cap = cap;
    return 0;
}

/* Writes text (a str) at the position with the newline translation; returns
** its length in characters, -1 on error. */
static intptr_t sio_write_str(StringIO *s, PymObject *text) {
    intptr_t nchars = PYM_STR_LEN(text), nb = PYM_STR_NBYTES(text);
    const unsigned char *p = (const unsigned char *)PYM_STR_UTF8(text);
    /* decode, translating newlines */
    uint32_t small[256], *cps = small;
    intptr_t room = nchars * 2 + 1;
    if (room > 256 && !(cps = pym_raw_malloc((size_t)room * sizeof(uint32_t)))) {
        pym_err_no_memory();
        return -1;
    }
    intptr_t n = 0;
    for (intptr_t off = 0; off < nb;) {
        uint32_t c;
        off += pym_utf8_decode(p + off, nb - off, &c);
        if (s->newline == NL_NONE && c == '\r') {
            if (off < nb && p[off] == '\n') off++;
            c = '\n';
        } else if (c == '\n' && s->newline == NL_CR) {
            c = '\r';
        } else if (c == '\n' && s->newline == NL_CRLF) {
            cps[n++] = '\r';
        }
        cps[n++] = c;
    }
    int rc = 0;
    if (n > 0) {
        intptr_t end = s->pos + n;
        if ((rc = sio_reserve(s, PYM_MAX(end, s->len))) == 0) {
            if (s->pos > s->len)
                memset(s->buf + s->len, 0, (size_t)(s->pos - s->len) * sizeof(uint32_t));
            memcpy(s->buf + s->pos, cps, (size_t)n * sizeof(uint32_t));
            s->pos = end;
            if (end > s->len) s->len = end;
        }
    }
    if (cps != small) pym_raw_free(cps);
    return rc < 0 ? -1 : nchars;
}

static PymObject *cps_to_str(const uint32_t *c, intptr_t n) {
    PymStrBuilder sb;
    pym_sb_init(&sb);
    for (intptr_t i = 0; i < n; i++) pym_sb_append_char(&sb, c[i]);
    return pym_sb_finish(&sb);
}

static int parse_newline(PymObject *nl, int *out) {
    if (!nl || nl == pym_None) {
        *out = nl ? NL_NONE : NL_LF;
        return 0;
    }
    if (!PYM_STR_CHECK(nl)) {
        pym_err_format(PymExc_TypeError, "newline must be str or None, not %s", pym_type_name(nl));
        return -1;
    }
    const char *s = PYM_STR_UTF8(nl);
    if (!strcmp(s, ""))
        *out = NL_EMPTY;
    else if (!strcmp(s, "\n"))
        *out = NL_LF;
    else if (!strcmp(s, "\r"))
        *out = NL_CR;
    else if (!strcmp(s, "\r\n"))
        *out = NL_CRLF;
    else {
        pym_err_format(PymExc_ValueError, "illegal newline value: %R", nl);
        return -1;
    }
    return 0;
}

static PymObject *sio_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    PymObject *o = pym_object_alloc(type, 0);
    if (o) {
        SIO(o)->newline = NL_LF;
        pym_gc_track(o);
    }
    return o;
}

/* StringIO(initial_value='', newline='\n') */
static int sio_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw) {
    static const char *const names[] = {"initial_value", "newline", NULL};
    PymObject *a[2] = {NULL, NULL};
    if (pym_arg_unpack("StringIO", args, nargs, kw, names, 0, 2, a) < 0) return -1;
    StringIO *s = SIO(self);
    if (a[0] && a[0] != pym_None && !PYM_STR_CHECK(a[0])) {
        pym_err_format(PymExc_TypeError, "initial_value must be str or None, not %s",
                       pym_type_name(a[0]));
        return -1;
    }
    int nl;
    if (parse_newline(a[1], &nl) < 0) return -1;
    s->newline = nl;
    s->len = s->pos = 0;
    s->closed = false;
    if (a[0] && a[0] != pym_None && PYM_STR_LEN(a[0]) > 0) {
        if (sio_write_str(s, a[0]) < 0) return -1;
        s->pos = 0;
    }
    return 0;
}

static void sio_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    if (SIO(o)->weaklist) pym_object_clear_weakrefs(o);
    PYM_XDECREF(SIO(o)->dict);
    pym_obj_free(SIO(o)->buf);
    PYM_TYPE(o)->tp_free(o);
}

static int sio_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(SIO(o)->dict);
    return 0;
}

static int sio_clear(PymObject *o) {
    PYM_CLEAR(SIO(o)->dict);
    return 0;
}

/* The end (exclusive) of the line starting at i, within [i, lim). */
static intptr_t sio_line_end(StringIO *s, intptr_t i, intptr_t lim) {
    for (; i < lim; i++) {
        uint32_t c = s->buf[i];
        switch (s->newline) {
        case NL_EMPTY:
            if (c == '\n') return i + 1;
            if (c == '\r') return (i + 1 < lim && s->buf[i + 1] == '\n') ? i + 2 : i + 1;
            break;
        case NL_CR:
            if (c == '\r') return i + 1;
            break;
        case NL_CRLF:
            if (c == '\r' && i + 1 < lim && s->buf[i + 1] == '\n') return i + 2;
            break;
        default:
            if (c == '\n') return i + 1;
        }
    }
    return lim;
}

static PymObject *sio_readline_impl(StringIO *s, intptr_t limit) {
    if (s->pos >= s->len) return pym_str_from_utf8("", 0);
    intptr_t lim = limit >= 0 ? PYM_MIN(s->len, s->pos + limit) : s->len;
    intptr_t end = sio_line_end(s, s->pos, lim);
    PymObject *r = cps_to_str(s->buf + s->pos, end - s->pos);
    if (r) s->pos = end;
    return r;
}

static PymObject *sio_read(ARGS) {
    if (pym_arg_count("read", nargs, kw, 0, 1) < 0 || sio_check(self) < 0) return NULL;
    intptr_t n;
    if (size_arg(args, nargs, &n) < 0) return NULL;
    StringIO *s = SIO(self);
    intptr_t avail = s->pos < s->len ? s->len - s->pos : 0;
    if (n < 0 || n > avail) n = avail;
    PymObject *r = cps_to_str(s->buf + s->pos, n);
    if (r) s->pos += n;
    return r;
}

static PymObject *sio_readline(ARGS) {
    if (pym_arg_count("readline", nargs, kw, 0, 1) < 0 || sio_check(self) < 0) return NULL;
    intptr_t n;
    if (size_arg(args, nargs, &n) < 0) return NULL;
    return sio_readline_impl(SIO(self), n);
}

static PymObject *readlines_of(PymObject *self, PymObject *const *args, size_t nargs,
                               PymObject *kw) {
    if (pym_arg_count("readlines", nargs, kw, 0, 1) < 0) return NULL;
    intptr_t hint;
    if (size_arg(args, nargs, &hint) < 0) return NULL;
    PymObject *it = pym_object_getiter(self);
    if (!it) return NULL;
    PymObject *list = pym_list_new(0), *line;
    intptr_t total = 0;
    while (list && (line = pym_iter_next(it))) {
        total += PYM_SIZE(line);
        int rc = pym_list_append(list, line);
        PYM_DECREF(line);
        if (rc < 0)
            PYM_CLEAR(list);
        else if (hint > 0 && total >= hint)
            break;
    }
    PYM_DECREF(it);
    if (pym_err_occurred()) PYM_CLEAR(list);
    return list;
}

static PymObject *sio_readlines(ARGS) {
    if (sio_check(self) < 0) return NULL;
    return readlines_of(self, args, nargs, kw);
}

static PymObject *sio_write(ARGS) {
    if (pym_arg_count("write", nargs, kw, 1, 1) < 0 || sio_check(self) < 0) return NULL;
    if (!PYM_STR_CHECK(args[0])) {
        pym_err_format(PymExc_TypeError, "string argument expected, got '%s'",
                       pym_type_name(args[0]));
        return NULL;
    }
    intptr_t n = sio_write_str(SIO(self), args[0]);
    return n < 0 ? NULL : pym_int_from_ssize(n);
}

static PymObject *writelines_of(PymObject *self, PymObject *const *args, size_t nargs,
                                PymObject *kw) {
    if (pym_arg_count("writelines", nargs, kw, 1, 1) < 0) return NULL;
    PymObject *it = pym_object_getiter(args[0]);
    if (!it) return NULL;
    PymObject *item;
    while ((item = pym_iter_next(it))) {
        PymObject *r = pym_call_method(self, PYM_ID(write), &item, 1);
        PYM_DECREF(item);
        if (!r) {
            PYM_DECREF(it);
            return NULL;
        }
        PYM_DECREF(r);
    }
    PYM_DECREF(it);
    if (pym_err_occurred()) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *sio_writelines(ARGS) {
    if (sio_check(self) < 0) return NULL;
    return writelines_of(self, args, nargs, kw);
}

static PymObject *sio_getvalue(ARGS) {
    if (pym_arg_count("getvalue", nargs, kw, 0, 0) < 0 || sio_check(self) < 0) return NULL;
    return cps_to_str(SIO(self)->buf, SIO(self)->len);
}

static PymObject *sio_tell(ARGS) {
    if (pym_arg_count("tell", nargs, kw, 0, 0) < 0 || sio_check(self) < 0) return NULL;
    return pym_int_from_ssize(SIO(self)->pos);
}

static int whence_arg(PymObject *const *args, size_t nargs, int *whence) {
    *whence = 0;
    if (nargs > 1) {
        long long w = pym_int_as_longlong(args[1]);
        if (w == -1 && pym_err_occurred()) return -1;
        *whence = (int)w;
    }
    return 0;
}

static PymObject *sio_seek(ARGS) {
    if (pym_arg_count("seek", nargs, kw, 1, 2) < 0 || sio_check(self) < 0) return NULL;
    intptr_t pos = pym_number_as_ssize(args[0], PymExc_OverflowError);
    if (pos == -1 && pym_err_occurred()) return NULL;
    int whence;
    if (whence_arg(args, nargs, &whence) < 0) return NULL;
    StringIO *s = SIO(self);
    if (whence < 0 || whence > 2) {
        pym_err_format(PymExc_ValueError, "Invalid whence (%d, should be 0, 1 or 2)", whence);
        return NULL;
    }
    if (whence == 0 && pos < 0) {
        pym_err_format(PymExc_ValueError, "Negative seek position %zd", pos);
        return NULL;
    }
    if (whence != 0 && pos != 0) {
        pym_err_set_string(PymExc_OSError, whence == 1 ? "Can't do nonzero cur-relative seeks"
                                                       : "Can't do nonzero end-relative seeks");
        return NULL;
    }
    if (whence == 1)
        pos = s->pos;
    else if (whence == 2)
        pos = s->len;
    s->pos = pos;
    return pym_int_from_ssize(pos);
}

static PymObject *sio_truncate(ARGS) {
    if (pym_arg_count("truncate", nargs, kw, 0, 1) < 0 || sio_check(self) < 0) return NULL;
    intptr_t size;
    if (size_arg(args, nargs, &size) < 0) return NULL;
    StringIO *s = SIO(self);
    if (!nargs || args[0] == pym_None)
        size = s->pos;
    else if (size < 0) {
        pym_err_format(PymExc_ValueError, "Negative size value %zd", size);
        return NULL;
    }
    if (size < s->len) s->len = size;
    return pym_int_from_ssize(size);
}

static PymObject *sio_close(ARGS) {
    SIO(self)->closed = true;
    pym_obj_free(SIO(self)->buf);
    SIO(self)->buf = NULL;
    SIO(self)->len = SIO(self)->cap = 0;
    PYM_RETURN_NONE;
}

static PymObject *sio_true(ARGS) {
    if (sio_check(self) < 0) return NULL;
    PYM_RETURN_TRUE;
}
static PymObject *sio_false(ARGS) {
    if (sio_check(self) < 0) return NULL;
    PYM_RETURN_FALSE;
}
static PymObject *sio_flush(ARGS) {
    if (sio_check(self) < 0) return NULL;
    PYM_RETURN_NONE;
}
static PymObject *io_fileno(ARGS) { return unsupported("fileno"); }
static PymObject *io_detach(ARGS) { return unsupported("detach"); }

static PymObject *sio_enter(ARGS) {
    if (sio_check(self) < 0) return NULL;
    return pym_newref(self);
}

static PymObject *sio_exit(ARGS) { return pym_call_method(self, PYM_ID(close), NULL, 0); }

static PymObject *sio_iter(PymObject *self) {
    if (sio_check(self) < 0) return NULL;
    return pym_newref(self);
}

static PymObject *sio_iternext(PymObject *self) {
    if (sio_check(self) < 0) return NULL;
    PymObject *line = sio_readline_impl(SIO(self), -1);
    if (line && PYM_SIZE(line) == 0) {
        PYM_DECREF(line);
        return NULL;
    }
    return line;
}

static PymObject *sio_get_closed(PymObject *self, void *c) {
    return pym_bool_from(SIO(self)->closed);
}
static PymObject *sio_get_none(PymObject *self, void *c) {
    if (sio_check(self) < 0) return NULL;
    PYM_RETURN_NONE;
}
static PymObject *sio_get_false(PymObject *self, void *c) {
    if (sio_check(self) < 0) return NULL;
    PYM_RETURN_FALSE;
}

static PymMethodDef sio_methods[] = {
    {"read", sio_read, 0, NULL},
    {"readline", sio_readline, 0, NULL},
    {"readlines", sio_readlines, 0, NULL},
    {"write", sio_write, 0, NULL},
    {"writelines", sio_writelines, 0, NULL},
    {"getvalue", sio_getvalue, 0, NULL},
    {"tell", sio_tell, 0, NULL},
    {"seek", sio_seek, 0, NULL},
    {"truncate", sio_truncate, 0, NULL},
    {"close", sio_close, 0, NULL},
    {"readable", sio_true, 0, NULL},
    {"writable", sio_true, 0, NULL},
    {"seekable", sio_true, 0, NULL},
    {"isatty", sio_false, 0, NULL},
    {"flush", sio_flush, 0, NULL},
    {"fileno", io_fileno, 0, NULL},
    {"detach", io_detach, 0, NULL},
    {"__enter__", sio_enter, 0, NULL},
    {"__exit__", sio_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PymGetSetDef sio_getset[] = {
    {"closed", sio_get_closed, NULL, NULL, NULL},
    {"newlines", sio_get_none, NULL, NULL, NULL},
    {"encoding", sio_get_none, NULL, NULL, NULL},
    {"errors", sio_get_none, NULL, NULL, NULL},
    {"line_buffering", sio_get_false, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymType stringio_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "_io.StringIO",
    .tp_basicsize = sizeof(StringIO),
    .tp_flags = PYM_TPFLAGS_BASETYPE | PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = sio_dealloc,
    .tp_traverse = sio_traverse,
    .tp_clear = sio_clear,
    .tp_iter = sio_iter,
    .tp_iternext = sio_iternext,
    .tp_dictoffset = offsetof(StringIO, dict),
    .tp_weaklistoffset = offsetof(StringIO, weaklist),
    .tp_methods = sio_methods,
    .tp_getset = sio_getset,
    .tp_base = &pym_type_textiobase,
    .tp_new = sio_new,
    .tp_init = sio_init,
    .tp_free = pym_object_free,
    .tp_doc = "Text I/O implementation using an in-memory buffer.",
};

/* ================================================================== */
/* BytesIO */

typedef struct {
    PymObject ob_base;
    char *buf; /* pym_obj_malloc */
    intptr_t len, cap, pos;
    intptr_t exports; /* views lent by getbuffer() */
    bool closed;
    PymObject *dict;
    PymObject *weaklist;
} BytesIO;

#define BIO(o) ((BytesIO *)(o))

static int bio_check(PymObject *self) {
    if (BIO(self)->closed) {
        pym_err_set_string(PymExc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

static int bio_reserve(BytesIO *b, intptr_t n) {
    if (n <= b->cap) return 0;
    intptr_t cap = b->cap ? b->cap : 16;
    while (cap < n) cap = cap + cap / 2 + 16;
    char *nb = pym_obj_realloc(b->buf, (size_t)cap);
    if (!nb) {
        pym_err_no_memory();
        return -1;
    }
    b->buf = nb;
    b->cap = cap;
    return 0;
}

static int bio_check_exports(BytesIO *b) {
    if (b->exports > 0) {
        pym_err_set_string(PymExc_BufferError,
                           "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

static int bio_write_data(BytesIO *b, const char *d, intptr_t n) {
    if (bio_check_exports(b) < 0) return -1;
    if (n <= 0) return 0;
    intptr_t end = b->pos + n;
    if (bio_reserve(b, PYM_MAX(end, b->len)) < 0) return -1;
    if (b->pos > b->len) memset(b->buf + b->len, 0, (size_t)(b->pos - b->len));
    memcpy(b->buf + b->pos, d, (size_t)n);
    b->pos = end;
    if (end > b->len) b->len = end;
    return 0;
}

static PymObject *bio_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    PymObject *o = pym_object_alloc(type, 0);
    if (o) pym_gc_track(o);
    return o;
}

/* BytesIO(initial_bytes=b'') */
static int bio_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw) {
    static const char *const names[] = {"initial_bytes", NULL};
    PymObject *a[1] = {NULL};
    if (pym_arg_unpack("BytesIO", args, nargs, kw, names, 0, 1, a) < 0) return -1;
    BytesIO *b = BIO(self);
    b->len = b->pos = 0;
    b->closed = false;
    if (a[0] && a[0] != pym_None) {
        PymBuffer v;
        if (pym_object_get_buffer(a[0], &v, PYM_BUF_SIMPLE) < 0) return -1;
        int rc = bio_write_data(b, v.buf, v.len);
        pym_buffer_release(&v);
        if (rc < 0) return -1;
        b->pos = 0;
    }
    return 0;
}

static void bio_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    if (BIO(o)->weaklist) pym_object_clear_weakrefs(o);
    PYM_XDECREF(BIO(o)->dict);
    pym_obj_free(BIO(o)->buf);
    PYM_TYPE(o)->tp_free(o);
}

static int bio_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(BIO(o)->dict);
    return 0;
}

static int bio_clear(PymObject *o) {
    PYM_CLEAR(BIO(o)->dict);
    return 0;
}

static PymObject *bio_readline_impl(BytesIO *b, intptr_t limit) {
    if (b->pos >= b->len) return pym_bytes_from_data(NULL, 0);
    intptr_t lim = limit >= 0 ? PYM_MIN(b->len, b->pos + limit) : b->len;
    const char *nl = memchr(b->buf + b->pos, '\n', (size_t)(lim - b->pos));
    intptr_t end = nl ? nl - b->buf + 1 : lim;
    PymObject *r = pym_bytes_from_data(b->buf + b->pos, end - b->pos);
    if (r) b->pos = end;
    return r;
}

static PymObject *bio_read(ARGS) {
    if (pym_arg_count("read", nargs, kw, 0, 1) < 0 || bio_check(self) < 0) return NULL;
    intptr_t n;
    if (size_arg(args, nargs, &n) < 0) return NULL;
    BytesIO *b = BIO(self);
    intptr_t avail = b->pos < b->len ? b->len - b->pos : 0;
    if (n < 0 || n > avail) n = avail;
    PymObject *r = pym_bytes_from_data(n ? b->buf + b->pos : NULL, n);
    if (r) b->pos += n;
    return r;
}

static PymObject *bio_readline(ARGS) {
    if (pym_arg_count("readline", nargs, kw, 0, 1) < 0 || bio_check(self) < 0) return NULL;
    intptr_t n;
    if (size_arg(args, nargs, &n) < 0) return NULL;
    return bio_readline_impl(BIO(self), n);
}

static PymObject *bio_readlines(ARGS) {
    if (bio_check(self) < 0) return NULL;
    return readlines_of(self, args, nargs, kw);
}

static PymObject *bio_readinto(ARGS) {
    if (pym_arg_count("readinto", nargs, kw, 1, 1) < 0 || bio_check(self) < 0) return NULL;
    PymBuffer v;
    if (pym_object_get_buffer_msg(
            args[0], &v, PYM_BUF_WRITABLE,
            "readinto() argument must be read-write bytes-like object, not %s") < 0)
        return NULL;
    if (v.readonly) {
        pym_buffer_release(&v);
        pym_err_format(PymExc_TypeError,
                       "readinto() argument must be read-write bytes-like object, not %s",
                       pym_type_name(args[0]));
        return NULL;
    }
    BytesIO *b = BIO(self);
    intptr_t avail = b->pos < b->len ? b->len - b->pos : 0, n = PYM_MIN(avail, v.len);
    if (n) memcpy(v.buf, b->buf + b->pos, (size_t)n);
    b->pos += n;
    pym_buffer_release(&v);
    return pym_int_from_ssize(n);
}

static PymObject *bio_write(ARGS) {
    if (pym_arg_count("write", nargs, kw, 1, 1) < 0 || bio_check(self) < 0) return NULL;
    PymBuffer v;
    if (pym_object_get_buffer(args[0], &v, PYM_BUF_SIMPLE) < 0) return NULL;
    int rc = bio_write_data(BIO(self), v.buf, v.len);
    intptr_t n = v.len;
    pym_buffer_release(&v);
    return rc < 0 ? NULL : pym_int_from_ssize(n);
}

static PymObject *bio_writelines(ARGS) {
    if (bio_check(self) < 0) return NULL;
    return writelines_of(self, args, nargs, kw);
}

static PymObject *bio_getvalue(ARGS) {
    if (pym_arg_count("getvalue", nargs, kw, 0, 0) < 0 || bio_check(self) < 0) return NULL;
    return pym_bytes_from_data(BIO(self)->buf, BIO(self)->len);
}

static PymObject *bio_tell(ARGS) {
    if (pym_arg_count("tell", nargs, kw, 0, 0) < 0 || bio_check(self) < 0) return NULL;
    return pym_int_from_ssize(BIO(self)->pos);
}

static PymObject *bio_seek(ARGS) {
    if (pym_arg_count("seek", nargs, kw, 1, 2) < 0 || bio_check(self) < 0) return NULL;
    intptr_t pos = pym_number_as_ssize(args[0], PymExc_OverflowError);
    if (pos == -1 && pym_err_occurred()) return NULL;
    int whence;
    if (whence_arg(args, nargs, &whence) < 0) return NULL;
    BytesIO *b = BIO(self);
    if (whence < 0 || whence > 2) {
        pym_err_format(PymExc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
        return NULL;
    }
    if (whence == 0 && pos < 0) {
        pym_err_format(PymExc_ValueError, "negative seek value %zd", pos);
        return NULL;
    }
    if (whence == 1)
        pos += b->pos;
    else if (whence == 2)
        pos += b->len;
    if (pos < 0) pos = 0;
    b->pos = pos;
    return pym_int_from_ssize(pos);
}

static PymObject *bio_truncate(ARGS) {
    if (pym_arg_count("truncate", nargs, kw, 0, 1) < 0 || bio_check(self) < 0) return NULL;
    intptr_t size;
    if (size_arg(args, nargs, &size) < 0) return NULL;
    BytesIO *b = BIO(self);
    if (bio_check_exports(b) < 0) return NULL;
    if (!nargs || args[0] == pym_None)
        size = b->pos;
    else if (size < 0) {
        pym_err_format(PymExc_ValueError, "negative size value %zd", size);
        return NULL;
    }
    if (size < b->len) b->len = size;
    return pym_int_from_ssize(size);
}

static PymObject *bio_close(ARGS) {
    if (bio_check_exports(BIO(self)) < 0) return NULL;
    BIO(self)->closed = true;
    pym_obj_free(BIO(self)->buf);
    BIO(self)->buf = NULL;
    BIO(self)->len = BIO(self)->cap = 0;
    PYM_RETURN_NONE;
}

static PymObject *bio_true(ARGS) {
    if (bio_check(self) < 0) return NULL;
    PYM_RETURN_TRUE;
}
static PymObject *bio_false(ARGS) {
    if (bio_check(self) < 0) return NULL;
    PYM_RETURN_FALSE;
}
static PymObject *bio_flush(ARGS) {
    if (bio_check(self) < 0) return NULL;
    PYM_RETURN_NONE;
}
static PymObject *bio_enter(ARGS) {
    if (bio_check(self) < 0) return NULL;
    return pym_newref(self);
}

static PymObject *bio_iter(PymObject *self) {
    if (bio_check(self) < 0) return NULL;
    return pym_newref(self);
}

static PymObject *bio_iternext(PymObject *self) {
    if (bio_check(self) < 0) return NULL;
    PymObject *line = bio_readline_impl(BIO(self), -1);
    if (line && PYM_SIZE(line) == 0) {
        PYM_DECREF(line);
        return NULL;
    }
    return line;
}

/* getbuffer(): a memoryview of the contents, through a small exporter object
** (as CPython's _io._BytesIOBuffer) so that BytesIO itself is no buffer. */
typedef struct {
    PymObject ob_base;
    PymObject *bio;
} BIOBuffer;

static void biobuf_dealloc(PymObject *o) {
    PYM_XDECREF(((BIOBuffer *)o)->bio);
    pym_object_free(o);
}

static int biobuf_getbuffer(PymObject *self, PymBuffer *view, int flags) {
    BytesIO *b = BIO(((BIOBuffer *)self)->bio);
    static char empty[1];
    b->exports++;
    return pym_buffer_fill(view, self, b->buf ? b->buf : empty, b->len, 1, "B", 0);
}

static void biobuf_releasebuffer(PymObject *self, PymBuffer *view) {
    BIO(((BIOBuffer *)self)->bio)->exports--;
}

static PymBufferProcs biobuf_as_buffer = {biobuf_getbuffer, biobuf_releasebuffer};

static PymType biobuf_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0), .tp_name = "_io._BytesIOBuffer",
    .tp_basicsize = sizeof(BIOBuffer),    .tp_dealloc = biobuf_dealloc,
    .tp_as_buffer = &biobuf_as_buffer,    .tp_base = &pym_type_object,
};

static PymObject *bio_getbuffer(ARGS) {
    if (pym_arg_count("getbuffer", nargs, kw, 0, 0) < 0 || bio_check(self) < 0) return NULL;
    BIOBuffer *e = (BIOBuffer *)pym_object_alloc(&biobuf_type, 0);
    if (!e) return NULL;
    e->bio = pym_newref(self);
    PymObject *mv = pym_call_onearg((PymObject *)&pym_type_memoryview, (PymObject *)e);
    PYM_DECREF(e);
    return mv;
}

static PymObject *bio_sizeof(ARGS) {
    return pym_int_from_ssize(PYM_TYPE(self)->tp_basicsize + BIO(self)->cap);
}

static PymObject *bio_get_closed(PymObject *self, void *c) {
    return pym_bool_from(BIO(self)->closed);
}

static PymMethodDef bio_methods[] = {
    {"read", bio_read, 0, NULL},
    {"read1", bio_read, 0, NULL},
    {"readline", bio_readline, 0, NULL},
    {"readlines", bio_readlines, 0, NULL},
    {"readinto", bio_readinto, 0, NULL},
    {"write", bio_write, 0, NULL},
    {"writelines", bio_writelines, 0, NULL},
    {"getvalue", bio_getvalue, 0, NULL},
    {"tell", bio_tell, 0, NULL},
    {"seek", bio_seek, 0, NULL},
    {"truncate", bio_truncate, 0, NULL},
    {"close", bio_close, 0, NULL},
    {"readable", bio_true, 0, NULL},
    {"writable", bio_true, 0, NULL},
    {"seekable", bio_true, 0, NULL},
    {"isatty", bio_false, 0, NULL},
    {"flush", bio_flush, 0, NULL},
    {"fileno", io_fileno, 0, NULL},
    {"detach", io_detach, 0, NULL},
    {"__enter__", bio_enter, 0, NULL},
    {"__exit__", sio_exit, 0, NULL},
    {"__sizeof__", bio_sizeof, 0, NULL},
    {"getbuffer", bio_getbuffer, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PymGetSetDef bio_getset[] = {
    {"closed", bio_get_closed, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymType bytesio_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "_io.BytesIO",
    .tp_basicsize = sizeof(BytesIO),
    .tp_flags = PYM_TPFLAGS_BASETYPE | PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = bio_dealloc,
    .tp_traverse = bio_traverse,
    .tp_clear = bio_clear,
    .tp_iter = bio_iter,
    .tp_iternext = bio_iternext,
    .tp_dictoffset = offsetof(BytesIO, dict),
    .tp_weaklistoffset = offsetof(BytesIO, weaklist),
    .tp_methods = bio_methods,
    .tp_getset = bio_getset,
    .tp_base = &pym_type_bufferediobase,
    .tp_new = bio_new,
    .tp_init = bio_init,
    .tp_free = pym_object_free,
    .tp_doc = "Buffered I/O implementation using an in-memory bytes buffer.",
};

/* ================================================================== */

static PymMethodDef io_functions[] = {
    {"open", pym_file_open, 0, "Open file and return a stream.  Raise OSError upon failure."},
    {NULL, NULL, 0, NULL},
};

PymObject *pym_io_module_init(void) {
    if (pym_type_ready(&stringio_type) < 0 || pym_type_ready(&bytesio_type) < 0 ||
        pym_type_ready(&biobuf_type) < 0)
        return NULL;
    PymObject *m = pym_module_new("io");
    if (!m) return NULL;
    struct {
        const char *name;
        PymObject *obj;
    } objs[] = {
        {"StringIO", (PymObject *)&stringio_type},
        {"BytesIO", (PymObject *)&bytesio_type},
        {"TextIOWrapper", (PymObject *)&pym_type_textio},
        {"BufferedReader", (PymObject *)&pym_type_buffered_reader},
        {"BufferedWriter", (PymObject *)&pym_type_buffered_writer},
        {"BufferedRandom", (PymObject *)&pym_type_buffered_random},
        {"FileIO", (PymObject *)&pym_type_fileio},
        {"IOBase", (PymObject *)&pym_type_iobase},
        {"RawIOBase", (PymObject *)&pym_type_rawiobase},
        {"BufferedIOBase", (PymObject *)&pym_type_bufferediobase},
        {"TextIOBase", (PymObject *)&pym_type_textiobase},
        {"UnsupportedOperation", (PymObject *)PymExc_UnsupportedOperation},
        {"BlockingIOError", (PymObject *)PymExc_BlockingIOError},
    };
    /* io.open is the built-in open itself */
    PymObject *open_fn = pym_dict_getitem_cstr(pym_module_dict(pym_builtins_module()), "open");
    if (open_fn ? pym_module_add_object(m, "open", open_fn) < 0
                : pym_module_add_functions(m, io_functions) < 0)
        goto fail;
    for (size_t i = 0; i < PYM_ARRAY_LEN(objs); i++)
        if (pym_module_add_object(m, objs[i].name, objs[i].obj) < 0) goto fail;
    if (pym_module_add_int(m, "DEFAULT_BUFFER_SIZE", 8192) < 0 ||
        pym_module_add_int(m, "SEEK_SET", 0) < 0 || pym_module_add_int(m, "SEEK_CUR", 1) < 0 ||
        pym_module_add_int(m, "SEEK_END", 2) < 0)
        goto fail;
    return m;
fail:
    PYM_DECREF(m);
    return NULL;
}
