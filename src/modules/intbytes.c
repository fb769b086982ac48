/*
** intbytes.c -- ints to and from little-endian byte strings (intbytes.h).
**
** An int is a sign and 30-bit digits, least significant first; a byte
** string is 8-bit groups.  Both directions stream bits through a 64-bit
** accumulator.  Negative numbers in two's complement go through the
** unsigned value v + 2**(8n).
*/
#include "intbytes.h"

PymObject *pym_intbytes_from_le(const uint8_t *buf, size_t n, bool is_signed) {
    size_t len = n;
    while (len > 0 && buf[len - 1] == 0) len--; /* significant bytes */
    if (is_signed && n > 0 && (buf[n - 1] & 0x80)) {
        PymObject *u = pym_intbytes_from_le(buf, n, false);
        if (!u) return NULL;
        PymObject *one = pym_int_from_long(1);
        PymObject *m = pym_int_shift(one, (intptr_t)(8 * n));
        PYM_DECREF(one);
        if (!m) {
            PYM_DECREF(u);
            return NULL;
        }
        PymObject *r = pym_int_sub(u, m);
        PYM_DECREF(u);
        PYM_DECREF(m);
        return r;
    }
    if (len <= 8) {
        unsigned long long v = 0;
        for (size_t i = len; i-- > 0;) v = (v << 8) | buf[i];
        return pym_int_from_ulonglong(v);
    }
    intptr_t ndigits = (intptr_t)((len * 8 + PYM_LONG_SHIFT - 1) / PYM_LONG_SHIFT);
    PymInt *z = (PymInt *)pym_object_alloc(&pym_type_int, ndigits);
    if (!z) return NULL;
    uint64_t acc = 0;
    int accbits = 0;
    intptr_t d = 0;
    for (size_t i = 0; i < len; i++) {
        acc |= (uint64_t)buf[i] << accbits;
        accbits += 8;
        if (accbits >= PYM_LONG_SHIFT) {
            z->ob_digit[d++] = (pym_digit)(acc & PYM_LONG_MASK);
            acc >>= PYM_LONG_SHIFT;
            accbits -= PYM_LONG_SHIFT;
        }
    }
    if (accbits > 0) z->ob_digit[d++] = (pym_digit)acc;
    while (d > 0 && z->ob_digit[d - 1] == 0) d--;
    PYM_SIZE(z) = d;
    return (PymObject *)z;
}

int pym_intbytes_to_le(PymObject *v, uint8_t *buf, size_t n, bool is_signed) {
    int sign = pym_int_sign(v);
    size_t bits = pym_int_bit_length(v);
    if (sign < 0 && !is_signed) return 1;
    if (is_signed) {
        /* fits when -2**(8n-1) <= v < 2**(8n-1) */
        if (sign >= 0 && bits > 8 * n - 1) return 1;
        if (sign < 0 && bits > 8 * n) return 1;
        if (sign < 0 && bits == 8 * n) {
            /* only -2**(8n-1) itself fits: |v| a power of two */
            PymObject *a = pym_int_abs(v);
            if (!a) return -1;
            PymObject *one = pym_int_from_long(1);
            PymObject *p = pym_int_shift(one, (intptr_t)(8 * n - 1));
            PYM_DECREF(one);
            int eq = p ? pym_int_compare(a, p) == 0 : -1;
            PYM_DECREF(a);
            PYM_XDECREF(p);
            if (eq < 0) return -1;
            if (!eq) return 1;
        }
    } else if (bits > 8 * n) {
        return 1;
    }
    PymObject *u = pym_newref(v);
    if (sign < 0) {
        PymObject *one = pym_int_from_long(1);
        PymObject *m = pym_int_shift(one, (intptr_t)(8 * n));
        PYM_DECREF(one);
        if (!m) {
            PYM_DECREF(u);
            return -1;
        }
        PYM_SETREF(u, pym_int_add(v, m));
        PYM_DECREF(m);
        if (!u) return -1;
    }
    PymInt *z = (PymInt *)u;
    intptr_t nd = PYM_SIZE(u);
    uint64_t acc = 0;
    int accbits = 0;
    intptr_t d = 0;
    for (size_t i = 0; i < n; i++) {
        if (accbits < 8 && d < nd) {
            acc |= (uint64_t)z->ob_digit[d++] << accbits;
            accbits += PYM_LONG_SHIFT;
        }
        buf[i] = (uint8_t)(acc & 0xff);
        acc >>= 8;
        accbits -= 8;
        if (accbits < 0) accbits = 0;
    }
    PYM_DECREF(u);
    return 0;
}

intptr_t pym_intbytes_as_ssize(PymObject *o) {
    PymObject *i = pym_number_index(o);
    if (!i) return -1;
    int overflow = 0;
    long long v = pym_int_as_longlong_overflow(i, &overflow);
    PYM_DECREF(i);
    if (overflow) {
        pym_err_set_string(PymExc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (intptr_t)v;
}
