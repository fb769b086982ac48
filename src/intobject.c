/*
** intobject.c -- arbitrary-precision integers (the 'int' type).
**
** An int is a var object whose |ob_size| digits of 30 bits (least significant
** first) hold the magnitude and whose sign is the sign of ob_size; zero has
** ob_size 0 and one (zero) digit allocated, so getsizeof() matches CPython.
** Results are always normalized (no leading zero digits) and values in
** -5..256 come from a preallocated cache.
**
** Every operation first tries the "compact" path (both operands of at most
** one digit, so the result fits a C long long) and only then falls to the
** digit algorithms: schoolbook add/sub/mul, Knuth's algorithm D for division,
** two's-complement views for the bitwise operators.  True division and the
** int -> float conversion are correctly rounded.
*/
#include "pym.h"
#include "genericalias.h" /* pym_generic_types_init */
#include "memoryobject.h" /* pym_buffer_types_init */
#include <math.h>
#include <float.h>
#include <limits.h>

#define NDIG(o)       ((intptr_t)(PYM_SIZE(o) < 0 ? -PYM_SIZE(o) : PYM_SIZE(o)))
#define DIGITS(o)     (((PymInt *)(o))->ob_digit)
#define NSMALL        (PYM_SMALL_INT_MAX - PYM_SMALL_INT_MIN + 1)
#define INT_HASH_BITS 61
#define INT_HASH_MOD  (((uint64_t)1 << INT_HASH_BITS) - 1)

int pym_int_max_str_digits = 4300;

/* -5..256, shared (pym_int_small in intobject.h) */
PymInt pym_small_ints[NSMALL];
static bool small_ready;

static PymObject *int_int(PymObject *o);

/* ---- allocation and normalization ---- */

static inline PymObject *small_int(intptr_t v) {
    PymObject *o = (PymObject *)&pym_small_ints[v - PYM_SMALL_INT_MIN];
    o->ob_refcnt++;
    return o;
}

/* A new exact int with n (>= 0) zeroed digits and ob_size n. */
static PymInt *int_alloc(intptr_t n) {
    PymInt *v = (PymInt *)pym_object_alloc(&pym_type_int, n > 0 ? n : 1);
    if (v) PYM_SIZE(v) = n;
    return v;
}

/* A new exact int with n (>= 1) digits left for the caller to write, every
** one of them: the big-int algorithms fill their results whole, so the
** generic allocator's memset was a second pass over every result.  With the
** leak check or tracemalloc on, the generic path records the object. */
static PymInt *int_alloc_raw(intptr_t n) {
    if (PYM_UNLIKELY(pym_leakcheck_active | pym_tracemalloc_active) || n < 1) return int_alloc(n);
    size_t size = (offsetof(PymInt, ob_digit) + (size_t)n * sizeof(pym_digit) + 7) & ~(size_t)7;
    PymInt *v = pym_obj_malloc(size);
    if (!v) {
        pym_err_no_memory();
        return NULL;
    }
    v->ob_base.ob_base.ob_refcnt = 1;
    v->ob_base.ob_base.ob_type = &pym_type_int;
    v->ob_base.ob_size = n;
    return v;
}

/* Strips leading zero digits; returns a cached small int when it applies.
** Steals v (NULL passes through). */
static PymObject *int_norm(PymInt *v) {
    if (!v) return NULL;
    intptr_t n = NDIG(v);
    bool neg = PYM_SIZE(v) < 0;
    while (n > 0 && v->ob_digit[n - 1] == 0) n--;
    PYM_SIZE(v) = neg ? -n : n;
    if (n <= 1 && small_ready && PYM_TYPE(v) == &pym_type_int) {
        intptr_t val = pym_int_compact_value((PymObject *)v);
        if (val >= PYM_SMALL_INT_MIN && val <= PYM_SMALL_INT_MAX) {
            PYM_DECREF(v);
            return small_int(val);
        }
    }
    return (PymObject *)v;
}

static PymObject *int_from_mag(unsigned long long u, bool neg) {
    intptr_t n = 0;
    for (unsigned long long t = u; t; t >>= PYM_LONG_SHIFT) n++;
    PymInt *v = int_alloc_raw(n); /* n == 0: int_alloc's zeroed digit */
    if (!v) return NULL;
    for (intptr_t i = 0; i < n; i++, u >>= PYM_LONG_SHIFT)
        v->ob_digit[i] = (pym_digit)(u & PYM_LONG_MASK);
    if (neg) PYM_SIZE(v) = -n;
    return (PymObject *)v;
}

/* A one-digit int (0 < |v| < 2**30): most of the ints a program makes, so
** built without the generic allocator's size arithmetic and memset.  With
** the leak check or tracemalloc on, the generic path records the object. */
static inline PymObject *int_one_digit(long long v) {
    if (PYM_UNLIKELY(pym_leakcheck_active | pym_tracemalloc_active))
        return int_from_mag(v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v, v < 0);
    PymInt *o = pym_obj_malloc((offsetof(PymInt, ob_digit) + sizeof(pym_digit) + 7) & ~(size_t)7);
    if (!o) return pym_err_no_memory();
    o->ob_base.ob_base.ob_refcnt = 1;
    o->ob_base.ob_base.ob_type = &pym_type_int;
    if (v < 0) {
        o->ob_base.ob_size = -1;
        o->ob_digit[0] = (pym_digit)-v;
    } else {
        o->ob_base.ob_size = 1;
        o->ob_digit[0] = (pym_digit)v;
    }
    return (PymObject *)o;
}

PymObject *pym_int_from_long(long long v) {
    if (v >= PYM_SMALL_INT_MIN && v <= PYM_SMALL_INT_MAX && small_ready) return small_int(v);
    if (v > -(long long)PYM_LONG_BASE && v < (long long)PYM_LONG_BASE && v != 0 && small_ready)
        return int_one_digit(v);
    if (v < 0) return int_from_mag(0ULL - (unsigned long long)v, true);
    return int_from_mag((unsigned long long)v, false);
}
PymObject *pym_int_from_ssize(intptr_t v) { return pym_int_from_long(v); }
PymObject *pym_int_from_size(size_t v) { return pym_int_from_ulonglong(v); }
PymObject *pym_int_from_ulonglong(unsigned long long v) {
    if (v <= PYM_SMALL_INT_MAX && small_ready) return small_int((intptr_t)v);
    return int_from_mag(v, false);
}

/* A copy of int o as an exact int (new ref; o itself when already exact). */
static PymObject *int_exact(PymObject *o) {
    if (PYM_INT_CHECK_EXACT(o)) return pym_newref(o);
    intptr_t n = NDIG(o);
    PymInt *v = int_alloc(n);
    if (!v) return NULL;
    memcpy(v->ob_digit, DIGITS(o), n * sizeof(pym_digit));
    PYM_SIZE(v) = PYM_SIZE(o);
    return int_norm(v);
}

PymObject *pym_int_from_double(double d) {
    if (isinf(d)) {
        pym_err_set_string(PymExc_OverflowError, "cannot convert float infinity to integer");
        return NULL;
    }
    if (isnan(d)) {
        pym_err_set_string(PymExc_ValueError, "cannot convert float NaN to integer");
        return NULL;
    }
    if (d > -9.2e18 && d < 9.2e18) return pym_int_from_long((long long)d);
    bool neg = d < 0;
    if (neg) d = -d;
    int e;
    double m = frexp(d, &e); /* d = m * 2**e, 0.5 <= m < 1 */
    intptr_t n = (e - 1) / PYM_LONG_SHIFT + 1;
    PymInt *v = int_alloc(n);
    if (!v) return NULL;
    m = ldexp(m, (e - 1) % PYM_LONG_SHIFT + 1);
    for (intptr_t i = n - 1; i >= 0; i--) {
        pym_digit bits = (pym_digit)m;
        v->ob_digit[i] = bits;
        m -= bits;
        m = ldexp(m, PYM_LONG_SHIFT);
    }
    if (neg) PYM_SIZE(v) = -n;
    return int_norm(v);
}

/* ---- conversions to C ---- */

long long pym_int_as_longlong_overflow(PymObject *o, int *overflow) {
    *overflow = 0;
    if (PYM_UNLIKELY(!PYM_INT_CHECK(o))) {
        /* as CPython's PyLong_AsLongLongAndOverflow: __index__, so that a
        ** caller passing an unchecked argument gets a TypeError, not a crash */
        PymObject *i = pym_number_index(o);
        if (!i) return -1;
        long long v = pym_int_as_longlong_overflow(i, overflow);
        PYM_DECREF(i);
        return v;
    }
    if (pym_int_is_compact(o)) return pym_int_compact_value(o);
    intptr_t n = NDIG(o);
    unsigned long long x = 0;
    for (intptr_t i = n - 1; i >= 0; i--) {
        if (x >> (64 - PYM_LONG_SHIFT)) {
            *overflow = PYM_SIZE(o) < 0 ? -1 : 1;
            return -1;
        }
        x = (x << PYM_LONG_SHIFT) | DIGITS(o)[i];
    }
    if (PYM_SIZE(o) < 0) {
        if (x > (unsigned long long)LLONG_MAX + 1) {
            *overflow = -1;
            return -1;
        }
        return (long long)(0ULL - x);
    }
    if (x > (unsigned long long)LLONG_MAX) {
        *overflow = 1;
        return -1;
    }
    return (long long)x;
}

long long pym_int_as_longlong(PymObject *o) {
    int ovf;
    long long v = pym_int_as_longlong_overflow(o, &ovf);
    if (v == -1 && !ovf && pym_err_occurred()) return -1;
    if (ovf) {
        pym_err_set_string(PymExc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return v;
}

intptr_t pym_int_as_ssize(PymObject *o) {
    int ovf;
    long long v = pym_int_as_longlong_overflow(o, &ovf);
    if (v == -1 && !ovf && pym_err_occurred()) return -1;
    if (ovf) {
        pym_err_set_string(PymExc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (intptr_t)v;
}

int pym_int_sign(PymObject *o) { return PYM_SIZE(o) < 0 ? -1 : PYM_SIZE(o) > 0; }

static int digit_bits(pym_digit d) { return d ? 32 - __builtin_clz(d) : 0; }

size_t pym_int_bit_length(PymObject *o) {
    intptr_t n = NDIG(o);
    if (n == 0) return 0;
    return (size_t)(n - 1) * PYM_LONG_SHIFT + digit_bits(DIGITS(o)[n - 1]);
}

/* Bits [pos, pos+64) of |o| as an unsigned 64-bit number. */
static uint64_t mag_bits_at(PymObject *o, size_t pos) {
    intptr_t n = NDIG(o);
    uint64_t r = 0;
    size_t di = pos / PYM_LONG_SHIFT;
    int off = pos % PYM_LONG_SHIFT;
    int got = 0;
    for (intptr_t i = di; i < n && got < 64; i++) {
        uint64_t d = DIGITS(o)[i];
        if (i == (intptr_t)di) {
            d >>= off;
            r |= d;
            got = PYM_LONG_SHIFT - off;
        } else {
            r |= d << got;
            got += PYM_LONG_SHIFT;
        }
    }
    return r;
}

/* True when any of the lowest nbits bits of |o| is set. */
static bool mag_low_nonzero(PymObject *o, size_t nbits) {
    size_t full = nbits / PYM_LONG_SHIFT;
    for (size_t i = 0; i < full && i < (size_t)NDIG(o); i++)
        if (DIGITS(o)[i]) return true;
    int rem = nbits % PYM_LONG_SHIFT;
    if (rem && full < (size_t)NDIG(o) && (DIGITS(o)[full] & ((1u << rem) - 1))) return true;
    return false;
}

/* |o| = m * 2**e with 0.5 <= m < 1, m rounded to double precision (for math.log
** of huge ints); 0 gives m 0, e 0. */
double pym_int_frexp(PymObject *o, int64_t *e) {
    size_t nbits = pym_int_bit_length(o);
    if (nbits == 0) {
        *e = 0;
        return 0.0;
    }
    if (nbits <= 63) {
        uint64_t x = mag_bits_at(o, 0);
        int ee;
        double m = frexp((double)x, &ee);
        *e = ee;
        return m;
    }
    size_t shift = nbits - 55;
    uint64_t x = mag_bits_at(o, shift) & (((uint64_t)1 << 55) - 1);
    if (mag_low_nonzero(o, shift)) x |= 1;
    int ee;
    double m = frexp((double)x, &ee);
    *e = (int64_t)ee + (int64_t)shift;
    return m;
}

double pym_int_as_double(PymObject *o) {
    if (pym_int_is_compact(o)) return (double)pym_int_compact_value(o);
    int64_t e;
    double m = pym_int_frexp(o, &e);
    if (e > DBL_MAX_EXP || (e == DBL_MAX_EXP && m == 1.0)) {
        pym_err_set_string(PymExc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    double d = ldexp(m, (int)e);
    if (isinf(d)) {
        pym_err_set_string(PymExc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return PYM_SIZE(o) < 0 ? -d : d;
}

/* ---- magnitude arithmetic ---- */

/* |a| + |b| (positive, not normalized). */
static PymInt *x_add(const pym_digit *a, intptr_t na, const pym_digit *b, intptr_t nb) {
    if (na < nb) {
        const pym_digit *t = a;
        a = b;
        b = t;
        intptr_t tn = na;
        na = nb;
        nb = tn;
    }
    PymInt *z = int_alloc_raw(na + 1);
    if (!z) return NULL;
    pym_digit carry = 0;
    intptr_t i = 0;
    for (; i < nb; i++) {
        carry += a[i] + b[i];
        z->ob_digit[i] = carry & PYM_LONG_MASK;
        carry >>= PYM_LONG_SHIFT;
    }
    for (; i < na && carry; i++) {
        carry += a[i];
        z->ob_digit[i] = carry & PYM_LONG_MASK;
        carry >>= PYM_LONG_SHIFT;
    }
    memcpy(z->ob_digit + i, a + i, (size_t)(na - i) * sizeof(pym_digit)); /* no carry left */
    z->ob_digit[na] = carry;
    return z;
}

/* |a| - |b| with the sign of the result (not normalized). */
static PymInt *x_sub(const pym_digit *a, intptr_t na, const pym_digit *b, intptr_t nb) {
    bool neg = false;
    if (na < nb) {
        neg = true;
    } else if (na == nb) {
        intptr_t i = na - 1;
        while (i >= 0 && a[i] == b[i]) i--;
        if (i < 0) return int_alloc(0);
        if (a[i] < b[i]) neg = true;
        na = nb = i + 1;
    }
    if (neg) {
        const pym_digit *t = a;
        a = b;
        b = t;
        intptr_t tn = na;
        na = nb;
        nb = tn;
    }
    PymInt *z = int_alloc_raw(na);
    if (!z) return NULL;
    pym_digit borrow = 0;
    intptr_t i = 0;
    for (; i < nb; i++) {
        borrow = a[i] - b[i] - borrow;
        z->ob_digit[i] = borrow & PYM_LONG_MASK;
        borrow = (borrow >> PYM_LONG_SHIFT) & 1;
    }
    for (; i < na && borrow; i++) {
        borrow = a[i] - borrow;
        z->ob_digit[i] = borrow & PYM_LONG_MASK;
        borrow = (borrow >> PYM_LONG_SHIFT) & 1;
    }
    memcpy(z->ob_digit + i, a + i, (size_t)(na - i) * sizeof(pym_digit)); /* no borrow left */
    if (neg) PYM_SIZE(z) = -PYM_SIZE(z);
    return z;
}

/* Schoolbook product of magnitudes into z (na + nb digits, zeroed).  Rows of
** a go in pairs: z[i+j] gets f0*b[j] + f1*b[j-1] in one pass, which fits the
** 64-bit accumulator (two 60-bit products, a 30-bit digit and a 32-bit carry
** stay below 2**62), so z is read and written half as often. */
static void mul_into(pym_digit *z, const pym_digit *a, intptr_t na, const pym_digit *b,
                     intptr_t nb) {
    intptr_t i = 0;
    for (; i + 1 < na; i += 2) {
        uint64_t f0 = a[i], f1 = a[i + 1];
        if (!(f0 | f1)) continue;
        pym_digit *zp = z + i;
        uint64_t carry = 0, prev = 0;
        for (intptr_t j = 0; j < nb; j++) {
            uint64_t bj = b[j];
            carry += zp[j] + f0 * bj + f1 * prev;
            zp[j] = (pym_digit)(carry & PYM_LONG_MASK);
            carry >>= PYM_LONG_SHIFT;
            prev = bj;
        }
        carry += zp[nb] + f1 * prev;
        zp[nb] = (pym_digit)(carry & PYM_LONG_MASK);
        carry >>= PYM_LONG_SHIFT;
        for (intptr_t k = nb + 1; carry; k++) {
            carry += zp[k];
            zp[k] = (pym_digit)(carry & PYM_LONG_MASK);
            carry >>= PYM_LONG_SHIFT;
        }
    }
    for (; i < na; i++) {
        uint64_t f = a[i];
        if (!f) continue;
        uint64_t carry = 0;
        pym_digit *zp = z + i;
        for (intptr_t j = 0; j < nb; j++) {
            carry += zp[j] + f * b[j];
            zp[j] = (pym_digit)(carry & PYM_LONG_MASK);
            carry >>= PYM_LONG_SHIFT;
        }
        for (intptr_t k = nb; carry; k++) {
            carry += zp[k];
            zp[k] = (pym_digit)(carry & PYM_LONG_MASK);
            carry >>= PYM_LONG_SHIFT;
        }
    }
}

#define KARATSUBA_CUTOFF 70

/* z (na+nb digits, zeroed) = a * b, Karatsuba when both are large. */
static int kmul_into(pym_digit *z, const pym_digit *a, intptr_t na, const pym_digit *b,
                     intptr_t nb);

static void add_into(pym_digit *z, intptr_t nz, const pym_digit *a, intptr_t na) {
    uint64_t carry = 0;
    intptr_t i = 0;
    for (; i < na; i++) {
        carry += (uint64_t)z[i] + a[i];
        z[i] = (pym_digit)(carry & PYM_LONG_MASK);
        carry >>= PYM_LONG_SHIFT;
    }
    for (; carry && i < nz; i++) {
        carry += z[i];
        z[i] = (pym_digit)(carry & PYM_LONG_MASK);
        carry >>= PYM_LONG_SHIFT;
    }
}
static void sub_into(pym_digit *z, intptr_t nz, const pym_digit *a, intptr_t na) {
    pym_digit borrow = 0;
    intptr_t i = 0;
    for (; i < na; i++) {
        borrow = z[i] - a[i] - borrow;
        z[i] = borrow & PYM_LONG_MASK;
        borrow = (borrow >> PYM_LONG_SHIFT) & 1;
    }
    for (; borrow && i < nz; i++) {
        borrow = z[i] - borrow;
        z[i] = borrow & PYM_LONG_MASK;
        borrow = (borrow >> PYM_LONG_SHIFT) & 1;
    }
}

static int kmul_into(pym_digit *z, const pym_digit *a, intptr_t na, const pym_digit *b,
                     intptr_t nb) {
    if (na > nb) {
        const pym_digit *t = a;
        a = b;
        b = t;
        intptr_t tn = na;
        na = nb;
        nb = tn;
    }
    if (na < KARATSUBA_CUTOFF || 2 * na <= nb) {
        if (na >= KARATSUBA_CUTOFF) {
            /* lopsided: multiply b in slices of na digits */
            pym_digit *tmp = pym_raw_calloc(2 * na, sizeof(pym_digit));
            if (!tmp) return -1;
            for (intptr_t off = 0; off < nb; off += na) {
                intptr_t len = PYM_MIN(na, nb - off);
                memset(tmp, 0, 2 * na * sizeof(pym_digit));
                if (kmul_into(tmp, a, na, b + off, len) < 0) {
                    pym_raw_free(tmp);
                    return -1;
                }
                add_into(z + off, na + nb - off, tmp, na + len);
            }
            pym_raw_free(tmp);
            return 0;
        }
        mul_into(z, a, na, b, nb);
        return 0;
    }
    /* split at h: a = a1*B^h + a0, b = b1*B^h + b0 */
    intptr_t h = nb / 2;
    intptr_t na0 = PYM_MIN(h, na), na1 = na - na0, nb0 = h, nb1 = nb - h;
    intptr_t nsa = PYM_MAX(na0, na1) + 1, nsb = PYM_MAX(nb0, nb1) + 1;
    pym_digit *buf = pym_raw_calloc((size_t)(nsa + nsb + (nsa + nsb)) + 2 * (na0 + nb0) +
                                        2 * (na1 + nb1) + 4,
                                    sizeof(pym_digit));
    if (!buf) return -1;
    pym_digit *sa = buf, *sb = sa + nsa, *mid = sb + nsb, *lo = mid + nsa + nsb,
              *hi = lo + na0 + nb0;
    memcpy(sa, a, na0 * sizeof(pym_digit));
    add_into(sa, nsa, a + na0, na1);
    memcpy(sb, b, nb0 * sizeof(pym_digit));
    add_into(sb, nsb, b + nb0, nb1);
    int rc = 0;
    if (na1 > 0) {
        rc |= kmul_into(lo, a, na0, b, nb0);
        rc |= kmul_into(hi, a + na0, na1, b + nb0, nb1);
        rc |= kmul_into(mid, sa, nsa, sb, nsb);
    }
    if (rc) {
        pym_raw_free(buf);
        return -1;
    }
    /* mid -= lo + hi; z = lo + mid*B^h + hi*B^2h */
    sub_into(mid, nsa + nsb, lo, na0 + nb0);
    sub_into(mid, nsa + nsb, hi, na1 + nb1);
    intptr_t nz = na + nb;
    add_into(z, nz, lo, na0 + nb0);
    intptr_t nmid = nsa + nsb;
    while (nmid > 0 && mid[nmid - 1] == 0) nmid--;
    add_into(z + h, nz - h, mid, PYM_MIN(nmid, nz - h));
    add_into(z + 2 * h, nz - 2 * h, hi, PYM_MIN(na1 + nb1, nz - 2 * h));
    pym_raw_free(buf);
    return 0;
}

/* z (nb + 1 digits, written whole) = f * b: a big int times a one-digit one,
** most of the products big-int programs compute (pidigits: all of them). */
static void mul1_into(pym_digit *z, const pym_digit *b, intptr_t nb, pym_digit f) {
    uint64_t carry = 0;
    for (intptr_t j = 0; j < nb; j++) {
        carry += (uint64_t)f * b[j];
        z[j] = (pym_digit)(carry & PYM_LONG_MASK);
        carry >>= PYM_LONG_SHIFT;
    }
    z[nb] = (pym_digit)carry;
}

static PymInt *x_mul(const pym_digit *a, intptr_t na, const pym_digit *b, intptr_t nb) {
    if (na == 1 || nb == 1) {
        PymInt *z = int_alloc_raw(na + nb);
        if (!z) return NULL;
        if (na == 1)
            mul1_into(z->ob_digit, b, nb, a[0]);
        else
            mul1_into(z->ob_digit, a, na, b[0]);
        return z;
    }
    PymInt *z = int_alloc_raw(na + nb);
    if (!z) return NULL;
    memset(z->ob_digit, 0, (size_t)(na + nb) * sizeof(pym_digit));
    if (kmul_into(z->ob_digit, a, na, b, nb) < 0) {
        PYM_DECREF(z);
        pym_err_no_memory();
        return NULL;
    }
    return z;
}

/* Divides a (n digits) by d in place into q (may alias a); returns the remainder. */
static pym_digit divrem1(pym_digit *q, const pym_digit *a, intptr_t n, pym_digit d) {
    uint64_t rem = 0;
    for (intptr_t i = n - 1; i >= 0; i--) {
        rem = (rem << PYM_LONG_SHIFT) | a[i];
        q[i] = (pym_digit)(rem / d);
        rem %= d;
    }
    return (pym_digit)rem;
}

/* Knuth D on magnitudes: |a| = q*|b| + r, 0 <= r < |b|; nb >= 2, na >= nb.
** Results are normalized, negated when qneg / rneg.  0 / -1. */
static int x_divrem(PymObject *a, PymObject *b, PymObject **pq, PymObject **pr, bool qneg,
                    bool rneg) {
    intptr_t na = NDIG(a), nb = NDIG(b);
    int s = PYM_LONG_SHIFT - digit_bits(DIGITS(b)[nb - 1]);
    pym_digit *u = pym_raw_malloc((na + 1 + nb) * sizeof(pym_digit));
    if (!u) {
        pym_err_no_memory();
        return -1;
    }
    pym_digit *v = u + na + 1;
    /* shift left by s */
    pym_digit carry = 0;
    for (intptr_t i = 0; i < nb; i++) {
        uint64_t t = ((uint64_t)DIGITS(b)[i] << s) | carry;
        v[i] = (pym_digit)(t & PYM_LONG_MASK);
        carry = (pym_digit)(t >> PYM_LONG_SHIFT);
    }
    carry = 0;
    for (intptr_t i = 0; i < na; i++) {
        uint64_t t = ((uint64_t)DIGITS(a)[i] << s) | carry;
        u[i] = (pym_digit)(t & PYM_LONG_MASK);
        carry = (pym_digit)(t >> PYM_LONG_SHIFT);
    }
    u[na] = carry;
    PymInt *q = int_alloc_raw(na - nb + 1);
    if (!q) {
        pym_raw_free(u);
        return -1;
    }
    uint64_t vtop = v[nb - 1], vnext = v[nb - 2];
    for (intptr_t j = na - nb; j >= 0; j--) {
        uint64_t num = ((uint64_t)u[j + nb] << PYM_LONG_SHIFT) | u[j + nb - 1];
        uint64_t qhat = num / vtop, rhat = num % vtop;
        while (qhat >= PYM_LONG_BASE || qhat * vnext > ((rhat << PYM_LONG_SHIFT) | u[j + nb - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >= PYM_LONG_BASE) break;
        }
        int64_t borrow = 0;
        uint64_t mc = 0;
        for (intptr_t i = 0; i < nb; i++) {
            mc += qhat * v[i];
            int64_t t = (int64_t)u[i + j] - (int64_t)(mc & PYM_LONG_MASK) + borrow;
            u[i + j] = (pym_digit)(t & PYM_LONG_MASK);
            borrow = t >> PYM_LONG_SHIFT;
            mc >>= PYM_LONG_SHIFT;
        }
        int64_t t = (int64_t)u[j + nb] - (int64_t)mc + borrow;
        u[j + nb] = (pym_digit)(t & PYM_LONG_MASK);
        if (t < 0) {
            qhat--;
            uint64_t c = 0;
            for (intptr_t i = 0; i < nb; i++) {
                c += (uint64_t)u[i + j] + v[i];
                u[i + j] = (pym_digit)(c & PYM_LONG_MASK);
                c >>= PYM_LONG_SHIFT;
            }
            u[j + nb] = (pym_digit)((u[j + nb] + c) & PYM_LONG_MASK);
        }
        q->ob_digit[j] = (pym_digit)qhat;
    }
    PymInt *r = NULL;
    if (pr) {
        r = int_alloc_raw(nb);
        if (!r) {
            pym_raw_free(u);
            PYM_DECREF(q);
            return -1;
        }
        pym_digit c = 0;
        for (intptr_t i = nb - 1; i >= 0; i--) {
            uint64_t t = ((uint64_t)c << PYM_LONG_SHIFT) | u[i];
            r->ob_digit[i] = (pym_digit)(t >> s);
            c = u[i] & ((1u << s) - 1);
        }
    }
    pym_raw_free(u);
    if (qneg) PYM_SIZE(q) = -PYM_SIZE(q);
    if (r && rneg) PYM_SIZE(r) = -PYM_SIZE(r);
    if (pq)
        *pq = int_norm(q);
    else
        PYM_DECREF(q);
    if (pr) *pr = int_norm(r);
    return 0;
}

static int mag_compare(PymObject *a, PymObject *b) {
    intptr_t na = NDIG(a), nb = NDIG(b);
    if (na != nb) return na < nb ? -1 : 1;
    for (intptr_t i = na - 1; i >= 0; i--)
        if (DIGITS(a)[i] != DIGITS(b)[i]) return DIGITS(a)[i] < DIGITS(b)[i] ? -1 : 1;
    return 0;
}

/* Truncating division: q has sign sa*sb, r the sign of a. b != 0. 0/-1 */
static int l_divrem(PymObject *a, PymObject *b, PymObject **pq, PymObject **pr) {
    intptr_t nb = NDIG(b);
    bool qneg = (PYM_SIZE(a) < 0) != (PYM_SIZE(b) < 0), rneg = PYM_SIZE(a) < 0;
    PymObject *q = NULL, *r = NULL;
    if (mag_compare(a, b) < 0) {
        q = pym_int_from_long(0);
        r = int_exact(a);
        if (!q || !r) {
            PYM_XDECREF(q);
            PYM_XDECREF(r);
            return -1;
        }
        goto done;
    }
    if (nb == 1) {
        intptr_t na = NDIG(a);
        PymInt *qq = int_alloc_raw(na);
        if (!qq) return -1;
        pym_digit rem = divrem1(qq->ob_digit, DIGITS(a), na, DIGITS(b)[0]);
        if (qneg) PYM_SIZE(qq) = -na;
        q = int_norm(qq);
        r = pym_int_from_long(rneg ? -(long long)rem : (long long)rem);
        if (!q || !r) {
            PYM_XDECREF(q);
            PYM_XDECREF(r);
            return -1;
        }
        goto done;
    }
    if (x_divrem(a, b, &q, pr ? &r : NULL, qneg, rneg) < 0) return -1;
done:
    if (pq)
        *pq = q;
    else
        PYM_DECREF(q);
    if (pr)
        *pr = r;
    else
        PYM_XDECREF(r);
    return 0;
}

/* ---- public arithmetic on exact ints ---- */

/* Ints of at most two digits (|v| < 2**60) compute in C long long. */
static inline bool fits2(PymObject *o) {
    intptr_t n = PYM_SIZE(o);
    return n >= -2 && n <= 2;
}
static inline long long val2(PymObject *o) {
    intptr_t n = PYM_SIZE(o);
    if (n == 0) return 0;
    long long v = DIGITS(o)[0];
    if (n == 2 || n == -2) v |= (long long)DIGITS(o)[1] << PYM_LONG_SHIFT;
    return n < 0 ? -v : v;
}

PymObject *pym_int_add(PymObject *a, PymObject *b) {
    if (fits2(a) && fits2(b)) return pym_int_from_long(val2(a) + val2(b));
    PymInt *z;
    if (PYM_SIZE(a) < 0) {
        if (PYM_SIZE(b) < 0) {
            z = x_add(DIGITS(a), NDIG(a), DIGITS(b), NDIG(b));
            if (z) PYM_SIZE(z) = -PYM_SIZE(z);
        } else {
            z = x_sub(DIGITS(b), NDIG(b), DIGITS(a), NDIG(a));
        }
    } else if (PYM_SIZE(b) < 0) {
        z = x_sub(DIGITS(a), NDIG(a), DIGITS(b), NDIG(b));
    } else {
        z = x_add(DIGITS(a), NDIG(a), DIGITS(b), NDIG(b));
    }
    return int_norm(z);
}

PymObject *pym_int_sub(PymObject *a, PymObject *b) {
    if (fits2(a) && fits2(b)) return pym_int_from_long(val2(a) - val2(b));
    PymInt *z;
    if (PYM_SIZE(a) < 0) {
        if (PYM_SIZE(b) < 0) {
            z = x_sub(DIGITS(b), NDIG(b), DIGITS(a), NDIG(a));
        } else {
            z = x_add(DIGITS(a), NDIG(a), DIGITS(b), NDIG(b));
            if (z) PYM_SIZE(z) = -PYM_SIZE(z);
        }
    } else if (PYM_SIZE(b) < 0) {
        z = x_add(DIGITS(a), NDIG(a), DIGITS(b), NDIG(b));
    } else {
        z = x_sub(DIGITS(a), NDIG(a), DIGITS(b), NDIG(b));
    }
    return int_norm(z);
}

PymObject *pym_int_mul(PymObject *a, PymObject *b) {
    if (pym_int_is_compact(a) && pym_int_is_compact(b))
        return pym_int_from_long((long long)pym_int_compact_value(a) * pym_int_compact_value(b));
    if (fits2(a) && fits2(b)) {
        long long r;
        if (!__builtin_mul_overflow(val2(a), val2(b), &r)) return pym_int_from_long(r);
    }
    if (PYM_SIZE(a) == 0 || PYM_SIZE(b) == 0) return pym_int_from_long(0);
    PymInt *z = x_mul(DIGITS(a), NDIG(a), DIGITS(b), NDIG(b));
    if (z && (PYM_SIZE(a) < 0) != (PYM_SIZE(b) < 0)) PYM_SIZE(z) = -PYM_SIZE(z);
    return int_norm(z);
}

PymObject *pym_int_neg(PymObject *a) {
    if (pym_int_is_compact(a)) return pym_int_from_long(-(long long)pym_int_compact_value(a));
    intptr_t n = NDIG(a);
    PymInt *z = int_alloc_raw(n);
    if (!z) return NULL;
    memcpy(z->ob_digit, DIGITS(a), n * sizeof(pym_digit));
    PYM_SIZE(z) = -PYM_SIZE(a);
    return (PymObject *)z;
}

PymObject *pym_int_abs(PymObject *a) {
    if (PYM_SIZE(a) < 0) return pym_int_neg(a);
    return int_exact(a);
}

static inline long long floor_div_ll(long long a, long long b) {
    long long q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}
static inline long long floor_mod_ll(long long a, long long b) {
    long long r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

/* Floor division and modulo (either result pointer may be NULL); b != 0. 0/-1 */
int pym_int_divmod(PymObject *a, PymObject *b, PymObject **pq, PymObject **pr) {
    if (fits2(a) && fits2(b)) {
        long long x = val2(a), y = val2(b);
        PymObject *q = NULL, *r = NULL;
        if (pq && !(q = pym_int_from_long(floor_div_ll(x, y)))) return -1;
        if (pr && !(r = pym_int_from_long(floor_mod_ll(x, y)))) {
            PYM_XDECREF(q);
            return -1;
        }
        if (pq) *pq = q;
        if (pr) *pr = r;
        return 0;
    }
    PymObject *q, *r;
    if (pq && !pr && (PYM_SIZE(a) < 0) == (PYM_SIZE(b) < 0)) {
        /* a // b of one sign: the truncated quotient is the floor, no remainder */
        if (l_divrem(a, b, &q, NULL) < 0) return -1;
        *pq = q;
        return 0;
    }
    if (l_divrem(a, b, &q, &r) < 0) return -1;
    if (PYM_SIZE(r) != 0 && ((PYM_SIZE(r) < 0) != (PYM_SIZE(b) < 0))) {
        PymObject *one = pym_int_from_long(1);
        PymObject *q2 = pym_int_sub(q, one);
        PYM_DECREF(one);
        PymObject *r2 = pym_int_add(r, b);
        PYM_DECREF(q);
        PYM_DECREF(r);
        if (!q2 || !r2) {
            PYM_XDECREF(q2);
            PYM_XDECREF(r2);
            return -1;
        }
        q = q2;
        r = r2;
    }
    if (pq)
        *pq = q;
    else
        PYM_DECREF(q);
    if (pr)
        *pr = r;
    else
        PYM_DECREF(r);
    return 0;
}

int pym_int_compare(PymObject *a, PymObject *b) {
    if (fits2(a) && fits2(b)) {
        long long x = val2(a), y = val2(b);
        return x < y ? -1 : x > y;
    }
    intptr_t sa = PYM_SIZE(a), sb = PYM_SIZE(b);
    if (sa != sb) return sa < sb ? -1 : 1;
    int c = mag_compare(a, b);
    return sa < 0 ? -c : c;
}

intptr_t pym_int_hash(PymObject *o) {
    if (pym_int_is_compact(o)) {
        intptr_t v = pym_int_compact_value(o);
        return v == -1 ? -2 : v;
    }
    uint64_t x = 0;
    intptr_t n = NDIG(o);
    for (intptr_t i = n - 1; i >= 0; i--) {
        x = ((x << PYM_LONG_SHIFT) & INT_HASH_MOD) | (x >> (INT_HASH_BITS - PYM_LONG_SHIFT));
        x += DIGITS(o)[i];
        if (x >= INT_HASH_MOD) x -= INT_HASH_MOD;
    }
    intptr_t h = (intptr_t)x;
    if (PYM_SIZE(o) < 0) h = -h;
    return h == -1 ? -2 : h;
}

/* ---- shifts and bitwise operators ---- */

/* |a| << n as a positive unnormalized int */
static PymInt *mag_lshift(PymObject *a, size_t n) {
    intptr_t na = NDIG(a);
    size_t wd = n / PYM_LONG_SHIFT;
    int bs = n % PYM_LONG_SHIFT;
    PymInt *z = int_alloc(na + wd + 1);
    if (!z) return NULL;
    uint64_t carry = 0;
    for (intptr_t i = 0; i < na; i++) {
        carry |= (uint64_t)DIGITS(a)[i] << bs;
        z->ob_digit[i + wd] = (pym_digit)(carry & PYM_LONG_MASK);
        carry >>= PYM_LONG_SHIFT;
    }
    z->ob_digit[na + wd] = (pym_digit)carry;
    return z;
}

/* |a| >> n as a positive unnormalized int */
static PymInt *mag_rshift(PymObject *a, size_t n) {
    intptr_t na = NDIG(a);
    size_t wd = n / PYM_LONG_SHIFT;
    int bs = n % PYM_LONG_SHIFT;
    if ((intptr_t)wd >= na) return int_alloc(0);
    intptr_t nz = na - wd;
    PymInt *z = int_alloc(nz);
    if (!z) return NULL;
    for (intptr_t i = 0; i < nz; i++) {
        uint64_t t = DIGITS(a)[i + wd] >> bs;
        if (i + wd + 1 < (size_t)na)
            t |= ((uint64_t)DIGITS(a)[i + wd + 1] << (PYM_LONG_SHIFT - bs));
        z->ob_digit[i] = (pym_digit)(t & PYM_LONG_MASK);
    }
    return z;
}

/* a << n (n >= 0) or a >> -n (floor), a an int. */
PymObject *pym_int_shift(PymObject *a, intptr_t n) {
    if (PYM_SIZE(a) == 0) return pym_int_from_long(0);
    if (n >= 0) {
        if (pym_int_is_compact(a) && n < 32)
            return pym_int_from_long((long long)pym_int_compact_value(a) * (1LL << n));
        PymInt *z = mag_lshift(a, (size_t)n);
        if (z && PYM_SIZE(a) < 0) PYM_SIZE(z) = -PYM_SIZE(z);
        return int_norm(z);
    }
    size_t m = (size_t)(-(n + 1)) + 1;
    if (pym_int_is_compact(a)) {
        long long v = pym_int_compact_value(a);
        if (m >= 40) return pym_int_from_long(v < 0 ? -1 : 0);
        return pym_int_from_long(v >> m);
    }
    if (PYM_SIZE(a) > 0) return int_norm(mag_rshift(a, m));
    /* negative: -((|a| - 1) >> m) - 1 */
    PymObject *one = pym_int_from_long(1);
    PymObject *absa = pym_int_neg(a);
    PymObject *t = absa ? pym_int_sub(absa, one) : NULL;
    PYM_XDECREF(absa);
    if (!t) {
        PYM_DECREF(one);
        return NULL;
    }
    PymObject *s = int_norm(mag_rshift(t, m));
    PYM_DECREF(t);
    if (!s) {
        PYM_DECREF(one);
        return NULL;
    }
    PymObject *u = pym_int_add(s, one);
    PYM_DECREF(s);
    PYM_DECREF(one);
    if (!u) return NULL;
    PymObject *r = pym_int_neg(u);
    PYM_DECREF(u);
    return int_norm((PymInt *)r);
}

/* Two's complement of a over n digits (n > NDIG(a)). */
static void to_twos(PymObject *a, pym_digit *out, intptr_t n) {
    intptr_t na = NDIG(a);
    memcpy(out, DIGITS(a), na * sizeof(pym_digit));
    memset(out + na, 0, (n - na) * sizeof(pym_digit));
    if (PYM_SIZE(a) < 0) {
        pym_digit carry = 1;
        for (intptr_t i = 0; i < n; i++) {
            carry += (~out[i]) & PYM_LONG_MASK;
            out[i] = carry & PYM_LONG_MASK;
            carry >>= PYM_LONG_SHIFT;
        }
    }
}

/* The value of an int of at most two digits (|v| < 2**60). */
static long long int_two_digit_value(PymObject *o) {
    long long v = NDIG(o) == 0 ? 0
                  : NDIG(o) == 1
                      ? (long long)DIGITS(o)[0]
                      : (long long)DIGITS(o)[0] | ((long long)DIGITS(o)[1] << PYM_LONG_SHIFT);
    return PYM_SIZE(o) < 0 ? -v : v;
}

static PymObject *int_bitwise(PymObject *a, PymObject *b, int op) {
    if (NDIG(a) <= 2 && NDIG(b) <= 2) { /* both fit a long long: so does the result */
        long long x = int_two_digit_value(a), y = int_two_digit_value(b);
        return pym_int_from_long(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    }
    intptr_t n = PYM_MAX(NDIG(a), NDIG(b)) + 1;
    PymInt *z = int_alloc(n);
    pym_digit small[8], *y = n <= 8 ? small : pym_raw_malloc(n * sizeof(pym_digit));
    if (!z || !y) {
        PYM_XDECREF(z);
        if (y != small) pym_raw_free(y);
        return pym_err_no_memory();
    }
    to_twos(a, z->ob_digit, n);
    to_twos(b, y, n);
    bool na = PYM_SIZE(a) < 0, nb = PYM_SIZE(b) < 0, nz;
    for (intptr_t i = 0; i < n; i++) {
        if (op == '&')
            z->ob_digit[i] &= y[i];
        else if (op == '|')
            z->ob_digit[i] |= y[i];
        else
            z->ob_digit[i] ^= y[i];
    }
    nz = op == '&' ? (na && nb) : op == '|' ? (na || nb) : (na != nb);
    if (y != small) pym_raw_free(y);
    if (nz) {
        pym_digit carry = 1;
        for (intptr_t i = 0; i < n; i++) {
            carry += (~z->ob_digit[i]) & PYM_LONG_MASK;
            z->ob_digit[i] = carry & PYM_LONG_MASK;
            carry >>= PYM_LONG_SHIFT;
        }
        PYM_SIZE(z) = -n;
    }
    return int_norm(z);
}

static PymObject *int_invert(PymObject *a) {
    if (pym_int_is_compact(a)) return pym_int_from_long(~(long long)pym_int_compact_value(a));
    PymObject *one = pym_int_from_long(1);
    PymObject *t = pym_int_add(a, one);
    PYM_DECREF(one);
    if (!t) return NULL;
    PymObject *r = pym_int_neg(t);
    PYM_DECREF(t);
    return r ? int_norm((PymInt *)r) : NULL;
}

/* ---- power ---- */

static bool int_bit(PymObject *o, size_t i) {
    size_t d = i / PYM_LONG_SHIFT;
    if (d >= (size_t)NDIG(o)) return false;
    return (DIGITS(o)[d] >> (i % PYM_LONG_SHIFT)) & 1;
}

static PymObject *mulmod(PymObject *a, PymObject *b, PymObject *m) {
    PymObject *p = pym_int_mul(a, b);
    if (!p || !m) return p;
    PymObject *r;
    int rc = pym_int_divmod(p, m, NULL, &r);
    PYM_DECREF(p);
    return rc < 0 ? NULL : r;
}

/* a ** e for e >= 0 (e an int), optionally modulo m (m > 0). */
static PymObject *int_pow_nonneg(PymObject *a, PymObject *e, PymObject *m) {
    if (!m && pym_int_is_compact(a) && pym_int_is_compact(e)) {
        long long base = pym_int_compact_value(a), r = 1;
        long long ex = pym_int_compact_value(e);
        bool ok = true;
        long long b = base;
        while (ex) {
            if (ex & 1) {
                if (__builtin_mul_overflow(r, b, &r)) {
                    ok = false;
                    break;
                }
            }
            ex >>= 1;
            if (ex && __builtin_mul_overflow(b, b, &b)) {
                ok = false;
                break;
            }
        }
        if (ok) return pym_int_from_long(r);
    }
    if (!m && PYM_SIZE(a) == 0) return pym_int_from_long(PYM_SIZE(e) == 0 ? 1 : 0);
    if (!m && pym_int_is_compact(a) && (pym_int_compact_value(a) == 1)) return pym_int_from_long(1);
    if (!m && pym_int_is_compact(a) && (pym_int_compact_value(a) == -1))
        return pym_int_from_long(int_bit(e, 0) ? -1 : 1);
    PymObject *r = pym_int_from_long(1);
    PymObject *base = int_exact(a);
    if (m) {
        PymObject *t;
        if (!base || pym_int_divmod(base, m, NULL, &t) < 0) {
            PYM_XDECREF(base);
            PYM_DECREF(r);
            return NULL;
        }
        PYM_DECREF(base);
        base = t;
        PymObject *one = r;
        if (pym_int_divmod(one, m, NULL, &r) < 0) {
            PYM_DECREF(one);
            PYM_DECREF(base);
            return NULL;
        }
        PYM_DECREF(one);
    }
    size_t nbits = pym_int_bit_length(e);
    for (size_t i = nbits; i-- > 0;) {
        PymObject *t = mulmod(r, r, m);
        PYM_DECREF(r);
        if (!(r = t)) break;
        if (int_bit(e, i)) {
            t = mulmod(r, base, m);
            PYM_DECREF(r);
            if (!(r = t)) break;
        }
    }
    PYM_XDECREF(base);
    return r;
}

/* Modular inverse of a modulo m (m > 0); ValueError when not invertible. */
static PymObject *int_invmod(PymObject *a, PymObject *m) {
    PymObject *b = NULL, *c = int_exact(m), *x0 = pym_int_from_long(1), *x1 = pym_int_from_long(0);
    if (pym_int_divmod(a, m, NULL, &b) < 0) goto fail;
    /* invariant: b = x0*a (mod m), c = x1*a (mod m) */
    while (PYM_SIZE(c) != 0) {
        PymObject *q, *r;
        if (pym_int_divmod(b, c, &q, &r) < 0) goto fail;
        PymObject *qx = pym_int_mul(q, x1);
        PYM_DECREF(q);
        if (!qx) {
            PYM_DECREF(r);
            goto fail;
        }
        PymObject *nx = pym_int_sub(x0, qx);
        PYM_DECREF(qx);
        if (!nx) {
            PYM_DECREF(r);
            goto fail;
        }
        PYM_DECREF(b);
        b = c;
        c = r;
        PYM_DECREF(x0);
        x0 = x1;
        x1 = nx;
    }
    if (!(pym_int_is_compact(b) && pym_int_compact_value(b) == 1)) {
        pym_err_set_string(PymExc_ValueError, "base is not invertible for the given modulus");
        goto fail;
    }
    PymObject *res;
    if (pym_int_divmod(x0, m, NULL, &res) < 0) goto fail;
    PYM_DECREF(b);
    PYM_DECREF(c);
    PYM_DECREF(x0);
    PYM_DECREF(x1);
    return res;
fail:
    PYM_XDECREF(b);
    PYM_XDECREF(c);
    PYM_XDECREF(x0);
    PYM_XDECREF(x1);
    return NULL;
}

/* a ** b for ints (float result for a negative exponent). */
PymObject *pym_int_pow(PymObject *a, PymObject *b) {
    if (PYM_SIZE(b) < 0) {
        double x = pym_int_as_double(a);
        if (x == -1.0 && pym_err_occurred()) return NULL;
        double y = pym_int_as_double(b);
        if (y == -1.0 && pym_err_occurred()) return NULL;
        return pym_float_pow_double(x, y);
    }
    return int_pow_nonneg(a, b, NULL);
}

static PymObject *int_pow3(PymObject *a, PymObject *b, PymObject *c) {
    if (c == pym_None) {
        if (!PYM_INT_CHECK(a) || !PYM_INT_CHECK(b)) PYM_RETURN_NOTIMPL;
        return pym_int_pow(a, b);
    }
    if (!PYM_INT_CHECK(a) || !PYM_INT_CHECK(b) || !PYM_INT_CHECK(c)) PYM_RETURN_NOTIMPL;
    if (PYM_SIZE(c) == 0) {
        pym_err_set_string(PymExc_ValueError, "pow() 3rd argument cannot be 0");
        return NULL;
    }
    bool negmod = PYM_SIZE(c) < 0;
    PymObject *m = pym_int_abs(c);
    if (!m) return NULL;
    PymObject *base = NULL, *e = NULL, *r = NULL;
    if (PYM_SIZE(b) < 0) {
        base = int_invmod(a, m);
        if (!base) goto done;
        e = pym_int_neg(b);
        if (!e) goto done;
    } else {
        base = pym_newref(a);
        e = pym_newref(b);
    }
    if (pym_int_is_compact(m) && pym_int_compact_value(m) == 1) {
        r = pym_int_from_long(0);
        goto done;
    }
    r = int_pow_nonneg(base, e, m);
    if (r && negmod && PYM_SIZE(r) != 0) {
        PymObject *t = pym_int_sub(r, m);
        PYM_DECREF(r);
        r = t;
    }
done:
    PYM_XDECREF(base);
    PYM_XDECREF(e);
    PYM_DECREF(m);
    return r;
}

/* ---- true division (correctly rounded) ---- */

PymObject *pym_int_true_divide(PymObject *a, PymObject *b) {
    if (PYM_SIZE(b) == 0) {
        pym_err_set_string(PymExc_ZeroDivisionError, "division by zero");
        return NULL;
    }
    size_t na = pym_int_bit_length(a), nb = pym_int_bit_length(b);
    if (na <= DBL_MANT_DIG && nb <= DBL_MANT_DIG) {
        double x = (double)mag_bits_at(a, 0), y = (double)mag_bits_at(b, 0);
        double r = x / y;
        return pym_float_from_double((PYM_SIZE(a) < 0) != (PYM_SIZE(b) < 0) ? -r : r);
    }
    bool neg = (PYM_SIZE(a) < 0) != (PYM_SIZE(b) < 0);
    if (na == 0) return pym_float_from_double(neg ? -0.0 : 0.0);
    intptr_t diff = (intptr_t)na - (intptr_t)nb;
    if (diff > DBL_MAX_EXP + 1) goto overflow;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return pym_float_from_double(neg ? -0.0 : 0.0);
    intptr_t shift = PYM_MAX(diff, (intptr_t)DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    PymObject *x, *aa = pym_int_abs(a), *bb = pym_int_abs(b);
    if (!aa || !bb) {
        PYM_XDECREF(aa);
        PYM_XDECREF(bb);
        return NULL;
    }
    if (shift > 0) {
        inexact = mag_low_nonzero(aa, (size_t)shift);
        x = pym_int_shift(aa, -shift);
    } else {
        x = pym_int_shift(aa, -shift);
    }
    PYM_DECREF(aa);
    if (!x) {
        PYM_DECREF(bb);
        return NULL;
    }
    PymObject *q, *r;
    int rc = l_divrem(x, bb, &q, &r);
    PYM_DECREF(x);
    PYM_DECREF(bb);
    if (rc < 0) return NULL;
    if (PYM_SIZE(r) != 0) inexact = true;
    PYM_DECREF(r);
    uint64_t qv = mag_bits_at(q, 0);
    intptr_t qbits = (intptr_t)pym_int_bit_length(q);
    PYM_DECREF(q);
    intptr_t extra = PYM_MAX(qbits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    uint64_t mask = (uint64_t)1 << (extra - 1);
    uint64_t low = qv | (inexact ? 1 : 0);
    if ((low & mask) && (low & (3 * mask - 1))) qv += mask;
    qv &= ~(2 * mask - 1);
    double dq = (double)qv;
    if (shift + qbits > DBL_MAX_EXP + 1) goto overflow;
    double res = ldexp(dq, (int)shift);
    if (isinf(res)) goto overflow;
    return pym_float_from_double(neg ? -res : res);
overflow:
    pym_err_set_string(PymExc_OverflowError, "integer division result too large for a float");
    return NULL;
}

/* ---- text conversion ---- */

static void int_limit_error(void) {
    pym_err_format(PymExc_ValueError,
                   "Exceeds the limit (%d digits) for integer string "
                   "conversion; use sys.set_int_max_str_digits() to increase the limit",
                   pym_int_max_str_digits);
}

/* Decimal digits of |o| into a raw buffer (caller frees); *len set; NULL + error. */
static char *int_decimal_chars(PymObject *o, intptr_t *len) {
    if (pym_int_is_compact(o)) {
        char *buf = pym_raw_malloc(24);
        if (!buf) {
            pym_err_no_memory();
            return NULL;
        }
        intptr_t v = pym_int_compact_value(o);
        *len = snprintf(buf, 24, "%ld", (long)(v < 0 ? -v : v));
        return buf;
    }
    size_t nbits = pym_int_bit_length(o);
    int limit = pym_int_max_str_digits;
    if (limit > 0 && nbits > (size_t)limit * 3.3219280948873623 + 4) {
        int_limit_error();
        return NULL;
    }
    intptr_t n = NDIG(o);
    pym_digit *w = pym_raw_malloc(n * sizeof(pym_digit));
    intptr_t cap = n * 30 / 29 + 2;
    uint32_t *chunks = pym_raw_malloc(cap * sizeof(uint32_t));
    if (!w || !chunks) {
        pym_raw_free(w);
        pym_raw_free(chunks);
        pym_err_no_memory();
        return NULL;
    }
    memcpy(w, DIGITS(o), n * sizeof(pym_digit));
    intptr_t nc = 0;
    while (n > 0) {
        chunks[nc++] = divrem1(w, w, n, 1000000000u);
        while (n > 0 && w[n - 1] == 0) n--;
    }
    pym_raw_free(w);
    char *buf = pym_raw_malloc(nc * 9 + 2);
    if (!buf) {
        pym_raw_free(chunks);
        pym_err_no_memory();
        return NULL;
    }
    char top[10], *t = top + sizeof top;
    uint32_t u = chunks[nc - 1];
    do {
        *--t = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    intptr_t pos = top + sizeof top - t;
    memcpy(buf, t, (size_t)pos);
    for (intptr_t i = nc - 2; i >= 0; i--, pos += 9) {
        u = chunks[i];
        for (int j = 8; j >= 0; j--) {
            buf[pos + j] = (char)('0' + u % 10);
            u /= 10;
        }
    }
    buf[pos] = 0;
    pym_raw_free(chunks);
    if (limit > 0 && pos > limit) {
        pym_raw_free(buf);
        int_limit_error();
        return NULL;
    }
    *len = pos;
    return buf;
}

PymObject *pym_int_to_decimal(PymObject *o) {
    if (NDIG(o) <= 2) { /* below 2**60: one machine word, no buffers */
        char buf[24], *p = buf + sizeof buf;
        uint64_t u = NDIG(o) == 0 ? 0 : DIGITS(o)[0];
        if (NDIG(o) == 2) u |= (uint64_t)DIGITS(o)[1] << PYM_LONG_SHIFT;
        while (u >= 100) {
            unsigned r = (unsigned)(u % 100);
            u /= 100;
            *--p = (char)('0' + r % 10);
            *--p = (char)('0' + r / 10);
        }
        *--p = (char)('0' + u % 10);
        if (u >= 10) *--p = (char)('0' + u / 10);
        if (PYM_SIZE(o) < 0) *--p = '-';
        intptr_t n = buf + sizeof buf - p;
        return pym_str_new_known(p, n, n, true);
    }
    intptr_t len;
    char *d = int_decimal_chars(o, &len);
    if (!d) return NULL;
    PymObject *r;
    if (PYM_SIZE(o) < 0) {
        char *buf = pym_raw_malloc(len + 1);
        if (!buf) {
            pym_raw_free(d);
            return pym_err_no_memory();
        }
        buf[0] = '-';
        memcpy(buf + 1, d, len);
        r = pym_str_new_known(buf, len + 1, len + 1, true);
        pym_raw_free(buf);
    } else {
        r = pym_str_new_known(d, len, len, true);
    }
    pym_raw_free(d);
    return r;
}

/* Digits of |o| in base 2**bits (no prefix) into a raw buffer; *len set. */
static char *int_pow2_chars(PymObject *o, int bits, bool upper, intptr_t *len) {
    size_t nbits = pym_int_bit_length(o);
    intptr_t nch = nbits ? (intptr_t)((nbits + bits - 1) / bits) : 1;
    char *buf = pym_raw_malloc(nch + 1);
    if (!buf) {
        pym_err_no_memory();
        return NULL;
    }
    const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    for (intptr_t i = 0; i < nch; i++) {
        unsigned v = (unsigned)(mag_bits_at(o, (size_t)i * bits) & ((1u << bits) - 1));
        buf[nch - 1 - i] = dig[v];
    }
    buf[nch] = 0;
    *len = nch;
    return buf;
}

PymObject *pym_int_to_base(PymObject *o, int base) {
    if (base == 10) return pym_int_to_decimal(o);
    int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
    intptr_t len;
    char *d = int_pow2_chars(o, bits, false, &len);
    if (!d) return NULL;
    PymStrBuilder sb;
    pym_sb_init(&sb);
    if (PYM_SIZE(o) < 0) pym_sb_append(&sb, "-", 1);
    pym_sb_append_cstr(&sb, base == 2 ? "0b" : base == 8 ? "0o" : "0x");
    pym_sb_append(&sb, d, len);
    pym_raw_free(d);
    return pym_sb_finish(&sb);
}

static int char_digit(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static bool is_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Parses like int(text, base).  Returns the int; NULL with no error set on a
** syntax error (the caller builds the message), NULL + error otherwise. */
static PymObject *int_parse(const char *s, intptr_t len, int base) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p)) p++;
    while (end > p && is_space(end[-1])) end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    bool zero_only = false;
    bool prefixed = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = p[1] | 0x20;
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            prefixed = true;
        }
    }
    if (base == 0) {
        base = 10;
        if (p < end && *p == '0') zero_only = true;
    }
    /* validate and count digits: '_' only between digits (or right after a prefix) */
    intptr_t ndig = 0;
    bool prev_us = false;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (prev_us || (ndig == 0 && !(prefixed && q == p))) return NULL;
            prev_us = true;
            continue;
        }
        int d = char_digit((unsigned char)*q);
        if (d >= base) return NULL;
        if (zero_only && d != 0) return NULL;
        ndig++;
        prev_us = false;
    }
    if (ndig == 0 || prev_us) return NULL;
    bool pow2 = (base & (base - 1)) == 0;
    if (!pow2 && pym_int_max_str_digits > 0 && ndig > pym_int_max_str_digits) {
        pym_err_format(PymExc_ValueError,
                       "Exceeds the limit (%d digits) for integer string "
                       "conversion: value has %zd digits; use sys.set_int_max_str_digits() "
                       "to increase the limit",
                       pym_int_max_str_digits, ndig);
        return NULL;
    }
    if (ndig <= 18 && base <= 10) {
        long long v = 0;
        for (const char *q = p; q < end; q++)
            if (*q != '_') v = v * base + char_digit((unsigned char)*q);
        return pym_int_from_long(neg ? -v : v);
    }
    PymInt *z;
    if (pow2) {
        int bits = __builtin_ctz(base);
        intptr_t nd = (ndig * bits) / PYM_LONG_SHIFT + 1;
        z = int_alloc(nd);
        if (!z) return NULL;
        size_t bitpos = 0;
        for (const char *q = end; q-- > p;) {
            if (*q == '_') continue;
            uint64_t d = char_digit((unsigned char)*q);
            size_t di = bitpos / PYM_LONG_SHIFT;
            int off = bitpos % PYM_LONG_SHIFT;
            uint64_t t = d << off;
            z->ob_digit[di] |= (pym_digit)(t & PYM_LONG_MASK);
            if (t >> PYM_LONG_SHIFT) z->ob_digit[di + 1] |= (pym_digit)(t >> PYM_LONG_SHIFT);
            bitpos += bits;
        }
    } else {
        /* chunks of k digits with base**k < 2**30: z = z * base**k + chunk */
        int k = 0;
        uint64_t bk = 1;
        while (bk * base < PYM_LONG_BASE) {
            bk *= base;
            k++;
        }
        double lg = log2((double)base);
        intptr_t nd = (intptr_t)(ndig * lg / PYM_LONG_SHIFT) + 2;
        z = int_alloc(nd);
        if (!z) return NULL;
        intptr_t used = 0;
        const char *q = p;
        while (q < end) {
            uint64_t chunk = 0, mult = 1;
            int got = 0;
            while (q < end && got < k) {
                if (*q != '_') {
                    chunk = chunk * base + char_digit((unsigned char)*q);
                    mult *= base;
                    got++;
                }
                q++;
            }
            uint64_t carry = chunk;
            for (intptr_t i = 0; i < used; i++) {
                carry += (uint64_t)z->ob_digit[i] * mult;
                z->ob_digit[i] = (pym_digit)(carry & PYM_LONG_MASK);
                carry >>= PYM_LONG_SHIFT;
            }
            while (carry) {
                z->ob_digit[used++] = (pym_digit)(carry & PYM_LONG_MASK);
                carry >>= PYM_LONG_SHIFT;
            }
        }
    }
    if (neg) PYM_SIZE(z) = -PYM_SIZE(z);
    return int_norm(z);
}

PymObject *pym_int_from_string(const char *s, intptr_t len, int base) {
    PymObject *r = int_parse(s, len, base);
    if (r || pym_err_occurred()) return r;
    /* CPython shows at most 200 characters of the text */
    intptr_t cut = len;
    intptr_t nch = 0;
    for (intptr_t i = 0; i < len; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (nch == 200) {
                cut = i;
                break;
            }
            nch++;
        }
    }
    PymObject *str = pym_str_from_utf8(s, cut);
    if (!str) return NULL;
    pym_err_format(PymExc_ValueError, "invalid literal for int() with base %d: %R", base, str);
    PYM_DECREF(str);
    return NULL;
}

/* ---- the type's slots ---- */

static void int_dealloc(PymObject *o) {
    if (o >= (PymObject *)&pym_small_ints[0] && o < (PymObject *)&pym_small_ints[NSMALL]) {
        o->ob_refcnt = 1 << 30; /* never freed */
        return;
    }
    PymType *t = PYM_TYPE(o);
    if (t == &pym_type_int)
        pym_obj_free(o); /* not a GC object: no header */
    else if (t->tp_free)
        t->tp_free(o);
    else
        pym_object_free(o);
}

static PymObject *int_repr(PymObject *o) { return pym_int_to_decimal(o); }

static intptr_t int_hash_slot(PymObject *o) { return pym_int_hash(o); }

static PymObject *int_richcompare(PymObject *a, PymObject *b, int op) {
    if (!PYM_INT_CHECK(a) || !PYM_INT_CHECK(b)) PYM_RETURN_NOTIMPL;
    int c = a == b ? 0 : pym_int_compare(a, b);
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

#define BINOP_CHECK(a, b) \
    do { \
        if (!PYM_INT_CHECK(a) || !PYM_INT_CHECK(b)) PYM_RETURN_NOTIMPL; \
    } while (0)

static PymObject *int_add(PymObject *a, PymObject *b) {
    BINOP_CHECK(a, b);
    return pym_int_add(a, b);
}
static PymObject *int_sub(PymObject *a, PymObject *b) {
    BINOP_CHECK(a, b);
    return pym_int_sub(a, b);
}
static PymObject *int_mul(PymObject *a, PymObject *b) {
    BINOP_CHECK(a, b);
    return pym_int_mul(a, b);
}

static PymObject *int_floordiv(PymObject *a, PymObject *b) {
    BINOP_CHECK(a, b);
    if (PYM_SIZE(b) == 0) {
        pym_err_set_string(PymExc_ZeroDivisionError, "integer division or modulo by zero");
        return NULL;
    }
    PymObject *q;
    return pym_int_divmod(a, b, &q, NULL) < 0 ? NULL : q;
}

static PymObject *int_mod(PymObject *a, PymObject *b) {
    BINOP_CHECK(a, b);
    if (PYM_SIZE(b) == 0) {
        pym_err_set_string(PymExc_ZeroDivisionError, "integer modulo by zero");
        return NULL;
    }
    PymObject *r;
    return pym_int_divmod(a, b, NULL, &r) < 0 ? NULL : r;
}

static PymObject *int_truediv(PymObject *a, PymObject *b) {
    BINOP_CHECK(a, b);
    return pym_int_true_divide(a, b);
}

static PymObject *int_pow2(PymObject *a, PymObject *b) {
    BINOP_CHECK(a, b);
    return pym_int_pow(a, b);
}

static PymObject *int_lshift(PymObject *a, PymObject *b) {
    BINOP_CHECK(a, b);
    if (PYM_SIZE(b) < 0) {
        pym_err_set_string(PymExc_ValueError, "negative shift count");
        return NULL;
    }
    if (PYM_SIZE(a) == 0) return pym_int_from_long(0);
    int ovf;
    long long n = pym_int_as_longlong_overflow(b, &ovf);
    if (ovf || n > ((long long)1 << 40)) {
        pym_err_set_string(PymExc_OverflowError, "too many digits in integer");
        return NULL;
    }
    return pym_int_shift(a, (intptr_t)n);
}

static PymObject *int_rshift(PymObject *a, PymObject *b) {
    BINOP_CHECK(a, b);
    if (PYM_SIZE(b) < 0) {
        pym_err_set_string(PymExc_ValueError, "negative shift count");
        return NULL;
    }
    int ovf;
    long long n = pym_int_as_longlong_overflow(b, &ovf);
    if (ovf || n > ((long long)1 << 50)) return pym_int_from_long(PYM_SIZE(a) < 0 ? -1 : 0);
    return pym_int_shift(a, -(intptr_t)n);
}

static PymObject *int_and(PymObject *a, PymObject *b) {
    BINOP_CHECK(a, b);
    return int_bitwise(a, b, '&');
}
static PymObject *int_or(PymObject *a, PymObject *b) {
    BINOP_CHECK(a, b);
    return int_bitwise(a, b, '|');
}
static PymObject *int_xor(PymObject *a, PymObject *b) {
    BINOP_CHECK(a, b);
    return int_bitwise(a, b, '^');
}

static PymObject *int_negative(PymObject *a) { return int_norm((PymInt *)pym_int_neg(a)); }
static PymObject *int_positive(PymObject *a) { return int_exact(a); }
static PymObject *int_absolute(PymObject *a) {
    return PYM_SIZE(a) < 0 ? int_norm((PymInt *)pym_int_neg(a)) : int_exact(a);
}
static int int_bool(PymObject *a) { return PYM_SIZE(a) != 0; }
static PymObject *int_int(PymObject *a) { return int_exact(a); }
static PymObject *int_float(PymObject *a) {
    double d = pym_int_as_double(a);
    if (d == -1.0 && pym_err_occurred()) return NULL;
    return pym_float_from_double(d);
}

/* divmod() comes through the __divmod__ method */
static PymObject *int_divmod_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                  PymObject *kw) {
    if (pym_arg_count("__divmod__", nargs, kw, 1, 1) < 0) return NULL;
    PymObject *b = args[0];
    if (!PYM_INT_CHECK(b)) PYM_RETURN_NOTIMPL;
    if (PYM_SIZE(b) == 0) {
        pym_err_set_string(PymExc_ZeroDivisionError, "integer division or modulo by zero");
        return NULL;
    }
    PymObject *q, *r;
    if (pym_int_divmod(self, b, &q, &r) < 0) return NULL;
    PymObject *t = pym_tuple_pack(2, q, r);
    PYM_DECREF(q);
    PYM_DECREF(r);
    return t;
}

static PymObject *int_rdivmod_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                   PymObject *kw) {
    if (pym_arg_count("__rdivmod__", nargs, kw, 1, 1) < 0) return NULL;
    if (!PYM_INT_CHECK(args[0])) PYM_RETURN_NOTIMPL;
    PymObject *a2[1] = {self};
    return int_divmod_meth(args[0], a2, 1, NULL);
}

/* ---- constructor ---- */

static PymObject *int_from_text_obj(PymObject *x, int base) {
    const char *s;
    intptr_t len;
    if (PYM_STR_CHECK(x) && !((PymStr *)x)->st_ascii) { /* '١٢' is 12 */
        PymObject *t = pym_str_decimal_to_ascii(x);
        if (!t) return NULL;
        PymObject *r = int_parse(PYM_STR_UTF8(t), PYM_STR_NBYTES(t), base);
        PYM_DECREF(t);
        if (r || pym_err_occurred()) return r;
        return pym_int_from_string(PYM_STR_UTF8(x), PYM_STR_NBYTES(x), base);
    }
    if (PYM_STR_CHECK(x)) {
        s = PYM_STR_UTF8(x);
        len = PYM_STR_NBYTES(x);
    } else {
        s = PYM_BYTES_DATA(x);
        len = PYM_BYTES_LEN(x);
    }
    PymObject *r = int_parse(s, len, base);
    if (r || pym_err_occurred()) return r;
    if (PYM_STR_CHECK(x)) return pym_int_from_string(s, len, base);
    pym_err_format(PymExc_ValueError, "invalid literal for int() with base %d: %R", base, x);
    return NULL;
}

static PymObject *check_int_result(PymObject *r, const char *what) {
    if (!r) return NULL;
    if (!PYM_INT_CHECK(r)) {
        pym_err_format(PymExc_TypeError, "%s returned non-int (type %s)", what, pym_type_name(r));
        PYM_DECREF(r);
        return NULL;
    }
    PymObject *e = int_exact(r);
    PYM_DECREF(r);
    return e;
}

/* int(x) for one argument: exact int, new ref. */
static PymObject *int_from_object(PymObject *x) {
    if (PYM_INT_CHECK_EXACT(x)) return pym_newref(x);
    if (PYM_INT_CHECK(x)) return int_exact(x);
    PymType *t = PYM_TYPE(x);
    if (t->nb_int) return check_int_result(t->nb_int(x), "__int__");
    if (t->nb_index) return check_int_result(t->nb_index(x), "__index__");
    static PymObject *trunc_name;
    if (!trunc_name) trunc_name = pym_str_intern_cstr("__trunc__");
    int found = 0;
    PymObject *r = pym_call_special(x, trunc_name, NULL, 0, &found);
    if (found) {
        if (!r) return NULL;
        if (PYM_INT_CHECK(r)) return check_int_result(r, "__trunc__");
        PymObject *rr = (PYM_TYPE(r)->nb_index)
                            ? check_int_result(PYM_TYPE(r)->nb_index(r), "__index__")
                            : NULL;
        if (!rr && !pym_err_occurred())
            pym_err_format(PymExc_TypeError, "__trunc__ returned non-Integral (type %s)",
                           pym_type_name(r));
        PYM_DECREF(r);
        return rr;
    }
    if (pym_err_occurred()) return NULL;
    if (PYM_STR_CHECK(x) || PYM_BYTES_CHECK(x)) return int_from_text_obj(x, 10);
    pym_err_format(PymExc_TypeError,
                   "int() argument must be a string, a bytes-like object "
                   "or a real number, not '%s'",
                   pym_type_name(x));
    return NULL;
}

/* Copies exact int v (stolen) into an instance of subtype t. */
static PymObject *int_subtype_from(PymType *t, PymObject *v) {
    if (!v || t == &pym_type_int) return v;
    intptr_t n = NDIG(v);
    PymObject *o = pym_object_alloc(t, n > 0 ? n : 1);
    if (!o) {
        PYM_DECREF(v);
        return NULL;
    }
    PYM_SIZE(o) = PYM_SIZE(v);
    memcpy(DIGITS(o), DIGITS(v), n * sizeof(pym_digit));
    PYM_DECREF(v);
    if (PYM_IS_GC(o)) pym_gc_track(o); /* a subclass instance may hold a __dict__ */
    return o;
}

static PymObject *int_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    static const char *const names[] = {"", "base", NULL};
    PymObject *a[2] = {NULL, NULL};
    if (pym_arg_unpack("int", args, nargs, kwnames, names, 0, 2, a) < 0) return NULL;
    PymObject *x = a[0], *b = a[1], *r;
    if (!b) {
        r = x ? int_from_object(x) : pym_int_from_long(0);
        return int_subtype_from(type, r);
    }
    PymObject *bi = pym_number_index(b);
    if (!bi) return NULL;
    int ovf;
    long long base = pym_int_as_longlong_overflow(bi, &ovf);
    PYM_DECREF(bi);
    if (!x) {
        pym_err_set_string(PymExc_TypeError, "int() missing string argument");
        return NULL;
    }
    if (ovf || (base != 0 && (base < 2 || base > 36))) {
        pym_err_set_string(PymExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return NULL;
    }
    if (!PYM_STR_CHECK(x) && !PYM_BYTES_CHECK(x)) {
        pym_err_set_string(PymExc_TypeError, "int() can't convert non-string with explicit base");
        return NULL;
    }
    return int_subtype_from(type, int_from_text_obj(x, (int)base));
}

/* ---- number formatting shared with float ---- */

/* Appends digits[0..n) grouped by sep every gsize digits, zero-extended to at
** least minw characters (CPython's zero padding of grouped numbers). */
static void append_grouped(PymStrBuilder *sb, const char *digits, intptr_t n, char sep, int gsize,
                           intptr_t minw) {
    if (!sep && minw <= n) { /* nothing to group or zero-extend */
        pym_sb_append(sb, digits, n);
        return;
    }
    intptr_t cap = n * 2 + minw + 4;
    char *tmp = pym_raw_malloc(cap);
    if (!tmp) {
        sb->failed = true;
        return;
    }
    intptr_t pos = cap, count = 0, i = n;
    while (i > 0 || (cap - pos) < minw) {
        if (sep && count > 0 && count % gsize == 0) tmp[--pos] = sep;
        tmp[--pos] = i > 0 ? digits[--i] : '0';
        count++;
    }
    pym_sb_append(sb, tmp + pos, cap - pos);
    pym_raw_free(tmp);
}

static void append_fill(PymStrBuilder *sb, uint32_t fill, intptr_t n) {
    pym_sb_append_repeat(sb, fill, n);
}

/* Lays out [sign][prefix][digits grouped][rest] per spec (width, fill, align,
** sign, grouping).  gsize is the grouping interval (3 decimal, 4 otherwise). */
PymObject *pym_number_format_finish(const struct PymFormatSpec *spec, bool negative,
                                    const char *prefix, const char *digits, intptr_t ndigits,
                                    const char *rest, intptr_t nrest, int gsize) {
    char signc = negative ? '-' : spec->sign == '+' ? '+' : spec->sign == ' ' ? ' ' : 0;
    uint32_t fill = spec->fill ? spec->fill : ' ';
    char align = spec->align;
    if (spec->zero) {
        if (!align) {
            fill = '0';
            align = '=';
        } else if (fill == ' ')
            fill = '0';
    }
    if (!align) align = '>';
    intptr_t nprefix = (intptr_t)strlen(prefix);
    intptr_t lead = (signc ? 1 : 0) + nprefix;
    intptr_t minw = 0;
    if (align == '=' && fill == '0' && spec->width > 0) minw = spec->width - lead - nrest;
    intptr_t ngrouped;
    if (spec->grouping || minw > ndigits) {
        /* compute the grouped length */
        intptr_t count = 0, len = 0, i = ndigits;
        while (i > 0 || len < minw) {
            if (spec->grouping && count > 0 && count % gsize == 0) len++;
            len++;
            count++;
            if (i > 0) i--;
        }
        ngrouped = len;
    } else {
        ngrouped = ndigits;
    }
    intptr_t total = lead + ngrouped + nrest;
    intptr_t pad = spec->width > total ? spec->width - total : 0;
    intptr_t left = 0, right = 0, mid = 0;
    if (align == '<')
        right = pad;
    else if (align == '^') {
        left = pad / 2;
        right = pad - left;
    } else if (align == '=')
        mid = pad;
    else
        left = pad;
    bool ascii = fill < 128 && lead + ngrouped + nrest + pad <= 256;
    for (intptr_t k = 0; ascii && k < nrest; k++) ascii = (unsigned char)rest[k] < 128;
    if (ascii) { /* the usual case: straight into a stack buffer */
        char out[256], *o = out;
        memset(o, (int)fill, (size_t)left);
        o += left;
        if (signc) *o++ = signc;
        memcpy(o, prefix, (size_t)nprefix);
        o += nprefix;
        memset(o, (int)fill, (size_t)mid);
        o += mid;
        if (!spec->grouping && minw <= ndigits)
            memcpy(o, digits, (size_t)ndigits);
        else { /* as append_grouped, from the right */
            intptr_t pos = ngrouped, count = 0, i = ndigits;
            while (i > 0 || ngrouped - pos < minw) {
                if (spec->grouping && count > 0 && count % gsize == 0) o[--pos] = spec->grouping;
                o[--pos] = i > 0 ? digits[--i] : '0';
                count++;
            }
        }
        o += ngrouped;
        memcpy(o, rest, (size_t)nrest);
        o += nrest;
        memset(o, (int)fill, (size_t)right);
        o += right;
        return pym_str_new_known(out, o - out, o - out, true);
    }
    PymStrBuilder sb;
    pym_sb_init(&sb);
    append_fill(&sb, fill, left);
    if (signc) pym_sb_append(&sb, &signc, 1);
    pym_sb_append(&sb, prefix, nprefix);
    append_fill(&sb, fill, mid);
    append_grouped(&sb, digits, ndigits, spec->grouping, gsize, minw);
    pym_sb_append(&sb, rest, nrest);
    append_fill(&sb, fill, right);
    return pym_sb_finish(&sb);
}

static PymObject *int_format_impl(PymObject *self, PymObject *specobj) {
    if (PYM_STR_NBYTES(specobj) == 0) return pym_object_str(self);
    PymFormatSpec spec;
    bool z = false;
    if (pym_format_spec_parse_ex(specobj, &spec, "int", &z) < 0) return NULL;
    char type = spec.type ? spec.type : 'd';
    if (z && !strchr("eEfFgG%", type)) {
        pym_err_set_string(PymExc_ValueError,
                           "Negative zero coercion (z) not allowed in integer format specifier");
        return NULL;
    }
    switch (type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
        double d = pym_int_as_double(self);
        if (d == -1.0 && pym_err_occurred()) return NULL;
        return pym_float_format_with_spec(d, &spec, "int");
    }
    case 'd':
    case 'n':
    case 'b':
    case 'o':
    case 'x':
    case 'X':
    case 'c': break;
    default:
        if (type > 0x20 && type < 0x7f)
            pym_err_format(PymExc_ValueError, "Unknown format code '%c' for object of type '%s'",
                           type, pym_type_name(self));
        else
            pym_err_format(PymExc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                           (unsigned char)type, pym_type_name(self));
        return NULL;
    }
    if (spec.grouping == ',' && type != 'd') {
        pym_err_format(PymExc_ValueError, "Cannot specify ',' with '%c'.", type);
        return NULL;
    }
    if (spec.grouping == '_' && (type == 'n' || type == 'c')) {
        pym_err_format(PymExc_ValueError, "Cannot specify '_' with '%c'.", type);
        return NULL;
    }
    if (spec.precision >= 0) {
        pym_err_set_string(PymExc_ValueError, "Precision not allowed in integer format specifier");
        return NULL;
    }
    if (type == 'c') {
        if (spec.sign) {
            pym_err_set_string(PymExc_ValueError,
                               "Sign not allowed with integer format specifier 'c'");
            return NULL;
        }
        if (spec.alternate) {
            pym_err_set_string(PymExc_ValueError,
                               "Alternate form (#) not allowed with integer format specifier 'c'");
            return NULL;
        }
        int ovf;
        long long v = pym_int_as_longlong_overflow(self, &ovf);
        if (ovf) {
            pym_err_set_string(PymExc_OverflowError, "Python int too large to convert to C long");
            return NULL;
        }
        if (v < 0 || v > 0x10FFFF) {
            pym_err_set_string(PymExc_OverflowError, "%c arg not in range(0x110000)");
            return NULL;
        }
        char enc[4];
        int n = pym_utf8_encode((uint32_t)v, enc);
        return pym_format_pad(enc, n, 1, &spec, '<');
    }
    intptr_t len;
    char *d;
    const char *prefix = "";
    char small[40]; /* a compact int's digits: no allocation */
    if (pym_int_is_compact(self)) {
        intptr_t v = pym_int_compact_value(self);
        uint32_t u = (uint32_t)(v < 0 ? -v : v);
        int shift = type == 'b' ? 1 : type == 'o' ? 3 : (type == 'x' || type == 'X') ? 4 : 0;
        const char *hex = type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        char *p = small + sizeof small;
        if (shift) {
            uint32_t mask = (1u << shift) - 1;
            do {
                *--p = hex[u & mask];
                u >>= shift;
            } while (u);
            if (spec.alternate)
                prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
        } else {
            do {
                *--p = (char)('0' + u % 10);
                u /= 10;
            } while (u);
        }
        return pym_number_format_finish(&spec, v < 0, prefix, p, small + sizeof small - p, "", 0,
                                        shift ? 4 : 3);
    }
    if (type == 'd' || type == 'n') {
        d = int_decimal_chars(self, &len);
    } else {
        int bits = type == 'b' ? 1 : type == 'o' ? 3 : 4;
        d = int_pow2_chars(self, bits, type == 'X', &len);
        if (spec.alternate)
            prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
    }
    if (!d) return NULL;
    PymObject *r = pym_number_format_finish(&spec, PYM_SIZE(self) < 0, prefix, d, len, "", 0,
                                            (type == 'd' || type == 'n') ? 3 : 4);
    pym_raw_free(d);
    return r;
}

/* ---- methods ---- */

static PymObject *int_format_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                  PymObject *kw) {
    if (pym_arg_count("__format__", nargs, kw, 1, 1) < 0) return NULL;
    return pym_int_format(self, args[0]);
}

PymObject *pym_int_format(PymObject *self, PymObject *spec) {
    if (!PYM_STR_CHECK(spec)) {
        pym_err_format(PymExc_TypeError, "__format__() argument must be str, not %s",
                       pym_type_name(spec));
        return NULL;
    }
    return int_format_impl(self, spec);
}

static PymObject *int_bit_length_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                      PymObject *kw) {
    if (pym_arg_count("bit_length", nargs, kw, 0, 0) < 0) return NULL;
    return pym_int_from_size(pym_int_bit_length(self));
}

static PymObject *int_bit_count_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                     PymObject *kw) {
    if (pym_arg_count("bit_count", nargs, kw, 0, 0) < 0) return NULL;
    size_t c = 0;
    for (intptr_t i = 0; i < NDIG(self); i++) c += __builtin_popcount(DIGITS(self)[i]);
    return pym_int_from_size(c);
}

static PymObject *int_self_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                PymObject *kw) {
    if (pym_arg_count("method", nargs, kw, 0, 0) < 0) return NULL;
    return int_exact(self);
}

static PymObject *int_round_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                 PymObject *kw) {
    if (pym_arg_count("__round__", nargs, kw, 0, 1) < 0) return NULL;
    if (nargs == 0 || args[0] == pym_None) return int_exact(self);
    PymObject *nd = pym_number_index(args[0]);
    if (!nd) return NULL;
    if (PYM_SIZE(nd) >= 0) {
        PYM_DECREF(nd);
        return int_exact(self);
    }
    PymObject *k = pym_int_neg(nd);
    PYM_DECREF(nd);
    if (!k) return NULL;
    PymObject *ten = pym_int_from_long(10);
    PymObject *p = int_pow_nonneg(ten, k, NULL);
    PYM_DECREF(ten);
    PYM_DECREF(k);
    if (!p) return NULL;
    PymObject *q, *r;
    if (pym_int_divmod(self, p, &q, &r) < 0) {
        PYM_DECREF(p);
        return NULL;
    }
    PymObject *r2 = pym_int_shift(r, 1);
    PYM_DECREF(r);
    if (!r2) {
        PYM_DECREF(q);
        PYM_DECREF(p);
        return NULL;
    }
    int c = pym_int_compare(r2, p);
    PYM_DECREF(r2);
    if (c > 0 || (c == 0 && int_bit(q, 0))) {
        PymObject *one = pym_int_from_long(1);
        PymObject *t = pym_int_add(q, one);
        PYM_DECREF(one);
        PYM_DECREF(q);
        if (!(q = t)) {
            PYM_DECREF(p);
            return NULL;
        }
    }
    PymObject *res = pym_int_mul(q, p);
    PYM_DECREF(q);
    PYM_DECREF(p);
    return res;
}

static PymObject *int_sizeof_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                  PymObject *kw) {
    if (pym_arg_count("__sizeof__", nargs, kw, 0, 0) < 0) return NULL;
    intptr_t n = NDIG(self);
    /* the digits and int's own header, also for subclasses (CPython's
    ** int.__sizeof__ uses offsetof(ob_digit): a subclass's dict pointer is
    ** not counted) */
    return pym_int_from_ssize(pym_type_int.tp_basicsize +
                              (intptr_t)sizeof(pym_digit) * (n ? n : 1));
}

static PymObject *int_getnewargs_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                      PymObject *kw) {
    if (pym_arg_count("__getnewargs__", nargs, kw, 0, 0) < 0) return NULL;
    PymObject *v = int_exact(self);
    if (!v) return NULL;
    PymObject *t = pym_tuple_pack(1, v);
    PYM_DECREF(v);
    return t;
}

static PymObject *int_ratio_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                 PymObject *kw) {
    if (pym_arg_count("as_integer_ratio", nargs, kw, 0, 0) < 0) return NULL;
    PymObject *v = int_exact(self), *one = pym_int_from_long(1);
    PymObject *t = pym_tuple_pack(2, v, one);
    PYM_DECREF(v);
    PYM_DECREF(one);
    return t;
}

static int parse_byteorder(PymObject *o, bool *little) {
    if (!o) {
        *little = false;
        return 0;
    }
    if (!PYM_STR_CHECK(o)) {
        pym_err_format(PymExc_TypeError, "to_bytes() argument 'byteorder' must be str, not %s",
                       pym_type_name(o));
        return -1;
    }
    if (pym_str_equal_cstr(o, "little"))
        *little = true;
    else if (pym_str_equal_cstr(o, "big"))
        *little = false;
    else {
        pym_err_set_string(PymExc_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

static PymObject *int_to_bytes_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                    PymObject *kw) {
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    PymObject *a[3] = {NULL, NULL, NULL};
    if (pym_arg_unpack("to_bytes", args, nargs, kw, names, 0, 2, a) < 0) return NULL;
    intptr_t length = 1;
    if (a[0]) {
        length = pym_number_as_ssize(a[0], PymExc_OverflowError);
        if (length == -1 && pym_err_occurred()) return NULL;
        if (length < 0) {
            pym_err_set_string(PymExc_ValueError, "length argument must be non-negative");
            return NULL;
        }
    }
    bool little;
    if (parse_byteorder(a[1], &little) < 0) return NULL;
    int is_signed = a[2] ? pym_object_is_true(a[2]) : 0;
    if (is_signed < 0) return NULL;
    bool neg = PYM_SIZE(self) < 0;
    if (neg && !is_signed) {
        pym_err_set_string(PymExc_OverflowError, "can't convert negative int to unsigned");
        return NULL;
    }
    size_t need;
    if (!neg) {
        need = pym_int_bit_length(self) + (is_signed ? 1 : 0);
        if (PYM_SIZE(self) == 0) need = 0;
    } else {
        PymObject *inv = int_invert(self);
        if (!inv) return NULL;
        need = pym_int_bit_length(inv) + 1;
        PYM_DECREF(inv);
    }
    if (need > (size_t)length * 8) {
        pym_err_set_string(PymExc_OverflowError, "int too big to convert");
        return NULL;
    }
    unsigned char *buf = pym_raw_calloc(length ? length : 1, 1);
    if (!buf) return pym_err_no_memory();
    for (intptr_t i = 0; i < length; i++)
        buf[i] = (unsigned char)(mag_bits_at(self, (size_t)i * 8) & 0xFF);
    if (neg) {
        unsigned carry = 1;
        for (intptr_t i = 0; i < length; i++) {
            carry += (unsigned char)~buf[i];
            buf[i] = carry & 0xFF;
            carry >>= 8;
        }
    }
    if (!little)
        for (intptr_t i = 0; i < length / 2; i++) {
            unsigned char t = buf[i];
            buf[i] = buf[length - 1 - i];
            buf[length - 1 - i] = t;
        }
    PymObject *r = pym_bytes_from_data((const char *)buf, length);
    pym_raw_free(buf);
    return r;
}

static PymObject *int_from_bytes_meth(PymObject *type, PymObject *const *args, size_t nargs,
                                      PymObject *kw) {
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    PymObject *a[3] = {NULL, NULL, NULL};
    if (pym_arg_unpack("from_bytes", args, nargs, kw, names, 1, 2, a) < 0) return NULL;
    bool little;
    if (parse_byteorder(a[1], &little) < 0) return NULL;
    int is_signed = a[2] ? pym_object_is_true(a[2]) : 0;
    if (is_signed < 0) return NULL;
    PymObject *data;
    if (PYM_BYTES_CHECK(a[0])) {
        data = pym_newref(a[0]);
    } else {
        PymObject *bytes_args[1] = {a[0]};
        data = pym_call((PymObject *)&pym_type_bytes, bytes_args, 1, NULL);
        if (!data) return NULL;
    }
    const unsigned char *p = (const unsigned char *)PYM_BYTES_DATA(data);
    intptr_t n = PYM_BYTES_LEN(data);
    intptr_t nd = (n * 8) / PYM_LONG_SHIFT + 1;
    PymInt *z = int_alloc(nd);
    if (!z) {
        PYM_DECREF(data);
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++) {
        unsigned char byte = little ? p[i] : p[n - 1 - i];
        size_t bit = (size_t)i * 8;
        uint64_t t = (uint64_t)byte << (bit % PYM_LONG_SHIFT);
        z->ob_digit[bit / PYM_LONG_SHIFT] |= (pym_digit)(t & PYM_LONG_MASK);
        if (t >> PYM_LONG_SHIFT)
            z->ob_digit[bit / PYM_LONG_SHIFT + 1] |= (pym_digit)(t >> PYM_LONG_SHIFT);
    }
    bool negative = is_signed && n > 0 && ((little ? p[n - 1] : p[0]) & 0x80);
    PYM_DECREF(data);
    PymObject *r = int_norm(z);
    if (r && negative) {
        PymObject *one = pym_int_from_long(1);
        PymObject *m = pym_int_shift(one, n * 8);
        PYM_DECREF(one);
        PymObject *t = m ? pym_int_sub(r, m) : NULL;
        PYM_XDECREF(m);
        PYM_DECREF(r);
        r = t;
    }
    if (r && type != (PymObject *)&pym_type_int) {
        PymObject *t = pym_call_onearg(type, r);
        PYM_DECREF(r);
        r = t;
    }
    return r;
}

static PymObject *int_get_self(PymObject *self, void *c) { return int_exact(self); }
static PymObject *int_get_zero(PymObject *self, void *c) { return pym_int_from_long(0); }
static PymObject *int_get_one(PymObject *self, void *c) { return pym_int_from_long(1); }

static PymMethodDef int_methods[] = {
    {"bit_length", int_bit_length_meth, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count_meth, 0,
     "Number of ones in the binary representation of abs(self)."},
    {"to_bytes", int_to_bytes_meth, 0, "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes_meth, PYM_METH_CLASS,
     "Return the integer represented by the given array of bytes."},
    {"conjugate", int_self_meth, 0, "Returns self, the complex conjugate of any int."},
    {"as_integer_ratio", int_ratio_meth, 0, "Return integer ratio."},
    {"__format__", int_format_meth, 0, NULL},
    {"__round__", int_round_meth, 0, NULL},
    {"__trunc__", int_self_meth, 0, NULL},
    {"__floor__", int_self_meth, 0, NULL},
    {"__ceil__", int_self_meth, 0, NULL},
    {"__sizeof__", int_sizeof_meth, 0, NULL},
    {"__getnewargs__", int_getnewargs_meth, 0, NULL},
    {"__divmod__", int_divmod_meth, 0, NULL},
    {"__rdivmod__", int_rdivmod_meth, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PymGetSetDef int_getset[] = {
    {"real", int_get_self, NULL, "the real part of a complex number", NULL},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number", NULL},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms", NULL},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms",
     NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_type_int = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "int",
    .tp_basicsize = offsetof(PymInt, ob_digit),
    .tp_itemsize = sizeof(pym_digit),
    .tp_flags = PYM_TPFLAGS_BASETYPE | PYM_TPFLAGS_INT_SUBCLASS,
    .tp_dealloc = int_dealloc,
    .tp_repr = int_repr,
    .tp_hash = int_hash_slot,
    .tp_richcompare = int_richcompare,
    .nb_binop =
        {
            [PYM_NB_ADD] = int_add,
            [PYM_NB_SUBTRACT] = int_sub,
            [PYM_NB_MULTIPLY] = int_mul,
            [PYM_NB_FLOOR_DIVIDE] = int_floordiv,
            [PYM_NB_REMAINDER] = int_mod,
            [PYM_NB_TRUE_DIVIDE] = int_truediv,
            [PYM_NB_POWER] = int_pow2,
            [PYM_NB_LSHIFT] = int_lshift,
            [PYM_NB_RSHIFT] = int_rshift,
            [PYM_NB_AND] = int_and,
            [PYM_NB_OR] = int_or,
            [PYM_NB_XOR] = int_xor,
        },
    .nb_power3 = int_pow3,
    .nb_negative = int_negative,
    .nb_positive = int_positive,
    .nb_absolute = int_absolute,
    .nb_invert = int_invert,
    .nb_bool = int_bool,
    .nb_int = int_int,
    .nb_float = int_float,
    .nb_index = int_int,
    .tp_methods = int_methods,
    .tp_getset = int_getset,
    .tp_base = &pym_type_object,
    .tp_new = int_new,
    .tp_free = pym_object_free,
    .tp_doc = "int([x]) -> integer\nint(x, base=10) -> integer",
};

int pym_numbers_init(void) {
    if (!small_ready) {
        for (intptr_t v = PYM_SMALL_INT_MIN; v <= PYM_SMALL_INT_MAX; v++) {
            PymInt *o = &pym_small_ints[v - PYM_SMALL_INT_MIN];
            o->ob_base.ob_base.ob_refcnt = 1 << 30;
            o->ob_base.ob_base.ob_type = &pym_type_int;
            o->ob_base.ob_size = v < 0 ? -1 : v > 0;
            o->ob_digit[0] = (pym_digit)(v < 0 ? -v : v);
        }
        small_ready = true;
    }
    if (pym_type_ready(&pym_type_int) < 0) return -1;
    if (pym_bool_init() < 0) return -1;
    if (pym_float_init() < 0) return -1;
    if (pym_complex_init() < 0) return -1;
    if (pym_buffer_types_init() < 0) return -1;
    if (pym_generic_types_init() < 0)
        return -1; /* list[int], int | None (not numbers, but built-in types too) */
    return 0;
}
