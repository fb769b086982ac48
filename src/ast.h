/*
** ast.h -- the abstract syntax tree (ast.c holds the arena and builders).
**
** The parser builds this tree; the compiler reads it.  Node kinds and fields
** follow Python's own 'ast' module, so its documentation is the reference.
** Every node, string and sequence lives in one PymArena that is freed as a
** whole after compilation; the AST never allocates Python objects (literals
** are kept as raw text/bytes and turned into objects by the compiler).
**
** Positions: lineno/end_lineno are 1-based; col/end_col are 0-based UTF-8 byte
** offsets, end exclusive (as CPython's col_offset/end_col_offset).
*/
#ifndef PYM_AST_H
#define PYM_AST_H

#include "common.h"
#include <setjmp.h>

typedef struct PymArena PymArena;

PymArena *pym_arena_new(void);
void pym_arena_free(PymArena *a);
/* Zeroed memory.  When out of memory: longjmp to the buffer set by
** pym_arena_set_oom (the parser's entry points set one and raise
** MemoryError there), or abort when none is set; never NULL. */
void *pym_arena_alloc(PymArena *a, size_t n);
void pym_arena_set_oom(PymArena *a, jmp_buf *oom);            /* NULL: none */
char *pym_arena_strdup(PymArena *a, const char *s, size_t n); /* NUL-terminated copy */

/* A growable array of pointers in the arena. */
typedef struct AstSeq {
    int n, cap;
    void **items;
} AstSeq;

AstSeq *ast_seq_new(PymArena *a);
int ast_seq_append(PymArena *a, AstSeq *s, void *item); /* 0 / -1 */
#define AST_SEQ_LEN(s)    ((s) ? (s)->n : 0)
#define AST_SEQ_GET(s, i) ((s)->items[i])

typedef struct AstPos {
    int lineno, col, end_lineno, end_col;
} AstPos;

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } AstCtx;

/* clang-format off */
typedef enum {                   /* values are PYM_NB_* of object.h */
    AOP_ADD = 0, AOP_BITAND = 1, AOP_FLOORDIV = 2, AOP_LSHIFT = 3, AOP_MATMUL = 4,
    AOP_MULT = 5, AOP_MOD = 6, AOP_BITOR = 7, AOP_POW = 8, AOP_RSHIFT = 9,
    AOP_SUB = 10, AOP_DIV = 11, AOP_BITXOR = 12
} AstOperator;
/* clang-format on */
typedef enum { UOP_INVERT, UOP_NOT, UOP_UADD, UOP_USUB } AstUnaryOp;
typedef enum { BOOL_AND, BOOL_OR } AstBoolOp;
/* clang-format off */
typedef enum {                   /* 0..5 are PYM_LT..PYM_GE */
    CMP_LT = 0, CMP_LE, CMP_EQ, CMP_NOTEQ, CMP_GT, CMP_GTE,
    CMP_IS, CMP_ISNOT, CMP_IN, CMP_NOTIN
} AstCmpOp;
/* clang-format on */

typedef struct AstExpr AstExpr;
typedef struct AstStmt AstStmt;

/* clang-format off */
typedef enum {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,       /* text: digits without '_' and without prefix; base 10/16/8/2 */
    CONST_FLOAT,     /* fval */
    CONST_STR,       /* text/len: decoded UTF-8 */
    CONST_BYTES,     /* text/len: decoded bytes */
    CONST_COMPLEX    /* fval: the imaginary part of an imaginary literal */
} AstConstKind;
/* clang-format on */

typedef struct AstArg { /* one parameter */
    const char *arg;
    AstExpr *annotation; /* or NULL */
    AstPos pos;
} AstArg;

typedef struct AstArguments {
    AstSeq *posonlyargs; /* AstArg* */
    AstSeq *args;        /* AstArg* */
    AstArg *vararg;      /* *args or NULL */
    AstSeq *kwonlyargs;  /* AstArg* */
    AstSeq *kw_defaults; /* AstExpr* or NULL, one per kwonlyarg */
    AstArg *kwarg;       /* **kwargs or NULL */
    AstSeq *defaults;    /* AstExpr*, for the last len(defaults) of posonlyargs+args */
} AstArguments;

typedef struct AstKeyword { /* name=value in a call or class bases; arg NULL for **value */
    const char *arg;
    AstExpr *value;
    AstPos pos;
} AstKeyword;

typedef struct AstAlias { /* import name as asname */
    const char *name;     /* dotted, or "*" */
    const char *asname;   /* or NULL */
    AstPos pos;
} AstAlias;

typedef struct AstWithItem {
    AstExpr *context_expr;
    AstExpr *optional_vars; /* or NULL */
} AstWithItem;

typedef struct AstExceptHandler {
    AstExpr *type;    /* or NULL (bare except) */
    const char *name; /* or NULL */
    AstSeq *body;     /* AstStmt* */
    AstPos pos;
    int is_star; /* an except* clause */
} AstExceptHandler;

typedef struct AstComprehension {
    AstExpr *target;
    AstExpr *iter;
    AstSeq *ifs;  /* AstExpr* */
    int is_async; /* async for */
} AstComprehension;

/* clang-format off */
typedef enum {
    EXPR_BOOLOP, EXPR_NAMEDEXPR, EXPR_BINOP, EXPR_UNARYOP, EXPR_LAMBDA, EXPR_IFEXP,
    EXPR_DICT, EXPR_SET, EXPR_LISTCOMP, EXPR_SETCOMP, EXPR_DICTCOMP, EXPR_GENEXP,
    EXPR_YIELD, EXPR_YIELDFROM, EXPR_COMPARE, EXPR_CALL, EXPR_FORMATTEDVALUE,
    EXPR_JOINEDSTR, EXPR_CONSTANT, EXPR_ATTRIBUTE, EXPR_SUBSCRIPT, EXPR_STARRED,
    EXPR_NAME, EXPR_LIST, EXPR_TUPLE, EXPR_SLICE,
    EXPR_AWAIT
} AstExprKind;
/* clang-format on */

struct AstExpr {
    AstExprKind kind;
    unsigned char fold_shape; /* compile.c's memo: 0 not known yet, 1 may fold, 2 cannot */
    AstPos pos;
    union {
        struct {
            AstBoolOp op;
            AstSeq *values;
        } boolop;
        struct {
            AstExpr *target, *value;
        } namedexpr;
        struct {
            AstExpr *left;
            AstOperator op;
            AstExpr *right;
        } binop;
        struct {
            AstUnaryOp op;
            AstExpr *operand;
        } unaryop;
        struct {
            AstArguments *args;
            AstExpr *body;
        } lambda;
        struct {
            AstExpr *test, *body, *orelse;
        } ifexp;
        struct {
            AstSeq *keys, *values;
        } dict; /* key NULL: **value */
        struct {
            AstSeq *elts;
        } set;
        struct {
            AstExpr *elt;
            AstSeq *generators;
        } comp; /* list/set/genexp */
        struct {
            AstExpr *key, *value;
            AstSeq *generators;
        } dictcomp;
        struct {
            AstExpr *value;
        } yield; /* value may be NULL */
        struct {
            AstExpr *value;
        } yieldfrom;
        struct {
            AstExpr *left;
            int nops;
            AstCmpOp *ops;
            AstSeq *comparators;
        } compare;
        struct {
            AstExpr *func;
            AstSeq *args;
            AstSeq *keywords;
        } call; /* args AstExpr* (Starred for *x), keywords AstKeyword* */
        struct {
            AstExpr *value;
            int conversion;
            AstExpr *format_spec;
        } formatted; /* conversion -1, 's', 'r', 'a'; spec a JoinedStr or NULL */
        struct {
            AstSeq *values;
        } joinedstr; /* Constant str and FormattedValue */
        struct {
            AstConstKind kind;
            const char *text; /* CONST_INT/STR/BYTES */
            size_t len;       /* bytes of text */
            int base;         /* CONST_INT */
            double fval;      /* CONST_FLOAT */
        } constant;
        struct {
            AstExpr *value;
            const char *attr;
            AstCtx ctx;
        } attribute;
        struct {
            AstExpr *value;
            AstExpr *slice;
            AstCtx ctx;
        } subscript;
        struct {
            AstExpr *value;
            AstCtx ctx;
        } starred;
        struct {
            const char *id;
            AstCtx ctx;
        } name;
        struct {
            AstSeq *elts;
            AstCtx ctx;
        } list; /* also used for tuple */
        struct {
            AstExpr *lower, *upper, *step;
        } slice; /* each may be NULL */
        struct {
            AstExpr *value;
        } await;
    } v;
};

/* clang-format off */
typedef enum {
    STMT_FUNCTIONDEF, STMT_CLASSDEF, STMT_RETURN, STMT_DELETE, STMT_ASSIGN,
    STMT_AUGASSIGN, STMT_ANNASSIGN, STMT_FOR, STMT_WHILE, STMT_IF, STMT_WITH,
    STMT_RAISE, STMT_TRY, STMT_ASSERT, STMT_IMPORT, STMT_IMPORTFROM, STMT_GLOBAL,
    STMT_NONLOCAL, STMT_EXPR, STMT_PASS, STMT_BREAK, STMT_CONTINUE,
    STMT_MATCH,
    STMT_ASYNCFUNCTIONDEF,       /* v.funcdef */
    STMT_ASYNCFOR,               /* v.forloop */
    STMT_ASYNCWITH,              /* v.with */
    STMT_TRYSTAR                 /* v.trystmt, handlers are except* clauses */
} AstStmtKind;
/* clang-format on */

/* match statement patterns (PEP 634), as Python's ast.pattern: a capture
** 'x' is MatchAs(NULL, "x"), the wildcard '_' is MatchAs(NULL, NULL). */
/* clang-format off */
typedef enum {
    PAT_VALUE, PAT_SINGLETON, PAT_SEQUENCE, PAT_MAPPING, PAT_CLASS, PAT_STAR,
    PAT_AS, PAT_OR
} AstPatternKind;
/* clang-format on */

typedef struct AstPattern AstPattern;
struct AstPattern {
    AstPatternKind kind;
    AstPos pos;
    union {
        struct {
            AstExpr *value;
        } value; /* literal or dotted name */
        struct {
            AstConstKind value;
        } singleton; /* CONST_NONE/TRUE/FALSE */
        struct {
            AstSeq *patterns;
        } seq; /* AstPattern* (one PAT_STAR at most) */
        struct {
            AstSeq *keys, *patterns;
            const char *rest;
        } mapping; /* rest may be NULL */
        struct {
            AstExpr *cls;
            AstSeq *patterns;
            AstSeq *kwd_attrs;
            AstSeq *kwd_patterns;
        } cls;
        struct {
            const char *name;
        } star; /* NULL for '*_' */
        struct {
            AstPattern *pattern;
            const char *name;
        } as; /* both may be NULL */
        struct {
            AstSeq *patterns;
        } or ;
    } v;
};

typedef struct AstMatchCase {
    AstPattern *pattern;
    AstExpr *guard; /* or NULL */
    AstSeq *body;
} AstMatchCase;

struct AstStmt {
    AstStmtKind kind;
    AstPos pos;
    union {
        struct {
            const char *name;
            AstArguments *args;
            AstSeq *body;
            AstSeq *decorators;
            AstExpr *returns;
        } funcdef;
        struct {
            const char *name;
            AstSeq *bases;
            AstSeq *keywords;
            AstSeq *body;
            AstSeq *decorators;
        } classdef;
        struct {
            AstExpr *value;
        } ret; /* value may be NULL */
        struct {
            AstSeq *targets;
        } del;
        struct {
            AstSeq *targets;
            AstExpr *value;
        } assign; /* a = b = value */
        struct {
            AstExpr *target;
            AstOperator op;
            AstExpr *value;
        } augassign;
        struct {
            AstExpr *target;
            AstExpr *annotation;
            AstExpr *value;
            int simple;
        } annassign;
        struct {
            AstExpr *target, *iter;
            AstSeq *body, *orelse;
        } forloop;
        struct {
            AstExpr *test;
            AstSeq *body, *orelse;
        } whileloop;
        struct {
            AstExpr *test;
            AstSeq *body, *orelse;
        } ifstmt;
        struct {
            AstSeq *items;
            AstSeq *body;
        } with; /* items AstWithItem* */
        struct {
            AstExpr *exc, *cause;
        } raise; /* both may be NULL */
        struct {
            AstSeq *body, *handlers, *orelse, *finalbody;
        } trystmt;
        struct {
            AstExpr *test, *msg;
        } assertion;
        struct {
            AstSeq *names;
        } import; /* AstAlias* */
        struct {
            const char *module;
            AstSeq *names;
            int level;
        } importfrom; /* module may be NULL */
        struct {
            AstSeq *names;
        } global; /* const char* */
        struct {
            AstSeq *names;
        } nonlocal;
        struct {
            AstExpr *value;
        } expr;
        struct {
            AstExpr *subject;
            AstSeq *cases;
        } match; /* cases AstMatchCase* */
    } v;
};

/* What a parse produces: a module (statements), an expression (eval mode),
** or interactive statements (REPL "single" mode). */
typedef struct AstMod {
    int mode;           /* PYM_FILE_INPUT / PYM_EVAL_INPUT / PYM_SINGLE_INPUT */
    AstSeq *body;       /* AstStmt*  (file, single) */
    AstExpr *expr;      /* eval */
    const char *source; /* the source as UTF-8 (PEP 263 decoded, no BOM), in the arena */
    size_t source_len;
} AstMod;

/* Builders used by the parser actions (ast.c); all allocate in the arena and
** return NULL only when out of memory. */
AstExpr *ast_expr_new(PymArena *a, AstExprKind kind, AstPos pos);
AstStmt *ast_stmt_new(PymArena *a, AstStmtKind kind, AstPos pos);
/* The hidden depth of an expression node (the parser's nesting limit). */
int *ast_expr_depth_slot(AstExpr *e);

#endif
