/*
** unparse.c -- an expression's AST back to source text, as CPython 3.11's
** ast_unparse.c writes it.  Used for 'from __future__ import annotations'
** (PEP 563), where every annotation is kept as this string, so the text
** must be CPython's to the character: its spacing (" + ", "k=v" in calls,
** "k: v" in dicts), its parentheses (only where precedence needs them) and
** its reprs of constants (1e309 for an infinite float).
**
** Each expression is written at a 'level', the precedence of the place it
** goes; it parenthesizes itself when its own precedence is lower.
*/
#include "pym.h"
#include "unparse.h"
#include "complexobject.h"

/* clang-format off */
enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR,
    PR_BAND, PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};
/* clang-format on */

typedef struct Out {
    char *p;
    size_t n, cap;
    bool failed;
    int depth;
} Out;

static void put(Out *o, const char *s, size_t n) {
    if (o->failed) return;
    if (o->n + n + 1 > o->cap) {
        size_t cap = (o->n + n + 1) * 2;
        char *p = pym_raw_realloc(o->p, cap);
        if (!p) {
            o->failed = true;
            return;
        }
        o->p = p;
        o->cap = cap;
    }
    memcpy(o->p + o->n, s, n);
    o->n += n;
    o->p[o->n] = 0;
}

static void puts_(Out *o, const char *s) { put(o, s, strlen(s)); }
static void put_if(Out *o, bool cond, const char *s) {
    if (cond) puts_(o, s);
}

static void expr(Out *o, AstExpr *e, int level);

/* repr() of a Python object, written out (failures set o->failed). */
static void put_repr(Out *o, PymObject *v) {
    if (!v) {
        o->failed = true;
        return;
    }
    PymObject *r = pym_object_repr(v);
    PYM_DECREF(v);
    if (!r) {
        o->failed = true;
        return;
    }
    const char *s = PYM_STR_UTF8(r);
    size_t n = (size_t)PYM_STR_NBYTES(r);
    /* inf and nan cannot be written as literals: CPython writes 1e309 */
    for (size_t i = 0; i < n; i++) {
        if (strncmp(s + i, "inf", 3) == 0) {
            put(o, s, i);
            puts_(o, "1e309");
            s += i + 3;
            n -= i + 3;
            i = (size_t)-1;
        }
    }
    put(o, s, n);
    PYM_DECREF(r);
}

static PymObject *constant_object(AstExpr *e) {
    switch (e->v.constant.kind) {
    case CONST_NONE: return pym_newref(pym_None);
    case CONST_TRUE: return pym_newref(pym_True);
    case CONST_FALSE: return pym_newref(pym_False);
    case CONST_ELLIPSIS: return pym_newref(pym_Ellipsis);
    case CONST_INT:
        return pym_int_from_string(e->v.constant.text, (intptr_t)e->v.constant.len,
                                   e->v.constant.base ? e->v.constant.base : 10);
    case CONST_FLOAT: return pym_float_from_double(e->v.constant.fval);
    case CONST_COMPLEX: return pym_complex_from_doubles(0.0, e->v.constant.fval);
    case CONST_STR: return pym_str_from_utf8(e->v.constant.text, (intptr_t)e->v.constant.len);
    case CONST_BYTES: return pym_bytes_from_data(e->v.constant.text, (intptr_t)e->v.constant.len);
    }
    return pym_newref(pym_None);
}

static void constant(Out *o, AstExpr *e) {
    if (e->v.constant.kind == CONST_ELLIPSIS) {
        puts_(o, "...");
        return;
    }
    put_repr(o, constant_object(e));
}

static void exprs(Out *o, AstSeq *s, int level, const char *sep) {
    for (int i = 0; i < AST_SEQ_LEN(s); i++) {
        put_if(o, i > 0, sep);
        expr(o, AST_SEQ_GET(s, i), level);
    }
}

static void boolop(Out *o, AstExpr *e, int level) {
    int pr = e->v.boolop.op == BOOL_AND ? PR_AND : PR_OR;
    put_if(o, level > pr, "(");
    exprs(o, e->v.boolop.values, pr + 1, e->v.boolop.op == BOOL_AND ? " and " : " or ");
    put_if(o, level > pr, ")");
}

static void binop(Out *o, AstExpr *e, int level) {
    static const struct {
        const char *s;
        int pr;
    } ops[] = {
        [AOP_ADD] = {" + ", PR_ARITH},      [AOP_SUB] = {" - ", PR_ARITH},
        [AOP_MULT] = {" * ", PR_TERM},      [AOP_MATMUL] = {" @ ", PR_TERM},
        [AOP_DIV] = {" / ", PR_TERM},       [AOP_MOD] = {" % ", PR_TERM},
        [AOP_FLOORDIV] = {" // ", PR_TERM}, [AOP_LSHIFT] = {" << ", PR_SHIFT},
        [AOP_RSHIFT] = {" >> ", PR_SHIFT},  [AOP_BITOR] = {" | ", PR_BOR},
        [AOP_BITXOR] = {" ^ ", PR_BXOR},    [AOP_BITAND] = {" & ", PR_BAND},
        [AOP_POW] = {" ** ", PR_POWER},
    };
    int pr = ops[e->v.binop.op].pr;
    bool rassoc = e->v.binop.op == AOP_POW;
    put_if(o, level > pr, "(");
    expr(o, e->v.binop.left, pr + rassoc);
    puts_(o, ops[e->v.binop.op].s);
    expr(o, e->v.binop.right, pr + !rassoc);
    put_if(o, level > pr, ")");
}

static void unaryop(Out *o, AstExpr *e, int level) {
    const char *s;
    int pr = PR_FACTOR;
    switch (e->v.unaryop.op) {
    case UOP_INVERT: s = "~"; break;
    case UOP_NOT:
        s = "not ";
        pr = PR_NOT;
        break;
    case UOP_UADD: s = "+"; break;
    default: s = "-"; break;
    }
    put_if(o, level > pr, "(");
    puts_(o, s);
    expr(o, e->v.unaryop.operand, pr);
    put_if(o, level > pr, ")");
}

static void arg_with_default(Out *o, AstArg *a, AstExpr *def) {
    puts_(o, a->arg);
    if (a->annotation) {
        puts_(o, ": ");
        expr(o, a->annotation, PR_TEST);
    }
    if (def) {
        puts_(o, a->annotation ? " = " : "=");
        expr(o, def, PR_TEST);
    }
}

static void arguments(Out *o, AstArguments *a) {
    bool first = true;
    int npos = AST_SEQ_LEN(a->posonlyargs) + AST_SEQ_LEN(a->args);
    int ndef = AST_SEQ_LEN(a->defaults);
    for (int i = 0; i < npos; i++) {
        int np = AST_SEQ_LEN(a->posonlyargs);
        AstArg *arg = i < np ? AST_SEQ_GET(a->posonlyargs, i) : AST_SEQ_GET(a->args, i - np);
        int di = i - (npos - ndef);
        put_if(o, !first, ", ");
        first = false;
        arg_with_default(o, arg, di >= 0 ? AST_SEQ_GET(a->defaults, di) : NULL);
        if (i + 1 == np) puts_(o, ", /");
    }
    if (a->vararg || AST_SEQ_LEN(a->kwonlyargs)) {
        put_if(o, !first, ", ");
        first = false;
        puts_(o, "*");
        if (a->vararg) arg_with_default(o, a->vararg, NULL);
    }
    for (int i = 0; i < AST_SEQ_LEN(a->kwonlyargs); i++) {
        puts_(o, ", ");
        arg_with_default(o, AST_SEQ_GET(a->kwonlyargs, i), AST_SEQ_GET(a->kw_defaults, i));
    }
    if (a->kwarg) {
        put_if(o, !first, ", ");
        puts_(o, "**");
        arg_with_default(o, a->kwarg, NULL);
    }
}

static void lambda(Out *o, AstExpr *e, int level) {
    AstArguments *a = e->v.lambda.args;
    bool has_args = AST_SEQ_LEN(a->posonlyargs) || AST_SEQ_LEN(a->args) || a->vararg ||
                    AST_SEQ_LEN(a->kwonlyargs) || a->kwarg;
    put_if(o, level > PR_TEST, "(");
    puts_(o, "lambda");
    if (has_args) {
        puts_(o, " ");
        arguments(o, a);
    }
    puts_(o, ": ");
    expr(o, e->v.lambda.body, PR_TEST);
    put_if(o, level > PR_TEST, ")");
}

static void comprehensions(Out *o, AstSeq *gens) {
    for (int i = 0; i < AST_SEQ_LEN(gens); i++) {
        AstComprehension *g = AST_SEQ_GET(gens, i);
        puts_(o, " for ");
        expr(o, g->target, PR_TUPLE);
        puts_(o, " in ");
        expr(o, g->iter, PR_TEST + 1);
        for (int k = 0; k < AST_SEQ_LEN(g->ifs); k++) {
            puts_(o, " if ");
            expr(o, AST_SEQ_GET(g->ifs, k), PR_TEST + 1);
        }
    }
}

static void compare(Out *o, AstExpr *e, int level) {
    static const char *const ops[] = {
        [CMP_LT] = " < ",  [CMP_LE] = " <= ",        [CMP_EQ] = " == ", [CMP_NOTEQ] = " != ",
        [CMP_GT] = " > ",  [CMP_GTE] = " >= ",       [CMP_IS] = " is ", [CMP_ISNOT] = " is not ",
        [CMP_IN] = " in ", [CMP_NOTIN] = " not in ",
    };
    put_if(o, level > PR_CMP, "(");
    expr(o, e->v.compare.left, PR_CMP + 1);
    for (int i = 0; i < e->v.compare.nops; i++) {
        puts_(o, ops[e->v.compare.ops[i]]);
        expr(o, AST_SEQ_GET(e->v.compare.comparators, i), PR_CMP + 1);
    }
    put_if(o, level > PR_CMP, ")");
}

static void call(Out *o, AstExpr *e) {
    expr(o, e->v.call.func, PR_ATOM);
    AstSeq *args = e->v.call.args, *kws = e->v.call.keywords;
    if (AST_SEQ_LEN(args) == 1 && !AST_SEQ_LEN(kws) &&
        ((AstExpr *)AST_SEQ_GET(args, 0))->kind == EXPR_GENEXP) {
        expr(o, AST_SEQ_GET(args, 0), PR_TEST); /* f(x for x in y) */
        return;
    }
    puts_(o, "(");
    bool first = true;
    for (int i = 0; i < AST_SEQ_LEN(args); i++) {
        put_if(o, !first, ", ");
        first = false;
        expr(o, AST_SEQ_GET(args, i), PR_TEST);
    }
    for (int i = 0; i < AST_SEQ_LEN(kws); i++) {
        AstKeyword *k = AST_SEQ_GET(kws, i);
        put_if(o, !first, ", ");
        first = false;
        if (k->arg) {
            puts_(o, k->arg);
            puts_(o, "=");
        } else
            puts_(o, "**");
        expr(o, k->value, PR_TEST);
    }
    puts_(o, ")");
}

/* the body of an f-string: literal text with braces doubled, fields */
static void fstring_body(Out *o, AstSeq *values, bool spec);

static void formatted_value(Out *o, AstExpr *e) {
    Out inner = {0};
    inner.depth = o->depth;
    expr(&inner, e->v.formatted.value, PR_TEST + 1);
    if (inner.failed) {
        o->failed = true;
        pym_raw_free(inner.p);
        return;
    }
    puts_(o, inner.p && inner.p[0] == '{' ? "{ " : "{");
    if (inner.p) puts_(o, inner.p);
    pym_raw_free(inner.p);
    if (e->v.formatted.conversion > 0) {
        char conv[3] = {'!', (char)e->v.formatted.conversion, 0};
        puts_(o, conv);
    }
    if (e->v.formatted.format_spec) {
        puts_(o, ":");
        fstring_body(o, e->v.formatted.format_spec->v.joinedstr.values, true);
    }
    puts_(o, "}");
}

static void fstring_body(Out *o, AstSeq *values, bool spec) {
    for (int i = 0; i < AST_SEQ_LEN(values); i++) {
        AstExpr *v = AST_SEQ_GET(values, i);
        if (v->kind == EXPR_CONSTANT) {
            for (size_t k = 0; k < v->v.constant.len; k++) {
                char ch = v->v.constant.text[k];
                put(o, &ch, 1);
                if (!spec && (ch == '{' || ch == '}')) put(o, &ch, 1);
            }
        } else if (v->kind == EXPR_FORMATTEDVALUE) {
            formatted_value(o, v);
        }
    }
}

static void joinedstr(Out *o, AstExpr *e) {
    Out body = {0};
    body.depth = o->depth;
    fstring_body(&body, e->v.joinedstr.values, false);
    if (body.failed) {
        o->failed = true;
        pym_raw_free(body.p);
        return;
    }
    puts_(o, "f");
    put_repr(o, pym_str_from_utf8(body.p ? body.p : "", (intptr_t)body.n));
    pym_raw_free(body.p);
}

static void elts(Out *o, AstSeq *s, const char *open, const char *close) {
    puts_(o, open);
    exprs(o, s, PR_TEST, ", ");
    puts_(o, close);
}

static void expr(Out *o, AstExpr *e, int level) {
    if (o->failed) return;
    if (++o->depth > PYM_C_RECURSION_LIMIT) {
        o->failed = true;
        return;
    }
    switch (e->kind) {
    case EXPR_BOOLOP: boolop(o, e, level); break;
    case EXPR_NAMEDEXPR:
        put_if(o, level > PR_TUPLE, "(");
        expr(o, e->v.namedexpr.target, PR_ATOM);
        puts_(o, " := ");
        expr(o, e->v.namedexpr.value, PR_ATOM);
        put_if(o, level > PR_TUPLE, ")");
        break;
    case EXPR_BINOP: binop(o, e, level); break;
    case EXPR_UNARYOP: unaryop(o, e, level); break;
    case EXPR_LAMBDA: lambda(o, e, level); break;
    case EXPR_IFEXP:
        put_if(o, level > PR_TEST, "(");
        expr(o, e->v.ifexp.body, PR_TEST + 1);
        puts_(o, " if ");
        expr(o, e->v.ifexp.test, PR_TEST + 1);
        puts_(o, " else ");
        expr(o, e->v.ifexp.orelse, PR_TEST);
        put_if(o, level > PR_TEST, ")");
        break;
    case EXPR_DICT:
        puts_(o, "{");
        for (int i = 0; i < AST_SEQ_LEN(e->v.dict.keys); i++) {
            AstExpr *k = AST_SEQ_GET(e->v.dict.keys, i);
            put_if(o, i > 0, ", ");
            if (k) {
                expr(o, k, PR_TEST);
                puts_(o, ": ");
                expr(o, AST_SEQ_GET(e->v.dict.values, i), PR_TEST);
            } else {
                puts_(o, "**");
                expr(o, AST_SEQ_GET(e->v.dict.values, i), PR_EXPR);
            }
        }
        puts_(o, "}");
        break;
    case EXPR_SET:
        if (!AST_SEQ_LEN(e->v.set.elts))
            puts_(o, "{*()}");
        else
            elts(o, e->v.set.elts, "{", "}");
        break;
    case EXPR_LISTCOMP:
    case EXPR_SETCOMP:
    case EXPR_GENEXP: {
        const char *open = e->kind == EXPR_LISTCOMP ? "[" : e->kind == EXPR_SETCOMP ? "{" : "(";
        const char *close = e->kind == EXPR_LISTCOMP ? "]" : e->kind == EXPR_SETCOMP ? "}" : ")";
        puts_(o, open);
        expr(o, e->v.comp.elt, PR_TEST);
        comprehensions(o, e->v.comp.generators);
        puts_(o, close);
        break;
    }
    case EXPR_DICTCOMP:
        puts_(o, "{");
        expr(o, e->v.dictcomp.key, PR_TEST);
        puts_(o, ": ");
        expr(o, e->v.dictcomp.value, PR_TEST);
        comprehensions(o, e->v.dictcomp.generators);
        puts_(o, "}");
        break;
    case EXPR_AWAIT:
        put_if(o, level > PR_AWAIT, "(");
        puts_(o, "await ");
        expr(o, e->v.await.value, PR_ATOM);
        put_if(o, level > PR_AWAIT, ")");
        break;
    case EXPR_YIELD:
    case EXPR_YIELDFROM: {
        AstExpr *v = e->kind == EXPR_YIELD ? e->v.yield.value : e->v.yieldfrom.value;
        puts_(o, "(");
        puts_(o, e->kind == EXPR_YIELD ? "yield" : "yield from");
        if (v) {
            puts_(o, " ");
            expr(o, v, PR_TEST);
        }
        puts_(o, ")");
        break;
    }
    case EXPR_COMPARE: compare(o, e, level); break;
    case EXPR_CALL: call(o, e); break;
    case EXPR_FORMATTEDVALUE: formatted_value(o, e); break;
    case EXPR_JOINEDSTR: joinedstr(o, e); break;
    case EXPR_CONSTANT: constant(o, e); break;
    case EXPR_ATTRIBUTE: {
        AstExpr *v = e->v.attribute.value;
        expr(o, v, PR_ATOM);
        /* '1 .real': an int needs a space before the dot */
        puts_(o, v->kind == EXPR_CONSTANT && v->v.constant.kind == CONST_INT ? " ." : ".");
        puts_(o, e->v.attribute.attr);
        break;
    }
    case EXPR_SUBSCRIPT:
        expr(o, e->v.subscript.value, PR_ATOM);
        puts_(o, "[");
        expr(o, e->v.subscript.slice, PR_TUPLE);
        puts_(o, "]");
        break;
    case EXPR_STARRED:
        puts_(o, "*");
        expr(o, e->v.starred.value, PR_EXPR);
        break;
    case EXPR_NAME: puts_(o, e->v.name.id); break;
    case EXPR_LIST: elts(o, e->v.list.elts, "[", "]"); break;
    case EXPR_TUPLE: {
        int n = AST_SEQ_LEN(e->v.list.elts);
        if (n == 0) {
            puts_(o, "()");
            break;
        }
        put_if(o, level > PR_TUPLE, "(");
        exprs(o, e->v.list.elts, PR_TEST, ", ");
        put_if(o, n == 1, ",");
        put_if(o, level > PR_TUPLE, ")");
        break;
    }
    case EXPR_SLICE:
        if (e->v.slice.lower) expr(o, e->v.slice.lower, PR_TEST);
        puts_(o, ":");
        if (e->v.slice.upper) expr(o, e->v.slice.upper, PR_TEST);
        if (e->v.slice.step) {
            puts_(o, ":");
            expr(o, e->v.slice.step, PR_TEST);
        }
        break;
    }
    o->depth--;
}

PymObject *pym_unparse_annotation(AstExpr *e) {
    Out o = {0};
    expr(&o, e, PR_TEST);
    if (o.failed) {
        pym_raw_free(o.p);
        if (!pym_err_occurred()) pym_err_no_memory();
        return NULL;
    }
    PymObject *s = pym_str_from_utf8(o.p ? o.p : "", (intptr_t)o.n);
    pym_raw_free(o.p);
    return s;
}
