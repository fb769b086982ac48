/*
** memoryobject.c -- the 'memoryview' type: a one-dimensional window on the
** memory of another object (bytes, bytearray, array, another memoryview)
** through the buffer protocol (buffer.h), without copying.
**
** A view holds a PymBuffer from the exporter for its whole life (so a
** bytearray cannot resize under it) and describes its items with a start
** pointer, a count, a stride in bytes (slices with a step have a stride
** other than the item size) and a struct format letter.  A view of a view
** takes its own buffer from the original exporter, so releasing the first
** view leaves the second valid, as in CPython.  Items are unpacked and
** packed per format (B b c ? h H i I l L q Q n N f d P, native order).
** The object is 168 bytes plus the GC header: getsizeof == 184, CPython's.
*/
#include "pym.h"
#include "memoryobject.h"
#include <stdio.h>

typedef struct PymMemoryView {
    PymObject ob_base;
    PymBuffer view;   /* from the exporter; view.obj is memoryview.obj */
    char *start;      /* the first item */
    intptr_t count;   /* items */
    intptr_t stride;  /* bytes from one item to the next */
    intptr_t exports; /* buffers this view lent out */
    intptr_t hash;    /* -1: not computed */
    PymObject *weaklist;
    int released;
    char fmt[8];  /* the item format (a copy: cast() changes it) */
    char pad[44]; /* CPython's object is 168 bytes */
} PymMemoryView;

#define MV(o) ((PymMemoryView *)(o))
#define ARGS  PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw

_Static_assert(sizeof(PymMemoryView) == 168, "memoryview is 168 bytes as in CPython");

static int check_released(PymObject *self) {
    if (MV(self)->released) {
        pym_err_set_string(PymExc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

static bool contiguous(PymMemoryView *m) { return m->count <= 1 || m->stride == m->view.itemsize; }

/* ---- construction ---- */

static PymObject *mv_from_object(PymObject *obj) {
    PymMemoryView *m = (PymMemoryView *)pym_object_alloc(&pym_type_memoryview, 0);
    if (!m) return NULL;
    m->hash = -1;
    if (PYM_MEMORYVIEW_CHECK(obj)) {
        PymMemoryView *b = MV(obj);
        if (check_released(obj) < 0) {
            pym_object_free(m);
            return NULL;
        }
        if (pym_object_get_buffer(b->view.obj, &m->view, PYM_BUF_SIMPLE) < 0) {
            pym_object_free(m);
            return NULL;
        }
        m->view.readonly = b->view.readonly;
        m->view.itemsize = b->view.itemsize;
        m->start = b->start;
        m->count = b->count;
        m->stride = b->stride;
        memcpy(m->fmt, b->fmt, sizeof m->fmt);
    } else {
        if (pym_object_get_buffer_msg(obj, &m->view, PYM_BUF_SIMPLE,
                                      "memoryview: a bytes-like object is required, not '%s'") <
            0) {
            pym_object_free(m);
            return NULL;
        }
        m->start = m->view.buf;
        m->count = m->view.itemsize ? m->view.len / m->view.itemsize : 0;
        m->stride = m->view.itemsize;
        snprintf(m->fmt, sizeof m->fmt, "%s", m->view.format ? m->view.format : "B");
    }
    pym_gc_track((PymObject *)m);
    return (PymObject *)m;
}

static PymObject *mv_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    static const char *const names[] = {"object", NULL};
    PymObject *a[1] = {NULL};
    if (pym_arg_unpack("memoryview", args, nargs, kw, names, 1, 1, a) < 0) return NULL;
    return mv_from_object(a[0]);
}

static void mv_do_release(PymMemoryView *m) {
    if (m->released) return;
    m->released = 1;
    pym_buffer_release(&m->view);
}

static void mv_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    if (MV(o)->weaklist) pym_object_clear_weakrefs(o);
    mv_do_release(MV(o));
    pym_object_free(o);
}

static int mv_traverse(PymObject *o, visitproc visit, void *arg) {
    if (!MV(o)->released) PYM_VISIT(MV(o)->view.obj);
    return 0;
}

static int mv_clear(PymObject *o) {
    if (MV(o)->exports == 0) mv_do_release(MV(o));
    return 0;
}

/* ---- the buffer protocol ---- */

static int mv_getbuffer(PymObject *self, PymBuffer *view, int flags) {
    PymMemoryView *m = MV(self);
    if (check_released(self) < 0) return -1;
    if ((flags & PYM_BUF_WRITABLE) && m->view.readonly) {
        pym_err_set_string(PymExc_BufferError, "memoryview: underlying buffer is not writable");
        return -1;
    }
    if (!contiguous(m)) {
        pym_err_set_string(PymExc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    m->exports++;
    return pym_buffer_fill(view, self, m->start, m->count * m->view.itemsize, m->view.itemsize,
                           m->fmt, m->view.readonly);
}

static void mv_releasebuffer(PymObject *self, PymBuffer *view) { MV(self)->exports--; }

static PymBufferProcs mv_as_buffer = {mv_getbuffer, mv_releasebuffer};

/* ---- items ---- */

static PymObject *unpack(const char *fmt, const char *p) {
    switch (fmt[0] == '@' ? fmt[1] : fmt[0]) {
    case 'B': return pym_int_from_long(*(const unsigned char *)p);
    case 'b': return pym_int_from_long(*(const signed char *)p);
    case 'c': return pym_bytes_from_data(p, 1);
    case '?': return pym_bool_from(*(const unsigned char *)p != 0);
    case 'h': {
        short v;
        memcpy(&v, p, sizeof v);
        return pym_int_from_long(v);
    }
    case 'H': {
        unsigned short v;
        memcpy(&v, p, sizeof v);
        return pym_int_from_long(v);
    }
    case 'i': {
        int v;
        memcpy(&v, p, sizeof v);
        return pym_int_from_long(v);
    }
    case 'I': {
        unsigned v;
        memcpy(&v, p, sizeof v);
        return pym_int_from_long(v);
    }
    case 'l':
    case 'q':
    case 'n': {
        long long v;
        memcpy(&v, p, sizeof v);
        return pym_int_from_long(v);
    }
    case 'L':
    case 'Q':
    case 'N':
    case 'P': {
        unsigned long long v;
        memcpy(&v, p, sizeof v);
        return pym_int_from_ulonglong(v);
    }
    case 'f': {
        float v;
        memcpy(&v, p, sizeof v);
        return pym_float_from_double(v);
    }
    case 'd': {
        double v;
        memcpy(&v, p, sizeof v);
        return pym_float_from_double(v);
    }
    }
    pym_err_format(PymExc_NotImplementedError, "memoryview: format %s not supported", fmt);
    return NULL;
}

static int pack_error(const char *what, const char *fmt) {
    pym_err_format(*what == 't' ? PymExc_TypeError : PymExc_ValueError,
                   "memoryview: invalid %s for format '%s'", what, fmt);
    return -1;
}

static int pack(const char *fmt, char *p, PymObject *v) {
    char f = fmt[0] == '@' ? fmt[1] : fmt[0];
    if (f == 'c') {
        if (!PYM_BYTES_CHECK(v) || PYM_BYTES_LEN(v) != 1)
            return pack_error(PYM_BYTES_CHECK(v) ? "value" : "type", fmt);
        *p = PYM_BYTES_DATA(v)[0];
        return 0;
    }
    if (f == 'f' || f == 'd') {
        if (!PYM_FLOAT_CHECK(v) && !PYM_INT_CHECK(v) && !PYM_TYPE(v)->nb_float)
            return pack_error("type", fmt);
        double d = pym_float_as_double(v);
        if (d == -1.0 && pym_err_occurred()) return -1;
        if (f == 'f') {
            float x = (float)d;
            memcpy(p, &x, sizeof x);
        } else
            memcpy(p, &d, sizeof d);
        return 0;
    }
    if (f == '?') {
        int t = pym_object_is_true(v);
        if (t < 0) return -1;
        *p = (char)t;
        return 0;
    }
    if (!PYM_INT_CHECK(v) && !PYM_TYPE(v)->nb_index) return pack_error("type", fmt);
    PymObject *iv = pym_number_index(v);
    if (!iv) return -1;
    bool neg = pym_int_sign(iv) < 0;
    int ovf = 0;
    long long x = 0;
    unsigned long long ux = 0;
    if (neg || (f != 'Q' && f != 'L' && f != 'N' && f != 'P')) {
        x = pym_int_as_longlong_overflow(iv, &ovf);
    } else {
        if (pym_int_bit_length(iv) > 64)
            ovf = 1;
        else {
            PymObject *lo = pym_int_shift(iv, 0);
            ux = 0;
            for (int k = (int)PYM_SIZE(lo) - 1; k >= 0; k--)
                ux = (ux << 30) | ((PymInt *)lo)->ob_digit[k];
            PYM_DECREF(lo);
        }
    }
    PYM_DECREF(iv);
    long long lo = 0, hi = 0;
    switch (f) {
    case 'B':
        lo = 0;
        hi = 255;
        break;
    case 'b':
        lo = -128;
        hi = 127;
        break;
    case 'h':
        lo = -32768;
        hi = 32767;
        break;
    case 'H':
        lo = 0;
        hi = 65535;
        break;
    case 'i':
        lo = INT32_MIN;
        hi = INT32_MAX;
        break;
    case 'I':
        lo = 0;
        hi = UINT32_MAX;
        break;
    case 'l':
    case 'q':
    case 'n':
        lo = INT64_MIN;
        hi = INT64_MAX;
        break;
    case 'L':
    case 'Q':
    case 'N':
    case 'P':
        if (neg || ovf) return pack_error("value", fmt);
        memcpy(p, &ux, 8);
        return 0;
    default:
        pym_err_format(PymExc_NotImplementedError, "memoryview: format %s not supported", fmt);
        return -1;
    }
    if (ovf || x < lo || x > hi) return pack_error("value", fmt);
    switch (f) {
    case 'B':
    case 'b': *p = (char)x; break;
    case 'h':
    case 'H': {
        uint16_t y = (uint16_t)x;
        memcpy(p, &y, 2);
        break;
    }
    case 'i':
    case 'I': {
        uint32_t y = (uint32_t)x;
        memcpy(p, &y, 4);
        break;
    }
    default: memcpy(p, &x, 8);
    }
    return 0;
}

static PymObject *mv_tolist_impl(PymMemoryView *m) {
    PymObject *l = pym_list_new(0);
    if (!l) return NULL;
    for (intptr_t i = 0; i < m->count; i++) {
        PymObject *v = unpack(m->fmt, m->start + i * m->stride);
        if (!v || pym_list_append(l, v) < 0) {
            PYM_XDECREF(v);
            PYM_DECREF(l);
            return NULL;
        }
        PYM_DECREF(v);
    }
    return l;
}

static PymObject *mv_tobytes_impl(PymMemoryView *m) {
    intptr_t isz = m->view.itemsize, n = m->count * isz;
    if (contiguous(m)) return pym_bytes_from_data(m->start, n);
    PymObject *b = pym_bytes_new_uninit(n);
    if (!b) return NULL;
    for (intptr_t i = 0; i < m->count; i++)
        memcpy(PYM_BYTES_DATA(b) + i * isz, m->start + i * m->stride, (size_t)isz);
    return b;
}

static intptr_t mv_length(PymObject *self) {
    if (check_released(self) < 0) return -1;
    return MV(self)->count;
}

static PymObject *mv_subscript(PymObject *self, PymObject *key) {
    PymMemoryView *m = MV(self);
    if (check_released(self) < 0) return NULL;
    if (PYM_INT_CHECK(key) || PYM_TYPE(key)->nb_index) {
        intptr_t i = pym_number_as_ssize(key, PymExc_IndexError);
        if (i == -1 && pym_err_occurred()) return NULL;
        if (i < 0) i += m->count;
        if (i < 0 || i >= m->count) {
            pym_err_set_string(PymExc_IndexError, "index out of bounds on dimension 1");
            return NULL;
        }
        return unpack(m->fmt, m->start + i * m->stride);
    }
    if (PYM_SLICE_CHECK(key)) {
        intptr_t start, stop, step;
        intptr_t n = pym_slice_indices(key, m->count, &start, &stop, &step);
        if (n < 0) return NULL;
        PymMemoryView *r = (PymMemoryView *)mv_from_object(self);
        if (!r) return NULL;
        r->start = m->start + start * m->stride;
        r->count = n;
        r->stride = m->stride * step;
        return (PymObject *)r;
    }
    if (key == pym_Ellipsis) return pym_newref(self);
    pym_err_set_string(PymExc_TypeError, "memoryview: invalid slice key");
    return NULL;
}

static int mv_ass_subscript(PymObject *self, PymObject *key, PymObject *value) {
    PymMemoryView *m = MV(self);
    if (check_released(self) < 0) return -1;
    if (m->view.readonly) {
        pym_err_set_string(PymExc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        pym_err_set_string(PymExc_TypeError, "cannot delete memory");
        return -1;
    }
    if (PYM_INT_CHECK(key) || PYM_TYPE(key)->nb_index) {
        intptr_t i = pym_number_as_ssize(key, PymExc_IndexError);
        if (i == -1 && pym_err_occurred()) return -1;
        if (i < 0) i += m->count;
        if (i < 0 || i >= m->count) {
            pym_err_set_string(PymExc_IndexError, "index out of bounds on dimension 1");
            return -1;
        }
        return pack(m->fmt, m->start + i * m->stride, value);
    }
    if (!PYM_SLICE_CHECK(key)) {
        pym_err_set_string(PymExc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    intptr_t start, stop, step;
    intptr_t n = pym_slice_indices(key, m->count, &start, &stop, &step);
    if (n < 0) return -1;
    PymBuffer v;
    if (pym_object_get_buffer(value, &v, PYM_BUF_SIMPLE) < 0) return -1;
    const char *vf = v.format ? v.format : "B";
    bool same = strcmp(vf[0] == '@' ? vf + 1 : vf, m->fmt[0] == '@' ? m->fmt + 1 : m->fmt) == 0 &&
                v.itemsize == m->view.itemsize && v.len == n * m->view.itemsize;
    if (!same) {
        pym_buffer_release(&v);
        pym_err_set_string(PymExc_ValueError,
                           "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    /* copy through a temporary: source and destination may overlap */
    char *tmp = pym_raw_malloc((size_t)v.len + 1);
    if (!tmp) {
        pym_buffer_release(&v);
        pym_err_no_memory();
        return -1;
    }
    memcpy(tmp, v.buf, (size_t)v.len);
    pym_buffer_release(&v);
    intptr_t isz = m->view.itemsize;
    for (intptr_t k = 0; k < n; k++)
        memcpy(m->start + (start + k * step) * m->stride, tmp + k * isz, (size_t)isz);
    pym_raw_free(tmp);
    return 0;
}

/* iteration: item by item over the live memory */
typedef struct {
    PymObject ob_base;
    intptr_t index;
    PymObject *view; /* NULL when exhausted */
} MVIter;

static void mviter_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    PYM_XDECREF(((MVIter *)o)->view);
    pym_object_free(o);
}
static int mviter_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((MVIter *)o)->view);
    return 0;
}
static PymObject *mviter_self(PymObject *o) { return pym_newref(o); }
static PymObject *mviter_next(PymObject *o) {
    MVIter *it = (MVIter *)o;
    if (!it->view) return NULL;
    if (check_released(it->view) < 0) return NULL;
    PymMemoryView *m = MV(it->view);
    if (it->index < m->count) return unpack(m->fmt, m->start + it->index++ * m->stride);
    PYM_CLEAR(it->view);
    return NULL;
}

static PymType mviter_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "memory_iterator",
    .tp_basicsize = sizeof(MVIter),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = mviter_dealloc,
    .tp_traverse = mviter_traverse,
    .tp_iter = mviter_self,
    .tp_iternext = mviter_next,
    .tp_base = &pym_type_object,
};

static PymObject *mv_iter(PymObject *self) {
    if (check_released(self) < 0) return NULL;
    MVIter *it = (MVIter *)pym_object_alloc(&mviter_type, 0);
    if (!it) return NULL;
    it->view = pym_newref(self);
    pym_gc_track((PymObject *)it);
    return (PymObject *)it;
}

static PymObject *mv_repr(PymObject *self) {
    char buf[64];
    snprintf(buf, sizeof buf, MV(self)->released ? "<released memory at %p>" : "<memory at %p>",
             (void *)self);
    return pym_str_from_cstr(buf);
}

static PymObject *mv_richcompare(PymObject *a, PymObject *b, int op) {
    if (op != PYM_EQ && op != PYM_NE) PYM_RETURN_NOTIMPL;
    if (a == b) return pym_bool_from(op == PYM_EQ);
    if (!pym_buffer_check(b)) PYM_RETURN_NOTIMPL;
    if (MV(a)->released || (PYM_MEMORYVIEW_CHECK(b) && MV(b)->released))
        return pym_bool_from(op == PYM_NE);
    PymObject *other = PYM_MEMORYVIEW_CHECK(b) ? pym_newref(b) : mv_from_object(b);
    if (!other) return NULL;
    PymObject *la = mv_tolist_impl(MV(a)), *lb = la ? mv_tolist_impl(MV(other)) : NULL;
    PYM_DECREF(other);
    if (!lb) {
        PYM_XDECREF(la);
        return NULL;
    }
    int r = pym_object_richcompare_bool(la, lb, PYM_EQ);
    PYM_DECREF(la);
    PYM_DECREF(lb);
    if (r < 0) return NULL;
    return pym_bool_from(op == PYM_EQ ? r : !r);
}

static intptr_t mv_hash(PymObject *self) {
    PymMemoryView *m = MV(self);
    if (m->hash != -1) return m->hash;
    if (check_released(self) < 0) return -1;
    if (!m->view.readonly) {
        pym_err_set_string(PymExc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (strcmp(m->fmt, "B") && strcmp(m->fmt, "b") && strcmp(m->fmt, "c")) {
        pym_err_set_string(PymExc_ValueError,
                           "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    PymObject *b = mv_tobytes_impl(m);
    if (!b) return -1;
    m->hash = pym_object_hash(b);
    PYM_DECREF(b);
    return m->hash;
}

/* ---- methods ---- */

static PymObject *mv_tobytes(ARGS) {
    static const char *const names[] = {"order", NULL};
    PymObject *a[1] = {NULL};
    if (pym_arg_unpack("tobytes", args, nargs, kw, names, 0, 1, a) < 0) return NULL;
    if (check_released(self) < 0) return NULL;
    return mv_tobytes_impl(MV(self));
}

static PymObject *mv_tolist(ARGS) {
    if (pym_arg_count("tolist", nargs, kw, 0, 0) < 0) return NULL;
    if (check_released(self) < 0) return NULL;
    return mv_tolist_impl(MV(self));
}

static PymObject *mv_hex(ARGS) {
    if (check_released(self) < 0) return NULL;
    PymObject *b = mv_tobytes_impl(MV(self));
    if (!b) return NULL;
    PymObject *m = pym_type_lookup(&pym_type_bytes, PYM_ID(hex));
    PymObject *argv[4] = {b, NULL, NULL, NULL};
    size_t total = nargs + pym_arg_nkw(kw);
    if (total > 2) {
        PYM_DECREF(b);
        pym_err_format(PymExc_TypeError, "hex() takes at most 2 arguments (%zd given)",
                       (intptr_t)total);
        return NULL;
    }
    for (size_t i = 0; i < total; i++) argv[i + 1] = args[i];
    PymObject *r = pym_call(m, argv, nargs + 1, kw);
    PYM_DECREF(b);
    return r;
}

static PymObject *mv_release(ARGS) {
    if (pym_arg_count("release", nargs, kw, 0, 0) < 0) return NULL;
    PymMemoryView *m = MV(self);
    if (m->exports > 0) {
        pym_err_format(PymExc_BufferError, "memoryview has %zd exported buffer%s", m->exports,
                       m->exports == 1 ? "" : "s");
        return NULL;
    }
    mv_do_release(m);
    PYM_RETURN_NONE;
}

static PymObject *mv_enter(ARGS) {
    if (check_released(self) < 0) return NULL;
    return pym_newref(self);
}

static PymObject *mv_exit(ARGS) { return mv_release(self, NULL, 0, NULL); }

static PymObject *mv_toreadonly(ARGS) {
    if (pym_arg_count("toreadonly", nargs, kw, 0, 0) < 0) return NULL;
    if (check_released(self) < 0) return NULL;
    PymObject *r = mv_from_object(self);
    if (r) MV(r)->view.readonly = 1;
    return r;
}

static PymObject *mv_cast(ARGS) {
    static const char *const names[] = {"format", "shape", NULL};
    PymObject *a[2] = {NULL, NULL};
    if (pym_arg_unpack("cast", args, nargs, kw, names, 1, 2, a) < 0) return NULL;
    if (check_released(self) < 0) return NULL;
    PymMemoryView *m = MV(self);
    if (!PYM_STR_CHECK(a[0])) {
        pym_err_format(PymExc_TypeError, "cast() argument 'format' must be str, not %s",
                       pym_type_name(a[0]));
        return NULL;
    }
    if (!contiguous(m)) {
        pym_err_set_string(PymExc_TypeError,
                           "memoryview: casts are restricted to C-contiguous views");
        return NULL;
    }
    const char *f = PYM_STR_UTF8(a[0]);
    intptr_t isz = PYM_STR_NBYTES(a[0]) < 8 ? pym_buffer_format_size(f) : 0;
    if (!isz) {
        pym_err_set_string(PymExc_ValueError,
                           "memoryview: destination format must be a native single "
                           "character format prefixed with an optional '@'");
        return NULL;
    }
    bool src_byte = m->view.itemsize == 1 && strchr("Bbc", m->fmt[m->fmt[0] == '@']);
    bool dst_byte = isz == 1 && strchr("Bbc", f[f[0] == '@']);
    if (!src_byte && !dst_byte) {
        pym_err_set_string(PymExc_TypeError,
                           "memoryview: cannot cast between two non-byte formats");
        return NULL;
    }
    intptr_t nbytes = m->count * m->view.itemsize;
    if (nbytes % isz) {
        pym_err_set_string(PymExc_TypeError, "memoryview: length is not a multiple of itemsize");
        return NULL;
    }
    if (a[1] && a[1] != pym_None) {
        bool one = (PYM_LIST_CHECK(a[1]) || PYM_TUPLE_CHECK(a[1])) && PYM_SIZE(a[1]) == 1;
        if (!one) {
            pym_err_set_string(PymExc_NotImplementedError,
                               "memoryview: only one-dimensional casts are supported");
            return NULL;
        }
        PymObject *d = PYM_LIST_CHECK(a[1]) ? PYM_LIST_ITEMS(a[1])[0] : PYM_TUPLE_GET(a[1], 0);
        intptr_t want = pym_number_as_ssize(d, PymExc_OverflowError);
        if (want == -1 && pym_err_occurred()) return NULL;
        if (want * isz != nbytes) {
            pym_err_set_string(PymExc_TypeError,
                               "memoryview: product(shape) * itemsize != buffer size");
            return NULL;
        }
    }
    PymMemoryView *r = (PymMemoryView *)mv_from_object(self);
    if (!r) return NULL;
    snprintf(r->fmt, sizeof r->fmt, "%s", f);
    r->view.itemsize = isz;
    r->count = nbytes / isz;
    r->stride = isz;
    return (PymObject *)r;
}

/* ---- attributes ---- */

#define GETTER(name) static PymObject *mv_get_##name(PymObject *self, void *c)
#define LIVE(self) \
    if (check_released(self) < 0) return NULL; \
    PymMemoryView *m = MV(self)

GETTER(obj) {
    LIVE(self);
    return pym_newref(m->view.obj);
}
GETTER(nbytes) {
    LIVE(self);
    return pym_int_from_ssize(m->count * m->view.itemsize);
}
GETTER(readonly) {
    LIVE(self);
    return pym_bool_from(m->view.readonly);
}
GETTER(itemsize) {
    LIVE(self);
    return pym_int_from_ssize(m->view.itemsize);
}
GETTER(format) {
    LIVE(self);
    return pym_str_from_cstr(m->fmt);
}
GETTER(ndim) {
    LIVE(self);
    (void)m;
    return pym_int_from_long(1);
}
static PymObject *one_tuple(intptr_t v) {
    PymObject *i = pym_int_from_ssize(v);
    if (!i) return NULL;
    PymObject *t = pym_tuple_pack(1, i);
    PYM_DECREF(i);
    return t;
}
GETTER(shape) {
    LIVE(self);
    return one_tuple(m->count);
}
GETTER(strides) {
    LIVE(self);
    return one_tuple(m->stride);
}
GETTER(suboffsets) {
    LIVE(self);
    (void)m;
    return pym_tuple_new(0);
}
GETTER(contiguous) {
    LIVE(self);
    return pym_bool_from(contiguous(m));
}

static PymMethodDef mv_methods[] = {
    {"tobytes", mv_tobytes, 0, "Return the data in the buffer as a byte string."},
    {"tolist", mv_tolist, 0, "Return the data in the buffer as a list of elements."},
    {"hex", mv_hex, 0, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"release", mv_release, 0, "Release the underlying buffer exposed by the memoryview object."},
    {"toreadonly", mv_toreadonly, 0, "Return a readonly version of the memoryview."},
    {"cast", mv_cast, 0, "Cast a memoryview to a new format or shape."},
    {"__enter__", mv_enter, 0, NULL},
    {"__exit__", mv_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PymGetSetDef mv_getset[] = {
    {"obj", mv_get_obj, NULL, "The underlying object of the memoryview.", NULL},
    {"nbytes", mv_get_nbytes, NULL,
     "The amount of space in bytes that the array would use in a contiguous representation.", NULL},
    {"readonly", mv_get_readonly, NULL, "A bool indicating whether the memory is read only.", NULL},
    {"itemsize", mv_get_itemsize, NULL, "The size in bytes of each element of the memoryview.",
     NULL},
    {"format", mv_get_format, NULL,
     "A string containing the format (in struct module style) for each element in the view.", NULL},
    {"ndim", mv_get_ndim, NULL,
     "An integer indicating how many dimensions of a multi-dimensional array the memory "
     "represents.",
     NULL},
    {"shape", mv_get_shape, NULL,
     "A tuple of ndim integers giving the shape of the memory as an N-dimensional array.", NULL},
    {"strides", mv_get_strides, NULL,
     "A tuple of ndim integers giving the size in bytes to access each element for each dimension "
     "of the array.",
     NULL},
    {"suboffsets", mv_get_suboffsets, NULL,
     "A tuple of integers used internally for PIL-style arrays.", NULL},
    {"c_contiguous", mv_get_contiguous, NULL,
     "A bool indicating whether the memory is C contiguous.", NULL},
    {"f_contiguous", mv_get_contiguous, NULL,
     "A bool indicating whether the memory is Fortran contiguous.", NULL},
    {"contiguous", mv_get_contiguous, NULL, "A bool indicating whether the memory is contiguous.",
     NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_type_memoryview = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "memoryview",
    .tp_basicsize = sizeof(PymMemoryView),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_SEQUENCE,
    .tp_dealloc = mv_dealloc,
    .tp_traverse = mv_traverse,
    .tp_clear = mv_clear,
    .tp_repr = mv_repr,
    .tp_hash = mv_hash,
    .tp_richcompare = mv_richcompare,
    .tp_iter = mv_iter,
    .sq_length = mv_length,
    .mp_subscript = mv_subscript,
    .mp_ass_subscript = mv_ass_subscript,
    .tp_weaklistoffset = offsetof(PymMemoryView, weaklist),
    .tp_methods = mv_methods,
    .tp_getset = mv_getset,
    .tp_as_buffer = &mv_as_buffer,
    .tp_base = &pym_type_object,
    .tp_new = mv_new,
    .tp_doc = "Create a new memoryview object which references the given object.",
};

int pym_buffer_types_init(void) {
    if (pym_type_ready(&pym_type_bytearray) < 0 || pym_type_ready(&pym_type_bytearray_iter) < 0 ||
        pym_type_ready(&pym_type_memoryview) < 0 || pym_type_ready(&mviter_type) < 0)
        return -1;
    return 0;
}
