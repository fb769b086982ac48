/*
** strformat.c -- printf-style formatting: str % args (pym_str_percent_format).
** Conversions %s %r %a %d %i %u %x %X %o %e %E %f %F %g %G %c %%, flags
** '-', '+', ' ', '#', '0', width and precision (also '*'), and mapping keys
** %(name)s.  Integers are rendered by the int object (decimal/base text),
** floats through snprintf.
*/
#include "pym.h"
#include <math.h>
#include <limits.h>

typedef struct {
    PymObject *args;          /* the right operand */
    PymObject *dict;          /* mapping for %(key), or NULL */
    intptr_t arglen, argidx;  /* CPython's scheme: arglen -1 for a single argument */
} PctCtx;

/* Next positional argument (borrowed) or NULL with TypeError. */
static PymObject *next_arg(PctCtx *c) {
    intptr_t i = c->argidx;
    if (i < c->arglen) {
        c->argidx++;
        if (c->arglen < 0) return c->args;
        return PYM_TUPLE_GET(c->args, i);
    }
    pym_err_set_string(PymExc_TypeError, "not enough arguments for format string");
    return NULL;
}

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

/* Appends sign+prefix+body padded to width per flags.  zero_ok: '0' pads. */
static void emit_padded(PymStrBuilder *sb, const char *prefix, intptr_t plen, const char *body,
                        intptr_t blen, intptr_t bchars, int flags, intptr_t width, bool zero_ok) {
    intptr_t total = plen + bchars;
    intptr_t padn = width > total ? width - total : 0;
    if (flags & F_LJUST) {
        pym_sb_append(sb, prefix, plen);
        pym_sb_append(sb, body, blen);
        pym_sb_append_repeat(sb, ' ', padn);
    } else if ((flags & F_ZERO) && zero_ok) {
        pym_sb_append(sb, prefix, plen);
        pym_sb_append_repeat(sb, '0', padn);
        pym_sb_append(sb, body, blen);
    } else {
        pym_sb_append_repeat(sb, ' ', padn);
        pym_sb_append(sb, prefix, plen);
        pym_sb_append(sb, body, blen);
    }
}

/* Integer conversions d i u x X o. */
static int format_int(PymStrBuilder *sb, PymObject *v, char conv, int flags, intptr_t width,
                      intptr_t prec) {
    PymObject *iv;
    if (conv == 'd' || conv == 'i' || conv == 'u') {
        if (PYM_INT_CHECK(v)) iv = pym_newref(v);
        else if (PYM_FLOAT_CHECK(v) || PYM_TYPE(v)->nb_int) iv = pym_number_int(v);
        else if (PYM_TYPE(v)->nb_index) iv = pym_number_index(v);
        else {
            pym_err_format(PymExc_TypeError, "%%%c format: a real number is required, not %s", conv,
                           pym_type_name(v));
            return -1;
        }
    } else {
        if (PYM_INT_CHECK(v)) iv = pym_newref(v);
        else if (PYM_TYPE(v)->nb_index) iv = pym_number_index(v);
        else {
            pym_err_format(PymExc_TypeError, "%%%c format: an integer is required, not %s", conv,
                           pym_type_name(v));
            return -1;
        }
    }
    if (!iv) return -1;
    int base = (conv == 'x' || conv == 'X') ? 16 : conv == 'o' ? 8 : 10;
    PymObject *text = base == 10 ? pym_int_to_decimal(iv) : pym_int_to_base(iv, base);
    PYM_DECREF(iv);
    if (!text) return -1;
    const char *t = PYM_STR_UTF8(text);
    intptr_t tl = PYM_STR_NBYTES(text);
    bool neg = tl > 0 && t[0] == '-';
    if (neg) { t++; tl--; }
    if (base != 10 && tl >= 2 && t[0] == '0') { t += 2; tl -= 2; }   /* drop 0x / 0o */
    char prefix[4];
    int plen = 0;
    if (neg) prefix[plen++] = '-';
    else if (flags & F_SIGN) prefix[plen++] = '+';
    else if (flags & F_BLANK) prefix[plen++] = ' ';
    if ((flags & F_ALT) && base != 10) {
        prefix[plen++] = '0';
        prefix[plen++] = conv;              /* x, X or o */
    }
    /* precision: minimum number of digits */
    intptr_t zeros = prec > tl ? prec - tl : 0;
    char *buf = pym_raw_malloc((size_t)(zeros + tl + 1));
    if (!buf) { PYM_DECREF(text); pym_err_no_memory(); return -1; }
    memset(buf, '0', (size_t)zeros);
    memcpy(buf + zeros, t, (size_t)tl);
    if (conv == 'X') for (intptr_t i = zeros; i < zeros + tl; i++) if (buf[i] >= 'a' && buf[i] <= 'f') buf[i] -= 32;
    emit_padded(sb, prefix, plen, buf, zeros + tl, zeros + tl, flags, width, true);
    pym_raw_free(buf);
    PYM_DECREF(text);
    return 0;
}

static int format_float(PymStrBuilder *sb, PymObject *v, char conv, int flags, intptr_t width,
                        intptr_t prec) {
    double d = pym_float_as_double(v);
    if (d == -1.0 && pym_err_occurred()) return -1;
    if (prec < 0) prec = 6;
    char prefix[2];
    int plen = 0;
    bool neg = signbit(d) && !isnan(d);
    if (neg) { prefix[plen++] = '-'; d = -d; }
    else if (flags & F_SIGN) prefix[plen++] = '+';
    else if (flags & F_BLANK) prefix[plen++] = ' ';
    bool upper = conv == 'E' || conv == 'F' || conv == 'G';
    if (isnan(d) || isinf(d)) {
        const char *t = isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        emit_padded(sb, prefix, plen, t, 3, 3, flags, width, true);
        return 0;
    }
    if (conv == 'f' || conv == 'F') {                /* the common case, without printf */
        char fast[64];
        int fl = pym_format_fixed(d, prec <= 17 ? (int)prec : -1, (flags & F_ALT) != 0, fast);
        if (fl >= 0) {
            emit_padded(sb, prefix, plen, fast, fl, fl, flags, width, true);
            return 0;
        }
    }
    char fmt[16];
    int k = 0;
    fmt[k++] = '%';
    if (flags & F_ALT) fmt[k++] = '#';
    fmt[k++] = '.';
    fmt[k++] = '*';
    fmt[k++] = conv;
    fmt[k] = 0;
    /* digits past a double's 1074 fractional / 767 significant ones are
    ** zeros: printf writes them slowly, so 'f'/'e' add them here */
    char lc = (char)(conv | 0x20);
    intptr_t cprec = lc == 'f' ? PYM_MIN(prec, 1100) : lc == 'e' ? PYM_MIN(prec, 800) : prec;
    intptr_t zeros = prec - cprec;
    size_t cap = (size_t)prec + 400;
    char small[512], *buf = cap <= sizeof small ? small : pym_raw_malloc(cap);
    if (!buf) { pym_err_no_memory(); return -1; }
    intptr_t n = snprintf(buf, cap, fmt, (int)cprec, d);
    if (zeros) {
        char *e = lc == 'e' ? strchr(buf, conv == 'E' ? 'E' : 'e') : NULL;
        intptr_t at = e ? e - buf : n;
        memmove(buf + at + zeros, buf + at, (size_t)(n - at + 1));
        memset(buf + at, '0', (size_t)zeros);
        n += zeros;
    }
    emit_padded(sb, prefix, plen, buf, n, n, flags, width, true);
    if (buf != small) pym_raw_free(buf);
    return 0;
}

/* bytes % args: %s/%b take bytes, %r/%a give ascii(), %c an int < 256 or
** one byte.  The builder then holds raw bytes (not necessarily UTF-8). */
static int bytes_conv(PymStrBuilder *sb, PymObject *v, char conv, int flags, intptr_t width,
                      intptr_t prec) {
    if (conv == 'r' || conv == 'a') {
        PymObject *s = pym_object_ascii(v);
        if (!s) return -1;
        intptr_t nb = PYM_STR_NBYTES(s);
        if (prec >= 0 && prec < nb) nb = prec;
        emit_padded(sb, "", 0, PYM_STR_UTF8(s), nb, nb, flags, width, false);
        PYM_DECREF(s);
        return 0;
    }
    if (conv == 'c') {
        char ch;
        if (PYM_BYTES_CHECK(v) && PYM_BYTES_LEN(v) == 1) {
            ch = PYM_BYTES_DATA(v)[0];
        } else if (PYM_INT_CHECK(v) || PYM_TYPE(v)->nb_index) {
            PymObject *iv = pym_number_index(v);
            if (!iv) return -1;
            int ovf;
            long long x = pym_int_as_longlong_overflow(iv, &ovf);
            PYM_DECREF(iv);
            if (ovf || x < 0 || x > 255) {
                pym_err_set_string(PymExc_OverflowError, "%c arg not in range(256)");
                return -1;
            }
            ch = (char)x;
        } else {
            pym_err_set_string(PymExc_TypeError,
                               "%c requires an integer in range(256) or a single byte");
            return -1;
        }
        emit_padded(sb, "", 0, &ch, 1, 1, flags, width, false);
        return 0;
    }
    /* 's' / 'b' */
    if (!PYM_BYTES_CHECK(v)) {
        pym_err_format(PymExc_TypeError,
                       "%%b requires a bytes-like object, or an object that implements "
                       "__bytes__, not '%s'", pym_type_name(v));
        return -1;
    }
    intptr_t nb = PYM_BYTES_LEN(v);
    if (prec >= 0 && prec < nb) nb = prec;
    emit_padded(sb, "", 0, PYM_BYTES_DATA(v), nb, nb, flags, width, false);
    return 0;
}

static PymObject *percent_format(const char *p, intptr_t n, PymObject *args, bool bytes_mode);

PymObject *pym_str_percent_format(PymObject *fmt, PymObject *args) {
    return percent_format(PYM_STR_UTF8(fmt), PYM_STR_NBYTES(fmt), args, false);
}

PymObject *pym_bytes_percent_format(PymObject *fmt, PymObject *args) {
    return percent_format(PYM_BYTES_DATA(fmt), PYM_BYTES_LEN(fmt), args, true);
}

static PymObject *percent_format(const char *p, intptr_t n, PymObject *args, bool bytes_mode) {
    PctCtx c;
    c.args = args;
    c.dict = NULL;
    if (PYM_TUPLE_CHECK(args)) { c.arglen = PYM_SIZE(args); c.argidx = 0; }
    else { c.arglen = -1; c.argidx = -2; }
    if (!PYM_TUPLE_CHECK(args) && !(bytes_mode ? PYM_BYTES_CHECK(args) : PYM_STR_CHECK(args)) &&
        PYM_TYPE(args)->mp_subscript)
        c.dict = args;
    intptr_t i = 0;
    PymStrBuilder sb;
    pym_sb_init(&sb);
    while (i < n) {
        const char *q = memchr(p + i, '%', (size_t)(n - i));
        intptr_t j = q ? q - p : n;
        pym_sb_append(&sb, p + i, j - i);
        if (j >= n) break;
        i = j + 1;
        if (i < n && p[i] == '%') { pym_sb_append(&sb, "%", 1); i++; continue; }
        PymObject *v = NULL;           /* borrowed, or owned when from the mapping */
        PymObject *owned = NULL;
        if (i < n && p[i] == '(') {
            if (!c.dict) {
                pym_err_set_string(PymExc_TypeError, "format requires a mapping");
                goto fail;
            }
            intptr_t depth = 1, k = ++i;
            while (k < n && depth) {
                if (p[k] == '(') depth++;
                else if (p[k] == ')') depth--;
                k++;
            }
            if (depth) {
                pym_err_set_string(PymExc_ValueError, "incomplete format key");
                goto fail;
            }
            PymObject *key = bytes_mode ? pym_bytes_from_data(p + i, k - 1 - i)
                                        : pym_str_from_utf8(p + i, k - 1 - i);
            if (!key) goto fail;
            owned = pym_object_getitem(c.dict, key);
            PYM_DECREF(key);
            if (!owned) goto fail;
            v = owned;
            c.arglen = -1;
            c.argidx = -1;             /* the value counts as taken (CPython) */
            i = k;
        }
        int flags = 0;
        while (i < n) {
            char f = p[i];
            if (f == '-') flags |= F_LJUST;
            else if (f == '+') flags |= F_SIGN;
            else if (f == ' ') flags |= F_BLANK;
            else if (f == '#') flags |= F_ALT;
            else if (f == '0') flags |= F_ZERO;
            else break;
            i++;
        }
        intptr_t width = -1, prec = -1;
        if (i < n && p[i] == '*') {
            PymObject *w = next_arg(&c);
            if (!w) goto fail_owned;
            if (!PYM_INT_CHECK(w)) {
                pym_err_set_string(PymExc_TypeError, "* wants int");
                goto fail_owned;
            }
            width = pym_int_as_ssize(w);
            if (width == -1 && pym_err_occurred()) goto fail_owned;
            if (width < 0) { flags |= F_LJUST; width = -width; }
            i++;
        } else {
            while (i < n && p[i] >= '0' && p[i] <= '9') {
                width = (width < 0 ? 0 : width) * 10 + (p[i] - '0');
                if (width > PYM_SSIZE_MAX / 20) {
                    pym_err_set_string(PymExc_ValueError, "width too big");
                    goto fail_owned;
                }
                i++;
            }
        }
        if (i < n && p[i] == '.') {
            i++;
            prec = 0;
            if (i < n && p[i] == '*') {
                PymObject *w = next_arg(&c);
                if (!w) goto fail_owned;
                if (!PYM_INT_CHECK(w)) {
                    pym_err_set_string(PymExc_TypeError, "* wants int");
                    goto fail_owned;
                }
                int ovf;
                long long pv = pym_int_as_longlong_overflow(w, &ovf);
                if (ovf || pv > INT_MAX || pv < INT_MIN) {      /* a C int in CPython */
                    pym_err_set_string(PymExc_OverflowError, "Python int too large to convert to C int");
                    goto fail_owned;
                }
                prec = pv < 0 ? 0 : (intptr_t)pv;
                i++;
            } else {
                while (i < n && p[i] >= '0' && p[i] <= '9') {
                    prec = prec * 10 + (p[i] - '0');
                    if (prec > INT_MAX) {
                        pym_err_set_string(PymExc_ValueError, "precision too big");
                        goto fail_owned;
                    }
                    i++;
                }
            }
        }
        while (i < n && (p[i] == 'h' || p[i] == 'l' || p[i] == 'L')) i++;
        if (i >= n) {
            pym_err_set_string(PymExc_ValueError, "incomplete format");
            goto fail_owned;
        }
        char conv = p[i];
        intptr_t conv_at = i;
        i++;
        if (conv == '%') {
            if (!v && !next_arg(&c)) goto fail_owned;
            pym_sb_append(&sb, "%", 1);
            PYM_XDECREF(owned);
            continue;
        }
        if (!strchr(bytes_mode ? "sbradiuxXoeEfFgGc" : "sradiuxXoeEfFgGc", conv) || conv == 0) {
            uint32_t cp;
            pym_utf8_decode((const unsigned char *)p + conv_at, n - conv_at, &cp);
            intptr_t idx = 0;
            for (intptr_t k = 0; k < conv_at; k++) if (((unsigned char)p[k] & 0xC0) != 0x80) idx++;
            pym_err_format(PymExc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                           cp < 128 ? (int)cp : '?', (int)cp, idx);
            goto fail_owned;
        }
        if (!v && !(v = next_arg(&c))) goto fail_owned;
        if (bytes_mode && strchr("sbrac", conv)) {
            if (bytes_conv(&sb, v, conv, flags, width, prec) < 0) goto fail_owned;
            PYM_XDECREF(owned);
            continue;
        }
        switch (conv) {
        case 's': case 'r': case 'a': {
            PymObject *s = conv == 's' ? pym_object_str(v) : conv == 'r' ? pym_object_repr(v)
                                                             : pym_object_ascii(v);
            if (!s) goto fail_owned;
            intptr_t nch = PYM_STR_LEN(s), nb = PYM_STR_NBYTES(s);
            if (prec >= 0 && prec < nch) { nb = pym_str_offset(s, prec); nch = prec; }
            emit_padded(&sb, "", 0, PYM_STR_UTF8(s), nb, nch, flags, width, false);
            PYM_DECREF(s);
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
            if (format_int(&sb, v, conv, flags, width, prec) < 0) goto fail_owned;
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            if (format_float(&sb, v, conv, flags, width, prec) < 0) goto fail_owned;
            break;
        case 'c': {
            uint32_t cp;
            if (PYM_STR_CHECK(v)) {
                if (PYM_STR_LEN(v) != 1) {
                    pym_err_set_string(PymExc_TypeError, "%c requires int or char");
                    goto fail_owned;
                }
                cp = pym_str_char_at(v, 0);
            } else if (PYM_INT_CHECK(v) || PYM_TYPE(v)->nb_index) {
                PymObject *iv = pym_number_index(v);
                if (!iv) goto fail_owned;
                int ovf;
                long long x = pym_int_as_longlong_overflow(iv, &ovf);
                PYM_DECREF(iv);
                if (ovf || x < 0 || x > 0x10FFFF) {
                    pym_err_set_string(PymExc_OverflowError, "%c arg not in range(0x110000)");
                    goto fail_owned;
                }
                cp = (uint32_t)x;
            } else {
                pym_err_set_string(PymExc_TypeError, "%c requires int or char");
                goto fail_owned;
            }
            char b[4];
            int bl = pym_utf8_encode(cp, b);
            emit_padded(&sb, "", 0, b, bl, 1, flags, width, false);
            break;
        }
        }
        PYM_XDECREF(owned);
        continue;
    fail_owned:
        PYM_XDECREF(owned);
        goto fail;
    }
    if (c.argidx < c.arglen && !c.dict) {
        pym_err_format(PymExc_TypeError, "not all arguments converted during %s formatting",
                       bytes_mode ? "bytes" : "string");
        goto fail;
    }
    if (bytes_mode) {
        if (sb.failed) { pym_sb_discard(&sb); return pym_err_no_memory(); }
        PymObject *r = pym_bytes_from_data(sb.buf ? sb.buf : "", sb.len);
        pym_sb_discard(&sb);
        return r;
    }
    return pym_sb_finish(&sb);
fail:
    pym_sb_discard(&sb);
    return NULL;
}
