/*
** floatrepr.h -- shortest round-trip digits of a double (floatrepr.c).
*/
#ifndef PYM_FLOATREPR_H
#define PYM_FLOATREPR_H

/* 10^0 .. 10^19, the powers of ten that fit in 64 bits. */
extern const uint64_t pym_floatrepr_pow10[20];

/* The shortest decimal digits that read back as v (finite, > 0), the
** nearest such when several do, as CPython's repr: writes them to digits
** (at least 20 bytes, NUL-terminated, no trailing zeros) and the position of
** the decimal point to *decpt (v = 0.DIGITS * 10^decpt).  Returns the number
** of digits. */
int pym_floatrepr_shortest(double v, char *digits, int *decpt);
/* v (finite, > 0) correctly rounded (half to even) to ndigits (1..17)
** significant digits, as printf's %.*e: writes exactly ndigits digits and
** the decimal point's position as above; returns ndigits, or -1 when v is
** outside the range this exact 128-bit method covers (use printf). */
int pym_floatrepr_digits(double v, int ndigits, char *digits, int *decpt);
/* The same by the general bignum method only (for tests of the fast one). */
int pym_floatrepr_shortest_slow(double v, char *digits, int *decpt);

#endif
