/*
** formatspec.c -- the format-spec mini-language ([[fill]align][sign][z][#]
** [0][width][grouping][.precision][type]), padding, str.__format__, and
** str.format / str.format_map (replacement fields, auto/manual numbering,
** attribute and index access, !r/!s/!a conversions, nested specs).
** The number types format their own bodies and use the parser and
** pym_format_pad from here.
*/
#include "pym.h"
#include "floatrepr.h"
#include <math.h>

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

/* The spec's code points into buf (64 entries) or, for a longer spec, a
** raw block the caller frees; NULL on failure.  Specs are short and nearly
** always ASCII, copied byte by byte. */
static uint32_t *spec_decode(PymObject *spec, intptr_t n, uint32_t *buf) {
    uint32_t *s = buf;
    if (n > 64 && !(s = pym_raw_malloc(sizeof(uint32_t) * (size_t)n))) {
        pym_err_no_memory();
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)PYM_STR_UTF8(spec);
    if (PYM_STR_IS_ASCII(spec)) {
        for (intptr_t i = 0; i < n; i++) s[i] = p[i];
    } else {
        intptr_t off = 0, nb = PYM_STR_NBYTES(spec);
        for (intptr_t i = 0; i < n; i++) off += pym_utf8_decode(p + off, nb - off, &s[i]);
    }
    return s;
}

/* [[fill]align]: returns the new position. */
static intptr_t parse_fill_align(const uint32_t *s, intptr_t n, PymFormatSpec *out,
                                 bool *fill_given) {
    if (n >= 2 && is_align(s[1])) {
        out->fill = s[0];
        out->align = (char)s[1];
        *fill_given = true;
        return 2;
    }
    if (n >= 1 && is_align(s[0])) {
        out->align = (char)s[0];
        return 1;
    }
    return 0;
}

/* A run of decimal digits at *pos into *value; -1 (ValueError) when it
** does not fit a Py_ssize_t. */
static int parse_count(const uint32_t *s, intptr_t n, intptr_t *pos, intptr_t *value) {
    intptr_t v = 0, i = *pos;
    while (i < n && s[i] >= '0' && s[i] <= '9') {
        if (v > (PYM_SSIZE_MAX - 9) / 10) {
            pym_err_set_string(PymExc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (intptr_t)(s[i++] - '0');
    }
    *pos = i;
    *value = v;
    return 0;
}

/* Whether the grouping option goes with the presentation type (CPython's
** messages otherwise). */
static int check_grouping(const PymFormatSpec *out, const char *tname) {
    char t = out->type;
    bool ok;
    if (t == 0 && tname && !strcmp(tname, "str")) t = 's';
    switch (t) {
    case 0:
    case 'd':
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'G':
    case '%':
    case 'F': ok = true; break;
    case 'b':
    case 'o':
    case 'x':
    case 'X': ok = out->grouping == '_'; break;
    default: ok = false;
    }
    if (ok) return 0;
    if (t > 32 && t < 127)
        pym_err_format(PymExc_ValueError, "Cannot specify '%c' with '%c'.", out->grouping, t);
    else
        pym_err_format(PymExc_ValueError, "Cannot specify '%c' with '\\x%x'.", out->grouping,
                       (int)(unsigned char)t);
    return -1;
}

/* The last character: the presentation type (nothing left: none). */
static int parse_type(const uint32_t *s, intptr_t n, intptr_t pos, PymFormatSpec *out,
                      PymObject *spec, const char *tname) {
    if (n - pos > 1) {
        if (tname)
            pym_err_format(PymExc_ValueError,
                           "Invalid format specifier '%U' for object of type '%s'", spec, tname);
        else
            pym_err_set_string(PymExc_ValueError, "Invalid format specifier");
        return -1;
    }
    if (n - pos == 1) {
        uint32_t t = s[pos];
        if (t >= 128) {
            if (tname)
                pym_err_format(PymExc_ValueError,
                               "Unknown format code '\\x%x' for object of type '%s'", (int)t,
                               tname);
            else
                pym_err_set_string(PymExc_ValueError, "Invalid format specifier");
            return -1;
        }
        out->type = (char)t;
    }
    return 0;
}

/* [[fill]align][sign][z][#][0][width][grouping][.precision][type], in that
** order; each step reads from pos on. */
static int parse_spec(const uint32_t *s, intptr_t n, PymFormatSpec *out, PymObject *spec,
                      const char *tname, bool *z) {
    bool fill_given = false;
    intptr_t pos = parse_fill_align(s, n, out, &fill_given);
    if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) out->sign = (char)s[pos++];
    if (pos < n && s[pos] == 'z') {
        if (z) *z = true;
        pos++;
    }
    if (pos < n && s[pos] == '#') {
        out->alternate = true;
        pos++;
    }
    if (!fill_given && pos < n && s[pos] == '0') {
        out->fill = '0';
        out->zero = true;
        pos++;
    }
    if (pos < n && s[pos] >= '0' && s[pos] <= '9') {
        if (parse_count(s, n, &pos, &out->width) < 0) return -1;
    } else if (out->zero) {
        out->width = 0;
    }
    if (pos < n && (s[pos] == ',' || s[pos] == '_')) {
        out->grouping = (char)s[pos++];
        if (pos < n && (s[pos] == ',' || s[pos] == '_')) {
            if (s[pos] == out->grouping)
                pym_err_format(PymExc_ValueError, "Cannot specify '%c' with '%c'.", out->grouping,
                               out->grouping);
            else
                pym_err_set_string(PymExc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
    }
    if (pos < n && s[pos] == '.') {
        pos++;
        if (!(pos < n && s[pos] >= '0' && s[pos] <= '9')) {
            pym_err_set_string(PymExc_ValueError, "Format specifier missing precision");
            return -1;
        }
        if (parse_count(s, n, &pos, &out->precision) < 0) return -1;
    }
    if (parse_type(s, n, pos, out, spec, tname) < 0) return -1;
    if (out->grouping && check_grouping(out, tname) < 0) return -1;
    return 0;
}

int pym_format_spec_parse_ex(PymObject *spec, PymFormatSpec *out, const char *tname, bool *z) {
    out->fill = ' ';
    out->align = 0;
    out->sign = 0;
    out->alternate = false;
    out->zero = false;
    out->width = -1;
    out->grouping = 0;
    out->precision = -1;
    out->type = 0;
    if (z) *z = false;
    intptr_t n = PYM_STR_LEN(spec);
    if (n == 0) return 0;
    uint32_t buf[64];
    uint32_t *s = spec_decode(spec, n, buf);
    if (!s) return -1;
    int rc = parse_spec(s, n, out, spec, tname, z);
    if (s != buf) pym_raw_free(s);
    return rc;
}

int pym_format_spec_parse(PymObject *spec, PymFormatSpec *out) {
    return pym_format_spec_parse_ex(spec, out, NULL, NULL);
}

/* Pads body to spec->width.  With '=' alignment the padding goes after a
** leading sign and, with '#', after a 0x/0o/0b prefix.  A '0' flag without
** an explicit alignment means '=' when the default alignment is '>'. */
PymObject *pym_format_pad(const char *body, intptr_t nbytes, intptr_t nchars,
                          const PymFormatSpec *spec, char default_align) {
    intptr_t width = spec->width;
    if (width <= nchars) return pym_str_from_utf8(body, nbytes);
    char align = spec->align;
    if (!align) align = (spec->zero && default_align == '>') ? '=' : default_align;
    intptr_t padn = width - nchars, left, right;
    switch (align) {
    case '<':
        left = 0;
        right = padn;
        break;
    case '^':
        left = padn / 2;
        right = padn - left;
        break;
    default:
        left = padn;
        right = 0;
        break;
    }
    PymStrBuilder sb;
    pym_sb_init(&sb);
    intptr_t pre = 0;
    if (align == '=') {
        if (nbytes > 0 && (body[0] == '+' || body[0] == '-' || body[0] == ' ')) pre = 1;
        if (spec->alternate && nbytes >= pre + 2 && body[pre] == '0' &&
            strchr("xXoObB", body[pre + 1]))
            pre += 2;
        pym_sb_append(&sb, body, pre);
    }
    pym_sb_append_repeat(&sb, spec->fill, left);
    pym_sb_append(&sb, body + pre, nbytes - pre);
    pym_sb_append_repeat(&sb, spec->fill, right);
    return pym_sb_finish(&sb);
}

PymObject *pym_str_format_spec(PymObject *s, PymObject *spec) {
    if (PYM_STR_LEN(spec) == 0) {
        if (PYM_STR_CHECK_EXACT(s)) return pym_newref(s);
        return pym_str_from_utf8(PYM_STR_UTF8(s), PYM_STR_NBYTES(s));
    }
    PymFormatSpec f;
    bool z;
    if (pym_format_spec_parse_ex(spec, &f, "str", &z) < 0) return NULL;
    if (f.type != 0 && f.type != 's') {
        if (f.type > 32 && f.type < 127)
            pym_err_format(PymExc_ValueError, "Unknown format code '%c' for object of type 'str'",
                           f.type);
        else
            pym_err_format(PymExc_ValueError,
                           "Unknown format code '\\x%x' for object of type 'str'",
                           (int)(unsigned char)f.type);
        return NULL;
    }
    if (f.sign) {
        pym_err_set_string(PymExc_ValueError, f.sign == ' '
                                                  ? "Space not allowed in string format specifier"
                                                  : "Sign not allowed in string format specifier");
        return NULL;
    }
    if (z) {
        pym_err_set_string(PymExc_ValueError,
                           "Negative zero coercion (z) not allowed in string format specifier");
        return NULL;
    }
    if (f.alternate) {
        pym_err_set_string(PymExc_ValueError,
                           "Alternate form (#) not allowed in string format specifier");
        return NULL;
    }
    if (f.align == '=') {
        pym_err_set_string(PymExc_ValueError,
                           "'=' alignment not allowed in string format specifier");
        return NULL;
    }
    intptr_t nchars = PYM_STR_LEN(s), nbytes = PYM_STR_NBYTES(s);
    if (f.precision >= 0 && f.precision < nchars) {
        nbytes = pym_str_offset(s, f.precision);
        nchars = f.precision;
    }
    if (f.width <= nchars) {
        if (nbytes == PYM_STR_NBYTES(s) && PYM_STR_CHECK_EXACT(s)) return pym_newref(s);
        return pym_str_new_known(PYM_STR_UTF8(s), nbytes, nchars, nbytes == nchars);
    }
    return pym_format_pad(PYM_STR_UTF8(s), nbytes, nchars, &f, '<');
}

/* ------------------------------------------------------------------ */
/* str.format                                                          */
/* ------------------------------------------------------------------ */

typedef struct {
    PymObject *const *args;
    size_t nargs;
    PymObject *kwnames; /* tuple or NULL */
    PymObject *mapping; /* format_map */
    int auto_state;     /* 0 unknown, 1 automatic, 2 manual */
    intptr_t next_index;
} FmtState;

static int render(PymStrBuilder *sb, const char *p, intptr_t n, FmtState *st, int depth);

static bool all_digits(const char *p, intptr_t n) {
    if (n == 0) return false;
    for (intptr_t i = 0; i < n; i++)
        if (p[i] < '0' || p[i] > '9') return false;
    return true;
}

static intptr_t parse_digits(const char *p, intptr_t n) {
    intptr_t v = 0;
    for (intptr_t i = 0; i < n; i++) {
        if (v > (PYM_SSIZE_MAX - 9) / 10) return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

/* Looks up the first part of a field name; new ref. */
static PymObject *get_arg(FmtState *st, const char *p, intptr_t n) {
    if (n == 0) {
        if (st->auto_state == 2) {
            pym_err_set_string(
                PymExc_ValueError,
                "cannot switch from manual field specification to automatic field numbering");
            return NULL;
        }
        st->auto_state = 1;
        intptr_t i = st->next_index++;
        if (st->mapping || (size_t)i >= st->nargs) {
            if (st->mapping) {
                pym_err_set_string(PymExc_ValueError, "Format string contains positional fields");
                return NULL;
            }
            pym_err_format(PymExc_IndexError,
                           "Replacement index %zd out of range for positional args tuple", i);
            return NULL;
        }
        return pym_newref(st->args[i]);
    }
    if (all_digits(p, n)) {
        if (st->auto_state == 1) {
            pym_err_set_string(
                PymExc_ValueError,
                "cannot switch from automatic field numbering to manual field specification");
            return NULL;
        }
        st->auto_state = 2;
        intptr_t i = parse_digits(p, n);
        if (st->mapping) {
            pym_err_set_string(PymExc_ValueError, "Format string contains positional fields");
            return NULL;
        }
        if (i < 0 || (size_t)i >= st->nargs) {
            pym_err_format(PymExc_IndexError,
                           "Replacement index %zd out of range for positional args tuple", i);
            return NULL;
        }
        return pym_newref(st->args[i]);
    }
    PymObject *key = pym_str_from_utf8(p, n);
    if (!key) return NULL;
    if (st->mapping) {
        PymObject *v = pym_object_getitem(st->mapping, key);
        PYM_DECREF(key);
        return v;
    }
    if (st->kwnames) {
        intptr_t nk = PYM_SIZE(st->kwnames);
        for (intptr_t k = 0; k < nk; k++) {
            if (pym_str_equal(PYM_TUPLE_GET(st->kwnames, k), key)) {
                PYM_DECREF(key);
                return pym_newref(st->args[st->nargs + k]);
            }
        }
    }
    pym_err_set_object(PymExc_KeyError, key);
    PYM_DECREF(key);
    return NULL;
}

/* Resolves a whole field name (arg plus .attr / [key] chain); new ref. */
static PymObject *get_field(FmtState *st, const char *p, intptr_t n) {
    intptr_t i = 0;
    while (i < n && p[i] != '.' && p[i] != '[') i++;
    PymObject *obj = get_arg(st, p, i);
    if (!obj) return NULL;
    while (i < n) {
        if (p[i] == '.') {
            intptr_t j = ++i;
            while (j < n && p[j] != '.' && p[j] != '[') j++;
            if (j == i) {
                pym_err_set_string(PymExc_ValueError, "Empty attribute in format string");
                goto fail;
            }
            PymObject *name = pym_str_from_utf8(p + i, j - i);
            if (!name) goto fail;
            PymObject *v = pym_object_getattr(obj, name);
            PYM_DECREF(name);
            PYM_DECREF(obj);
            obj = v;
            if (!obj) return NULL;
            i = j;
        } else if (p[i] == '[') {
            intptr_t j = ++i;
            while (j < n && p[j] != ']') j++;
            if (j >= n) {
                pym_err_set_string(PymExc_ValueError, "Missing ']' in format string");
                goto fail;
            }
            if (j == i) {
                pym_err_set_string(PymExc_ValueError, "Empty attribute in format string");
                goto fail;
            }
            PymObject *key = all_digits(p + i, j - i)
                                 ? pym_int_from_ssize(parse_digits(p + i, j - i))
                                 : pym_str_from_utf8(p + i, j - i);
            if (!key) goto fail;
            PymObject *v = pym_object_getitem(obj, key);
            PYM_DECREF(key);
            PYM_DECREF(obj);
            obj = v;
            if (!obj) return NULL;
            i = j + 1;
            if (i < n && p[i] != '.' && p[i] != '[') {
                pym_err_set_string(PymExc_ValueError,
                                   "Only '.' or '[' may follow ']' in format field specifier");
                goto fail;
            }
        } else {
            pym_err_set_string(PymExc_ValueError,
                               "Only '.' or '[' may follow ']' in format field specifier");
            goto fail;
        }
    }
    return obj;
fail:
    PYM_DECREF(obj);
    return NULL;
}

/* Formats one replacement field (text between the braces). */
static int do_field(PymStrBuilder *sb, const char *p, intptr_t n, FmtState *st, int depth) {
    /* field name ends at '!' or ':' outside brackets */
    intptr_t i = 0;
    bool inbr = false;
    while (i < n) {
        char c = p[i];
        if (c == '[')
            inbr = true;
        else if (c == ']')
            inbr = false;
        else if (!inbr && (c == '!' || c == ':'))
            break;
        i++;
    }
    intptr_t name_end = i;
    char conv = 0;
    if (i < n && p[i] == '!') {
        if (i + 1 >= n) {
            pym_err_set_string(PymExc_ValueError,
                               "end of string while looking for conversion specifier");
            return -1;
        }
        conv = p[i + 1];
        i += 2;
        if (i < n && p[i] != ':') {
            pym_err_set_string(PymExc_ValueError, "expected ':' after conversion specifier");
            return -1;
        }
    }
    const char *spec = NULL;
    intptr_t specn = 0;
    if (i < n && p[i] == ':') {
        spec = p + i + 1;
        specn = n - i - 1;
    }
    PymObject *obj = get_field(st, p, name_end);
    if (!obj) return -1;
    if (conv) {
        PymObject *c;
        switch (conv) {
        case 'r': c = pym_object_repr(obj); break;
        case 's': c = pym_object_str(obj); break;
        case 'a': c = pym_object_ascii(obj); break;
        default:
            if ((unsigned char)conv < 128)
                pym_err_format(PymExc_ValueError, "Unknown conversion specifier %c", conv);
            else
                pym_err_set_string(PymExc_ValueError, "Unknown conversion specifier");
            PYM_DECREF(obj);
            return -1;
        }
        PYM_DECREF(obj);
        if (!c) return -1;
        obj = c;
    }
    PymObject *specobj;
    if (spec && memchr(spec, '{', (size_t)specn)) {
        PymStrBuilder sub;
        pym_sb_init(&sub);
        if (render(&sub, spec, specn, st, depth - 1) < 0) {
            pym_sb_discard(&sub);
            PYM_DECREF(obj);
            return -1;
        }
        specobj = pym_sb_finish(&sub);
    } else if (specn) {
        specobj = pym_str_from_utf8(spec, specn);
    } else {
        /* fast path: no spec */
        int r;
        if (PYM_STR_CHECK_EXACT(obj)) {
            pym_sb_append_str(sb, obj);
            r = 0;
        } else {
            PymObject *f = pym_object_format(obj, NULL);
            r = f ? 0 : -1;
            if (f) {
                pym_sb_append_str(sb, f);
                PYM_DECREF(f);
            }
        }
        PYM_DECREF(obj);
        return r;
    }
    if (!specobj) {
        PYM_DECREF(obj);
        return -1;
    }
    PymObject *f = pym_object_format(obj, specobj);
    PYM_DECREF(specobj);
    PYM_DECREF(obj);
    if (!f) return -1;
    pym_sb_append_str(sb, f);
    PYM_DECREF(f);
    return 0;
}

static int render(PymStrBuilder *sb, const char *p, intptr_t n, FmtState *st, int depth) {
    if (depth <= 0) {
        pym_err_set_string(PymExc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    intptr_t i = 0;
    while (i < n) {
        intptr_t j = i;
        while (j < n && p[j] != '{' && p[j] != '}') j++;
        pym_sb_append(sb, p + i, j - i);
        if (j >= n) break;
        if (p[j] == '}') {
            if (j + 1 < n && p[j + 1] == '}') {
                pym_sb_append(sb, "}", 1);
                i = j + 2;
                continue;
            }
            pym_err_set_string(PymExc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (j + 1 < n && p[j + 1] == '{') {
            pym_sb_append(sb, "{", 1);
            i = j + 2;
            continue;
        }
        if (j + 1 >= n) {
            pym_err_set_string(PymExc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        /* find the matching '}' */
        intptr_t k = j + 1, count = 1;
        bool inbr = false, inspec = false;
        while (k < n) {
            char c = p[k];
            if (!inspec && c == '[')
                inbr = true;
            else if (!inspec && c == ']')
                inbr = false;
            else if (!inspec && !inbr && c == ':')
                inspec = true;
            else if (!inspec && !inbr && c == '!') {
                k += 2;
                continue;
            } else if (c == '{' && (inspec || !inbr))
                count++;
            else if (c == '}' && (inspec || !inbr)) {
                if (--count == 0) break;
            }
            k++;
        }
        if (k >= n) {
            const char *f = p + j + 1;
            intptr_t fl = n - j - 1;
            if (fl > 0 && f[fl - 1] == '!')
                pym_err_set_string(PymExc_ValueError,
                                   "end of string while looking for conversion specifier");
            else if (memchr(f, ':', (size_t)fl) || memchr(f, '!', (size_t)fl))
                pym_err_set_string(PymExc_ValueError, "unmatched '{' in format spec");
            else
                pym_err_set_string(PymExc_ValueError, "expected '}' before end of string");
            return -1;
        }
        if (do_field(sb, p + j + 1, k - j - 1, st, depth) < 0) return -1;
        i = k + 1;
    }
    return 0;
}

PymObject *pym_str_format_method(PymObject *fmt, PymObject *const *args, size_t nargs,
                                 PymObject *kwnames) {
    FmtState st = {args, nargs, kwnames, NULL, 0, 0};
    PymStrBuilder sb;
    pym_sb_init(&sb);
    if (render(&sb, PYM_STR_UTF8(fmt), PYM_STR_NBYTES(fmt), &st, 2) < 0) {
        pym_sb_discard(&sb);
        return NULL;
    }
    return pym_sb_finish(&sb);
}

PymObject *pym_str_format_map_impl(PymObject *fmt, PymObject *mapping) {
    FmtState st = {NULL, 0, NULL, mapping, 0, 0};
    PymStrBuilder sb;
    pym_sb_init(&sb);
    if (render(&sb, PYM_STR_UTF8(fmt), PYM_STR_NBYTES(fmt), &st, 2) < 0) {
        pym_sb_discard(&sb);
        return NULL;
    }
    return pym_sb_finish(&sb);
}

/* {====== fixed-point float formatting ======} */

/* printf's "%.*f" (and "%#.*f" when alt) for |v| < 1e17 and prec <= 17,
** without printf: v is m * 2^e exactly, so v * 10^prec = m * 10^prec * 2^e
** is an exact 128-bit fraction, rounded half to even as glibc and CPython's
** dtoa round.  Returns the length written to out (>= 64 bytes), or -1 when
** the value is out of this range (the caller uses snprintf). */
int pym_format_fixed(double v, int prec, bool alt, char *out) {
    if (!isfinite(v) || prec < 0 || prec > 17) return -1;
    double a = fabs(v);
    if (a >= 1e17) return -1;
    unsigned __int128 q = 0;
    if (a != 0) {
        int e;
        double fr = frexp(a, &e);             /* a = fr * 2^e, fr in [0.5, 1) */
        uint64_t m = (uint64_t)ldexp(fr, 53); /* exact: 53 significant bits */
        e -= 53;
        unsigned __int128 p10 = pym_floatrepr_pow10[prec];
        if (e >= 0) {
            q = ((unsigned __int128)m << e) * p10; /* a < 1e17: m << e < 2^57 */
        } else {
            unsigned __int128 n = (unsigned __int128)m * p10; /* < 2^110 */
            int s = -e;
            if (s <= 112) {
                unsigned __int128 one = 1;
                q = n >> s;
                unsigned __int128 rem = n & ((one << s) - 1), half = one << (s - 1);
                if (rem > half || (rem == half && (q & 1))) q++;
            } /* else below half a unit: 0 */
        }
    }
    char dig[48];
    int nd = 0;
    while (q >> 64) {
        dig[nd++] = (char)('0' + (int)(q % 10));
        q /= 10;
    }
    uint64_t q64 = (uint64_t)q; /* the rest in one word: no 128-bit divisions */
    do {
        dig[nd++] = (char)('0' + (int)(q64 % 10));
        q64 /= 10;
    } while (q64);
    while (nd < prec + 1) dig[nd++] = '0'; /* at least one integer digit */
    int len = 0;
    if (signbit(v)) out[len++] = '-';
    for (int i = nd - 1; i >= prec; i--) out[len++] = dig[i];
    if (prec > 0 || alt) out[len++] = '.';
    for (int i = prec - 1; i >= 0; i--) out[len++] = dig[i];
    out[len] = 0;
    return len;
}
