/*
** compile.h -- the compiler: symbol table (symtable.c) and code generation
** (compile.c).
*/
#ifndef PYM_COMPILE_H
#define PYM_COMPILE_H

#include "object.h"
#include "ast.h"
#include "parse.h"

/* Compiles a parsed module to a code object (new ref); NULL with SyntaxError
** set for the compile-time errors ('return' outside function, no binding for
** nonlocal 'x' found, 'break' outside loop ...). */
PymObject *pym_compile_ast(AstMod *mod, const char *filename);
/* The constant of an imaginary literal (1.5j): complex(0.0, imag) made by
** the builtin 'complex', or NULL with SyntaxError "complex numbers are not
** supported" while pym has none. */
PymObject *pym_imaginary_const(double imag);
/* Parses and compiles source text (mode PYM_FILE_INPUT / EVAL / SINGLE). */
PymObject *pym_compile_source(const char *src, size_t len, const char *filename, int mode);
/* The same for code that runs at once (the main script, exec/eval of a
** string, a REPL input): *held gets a list holding one more reference to
** each constant the source's literals made, which the caller drops (DECREF)
** when the code has finished, as CPython's parser arena lives until then. */
PymObject *pym_compile_source_held(const char *src, size_t len, const char *filename, int mode,
                                   PymObject **held);

#endif
