/*
** common.h -- basic includes, helper macros and limits shared by every file.
** Included first by every .c file of pym (as Lua's lprefix.h is).
*/
#ifndef PYM_COMMON_H
#define PYM_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <assert.h>

#define PYM_VERSION      "3.11.7" /* the Python version pym follows */
#define PYM_VERSION_NAME "pym 0.1"

#ifdef PYM_DEBUG
#define PYM_ASSERT(c) assert(c)
#else
#define PYM_ASSERT(c) ((void)0)
#endif

#define PYM_UNUSED(x)    ((void)(x))
#define PYM_MIN(a, b)    ((a) < (b) ? (a) : (b))
#define PYM_MAX(a, b)    ((a) > (b) ? (a) : (b))
#define PYM_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#define PYM_LIKELY(x)   __builtin_expect(!!(x), 1)
#define PYM_UNLIKELY(x) __builtin_expect(!!(x), 0)

#define PYM_SSIZE_MAX INTPTR_MAX

/* Default recursion limit (sys.getrecursionlimit()). */
#define PYM_RECURSION_LIMIT   1000
/* The deepest expression the parser builds, whatever the recursion limit:
** the bound of the AST walkers that count no levels (unparse, the AST
** dumper).  Recursive C code else takes levels of the recursion limit
** (the recursion guard, vm.h). */
#define PYM_C_RECURSION_LIMIT 8000

#endif
