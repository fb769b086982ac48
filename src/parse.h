/*
** parse.h -- the front end's entry point (parse.c drives the re2c lexer,
** grammar/lexer.re, and the lemon parser, grammar/parser.y).
*/
#ifndef PYM_PARSE_H
#define PYM_PARSE_H

#include "ast.h"

#define PYM_FILE_INPUT 0         /* a module: statements */
#define PYM_EVAL_INPUT 1         /* one expression (eval) */
#define PYM_SINGLE_INPUT 2       /* one interactive statement (REPL) */

/* Parses src (len bytes; need not be NUL-terminated) into an AST in arena.
** On error returns NULL with SyntaxError/IndentationError/TabError set with
** CPython 3.11's message and position (see error.h pym_err_syntax). */
AstMod *pym_parse(PymArena *arena, const char *src, size_t len, const char *filename, int mode);

/* REPL helper: 1 if src is an incomplete statement that needs more lines
** (open bracket, trailing ':' block, unterminated triple-quoted string,
** backslash continuation), 0 if complete or a definite error. */
int pym_parse_is_incomplete(const char *src, size_t len);

#endif
