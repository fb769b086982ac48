/*
** mod_cmath.c -- the 'cmath' module: complex elementary functions.
**
** For finite arguments each function uses the formula CPython 3.11's
** cmathmodule.c uses (Kahan's branch-cut-aware forms for the inverse
** functions, scaling near DBL_MAX and DBL_MIN), so results agree to the
** last bit.  Arguments with an infinite or nan part take the C library's
** Annex G values (the same tables CPython's special-value arrays encode).
** errno carries the outcome as in CPython: EDOM is ValueError "math domain
** error", ERANGE is OverflowError "math range error".
*/
#include "pym.h"
#include <math.h>
#include <float.h>
#include <errno.h>
#include <complex.h>

#define ARGS PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw

typedef PymComplexValue C;

#define LARGE_DOUBLE (DBL_MAX / 4.)
#define SCALE_UP     (2 * (DBL_MANT_DIG / 2) + 1)
#define SCALE_DOWN   (-(SCALE_UP + 1) / 2)

static double sqrt_large_double, log_large_double, sqrt_dbl_min;

static bool cfinite(C z) { return isfinite(z.real) && isfinite(z.imag); }
static C from_c99(double complex w) { return (C){creal(w), cimag(w)}; }
/* The C library takes the sign of a nan into its result where CPython's
** tables do not: nans go in positive. */
static double complex to_c99(C z) {
    return CMPLX(isnan(z.real) ? fabs(z.real) : z.real, isnan(z.imag) ? fabs(z.imag) : z.imag);
}
static C neg(C z) { return (C){-z.real, -z.imag}; }

static C c_sqrt(C z) {
    if (!cfinite(z)) {
        errno = 0;
        return from_c99(csqrt(to_c99(z)));
    }
    if (z.real == 0. && z.imag == 0.) {
        errno = 0;
        return (C){0., z.imag};
    }
    double ax = fabs(z.real), ay = fabs(z.imag), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        ax = ldexp(ax, SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
    } else {
        ax /= 8.;
        s = 2. * sqrt(ax + hypot(ax, ay / 8.));
    }
    double d = ay / (2. * s);
    errno = 0;
    if (z.real >= 0.) return (C){s, copysign(d, z.imag)};
    return (C){d, copysign(s, z.imag)};
}

static C c_acos(C z) {
    if (!cfinite(z)) {
        errno = 0;
        if (isinf(z.real) && isnan(z.imag)) return (C){NAN, INFINITY};
        return from_c99(cacos(to_c99(z)));
    }
    C r;
    if (fabs(z.real) > LARGE_DOUBLE || fabs(z.imag) > LARGE_DOUBLE) {
        r.real = atan2(fabs(z.imag), z.real);
        double l = log(hypot(z.real / 2., z.imag / 2.)) + M_LN2 * 2.;
        r.imag = z.real < 0 ? -copysign(l, z.imag) : copysign(l, -z.imag);
    } else {
        C s1 = c_sqrt((C){1. - z.real, -z.imag});
        C s2 = c_sqrt((C){1. + z.real, z.imag});
        r.real = 2. * atan2(s1.real, s2.real);
        r.imag = asinh(s2.real * s1.imag - s2.imag * s1.real);
    }
    errno = 0;
    return r;
}

static C c_acosh(C z) {
    if (!cfinite(z)) {
        errno = 0;
        if (isnan(z.imag) && isfinite(z.real)) return (C){NAN, NAN};
        return from_c99(cacosh(to_c99(z)));
    }
    C r;
    if (fabs(z.real) > LARGE_DOUBLE || fabs(z.imag) > LARGE_DOUBLE) {
        r.real = log(hypot(z.real / 2., z.imag / 2.)) + M_LN2 * 2.;
        r.imag = atan2(z.imag, z.real);
    } else {
        C s1 = c_sqrt((C){z.real - 1., z.imag});
        C s2 = c_sqrt((C){z.real + 1., z.imag});
        r.real = asinh(s1.real * s2.real + s1.imag * s2.imag);
        r.imag = 2. * atan2(s1.imag, s2.real);
    }
    errno = 0;
    return r;
}

static C c_asinh(C z) {
    if (!cfinite(z)) {
        errno = 0;
        return from_c99(casinh(to_c99(z)));
    }
    C r;
    if (fabs(z.real) > LARGE_DOUBLE || fabs(z.imag) > LARGE_DOUBLE) {
        double l = log(hypot(z.real / 2., z.imag / 2.)) + M_LN2 * 2.;
        r.real = z.imag >= 0. ? copysign(l, z.real) : -copysign(l, -z.real);
        r.imag = atan2(z.imag, fabs(z.real));
    } else {
        C s1 = c_sqrt((C){1. + z.imag, -z.real});
        C s2 = c_sqrt((C){1. - z.imag, z.real});
        r.real = asinh(s1.real * s2.imag - s2.real * s1.imag);
        r.imag = atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag);
    }
    errno = 0;
    return r;
}

static C c_asin(C z) {
    C s = c_asinh((C){-z.imag, z.real});
    return (C){s.imag, -s.real};
}

static C c_atanh(C z) {
    if (!cfinite(z)) {
        errno = 0;
        return from_c99(catanh(to_c99(z)));
    }
    if (z.real < 0.) return neg(c_atanh(neg(z)));
    C r;
    double ay = fabs(z.imag);
    errno = 0;
    if (z.real > sqrt_large_double || ay > sqrt_large_double) {
        double h = hypot(z.real / 2., z.imag / 2.);
        r.real = z.real / 4. / h / h;
        r.imag = -copysign(M_PI / 2., -z.imag);
    } else if (z.real == 1. && ay < sqrt_dbl_min) {
        if (ay == 0.) {
            r.real = INFINITY;
            r.imag = z.imag;
            errno = EDOM;
        } else {
            r.real = -log(sqrt(ay) / sqrt(hypot(ay, 2.)));
            r.imag = copysign(atan2(2., -ay) / 2, z.imag);
        }
    } else {
        r.real = log1p(4. * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.;
        r.imag = -atan2(-2. * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.;
    }
    return r;
}

static C c_atan(C z) {
    C s = c_atanh((C){-z.imag, z.real});
    return (C){s.imag, -s.real};
}

static C c_cosh(C z) {
    if (!cfinite(z)) {
        C r = from_c99(ccosh(to_c99(z)));
        if (isnan(z.real) && z.imag == 0.) r = (C){NAN, 0.};
        errno = isinf(z.imag) && !isnan(z.real) ? EDOM : 0;
        return r;
    }
    C r;
    if (fabs(z.real) > log_large_double) {
        double x1 = z.real - copysign(1., z.real);
        r.real = cos(z.imag) * cosh(x1) * M_E;
        r.imag = sin(z.imag) * sinh(x1) * M_E;
    } else {
        r.real = cos(z.imag) * cosh(z.real);
        r.imag = sin(z.imag) * sinh(z.real);
    }
    errno = isinf(r.real) || isinf(r.imag) ? ERANGE : 0;
    return r;
}

static C c_cos(C z) { return c_cosh((C){-z.imag, z.real}); }

static C c_sinh(C z) {
    if (!cfinite(z)) {
        C r = from_c99(csinh(to_c99(z)));
        if (z.real == 0. && isnan(z.imag)) r = (C){0., NAN};
        errno = isinf(z.imag) && !isnan(z.real) ? EDOM : 0;
        return r;
    }
    C r;
    if (fabs(z.real) > log_large_double) {
        double x1 = z.real - copysign(1., z.real);
        r.real = cos(z.imag) * sinh(x1) * M_E;
        r.imag = sin(z.imag) * cosh(x1) * M_E;
    } else {
        r.real = cos(z.imag) * sinh(z.real);
        r.imag = sin(z.imag) * cosh(z.real);
    }
    errno = isinf(r.real) || isinf(r.imag) ? ERANGE : 0;
    return r;
}

static C c_sin(C z) {
    C s = c_sinh((C){-z.imag, z.real});
    return (C){s.imag, -s.real};
}

static C c_tanh(C z) {
    if (!cfinite(z)) {
        C r = from_c99(ctanh(to_c99(z)));
        if (isinf(z.real) && !isfinite(z.imag))
            r = (C){copysign(1., z.real), 0.};
        else if (isnan(z.imag) && isfinite(z.real))
            r = (C){NAN, NAN};
        errno = isinf(z.imag) && isfinite(z.real) ? EDOM : 0;
        return r;
    }
    C r;
    if (fabs(z.real) > log_large_double) {
        r.real = copysign(1., z.real);
        r.imag = 4. * sin(z.imag) * cos(z.imag) * exp(-2. * fabs(z.real));
    } else {
        double tx = tanh(z.real), ty = tan(z.imag), cx = 1. / cosh(z.real);
        double txty = tx * ty, denom = 1. + txty * txty;
        r.real = tx * (1. + ty * ty) / denom;
        r.imag = ((ty / denom) * cx) * cx;
    }
    errno = 0;
    return r;
}

static C c_tan(C z) {
    C s = c_tanh((C){-z.imag, z.real});
    return (C){s.imag, -s.real};
}

static C c_exp(C z) {
    if (!cfinite(z)) {
        C r = from_c99(cexp(to_c99(z)));
        if (z.real == -INFINITY && !isfinite(z.imag)) r = (C){0., 0.};
        errno = isinf(z.imag) && (isfinite(z.real) || (isinf(z.real) && z.real > 0)) ? EDOM : 0;
        return r;
    }
    C r;
    if (z.real > log_large_double) {
        double l = exp(z.real - 1.);
        r.real = l * cos(z.imag) * M_E;
        r.imag = l * sin(z.imag) * M_E;
    } else {
        double l = exp(z.real);
        r.real = l * cos(z.imag);
        r.imag = l * sin(z.imag);
    }
    errno = isinf(r.real) || isinf(r.imag) ? ERANGE : 0;
    return r;
}

static C c_log(C z) {
    if (!cfinite(z)) {
        errno = 0;
        return from_c99(clog(to_c99(z)));
    }
    C r;
    double ax = fabs(z.real), ay = fabs(z.imag);
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        r.real = log(hypot(ax / 2., ay / 2.)) + M_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0. || ay > 0.) {
            r.real = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) -
                     DBL_MANT_DIG * M_LN2;
        } else {
            r.real = -INFINITY;
            r.imag = atan2(z.imag, z.real);
            errno = EDOM;
            return r;
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            r.real = log1p((am - 1) * (am + 1) + an * an) / 2.;
        } else {
            r.real = log(h);
        }
    }
    r.imag = atan2(z.imag, z.real);
    errno = 0;
    return r;
}

static C c_log10(C z) {
    C s = c_log(z);
    int e = errno;
    C r = {s.real / M_LN10, s.imag / M_LN10};
    errno = e;
    return r;
}

/* ---- the module functions ---- */

static PymObject *math_error(void) {
    if (errno == EDOM)
        pym_err_set_string(PymExc_ValueError, "math domain error");
    else
        pym_err_set_string(PymExc_OverflowError, "math range error");
    return NULL;
}

static PymObject *cmath_1(const char *name, PymObject *const *args, size_t nargs, PymObject *kw,
                          C (*f)(C)) {
    if (pym_arg_count(name, nargs, kw, 1, 1) < 0) {
        char q[32];
        snprintf(q, sizeof q, "cmath.%s", name);
        pym_arg_count(q, nargs, kw, 1, 1);
        return NULL;
    }
    C z;
    if (pym_complex_as_value(args[0], &z) < 0) return NULL;
    errno = 0;
    C r = f(z);
    if (errno == EDOM || errno == ERANGE) return math_error();
    return pym_complex_from_doubles(r.real, r.imag);
}

#define CMATH1(name) \
    static PymObject *cmath_##name(ARGS) { return cmath_1(#name, args, nargs, kw, c_##name); }

CMATH1(acos)
CMATH1(acosh)
CMATH1(asin)
CMATH1(asinh)
CMATH1(atan)
CMATH1(atanh)
CMATH1(cos)
CMATH1(cosh)
CMATH1(sin)
CMATH1(sinh)
CMATH1(tan)
CMATH1(tanh)
CMATH1(exp)
CMATH1(log10)
CMATH1(sqrt)

/* log(x[, base]) */
static PymObject *cmath_log(ARGS) {
    if (pym_arg_no_kwargs("log", kw) < 0) return NULL;
    if (nargs < 1 || nargs > 2) {
        pym_err_format(PymExc_TypeError,
                       nargs < 1 ? "log expected at least 1 argument, got %zd"
                                 : "log expected at most 2 arguments, got %zd",
                       (intptr_t)nargs);
        return NULL;
    }
    C x, y;
    if (pym_complex_as_value(args[0], &x) < 0) return NULL;
    if (nargs == 2 && pym_complex_as_value(args[1], &y) < 0) return NULL;
    errno = 0;
    x = c_log(x);
    if (nargs == 2) {
        int e = errno;
        y = c_log(y);
        if (!errno) errno = e;
        e = errno;
        errno = 0;
        x = pym_complex_quot(x, y);
        if (!errno) errno = e;
    }
    if (errno) return math_error();
    return pym_complex_from_doubles(x.real, x.imag);
}

static PymObject *cmath_phase(ARGS) {
    if (pym_arg_count("phase", nargs, kw, 1, 1) < 0) return NULL;
    C z;
    if (pym_complex_as_value(args[0], &z) < 0) return NULL;
    return pym_float_from_double(atan2(z.imag, z.real));
}

static PymObject *cmath_polar(ARGS) {
    if (pym_arg_count("polar", nargs, kw, 1, 1) < 0) return NULL;
    C z;
    if (pym_complex_as_value(args[0], &z) < 0) return NULL;
    double phi = atan2(z.imag, z.real);
    errno = 0;
    double r = pym_complex_abs(z);
    if (errno) return math_error();
    PymObject *a = pym_float_from_double(r), *b = pym_float_from_double(phi);
    PymObject *t = a && b ? pym_tuple_pack(2, a, b) : NULL;
    PYM_XDECREF(a);
    PYM_XDECREF(b);
    return t;
}

static PymObject *cmath_rect(ARGS) {
    if (pym_arg_count("rect", nargs, kw, 2, 2) < 0) return NULL;
    double r = pym_float_as_double(args[0]);
    if (r == -1.0 && pym_err_occurred()) return NULL;
    double phi = pym_float_as_double(args[1]);
    if (phi == -1.0 && pym_err_occurred()) return NULL;
    C z;
    errno = 0;
    if (!isfinite(r) || !isfinite(phi)) {
        if (isinf(r) && isfinite(phi) && phi != 0.) {
            double s = r > 0 ? 1. : -1.;
            z.real = s * copysign(INFINITY, cos(phi));
            z.imag = s * copysign(INFINITY, sin(phi));
        } else {
            z = from_c99(r * cexp(CMPLX(0.0, phi)));
            if (isinf(r) && phi == 0.)
                z = (C){r, phi * (r > 0 ? 1. : -1.)};
            else if (r == 0.)
                z = (C){0., 0.};
            else if (isinf(r) && isnan(phi))
                z = (C){INFINITY, NAN};
            else if (isnan(r) && phi == 0.)
                z = (C){NAN, 0.};
        }
        errno = r != 0. && !isnan(r) && isinf(phi) ? EDOM : 0;
    } else if (phi == 0.0) {
        z.real = r;
        z.imag = r * phi;
    } else {
        z.real = r * cos(phi);
        z.imag = r * sin(phi);
    }
    if (errno) return math_error();
    return pym_complex_from_doubles(z.real, z.imag);
}

static PymObject *cmath_isfinite(ARGS) {
    if (pym_arg_count("isfinite", nargs, kw, 1, 1) < 0) return NULL;
    C z;
    if (pym_complex_as_value(args[0], &z) < 0) return NULL;
    return pym_bool_from(cfinite(z));
}

static PymObject *cmath_isinf(ARGS) {
    if (pym_arg_count("isinf", nargs, kw, 1, 1) < 0) return NULL;
    C z;
    if (pym_complex_as_value(args[0], &z) < 0) return NULL;
    return pym_bool_from(isinf(z.real) || isinf(z.imag));
}

static PymObject *cmath_isnan(ARGS) {
    if (pym_arg_count("isnan", nargs, kw, 1, 1) < 0) return NULL;
    C z;
    if (pym_complex_as_value(args[0], &z) < 0) return NULL;
    return pym_bool_from(isnan(z.real) || isnan(z.imag));
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
static PymObject *cmath_isclose(ARGS) {
    static const char *const names[] = {"", "", "rel_tol", "abs_tol", NULL};
    PymObject *a[4] = {NULL, NULL, NULL, NULL};
    if (pym_arg_unpack("isclose", args, nargs, kw, names, 2, 2, a) < 0) return NULL;
    C x, y;
    double rel = 1e-09, abs_tol = 0.0;
    if (pym_complex_as_value(a[0], &x) < 0 || pym_complex_as_value(a[1], &y) < 0) return NULL;
    if (a[2] && (rel = pym_float_as_double(a[2])) == -1.0 && pym_err_occurred()) return NULL;
    if (a[3] && (abs_tol = pym_float_as_double(a[3])) == -1.0 && pym_err_occurred()) return NULL;
    if (rel < 0.0 || abs_tol < 0.0) {
        pym_err_set_string(PymExc_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (x.real == y.real && x.imag == y.imag) PYM_RETURN_TRUE;
    if (isinf(x.real) || isinf(x.imag) || isinf(y.real) || isinf(y.imag)) PYM_RETURN_FALSE;
    double diff = pym_complex_abs((C){x.real - y.real, x.imag - y.imag});
    return pym_bool_from(diff <= rel * pym_complex_abs(y) || diff <= rel * pym_complex_abs(x) ||
                         diff <= abs_tol);
}

static PymMethodDef cmath_functions[] = {
    {"acos", cmath_acos, 0, "Return the arc cosine of z."},
    {"acosh", cmath_acosh, 0, "Return the inverse hyperbolic cosine of z."},
    {"asin", cmath_asin, 0, "Return the arc sine of z."},
    {"asinh", cmath_asinh, 0, "Return the inverse hyperbolic sine of z."},
    {"atan", cmath_atan, 0, "Return the arc tangent of z."},
    {"atanh", cmath_atanh, 0, "Return the inverse hyperbolic tangent of z."},
    {"cos", cmath_cos, 0, "Return the cosine of z."},
    {"cosh", cmath_cosh, 0, "Return the hyperbolic cosine of z."},
    {"exp", cmath_exp, 0, "Return the exponential value e**z."},
    {"isclose", cmath_isclose, 0, "Determine whether two complex numbers are close in value."},
    {"isfinite", cmath_isfinite, 0,
     "Return True if both the real and imaginary parts of z are finite, else False."},
    {"isinf", cmath_isinf, 0, "Checks if the real or imaginary part of z is infinite."},
    {"isnan", cmath_isnan, 0, "Checks if the real or imaginary part of z not a number (NaN)."},
    {"log", cmath_log, 0, "log(z[, base]) -> the logarithm of z to the given base."},
    {"log10", cmath_log10, 0, "Return the base-10 logarithm of z."},
    {"phase", cmath_phase, 0, "Return argument, also known as the phase angle, of a complex."},
    {"polar", cmath_polar, 0,
     "Convert a complex from rectangular coordinates to polar coordinates."},
    {"rect", cmath_rect, 0, "Convert from polar coordinates to rectangular coordinates."},
    {"sin", cmath_sin, 0, "Return the sine of z."},
    {"sinh", cmath_sinh, 0, "Return the hyperbolic sine of z."},
    {"sqrt", cmath_sqrt, 0, "Return the square root of z."},
    {"tan", cmath_tan, 0, "Return the tangent of z."},
    {"tanh", cmath_tanh, 0, "Return the hyperbolic tangent of z."},
    {NULL, NULL, 0, NULL},
};

static int add_value(PymObject *m, const char *name, PymObject *v) {
    if (!v) return -1;
    int rc = pym_module_add_object(m, name, v);
    PYM_DECREF(v);
    return rc;
}

PymObject *pym_cmath_module_init(void) {
    sqrt_large_double = sqrt(LARGE_DOUBLE);
    log_large_double = log(LARGE_DOUBLE);
    sqrt_dbl_min = sqrt(DBL_MIN);
    PymObject *m = pym_module_new("cmath");
    if (!m) return NULL;
    if (pym_module_add_functions(m, cmath_functions) < 0 ||
        add_value(m, "pi", pym_float_from_double(M_PI)) < 0 ||
        add_value(m, "e", pym_float_from_double(M_E)) < 0 ||
        add_value(m, "tau", pym_float_from_double(2 * M_PI)) < 0 ||
        add_value(m, "inf", pym_float_from_double(INFINITY)) < 0 ||
        add_value(m, "infj", pym_complex_from_doubles(0.0, INFINITY)) < 0 ||
        add_value(m, "nan", pym_float_from_double(NAN)) < 0 ||
        add_value(m, "nanj", pym_complex_from_doubles(0.0, NAN)) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
