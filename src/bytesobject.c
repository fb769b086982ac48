/*
** bytesobject.c -- the bytes type: CPython's layout (var header, cached
** hash, the bytes and a NUL: getsizeof(bytes(n)) == 33 + n), construction
** from counts, iterables and str, repr with CPython's escapes, indexing,
** slicing, concatenation, repetition, containment, comparison, iteration
** and the common methods (decode, hex, fromhex, find family, split, strip,
** join, replace, case and class tests).  b'' and 1-byte values are cached.
*/
#define _GNU_SOURCE 1
#include "pym.h"
#include "buffer.h"
#include "bytes_methods.h"

#define BYTES_HEADER ((intptr_t)offsetof(PymBytes, ob_sval))

static PymObject *empty_bytes;
static PymObject *byte_cache[256];

/* Allocates a bytes object of type t with len bytes (uninitialized) + NUL. */
static PymObject *bytes_alloc(PymType *t, intptr_t len) {
    if (len < 0) {
        pym_err_set_string(PymExc_SystemError, "negative bytes length");
        return NULL;
    }
    PymBytes *b = (PymBytes *)pym_object_alloc(t, len);
    if (!b) return NULL;
    PYM_SIZE(b) = len;
    b->ob_shash = -1;
    b->ob_sval[len] = 0;
    return (PymObject *)b;
}

PymObject *pym_bytes_new_uninit(intptr_t len) { return bytes_alloc(&pym_type_bytes, len); }

PymObject *pym_bytes_from_data(const char *data, intptr_t len) {
    if (len == 0) {
        if (!empty_bytes) {
            if (!(empty_bytes = bytes_alloc(&pym_type_bytes, 0))) return NULL;
            pym_leakcheck_immortal(empty_bytes); /* a process-lifetime cache */
        }
        return pym_newref(empty_bytes);
    }
    if (len == 1 && data) {
        unsigned char c = (unsigned char)data[0];
        if (!byte_cache[c]) {
            PymObject *b = bytes_alloc(&pym_type_bytes, 1);
            if (!b) return NULL;
            PYM_BYTES_DATA(b)[0] = (char)c;
            byte_cache[c] = b;
            pym_leakcheck_immortal(b);
        }
        return pym_newref(byte_cache[c]);
    }
    PymObject *b = bytes_alloc(&pym_type_bytes, len);
    if (b && data) memcpy(PYM_BYTES_DATA(b), data, (size_t)len);
    return b;
}

PymObject *pym_bytes_repr(PymObject *b) {
    const unsigned char *p = (const unsigned char *)PYM_BYTES_DATA(b);
    intptr_t n = PYM_BYTES_LEN(b);
    bool sq = memchr(p, '\'', (size_t)n) != NULL, dq = memchr(p, '"', (size_t)n) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    PymStrBuilder sb;
    pym_sb_init(&sb);
    pym_sb_append(&sb, "b", 1);
    pym_sb_append(&sb, &quote, 1);
    static const char hx[] = "0123456789abcdef";
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == (unsigned char)quote || c == '\\') {
            char e[2] = {'\\', (char)c};
            pym_sb_append(&sb, e, 2);
        } else if (c == '\t')
            pym_sb_append(&sb, "\\t", 2);
        else if (c == '\n')
            pym_sb_append(&sb, "\\n", 2);
        else if (c == '\r')
            pym_sb_append(&sb, "\\r", 2);
        else if (c < 0x20 || c >= 0x7F) {
            char e[4] = {'\\', 'x', hx[c >> 4], hx[c & 15]};
            pym_sb_append(&sb, e, 4);
        } else
            pym_sb_append(&sb, (const char *)&c, 1);
    }
    pym_sb_append(&sb, &quote, 1);
    return pym_sb_finish(&sb);
}

/* ---- construction ---- */

static int byte_value(PymObject *o, unsigned char *out) {
    if (!PYM_INT_CHECK(o) && !PYM_TYPE(o)->nb_index) {
        pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                       pym_type_name(o));
        return -1;
    }
    PymObject *iv = pym_number_index(o);
    if (!iv) return -1;
    int ovf;
    long long v = pym_int_as_longlong_overflow(iv, &ovf);
    PYM_DECREF(iv);
    if (ovf || v < 0 || v > 255) {
        pym_err_set_string(PymExc_ValueError, "bytes must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)v;
    return 0;
}

PymObject *pym_bytes_from_object(PymObject *o) {
    if (PYM_BYTES_CHECK(o)) {
        if (PYM_TYPE(o) == &pym_type_bytes) return pym_newref(o);
        return pym_bytes_from_data(PYM_BYTES_DATA(o), PYM_BYTES_LEN(o));
    }
    if (PYM_STR_CHECK(o)) {
        pym_err_set_string(PymExc_TypeError, "string argument without an encoding");
        return NULL;
    }
    int found = 0;
    static PymObject *id_bytes;
    if (!id_bytes) id_bytes = pym_str_intern_cstr("__bytes__");
    PymObject *rb = pym_call_special(o, id_bytes, NULL, 0, &found);
    if (found) {
        if (rb && !PYM_BYTES_CHECK(rb)) {
            pym_err_format(PymExc_TypeError, "__bytes__ returned non-bytes (type %s)",
                           pym_type_name(rb));
            PYM_DECREF(rb);
            return NULL;
        }
        return rb;
    }
    if (pym_err_occurred()) return NULL;
    if (pym_buffer_check(o)) return pym_bytes_from_buffer(o);
    if (PYM_INT_CHECK(o) || PYM_TYPE(o)->nb_index) {
        intptr_t n = pym_number_as_ssize(o, PymExc_OverflowError);
        if (n == -1 && pym_err_occurred()) return NULL;
        if (n < 0) {
            pym_err_set_string(PymExc_ValueError, "negative count");
            return NULL;
        }
        PymObject *b = pym_bytes_from_data(NULL, n);
        if (b && n > 1)
            memset(PYM_BYTES_DATA(b), 0, (size_t)n);
        else if (b && n == 1) {
            PYM_DECREF(b);
            char z = 0;
            b = pym_bytes_from_data(&z, 1);
        }
        return b;
    }
    PymObject *seq;
    if (PYM_LIST_CHECK_EXACT(o) || PYM_TUPLE_CHECK_EXACT(o))
        seq = pym_newref(o);
    else {
        PymObject *it = pym_object_getiter(o);
        if (!it) {
            if (pym_err_matches((PymObject *)PymExc_TypeError)) {
                pym_err_clear();
                pym_err_format(PymExc_TypeError, "cannot convert '%s' object to bytes",
                               pym_type_name(o));
            }
            return NULL;
        }
        PYM_DECREF(it);
        seq = pym_list_from_iter(o);
        if (!seq) return NULL;
    }
    intptr_t n = PYM_SIZE(seq);
    PymObject **items = PYM_LIST_CHECK(seq) ? PYM_LIST_ITEMS(seq) : PYM_TUPLE_ITEMS(seq);
    char small[64], *buf = n <= 64 ? small : pym_raw_malloc((size_t)n);
    if (!buf) {
        PYM_DECREF(seq);
        return pym_err_no_memory();
    }
    PymObject *r = NULL;
    for (intptr_t i = 0; i < n; i++)
        if (byte_value(items[i], (unsigned char *)&buf[i]) < 0) goto done;
    r = pym_bytes_from_data(buf, n);
done:
    if (buf != small) pym_raw_free(buf);
    PYM_DECREF(seq);
    return r;
}

static PymObject *bytes_new(PymType *type, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    PymObject *a[3] = {NULL, NULL, NULL};
    if (pym_arg_unpack("bytes", args, nargs, kwnames, names, 0, -1, a) < 0) return NULL;
    PymObject *r;
    if (a[1] || a[2]) {
        for (int k = 1; k < 3; k++)
            if (a[k] && !PYM_STR_CHECK(a[k])) {
                pym_err_format(PymExc_TypeError, "bytes() argument '%s' must be str, not %s",
                               names[k], pym_type_name(a[k]));
                return NULL;
            }
        if (!a[0] || !PYM_STR_CHECK(a[0])) {
            pym_err_set_string(PymExc_TypeError, a[1] ? "encoding without a string argument"
                                                      : "errors without a string argument");
            return NULL;
        }
        r = pym_str_encode(a[0], a[1] ? PYM_STR_UTF8(a[1]) : "utf-8",
                           a[2] ? PYM_STR_UTF8(a[2]) : NULL);
    } else if (!a[0])
        r = pym_bytes_from_data(NULL, 0);
    else
        r = pym_bytes_from_object(a[0]);
    if (!r || type == &pym_type_bytes) return r;
    PymObject *s = bytes_alloc(type, PYM_BYTES_LEN(r));
    if (s) memcpy(PYM_BYTES_DATA(s), PYM_BYTES_DATA(r), (size_t)PYM_BYTES_LEN(r));
    PYM_DECREF(r);
    if (s && PYM_IS_GC(s)) pym_gc_track(s); /* a subclass instance may hold a __dict__ */
    return s;
}

/* ---- slots ---- */

static void bytes_dealloc(PymObject *o) { PYM_TYPE(o)->tp_free(o); }
static PymObject *bytes_repr_slot(PymObject *o) { return pym_bytes_repr(o); }
static intptr_t bytes_length(PymObject *o) { return PYM_BYTES_LEN(o); }

static intptr_t bytes_hash(PymObject *o) {
    PymBytes *b = (PymBytes *)o;
    if (b->ob_shash != -1) return b->ob_shash;
    /* same function as str's so b'a' and 'a' hash alike (as in CPython) */
    intptr_t r = pym_hash_bytes(b->ob_sval, PYM_SIZE(b));
    b->ob_shash = r;
    return r;
}

static PymObject *bytes_richcompare(PymObject *a, PymObject *b, int op) {
    if (!PYM_BYTES_CHECK(a) || !PYM_BYTES_CHECK(b)) PYM_RETURN_NOTIMPL;
    intptr_t na = PYM_BYTES_LEN(a), nb = PYM_BYTES_LEN(b);
    int c;
    if ((op == PYM_EQ || op == PYM_NE) && na != nb)
        c = 1;
    else {
        c = memcmp(PYM_BYTES_DATA(a), PYM_BYTES_DATA(b), (size_t)PYM_MIN(na, nb));
        if (!c) c = na < nb ? -1 : na > nb ? 1 : 0;
    }
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

void pym_bytes_copy_strided(char *dst, const char *src, intptr_t n, intptr_t step) {
    if (step == -1) { /* b[::-1]: eight bytes at a time, byte-swapped */
        intptr_t k = 0;
        for (; k + 8 <= n; k += 8) {
            uint64_t w;
            memcpy(&w, src - k - 7, 8);
            w = __builtin_bswap64(w);
            memcpy(dst + k, &w, 8);
        }
        for (; k < n; k++) dst[k] = src[-k];
    } else {
        for (intptr_t k = 0; k < n; k++) dst[k] = src[k * step]; /* no pointer past the end */
    }
}

static PymObject *bytes_subscript(PymObject *b, PymObject *key) {
    intptr_t len = PYM_BYTES_LEN(b);
    if (PYM_INT_CHECK(key) || PYM_TYPE(key)->nb_index) {
        intptr_t i = pym_number_as_ssize(key, PymExc_IndexError);
        if (i == -1 && pym_err_occurred()) return NULL;
        if (i < 0) i += len;
        if (i < 0 || i >= len) {
            pym_err_set_string(PymExc_IndexError, "index out of range");
            return NULL;
        }
        return pym_int_from_long((unsigned char)PYM_BYTES_DATA(b)[i]);
    }
    if (PYM_SLICE_CHECK(key)) {
        intptr_t start, stop, step;
        intptr_t n = pym_slice_indices(key, len, &start, &stop, &step);
        if (n < 0) return NULL;
        if (step == 1) {
            if (n == len && PYM_TYPE(b) == &pym_type_bytes) return pym_newref(b);
            return pym_bytes_from_data(PYM_BYTES_DATA(b) + start, n);
        }
        if (n <= 1) return pym_bytes_from_data(PYM_BYTES_DATA(b) + start, n);
        PymObject *r = pym_bytes_new_uninit(n);
        if (!r) return NULL;
        pym_bytes_copy_strided(PYM_BYTES_DATA(r), PYM_BYTES_DATA(b) + start, n, step);
        return r;
    }
    pym_err_format(PymExc_TypeError, "byte indices must be integers or slices, not %s",
                   pym_type_name(key));
    return NULL;
}

/* A needle argument: bytes, or an int in range(256) (into *one). 0/-1 */
static int needle_arg(PymObject *o, const char **p, intptr_t *n, char *one) {
    if (PYM_BYTES_CHECK(o)) {
        *p = PYM_BYTES_DATA(o);
        *n = PYM_BYTES_LEN(o);
        return 0;
    }
    if (pym_buffer_check(o)) {
        /* bytearray, memoryview: the pointer stays valid while no Python code runs */
        PymBuffer v;
        if (pym_object_get_buffer(o, &v, PYM_BUF_SIMPLE) < 0) return -1;
        *p = v.buf;
        *n = v.len;
        pym_buffer_release(&v);
        return 0;
    }
    if (PYM_INT_CHECK(o) || PYM_TYPE(o)->nb_index) {
        intptr_t v = pym_number_as_ssize(o, PymExc_OverflowError);
        if (v == -1 && pym_err_occurred()) return -1;
        if (v < 0 || v > 255) {
            pym_err_set_string(PymExc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        *one = (char)v;
        *p = one;
        *n = 1;
        return 0;
    }
    pym_err_format(PymExc_TypeError, "argument should be integer or bytes-like object, not '%s'",
                   pym_type_name(o));
    return -1;
}

static int bytes_contains(PymObject *b, PymObject *item) {
    const char *p;
    intptr_t n;
    char one;
    if (!PYM_BYTES_CHECK(item) && !PYM_INT_CHECK(item) && !PYM_TYPE(item)->nb_index &&
        !pym_buffer_check(item)) {
        pym_err_format(PymExc_TypeError, "a bytes-like object is required, not '%s'",
                       pym_type_name(item));
        return -1;
    }
    if (needle_arg(item, &p, &n, &one) < 0) return -1;
    if (n == 0) return 1;
    return memmem(PYM_BYTES_DATA(b), (size_t)PYM_BYTES_LEN(b), p, (size_t)n) != NULL;
}

static PymObject *bytes_add(PymObject *a, PymObject *b) {
    if (!PYM_BYTES_CHECK(a)) PYM_RETURN_NOTIMPL;
    if (!PYM_BYTES_CHECK(b) && pym_buffer_check(b)) {
        PymBuffer v;
        if (pym_object_get_buffer(b, &v, PYM_BUF_SIMPLE) < 0) return NULL;
        PymObject *r = bytes_alloc(&pym_type_bytes, PYM_BYTES_LEN(a) + v.len);
        if (r) {
            memcpy(PYM_BYTES_DATA(r), PYM_BYTES_DATA(a), (size_t)PYM_BYTES_LEN(a));
            memcpy(PYM_BYTES_DATA(r) + PYM_BYTES_LEN(a), v.buf, (size_t)v.len);
        }
        pym_buffer_release(&v);
        return r;
    }
    if (!PYM_BYTES_CHECK(b)) {
        if ((PYM_TYPE(b)->tp_flags & PYM_TPFLAGS_HEAPTYPE) && PYM_TYPE(b)->nb_binop[PYM_NB_ADD])
            PYM_RETURN_NOTIMPL;
        pym_err_format(PymExc_TypeError, "can't concat %s to %s", pym_type_name(b),
                       pym_type_name(a));
        return NULL;
    }
    intptr_t na = PYM_BYTES_LEN(a), nb = PYM_BYTES_LEN(b);
    if (nb == 0 && PYM_TYPE(a) == &pym_type_bytes) return pym_newref(a);
    if (na == 0 && PYM_TYPE(b) == &pym_type_bytes) return pym_newref(b);
    PymObject *r = bytes_alloc(&pym_type_bytes, na + nb);
    if (!r) return NULL;
    memcpy(PYM_BYTES_DATA(r), PYM_BYTES_DATA(a), (size_t)na);
    memcpy(PYM_BYTES_DATA(r) + na, PYM_BYTES_DATA(b), (size_t)nb);
    return r;
}

static PymObject *bytes_mod(PymObject *a, PymObject *b) {
    if (!PYM_BYTES_CHECK(a)) PYM_RETURN_NOTIMPL;
    return pym_bytes_percent_format(a, b);
}

static PymObject *bytes_mul(PymObject *a, PymObject *b) {
    PymObject *s = a, *n = b;
    if (!PYM_BYTES_CHECK(a)) {
        s = b;
        n = a;
    }
    if (PYM_BYTES_CHECK(n) && s == b) PYM_RETURN_NOTIMPL;
    if (!PYM_INT_CHECK(n) && !PYM_TYPE(n)->nb_index) {
        if ((PYM_TYPE(n)->tp_flags & PYM_TPFLAGS_HEAPTYPE) &&
            PYM_TYPE(n)->nb_binop[PYM_NB_MULTIPLY])
            PYM_RETURN_NOTIMPL;
        pym_err_format(PymExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                       pym_type_name(n));
        return NULL;
    }
    intptr_t count = pym_number_as_ssize(n, PymExc_OverflowError);
    if (count == -1 && pym_err_occurred()) return NULL;
    intptr_t len = PYM_BYTES_LEN(s);
    if (count <= 0 || len == 0) return pym_bytes_from_data(NULL, 0);
    if (count == 1 && PYM_TYPE(s) == &pym_type_bytes) return pym_newref(s);
    if (len > PYM_SSIZE_MAX / count / 2) return pym_err_no_memory();
    PymObject *r = bytes_alloc(&pym_type_bytes, len * count);
    if (!r) return NULL;
    for (intptr_t i = 0; i < count; i++)
        memcpy(PYM_BYTES_DATA(r) + i * len, PYM_BYTES_DATA(s), (size_t)len);
    return r;
}

/* ---- iterator ---- */

typedef struct {
    PymObject ob_base;
    PymObject *it_seq;
    intptr_t it_index;
} PymBytesIter;

static void bytesiter_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    PYM_XDECREF(((PymBytesIter *)o)->it_seq);
    PYM_TYPE(o)->tp_free(o);
}
static int bytesiter_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((PymBytesIter *)o)->it_seq);
    return 0;
}
static PymObject *bytesiter_self(PymObject *o) { return pym_newref(o); }
static PymObject *bytesiter_next(PymObject *o) {
    PymBytesIter *it = (PymBytesIter *)o;
    PymObject *s = it->it_seq;
    if (!s) return NULL;
    if (it->it_index < PYM_BYTES_LEN(s))
        return pym_int_small((unsigned char)PYM_BYTES_DATA(s)[it->it_index++]);
    it->it_seq = NULL;
    PYM_DECREF(s);
    return NULL;
}

PymType pym_type_bytes_iter = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "bytes_iterator",
    .tp_basicsize = sizeof(PymBytesIter),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = bytesiter_dealloc,
    .tp_traverse = bytesiter_traverse,
    .tp_iter = bytesiter_self,
    .tp_iternext = bytesiter_next,
    .tp_free = pym_object_free,
};

static PymObject *bytes_iter(PymObject *b) {
    PymBytesIter *it = (PymBytesIter *)pym_object_alloc(&pym_type_bytes_iter, 0);
    if (!it) return NULL;
    it->it_seq = pym_newref(b);
    it->it_index = 0;
    pym_gc_track((PymObject *)it);
    return (PymObject *)it;
}

/* ---- methods ---- */

static int need_bytes(PymObject *o) {
    if (PYM_BYTES_CHECK(o)) return 0;
    pym_err_format(PymExc_TypeError, "a bytes-like object is required, not '%s'", pym_type_name(o));
    return -1;
}

static int opt_index(PymObject *o, intptr_t *out) {
    if (!o || o == pym_None) return 0;
    if (!PYM_INT_CHECK(o) && !PYM_TYPE(o)->nb_index) {
        pym_err_set_string(PymExc_TypeError,
                           "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    intptr_t v = pym_number_as_ssize(o, NULL);
    if (v == -1 && pym_err_occurred()) return -1;
    *out = v;
    return 0;
}

/* start/end args at args[first..]; returns 0 ok, 1 start > len, -1 error */
static int range_args(PymObject *self, PymObject *const *args, size_t nargs, size_t first,
                      intptr_t *start, intptr_t *end) {
    intptr_t len = PYM_BYTES_LEN(self);
    *start = 0;
    *end = PYM_SSIZE_MAX;
    if (nargs > first && opt_index(args[first], start) < 0) return -1;
    if (nargs > first + 1 && opt_index(args[first + 1], end) < 0) return -1;
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
    return *start > len ? 1 : 0;
}

static intptr_t bfind(const char *h, intptr_t from, intptr_t to, const char *nd, intptr_t nn,
                      int dir) {
    if (to - from < nn) return -1;
    if (nn == 0) return dir > 0 ? from : to;
    if (dir > 0) {
        const char *r = memmem(h + from, (size_t)(to - from), nd, (size_t)nn);
        return r ? r - h : -1;
    }
    for (intptr_t i = to - nn; i >= from; i--)
        if (memcmp(h + i, nd, (size_t)nn) == 0) return i;
    return -1;
}

static intptr_t find_impl(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames,
                          int dir, const char *name) {
    if (pym_arg_count_tuple(name, nargs, kwnames, 1, 3) < 0) return -2;
    const char *nd;
    intptr_t nn, start, end;
    char one;
    if (needle_arg(args[0], &nd, &nn, &one) < 0) return -2;
    int r = range_args(self, args, nargs, 1, &start, &end);
    if (r < 0) return -2;
    if (r > 0) return -1;
    return bfind(PYM_BYTES_DATA(self), start, end, nd, nn, dir);
}

PYM_CFUNC(bytes_find) {
    intptr_t r = find_impl(self, args, nargs, kwnames, 1, "find");
    return r == -2 ? NULL : pym_int_from_ssize(r);
}
PYM_CFUNC(bytes_rfind) {
    intptr_t r = find_impl(self, args, nargs, kwnames, -1, "rfind");
    return r == -2 ? NULL : pym_int_from_ssize(r);
}
PYM_CFUNC(bytes_index) {
    intptr_t r = find_impl(self, args, nargs, kwnames, 1, "index");
    if (r == -2) return NULL;
    if (r < 0) {
        pym_err_set_string(PymExc_ValueError, "subsection not found");
        return NULL;
    }
    return pym_int_from_ssize(r);
}
PYM_CFUNC(bytes_rindex) {
    intptr_t r = find_impl(self, args, nargs, kwnames, -1, "rindex");
    if (r == -2) return NULL;
    if (r < 0) {
        pym_err_set_string(PymExc_ValueError, "subsection not found");
        return NULL;
    }
    return pym_int_from_ssize(r);
}

PYM_CFUNC(bytes_count) {
    if (pym_arg_count_tuple("count", nargs, kwnames, 1, 3) < 0) return NULL;
    const char *nd;
    intptr_t nn, start, end;
    char one;
    if (needle_arg(args[0], &nd, &nn, &one) < 0) return NULL;
    int r = range_args(self, args, nargs, 1, &start, &end);
    if (r < 0) return NULL;
    if (r > 0 || end < start) return pym_int_from_ssize(0);
    if (nn == 0) return pym_int_from_ssize(end - start + 1);
    intptr_t c = 0, at = start;
    while ((at = bfind(PYM_BYTES_DATA(self), at, end, nd, nn, 1)) >= 0) {
        c++;
        at += nn;
    }
    return pym_int_from_ssize(c);
}

static PymObject *xswith(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames,
                         bool endw, const char *name) {
    if (pym_arg_count_tuple(name, nargs, kwnames, 1, 3) < 0) return NULL;
    PymObject *pre = args[0];
    if (!PYM_BYTES_CHECK(pre) && !PYM_TUPLE_CHECK(pre) && !pym_buffer_check(pre)) {
        pym_err_format(PymExc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                       name, pym_type_name(pre));
        return NULL;
    }
    intptr_t start, end;
    int r = range_args(self, args, nargs, 1, &start, &end);
    if (r < 0) return NULL;
    bool tuple = PYM_TUPLE_CHECK(pre);
    intptr_t nt = tuple ? PYM_SIZE(pre) : 1;
    for (intptr_t k = 0; k < nt; k++) {
        PymObject *p = tuple ? PYM_TUPLE_GET(pre, k) : pre;
        const char *pd;
        intptr_t pn;
        char one;
        if (!PYM_BYTES_CHECK(p) && !pym_buffer_check(p)) {
            pym_err_format(PymExc_TypeError, "a bytes-like object is required, not '%s'",
                           pym_type_name(p));
            return NULL;
        }
        if (needle_arg(p, &pd, &pn, &one) < 0) return NULL;
        if (r > 0) continue;
        if (end - start < pn) continue;
        const char *at = PYM_BYTES_DATA(self) + (endw ? end - pn : start);
        if (memcmp(at, pd, (size_t)pn) == 0) PYM_RETURN_TRUE;
    }
    PYM_RETURN_FALSE;
}

PYM_CFUNC(bytes_startswith) { return xswith(self, args, nargs, kwnames, false, "startswith"); }
PYM_CFUNC(bytes_endswith) { return xswith(self, args, nargs, kwnames, true, "endswith"); }

static bool bspace(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

static int list_add(PymObject *l, PymObject *item) {
    if (!item) return -1;
    int r = pym_list_append(l, item);
    PYM_DECREF(item);
    return r;
}

static PymObject *split_impl(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames, bool right) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    PymObject *a[2] = {NULL, NULL};
    if (pym_arg_unpack(right ? "rsplit" : "split", args, nargs, kwnames, names, 0, -1, a) < 0)
        return NULL;
    intptr_t maxsplit = -1;
    if (a[1]) {
        if (!PYM_INT_CHECK(a[1]) && !PYM_TYPE(a[1])->nb_index) {
            pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                           pym_type_name(a[1]));
            return NULL;
        }
        maxsplit = pym_number_as_ssize(a[1], NULL);
        if (maxsplit == -1 && pym_err_occurred()) return NULL;
    }
    if (maxsplit < 0) maxsplit = PYM_SSIZE_MAX;
    const char *h = PYM_BYTES_DATA(self);
    intptr_t n = PYM_BYTES_LEN(self);
    PymObject *l = pym_list_new(0);
    if (!l) return NULL;
    if (!a[0] || a[0] == pym_None) {
        if (!right) {
            intptr_t i = 0;
            while (i < n) {
                while (i < n && bspace((unsigned char)h[i])) i++;
                if (i >= n) break;
                if (maxsplit-- == 0) {
                    if (list_add(l, pym_bytes_from_data(h + i, n - i)) < 0) goto fail;
                    break;
                }
                intptr_t j = i;
                while (j < n && !bspace((unsigned char)h[j])) j++;
                if (list_add(l, pym_bytes_from_data(h + i, j - i)) < 0) goto fail;
                i = j;
            }
        } else {
            intptr_t i = n;
            while (i > 0) {
                while (i > 0 && bspace((unsigned char)h[i - 1])) i--;
                if (i <= 0) break;
                if (maxsplit-- == 0) {
                    if (list_add(l, pym_bytes_from_data(h, i)) < 0) goto fail;
                    break;
                }
                intptr_t j = i;
                while (j > 0 && !bspace((unsigned char)h[j - 1])) j--;
                if (list_add(l, pym_bytes_from_data(h + j, i - j)) < 0) goto fail;
                i = j;
            }
            if (pym_list_reverse(l) < 0) goto fail;
        }
        return l;
    }
    if (need_bytes(a[0]) < 0) goto fail;
    const char *nd = PYM_BYTES_DATA(a[0]);
    intptr_t nn = PYM_BYTES_LEN(a[0]);
    if (nn == 0) {
        pym_err_set_string(PymExc_ValueError, "empty separator");
        goto fail;
    }
    if (!right) {
        intptr_t i = 0, at;
        while (maxsplit != 0 && (at = bfind(h, i, n, nd, nn, 1)) >= 0) {
            if (list_add(l, pym_bytes_from_data(h + i, at - i)) < 0) goto fail;
            i = at + nn;
            maxsplit--;
        }
        if (list_add(l, pym_bytes_from_data(h + i, n - i)) < 0) goto fail;
    } else {
        intptr_t j = n, at;
        while (maxsplit != 0 && (at = bfind(h, 0, j, nd, nn, -1)) >= 0) {
            if (list_add(l, pym_bytes_from_data(h + at + nn, j - at - nn)) < 0) goto fail;
            j = at;
            maxsplit--;
        }
        if (list_add(l, pym_bytes_from_data(h, j)) < 0) goto fail;
        if (pym_list_reverse(l) < 0) goto fail;
    }
    return l;
fail:
    PYM_DECREF(l);
    return NULL;
}

PYM_CFUNC(bytes_split) { return split_impl(self, args, nargs, kwnames, false); }
PYM_CFUNC(bytes_rsplit) { return split_impl(self, args, nargs, kwnames, true); }

static PymObject *strip_impl(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames, int which, const char *name) {
    if (pym_arg_count(name, nargs, kwnames, 0, 1) < 0) return NULL;
    PymObject *chars = nargs ? args[0] : NULL;
    if (chars == pym_None) chars = NULL;
    if (chars && need_bytes(chars) < 0) return NULL;
    bool set[256];
    if (chars) {
        memset(set, 0, sizeof set);
        for (intptr_t i = 0; i < PYM_BYTES_LEN(chars); i++)
            set[(unsigned char)PYM_BYTES_DATA(chars)[i]] = true;
    } else
        for (int c = 0; c < 256; c++) set[c] = bspace((unsigned char)c);
    const unsigned char *h = (const unsigned char *)PYM_BYTES_DATA(self);
    intptr_t b = 0, e = PYM_BYTES_LEN(self);
    if (which & 1)
        while (b < e && set[h[b]]) b++;
    if (which & 2)
        while (e > b && set[h[e - 1]]) e--;
    if (b == 0 && e == PYM_BYTES_LEN(self) && PYM_TYPE(self) == &pym_type_bytes)
        return pym_newref(self);
    return pym_bytes_from_data((const char *)h + b, e - b);
}

PYM_CFUNC(bytes_strip) { return strip_impl(self, args, nargs, kwnames, 3, "strip"); }
PYM_CFUNC(bytes_lstrip) { return strip_impl(self, args, nargs, kwnames, 1, "lstrip"); }
PYM_CFUNC(bytes_rstrip) { return strip_impl(self, args, nargs, kwnames, 2, "rstrip"); }

/* growable raw byte buffer */
typedef struct {
    char *p;
    intptr_t len, cap;
    bool failed;
} BBuf;
static void bb_add(BBuf *b, const char *d, intptr_t n) {
    if (b->failed || n <= 0) return;
    if (n > PYM_SSIZE_MAX / 4 - b->len) {
        b->failed = true;
        return;
    } /* cap cannot overflow */
    if (b->len + n > b->cap) {
        intptr_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n) cap *= 2;
        char *np = pym_raw_realloc(b->p, (size_t)cap);
        if (!np) {
            b->failed = true;
            return;
        }
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->len, d, (size_t)n);
    b->len += n;
}
static PymObject *bb_finish(BBuf *b) {
    PymObject *r = b->failed ? pym_err_no_memory() : pym_bytes_from_data(b->p, b->len);
    pym_raw_free(b->p);
    return r;
}

PYM_CFUNC(bytes_replace) {
    if (pym_arg_count("replace", nargs, kwnames, 2, 3) < 0) return NULL;
    if (need_bytes(args[0]) < 0 || need_bytes(args[1]) < 0) return NULL;
    intptr_t count = -1;
    if (nargs > 2 && opt_index(args[2], &count) < 0) return NULL;
    if (count < 0) count = PYM_SSIZE_MAX;
    const char *h = PYM_BYTES_DATA(self), *od = PYM_BYTES_DATA(args[0]),
               *nd = PYM_BYTES_DATA(args[1]);
    intptr_t n = PYM_BYTES_LEN(self), on = PYM_BYTES_LEN(args[0]), nn = PYM_BYTES_LEN(args[1]);
    BBuf b = {NULL, 0, 0, false};
    if (on == 0) {
        intptr_t i = 0;
        while (i < n && count > 0) {
            bb_add(&b, nd, nn);
            bb_add(&b, h + i, 1);
            i++;
            count--;
        }
        if (i >= n && count > 0)
            bb_add(&b, nd, nn);
        else
            bb_add(&b, h + i, n - i);
        return bb_finish(&b);
    }
    intptr_t i = 0, at;
    while (count > 0 && (at = bfind(h, i, n, od, on, 1)) >= 0) {
        bb_add(&b, h + i, at - i);
        bb_add(&b, nd, nn);
        i = at + on;
        count--;
    }
    bb_add(&b, h + i, n - i);
    return bb_finish(&b);
}

PYM_CFUNC(bytes_join) {
    if (pym_arg_count("join", nargs, kwnames, 1, 1) < 0) return NULL;
    PymObject *seq = pym_list_from_iter(args[0]);
    if (!seq) {
        if (pym_err_matches((PymObject *)PymExc_TypeError)) {
            pym_err_clear();
            pym_err_set_string(PymExc_TypeError, "can only join an iterable");
        }
        return NULL;
    }
    /* sizes first (like CPython): a huge result fails before any copying */
    intptr_t total = 0, seplen = PYM_BYTES_LEN(self), nitems = PYM_SIZE(seq);
    for (intptr_t i = 0; i < nitems; i++) {
        PymObject *it = PYM_LIST_GET(seq, i);
        if (!PYM_BYTES_CHECK(it) && pym_buffer_check(it)) {
            /* bytearray, memoryview: a bytes copy in the private list */
            PymObject *copy = pym_bytes_from_buffer(it);
            if (!copy) {
                PYM_DECREF(seq);
                return NULL;
            }
            PYM_SETREF(PYM_LIST_ITEMS(seq)[i], copy);
            it = copy;
        }
        if (!PYM_BYTES_CHECK(it)) {
            pym_err_format(PymExc_TypeError,
                           "sequence item %zd: expected a bytes-like object, %s found", i,
                           pym_type_name(it));
            PYM_DECREF(seq);
            return NULL;
        }
        intptr_t add = PYM_BYTES_LEN(it) + (i ? seplen : 0);
        if (add > PYM_SSIZE_MAX - total) {
            pym_err_set_string(PymExc_OverflowError,
                               "join() result is too long for a Python bytes object");
            PYM_DECREF(seq);
            return NULL;
        }
        total += add;
    }
    if (total <= 1) {
        BBuf b = {NULL, 0, 0, false};
        for (intptr_t i = 0; i < nitems; i++) {
            if (i) bb_add(&b, PYM_BYTES_DATA(self), seplen);
            bb_add(&b, PYM_BYTES_DATA(PYM_LIST_GET(seq, i)), PYM_BYTES_LEN(PYM_LIST_GET(seq, i)));
        }
        PYM_DECREF(seq);
        return bb_finish(&b);
    }
    PymObject *r = pym_bytes_new_uninit(total);
    if (r) {
        char *o = PYM_BYTES_DATA(r);
        for (intptr_t i = 0; i < nitems; i++) {
            PymObject *it = PYM_LIST_GET(seq, i);
            if (i) {
                memcpy(o, PYM_BYTES_DATA(self), (size_t)seplen);
                o += seplen;
            }
            memcpy(o, PYM_BYTES_DATA(it), (size_t)PYM_BYTES_LEN(it));
            o += PYM_BYTES_LEN(it);
        }
    }
    PYM_DECREF(seq);
    return r;
}

static PymObject *map_bytes(PymObject *self, int how) {
    intptr_t n = PYM_BYTES_LEN(self);
    PymObject *r = pym_bytes_from_data(NULL, n);
    if (!r) return NULL;
    if (n == 1) {
        PYM_DECREF(r);
        r = bytes_alloc(&pym_type_bytes, 1);
        if (!r) return NULL;
    }
    const char *s = PYM_BYTES_DATA(self);
    char *o = PYM_BYTES_DATA(r);
    for (intptr_t i = 0; i < n; i++) {
        char c = s[i];
        if (how == 0 && c >= 'a' && c <= 'z')
            c -= 32;
        else if (how == 1 && c >= 'A' && c <= 'Z')
            c += 32;
        o[i] = c;
    }
    return r;
}

PYM_CFUNC(bytes_upper) {
    if (pym_arg_count("upper", nargs, kwnames, 0, 0) < 0) return NULL;
    return map_bytes(self, 0);
}
PYM_CFUNC(bytes_lower) {
    if (pym_arg_count("lower", nargs, kwnames, 0, 0) < 0) return NULL;
    return map_bytes(self, 1);
}

static PymObject *all_bytes(PymObject *self, int cls) {
    intptr_t n = PYM_BYTES_LEN(self);
    const unsigned char *s = (const unsigned char *)PYM_BYTES_DATA(self);
    if (n == 0) PYM_RETURN_FALSE;
    bool any_cased = false;
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z', dg = c >= '0' && c <= '9';
        switch (cls) {
        case 0:
            if (!dg) PYM_RETURN_FALSE;
            break;
        case 1:
            if (!up && !lo) PYM_RETURN_FALSE;
            break;
        case 2:
            if (!bspace(c)) PYM_RETURN_FALSE;
            break;
        case 3:
            if (!up && !lo && !dg) PYM_RETURN_FALSE;
            break;
        case 4:
            if (up) PYM_RETURN_FALSE;
            if (lo) any_cased = true;
            break;
        case 5:
            if (lo) PYM_RETURN_FALSE;
            if (up) any_cased = true;
            break;
        }
    }
    if (cls >= 4) return pym_bool_from(any_cased);
    PYM_RETURN_TRUE;
}

PYM_CFUNC(bytes_isdigit) {
    if (pym_arg_count("isdigit", nargs, kwnames, 0, 0) < 0) return NULL;
    return all_bytes(self, 0);
}
PYM_CFUNC(bytes_isalpha) {
    if (pym_arg_count("isalpha", nargs, kwnames, 0, 0) < 0) return NULL;
    return all_bytes(self, 1);
}
PYM_CFUNC(bytes_isspace) {
    if (pym_arg_count("isspace", nargs, kwnames, 0, 0) < 0) return NULL;
    return all_bytes(self, 2);
}
PYM_CFUNC(bytes_isalnum) {
    if (pym_arg_count("isalnum", nargs, kwnames, 0, 0) < 0) return NULL;
    return all_bytes(self, 3);
}
PYM_CFUNC(bytes_islower) {
    if (pym_arg_count("islower", nargs, kwnames, 0, 0) < 0) return NULL;
    return all_bytes(self, 4);
}
PYM_CFUNC(bytes_isupper) {
    if (pym_arg_count("isupper", nargs, kwnames, 0, 0) < 0) return NULL;
    return all_bytes(self, 5);
}

PYM_CFUNC(bytes_decode) {
    static const char *const names[] = {"encoding", "errors", NULL};
    PymObject *a[2] = {NULL, NULL};
    if (pym_arg_unpack("decode", args, nargs, kwnames, names, 0, -1, a) < 0) return NULL;
    for (int k = 0; k < 2; k++)
        if (a[k] && !PYM_STR_CHECK(a[k])) {
            pym_err_format(PymExc_TypeError, "decode() argument '%s' must be str, not %s", names[k],
                           pym_type_name(a[k]));
            return NULL;
        }
    return pym_str_decode(PYM_BYTES_DATA(self), PYM_BYTES_LEN(self),
                          a[0] ? PYM_STR_UTF8(a[0]) : NULL, a[1] ? PYM_STR_UTF8(a[1]) : NULL);
}

PYM_CFUNC(bytes_hex) {
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    PymObject *a[2] = {NULL, NULL};
    if (pym_arg_unpack("hex", args, nargs, kwnames, names, 0, -1, a) < 0) return NULL;
    const char *sep = NULL;
    if (a[0]) {
        if (PYM_STR_CHECK(a[0]) && PYM_STR_LEN(a[0]) == 1 && PYM_STR_NBYTES(a[0]) == 1)
            sep = PYM_STR_UTF8(a[0]);
        else if (PYM_BYTES_CHECK(a[0]) && PYM_BYTES_LEN(a[0]) == 1)
            sep = PYM_BYTES_DATA(a[0]);
        else {
            pym_err_set_string(PymExc_ValueError, "sep must be length 1.");
            return NULL;
        }
    }
    intptr_t per = 1;
    if (a[1] && opt_index(a[1], &per) < 0) return NULL;
    static const char hx[] = "0123456789abcdef";
    const unsigned char *s = (const unsigned char *)PYM_BYTES_DATA(self);
    intptr_t n = PYM_BYTES_LEN(self);
    PymStrBuilder sb;
    pym_sb_init(&sb);
    intptr_t ap = per < 0 ? -per : per;
    for (intptr_t i = 0; i < n; i++) {
        if (sep && i && ap) {
            /* per > 0: groups counted from the right; < 0: from the left */
            bool at = per > 0 ? ((n - i) % ap == 0) : (i % ap == 0);
            if (at) pym_sb_append(&sb, sep, 1);
        }
        char e[2] = {hx[s[i] >> 4], hx[s[i] & 15]};
        pym_sb_append(&sb, e, 2);
    }
    return pym_sb_finish(&sb);
}

static int hexval(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* bytes.fromhex(string) (classmethod: self is the type) */
PYM_CFUNC(bytes_fromhex) {
    if (pym_arg_count("fromhex", nargs, kwnames, 1, 1) < 0) return NULL;
    if (!PYM_STR_CHECK(args[0])) {
        pym_err_format(PymExc_TypeError, "fromhex() argument must be str, not %s",
                       pym_type_name(args[0]));
        return NULL;
    }
    const unsigned char *s = (const unsigned char *)PYM_STR_UTF8(args[0]);
    intptr_t n = PYM_STR_NBYTES(args[0]), i = 0;
    BBuf b = {NULL, 0, 0, false};
    while (i < n) {
        if (bspace(s[i])) {
            i++;
            continue;
        }
        int hi = hexval(s[i]);
        if (hi < 0) goto bad;
        if (i + 1 >= n) {
            i++;
            goto bad;
        }
        int lo = hexval(s[i + 1]);
        if (lo < 0) {
            i++;
            goto bad;
        }
        char c = (char)(hi * 16 + lo);
        bb_add(&b, &c, 1);
        i += 2;
    }
    {
        PymObject *r = bb_finish(&b);
        if (!r || self == (PymObject *)&pym_type_bytes) return r;
        PymObject *res = pym_call_onearg(self, r);
        PYM_DECREF(r);
        return res;
    }
bad:
    pym_raw_free(b.p);
    pym_err_format(PymExc_ValueError,
                   "non-hexadecimal number found in fromhex() arg at position %zd", i);
    return NULL;
}

PYM_CFUNC(bytes_sizeof) {
    if (pym_arg_count("__sizeof__", nargs, kwnames, 0, 0) < 0) return NULL;
    return pym_int_from_ssize(PYM_TYPE(self)->tp_basicsize + PYM_BYTES_LEN(self));
}

PYM_CFUNC(bytes_getnewargs) {
    PymObject *b = pym_bytes_from_data(PYM_BYTES_DATA(self), PYM_BYTES_LEN(self));
    if (!b) return NULL;
    PymObject *t = pym_tuple_pack(1, b);
    PYM_DECREF(b);
    return t;
}

static PymMethodDef bytes_methods[] = {
    {"decode", bytes_decode, 0, NULL},
    {"hex", bytes_hex, 0, NULL},
    {"fromhex", bytes_fromhex, PYM_METH_CLASS, NULL},
    {"startswith", bytes_startswith, 0, NULL},
    {"endswith", bytes_endswith, 0, NULL},
    {"find", bytes_find, 0, NULL},
    {"rfind", bytes_rfind, 0, NULL},
    {"index", bytes_index, 0, NULL},
    {"rindex", bytes_rindex, 0, NULL},
    {"count", bytes_count, 0, NULL},
    {"join", bytes_join, 0, NULL},
    {"split", bytes_split, 0, NULL},
    {"rsplit", bytes_rsplit, 0, NULL},
    {"strip", bytes_strip, 0, NULL},
    {"lstrip", bytes_lstrip, 0, NULL},
    {"rstrip", bytes_rstrip, 0, NULL},
    {"replace", bytes_replace, 0, NULL},
    {"upper", bytes_upper, 0, NULL},
    {"lower", bytes_lower, 0, NULL},
    {"isdigit", bytes_isdigit, 0, NULL},
    {"isalpha", bytes_isalpha, 0, NULL},
    {"isspace", bytes_isspace, 0, NULL},
    {"isalnum", bytes_isalnum, 0, NULL},
    {"islower", bytes_islower, 0, NULL},
    {"isupper", bytes_isupper, 0, NULL},
    {"__sizeof__", bytes_sizeof, 0, NULL},
    {"__getnewargs__", bytes_getnewargs, 0, NULL},
    /* bytes_methods.c */
    {"partition", pym_bytes_m_partition, 0, NULL},
    {"rpartition", pym_bytes_m_rpartition, 0, NULL},
    {"splitlines", pym_bytes_m_splitlines, 0, NULL},
    {"maketrans", pym_bytes_m_maketrans, PYM_METH_STATIC, NULL},
    {"translate", pym_bytes_m_translate, 0, NULL},
    {"removeprefix", pym_bytes_m_removeprefix, 0, NULL},
    {"removesuffix", pym_bytes_m_removesuffix, 0, NULL},
    {"center", pym_bytes_m_center, 0, NULL},
    {"ljust", pym_bytes_m_ljust, 0, NULL},
    {"rjust", pym_bytes_m_rjust, 0, NULL},
    {"zfill", pym_bytes_m_zfill, 0, NULL},
    {"expandtabs", pym_bytes_m_expandtabs, 0, NULL},
    {"capitalize", pym_bytes_m_capitalize, 0, NULL},
    {"swapcase", pym_bytes_m_swapcase, 0, NULL},
    {"title", pym_bytes_m_title, 0, NULL},
    {"isascii", pym_bytes_m_isascii, 0, NULL},
    {"istitle", pym_bytes_m_istitle, 0, NULL},
    {"__bytes__", pym_bytes_m_bytes, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PymType pym_type_bytes = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "bytes",
    .tp_basicsize = BYTES_HEADER + 1,
    .tp_itemsize = 1,
    .tp_flags = PYM_TPFLAGS_BASETYPE | PYM_TPFLAGS_BYTES_SUBCLASS | PYM_TPFLAGS_SEQ_CONCAT,
    .tp_dealloc = bytes_dealloc,
    .tp_repr = bytes_repr_slot,
    .tp_hash = bytes_hash,
    .tp_richcompare = bytes_richcompare,
    .tp_iter = bytes_iter,
    .nb_binop =
        {
            [PYM_NB_ADD] = bytes_add,
            [PYM_NB_MULTIPLY] = bytes_mul,
            [PYM_NB_REMAINDER] = bytes_mod,
        },
    .sq_length = bytes_length,
    .mp_subscript = bytes_subscript,
    .sq_contains = bytes_contains,
    .tp_methods = bytes_methods,
    .tp_as_buffer = &pym_bytes_as_buffer,
    .tp_new = bytes_new,
    .tp_free = pym_object_free,
    .tp_doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes",
};

int pym_bytes_init(void) {
    if (pym_type_ready(&pym_type_bytes) < 0) return -1;
    if (pym_type_ready(&pym_type_bytes_iter) < 0) return -1;
    PymObject *e = pym_bytes_from_data(NULL, 0);
    if (!e) return -1;
    PYM_DECREF(e);
    return 0;
}
