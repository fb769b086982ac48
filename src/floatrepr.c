/*
** floatrepr.c -- the shortest decimal digits that read back as a double.
**
** repr(x) is the shortest decimal string that a correctly rounded reader
** (float(), strtod) turns back into x; when several strings of that length
** read back, the one nearest to x.  That is CPython's repr (David Gay's
** dtoa in mode 0), and pym_floatrepr_shortest gives the same digits for
** every finite positive double.
**
** The idea (Steele and White's, refined by Burger and Dybvig): x = m * 2^e
** reads back from every decimal inside its rounding interval, the numbers
** closer to x than to either neighbouring double -- half an ulp each side,
** a quarter below when m is a power of two that is not the smallest normal,
** ends included when m is even (round-half-even reading).  The shortest
** decimal is the one with the coarsest unit 10^t that has a multiple inside
** the interval; among the multiples of that unit inside it, the nearest to
** x (halfway: the even one).
**
** Two ways to find it, with the same answer:
**   - the fast way, for 1e-4 <= x < 2^125 (nearly every double a program
**     prints): x and the two interval ends are scaled by 10^s to integers
**     of 17 or 18 digits, exactly, in 128-bit arithmetic (the denominator
**     is a power of two, so the scaling is a multiply and a shift; a big x
**     divides by 10^-s); then decimal digits are dropped from the ends
**     while a multiple of the coarser unit still lies between them, and x's
**     dropped digits decide its rounding.
**   - the general way, for the rest: Burger and Dybvig's free-format digit
**     generation on small fixed-size bignums (r/s = x, m+/s and m-/s the
**     interval's half-widths), one digit per step, stopping as soon as the
**     digits so far, or they plus one in the last place, lie inside the
**     interval.  Its last-digit choice follows dtoa's tests step by step.
**
** The same exact scaling gives a fixed number of correctly rounded digits
** (pym_floatrepr_digits) for the 'e' and 'g' formats without printf.
*/
#include "pym.h"
#include "floatrepr.h"
#include <math.h>
#include <string.h>

typedef unsigned __int128 u128;

/* clang-format off */
const uint64_t pym_floatrepr_pow10[20] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull,
    100000000ull, 1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull,
    10000000000000ull, 100000000000000ull, 1000000000000000ull, 10000000000000000ull,
    100000000000000000ull, 1000000000000000000ull, 10000000000000000000ull,
};
/* clang-format on */

static u128 pow10_128(int n) {
    return n < 20 ? (u128)pym_floatrepr_pow10[n]
                  : (u128)pym_floatrepr_pow10[19] * pym_floatrepr_pow10[n - 19];
}

/* The parts of a finite positive double: x = m * 2^e. */
typedef struct {
    uint64_t m;
    int e;
    int e2;            /* floor(log2(x)) */
    bool even;         /* m even: the interval's ends read back as x */
    bool lower_closer; /* the double below is half as far as the one above */
} Parts;

static Parts split(double v) {
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    int bexp = (int)(bits >> 52);
    uint64_t frac = bits & ((1ull << 52) - 1);
    Parts p;
    if (bexp == 0) {
        p.m = frac;
        p.e = -1074;
    } else {
        p.m = frac | (1ull << 52);
        p.e = bexp - 1075;
    }
    p.e2 = p.e + 63 - __builtin_clzll(p.m);
    p.even = (p.m & 1) == 0;
    p.lower_closer = frac == 0 && bexp > 1;
    return p;
}

/* floor(log10(2^e2)): x >= 2^e2 gives floor(log10(x)) = this or this + 1.
** e2 * log10(2) is never within 1e-9 of an integer except at e2 = 0. */
static int floor_log10_pow2(int e2) { return (int)floor(e2 * 0.30102999566398119521); }

/* Writes the decimal digits of c (> 0) into out; returns how many. */
static int put_digits(uint64_t c, char *out) {
    static const char pairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    int n = 1;
    for (uint64_t x = c; x >= 10; x /= 10) n++;
    char *o = out + n;
    *o = 0;
    while (c >= 100) {
        unsigned r = (unsigned)(c % 100);
        c /= 100;
        *--o = pairs[2 * r + 1];
        *--o = pairs[2 * r];
    }
    if (c >= 10) {
        *--o = pairs[2 * c + 1];
        *--o = pairs[2 * c];
    } else
        *--o = (char)('0' + c);
    return n;
}

/* ---- the fast way: 128-bit scaled integers ---- */

/* How a scaled value's fraction compares with half a unit. */
enum { BELOW_ZERO, BELOW_HALF, AT_HALF, ABOVE_HALF };

/* floor(q * 2^sh * 10^s) into *out and its dropped fraction into *frac,
** exactly, in 128-bit arithmetic (q < 2^56); -1 when an operand or the
** result (< 2^64) does not fit. */
static int scale(uint64_t q, int sh, int s, uint64_t *out, int *frac) {
    u128 f, w;
    if (sh < 0 && s < 0) { /* q / (2^-sh * 10^-s) */
        if (s < -19 || sh < -60) return -1;
        u128 d = (u128)pym_floatrepr_pow10[-s] << -sh;
        w = q / d;
        u128 rem = q - w * d;
        *frac = rem == 0       ? BELOW_ZERO
                : 2 * rem < d  ? BELOW_HALF
                : 2 * rem == d ? AT_HALF
                               : ABOVE_HALF;
    } else if (sh < 0) {
        if (s > 21 || sh < -127) return -1;
        f = (u128)q * pow10_128(s); /* < 2^56 * 10^21 < 2^126 */
        int n = -sh;
        w = f >> n;
        u128 rem = f & (((u128)1 << n) - 1), half = (u128)1 << (n - 1);
        *frac = rem == 0      ? BELOW_ZERO
                : rem < half  ? BELOW_HALF
                : rem == half ? AT_HALF
                              : ABOVE_HALF;
    } else {
        if (sh > 70) return -1;
        f = (u128)q << sh;
        if (s >= 0) {
            if (s > 19 || (f >> 64) != 0) return -1;
            w = f * pym_floatrepr_pow10[s]; /* 64 x 64 bits: fits */
            *frac = BELOW_ZERO;
        } else {
            if (s < -38) return -1;
            u128 ten = pow10_128(-s);
            w = f / ten;
            u128 rem = f - w * ten;
            *frac = rem == 0         ? BELOW_ZERO
                    : 2 * rem < ten  ? BELOW_HALF
                    : 2 * rem == ten ? AT_HALF
                                     : ABOVE_HALF;
        }
    }
    if ((w >> 64) != 0) return -1;
    *out = (uint64_t)w;
    return 0;
}

static int fast_shortest(const Parts *p, char *digits, int *decpt) {
    int s = 17 - floor_log10_pow2(p->e2); /* x * 10^s has 17 or 18 digits */
    /* x, the upper and lower end, in quarters of 2^e */
    uint64_t xv = 4 * p->m, hv = xv + 2, lv = xv - (p->lower_closer ? 1 : 2);
    uint64_t w, h, l;
    int frac, hfrac, lfrac;
    if (scale(xv, p->e - 2, s, &w, &frac) < 0 || scale(hv, p->e - 2, s, &h, &hfrac) < 0 ||
        scale(lv, p->e - 2, s, &l, &lfrac) < 0)
        return -1;
    if (hfrac == BELOW_ZERO && !p->even) h--; /* ends that do not read back */
    if (lfrac != BELOW_ZERO || !p->even) l++;
    /* drop digits while the coarser unit still has a multiple in [l, h]:
    ** that holds for every t up to the answer, so 16, 8, 4, 2, 1 at a time
    ** (constant divisors: multiplications) */
    int t = 0;
#define DROP(n, p10) \
    { \
        uint64_t h1 = h / p10, l1 = l / p10 + (l % p10 != 0); \
        if (h1 >= l1) { \
            h = h1; \
            l = l1; \
            t += n; \
        } \
    }
    DROP(16, 10000000000000000ull)
    DROP(8, 100000000ull)
    DROP(4, 10000ull)
    DROP(2, 100ull)
    DROP(1, 10ull)
#undef DROP
    if (t) { /* x's dropped digits round it */
        uint64_t unit = pym_floatrepr_pow10[t], rem = w % unit, half = unit / 2;
        w /= unit;
        frac = rem > half           ? ABOVE_HALF
               : rem < half         ? (rem || frac ? BELOW_HALF : BELOW_ZERO)
               : frac == BELOW_ZERO ? AT_HALF
                                    : ABOVE_HALF;
    }
    uint64_t c = w;
    if (frac == ABOVE_HALF || (frac == AT_HALF && (w & 1))) c = w + 1;
    if (c > h) c = w;
    if (c < l) c = w + 1;
    while (c % 10 == 0) {
        c /= 10;
        t++;
    }
    int nd = put_digits(c, digits);
    *decpt = nd + t - s;
    return nd;
}

/* ---- a fixed number of significant digits ---- */

int pym_floatrepr_digits(double v, int ndigits, char *digits, int *decpt) {
    if (ndigits < 1 || ndigits > 17) return -1;
    Parts p = split(v);
    int s = ndigits - 1 - floor_log10_pow2(p.e2); /* ndigits or ndigits + 1 digits */
    uint64_t w;
    int frac;
    if (scale(p.m, p.e, s, &w, &frac) < 0) return -1;
    if (w >= pym_floatrepr_pow10[ndigits]) { /* one digit too many */
        unsigned dgt = (unsigned)(w % 10);
        w /= 10;
        s--;
        if (dgt > 5)
            frac = ABOVE_HALF;
        else if (dgt == 5)
            frac = frac == BELOW_ZERO ? AT_HALF : ABOVE_HALF;
        else
            frac = dgt == 0 && frac == BELOW_ZERO ? BELOW_ZERO : BELOW_HALF;
    }
    if (frac == ABOVE_HALF || (frac == AT_HALF && (w & 1))) w++;
    if (w == pym_floatrepr_pow10[ndigits]) { /* 9.99 -> 10.0 */
        w /= 10;
        s--;
    }
    put_digits(w, digits);
    *decpt = ndigits - s;
    return ndigits;
}

/* ---- the general way: Burger and Dybvig on fixed-size bignums ---- */

#define BN_LIMBS 48 /* 1536 bits: r, s, m+ stay below 2^1200 for any double */

typedef struct {
    int n; /* limbs in use; d[n-1] != 0 unless n == 0 */
    uint32_t d[BN_LIMBS];
} Big;

static void bn_set(Big *b, uint64_t v) {
    b->n = 0;
    while (v) {
        b->d[b->n++] = (uint32_t)v;
        v >>= 32;
    }
}

static void bn_shl(Big *b, int bits) {
    if (b->n == 0) return;
    int words = bits / 32, r = bits % 32;
    if (r) {
        uint32_t carry = 0;
        for (int i = 0; i < b->n; i++) {
            uint32_t x = b->d[i];
            b->d[i] = (x << r) | carry;
            carry = x >> (32 - r);
        }
        if (carry) b->d[b->n++] = carry;
    }
    if (words) {
        memmove(b->d + words, b->d, (size_t)b->n * sizeof b->d[0]);
        memset(b->d, 0, (size_t)words * sizeof b->d[0]);
        b->n += words;
    }
}

static void bn_mul_small(Big *b, uint32_t k) {
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t x = (uint64_t)b->d[i] * k + carry;
        b->d[i] = (uint32_t)x;
        carry = x >> 32;
    }
    if (carry) b->d[b->n++] = (uint32_t)carry;
}

static void bn_mul_pow10(Big *b, int k) {
    for (; k >= 9; k -= 9) bn_mul_small(b, 1000000000u);
    if (k) bn_mul_small(b, (uint32_t)pym_floatrepr_pow10[k]);
}

static int bn_cmp(const Big *a, const Big *b) {
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->d[i] != b->d[i]) return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

static void bn_add(Big *out, const Big *a, const Big *b) {
    const Big *lo = a->n < b->n ? a : b, *hi = a->n < b->n ? b : a;
    uint64_t carry = 0;
    int i = 0;
    for (; i < lo->n; i++) {
        uint64_t x = (uint64_t)lo->d[i] + hi->d[i] + carry;
        out->d[i] = (uint32_t)x;
        carry = x >> 32;
    }
    for (; i < hi->n; i++) {
        uint64_t x = (uint64_t)hi->d[i] + carry;
        out->d[i] = (uint32_t)x;
        carry = x >> 32;
    }
    out->n = hi->n;
    if (carry) out->d[out->n++] = (uint32_t)carry;
}

static void bn_sub(Big *a, const Big *b) { /* a -= b; a >= b */
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        int64_t x = (int64_t)a->d[i] - (i < b->n ? b->d[i] : 0) - borrow;
        borrow = x < 0;
        a->d[i] = (uint32_t)x;
    }
    while (a->n && a->d[a->n - 1] == 0) a->n--;
}

static int big_shortest(const Parts *p, char *digits, int *decpt) {
    Big r, s, mp, mm, tmp;
    int lc = p->lower_closer ? 1 : 0;
    bn_set(&r, p->m);
    bn_set(&s, 1);
    bn_set(&mp, 1);
    bn_set(&mm, 1);
    if (p->e >= 0) { /* r/s = x, m+/s and m-/s the distances to the ends */
        bn_shl(&r, p->e + 1 + lc);
        bn_shl(&s, 1 + lc);
        bn_shl(&mp, p->e + lc);
        bn_shl(&mm, p->e);
    } else {
        bn_shl(&r, 1 + lc);
        bn_shl(&s, 1 - p->e + lc);
        bn_shl(&mp, lc);
    }
    int k = floor_log10_pow2(p->e2) + 1; /* 10^(k-1) <= x: never too big */
    if (k >= 0)
        bn_mul_pow10(&s, k);
    else {
        bn_mul_pow10(&r, -k);
        bn_mul_pow10(&mp, -k);
        bn_mul_pow10(&mm, -k);
    }
    bn_add(&tmp, &r, &mp);
    int c = bn_cmp(&tmp, &s);
    if (c > 0 || (c == 0 && p->even)) { /* the upper end reaches 10^k */
        bn_mul_small(&s, 10);
        k++;
    }
    int nd = 0;
    for (;;) {
        bn_mul_small(&r, 10);
        bn_mul_small(&mp, 10);
        bn_mul_small(&mm, 10);
        int dig = 0;
        while (bn_cmp(&r, &s) >= 0) {
            bn_sub(&r, &s);
            dig++;
        }
        int j = bn_cmp(&r, &mm); /* the digits so far vs the lower end */
        bn_add(&tmp, &r, &mp);
        int j1 = bn_cmp(&tmp, &s); /* one more in the last place vs the upper */
        if (j1 == 0 && p->even) {
            if (j > 0) dig++;
        } else if (j < 0 || (j == 0 && p->even)) {
            if (j1 > 0) { /* both read back: the nearer, ties even */
                bn_add(&tmp, &r, &r);
                int half = bn_cmp(&tmp, &s);
                if (half > 0 || (half == 0 && (dig & 1))) dig++;
            }
        } else if (j1 > 0) {
            dig++;
        } else {
            digits[nd++] = (char)('0' + dig);
            continue;
        }
        if (dig < 10)
            digits[nd++] = (char)('0' + dig);
        else { /* ...9 + 1: carry (dtoa guards it too) */
            while (nd > 0 && digits[nd - 1] == '9') nd--;
            if (nd == 0) {
                digits[nd++] = '1';
                k++;
            } else
                digits[nd - 1]++;
        }
        break;
    }
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    *decpt = k;
    return nd;
}

int pym_floatrepr_shortest(double v, char *digits, int *decpt) {
    Parts p = split(v);
    int nd = fast_shortest(&p, digits, decpt);
    return nd >= 0 ? nd : big_shortest(&p, digits, decpt);
}

int pym_floatrepr_shortest_slow(double v, char *digits, int *decpt) {
    Parts p = split(v);
    return big_shortest(&p, digits, decpt);
}
