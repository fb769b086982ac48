/*
** parse.h -- the front end's entry point (parse.c drives the re2c lexer,
** grammar/lexer.re, and the lemon parser, grammar/parser.y); below it, the
** interface between the grammar's actions and their helpers in parse.c.
*/
#ifndef PYM_PARSE_H
#define PYM_PARSE_H

#include "ast.h"
#include "tokenizer.h"

#define PYM_FILE_INPUT   0 /* a module: statements */
#define PYM_EVAL_INPUT   1 /* one expression (eval) */
#define PYM_SINGLE_INPUT 2 /* one interactive statement (REPL) */

/* Parses src (len bytes; need not be NUL-terminated) into an AST in arena.
** On error returns NULL with SyntaxError/IndentationError/TabError set with
** CPython 3.11's message and position (see error.h pym_err_syntax). */
AstMod *pym_parse(PymArena *arena, const char *src, size_t len, const char *filename, int mode);

/* REPL helper: 1 if src is an incomplete statement that needs more lines
** (open bracket, trailing ':' block, unterminated triple-quoted string,
** backslash continuation), 0 if complete or a definite error. */
int pym_parse_is_incomplete(const char *src, size_t len);

/* ---- parser support (parse.c, and lemon's parser.c; used by the actions of
** grammar/parser.y) ---- */

enum { PYM_PARAM_NAME, PYM_PARAM_STAR, PYM_PARAM_DSTAR, PYM_PARAM_SLASH };
typedef struct PymParam { /* one item of a parameter list */
    int kind;
    AstArg *arg;  /* NULL for a bare '*' or '/' */
    AstExpr *def; /* default or NULL */
    AstPos pos;
} PymParam;

enum { PYM_CARG_POS, PYM_CARG_STAR, PYM_CARG_KW, PYM_CARG_DSTAR, PYM_CARG_GENEXP };
typedef struct PymCallArg { /* one item of a call's argument list */
    int kind;
    AstExpr *kwexpr; /* PYM_CARG_KW: the expression left of '=' */
    AstExpr *value;
    AstPos pos;
    AstPos eqpos; /* the '=' of a keyword, the '*' of *x */
} PymCallArg;

typedef struct PymMapItem { /* one item of a mapping pattern */
    AstExpr *key;           /* NULL for '**rest' */
    AstPattern *pattern;
    const char *rest;
    AstPos pos;
} PymMapItem;

typedef struct PymClsArg { /* one item of a class pattern's arguments */
    const char *kw;        /* NULL for a positional sub-pattern */
    AstPattern *pattern;
    AstPos pos;
} PymClsArg;

/* where a target appears (selects the error message) */
enum {
    PYM_TGT_ASSIGN,
    PYM_TGT_AUG,
    PYM_TGT_ANN,
    PYM_TGT_FOR,
    PYM_TGT_WITH,
    PYM_TGT_DEL,
    PYM_TGT_COMP
};
/* added to a PYM_TGT_*: the target is the last of an assignment chain
** ('a = b = f()' -> f()), where CPython adds "Maybe you meant '=='..." */
#define PYM_TGT_LAST 100

typedef struct PymParseCtx {
    PymArena *arena;
    const char *buf, *end; /* the whole source (NUL-terminated copy) */
    const char *filename;
    int mode;
    AstMod *result;
    PymLexer *lx;
    /* the first error (cols are 0-based bytes; -1 = as CPython's "unknown") */
    int errkind;
    char errmsg[256];
    int err_lineno, err_col, err_end_lineno, err_end_col;
    PymTok prev, cur; /* the last two tokens fed */
    int cur_type, prev_type;
    PymTok last_if, last_newline; /* the last 'if' and NEWLINE tokens fed */
    PymTok line_first;            /* first token of the current logical line */
    int line_first_type;
    PymTok header_first; /* first token of the last block header line */
    int header_type;
    AstPos last_name_pos, last_import_pos, dotted_start, dotted_end;
    AstSeq *parens;     /* (AstExpr*, start AstPos*) of parenthesized exprs */
    AstSeq *as_markers; /* 'x as y' inside parentheses (with items) */
    int fstring_depth;
    AstExpr *recent[64]; /* ring of the last expression nodes made */
    unsigned nrecent;
    bool err_at_eof;          /* the syntax error was at the end of input */
    bool scratch;             /* a trial parse for error messages */
    bool generic_error;       /* the error is the plain "invalid syntax" */
    bool too_deep;            /* the error is an expression nested too deeply */
    bool stack_full;          /* the error is lemon's stack overflowing */
    const char *fstring_text; /* error inside an f-string expression: its "(text)" */
    AstSeq *paren_spans;      /* AstPos* from '(' to ')', parallel to parens */
} PymParseCtx;

AstExpr *pym_p_new_expr(PymParseCtx *ctx, AstExprKind k, AstPos pos);
/* Records e's depth as 1 + the deeper of a and b; error when too deep for
** the compiler's passes (RecursionError "maximum recursion depth exceeded
** during compilation", where they would raise it: pym_st_enter_recursion). */
void pym_p_depth(PymParseCtx *ctx, AstExpr *e, AstExpr *a, AstExpr *b);
/* lemon's entry points (parser.c) */
void *pym_lemonAlloc(void *(*mallocProc)(size_t));
void pym_lemon(void *parser, int major, PymTok minor, PymParseCtx *ctx);
void pym_lemonFree(void *parser, void (*freeProc)(void *));
int pym_lemon_accepts(void *parser, int tok);

void pym_p_error(PymParseCtx *ctx, AstPos pos, const char *fmt, ...);
void pym_p_syntax_error(PymParseCtx *ctx, int major, PymTok *tok, void *parser,
                        int (*would_accept)(void *parser, int tok));
void pym_p_stack_overflow(PymParseCtx *ctx);
void pym_p_finish(PymParseCtx *ctx, AstSeq *body, AstExpr *expr);
int pym_p_set_ctx(PymParseCtx *ctx, AstExpr *e, AstCtx c, int where);
void pym_p_mark_paren(PymParseCtx *ctx, AstExpr *e, PymTok lpar);
int pym_p_is_parenthesized(PymParseCtx *ctx, AstExpr *e);
AstArguments *pym_p_arguments(PymParseCtx *ctx, AstSeq *params, bool lambda);
AstExpr *pym_p_call(PymParseCtx *ctx, AstExpr *func, AstSeq *items, PymTok rpar);
AstExpr *pym_p_compare(PymParseCtx *ctx, AstExpr *cmp, AstExpr *left, int op, AstExpr *right);
AstExpr *pym_p_compare_done(PymParseCtx *ctx, AstExpr *cmp);
AstExpr *pym_p_number(PymParseCtx *ctx, PymTok t);
/* async def/for/with: the statement s turned into its Async kind, starting at 'async' */
AstStmt *pym_p_async(PymParseCtx *ctx, PymTok async_tok, AstStmt *s);
AstExpr *pym_p_await(PymParseCtx *ctx, PymTok await_tok, AstExpr *value);
/* a try statement with except* clauses becomes a TryStar (mixing is an error) */
void pym_p_try_star(PymParseCtx *ctx, AstStmt *s);
/* f(x for x in y): the generator expression spans the call's parentheses */
void pym_p_call_genexp(PymParseCtx *ctx, AstExpr *call, AstSeq *items, PymTok lpar);
AstExpr *pym_p_strings(PymParseCtx *ctx, AstSeq *toks);
AstExpr *pym_p_dict(PymParseCtx *ctx, AstSeq *items, AstPos pos);
AstExpr *pym_p_as_marker(PymParseCtx *ctx, AstExpr *x, PymTok as, AstExpr *target);
AstSeq *pym_p_with_items(PymParseCtx *ctx, AstSeq *items);
bool pym_p_take_marker(PymParseCtx *ctx, AstExpr *e);
AstPos pym_p_comp_end(PymParseCtx *ctx, AstSeq *gens);
/* The position of the first 'for' of a generator expression (found in the
** source after its element). */
AstPos pym_p_genexp_for(PymParseCtx *ctx, AstExpr *genexp);
/* the AST builders of the grammar actions (parse.c) */
AstExpr *pym_p_binop(PymParseCtx *ctx, AstExpr *l, int op, AstExpr *r);
AstExpr *pym_p_unop(PymParseCtx *ctx, PymTok t, int op, AstExpr *x);
AstExpr *pym_p_boolop(PymParseCtx *ctx, int op, AstSeq *vals);
AstPos pym_p_body_end(AstPos start, AstSeq *body);
AstExpr *pym_p_seq_to_tuple(PymParseCtx *ctx, AstSeq *s, AstPos p);
AstPos pym_p_seq_pos(AstSeq *s);
AstExpr *pym_p_list_or_item(PymParseCtx *ctx, AstSeq *s);
AstStmt *pym_p_expr_stmt(PymParseCtx *ctx, AstExpr *x);
AstStmt *pym_p_if_like(PymParseCtx *ctx, AstStmtKind k, PymTok t, AstExpr *test, AstSeq *body,
                       AstSeq *orelse);
AstComprehension *pym_p_comp(PymParseCtx *ctx, AstExpr *target, AstExpr *iter);
AstExpr *pym_p_compexpr(PymParseCtx *ctx, AstExprKind k, PymTok a, AstExpr *elt, AstSeq *gens,
                        PymTok b);
AstExpr *pym_p_display(PymParseCtx *ctx, AstExprKind k, PymTok a, AstSeq *s, PymTok b);
PymParam *pym_p_param(PymParseCtx *ctx, int kind, PymTok *name, AstExpr *ann, AstExpr *def,
                      AstPos pos);
PymCallArg *pym_p_callarg(PymParseCtx *ctx, int kind, AstExpr *kw, AstExpr *v, AstPos pos);
AstAlias *pym_p_alias(PymParseCtx *ctx, const char *name, PymTok *as, AstPos pos);
AstStmt *pym_p_aug(PymParseCtx *ctx, AstExpr *t, int op, AstExpr *v);
AstStmt *pym_p_annassign(PymParseCtx *ctx, AstExpr *t, AstExpr *ann, AstExpr *v);
AstExpr *pym_p_slice(PymParseCtx *ctx, AstExpr *lo, PymTok c1, AstExpr *hi, PymTok *c2,
                     AstExpr *st);
AstExpr *pym_p_constant(PymParseCtx *ctx, PymTok t, int kind);
AstStmt *pym_p_funcdef(PymParseCtx *ctx, PymTok d, PymTok n, AstSeq *params, AstExpr *ret,
                       AstSeq *body);
AstStmt *pym_p_classdef(PymParseCtx *ctx, PymTok c, PymTok n, AstSeq *args, AstSeq *body);
AstExceptHandler *pym_p_handler(PymParseCtx *ctx, PymTok t, AstExpr *type, PymTok *name,
                                AstSeq *body);
AstStmt *pym_p_trystmt(PymParseCtx *ctx, PymTok t, AstSeq *body, AstSeq *h, AstSeq *orelse,
                       AstSeq *fin);
AstWithItem *pym_p_withitem(PymParseCtx *ctx, AstExpr *e, AstExpr *t, PymTok *as);
const char *pym_p_dotted(PymParseCtx *ctx, const char *a, PymTok n);
/* match statements (parse.c, "patterns") */
AstStmt *pym_p_match(PymParseCtx *ctx, PymTok kw, AstExpr *subject, PymTok colon, AstSeq *cases);
AstExpr *pym_p_subject(PymParseCtx *ctx, AstSeq *items, PymTok *comma);
AstMatchCase *pym_p_case(PymParseCtx *ctx, AstPattern *p, AstExpr *guard, AstSeq *body);
AstPattern *pym_p_top_patterns(PymParseCtx *ctx, AstSeq *items, bool trailing_comma);
AstPattern *pym_p_star(PymParseCtx *ctx, PymTok star, PymTok name);
AstPattern *pym_p_or(PymParseCtx *ctx, AstSeq *alts);
AstPattern *pym_p_as(PymParseCtx *ctx, AstPattern *p, AstPattern *target);
AstPattern *pym_p_literal_pattern(PymParseCtx *ctx, AstExpr *e);
AstPattern *pym_p_capture(PymParseCtx *ctx, PymTok name);
AstPattern *pym_p_value_pattern(PymParseCtx *ctx, AstExpr *e);
AstPattern *pym_p_sequence(PymParseCtx *ctx, AstSeq *items, AstPos pos, bool maybe_group);
AstPattern *pym_p_mapping(PymParseCtx *ctx, AstSeq *items, AstPos pos);
AstPattern *pym_p_class(PymParseCtx *ctx, AstExpr *cls, AstSeq *args, PymTok rpar);
AstExpr *pym_p_complex(PymParseCtx *ctx, AstExpr *real, int op, PymTok imag);
PymMapItem *pym_p_map_item(PymParseCtx *ctx, AstExpr *key, AstPattern *p, PymTok *rest);
PymClsArg *pym_p_cls_arg(PymParseCtx *ctx, PymTok *kw, AstPattern *p);

#endif
