/*
** unparse.h -- an expression's AST as CPython 3.11 writes it back as source
** (unparse.c), for 'from __future__ import annotations'.
*/
#ifndef PYM_UNPARSE_H
#define PYM_UNPARSE_H

#include "object.h"
#include "ast.h"

/* The source text of e as a new str (CPython's ast_unparse at the level of
** an annotation); NULL with an exception set on failure. */
PymObject *pym_unparse_annotation(AstExpr *e);

#endif
