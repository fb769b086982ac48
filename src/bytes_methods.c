/*
** bytes_methods.c -- the bytes methods that bytesobject.c does not have:
** partition/rpartition, splitlines, maketrans/translate, removeprefix/
** removesuffix, center/ljust/rjust/zfill, expandtabs, capitalize/title/
** swapcase, isascii/istitle, __bytes__.  They are entries of bytes'
** method table; bytearray reaches them (like every non-mutating method)
** through bytearrayobject.c's delegation.  ASCII rules only, as in CPython.
*/
#include "pym.h"
#include "buffer.h"
#include "bytes_methods.h"
#include "bytearrayobject.h"

#define ARGS PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw
#define D(o) PYM_BYTES_DATA(o)
#define N(o) PYM_BYTES_LEN(o)

static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static unsigned char to_lower(unsigned char c) { return is_upper(c) ? c + 32 : c; }
static unsigned char to_upper(unsigned char c) { return is_lower(c) ? c - 32 : c; }

static PymObject *self_or_copy(PymObject *self) {
    if (PYM_TYPE(self) == &pym_type_bytes) return pym_newref(self);
    return pym_bytes_from_data(D(self), N(self));
}

/* A bytes-like argument copied out as bytes (new ref), with CPython's
** message for anything else. */
static PymObject *bytes_arg(PymObject *o) {
    if (PYM_BYTES_CHECK(o)) return pym_newref(o);
    return pym_bytes_from_buffer(o);
}

static PymObject *partition(PymObject *self, PymObject *sepo, bool right) {
    PymObject *sep = bytes_arg(sepo);
    if (!sep) return NULL;
    if (N(sep) == 0) {
        PYM_DECREF(sep);
        pym_err_set_string(PymExc_ValueError, "empty separator");
        return NULL;
    }
    intptr_t n = N(self), m = N(sep), at = -1;
    if (m <= n) {
        if (right) {
            for (intptr_t i = n - m; i >= 0; i--)
                if (memcmp(D(self) + i, D(sep), (size_t)m) == 0) {
                    at = i;
                    break;
                }
        } else {
            for (intptr_t i = 0; i + m <= n; i++)
                if (memcmp(D(self) + i, D(sep), (size_t)m) == 0) {
                    at = i;
                    break;
                }
        }
    }
    PymObject *a, *b, *c;
    if (at < 0) {
        PymObject *e = pym_bytes_from_data(NULL, 0), *s = self_or_copy(self);
        PymObject *e2 = pym_bytes_from_data(NULL, 0);
        PymObject *r = NULL;
        if (e && s && e2) r = right ? pym_tuple_pack(3, e, e2, s) : pym_tuple_pack(3, s, e, e2);
        PYM_XDECREF(e);
        PYM_XDECREF(s);
        PYM_XDECREF(e2);
        PYM_DECREF(sep);
        return r;
    }
    a = pym_bytes_from_data(D(self), at);
    b = PYM_TYPE(sep) == &pym_type_bytes ? pym_newref(sep) : pym_bytes_from_data(D(sep), m);
    c = pym_bytes_from_data(D(self) + at + m, n - at - m);
    PymObject *r = a && b && c ? pym_tuple_pack(3, a, b, c) : NULL;
    PYM_XDECREF(a);
    PYM_XDECREF(b);
    PYM_XDECREF(c);
    PYM_DECREF(sep);
    return r;
}

PymObject *pym_bytes_m_partition(ARGS) {
    if (pym_arg_count("partition", nargs, kw, 1, 1) < 0) return NULL;
    return partition(self, args[0], false);
}
PymObject *pym_bytes_m_rpartition(ARGS) {
    if (pym_arg_count("rpartition", nargs, kw, 1, 1) < 0) return NULL;
    return partition(self, args[0], true);
}

PymObject *pym_bytes_m_splitlines(ARGS) {
    static const char *const names[] = {"keepends", NULL};
    PymObject *a[1] = {NULL};
    if (pym_arg_unpack("splitlines", args, nargs, kw, names, 0, 1, a) < 0) return NULL;
    int keep = 0;
    if (a[0]) {
        if (PYM_FLOAT_CHECK(a[0])) {
            pym_err_set_string(PymExc_TypeError,
                               "'float' object cannot be interpreted as an integer");
            return NULL;
        }
        if ((keep = pym_object_is_true(a[0])) < 0) return NULL;
    }
    PymObject *list = pym_list_new(0);
    if (!list) return NULL;
    const char *s = D(self);
    intptr_t n = N(self), i = 0;
    while (i < n) {
        intptr_t j = i;
        while (j < n && s[j] != '\n' && s[j] != '\r') j++;
        intptr_t eol = j;
        if (j < n) {
            if (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n')
                j += 2;
            else
                j++;
            if (keep) eol = j;
        }
        PymObject *line = (i == 0 && eol == n && PYM_TYPE(self) == &pym_type_bytes)
                              ? pym_newref(self)
                              : pym_bytes_from_data(s + i, eol - i);
        if (!line || pym_list_append(list, line) < 0) {
            PYM_XDECREF(line);
            PYM_DECREF(list);
            return NULL;
        }
        PYM_DECREF(line);
        i = j;
    }
    return list;
}

PymObject *pym_bytes_m_maketrans(ARGS) {
    if (pym_arg_count("maketrans", nargs, kw, 2, 2) < 0) return NULL;
    PymBuffer f, t;
    if (pym_object_get_buffer(args[0], &f, PYM_BUF_SIMPLE) < 0) return NULL;
    if (pym_object_get_buffer(args[1], &t, PYM_BUF_SIMPLE) < 0) {
        pym_buffer_release(&f);
        return NULL;
    }
    PymObject *r = NULL;
    if (f.len != t.len) {
        pym_err_set_string(PymExc_ValueError, "maketrans arguments must have same length");
    } else if ((r = pym_bytes_new_uninit(256))) {
        for (int c = 0; c < 256; c++) D(r)[c] = (char)c;
        for (intptr_t i = 0; i < f.len; i++) D(r)[(unsigned char)f.buf[i]] = t.buf[i];
    }
    pym_buffer_release(&f);
    pym_buffer_release(&t);
    return r;
}

/* translate's work for bytes and bytearray (as_bytearray: self is one, and
** so is the result).  Every byte goes through a 256-entry map, without a
** branch per byte: a deleted byte is written and then overwritten by the
** next.  As in CPython, an exact bytes comes back as itself when nothing
** changed. */
PymObject *pym_bytes_translate(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw,
                               bool as_bytearray) {
    static const char *const names[] = {"", "delete", NULL};
    PymObject *a[2] = {NULL, NULL};
    if (pym_arg_unpack("translate", args, nargs, kw, names, 1, 2, a) < 0) return NULL;
    PymBuffer tb = {0}, db = {0};
    bool have_table = a[0] != pym_None;
    if (have_table) {
        if (pym_object_get_buffer(a[0], &tb, PYM_BUF_SIMPLE) < 0) return NULL;
        if (tb.len != 256) {
            pym_buffer_release(&tb);
            pym_err_set_string(PymExc_ValueError, "translation table must be 256 characters long");
            return NULL;
        }
    }
    if (a[1] && pym_object_get_buffer(a[1], &db, PYM_BUF_SIMPLE) < 0) {
        pym_buffer_release(&tb);
        return NULL;
    }
    unsigned char map[256], keep[256];
    for (int c = 0; c < 256; c++) {
        map[c] = have_table ? (unsigned char)tb.buf[c] : (unsigned char)c;
        keep[c] = 1;
    }
    for (intptr_t i = 0; i < db.len; i++) keep[(unsigned char)db.buf[i]] = 0;
    const unsigned char *in;
    intptr_t n;
    PymObject *r;
    PymBuffer sb = {0};
    if (as_bytearray) {
        /* exported while the result is made: a finalizer run by the
        ** allocation cannot resize it under us */
        if (pym_object_get_buffer(self, &sb, PYM_BUF_SIMPLE) < 0) {
            pym_buffer_release(&tb);
            pym_buffer_release(&db);
            return NULL;
        }
        n = sb.len;
        r = pym_bytearray_new_uninit(n);
        in = (const unsigned char *)sb.buf;
    } else {
        n = N(self);
        r = pym_bytes_new_uninit(n);
        in = (const unsigned char *)D(self);
    }
    if (r) {
        unsigned char *out = (unsigned char *)(as_bytearray ? ((PymByteArray *)r)->ob_start : D(r));
        intptr_t k = 0;
        if (db.len == 0) {
            for (intptr_t i = 0; i < n; i++) out[i] = map[in[i]];
            k = n;
        } else {
            intptr_t i = 0;
            for (; i + 4 <= n; i += 4) {
                unsigned char c0 = in[i], c1 = in[i + 1], c2 = in[i + 2], c3 = in[i + 3];
                out[k] = map[c0];
                k += keep[c0];
                out[k] = map[c1];
                k += keep[c1];
                out[k] = map[c2];
                k += keep[c2];
                out[k] = map[c3];
                k += keep[c3];
            }
            for (; i < n; i++) {
                unsigned char c = in[i];
                out[k] = map[c];
                k += keep[c];
            }
        }
        if (as_bytearray) {
            if (k != n && pym_bytearray_resize(r, k) < 0) PYM_CLEAR(r);
        } else if (k == n && PYM_TYPE(self) == &pym_type_bytes && memcmp(in, out, (size_t)n) == 0) {
            PYM_DECREF(r);
            r = pym_newref(self);
        } else if (k != n) {
            PymObject *t = pym_bytes_from_data(D(r), k);
            PYM_DECREF(r);
            r = t;
        }
    }
    pym_buffer_release(&sb);
    pym_buffer_release(&tb);
    pym_buffer_release(&db);
    return r;
}

PymObject *pym_bytes_m_translate(ARGS) { return pym_bytes_translate(self, args, nargs, kw, false); }

static PymObject *fix(PymObject *self, PymObject *arg, bool prefix, const char *name) {
    PymBuffer v;
    if (pym_object_get_buffer(arg, &v, PYM_BUF_SIMPLE) < 0) return NULL;
    intptr_t n = N(self);
    PymObject *r;
    if (v.len <= n && memcmp(prefix ? D(self) : D(self) + n - v.len, v.buf, (size_t)v.len) == 0 &&
        v.len)
        r = pym_bytes_from_data(prefix ? D(self) + v.len : D(self), n - v.len);
    else
        r = self_or_copy(self);
    pym_buffer_release(&v);
    return r;
}

PymObject *pym_bytes_m_removeprefix(ARGS) {
    if (pym_arg_count("removeprefix", nargs, kw, 1, 1) < 0) return NULL;
    return fix(self, args[0], true, "removeprefix");
}
PymObject *pym_bytes_m_removesuffix(ARGS) {
    if (pym_arg_count("removesuffix", nargs, kw, 1, 1) < 0) return NULL;
    return fix(self, args[0], false, "removesuffix");
}

/* width and fill arguments of center/ljust/rjust; 0 / -1 */
static int pad_args(const char *name, PymObject *const *args, size_t nargs, PymObject *kw,
                    intptr_t *width, char *fill) {
    if (pym_arg_count(name, nargs, kw, 1, 2) < 0) return -1;
    if (!PYM_INT_CHECK(args[0]) && !PYM_TYPE(args[0])->nb_index) {
        pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                       pym_type_name(args[0]));
        return -1;
    }
    *width = pym_number_as_ssize(args[0], PymExc_OverflowError);
    if (*width == -1 && pym_err_occurred()) return -1;
    *fill = ' ';
    if (nargs == 2) {
        PymObject *f = args[1];
        bool ok = (PYM_BYTES_CHECK(f) && N(f) == 1) || (PYM_BYTEARRAY_CHECK(f) && PYM_SIZE(f) == 1);
        if (!ok) {
            if (PYM_BYTES_CHECK(f) || PYM_BYTEARRAY_CHECK(f))
                pym_err_format(PymExc_TypeError,
                               "%s() argument 2 must be a byte string of length 1, not %s", name,
                               pym_type_name(f));
            else
                pym_err_format(PymExc_TypeError,
                               "%s() argument 2 must be a byte string of length 1, not %s", name,
                               pym_type_name(f));
            return -1;
        }
        *fill = PYM_BYTES_CHECK(f) ? D(f)[0] : PYM_BYTEARRAY_DATA(f)[0];
    }
    return 0;
}

static PymObject *pad(PymObject *self, intptr_t left, intptr_t right, char fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return self_or_copy(self);
    intptr_t n = N(self);
    PymObject *r = pym_bytes_new_uninit(left + n + right);
    if (!r) return NULL;
    memset(D(r), fill, (size_t)left);
    memcpy(D(r) + left, D(self), (size_t)n);
    memset(D(r) + left + n, fill, (size_t)right);
    return r;
}

PymObject *pym_bytes_m_center(ARGS) {
    intptr_t w;
    char f;
    if (pad_args("center", args, nargs, kw, &w, &f) < 0) return NULL;
    intptr_t marg = w - N(self);
    if (marg <= 0) return self_or_copy(self);
    intptr_t left = marg / 2 + (marg & w & 1);
    return pad(self, left, marg - left, f);
}
PymObject *pym_bytes_m_ljust(ARGS) {
    intptr_t w;
    char f;
    if (pad_args("ljust", args, nargs, kw, &w, &f) < 0) return NULL;
    return pad(self, 0, w - N(self), f);
}
PymObject *pym_bytes_m_rjust(ARGS) {
    intptr_t w;
    char f;
    if (pad_args("rjust", args, nargs, kw, &w, &f) < 0) return NULL;
    return pad(self, w - N(self), 0, f);
}
PymObject *pym_bytes_m_zfill(ARGS) {
    if (pym_arg_count("zfill", nargs, kw, 1, 1) < 0) return NULL;
    if (!PYM_INT_CHECK(args[0]) && !PYM_TYPE(args[0])->nb_index) {
        pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                       pym_type_name(args[0]));
        return NULL;
    }
    intptr_t w = pym_number_as_ssize(args[0], PymExc_OverflowError);
    if (w == -1 && pym_err_occurred()) return NULL;
    intptr_t n = N(self);
    if (w <= n) return self_or_copy(self);
    PymObject *r = pad(self, w - n, 0, '0');
    if (r && n > 0 && (D(r)[w - n] == '+' || D(r)[w - n] == '-')) {
        D(r)[0] = D(r)[w - n];
        D(r)[w - n] = '0';
    }
    return r;
}

PymObject *pym_bytes_m_expandtabs(ARGS) {
    static const char *const names[] = {"tabsize", NULL};
    PymObject *a[1] = {NULL};
    if (pym_arg_unpack("expandtabs", args, nargs, kw, names, 0, 1, a) < 0) return NULL;
    intptr_t ts = 8;
    if (a[0]) {
        if (!PYM_INT_CHECK(a[0])) {
            pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                           pym_type_name(a[0]));
            return NULL;
        }
        int ovf = 0;
        long long v = pym_int_as_longlong_overflow(a[0], &ovf);
        if (ovf || v > INT32_MAX || v < INT32_MIN) {
            pym_err_set_string(PymExc_OverflowError, "Python int too large to convert to C int");
            return NULL;
        }
        ts = (intptr_t)v;
    }
    intptr_t n = N(self), total = 0, col = 0;
    for (intptr_t i = 0; i < n; i++) {
        char c = D(self)[i];
        if (c == '\t') {
            if (ts > 0) {
                intptr_t k = ts - col % ts;
                total += k;
                col += k;
            }
        } else {
            total++;
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    PymObject *r = pym_bytes_new_uninit(total);
    if (!r) return NULL;
    char *o = D(r);
    col = 0;
    for (intptr_t i = 0; i < n; i++) {
        char c = D(self)[i];
        if (c == '\t') {
            if (ts > 0) {
                intptr_t k = ts - col % ts;
                memset(o, ' ', (size_t)k);
                o += k;
                col += k;
            }
        } else {
            *o++ = c;
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return r;
}

static PymObject *map_case(PymObject *self, int how) {
    intptr_t n = N(self);
    PymObject *r = pym_bytes_new_uninit(n);
    if (!r) return NULL;
    const unsigned char *s = (const unsigned char *)D(self);
    unsigned char *o = (unsigned char *)D(r);
    bool prev_cased = false;
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        switch (how) {
        case 0: o[i] = i == 0 ? to_upper(c) : to_lower(c); break; /* capitalize */
        case 1:
            o[i] = is_upper(c) ? to_lower(c) : is_lower(c) ? to_upper(c) : c;
            break; /* swapcase */
        default:   /* title */
            o[i] = prev_cased ? to_lower(c) : to_upper(c);
            prev_cased = is_lower(c) || is_upper(c);
        }
    }
    return r;
}

PymObject *pym_bytes_m_capitalize(ARGS) {
    if (pym_arg_count("capitalize", nargs, kw, 0, 0) < 0) return NULL;
    return map_case(self, 0);
}
PymObject *pym_bytes_m_swapcase(ARGS) {
    if (pym_arg_count("swapcase", nargs, kw, 0, 0) < 0) return NULL;
    return map_case(self, 1);
}
PymObject *pym_bytes_m_title(ARGS) {
    if (pym_arg_count("title", nargs, kw, 0, 0) < 0) return NULL;
    return map_case(self, 2);
}

PymObject *pym_bytes_m_isascii(ARGS) {
    if (pym_arg_count("isascii", nargs, kw, 0, 0) < 0) return NULL;
    for (intptr_t i = 0; i < N(self); i++)
        if ((unsigned char)D(self)[i] >= 128) PYM_RETURN_FALSE;
    PYM_RETURN_TRUE;
}

PymObject *pym_bytes_m_istitle(ARGS) {
    if (pym_arg_count("istitle", nargs, kw, 0, 0) < 0) return NULL;
    bool cased = false, prev = false;
    for (intptr_t i = 0; i < N(self); i++) {
        unsigned char c = (unsigned char)D(self)[i];
        if (is_upper(c)) {
            if (prev) PYM_RETURN_FALSE;
            prev = cased = true;
        } else if (is_lower(c)) {
            if (!prev) PYM_RETURN_FALSE;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return pym_bool_from(cased);
}

PymObject *pym_bytes_m_bytes(ARGS) {
    if (pym_arg_count("__bytes__", nargs, kw, 0, 0) < 0) return NULL;
    return self_or_copy(self);
}
