/*
** floatobject.c -- the 'float' type: IEEE double in a 24-byte object.
**
** repr() is the shortest string that reads back to the same double (the
** digits come from floatrepr.c) laid out with Python's rules.  Comparisons with ints are exact, hashes are CPython's
** (so 1.0 and 1 hash alike) and exact floats are recycled through a small
** free list as CPython 3.11 does.
*/
#include "pym.h"
#include "floatrepr.h"
#include <math.h>
#include <float.h>
#include <errno.h>
#include <limits.h>

#define FV(o)        (((PymFloat *)(o))->ob_fval)
#define FREELIST_MAX 100
#define HASH_BITS    61
#define HASH_MOD     (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF     314159

static PymFloat *free_list;
static intptr_t free_count;

PymObject *pym_float_from_double(double v) {
    PymFloat *f = free_list;
    if (f) {
        free_list = (PymFloat *)f->ob_base.ob_type;
        free_count--;
        f->ob_base.ob_type = &pym_type_float;
        f->ob_base.ob_refcnt = 1;
    } else {
        f = (PymFloat *)pym_object_alloc(&pym_type_float, 0);
        if (!f) return NULL;
    }
    f->ob_fval = v;
    return (PymObject *)f;
}

static void float_dealloc(PymObject *o) {
    if (PYM_FLOAT_CHECK_EXACT(o) && free_count < FREELIST_MAX) {
        o->ob_type = (PymType *)free_list;
        free_list = (PymFloat *)o;
        free_count++;
        return;
    }
    PymType *t = PYM_TYPE(o);
    if (t->tp_free)
        t->tp_free(o);
    else
        pym_object_free(o);
}

void pym_float_clear_freelist(void) {
    while (free_list) {
        PymFloat *f = free_list;
        free_list = (PymFloat *)f->ob_base.ob_type;
        f->ob_base.ob_type = &pym_type_float; /* pym_object_free reads the type */
        pym_object_free(f);
    }
    free_count = 0;
}

intptr_t pym_float_freelist_count(void) { return free_count; }

double pym_float_as_double(PymObject *o) {
    if (PYM_FLOAT_CHECK_EXACT(o)) return FV(o);
    if (PYM_INT_CHECK(o)) return pym_int_as_double(o);
    if (PYM_FLOAT_CHECK(o)) return FV(o);
    PymType *t = PYM_TYPE(o);
    if (t->nb_float) {
        PymObject *r = t->nb_float(o);
        if (!r) return -1.0;
        if (!PYM_FLOAT_CHECK(r)) {
            pym_err_format(PymExc_TypeError, "%s.__float__ returned non-float (type %s)",
                           t->tp_name, pym_type_name(r));
            PYM_DECREF(r);
            return -1.0;
        }
        double d = FV(r);
        PYM_DECREF(r);
        return d;
    }
    if (t->nb_index) {
        PymObject *r = t->nb_index(o);
        if (!r) return -1.0;
        double d = PYM_INT_CHECK(r) ? pym_int_as_double(r) : -1.0;
        if (!PYM_INT_CHECK(r))
            pym_err_format(PymExc_TypeError, "__index__ returned non-int (type %s)",
                           pym_type_name(r));
        PYM_DECREF(r);
        return d;
    }
    pym_err_format(PymExc_TypeError, "must be real number, not %s", pym_type_name(o));
    return -1.0;
}

/* ---- digits ---- */

/* Parses printf's "%.Ne" output into digits (no dot) and the decimal point
** position: value = 0.DIGITS * 10**decpt.  Returns the number of digits. */
static int parse_e(const char *buf, char *digits, int *decpt) {
    int nd = 0;
    const char *p = buf;
    while (*p && *p != 'e') {
        if (*p >= '0' && *p <= '9') digits[nd++] = *p;
        p++;
    }
    digits[nd] = 0;
    *decpt = (*p == 'e' ? atoi(p + 1) : 0) + 1;
    return nd;
}

/* Lays out digits in fixed or exponent notation into out (big enough:
** nd + |decpt| + 16).  dot0: add ".0" to an integral fixed result; alt: keep
** a '.' even with no fraction digits.  Returns the length. */
static int layout(char *out, const char *d, int nd, int decpt, bool use_exp, bool dot0, bool alt,
                  char echar) {
    char *o = out;
    if (use_exp) {
        *o++ = d[0];
        if (nd > 1 || alt) *o++ = '.';
        for (int i = 1; i < nd; i++) *o++ = d[i];
        int e = decpt - 1;
        *o++ = echar;
        *o++ = e < 0 ? '-' : '+';
        if (e < 0) e = -e;
        if (e >= 100) {
            *o++ = (char)('0' + e / 100);
            e %= 100;
        }
        *o++ = (char)('0' + e / 10);
        *o++ = (char)('0' + e % 10);
    } else if (decpt <= 0) {
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -decpt; i++) *o++ = '0';
        for (int i = 0; i < nd; i++) *o++ = d[i];
    } else if (decpt >= nd) {
        for (int i = 0; i < nd; i++) *o++ = d[i];
        for (int i = nd; i < decpt; i++) *o++ = '0';
        if (dot0) {
            *o++ = '.';
            *o++ = '0';
        } else if (alt)
            *o++ = '.';
    } else {
        for (int i = 0; i < decpt; i++) *o++ = d[i];
        *o++ = '.';
        for (int i = decpt; i < nd; i++) *o++ = d[i];
    }
    *o = 0;
    return (int)(o - out);
}

int pym_float_repr_buf(double v, char *buf, size_t size) {
    char tmp[64];
    int n;
    if (isnan(v)) {
        memcpy(tmp, "nan", 4);
        n = 3;
    } else if (isinf(v))
        n = v < 0 ? (memcpy(tmp, "-inf", 5), 4) : (memcpy(tmp, "inf", 4), 3);
    else if (v == 0)
        n = signbit(v) ? (memcpy(tmp, "-0.0", 5), 4) : (memcpy(tmp, "0.0", 4), 3);
    else {
        char digits[24];
        int decpt;
        int nd = pym_floatrepr_shortest(fabs(v), digits, &decpt);
        char *o = tmp;
        if (v < 0) *o++ = '-';
        bool use_exp = decpt > 16 || decpt < -3;
        n = (int)(o - tmp) + layout(o, digits, nd, decpt, use_exp, true, false, 'e');
    }
    if ((size_t)n >= size) n = (int)size - 1;
    memcpy(buf, tmp, n);
    buf[n] = 0;
    return n;
}

static PymObject *float_repr(PymObject *o) {
    char buf[40];
    int n = pym_float_repr_buf(FV(o), buf, sizeof buf);
    return pym_str_new_known(buf, n, n, true);
}

/* ---- parsing ---- */

static bool is_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool match_ci(const char *p, const char *end, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(end - p) != n) return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i]) return false;
    return true;
}

/* Parses float text; 1 ok (*out), 0 syntax error (no exception), -1 error. */
static int float_parse(const char *s, intptr_t len, double *out) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p)) p++;
    while (end > p && is_space(end[-1])) end--;
    bool neg = false;
    const char *body = p;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if (match_ci(p, end, "inf") || match_ci(p, end, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return 1;
    }
    if (match_ci(p, end, "nan")) {
        *out = neg ? -NAN : NAN;
        return 1;
    }
    char small[64];
    char *buf = (end - body) < (intptr_t)sizeof small ? small : pym_raw_malloc(end - body + 1);
    if (!buf) {
        pym_err_no_memory();
        return -1;
    }
    char *o = buf;
    if (body < p) *o++ = *body;
    /* digitpart ['.' [digitpart]] | '.' digitpart, then exponent */
    int state_digits = 0; /* digits in mantissa */
    bool ok = true;
    const char *q = p;
#define DIGITPART(count) \
    do { \
        if (q < end && *q >= '0' && *q <= '9') { \
            while (q < end) { \
                if (*q >= '0' && *q <= '9') { \
                    *o++ = *q++; \
                    count++; \
                } else if (*q == '_' && q + 1 < end && q[1] >= '0' && q[1] <= '9' && q > p && \
                           q[-1] >= '0' && q[-1] <= '9') \
                    q++; \
                else \
                    break; \
            } \
        } \
    } while (0)
    DIGITPART(state_digits);
    if (q < end && *q == '.') {
        *o++ = *q++;
        const char *fstart = q;
        int fd = 0;
        DIGITPART(fd);
        (void)fstart;
        state_digits += fd;
    }
    if (state_digits == 0) ok = false;
    if (ok && q < end && (*q == 'e' || *q == 'E')) {
        *o++ = *q++;
        if (q < end && (*q == '+' || *q == '-')) *o++ = *q++;
        int ed = 0;
        DIGITPART(ed);
        if (ed == 0) ok = false;
    }
#undef DIGITPART
    if (q != end) ok = false;
    *o = 0;
    if (ok) { *out = strtod(buf, NULL); }
    if (buf != small) pym_raw_free(buf);
    return ok ? 1 : 0;
}

PymObject *pym_float_from_string(const char *s, intptr_t len) {
    double d;
    int r = float_parse(s, len, &d);
    if (r < 0) return NULL;
    if (r == 0) {
        PymObject *str = pym_str_from_utf8(s, len);
        if (!str) return NULL;
        pym_err_format(PymExc_ValueError, "could not convert string to float: %R", str);
        PYM_DECREF(str);
        return NULL;
    }
    return pym_float_from_double(d);
}

/* ---- hash ---- */

intptr_t pym_float_hash_double(double v) {
    if (!isfinite(v)) {
        if (isinf(v)) return v > 0 ? HASH_INF : -HASH_INF;
        return 0;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD) x -= HASH_MOD;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
    intptr_t h = (intptr_t)x * sign;
    return h == -1 ? -2 : h;
}

static intptr_t float_hash(PymObject *o) {
    double v = FV(o);
    if (isnan(v)) {
        uintptr_t p = (uintptr_t)o;
        intptr_t h = (intptr_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
        return h == -1 ? -2 : h;
    }
    return pym_float_hash_double(v);
}

/* ---- arithmetic ---- */

/* 1: *out holds o as a double; 0: o is not a number we handle; -1: error. */
static inline int as_num(PymObject *o, double *out) {
    if (PYM_FLOAT_CHECK_EXACT(o)) {
        *out = FV(o);
        return 1;
    }
    if (PYM_INT_CHECK(o)) {
        if (pym_int_is_compact(o)) {
            *out = (double)pym_int_compact_value(o);
            return 1;
        }
        double d = pym_int_as_double(o);
        if (d == -1.0 && pym_err_occurred()) return -1;
        *out = d;
        return 1;
    }
    if (PYM_FLOAT_CHECK(o)) {
        *out = FV(o);
        return 1;
    }
    return 0;
}

#define CONVERT(a, b, x, y) \
    do { \
        int _r = as_num(a, &x); \
        if (_r <= 0) { \
            if (_r < 0) return NULL; \
            PYM_RETURN_NOTIMPL; \
        } \
        _r = as_num(b, &y); \
        if (_r <= 0) { \
            if (_r < 0) return NULL; \
            PYM_RETURN_NOTIMPL; \
        } \
    } while (0)

static PymObject *float_add(PymObject *a, PymObject *b) {
    double x, y;
    CONVERT(a, b, x, y);
    return pym_float_from_double(x + y);
}
static PymObject *float_sub(PymObject *a, PymObject *b) {
    double x, y;
    CONVERT(a, b, x, y);
    return pym_float_from_double(x - y);
}
static PymObject *float_mul(PymObject *a, PymObject *b) {
    double x, y;
    CONVERT(a, b, x, y);
    return pym_float_from_double(x * y);
}

static PymObject *float_div(PymObject *a, PymObject *b) {
    double x, y;
    CONVERT(a, b, x, y);
    if (y == 0.0) {
        pym_err_set_string(PymExc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return pym_float_from_double(x / y);
}

/* Python's floor division and modulo of doubles (wx != 0). */
static void float_divmod_raw(double vx, double wx, double *floordiv, double *mod) {
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

static PymObject *float_floordiv(PymObject *a, PymObject *b) {
    double x, y;
    CONVERT(a, b, x, y);
    if (y == 0.0) {
        pym_err_set_string(PymExc_ZeroDivisionError, "float floor division by zero");
        return NULL;
    }
    double q, r;
    float_divmod_raw(x, y, &q, &r);
    return pym_float_from_double(q);
}

static PymObject *float_mod(PymObject *a, PymObject *b) {
    double x, y;
    CONVERT(a, b, x, y);
    if (y == 0.0) {
        pym_err_set_string(PymExc_ZeroDivisionError, "float modulo");
        return NULL;
    }
    double q, r;
    float_divmod_raw(x, y, &q, &r);
    return pym_float_from_double(r);
}

static PymObject *float_divmod_impl(PymObject *a, PymObject *b) {
    double x, y;
    CONVERT(a, b, x, y);
    if (y == 0.0) {
        pym_err_set_string(PymExc_ZeroDivisionError, "float divmod()");
        return NULL;
    }
    double q, r;
    float_divmod_raw(x, y, &q, &r);
    PymObject *fq = pym_float_from_double(q), *fr = pym_float_from_double(r);
    PymObject *t = (fq && fr) ? pym_tuple_pack(2, fq, fr) : NULL;
    PYM_XDECREF(fq);
    PYM_XDECREF(fr);
    return t;
}

static PymObject *float_divmod_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                    PymObject *kw) {
    if (pym_arg_count("__divmod__", nargs, kw, 1, 1) < 0) return NULL;
    return float_divmod_impl(self, args[0]);
}
static PymObject *float_rdivmod_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                     PymObject *kw) {
    if (pym_arg_count("__rdivmod__", nargs, kw, 1, 1) < 0) return NULL;
    return float_divmod_impl(args[0], self);
}

static void range_error(void) {
    PymObject *args[2];
    args[0] = pym_int_from_long(ERANGE);
    args[1] = pym_str_from_cstr("Numerical result out of range");
    if (args[0] && args[1]) {
        PymObject *exc = pym_exc_new(PymExc_OverflowError, args, 2);
        if (exc) pym_err_set_exc(exc);
    }
    PYM_XDECREF(args[0]);
    PYM_XDECREF(args[1]);
}

PymObject *pym_float_pow_double(double a, double b) {
    if (b == 0.0) return pym_float_from_double(1.0);
    if (isnan(a)) return pym_float_from_double(a);
    if (isnan(b)) return pym_float_from_double(a == 1.0 ? 1.0 : b);
    if (isinf(b)) {
        double aa = fabs(a);
        if (aa == 1.0) return pym_float_from_double(1.0);
        if ((b > 0) == (aa > 1.0)) return pym_float_from_double(INFINITY);
        return pym_float_from_double(0.0);
    }
    if (isinf(a)) return pym_float_from_double(pow(a, b));
    if (a == 0.0) {
        if (b < 0.0) {
            pym_err_set_string(PymExc_ZeroDivisionError,
                               "0.0 cannot be raised to a negative power");
            return NULL;
        }
        return pym_float_from_double(pow(a, b));
    }
    if (a < 0.0 && b != floor(b)) {
        /* CPython returns a complex number here; pym has no complex type */
        pym_err_set_string(PymExc_NotImplementedError, "complex numbers are not supported");
        return NULL;
    }
    errno = 0;
    double r = pow(a, b);
    if (isinf(r)) {
        range_error();
        return NULL;
    }
    return pym_float_from_double(r);
}

static PymObject *float_pow(PymObject *a, PymObject *b) {
    double x, y;
    CONVERT(a, b, x, y);
    return pym_float_pow_double(x, y);
}

static PymObject *float_pow3(PymObject *a, PymObject *b, PymObject *c) {
    if (c != pym_None) {
        pym_err_set_string(PymExc_TypeError,
                           "pow() 3rd argument not allowed unless all arguments are integers");
        return NULL;
    }
    return float_pow(a, b);
}

static PymObject *float_neg(PymObject *a) { return pym_float_from_double(-FV(a)); }
static PymObject *float_pos(PymObject *a) {
    if (PYM_FLOAT_CHECK_EXACT(a)) return pym_newref(a);
    return pym_float_from_double(FV(a));
}
static PymObject *float_abs(PymObject *a) { return pym_float_from_double(fabs(FV(a))); }
static int float_bool(PymObject *a) { return FV(a) != 0.0; }
static PymObject *float_int(PymObject *a) { return pym_int_from_double(FV(a)); }
static PymObject *float_float(PymObject *a) { return float_pos(a); }

/* ---- comparison ---- */

static PymObject *cmp_result(int c, int op) {
    bool r;
    switch (op) {
    case PYM_LT: r = c < 0; break;
    case PYM_LE: r = c <= 0; break;
    case PYM_EQ: r = c == 0; break;
    case PYM_NE: r = c != 0; break;
    case PYM_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return pym_bool_from(r);
}

static int swap_op(int op) {
    switch (op) {
    case PYM_LT: return PYM_GT;
    case PYM_LE: return PYM_GE;
    case PYM_GT: return PYM_LT;
    case PYM_GE: return PYM_LE;
    default: return op;
    }
}

/* Exact comparison of a double (finite) with an int: -1/0/1, -2 on error. */
static int compare_double_int(double x, PymObject *w) {
    if (pym_int_is_compact(w) || pym_int_bit_length(w) <= 48) {
        double y = pym_int_as_double(w);
        return x < y ? -1 : x > y;
    }
    int ws = pym_int_sign(w), xs = x < 0 ? -1 : x > 0;
    if (xs != ws) return xs < ws ? -1 : 1;
    double fl = floor(x);
    PymObject *f = pym_int_from_double(fl);
    if (!f) return -2;
    int c = pym_int_compare(f, w);
    PYM_DECREF(f);
    if (c == 0 && x != fl) c = 1;
    return c;
}

static PymObject *float_richcompare(PymObject *v, PymObject *w, int op) {
    if (!PYM_FLOAT_CHECK(v)) {
        if (PYM_FLOAT_CHECK(w)) return float_richcompare(w, v, swap_op(op));
        PYM_RETURN_NOTIMPL;
    }
    double x = FV(v);
    if (PYM_FLOAT_CHECK(w)) {
        double y = FV(w);
        bool r;
        switch (op) {
        case PYM_LT: r = x < y; break;
        case PYM_LE: r = x <= y; break;
        case PYM_EQ: r = x == y; break;
        case PYM_NE: r = x != y; break;
        case PYM_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return pym_bool_from(r);
    }
    if (PYM_INT_CHECK(w)) {
        if (isnan(x)) return pym_bool_from(op == PYM_NE);
        if (isinf(x)) return cmp_result(x > 0 ? 1 : -1, op);
        int c = compare_double_int(x, w);
        if (c == -2) return NULL;
        return cmp_result(c, op);
    }
    PYM_RETURN_NOTIMPL;
}

/* ---- formatting ---- */

static PymObject *unknown_code(char type, const char *tname) {
    if (type > 0x20 && type < 0x7f)
        pym_err_format(PymExc_ValueError, "Unknown format code '%c' for object of type '%s'", type,
                       tname);
    else
        pym_err_format(PymExc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                       (unsigned char)type, tname);
    return NULL;
}

/* printf's "%.*e" (alt: "%#.*e") of a >= 0 for prec <= 16 from exactly
** rounded digits; the length written to out (>= 40 bytes), or -1 when a is
** out of floatrepr's exact range (the caller uses printf). */
static int format_exp_digits(double a, int prec, bool alt, char *out) {
    char d[24];
    int decpt = 1;
    if (a == 0) {
        memset(d, '0', (size_t)prec + 1);
        d[prec + 1] = 0;
    } else if (pym_floatrepr_digits(a, prec + 1, d, &decpt) < 0)
        return -1;
    return layout(out, d, prec + 1, decpt, true, false, alt, 'e');
}

PymObject *pym_float_format_with_spec(double v, const PymFormatSpec *spec, const char *tname) {
    char type = spec->type;
    switch (type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%': break;
    default: return unknown_code(type, tname);
    }
    if (type == 'n' && spec->grouping) {
        pym_err_format(PymExc_ValueError, "Cannot specify '%c' with 'n'.", spec->grouping);
        return NULL;
    }
    bool upper = type == 'E' || type == 'F' || type == 'G';
    bool neg = signbit(v) && !isnan(v);
    double a = fabs(v);
    intptr_t prec = spec->precision;
    bool alt = spec->alternate;
    bool pct = type == '%';
    if (pct) a *= 100.0;
    char *buf = NULL, stackbuf[128]; /* buf is stackbuf or a raw block */
    intptr_t len = 0;
    if (!isfinite(a)) {
        buf = pym_raw_malloc(8);
        if (!buf) return pym_err_no_memory();
        len = sprintf(buf, "%s%s", isnan(a) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"),
                      pct ? "%" : "");
    } else if (type == 'e' || type == 'E' || type == 'f' || type == 'F' || pct) {
        if (prec < 0) prec = 6;
        if (prec > INT_MAX) {
            pym_err_set_string(PymExc_ValueError, "precision too big");
            return NULL;
        }
        char conv = pct ? 'f' : (char)(type | 0x20);
        /* a double has at most 1074 fractional and 767 significant decimal
        ** digits: beyond that printf would only write zeros, slowly, so
        ** they are added here */
        intptr_t cprec = PYM_MIN(prec, conv == 'f' ? 1100 : 800), zeros = prec - cprec;
        char fmt[8] = {'%', '.', '*', conv, 0};
        if (alt) memcpy(fmt, (char[]){'%', '#', '.', '*', conv, 0}, 6);
        char fast[64];
        int fl = conv == 'f' && prec <= 17 ? pym_format_fixed(a, (int)prec, alt, fast) : -1;
        if (fl < 0 && conv == 'e' && prec <= 16) fl = format_exp_digits(a, (int)prec, alt, fast);
        if (fl < 0 && conv == 'e' && cprec <= 40) /* fits: one printf, not two */
            fl = snprintf(fast, sizeof fast, fmt, (int)cprec, a);
        intptr_t n = fl >= 0 ? fl : snprintf(NULL, 0, fmt, (int)cprec, a);
        buf = n + zeros + 2 <= (intptr_t)sizeof stackbuf ? stackbuf
                                                         : pym_raw_malloc((size_t)(n + zeros + 2));
        if (!buf) return pym_err_no_memory();
        if (fl >= 0)
            memcpy(buf, fast, (size_t)fl + 1);
        else
            snprintf(buf, n + 1, fmt, (int)cprec, a);
        if (zeros) {
            char *e = conv == 'e' ? strchr(buf, 'e') : NULL;
            intptr_t at = e ? e - buf : n;
            memmove(buf + at + zeros, buf + at, (size_t)(n - at + 1));
            memset(buf + at, '0', (size_t)zeros);
            n += zeros;
        }
        if (upper)
            for (intptr_t i = 0; i < n; i++)
                if (buf[i] == 'e') buf[i] = 'E';
        if (pct) buf[n++] = '%';
        buf[n] = 0;
        len = n;
    } else {
        /* 'g', 'G', 'n' and no type: significant-digit modes */
        char sd[32];
        char *digits;
        int nd, decpt;
        bool dot0 = type == 0;
        bool use_exp;
        bool repr_mode = type == 0 && prec < 0;
        if (repr_mode) {
            digits = sd;
            if (a == 0) {
                strcpy(sd, "0");
                nd = 1;
                decpt = 1;
            } else
                nd = pym_floatrepr_shortest(a, sd, &decpt);
            use_exp = decpt > 16 || decpt < -3;
        } else {
            if (prec < 0) prec = 6;
            if (prec == 0) prec = 1;
            if (prec > INT_MAX) {
                pym_err_set_string(PymExc_ValueError, "precision too big");
                return NULL;
            }
            nd = prec <= 17 && a > 0 ? pym_floatrepr_digits(a, (int)prec, sd, &decpt) : -1;
            if (nd >= 0)
                digits = sd;
            else {
                digits = pym_raw_malloc(prec + 32);
                intptr_t cprec = PYM_MIN(prec, 800); /* the rest are zeros */
                char *tmp = pym_raw_malloc(cprec + 40);
                if (!digits || !tmp) {
                    pym_raw_free(digits);
                    pym_raw_free(tmp);
                    return pym_err_no_memory();
                }
                snprintf(tmp, cprec + 40, "%.*e", (int)cprec - 1, a);
                nd = parse_e(tmp, digits, &decpt);
                pym_raw_free(tmp);
            }
            if (nd < prec) {
                memset(digits + nd, '0', (size_t)(prec - nd));
                nd = (int)prec;
                digits[nd] = 0;
            }
            if (a == 0) decpt = 1;
            if (!alt)
                while (nd > 1 && digits[nd - 1] == '0') nd--;
            use_exp = decpt > (dot0 ? prec - 1 : prec) || decpt < -3;
        }
        intptr_t need = nd + (decpt < 0 ? -decpt : decpt) + 24;
        buf = need <= (intptr_t)sizeof stackbuf ? stackbuf : pym_raw_malloc(need);
        if (!buf) {
            if (digits != sd) pym_raw_free(digits);
            return pym_err_no_memory();
        }
        len = layout(buf, digits, nd, decpt, use_exp, dot0, alt, upper ? 'E' : 'e');
        if (digits != sd) pym_raw_free(digits);
    }
    intptr_t nint = 0;
    while (nint < len && buf[nint] >= '0' && buf[nint] <= '9') nint++;
    PymFormatSpec sp = *spec;
    if (!isfinite(a)) sp.grouping = 0; /* CPython does not group inf/nan padding */
    PymObject *r = pym_number_format_finish(&sp, neg, "", buf, nint, buf + nint, len - nint, 3);
    if (buf != stackbuf) pym_raw_free(buf);
    return r;
}

static PymObject *float_format_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                    PymObject *kw) {
    if (pym_arg_count("__format__", nargs, kw, 1, 1) < 0) return NULL;
    return pym_float_format(self, args[0]);
}

PymObject *pym_float_format(PymObject *self, PymObject *specobj) {
    if (!PYM_STR_CHECK(specobj)) {
        pym_err_format(PymExc_TypeError, "__format__() argument must be str, not %s",
                       pym_type_name(specobj));
        return NULL;
    }
    if (PYM_STR_NBYTES(specobj) == 0) return pym_object_str(self);
    PymFormatSpec spec;
    bool z = false;
    if (pym_format_spec_parse_ex(specobj, &spec, "float", &z) < 0) return NULL;
    double v = FV(self);
    if (z && signbit(v)) {
        /* 'z': a negative value that rounds to zero is shown as positive zero */
        PymObject *r = pym_float_format_with_spec(-v, &spec, pym_type_name(self));
        if (!r) return NULL;
        bool zero = true;
        for (const char *c = PYM_STR_UTF8(r); *c && *c != 'e' && *c != 'E'; c++)
            if (*c >= '1' && *c <= '9') {
                zero = false;
                break;
            }
        if (zero) return r;
        PYM_DECREF(r);
    }
    return pym_float_format_with_spec(v, &spec, pym_type_name(self));
}

/* ---- methods ---- */

static PymObject *float_is_integer(PymObject *self, PymObject *const *args, size_t nargs,
                                   PymObject *kw) {
    if (pym_arg_count("is_integer", nargs, kw, 0, 0) < 0) return NULL;
    double v = FV(self);
    return pym_bool_from(isfinite(v) && floor(v) == v);
}

static PymObject *float_ratio(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kw) {
    if (pym_arg_count("as_integer_ratio", nargs, kw, 0, 0) < 0) return NULL;
    double v = FV(self);
    if (isinf(v)) {
        pym_err_set_string(PymExc_OverflowError, "cannot convert Infinity to integer ratio");
        return NULL;
    }
    if (isnan(v)) {
        pym_err_set_string(PymExc_ValueError, "cannot convert NaN to integer ratio");
        return NULL;
    }
    int e;
    double m = frexp(v, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    PymObject *num = pym_int_from_double(m);
    PymObject *den = pym_int_from_long(1);
    if (!num || !den) {
        PYM_XDECREF(num);
        PYM_XDECREF(den);
        return NULL;
    }
    PymObject *t;
    if (e > 0) {
        t = pym_int_shift(num, e);
        PYM_DECREF(num);
        num = t;
    } else {
        t = pym_int_shift(den, -e);
        PYM_DECREF(den);
        den = t;
    }
    PymObject *res = (num && den) ? pym_tuple_pack(2, num, den) : NULL;
    PYM_XDECREF(num);
    PYM_XDECREF(den);
    return res;
}

static PymObject *float_hex(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw) {
    if (pym_arg_count("hex", nargs, kw, 0, 0) < 0) return NULL;
    double x = FV(self);
    if (!isfinite(x)) return float_repr(self);
    if (x == 0.0) return pym_str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    char buf[64], *o = buf;
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - PYM_MAX(DBL_MIN_EXP - e, 0);
    m = ldexp(m, shift);
    e -= shift;
    const char *hd = "0123456789abcdef";
    if (x < 0) *o++ = '-';
    *o++ = '0';
    *o++ = 'x';
    *o++ = hd[(int)m];
    m -= (int)m;
    *o++ = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 2) / 4 + 1; i++) {
        m *= 16.0;
        *o++ = hd[(int)m];
        m -= (int)m;
    }
    o += sprintf(o, "p%+d", e);
    return pym_str_from_utf8(buf, o - buf);
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

static PymObject *float_fromhex_impl(const char *s, intptr_t len) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p)) p++;
    while (end > p && is_space(end[-1])) end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if (match_ci(p, end, "inf") || match_ci(p, end, "infinity"))
        return pym_float_from_double(neg ? -INFINITY : INFINITY);
    if (match_ci(p, end, "nan")) return pym_float_from_double(neg ? -NAN : NAN);
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') p += 2;
    const char *ip = p;
    while (p < end && hexval(*p) >= 0) p++;
    const char *ie = p, *fp = p, *fe = p;
    if (p < end && *p == '.') {
        p++;
        fp = p;
        while (p < end && hexval(*p) >= 0) p++;
        fe = p;
    }
    intptr_t nint = ie - ip, nfrac = fe - fp;
    if (nint + nfrac == 0) goto invalid;
    long long ex = 0;
    if (p < end && (*p | 0x20) == 'p') {
        p++;
        bool eneg = false;
        if (p < end && (*p == '+' || *p == '-')) {
            eneg = *p == '-';
            p++;
        }
        if (p >= end || *p < '0' || *p > '9') goto invalid;
        while (p < end && *p >= '0' && *p <= '9') {
            if (ex < 1000000000LL) ex = ex * 10 + (*p - '0');
            p++;
        }
        if (eneg) ex = -ex;
    }
    if (p != end) goto invalid;
    {
        char *hexbuf = pym_raw_malloc(nint + nfrac + 1);
        if (!hexbuf) return pym_err_no_memory();
        memcpy(hexbuf, ip, nint);
        memcpy(hexbuf + nint, fp, nfrac);
        PymObject *M = pym_int_from_string(hexbuf, nint + nfrac, 16);
        pym_raw_free(hexbuf);
        if (!M) return NULL;
        long long e2 = ex - 4 * (long long)nfrac;
        double d;
        if (PYM_SIZE(M) == 0) {
            d = 0.0;
        } else {
            long long top = (long long)pym_int_bit_length(M) + e2;
            if (top > DBL_MAX_EXP + 1) {
                PYM_DECREF(M);
                goto overflow;
            }
            if (top < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
                d = 0.0;
            } else if (e2 >= 0) {
                PymObject *X = pym_int_shift(M, (intptr_t)e2);
                if (!X) {
                    PYM_DECREF(M);
                    return NULL;
                }
                d = pym_int_as_double(X);
                PYM_DECREF(X);
                if (d == -1.0 && pym_err_occurred()) {
                    pym_err_clear();
                    PYM_DECREF(M);
                    goto overflow;
                }
            } else {
                PymObject *one = pym_int_from_long(1);
                PymObject *D = pym_int_shift(one, (intptr_t)-e2);
                PYM_DECREF(one);
                if (!D) {
                    PYM_DECREF(M);
                    return NULL;
                }
                PymObject *q = pym_int_true_divide(M, D);
                PYM_DECREF(D);
                if (!q) {
                    PYM_DECREF(M);
                    if (pym_err_matches((PymObject *)PymExc_OverflowError)) {
                        pym_err_clear();
                        goto overflow;
                    }
                    return NULL;
                }
                d = FV(q);
                PYM_DECREF(q);
            }
        }
        PYM_DECREF(M);
        if (isinf(d)) goto overflow;
        return pym_float_from_double(neg ? -d : d);
    }
invalid:
    pym_err_set_string(PymExc_ValueError, "invalid hexadecimal floating-point string");
    return NULL;
overflow:
    pym_err_set_string(PymExc_OverflowError, "hexadecimal value too large to represent as a float");
    return NULL;
}

static PymObject *float_fromhex(PymObject *type, PymObject *const *args, size_t nargs,
                                PymObject *kw) {
    if (pym_arg_count("fromhex", nargs, kw, 1, 1) < 0) return NULL;
    if (!PYM_STR_CHECK(args[0])) {
        pym_err_format(PymExc_TypeError, "fromhex() argument must be str, not %s",
                       pym_type_name(args[0]));
        return NULL;
    }
    PymObject *r = float_fromhex_impl(PYM_STR_UTF8(args[0]), PYM_STR_NBYTES(args[0]));
    if (r && type != (PymObject *)&pym_type_float) {
        PymObject *t = pym_call_onearg(type, r);
        PYM_DECREF(r);
        r = t;
    }
    return r;
}

static PymObject *float_conjugate(PymObject *self, PymObject *const *args, size_t nargs,
                                  PymObject *kw) {
    if (pym_arg_count("conjugate", nargs, kw, 0, 0) < 0) return NULL;
    return float_pos(self);
}

static PymObject *float_trunc_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                   PymObject *kw) {
    if (pym_arg_count("__trunc__", nargs, kw, 0, 0) < 0) return NULL;
    return pym_int_from_double(FV(self));
}
static PymObject *float_floor_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                   PymObject *kw) {
    if (pym_arg_count("__floor__", nargs, kw, 0, 0) < 0) return NULL;
    return pym_int_from_double(floor(FV(self)));
}
static PymObject *float_ceil_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                  PymObject *kw) {
    if (pym_arg_count("__ceil__", nargs, kw, 0, 0) < 0) return NULL;
    return pym_int_from_double(ceil(FV(self)));
}

/* round(x, n) for n < 0: exact rounding half-to-even to a multiple of 10**-n. */
static PymObject *round_negative(double x, intptr_t n) {
    if (n < -308) return pym_float_from_double(0.0 * x);
    int e;
    double m = frexp(x, &e);
    /* x = M * 2**(e-53) */
    PymObject *M = pym_int_from_double(ldexp(m, DBL_MANT_DIG));
    PymObject *ten = pym_int_from_long(10), *k = pym_int_from_long(-n);
    PymObject *p = (M && ten && k) ? pym_int_pow(ten, k) : NULL;
    PYM_XDECREF(ten);
    PYM_XDECREF(k);
    if (!p) {
        PYM_XDECREF(M);
        return NULL;
    }
    int s = e - DBL_MANT_DIG;
    PymObject *num, *den;
    if (s >= 0) {
        num = pym_int_shift(M, s);
        den = pym_newref(p);
    } else {
        num = pym_newref(M);
        den = pym_int_shift(p, -s);
    }
    PYM_DECREF(M);
    PymObject *q = NULL, *r = NULL, *res = NULL;
    if (num && den && pym_int_divmod(num, den, &q, &r) == 0) {
        PymObject *r2 = pym_int_shift(r, 1);
        int c = r2 ? pym_int_compare(r2, den) : 0;
        PYM_XDECREF(r2);
        if (c > 0 || (c == 0 && pym_int_bit_length(q) && (((PymInt *)q)->ob_digit[0] & 1))) {
            PymObject *one = pym_int_from_long(1);
            PymObject *t = pym_int_add(q, one);
            PYM_DECREF(one);
            PYM_DECREF(q);
            q = t;
        }
        if (q) {
            PymObject *v = pym_int_mul(q, p);
            if (v) {
                double d = pym_int_as_double(v);
                PYM_DECREF(v);
                if (d == -1.0 && pym_err_occurred()) {
                    pym_err_clear();
                    pym_err_set_string(PymExc_OverflowError,
                                       "rounded value too large to represent");
                } else {
                    res = pym_float_from_double(d == 0 ? copysign(0.0, x) : d);
                }
            }
        }
    }
    PYM_XDECREF(q);
    PYM_XDECREF(r);
    PYM_XDECREF(num);
    PYM_XDECREF(den);
    PYM_DECREF(p);
    return res;
}

static PymObject *float_round_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                   PymObject *kw) {
    if (pym_arg_count("__round__", nargs, kw, 0, 1) < 0) return NULL;
    double x = FV(self);
    if (nargs == 0 || args[0] == pym_None) {
        double r = round(x);
        if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
        return pym_int_from_double(r);
    }
    intptr_t n = pym_number_as_ssize(args[0], NULL);
    if (n == -1 && pym_err_occurred()) return NULL;
    if (!isfinite(x) || x == 0.0) return pym_float_from_double(x);
    if (n > 323) return pym_float_from_double(x);
    if (n < 0) return round_negative(x, n);
    char buf[700];
    snprintf(buf, sizeof buf, "%.*f", (int)n, x);
    double r = strtod(buf, NULL);
    if (isinf(r)) {
        pym_err_set_string(PymExc_OverflowError, "rounded value too large to represent");
        return NULL;
    }
    return pym_float_from_double(r);
}

static PymObject *float_getnewargs(PymObject *self, PymObject *const *args, size_t nargs,
                                   PymObject *kw) {
    if (pym_arg_count("__getnewargs__", nargs, kw, 0, 0) < 0) return NULL;
    PymObject *f = pym_float_from_double(FV(self));
    if (!f) return NULL;
    PymObject *t = pym_tuple_pack(1, f);
    PYM_DECREF(f);
    return t;
}

static PymObject *float_get_real(PymObject *self, void *c) { return float_pos(self); }
static PymObject *float_get_imag(PymObject *self, void *c) { return pym_float_from_double(0.0); }

/* float(x=0.0) */
static PymObject *float_new(PymType *type, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    if (pym_arg_no_kwargs("float", kwnames) < 0) return NULL;
    if (nargs > 1) {
        pym_err_format(PymExc_TypeError, "float expected at most 1 argument, got %zd",
                       (intptr_t)nargs);
        return NULL;
    }
    PymObject *r;
    if (nargs == 0) {
        r = pym_float_from_double(0.0);
    } else {
        PymObject *x = args[0];
        if (PYM_FLOAT_CHECK_EXACT(x) && type == &pym_type_float) return pym_newref(x);
        if (PYM_STR_CHECK(x) && !((PymStr *)x)->st_ascii) { /* Unicode digits/spaces */
            PymObject *t = pym_str_decimal_to_ascii(x);
            if (!t) return NULL;
            double d;
            int rc = float_parse(PYM_STR_UTF8(t), PYM_STR_NBYTES(t), &d);
            PYM_DECREF(t);
            if (rc < 0) return NULL;
            if (rc == 0) {
                pym_err_format(PymExc_ValueError, "could not convert string to float: %R", x);
                return NULL;
            }
            r = pym_float_from_double(d);
        } else if (PYM_STR_CHECK(x)) {
            r = pym_float_from_string(PYM_STR_UTF8(x), PYM_STR_NBYTES(x));
        } else if (PYM_BYTES_CHECK(x)) {
            double d;
            int rc = float_parse(PYM_BYTES_DATA(x), PYM_BYTES_LEN(x), &d);
            if (rc < 0) return NULL;
            if (rc == 0) {
                pym_err_format(PymExc_ValueError, "could not convert string to float: %R", x);
                return NULL;
            }
            r = pym_float_from_double(d);
        } else if (PYM_FLOAT_CHECK(x) || PYM_INT_CHECK(x) || PYM_TYPE(x)->nb_float ||
                   PYM_TYPE(x)->nb_index) {
            double d = pym_float_as_double(x);
            if (d == -1.0 && pym_err_occurred()) return NULL;
            r = pym_float_from_double(d);
        } else {
            pym_err_format(PymExc_TypeError,
                           "float() argument must be a string or a real number, not '%s'",
                           pym_type_name(x));
            return NULL;
        }
    }
    if (!r || type == &pym_type_float) return r;
    PymObject *o = pym_object_alloc(type, 0);
    if (o) FV(o) = FV(r);
    PYM_DECREF(r);
    if (o && PYM_IS_GC(o)) pym_gc_track(o); /* a subclass instance may hold a __dict__ */
    return o;
}

/* float.__getformat__(typestr): how C doubles and floats are laid out */
static PymObject *float_getformat(PymObject *cls, PymObject *const *args, size_t nargs,
                                  PymObject *kw) {
    if (pym_arg_count("__getformat__", nargs, kw, 1, 1) < 0) return NULL;
    if (!PYM_STR_CHECK(args[0])) {
        pym_err_format(PymExc_TypeError, "__getformat__() argument must be str, not %s",
                       pym_type_name(args[0]));
        return NULL;
    }
    if (!pym_str_equal_cstr(args[0], "double") && !pym_str_equal_cstr(args[0], "float")) {
        pym_err_set_string(PymExc_ValueError,
                           "__getformat__() argument 1 must be 'double' or 'float'");
        return NULL;
    }
    union {
        double d;
        unsigned char b[8];
    } u = {1.0};
    return pym_str_from_cstr(u.b[7] == 0x3f ? "IEEE, little-endian" : "IEEE, big-endian");
}

static PymMethodDef float_methods[] = {
    {"__getformat__", float_getformat, PYM_METH_CLASS,
     "You probably don't want to use this function."},
    {"is_integer", float_is_integer, 0, "Return True if the float is an integer."},
    {"as_integer_ratio", float_ratio, 0, "Return integer ratio."},
    {"hex", float_hex, 0, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_fromhex, PYM_METH_CLASS,
     "Create a floating-point number from a hexadecimal string."},
    {"conjugate", float_conjugate, 0, "Return self, the complex conjugate of any float."},
    {"__round__", float_round_meth, 0, NULL},
    {"__trunc__", float_trunc_meth, 0, NULL},
    {"__floor__", float_floor_meth, 0, NULL},
    {"__ceil__", float_ceil_meth, 0, NULL},
    {"__format__", float_format_meth, 0, NULL},
    {"__getnewargs__", float_getnewargs, 0, NULL},
    {"__divmod__", float_divmod_meth, 0, NULL},
    {"__rdivmod__", float_rdivmod_meth, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PymGetSetDef float_getset[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_type_float = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "float",
    .tp_basicsize = sizeof(PymFloat),
    .tp_flags = PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = float_dealloc,
    .tp_repr = float_repr,
    .tp_hash = float_hash,
    .tp_richcompare = float_richcompare,
    .nb_binop =
        {
            [PYM_NB_ADD] = float_add,
            [PYM_NB_SUBTRACT] = float_sub,
            [PYM_NB_MULTIPLY] = float_mul,
            [PYM_NB_TRUE_DIVIDE] = float_div,
            [PYM_NB_FLOOR_DIVIDE] = float_floordiv,
            [PYM_NB_REMAINDER] = float_mod,
            [PYM_NB_POWER] = float_pow,
        },
    .nb_power3 = float_pow3,
    .nb_negative = float_neg,
    .nb_positive = float_pos,
    .nb_absolute = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_int,
    .nb_float = float_float,
    .tp_methods = float_methods,
    .tp_getset = float_getset,
    .tp_base = &pym_type_object,
    .tp_new = float_new,
    .tp_free = pym_object_free,
    .tp_doc = "Convert a string or number to a floating point number, if possible.",
};

int pym_float_init(void) { return pym_type_ready(&pym_type_float); }
