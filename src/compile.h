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
/* Parses and compiles source text (mode PYM_FILE_INPUT / EVAL / SINGLE). */
PymObject *pym_compile_source(const char *src, size_t len, const char *filename, int mode);

#endif
