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

/* For a big zero-initialized static that start-up does not touch (the
** parser's blocks, the method cache): placed after the rest of .bss (gcc's
** x86-64 "large bss", a section the linker puts last), so that the small
** statics start-up does write share a few pages -- on the PVM machine each
** writable page first touched costs ~5 us, a page fault on top ~10 us. */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__ELF__)
#define PYM_BIG_BSS __attribute__((section(".lbss.pym")))
#else
#define PYM_BIG_BSS
#endif

/* Default recursion limit (sys.getrecursionlimit()). */
#define PYM_RECURSION_LIMIT   1000
/* The deepest expression the parser builds, whatever the recursion limit:
** the bound of the AST walkers that count no levels (unparse, the AST
** dumper).  Recursive C code else takes levels of the recursion limit
** (the recursion guard, vm.h). */
#define PYM_C_RECURSION_LIMIT 8000

#endif
