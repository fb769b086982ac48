/*
** mod_math.c -- the 'math' module: libm wrappers with CPython's error rules
** ("math domain error" / "math range error"), exact integer functions
** (factorial, gcd, lcm, comb, perm, isqrt) on pym ints, logarithms of huge
** ints, and fsum with exact (Shewchuk) summation.
*/
#include "pym.h"
#include <math.h>
#include <float.h>
#include <errno.h>
#include <limits.h>

#define ARGS PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw

static PymObject *domain_error(void) {
    pym_err_set_string(PymExc_ValueError, "math domain error");
    return NULL;
}
static PymObject *range_error(void) {
    pym_err_set_string(PymExc_OverflowError, "math range error");
    return NULL;
}

static int get_double(PymObject *o, double *out) {
    if (PYM_FLOAT_CHECK_EXACT(o)) {
        *out = PYM_FLOAT_VALUE(o);
        return 0;
    }
    double d = pym_float_as_double(o);
    if (d == -1.0 && pym_err_occurred()) return -1;
    *out = d;
    return 0;
}

/* f(x) with CPython's checks: nan from non-nan is a domain error; inf from a
** finite argument is a range error when can_overflow, else a domain error. */
static PymObject *math_1(const char *name, PymObject *const *args, size_t nargs, PymObject *kw,
                         double (*f)(double), bool can_overflow) {
    if (pym_arg_count(name, nargs, kw, 1, 1) < 0) return NULL;
    double x;
    if (get_double(args[0], &x) < 0) return NULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    return pym_float_from_double(r);
}

#define MATH1(name, cfunc, ovf) \
    static PymObject *math_##name(ARGS) { return math_1(#name, args, nargs, kw, cfunc, ovf); }

MATH1(sqrt, sqrt, false)
MATH1(exp, exp, true)
MATH1(exp2, exp2, true)
MATH1(expm1, expm1, true)
MATH1(sin, sin, false)
MATH1(cos, cos, false)
MATH1(tan, tan, false)
MATH1(asin, asin, false)
MATH1(acos, acos, false)
MATH1(atan, atan, false)
MATH1(sinh, sinh, true)
MATH1(cosh, cosh, true)
MATH1(tanh, tanh, false)
MATH1(asinh, asinh, false)
MATH1(acosh, acosh, false)
MATH1(atanh, atanh, false)
MATH1(fabs, fabs, false)
MATH1(erf, erf, false)
MATH1(erfc, erfc, false)
MATH1(cbrt, cbrt, false)

static PymObject *math_log1p(ARGS) {
    if (pym_arg_count("log1p", nargs, kw, 1, 1) < 0) return NULL;
    double x;
    if (get_double(args[0], &x) < 0) return NULL;
    if (x <= -1.0) return domain_error();
    return pym_float_from_double(log1p(x));
}

static bool is_nonpos_int(double x) { return x <= 0 && floor(x) == x; }

static PymObject *math_gamma(ARGS) {
    if (pym_arg_count("gamma", nargs, kw, 1, 1) < 0) return NULL;
    double x;
    if (get_double(args[0], &x) < 0) return NULL;
    if (isnan(x)) return pym_float_from_double(x);
    if (x == -INFINITY || is_nonpos_int(x)) return domain_error();
    double r = tgamma(x);
    if (isinf(r) && isfinite(x)) return range_error();
    return pym_float_from_double(r);
}

static PymObject *math_lgamma(ARGS) {
    if (pym_arg_count("lgamma", nargs, kw, 1, 1) < 0) return NULL;
    double x;
    if (get_double(args[0], &x) < 0) return NULL;
    if (isnan(x)) return pym_float_from_double(x);
    if (isinf(x)) return pym_float_from_double(INFINITY);
    if (is_nonpos_int(x)) return domain_error();
    double r = lgamma(x);
    if (isinf(r)) return range_error();
    return pym_float_from_double(r);
}

/* natural log of a number, exact for huge ints; -1 + error on failure */
static int log_of(PymObject *o, double (*f)(double), double *out) {
    if (PYM_INT_CHECK(o)) {
        if (pym_int_sign(o) <= 0) {
            domain_error();
            return -1;
        }
        if (pym_int_bit_length(o) < 1000) {
            *out = f(pym_int_as_double(o));
            return 0;
        }
        int64_t e;
        double m = pym_int_frexp(o, &e);
        /* log(m * 2**e) = f(m) + e * f(2) */
        *out = f(m) + (double)e * f(2.0);
        return 0;
    }
    double x;
    if (get_double(o, &x) < 0) return -1;
    if (isnan(x)) {
        *out = x;
        return 0;
    }
    if (x <= 0) {
        domain_error();
        return -1;
    }
    if (isinf(x)) {
        *out = x;
        return 0;
    }
    *out = f(x);
    return 0;
}

static PymObject *math_log(ARGS) {
    if (pym_arg_count("log", nargs, kw, 1, 2) < 0) return NULL;
    double num;
    if (log_of(args[0], log, &num) < 0) return NULL;
    if (nargs == 2) {
        double den;
        if (log_of(args[1], log, &den) < 0) return NULL;
        if (den == 0.0) {
            pym_err_set_string(PymExc_ZeroDivisionError, "float division by zero");
            return NULL;
        }
        num /= den;
    }
    return pym_float_from_double(num);
}

static PymObject *math_log2(ARGS) {
    if (pym_arg_count("log2", nargs, kw, 1, 1) < 0) return NULL;
    double r;
    if (log_of(args[0], log2, &r) < 0) return NULL;
    return pym_float_from_double(r);
}

static PymObject *math_log10(ARGS) {
    if (pym_arg_count("log10", nargs, kw, 1, 1) < 0) return NULL;
    double r;
    if (log_of(args[0], log10, &r) < 0) return NULL;
    return pym_float_from_double(r);
}

static PymObject *math_pow(ARGS) {
    if (pym_arg_count("pow", nargs, kw, 2, 2) < 0) return NULL;
    double x, y;
    if (get_double(args[0], &x) < 0 || get_double(args[1], &y) < 0) return NULL;
    double r;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else
            r = pow(x, y);
        return pym_float_from_double(r);
    }
    if (x == 0.0 && y < 0.0) return domain_error();
    if (x < 0.0 && y != floor(y)) return domain_error();
    r = pow(x, y);
    if (isinf(r)) return range_error();
    return pym_float_from_double(r);
}

static PymObject *math_2(const char *name, PymObject *const *args, size_t nargs, PymObject *kw,
                         double (*f)(double, double), bool can_overflow) {
    if (pym_arg_count(name, nargs, kw, 2, 2) < 0) return NULL;
    double x, y;
    if (get_double(args[0], &x) < 0 || get_double(args[1], &y) < 0) return NULL;
    double r = f(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
    if (isinf(r) && isfinite(x) && isfinite(y))
        return can_overflow ? range_error() : domain_error();
    return pym_float_from_double(r);
}

static PymObject *math_atan2(ARGS) { return math_2("atan2", args, nargs, kw, atan2, false); }
static PymObject *math_copysign(ARGS) {
    return math_2("copysign", args, nargs, kw, copysign, false);
}
static PymObject *math_remainder(ARGS) {
    return math_2("remainder", args, nargs, kw, remainder, false);
}
static PymObject *math_nextafter(ARGS) {
    return math_2("nextafter", args, nargs, kw, nextafter, false);
}

static PymObject *math_fmod(ARGS) {
    if (pym_arg_count("fmod", nargs, kw, 2, 2) < 0) return NULL;
    double x, y;
    if (get_double(args[0], &x) < 0 || get_double(args[1], &y) < 0) return NULL;
    if (isinf(y) && isfinite(x)) return pym_float_from_double(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
    return pym_float_from_double(r);
}

static PymObject *math_ulp(ARGS) {
    if (pym_arg_count("ulp", nargs, kw, 1, 1) < 0) return NULL;
    double x;
    if (get_double(args[0], &x) < 0) return NULL;
    if (isnan(x)) return pym_float_from_double(x);
    x = fabs(x);
    if (isinf(x)) return pym_float_from_double(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);
        return pym_float_from_double(x - x2);
    }
    return pym_float_from_double(x2 - x);
}

static PymObject *math_degrees(ARGS) {
    if (pym_arg_count("degrees", nargs, kw, 1, 1) < 0) return NULL;
    double x;
    if (get_double(args[0], &x) < 0) return NULL;
    return pym_float_from_double(x * (180.0 / M_PI));
}

static PymObject *math_radians(ARGS) {
    if (pym_arg_count("radians", nargs, kw, 1, 1) < 0) return NULL;
    double x;
    if (get_double(args[0], &x) < 0) return NULL;
    return pym_float_from_double(x * (M_PI / 180.0));
}

/* floor/ceil/trunc: ints as they are, floats directly, else __floor__ etc. */
static PymObject *round_helper(const char *name, PymObject *x, const char *dunder,
                               double (*f)(double)) {
    if (PYM_FLOAT_CHECK_EXACT(x)) return pym_int_from_double(f(PYM_FLOAT_VALUE(x)));
    if (PYM_INT_CHECK_EXACT(x)) return pym_newref(x);
    PymObject *dname = pym_str_intern_cstr(dunder);
    int found = 0;
    PymObject *r = pym_call_special(x, dname, NULL, 0, &found);
    if (found || pym_err_occurred()) return r;
    if (f == trunc) {
        pym_err_format(PymExc_TypeError, "type %s doesn't define __trunc__ method",
                       pym_type_name(x));
        return NULL;
    }
    double d;
    if (get_double(x, &d) < 0) return NULL;
    return pym_int_from_double(f(d));
}

static PymObject *math_floor(ARGS) {
    if (pym_arg_count("floor", nargs, kw, 1, 1) < 0) return NULL;
    return round_helper("floor", args[0], "__floor__", floor);
}
static PymObject *math_ceil(ARGS) {
    if (pym_arg_count("ceil", nargs, kw, 1, 1) < 0) return NULL;
    return round_helper("ceil", args[0], "__ceil__", ceil);
}
static PymObject *math_trunc(ARGS) {
    if (pym_arg_count("trunc", nargs, kw, 1, 1) < 0) return NULL;
    return round_helper("trunc", args[0], "__trunc__", trunc);
}

static PymObject *math_modf(ARGS) {
    if (pym_arg_count("modf", nargs, kw, 1, 1) < 0) return NULL;
    double x, ip, fp;
    if (get_double(args[0], &x) < 0) return NULL;
    if (isinf(x)) {
        fp = copysign(0.0, x);
        ip = x;
    } else
        fp = modf(x, &ip);
    PymObject *a = pym_float_from_double(fp), *b = pym_float_from_double(ip);
    PymObject *t = (a && b) ? pym_tuple_pack(2, a, b) : NULL;
    PYM_XDECREF(a);
    PYM_XDECREF(b);
    return t;
}

static PymObject *math_frexp(ARGS) {
    if (pym_arg_count("frexp", nargs, kw, 1, 1) < 0) return NULL;
    double x;
    if (get_double(args[0], &x) < 0) return NULL;
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0) ? x : frexp(x, &e);
    PymObject *a = pym_float_from_double(m), *b = pym_int_from_long(e);
    PymObject *t = (a && b) ? pym_tuple_pack(2, a, b) : NULL;
    PYM_XDECREF(a);
    PYM_XDECREF(b);
    return t;
}

static PymObject *math_ldexp(ARGS) {
    if (pym_arg_count("ldexp", nargs, kw, 2, 2) < 0) return NULL;
    double x;
    if (get_double(args[0], &x) < 0) return NULL;
    if (!PYM_INT_CHECK(args[1])) {
        pym_err_set_string(PymExc_TypeError, "Expected an int as second argument to ldexp.");
        return NULL;
    }
    int ovf;
    long long e = pym_int_as_longlong_overflow(args[1], &ovf);
    if (ovf) e = ovf > 0 ? 100000 : -100000;
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    if (x == 0 || !isfinite(x)) return pym_float_from_double(x);
    double r = ldexp(x, (int)e);
    if (isinf(r)) return range_error();
    return pym_float_from_double(r);
}

static PymObject *math_isnan(ARGS) {
    double x;
    if (pym_arg_count("isnan", nargs, kw, 1, 1) < 0 || get_double(args[0], &x) < 0) return NULL;
    return pym_bool_from(isnan(x));
}
static PymObject *math_isinf(ARGS) {
    double x;
    if (pym_arg_count("isinf", nargs, kw, 1, 1) < 0 || get_double(args[0], &x) < 0) return NULL;
    return pym_bool_from(isinf(x));
}
static PymObject *math_isfinite(ARGS) {
    double x;
    if (pym_arg_count("isfinite", nargs, kw, 1, 1) < 0 || get_double(args[0], &x) < 0) return NULL;
    return pym_bool_from(isfinite(x));
}

static PymObject *math_isclose(ARGS) {
    static const char *const names[] = {"", "", "rel_tol", "abs_tol", NULL};
    PymObject *a[4] = {NULL, NULL, NULL, NULL};
    if (pym_arg_unpack("isclose", args, nargs, kw, names, 2, 2, a) < 0) return NULL;
    double x, y, rel = 1e-09, abs_tol = 0.0;
    if (get_double(a[0], &x) < 0 || get_double(a[1], &y) < 0) return NULL;
    if (a[2] && get_double(a[2], &rel) < 0) return NULL;
    if (a[3] && get_double(a[3], &abs_tol) < 0) return NULL;
    if (rel < 0.0 || abs_tol < 0.0) {
        pym_err_set_string(PymExc_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (x == y) PYM_RETURN_TRUE;
    if (isinf(x) || isinf(y)) PYM_RETURN_FALSE;
    double diff = fabs(y - x);
    return pym_bool_from((diff <= fabs(rel * y)) || (diff <= fabs(rel * x)) || (diff <= abs_tol));
}

/* ---- integer functions ---- */

static PymObject *mul(PymObject *a, PymObject *b) {
    return pym_number_binop(a, b, PYM_NB_MULTIPLY);
}

/* product of the integers lo..hi (inclusive), by binary splitting */
static PymObject *range_product(unsigned long long lo, unsigned long long hi) {
    if (hi - lo < 8) {
        PymObject *r = pym_int_from_ulonglong(lo);
        for (unsigned long long i = lo + 1; r && i <= hi; i++) {
            PymObject *f = pym_int_from_ulonglong(i);
            PymObject *t = f ? pym_int_mul(r, f) : NULL;
            PYM_XDECREF(f);
            PYM_DECREF(r);
            r = t;
        }
        return r;
    }
    unsigned long long mid = lo + (hi - lo) / 2;
    PymObject *a = range_product(lo, mid);
    if (!a) return NULL;
    PymObject *b = range_product(mid + 1, hi);
    if (!b) {
        PYM_DECREF(a);
        return NULL;
    }
    PymObject *r = pym_int_mul(a, b);
    PYM_DECREF(a);
    PYM_DECREF(b);
    return r;
}

static PymObject *math_factorial(ARGS) {
    if (pym_arg_count("factorial", nargs, kw, 1, 1) < 0) return NULL;
    PymObject *n = pym_number_index(args[0]);
    if (!n) return NULL;
    int ovf;
    long long v = pym_int_as_longlong_overflow(n, &ovf);
    int sign = pym_int_sign(n);
    PYM_DECREF(n);
    if (sign < 0) {
        pym_err_set_string(PymExc_ValueError, "factorial() not defined for negative values");
        return NULL;
    }
    if (ovf) {
        pym_err_set_string(PymExc_OverflowError,
                           "factorial() argument should not exceed 9223372036854775807");
        return NULL;
    }
    if (v < 2) return pym_int_from_long(1);
    return range_product(2, (unsigned long long)v);
}

static PymObject *int_gcd(PymObject *a, PymObject *b) {
    PymObject *x = pym_int_abs(a), *y = pym_int_abs(b);
    if (!x || !y) {
        PYM_XDECREF(x);
        PYM_XDECREF(y);
        return NULL;
    }
    while (PYM_SIZE(y) != 0) {
        if (pym_int_is_compact(x) && pym_int_is_compact(y)) {
            long long p = pym_int_compact_value(x), q = pym_int_compact_value(y);
            while (q) {
                long long t = p % q;
                p = q;
                q = t;
            }
            PYM_DECREF(x);
            PYM_DECREF(y);
            return pym_int_from_long(p);
        }
        PymObject *r;
        if (pym_int_divmod(x, y, NULL, &r) < 0) {
            PYM_DECREF(x);
            PYM_DECREF(y);
            return NULL;
        }
        PYM_DECREF(x);
        x = y;
        y = r;
    }
    PYM_DECREF(y);
    return x;
}

static PymObject *math_gcd(ARGS) {
    if (pym_arg_no_kwargs("gcd", kw) < 0) return NULL;
    PymObject *res = pym_int_from_long(0);
    for (size_t i = 0; res && i < nargs; i++) {
        PymObject *x = pym_number_index(args[i]);
        if (!x) {
            PYM_DECREF(res);
            return NULL;
        }
        PymObject *g = int_gcd(res, x);
        PYM_DECREF(x);
        PYM_DECREF(res);
        res = g;
    }
    return res;
}

static PymObject *math_lcm(ARGS) {
    if (pym_arg_no_kwargs("lcm", kw) < 0) return NULL;
    PymObject *res = pym_int_from_long(1);
    for (size_t i = 0; res && i < nargs; i++) {
        PymObject *x = pym_number_index(args[i]);
        if (!x) {
            PYM_DECREF(res);
            return NULL;
        }
        if (PYM_SIZE(res) == 0 || PYM_SIZE(x) == 0) {
            PYM_DECREF(res);
            PYM_DECREF(x);
            res = pym_int_from_long(0);
            continue;
        }
        PymObject *g = int_gcd(res, x), *q = NULL, *p = NULL;
        if (g && pym_int_divmod(res, g, &q, NULL) == 0) {
            p = pym_int_mul(q, x);
            PYM_DECREF(q);
        }
        PYM_XDECREF(g);
        PYM_DECREF(x);
        PYM_DECREF(res);
        res = p ? pym_int_abs(p) : NULL;
        PYM_XDECREF(p);
    }
    return res;
}

static PymObject *math_isqrt(ARGS) {
    if (pym_arg_count("isqrt", nargs, kw, 1, 1) < 0) return NULL;
    PymObject *n = pym_number_index(args[0]);
    if (!n) return NULL;
    if (pym_int_sign(n) < 0) {
        PYM_DECREF(n);
        pym_err_set_string(PymExc_ValueError, "isqrt() argument must be nonnegative");
        return NULL;
    }
    if (PYM_SIZE(n) == 0) return n;
    int ovf;
    long long v = pym_int_as_longlong_overflow(n, &ovf);
    if (!ovf && v < (1LL << 52)) {
        PYM_DECREF(n);
        long long r = (long long)sqrt((double)v);
        while (r * r > v) r--;
        while ((r + 1) * (r + 1) <= v) r++;
        return pym_int_from_long(r);
    }
    /* Newton: x0 = 2**ceil(bits/2) >= sqrt(n), iterate until it stops shrinking */
    size_t bits = pym_int_bit_length(n);
    PymObject *one = pym_int_from_long(1);
    PymObject *x = pym_int_shift(one, (intptr_t)((bits + 1) / 2));
    PYM_DECREF(one);
    while (x) {
        PymObject *q;
        if (pym_int_divmod(n, x, &q, NULL) < 0) {
            PYM_DECREF(x);
            x = NULL;
            break;
        }
        PymObject *s = pym_int_add(x, q);
        PYM_DECREF(q);
        if (!s) {
            PYM_DECREF(x);
            x = NULL;
            break;
        }
        PymObject *y = pym_int_shift(s, -1);
        PYM_DECREF(s);
        if (!y) {
            PYM_DECREF(x);
            x = NULL;
            break;
        }
        if (pym_int_compare(y, x) >= 0) {
            PYM_DECREF(y);
            break;
        }
        PYM_DECREF(x);
        x = y;
    }
    PYM_DECREF(n);
    return x;
}

/* n and k for comb/perm as non-negative ints (new refs); 0/-1 */
static int get_nk(PymObject *no, PymObject *ko, PymObject **n, PymObject **k) {
    *n = pym_number_index(no);
    if (!*n) return -1;
    *k = pym_number_index(ko);
    if (!*k) {
        PYM_DECREF(*n);
        return -1;
    }
    if (pym_int_sign(*n) < 0) {
        pym_err_set_string(PymExc_ValueError, "n must be a non-negative integer");
        goto fail;
    }
    if (pym_int_sign(*k) < 0) {
        pym_err_set_string(PymExc_ValueError, "k must be a non-negative integer");
        goto fail;
    }
    return 0;
fail:
    PYM_DECREF(*n);
    PYM_DECREF(*k);
    return -1;
}

/* n * (n-1) * ... * (n-k+1), divided step by step by 1..k when comb */
static PymObject *falling(PymObject *n, long long k, bool comb) {
    PymObject *r = pym_int_from_long(1);
    for (long long i = 0; r && i < k; i++) {
        PymObject *ii = pym_int_from_long(i);
        PymObject *f = ii ? pym_int_sub(n, ii) : NULL;
        PYM_XDECREF(ii);
        PymObject *t = f ? pym_int_mul(r, f) : NULL;
        PYM_XDECREF(f);
        PYM_DECREF(r);
        r = t;
        if (r && comb) {
            PymObject *d = pym_int_from_long(i + 1), *q = NULL;
            if (d && pym_int_divmod(r, d, &q, NULL) == 0) {
                PYM_DECREF(r);
                r = q;
            } else {
                PYM_DECREF(r);
                r = NULL;
            }
            PYM_XDECREF(d);
        }
    }
    return r;
}

static PymObject *math_comb(ARGS) {
    if (pym_arg_count("comb", nargs, kw, 2, 2) < 0) return NULL;
    PymObject *n, *k;
    if (get_nk(args[0], args[1], &n, &k) < 0) return NULL;
    PymObject *r = NULL;
    if (pym_int_compare(k, n) > 0) {
        r = pym_int_from_long(0);
        goto done;
    }
    PymObject *nk = pym_int_sub(n, k);
    if (!nk) goto done;
    if (pym_int_compare(nk, k) < 0) {
        PYM_DECREF(k);
        k = nk;
    } else
        PYM_DECREF(nk);
    int ovf;
    long long kv = pym_int_as_longlong_overflow(k, &ovf);
    if (ovf) {
        pym_err_format(PymExc_OverflowError, "min(n - k, k) must not exceed %lld",
                       (long long)LLONG_MAX);
        goto done;
    }
    r = falling(n, kv, true);
done:
    PYM_DECREF(n);
    PYM_DECREF(k);
    return r;
}

static PymObject *math_perm(ARGS) {
    if (pym_arg_count("perm", nargs, kw, 1, 2) < 0) return NULL;
    if (nargs == 1 || args[1] == pym_None) {
        PymObject *fa[1] = {args[0]};
        PymObject *n = pym_number_index(args[0]);
        if (!n) return NULL;
        if (pym_int_sign(n) < 0) {
            PYM_DECREF(n);
            pym_err_set_string(PymExc_ValueError, "n must be a non-negative integer");
            return NULL;
        }
        PYM_DECREF(n);
        return math_factorial(self, fa, 1, NULL);
    }
    PymObject *n, *k;
    if (get_nk(args[0], args[1], &n, &k) < 0) return NULL;
    PymObject *r = NULL;
    if (pym_int_compare(k, n) > 0) {
        r = pym_int_from_long(0);
        goto done;
    }
    int ovf;
    long long kv = pym_int_as_longlong_overflow(k, &ovf);
    if (ovf) {
        pym_err_format(PymExc_OverflowError, "k must not exceed %lld", (long long)LLONG_MAX);
        goto done;
    }
    r = falling(n, kv, false);
done:
    PYM_DECREF(n);
    PYM_DECREF(k);
    return r;
}

static PymObject *math_prod(ARGS) {
    static const char *const names[] = {"", "start", NULL};
    PymObject *a[2] = {NULL, NULL};
    if (pym_arg_unpack("prod", args, nargs, kw, names, 1, 1, a) < 0) return NULL;
    PymObject *r = a[1] ? pym_newref(a[1]) : pym_int_from_long(1);
    PymObject *it = pym_object_getiter(a[0]);
    if (!it) {
        PYM_DECREF(r);
        return NULL;
    }
    PymObject *x;
    while ((x = pym_iter_next(it))) {
        PymObject *t = mul(r, x);
        PYM_DECREF(x);
        PYM_DECREF(r);
        if (!(r = t)) break;
    }
    PYM_DECREF(it);
    if (pym_err_occurred()) {
        PYM_XDECREF(r);
        return NULL;
    }
    return r;
}

/* Shewchuk's exact summation: partials hold non-overlapping doubles whose
** sum is exactly the running total. */
static PymObject *math_fsum(ARGS) {
    if (pym_arg_count("fsum", nargs, kw, 1, 1) < 0) return NULL;
    PymObject *it = pym_object_getiter(args[0]);
    if (!it) return NULL;
    intptr_t n = 0, cap = 32;
    double *p = pym_raw_malloc(cap * sizeof(double));
    double special = 0.0, inf_sum = 0.0;
    if (!p) {
        PYM_DECREF(it);
        return pym_err_no_memory();
    }
    PymObject *item;
    while ((item = pym_iter_next(it))) {
        double x;
        int rc = get_double(item, &x);
        PYM_DECREF(item);
        if (rc < 0) goto error;
        double xsave = x;
        intptr_t i = 0;
        for (intptr_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    pym_err_set_string(PymExc_OverflowError, "intermediate overflow in fsum");
                    goto error;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    cap *= 2;
                    double *np = pym_raw_realloc(p, cap * sizeof(double));
                    if (!np) {
                        pym_err_no_memory();
                        goto error;
                    }
                    p = np;
                }
                p[n++] = x;
            }
        }
    }
    if (pym_err_occurred()) goto error;
    PYM_DECREF(it);
    double hi = 0.0;
    if (special != 0.0) {
        pym_raw_free(p);
        if (isnan(inf_sum)) {
            pym_err_set_string(PymExc_ValueError, "-inf + inf in fsum");
            return NULL;
        }
        return pym_float_from_double(special);
    }
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    pym_raw_free(p);
    return pym_float_from_double(hi);
error:
    pym_raw_free(p);
    PYM_DECREF(it);
    return NULL;
}

/* sqrt(sum(v[i]**2)) scaled by the largest magnitude to avoid overflow */
static double vector_norm(const double *v, intptr_t n, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0 || n <= 1) return max;
    int e;
    frexp(max, &e);
    double scale = ldexp(1.0, -e);
    double sum = 0.0, comp = 0.0;
    for (intptr_t i = 0; i < n; i++) {
        double x = v[i] * scale;
        double sq = x * x;
        double t = sum + sq;
        if (fabs(sum) >= fabs(sq))
            comp += (sum - t) + sq;
        else
            comp += (sq - t) + sum;
        sum = t;
    }
    return sqrt(sum + comp) / scale;
}

static PymObject *math_hypot(ARGS) {
    if (pym_arg_no_kwargs("hypot", kw) < 0) return NULL;
    double buf[16];
    double *v = nargs <= 16 ? buf : pym_raw_malloc(nargs * sizeof(double));
    if (!v) return pym_err_no_memory();
    double max = 0.0;
    bool nan_found = false;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (get_double(args[i], &x) < 0) {
            if (v != buf) pym_raw_free(v);
            return NULL;
        }
        x = fabs(x);
        v[i] = x;
        nan_found |= isnan(x);
        if (x > max) max = x;
    }
    double r = nargs == 2 && !nan_found && !isinf(max) ? hypot(v[0], v[1])
                                                       : vector_norm(v, nargs, max, nan_found);
    if (v != buf) pym_raw_free(v);
    return pym_float_from_double(r);
}

static PymObject *math_dist(ARGS) {
    if (pym_arg_count("dist", nargs, kw, 2, 2) < 0) return NULL;
    PymObject *p = pym_tuple_from_iter(args[0]);
    if (!p) return NULL;
    PymObject *q = pym_tuple_from_iter(args[1]);
    if (!q) {
        PYM_DECREF(p);
        return NULL;
    }
    intptr_t n = PYM_SIZE(p);
    PymObject *res = NULL;
    double *v = NULL;
    if (PYM_SIZE(q) != n) {
        pym_err_set_string(PymExc_ValueError,
                           "both points must have the same number of dimensions");
        goto done;
    }
    v = pym_raw_malloc((n ? n : 1) * sizeof(double));
    if (!v) {
        pym_err_no_memory();
        goto done;
    }
    double max = 0.0;
    bool nan_found = false;
    for (intptr_t i = 0; i < n; i++) {
        double a, b;
        if (get_double(PYM_TUPLE_GET(p, i), &a) < 0 || get_double(PYM_TUPLE_GET(q, i), &b) < 0)
            goto done;
        double x = fabs(a - b);
        v[i] = x;
        nan_found |= isnan(x);
        if (x > max) max = x;
    }
    double r = n == 2 && !nan_found && !isinf(max) ? hypot(v[0], v[1])
                                                   : vector_norm(v, n, max, nan_found);
    res = pym_float_from_double(r);
done:
    pym_raw_free(v);
    PYM_DECREF(p);
    PYM_DECREF(q);
    return res;
}

static PymMethodDef math_functions[] = {
    {"sqrt", math_sqrt, 0, "Return the square root of x."},
    {"exp", math_exp, 0, "Return e raised to the power of x."},
    {"exp2", math_exp2, 0, "Return 2 raised to the power of x."},
    {"expm1", math_expm1, 0, "Return exp(x)-1."},
    {"log", math_log, 0, "log(x, [base=math.e])"},
    {"log2", math_log2, 0, "Return the base 2 logarithm of x."},
    {"log10", math_log10, 0, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, 0, "Return the natural logarithm of 1+x (base e)."},
    {"pow", math_pow, 0, "Return x**y (x to the power of y)."},
    {"sin", math_sin, 0, "Return the sine of x (measured in radians)."},
    {"cos", math_cos, 0, "Return the cosine of x (measured in radians)."},
    {"tan", math_tan, 0, "Return the tangent of x (measured in radians)."},
    {"asin", math_asin, 0, "Return the arc sine (measured in radians) of x."},
    {"acos", math_acos, 0, "Return the arc cosine (measured in radians) of x."},
    {"atan", math_atan, 0, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, 0, "Return the arc tangent (measured in radians) of y/x."},
    {"sinh", math_sinh, 0, "Return the hyperbolic sine of x."},
    {"cosh", math_cosh, 0, "Return the hyperbolic cosine of x."},
    {"tanh", math_tanh, 0, "Return the hyperbolic tangent of x."},
    {"asinh", math_asinh, 0, "Return the inverse hyperbolic sine of x."},
    {"acosh", math_acosh, 0, "Return the inverse hyperbolic cosine of x."},
    {"atanh", math_atanh, 0, "Return the inverse hyperbolic tangent of x."},
    {"erf", math_erf, 0, "Error function at x."},
    {"erfc", math_erfc, 0, "Complementary error function at x."},
    {"gamma", math_gamma, 0, "Gamma function at x."},
    {"lgamma", math_lgamma, 0, "Natural logarithm of absolute value of Gamma function at x."},
    {"cbrt", math_cbrt, 0, "Return the cube root of x."},
    {"hypot", math_hypot, 0, "Multidimensional Euclidean distance from the origin to a point."},
    {"dist", math_dist, 0, "Return the Euclidean distance between two points p and q."},
    {"degrees", math_degrees, 0, "Convert angle x from radians to degrees."},
    {"radians", math_radians, 0, "Convert angle x from degrees to radians."},
    {"floor", math_floor, 0, "Return the floor of x as an Integral."},
    {"ceil", math_ceil, 0, "Return the ceiling of x as an Integral."},
    {"trunc", math_trunc, 0, "Truncates the Real x to the nearest Integral toward 0."},
    {"fabs", math_fabs, 0, "Return the absolute value of the float x."},
    {"fmod", math_fmod, 0, "Return fmod(x, y), according to platform C."},
    {"remainder", math_remainder, 0, "Difference between x and the closest integer multiple of y."},
    {"modf", math_modf, 0, "Return the fractional and integer parts of x."},
    {"frexp", math_frexp, 0, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"ldexp", math_ldexp, 0, "Return x * (2**i)."},
    {"copysign", math_copysign, 0, "Return a float with the magnitude of x but the sign of y."},
    {"nextafter", math_nextafter, 0, "Return the next floating-point value after x towards y."},
    {"ulp", math_ulp, 0, "Return the value of the least significant bit of the float x."},
    {"isnan", math_isnan, 0, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isinf", math_isinf, 0,
     "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isfinite", math_isfinite, 0,
     "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isclose", math_isclose, 0,
     "Determine whether two floating point numbers are close in value."},
    {"factorial", math_factorial, 0, "Find n!."},
    {"gcd", math_gcd, 0, "Greatest Common Divisor."},
    {"lcm", math_lcm, 0, "Least Common Multiple."},
    {"comb", math_comb, 0,
     "Number of ways to choose k items from n items without repetition and without order."},
    {"perm", math_perm, 0,
     "Number of ways to choose k items from n items without repetition and with order."},
    {"isqrt", math_isqrt, 0, "Return the integer part of the square root of the input."},
    {"prod", math_prod, 0, "Calculate the product of all the elements in the input iterable."},
    {"fsum", math_fsum, 0, "Return an accurate floating point sum of values in the iterable seq."},
    {NULL, NULL, 0, NULL},
};

static int add_float(PymObject *m, const char *name, double v) {
    PymObject *f = pym_float_from_double(v);
    if (!f) return -1;
    int rc = pym_module_add_object(m, name, f);
    PYM_DECREF(f);
    return rc;
}

PymObject *pym_math_module_init(void) {
    PymObject *m = pym_module_new("math");
    if (!m) return NULL;
    if (pym_module_add_functions(m, math_functions) < 0 || add_float(m, "pi", M_PI) < 0 ||
        add_float(m, "e", M_E) < 0 || add_float(m, "tau", 2 * M_PI) < 0 ||
        add_float(m, "inf", INFINITY) < 0 || add_float(m, "nan", NAN) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
