/*
** strformat.c -- printf-style formatting: str % args (pym_str_percent_format).
** Conversions %s %r %a %d %i %u %x %X %o %e %E %f %F %g %G %c %%, flags
** '-', '+', ' ', '#', '0', width and precision (also '*'), and mapping keys
** %(name)s.  Integers are rendered by the int object (decimal/base text),
** floats by pym_format_fixed ('f', up to 17 digits) or snprintf.
** percent_format walks the text;
** do_conversion takes one specification through its steps: the mapping
** key, parse_conversion (flags, width, precision, conversion), the argument,
** format_one.
*/
#include "pym.h"
#include <math.h>
#include <limits.h>

typedef struct {
    PymObject *args;         /* the right operand */
    PymObject *dict;         /* mapping for %(key), or NULL */
    intptr_t arglen, argidx; /* CPython's scheme: arglen -1 for a single argument */
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
        if (PYM_INT_CHECK(v))
            iv = pym_newref(v);
        else if (PYM_FLOAT_CHECK(v) || PYM_TYPE(v)->nb_int)
            iv = pym_number_int(v);
        else if (PYM_TYPE(v)->nb_index)
            iv = pym_number_index(v);
        else {
            pym_err_format(PymExc_TypeError, "%%%c format: a real number is required, not %s", conv,
                           pym_type_name(v));
            return -1;
        }
    } else {
        if (PYM_INT_CHECK(v))
            iv = pym_newref(v);
        else if (PYM_TYPE(v)->nb_index)
            iv = pym_number_index(v);
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
    if (neg) {
        t++;
        tl--;
    }
    if (base != 10 && tl >= 2 && t[0] == '0') {
        t += 2;
        tl -= 2;
    } /* drop 0x / 0o */
    char prefix[4];
    int plen = 0;
    if (neg)
        prefix[plen++] = '-';
    else if (flags & F_SIGN)
        prefix[plen++] = '+';
    else if (flags & F_BLANK)
        prefix[plen++] = ' ';
    if ((flags & F_ALT) && base != 10) {
        prefix[plen++] = '0';
        prefix[plen++] = conv; /* x, X or o */
    }
    /* precision: minimum number of digits */
    intptr_t zeros = prec > tl ? prec - tl : 0;
    char *buf = pym_raw_malloc((size_t)(zeros + tl + 1));
    if (!buf) {
        PYM_DECREF(text);
        pym_err_no_memory();
        return -1;
    }
    memset(buf, '0', (size_t)zeros);
    memcpy(buf + zeros, t, (size_t)tl);
    if (conv == 'X')
        for (intptr_t i = zeros; i < zeros + tl; i++)
            if (buf[i] >= 'a' && buf[i] <= 'f') buf[i] -= 32;
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
    if (neg) {
        prefix[plen++] = '-';
        d = -d;
    } else if (flags & F_SIGN)
        prefix[plen++] = '+';
    else if (flags & F_BLANK)
        prefix[plen++] = ' ';
    bool upper = conv == 'E' || conv == 'F' || conv == 'G';
    if (isnan(d) || isinf(d)) {
        const char *t = isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        emit_padded(sb, prefix, plen, t, 3, 3, flags, width, true);
        return 0;
    }
    if (conv == 'f' || conv == 'F') { /* the common case, without printf */
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
    if (!buf) {
        pym_err_no_memory();
        return -1;
    }
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
                       "__bytes__, not '%s'",
                       pym_type_name(v));
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

/* One conversion specification: %[(key)][flags][width][.precision][hlL]conv. */
typedef struct {
    int flags;
    intptr_t width, prec; /* -1 when not given */
    char conv;
    intptr_t conv_at; /* byte offset of conv in the format */
} PctSpec;

/* "(key)" at p[*i] (just after the '(') : the mapping's value for key (new
** reference) in *owned; afterwards the positional arguments count as taken,
** as in CPython.  0/-1. */
static int fetch_keyed(PctCtx *c, const char *p, intptr_t n, intptr_t *i, bool bytes_mode,
                       PymObject **owned) {
    if (!c->dict) {
        pym_err_set_string(PymExc_TypeError, "format requires a mapping");
        return -1;
    }
    intptr_t depth = 1, k = *i;
    while (k < n && depth) {
        if (p[k] == '(')
            depth++;
        else if (p[k] == ')')
            depth--;
        k++;
    }
    if (depth) {
        pym_err_set_string(PymExc_ValueError, "incomplete format key");
        return -1;
    }
    PymObject *key = bytes_mode ? pym_bytes_from_data(p + *i, k - 1 - *i)
                                : pym_str_from_utf8(p + *i, k - 1 - *i);
    if (!key) return -1;
    *owned = pym_object_getitem(c->dict, key);
    PYM_DECREF(key);
    if (!*owned) return -1;
    c->arglen = -1;
    c->argidx = -1;
    *i = k;
    return 0;
}

/* A '*' width or precision: the next argument as an int. 0/-1. */
static int star_arg(PctCtx *c, PymObject **out) {
    PymObject *w = next_arg(c);
    if (!w) return -1;
    if (!PYM_INT_CHECK(w)) {
        pym_err_set_string(PymExc_TypeError, "* wants int");
        return -1;
    }
    *out = w;
    return 0;
}

/* Flags, width, precision, length modifiers and the conversion character
** from p[*i] on (a '*' takes its value from the arguments).  0/-1. */
static int parse_conversion(PctCtx *c, const char *p, intptr_t n, intptr_t *pi, PctSpec *sp) {
    intptr_t i = *pi;
    sp->flags = 0;
    for (; i < n; i++) {
        char f = p[i];
        if (f == '-')
            sp->flags |= F_LJUST;
        else if (f == '+')
            sp->flags |= F_SIGN;
        else if (f == ' ')
            sp->flags |= F_BLANK;
        else if (f == '#')
            sp->flags |= F_ALT;
        else if (f == '0')
            sp->flags |= F_ZERO;
        else
            break;
    }
    sp->width = sp->prec = -1;
    if (i < n && p[i] == '*') {
        PymObject *w;
        if (star_arg(c, &w) < 0) return -1;
        sp->width = pym_int_as_ssize(w);
        if (sp->width == -1 && pym_err_occurred()) return -1;
        if (sp->width < 0) {
            sp->flags |= F_LJUST;
            sp->width = -sp->width;
        }
        i++;
    } else {
        for (; i < n && p[i] >= '0' && p[i] <= '9'; i++) {
            sp->width = (sp->width < 0 ? 0 : sp->width) * 10 + (p[i] - '0');
            if (sp->width > PYM_SSIZE_MAX / 20) {
                pym_err_set_string(PymExc_ValueError, "width too big");
                return -1;
            }
        }
    }
    if (i < n && p[i] == '.') {
        i++;
        sp->prec = 0;
        if (i < n && p[i] == '*') {
            PymObject *w;
            if (star_arg(c, &w) < 0) return -1;
            int ovf;
            long long pv = pym_int_as_longlong_overflow(w, &ovf);
            if (ovf || pv > INT_MAX || pv < INT_MIN) { /* a C int in CPython */
                pym_err_set_string(PymExc_OverflowError,
                                   "Python int too large to convert to C int");
                return -1;
            }
            sp->prec = pv < 0 ? 0 : (intptr_t)pv;
            i++;
        } else {
            for (; i < n && p[i] >= '0' && p[i] <= '9'; i++) {
                sp->prec = sp->prec * 10 + (p[i] - '0');
                if (sp->prec > INT_MAX) {
                    pym_err_set_string(PymExc_ValueError, "precision too big");
                    return -1;
                }
            }
        }
    }
    while (i < n && (p[i] == 'h' || p[i] == 'l' || p[i] == 'L')) i++;
    if (i >= n) {
        pym_err_set_string(PymExc_ValueError, "incomplete format");
        return -1;
    }
    sp->conv = p[i];
    sp->conv_at = i;
    *pi = i + 1;
    return 0;
}

/* ValueError for a conversion character pym (and CPython) does not know. */
static void unsupported_conversion(const char *p, intptr_t n, intptr_t at) {
    uint32_t cp;
    pym_utf8_decode((const unsigned char *)p + at, n - at, &cp);
    intptr_t idx = 0;
    for (intptr_t k = 0; k < at; k++)
        if (((unsigned char)p[k] & 0xC0) != 0x80) idx++;
    pym_err_format(PymExc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                   cp < 128 ? (int)cp : '?', (int)cp, idx);
}

/* %c of a one-character str or an int code point. 0/-1. */
static int format_char(PymStrBuilder *sb, PymObject *v, int flags, intptr_t width) {
    uint32_t cp;
    if (PYM_STR_CHECK(v)) {
        if (PYM_STR_LEN(v) != 1) {
            pym_err_set_string(PymExc_TypeError, "%c requires int or char");
            return -1;
        }
        cp = pym_str_char_at(v, 0);
    } else if (PYM_INT_CHECK(v) || PYM_TYPE(v)->nb_index) {
        PymObject *iv = pym_number_index(v);
        if (!iv) return -1;
        int ovf;
        long long x = pym_int_as_longlong_overflow(iv, &ovf);
        PYM_DECREF(iv);
        if (ovf || x < 0 || x > 0x10FFFF) {
            pym_err_set_string(PymExc_OverflowError, "%c arg not in range(0x110000)");
            return -1;
        }
        cp = (uint32_t)x;
    } else {
        pym_err_set_string(PymExc_TypeError, "%c requires int or char");
        return -1;
    }
    char b[4];
    int bl = pym_utf8_encode(cp, b);
    emit_padded(sb, "", 0, b, bl, 1, flags, width, false);
    return 0;
}

/* %s %r %a: the object's str, repr or ascii, cut to the precision. 0/-1. */
static int format_text(PymStrBuilder *sb, PymObject *v, const PctSpec *sp) {
    PymObject *s = sp->conv == 's'   ? pym_object_str(v)
                   : sp->conv == 'r' ? pym_object_repr(v)
                                     : pym_object_ascii(v);
    if (!s) return -1;
    intptr_t nch = PYM_STR_LEN(s), nb = PYM_STR_NBYTES(s);
    if (sp->prec >= 0 && sp->prec < nch) {
        nb = pym_str_offset(s, sp->prec);
        nch = sp->prec;
    }
    emit_padded(sb, "", 0, PYM_STR_UTF8(s), nb, nch, sp->flags, sp->width, false);
    PYM_DECREF(s);
    return 0;
}

/* Appends v formatted by one conversion (not '%'). 0/-1. */
static int format_one(PymStrBuilder *sb, PymObject *v, const PctSpec *sp, bool bytes_mode) {
    if (bytes_mode && strchr("sbrac", sp->conv))
        return bytes_conv(sb, v, sp->conv, sp->flags, sp->width, sp->prec);
    switch (sp->conv) {
    case 's':
    case 'r':
    case 'a': return format_text(sb, v, sp);
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o': return format_int(sb, v, sp->conv, sp->flags, sp->width, sp->prec);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': return format_float(sb, v, sp->conv, sp->flags, sp->width, sp->prec);
    default: /* 'c' */ return format_char(sb, v, sp->flags, sp->width);
    }
}

/* One '%' specification starting just after the '%' at p[*i]: fetch the
** argument, format it, append it; *i moves past the specification. 0/-1. */
static int do_conversion(PymStrBuilder *sb, PctCtx *c, const char *p, intptr_t n, intptr_t *i,
                         bool bytes_mode) {
    PymObject *owned = NULL; /* the value from the mapping, if any */
    PctSpec sp;
    int rc = -1;
    if (*i < n && p[*i] == '(') {
        (*i)++;
        if (fetch_keyed(c, p, n, i, bytes_mode, &owned) < 0) return -1;
    }
    if (parse_conversion(c, p, n, i, &sp) < 0) goto done;
    PymObject *v = owned; /* borrowed from here on */
    if (sp.conv == '%') { /* "%5%", "%(k)%": an argument is taken, then refused */
        if (v || next_arg(c)) unsupported_conversion(p, n, sp.conv_at);
        goto done;
    }
    if (!strchr(bytes_mode ? "sbradiuxXoeEfFgGc" : "sradiuxXoeEfFgGc", sp.conv) || sp.conv == 0) {
        unsupported_conversion(p, n, sp.conv_at);
        goto done;
    }
    if (!v && !(v = next_arg(c))) goto done;
    rc = format_one(sb, v, &sp, bytes_mode);
done:
    PYM_XDECREF(owned);
    return rc;
}

static PymObject *percent_format(const char *p, intptr_t n, PymObject *args, bool bytes_mode) {
    PctCtx c;
    c.args = args;
    c.dict = NULL;
    if (PYM_TUPLE_CHECK(args)) {
        c.arglen = PYM_SIZE(args);
        c.argidx = 0;
    } else {
        c.arglen = -1;
        c.argidx = -2;
    }
    if (!PYM_TUPLE_CHECK(args) && !(bytes_mode ? PYM_BYTES_CHECK(args) : PYM_STR_CHECK(args)) &&
        PYM_TYPE(args)->mp_subscript)
        c.dict = args;
    PymStrBuilder sb;
    pym_sb_init(&sb);
    intptr_t i = 0;
    while (i < n) {
        const char *q = memchr(p + i, '%', (size_t)(n - i));
        intptr_t j = q ? q - p : n;
        pym_sb_append(&sb, p + i, j - i);
        if (j >= n) break;
        i = j + 1;
        if (i < n && p[i] == '%') {
            pym_sb_append(&sb, "%", 1);
            i++;
            continue;
        }
        if (do_conversion(&sb, &c, p, n, &i, bytes_mode) < 0) {
            pym_sb_discard(&sb);
            return NULL;
        }
    }
    if (c.argidx < c.arglen && !c.dict) {
        pym_err_format(PymExc_TypeError, "not all arguments converted during %s formatting",
                       bytes_mode ? "bytes" : "string");
        pym_sb_discard(&sb);
        return NULL;
    }
    if (bytes_mode) {
        if (sb.failed) {
            pym_sb_discard(&sb);
            return pym_err_no_memory();
        }
        PymObject *r = pym_bytes_from_data(sb.buf ? sb.buf : "", sb.len);
        pym_sb_discard(&sb);
        return r;
    }
    return pym_sb_finish(&sb);
}
