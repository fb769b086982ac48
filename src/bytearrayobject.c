/*
** bytearrayobject.c -- the 'bytearray' type: a mutable byte string.
**
** Layout and growth are CPython's, so sys.getsizeof agrees: a 56-byte
** header (var header, ob_alloc, ob_bytes, ob_start, ob_exports) and a
** separate allocation of ob_alloc bytes (the contents and a NUL).  Resizing
** follows CPython's rule: a moderate growth over-allocates by size/8 plus
** 3 or 6, a large one allocates exactly; shrinking below half the
** allocation reallocates exactly, otherwise keeps the block.  Deleting
** from the front (del b[:n], b[:n] = b'') only advances ob_start.
**
** While a buffer view is exported (memoryview(b)), a size change raises
** BufferError: the view holds a pointer into ob_bytes.
**
** The mutating methods are written here; every other method (find, split,
** upper, partition ...) is the bytes method applied to a bytes copy, with
** bytes results turned back into bytearrays: one implementation of the
** byte-string algorithms for both types.
*/
#include "pym.h"
#include "bytearrayobject.h"
#include "bytes_methods.h"

#define BA(o) ((PymByteArray *)(o))
#define ARGS  PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw

static int can_resize(PymObject *self) {
    if (BA(self)->ob_exports > 0) {
        pym_err_set_string(PymExc_BufferError,
                           "Existing exports of data: object cannot be re-sized");
        return 0;
    }
    return 1;
}

int pym_bytearray_resize(PymObject *self, intptr_t requested) {
    PymByteArray *b = BA(self);
    if (requested < 0) {
        pym_err_format(PymExc_SystemError, "Negative size passed to PyByteArray_Resize");
        return -1;
    }
    if (requested == PYM_SIZE(self)) return 0;
    if (!can_resize(self)) return -1;
    size_t alloc = (size_t)b->ob_alloc, size = (size_t)requested;
    size_t offset = (size_t)(b->ob_start - b->ob_bytes);
    if (size + offset + 1 <= alloc) {
        if (size < alloc / 2) {
            alloc = size + 1; /* major downsize: exact */
        } else {
            PYM_SIZE(self) = requested; /* minor downsize: keep the block */
            b->ob_start[size] = 0;
            return 0;
        }
    } else if (size <= alloc * 1.125) {
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
    } else {
        alloc = size + 1;
    }
    if (alloc > (size_t)PYM_SSIZE_MAX) {
        pym_err_no_memory();
        return -1;
    }
    char *p;
    if (offset > 0) {
        p = pym_obj_malloc(alloc);
        if (!p) {
            pym_err_no_memory();
            return -1;
        }
        memcpy(p, b->ob_start, PYM_MIN(size, (size_t)PYM_SIZE(self)));
        pym_obj_free(b->ob_bytes);
    } else {
        p = pym_obj_realloc(b->ob_bytes, alloc);
        if (!p) {
            pym_err_no_memory();
            return -1;
        }
    }
    b->ob_bytes = b->ob_start = p;
    b->ob_alloc = (intptr_t)alloc;
    PYM_SIZE(self) = requested;
    p[size] = 0;
    return 0;
}

static PymObject *new_of_type(PymType *t, const char *data, intptr_t len) {
    PymObject *o = pym_object_alloc(t, 0);
    if (!o) return NULL;
    if (len > 0) {
        if (pym_bytearray_resize(o, len) < 0) {
            PYM_DECREF(o);
            return NULL;
        }
        if (data)
            memcpy(BA(o)->ob_start, data, (size_t)len);
        else
            memset(BA(o)->ob_start, 0, (size_t)len);
    }
    if (PYM_IS_GC(o)) pym_gc_track(o);
    return o;
}

PymObject *pym_bytearray_from_data(const char *data, intptr_t len) {
    return new_of_type(&pym_type_bytearray, data, len);
}

PymObject *pym_bytearray_new_uninit(intptr_t len) {
    PymObject *o = new_of_type(&pym_type_bytearray, NULL, 0);
    if (o && len > 0 && pym_bytearray_resize(o, len) < 0) PYM_CLEAR(o);
    return o;
}

static void bytearray_dealloc(PymObject *o) {
    if (PYM_IS_GC(o)) pym_gc_untrack(o);
    pym_obj_free(BA(o)->ob_bytes);
    BA(o)->ob_bytes = BA(o)->ob_start = NULL;
    PymType *t = PYM_TYPE(o);
    if (t->tp_free)
        t->tp_free(o);
    else
        pym_object_free(o);
}

/* ---- the buffer protocol ---- */

static int bytearray_getbuffer(PymObject *self, PymBuffer *view, int flags) {
    BA(self)->ob_exports++;
    static char empty[1];
    char *p = BA(self)->ob_start ? BA(self)->ob_start : empty;
    return pym_buffer_fill(view, self, p, PYM_SIZE(self), 1, "B", 0);
}

static void bytearray_releasebuffer(PymObject *self, PymBuffer *view) { BA(self)->ob_exports--; }

static PymBufferProcs bytearray_as_buffer = {bytearray_getbuffer, bytearray_releasebuffer};

/* ---- helpers ---- */

/* A byte value from an int-like object; ValueError "byte must be in
** range(0, 256)".  0 / -1 */
static int byte_of(PymObject *o, unsigned char *out) {
    if (PYM_INT_CHECK_EXACT(o) && pym_int_is_compact(o)) { /* the usual small int */
        intptr_t v = pym_int_compact_value(o);
        if (v < 0 || v > 255) {
            pym_err_set_string(PymExc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        *out = (unsigned char)v;
        return 0;
    }
    if (!PYM_INT_CHECK(o) && !PYM_TYPE(o)->nb_index) {
        pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                       pym_type_name(o));
        return -1;
    }
    int ovf = 0;
    PymObject *iv = pym_number_index(o);
    if (!iv) return -1;
    long long v = pym_int_as_longlong_overflow(iv, &ovf);
    PYM_DECREF(iv);
    if (ovf || v < 0 || v > 255) {
        pym_err_set_string(PymExc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)v;
    return 0;
}

/* The bytes of an assigned value (b[i:j] = v, extend, +=): a buffer
** copy, or the ints of an iterable.  New bytes, NULL + error. */
static PymObject *bytes_of_value(PymObject *v, bool for_slice) {
    if (pym_buffer_check(v)) return pym_bytes_from_buffer(v);
    if (PYM_STR_CHECK(v) || PYM_INT_CHECK(v) || PYM_TYPE(v)->nb_index) {
        if (for_slice)
            pym_err_set_string(
                PymExc_TypeError,
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        else if (PYM_STR_CHECK(v))
            pym_err_set_string(PymExc_TypeError, "expected iterable of integers; got: 'str'");
        else
            pym_err_format(PymExc_TypeError, "can't extend bytearray with %s", pym_type_name(v));
        return NULL;
    }
    PymObject *it = pym_object_getiter(v);
    if (!it) {
        if (pym_err_matches((PymObject *)PymExc_TypeError)) {
            pym_err_clear();
            if (for_slice)
                pym_err_set_string(
                    PymExc_TypeError,
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            else
                pym_err_format(PymExc_TypeError, "can't extend bytearray with %s",
                               pym_type_name(v));
        }
        return NULL;
    }
    intptr_t cap = 32, n = 0;
    char *buf = pym_raw_malloc((size_t)cap);
    if (!buf) {
        PYM_DECREF(it);
        return pym_err_no_memory();
    }
    PymObject *item;
    while ((item = pym_iter_next(it))) {
        unsigned char c;
        int r = byte_of(item, &c);
        PYM_DECREF(item);
        if (r < 0) goto fail;
        if (n == cap) {
            char *nb = pym_raw_realloc(buf, (size_t)(cap *= 2));
            if (!nb) {
                pym_err_no_memory();
                goto fail;
            }
            buf = nb;
        }
        buf[n++] = (char)c;
    }
    if (pym_err_occurred()) goto fail;
    PYM_DECREF(it);
    PymObject *r = pym_bytes_from_data(buf, n);
    pym_raw_free(buf);
    return r;
fail:
    PYM_DECREF(it);
    pym_raw_free(buf);
    return NULL;
}

/* Replaces [lo, hi) by n bytes of data (CPython's bytearray_setslice_linear). 0 / -1 */
static int setslice_linear(PymObject *self, intptr_t lo, intptr_t hi, const char *data,
                           intptr_t n) {
    intptr_t size = PYM_SIZE(self), growth = n - (hi - lo);
    if (growth < 0) {
        if (!can_resize(self)) return -1;
        char *buf = BA(self)->ob_start;
        if (lo == 0) {
            BA(self)->ob_start -= growth; /* drop the front by advancing the start */
        } else {
            memmove(buf + lo + n, buf + hi, (size_t)(size - hi));
        }
        if (pym_bytearray_resize(self, size + growth) < 0) return -1;
    } else if (growth > 0) {
        if (pym_bytearray_resize(self, size + growth) < 0) return -1;
        char *buf = BA(self)->ob_start;
        memmove(buf + lo + n, buf + hi, (size_t)(size - hi));
    }
    if (n > 0) memcpy(BA(self)->ob_start + lo, data, (size_t)n);
    return 0;
}

/* ---- construction ---- */

static PymObject *bytearray_new(PymType *type, PymObject *const *args, size_t nargs,
                                PymObject *kw) {
    PymObject *o = pym_object_alloc(type, 0);
    if (o && PYM_IS_GC(o)) pym_gc_track(o);
    return o;
}

/* bytearray(source=b'', encoding=None, errors=None) */
static int bytearray_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    PymObject *a[3] = {NULL, NULL, NULL};
    if (pym_arg_unpack("bytearray", args, nargs, kw, names, 0, 3, a) < 0) return -1;
    PymObject *src = a[0];
    if (PYM_SIZE(self) && pym_bytearray_resize(self, 0) < 0) return -1;
    if (!src) {
        if (a[1] || a[2]) {
            pym_err_set_string(PymExc_TypeError, a[1] ? "encoding without a string argument"
                                                      : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    PymObject *data = NULL;
    if (PYM_STR_CHECK(src)) {
        if (!a[1]) {
            pym_err_set_string(PymExc_TypeError, "string argument without an encoding");
            return -1;
        }
        PymObject *ea[2] = {a[1], a[2]};
        data = pym_call_method(src, PYM_ID(encode), ea, a[2] ? 2 : 1);
        if (!data) return -1;
    } else if (a[1] || a[2]) {
        pym_err_set_string(PymExc_TypeError, a[1] ? "encoding without a string argument"
                                                  : "errors without a string argument");
        return -1;
    } else if (PYM_INT_CHECK(src) || PYM_TYPE(src)->nb_index) {
        intptr_t n = pym_number_as_ssize(src, PymExc_OverflowError);
        if (n == -1 && pym_err_occurred()) return -1;
        if (n < 0) {
            pym_err_set_string(PymExc_ValueError, "negative count");
            return -1;
        }
        if (pym_bytearray_resize(self, n) < 0) return -1;
        if (n) memset(BA(self)->ob_start, 0, (size_t)n);
        return 0;
    } else if (pym_buffer_check(src)) {
        data = pym_bytes_from_buffer(src);
        if (!data) return -1;
    } else if (PYM_LIST_CHECK_EXACT(src) || PYM_TUPLE_CHECK_EXACT(src)) {
        data = bytes_of_value(src, false);
        if (!data) return -1;
    } else {
        /* any other iterable: appended one by one, with append's growth */
        PymObject *it = pym_object_getiter(src);
        if (!it) {
            if (pym_err_matches((PymObject *)PymExc_TypeError)) {
                pym_err_clear();
                pym_err_format(PymExc_TypeError, "cannot convert '%s' object to bytearray",
                               pym_type_name(src));
            }
            return -1;
        }
        PymObject *item;
        while ((item = pym_iter_next(it))) {
            unsigned char c;
            int r = byte_of(item, &c);
            PYM_DECREF(item);
            if (r < 0) break;
            intptr_t n = PYM_SIZE(self);
            if (n + 1 < BA(self)->ob_alloc) {
                PYM_SIZE(self) = n + 1;
                BA(self)->ob_start[n + 1] = 0;
            } else if (pym_bytearray_resize(self, n + 1) < 0) {
                break;
            }
            BA(self)->ob_start[n] = (char)c;
        }
        PYM_DECREF(it);
        return pym_err_occurred() ? -1 : 0;
    }
    intptr_t n = PYM_BYTES_LEN(data);
    int r = pym_bytearray_resize(self, n);
    if (r == 0 && n) memcpy(BA(self)->ob_start, PYM_BYTES_DATA(data), (size_t)n);
    PYM_DECREF(data);
    return r;
}

/* ---- basic protocol ---- */

static PymObject *as_bytes(PymObject *self) {
    return pym_bytes_from_data(BA(self)->ob_start, PYM_SIZE(self));
}

static PymObject *bytearray_repr(PymObject *self) {
    PymObject *b = as_bytes(self);
    if (!b) return NULL;
    PymObject *r = pym_bytes_repr(b);
    PYM_DECREF(b);
    if (!r) return NULL;
    PymObject *s = pym_str_from_format("%s(%U)", pym_type_name(self), r);
    PYM_DECREF(r);
    return s;
}

static PymObject *bytearray_richcompare(PymObject *a, PymObject *b, int op) {
    if (!pym_buffer_check(a) || !pym_buffer_check(b) || PYM_MEMORYVIEW_CHECK(b) ||
        PYM_MEMORYVIEW_CHECK(a))
        PYM_RETURN_NOTIMPL;
    PymBuffer va, vb;
    if (pym_object_get_buffer(a, &va, PYM_BUF_SIMPLE) < 0) {
        pym_err_clear();
        PYM_RETURN_NOTIMPL;
    }
    if (pym_object_get_buffer(b, &vb, PYM_BUF_SIMPLE) < 0) {
        pym_buffer_release(&va);
        pym_err_clear();
        PYM_RETURN_NOTIMPL;
    }
    int c;
    if ((op == PYM_EQ || op == PYM_NE) && va.len != vb.len)
        c = 1;
    else {
        c = memcmp(va.buf, vb.buf, (size_t)PYM_MIN(va.len, vb.len));
        if (!c) c = va.len < vb.len ? -1 : va.len > vb.len ? 1 : 0;
    }
    pym_buffer_release(&va);
    pym_buffer_release(&vb);
    int r;
    switch (op) {
    case PYM_EQ: r = c == 0; break;
    case PYM_NE: r = c != 0; break;
    case PYM_LT: r = c < 0; break;
    case PYM_LE: r = c <= 0; break;
    case PYM_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return pym_bool_from(r);
}

static intptr_t bytearray_length(PymObject *self) { return PYM_SIZE(self); }

static PymObject *bytearray_subscript(PymObject *self, PymObject *key) {
    intptr_t len = PYM_SIZE(self);
    if (PYM_INT_CHECK(key) || PYM_TYPE(key)->nb_index) {
        intptr_t i = pym_number_as_ssize(key, PymExc_IndexError);
        if (i == -1 && pym_err_occurred()) return NULL;
        if (i < 0) i += len;
        if (i < 0 || i >= len) {
            pym_err_set_string(PymExc_IndexError, "bytearray index out of range");
            return NULL;
        }
        return pym_int_from_long((unsigned char)BA(self)->ob_start[i]);
    }
    if (PYM_SLICE_CHECK(key)) {
        intptr_t start, stop, step;
        intptr_t n = pym_slice_indices(key, len, &start, &stop, &step);
        if (n < 0) return NULL;
        if (step == 1) return pym_bytearray_from_data(BA(self)->ob_start + start, n);
        PymObject *r = pym_bytearray_new_uninit(n);
        if (!r) return NULL;
        if (n) pym_bytes_copy_strided(BA(r)->ob_start, BA(self)->ob_start + start, n, step);
        return r;
    }
    pym_err_format(PymExc_TypeError, "bytearray indices must be integers or slices, not %s",
                   pym_type_name(key));
    return NULL;
}

static int bytearray_ass_subscript(PymObject *self, PymObject *key, PymObject *value) {
    intptr_t len = PYM_SIZE(self);
    if (PYM_INT_CHECK(key) || PYM_TYPE(key)->nb_index) {
        intptr_t i;
        if (PYM_INT_CHECK_EXACT(key) && pym_int_is_compact(key)) {
            i = pym_int_compact_value(key);
        } else {
            i = pym_number_as_ssize(key, PymExc_IndexError);
            if (i == -1 && pym_err_occurred()) return -1;
        }
        if (i < 0) i += len;
        if (i < 0 || i >= len) {
            pym_err_set_string(PymExc_IndexError, "bytearray index out of range");
            return -1;
        }
        if (!value) return setslice_linear(self, i, i + 1, NULL, 0);
        unsigned char c;
        if (byte_of(value, &c) < 0) return -1;
        BA(self)->ob_start[i] = (char)c;
        return 0;
    }
    if (!PYM_SLICE_CHECK(key)) {
        pym_err_format(PymExc_TypeError, "bytearray indices must be integers or slices, not %s",
                       pym_type_name(key));
        return -1;
    }
    intptr_t start, stop, step;
    intptr_t n = pym_slice_indices(key, len, &start, &stop, &step);
    if (n < 0) return -1;
    PymObject *data = NULL;
    if (value) {
        if (value == self)
            data = as_bytes(self);
        else
            data = bytes_of_value(value, true);
        if (!data) return -1;
    }
    int rc = 0;
    if (step == 1) {
        if (stop < start) stop = start;
        rc = setslice_linear(self, start, stop, data ? PYM_BYTES_DATA(data) : NULL,
                             data ? PYM_BYTES_LEN(data) : 0);
    } else if (!data) {
        /* delete an extended slice: keep the others, in order */
        if (n > 0) {
            if (!can_resize(self)) return -1;
            if (step < 0) {
                start = start + step * (n - 1);
                step = -step;
            }
            char *b = BA(self)->ob_start;
            intptr_t w = 0;
            for (intptr_t i = 0, k = 0; i < len; i++) {
                if (k < n && i == start + k * step) {
                    k++;
                    continue;
                }
                b[w++] = b[i];
            }
            rc = pym_bytearray_resize(self, w);
        }
    } else if (PYM_BYTES_LEN(data) != n) {
        pym_err_format(PymExc_ValueError,
                       "attempt to assign bytes of size %zd to extended slice of size %zd",
                       PYM_BYTES_LEN(data), n);
        rc = -1;
    } else {
        for (intptr_t k = 0; k < n; k++) /* start + k*step: no overflow past the end */
            BA(self)->ob_start[start + k * step] = PYM_BYTES_DATA(data)[k];
    }
    PYM_XDECREF(data);
    return rc;
}

static int bytearray_contains(PymObject *self, PymObject *item) {
    PymObject *b = as_bytes(self);
    if (!b) return -1;
    int r = PYM_TYPE(b)->sq_contains(b, item);
    PYM_DECREF(b);
    return r;
}

static PymObject *bytearray_add(PymObject *a, PymObject *b) {
    if (!PYM_BYTEARRAY_CHECK(a)) PYM_RETURN_NOTIMPL;
    if (!pym_buffer_check(b)) {
        pym_err_format(PymExc_TypeError, "can't concat %s to %s", pym_type_name(b),
                       pym_type_name(a));
        return NULL;
    }
    PymBuffer v;
    if (pym_object_get_buffer(b, &v, PYM_BUF_SIMPLE) < 0) return NULL;
    PymObject *r = pym_bytearray_from_data(NULL, PYM_SIZE(a) + v.len);
    if (r) {
        memcpy(BA(r)->ob_start, BA(a)->ob_start, (size_t)PYM_SIZE(a));
        memcpy(BA(r)->ob_start + PYM_SIZE(a), v.buf, (size_t)v.len);
    }
    pym_buffer_release(&v);
    return r;
}

static PymObject *bytearray_iadd(PymObject *a, PymObject *b) {
    if (!PYM_BYTEARRAY_CHECK(a)) PYM_RETURN_NOTIMPL;
    if (!pym_buffer_check(b)) {
        pym_err_format(PymExc_TypeError, "can't concat %s to %s", pym_type_name(b),
                       pym_type_name(a));
        return NULL;
    }
    PymObject *data = pym_bytes_from_buffer(b);
    if (!data) return NULL;
    intptr_t n = PYM_SIZE(a);
    int r = pym_bytearray_resize(a, n + PYM_BYTES_LEN(data));
    if (r == 0) memcpy(BA(a)->ob_start + n, PYM_BYTES_DATA(data), (size_t)PYM_BYTES_LEN(data));
    PYM_DECREF(data);
    return r < 0 ? NULL : pym_newref(a);
}

/* count for '*': 1 ok, 0 NotImplemented, -1 error */
static int repeat_count(PymObject *n, intptr_t *out) {
    if (!PYM_INT_CHECK(n) && !PYM_TYPE(n)->nb_index) return 0;
    *out = pym_number_as_ssize(n, PymExc_OverflowError);
    if (*out == -1 && pym_err_occurred()) return -1;
    if (*out < 0) *out = 0;
    return 1;
}

static PymObject *bytearray_mul(PymObject *a, PymObject *b) {
    PymObject *s = a, *n = b;
    if (!PYM_BYTEARRAY_CHECK(a)) {
        s = b;
        n = a;
    }
    intptr_t count;
    int r = repeat_count(n, &count);
    if (r < 0) return NULL;
    if (r == 0) {
        pym_err_format(PymExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                       pym_type_name(n));
        return NULL;
    }
    intptr_t len = PYM_SIZE(s);
    if (len && count > PYM_SSIZE_MAX / len) return pym_err_no_memory();
    PymObject *res = pym_bytearray_from_data(NULL, len * count);
    if (!res) return NULL;
    for (intptr_t i = 0; i < count; i++)
        memcpy(BA(res)->ob_start + i * len, BA(s)->ob_start, (size_t)len);
    return res;
}

static PymObject *bytearray_imul(PymObject *a, PymObject *b) {
    if (!PYM_BYTEARRAY_CHECK(a)) PYM_RETURN_NOTIMPL;
    intptr_t count;
    int r = repeat_count(b, &count);
    if (r < 0) return NULL;
    if (r == 0) {
        pym_err_format(PymExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                       pym_type_name(b));
        return NULL;
    }
    intptr_t len = PYM_SIZE(a);
    if (len && count > PYM_SSIZE_MAX / len) return pym_err_no_memory();
    if (pym_bytearray_resize(a, len * count) < 0) return NULL;
    for (intptr_t i = 1; i < count; i++)
        memcpy(BA(a)->ob_start + i * len, BA(a)->ob_start, (size_t)len);
    return pym_newref(a);
}

static PymObject *bytearray_mod(PymObject *a, PymObject *b) {
    if (!PYM_BYTEARRAY_CHECK(a)) PYM_RETURN_NOTIMPL;
    PymObject *fa = as_bytes(a);
    if (!fa) return NULL;
    PymObject *r = pym_number_binop(fa, b, PYM_NB_REMAINDER);
    PYM_DECREF(fa);
    if (r && PYM_BYTES_CHECK(r)) {
        PymObject *t = pym_bytearray_from_data(PYM_BYTES_DATA(r), PYM_BYTES_LEN(r));
        PYM_DECREF(r);
        r = t;
    }
    return r;
}

/* ---- iteration: by index over the live contents ---- */

typedef struct {
    PymObject ob_base;
    intptr_t index;
    PymObject *seq; /* NULL when exhausted */
} BAIter;

static void baiter_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    PYM_XDECREF(((BAIter *)o)->seq);
    pym_object_free(o);
}
static int baiter_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((BAIter *)o)->seq);
    return 0;
}
static PymObject *baiter_self(PymObject *o) { return pym_newref(o); }
static PymObject *baiter_next(PymObject *o) {
    BAIter *it = (BAIter *)o;
    if (!it->seq) return NULL;
    if (it->index < PYM_SIZE(it->seq))
        return pym_int_small((unsigned char)BA(it->seq)->ob_start[it->index++]);
    PYM_CLEAR(it->seq);
    return NULL;
}
static PymObject *baiter_length_hint(ARGS) {
    BAIter *it = (BAIter *)self;
    return pym_int_from_ssize(it->seq ? PYM_MAX(PYM_SIZE(it->seq) - it->index, 0) : 0);
}
static PymMethodDef baiter_methods[] = {
    {"__length_hint__", baiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PymType pym_type_bytearray_iter = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "bytearray_iterator",
    .tp_basicsize = sizeof(BAIter),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = baiter_dealloc,
    .tp_traverse = baiter_traverse,
    .tp_iter = baiter_self,
    .tp_iternext = baiter_next,
    .tp_methods = baiter_methods,
    .tp_base = &pym_type_object,
};

static PymObject *bytearray_iter(PymObject *self) {
    BAIter *it = (BAIter *)pym_object_alloc(&pym_type_bytearray_iter, 0);
    if (!it) return NULL;
    it->seq = pym_newref(self);
    pym_gc_track((PymObject *)it);
    return (PymObject *)it;
}

/* ---- mutating methods ---- */

static PymObject *ba_append(ARGS) {
    if (pym_arg_count("append", nargs, kw, 1, 1) < 0) return NULL;
    unsigned char c;
    if (byte_of(args[0], &c) < 0) return NULL;
    intptr_t n = PYM_SIZE(self);
    if (pym_bytearray_resize(self, n + 1) < 0) return NULL;
    BA(self)->ob_start[n] = (char)c;
    PYM_RETURN_NONE;
}

static PymObject *ba_extend(ARGS) {
    if (pym_arg_count("extend", nargs, kw, 1, 1) < 0) return NULL;
    PymObject *v = args[0];
    PymObject *data;
    if (pym_buffer_check(v)) {
        data = pym_bytes_from_buffer(v);
    } else if (PYM_STR_CHECK(v)) {
        pym_err_set_string(PymExc_TypeError, "'str' object cannot be interpreted as an integer");
        return NULL;
    } else {
        data = bytes_of_value(v, false);
    }
    if (!data) return NULL;
    intptr_t n = PYM_SIZE(self);
    int r = setslice_linear(self, n, n, PYM_BYTES_DATA(data), PYM_BYTES_LEN(data));
    PYM_DECREF(data);
    if (r < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *ba_insert(ARGS) {
    if (pym_arg_count("insert", nargs, kw, 2, 2) < 0) return NULL;
    if (!PYM_INT_CHECK(args[0]) && !PYM_TYPE(args[0])->nb_index) {
        pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                       pym_type_name(args[0]));
        return NULL;
    }
    intptr_t i = pym_number_as_ssize(args[0], NULL);
    if (i == -1 && pym_err_occurred()) return NULL;
    unsigned char c;
    if (byte_of(args[1], &c) < 0) return NULL;
    intptr_t n = PYM_SIZE(self);
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    char cc = (char)c;
    if (setslice_linear(self, i, i, &cc, 1) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *ba_pop(ARGS) {
    if (pym_arg_count("pop", nargs, kw, 0, 1) < 0) return NULL;
    intptr_t n = PYM_SIZE(self), i = -1;
    if (nargs) {
        if (!PYM_INT_CHECK(args[0]) && !PYM_TYPE(args[0])->nb_index) {
            pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                           pym_type_name(args[0]));
            return NULL;
        }
        i = pym_number_as_ssize(args[0], PymExc_OverflowError);
        if (i == -1 && pym_err_occurred()) return NULL;
    }
    if (n == 0) {
        pym_err_set_string(PymExc_IndexError, "pop from empty bytearray");
        return NULL;
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        pym_err_set_string(PymExc_IndexError, "pop index out of range");
        return NULL;
    }
    if (!can_resize(self)) return NULL;
    unsigned char c = (unsigned char)BA(self)->ob_start[i];
    memmove(BA(self)->ob_start + i, BA(self)->ob_start + i + 1, (size_t)(n - i - 1));
    if (pym_bytearray_resize(self, n - 1) < 0) return NULL;
    return pym_int_from_long(c);
}

static PymObject *ba_remove(ARGS) {
    if (pym_arg_count("remove", nargs, kw, 1, 1) < 0) return NULL;
    unsigned char c;
    if (byte_of(args[0], &c) < 0) return NULL;
    intptr_t n = PYM_SIZE(self);
    char *p = n ? memchr(BA(self)->ob_start, c, (size_t)n) : NULL;
    if (!p) {
        pym_err_set_string(PymExc_ValueError, "value not found in bytearray");
        return NULL;
    }
    if (!can_resize(self)) return NULL;
    intptr_t i = p - BA(self)->ob_start;
    memmove(p, p + 1, (size_t)(n - i - 1));
    if (pym_bytearray_resize(self, n - 1) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *ba_reverse(ARGS) {
    if (pym_arg_count("reverse", nargs, kw, 0, 0) < 0) return NULL;
    char *b = BA(self)->ob_start;
    for (intptr_t i = 0, j = PYM_SIZE(self) - 1; i < j; i++, j--) {
        char t = b[i];
        b[i] = b[j];
        b[j] = t;
    }
    PYM_RETURN_NONE;
}

static PymObject *ba_clear(ARGS) {
    if (pym_arg_count("clear", nargs, kw, 0, 0) < 0) return NULL;
    if (pym_bytearray_resize(self, 0) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *ba_copy(ARGS) {
    if (pym_arg_count("copy", nargs, kw, 0, 0) < 0) return NULL;
    return pym_bytearray_from_data(BA(self)->ob_start, PYM_SIZE(self));
}

static PymObject *ba_alloc(ARGS) {
    if (pym_arg_count("__alloc__", nargs, kw, 0, 0) < 0) return NULL;
    return pym_int_from_ssize(BA(self)->ob_alloc);
}

static PymObject *ba_sizeof(ARGS) {
    if (pym_arg_count("__sizeof__", nargs, kw, 0, 0) < 0) return NULL;
    return pym_int_from_ssize(PYM_TYPE(self)->tp_basicsize + BA(self)->ob_alloc);
}

/* bytearray.__reduce_ex__(proto) and __reduce__() (which is protocol 2), as
** CPython: (type, (), state) when empty, else below protocol 3 (type,
** (latin-1 str, 'latin-1'), state) and from 3 on (type, (bytes,), state);
** state is the instance dict of a subclass, else None. */
static PymObject *ba_reduce_common(PymObject *self, intptr_t proto) {
    PymObject **dp = pym_object_dict_ptr(self);
    PymObject *dict = dp && *dp ? pym_newref(*dp) : pym_newref(pym_None);
    PymObject *argt;
    if (PYM_SIZE(self) == 0) {
        argt = pym_tuple_new(0);
    } else if (proto < 3) {
        PymObject *text = pym_str_from_kind(1, BA(self)->ob_start, PYM_SIZE(self));
        PymObject *enc = text ? pym_str_from_cstr("latin-1") : NULL;
        argt = enc ? pym_tuple_pack(2, text, enc) : NULL;
        PYM_XDECREF(text);
        PYM_XDECREF(enc);
    } else {
        PymObject *b = as_bytes(self);
        argt = b ? pym_tuple_pack(1, b) : NULL;
        PYM_XDECREF(b);
    }
    PymObject *r = argt ? pym_tuple_pack(3, (PymObject *)PYM_TYPE(self), argt, dict) : NULL;
    PYM_XDECREF(argt);
    PYM_DECREF(dict);
    return r;
}

static PymObject *ba_reduce_ex(ARGS) {
    if (pym_arg_count("__reduce_ex__", nargs, kw, 0, 1) < 0) return NULL;
    intptr_t proto = 0;
    if (nargs == 1) {
        proto = pym_int_as_ssize(args[0]);
        if (proto == -1 && pym_err_occurred()) return NULL;
    }
    return ba_reduce_common(self, proto);
}

static PymObject *ba_reduce(ARGS) {
    if (pym_arg_count("__reduce__", nargs, kw, 0, 0) < 0) return NULL;
    return ba_reduce_common(self, 2);
}

/* ---- the non-mutating methods: the bytes method on a bytes copy ---- */

/* A bytes result as a bytearray; lists and tuples converted item by item.  Steals r. */
static PymObject *to_bytearray(PymObject *r) {
    if (!r) return NULL;
    if (PYM_TYPE(r) == &pym_type_bytes) {
        PymObject *t = pym_bytearray_from_data(PYM_BYTES_DATA(r), PYM_BYTES_LEN(r));
        PYM_DECREF(r);
        return t;
    }
    if (PYM_LIST_CHECK_EXACT(r) || PYM_TUPLE_CHECK_EXACT(r)) {
        PymObject **items = PYM_LIST_CHECK_EXACT(r) ? PYM_LIST_ITEMS(r) : PYM_TUPLE_ITEMS(r);
        for (intptr_t i = 0; i < PYM_SIZE(r); i++) {
            if (PYM_TYPE(items[i]) != &pym_type_bytes) continue;
            PymObject *t = pym_bytearray_from_data(PYM_BYTES_DATA(items[i]),
                                                   PYM_BYTES_LEN(items[i]));
            if (!t) {
                PYM_DECREF(r);
                return NULL;
            }
            PYM_SETREF(items[i], t);
        }
    }
    return r;
}

static PymObject *delegate(const char *name, bool convert, PymObject *self, PymObject *const *args,
                           size_t nargs, PymObject *kw) {
    size_t nk = pym_arg_nkw(kw), total = nargs + nk;
    PymObject *small[8],
        **argv = total + 1 <= 8 ? small : pym_raw_malloc(sizeof(PymObject *) * (total + 1));
    if (!argv) return pym_err_no_memory();
    PymObject *r = NULL;
    size_t made = 0;
    argv[0] = as_bytes(self);
    if (!argv[0]) goto done;
    made = 1;
    for (size_t i = 0; i < total; i++, made++) {
        PymObject *a = args[i];
        /* bytearray and memoryview arguments become bytes for the bytes method */
        if (!PYM_BYTES_CHECK(a) && pym_buffer_check(a))
            a = pym_bytes_from_buffer(a);
        else
            PYM_INCREF(a);
        if (!a) goto done;
        argv[i + 1] = a;
    }
    PymObject *m = pym_type_lookup(&pym_type_bytes, pym_str_intern_cstr(name));
    if (!m) {
        pym_err_format(PymExc_AttributeError, "'bytearray' object has no attribute '%s'", name);
        goto done;
    }
    r = pym_call(m, argv, nargs + 1, kw);
    if (r && convert) r = to_bytearray(r);
done:
    for (size_t i = 0; i < made; i++) PYM_DECREF(argv[i]);
    if (argv != small) pym_raw_free(argv);
    return r;
}

#define DELEGATE(name, conv) \
    static PymObject *ba_##name(ARGS) { return delegate(#name, conv, self, args, nargs, kw); }

DELEGATE(capitalize, true)
DELEGATE(center, true)
DELEGATE(count, false)
DELEGATE(decode, false)
DELEGATE(endswith, false)
DELEGATE(expandtabs, true)
DELEGATE(find, false)
DELEGATE(hex, false)
DELEGATE(index, false)
DELEGATE(isalnum, false)
DELEGATE(isalpha, false)
DELEGATE(isascii, false)
DELEGATE(isdigit, false)
DELEGATE(islower, false)
DELEGATE(isspace, false)
DELEGATE(istitle, false)
DELEGATE(isupper, false)
DELEGATE(join, true)
DELEGATE(ljust, true)
DELEGATE(lower, true)
DELEGATE(lstrip, true)
DELEGATE(partition, true)
DELEGATE(removeprefix, true)
DELEGATE(removesuffix, true)
DELEGATE(replace, true)
DELEGATE(rfind, false)
DELEGATE(rindex, false)
DELEGATE(rjust, true)
DELEGATE(rpartition, true)
DELEGATE(rsplit, true)
DELEGATE(rstrip, true)
DELEGATE(split, true)
DELEGATE(splitlines, true)
DELEGATE(startswith, false)
DELEGATE(strip, true)
DELEGATE(swapcase, true)
DELEGATE(title, true)
DELEGATE(upper, true)
DELEGATE(zfill, true)

static PymObject *ba_translate(ARGS) { return pym_bytes_translate(self, args, nargs, kw, true); }

/* bytearray.fromhex(string): a classmethod; subclasses get cls(result) */
static PymObject *ba_fromhex(PymObject *cls, PymObject *const *args, size_t nargs, PymObject *kw) {
    PymObject *m = pym_type_lookup(&pym_type_bytes, PYM_ID(fromhex));
    PymObject *f = m ? pym_object_getattr((PymObject *)&pym_type_bytes, PYM_ID(fromhex)) : NULL;
    if (!f) return NULL;
    PymObject *b = pym_call(f, args, nargs, kw);
    PYM_DECREF(f);
    if (!b) return NULL;
    PymObject *r;
    if (cls == (PymObject *)&pym_type_bytearray)
        r = to_bytearray(b);
    else {
        r = pym_call_onearg(cls, b);
        PYM_DECREF(b);
    }
    return r;
}

static PymObject *ba_maketrans(PymObject *unused, PymObject *const *args, size_t nargs,
                               PymObject *kw) {
    PymObject *m = pym_object_getattr((PymObject *)&pym_type_bytes, PYM_ID(maketrans));
    if (!m) return NULL;
    PymObject *r = pym_call(m, args, nargs, kw);
    PYM_DECREF(m);
    return r;
}

static PymMethodDef bytearray_methods[] = {
    {"append", ba_append, 0, "Append a single item to the end of the bytearray."},
    {"clear", ba_clear, 0, "Remove all items from the bytearray."},
    {"copy", ba_copy, 0, "Return a copy of B."},
    {"extend", ba_extend, 0,
     "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", ba_insert, 0, "Insert a single item into the bytearray before the given index."},
    {"pop", ba_pop, 0, "Remove and return a single item from B."},
    {"remove", ba_remove, 0, "Remove the first occurrence of a value in the bytearray."},
    {"reverse", ba_reverse, 0, "Reverse the order of the values in B in place."},
    {"__alloc__", ba_alloc, 0, "B.__alloc__() -> int"},
    {"__sizeof__", ba_sizeof, 0, "Returns the size of the bytearray object in memory, in bytes."},
    {"__reduce_ex__", ba_reduce_ex, 0, "Return state information for pickling."},
    {"__reduce__", ba_reduce, 0, "Return state information for pickling."},
    {"fromhex", ba_fromhex, PYM_METH_CLASS,
     "Create a bytearray object from a string of hexadecimal numbers."},
    {"maketrans", ba_maketrans, PYM_METH_STATIC,
     "Return a translation table useable for the bytes or bytearray translate method."},
#define E(name) {#name, ba_##name, 0, NULL},
    E(capitalize) E(center) E(count) E(decode) E(endswith) E(expandtabs) E(find) E(hex) E(index)
        E(isalnum) E(isalpha) E(isascii) E(isdigit) E(islower) E(isspace) E(istitle) E(isupper)
            E(join) E(ljust) E(lower) E(lstrip) E(partition) E(removeprefix) E(removesuffix)
                E(replace) E(rfind) E(rindex) E(rjust) E(rpartition) E(rsplit) E(rstrip) E(split)
                    E(splitlines) E(startswith) E(strip) E(swapcase) E(title) E(translate) E(upper)
                        E(zfill)
#undef E
                            {NULL, NULL, 0, NULL},
};

PymType pym_type_bytearray = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "bytearray",
    .tp_basicsize = sizeof(PymByteArray),
    .tp_flags = PYM_TPFLAGS_BASETYPE | PYM_TPFLAGS_SEQ_CONCAT,
    .tp_dealloc = bytearray_dealloc,
    .tp_repr = bytearray_repr,
    .tp_str = bytearray_repr,
    .tp_richcompare = bytearray_richcompare,
    .tp_iter = bytearray_iter,
    .nb_binop =
        {
            [PYM_NB_ADD] = bytearray_add,
            [PYM_NB_MULTIPLY] = bytearray_mul,
            [PYM_NB_REMAINDER] = bytearray_mod,
            [PYM_NB_INPLACE + PYM_NB_ADD] = bytearray_iadd,
            [PYM_NB_INPLACE + PYM_NB_MULTIPLY] = bytearray_imul,
        },
    .sq_length = bytearray_length,
    .mp_subscript = bytearray_subscript,
    .mp_ass_subscript = bytearray_ass_subscript,
    .sq_contains = bytearray_contains,
    .tp_methods = bytearray_methods,
    .tp_as_buffer = &bytearray_as_buffer,
    .tp_base = &pym_type_object,
    .tp_new = bytearray_new,
    .tp_init = bytearray_init,
    .tp_free = pym_object_free,
    .tp_doc =
        "bytearray(iterable_of_ints) -> bytearray\n"
        "bytearray(string, encoding[, errors]) -> bytearray\n"
        "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
        "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
        "bytearray() -> empty bytes array",
};
