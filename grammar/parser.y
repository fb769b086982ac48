/*
** parser.y -- the lemon grammar of pym's Python subset (generated into
** build/gen/parser.c and parser.h; token codes are TK_*).
**
** The grammar is LALR(1), so it follows the pre-PEG CPython grammar: targets
** are parsed as expressions and turned into Store/Del targets by
** pym_p_set_ctx, parameter and argument lists are parsed as flat item lists
** and checked by pym_p_arguments / pym_p_call (which give CPython's messages),
** and 'a or b or c' uses list nonterminals so that it makes one BoolOp.
** The driver (src/parse.c) feeds a MODE_* token first to pick the start rule.
** Actions never fail: a semantic error is recorded in ctx and the driver stops.
** The actions only glue: the AST builders they call are in src/parse.c.
**
** No precedence block (%left/%right): the expression grammar is layered as
** CPython's own (or_test > and_test > not_test > comparison > expr > ... >
** power > atom_expr), one nonterminal per precedence level, so the grammar
** is conflict-free as written and a change in it cannot be silently
** "resolved" by a precedence declaration.
**
** No %destructor: every value on lemon's stack is an AST node, a sequence or
** a token in the parse's arena (src/ast.h), freed as a whole afterwards; an
** error path that drops the stack leaks nothing.
**
** Soft keywords: 'match' and 'case' arrive as MATCH/CASE only where the
** driver decided they are keywords (see soft_keyword in src/parse.c).
**
** The %code block at the end reads lemon's internal tables (it simulates the
** automaton to ask which tokens it would accept); CMakeLists.txt checks at
** configure time that the lempar.c template has them.
*/

%name pym_lemon
%token_prefix TK_
%token_type {PymTok}
%extra_argument {PymParseCtx *ctx}
%stack_size 16000
%start_symbol start

%include {
#include "common.h"
#include "ast.h"
#include "parse.h"
#include "tokenizer.h"
#define YYNOERRORRECOVERY 1
#define YYMALLOCARGTYPE size_t
#define A_ ctx->arena
static int pym_p_would_accept(void *parser, int tok);
static AstPos tp(PymTok t) { AstPos p = {t.lineno, t.col, t.end_lineno, t.end_col}; return p; }
static AstPos sp(AstPos a, AstPos b) { AstPos p = {a.lineno, a.col, b.end_lineno, b.end_col}; return p; }
static AstPos at_end(PymTok t) { AstPos p = {t.end_lineno, t.end_col, t.end_lineno, t.end_col}; return p; }
static AstSeq *seq1(PymParseCtx *ctx, void *x) { AstSeq *s = ast_seq_new(A_); ast_seq_append(A_, s, x); return s; }
static AstSeq *seqa(PymParseCtx *ctx, AstSeq *s, void *x) { ast_seq_append(A_, s, x); return s; }
static AstExpr *E(PymParseCtx *ctx, AstExprKind k, AstPos p) { return pym_p_new_expr(ctx, k, p); }
static AstStmt *S(PymParseCtx *ctx, AstStmtKind k, AstPos p) { return ast_stmt_new(A_, k, p); }
}

%syntax_error {
    pym_p_syntax_error(ctx, yymajor, &yyminor, yypParser, pym_p_would_accept);
}
%stack_overflow {
    pym_p_stack_overflow(ctx);
}

%token MODE_FILE MODE_EVAL MODE_SINGLE ENDMARKER NEWLINE INDENT DEDENT NAME NUMBER STRING.
%token LPAR RPAR LSQB RSQB LBRACE RBRACE COMMA COLON SEMI DOT ELLIPSIS.
%token PLUS MINUS STAR SLASH DSLASH PERCENT DSTAR AT LSHIFT RSHIFT AMPER VBAR CIRCUMFLEX TILDE.
%token COLONEQ LT GT LE GE EQEQ NE EQ ARROW.
%token PLUSEQ MINUSEQ STAREQ SLASHEQ DSLASHEQ PERCENTEQ ATEQ AMPEREQ VBAREQ CIRCUMFLEXEQ LSHIFTEQ RSHIFTEQ DSTAREQ.
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL ELIF ELSE EXCEPT FINALLY.
%token FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR PASS RAISE RETURN TRY WHILE WITH YIELD.
/* soft keywords: the driver turns a NAME 'match'/'case' into these by context */
%token MATCH CASE.

%type stmts {AstSeq*}
%type simple_stmts {AstSeq*}
%type small_list {AstSeq*}
%type block {AstSeq*}
%type small_stmt {AstStmt*}
%type compound_stmt {AstStmt*}
%type expr_stmt {AstStmt*}
%type assign_chain {AstSeq*}
%type rhs {AstExpr*}
%type augop {int}
%type funcdef {AstStmt*}
%type classdef {AstStmt*}
%type decorators {AstSeq*}
%type if_tail {AstSeq*}
%type opt_else {AstSeq*}
%type opt_finally {AstSeq*}
%type handlers {AstSeq*}
%type handler {AstExceptHandler*}
%type with_items {AstSeq*}
%type with_item {AstWithItem*}
%type dotted_name {const char*}
%type dotted_as_names {AstSeq*}
%type dotted_as_name {AstAlias*}
%type import_as_names {AstSeq*}
%type import_as_name {AstAlias*}
%type import_targets {AstSeq*}
%type dots {int}
%type names {AstSeq*}
%type params {AstSeq*}
%type param_list {AstSeq*}
%type param {PymParam*}
%type lparams {AstSeq*}
%type lparam_list {AstSeq*}
%type lparam {PymParam*}
%type opt_ret {AstExpr*}
%type arglist {AstSeq*}
%type args {AstSeq*}
%type argument {PymCallArg*}
%type class_args {AstSeq*}

%type testlist_star_expr {AstExpr*}
%type tse_items {AstSeq*}
%type star_or_test {AstExpr*}
%type testlist {AstExpr*}
%type test_items {AstSeq*}
%type exprlist {AstExpr*}
%type expr_items {AstSeq*}
%type star_or_expr {AstExpr*}
%type del_items {AstSeq*}
%type namedexpr_test {AstExpr*}
%type test {AstExpr*}
%type opt_test {AstExpr*}
%type lambdef {AstExpr*}
%type or_test {AstExpr*}
%type or_seq {AstSeq*}
%type and_test {AstExpr*}
%type and_seq {AstSeq*}
%type not_test {AstExpr*}
%type comparison {AstExpr*}
%type cmp_seq {AstExpr*}
%type comp_op {int}
%type star_expr {AstExpr*}
%type expr {AstExpr*}
%type xor_expr {AstExpr*}
%type and_expr {AstExpr*}
%type shift_expr {AstExpr*}
%type arith_expr {AstExpr*}
%type term {AstExpr*}
%type factor {AstExpr*}
%type power {AstExpr*}
%type atom_expr {AstExpr*}
%type atom {AstExpr*}
%type strings {AstSeq*}
%type elist {AstSeq*}
%type elem {AstExpr*}
%type dlist {AstSeq*}
%type ditem {AstExpr*}
%type comp_for {AstSeq*}
%type subscriptlist {AstExpr*}
%type sub_items {AstSeq*}
%type subscript {AstExpr*}
%type yield_expr {AstExpr*}
%type subject {AstExpr*}
%type subj_items {AstSeq*}
%type case_blocks {AstSeq*}
%type case_block {AstMatchCase*}
%type patterns {AstPattern*}
%type pat_items {AstSeq*}
%type pat_item {AstPattern*}
%type pattern {AstPattern*}
%type or_pats {AstSeq*}
%type closed_pattern {AstPattern*}
%type literal {AstExpr*}
%type signed_number {AstExpr*}
%type attr {AstExpr*}
%type name_or_attr {AstExpr*}
%type map_items {AstSeq*}
%type map_item {PymMapItem*}
%type cls_args {AstSeq*}
%type cls_arg {PymClsArg*}

/* ================= start ================= */

start ::= MODE_FILE file_input.
start ::= MODE_EVAL eval_input.
start ::= MODE_SINGLE single_input.

file_input ::= stmts(A). { pym_p_finish(ctx, A, NULL); }
file_input ::= . { pym_p_finish(ctx, ast_seq_new(A_), NULL); }

eval_input ::= testlist_star_expr(A). { pym_p_finish(ctx, NULL, A); }
eval_input ::= testlist_star_expr(A) NEWLINE. { pym_p_finish(ctx, NULL, A); }

single_input ::= . { pym_p_finish(ctx, ast_seq_new(A_), NULL); }
single_input ::= simple_stmts(A). { pym_p_finish(ctx, A, NULL); }
single_input ::= compound_stmt(A). { pym_p_finish(ctx, seq1(ctx, A), NULL); }
single_input ::= compound_stmt(A) NEWLINE. { pym_p_finish(ctx, seq1(ctx, A), NULL); }

stmts(A) ::= simple_stmts(A).
stmts(A) ::= compound_stmt(B). { A = seq1(ctx, B); }
stmts(A) ::= stmts(A) simple_stmts(B). { for (int i = 0; i < B->n; i++) seqa(ctx, A, B->items[i]); }
stmts(A) ::= stmts(A) compound_stmt(B). { seqa(ctx, A, B); }

simple_stmts(A) ::= small_list(A) NEWLINE.
simple_stmts(A) ::= small_list(A) SEMI NEWLINE.
small_list(A) ::= small_stmt(B). { A = seq1(ctx, B); }
small_list(A) ::= small_list(A) SEMI small_stmt(B). { seqa(ctx, A, B); }

block(A) ::= simple_stmts(A).
block(A) ::= NEWLINE INDENT stmts(B) DEDENT. { A = B; }

/* ================= simple statements ================= */

small_stmt(A) ::= expr_stmt(A).
small_stmt(A) ::= PASS(T). { A = S(ctx, STMT_PASS, tp(T)); }
small_stmt(A) ::= BREAK(T). { A = S(ctx, STMT_BREAK, tp(T)); }
small_stmt(A) ::= CONTINUE(T). { A = S(ctx, STMT_CONTINUE, tp(T)); }
small_stmt(A) ::= RETURN(T). { A = S(ctx, STMT_RETURN, tp(T)); }
small_stmt(A) ::= RETURN(T) testlist_star_expr(X). {
    A = S(ctx, STMT_RETURN, sp(tp(T), X->pos)); A->v.ret.value = X; }
small_stmt(A) ::= RAISE(T). { A = S(ctx, STMT_RAISE, tp(T)); }
small_stmt(A) ::= RAISE(T) test(X). {
    A = S(ctx, STMT_RAISE, sp(tp(T), X->pos)); A->v.raise.exc = X; }
small_stmt(A) ::= RAISE(T) test(X) FROM test(Y). {
    A = S(ctx, STMT_RAISE, sp(tp(T), Y->pos)); A->v.raise.exc = X; A->v.raise.cause = Y; }
small_stmt(A) ::= GLOBAL(T) names(N). {
    A = S(ctx, STMT_GLOBAL, sp(tp(T), ctx->last_name_pos)); A->v.global.names = N; }
small_stmt(A) ::= NONLOCAL(T) names(N). {
    A = S(ctx, STMT_NONLOCAL, sp(tp(T), ctx->last_name_pos)); A->v.nonlocal.names = N; }
small_stmt(A) ::= ASSERT(T) test(X). {
    A = S(ctx, STMT_ASSERT, sp(tp(T), X->pos)); A->v.assertion.test = X; }
small_stmt(A) ::= ASSERT(T) test(X) COMMA test(Y). {
    A = S(ctx, STMT_ASSERT, sp(tp(T), Y->pos)); A->v.assertion.test = X; A->v.assertion.msg = Y; }
small_stmt(A) ::= DEL(T) del_items(L). {
    AstExpr *l = L->items[L->n - 1];
    A = S(ctx, STMT_DELETE, sp(tp(T), l->pos));
    for (int i = 0; i < L->n; i++) pym_p_set_ctx(ctx, L->items[i], CTX_DEL, PYM_TGT_DEL);
    A->v.del.targets = L; }
small_stmt(A) ::= DEL(T) del_items(L) COMMA(C). {
    A = S(ctx, STMT_DELETE, sp(tp(T), tp(C)));
    for (int i = 0; i < L->n; i++) pym_p_set_ctx(ctx, L->items[i], CTX_DEL, PYM_TGT_DEL);
    A->v.del.targets = L; }
small_stmt(A) ::= IMPORT(T) dotted_as_names(L). {
    AstAlias *l = L->items[L->n - 1];
    A = S(ctx, STMT_IMPORT, sp(tp(T), l->pos)); A->v.import.names = L; }
small_stmt(A) ::= FROM(T) dots(D) dotted_name(M) IMPORT import_targets(L). {
    A = S(ctx, STMT_IMPORTFROM, sp(tp(T), ctx->last_import_pos));
    A->v.importfrom.module = M; A->v.importfrom.names = L; A->v.importfrom.level = D; }
small_stmt(A) ::= FROM(T) dotted_name(M) IMPORT import_targets(L). {
    A = S(ctx, STMT_IMPORTFROM, sp(tp(T), ctx->last_import_pos));
    A->v.importfrom.module = M; A->v.importfrom.names = L; }
small_stmt(A) ::= FROM(T) dots(D) IMPORT import_targets(L). {
    A = S(ctx, STMT_IMPORTFROM, sp(tp(T), ctx->last_import_pos));
    A->v.importfrom.names = L; A->v.importfrom.level = D; }

del_items(A) ::= star_or_expr(B). { A = seq1(ctx, B); }
del_items(A) ::= del_items(A) COMMA star_or_expr(B). { seqa(ctx, A, B); }

names(A) ::= NAME(N). { A = seq1(ctx, pym_arena_strdup(A_, N.s, N.len)); ctx->last_name_pos = tp(N); }
names(A) ::= names(A) COMMA NAME(N). { seqa(ctx, A, pym_arena_strdup(A_, N.s, N.len)); ctx->last_name_pos = tp(N); }

dots(A) ::= DOT. { A = 1; }
dots(A) ::= ELLIPSIS. { A = 3; }
dots(A) ::= dots(B) DOT. { A = B + 1; }
dots(A) ::= dots(B) ELLIPSIS. { A = B + 3; }

dotted_name(A) ::= NAME(N). { A = pym_p_dotted(ctx, NULL, N); ctx->dotted_start = ctx->dotted_end = tp(N); }
dotted_name(A) ::= dotted_name(B) DOT NAME(N). { A = pym_p_dotted(ctx, B, N); ctx->dotted_end = tp(N); }

dotted_as_names(A) ::= dotted_as_name(B). { A = seq1(ctx, B); }
dotted_as_names(A) ::= dotted_as_names(A) COMMA dotted_as_name(B). { seqa(ctx, A, B); }
dotted_as_name(A) ::= dotted_name(D). { A = pym_p_alias(ctx, D, NULL, sp(ctx->dotted_start, ctx->dotted_end)); }
dotted_as_name(A) ::= dotted_name(D) AS NAME(M). { A = pym_p_alias(ctx, D, &M, ctx->dotted_start); }

import_targets(A) ::= STAR(T). {
    A = seq1(ctx, pym_p_alias(ctx, "*", NULL, tp(T))); ctx->last_import_pos = tp(T); }
import_targets(A) ::= LPAR import_as_names(L) RPAR(T). { A = L; ctx->last_import_pos = tp(T); }
import_targets(A) ::= LPAR import_as_names(L) COMMA RPAR(T). { A = L; ctx->last_import_pos = tp(T); }
import_targets(A) ::= import_as_names(L). {
    A = L; ctx->last_import_pos = ((AstAlias *)L->items[L->n - 1])->pos; }
import_targets(A) ::= import_as_names(L) COMMA(C). {
    A = L; pym_p_error(ctx, at_end(C), "trailing comma not allowed without surrounding parentheses"); }
import_as_names(A) ::= import_as_name(B). { A = seq1(ctx, B); }
import_as_names(A) ::= import_as_names(A) COMMA import_as_name(B). { seqa(ctx, A, B); }
import_as_name(A) ::= NAME(N). { A = pym_p_alias(ctx, pym_arena_strdup(A_, N.s, N.len), NULL, tp(N)); }
import_as_name(A) ::= NAME(N) AS NAME(M). { A = pym_p_alias(ctx, pym_arena_strdup(A_, N.s, N.len), &M, tp(N)); }

expr_stmt(A) ::= testlist_star_expr(X). { A = pym_p_expr_stmt(ctx, X); }
expr_stmt(A) ::= yield_expr(X). { A = pym_p_expr_stmt(ctx, X); }
expr_stmt(A) ::= testlist_star_expr(T) COLON test(N). { A = pym_p_annassign(ctx, T, N, NULL); }
expr_stmt(A) ::= testlist_star_expr(T) COLON test(N) EQ rhs(V). { A = pym_p_annassign(ctx, T, N, V); }
expr_stmt(A) ::= testlist_star_expr(T) augop(O) yield_expr(V). { A = pym_p_aug(ctx, T, O, V); }
expr_stmt(A) ::= testlist_star_expr(T) augop(O) testlist(V). { A = pym_p_aug(ctx, T, O, V); }
expr_stmt(A) ::= assign_chain(L) rhs(V). {
    AstExpr *f = L->items[0];
    A = S(ctx, STMT_ASSIGN, sp(f->pos, V->pos));
    for (int i = 0; i < L->n; i++) pym_p_set_ctx(ctx, L->items[i], CTX_STORE, PYM_TGT_ASSIGN + (L->n == 1 ? PYM_TGT_LAST : 0));
    A->v.assign.targets = L; A->v.assign.value = V; }

assign_chain(A) ::= rhs(T) EQ. { A = seq1(ctx, T); }
assign_chain(A) ::= assign_chain(A) rhs(T) EQ. { seqa(ctx, A, T); }
rhs(A) ::= testlist_star_expr(A).
rhs(A) ::= yield_expr(A).

augop(A) ::= PLUSEQ. { A = AOP_ADD; }
augop(A) ::= MINUSEQ. { A = AOP_SUB; }
augop(A) ::= STAREQ. { A = AOP_MULT; }
augop(A) ::= SLASHEQ. { A = AOP_DIV; }
augop(A) ::= DSLASHEQ. { A = AOP_FLOORDIV; }
augop(A) ::= PERCENTEQ. { A = AOP_MOD; }
augop(A) ::= ATEQ. { A = AOP_MATMUL; }
augop(A) ::= AMPEREQ. { A = AOP_BITAND; }
augop(A) ::= VBAREQ. { A = AOP_BITOR; }
augop(A) ::= CIRCUMFLEXEQ. { A = AOP_BITXOR; }
augop(A) ::= LSHIFTEQ. { A = AOP_LSHIFT; }
augop(A) ::= RSHIFTEQ. { A = AOP_RSHIFT; }
augop(A) ::= DSTAREQ. { A = AOP_POW; }

/* ================= compound statements ================= */

compound_stmt(A) ::= IF(T) namedexpr_test(C) COLON block(B) if_tail(E). {
    A = pym_p_if_like(ctx, STMT_IF, T, C, B, E); }
if_tail(A) ::= . { A = NULL; }
if_tail(A) ::= ELSE COLON block(B). { A = B; }
if_tail(A) ::= ELIF(T) namedexpr_test(C) COLON block(B) if_tail(E). {
    A = seq1(ctx, pym_p_if_like(ctx, STMT_IF, T, C, B, E)); }

compound_stmt(A) ::= WHILE(T) namedexpr_test(C) COLON block(B) opt_else(E). {
    A = pym_p_if_like(ctx, STMT_WHILE, T, C, B, E); }
compound_stmt(A) ::= FOR(T) exprlist(X) IN testlist_star_expr(I) COLON block(B) opt_else(E). {
    A = S(ctx, STMT_FOR, pym_p_body_end(tp(T), E ? E : B));
    pym_p_set_ctx(ctx, X, CTX_STORE, PYM_TGT_FOR);
    A->v.forloop.target = X; A->v.forloop.iter = I; A->v.forloop.body = B;
    A->v.forloop.orelse = E ? E : ast_seq_new(A_); }
opt_else(A) ::= . { A = NULL; }
opt_else(A) ::= ELSE COLON block(B). { A = B; }

compound_stmt(A) ::= TRY(T) COLON block(B) handlers(H) opt_else(E) opt_finally(F). {
    A = pym_p_trystmt(ctx, T, B, H, E, F); pym_p_try_star(ctx, A); }
compound_stmt(A) ::= TRY(T) COLON block(B) FINALLY COLON block(F). {
    A = pym_p_trystmt(ctx, T, B, NULL, NULL, F); }
opt_finally(A) ::= . { A = NULL; }
opt_finally(A) ::= FINALLY COLON block(B). { A = B; }
handlers(A) ::= handler(B). { A = seq1(ctx, B); }
handlers(A) ::= handlers(A) handler(B). { seqa(ctx, A, B); }
handler(A) ::= EXCEPT(T) COLON block(B). { A = pym_p_handler(ctx, T, NULL, NULL, B); }
handler(A) ::= EXCEPT(T) test(X) COLON block(B). { A = pym_p_handler(ctx, T, X, NULL, B); }
handler(A) ::= EXCEPT(T) test(X) AS NAME(N) COLON block(B). { A = pym_p_handler(ctx, T, X, &N, B); }
handler(A) ::= EXCEPT(T) test(X) COMMA test_items(L) COLON block(B). {
    A = pym_p_handler(ctx, T, X, NULL, B);
    pym_p_error(ctx, sp(X->pos, ((AstExpr *)L->items[L->n - 1])->pos), "multiple exception types must be parenthesized"); }
handler(A) ::= EXCEPT(T) test(X) COMMA test_items(L) AS NAME COLON block(B). {
    A = pym_p_handler(ctx, T, X, NULL, B);
    pym_p_error(ctx, sp(X->pos, ((AstExpr *)L->items[L->n - 1])->pos), "multiple exception types must be parenthesized"); }
handler(A) ::= EXCEPT(T) STAR test(X) COLON block(B). { A = pym_p_handler(ctx, T, X, NULL, B); A->is_star = 1; }
handler(A) ::= EXCEPT(T) STAR test(X) AS NAME(N) COLON block(B). { A = pym_p_handler(ctx, T, X, &N, B); A->is_star = 1; }
handler(A) ::= EXCEPT(T) STAR COLON(C) block(B). {
    A = pym_p_handler(ctx, T, NULL, NULL, B); A->is_star = 1;
    pym_p_error(ctx, tp(C), "expected one or more exception types"); }
handler(A) ::= EXCEPT(T) STAR test(X) COMMA test_items(L) COLON block(B). {
    A = pym_p_handler(ctx, T, X, NULL, B); A->is_star = 1;
    pym_p_error(ctx, sp(X->pos, ((AstExpr *)L->items[L->n - 1])->pos), "multiple exception types must be parenthesized"); }

compound_stmt(A) ::= WITH(T) with_items(L) COLON block(B). {
    A = S(ctx, STMT_WITH, pym_p_body_end(tp(T), B));
    A->v.with.items = pym_p_with_items(ctx, L); A->v.with.body = B; }
with_items(A) ::= with_item(B). { A = seq1(ctx, B); }
with_items(A) ::= with_items(A) COMMA with_item(B). { seqa(ctx, A, B); }
with_item(A) ::= test(X). { A = pym_p_withitem(ctx, X, NULL, NULL); }
with_item(A) ::= test(X) AS(T) star_or_expr(Y). { A = pym_p_withitem(ctx, X, Y, &T); }

compound_stmt(A) ::= funcdef(A).
compound_stmt(A) ::= classdef(A).
compound_stmt(A) ::= decorators(D) funcdef(F). { A = F; A->v.funcdef.decorators = D; }
compound_stmt(A) ::= decorators(D) classdef(F). { A = F; A->v.classdef.decorators = D; }
compound_stmt(A) ::= ASYNC(T) funcdef(F). { A = pym_p_async(ctx, T, F); }
compound_stmt(A) ::= decorators(D) ASYNC(T) funcdef(F). { A = pym_p_async(ctx, T, F); A->v.funcdef.decorators = D; }
compound_stmt(A) ::= ASYNC(T) FOR exprlist(X) IN testlist_star_expr(I) COLON block(B) opt_else(E). {
    A = S(ctx, STMT_FOR, pym_p_body_end(tp(T), E ? E : B));
    pym_p_set_ctx(ctx, X, CTX_STORE, PYM_TGT_FOR);
    A->v.forloop.target = X; A->v.forloop.iter = I; A->v.forloop.body = B;
    A->v.forloop.orelse = E ? E : ast_seq_new(A_); A = pym_p_async(ctx, T, A); }
compound_stmt(A) ::= ASYNC(T) WITH with_items(L) COLON block(B). {
    A = S(ctx, STMT_WITH, pym_p_body_end(tp(T), B));
    A->v.with.items = pym_p_with_items(ctx, L); A->v.with.body = B; A = pym_p_async(ctx, T, A); }
decorators(A) ::= AT namedexpr_test(X) NEWLINE. { A = seq1(ctx, X); }
decorators(A) ::= decorators(A) AT namedexpr_test(X) NEWLINE. { seqa(ctx, A, X); }

funcdef(A) ::= DEF(D) NAME(N) LPAR params(P) RPAR opt_ret(R) COLON block(B). {
    A = pym_p_funcdef(ctx, D, N, P, R, B); }
opt_ret(A) ::= . { A = NULL; }
opt_ret(A) ::= ARROW test(X). { A = X; }
params(A) ::= . { A = ast_seq_new(A_); }
params(A) ::= param_list(A).
params(A) ::= param_list(A) COMMA.
param_list(A) ::= param(B). { A = seq1(ctx, B); }
param_list(A) ::= param_list(A) COMMA param(B). { seqa(ctx, A, B); }
param(A) ::= NAME(N). { A = pym_p_param(ctx, PYM_PARAM_NAME, &N, NULL, NULL, tp(N)); }
param(A) ::= NAME(N) COLON test(X). { A = pym_p_param(ctx, PYM_PARAM_NAME, &N, X, NULL, tp(N)); }
param(A) ::= NAME(N) EQ test(D). { A = pym_p_param(ctx, PYM_PARAM_NAME, &N, NULL, D, tp(N)); }
param(A) ::= NAME(N) COLON test(X) EQ test(D). { A = pym_p_param(ctx, PYM_PARAM_NAME, &N, X, D, tp(N)); }
param(A) ::= STAR(T). { A = pym_p_param(ctx, PYM_PARAM_STAR, NULL, NULL, NULL, tp(T)); }
param(A) ::= STAR(T) NAME(N). { A = pym_p_param(ctx, PYM_PARAM_STAR, &N, NULL, NULL, tp(T)); }
param(A) ::= STAR(T) NAME(N) COLON test(X). { A = pym_p_param(ctx, PYM_PARAM_STAR, &N, X, NULL, tp(T)); }
param(A) ::= DSTAR(T) NAME(N). { A = pym_p_param(ctx, PYM_PARAM_DSTAR, &N, NULL, NULL, tp(T)); }
param(A) ::= DSTAR(T) NAME(N) COLON test(X). { A = pym_p_param(ctx, PYM_PARAM_DSTAR, &N, X, NULL, tp(T)); }
param(A) ::= SLASH(T). { A = pym_p_param(ctx, PYM_PARAM_SLASH, NULL, NULL, NULL, tp(T)); }

classdef(A) ::= CLASS(C) NAME(N) COLON block(B). { A = pym_p_classdef(ctx, C, N, ast_seq_new(A_), B); }
classdef(A) ::= CLASS(C) NAME(N) LPAR RPAR COLON block(B). { A = pym_p_classdef(ctx, C, N, ast_seq_new(A_), B); }
classdef(A) ::= CLASS(C) NAME(N) LPAR arglist(L) RPAR COLON block(B). { A = pym_p_classdef(ctx, C, N, L, B); }

/* ================= match (PEP 634) ================= */

compound_stmt(A) ::= MATCH(T) subject(S) COLON(C) NEWLINE INDENT case_blocks(L) DEDENT. {
    A = pym_p_match(ctx, T, S, C, L); }
subject(A) ::= subj_items(L). { A = pym_p_subject(ctx, L, NULL); }
subject(A) ::= subj_items(L) COMMA(C). { A = pym_p_subject(ctx, L, &C); }
subj_items(A) ::= namedexpr_test(B). { A = seq1(ctx, B); }
subj_items(A) ::= star_expr(B). { A = seq1(ctx, B); }
subj_items(A) ::= subj_items(A) COMMA namedexpr_test(B). { seqa(ctx, A, B); }
subj_items(A) ::= subj_items(A) COMMA star_expr(B). { seqa(ctx, A, B); }

case_blocks(A) ::= case_block(B). { A = seq1(ctx, B); }
case_blocks(A) ::= case_blocks(A) case_block(B). { seqa(ctx, A, B); }
case_block(A) ::= CASE patterns(P) COLON block(B). { A = pym_p_case(ctx, P, NULL, B); }
case_block(A) ::= CASE patterns(P) IF namedexpr_test(G) COLON block(B). { A = pym_p_case(ctx, P, G, B); }

/* a top-level comma list is a sequence pattern without brackets */
patterns(A) ::= pat_items(L). { A = pym_p_top_patterns(ctx, L, false); }
patterns(A) ::= pat_items(L) COMMA. { A = pym_p_top_patterns(ctx, L, true); }
pat_items(A) ::= pat_item(B). { A = seq1(ctx, B); }
pat_items(A) ::= pat_items(A) COMMA pat_item(B). { seqa(ctx, A, B); }
pat_item(A) ::= pattern(A).
pat_item(A) ::= STAR(T) NAME(N). { A = pym_p_star(ctx, T, N); }

pattern(A) ::= or_pats(L). { A = pym_p_or(ctx, L); }
pattern(A) ::= or_pats(L) AS closed_pattern(N). { A = pym_p_as(ctx, pym_p_or(ctx, L), N); }
or_pats(A) ::= closed_pattern(B). { A = seq1(ctx, B); }
or_pats(A) ::= or_pats(A) VBAR closed_pattern(B). { seqa(ctx, A, B); }

closed_pattern(A) ::= literal(L). { A = pym_p_literal_pattern(ctx, L); }
closed_pattern(A) ::= NAME(N). { A = pym_p_capture(ctx, N); }
closed_pattern(A) ::= attr(X). { A = pym_p_value_pattern(ctx, X); }
closed_pattern(A) ::= LPAR(P) RPAR(Q). { A = pym_p_sequence(ctx, ast_seq_new(A_), sp(tp(P), tp(Q)), false); }
closed_pattern(A) ::= LPAR(P) pat_items(L) RPAR(Q). { A = pym_p_sequence(ctx, L, sp(tp(P), tp(Q)), true); }
closed_pattern(A) ::= LPAR(P) pat_items(L) COMMA RPAR(Q). { A = pym_p_sequence(ctx, L, sp(tp(P), tp(Q)), false); }
closed_pattern(A) ::= LSQB(P) RSQB(Q). { A = pym_p_sequence(ctx, ast_seq_new(A_), sp(tp(P), tp(Q)), false); }
closed_pattern(A) ::= LSQB(P) pat_items(L) RSQB(Q). { A = pym_p_sequence(ctx, L, sp(tp(P), tp(Q)), false); }
closed_pattern(A) ::= LSQB(P) pat_items(L) COMMA RSQB(Q). { A = pym_p_sequence(ctx, L, sp(tp(P), tp(Q)), false); }
closed_pattern(A) ::= LBRACE(P) RBRACE(Q). { A = pym_p_mapping(ctx, ast_seq_new(A_), sp(tp(P), tp(Q))); }
closed_pattern(A) ::= LBRACE(P) map_items(L) RBRACE(Q). { A = pym_p_mapping(ctx, L, sp(tp(P), tp(Q))); }
closed_pattern(A) ::= LBRACE(P) map_items(L) COMMA RBRACE(Q). { A = pym_p_mapping(ctx, L, sp(tp(P), tp(Q))); }
closed_pattern(A) ::= name_or_attr(C) LPAR RPAR(Q). { A = pym_p_class(ctx, C, ast_seq_new(A_), Q); }
closed_pattern(A) ::= name_or_attr(C) LPAR cls_args(L) RPAR(Q). { A = pym_p_class(ctx, C, L, Q); }
closed_pattern(A) ::= name_or_attr(C) LPAR cls_args(L) COMMA RPAR(Q). { A = pym_p_class(ctx, C, L, Q); }

literal(A) ::= signed_number(A).
literal(A) ::= signed_number(L) PLUS NUMBER(N). { A = pym_p_complex(ctx, L, AOP_ADD, N); }
literal(A) ::= signed_number(L) MINUS NUMBER(N). { A = pym_p_complex(ctx, L, AOP_SUB, N); }
literal(A) ::= strings(L). { A = pym_p_strings(ctx, L); }
literal(A) ::= NONE(T). { A = pym_p_constant(ctx, T, CONST_NONE); }
literal(A) ::= TRUE(T). { A = pym_p_constant(ctx, T, CONST_TRUE); }
literal(A) ::= FALSE(T). { A = pym_p_constant(ctx, T, CONST_FALSE); }
signed_number(A) ::= NUMBER(N). { A = pym_p_number(ctx, N); }
signed_number(A) ::= MINUS(T) NUMBER(N). { A = pym_p_unop(ctx, T, UOP_USUB, pym_p_number(ctx, N)); }

name_or_attr(A) ::= NAME(N). {
    A = E(ctx, EXPR_NAME, tp(N)); A->v.name.id = pym_arena_strdup(A_, N.s, N.len); A->v.name.ctx = CTX_LOAD; }
name_or_attr(A) ::= attr(A).
attr(A) ::= name_or_attr(V) DOT NAME(N). {
    A = E(ctx, EXPR_ATTRIBUTE, sp(V->pos, tp(N)));
    A->v.attribute.value = V; A->v.attribute.attr = pym_arena_strdup(A_, N.s, N.len); A->v.attribute.ctx = CTX_LOAD; }

map_items(A) ::= map_item(B). { A = seq1(ctx, B); }
map_items(A) ::= map_items(A) COMMA map_item(B). { seqa(ctx, A, B); }
map_item(A) ::= literal(K) COLON pattern(P). { A = pym_p_map_item(ctx, K, P, NULL); }
map_item(A) ::= attr(K) COLON pattern(P). { A = pym_p_map_item(ctx, K, P, NULL); }
map_item(A) ::= DSTAR NAME(N). { A = pym_p_map_item(ctx, NULL, NULL, &N); }

cls_args(A) ::= cls_arg(B). { A = seq1(ctx, B); }
cls_args(A) ::= cls_args(A) COMMA cls_arg(B). { seqa(ctx, A, B); }
cls_arg(A) ::= pattern(P). { A = pym_p_cls_arg(ctx, NULL, P); }
cls_arg(A) ::= NAME(N) EQ pattern(P). { A = pym_p_cls_arg(ctx, &N, P); }

/* ================= expressions ================= */

testlist_star_expr(A) ::= tse_items(L). { A = pym_p_list_or_item(ctx, L); }
testlist_star_expr(A) ::= tse_items(L) COMMA(C). { A = pym_p_seq_to_tuple(ctx, L, sp(pym_p_seq_pos(L), tp(C))); }
tse_items(A) ::= star_or_test(B). { A = seq1(ctx, B); }
tse_items(A) ::= tse_items(A) COMMA star_or_test(B). { seqa(ctx, A, B); }
star_or_test(A) ::= test(A).
star_or_test(A) ::= star_expr(A).

testlist(A) ::= test_items(L). { A = pym_p_list_or_item(ctx, L); }
testlist(A) ::= test_items(L) COMMA(C). { A = pym_p_seq_to_tuple(ctx, L, sp(pym_p_seq_pos(L), tp(C))); }
test_items(A) ::= test(B). { A = seq1(ctx, B); }
test_items(A) ::= test_items(A) COMMA test(B). { seqa(ctx, A, B); }

exprlist(A) ::= expr_items(L). { A = pym_p_list_or_item(ctx, L); }
exprlist(A) ::= expr_items(L) COMMA(C). { A = pym_p_seq_to_tuple(ctx, L, sp(pym_p_seq_pos(L), tp(C))); }
expr_items(A) ::= star_or_expr(B). { A = seq1(ctx, B); }
expr_items(A) ::= expr_items(A) COMMA star_or_expr(B). { seqa(ctx, A, B); }
star_or_expr(A) ::= expr(A).
star_or_expr(A) ::= star_expr(A).

star_expr(A) ::= STAR(T) expr(X). {
    A = E(ctx, EXPR_STARRED, sp(tp(T), X->pos)); A->v.starred.value = X; A->v.starred.ctx = CTX_LOAD; }

namedexpr_test(A) ::= test(A).
namedexpr_test(A) ::= NAME(N) COLONEQ test(X). {
    AstExpr *t = E(ctx, EXPR_NAME, tp(N));
    t->v.name.id = pym_arena_strdup(A_, N.s, N.len); t->v.name.ctx = CTX_STORE;
    A = E(ctx, EXPR_NAMEDEXPR, sp(tp(N), X->pos));
    A->v.namedexpr.target = t; A->v.namedexpr.value = X; }

test(A) ::= or_test(A).
test(A) ::= or_test(B) IF or_test(C) ELSE test(D). {
    A = E(ctx, EXPR_IFEXP, sp(B->pos, D->pos));
    A->v.ifexp.test = C; A->v.ifexp.body = B; A->v.ifexp.orelse = D; pym_p_depth(ctx, A, B, D); }
test(A) ::= lambdef(A).
opt_test(A) ::= . { A = NULL; }
opt_test(A) ::= test(A).

lambdef(A) ::= LAMBDA(T) lparams(P) COLON test(X). {
    A = E(ctx, EXPR_LAMBDA, sp(tp(T), X->pos));
    A->v.lambda.args = pym_p_arguments(ctx, P, true); A->v.lambda.body = X; pym_p_depth(ctx, A, X, NULL); }
lparams(A) ::= . { A = ast_seq_new(A_); }
lparams(A) ::= lparam_list(A).
lparams(A) ::= lparam_list(A) COMMA.
lparam_list(A) ::= lparam(B). { A = seq1(ctx, B); }
lparam_list(A) ::= lparam_list(A) COMMA lparam(B). { seqa(ctx, A, B); }
lparam(A) ::= NAME(N). { A = pym_p_param(ctx, PYM_PARAM_NAME, &N, NULL, NULL, tp(N)); }
lparam(A) ::= NAME(N) EQ test(D). { A = pym_p_param(ctx, PYM_PARAM_NAME, &N, NULL, D, tp(N)); }
lparam(A) ::= STAR(T). { A = pym_p_param(ctx, PYM_PARAM_STAR, NULL, NULL, NULL, tp(T)); }
lparam(A) ::= STAR(T) NAME(N). { A = pym_p_param(ctx, PYM_PARAM_STAR, &N, NULL, NULL, tp(T)); }
lparam(A) ::= DSTAR(T) NAME(N). { A = pym_p_param(ctx, PYM_PARAM_DSTAR, &N, NULL, NULL, tp(T)); }
lparam(A) ::= SLASH(T). { A = pym_p_param(ctx, PYM_PARAM_SLASH, NULL, NULL, NULL, tp(T)); }

or_test(A) ::= and_test(A).
or_test(A) ::= or_seq(L). { A = pym_p_boolop(ctx, BOOL_OR, L); }
or_seq(A) ::= and_test(B) OR and_test(C). { A = seq1(ctx, B); seqa(ctx, A, C); }
or_seq(A) ::= or_seq(A) OR and_test(C). { seqa(ctx, A, C); }
and_test(A) ::= not_test(A).
and_test(A) ::= and_seq(L). { A = pym_p_boolop(ctx, BOOL_AND, L); }
and_seq(A) ::= not_test(B) AND not_test(C). { A = seq1(ctx, B); seqa(ctx, A, C); }
and_seq(A) ::= and_seq(A) AND not_test(C). { seqa(ctx, A, C); }
not_test(A) ::= NOT(T) not_test(X). { A = pym_p_unop(ctx, T, UOP_NOT, X); }
not_test(A) ::= comparison(A).

comparison(A) ::= expr(A).
comparison(A) ::= cmp_seq(C). { A = pym_p_compare_done(ctx, C); }
cmp_seq(A) ::= expr(L) comp_op(O) expr(R). { A = pym_p_compare(ctx, NULL, L, O, R); }
cmp_seq(A) ::= cmp_seq(C) comp_op(O) expr(R). { A = pym_p_compare(ctx, C, NULL, O, R); }
comp_op(A) ::= LT. { A = CMP_LT; }
comp_op(A) ::= GT. { A = CMP_GT; }
comp_op(A) ::= EQEQ. { A = CMP_EQ; }
comp_op(A) ::= GE. { A = CMP_GTE; }
comp_op(A) ::= LE. { A = CMP_LE; }
comp_op(A) ::= NE. { A = CMP_NOTEQ; }
comp_op(A) ::= IN. { A = CMP_IN; }
comp_op(A) ::= NOT IN. { A = CMP_NOTIN; }
comp_op(A) ::= IS. { A = CMP_IS; }
comp_op(A) ::= IS NOT. { A = CMP_ISNOT; }

expr(A) ::= xor_expr(A).
expr(A) ::= expr(L) VBAR xor_expr(R). { A = pym_p_binop(ctx, L, AOP_BITOR, R); }
xor_expr(A) ::= and_expr(A).
xor_expr(A) ::= xor_expr(L) CIRCUMFLEX and_expr(R). { A = pym_p_binop(ctx, L, AOP_BITXOR, R); }
and_expr(A) ::= shift_expr(A).
and_expr(A) ::= and_expr(L) AMPER shift_expr(R). { A = pym_p_binop(ctx, L, AOP_BITAND, R); }
shift_expr(A) ::= arith_expr(A).
shift_expr(A) ::= shift_expr(L) LSHIFT arith_expr(R). { A = pym_p_binop(ctx, L, AOP_LSHIFT, R); }
shift_expr(A) ::= shift_expr(L) RSHIFT arith_expr(R). { A = pym_p_binop(ctx, L, AOP_RSHIFT, R); }
arith_expr(A) ::= term(A).
arith_expr(A) ::= arith_expr(L) PLUS term(R). { A = pym_p_binop(ctx, L, AOP_ADD, R); }
arith_expr(A) ::= arith_expr(L) MINUS term(R). { A = pym_p_binop(ctx, L, AOP_SUB, R); }
term(A) ::= factor(A).
term(A) ::= term(L) STAR factor(R). { A = pym_p_binop(ctx, L, AOP_MULT, R); }
term(A) ::= term(L) SLASH factor(R). { A = pym_p_binop(ctx, L, AOP_DIV, R); }
term(A) ::= term(L) DSLASH factor(R). { A = pym_p_binop(ctx, L, AOP_FLOORDIV, R); }
term(A) ::= term(L) PERCENT factor(R). { A = pym_p_binop(ctx, L, AOP_MOD, R); }
term(A) ::= term(L) AT factor(R). { A = pym_p_binop(ctx, L, AOP_MATMUL, R); }
factor(A) ::= PLUS(T) factor(X). { A = pym_p_unop(ctx, T, UOP_UADD, X); }
factor(A) ::= MINUS(T) factor(X). { A = pym_p_unop(ctx, T, UOP_USUB, X); }
factor(A) ::= TILDE(T) factor(X). { A = pym_p_unop(ctx, T, UOP_INVERT, X); }
factor(A) ::= power(A).
power(A) ::= atom_expr(A).
power(A) ::= atom_expr(L) DSTAR factor(R). { A = pym_p_binop(ctx, L, AOP_POW, R); }
power(A) ::= AWAIT(T) atom_expr(X). { A = pym_p_await(ctx, T, X); }
power(A) ::= AWAIT(T) atom_expr(X) DSTAR factor(R). { A = pym_p_binop(ctx, pym_p_await(ctx, T, X), AOP_POW, R); }

atom_expr(A) ::= atom(A).
atom_expr(A) ::= atom_expr(F) LPAR RPAR(T). { A = pym_p_call(ctx, F, NULL, T); pym_p_depth(ctx, A, F, NULL); }
atom_expr(A) ::= atom_expr(F) LPAR(P) arglist(L) RPAR(T). { A = pym_p_call(ctx, F, L, T); pym_p_depth(ctx, A, F, NULL); pym_p_call_genexp(ctx, A, L, P); }
atom_expr(A) ::= atom_expr(F) LSQB subscriptlist(X) RSQB(T). {
    A = E(ctx, EXPR_SUBSCRIPT, sp(F->pos, tp(T)));
    A->v.subscript.value = F; A->v.subscript.slice = X; A->v.subscript.ctx = CTX_LOAD; pym_p_depth(ctx, A, F, NULL); }
atom_expr(A) ::= atom_expr(F) DOT NAME(N). {
    A = E(ctx, EXPR_ATTRIBUTE, sp(F->pos, tp(N)));
    A->v.attribute.value = F; A->v.attribute.attr = pym_arena_strdup(A_, N.s, N.len);
    A->v.attribute.ctx = CTX_LOAD; pym_p_depth(ctx, A, F, NULL); }

atom(A) ::= NAME(N). {
    A = E(ctx, EXPR_NAME, tp(N)); A->v.name.id = pym_arena_strdup(A_, N.s, N.len); A->v.name.ctx = CTX_LOAD; }
atom(A) ::= NUMBER(N). { A = pym_p_number(ctx, N); }
atom(A) ::= strings(L). { A = pym_p_strings(ctx, L); }
atom(A) ::= NONE(T). { A = pym_p_constant(ctx, T, CONST_NONE); }
atom(A) ::= TRUE(T). { A = pym_p_constant(ctx, T, CONST_TRUE); }
atom(A) ::= FALSE(T). { A = pym_p_constant(ctx, T, CONST_FALSE); }
atom(A) ::= ELLIPSIS(T). { A = pym_p_constant(ctx, T, CONST_ELLIPSIS); }
strings(A) ::= STRING(S). { PymTok *t = pym_arena_alloc(A_, sizeof *t); *t = S; A = seq1(ctx, t); }
strings(A) ::= strings(A) STRING(S). { PymTok *t = pym_arena_alloc(A_, sizeof *t); *t = S; seqa(ctx, A, t); }

atom(A) ::= LPAR(P) RPAR(Q). { A = pym_p_display(ctx, EXPR_TUPLE, P, ast_seq_new(A_), Q); }
atom(A) ::= LPAR(P) yield_expr(X) RPAR. { A = X; pym_p_mark_paren(ctx, X, P); }
atom(A) ::= LPAR(P) elist(L) RPAR(Q). {
    if (L->n == 1) {
        A = L->items[0];
        if (A->kind == EXPR_STARRED) pym_p_error(ctx, A->pos, "cannot use starred expression here");
        pym_p_mark_paren(ctx, A, P);
    } else A = pym_p_display(ctx, EXPR_TUPLE, P, L, Q); }
atom(A) ::= LPAR(P) elist(L) COMMA RPAR(Q). { A = pym_p_display(ctx, EXPR_TUPLE, P, L, Q); }
atom(A) ::= LPAR(P) namedexpr_test(X) comp_for(C) RPAR(Q). { A = pym_p_compexpr(ctx, EXPR_GENEXP, P, X, C, Q); }
atom(A) ::= LSQB(P) RSQB(Q). { A = pym_p_display(ctx, EXPR_LIST, P, ast_seq_new(A_), Q); }
atom(A) ::= LSQB(P) elist(L) RSQB(Q). { A = pym_p_display(ctx, EXPR_LIST, P, L, Q); }
atom(A) ::= LSQB(P) elist(L) COMMA RSQB(Q). { A = pym_p_display(ctx, EXPR_LIST, P, L, Q); }
atom(A) ::= LSQB(P) namedexpr_test(X) comp_for(C) RSQB(Q). { A = pym_p_compexpr(ctx, EXPR_LISTCOMP, P, X, C, Q); }
atom(A) ::= LBRACE(P) RBRACE(Q). {
    A = E(ctx, EXPR_DICT, sp(tp(P), tp(Q))); A->v.dict.keys = ast_seq_new(A_); A->v.dict.values = ast_seq_new(A_); }
atom(A) ::= LBRACE(P) elist(L) RBRACE(Q). { A = pym_p_display(ctx, EXPR_SET, P, L, Q); }
atom(A) ::= LBRACE(P) elist(L) COMMA RBRACE(Q). { A = pym_p_display(ctx, EXPR_SET, P, L, Q); }
atom(A) ::= LBRACE(P) namedexpr_test(X) comp_for(C) RBRACE(Q). { A = pym_p_compexpr(ctx, EXPR_SETCOMP, P, X, C, Q); }
atom(A) ::= LBRACE(P) dlist(L) RBRACE(Q). { A = pym_p_dict(ctx, L, sp(tp(P), tp(Q))); }
atom(A) ::= LBRACE(P) dlist(L) COMMA RBRACE(Q). { A = pym_p_dict(ctx, L, sp(tp(P), tp(Q))); }
atom(A) ::= LBRACE(P) test(K) COLON test(V) comp_for(C) RBRACE(Q). {
    A = E(ctx, EXPR_DICTCOMP, sp(tp(P), tp(Q)));
    A->v.dictcomp.key = K; A->v.dictcomp.value = V; A->v.dictcomp.generators = C; }

elist(A) ::= elem(B). { A = seq1(ctx, B); }
elist(A) ::= elist(A) COMMA elem(B). { seqa(ctx, A, B); }
elem(A) ::= namedexpr_test(A).
elem(A) ::= star_expr(A).
elem(A) ::= test(X) AS(T) star_or_expr(Y). { A = pym_p_as_marker(ctx, X, T, Y); }

/* dict items: a key/value pair is a Tuple node (key, value) kept only here;
** '**x' is a Starred-free marker (a NULL key) made by pym_p_dict */
dlist(A) ::= ditem(B). { A = seq1(ctx, B); }
dlist(A) ::= dlist(A) COMMA ditem(B). { seqa(ctx, A, B); }
ditem(A) ::= test(K) COLON test(V). {
    A = pym_p_seq_to_tuple(ctx, seq1(ctx, K), sp(K->pos, V->pos)); seqa(ctx, A->v.list.elts, V); }
ditem(A) ::= DSTAR(T) expr(V). {
    A = pym_p_seq_to_tuple(ctx, seq1(ctx, NULL), sp(tp(T), V->pos)); seqa(ctx, A->v.list.elts, V); }

comp_for(A) ::= FOR exprlist(T) IN or_test(I). { A = seq1(ctx, pym_p_comp(ctx, T, I)); }
comp_for(A) ::= comp_for(A) FOR exprlist(T) IN or_test(I). { seqa(ctx, A, pym_p_comp(ctx, T, I)); }
comp_for(A) ::= ASYNC FOR exprlist(T) IN or_test(I). { A = seq1(ctx, pym_p_comp(ctx, T, I)); ((AstComprehension *)A->items[0])->is_async = 1; }
comp_for(A) ::= comp_for(A) ASYNC FOR exprlist(T) IN or_test(I). { AstComprehension *c = pym_p_comp(ctx, T, I); c->is_async = 1; seqa(ctx, A, c); }
comp_for(A) ::= comp_for(A) IF or_test(C). {
    AstComprehension *c = A->items[A->n - 1]; seqa(ctx, c->ifs, C); }

subscriptlist(A) ::= sub_items(L). { A = pym_p_list_or_item(ctx, L); }
subscriptlist(A) ::= sub_items(L) COMMA(C). { A = pym_p_seq_to_tuple(ctx, L, sp(pym_p_seq_pos(L), tp(C))); }
sub_items(A) ::= subscript(B). { A = seq1(ctx, B); }
sub_items(A) ::= sub_items(A) COMMA subscript(B). { seqa(ctx, A, B); }
subscript(A) ::= namedexpr_test(A).
subscript(A) ::= star_expr(A).
subscript(A) ::= opt_test(L) COLON(C) opt_test(H). { A = pym_p_slice(ctx, L, C, H, NULL, NULL); }
subscript(A) ::= opt_test(L) COLON(C) opt_test(H) COLON(D) opt_test(S). { A = pym_p_slice(ctx, L, C, H, &D, S); }

arglist(A) ::= args(A).
arglist(A) ::= args(A) COMMA.
args(A) ::= argument(B). { A = seq1(ctx, B); }
args(A) ::= args(A) COMMA argument(B). { seqa(ctx, A, B); }
argument(A) ::= namedexpr_test(X). { A = pym_p_callarg(ctx, PYM_CARG_POS, NULL, X, X->pos); }
argument(A) ::= test(X) comp_for(C). {
    AstExpr *g = E(ctx, EXPR_GENEXP, sp(X->pos, pym_p_comp_end(ctx, C)));
    g->v.comp.elt = X; g->v.comp.generators = C;
    A = pym_p_callarg(ctx, PYM_CARG_GENEXP, NULL, g, g->pos); }
argument(A) ::= test(K) EQ(Q) test(X). { A = pym_p_callarg(ctx, PYM_CARG_KW, K, X, sp(K->pos, X->pos)); A->eqpos = tp(Q); }
argument(A) ::= STAR(T) test(X). {
    AstExpr *s = E(ctx, EXPR_STARRED, sp(tp(T), X->pos));
    s->v.starred.value = X; s->v.starred.ctx = CTX_LOAD;
    A = pym_p_callarg(ctx, PYM_CARG_STAR, NULL, s, s->pos); A->eqpos = tp(T); }
argument(A) ::= DSTAR(T) test(X). { A = pym_p_callarg(ctx, PYM_CARG_DSTAR, NULL, X, sp(tp(T), X->pos)); }

yield_expr(A) ::= YIELD(T). { A = E(ctx, EXPR_YIELD, tp(T)); }
yield_expr(A) ::= YIELD(T) testlist_star_expr(X). { A = E(ctx, EXPR_YIELD, sp(tp(T), X->pos)); A->v.yield.value = X; }
yield_expr(A) ::= YIELD(T) FROM test(X). { A = E(ctx, EXPR_YIELDFROM, sp(tp(T), X->pos)); A->v.yieldfrom.value = X; }

%code {
/* exported for parse.c's error heuristics */
int pym_lemon_accepts(void *parser, int tok) { return pym_p_would_accept(parser, tok); }

/* Would the parser in its current state accept token tok (after any
** reductions)?  Simulates the LALR automaton on a copy of the state stack
** without running actions; used to choose CPython's error messages. */
static int pym_p_would_accept(void *parser, int tok) {
    yyParser *p = parser;
    int n = (int)(p->yytos - p->yystack);
    int cap = n + 256;
    int *st = malloc(sizeof(int) * cap);
    int ok = 0;
    if (!st) return 0;
    for (int i = 0; i <= n; i++) st[i] = p->yystack[i].stateno;
    int act = st[n];
    for (int steps = 0; steps < 100000; steps++) {
        act = yy_find_shift_action((YYCODETYPE)tok, (YYACTIONTYPE)act);
        if (act >= YY_MIN_REDUCE && act != YY_ERROR_ACTION && act != YY_ACCEPT_ACTION
                && act <= YY_MAX_REDUCE) {
            int rule = act - YY_MIN_REDUCE;
            int base = n + yyRuleInfoNRhs[rule];
            if (base < 0 || base + 1 >= cap) break;
            act = yy_find_reduce_action((YYACTIONTYPE)st[base], yyRuleInfoLhs[rule]);
            n = base + 1;
            st[n] = act;
            continue;
        }
        ok = act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
        break;
    }
    free(st);
    return ok;
}
}
