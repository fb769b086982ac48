/*
** floatobject.h -- float (floatobject.c).
*/
#ifndef PYM_FLOATOBJECT_H
#define PYM_FLOATOBJECT_H

#include "object.h"

typedef struct PymFloat {
    PymObject ob_base;
    double ob_fval;
} PymFloat;

extern PymType pym_type_float;
#define PYM_FLOAT_CHECK(o) \
    (PYM_TYPE(o) == &pym_type_float || pym_type_is_subtype(PYM_TYPE(o), &pym_type_float))
#define PYM_FLOAT_CHECK_EXACT(o) (PYM_TYPE(o) == &pym_type_float)
#define PYM_FLOAT_VALUE(o)       (((PymFloat *)(o))->ob_fval)

PymObject *pym_float_from_double(double v);
/* float value of a float, int or object with __float__/__index__;
** -1.0 + error (TypeError "must be real number, not str") on failure. */
double pym_float_as_double(PymObject *o);
/* repr(float): shortest string that round-trips ("0.1", "1e+16", "inf",
** "nan", "1.0").  Writes into buf (at least 32 bytes); returns its length. */
int pym_float_repr_buf(double v, char *buf, size_t size);
/* Parses float text like float("1e5"), " -inf ", "1_000.5". ValueError
** "could not convert string to float: 'x'" on failure. */
PymObject *pym_float_from_string(const char *s, intptr_t len);
intptr_t pym_float_hash_double(double v); /* CPython's numeric hash */

/* ---- arithmetic and formatting for the int and complex types, free list ---- */
/* a ** b with Python's rules (ZeroDivisionError for 0.0 ** negative,
** OverflowError on overflow). */
PymObject *pym_float_pow_double(double a, double b);
/* float.__format__ for an already parsed spec; tname names the type in
** "Unknown format code" messages.  New str. */
struct PymFormatSpec;
PymObject *pym_float_format_with_spec(double v, const struct PymFormatSpec *spec,
                                      const char *tname);
/* float.__format__(self, spec): spec must be a str (TypeError otherwise). */
PymObject *pym_float_format(PymObject *self, PymObject *spec);
/* Frees the float free list (at shutdown, before the leak check). */
/* Readies the float type (start-up, from pym_numbers_init). */
int pym_float_init(void);
void pym_float_clear_freelist(void);
/* Floats kept on the free list right now (sys._debugmallocstats). */
intptr_t pym_float_freelist_count(void);

#endif
