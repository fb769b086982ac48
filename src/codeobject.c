/*
** codeobject.c -- code objects: the immutable result of the compiler that
** the VM runs (instructions, one source position per instruction, constants,
** names, local/cell/free variable names), the 'code' type with its co_*
** attributes, and the opcode name table used by the disassembler.
*/
#include "pym.h"
#include "opcodes.h"
#include "specialize.h"

const char *const pym_opcode_names[OP__COUNT] = {
#define X(name, hasarg, jump) #name,
    PYM_OPCODE_LIST(X)
#undef X
};

/* {====== block depth ======}
** The frame's block stack (SETUP_FINALLY / SETUP_WITH / SETUP_ASYNC_WITH
** blocks and the EXCEPT_HANDLER blocks that replace them) is sized per code
** object: a walk over the control flow, as the compiler's for co_stacksize,
** finds the deepest nesting.  A SETUP pushes one block on both of its
** edges (the handler runs with the EXCEPT_HANDLER block that took the
** SETUP block's place); POP_BLOCK, POP_EXCEPT and END_ASYNC_FOR pop one.
** The VM still checks each push against co_nblocks, so a wrong count is an
** error, never an overflow. */
static const unsigned char code_op_is_jump[OP__COUNT] = {
#define X(name, hasarg, jump) jump,
    PYM_OPCODE_LIST(X)
#undef X
};

static int code_block_effect(int op) {
    switch (op) {
    case OP_SETUP_FINALLY:
    case OP_SETUP_WITH:
    case OP_SETUP_ASYNC_WITH: return 1;
    case OP_POP_BLOCK:
    case OP_POP_EXCEPT:
    case OP_END_ASYNC_FOR: return -1;
    default: return 0;
    }
}

/* Upper bound without the walk (memory for it was short): every SETUP. */
static int code_count_setups(const PymInstr *code, int n) {
    int k = 0;
    for (int i = 0; i < n; i++) k += code_block_effect(PYM_INSTR_OP(code[i])) > 0;
    return k;
}

static int code_max_blocks(const PymInstr *code, int n) {
    int nsetup = code_count_setups(code, n);
    if (nsetup <= 1) return nsetup;
    int *depth = pym_raw_malloc((size_t)n * sizeof(int));
    int *work = pym_raw_malloc((size_t)2 * (n + 1) * sizeof(int));
    if (!depth || !work) {
        pym_raw_free(depth);
        pym_raw_free(work);
        return nsetup;
    }
    for (int i = 0; i < n; i++) depth[i] = -1;
    int nw = 0, maxd = 0;
    work[nw++] = 0;
    work[nw++] = 0;
    while (nw) {
        int d = work[--nw];
        int i = work[--nw];
        while (i < n && depth[i] < 0) {
            depth[i] = d;
            int op = PYM_INSTR_OP(code[i]), arg = (int)PYM_INSTR_ARG(code[i]);
            d += code_block_effect(op);
            if (d < 0) d = 0;
            if (d > maxd) maxd = d;
            if (code_op_is_jump[op] && arg < n && depth[arg] < 0 && nw < 2 * n) {
                work[nw++] = arg;
                work[nw++] = d; /* a SETUP's handler, or a jump: the depth after it */
            }
            if (op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RERAISE ||
                op == OP_RAISE_VARARGS)
                break;
            i += 1 + pym_opcode_cache_words(op);
        }
    }
    pym_raw_free(depth);
    pym_raw_free(work);
    return maxd;
}

PymCode *pym_code_new(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize,
                      int flags, int firstlineno, PymInstr *code, int ncode,
                      PymCodePosRun *posruns, int nposruns,
                      PymObject *consts, PymObject *names, PymObject *varnames, PymObject *cellvars,
                      PymObject *freevars, int *cell2arg, PymObject *filename, PymObject *name,
                      PymObject *qualname) {
    PymCode *co = (PymCode *)pym_object_alloc(&pym_type_code, 0);
    if (!co) return NULL;
    co->co_argcount = argcount;
    co->co_posonlyargcount = posonlyargcount;
    co->co_kwonlyargcount = kwonlyargcount;
    co->co_nlocals = (int)PYM_SIZE(varnames);
    co->co_ncells = (int)PYM_SIZE(cellvars);
    co->co_nfrees = (int)PYM_SIZE(freevars);
    co->co_nlocalsplus = co->co_nlocals + co->co_ncells + co->co_nfrees;
    co->co_stacksize = stacksize;
    co->co_flags = flags;
    co->co_firstlineno = firstlineno;
    co->co_ncode = ncode;
    co->co_code = code;
    co->co_posruns = posruns;
    co->co_nposruns = posruns ? nposruns : 0;
    co->co_cell2arg = cell2arg;
    co->co_consts = pym_newref(consts);
    co->co_names = pym_newref(names);
    co->co_varnames = pym_newref(varnames);
    co->co_cellvars = pym_newref(cellvars);
    co->co_freevars = pym_newref(freevars);
    co->co_filename = pym_newref(filename);
    co->co_name = pym_newref(name);
    co->co_qualname = pym_newref(qualname ? qualname : name);
    co->co_nblocks = code_max_blocks(code, ncode);
    co->co_framesize = co->co_nlocals + co->co_ncells + co->co_nfrees + stacksize + 1 +
                       PYM_CODE_BLOCK_SLOTS(co->co_nblocks);
    pym_specialize_quicken(co); /* after code_max_blocks, which reads base opcodes */
    return co;
}

const PymCodePos *pym_code_position(PymCode *co, int i) {
    if (i < 0 || i >= co->co_ncode || co->co_nposruns == 0) return NULL;
    int lo = 0, hi = co->co_nposruns - 1; /* the last run with start <= i */
    while (lo < hi) {
        int mid = lo + (hi - lo + 1) / 2;
        if (co->co_posruns[mid].start <= i)
            lo = mid;
        else
            hi = mid - 1;
    }
    return co->co_posruns[lo].start <= i ? &co->co_posruns[lo].pos : NULL;
}

int pym_code_line(PymCode *co, int i) {
    const PymCodePos *p = pym_code_position(co, i);
    return p ? p->lineno : -1;
}

static void code_dealloc(PymObject *o) {
    PymCode *co = (PymCode *)o;
    if (co->co_weakreflist) pym_object_clear_weakrefs(o);
    if (co->co_code) pym_obj_free(co->co_code);
    if (co->co_posruns) pym_obj_free(co->co_posruns);
    if (co->co_cell2arg) pym_obj_free(co->co_cell2arg);
    PYM_XDECREF(co->co_consts);
    PYM_XDECREF(co->co_names);
    PYM_XDECREF(co->co_varnames);
    PYM_XDECREF(co->co_cellvars);
    PYM_XDECREF(co->co_freevars);
    PYM_XDECREF(co->co_filename);
    PYM_XDECREF(co->co_name);
    PYM_XDECREF(co->co_qualname);
    void (*f)(void *) = PYM_TYPE(o)->tp_free ? PYM_TYPE(o)->tp_free : pym_object_free;
    f(o);
}

static PymObject *code_repr(PymObject *o) {
    PymCode *co = (PymCode *)o;
    return pym_str_from_format("<code object %U at %p, file \"%U\", line %d>", co->co_name,
                               (void *)co, co->co_filename, co->co_firstlineno);
}

/* co_code: the instruction words as bytes (little-endian 32-bit words). */
static PymObject *code_get_code(PymObject *o, void *closure) {
    PymCode *co = (PymCode *)o;
    PymObject *b = pym_bytes_from_data(NULL, (intptr_t)co->co_ncode * 4);
    if (!b) return NULL;
    char *p = PYM_BYTES_DATA(b);
    memset(p, 0, (size_t)co->co_ncode * 4); /* cache words: zero, as emitted */
    for (int i = 0; i < co->co_ncode;
         i += 1 + pym_opcode_cache_words(PYM_INSTR_OP(co->co_code[i]))) {
        PymInstr w = pym_specialize_original(co, i); /* as compiled: specializations undone */
        memcpy(p + 4 * i, &w, 4);
    }
    return b;
}

/* co_lines-like helper: list of line numbers, one per instruction. */
static PymObject *code_get_linenos(PymObject *o, void *closure) {
    PymCode *co = (PymCode *)o;
    PymObject *l = pym_list_new(co->co_ncode);
    if (!l) return NULL;
    for (int i = 0, r = -1; i < co->co_ncode; i++) { /* r: the run word i is in */
        while (r + 1 < co->co_nposruns && co->co_posruns[r + 1].start <= i) r++;
        PymObject *v = pym_int_from_long(r >= 0 ? co->co_posruns[r].pos.lineno : -1);
        if (!v) {
            PYM_DECREF(l);
            return NULL;
        }
        PYM_LIST_SET(l, i, v);
    }
    return l;
}

/* What the code object holds on the allocator: the head, the instruction
** words (cache words included), the position runs and the cell table.
** CPython 3.11 reports its head plus its code units, inline; pym's
** instructions differ, so the figure is pym's own, not CPython's. */
static PymObject *code_sizeof(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    if (pym_arg_count("__sizeof__", nargs, kwnames, 0, 0) < 0) return NULL;
    PymCode *co = (PymCode *)self;
    size_t n = sizeof(PymCode) + (size_t)co->co_ncode * sizeof(PymInstr) +
               (size_t)co->co_nposruns * sizeof(PymCodePosRun);
    if (co->co_cell2arg) n += (size_t)co->co_ncells * sizeof(int);
    return pym_int_from_ssize((intptr_t)n);
}

/* One value or None (a position field pym did not record, < 0). */
static PymObject *pos_field(int32_t v) {
    if (v < 0) PYM_RETURN_NONE;
    return pym_int_from_long(v);
}

/* co_positions(): an iterator of (lineno, end_lineno, col, end_col), one
** per instruction word, as CPython yields one per code unit: the index of
** the failing instruction is tb_lasti // 2 in both (tb_lasti is reported
** doubled).  Columns are 0-based UTF-8 byte offsets, end_col exclusive;
** None where pym has no position (lib/traceback.py draws its carets from
** these). */
static PymObject *code_positions(PymObject *self, PymObject *const *args, size_t nargs,
                                 PymObject *kwnames) {
    if (pym_arg_count("co_positions", nargs, kwnames, 0, 0) < 0) return NULL;
    PymCode *co = (PymCode *)self;
    PymObject *l = pym_list_new(co->co_ncode);
    if (!l) return NULL;
    for (int i = 0; i < co->co_ncode; i++) {
        const PymCodePos *p = pym_code_position(co, i);
        PymObject *t;
        if (!p) {
            t = pym_tuple_pack(4, pym_None, pym_None, pym_None, pym_None);
        } else {
            PymObject *a = pos_field(p->lineno), *b = pos_field(p->end_lineno),
                      *c = pos_field(p->col), *d = pos_field(p->end_col);
            t = a && b && c && d ? pym_tuple_pack(4, a, b, c, d) : NULL;
            PYM_XDECREF(a);
            PYM_XDECREF(b);
            PYM_XDECREF(c);
            PYM_XDECREF(d);
        }
        if (!t) {
            PYM_DECREF(l);
            return NULL;
        }
        PYM_LIST_SET(l, i, t);
    }
    PymObject *it = pym_seq_iter_new(l);
    PYM_DECREF(l);
    return it;
}

static PymMethodDef code_methods[] = {
    {"__sizeof__", code_sizeof, 0, NULL},
    {"co_positions", code_positions, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define CODE_INT(name) \
    { #name, PYM_T_INT, offsetof(PymCode, name), PYM_READONLY, NULL }
#define CODE_OBJ(name) \
    { #name, PYM_T_OBJECT, offsetof(PymCode, name), PYM_READONLY, NULL }

static PymMemberDef code_members[] = {
    CODE_INT(co_argcount),       CODE_INT(co_posonlyargcount),
    CODE_INT(co_kwonlyargcount), CODE_INT(co_nlocals),
    CODE_INT(co_stacksize),      CODE_INT(co_flags),
    CODE_INT(co_firstlineno),    CODE_OBJ(co_consts),
    CODE_OBJ(co_names),          CODE_OBJ(co_varnames),
    CODE_OBJ(co_cellvars),       CODE_OBJ(co_freevars),
    CODE_OBJ(co_filename),       CODE_OBJ(co_name),
    CODE_OBJ(co_qualname),       {NULL},
};

static PymGetSetDef code_getset[] = {
    {"co_code", code_get_code, NULL, NULL, NULL},
    {"_co_linenos", code_get_linenos, NULL, NULL, NULL},
    {NULL},
};

PymType pym_type_code = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "code",
    .tp_basicsize = sizeof(PymCode),
    .tp_weaklistoffset = offsetof(PymCode, co_weakreflist),
    .tp_flags = 0,
    .tp_dealloc = code_dealloc,
    .tp_repr = code_repr,
    .tp_members = code_members,
    .tp_methods = code_methods,
    .tp_getset = code_getset,
    .tp_free = pym_object_free,
};
