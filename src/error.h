/*
** error.h -- the current exception and how to raise, test and print it.
** (error.c; the exception types themselves are in exceptions.h/.c)
**
** pym keeps one "current exception": an exception instance (always
** normalized, never a (type, value, tb) triple).  A function that fails sets
** it and returns NULL / -1; callers propagate.  Raising sets __context__ from
** the exception being handled (the VM does that at raise points), not here.
*/
#ifndef PYM_ERROR_H
#define PYM_ERROR_H

#include "object.h"
#include <stdarg.h>

/* Format codes for pym_err_format / pym_str_from_format:
**   %s char*   %d int   %ld long   %zd intptr_t/ssize_t   %zu size_t
**   %lld long long  %c int as a character   %x int in hex  %p pointer
**   %.Ns char* cut to N bytes
**   %R repr(PymObject*)   %S str(PymObject*)   %U a str object (its text)
**   %%  */
void pym_err_set_string(PymType *type, const char *msg);
void pym_err_format(PymType *type, const char *fmt, ...);
void pym_err_vformat(PymType *type, const char *fmt, va_list ap);
/* Raises type(value) -- value is borrowed (e.g. KeyError(key)). */
void pym_err_set_object(PymType *type, PymObject *value);
void pym_err_set_none(PymType *type); /* type() with no arguments */
/* Makes exc (an exception instance; steals) the current exception. */
void pym_err_set_exc(PymObject *exc);

PymObject *pym_err_occurred(void); /* borrowed, NULL if none */
/* 1 if the current exception is an instance of type (or a tuple of types) */
int pym_err_matches(PymObject *type);
int pym_err_exc_matches(PymObject *exc, PymObject *type);
PymObject *pym_err_fetch(void);       /* new ref, clears; NULL if none */
void pym_err_restore(PymObject *exc); /* steals; NULL clears */
void pym_err_clear(void);

void *pym_err_no_memory(void);         /* MemoryError; returns NULL */
void *pym_err_bad_internal_call(void); /* SystemError; returns NULL */
/* OSError (subclass chosen from errno, like CPython) with strerror and filename. */
void *pym_err_set_from_errno(PymObject *filename);

/* SyntaxError (or a subclass such as IndentationError) with position.
** lineno and col (1-based column, CPython's offset) locate the caret;
** line is the source line text (may be NULL, without the newline). */
void pym_err_syntax(PymType *type, const char *filename, int lineno, int col, const char *line,
                    int end_lineno, int end_col, const char *msg);

/* Prints the current exception with its traceback and chain to stderr, like
** CPython's top level, and clears it.  SystemExit is not handled here. */
void pym_err_print(void);
/* Prints exc (borrowed) with chain and traceback to the file. */
void pym_err_display(PymObject *exc, FILE *out);
/* "Exception ignored in: <obj repr>" + traceback, used by __del__ and
** weakref callbacks; clears the current exception. */
void pym_err_write_unraisable(PymObject *obj);

#endif
