/*
** modsupport.h -- argument checking for C functions with the vectorcall
** signature, and helpers to build modules and methods.  (modsupport.c)
*/
#ifndef PYM_MODSUPPORT_H
#define PYM_MODSUPPORT_H

#include "object.h"

/* Binds args/kwnames to the parameters named in names[] (NULL-terminated;
** a name "" is positional-only).  The first nreq parameters are required;
** parameters with index >= npos (npos < 0: no limit other than the count)
** are keyword-only.  out[i] receives a borrowed reference or NULL when not
** given.  Messages follow CPython's: "f() takes at most 2 arguments (3
** given)", "f() missing required argument 'x' (pos 1)", "'y' is an invalid
** keyword argument for f()", "argument for f() given by name ('x') and
** position (1)".  0 / -1. */
int pym_arg_unpack(const char *fname, PymObject *const *args, size_t nargs,
                   PymObject *kwnames, const char *const *names, int nreq, int npos,
                   PymObject **out);
/* nargs in [min, max], no keywords, with CPython's messages:
** "len() takes exactly one argument (2 given)", "f expected at most 2
** arguments, got 3".  0 / -1. */
int pym_arg_count(const char *fname, size_t nargs, PymObject *kwnames, size_t min, size_t max);
/* Raises "f() takes no keyword arguments" when kwnames is non-empty. 0 / -1 */
int pym_arg_no_kwargs(const char *fname, PymObject *kwnames);
/* Number of keyword arguments (0 when kwnames is NULL). */
static inline size_t pym_arg_nkw(PymObject *kwnames) {
    return kwnames ? (size_t)PYM_SIZE(kwnames) : 0;
}

/* Adds each function of defs to dict d as a builtin function bound to self. 0/-1 */
int pym_add_functions(PymObject *d, PymMethodDef *defs, PymObject *self);

#endif
