/*
** dis.c -- the disassembler: prints a code object and the code objects
** nested in its constants in the layout of CPython's dis.dis (line number,
** jump-target marker, instruction index, opcode name, argument and its
** meaning).  An attribute instruction the VM has specialized (vm.c's
** attribute caches) is marked "[specialized: slot]" etc. after its argument.
*/
#include "pym.h"
#include "opcodes.h"
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
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="
};
static const char *const cmp_names[] = { "<", "<=", "==", "!=", ">", ">=" };

static const char *tuple_str(PymObject *t, int i)
{
    if (!t || i < 0 || i >= PYM_SIZE(t)) return "?";
    return PYM_STR_UTF8(PYM_TUPLE_GET(t, i));
}

static void write_argrepr(PymCode *co, int op, int arg, FILE *out)
{
    switch (op) {
    case OP_LOAD_CONST: {
        if (arg >= PYM_SIZE(co->co_consts)) { fputs("(?)", out); return; }
        PymObject *r = pym_object_repr(PYM_TUPLE_GET(co->co_consts, arg));
        if (!r) { pym_err_clear(); fputs("(?)", out); return; }
        fprintf(out, "(%s)", PYM_STR_UTF8(r));
        PYM_DECREF(r);
        return;
    }
    case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL:
    case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME:
    case OP_LOAD_ATTR: case OP_STORE_ATTR: case OP_DELETE_ATTR: case OP_LOAD_METHOD:
    case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        fprintf(out, "(%s)", tuple_str(co->co_names, arg));
        return;
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
        fprintf(out, "(%s)", tuple_str(co->co_varnames, arg));
        return;
    case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF: case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF:
        if (arg < co->co_ncells) fprintf(out, "(%s)", tuple_str(co->co_cellvars, arg));
        else fprintf(out, "(%s)", tuple_str(co->co_freevars, arg - co->co_ncells));
        return;
    case OP_BINARY_OP:
        if (arg < (int)PYM_ARRAY_LEN(binop_names)) fprintf(out, "(%s)", binop_names[arg]);
        return;
    case OP_COMPARE_OP:
        if (arg < 6) fprintf(out, "(%s)", cmp_names[arg]);
        return;
    case OP_FORMAT_VALUE: {
        static const char *const conv[] = { "", "str", "repr", "ascii" };
        if ((arg & 3) && (arg & 4)) fprintf(out, "(%s, with format)", conv[arg & 3]);
        else if (arg & 3) fprintf(out, "(%s)", conv[arg & 3]);
        else if (arg & 4) fputs("(with format)", out);
        return;
    }
    case OP_MAKE_FUNCTION: {
        static const char *const names[] = { "defaults", "kwdefaults", "annotations", "closure" };
        bool first = true;
        if (!(arg & 15)) return;
        fputc('(', out);
        for (int i = 0; i < 4; i++)
            if (arg & (1 << i)) { fprintf(out, "%s%s", first ? "" : ", ", names[i]); first = false; }
        fputc(')', out);
        return;
    }
    case OP_UNPACK_EX:
        fprintf(out, "(%d, %d)", arg & 0xff, arg >> 8);
        return;
    default:
        if (dis_isjump[op]) fprintf(out, "(to %d)", arg);
        return;
    }
}

static void disassemble_one(PymCode *co, FILE *out)
{
    int n = co->co_ncode;
    unsigned char *target = pym_raw_calloc(n ? n : 1, 1);
    if (target) {
        for (int i = 0; i < n; i++) {
            int op = PYM_INSTR_OP(pym_specialize_original(co, i)), arg = PYM_INSTR_ARG(co->co_code[i]);
            if (op < OP__COUNT && dis_isjump[op] && arg < n) target[arg] = 1;
        }
    }
    int lastline = -1;
    for (int i = 0; i < n; i++) {
        int op = PYM_INSTR_OP(pym_specialize_original(co, i)), arg = PYM_INSTR_ARG(co->co_code[i]);
        const char *specialized = pym_specialize_name(PYM_INSTR_OP(co->co_code[i]));
        int line = co->co_positions ? co->co_positions[i].lineno : -1;
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
        if (specialized) fprintf(out, " [specialized: %s]", specialized);   /* specialize.c */
        fputc('\n', out);
    }
    pym_raw_free(target);
}

void pym_code_disassemble(PymCode *co, FILE *out)
{
    disassemble_one(co, out);
    for (intptr_t i = 0; i < PYM_SIZE(co->co_consts); i++) {
        PymObject *k = PYM_TUPLE_GET(co->co_consts, i);
        if (!PYM_CODE_CHECK(k)) continue;
        PymObject *r = pym_object_repr(k);
        fprintf(out, "\nDisassembly of %s:\n", r ? PYM_STR_UTF8(r) : "<code object>");
        if (r) PYM_DECREF(r); else pym_err_clear();
        pym_code_disassemble((PymCode *)k, out);
    }
}
