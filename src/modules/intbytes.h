/*
** intbytes.h -- ints to and from little-endian byte strings, for the C
** modules that pack integers (_random's seeding and getrandbits, _struct,
** array), and the ssize conversion of their integer arguments.  (intbytes.c)
*/
#ifndef PYM_INTBYTES_H
#define PYM_INTBYTES_H

#include "pym.h"

/* The int whose little-endian representation is buf[0..n), two's
** complement when is_signed.  New ref. */
PymObject *pym_intbytes_from_le(const uint8_t *buf, size_t n, bool is_signed);
/* Writes int v into buf[0..n) little-endian (two's complement when
** is_signed).  0; 1 when v does not fit (nothing raised, buf undefined);
** -1 on error (negative v with !is_signed raises nothing either: returns 1). */
int pym_intbytes_to_le(PymObject *v, uint8_t *buf, size_t n, bool is_signed);

/* o.__index__() as intptr_t with the Py_ssize_t argument converter's
** overflow text: OverflowError "Python int too large to convert to C
** ssize_t".  The caller checks that o is an int or has __index__.  -1 +
** error possible. */
intptr_t pym_intbytes_as_ssize(PymObject *o);

#endif
