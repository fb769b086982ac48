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
int pym_arg_unpack(const char *fname, PymObject *const *args, size_t nargs, PymObject *kwnames,
                   const char *const *names, int nreq, int npos, PymObject **out);
/* nargs in [min, max], no keywords, with CPython's messages:
** "len() takes exactly one argument (2 given)", "f expected at most 2
** arguments, got 3".  0 / -1. */
int pym_arg_count(const char *fname, size_t nargs, PymObject *kwnames, size_t min, size_t max);
/* The same check with PyArg_ParseTuple's wording (CPython's functions not
** converted to Argument Clinic, e.g. str.find): "f() takes at least 1
** argument (0 given)", "f() takes at most 3 arguments (4 given)". */
int pym_arg_count_tuple(const char *fname, size_t nargs, PymObject *kwnames, size_t min,
                        size_t max);
/* Raises "f() takes no keyword arguments" when kwnames is non-empty. 0 / -1 */
int pym_arg_no_kwargs(const char *fname, PymObject *kwnames);
/* Number of keyword arguments (0 when kwnames is NULL). */
static inline size_t pym_arg_nkw(PymObject *kwnames) {
    return kwnames ? (size_t)PYM_SIZE(kwnames) : 0;
}

/* CPython names a method by its qualified name in "f() takes no keyword
** arguments", "f() takes no arguments (n given)" and "f() takes exactly one
** argument (n given)": when the current exception is such a TypeError for
** method mname, rewrites it to "Owner.mname() ...".  Called on the error
** path of method calls. */
void pym_arg_qualify_error(PymType *owner, const char *mname);

/* Adds each function of defs to dict d as a builtin function bound to self. 0/-1 */
int pym_add_functions(PymObject *d, PymMethodDef *defs, PymObject *self);

/* The one signature of a C function or method of a PymMethodDef table:
** PYM_CFUNC(bi_len) { ... } defines static bi_len(self, args, nargs, kwnames). */
#define PYM_CFUNC(name) \
    static PymObject *name(PymObject *self, PymObject *const *args, size_t nargs, \
                           PymObject *kwnames)

#endif
