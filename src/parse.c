/*
** parse.c -- the front end's driver: runs the re2c lexer (grammar/lexer.re)
** into the lemon parser (grammar/parser.y), and holds the helpers its
** actions call: target checking, parameter and argument lists, literals
** (numbers, string concatenation, f-strings), and the choice of CPython
** 3.11's error message and position when the grammar rejects a token.
**
** Errors.  The first error wins and is kept in the PymParseCtx (0-based byte
** columns; -1/-2 stand for CPython's raw end_offset -1/0).  As CPython does,
** a grammar error is overridden by a tokenizer error found further on in
** the source (an unclosed bracket, a bad indent ...), so the rest of the
** input is tokenized before reporting.  Messages that CPython's PEG parser
** finds with its "invalid_" rules are recovered from the LALR state: which
** tokens the automaton would accept (pym_lemon_accepts), the recent
** expression nodes, and trial parses of the text after the error.
*/
#include "common.h"
#include <stdarg.h>
#include <ctype.h>
#include "parse.h"
#include "tokenizer.h"
#include "parser.h"
#include "error.h"
#include "exceptions.h"
#include "obmalloc.h"
#include "vm.h"

#define A_ ctx->arena

/* The parser's state (lemon's yyParser: its 16 000-entry stack, 628 KiB)
** comes from one of two static blocks when one is free (a parse runs a
** trial parse inside it), else from malloc.  malloc'd, every parse would
** map and unmap the block and fault its pages in again (two system calls
** and two page faults of `pym -c pass`, as many per module imported); a
** static block is untouched .bss until used, and a parse touches only the
** pages of the stack it reaches, once per process. */
#define PARSER_BLOCK_SIZE (640 * 1024)
static _Alignas(64) char parser_blocks[2][PARSER_BLOCK_SIZE] PYM_BIG_BSS;
static bool parser_block_busy[2];

static void *parser_alloc(size_t size) {
    for (int i = 0; i < 2; i++)
        if (!parser_block_busy[i] && size <= PARSER_BLOCK_SIZE) {
            parser_block_busy[i] = true;
            return parser_blocks[i];
        }
    return malloc(size);
}

static void parser_free(void *p) {
    for (int i = 0; i < 2; i++)
        if (p == parser_blocks[i]) {
            parser_block_busy[i] = false;
            return;
        }
    free(p);
}

static AstMod *run_parse(PymParseCtx *ctx, const char *buf, size_t len, int mode, int line_base,
                         int col_base);

/* {===== errors */

static void set_error(PymParseCtx *ctx, int kind, int lineno, int col, int end_lineno, int end_col,
                      const char *fmt, va_list ap) {
    if (ctx->errkind) return;
    ctx->errkind = kind;
    vsnprintf(ctx->errmsg, sizeof ctx->errmsg, fmt, ap);
    ctx->err_lineno = lineno;
    ctx->err_col = col;
    ctx->err_end_lineno = end_lineno;
    ctx->err_end_col = end_col;
}

void pym_p_error(PymParseCtx *ctx, AstPos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    set_error(ctx, LEXERR_SYNTAX, pos.lineno, pos.col, pos.end_lineno, pos.end_col, fmt, ap);
    va_end(ap);
}

static void error_kind(PymParseCtx *ctx, int kind, AstPos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    set_error(ctx, kind, pos.lineno, pos.col, pos.end_lineno, pos.end_col, fmt, ap);
    va_end(ap);
}

static AstPos tokpos(PymTok t) {
    AstPos p = {t.lineno, t.col, t.end_lineno, t.end_col};
    return p;
}

void pym_p_stack_overflow(PymParseCtx *ctx) {
    AstPos p = tokpos(ctx->cur);
    p.end_col = p.col;
    if (!ctx->errkind) ctx->stack_full = true;
    pym_p_error(ctx, p, "too many nested parentheses");
}

AstExpr *pym_p_new_expr(PymParseCtx *ctx, AstExprKind k, AstPos pos) {
    AstExpr *e = ast_expr_new(A_, k, pos);
    ctx->recent[ctx->nrecent++ % PYM_ARRAY_LEN(ctx->recent)] = e;
    return e;
}

static void widen_to_parens(PymParseCtx *ctx, AstExpr *e, AstExpr *c);

void pym_p_depth(PymParseCtx *ctx, AstExpr *e, AstExpr *a, AstExpr *b) {
    widen_to_parens(ctx, e, a);
    widen_to_parens(ctx, e, b);
    int da = a ? *ast_expr_depth_slot(a) : 0, db = b ? *ast_expr_depth_slot(b) : 0;
    int d = 1 + (da > db ? da : db);
    *ast_expr_depth_slot(e) = d;
    /* the passes' test (pym_st_enter_recursion), and a bound for the AST
    ** walkers that count no levels (unparse, the AST dumper) */
    if (PYM_UNLIKELY(pym_vm_too_deep(pym_vm.depth + (d - 1) / 3) || d > PYM_C_RECURSION_LIMIT)) {
        AstPos p = e->pos;
        p.end_lineno = p.lineno;
        p.end_col = p.col;
        if (!ctx->errkind) ctx->too_deep = true;
        pym_p_error(ctx, p, "too many nested parentheses");
    }
}

static bool pos_le(int l1, int c1, int l2, int c2) { return l1 < l2 || (l1 == l2 && c1 <= c2); }

/* The expression CPython's invalid_ rules would call 'a': the widest recent
** node ending where the previous token ends and starting after (line, col). */
static AstExpr *expr_before(PymParseCtx *ctx, int line, int col) {
    AstExpr *best = NULL;
    unsigned n = PYM_MIN(ctx->nrecent, PYM_ARRAY_LEN(ctx->recent));
    for (unsigned i = 0; i < n; i++) {
        AstExpr *e = ctx->recent[(ctx->nrecent - 1 - i) % PYM_ARRAY_LEN(ctx->recent)];
        if (e->pos.end_lineno != ctx->prev.end_lineno || e->pos.end_col != ctx->prev.end_col)
            continue;
        if (!pos_le(line, col, e->pos.lineno, e->pos.col)) continue;
        if (e->kind == EXPR_IFEXP || e->kind == EXPR_LAMBDA || e->kind == EXPR_NAMEDEXPR ||
            e->kind == EXPR_STARRED || e->kind == EXPR_YIELD || e->kind == EXPR_YIELDFROM)
            continue;
        if (e->kind == EXPR_TUPLE && e->v.list.elts && e->v.list.elts->n &&
            !e->v.list.elts->items[0])
            return NULL; /* '**x' in a dict ends here: x is no 'a' */
        if (e->kind == EXPR_TUPLE && e->v.list.elts && e->v.list.elts->n &&
            ((AstExpr *)e->v.list.elts->items[0])->pos.col == e->pos.col &&
            ((AstExpr *)e->v.list.elts->items[0])->pos.lineno == e->pos.lineno)
            continue;
        if (!best || pos_le(e->pos.lineno, e->pos.col, best->pos.lineno, best->pos.col)) best = e;
    }
    if (!best &&
        (ctx->prev_type == TK_NAME || ctx->prev_type == TK_NUMBER || ctx->prev_type == TK_STRING) &&
        pos_le(line, col, ctx->prev.lineno, ctx->prev.col)) {
        best = pym_p_new_expr(ctx, EXPR_NAME, tokpos(ctx->prev));
        best->v.name.id = "";
    }
    return best;
}

static bool starts_expr(int t) {
    switch (t) {
    case TK_NAME:
    case TK_NUMBER:
    case TK_STRING:
    case TK_LPAR:
    case TK_LSQB:
    case TK_LBRACE:
    case TK_NONE:
    case TK_TRUE:
    case TK_FALSE:
    case TK_ELLIPSIS:
    case TK_LAMBDA:
    case TK_TILDE:
    case TK_NOT: return true;
    }
    return false;
}

/* Trial parse of one expression starting with token 'first' (already lexed,
** the lexer state after it is *lx): returns 1 and the end of the longest
** prefix that is a complete expression. */
static int scan_expression(PymParseCtx *ctx, PymLexer *lx, int first, PymTok firsttok,
                           AstPos *end) {
    PymParseCtx sc;
    memset(&sc, 0, sizeof sc);
    sc.arena = ctx->arena;
    sc.buf = ctx->buf;
    sc.end = ctx->end;
    sc.filename = ctx->filename;
    sc.mode = PYM_EVAL_INPUT;
    sc.scratch = true;
    sc.lx = lx;
    sc.fstring_depth = ctx->fstring_depth;
    if (first < 0) return -1; /* before the allocation (it leaked: fuzz_compile) */
    void *p = pym_lemonAlloc(parser_alloc);
    if (!p) return 0;
    PymTok dummy = firsttok;
    int found = 0, depth = 0;
    pym_lemon(p, TK_MODE_EVAL, dummy, &sc);
    int t = first;
    PymTok tok = firsttok;
    for (int steps = 0; steps < 100000; steps++) {
        if (t <= 0 || sc.errkind) break;
        if (depth == 0 && (t == TK_COMMA || t == TK_RPAR || t == TK_RSQB || t == TK_RBRACE ||
                           t == TK_NEWLINE || t == TK_COLON || t == TK_EQ))
            break;
        if (!pym_lemon_accepts(p, t)) break;
        if (t == TK_LPAR || t == TK_LSQB || t == TK_LBRACE) depth++;
        if (t == TK_RPAR || t == TK_RSQB || t == TK_RBRACE) depth--;
        sc.prev = sc.cur;
        sc.cur = tok;
        pym_lemon(p, t, tok, &sc);
        if (sc.errkind) break;
        if (depth == 0 && pym_lemon_accepts(p, TK_NEWLINE)) {
            found = 1;
            *end = tokpos(tok);
        }
        t = pym_lexer_next(lx, &tok);
        if (t < 0) {
            found = -1;
            break;
        }
    }
    pym_lemonFree(p, parser_free);
    return found;
}

/* Reports the lexer's error (found during a look-ahead) instead. */
static void lexer_error_wins(PymParseCtx *ctx, PymLexer *lx) {
    AstPos ps = {lx->err_lineno, lx->err_col, lx->err_end_lineno, lx->err_end_col};
    error_kind(ctx, lx->errkind, ps, "%s", lx->errmsg);
}

static const char *describe(AstExpr *e);

/* Called by lemon when token 'major' cannot be shifted. */
void pym_p_syntax_error(PymParseCtx *ctx, int major, PymTok *tok, void *parser,
                        int (*would_accept)(void *parser, int tok)) {
    AstPos p = tokpos(*tok);
    PymLexer *lx = ctx->lx;
    if (ctx->errkind) return;
    if (major == 0 || tok->s >= ctx->end || (major == TK_NEWLINE && tok->s + 1 >= ctx->end) ||
        major == TK_DEDENT)
        ctx->err_at_eof = major == 0 || tok->s >= ctx->end;
    if (ctx->scratch) {
        pym_p_error(ctx, p, "invalid syntax");
        return;
    }
    if (major == TK_NEWLINE || major == 0) p.end_col = p.col, p.end_lineno = p.lineno;
    /* a compound statement's header without its block */
    if (ctx->prev_type == TK_NEWLINE && would_accept(parser, TK_INDENT) && major != TK_INDENT) {
        static const struct {
            int tok;
            const char *what;
        } hd[] = {{TK_IF, "'if' statement"},           {TK_ELIF, "'elif' statement"},
                  {TK_ELSE, "'else' statement"},       {TK_WHILE, "'while' statement"},
                  {TK_FOR, "'for' statement"},         {TK_WITH, "'with' statement"},
                  {TK_TRY, "'try' statement"},         {TK_EXCEPT, "'except' statement"},
                  {TK_FINALLY, "'finally' statement"}, {TK_DEF, "function definition"},
                  {TK_CLASS, "class definition"},      {TK_MATCH, "'match' statement"},
                  {TK_CASE, "'case' statement"}};
        const char *what = "statement";
        for (size_t i = 0; i < PYM_ARRAY_LEN(hd); i++)
            if (hd[i].tok == ctx->header_type) what = hd[i].what;
        if (major == 0 || major == TK_DEDENT) {
            p = tokpos(ctx->last_newline);
            p.end_col = -1;
        }
        error_kind(ctx, LEXERR_INDENT, p, "expected an indented block after %s on line %d", what,
                   ctx->header_first.lineno);
        return;
    }
    if (major == TK_INDENT) {
        p.col = p.end_col > 0 ? p.end_col - 1 : 0;
        p.end_col = -1;
        error_kind(ctx, LEXERR_INDENT, p, "unexpected indent");
        return;
    }
    if (major == TK_DEDENT && !ctx->err_at_eof) {
        p.end_col = -1;
        error_kind(ctx, LEXERR_INDENT, p, "unexpected unindent");
        return;
    }
    if (ctx->mode == PYM_SINGLE_INPUT && would_accept(parser, 0) && major != TK_NEWLINE) {
        pym_p_error(ctx, p, "multiple statements found while compiling a single statement");
        return;
    }
    if (major != TK_ELSE && would_accept(parser, TK_ELSE) && !would_accept(parser, TK_NAME) &&
        ctx->last_if.s) {
        AstExpr *body = NULL;
        unsigned n = PYM_MIN(ctx->nrecent, PYM_ARRAY_LEN(ctx->recent));
        for (unsigned i = 0; i < n; i++) {
            AstExpr *e = ctx->recent[(ctx->nrecent - 1 - i) % PYM_ARRAY_LEN(ctx->recent)];
            if (!pos_le(e->pos.end_lineno, e->pos.end_col, ctx->last_if.lineno, ctx->last_if.col))
                continue;
            if (!body || pos_le(body->pos.end_lineno, body->pos.end_col, e->pos.end_lineno,
                                e->pos.end_col)) {
                if (body && body->pos.end_lineno == e->pos.end_lineno &&
                    body->pos.end_col == e->pos.end_col &&
                    !pos_le(e->pos.lineno, e->pos.col, body->pos.lineno, body->pos.col))
                    continue;
                body = e;
            }
        }
        if (body) {
            AstPos r = {body->pos.lineno, body->pos.col, ctx->prev.end_lineno, ctx->prev.end_col};
            pym_p_error(ctx, r, "expected 'else' after 'if' expression");
            return;
        }
    }
    if (would_accept(parser, TK_EXCEPT) && would_accept(parser, TK_FINALLY) && major != TK_EXCEPT &&
        major != TK_FINALLY) {
        AstPos r = tokpos(ctx->last_newline);
        r.end_col = -1;
        pym_p_error(ctx, r, "expected 'except' or 'finally' block");
        return;
    }
    /* 'a.b := 1' (CPython's invalid_named_expression): the widest
    ** expression ending before ':=', unless it is a plain name */
    if (major == TK_COLONEQ) {
        AstExpr *a = NULL;
        unsigned n = PYM_MIN(ctx->nrecent, PYM_ARRAY_LEN(ctx->recent));
        for (unsigned i = 0; i < n; i++) {
            AstExpr *e = ctx->recent[(ctx->nrecent - 1 - i) % PYM_ARRAY_LEN(ctx->recent)];
            if (e->pos.end_lineno != ctx->prev.end_lineno || e->pos.end_col != ctx->prev.end_col)
                continue;
            if (e->kind == EXPR_TUPLE && e->v.list.elts && e->v.list.elts->n &&
                !e->v.list.elts->items[0])
                continue;
            if (!a || pos_le(e->pos.lineno, e->pos.col, a->pos.lineno, a->pos.col)) a = e;
        }
        if (a && a->kind != EXPR_NAME) {
            pym_p_error(ctx, a->pos, "cannot use assignment expressions with %s", describe(a));
            return;
        }
    }
    /* 'match x' without its ':' (CPython's invalid_match_stmt) */
    if (ctx->line_first_type == TK_NAME && ctx->line_first.len == 5 &&
        memcmp(ctx->line_first.s, "match", 5) == 0 && ctx->prev.s == ctx->line_first.s &&
        starts_expr(major)) {
        PymLexer copy = *lx;
        PymTok t2 = *tok;
        int t = major;
        while (t > 0 && t != TK_NEWLINE) t = pym_lexer_next(&copy, &t2);
        if (t == TK_NEWLINE) {
            AstPos r = tokpos(t2);
            r.end_lineno = r.lineno;
            r.end_col = r.col;
            pym_p_error(ctx, r, "expected ':'");
            return;
        }
    }
    if (major == TK_NEWLINE && would_accept(parser, TK_COLON)) {
        pym_p_error(ctx, p, "expected ':'");
        return;
    }
    /* def f: */
    if (ctx->line_first_type == TK_DEF && ctx->prev_type == TK_NAME && major != TK_LPAR &&
        would_accept(parser, TK_LPAR) && !would_accept(parser, TK_COMMA)) {
        pym_p_error(ctx, p, "expected '('");
        return;
    }
    /* {1: 2, 3} and {1: } (CPython's invalid_kvpair / invalid_double_starred_kvpairs) */
    {
        int lv = lx->level - 1 + (major == TK_RPAR || major == TK_RSQB || major == TK_RBRACE) -
                 (major == TK_LPAR || major == TK_LSQB || major == TK_LBRACE);
        if (lv >= 0 && lv < PYM_LEX_MAXPAREN && lx->paren[lv] == '{') {
            if (ctx->prev_type == TK_COLON && (major == TK_COMMA || major == TK_RBRACE)) {
                pym_p_error(ctx, tokpos(ctx->prev),
                            "expression expected after dictionary key and ':'");
                return;
            }
            /* a key after a key/value pair (dict mode: ',' is not accepted) */
            const char *from = pym_lexer_line(lx->buf, lx->end, lx->paren_line[lv]);
            bool has_lambda = false; /* lambda parameters also stop at ':' */
            if (from)
                for (const char *q = from + lx->paren_col[lv]; q + 6 <= tok->s && !has_lambda; q++)
                    has_lambda = memcmp(q, "lambda", 6) == 0;
            if (major != TK_COLON && !has_lambda && would_accept(parser, TK_COLON) &&
                !would_accept(parser, TK_COMMA)) {
                AstExpr *key = expr_before(ctx, lx->paren_line[lv], lx->paren_col[lv] + 1);
                if (key) { /* CPython points at the end of the key */
                    p.lineno = key->pos.lineno;
                    p.col = key->pos.end_col > 0 ? key->pos.end_col - 1 : 0;
                    p.end_lineno = key->pos.end_lineno;
                    p.end_col = -1;
                }
                pym_p_error(ctx, p, "':' expected after dictionary key");
                return;
            }
        }
    }
    /* "Perhaps you forgot a comma?" inside brackets */
    int level = lx->level - (major == TK_LPAR || major == TK_LSQB || major == TK_LBRACE);
    bool ends_expr = ctx->prev_type == TK_NAME || ctx->prev_type == TK_NUMBER ||
                     ctx->prev_type == TK_STRING || ctx->prev_type == TK_RPAR ||
                     ctx->prev_type == TK_RSQB || ctx->prev_type == TK_RBRACE ||
                     ctx->prev_type == TK_NONE || ctx->prev_type == TK_TRUE ||
                     ctx->prev_type == TK_FALSE || ctx->prev_type == TK_ELLIPSIS;
    if (level > 0 && starts_expr(major) && ends_expr &&
        !(ctx->line_first_type == TK_DEF && level == 1)) {
        PymLexer rest = *lx;
        PymTok t2;
        while (pym_lexer_next(&rest, &t2) > 0) {}
        if (rest.errkind && strstr(rest.errmsg, "was never closed")) {
            lexer_error_wins(ctx, &rest);
            return;
        }
        AstExpr *a = expr_before(ctx, lx->paren_line[level - 1], lx->paren_col[level - 1] + 1);
        PymLexer copy = *lx;
        AstPos end;
        int r = a && !(a->kind == EXPR_NAME && major == TK_STRING)
                    ? scan_expression(ctx, &copy, major, *tok, &end)
                    : 0;
        if (r < 0) {
            lexer_error_wins(ctx, &copy);
            return;
        }
        if (r > 0) {
            AstPos r = {a->pos.lineno, a->pos.col, end.end_lineno, end.end_col};
            pym_p_error(ctx, r, "invalid syntax. Perhaps you forgot a comma?");
            return;
        }
    }
    /* if x = 1: */
    if (major == TK_EQ && level == 0 &&
        (ctx->line_first_type == TK_IF || ctx->line_first_type == TK_ELIF ||
         ctx->line_first_type == TK_WHILE)) {
        AstExpr *a = expr_before(ctx, ctx->line_first.end_lineno, ctx->line_first.end_col);
        PymLexer copy = *lx;
        PymTok nt;
        int t = pym_lexer_next(&copy, &nt);
        AstPos end;
        int r = a ? scan_expression(ctx, &copy, t, nt, &end) : 0;
        if (r < 0) {
            lexer_error_wins(ctx, &copy);
            return;
        }
        if (r > 0) {
            AstPos r = {a->pos.lineno, a->pos.col, end.end_lineno, end.end_col};
            pym_p_error(ctx, r, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return;
        }
    }
    /* print "x" */
    if (level == 0 && (major == TK_STRING || major == TK_NAME || major == TK_NUMBER) &&
        ctx->prev_type == TK_NAME && ctx->prev.len == 5 && memcmp(ctx->prev.s, "print", 5) == 0 &&
        ctx->line_first.s == ctx->prev.s) {
        AstPos r = tokpos(ctx->prev);
        PymLexer copy = *lx;
        AstPos end;
        if (scan_expression(ctx, &copy, major, *tok, &end) > 0) {
            r.end_lineno = end.end_lineno;
            r.end_col = end.end_col;
            pym_p_error(ctx, r, "Missing parentheses in call to 'print'. Did you mean print(...)?");
            return;
        }
    }
    if (major == 0) {
        p = tokpos(ctx->prev);
        p.col = p.end_col;
    }
    pym_p_error(ctx, p, "invalid syntax");
    ctx->generic_error = true;
}

/* }===== */

/* {===== targets */

static const char *describe(AstExpr *e) {
    switch (e->kind) {
    case EXPR_CALL: return "function call";
    case EXPR_CONSTANT:
        switch (e->v.constant.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case EXPR_COMPARE: return "comparison";
    case EXPR_IFEXP: return "conditional expression";
    case EXPR_LAMBDA: return "lambda";
    case EXPR_DICT: return "dict literal";
    case EXPR_SET: return "set display";
    case EXPR_LISTCOMP: return "list comprehension";
    case EXPR_SETCOMP: return "set comprehension";
    case EXPR_DICTCOMP: return "dict comprehension";
    case EXPR_GENEXP: return "generator expression";
    case EXPR_YIELD:
    case EXPR_YIELDFROM: return "yield expression";
    case EXPR_JOINEDSTR:
    case EXPR_FORMATTEDVALUE: return "f-string expression";
    case EXPR_NAMEDEXPR: return "named expression";
    case EXPR_TUPLE: return "tuple";
    case EXPR_LIST: return "list";
    case EXPR_SLICE: return "slice";
    case EXPR_STARRED: return "starred";
    case EXPR_ATTRIBUTE: return "attribute";
    case EXPR_SUBSCRIPT: return "subscript";
    case EXPR_NAME: return "name";
    default: return "expression";
    }
}

/* Kinds for which CPython adds "here. Maybe you meant '==' instead of '='?" */
static bool here_kind(AstExpr *e) {
    switch (e->kind) {
    case EXPR_CALL:
    case EXPR_BINOP:
    case EXPR_UNARYOP:
    case EXPR_DICT:
    case EXPR_SET:
    case EXPR_LISTCOMP:
    case EXPR_SETCOMP:
    case EXPR_DICTCOMP:
    case EXPR_JOINEDSTR:
    case EXPR_NAMEDEXPR: return !(e->kind == EXPR_UNARYOP && e->v.unaryop.op == UOP_NOT);
    case EXPR_CONSTANT:
        return e->v.constant.kind != CONST_NONE && e->v.constant.kind != CONST_TRUE &&
               e->v.constant.kind != CONST_FALSE;
    default: return false;
    }
}

/* Sets the context of a target (Store/Del) and reports invalid targets with
** CPython's messages.  'where' is a PYM_TGT_*, plus PYM_TGT_LAST for the
** last target of an assignment chain.  Returns 0 or -1. */
int pym_p_set_ctx(PymParseCtx *ctx, AstExpr *e, AstCtx c, int where) {
    bool last = where >= PYM_TGT_LAST;
    int w = where % PYM_TGT_LAST;
    switch (e->kind) {
    case EXPR_NAME: e->v.name.ctx = c; return 0;
    case EXPR_ATTRIBUTE: e->v.attribute.ctx = c; return 0;
    case EXPR_SUBSCRIPT: e->v.subscript.ctx = c; return 0;
    case EXPR_STARRED:
        if (w == PYM_TGT_DEL) break;
        if (w == PYM_TGT_AUG || w == PYM_TGT_ANN) break;
        e->v.starred.ctx = c;
        return pym_p_set_ctx(ctx, e->v.starred.value, c, w);
    case EXPR_TUPLE:
    case EXPR_LIST: {
        if (w == PYM_TGT_AUG || w == PYM_TGT_ANN) break;
        e->v.list.ctx = c;
        AstSeq *s = e->v.list.elts;
        bool bare = s->n > 0 && ((AstExpr *)s->items[0])->pos.col == e->pos.col &&
                    ((AstExpr *)s->items[0])->pos.lineno == e->pos.lineno;
        for (int i = 0; i < s->n; i++)
            if (pym_p_set_ctx(ctx, s->items[i], c,
                              w + (last && bare && i == s->n - 1 ? PYM_TGT_LAST : 0)) < 0)
                return -1;
        return 0;
    }
    default: break;
    }
    const char *d = describe(e);
    if (w == PYM_TGT_AUG) {
        pym_p_error(ctx, e->pos, "'%s' is an illegal expression for augmented assignment", d);
    } else if (w == PYM_TGT_ANN) {
        if (e->kind == EXPR_TUPLE || e->kind == EXPR_LIST)
            pym_p_error(ctx, e->pos, "only single target (not %s) can be annotated", d);
        else
            pym_p_error(ctx, e->pos, "illegal target for annotation");
    } else if (w == PYM_TGT_DEL) {
        pym_p_error(ctx, e->pos, "cannot delete %s", d);
    } else if (w == PYM_TGT_ASSIGN && (e->kind == EXPR_YIELD || e->kind == EXPR_YIELDFROM) &&
               !pym_p_is_parenthesized(ctx, e)) {
        pym_p_error(ctx, e->pos, "assignment to yield expression not possible");
    } else if (w == PYM_TGT_ASSIGN && last &&
               (here_kind(e) || e->kind == EXPR_YIELD || e->kind == EXPR_YIELDFROM)) {
        pym_p_error(ctx, e->pos, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                    d);
    } else {
        pym_p_error(ctx, e->pos, "cannot assign to %s", d);
    }
    return -1;
}

void pym_p_mark_paren(PymParseCtx *ctx, AstExpr *e, PymTok lpar) {
    if (!ctx->parens) ctx->parens = ast_seq_new(A_);
    ast_seq_append(A_, ctx->parens, e);
    /* the ')' is the token being shifted (lemon reduces as it shifts the
    ** last token of the rule) or, after a look-ahead, the one before */
    PymTok rpar = ctx->cur_type == TK_RPAR ? ctx->cur : ctx->prev;
    AstPos *span = pym_arena_alloc(A_, sizeof *span);
    AstPos l = tokpos(lpar), r = tokpos(rpar);
    span->lineno = l.lineno;
    span->col = l.col;
    span->end_lineno = r.end_lineno;
    span->end_col = r.end_col;
    if (!ctx->paren_spans) ctx->paren_spans = ast_seq_new(A_);
    ast_seq_append(A_, ctx->paren_spans, span);
}

/* The '(' ... ')' around e when e was written in parentheses, else NULL. */
static AstPos *paren_span(PymParseCtx *ctx, AstExpr *e) {
    int n = AST_SEQ_LEN(ctx->paren_spans);
    if (n != AST_SEQ_LEN(ctx->parens)) return NULL;
    for (int i = n - 1, k = 0; i >= 0 && k < 64; i--, k++)
        if (ctx->parens->items[i] == e) return ctx->paren_spans->items[i];
    return NULL;
}

/* A node made from a parenthesized operand starts (ends) at its '(' (')'),
** as CPython's positions do: (a + b) / c spans from the first '('. */
static void widen_to_parens(PymParseCtx *ctx, AstExpr *e, AstExpr *c) {
    AstPos *sp = c ? paren_span(ctx, c) : NULL;
    if (!sp) return;
    if (e->pos.lineno == c->pos.lineno && e->pos.col == c->pos.col) {
        e->pos.lineno = sp->lineno;
        e->pos.col = sp->col;
    }
    if (e->pos.end_lineno == c->pos.end_lineno && e->pos.end_col == c->pos.end_col) {
        e->pos.end_lineno = sp->end_lineno;
        e->pos.end_col = sp->end_col;
    }
}

int pym_p_is_parenthesized(PymParseCtx *ctx, AstExpr *e) {
    for (int i = AST_SEQ_LEN(ctx->parens) - 1, k = 0; i >= 0 && k < 16; i--, k++)
        if (ctx->parens->items[i] == e) return 1;
    return 0;
}

/* }===== */

/* {===== parameters, calls, displays */

static AstPos argpos(PymParam *p) { return p->arg ? p->arg->pos : p->pos; }

AstArguments *pym_p_arguments(PymParseCtx *ctx, AstSeq *params, bool lambda) {
    AstArguments *a = pym_arena_alloc(A_, sizeof *a);
    a->posonlyargs = ast_seq_new(A_);
    a->args = ast_seq_new(A_);
    a->kwonlyargs = ast_seq_new(A_);
    a->kw_defaults = ast_seq_new(A_);
    a->defaults = ast_seq_new(A_);
    bool slash = false, star = false, dstar = false, seen_default = false;
    for (int i = 0; i < params->n; i++) {
        PymParam *p = params->items[i];
        if (dstar) {
            pym_p_error(ctx, argpos(p), "arguments cannot follow var-keyword argument");
            return a;
        }
        switch (p->kind) {
        case PYM_PARAM_SLASH:
            if (star) {
                pym_p_error(ctx, p->pos, "/ must be ahead of *");
                return a;
            }
            if (slash) {
                pym_p_error(ctx, p->pos, "/ may appear only once");
                return a;
            }
            if (a->args->n == 0) {
                pym_p_error(ctx, p->pos,
                            lambda ? "invalid syntax" : "at least one argument must precede /");
                return a;
            }
            slash = true;
            a->posonlyargs = a->args;
            a->args = ast_seq_new(A_);
            break;
        case PYM_PARAM_NAME:
            if (star) {
                ast_seq_append(A_, a->kwonlyargs, p->arg);
                ast_seq_append(A_, a->kw_defaults, p->def);
            } else {
                if (p->def) {
                    seen_default = true;
                    ast_seq_append(A_, a->defaults, p->def);
                } else if (seen_default) {
                    pym_p_error(ctx, argpos(p), "non-default argument follows default argument");
                    return a;
                }
                ast_seq_append(A_, a->args, p->arg);
            }
            break;
        case PYM_PARAM_STAR:
            if (star) {
                pym_p_error(ctx, p->pos, "* argument may appear only once");
                return a;
            }
            star = true;
            a->vararg = p->arg;
            if (!p->arg && (i + 1 == params->n ||
                            ((PymParam *)params->items[i + 1])->kind == PYM_PARAM_DSTAR)) {
                pym_p_error(ctx, p->pos, "named arguments must follow bare *");
                return a;
            }
            break;
        case PYM_PARAM_DSTAR:
            dstar = true;
            a->kwarg = p->arg;
            break;
        }
    }
    /* duplicate names */
    for (int i = 0; i < params->n; i++) {
        PymParam *p = params->items[i];
        if (!p->arg) continue;
        for (int j = 0; j < i; j++) {
            PymParam *q = params->items[j];
            if (q->arg && strcmp(q->arg->arg, p->arg->arg) == 0) {
                AstPos ps = p->arg->pos;
                ps.end_lineno = ps.lineno;
                ps.end_col = ps.col + (int)strlen(p->arg->arg);
                pym_p_error(ctx, ps, "duplicate argument '%s' in function definition", p->arg->arg);
                return a;
            }
        }
    }
    return a;
}

AstExpr *pym_p_call(PymParseCtx *ctx, AstExpr *func, AstSeq *items, PymTok rpar) {
    AstPos pos = func ? func->pos : tokpos(rpar);
    pos.end_lineno = rpar.end_lineno;
    pos.end_col = rpar.end_col;
    AstExpr *e = pym_p_new_expr(ctx, EXPR_CALL, pos);
    e->v.call.func = func;
    e->v.call.args = ast_seq_new(A_);
    e->v.call.keywords = ast_seq_new(A_);
    bool kw = false, dstar = false;
    int n = AST_SEQ_LEN(items);
    for (int i = 0; i < n; i++) {
        PymCallArg *c = items->items[i];
        switch (c->kind) {
        case PYM_CARG_GENEXP:
            if (n > 1) {
                pym_p_error(ctx, c->pos, "Generator expression must be parenthesized");
                return e;
            }
            /* fall through */
        case PYM_CARG_POS:
            if (dstar || kw) {
                AstPos r = {c->pos.end_lineno, c->pos.end_col, c->pos.end_lineno,
                            c->pos.end_col + 1};
                if (i + 1 < n) {
                    PymCallArg *nx = items->items[i + 1];
                    (void)nx;
                }
                pym_p_error(ctx, r,
                            dstar ? "positional argument follows keyword argument unpacking"
                                  : "positional argument follows keyword argument");
                return e;
            }
            ast_seq_append(A_, e->v.call.args, c->value);
            break;
        case PYM_CARG_STAR:
            if (dstar) { /* CPython 3.11.2 points at all the arguments before */
                PymCallArg *f = items->items[0], *l = items->items[i - 1];
                AstPos r = {f->pos.lineno, f->pos.col, l->pos.end_lineno, l->pos.end_col};
                pym_p_error(ctx, r,
                            "iterable argument unpacking follows keyword argument unpacking");
                return e;
            }
            ast_seq_append(A_, e->v.call.args, c->value);
            break;
        case PYM_CARG_KW:
        case PYM_CARG_DSTAR: {
            AstKeyword *k = pym_arena_alloc(A_, sizeof *k);
            if (c->kind == PYM_CARG_KW) {
                if (c->kwexpr->kind != EXPR_NAME) {
                    AstPos r = c->kwexpr->pos;
                    r.end_lineno = c->eqpos.end_lineno;
                    r.end_col = c->eqpos.end_col;
                    AstExpr *kx = c->kwexpr;
                    if (kx->kind == EXPR_CONSTANT &&
                        (kx->v.constant.kind == CONST_TRUE || kx->v.constant.kind == CONST_FALSE ||
                         kx->v.constant.kind == CONST_NONE))
                        pym_p_error(ctx, r, "cannot assign to %s",
                                    kx->v.constant.kind == CONST_TRUE    ? "True"
                                    : kx->v.constant.kind == CONST_FALSE ? "False"
                                                                         : "None");
                    else
                        pym_p_error(
                            ctx, r,
                            "expression cannot contain assignment, perhaps you meant \"==\"?");
                    return e;
                }
                k->arg = c->kwexpr->v.name.id;
                kw = true;
            } else {
                dstar = true;
            }
            k->value = c->value;
            k->pos = c->pos;
            ast_seq_append(A_, e->v.call.keywords, k);
            break;
        }
        }
    }
    return e;
}

AstExpr *pym_p_compare(PymParseCtx *ctx, AstExpr *cmp, AstExpr *left, int op, AstExpr *right) {
    if (!cmp) {
        cmp = pym_p_new_expr(ctx, EXPR_COMPARE, left->pos);
        cmp->v.compare.left = left;
        cmp->v.compare.comparators = ast_seq_new(A_);
    }
    int n = cmp->v.compare.nops;
    /* ops has room for max(4, n rounded up to a power of two): a new array
    ** (the arena cannot grow one) only when that is full, so that a long
    ** chain a < b < c ... costs linear, not quadratic, memory */
    AstCmpOp *ops = cmp->v.compare.ops;
    if (n == 0 || (n >= 4 && (n & (n - 1)) == 0)) {
        ops = pym_arena_alloc(A_, sizeof(AstCmpOp) * (n ? 2 * (size_t)n : 4));
        if (n) memcpy(ops, cmp->v.compare.ops, sizeof(AstCmpOp) * n);
    }
    ops[n] = (AstCmpOp)op;
    cmp->v.compare.ops = ops;
    cmp->v.compare.nops = n + 1;
    ast_seq_append(A_, cmp->v.compare.comparators, right);
    cmp->pos.end_lineno = right->pos.end_lineno;
    cmp->pos.end_col = right->pos.end_col;
    return cmp;
}

AstExpr *pym_p_compare_done(PymParseCtx *ctx, AstExpr *cmp) { return cmp; }

AstExpr *pym_p_dict(PymParseCtx *ctx, AstSeq *items, AstPos pos) {
    AstExpr *e = pym_p_new_expr(ctx, EXPR_DICT, pos);
    e->v.dict.keys = ast_seq_new(A_);
    e->v.dict.values = ast_seq_new(A_);
    for (int i = 0; i < items->n; i++) {
        AstExpr *t = items->items[i];
        ast_seq_append(A_, e->v.dict.keys, t->v.list.elts->items[0]);
        ast_seq_append(A_, e->v.dict.values, t->v.list.elts->items[1]);
    }
    return e;
}

AstPos pym_p_comp_end(PymParseCtx *ctx, AstSeq *gens) {
    AstComprehension *c = gens->items[gens->n - 1];
    if (AST_SEQ_LEN(c->ifs)) return ((AstExpr *)c->ifs->items[c->ifs->n - 1])->pos;
    return c->iter->pos;
}

AstPos pym_p_genexp_for(PymParseCtx *ctx, AstExpr *g) {
    AstExpr *elt = g->v.comp.elt;
    AstPos p = elt->pos;
    const char *line = pym_lexer_line(ctx->buf, ctx->end, p.end_lineno);
    if (!line) return g->pos;
    int lineno = p.end_lineno;
    const char *q = line + p.end_col;
    while (q < ctx->end && !(q[0] == 'f' && q[1] == 'o' && q[2] == 'r')) {
        if (*q == '\n') {
            lineno++;
            line = q + 1;
        }
        q++;
    }
    AstPos r = {lineno, (int)(q - line), lineno, (int)(q - line) + 3};
    return r;
}

/* 'x as y' inside parentheses is only valid as a parenthesized with item. */
AstExpr *pym_p_as_marker(PymParseCtx *ctx, AstExpr *x, PymTok as, AstExpr *target) {
    AstExpr *m = pym_p_new_expr(ctx, EXPR_NAMEDEXPR, tokpos(as));
    m->v.namedexpr.target = target;
    m->v.namedexpr.value = x;
    if (!ctx->as_markers) ctx->as_markers = ast_seq_new(A_);
    ast_seq_append(A_, ctx->as_markers, m);
    return m;
}

bool pym_p_take_marker(PymParseCtx *ctx, AstExpr *e) {
    for (int i = 0; i < AST_SEQ_LEN(ctx->as_markers); i++)
        if (ctx->as_markers->items[i] == e) {
            ctx->as_markers->items[i] = NULL;
            return true;
        }
    return false;
}

static AstWithItem *mkitem(PymParseCtx *ctx, AstExpr *e) {
    AstWithItem *w = pym_arena_alloc(A_, sizeof *w);
    if (e->kind == EXPR_NAMEDEXPR && pym_p_take_marker(ctx, e)) {
        w->context_expr = e->v.namedexpr.value;
        w->optional_vars = e->v.namedexpr.target;
        pym_p_set_ctx(ctx, w->optional_vars, CTX_STORE, PYM_TGT_WITH);
    } else {
        w->context_expr = e;
    }
    return w;
}

/* 'with (a, b as c):' -- a parenthesized group alone is a list of items. */
AstSeq *pym_p_with_items(PymParseCtx *ctx, AstSeq *items) {
    if (items->n != 1) return items;
    AstWithItem *w = items->items[0];
    AstExpr *e = w->context_expr;
    if (w->optional_vars) return items;
    if (e->kind == EXPR_NAMEDEXPR) {
        AstSeq *s = ast_seq_new(A_);
        ast_seq_append(A_, s, mkitem(ctx, e));
        return s;
    }
    if (e->kind == EXPR_TUPLE && e->v.list.elts->n > 0 && ctx->buf &&
        pym_lexer_line(ctx->buf, ctx->end, e->pos.lineno)[e->pos.col] == '(') {
        AstSeq *elts = e->v.list.elts;
        for (int i = 0; i < elts->n; i++)
            if (((AstExpr *)elts->items[i])->kind == EXPR_STARRED) return items;
        AstSeq *s = ast_seq_new(A_);
        for (int i = 0; i < elts->n; i++) ast_seq_append(A_, s, mkitem(ctx, elts->items[i]));
        return s;
    }
    return items;
}

void pym_p_finish(PymParseCtx *ctx, AstSeq *body, AstExpr *expr) {
    for (int i = 0; i < AST_SEQ_LEN(ctx->as_markers); i++) {
        AstExpr *m = ctx->as_markers->items[i];
        if (m) {
            pym_p_error(ctx, m->pos, "invalid syntax");
            break;
        }
    }
    AstMod *mod = pym_arena_alloc(A_, sizeof *mod);
    mod->mode = ctx->mode;
    mod->body = body;
    mod->expr = expr;
    ctx->result = mod;
}

/* }===== */

/* {===== AST builders of the grammar actions (grammar/parser.y) */

static AstPos span(AstPos a, AstPos b) {
    AstPos p = {a.lineno, a.col, b.end_lineno, b.end_col};
    return p;
}

AstExpr *pym_p_binop(PymParseCtx *ctx, AstExpr *l, int op, AstExpr *r) {
    AstExpr *e = pym_p_new_expr(ctx, EXPR_BINOP, span(l->pos, r->pos));
    e->v.binop.left = l;
    e->v.binop.op = (AstOperator)op;
    e->v.binop.right = r;
    pym_p_depth(ctx, e, l, r);
    return e;
}
AstExpr *pym_p_unop(PymParseCtx *ctx, PymTok t, int op, AstExpr *x) {
    AstExpr *e = pym_p_new_expr(ctx, EXPR_UNARYOP, span(tokpos(t), x->pos));
    e->v.unaryop.op = (AstUnaryOp)op;
    e->v.unaryop.operand = x;
    pym_p_depth(ctx, e, x, NULL);
    return e;
}
AstExpr *pym_p_boolop(PymParseCtx *ctx, int op, AstSeq *vals) {
    AstExpr *f = vals->items[0], *l = vals->items[vals->n - 1];
    AstExpr *e = pym_p_new_expr(ctx, EXPR_BOOLOP, span(f->pos, l->pos));
    e->v.boolop.op = (AstBoolOp)op;
    e->v.boolop.values = vals;
    return e;
}
/* A statement's position spans from its first token to the end of its last
** body statement. */
AstPos pym_p_body_end(AstPos start, AstSeq *body) {
    AstStmt *last = body->items[body->n - 1];
    return span(start, last->pos);
}
AstExpr *pym_p_seq_to_tuple(PymParseCtx *ctx, AstSeq *s, AstPos p) {
    AstExpr *e = pym_p_new_expr(ctx, EXPR_TUPLE, p);
    e->v.list.elts = s;
    e->v.list.ctx = CTX_LOAD;
    return e;
}
AstPos pym_p_seq_pos(AstSeq *s) {
    AstExpr *f = s->items[0], *l = s->items[s->n - 1];
    return span(f->pos, l->pos);
}
/* a bare comma list: one item without a trailing comma is the item itself */
AstExpr *pym_p_list_or_item(PymParseCtx *ctx, AstSeq *s) {
    if (s->n == 1) return s->items[0];
    return pym_p_seq_to_tuple(ctx, s, pym_p_seq_pos(s));
}
AstStmt *pym_p_expr_stmt(PymParseCtx *ctx, AstExpr *x) {
    AstStmt *s = ast_stmt_new(A_, STMT_EXPR, x->pos);
    s->v.expr.value = x;
    return s;
}
AstStmt *pym_p_if_like(PymParseCtx *ctx, AstStmtKind k, PymTok t, AstExpr *test, AstSeq *body,
                       AstSeq *orelse) {
    AstStmt *s = ast_stmt_new(A_, k,
                              pym_p_body_end(tokpos(t), orelse && orelse->n ? orelse : body));
    s->v.ifstmt.test = test;
    s->v.ifstmt.body = body;
    s->v.ifstmt.orelse = orelse ? orelse : ast_seq_new(A_);
    return s;
}
AstComprehension *pym_p_comp(PymParseCtx *ctx, AstExpr *target, AstExpr *iter) {
    AstComprehension *c = pym_arena_alloc(A_, sizeof *c);
    pym_p_set_ctx(ctx, target, CTX_STORE, PYM_TGT_FOR);
    c->target = target;
    c->iter = iter;
    c->ifs = ast_seq_new(A_);
    return c;
}
AstExpr *pym_p_compexpr(PymParseCtx *ctx, AstExprKind k, PymTok a, AstExpr *elt, AstSeq *gens,
                        PymTok b) {
    AstExpr *e = pym_p_new_expr(ctx, k, span(tokpos(a), tokpos(b)));
    e->v.comp.elt = elt;
    e->v.comp.generators = gens;
    return e;
}
AstExpr *pym_p_display(PymParseCtx *ctx, AstExprKind k, PymTok a, AstSeq *s, PymTok b) {
    AstExpr *e = pym_p_new_expr(ctx, k, span(tokpos(a), tokpos(b)));
    if (k == EXPR_SET)
        e->v.set.elts = s;
    else {
        e->v.list.elts = s;
        e->v.list.ctx = CTX_LOAD;
    }
    return e;
}
PymParam *pym_p_param(PymParseCtx *ctx, int kind, PymTok *name, AstExpr *ann, AstExpr *def,
                      AstPos pos) {
    PymParam *p = pym_arena_alloc(A_, sizeof *p);
    p->kind = kind;
    if (name) {
        p->arg = pym_arena_alloc(A_, sizeof *p->arg);
        p->arg->arg = pym_arena_strdup(A_, name->s, name->len);
        p->arg->annotation = ann;
        p->arg->pos = ann ? span(tokpos(*name), ann->pos) : tokpos(*name);
    }
    p->def = def;
    p->pos = pos;
    return p;
}
PymCallArg *pym_p_callarg(PymParseCtx *ctx, int kind, AstExpr *kw, AstExpr *v, AstPos pos) {
    PymCallArg *c = pym_arena_alloc(A_, sizeof *c);
    c->kind = kind;
    c->kwexpr = kw;
    c->value = v;
    c->pos = pos;
    return c;
}
AstAlias *pym_p_alias(PymParseCtx *ctx, const char *name, PymTok *as, AstPos pos) {
    AstAlias *a = pym_arena_alloc(A_, sizeof *a);
    a->name = name;
    a->asname = as ? pym_arena_strdup(A_, as->s, as->len) : NULL;
    a->pos = as ? span(pos, tokpos(*as)) : pos;
    return a;
}
AstStmt *pym_p_aug(PymParseCtx *ctx, AstExpr *t, int op, AstExpr *v) {
    AstStmt *s = ast_stmt_new(A_, STMT_AUGASSIGN, span(t->pos, v->pos));
    pym_p_set_ctx(ctx, t, CTX_STORE, PYM_TGT_AUG);
    s->v.augassign.target = t;
    s->v.augassign.op = (AstOperator)op;
    s->v.augassign.value = v;
    return s;
}
AstStmt *pym_p_annassign(PymParseCtx *ctx, AstExpr *t, AstExpr *ann, AstExpr *v) {
    AstStmt *s = ast_stmt_new(A_, STMT_ANNASSIGN, span(t->pos, (v ? v : ann)->pos));
    pym_p_set_ctx(ctx, t, CTX_STORE, PYM_TGT_ANN);
    s->v.annassign.target = t;
    s->v.annassign.annotation = ann;
    s->v.annassign.value = v;
    s->v.annassign.simple = t->kind == EXPR_NAME && !pym_p_is_parenthesized(ctx, t);
    return s;
}
AstExpr *pym_p_slice(PymParseCtx *ctx, AstExpr *lo, PymTok c1, AstExpr *hi, PymTok *c2,
                     AstExpr *st) {
    AstPos start = lo ? lo->pos : tokpos(c1);
    AstPos end = st ? st->pos : c2 ? tokpos(*c2) : hi ? hi->pos : tokpos(c1);
    AstExpr *e = pym_p_new_expr(ctx, EXPR_SLICE, span(start, end));
    e->v.slice.lower = lo;
    e->v.slice.upper = hi;
    e->v.slice.step = st;
    return e;
}
AstExpr *pym_p_constant(PymParseCtx *ctx, PymTok t, int kind) {
    AstExpr *e = pym_p_new_expr(ctx, EXPR_CONSTANT, tokpos(t));
    e->v.constant.kind = (AstConstKind)kind;
    return e;
}
AstStmt *pym_p_funcdef(PymParseCtx *ctx, PymTok d, PymTok n, AstSeq *params, AstExpr *ret,
                       AstSeq *body) {
    AstStmt *s = ast_stmt_new(A_, STMT_FUNCTIONDEF, pym_p_body_end(tokpos(d), body));
    s->v.funcdef.name = pym_arena_strdup(A_, n.s, n.len);
    s->v.funcdef.args = pym_p_arguments(ctx, params, false);
    s->v.funcdef.body = body;
    s->v.funcdef.decorators = ast_seq_new(A_);
    s->v.funcdef.returns = ret;
    return s;
}
AstStmt *pym_p_classdef(PymParseCtx *ctx, PymTok c, PymTok n, AstSeq *args, AstSeq *body) {
    AstStmt *s = ast_stmt_new(A_, STMT_CLASSDEF, pym_p_body_end(tokpos(c), body));
    s->v.classdef.name = pym_arena_strdup(A_, n.s, n.len);
    if (args->n == 1 && ((PymCallArg *)args->items[0])->kind == PYM_CARG_GENEXP)
        pym_p_error(ctx, pym_p_genexp_for(ctx, ((PymCallArg *)args->items[0])->value),
                    "invalid syntax");
    AstExpr *call = pym_p_call(ctx, NULL, args, c);
    s->v.classdef.bases = call->v.call.args;
    s->v.classdef.keywords = call->v.call.keywords;
    s->v.classdef.body = body;
    s->v.classdef.decorators = ast_seq_new(A_);
    return s;
}
AstExceptHandler *pym_p_handler(PymParseCtx *ctx, PymTok t, AstExpr *type, PymTok *name,
                                AstSeq *body) {
    AstExceptHandler *h = pym_arena_alloc(A_, sizeof *h);
    h->type = type;
    h->name = name ? pym_arena_strdup(A_, name->s, name->len) : NULL;
    h->body = body;
    h->pos = pym_p_body_end(tokpos(t), body);
    return h;
}
AstStmt *pym_p_trystmt(PymParseCtx *ctx, PymTok t, AstSeq *body, AstSeq *h, AstSeq *orelse,
                       AstSeq *fin) {
    AstSeq *last = fin ? fin : orelse ? orelse : h ? NULL : body;
    AstPos p;
    if (last)
        p = pym_p_body_end(tokpos(t), last);
    else
        p = span(tokpos(t), ((AstExceptHandler *)h->items[h->n - 1])->pos);
    AstStmt *s = ast_stmt_new(A_, STMT_TRY, p);
    s->v.trystmt.body = body;
    s->v.trystmt.handlers = h ? h : ast_seq_new(A_);
    s->v.trystmt.orelse = orelse ? orelse : ast_seq_new(A_);
    s->v.trystmt.finalbody = fin ? fin : ast_seq_new(A_);
    return s;
}
AstWithItem *pym_p_withitem(PymParseCtx *ctx, AstExpr *e, AstExpr *t, PymTok *as) {
    if (as && e->kind == EXPR_NAMEDEXPR && pym_p_take_marker(ctx, e))
        pym_p_error(ctx, tokpos(*as), "invalid syntax");
    AstWithItem *w = pym_arena_alloc(A_, sizeof *w);
    w->context_expr = e;
    w->optional_vars = t;
    if (t) pym_p_set_ctx(ctx, t, CTX_STORE, PYM_TGT_WITH);
    return w;
}
const char *pym_p_dotted(PymParseCtx *ctx, const char *a, PymTok n) {
    size_t la = a ? strlen(a) : 0;
    char *s = pym_arena_alloc(A_, la + n.len + 2);
    if (a) {
        memcpy(s, a, la);
        s[la++] = '.';
    }
    memcpy(s + la, n.s, n.len);
    return s;
}

/* }===== */

/* {===== patterns (the match statement, PEP 634) */

static AstPattern *new_pattern(PymParseCtx *ctx, AstPatternKind k, AstPos pos) {
    AstPattern *p = pym_arena_alloc(A_, sizeof *p);
    p->kind = k;
    p->pos = pos;
    return p;
}

static bool is_wildcard_tok(PymTok t) { return t.len == 1 && t.s[0] == '_'; }

AstStmt *pym_p_match(PymParseCtx *ctx, PymTok kw, AstExpr *subject, PymTok colon, AstSeq *cases) {
    AstMatchCase *last = cases->items[cases->n - 1];
    AstStmt *s = ast_stmt_new(A_, STMT_MATCH, tokpos(kw));
    AstStmt *l = last->body->items[last->body->n - 1];
    s->pos.end_lineno = l->pos.end_lineno;
    s->pos.end_col = l->pos.end_col;
    s->v.match.subject = subject;
    s->v.match.cases = cases;
    if (subject && subject->kind == EXPR_STARRED) pym_p_error(ctx, tokpos(colon), "invalid syntax");
    return s;
}

/* 'match a, *b:' is a tuple; a lone starred subject is refused at the ':' */
AstExpr *pym_p_subject(PymParseCtx *ctx, AstSeq *items, PymTok *comma) {
    AstExpr *f = items->items[0], *l = items->items[items->n - 1];
    if (items->n == 1 && !comma) return f;
    AstPos p = {f->pos.lineno, f->pos.col, comma ? comma->end_lineno : l->pos.end_lineno,
                comma ? comma->end_col : l->pos.end_col};
    AstExpr *e = pym_p_new_expr(ctx, EXPR_TUPLE, p);
    e->v.list.elts = items;
    e->v.list.ctx = CTX_LOAD;
    return e;
}

AstMatchCase *pym_p_case(PymParseCtx *ctx, AstPattern *p, AstExpr *guard, AstSeq *body) {
    AstMatchCase *m = pym_arena_alloc(A_, sizeof *m);
    m->pattern = p;
    m->guard = guard;
    m->body = body;
    return m;
}

static AstPos pats_pos(AstSeq *items) {
    AstPattern *f = items->items[0], *l = items->items[items->n - 1];
    AstPos p = {f->pos.lineno, f->pos.col, l->pos.end_lineno, l->pos.end_col};
    return p;
}

/* 'case a, b:' is a sequence; 'case *a:' alone is an error at the ':' */
AstPattern *pym_p_top_patterns(PymParseCtx *ctx, AstSeq *items, bool trailing_comma) {
    AstPattern *f = items->items[0];
    if (items->n == 1 && !trailing_comma) {
        if (f->kind == PAT_STAR) {
            AstPos p = ctx->cur.s ? tokpos(ctx->cur) : f->pos;
            pym_p_error(ctx, p, "invalid syntax");
        }
        return f;
    }
    return pym_p_sequence(ctx, items, pats_pos(items), false);
}

AstPattern *pym_p_star(PymParseCtx *ctx, PymTok star, PymTok name) {
    AstPos p = {star.lineno, star.col, name.end_lineno, name.end_col};
    AstPattern *s = new_pattern(ctx, PAT_STAR, p);
    s->v.star.name = is_wildcard_tok(name) ? NULL : pym_arena_strdup(A_, name.s, name.len);
    return s;
}

AstPattern *pym_p_or(PymParseCtx *ctx, AstSeq *alts) {
    if (alts->n == 1) return alts->items[0];
    AstPattern *p = new_pattern(ctx, PAT_OR, pats_pos(alts));
    p->v.or.patterns = alts;
    return p;
}

AstPattern *pym_p_as(PymParseCtx *ctx, AstPattern *p, AstPattern *target) {
    if (target->kind == PAT_VALUE && target->v.value.value->kind == EXPR_ATTRIBUTE) {
        AstExpr *n = target->v.value.value; /* 'as a.b': the parser stops at the '.' */
        while (n->kind == EXPR_ATTRIBUTE) n = n->v.attribute.value;
        AstPos dot = {n->pos.end_lineno, n->pos.end_col, n->pos.end_lineno, n->pos.end_col + 1};
        pym_p_error(ctx, dot, "invalid syntax");
    } else if (target->kind != PAT_AS || target->v.as.pattern) {
        pym_p_error(ctx, target->pos, "invalid pattern target");
    } else if (!target->v.as.name) {
        pym_p_error(ctx, target->pos, "cannot use '_' as a target");
    }
    AstPattern *a = new_pattern(ctx, PAT_AS, p->pos);
    a->pos.end_lineno = target->pos.end_lineno;
    a->pos.end_col = target->pos.end_col;
    a->v.as.pattern = p;
    a->v.as.name = target->v.as.name;
    return a;
}

AstPattern *pym_p_capture(PymParseCtx *ctx, PymTok name) {
    AstPattern *p = new_pattern(ctx, PAT_AS, tokpos(name));
    if (!is_wildcard_tok(name)) p->v.as.name = pym_arena_strdup(A_, name.s, name.len);
    return p;
}

AstPattern *pym_p_value_pattern(PymParseCtx *ctx, AstExpr *e) {
    AstPattern *p = new_pattern(ctx, PAT_VALUE, e->pos);
    p->v.value.value = e;
    return p;
}

AstPattern *pym_p_literal_pattern(PymParseCtx *ctx, AstExpr *e) {
    if (e->kind == EXPR_JOINEDSTR) {
        pym_p_error(ctx, e->pos, "patterns may only match literals and attribute lookups");
    } else if (e->kind == EXPR_CONSTANT &&
               (e->v.constant.kind == CONST_NONE || e->v.constant.kind == CONST_TRUE ||
                e->v.constant.kind == CONST_FALSE)) {
        AstPattern *p = new_pattern(ctx, PAT_SINGLETON, e->pos);
        p->v.singleton.value = e->v.constant.kind;
        return p;
    }
    return pym_p_value_pattern(ctx, e);
}

/* '(p)' is a group (p itself) when maybe_group and p is not starred */
AstPattern *pym_p_sequence(PymParseCtx *ctx, AstSeq *items, AstPos pos, bool maybe_group) {
    if (maybe_group && items->n == 1) {
        AstPattern *f = items->items[0];
        AstPos rpar = {pos.end_lineno, pos.end_col - 1, pos.end_lineno, pos.end_col};
        if (f->kind == PAT_STAR) pym_p_error(ctx, rpar, "invalid syntax");
        return f;
    }
    AstPattern *p = new_pattern(ctx, PAT_SEQUENCE, pos);
    p->v.seq.patterns = items;
    return p;
}

static bool is_imaginary(PymTok t) { return t.len > 0 && (t.s[t.len - 1] | 32) == 'j'; }

/* 'a + bj' in a pattern: a real number and an imaginary one */
AstExpr *pym_p_complex(PymParseCtx *ctx, AstExpr *real, int op, PymTok imag) {
    AstExpr *r = real->kind == EXPR_UNARYOP ? real->v.unaryop.operand : real;
    AstExpr *i = pym_p_number(ctx, imag);
    if (!is_imaginary(imag)) {
        pym_p_error(ctx, tokpos(imag), "imaginary number required in complex literal");
    } else {
        const char *line = pym_lexer_line(ctx->buf, ctx->end, r->pos.lineno);
        if (line && (line[r->pos.end_col - 1] | 32) == 'j')
            pym_p_error(ctx, r->pos, "real number required in complex literal");
    }
    AstExpr *e = pym_p_new_expr(ctx, EXPR_BINOP, real->pos);
    e->pos.end_lineno = i->pos.end_lineno;
    e->pos.end_col = i->pos.end_col;
    e->v.binop.left = real;
    e->v.binop.op = (AstOperator)op;
    e->v.binop.right = i;
    return e;
}

PymMapItem *pym_p_map_item(PymParseCtx *ctx, AstExpr *key, AstPattern *p, PymTok *rest) {
    PymMapItem *m = pym_arena_alloc(A_, sizeof *m);
    m->key = key;
    m->pattern = p;
    if (rest) {
        m->pos = tokpos(*rest);
        if (is_wildcard_tok(*rest)) pym_p_error(ctx, tokpos(*rest), "invalid syntax");
        m->rest = pym_arena_strdup(A_, rest->s, rest->len);
    } else {
        m->pos = key->pos;
    }
    return m;
}

/* '{**rest}' must come last: what follows it is the error */
AstPattern *pym_p_mapping(PymParseCtx *ctx, AstSeq *items, AstPos pos) {
    AstPattern *p = new_pattern(ctx, PAT_MAPPING, pos);
    p->v.mapping.keys = ast_seq_new(A_);
    p->v.mapping.patterns = ast_seq_new(A_);
    for (int i = 0; i < items->n; i++) {
        PymMapItem *m = items->items[i];
        if (m->rest) {
            if (i + 1 < items->n) {
                PymMapItem *nx = items->items[i + 1];
                pym_p_error(ctx, nx->pos, "invalid syntax");
            }
            p->v.mapping.rest = m->rest;
            continue;
        }
        ast_seq_append(A_, p->v.mapping.keys, m->key);
        ast_seq_append(A_, p->v.mapping.patterns, m->pattern);
    }
    return p;
}

PymClsArg *pym_p_cls_arg(PymParseCtx *ctx, PymTok *kw, AstPattern *p) {
    PymClsArg *a = pym_arena_alloc(A_, sizeof *a);
    a->kw = kw ? pym_arena_strdup(A_, kw->s, kw->len) : NULL;
    a->pattern = p;
    a->pos = p->pos;
    if (kw) a->pos.lineno = kw->lineno, a->pos.col = kw->col;
    return a;
}

AstPattern *pym_p_class(PymParseCtx *ctx, AstExpr *cls, AstSeq *args, PymTok rpar) {
    AstPos pos = {cls->pos.lineno, cls->pos.col, rpar.end_lineno, rpar.end_col};
    AstPattern *p = new_pattern(ctx, PAT_CLASS, pos);
    p->v.cls.cls = cls;
    p->v.cls.patterns = ast_seq_new(A_);
    p->v.cls.kwd_attrs = ast_seq_new(A_);
    p->v.cls.kwd_patterns = ast_seq_new(A_);
    bool kw = false;
    for (int i = 0; i < args->n; i++) {
        PymClsArg *a = args->items[i];
        if (a->kw) {
            kw = true;
            ast_seq_append(A_, p->v.cls.kwd_attrs, (void *)a->kw);
            ast_seq_append(A_, p->v.cls.kwd_patterns, a->pattern);
        } else if (kw) {
            pym_p_error(ctx, a->pattern->pos, "positional patterns follow keyword patterns");
        } else {
            ast_seq_append(A_, p->v.cls.patterns, a->pattern);
        }
    }
    return p;
}

/* }===== */

/* {===== literals */

AstExpr *pym_p_number(PymParseCtx *ctx, PymTok t) {
    AstExpr *e = pym_p_new_expr(ctx, EXPR_CONSTANT, tokpos(t));
    char *buf = pym_arena_alloc(A_, t.len + 1);
    int n = 0, base = 10;
    const char *s = t.s, *end = t.s + t.len;
    bool isfloat = false;
    if (t.len > 1 && s[0] == '0' && strchr("xXoObB", s[1])) {
        base = (s[1] | 32) == 'x' ? 16 : (s[1] | 32) == 'o' ? 8 : 2;
        s += 2;
    }
    for (; s < end; s++) {
        if (*s == '_') continue;
        if (base == 10 && (*s == '.' || *s == 'e' || *s == 'E')) isfloat = true;
        buf[n++] = *s;
    }
    buf[n] = 0;
    if (n > 0 && (buf[n - 1] | 32) == 'j') { /* imaginary literal: 1j, 2.5J */
        buf[n - 1] = 0;
        e->v.constant.kind = CONST_COMPLEX;
        e->v.constant.fval = strtod(buf, NULL);
    } else if (isfloat) {
        e->v.constant.kind = CONST_FLOAT;
        e->v.constant.fval = strtod(buf, NULL);
    } else {
        /* strip leading zeros (keep one) */
        char *d = buf;
        while (d[0] == '0' && d[1]) d++;
        e->v.constant.kind = CONST_INT;
        e->v.constant.text = d;
        e->v.constant.len = strlen(d);
        e->v.constant.base = base;
    }
    return e;
}

/* A growable byte buffer in the arena. */
typedef struct {
    char *p;
    size_t n, cap;
    PymArena *a;
} Buf;

static void buf_put(Buf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        size_t cap = (b->n + n + 1) * 2 + 16;
        char *p = pym_arena_alloc(b->a, cap);
        if (b->n) memcpy(p, b->p, b->n);
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void buf_utf8(Buf *b, unsigned long cp) {
    char u[4];
    int n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = 0xc0 | (cp >> 6);
        u[1] = 0x80 | (cp & 63);
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = 0xe0 | (cp >> 12);
        u[1] = 0x80 | ((cp >> 6) & 63);
        u[2] = 0x80 | (cp & 63);
        n = 3;
    } else {
        u[0] = 0xf0 | (cp >> 18);
        u[1] = 0x80 | ((cp >> 12) & 63);
        u[2] = 0x80 | ((cp >> 6) & 63);
        u[3] = 0x80 | (cp & 63);
        n = 4;
    }
    buf_put(b, u, n);
}

/* Decodes the escapes of s[0..n) (a str or bytes literal body) into b. */
static int decode_escapes(PymParseCtx *ctx, PymTok *t, const char *s, size_t n, bool raw,
                          bool bytes, Buf *b) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (bytes && c >= 0x80) {
            AstPos p = tokpos(*t);
            pym_p_error(ctx, p, "bytes can only contain ASCII literal characters");
            return -1;
        }
        if (c != '\\' || raw) {
            buf_put(b, (const char *)&s[i], 1);
            continue;
        }
        if (++i >= n) {
            buf_put(b, "\\", 1);
            break;
        }
        c = (unsigned char)s[i];
        switch (c) {
        case '\n': break;
        case '\\': buf_put(b, "\\", 1); break;
        case '\'': buf_put(b, "'", 1); break;
        case '"': buf_put(b, "\"", 1); break;
        case 'a': buf_put(b, "\a", 1); break;
        case 'b': buf_put(b, "\b", 1); break;
        case 'f': buf_put(b, "\f", 1); break;
        case 'n': buf_put(b, "\n", 1); break;
        case 'r': buf_put(b, "\r", 1); break;
        case 't': buf_put(b, "\t", 1); break;
        case 'v': buf_put(b, "\v", 1); break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            unsigned v = c - '0';
            for (int k = 0; k < 2 && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '7'; k++)
                v = v * 8 + (s[++i] - '0');
            if (bytes) {
                char ch = (char)(v & 0xff);
                buf_put(b, &ch, 1);
            } else
                buf_utf8(b, v);
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            int want = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            if (bytes && c != 'x') {
                buf_put(b, "\\", 1);
                buf_put(b, (const char *)&c, 1);
                break;
            }
            unsigned long v = 0;
            int k;
            for (k = 0; k < want && i + 1 < n && isxdigit((unsigned char)s[i + 1]); k++) {
                char h = s[++i];
                v = v * 16 + (isdigit((unsigned char)h) ? h - '0' : (h | 32) - 'a' + 10);
            }
            if (k < want) {
                pym_p_error(ctx, tokpos(*t),
                            "(%s error) '%s' codec can't decode bytes in position %d-%d: truncated "
                            "%s%s escape",
                            bytes ? "value" : "unicode", bytes ? "" : "unicodeescape", 0, 0,
                            c == 'x'   ? "\\x"
                            : c == 'u' ? "\\u"
                                       : "\\U",
                            c == 'x'   ? "XX"
                            : c == 'u' ? "XXXX"
                                       : "XXXXXXXX");
                if (bytes)
                    snprintf(ctx->errmsg, sizeof ctx->errmsg,
                             "(value error) invalid \\x escape at position %d", 0);
                return -1;
            }
            if (bytes) {
                char ch = (char)v;
                buf_put(b, &ch, 1);
            } else if (v > 0x10ffff) {
                pym_p_error(ctx, tokpos(*t),
                            "(unicode error) 'unicodeescape' codec can't decode bytes: illegal "
                            "Unicode character");
                return -1;
            } else
                buf_utf8(b, v);
            break;
        }
        case 'N':
            if (!bytes) {
                pym_p_error(ctx, tokpos(*t),
                            "(unicode error) 'unicodeescape' codec can't decode bytes: "
                            "\\N{...} escapes are not supported");
                return -1;
            }
            /* fall through */
        default:
            buf_put(b, "\\", 1);
            buf_put(b, (const char *)&s[i], 1);
            break;
        }
    }
    return 0;
}

typedef struct {
    bool raw, bytes, fstr;
    const char *body;
    size_t n;
    int quote; /* quote length: 1 or 3 */
} StrTok;

static void split_str(PymTok *t, StrTok *st) {
    const char *s = t->s;
    memset(st, 0, sizeof *st);
    while (*s != '"' && *s != '\'') {
        char c = *s | 32;
        if (c == 'r') st->raw = true;
        if (c == 'b') st->bytes = true;
        if (c == 'f') st->fstr = true;
        s++;
    }
    st->quote = (s[1] == s[0] && s[2] == s[0] && t->len - (s - t->s) >= 6) ? 3 : 1;
    st->body = s + st->quote;
    st->n = t->len - (st->body - t->s) - st->quote;
}

/* The (line, col) of byte p inside token t (which may span lines). */
static void pos_in_tok(PymTok *t, const char *p, int *line, int *col) {
    int l = t->lineno, c = t->col;
    for (const char *q = t->s; q < p; q++) {
        if (*q == '\n') {
            l++;
            c = 0;
        } else
            c++;
    }
    *line = l;
    *col = c;
}

static void add_const(PymParseCtx *ctx, AstSeq *vals, Buf *lit, PymTok *t) {
    if (!lit->n) return;
    AstExpr *c = pym_p_new_expr(ctx, EXPR_CONSTANT, tokpos(*t));
    c->v.constant.kind = CONST_STR;
    c->v.constant.text = lit->p;
    c->v.constant.len = lit->n;
    ast_seq_append(A_, vals, c);
    memset(lit, 0, sizeof *lit);
    lit->a = A_;
}

static int fstring_parse(PymParseCtx *ctx, PymTok *t, StrTok *st, size_t *ip, AstSeq *vals,
                         Buf *lit, int depth, bool spec);

static AstExpr *fstring_error(PymParseCtx *ctx, PymTok *t, const char *msg) {
    AstPos p = {t->end_lineno, t->end_col, t->end_lineno, t->end_col};
    pym_p_error(ctx, p, "%s", msg);
    return NULL;
}

/* Parses one replacement field starting at body[*ip] == '{'. */
static int fstring_field(PymParseCtx *ctx, PymTok *t, StrTok *st, size_t *ip, AstSeq *vals,
                         Buf *lit, int depth) {
    const char *b = st->body;
    size_t n = st->n, i = *ip + 1, start = i;
    int nest = 0;
    char q = 0;
    if (depth >= 2) {
        fstring_error(ctx, t, "f-string: expressions nested too deeply");
        return -1;
    }
    for (; i < n; i++) {
        char c = b[i];
        if (q) {
            if (c == q) q = 0;
            continue;
        }
        if (c == '\\') {
            fstring_error(ctx, t, "f-string expression part cannot include a backslash");
            return -1;
        }
        if (c == '\'' || c == '"') {
            q = c;
            continue;
        }
        if (c == '#') {
            fstring_error(ctx, t, "f-string expression part cannot include '#'");
            return -1;
        }
        if (c == '(' || c == '[' || c == '{') {
            nest++;
            continue;
        }
        if (c == ')' || c == ']' || (c == '}' && nest > 0)) {
            nest--;
            continue;
        }
        if (nest > 0) continue;
        if (c == '}' || c == ':') break;
        if (c == '!' && i + 1 < n && b[i + 1] != '=') break;
        if (c == '=' && i + 1 < n && b[i + 1] != '=' && i > start && !strchr("=!<>", b[i - 1]))
            break;
        if (c == '!' || c == '=' || c == '<' || c == '>') {
            if (i + 1 < n && b[i + 1] == '=') i++;
        }
    }
    if (q) {
        fstring_error(ctx, t, "f-string: unterminated string");
        return -1;
    }
    if (i >= n) {
        fstring_error(ctx, t, nest ? "f-string: unmatched '('" : "f-string: expecting '}'");
        return -1;
    }
    size_t eend = i;
    bool blank = true;
    for (size_t k = start; k < eend; k++)
        if (!isspace((unsigned char)b[k])) blank = false;
    if (blank) {
        fstring_error(ctx, t, "f-string: empty expression not allowed");
        return -1;
    }
    /* the expression: parsed as "(text)" */
    char *src = pym_arena_alloc(A_, eend - start + 3);
    src[0] = '(';
    memcpy(src + 1, b + start, eend - start);
    src[eend - start + 1] = ')';
    int line, col;
    pos_in_tok(t, b + start, &line, &col);
    if (ctx->fstring_depth > 20) {
        fstring_error(ctx, t, "f-string: expressions nested too deeply");
        return -1;
    }
    PymParseCtx sub;
    memset(&sub, 0, sizeof sub);
    sub.arena = ctx->arena;
    sub.filename = ctx->filename;
    sub.fstring_depth = ctx->fstring_depth + 1;
    AstMod *m = run_parse(&sub, src, eend - start + 2, PYM_EVAL_INPUT, line - 1, col - 1);
    if (!m) {
        if (!ctx->errkind) {
            ctx->errkind = sub.errkind;
            if (strncmp(sub.errmsg, "f-string", 8) == 0)
                snprintf(ctx->errmsg, sizeof ctx->errmsg, "%s", sub.errmsg);
            else
                snprintf(ctx->errmsg, sizeof ctx->errmsg, "f-string: %.240s", sub.errmsg);
            if (sub.fstring_text) {
                ctx->fstring_text = sub.fstring_text;
                ctx->err_lineno = sub.err_lineno;
                ctx->err_col = sub.err_col;
                ctx->err_end_lineno = sub.err_end_lineno;
                ctx->err_end_col = sub.err_end_col;
            } else {
                /* positions relative to the "(expr)" text, as CPython 3.11 */
                ctx->fstring_text = src;
                ctx->err_lineno = sub.err_lineno - (line - 1);
                ctx->err_end_lineno = sub.err_end_lineno - (line - 1);
                ctx->err_col = sub.err_col >= 0 && sub.err_lineno == line ? sub.err_col - (col - 1)
                                                                          : sub.err_col;
                ctx->err_end_col = sub.err_end_col >= 0 && sub.err_end_lineno == line
                                       ? sub.err_end_col - (col - 1)
                                       : sub.err_end_col;
            }
        }
        return -1;
    }
    AstExpr *ex = m->expr;
    int conv = -1;
    if (b[i] == '=') {
        /* self-documenting: the text up to and including '=' and the spaces after */
        size_t k = i + 1;
        while (k < n && isspace((unsigned char)b[k])) k++;
        buf_put(lit, b + start, k - start);
        i = k;
        if (b[i] != '!' && b[i] != ':') conv = 'r';
    }
    add_const(ctx, vals, lit, t);
    if (i < n && b[i] == '!') {
        if (i + 1 >= n || !strchr("sra", b[i + 1]) || b[i + 1] == 0) {
            fstring_error(ctx, t,
                          "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return -1;
        }
        conv = b[i + 1];
        i += 2;
    }
    AstExpr *spec = NULL;
    if (i < n && b[i] == ':') {
        i++;
        AstSeq *sv = ast_seq_new(A_);
        Buf sl = {0};
        sl.a = A_;
        if (fstring_parse(ctx, t, st, &i, sv, &sl, depth + 1, true) < 0) return -1;
        add_const(ctx, sv, &sl, t);
        spec = pym_p_new_expr(ctx, EXPR_JOINEDSTR, tokpos(*t));
        spec->v.joinedstr.values = sv;
    }
    if (i >= n || b[i] != '}') {
        fstring_error(ctx, t, "f-string: expecting '}'");
        return -1;
    }
    AstExpr *fv = pym_p_new_expr(ctx, EXPR_FORMATTEDVALUE, tokpos(*t));
    fv->v.formatted.value = ex;
    fv->v.formatted.conversion = conv;
    fv->v.formatted.format_spec = spec;
    ast_seq_append(A_, vals, fv);
    *ip = i + 1;
    return 0;
}

/* Parses the f-string body from *ip: literal text and fields; in a format
** spec it stops at the '}' closing the field. */
static int fstring_parse(PymParseCtx *ctx, PymTok *t, StrTok *st, size_t *ip, AstSeq *vals,
                         Buf *lit, int depth, bool spec) {
    const char *b = st->body;
    size_t n = st->n, i = *ip;
    while (i < n) {
        char c = b[i];
        if (c == '{') {
            if (!spec && i + 1 < n && b[i + 1] == '{') {
                buf_put(lit, "{", 1);
                i += 2;
                continue;
            }
            if (fstring_field(ctx, t, st, &i, vals, lit, depth) < 0) return -1;
            continue;
        }
        if (c == '}') {
            if (spec) break;
            if (i + 1 < n && b[i + 1] == '}') {
                buf_put(lit, "}", 1);
                i += 2;
                continue;
            }
            fstring_error(ctx, t, "f-string: single '}' is not allowed");
            return -1;
        }
        size_t j = i;
        while (j < n && b[j] != '{' && b[j] != '}') {
            if (b[j] == '\\' && !st->raw && j + 1 < n) {
                if (b[j + 1] == 'N' && j + 2 < n && b[j + 2] == '{') {
                    while (j < n && b[j] != '}') j++;
                    if (j < n) j++;
                    continue;
                }
                j += 2;
                continue;
            }
            j++;
        }
        if (j > n) j = n;
        if (decode_escapes(ctx, t, b + i, j - i, st->raw, false, lit) < 0) return -1;
        i = j;
    }
    *ip = i;
    return 0;
}

/* Adjacent string literals: one Constant (str or bytes) or a JoinedStr. */
AstExpr *pym_p_strings(PymParseCtx *ctx, AstSeq *toks) {
    PymTok *first = toks->items[0], *last = toks->items[toks->n - 1];
    AstPos pos = {first->lineno, first->col, last->end_lineno, last->end_col};
    bool anyf = false, anyb = false, anys = false;
    for (int i = 0; i < toks->n; i++) {
        StrTok st;
        split_str(toks->items[i], &st);
        anyf |= st.fstr;
        anyb |= st.bytes;
        anys |= !st.bytes;
    }
    if (anyb && anys) {
        AstPos p = {last->end_lineno, last->end_col, last->end_lineno, last->end_col};
        pym_p_error(ctx, p, "cannot mix bytes and nonbytes literals");
    }
    Buf lit = {0};
    lit.a = A_;
    if (!anyf) {
        for (int i = 0; i < toks->n; i++) {
            StrTok st;
            split_str(toks->items[i], &st);
            if (decode_escapes(ctx, toks->items[i], st.body, st.n, st.raw, st.bytes, &lit) < 0)
                break;
        }
        AstExpr *e = pym_p_new_expr(ctx, EXPR_CONSTANT, pos);
        e->v.constant.kind = anyb ? CONST_BYTES : CONST_STR;
        e->v.constant.text = lit.p ? lit.p : "";
        e->v.constant.len = lit.n;
        return e;
    }
    AstSeq *vals = ast_seq_new(A_);
    for (int i = 0; i < toks->n; i++) {
        StrTok st;
        PymTok *t = toks->items[i];
        split_str(t, &st);
        if (!st.fstr) {
            if (decode_escapes(ctx, t, st.body, st.n, st.raw, false, &lit) < 0) break;
            continue;
        }
        size_t k = 0;
        if (fstring_parse(ctx, t, &st, &k, vals, &lit, 0, false) < 0) break;
    }
    add_const(ctx, vals, &lit, last);
    /* constants in a JoinedStr carry the whole literal's position */
    AstExpr *e = pym_p_new_expr(ctx, EXPR_JOINEDSTR, pos);
    for (int i = 0; i < vals->n; i++) {
        AstExpr *v = vals->items[i];
        v->pos = pos;
        if (v->kind == EXPR_FORMATTEDVALUE && v->v.formatted.format_spec)
            v->v.formatted.format_spec->pos = pos;
    }
    e->v.joinedstr.values = vals;
    return e;
}

/* }===== */

/* {===== source encoding (PEP 263) */

/* The encoding name of a '# coding: name' comment on [s, e), or NULL. */
static bool coding_spec(const char *s, const char *e, char *name, size_t cap) {
    const char *p = s;
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
    if (p >= e || *p != '#') return false;
    for (; p + 7 < e; p++) {
        if (memcmp(p, "coding", 6) != 0 || (p[6] != ':' && p[6] != '=')) continue;
        const char *q = p + 7;
        while (q < e && (*q == ' ' || *q == '\t')) q++;
        size_t n = 0;
        while (q < e && (isalnum((unsigned char)*q) || *q == '-' || *q == '_' || *q == '.') &&
               n + 1 < cap)
            name[n++] = *q++;
        name[n] = 0;
        if (n) return true;
    }
    return false;
}

/* CPython's get_normal_name, then the aliases of the codecs pym knows:
** "utf-8", "iso-8859-1", "iso-8859-15", "cp1252", "ascii", or the name. */
static const char *normal_encoding(const char *name, char *buf, size_t cap) {
    size_t n = strlen(name);
    if (n >= cap) n = cap - 1;
    for (size_t i = 0; i < n; i++)
        buf[i] = name[i] == '_' ? '-' : (char)tolower((unsigned char)name[i]);
    buf[n] = 0;
    static const struct {
        const char *alias, *name;
    } al[] = {
        {"utf-8", "utf-8"},
        {"utf8", "utf-8"},
        {"u8", "utf-8"},
        {"utf", "utf-8"},
        {"cp65001", "utf-8"},
        {"latin-1", "iso-8859-1"},
        {"iso-8859-1", "iso-8859-1"},
        {"iso-latin-1", "iso-8859-1"},
        {"latin1", "iso-8859-1"},
        {"latin", "iso-8859-1"},
        {"l1", "iso-8859-1"},
        {"iso8859-1", "iso-8859-1"},
        {"8859", "iso-8859-1"},
        {"cp819", "iso-8859-1"},
        {"iso-8859-15", "iso-8859-15"},
        {"iso8859-15", "iso-8859-15"},
        {"latin9", "iso-8859-15"},
        {"latin-9", "iso-8859-15"},
        {"l9", "iso-8859-15"},
        {"cp1252", "cp1252"},
        {"windows-1252", "cp1252"},
        {"ascii", "ascii"},
        {"us-ascii", "ascii"},
        {"646", "ascii"},
    };
    for (size_t i = 0; i < PYM_ARRAY_LEN(al); i++) {
        size_t k = strlen(al[i].alias);
        /* 'utf-8-...' and 'latin-1-...' count as their base (CPython) */
        if (strcmp(buf, al[i].alias) == 0 ||
            (strncmp(buf, al[i].alias, k) == 0 && buf[k] == '-' &&
             (strcmp(al[i].name, "utf-8") == 0 || strcmp(al[i].name, "iso-8859-1") == 0) &&
             strchr(al[i].alias, '-')))
            return al[i].name;
    }
    return name;
}

/* Length of the valid UTF-8 sequence at p (1..4), 0 when invalid. */
static int utf8_valid(const unsigned char *p, const unsigned char *e) {
    unsigned c = p[0];
    int n;
    if (c < 0x80) return 1;
    if (c >= 0xc2 && c <= 0xdf)
        n = 2;
    else if (c >= 0xe0 && c <= 0xef)
        n = 3;
    else if (c >= 0xf0 && c <= 0xf4)
        n = 4;
    else
        return 0;
    if (p + n > e) return 0;
    for (int i = 1; i < n; i++)
        if ((p[i] & 0xc0) != 0x80) return 0;
    if (c == 0xe0 && p[1] < 0xa0) return 0;  /* overlong */
    if (c == 0xed && p[1] >= 0xa0) return 0; /* surrogates */
    if (c == 0xf0 && p[1] < 0x90) return 0;
    if (c == 0xf4 && p[1] >= 0x90) return 0;
    return n;
}

/* The code point of byte b in a one-byte encoding. */
static unsigned long byte_code_point(const char *enc, unsigned char b) {
    static const unsigned short cp1252[32] = {
        0x20ac, 0x81,   0x201a, 0x192,  0x201e, 0x2026, 0x2020, 0x2021, 0x2c6,  0x2030, 0x160,
        0x2039, 0x152,  0x8d,   0x17d,  0x8f,   0x90,   0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
        0x2013, 0x2014, 0x2dc,  0x2122, 0x161,  0x203a, 0x153,  0x9d,   0x17e,  0x178};
    if (strcmp(enc, "cp1252") == 0 && b >= 0x80 && b < 0xa0) return cp1252[b - 0x80];
    if (strcmp(enc, "iso-8859-15") == 0) {
        switch (b) {
        case 0xa4: return 0x20ac;
        case 0xa6: return 0x160;
        case 0xa8: return 0x161;
        case 0xb4: return 0x17d;
        case 0xb8: return 0x17e;
        case 0xbc: return 0x152;
        case 0xbd: return 0x153;
        case 0xbe: return 0x178;
        }
    }
    return b;
}

/* Checks and decodes src[0..len) as its PEP 263 declaration says (UTF-8
** when none), BOM skipped: the UTF-8 text in *out (arena), or -1 with
** CPython's SyntaxError set. */
static int decode_source(PymArena *arena, const char *src, size_t len, const char *filename,
                         const char **out, size_t *outlen) {
    bool bom = len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0;
    const char *s = src + (bom ? 3 : 0), *end = src + len;
    char name[64], nbuf[64];
    const char *enc = NULL;
    const char *l1e = memchr(s, '\n', end - s);
    if (!l1e) l1e = end;
    if (coding_spec(s, l1e, name, sizeof name)) {
        enc = normal_encoding(name, nbuf, sizeof nbuf);
    } else if (l1e < end) {
        const char *p = s;
        while (p < l1e && (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\r')) p++;
        if (p == l1e || *p == '#') { /* line 2 counts after a comment or blank line */
            const char *l2e = memchr(l1e + 1, '\n', end - l1e - 1);
            if (coding_spec(l1e + 1, l2e ? l2e : end, name, sizeof name))
                enc = normal_encoding(name, nbuf, sizeof nbuf);
        }
    }
    if (enc && strcmp(enc, "utf-8") != 0) {
        if (bom) {
            pym_err_format(PymExc_SyntaxError, "encoding problem: %s with BOM", enc);
            return -1;
        }
        bool ascii = strcmp(enc, "ascii") == 0;
        if (!ascii && strcmp(enc, "iso-8859-1") != 0 && strcmp(enc, "iso-8859-15") != 0 &&
            strcmp(enc, "cp1252") != 0) {
            pym_err_format(PymExc_SyntaxError, "encoding problem: %s", enc);
            return -1;
        }
        size_t extra = 0;
        for (const char *p = s; p < end; p++) extra += (unsigned char)*p >= 0x80 ? 2 : 0;
        char *d = pym_arena_alloc(arena, (size_t)(end - s) + extra + 1), *q = d;
        for (const char *p = s; p < end; p++) {
            unsigned char b = (unsigned char)*p;
            if (b < 0x80) {
                *q++ = (char)b;
                continue;
            }
            if (ascii) {
                pym_err_format(PymExc_SyntaxError, "encoding problem: %s", enc);
                return -1;
            }
            unsigned long cp = byte_code_point(enc, b);
            if (cp < 0x800) {
                *q++ = (char)(0xc0 | (cp >> 6));
                *q++ = (char)(0x80 | (cp & 63));
            } else {
                *q++ = (char)(0xe0 | (cp >> 12));
                *q++ = (char)(0x80 | ((cp >> 6) & 63));
                *q++ = (char)(0x80 | (cp & 63));
            }
        }
        *out = d;
        *outlen = (size_t)(q - d);
        return 0;
    }
    int line = 1;
    for (const unsigned char *p = (const unsigned char *)s; p < (const unsigned char *)end;) {
        int n = utf8_valid(p, (const unsigned char *)end);
        if (!n) {
            pym_err_format(
                PymExc_SyntaxError,
                "Non-UTF-8 code starting with '\\x%x' in file %s on line %d, but no encoding "
                "declared; see https://peps.python.org/pep-0263/ for details",
                *p, filename ? filename : "<unknown>", line);
            return -1;
        }
        if (*p == '\n') line++;
        p += n;
    }
    *out = s;
    *outlen = (size_t)(end - s);
    return 0;
}

/* }===== */

/* {===== driver */

static bool is_header_kw(int t) {
    switch (t) {
    case TK_IF:
    case TK_ELIF:
    case TK_ELSE:
    case TK_WHILE:
    case TK_FOR:
    case TK_WITH:
    case TK_TRY:
    case TK_EXCEPT:
    case TK_FINALLY:
    case TK_DEF:
    case TK_CLASS:
    case TK_MATCH:
    case TK_CASE: return true;
    }
    return false;
}

static bool stmt_start(int prev_type) {
    return prev_type == 0 || prev_type == TK_NEWLINE || prev_type == TK_INDENT ||
           prev_type == TK_DEDENT;
}

/* The soft keywords of the match statement, decided by context as CPython's
** PEG parser does by backtracking.  A 'case' that starts a statement is a
** keyword where the grammar can take one (inside a match block); a 'match'
** that starts a statement is one when its logical line ends with ':' (no
** simple statement can end so).  Otherwise both are plain names. */
static int soft_keyword(void *parser, PymLexer *lx, PymTok tok) {
    if (tok.len == 4 && memcmp(tok.s, "case", 4) == 0)
        return pym_lemon_accepts(parser, TK_CASE) ? TK_CASE : TK_NAME;
    if (tok.len != 5 || memcmp(tok.s, "match", 5) != 0) return TK_NAME;
    PymLexer copy = *lx;
    PymTok t2;
    int t, last = TK_NAME, n = 0;
    while ((t = pym_lexer_next(&copy, &t2)) > 0 && t != TK_NEWLINE) {
        last = t;
        n++;
    }
    return t == TK_NEWLINE && last == TK_COLON && n > 1 ? TK_MATCH : TK_NAME;
}

/* Runs lexer and parser over buf (buf[len] == 0).  NULL on error (ctx). */
static AstMod *run_parse(PymParseCtx *ctx, const char *buf, size_t len, int mode, int line_base,
                         int col_base) {
    PymLexer lx;
    pym_lexer_init(&lx, buf, len);
    lx.line_base = line_base;
    lx.col_base = col_base;
    ctx->lx = &lx;
    ctx->buf = buf;
    ctx->end = buf + len;
    ctx->mode = mode;
    void *p = pym_lemonAlloc(parser_alloc);
    if (!p) {
        snprintf(ctx->errmsg, sizeof ctx->errmsg, "out of memory");
        ctx->errkind = LEXERR_SYNTAX;
        return NULL;
    }
    PymTok tok = {buf, 0, 1, 0, 1, 0};
    pym_lemon(p,
              mode == PYM_EVAL_INPUT     ? TK_MODE_EVAL
              : mode == PYM_SINGLE_INPUT ? TK_MODE_SINGLE
                                         : TK_MODE_FILE,
              tok, ctx);
    bool newline_seen = true;
    for (;;) {
        int t = pym_lexer_next(&lx, &tok);
        if (t < 0) {
            AstPos ps = {lx.err_lineno, lx.err_col, lx.err_end_lineno, lx.err_end_col};
            if (line_base || col_base) {
                if (ps.lineno == 1 && ps.col >= 0) ps.col += col_base;
                if (ps.end_lineno == 1 && ps.end_col >= 0) ps.end_col += col_base;
                ps.lineno += line_base;
                ps.end_lineno += line_base;
            }
            error_kind(ctx, lx.errkind, ps, "%s", lx.errmsg);
            if (strncmp(lx.errmsg, "unterminated triple", 19) == 0 ||
                strstr(lx.errmsg, "was never closed") ||
                strncmp(lx.errmsg, "unexpected EOF", 14) == 0)
                ctx->err_at_eof = true;
            break;
        }
        if (t == TK_NAME && stmt_start(ctx->cur_type)) t = soft_keyword(p, &lx, tok);
        ctx->prev = ctx->cur;
        ctx->prev_type = ctx->cur_type;
        ctx->cur = tok;
        ctx->cur_type = t;
        if (newline_seen && t != TK_INDENT && t != TK_DEDENT && t != TK_NEWLINE) {
            if (ctx->line_first_type && t != TK_AT) {
                /* the line before was a block header if it ended with ':' */
            }
            ctx->line_first = tok;
            ctx->line_first_type = t;
            newline_seen = false;
        }
        if (t == TK_IF) ctx->last_if = tok;
        if (t == TK_NEWLINE) {
            ctx->last_newline = tok;
            newline_seen = true;
            if (is_header_kw(ctx->line_first_type)) {
                ctx->header_first = ctx->line_first;
                ctx->header_type = ctx->line_first_type;
            }
        }
        pym_lemon(p, t, tok, ctx);
        if (ctx->errkind || t == 0) break;
    }
    pym_lemonFree(p, parser_free);
    /* a tokenizer error further on overrides a generic grammar error (an
    ** unclosed bracket only when it was opened on an earlier line) */
    if (ctx->errkind && !lx.errkind && !ctx->scratch && line_base == 0 && ctx->generic_error) {
        PymTok t2;
        while (pym_lexer_next(&lx, &t2) > 0) {}
        if (lx.errkind &&
            (!strstr(lx.errmsg, "was never closed") || ctx->err_lineno > lx.err_lineno)) {
            ctx->errkind = 0;
            lexer_error_wins(ctx, &lx);
        }
    }
    ctx->lx = NULL;
    if (ctx->errkind) return NULL;
    if (!ctx->result) {
        pym_p_error(ctx, tokpos(tok), "invalid syntax");
        return NULL;
    }
    return ctx->result;
}

/* Character offset (1-based) of byte column col in line, CPython's offset. */
static int char_offset(const char *line, const char *end, int col) {
    if (col < 0) return col == -1 ? -1 : 0;
    int n = 0;
    for (int i = 0; i < col && line + i < end && line[i] != '\n'; i++)
        if (((unsigned char)line[i] & 0xc0) != 0x80) n++;
    return n + 1;
}

static void report(PymParseCtx *ctx, const char *buf, const char *end, const char *filename) {
    PymType *type = ctx->errkind == LEXERR_INDENT ? PymExc_IndentationError
                    : ctx->errkind == LEXERR_TAB  ? PymExc_TabError
                                                  : PymExc_SyntaxError;
    const char *ls;
    const char *srcend = end;
    if (ctx->fstring_text) {
        srcend = ctx->fstring_text + strlen(ctx->fstring_text);
        ls = pym_lexer_line(ctx->fstring_text, srcend, ctx->err_lineno);
        buf = ctx->fstring_text;
        end = srcend;
    } else {
        ls = pym_lexer_line(buf, end, ctx->err_lineno);
    }
    char *line = NULL;
    int col = ctx->err_col, ecol = ctx->err_end_col;
    int off = col, eoff = ecol;
    if (ls) {
        const char *le = memchr(ls, '\n', srcend - ls);
        if (!le) le = srcend;
        size_t n = le - ls;
        if (n && ls[n - 1] == '\r') n--;
        line = malloc(n + 1);
        if (line) {
            memcpy(line, ls, n);
            line[n] = 0;
        }
        off = char_offset(ls, srcend, col);
        if (ctx->err_end_lineno == ctx->err_lineno)
            eoff = char_offset(ls, srcend, ecol);
        else {
            const char *l2 = pym_lexer_line(buf, end, ctx->err_end_lineno);
            eoff = l2 ? char_offset(l2, end, ecol) : ecol + 1;
        }
    } else {
        off = col >= 0 ? col + 1 : (col == -1 ? -1 : 0);
        eoff = ecol >= 0 ? ecol + 1 : (ecol == -1 ? -1 : 0);
    }
    int lineno = ctx->err_lineno, end_lineno = ctx->err_end_lineno;
    pym_err_syntax(type, filename, lineno, off, line, end_lineno, eoff, ctx->errmsg);
    free(line);
}

static AstMod *parse_guarded(PymArena *arena, const char *src, size_t len, const char *filename,
                             int mode);

AstMod *pym_parse(PymArena *arena, const char *src, size_t len, const char *filename, int mode) {
    if (memchr(src, 0, len)) {
        pym_err_syntax(PymExc_SyntaxError, filename, -1, -1, NULL, -1, -1,
                       "source code cannot contain null bytes");
        return NULL;
    }
    /* running out of arena memory lands here (what the parser and lexer
    ** had malloc'd then is lost, but no AST node owns a Python object) */
    jmp_buf oom;
    if (setjmp(oom)) {
        pym_arena_set_oom(arena, NULL);
        pym_err_no_memory();
        return NULL;
    }
    pym_arena_set_oom(arena, &oom);
    AstMod *m = parse_guarded(arena, src, len, filename, mode);
    pym_arena_set_oom(arena, NULL);
    return m;
}

static AstMod *parse_guarded(PymArena *arena, const char *src, size_t len, const char *filename,
                             int mode) {
    const char *text;
    if (decode_source(arena, src, len, filename, &text, &len) < 0) return NULL;
    /* a private NUL-terminated copy: the lexer's sentinel */
    char *buf = pym_arena_alloc(arena, len + 1);
    memcpy(buf, text, len);
    buf[len] = 0;
    size_t skip = 0;
    if (mode == PYM_EVAL_INPUT)
        while (skip < len && (buf[skip] == ' ' || buf[skip] == '\t')) skip++;
    PymParseCtx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.arena = arena;
    ctx.filename = filename;
    AstMod *m = run_parse(&ctx, buf + skip, len - skip, mode, 0, 0);
    if (!m && (ctx.too_deep || ctx.stack_full) && ctx.errkind == LEXERR_SYNTAX &&
        strcmp(ctx.errmsg, "too many nested parentheses") == 0) {
        /* CPython: its compiler's recursion limit, or its parser's stack */
        if (ctx.too_deep)
            pym_vm_recursion_error(" during compilation");
        else
            pym_err_no_memory();
        return NULL;
    }
    if (!m) {
        report(&ctx, buf + skip, buf + len, filename);
        return NULL;
    }
    m->source = buf;
    m->source_len = len;
    return m;
}

int pym_parse_is_incomplete(const char *src, size_t len) {
    PymArena *arena = pym_arena_new();
    if (!arena) return 0;
    jmp_buf oom;
    if (setjmp(oom)) { /* out of memory: complete, let the compile fail */
        pym_arena_free(arena);
        return 0;
    }
    pym_arena_set_oom(arena, &oom);
    char *buf = pym_arena_alloc(arena, len + 1);
    memcpy(buf, src, len);
    buf[len] = 0;
    PymParseCtx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.arena = arena;
    ctx.filename = "<stdin>";
    AstMod *m = run_parse(&ctx, buf, len, PYM_SINGLE_INPUT, 0, 0);
    int r = 0;
    if (!m) {
        r = ctx.err_at_eof;
    } else {
        /* a compound statement ends at an empty line */
        PymLexer lx;
        PymTok t;
        pym_lexer_init(&lx, buf, len);
        int first = pym_lexer_next(&lx, &t);
        if (first == TK_NAME && t.len == 5 && memcmp(t.s, "match", 5) == 0)
            first = soft_keyword(NULL, &lx, t);
        if (first == TK_AT || is_header_kw(first)) {
            size_t e = len;
            while (e > 0 && (buf[e - 1] == ' ' || buf[e - 1] == '\t')) e--;
            bool blank_end = e >= 2 && buf[e - 1] == '\n' && buf[e - 2] == '\n';
            r = !blank_end;
        }
    }
    pym_arena_free(arena);
    return r;
}

/* }===== */

/* {===== async and except* builders (used by parser.y's actions) */

AstStmt *pym_p_async(PymParseCtx *ctx, PymTok async_tok, AstStmt *s) {
    switch (s->kind) {
    case STMT_FUNCTIONDEF: s->kind = STMT_ASYNCFUNCTIONDEF; break;
    case STMT_FOR: s->kind = STMT_ASYNCFOR; break;
    case STMT_WITH: s->kind = STMT_ASYNCWITH; break;
    default: break;
    }
    AstPos p = tokpos(async_tok);
    s->pos.lineno = p.lineno;
    s->pos.col = p.col;
    return s;
}

AstExpr *pym_p_await(PymParseCtx *ctx, PymTok await_tok, AstExpr *value) {
    AstPos p = tokpos(await_tok);
    p.end_lineno = value->pos.end_lineno;
    p.end_col = value->pos.end_col;
    AstExpr *e = pym_p_new_expr(ctx, EXPR_AWAIT, p);
    e->v.await.value = value;
    pym_p_depth(ctx, e, value, NULL);
    return e;
}

void pym_p_call_genexp(PymParseCtx *ctx, AstExpr *call, AstSeq *items, PymTok lpar) {
    if (!call || call->kind != EXPR_CALL || AST_SEQ_LEN(items) != 1) return;
    PymCallArg *a = items->items[0];
    if (a->kind != PYM_CARG_GENEXP || AST_SEQ_LEN(call->v.call.args) != 1) return;
    AstExpr *g = AST_SEQ_GET(call->v.call.args, 0);
    if (g != a->value) return;
    AstPos p = tokpos(lpar);
    g->pos.lineno = p.lineno;
    g->pos.col = p.col;
    g->pos.end_lineno = call->pos.end_lineno;
    g->pos.end_col = call->pos.end_col;
}

void pym_p_try_star(PymParseCtx *ctx, AstStmt *s) {
    AstSeq *h = s->v.trystmt.handlers;
    int star = 0, plain = 0;
    for (int i = 0; i < AST_SEQ_LEN(h); i++) {
        AstExceptHandler *x = AST_SEQ_GET(h, i);
        if (x->is_star)
            star++;
        else
            plain++;
    }
    if (!star) return;
    if (plain) {
        AstExceptHandler *first = AST_SEQ_GET(h, 0);
        for (int i = 1; i < AST_SEQ_LEN(h); i++) {
            AstExceptHandler *x = AST_SEQ_GET(h, i);
            if (x->is_star == first->is_star) continue;
            AstPos p = x->pos; /* the 'except' keyword */
            p.end_lineno = p.lineno;
            p.end_col = p.col + (x->is_star ? 7 : 6); /* 'except' or 'except*' */
            pym_p_error(ctx, p, "cannot have both 'except' and 'except*' on the same 'try'");
            break;
        }
    }
    s->kind = STMT_TRYSTAR;
}

/* }===== */
