/*
** complexobject.c -- the 'complex' type: two doubles in a 32-byte object.
**
** Arithmetic follows CPython 3.11 step by step, because the exact results
** (which part becomes nan, which overflow raises) are what programs print:
** an int or float operand is first made a complex with a +0.0 imaginary
** part; division is Smith's algorithm; a power with a small integral
** exponent (|n| <= 100) is computed by repeated squaring, any other power
** in polar form; an infinite result from finite operands is OverflowError
** "complex exponentiation".
**
** repr() writes each part as the shortest round-tripping float text without
** a trailing ".0"; the real part is left out when it is +0.0, otherwise the
** whole is parenthesized: 1j, (1+2j), -0j, (-0-0j), (nan+infj).  The hash
** combines the parts' hashes as hash(real) + 1000003 * hash(imag), so a
** complex with a zero imaginary part hashes like the equal float and int.
*/
#include "pym.h"
#include "complexobject.h"
#include <math.h>
#include <errno.h>
#include <ctype.h>

#define CV(o) (((PymComplex *)(o))->cval)

PymObject *pym_complex_from_doubles(double real, double imag) {
    PymObject *o;
    if (PYM_LIKELY(!(pym_leakcheck_active | pym_tracemalloc_active))) {
        /* what pym_object_alloc does for this small, untracked, static type,
        ** without its memset and flag tests (every field is set here) */
        o = pym_obj_malloc(sizeof(PymComplex));
        if (!o) return pym_err_no_memory();
        o->ob_refcnt = 1;
        o->ob_type = &pym_type_complex;
    } else {
        o = pym_object_alloc(&pym_type_complex, 0);
        if (!o) return NULL;
    }
    CV(o).real = real;
    CV(o).imag = imag;
    return o;
}

static PymObject *complex_subtype_new(PymType *type, PymComplexValue v) {
    if (type == &pym_type_complex) return pym_complex_from_doubles(v.real, v.imag);
    PymObject *o = pym_object_alloc(type, 0);
    if (!o) return NULL;
    CV(o) = v;
    if (PYM_IS_GC(o)) pym_gc_track(o);
    return o;
}

/* ---- the algorithms ---- */

static PymComplexValue c_sum(PymComplexValue a, PymComplexValue b) {
    return (PymComplexValue){a.real + b.real, a.imag + b.imag};
}
static PymComplexValue c_diff(PymComplexValue a, PymComplexValue b) {
    return (PymComplexValue){a.real - b.real, a.imag - b.imag};
}
static PymComplexValue c_prod(PymComplexValue a, PymComplexValue b) {
    return (PymComplexValue){a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

PymComplexValue pym_complex_quot(PymComplexValue a, PymComplexValue b) {
    PymComplexValue r;
    double abr = fabs(b.real), abi = fabs(b.imag);
    if (abr >= abi) {
        if (abr == 0.0) {
            errno = EDOM;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real, denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abi >= abr) {
        double ratio = b.real / b.imag, denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        r.real = r.imag = NAN; /* a part of b is a nan */
    }
    return r;
}

PymComplexValue pym_complex_pow(PymComplexValue a, PymComplexValue b) {
    PymComplexValue r;
    if (b.real == 0.0 && b.imag == 0.0) return (PymComplexValue){1.0, 0.0};
    if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) errno = EDOM;
        return (PymComplexValue){0.0, 0.0};
    }
    double vabs = hypot(a.real, a.imag);
    double len = pow(vabs, b.real);
    double at = atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
        len /= exp(at * b.imag);
        phase += b.imag * log(vabs);
    }
    r.real = len * cos(phase);
    r.imag = len * sin(phase);
    return r;
}

static PymComplexValue c_powu(PymComplexValue x, long n) {
    PymComplexValue r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

static PymComplexValue c_powi(PymComplexValue x, long n) {
    if (n > 0) return c_powu(x, n);
    return pym_complex_quot((PymComplexValue){1.0, 0.0}, c_powu(x, -n));
}

double pym_complex_abs(PymComplexValue z) {
    if (!isfinite(z.real) || !isfinite(z.imag)) {
        if (isinf(z.real)) {
            errno = 0;
            return fabs(z.real);
        }
        if (isinf(z.imag)) {
            errno = 0;
            return fabs(z.imag);
        }
        return NAN;
    }
    double r = hypot(z.real, z.imag);
    errno = isfinite(r) ? 0 : ERANGE;
    return r;
}

/* ---- conversions ---- */

/* 1: *out holds o as a complex; 0: not a number complex arithmetic takes;
** -1: error (an int too large for a float). */
static int as_complex(PymObject *o, PymComplexValue *out) {
    if (PYM_COMPLEX_CHECK(o)) {
        *out = CV(o);
        return 1;
    }
    if (PYM_FLOAT_CHECK(o)) {
        *out = (PymComplexValue){PYM_FLOAT_VALUE(o), 0.0};
        return 1;
    }
    if (PYM_INT_CHECK(o)) {
        double d = pym_int_as_double(o);
        if (d == -1.0 && pym_err_occurred()) return -1;
        *out = (PymComplexValue){d, 0.0};
        return 1;
    }
    return 0;
}

/* o.__complex__() when its type has one: 1 (*out set), 0 (none), -1 error. */
static int try_complex_special(PymObject *o, PymComplexValue *out, PymObject **res) {
    int found = 0;
    PymObject *r = pym_call_special(o, PYM_ID(__complex__), NULL, 0, &found);
    if (!found) return 0;
    if (!r) return -1;
    if (!PYM_COMPLEX_CHECK(r)) {
        pym_err_format(PymExc_TypeError, "__complex__ returned non-complex (type %s)",
                       pym_type_name(r));
        PYM_DECREF(r);
        return -1;
    }
    *out = CV(r);
    if (res)
        *res = r;
    else
        PYM_DECREF(r);
    return 1;
}

int pym_complex_as_value(PymObject *o, PymComplexValue *out) {
    if (PYM_COMPLEX_CHECK_EXACT(o)) {
        *out = CV(o);
        return 0;
    }
    int r = try_complex_special(o, out, NULL);
    if (r) return r < 0 ? -1 : 0;
    if (PYM_COMPLEX_CHECK(o)) {
        *out = CV(o);
        return 0;
    }
    double d = pym_float_as_double(o);
    if (d == -1.0 && pym_err_occurred()) return -1;
    *out = (PymComplexValue){d, 0.0};
    return 0;
}

/* ---- repr and format ---- */

/* The text of one part into buf: repr without a trailing ".0". */
static int part_repr(double v, char *buf, size_t size) {
    int n = pym_float_repr_buf(v, buf, size);
    if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0') {
        n -= 2;
        buf[n] = 0;
    }
    return n;
}

static PymObject *complex_repr(PymObject *o) {
    PymComplexValue z = CV(o);
    char re[40], im[40], out[96];
    int n;
    part_repr(z.imag, im, sizeof im);
    if (z.real == 0.0 && !signbit(z.real)) {
        n = snprintf(out, sizeof out, "%sj", im);
    } else {
        part_repr(z.real, re, sizeof re);
        bool neg_im = im[0] == '-';
        n = snprintf(out, sizeof out, "(%s%s%sj)", re, neg_im ? "" : "+", im);
    }
    return pym_str_from_utf8(out, n);
}

/* Formats |v| per the float presentation type in spec (which has no width
** or sign), without a ".0" when type is 0 (the repr mode).  New str. */
static PymObject *part_format(double v, const PymFormatSpec *spec, bool repr_mode) {
    if (repr_mode && !spec->grouping) {
        char buf[40];
        int n = part_repr(fabs(v), buf, sizeof buf);
        return pym_str_from_utf8(buf, n);
    }
    PymObject *s = pym_float_format_with_spec(fabs(v), spec, "complex");
    if (!s || !repr_mode) return s;
    intptr_t n = PYM_STR_NBYTES(s);
    const char *p = PYM_STR_UTF8(s);
    if (n >= 2 && p[n - 2] == '.' && p[n - 1] == '0') {
        PymObject *t = pym_str_from_utf8(p, n - 2);
        PYM_DECREF(s);
        return t;
    }
    return s;
}

static PymObject *complex_format(PymObject *self, PymObject *const *args, size_t nargs,
                                 PymObject *kw) {
    if (pym_arg_count("__format__", nargs, kw, 1, 1) < 0) return NULL;
    if (!PYM_STR_CHECK(args[0])) {
        pym_err_format(PymExc_TypeError, "__format__() argument must be str, not %s",
                       pym_type_name(args[0]));
        return NULL;
    }
    if (PYM_STR_LEN(args[0]) == 0) return pym_object_str(self);
    PymFormatSpec spec;
    bool z = false;
    if (pym_format_spec_parse_ex(args[0], &spec, "complex", &z) < 0) return NULL;
    switch (spec.type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n': break;
    default:
        if ((unsigned char)spec.type > 32 && (unsigned char)spec.type < 127)
            pym_err_format(PymExc_ValueError,
                           "Unknown format code '%c' for object of type 'complex'", spec.type);
        else
            pym_err_format(PymExc_ValueError,
                           "Unknown format code '\\x%x' for object of type 'complex'",
                           (unsigned char)spec.type);
        return NULL;
    }
    if (spec.fill == '0') {
        pym_err_set_string(PymExc_ValueError,
                           "Zero padding is not allowed in complex format specifier");
        return NULL;
    }
    if (spec.align == '=') {
        pym_err_set_string(PymExc_ValueError,
                           "'=' alignment flag is not allowed in complex format specifier");
        return NULL;
    }
    PymComplexValue v = CV(self);
    if (z) {
        /* negative zeros after rounding print as positive zeros; done here
        ** by the float formatter's own rule on each part */
    }
    bool skip_re = false, parens = false, repr_mode = false;
    PymFormatSpec part = spec;
    part.width = -1;
    part.sign = 0;
    part.fill = ' ';
    part.align = 0;
    part.zero = false;
    if (spec.type == 0) {
        if (v.real == 0.0 && !signbit(v.real))
            skip_re = true;
        else
            parens = true;
        if (spec.precision < 0)
            repr_mode = true;
        else
            part.type = 'g';
    } else if (spec.type == 'n') {
        part.type = 'g';
    }
    PymObject *re = NULL, *im = part_format(v.imag, &part, repr_mode);
    if (!im) return NULL;
    if (!skip_re && !(re = part_format(v.real, &part, repr_mode))) {
        PYM_DECREF(im);
        return NULL;
    }
    /* the signs: the real part's per the spec, the imaginary part's always */
    char re_sign[2] = {0, 0};
    bool re_neg = signbit(v.real) && !isnan(v.real);
    bool im_neg = signbit(v.imag) && !isnan(v.imag);
    if (re_neg)
        re_sign[0] = '-';
    else if (spec.sign == '+')
        re_sign[0] = '+';
    else if (spec.sign == ' ')
        re_sign[0] = ' ';
    if (z && re) {
        bool zero = true;
        for (const char *c = PYM_STR_UTF8(re); *c && *c != 'e' && *c != 'E'; c++)
            if (*c >= '1' && *c <= '9') {
                zero = false;
                break;
            }
        if (zero && re_neg) re_sign[0] = spec.sign == '+' ? '+' : spec.sign == ' ' ? ' ' : 0;
    }
    if (z) {
        bool zero = true;
        for (const char *c = PYM_STR_UTF8(im); *c && *c != 'e' && *c != 'E'; c++)
            if (*c >= '1' && *c <= '9') {
                zero = false;
                break;
            }
        if (zero) im_neg = false;
    }
    PymStrBuilder sb;
    pym_sb_init(&sb);
    if (parens) pym_sb_append(&sb, "(", 1);
    if (re) {
        if (re_sign[0]) pym_sb_append(&sb, re_sign, 1);
        pym_sb_append(&sb, PYM_STR_UTF8(re), PYM_STR_NBYTES(re));
        pym_sb_append(&sb, im_neg ? "-" : "+", 1);
    } else if (im_neg) {
        pym_sb_append(&sb, "-", 1);
    } else if (spec.sign == '+' || spec.sign == ' ') {
        pym_sb_append(&sb, spec.sign == '+' ? "+" : " ", 1);
    }
    pym_sb_append(&sb, PYM_STR_UTF8(im), PYM_STR_NBYTES(im));
    pym_sb_append(&sb, "j", 1);
    if (parens) pym_sb_append(&sb, ")", 1);
    PYM_XDECREF(re);
    PYM_DECREF(im);
    PymObject *body = pym_sb_finish(&sb);
    if (!body) return NULL;
    if (spec.width < 0 || spec.width <= PYM_STR_LEN(body)) return body;
    PymObject *r = pym_format_pad(PYM_STR_UTF8(body), PYM_STR_NBYTES(body), PYM_STR_LEN(body),
                                  &spec, '>');
    PYM_DECREF(body);
    return r;
}

/* ---- hash and comparison ---- */

static intptr_t part_hash(PymObject *o, double v) {
    if (isnan(v)) {
        uintptr_t p = (uintptr_t)o;
        return (intptr_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    }
    return pym_float_hash_double(v);
}

static intptr_t complex_hash(PymObject *o) {
    uintptr_t hr = (uintptr_t)part_hash(o, CV(o).real), hi = (uintptr_t)part_hash(o, CV(o).imag);
    intptr_t h = (intptr_t)(hr + 1000003u * hi);
    return h == -1 ? -2 : h;
}

static PymObject *complex_richcompare(PymObject *a, PymObject *b, int op) {
    if (op != PYM_EQ && op != PYM_NE) PYM_RETURN_NOTIMPL;
    PymComplexValue x = CV(a);
    bool eq;
    if (PYM_INT_CHECK(b) || PYM_FLOAT_CHECK(b)) {
        if (x.imag != 0.0) {
            eq = false;
        } else {
            /* exact comparison of the real part with the int or float */
            PymObject *f = pym_float_from_double(x.real);
            if (!f) return NULL;
            int r = pym_object_richcompare_bool(f, b, PYM_EQ);
            PYM_DECREF(f);
            if (r < 0) return NULL;
            eq = r;
        }
    } else if (PYM_COMPLEX_CHECK(b)) {
        eq = x.real == CV(b).real && x.imag == CV(b).imag;
    } else {
        PYM_RETURN_NOTIMPL;
    }
    return pym_bool_from(op == PYM_EQ ? eq : !eq);
}

/* ---- arithmetic ---- */

#define CONVERT(a, b, x, y) \
    do { \
        if (PYM_COMPLEX_CHECK_EXACT(a) && PYM_COMPLEX_CHECK_EXACT(b)) { \
            x = CV(a); \
            y = CV(b); \
            break; \
        } \
        int _r = as_complex(a, &x); \
        if (_r <= 0) { \
            if (_r < 0) return NULL; \
            PYM_RETURN_NOTIMPL; \
        } \
        _r = as_complex(b, &y); \
        if (_r <= 0) { \
            if (_r < 0) return NULL; \
            PYM_RETURN_NOTIMPL; \
        } \
    } while (0)

static PymObject *from_value(PymComplexValue v) { return pym_complex_from_doubles(v.real, v.imag); }

static PymObject *complex_add(PymObject *a, PymObject *b) {
    PymComplexValue x, y;
    CONVERT(a, b, x, y);
    return from_value(c_sum(x, y));
}
static PymObject *complex_sub(PymObject *a, PymObject *b) {
    PymComplexValue x, y;
    CONVERT(a, b, x, y);
    return from_value(c_diff(x, y));
}
static PymObject *complex_mul(PymObject *a, PymObject *b) {
    PymComplexValue x, y;
    CONVERT(a, b, x, y);
    return from_value(c_prod(x, y));
}
static PymObject *complex_div(PymObject *a, PymObject *b) {
    PymComplexValue x, y;
    CONVERT(a, b, x, y);
    errno = 0;
    PymComplexValue r = pym_complex_quot(x, y);
    if (errno == EDOM) {
        pym_err_set_string(PymExc_ZeroDivisionError, "complex division by zero");
        return NULL;
    }
    return from_value(r);
}

static PymObject *complex_pow3(PymObject *a, PymObject *b, PymObject *mod) {
    PymComplexValue x, y;
    CONVERT(a, b, x, y);
    if (mod && mod != pym_None) {
        pym_err_set_string(PymExc_ValueError, "complex modulo");
        return NULL;
    }
    errno = 0;
    PymComplexValue r;
    if (y.imag == 0.0 && y.real == floor(y.real) && fabs(y.real) <= 100.0)
        r = c_powi(x, (long)y.real);
    else
        r = pym_complex_pow(x, y);
    if (isinf(r.real) || isinf(r.imag)) {
        if (errno == 0) errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM) {
        pym_err_set_string(PymExc_ZeroDivisionError, "0.0 to a negative or complex power");
        return NULL;
    }
    if (errno == ERANGE) {
        pym_err_set_string(PymExc_OverflowError, "complex exponentiation");
        return NULL;
    }
    return from_value(r);
}

static PymObject *complex_pow(PymObject *a, PymObject *b) { return complex_pow3(a, b, NULL); }

static PymObject *complex_neg(PymObject *o) {
    return pym_complex_from_doubles(-CV(o).real, -CV(o).imag);
}
static PymObject *complex_pos(PymObject *o) {
    if (PYM_COMPLEX_CHECK_EXACT(o)) return pym_newref(o);
    return pym_complex_from_doubles(CV(o).real, CV(o).imag);
}
static PymObject *complex_abs(PymObject *o) {
    errno = 0;
    double r = pym_complex_abs(CV(o));
    if (errno == ERANGE) {
        pym_err_set_string(PymExc_OverflowError, "absolute value too large");
        return NULL;
    }
    return pym_float_from_double(r);
}
static int complex_bool(PymObject *o) { return CV(o).real != 0.0 || CV(o).imag != 0.0; }

/* ---- methods and attributes ---- */

static PymObject *complex_conjugate(PymObject *self, PymObject *const *args, size_t nargs,
                                    PymObject *kw) {
    if (pym_arg_count("conjugate", nargs, kw, 0, 0) < 0) return NULL;
    return pym_complex_from_doubles(CV(self).real, -CV(self).imag);
}

static PymObject *complex_getnewargs(PymObject *self, PymObject *const *args, size_t nargs,
                                     PymObject *kw) {
    if (pym_arg_count("__getnewargs__", nargs, kw, 0, 0) < 0) return NULL;
    PymObject *r = pym_float_from_double(CV(self).real), *i = pym_float_from_double(CV(self).imag);
    PymObject *t = r && i ? pym_tuple_pack(2, r, i) : NULL;
    PYM_XDECREF(r);
    PYM_XDECREF(i);
    return t;
}

static PymObject *complex_complex(PymObject *self, PymObject *const *args, size_t nargs,
                                  PymObject *kw) {
    if (pym_arg_count("__complex__", nargs, kw, 0, 0) < 0) return NULL;
    return complex_pos(self);
}

static PymObject *complex_get_real(PymObject *self, void *c) {
    return pym_float_from_double(CV(self).real);
}
static PymObject *complex_get_imag(PymObject *self, void *c) {
    return pym_float_from_double(CV(self).imag);
}

/* ---- construction ---- */

static bool c_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Scans a float at s (sign, digits with '.', exponent, inf/infinity/nan);
** returns its end, or s when there is none.  *v receives the value. */
static const char *scan_float(const char *s, const char *end, double *v) {
    const char *p = s;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (int w = 0; w < 3; w++) {
        size_t n = strlen(words[w]);
        if ((size_t)(end - p) >= n && strncasecmp(p, words[w], n) == 0) {
            *v = w == 2 ? NAN : INFINITY;
            if (neg) *v = -*v;
            return p + n;
        }
    }
    const char *d = p;
    bool digits = false;
    while (p < end && isdigit((unsigned char)*p)) {
        p++;
        digits = true;
    }
    if (p < end && *p == '.') {
        p++;
        while (p < end && isdigit((unsigned char)*p)) {
            p++;
            digits = true;
        }
    }
    if (!digits) return s;
    if (p < end && (*p | 32) == 'e') {
        const char *q = p + 1;
        if (q < end && (*q == '+' || *q == '-')) q++;
        if (q < end && isdigit((unsigned char)*q)) {
            while (q < end && isdigit((unsigned char)*q)) q++;
            p = q;
        }
    }
    char buf[512], *b = buf;
    size_t len = (size_t)(p - d);
    if (len + 2 > sizeof buf && !(b = pym_raw_malloc(len + 2))) {
        *v = 0;
        return s;
    }
    memcpy(b, d, len);
    b[len] = 0;
    *v = strtod(b, NULL);
    if (neg) *v = -*v;
    if (b != buf) pym_raw_free(b);
    return p;
}

/* Removes '_' between digits (CPython's rule for numbers in strings);
** false when an '_' is misplaced.  out has room for n + 1 bytes. */
static bool strip_underscores(const char *s, intptr_t n, char *out, intptr_t *outn) {
    intptr_t k = 0;
    for (intptr_t i = 0; i < n; i++) {
        if (s[i] == '_') {
            if (i == 0 || i + 1 >= n || !isdigit((unsigned char)s[i - 1]) ||
                !isdigit((unsigned char)s[i + 1]))
                return false;
            continue;
        }
        out[k++] = s[i];
    }
    out[k] = 0;
    *outn = k;
    return true;
}

static PymObject *complex_from_string(PymType *type, PymObject *str) {
    intptr_t n0 = PYM_STR_NBYTES(str), n;
    char *buf = pym_raw_malloc((size_t)n0 + 1);
    if (!buf) return pym_err_no_memory();
    PymComplexValue v = {0.0, 0.0};
    bool ok = false;
    if (memchr(PYM_STR_UTF8(str), '_', (size_t)n0) &&
        !strip_underscores(PYM_STR_UTF8(str), n0, buf, &n)) {
        pym_raw_free(buf);
        pym_err_format(PymExc_ValueError, "could not convert string to complex: %R", str);
        return NULL;
    }
    if (strip_underscores(PYM_STR_UTF8(str), n0, buf, &n)) {
        const char *s = buf, *end = buf + n;
        while (s < end && c_space((unsigned char)*s)) s++;
        bool bracket = false;
        if (s < end && *s == '(') {
            bracket = true;
            s++;
            while (s < end && c_space((unsigned char)*s)) s++;
        }
        double z;
        const char *e = scan_float(s, end, &z);
        ok = true;
        if (e != s) {
            s = e;
            if (s < end && (*s == '+' || *s == '-')) {
                v.real = z;
                e = scan_float(s, end, &v.imag);
                if (e != s)
                    s = e;
                else {
                    v.imag = *s == '+' ? 1.0 : -1.0;
                    s++;
                }
                if (!(s < end && (*s | 32) == 'j'))
                    ok = false;
                else
                    s++;
            } else if (s < end && (*s | 32) == 'j') {
                s++;
                v.imag = z;
            } else {
                v.real = z;
            }
        } else {
            if (s < end && (*s == '+' || *s == '-')) {
                v.imag = *s == '+' ? 1.0 : -1.0;
                s++;
            } else
                v.imag = 1.0;
            if (!(s < end && (*s | 32) == 'j'))
                ok = false;
            else
                s++;
        }
        if (ok) {
            while (s < end && c_space((unsigned char)*s)) s++;
            if (bracket) {
                if (!(s < end && *s == ')'))
                    ok = false;
                else {
                    s++;
                    while (s < end && c_space((unsigned char)*s)) s++;
                }
            }
            if (s != end) ok = false;
        }
    }
    pym_raw_free(buf);
    if (!ok) {
        pym_err_set_string(PymExc_ValueError, "complex() arg is a malformed string");
        return NULL;
    }
    return complex_subtype_new(type, v);
}

static bool is_number(PymObject *o) {
    PymType *t = PYM_TYPE(o);
    return PYM_COMPLEX_CHECK(o) || t->nb_float || t->nb_index || PYM_INT_CHECK(o) ||
           PYM_FLOAT_CHECK(o);
}

/* complex(real=0, imag=0) */
static PymObject *complex_new(PymType *type, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    static const char *const names[] = {"real", "imag", NULL};
    PymObject *a[2];
    if (pym_arg_unpack("complex", args, nargs, kwnames, names, 0, 2, a) < 0) return NULL;
    PymObject *r = a[0], *i = a[1];
    if (!r) {
        if (!i) return complex_subtype_new(type, (PymComplexValue){0.0, 0.0});
        r = pym_False; /* complex(imag=x): the real part is 0 */
    }
    if (PYM_STR_CHECK(r)) {
        if (i) {
            pym_err_set_string(PymExc_TypeError,
                               "complex() can't take second arg if first is a string");
            return NULL;
        }
        return complex_from_string(type, r);
    }
    if (i && PYM_STR_CHECK(i)) {
        pym_err_set_string(PymExc_TypeError, "complex() second arg can't be a string");
        return NULL;
    }
    if (PYM_COMPLEX_CHECK_EXACT(r) && !i && type == &pym_type_complex) return pym_newref(r);
    PymComplexValue cr = {0.0, 0.0}, ci = {0.0, 0.0};
    bool cr_complex = false, ci_complex = false;
    int got = try_complex_special(r, &cr, NULL);
    if (got < 0) return NULL;
    if (got) {
        cr_complex = true;
    } else if (!is_number(r)) {
        pym_err_format(PymExc_TypeError,
                       "complex() first argument must be a string or a number, not '%s'",
                       pym_type_name(r));
        return NULL;
    } else if (PYM_COMPLEX_CHECK(r)) {
        cr = CV(r);
        cr_complex = true;
    } else {
        double d = pym_float_as_double(r);
        if (d == -1.0 && pym_err_occurred()) return NULL;
        cr.real = d;
    }
    if (i) {
        if (!is_number(i)) {
            pym_err_format(PymExc_TypeError, "complex() second argument must be a number, not '%s'",
                           pym_type_name(i));
            return NULL;
        }
        if (PYM_COMPLEX_CHECK(i)) {
            ci = CV(i);
            ci_complex = true;
        } else {
            double d = pym_float_as_double(i);
            if (d == -1.0 && pym_err_occurred()) return NULL;
            ci.real = d;
        }
    }
    if (ci_complex) cr.real -= ci.imag;
    if (cr_complex && i) ci.real += cr.imag;
    return complex_subtype_new(type, (PymComplexValue){cr.real, i ? ci.real : cr.imag});
}

static PymMethodDef complex_methods[] = {
    {"conjugate", complex_conjugate, 0,
     "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__getnewargs__", complex_getnewargs, 0, NULL},
    {"__format__", complex_format, 0, "Convert to a string according to format_spec."},
    {"__complex__", complex_complex, 0, "Convert this value to exact type complex."},
    {NULL, NULL, 0, NULL},
};

static PymGetSetDef complex_getset[] = {
    {"real", complex_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", complex_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_type_complex = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "complex",
    .tp_basicsize = sizeof(PymComplex),
    .tp_flags = PYM_TPFLAGS_BASETYPE,
    .tp_repr = complex_repr,
    .tp_hash = complex_hash,
    .tp_richcompare = complex_richcompare,
    .nb_binop =
        {
            [PYM_NB_ADD] = complex_add,
            [PYM_NB_SUBTRACT] = complex_sub,
            [PYM_NB_MULTIPLY] = complex_mul,
            [PYM_NB_TRUE_DIVIDE] = complex_div,
            [PYM_NB_POWER] = complex_pow,
        },
    .nb_power3 = complex_pow3,
    .nb_negative = complex_neg,
    .nb_positive = complex_pos,
    .nb_absolute = complex_abs,
    .nb_bool = complex_bool,
    .tp_methods = complex_methods,
    .tp_getset = complex_getset,
    .tp_base = &pym_type_object,
    .tp_new = complex_new,
    .tp_free = pym_object_free,
    .tp_doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
              "This is equivalent to (real + imag*1j) where imag defaults to 0.",
};

int pym_complex_init(void) { return pym_type_ready(&pym_type_complex); }
