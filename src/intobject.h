/*
** intobject.h -- arbitrary-precision int (intobject.c); bool, its subclass,
** is declared in boolobject.h, included below.
**
** Layout is CPython's: a var object whose |ob_size| is the number of 30-bit
** digits (least significant first) and whose sign is the sign of the value;
** zero has ob_size 0 but still one digit allocated (getsizeof(0) == 28).
** Values -5..256 are preallocated (small-int cache).  Values that fit in one
** digit (|v| < 2**30) take fast paths everywhere.
*/
#ifndef PYM_INTOBJECT_H
#define PYM_INTOBJECT_H

#include "object.h"

typedef uint32_t pym_digit;
#define PYM_LONG_SHIFT 30
#define PYM_LONG_BASE  ((pym_digit)1 << PYM_LONG_SHIFT)
#define PYM_LONG_MASK  ((pym_digit)(PYM_LONG_BASE - 1))

typedef struct PymInt {
    PymVarObject ob_base;
    pym_digit ob_digit[1];
} PymInt;

extern PymType pym_type_int;
/* bool, a subclass of int whose two objects are PymInts */
#include "boolobject.h"

#define PYM_INT_CHECK(o)       ((PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_INT_SUBCLASS) != 0)
#define PYM_INT_CHECK_EXACT(o) (PYM_TYPE(o) == &pym_type_int)

/* True when o (an int) has at most one digit: value fits in 31 bits signed. */
static inline bool pym_int_is_compact(PymObject *o) {
    intptr_t s = PYM_SIZE(o);
    return s >= -1 && s <= 1;
}
static inline intptr_t pym_int_compact_value(PymObject *o) {
    return PYM_SIZE(o) * (intptr_t)((PymInt *)o)->ob_digit[0];
}

#define PYM_SMALL_INT_MIN (-5)
#define PYM_SMALL_INT_MAX 256

/* The cached ints -5..256 (intobject.c); pym_int_small(v): a new reference
** to int v, -5 <= v <= 256, once the interpreter is initialized (what
** pym_int_from_long returns for v, without its range tests and call). */
extern PymInt pym_small_ints[PYM_SMALL_INT_MAX - PYM_SMALL_INT_MIN + 1];
static inline PymObject *pym_int_small(intptr_t v) {
    PymObject *o = (PymObject *)&pym_small_ints[v - PYM_SMALL_INT_MIN];
    o->ob_refcnt++;
    return o;
}

PymObject *pym_int_from_long(long long v); /* cached for -5..256 */
PymObject *pym_int_from_ssize(intptr_t v);
PymObject *pym_int_from_size(size_t v);
PymObject *pym_int_from_ulonglong(unsigned long long v);
PymObject *pym_int_from_double(double d); /* truncates; OverflowError/ValueError for inf/nan */
/* Parses text like int(text, base): base 0 honours 0x/0o/0b prefixes, '_'
** between digits, surrounding whitespace, sign.  ValueError "invalid literal
** for int() with base 10: 'x'" on failure. len is in bytes. */
PymObject *pym_int_from_string(const char *s, intptr_t len, int base);

long long pym_int_as_longlong(PymObject *o); /* OverflowError -> -1 + error */
intptr_t pym_int_as_ssize(PymObject *o);     /* OverflowError -> -1 + error */
/* Like pym_int_as_longlong but reports overflow in *overflow (+1/-1) without error. */
long long pym_int_as_longlong_overflow(PymObject *o, int *overflow);
double pym_int_as_double(PymObject *o); /* OverflowError "int too large to convert to float" */
int pym_int_sign(PymObject *o);         /* -1, 0, 1 */
/* Number of bits of |o| (int.bit_length()). */
size_t pym_int_bit_length(PymObject *o);
/* Decimal text (new str) / in base 2, 8, 16 with prefix ("0x1f", "-0b101"). */
PymObject *pym_int_to_decimal(PymObject *o);
PymObject *pym_int_to_base(PymObject *o, int base);
/* Arithmetic used by the VM fast paths and other modules (new refs). */
PymObject *pym_int_add(PymObject *a, PymObject *b);
PymObject *pym_int_sub(PymObject *a, PymObject *b);
PymObject *pym_int_mul(PymObject *a, PymObject *b);
/* Compare two ints: -1, 0, 1. */
int pym_int_compare(PymObject *a, PymObject *b);
intptr_t pym_int_hash(PymObject *o); /* CPython's: value mod (2**61 - 1) */

int pym_numbers_init(void); /* small ints, int/bool/float types */

/* ---- arithmetic for the other numeric types and for builtins ---- */
/* sys.set_int_max_str_digits(): limit on decimal int<->str conversion (0: none). */
extern int pym_int_max_str_digits;
PymObject *pym_int_neg(PymObject *a);
PymObject *pym_int_abs(PymObject *a);
PymObject *pym_int_pow(PymObject *a, PymObject *b);         /* float result for b < 0 */
PymObject *pym_int_true_divide(PymObject *a, PymObject *b); /* correctly rounded float */
/* Floor division and modulo; either result pointer may be NULL.  b != 0.  0/-1 */
int pym_int_divmod(PymObject *a, PymObject *b, PymObject **q, PymObject **r);
/* a << n for n >= 0, a >> -n (floor) for n < 0. */
PymObject *pym_int_shift(PymObject *a, intptr_t n);
/* |o| = m * 2**e with 0.5 <= m < 1 (m correctly rounded); 0 -> 0.0, e 0. */
double pym_int_frexp(PymObject *o, int64_t *e);
/* int.__format__(self, spec): spec must be a str (TypeError otherwise). */
PymObject *pym_int_format(PymObject *self, PymObject *spec);
/* Number formatting shared by int and float __format__: lays out
** [sign][prefix][grouped digits][rest] per spec (width/fill/align/sign/grouping,
** zero padding); gsize is the grouping interval (3 or 4).  New str. */
struct PymFormatSpec;
PymObject *pym_number_format_finish(const struct PymFormatSpec *spec, bool negative,
                                    const char *prefix, const char *digits, intptr_t ndigits,
                                    const char *rest, intptr_t nrest, int gsize);

#endif
