/*
** dis.c -- the disassembler: prints a code object and the code objects
** nested in its constants in the layout of CPython's dis.dis (line number,
** jump-target marker, instruction index, opcode name, argument and its
** meaning).  An attribute instruction the VM has specialized (vm.c's
** attribute caches) is marked "[specialized: slot]" etc. after its argument.
**
** And ast_dump_mod, which prints a tree exactly as Python 3.11's ast.dump()
** does (fields in the ast module's order, optional fields that are None left
** out, lists always shown), so that tests can compare pym's parse with
** CPython's.
*/
#include "pym.h"
#include "opcodes.h"
#include "dis.h"
#include "parse.h"
#include <ctype.h>
#include "specialize.h"

static const unsigned char dis_hasarg[OP__COUNT] = {
#define X(name, hasarg, jump) hasarg,
    PYM_OPCODE_LIST(X)
#undef X
};
static const unsigned char dis_isjump[OP__COUNT] = {
#define X(name, hasarg, jump) jump,
    PYM_OPCODE_LIST(X)
#undef X
};

static const char *const binop_names[] = {
    "+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "**",  ">>",  "-",  "/",  "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">="};

static const char *tuple_str(PymObject *t, int i) {
    if (!t || i < 0 || i >= PYM_SIZE(t)) return "?";
    return PYM_STR_UTF8(PYM_TUPLE_GET(t, i));
}

static void write_argrepr(PymCode *co, int op, int arg, FILE *out) {
    switch (op) {
    case OP_LOAD_CONST: {
        if (arg >= PYM_SIZE(co->co_consts)) {
            fputs("(?)", out);
            return;
        }
        PymObject *r = pym_object_repr(PYM_TUPLE_GET(co->co_consts, arg));
        if (!r) {
            pym_err_clear();
            fputs("(?)", out);
            return;
        }
        fprintf(out, "(%s)", PYM_STR_UTF8(r));
        PYM_DECREF(r);
        return;
    }
    case OP_LOAD_GLOBAL:
    case OP_STORE_GLOBAL:
    case OP_DELETE_GLOBAL:
    case OP_LOAD_NAME:
    case OP_STORE_NAME:
    case OP_DELETE_NAME:
    case OP_LOAD_ATTR:
    case OP_STORE_ATTR:
    case OP_DELETE_ATTR:
    case OP_LOAD_METHOD:
    case OP_IMPORT_NAME:
    case OP_IMPORT_FROM: fprintf(out, "(%s)", tuple_str(co->co_names, arg)); return;
    case OP_LOAD_FAST:
    case OP_STORE_FAST:
    case OP_DELETE_FAST: fprintf(out, "(%s)", tuple_str(co->co_varnames, arg)); return;
    case OP_LOAD_DEREF:
    case OP_STORE_DEREF:
    case OP_DELETE_DEREF:
    case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF:
        if (arg < co->co_ncells)
            fprintf(out, "(%s)", tuple_str(co->co_cellvars, arg));
        else
            fprintf(out, "(%s)", tuple_str(co->co_freevars, arg - co->co_ncells));
        return;
    case OP_BINARY_OP:
        if (arg < (int)PYM_ARRAY_LEN(binop_names)) fprintf(out, "(%s)", binop_names[arg]);
        return;
    case OP_COMPARE_OP:
        if (arg < 6) fprintf(out, "(%s)", cmp_names[arg]);
        return;
    case OP_FORMAT_VALUE: {
        static const char *const conv[] = {"", "str", "repr", "ascii"};
        if ((arg & 3) && (arg & 4))
            fprintf(out, "(%s, with format)", conv[arg & 3]);
        else if (arg & 3)
            fprintf(out, "(%s)", conv[arg & 3]);
        else if (arg & 4)
            fputs("(with format)", out);
        return;
    }
    case OP_MAKE_FUNCTION: {
        static const char *const names[] = {"defaults", "kwdefaults", "annotations", "closure"};
        bool first = true;
        if (!(arg & 15)) return;
        fputc('(', out);
        for (int i = 0; i < 4; i++)
            if (arg & (1 << i)) {
                fprintf(out, "%s%s", first ? "" : ", ", names[i]);
                first = false;
            }
        fputc(')', out);
        return;
    }
    case OP_UNPACK_EX: fprintf(out, "(%d, %d)", arg & 0xff, arg >> 8); return;
    default:
        if (dis_isjump[op]) fprintf(out, "(to %d)", arg);
        return;
    }
}

static void disassemble_one(PymCode *co, FILE *out) {
    int n = co->co_ncode;
    unsigned char *target = pym_raw_calloc(n ? n : 1, 1);
    if (target) {
        for (int i = 0; i < n; i += 1 + pym_opcode_cache_words(PYM_INSTR_OP(co->co_code[i]))) {
            int op = PYM_INSTR_OP(pym_specialize_original(co, i)),
                arg = PYM_INSTR_ARG(co->co_code[i]);
            if (op < OP__COUNT && dis_isjump[op] && arg < n) target[arg] = 1;
        }
    }
    int lastline = -1;
    /* the cache words after an instruction are not shown (CPython's dis
    ** without show_caches): indexes step over them */
    for (int i = 0; i < n; i += 1 + pym_opcode_cache_words(PYM_INSTR_OP(co->co_code[i]))) {
        int op = PYM_INSTR_OP(pym_specialize_original(co, i)), arg = PYM_INSTR_ARG(co->co_code[i]);
        const char *specialized = pym_specialize_name(PYM_INSTR_OP(co->co_code[i]));
        int line = pym_code_line(co, i);
        if (line != lastline && line > 0) {
            if (i > 0) fputc('\n', out);
            fprintf(out, "%3d", line);
            lastline = line;
        } else {
            fputs("   ", out);
        }
        const char *name = op < OP__COUNT ? pym_opcode_names[op] : "<unknown>";
        if (op < OP__COUNT && dis_hasarg[op])
            fprintf(out, "    %s %4d %-20s", target && target[i] ? ">>" : "  ", i, name);
        else
            fprintf(out, "    %s %4d %s", target && target[i] ? ">>" : "  ", i, name);
        if (op < OP__COUNT && dis_hasarg[op]) {
            fprintf(out, " %5d", arg);
            char *text = NULL;
            size_t len = 0;
            FILE *mem = open_memstream(&text, &len);
            if (mem) {
                write_argrepr(co, op, arg, mem);
                fclose(mem);
                if (len) fprintf(out, " %s", text);
                free(text);
            }
            /* once run, the instruction may be specialized (vm.c's caches) */
            if (op == OP_LOAD_ATTR || op == OP_STORE_ATTR || op == OP_LOAD_METHOD) {
                const char *kind = pym_vm_attr_cache_kind(co, i);
                if (kind) fprintf(out, " [specialized: %s]", kind);
            }
        }
        if (specialized) fprintf(out, " [specialized: %s]", specialized); /* specialize.c */
        fputc('\n', out);
    }
    pym_raw_free(target);
}

void pym_code_disassemble(PymCode *co, FILE *out) {
    disassemble_one(co, out);
    for (intptr_t i = 0; i < PYM_SIZE(co->co_consts); i++) {
        PymObject *k = PYM_TUPLE_GET(co->co_consts, i);
        if (!PYM_CODE_CHECK(k)) continue;
        PymObject *r = pym_object_repr(k);
        fprintf(out, "\nDisassembly of %s:\n", r ? PYM_STR_UTF8(r) : "<code object>");
        if (r)
            PYM_DECREF(r);
        else
            pym_err_clear();
        pym_code_disassemble((PymCode *)k, out);
    }
}

/* {===== dump */

static void dump_expr(const AstExpr *e, FILE *out);
static void dump_stmts(const AstSeq *s, FILE *out);

/* Python's repr of a str (UTF-8 text) or bytes value. */
static void dump_strrepr(const char *s, size_t n, bool bytes, FILE *out) {
    bool sq = memchr(s, '\'', n) != NULL, dq = memchr(s, '"', n) != NULL;
    char q = sq && !dq ? '"' : '\'';
    if (bytes) fputc('b', out);
    fputc(q, out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == q || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\r')
            fputs("\\r", out);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80))
            fprintf(out, "\\x%02x", c);
        else if (!bytes && c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] <= 0xa0) {
            fprintf(out, "\\x%02x", (unsigned char)s[i + 1]); /* U+0080..U+00A0 */
            i++;
        } else
            fputc(c, out);
    }
    fputc(q, out);
}

/* An integer literal's digits (base 2/8/10/16) printed in decimal. */
static void dump_int(const char *t, size_t n, int base, FILE *out) {
    if (base == 10) {
        fwrite(t, 1, n, out);
        return;
    }
    size_t cap = n * 2 + 2, len = 1;
    unsigned char *d = calloc(cap, 1); /* little-endian decimal digits */
    if (!d) return;
    for (size_t i = 0; i < n; i++) {
        int v = isdigit((unsigned char)t[i]) ? t[i] - '0' : (t[i] | 32) - 'a' + 10;
        int carry = v;
        for (size_t k = 0; k < len; k++) {
            int x = d[k] * base + carry;
            d[k] = x % 10;
            carry = x / 10;
        }
        while (carry) {
            d[len++] = carry % 10;
            carry /= 10;
        }
    }
    while (len > 1 && d[len - 1] == 0) len--;
    for (size_t k = len; k-- > 0;) fputc('0' + d[k], out);
    free(d);
}

/* repr(float): the shortest round-tripping digits, Python's layout. */
static void ast_format_float(double v, char *buf, size_t size) {
    if (v != v) {
        snprintf(buf, size, "nan");
        return;
    }
    if (v == 1.0 / 0.0) {
        snprintf(buf, size, "inf");
        return;
    }
    if (v == -1.0 / 0.0) {
        snprintf(buf, size, "-inf");
        return;
    }
    char tmp[64];
    int p;
    for (p = 1; p <= 17; p++) {
        snprintf(tmp, sizeof tmp, "%.*e", p - 1, v);
        if (strtod(tmp, NULL) == v) break;
    }
    /* tmp: [-]d.ddde[+-]XX */
    char digits[32];
    int nd = 0, neg = tmp[0] == '-';
    const char *q = tmp + neg;
    for (; *q != 'e'; q++)
        if (isdigit((unsigned char)*q)) digits[nd++] = *q;
    int exp = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    char *o = buf;
    size_t left = size;
#define PUT(...) \
    do { \
        int k_ = snprintf(o, left, __VA_ARGS__); \
        o += k_; \
        left -= k_; \
    } while (0)
    if (neg) PUT("-");
    if (exp >= -5 && exp < 16) {
        if (exp < 0) {
            PUT("0.");
            for (int i = -1; i > exp; i--) PUT("0");
            PUT("%s", digits);
        } else {
            for (int i = 0; i <= exp; i++) PUT("%c", i < nd ? digits[i] : '0');
            PUT(".");
            if (nd > exp + 1)
                PUT("%s", digits + exp + 1);
            else
                PUT("0");
        }
    } else {
        PUT("%c", digits[0]);
        if (nd > 1) PUT(".%s", digits + 1);
        PUT("e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
#undef PUT
}

static const char *op_name(int op) {
    static const char *const n[] = {"Add",  "BitAnd", "FloorDiv", "LShift", "MatMult",
                                    "Mult", "Mod",    "BitOr",    "Pow",    "RShift",
                                    "Sub",  "Div",    "BitXor"};
    return n[op];
}
static const char *ctx_name(AstCtx c) {
    return c == CTX_LOAD ? "Load()" : c == CTX_STORE ? "Store()" : "Del()";
}

static void dump_constant(const AstExpr *e, FILE *out) {
    fputs("Constant(value=", out);
    switch (e->v.constant.kind) {
    case CONST_NONE: fputs("None", out); break;
    case CONST_TRUE: fputs("True", out); break;
    case CONST_FALSE: fputs("False", out); break;
    case CONST_ELLIPSIS: fputs("Ellipsis", out); break;
    case CONST_INT: dump_int(e->v.constant.text, e->v.constant.len, e->v.constant.base, out); break;
    case CONST_FLOAT: {
        char b[64];
        ast_format_float(e->v.constant.fval, b, sizeof b);
        fputs(b, out);
        break;
    }
    case CONST_COMPLEX: {
        char b[64];
        ast_format_float(e->v.constant.fval, b, sizeof b);
        fputs(b, out);
        fputs("j", out);
        break;
    }
    case CONST_STR: dump_strrepr(e->v.constant.text, e->v.constant.len, false, out); break;
    case CONST_BYTES: dump_strrepr(e->v.constant.text, e->v.constant.len, true, out); break;
    }
    fputc(')', out);
}

static void dump_exprs(const AstSeq *s, FILE *out) {
    fputc('[', out);
    for (int i = 0; i < AST_SEQ_LEN(s); i++) {
        if (i) fputs(", ", out);
        if (s->items[i])
            dump_expr(s->items[i], out);
        else
            fputs("None", out);
    }
    fputc(']', out);
}

static void dump_names(const AstSeq *s, FILE *out) {
    fputc('[', out);
    for (int i = 0; i < AST_SEQ_LEN(s); i++) {
        const char *n = s->items[i];
        if (i) fputs(", ", out);
        dump_strrepr(n, strlen(n), false, out);
    }
    fputc(']', out);
}

static void dump_str(const char *field, const char *s, FILE *out) {
    fprintf(out, "%s=", field);
    dump_strrepr(s, strlen(s), false, out);
}

static void dump_arg(const AstArg *a, FILE *out) {
    fputs("arg(", out);
    dump_str("arg", a->arg, out);
    if (a->annotation) {
        fputs(", annotation=", out);
        dump_expr(a->annotation, out);
    }
    fputc(')', out);
}

static void dump_args(const AstSeq *s, FILE *out) {
    fputc('[', out);
    for (int i = 0; i < AST_SEQ_LEN(s); i++) {
        if (i) fputs(", ", out);
        dump_arg(s->items[i], out);
    }
    fputc(']', out);
}

static void dump_arguments(const AstArguments *a, FILE *out) {
    fputs("arguments(posonlyargs=", out);
    dump_args(a->posonlyargs, out);
    fputs(", args=", out);
    dump_args(a->args, out);
    if (a->vararg) {
        fputs(", vararg=", out);
        dump_arg(a->vararg, out);
    }
    fputs(", kwonlyargs=", out);
    dump_args(a->kwonlyargs, out);
    fputs(", kw_defaults=", out);
    dump_exprs(a->kw_defaults, out);
    if (a->kwarg) {
        fputs(", kwarg=", out);
        dump_arg(a->kwarg, out);
    }
    fputs(", defaults=", out);
    dump_exprs(a->defaults, out);
    fputc(')', out);
}

static void dump_keywords(const AstSeq *s, FILE *out) {
    fputc('[', out);
    for (int i = 0; i < AST_SEQ_LEN(s); i++) {
        const AstKeyword *k = s->items[i];
        if (i) fputs(", ", out);
        fputs("keyword(", out);
        if (k->arg) {
            dump_str("arg", k->arg, out);
            fputs(", ", out);
        }
        fputs("value=", out);
        dump_expr(k->value, out);
        fputc(')', out);
    }
    fputc(']', out);
}

static void dump_generators(const AstSeq *s, FILE *out) {
    fputc('[', out);
    for (int i = 0; i < AST_SEQ_LEN(s); i++) {
        const AstComprehension *c = s->items[i];
        if (i) fputs(", ", out);
        fputs("comprehension(target=", out);
        dump_expr(c->target, out);
        fputs(", iter=", out);
        dump_expr(c->iter, out);
        fputs(", ifs=", out);
        dump_exprs(c->ifs, out);
        fprintf(out, ", is_async=%d)", c->is_async);
    }
    fputc(']', out);
}

static void dump_expr(const AstExpr *e, FILE *out) {
    static const char *const cmp[] = {"Lt()",  "LtE()", "Eq()",    "NotEq()", "Gt()",
                                      "GtE()", "Is()",  "IsNot()", "In()",    "NotIn()"};
    static const char *const un[] = {"Invert()", "Not()", "UAdd()", "USub()"};
    switch (e->kind) {
    case EXPR_BOOLOP:
        fprintf(out, "BoolOp(op=%s, values=", e->v.boolop.op == BOOL_AND ? "And()" : "Or()");
        dump_exprs(e->v.boolop.values, out);
        break;
    case EXPR_NAMEDEXPR:
        fputs("NamedExpr(target=", out);
        dump_expr(e->v.namedexpr.target, out);
        fputs(", value=", out);
        dump_expr(e->v.namedexpr.value, out);
        break;
    case EXPR_BINOP:
        fputs("BinOp(left=", out);
        dump_expr(e->v.binop.left, out);
        fprintf(out, ", op=%s(), right=", op_name(e->v.binop.op));
        dump_expr(e->v.binop.right, out);
        break;
    case EXPR_UNARYOP:
        fprintf(out, "UnaryOp(op=%s, operand=", un[e->v.unaryop.op]);
        dump_expr(e->v.unaryop.operand, out);
        break;
    case EXPR_LAMBDA:
        fputs("Lambda(args=", out);
        dump_arguments(e->v.lambda.args, out);
        fputs(", body=", out);
        dump_expr(e->v.lambda.body, out);
        break;
    case EXPR_IFEXP:
        fputs("IfExp(test=", out);
        dump_expr(e->v.ifexp.test, out);
        fputs(", body=", out);
        dump_expr(e->v.ifexp.body, out);
        fputs(", orelse=", out);
        dump_expr(e->v.ifexp.orelse, out);
        break;
    case EXPR_DICT:
        fputs("Dict(keys=", out);
        dump_exprs(e->v.dict.keys, out);
        fputs(", values=", out);
        dump_exprs(e->v.dict.values, out);
        break;
    case EXPR_SET:
        fputs("Set(elts=", out);
        dump_exprs(e->v.set.elts, out);
        break;
    case EXPR_LISTCOMP:
    case EXPR_SETCOMP:
    case EXPR_GENEXP:
        fputs(e->kind == EXPR_LISTCOMP  ? "ListComp(elt="
              : e->kind == EXPR_SETCOMP ? "SetComp(elt="
                                        : "GeneratorExp(elt=",
              out);
        dump_expr(e->v.comp.elt, out);
        fputs(", generators=", out);
        dump_generators(e->v.comp.generators, out);
        break;
    case EXPR_DICTCOMP:
        fputs("DictComp(key=", out);
        dump_expr(e->v.dictcomp.key, out);
        fputs(", value=", out);
        dump_expr(e->v.dictcomp.value, out);
        fputs(", generators=", out);
        dump_generators(e->v.dictcomp.generators, out);
        break;
    case EXPR_YIELD:
        fputs("Yield(", out);
        if (e->v.yield.value) {
            fputs("value=", out);
            dump_expr(e->v.yield.value, out);
        }
        break;
    case EXPR_YIELDFROM:
        fputs("YieldFrom(value=", out);
        dump_expr(e->v.yieldfrom.value, out);
        break;
    case EXPR_AWAIT:
        fputs("Await(value=", out);
        dump_expr(e->v.await.value, out);
        break;
    case EXPR_COMPARE:
        fputs("Compare(left=", out);
        dump_expr(e->v.compare.left, out);
        fputs(", ops=[", out);
        for (int i = 0; i < e->v.compare.nops; i++)
            fprintf(out, "%s%s", i ? ", " : "", cmp[e->v.compare.ops[i]]);
        fputs("], comparators=", out);
        dump_exprs(e->v.compare.comparators, out);
        break;
    case EXPR_CALL:
        fputs("Call(func=", out);
        dump_expr(e->v.call.func, out);
        fputs(", args=", out);
        dump_exprs(e->v.call.args, out);
        fputs(", keywords=", out);
        dump_keywords(e->v.call.keywords, out);
        break;
    case EXPR_FORMATTEDVALUE:
        fputs("FormattedValue(value=", out);
        dump_expr(e->v.formatted.value, out);
        fprintf(out, ", conversion=%d", e->v.formatted.conversion);
        if (e->v.formatted.format_spec) {
            fputs(", format_spec=", out);
            dump_expr(e->v.formatted.format_spec, out);
        }
        break;
    case EXPR_JOINEDSTR:
        fputs("JoinedStr(values=", out);
        dump_exprs(e->v.joinedstr.values, out);
        break;
    case EXPR_CONSTANT: dump_constant(e, out); return;
    case EXPR_ATTRIBUTE:
        fputs("Attribute(value=", out);
        dump_expr(e->v.attribute.value, out);
        fputs(", ", out);
        dump_str("attr", e->v.attribute.attr, out);
        fprintf(out, ", ctx=%s", ctx_name(e->v.attribute.ctx));
        break;
    case EXPR_SUBSCRIPT:
        fputs("Subscript(value=", out);
        dump_expr(e->v.subscript.value, out);
        fputs(", slice=", out);
        dump_expr(e->v.subscript.slice, out);
        fprintf(out, ", ctx=%s", ctx_name(e->v.subscript.ctx));
        break;
    case EXPR_STARRED:
        fputs("Starred(value=", out);
        dump_expr(e->v.starred.value, out);
        fprintf(out, ", ctx=%s", ctx_name(e->v.starred.ctx));
        break;
    case EXPR_NAME:
        fputs("Name(", out);
        dump_str("id", e->v.name.id, out);
        fprintf(out, ", ctx=%s", ctx_name(e->v.name.ctx));
        break;
    case EXPR_LIST:
    case EXPR_TUPLE:
        fputs(e->kind == EXPR_LIST ? "List(elts=" : "Tuple(elts=", out);
        dump_exprs(e->v.list.elts, out);
        fprintf(out, ", ctx=%s", ctx_name(e->v.list.ctx));
        break;
    case EXPR_SLICE: {
        const char *sep = "";
        fputs("Slice(", out);
        if (e->v.slice.lower) {
            fputs("lower=", out);
            dump_expr(e->v.slice.lower, out);
            sep = ", ";
        }
        if (e->v.slice.upper) {
            fprintf(out, "%supper=", sep);
            dump_expr(e->v.slice.upper, out);
            sep = ", ";
        }
        if (e->v.slice.step) {
            fprintf(out, "%sstep=", sep);
            dump_expr(e->v.slice.step, out);
        }
        break;
    }
    }
    fputc(')', out);
}

static void dump_body(const char *field, const AstSeq *s, FILE *out) {
    fprintf(out, "%s=", field);
    dump_stmts(s, out);
}

static void dump_pattern(const AstPattern *p, FILE *out);

static void dump_patterns(const AstSeq *s, FILE *out) {
    fputc('[', out);
    for (int i = 0; i < AST_SEQ_LEN(s); i++) {
        if (i) fputs(", ", out);
        dump_pattern(s->items[i], out);
    }
    fputc(']', out);
}

static void dump_pattern(const AstPattern *p, FILE *out) {
    switch (p->kind) {
    case PAT_VALUE:
        fputs("MatchValue(value=", out);
        dump_expr(p->v.value.value, out);
        break;
    case PAT_SINGLETON:
        fprintf(out, "MatchSingleton(value=%s",
                p->v.singleton.value == CONST_NONE   ? "None"
                : p->v.singleton.value == CONST_TRUE ? "True"
                                                     : "False");
        break;
    case PAT_SEQUENCE:
        fputs("MatchSequence(patterns=", out);
        dump_patterns(p->v.seq.patterns, out);
        break;
    case PAT_MAPPING:
        fputs("MatchMapping(keys=", out);
        dump_exprs(p->v.mapping.keys, out);
        fputs(", patterns=", out);
        dump_patterns(p->v.mapping.patterns, out);
        if (p->v.mapping.rest) {
            fputs(", ", out);
            dump_str("rest", p->v.mapping.rest, out);
        }
        break;
    case PAT_CLASS:
        fputs("MatchClass(cls=", out);
        dump_expr(p->v.cls.cls, out);
        fputs(", patterns=", out);
        dump_patterns(p->v.cls.patterns, out);
        fputs(", kwd_attrs=", out);
        dump_names(p->v.cls.kwd_attrs, out);
        fputs(", kwd_patterns=", out);
        dump_patterns(p->v.cls.kwd_patterns, out);
        break;
    case PAT_STAR:
        fputs("MatchStar(", out);
        if (p->v.star.name) dump_str("name", p->v.star.name, out);
        break;
    case PAT_AS:
        fputs("MatchAs(", out);
        if (p->v.as.pattern) {
            fputs("pattern=", out);
            dump_pattern(p->v.as.pattern, out);
            if (p->v.as.name) fputs(", ", out);
        }
        if (p->v.as.name) dump_str("name", p->v.as.name, out);
        break;
    case PAT_OR:
        fputs("MatchOr(patterns=", out);
        dump_patterns(p->v.or.patterns, out);
        break;
    }
    fputc(')', out);
}

static void dump_stmt(const AstStmt *s, FILE *out) {
    switch (s->kind) {
    case STMT_MATCH:
        fputs("Match(subject=", out);
        dump_expr(s->v.match.subject, out);
        fputs(", cases=[", out);
        for (int i = 0; i < AST_SEQ_LEN(s->v.match.cases); i++) {
            const AstMatchCase *m = s->v.match.cases->items[i];
            fputs(i ? ", match_case(pattern=" : "match_case(pattern=", out);
            dump_pattern(m->pattern, out);
            if (m->guard) {
                fputs(", guard=", out);
                dump_expr(m->guard, out);
            }
            dump_body(", body", m->body, out);
            fputc(')', out);
        }
        fputc(']', out);
        break;
    case STMT_FUNCTIONDEF:
    case STMT_ASYNCFUNCTIONDEF:
        fputs(s->kind == STMT_FUNCTIONDEF ? "FunctionDef(" : "AsyncFunctionDef(", out);
        dump_str("name", s->v.funcdef.name, out);
        fputs(", args=", out);
        dump_arguments(s->v.funcdef.args, out);
        dump_body(", body", s->v.funcdef.body, out);
        fputs(", decorator_list=", out);
        dump_exprs(s->v.funcdef.decorators, out);
        if (s->v.funcdef.returns) {
            fputs(", returns=", out);
            dump_expr(s->v.funcdef.returns, out);
        }
        break;
    case STMT_CLASSDEF:
        fputs("ClassDef(", out);
        dump_str("name", s->v.classdef.name, out);
        fputs(", bases=", out);
        dump_exprs(s->v.classdef.bases, out);
        fputs(", keywords=", out);
        dump_keywords(s->v.classdef.keywords, out);
        dump_body(", body", s->v.classdef.body, out);
        fputs(", decorator_list=", out);
        dump_exprs(s->v.classdef.decorators, out);
        break;
    case STMT_RETURN:
        fputs("Return(", out);
        if (s->v.ret.value) {
            fputs("value=", out);
            dump_expr(s->v.ret.value, out);
        }
        break;
    case STMT_DELETE:
        fputs("Delete(targets=", out);
        dump_exprs(s->v.del.targets, out);
        break;
    case STMT_ASSIGN:
        fputs("Assign(targets=", out);
        dump_exprs(s->v.assign.targets, out);
        fputs(", value=", out);
        dump_expr(s->v.assign.value, out);
        break;
    case STMT_AUGASSIGN:
        fputs("AugAssign(target=", out);
        dump_expr(s->v.augassign.target, out);
        fprintf(out, ", op=%s(), value=", op_name(s->v.augassign.op));
        dump_expr(s->v.augassign.value, out);
        break;
    case STMT_ANNASSIGN:
        fputs("AnnAssign(target=", out);
        dump_expr(s->v.annassign.target, out);
        fputs(", annotation=", out);
        dump_expr(s->v.annassign.annotation, out);
        if (s->v.annassign.value) {
            fputs(", value=", out);
            dump_expr(s->v.annassign.value, out);
        }
        fprintf(out, ", simple=%d", s->v.annassign.simple);
        break;
    case STMT_FOR:
    case STMT_ASYNCFOR:
        fputs(s->kind == STMT_FOR ? "For(target=" : "AsyncFor(target=", out);
        dump_expr(s->v.forloop.target, out);
        fputs(", iter=", out);
        dump_expr(s->v.forloop.iter, out);
        dump_body(", body", s->v.forloop.body, out);
        dump_body(", orelse", s->v.forloop.orelse, out);
        break;
    case STMT_WHILE:
    case STMT_IF:
        fputs(s->kind == STMT_WHILE ? "While(test=" : "If(test=", out);
        dump_expr(s->v.ifstmt.test, out);
        dump_body(", body", s->v.ifstmt.body, out);
        dump_body(", orelse", s->v.ifstmt.orelse, out);
        break;
    case STMT_WITH:
    case STMT_ASYNCWITH:
        fputs(s->kind == STMT_WITH ? "With(items=[" : "AsyncWith(items=[", out);
        for (int i = 0; i < AST_SEQ_LEN(s->v.with.items); i++) {
            const AstWithItem *w = s->v.with.items->items[i];
            fprintf(out, "%swithitem(context_expr=", i ? ", " : "");
            dump_expr(w->context_expr, out);
            if (w->optional_vars) {
                fputs(", optional_vars=", out);
                dump_expr(w->optional_vars, out);
            }
            fputc(')', out);
        }
        fputc(']', out);
        dump_body(", body", s->v.with.body, out);
        break;
    case STMT_RAISE:
        fputs("Raise(", out);
        if (s->v.raise.exc) {
            fputs("exc=", out);
            dump_expr(s->v.raise.exc, out);
        }
        if (s->v.raise.cause) {
            fputs(", cause=", out);
            dump_expr(s->v.raise.cause, out);
        }
        break;
    case STMT_TRY:
    case STMT_TRYSTAR:
        dump_body(s->kind == STMT_TRY ? "Try(body" : "TryStar(body", s->v.trystmt.body, out);
        fputs(", handlers=[", out);
        for (int i = 0; i < AST_SEQ_LEN(s->v.trystmt.handlers); i++) {
            const AstExceptHandler *h = s->v.trystmt.handlers->items[i];
            fprintf(out, "%sExceptHandler(", i ? ", " : "");
            if (h->type) {
                fputs("type=", out);
                dump_expr(h->type, out);
                fputs(", ", out);
            }
            if (h->name) {
                dump_str("name", h->name, out);
                fputs(", ", out);
            }
            dump_body("body", h->body, out);
            fputc(')', out);
        }
        fputc(']', out);
        dump_body(", orelse", s->v.trystmt.orelse, out);
        dump_body(", finalbody", s->v.trystmt.finalbody, out);
        break;
    case STMT_ASSERT:
        fputs("Assert(test=", out);
        dump_expr(s->v.assertion.test, out);
        if (s->v.assertion.msg) {
            fputs(", msg=", out);
            dump_expr(s->v.assertion.msg, out);
        }
        break;
    case STMT_IMPORT:
    case STMT_IMPORTFROM: {
        const AstSeq *names = s->kind == STMT_IMPORT ? s->v.import.names : s->v.importfrom.names;
        if (s->kind == STMT_IMPORT)
            fputs("Import(", out);
        else {
            fputs("ImportFrom(", out);
            if (s->v.importfrom.module) {
                dump_str("module", s->v.importfrom.module, out);
                fputs(", ", out);
            }
        }
        fputs("names=[", out);
        for (int i = 0; i < AST_SEQ_LEN(names); i++) {
            const AstAlias *a = names->items[i];
            fprintf(out, "%salias(", i ? ", " : "");
            dump_str("name", a->name, out);
            if (a->asname) {
                fputs(", ", out);
                dump_str("asname", a->asname, out);
            }
            fputc(')', out);
        }
        fputc(']', out);
        if (s->kind == STMT_IMPORTFROM) fprintf(out, ", level=%d", s->v.importfrom.level);
        break;
    }
    case STMT_GLOBAL:
    case STMT_NONLOCAL:
        fputs(s->kind == STMT_GLOBAL ? "Global(names=" : "Nonlocal(names=", out);
        dump_names(s->v.global.names, out);
        break;
    case STMT_EXPR:
        fputs("Expr(value=", out);
        dump_expr(s->v.expr.value, out);
        break;
    case STMT_PASS: fputs("Pass(", out); break;
    case STMT_BREAK: fputs("Break(", out); break;
    case STMT_CONTINUE: fputs("Continue(", out); break;
    }
    fputc(')', out);
}

static void dump_stmts(const AstSeq *s, FILE *out) {
    fputc('[', out);
    for (int i = 0; i < AST_SEQ_LEN(s); i++) {
        if (i) fputs(", ", out);
        dump_stmt(s->items[i], out);
    }
    fputc(']', out);
}

void ast_dump_mod(const AstMod *m, FILE *out) {
    if (m->mode == PYM_EVAL_INPUT) {
        fputs("Expression(body=", out);
        dump_expr(m->expr, out);
        fputc(')', out);
    } else if (m->mode == PYM_SINGLE_INPUT) {
        dump_body("Interactive(body", m->body, out);
        fputc(')', out);
    } else {
        dump_body("Module(body", m->body, out);
        fputs(", type_ignores=[])", out);
    }
}

/* }===== */
