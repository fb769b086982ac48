/*
** symtable.c -- the symbol table: first pass of the compiler.
**
** Pass 1 (build) walks the AST with one PymSTEntry per scope and records the
** PYM_DEF_* flags of every name (assigned, read, parameter, global ...), the
** global/nonlocal statement positions and whether the block is a generator.
** Pass 2 (analyze) resolves each name to a scope, following CPython 3.11:
** every block receives the set of names bound in enclosing function scopes
** ("bound") and the explicit globals; names it reads that are bound above
** become FREE and are reported upward, where the defining function turns its
** LOCAL into a CELL.  Class scopes do not add their names to "bound" (methods
** cannot see class variables) but add the implicit __class__, which a class
** body turns into its __class__ cell when some method needs it (super()).
** The string sets used by the analysis are small arrays with linear search.
*/
#include "symtable.h"
#include "error.h"
#include "exceptions.h"
#include "obmalloc.h"
#include "traceback.h"
#include "parse.h"
#include "vm.h"
#include <stdarg.h>

/* ------------------------------------------------------------------ */
/* errors */

void pym_compile_syntax_error(const char *filename, const char *src, size_t srclen, AstPos pos,
                              const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    char *line = NULL;
    bool raw = false;
    if (src && pos.lineno > 0) {
        const char *p = src, *end = src + srclen;
        int ln = 1;
        while (p < end && ln < pos.lineno) {
            const char *nl = memchr(p, '\n', end - p);
            if (!nl) {
                p = end;
                break;
            }
            p = nl + 1;
            ln++;
        }
        if (ln == pos.lineno && p <= end) {
            const char *e = p;
            while (e < end && *e != '\n' && *e != '\r') e++;
            line = pym_raw_malloc(e - p + 1);
            if (line) {
                memcpy(line, p, e - p);
                line[e - p] = 0;
            }
        }
    } else if (filename && pos.lineno > 0) {
        line = pym_source_line(filename, pos.lineno);
        raw = true;
    }
    (void)raw;
    /* offsets are UTF-8 byte offsets + 1, as CPython 3.11 reports them for
    ** symtable and compiler errors (the parser's own errors count characters) */
    int col = pos.col, end_col = pos.end_col;
    pym_err_syntax(PymExc_SyntaxError, filename ? filename : "<unknown>", pos.lineno, col + 1, line,
                   pos.end_lineno, end_col + 1, msg);
    if (line) pym_raw_free(line);
}

/* ------------------------------------------------------------------ */
/* symbols (a name map of PymSymbol, namemap.h) */

/* The symbol for name, created (flags 0) when absent; NULL on OOM. */
static PymSymbol *symmap_get_or_add(PymSTEntry *ste, const char *name) {
    int k = pym_namemap_add(&ste->symbols, name);
    return k < 0 ? NULL : pym_st_symbol_at(ste, k);
}

PymSymbol *pym_st_get(PymSTEntry *ste, const char *name) {
    int k = pym_namemap_find(&ste->symbols, name);
    return k < 0 ? NULL : pym_st_symbol_at(ste, k);
}

int pym_st_scope(PymSTEntry *ste, const char *name) {
    PymSymbol *s = pym_st_get(ste, name);
    return s ? s->scope : PYM_SCOPE_NONE;
}

/* ------------------------------------------------------------------ */
/* small string sets for the analysis */

typedef struct {
    const char **v;
    int n, cap;
} StrSet;

static bool set_has(const StrSet *s, const char *x) {
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->v[i], x) == 0) return true;
    return false;
}

static int set_add(StrSet *s, const char *x) {
    if (set_has(s, x)) return 0;
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 8;
        const char **v = pym_raw_realloc(s->v, cap * sizeof(char *));
        if (!v) {
            pym_err_no_memory();
            return -1;
        }
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n++] = x;
    return 0;
}

static void set_discard(StrSet *s, const char *x) {
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->v[i], x) == 0) {
            s->v[i] = s->v[--s->n];
            return;
        }
}

static int set_update(StrSet *s, const StrSet *o) {
    for (int i = 0; i < o->n; i++)
        if (set_add(s, o->v[i]) < 0) return -1;
    return 0;
}

static void set_free(StrSet *s) {
    pym_raw_free(s->v);
    s->v = NULL;
    s->n = s->cap = 0;
}

/* ------------------------------------------------------------------ */
/* table, entries */

/* A slot of the map from AST node to the entry of the scope it opens. */
typedef struct {
    uintptr_t node;
    PymSTEntry *ste;
} NodeScope;

static void *raw_zeroed(size_t n) { return pym_raw_calloc(1, n); }

static int map_put(PymSymtable *st, const void *key, PymSTEntry *ste) {
    NodeScope *s = pym_ptrmap_put(&st->scopes, (uintptr_t)key, NULL);
    if (!s) return -1;
    s->ste = ste;
    return 0;
}

PymSTEntry *pym_symtable_lookup(PymSymtable *st, const void *node) {
    NodeScope *s = pym_ptrmap_find(&st->scopes, (uintptr_t)node);
    return s ? s->ste : NULL;
}

static void ste_free(PymSTEntry *ste) {
    if (!ste) return;
    for (int i = 0; i < ste->nchildren; i++) ste_free(ste->children[i]);
    pym_raw_free(ste->children);
    pym_namemap_free(&ste->symbols);
    pym_raw_free(ste->varnames);
    pym_raw_free(ste);
}

void pym_symtable_free(PymSymtable *st) {
    if (!st) return;
    ste_free(st->top);
    pym_ptrmap_clear(&st->scopes);
    for (int i = 0; i < st->nstrs; i++) pym_raw_free(st->strs[i]);
    pym_raw_free(st->strs);
    pym_raw_free(st);
}

const char *pym_st_keep_string(PymSymtable *st, char *s) {
    if (st->nstrs == st->capstrs) {
        int cap = st->capstrs ? st->capstrs * 2 : 8;
        char **v = pym_raw_realloc(st->strs, cap * sizeof(char *));
        if (!v) {
            pym_raw_free(s);
            pym_err_no_memory();
            return NULL;
        }
        st->strs = v;
        st->capstrs = cap;
    }
    st->strs[st->nstrs++] = s;
    return s;
}

const char *pym_st_mangle(PymSymtable *st, const char *priv, const char *name) {
    if (!priv || name[0] != '_' || name[1] != '_') return name;
    size_t n = strlen(name);
    if (n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') return name;
    if (strchr(name, '.')) return name;
    while (*priv == '_') priv++;
    if (!*priv) return name;
    size_t p = strlen(priv);
    char *s = pym_raw_malloc(p + n + 2);
    if (!s) {
        pym_err_no_memory();
        return NULL;
    }
    s[0] = '_';
    memcpy(s + 1, priv, p);
    memcpy(s + 1 + p, name, n + 1);
    return pym_st_keep_string(st, s);
}

static PymSTEntry *ste_enter(PymSymtable *st, PymBlockType type, PymBlockKind kind,
                             const char *name, const void *node, AstPos pos) {
    PymSTEntry *ste = pym_raw_calloc(1, sizeof(PymSTEntry));
    if (!ste) {
        pym_err_no_memory();
        return NULL;
    }
    ste->symbols = (PymNameMap)PYM_NAMEMAP_INIT(PymSymbol);
    ste->type = type;
    ste->kind = kind;
    ste->name = name;
    ste->node = node;
    ste->pos = pos;
    PymSTEntry *parent = st->cur;
    ste->parent = parent;
    if (parent) {
        ste->nested = parent->nested || parent->type == PYM_BLOCK_FUNCTION;
        ste->private_name = parent->private_name;
        if (parent->nchildren == parent->capchildren) {
            int cap = parent->capchildren ? parent->capchildren * 2 : 4;
            PymSTEntry **c = pym_raw_realloc(parent->children, cap * sizeof(void *));
            if (!c) {
                pym_raw_free(ste);
                pym_err_no_memory();
                return NULL;
            }
            parent->children = c;
            parent->capchildren = cap;
        }
        parent->children[parent->nchildren++] = ste;
    }
    if (type == PYM_BLOCK_CLASS) ste->private_name = name;
    if (node && map_put(st, node, ste) < 0) {
        pym_err_no_memory();
        return NULL;
    }
    st->cur = ste;
    return ste;
}

static void ste_exit(PymSymtable *st) { st->cur = st->cur->parent; }

static bool is_comprehension(const PymSTEntry *ste) { return ste->kind >= PYM_KIND_LISTCOMP; }

#define ERR(pos, ...) \
    (pym_compile_syntax_error(st->filename, st->src, st->srclen, (pos), __VA_ARGS__), -1)

static int add_def_in(PymSymtable *st, PymSTEntry *ste, const char *name, int flag, AstPos pos) {
    const char *m = pym_st_mangle(st, ste->private_name, name);
    if (!m) return -1;
    PymSymbol *s = symmap_get_or_add(ste, m);
    if (!s) {
        pym_err_no_memory();
        return -1;
    }
    if ((flag & PYM_DEF_PARAM) && (s->flags & PYM_DEF_PARAM))
        return ERR(pos, "duplicate argument '%s' in function definition", m);
    if ((flag & PYM_DEF_LOCAL) && st->cur->comp_iter_target && ste == st->cur)
        flag |= PYM_DEF_COMP_ITER;
    s->flags |= flag;
    if (flag & PYM_DEF_PARAM) {
        if (ste->nvarnames == ste->capvarnames) {
            int cap = ste->capvarnames ? ste->capvarnames * 2 : 8;
            const char **v = pym_raw_realloc(ste->varnames, cap * sizeof(char *));
            if (!v) {
                pym_err_no_memory();
                return -1;
            }
            ste->varnames = v;
            ste->capvarnames = cap;
        }
        ste->varnames[ste->nvarnames++] = m;
    }
    return 0;
}

static int add_def(PymSymtable *st, const char *name, int flag, AstPos pos) {
    return add_def_in(st, st->cur, name, flag, pos);
}

static int visit_expr(PymSymtable *st, AstExpr *e);
static int visit_stmt(PymSymtable *st, AstStmt *s);

static int visit_exprs(PymSymtable *st, AstSeq *seq) {
    for (int i = 0; i < AST_SEQ_LEN(seq); i++) {
        AstExpr *e = AST_SEQ_GET(seq, i);
        if (e && visit_expr(st, e) < 0) return -1;
    }
    return 0;
}

static int visit_stmts(PymSymtable *st, AstSeq *seq) {
    for (int i = 0; i < AST_SEQ_LEN(seq); i++)
        if (visit_stmt(st, AST_SEQ_GET(seq, i)) < 0) return -1;
    return 0;
}

static int visit_keywords(PymSymtable *st, AstSeq *kws) {
    for (int i = 0; i < AST_SEQ_LEN(kws); i++) {
        AstKeyword *k = AST_SEQ_GET(kws, i);
        if (visit_expr(st, k->value) < 0) return -1;
    }
    return 0;
}

/* An annotation.  Under 'from __future__ import annotations' it is only
** text, and CPython refuses the expressions that would act in a scope. */
static int visit_annotation(PymSymtable *st, AstExpr *e) {
    if (!st->future_annotations) return visit_expr(st, e);
    PymSTEntry *saved = st->annotation_block;
    st->annotation_block = st->cur;
    int r = visit_expr(st, e);
    st->annotation_block = saved;
    return r;
}

static bool has_future_annotations(AstMod *mod) {
    bool docstring = false;
    for (int i = 0; i < AST_SEQ_LEN(mod->body); i++) {
        AstStmt *s = AST_SEQ_GET(mod->body, i);
        if (s->kind == STMT_EXPR && !docstring && s->v.expr.value->kind == EXPR_CONSTANT &&
            s->v.expr.value->v.constant.kind == CONST_STR) {
            docstring = true;
            continue;
        }
        if (s->kind != STMT_IMPORTFROM || !s->v.importfrom.module ||
            strcmp(s->v.importfrom.module, "__future__") != 0)
            return false;
        for (int k = 0; k < AST_SEQ_LEN(s->v.importfrom.names); k++)
            if (strcmp(((AstAlias *)AST_SEQ_GET(s->v.importfrom.names, k))->name, "annotations") ==
                0)
                return true;
    }
    return false;
}

/* defaults and annotations are evaluated in the enclosing scope */
static int visit_arg_outer(PymSymtable *st, AstArguments *a, bool annotations) {
    if (!a) return 0;
    if (visit_exprs(st, a->defaults) < 0 || visit_exprs(st, a->kw_defaults) < 0) return -1;
    if (!annotations) return 0;
    AstSeq *seqs[3] = {a->posonlyargs, a->args, a->kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < AST_SEQ_LEN(seqs[k]); i++) {
            AstArg *arg = AST_SEQ_GET(seqs[k], i);
            if (arg->annotation && visit_annotation(st, arg->annotation) < 0) return -1;
        }
    if (a->vararg && a->vararg->annotation && visit_annotation(st, a->vararg->annotation) < 0)
        return -1;
    if (a->kwarg && a->kwarg->annotation && visit_annotation(st, a->kwarg->annotation) < 0)
        return -1;
    return 0;
}

static int visit_params(PymSymtable *st, AstArguments *a) {
    if (!a) return 0;
    AstSeq *seqs[3] = {a->posonlyargs, a->args, a->kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < AST_SEQ_LEN(seqs[k]); i++) {
            AstArg *arg = AST_SEQ_GET(seqs[k], i);
            if (add_def(st, arg->arg, PYM_DEF_PARAM, arg->pos) < 0) return -1;
        }
    if (a->vararg) {
        if (add_def(st, a->vararg->arg, PYM_DEF_PARAM, a->vararg->pos) < 0) return -1;
        st->cur->varargs = true;
    }
    if (a->kwarg) {
        if (add_def(st, a->kwarg->arg, PYM_DEF_PARAM, a->kwarg->pos) < 0) return -1;
        st->cur->varkeywords = true;
    }
    return 0;
}

static int record_directive(PymSymtable *st, const char *name, AstPos pos) {
    const char *m = pym_st_mangle(st, st->cur->private_name, name);
    if (!m) return -1;
    PymSymbol *s = pym_st_get(st->cur, m);
    if (s && s->directive.lineno == 0) s->directive = pos; /* the first one counts */
    return 0;
}

static int visit_global(PymSymtable *st, AstStmt *s, bool nonlocal) {
    AstSeq *names = nonlocal ? s->v.nonlocal.names : s->v.global.names;
    const char *what = nonlocal ? "nonlocal" : "global";
    for (int i = 0; i < AST_SEQ_LEN(names); i++) {
        const char *name = AST_SEQ_GET(names, i);
        const char *m = pym_st_mangle(st, st->cur->private_name, name);
        if (!m) return -1;
        PymSymbol *sym = pym_st_get(st->cur, m);
        int cur = sym ? sym->flags : 0;
        if (cur & (PYM_DEF_PARAM | PYM_DEF_LOCAL | PYM_DEF_USE | PYM_DEF_ANNOT)) {
            if (cur & PYM_DEF_PARAM)
                return ERR(s->pos, "name '%s' is parameter and %s", name, what);
            if (cur & PYM_DEF_USE)
                return ERR(s->pos, "name '%s' is used prior to %s declaration", name, what);
            if (cur & PYM_DEF_ANNOT)
                return ERR(s->pos, "annotated name '%s' can't be %s", name, what);
            return ERR(s->pos, "name '%s' is assigned to before %s declaration", name, what);
        }
        if (nonlocal && st->cur->type == PYM_BLOCK_MODULE)
            return ERR(s->pos, "nonlocal declaration not allowed at module level");
        if (add_def(st, name, nonlocal ? PYM_DEF_NONLOCAL : PYM_DEF_GLOBAL, s->pos) < 0) return -1;
        if (record_directive(st, name, s->pos) < 0) return -1;
    }
    return 0;
}

static bool find_ann(AstSeq *body) {
    for (int i = 0; i < AST_SEQ_LEN(body); i++) {
        AstStmt *s = AST_SEQ_GET(body, i);
        switch (s->kind) {
        case STMT_ANNASSIGN: return true;
        case STMT_FOR:
            if (find_ann(s->v.forloop.body) || find_ann(s->v.forloop.orelse)) return true;
            break;
        case STMT_WHILE:
            if (find_ann(s->v.whileloop.body) || find_ann(s->v.whileloop.orelse)) return true;
            break;
        case STMT_IF:
            if (find_ann(s->v.ifstmt.body) || find_ann(s->v.ifstmt.orelse)) return true;
            break;
        case STMT_WITH:
            if (find_ann(s->v.with.body)) return true;
            break;
        case STMT_MATCH:
            for (int j = 0; j < AST_SEQ_LEN(s->v.match.cases); j++) {
                AstMatchCase *m = AST_SEQ_GET(s->v.match.cases, j);
                if (find_ann(m->body)) return true;
            }
            break;
        case STMT_ASYNCFOR:
            if (find_ann(s->v.forloop.body) || find_ann(s->v.forloop.orelse)) return true;
            break;
        case STMT_ASYNCWITH:
            if (find_ann(s->v.with.body)) return true;
            break;
        case STMT_TRY:
        case STMT_TRYSTAR:
            if (find_ann(s->v.trystmt.body) || find_ann(s->v.trystmt.orelse) ||
                find_ann(s->v.trystmt.finalbody))
                return true;
            for (int j = 0; j < AST_SEQ_LEN(s->v.trystmt.handlers); j++) {
                AstExceptHandler *h = AST_SEQ_GET(s->v.trystmt.handlers, j);
                if (find_ann(h->body)) return true;
            }
            break;
        default: break;
        }
    }
    return false;
}

int pym_st_enter_recursion(int *depth) {
    /* a level of a pass is a third of a call on top of the running frames
    ** (CPython's COMPILER_STACK_FRAME_SCALE): the one guard's test, failing
    ** when 3 * frames + levels > 3 * limit */
    if (PYM_UNLIKELY(pym_vm_too_deep(pym_vm.depth + (++*depth - 1) / 3)))
        return pym_vm_recursion_error(" during compilation");
    return 0;
}

/* A pattern binds its capture names; its value expressions are loads. */
static int visit_pattern(PymSymtable *st, AstPattern *p) {
    if (pym_st_enter_recursion(&st->depth) < 0) return -1;
    int r = 0;
    switch (p->kind) {
    case PAT_VALUE: r = visit_expr(st, p->v.value.value); break;
    case PAT_SINGLETON: break;
    case PAT_SEQUENCE:
    case PAT_OR:
        for (int i = 0; !r && i < AST_SEQ_LEN(p->v.seq.patterns); i++)
            r = visit_pattern(st, AST_SEQ_GET(p->v.seq.patterns, i));
        break;
    case PAT_MAPPING:
        r = visit_exprs(st, p->v.mapping.keys);
        for (int i = 0; !r && i < AST_SEQ_LEN(p->v.mapping.patterns); i++)
            r = visit_pattern(st, AST_SEQ_GET(p->v.mapping.patterns, i));
        if (!r && p->v.mapping.rest) r = add_def(st, p->v.mapping.rest, PYM_DEF_LOCAL, p->pos);
        break;
    case PAT_CLASS:
        r = visit_expr(st, p->v.cls.cls);
        for (int i = 0; !r && i < AST_SEQ_LEN(p->v.cls.patterns); i++)
            r = visit_pattern(st, AST_SEQ_GET(p->v.cls.patterns, i));
        for (int i = 0; !r && i < AST_SEQ_LEN(p->v.cls.kwd_patterns); i++)
            r = visit_pattern(st, AST_SEQ_GET(p->v.cls.kwd_patterns, i));
        break;
    case PAT_STAR:
        if (p->v.star.name) r = add_def(st, p->v.star.name, PYM_DEF_LOCAL, p->pos);
        break;
    case PAT_AS:
        if (p->v.as.pattern) r = visit_pattern(st, p->v.as.pattern);
        if (!r && p->v.as.name) r = add_def(st, p->v.as.name, PYM_DEF_LOCAL, p->pos);
        break;
    }
    st->depth--;
    return r;
}

static int visit_stmt(PymSymtable *st, AstStmt *s) {
    if (pym_st_enter_recursion(&st->depth) < 0) return -1;
    int r = 0;
    switch (s->kind) {
    case STMT_FUNCTIONDEF:
    case STMT_ASYNCFUNCTIONDEF: {
        if (add_def(st, s->v.funcdef.name, PYM_DEF_LOCAL, s->pos) < 0) return -1;
        if (visit_arg_outer(st, s->v.funcdef.args, true) < 0) return -1;
        if (s->v.funcdef.returns && visit_annotation(st, s->v.funcdef.returns) < 0) return -1;
        if (visit_exprs(st, s->v.funcdef.decorators) < 0) return -1;
        PymSTEntry *fste = ste_enter(st, PYM_BLOCK_FUNCTION, PYM_KIND_PLAIN, s->v.funcdef.name, s,
                                     s->pos);
        if (!fste) return -1;
        if (s->kind == STMT_ASYNCFUNCTIONDEF) fste->async_def = fste->coroutine = true;
        if (visit_params(st, s->v.funcdef.args) < 0) return -1;
        if (visit_stmts(st, s->v.funcdef.body) < 0) return -1;
        ste_exit(st);
        break;
    }
    case STMT_CLASSDEF: {
        if (add_def(st, s->v.classdef.name, PYM_DEF_LOCAL, s->pos) < 0) return -1;
        if (visit_exprs(st, s->v.classdef.bases) < 0) return -1;
        if (visit_keywords(st, s->v.classdef.keywords) < 0) return -1;
        if (visit_exprs(st, s->v.classdef.decorators) < 0) return -1;
        PymSTEntry *ste = ste_enter(st, PYM_BLOCK_CLASS, PYM_KIND_PLAIN, s->v.classdef.name, s,
                                    s->pos);
        if (!ste) return -1;
        ste->has_annotations = find_ann(s->v.classdef.body);
        if (visit_stmts(st, s->v.classdef.body) < 0) return -1;
        ste_exit(st);
        break;
    }
    case STMT_RETURN:
        if (s->v.ret.value) r = visit_expr(st, s->v.ret.value);
        break;
    case STMT_DELETE: r = visit_exprs(st, s->v.del.targets); break;
    case STMT_ASSIGN:
        r = visit_exprs(st, s->v.assign.targets);
        if (!r) r = visit_expr(st, s->v.assign.value);
        break;
    case STMT_AUGASSIGN:
        r = visit_expr(st, s->v.augassign.target);
        if (!r) r = visit_expr(st, s->v.augassign.value);
        break;
    case STMT_ANNASSIGN: {
        AstExpr *t = s->v.annassign.target;
        if (t->kind == EXPR_NAME) {
            const char *m = pym_st_mangle(st, st->cur->private_name, t->v.name.id);
            if (!m) return -1;
            PymSymbol *sym = pym_st_get(st->cur, m);
            int cur = sym ? sym->flags : 0;
            if ((cur & (PYM_DEF_GLOBAL | PYM_DEF_NONLOCAL)) && s->v.annassign.simple &&
                st->cur != st->top)
                return ERR(s->pos, "annotated name '%s' can't be %s", t->v.name.id,
                           (cur & PYM_DEF_GLOBAL) ? "global" : "nonlocal");
            if (s->v.annassign.simple) {
                if (add_def(st, t->v.name.id, PYM_DEF_ANNOT | PYM_DEF_LOCAL, t->pos) < 0) return -1;
            } else if (s->v.annassign.value) {
                if (add_def(st, t->v.name.id, PYM_DEF_LOCAL, t->pos) < 0) return -1;
            }
        } else if (visit_expr(st, t) < 0)
            return -1;
        if (visit_annotation(st, s->v.annassign.annotation) < 0) return -1;
        if (s->v.annassign.value) r = visit_expr(st, s->v.annassign.value);
        break;
    }
    case STMT_FOR:
    case STMT_ASYNCFOR:
        if (visit_expr(st, s->v.forloop.target) < 0 || visit_expr(st, s->v.forloop.iter) < 0 ||
            visit_stmts(st, s->v.forloop.body) < 0 || visit_stmts(st, s->v.forloop.orelse) < 0)
            return -1;
        break;
    case STMT_WHILE:
        if (visit_expr(st, s->v.whileloop.test) < 0 || visit_stmts(st, s->v.whileloop.body) < 0 ||
            visit_stmts(st, s->v.whileloop.orelse) < 0)
            return -1;
        break;
    case STMT_IF:
        if (visit_expr(st, s->v.ifstmt.test) < 0 || visit_stmts(st, s->v.ifstmt.body) < 0 ||
            visit_stmts(st, s->v.ifstmt.orelse) < 0)
            return -1;
        break;
    case STMT_WITH:
    case STMT_ASYNCWITH:
        for (int i = 0; i < AST_SEQ_LEN(s->v.with.items); i++) {
            AstWithItem *w = AST_SEQ_GET(s->v.with.items, i);
            if (visit_expr(st, w->context_expr) < 0) return -1;
            if (w->optional_vars && visit_expr(st, w->optional_vars) < 0) return -1;
        }
        r = visit_stmts(st, s->v.with.body);
        break;
    case STMT_MATCH:
        if (visit_expr(st, s->v.match.subject) < 0) return -1;
        for (int i = 0; i < AST_SEQ_LEN(s->v.match.cases); i++) {
            AstMatchCase *m = AST_SEQ_GET(s->v.match.cases, i);
            if (visit_pattern(st, m->pattern) < 0) return -1;
            if (m->guard && visit_expr(st, m->guard) < 0) return -1;
            if (visit_stmts(st, m->body) < 0) return -1;
        }
        break;
    case STMT_RAISE:
        if (s->v.raise.exc && visit_expr(st, s->v.raise.exc) < 0) return -1;
        if (s->v.raise.cause && visit_expr(st, s->v.raise.cause) < 0) return -1;
        break;
    case STMT_TRY:
    case STMT_TRYSTAR:
        if (visit_stmts(st, s->v.trystmt.body) < 0) return -1;
        for (int i = 0; i < AST_SEQ_LEN(s->v.trystmt.handlers); i++) {
            AstExceptHandler *h = AST_SEQ_GET(s->v.trystmt.handlers, i);
            if (h->type && visit_expr(st, h->type) < 0) return -1;
            if (h->name && add_def(st, h->name, PYM_DEF_LOCAL, h->pos) < 0) return -1;
            if (visit_stmts(st, h->body) < 0) return -1;
        }
        if (visit_stmts(st, s->v.trystmt.orelse) < 0 || visit_stmts(st, s->v.trystmt.finalbody) < 0)
            return -1;
        break;
    case STMT_ASSERT:
        if (visit_expr(st, s->v.assertion.test) < 0) return -1;
        if (s->v.assertion.msg && visit_expr(st, s->v.assertion.msg) < 0) return -1;
        break;
    case STMT_IMPORT:
    case STMT_IMPORTFROM: {
        AstSeq *names = s->kind == STMT_IMPORT ? s->v.import.names : s->v.importfrom.names;
        for (int i = 0; i < AST_SEQ_LEN(names); i++) {
            AstAlias *a = AST_SEQ_GET(names, i);
            if (strcmp(a->name, "*") == 0) {
                if (st->cur->type != PYM_BLOCK_MODULE)
                    return ERR(a->pos, "import * only allowed at module level");
                continue;
            }
            const char *store = a->asname;
            if (!store) {
                const char *dot = strchr(a->name, '.');
                if (dot) {
                    char *first = pym_raw_malloc(dot - a->name + 1);
                    if (!first) {
                        pym_err_no_memory();
                        return -1;
                    }
                    memcpy(first, a->name, dot - a->name);
                    first[dot - a->name] = 0;
                    if (st->nstrs == st->capstrs) {
                        int cap = st->capstrs ? st->capstrs * 2 : 8;
                        char **v = pym_raw_realloc(st->strs, cap * sizeof(char *));
                        if (!v) {
                            pym_raw_free(first);
                            pym_err_no_memory();
                            return -1;
                        }
                        st->strs = v;
                        st->capstrs = cap;
                    }
                    st->strs[st->nstrs++] = first;
                    store = first;
                } else {
                    store = a->name;
                }
            }
            if (add_def(st, store, PYM_DEF_IMPORT, a->pos) < 0) return -1;
        }
        break;
    }
    case STMT_GLOBAL: r = visit_global(st, s, false); break;
    case STMT_NONLOCAL: r = visit_global(st, s, true); break;
    case STMT_EXPR: r = visit_expr(st, s->v.expr.value); break;
    case STMT_PASS:
    case STMT_BREAK:
    case STMT_CONTINUE: break;
    }
    st->depth--;
    return r;
}

static const char *comp_desc(PymBlockKind k) {
    switch (k) {
    case PYM_KIND_LISTCOMP: return "list comprehension";
    case PYM_KIND_SETCOMP: return "set comprehension";
    case PYM_KIND_DICTCOMP: return "dict comprehension";
    default: return "generator expression";
    }
}

static const char *comp_name(PymBlockKind k) {
    switch (k) {
    case PYM_KIND_LISTCOMP: return "<listcomp>";
    case PYM_KIND_SETCOMP: return "<setcomp>";
    case PYM_KIND_DICTCOMP: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static int visit_comprehension(PymSymtable *st, AstExpr *e, AstSeq *gens, AstExpr *elt,
                               AstExpr *value, PymBlockKind kind) {
    AstComprehension *outer = AST_SEQ_GET(gens, 0);
    st->cur->comp_iter_expr++;
    if (visit_expr(st, outer->iter) < 0) return -1;
    st->cur->comp_iter_expr--;
    PymSTEntry *ste = ste_enter(st, PYM_BLOCK_FUNCTION, kind, comp_name(kind), e, e->pos);
    if (!ste) return -1;
    if (kind == PYM_KIND_GENEXP) ste->generator = true;
    if (add_def(st, ".0", PYM_DEF_PARAM, e->pos) < 0) return -1;
    for (int i = 0; i < AST_SEQ_LEN(gens); i++) {
        AstComprehension *g = AST_SEQ_GET(gens, i);
        if (g->is_async) ste->coroutine = true;
        ste->comp_iter_target = true;
        if (visit_expr(st, g->target) < 0) return -1;
        ste->comp_iter_target = false;
        ste->comp_iter_expr++;
        if (i > 0 && visit_expr(st, g->iter) < 0) return -1;
        ste->comp_iter_expr--;
        if (visit_exprs(st, g->ifs) < 0) return -1;
    }
    if (value && visit_expr(st, value) < 0) return -1;
    if (visit_expr(st, elt) < 0) return -1;
    ste_exit(st);
    /* awaiting an async comprehension makes the enclosing one async too */
    if (ste->coroutine && kind != PYM_KIND_GENEXP && is_comprehension(st->cur))
        st->cur->coroutine = true;
    return 0;
}

static int extend_namedexpr_scope(PymSymtable *st, AstExpr *t);

static int visit_namedexpr(PymSymtable *st, AstExpr *e) {
    AstExpr *t = e->v.namedexpr.target;
    if (st->cur->comp_iter_expr > 0)
        return ERR(e->pos,
                   "assignment expression cannot be used in a comprehension iterable expression");
    if (t->kind != EXPR_NAME || !is_comprehension(st->cur)) {
        if (visit_expr(st, e->v.namedexpr.value) < 0) return -1;
        return visit_expr(st, t);
    }
    if (extend_namedexpr_scope(st, t) < 0) return -1;
    return visit_expr(st, e->v.namedexpr.value);
}

/* A ':=' in a comprehension binds in the enclosing function (or module). */
static int extend_namedexpr_scope(PymSymtable *st, AstExpr *t) {
    const char *name = t->v.name.id;
    PymSTEntry *cur = st->cur;
    for (PymSTEntry *ste = cur; ste; ste = ste->parent) {
        if (is_comprehension(ste)) {
            PymSymbol *sym = pym_st_get(ste, name);
            if (sym && (sym->flags & PYM_DEF_COMP_ITER))
                return ERR(
                    t->pos,
                    "assignment expression cannot rebind comprehension iteration variable '%s'",
                    name);
            continue;
        }
        if (ste->type == PYM_BLOCK_FUNCTION) {
            PymSymbol *in = pym_st_get(ste, name);
            bool global = in && (in->flags & PYM_DEF_GLOBAL);
            if (add_def_in(st, cur, name, global ? PYM_DEF_GLOBAL : PYM_DEF_NONLOCAL, t->pos) < 0)
                return -1;
            PymSymbol *sym = pym_st_get(cur, name);
            if (sym) sym->directive = t->pos;
            return add_def_in(st, ste, name, PYM_DEF_LOCAL, t->pos);
        }
        if (ste->type == PYM_BLOCK_MODULE) {
            if (add_def_in(st, cur, name, PYM_DEF_GLOBAL, t->pos) < 0) return -1;
            return add_def_in(st, ste, name, PYM_DEF_GLOBAL, t->pos);
        }
        return ERR(t->pos,
                   "assignment expression within a comprehension cannot be used in a class body");
    }
    return 0;
}

static int visit_expr(PymSymtable *st, AstExpr *e) {
    if (pym_st_enter_recursion(&st->depth) < 0) return -1;
    if (st->annotation_block == st->cur && (e->kind == EXPR_NAMEDEXPR || e->kind == EXPR_YIELD ||
                                            e->kind == EXPR_YIELDFROM || e->kind == EXPR_AWAIT))
        return ERR(e->pos, "'%s' can not be used within an annotation",
                   e->kind == EXPR_NAMEDEXPR ? "named expression"
                   : e->kind == EXPR_AWAIT   ? "await expression"
                                             : "yield expression");
    int r = 0;
    switch (e->kind) {
    case EXPR_BOOLOP: r = visit_exprs(st, e->v.boolop.values); break;
    case EXPR_NAMEDEXPR: r = visit_namedexpr(st, e); break;
    case EXPR_BINOP:
        r = visit_expr(st, e->v.binop.left);
        if (!r) r = visit_expr(st, e->v.binop.right);
        break;
    case EXPR_UNARYOP: r = visit_expr(st, e->v.unaryop.operand); break;
    case EXPR_LAMBDA:
        if (visit_arg_outer(st, e->v.lambda.args, false) < 0) return -1;
        if (!ste_enter(st, PYM_BLOCK_FUNCTION, PYM_KIND_LAMBDA, "<lambda>", e, e->pos)) return -1;
        if (visit_params(st, e->v.lambda.args) < 0) return -1;
        if (visit_expr(st, e->v.lambda.body) < 0) return -1;
        ste_exit(st);
        break;
    case EXPR_IFEXP:
        if (visit_expr(st, e->v.ifexp.test) < 0 || visit_expr(st, e->v.ifexp.body) < 0 ||
            visit_expr(st, e->v.ifexp.orelse) < 0)
            return -1;
        break;
    case EXPR_DICT:
        if (visit_exprs(st, e->v.dict.keys) < 0 || visit_exprs(st, e->v.dict.values) < 0) return -1;
        break;
    case EXPR_SET: r = visit_exprs(st, e->v.set.elts); break;
    case EXPR_LISTCOMP:
        r = visit_comprehension(st, e, e->v.comp.generators, e->v.comp.elt, NULL,
                                PYM_KIND_LISTCOMP);
        break;
    case EXPR_SETCOMP:
        r = visit_comprehension(st, e, e->v.comp.generators, e->v.comp.elt, NULL, PYM_KIND_SETCOMP);
        break;
    case EXPR_GENEXP:
        r = visit_comprehension(st, e, e->v.comp.generators, e->v.comp.elt, NULL, PYM_KIND_GENEXP);
        break;
    case EXPR_DICTCOMP:
        r = visit_comprehension(st, e, e->v.dictcomp.generators, e->v.dictcomp.key,
                                e->v.dictcomp.value, PYM_KIND_DICTCOMP);
        break;
    case EXPR_YIELD:
    case EXPR_YIELDFROM: {
        AstExpr *v = e->kind == EXPR_YIELD ? e->v.yield.value : e->v.yieldfrom.value;
        if (v && visit_expr(st, v) < 0) return -1;
        if (is_comprehension(st->cur))
            return ERR(e->pos, "'yield' inside %s", comp_desc(st->cur->kind));
        st->cur->generator = true;
        break;
    }
    case EXPR_AWAIT:
        if (visit_expr(st, e->v.await.value) < 0) return -1;
        st->cur->coroutine = true;
        break;
    case EXPR_COMPARE:
        if (visit_expr(st, e->v.compare.left) < 0) return -1;
        r = visit_exprs(st, e->v.compare.comparators);
        break;
    case EXPR_CALL:
        if (visit_expr(st, e->v.call.func) < 0 || visit_exprs(st, e->v.call.args) < 0 ||
            visit_keywords(st, e->v.call.keywords) < 0)
            return -1;
        break;
    case EXPR_FORMATTEDVALUE:
        if (visit_expr(st, e->v.formatted.value) < 0) return -1;
        if (e->v.formatted.format_spec) r = visit_expr(st, e->v.formatted.format_spec);
        break;
    case EXPR_JOINEDSTR: r = visit_exprs(st, e->v.joinedstr.values); break;
    case EXPR_CONSTANT: break;
    case EXPR_ATTRIBUTE: r = visit_expr(st, e->v.attribute.value); break;
    case EXPR_SUBSCRIPT:
        if (visit_expr(st, e->v.subscript.value) < 0) return -1;
        r = visit_expr(st, e->v.subscript.slice);
        break;
    case EXPR_STARRED: r = visit_expr(st, e->v.starred.value); break;
    case EXPR_NAME:
        if (add_def(st, e->v.name.id, e->v.name.ctx == CTX_LOAD ? PYM_DEF_USE : PYM_DEF_LOCAL,
                    e->pos) < 0)
            return -1;
        if (e->v.name.ctx == CTX_LOAD && st->cur->type == PYM_BLOCK_FUNCTION &&
            strcmp(e->v.name.id, "super") == 0 && add_def(st, "__class__", PYM_DEF_USE, e->pos) < 0)
            return -1;
        break;
    case EXPR_LIST:
    case EXPR_TUPLE: r = visit_exprs(st, e->v.list.elts); break;
    case EXPR_SLICE:
        if (e->v.slice.lower && visit_expr(st, e->v.slice.lower) < 0) return -1;
        if (e->v.slice.upper && visit_expr(st, e->v.slice.upper) < 0) return -1;
        if (e->v.slice.step && visit_expr(st, e->v.slice.step) < 0) return -1;
        break;
    }
    st->depth--;
    return r;
}

/* ------------------------------------------------------------------ */
/* analysis */

static int analyze_block(PymSymtable *st, PymSTEntry *ste, StrSet *bound, StrSet *free,
                         StrSet *global);

#define AERR(sym, ...) \
    (pym_compile_syntax_error(st->filename, st->src, st->srclen, (sym)->directive, __VA_ARGS__), -1)

static int analyze_name(PymSymtable *st, PymSTEntry *ste, PymSymbol *sym, StrSet *bound,
                        StrSet *local, StrSet *free, StrSet *global, bool *ste_free) {
    const char *name = sym->name;
    int flags = sym->flags;
    if (flags & PYM_DEF_GLOBAL) {
        if (flags & PYM_DEF_NONLOCAL) return AERR(sym, "name '%s' is nonlocal and global", name);
        sym->scope = PYM_SCOPE_GLOBAL_EXPLICIT;
        if (set_add(global, name) < 0) return -1;
        if (bound) set_discard(bound, name);
        return 0;
    }
    if (flags & PYM_DEF_NONLOCAL) {
        if (!bound) return AERR(sym, "nonlocal declaration not allowed at module level");
        if (!set_has(bound, name)) return AERR(sym, "no binding for nonlocal '%s' found", name);
        sym->scope = PYM_SCOPE_FREE;
        *ste_free = true;
        return set_add(free, name);
    }
    if (flags & PYM_DEF_BOUND) {
        sym->scope = PYM_SCOPE_LOCAL;
        if (set_add(local, name) < 0) return -1;
        set_discard(global, name);
        return 0;
    }
    if (bound && set_has(bound, name)) {
        sym->scope = PYM_SCOPE_FREE;
        *ste_free = true;
        return set_add(free, name);
    }
    sym->scope = PYM_SCOPE_GLOBAL_IMPLICIT;
    return 0;
}

static int analyze_block(PymSymtable *st, PymSTEntry *ste, StrSet *bound, StrSet *free,
                         StrSet *global) {
    StrSet local = {0}, newbound = {0}, newglobal = {0}, newfree = {0}, allfree = {0};
    int r = -1;
    bool ste_free = false;
    if (pym_st_enter_recursion(&st->depth) < 0) return -1;
    if (ste->type == PYM_BLOCK_CLASS) {
        if (set_update(&newglobal, global) < 0) goto done;
        if (bound && set_update(&newbound, bound) < 0) goto done;
    }
    for (int i = 0; i < ste->symbols.n; i++)
        if (analyze_name(st, ste, pym_st_symbol_at(ste, i), bound, &local, free, global,
                         &ste_free) < 0)
            goto done;
    if (ste->type != PYM_BLOCK_CLASS) {
        if (ste->type == PYM_BLOCK_FUNCTION && set_update(&newbound, &local) < 0) goto done;
        if (bound && set_update(&newbound, bound) < 0) goto done;
        if (set_update(&newglobal, global) < 0) goto done;
    } else {
        if (set_add(&newbound, "__class__") < 0) goto done;
    }
    for (int i = 0; i < ste->nchildren; i++) {
        PymSTEntry *c = ste->children[i];
        StrSet cb = {0}, cg = {0}, cf = {0};
        int ok = set_update(&cb, &newbound) == 0 && set_update(&cg, &newglobal) == 0 &&
                 analyze_block(st, c, &cb, &cf, &cg) == 0 && set_update(&allfree, &cf) == 0;
        set_free(&cb);
        set_free(&cg);
        set_free(&cf);
        if (!ok) goto done;
        if (c->child_free) ste->child_free = true;
    }
    if (set_update(&newfree, &allfree) < 0) goto done;
    if (ste->type == PYM_BLOCK_FUNCTION) {
        for (int i = 0; i < ste->symbols.n; i++) {
            PymSymbol *s = pym_st_symbol_at(ste, i);
            if (s->scope == PYM_SCOPE_LOCAL && set_has(&newfree, s->name)) {
                s->scope = PYM_SCOPE_CELL;
                set_discard(&newfree, s->name);
            }
        }
    } else if (ste->type == PYM_BLOCK_CLASS) {
        if (set_has(&newfree, "__class__")) {
            set_discard(&newfree, "__class__");
            ste->needs_class_closure = true;
        }
    }
    /* update_symbols: free names of children not resolved here */
    for (int i = 0; i < newfree.n; i++) {
        const char *name = newfree.v[i];
        PymSymbol *s = pym_st_get(ste, name);
        if (s) {
            if (ste->type == PYM_BLOCK_CLASS && (s->flags & (PYM_DEF_BOUND | PYM_DEF_GLOBAL)))
                s->flags |= PYM_DEF_FREE_CLASS;
            continue;
        }
        if (bound && !set_has(bound, name)) continue;
        if (!bound) continue;
        s = symmap_get_or_add(ste, name);
        if (!s) {
            pym_err_no_memory();
            goto done;
        }
        s->scope = PYM_SCOPE_FREE;
    }
    if (ste_free || newfree.n) ste->child_free = ste->child_free || newfree.n > 0;
    if (set_update(free, &newfree) < 0) goto done;
    r = 0;
done:
    set_free(&local);
    set_free(&newbound);
    set_free(&newglobal);
    set_free(&newfree);
    set_free(&allfree);
    st->depth--;
    return r;
}

PymSymtable *pym_symtable_build(AstMod *mod, const char *filename, const char *src, size_t srclen) {
    PymSymtable *st = pym_raw_calloc(1, sizeof(PymSymtable));
    if (!st) return pym_err_no_memory();
    st->scopes = (PymPtrMap)PYM_PTRMAP_INIT(NodeScope, 64, 50, false, raw_zeroed, pym_raw_free);
    st->filename = filename;
    st->src = src;
    st->srclen = srclen;
    AstPos pos = {1, 0, 1, 0};
    st->top = ste_enter(st, PYM_BLOCK_MODULE, PYM_KIND_PLAIN, "top", NULL, pos);
    if (!st->top) goto fail;
    if (mod->mode == PYM_EVAL_INPUT) {
        if (mod->expr && visit_expr(st, mod->expr) < 0) goto fail;
    } else {
        st->future_annotations = has_future_annotations(mod);
        st->top->has_annotations = find_ann(mod->body);
        if (visit_stmts(st, mod->body) < 0) goto fail;
    }
    StrSet free = {0}, global = {0};
    st->depth = 0;
    int r = analyze_block(st, st->top, NULL, &free, &global);
    set_free(&free);
    set_free(&global);
    if (r < 0) goto fail;
    return st;
fail:
    pym_symtable_free(st);
    return NULL;
}
