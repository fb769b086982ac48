/*
** complexobject.h -- the 'complex' type (complexobject.c) and the 'cmath'
** module (modules/mod_cmath.c).
**
** A complex is two doubles after the object header: 32 bytes, as in CPython.
*/
#ifndef PYM_COMPLEXOBJECT_H
#define PYM_COMPLEXOBJECT_H

#include "object.h"

typedef struct PymComplexValue {
    double real, imag;
} PymComplexValue;

typedef struct PymComplex {
    PymObject ob_base;
    PymComplexValue cval;
} PymComplex;

extern PymType pym_type_complex;
#define PYM_COMPLEX_CHECK(o) \
    (PYM_TYPE(o) == &pym_type_complex || pym_type_is_subtype(PYM_TYPE(o), &pym_type_complex))
#define PYM_COMPLEX_CHECK_EXACT(o) (PYM_TYPE(o) == &pym_type_complex)
#define PYM_COMPLEX_VALUE(o)       (((PymComplex *)(o))->cval)

PymObject *pym_complex_from_doubles(double real, double imag);
/* The value of a complex, a float, an int, or an object with __complex__,
** __float__ or __index__ (cmath's argument rule).  0 / -1 (TypeError
** "must be real number, not str"). */
int pym_complex_as_value(PymObject *o, PymComplexValue *out);
/* Complex arithmetic with CPython's algorithms; errno is set to EDOM for a
** division by zero (pym_complex_quot, pym_complex_pow). */
PymComplexValue pym_complex_quot(PymComplexValue a, PymComplexValue b);
PymComplexValue pym_complex_pow(PymComplexValue a, PymComplexValue b);
double pym_complex_abs(PymComplexValue z);
int pym_complex_init(void);

#endif
