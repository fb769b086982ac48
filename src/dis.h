/*
** dis.h -- printers of compiled forms (dis.c), for tests and debugging: the
** disassembler (CPython's dis.dis layout) and the AST dumper (ast.dump()).
*/
#ifndef PYM_DIS_H
#define PYM_DIS_H

#include <stdio.h>
#include "codeobject.h"
#include "ast.h"

/* Writes a disassembly (like dis.dis) of co and its nested code objects. */
void pym_code_disassemble(PymCode *co, FILE *out);
/* Prints the tree like Python's ast.dump() (for the parser's tests). */
void ast_dump_mod(const AstMod *m, FILE *out);

#endif
