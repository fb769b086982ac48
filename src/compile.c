/*
** compile.c -- code generation: AST + symbol table -> code objects.
**
** Design.
**
** Passes.  pym_compile_ast runs the symbol table (symtable.c) over the whole
** module first, so every name's scope (fast local, cell, free, global, name)
** is known before any code is emitted.  Code generation then walks the AST
** once, one "unit" per code object (module, class body, function, lambda,
** comprehension).  A unit owns a linear instruction array with one source
** position per instruction (the node being compiled; expressions restore the
** enclosing node's position on exit, so a CALL gets its call's position),
** its constant table (deduplicated by type AND value: 1, 1.0, True, 0.0 and
** -0.0 are all distinct), and the co_names / co_varnames maps.  Jumps are
** emitted with a label number as argument; assemble() replaces labels by
** absolute instruction indexes (instructions never move: no EXTENDED_ARG,
** no peephole pass), computes co_stacksize by a flow walk over the
** instructions (exception handlers start at the SETUP's depth + 2), and
** builds the PymCode.
**
** Blocks.  Exceptions use the VM's block stack (CPython 3.10 style, see
** opcodes.h).  At compile time a parallel "fblock" stack records which
** constructs enclose the current statement: loops, try/except bodies,
** try/finally bodies, finally bodies running on the exceptional path,
** with-blocks, except-handler bodies, and a preserved return value.  A
** break / continue / return leaving such constructs emits, innermost first,
** what each needs to be left cleanly: POP_BLOCK for protected regions, the
** iterator pop of a for loop, the exit(None, None, None) call of a with,
** POP_EXCEPT (and 'del e') for handlers, and -- for try/finally -- a fresh
** inline copy of the finally body, compiled with the fblock stack cut below
** the try so that a break inside that copy sees only the outer blocks.  At
** most 20 fblocks may be open ("too many statically nested blocks").
**
** Handler protocol: on entry to a SETUP_FINALLY handler the stack holds the
** previously handled exception and the new one (prev E).  An except clause
** tests with DUP_TOP / type / JUMP_IF_NOT_EXC_MATCH, binds or pops E, runs
** the body and leaves with POP_EXCEPT; "as e" bodies are themselves
** protected so that e is deleted on the exceptional path too.  A finally
** body runs inline on the normal path and once more at its handler, ending
** in RERAISE.
**
** Constants.  Operators on constants, tuples and subscripts of constants
** are folded as CPython 3.11's AST optimizer does, within its size limits
** (fold_const); equal constants of all the code objects of one compilation
** are one object (merge_const); code compiled to run at once keeps one more
** reference to the constants of its literals until it has run, as CPython's
** parser arena does (pym_compile_source_held).  The match statement is
** lowered to CPython's MATCH_* opcodes ("the match statement" below).
*/
#include "pym.h"
#include "opcodes.h"
#include "symtable.h"
#include "unparse.h"

#define MAXBLOCKS 20

/* clang-format off */
typedef enum {
    FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH,
    FB_HANDLER_CLEANUP, FB_POP_VALUE,
    FB_ASYNC_WITH, FB_EXCEPTION_GROUP_HANDLER
} FBlockType;
/* clang-format on */

typedef struct FBlock {
    FBlockType type;
    int start, exit;   /* labels for loops */
    const void *datum; /* finally body (AstSeq*) or handler name */
} FBlock;

typedef struct ConstTable {
    PymObject **items; /* owned references */
    intptr_t *hashes;
    int n, cap;
    int *index;
    int nindex;
} ConstTable;

typedef struct Unit {
    PymSTEntry *ste;
    PymInstr *code;
    PymCodePos *pos;
    int ncode, capcode;
    /* CPython's stack model (see "co_stacksize" at compute_stacksize): per
    ** instruction, the slots CPython holds beyond pym's (model_extra) and a
    ** depth CPython's code for the construct reaches (model_floor); xslots
    ** and next_floor are what emit() records next */
    signed char *model_extra, *model_floor;
    int xslots, next_floor;
    int *labels;
    int nlabels, caplabels;
    ConstTable consts;
    PymNameMap names, varnames, cellvars, freevars; /* of const char * */
    FBlock fblocks[MAXBLOCKS];
    int nfblocks;
    int argcount, posonly, kwonly;
    const char *name;
    PymObject *qualname;
    int firstlineno;
    AstPos cur;
    bool unwind_set_cur; /* unwind_fblock left cur where CPython's does */
    bool failed;         /* out of memory while emitting */
    struct Unit *parent;
} Unit;

typedef struct Compiler {
    PymSymtable *st;
    const char *filename;
    const char *src;
    size_t srclen;
    PymObject *filename_obj;
    Unit *u;
    bool interactive;
    int depth;
    bool future_annotations; /* from __future__ import annotations (PEP 563) */
    ConstTable merged;       /* every constant of the compilation (merge_const) */
    int future_lineno;       /* line of the last future import of the prologue */
} Compiler;

static const unsigned char op_is_jump[OP__COUNT] = {
#define X(name, hasarg, jump) jump,
    PYM_OPCODE_LIST(X)
#undef X
};

#define TRY(x) \
    do { \
        if ((x) < 0) return -1; \
    } while (0)
#define SYNERR(pos, ...) \
    (pym_compile_syntax_error(c->filename, c->src, c->srclen, (pos), __VA_ARGS__), -1)

/* ------------------------------------------------------------------ */
/* maps and tables */

static PymObject *namemap_tuple(PymNameMap *m) {
    PymObject *t = pym_tuple_new(m->n);
    if (!t) return NULL;
    for (int i = 0; i < m->n; i++) {
        PymObject *s = pym_str_from_cstr(pym_namemap_name(m, i));
        if (s) s = pym_str_intern(s);
        if (!s) {
            PYM_DECREF(t);
            return NULL;
        }
        PYM_TUPLE_SET(t, i, s);
    }
    return t;
}

/* Hash used for constant deduplication: by type and exact value (floats by
** their bits, so 0.0 and -0.0 differ).  -1 with an error set on failure. */
static intptr_t const_hash(PymObject *o) {
    PymType *t = PYM_TYPE(o);
    intptr_t h;
    if (t == &pym_type_float) {
        double d = PYM_FLOAT_VALUE(o);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        h = (intptr_t)(bits ^ (bits >> 29));
    } else if (t == &pym_type_complex) {
        uint64_t bits[2];
        memcpy(bits, &PYM_COMPLEX_VALUE(o), sizeof bits);
        h = (intptr_t)(bits[0] ^ (bits[0] >> 29) ^ (bits[1] * 1000003u));
    } else if (t == &pym_type_int || t == &pym_type_str || t == &pym_type_bytes) {
        h = pym_object_hash(o);
        if (h == -1) return -1;
    } else if (t == &pym_type_tuple) {
        uint64_t acc = 0x27d4eb2f165667c5ull;
        for (intptr_t i = 0; i < PYM_SIZE(o); i++) {
            intptr_t x = const_hash(PYM_TUPLE_GET(o, i));
            if (x == -1) return -1;
            acc = (acc ^ (uint64_t)x) * 0x100000001b3ull;
        }
        h = (intptr_t)acc;
    } else {
        h = (intptr_t)((uintptr_t)o >> 4);
    }
    h ^= (intptr_t)((uintptr_t)t >> 4);
    return h == -1 ? -2 : h;
}

static bool const_equal(PymObject *a, PymObject *b) {
    if (a == b) return true;
    PymType *t = PYM_TYPE(a);
    if (t != PYM_TYPE(b)) return false;
    if (t == &pym_type_float) {
        double x = PYM_FLOAT_VALUE(a), y = PYM_FLOAT_VALUE(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (t == &pym_type_complex)
        return memcmp(&PYM_COMPLEX_VALUE(a), &PYM_COMPLEX_VALUE(b), sizeof(PymComplexValue)) == 0;
    if (t == &pym_type_int) return pym_int_compare(a, b) == 0;
    if (t == &pym_type_str) return pym_str_equal(a, b);
    if (t == &pym_type_bytes)
        return PYM_BYTES_LEN(a) == PYM_BYTES_LEN(b) &&
               memcmp(PYM_BYTES_DATA(a), PYM_BYTES_DATA(b), PYM_BYTES_LEN(a)) == 0;
    if (t == &pym_type_tuple) {
        if (PYM_SIZE(a) != PYM_SIZE(b)) return false;
        for (intptr_t i = 0; i < PYM_SIZE(a); i++)
            if (!const_equal(PYM_TUPLE_GET(a, i), PYM_TUPLE_GET(b, i))) return false;
        return true;
    }
    return false;
}

static int consttable_add(ConstTable *t, PymObject *o);
static PymObject *merge_const(Compiler *c, PymObject *o);

/* Adds constant o (stolen) to the unit; returns its index, -1 on error. */
static int add_const(Compiler *c, PymObject *o) {
    if (!o) return -1;
    o = merge_const(c, o);
    if (!o) return -1;
    return consttable_add(&c->u->consts, o);
}

/* The index of o (stolen) in t, added when no equal constant is there. */
static int consttable_add(ConstTable *t, PymObject *o) {
    intptr_t h = const_hash(o);
    if (h == -1) {
        PYM_DECREF(o);
        return -1;
    }
    if (t->nindex) {
        unsigned mask = t->nindex - 1, i = (unsigned)h & mask;
        while (t->index[i]) {
            int k = t->index[i] - 1;
            if (t->hashes[k] == h && const_equal(t->items[k], o)) {
                PYM_DECREF(o);
                return k;
            }
            i = (i + 1) & mask;
        }
    }
    if (t->n == t->cap) {
        int cap = t->cap ? t->cap * 2 : 8;
        PymObject **v = pym_raw_realloc(t->items, cap * sizeof(PymObject *));
        if (!v) {
            PYM_DECREF(o);
            pym_err_no_memory();
            return -1;
        }
        t->items = v;
        intptr_t *hs = pym_raw_realloc(t->hashes, cap * sizeof(intptr_t));
        if (!hs) {
            PYM_DECREF(o);
            pym_err_no_memory();
            return -1;
        }
        t->hashes = hs;
        t->cap = cap;
    }
    if ((t->n + 1) * 2 > t->nindex) {
        int ni = t->nindex ? t->nindex * 2 : 16;
        int *idx = pym_raw_calloc(ni, sizeof(int));
        if (!idx) {
            PYM_DECREF(o);
            pym_err_no_memory();
            return -1;
        }
        for (int j = 0; j < t->n; j++) {
            unsigned i = (unsigned)t->hashes[j] & (ni - 1);
            while (idx[i]) i = (i + 1) & (ni - 1);
            idx[i] = j + 1;
        }
        pym_raw_free(t->index);
        t->index = idx;
        t->nindex = ni;
    }
    t->items[t->n] = o;
    t->hashes[t->n] = h;
    t->n++;
    unsigned i = (unsigned)h & (t->nindex - 1);
    while (t->index[i]) i = (i + 1) & (t->nindex - 1);
    t->index[i] = t->n;
    return t->n - 1;
}

/* One object for equal constants across all the code objects of a
** compilation, as CPython's merge_consts_recursive (c_const_cache): the
** first one made wins, tuples are merged item by item.  Steals o; returns
** a new reference to the canonical object, NULL on error. */
static PymObject *merge_const(Compiler *c, PymObject *o) {
    PymType *t = PYM_TYPE(o);
    if (t != &pym_type_int && t != &pym_type_float && t != &pym_type_str && t != &pym_type_bytes &&
        t != &pym_type_tuple)
        return o;
    if (t == &pym_type_tuple) {
        for (intptr_t i = 0; i < PYM_SIZE(o); i++) {
            PymObject *item = PYM_TUPLE_GET(o, i);
            PymObject *m = merge_const(c, pym_newref(item));
            if (!m) {
                PYM_DECREF(o);
                return NULL;
            }
            if (m == item) {
                PYM_DECREF(m);
                continue;
            }
            /* the tuple was made by this compilation and nothing has seen
            ** it yet (the held list only keeps it alive): change it */
            PYM_TUPLE_SET(o, i, m);
            PYM_DECREF(item);
        }
    }
    int k = consttable_add(&c->merged, pym_newref(o));
    if (k < 0) {
        PYM_DECREF(o);
        return NULL;
    }
    PymObject *canon = c->merged.items[k];
    PYM_INCREF(canon);
    PYM_DECREF(o);
    return canon;
}

static void consts_free(ConstTable *t) {
    for (int i = 0; i < t->n; i++) PYM_DECREF(t->items[i]);
    pym_raw_free(t->items);
    pym_raw_free(t->hashes);
    pym_raw_free(t->index);
    memset(t, 0, sizeof *t);
}

/* ------------------------------------------------------------------ */
/* emission */

static void emit(Compiler *c, int op, int arg) {
    Unit *u = c->u;
    if (u->ncode == u->capcode) {
        int cap = u->capcode ? u->capcode * 2 : 64;
        PymInstr *code = pym_raw_realloc(u->code, cap * sizeof(PymInstr));
        PymCodePos *pos = code ? pym_raw_realloc(u->pos, cap * sizeof(PymCodePos)) : NULL;
        if (code) u->code = code;
        if (pos) u->pos = pos;
        signed char *mx = pos ? pym_raw_realloc(u->model_extra, cap) : NULL;
        if (mx) u->model_extra = mx;
        signed char *mf = mx ? pym_raw_realloc(u->model_floor, cap) : NULL;
        if (mf) u->model_floor = mf;
        if (!code || !pos || !mx || !mf) {
            u->failed = true;
            return;
        }
        u->capcode = cap;
    }
    if (arg < 0 || arg > (int)PYM_INSTR_ARG_MAX) {
        u->failed = true;
        return;
    }
    u->code[u->ncode] = PYM_INSTR(op, arg);
    u->model_extra[u->ncode] = (signed char)(u->xslots > 100    ? 100
                                             : u->xslots < -100 ? -100
                                                                : u->xslots);
    u->model_floor[u->ncode] = (signed char)u->next_floor;
    u->next_floor = 0;
    PymCodePos *p = &u->pos[u->ncode];
    p->lineno = u->cur.lineno;
    p->end_lineno = u->cur.end_lineno;
    p->col = u->cur.col;
    p->end_col = u->cur.end_col;
    u->ncode++;
}
#define EMIT0(op)     emit(c, OP_##op, 0)
#define EMIT(op, arg) emit(c, OP_##op, (arg))

static int new_label(Compiler *c) {
    Unit *u = c->u;
    if (u->nlabels == u->caplabels) {
        int cap = u->caplabels ? u->caplabels * 2 : 16;
        int *l = pym_raw_realloc(u->labels, cap * sizeof(int));
        if (!l) {
            u->failed = true;
            return 0;
        }
        u->labels = l;
        u->caplabels = cap;
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

static void place(Compiler *c, int label) {
    if (!c->u->failed) c->u->labels[label] = c->u->ncode;
}

static int emit_const(Compiler *c, PymObject *o) /* steals o */
{
    int k = add_const(c, o);
    if (k < 0) return -1;
    EMIT(LOAD_CONST, k);
    return 0;
}

static int emit_none(Compiler *c) { return emit_const(c, pym_newref(pym_None)); }

static const char *mangle(Compiler *c, const char *name) {
    return pym_st_mangle(c->st, c->u->ste->private_name, name);
}

static int emit_name(Compiler *c, int op, const char *name) /* co_names op, mangled */
{
    const char *m = mangle(c, name);
    if (!m) return -1;
    int k = pym_namemap_add(&c->u->names, m);
    if (k < 0) {
        pym_err_no_memory();
        return -1;
    }
    emit(c, op, k);
    return 0;
}

static int emit_name_raw(Compiler *c, int op, const char *name) /* no mangling */
{
    int k = pym_namemap_add(&c->u->names, name);
    if (k < 0) {
        pym_err_no_memory();
        return -1;
    }
    emit(c, op, k);
    return 0;
}

/* ------------------------------------------------------------------ */
/* units */

static int build_qualname(Compiler *c, Unit *u) {
    Unit *p = u->parent;
    const char *name = u->name;
    if (!p || p->ste->type == PYM_BLOCK_MODULE) {
        u->qualname = pym_str_from_cstr(name);
        return u->qualname ? 0 : -1;
    }
    bool force_global = false;
    if ((u->ste->type == PYM_BLOCK_FUNCTION && u->ste->kind == PYM_KIND_PLAIN) ||
        u->ste->type == PYM_BLOCK_CLASS) {
        const char *m = pym_st_mangle(c->st, p->ste->private_name, name);
        if (!m) return -1;
        if (pym_st_scope(p->ste, m) == PYM_SCOPE_GLOBAL_EXPLICIT) force_global = true;
    }
    if (force_global) {
        u->qualname = pym_str_from_cstr(name);
    } else if (p->ste->type == PYM_BLOCK_FUNCTION &&
               (p->ste->kind == PYM_KIND_PLAIN || p->ste->kind == PYM_KIND_LAMBDA)) {
        u->qualname = pym_str_from_format("%U.<locals>.%s", p->qualname, name);
    } else {
        u->qualname = pym_str_from_format("%U.%s", p->qualname, name);
    }
    return u->qualname ? 0 : -1;
}

static int cmp_cstr(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int enter_unit(Compiler *c, PymSTEntry *ste, const char *name, int firstlineno, AstPos pos) {
    Unit *u = pym_raw_calloc(1, sizeof(Unit));
    if (!u) {
        pym_err_no_memory();
        return -1;
    }
    u->names = u->varnames = u->cellvars = u->freevars = (PymNameMap)PYM_NAMEMAP_INIT(const char *);
    u->ste = ste;
    u->name = name;
    u->firstlineno = firstlineno;
    u->cur = pos;
    u->parent = c->u;
    c->u = u;
    if (build_qualname(c, u) < 0) return -1;
    for (int i = 0; i < ste->nvarnames; i++)
        if (pym_namemap_add(&u->varnames, ste->varnames[i]) < 0) goto oom;
    /* cells and frees, each sorted by name */
    int ncell = 0, nfree = 0;
    const char **tmp = pym_raw_malloc((ste->symbols.n + 1) * sizeof(char *));
    if (!tmp) goto oom;
    for (int i = 0; i < ste->symbols.n; i++)
        if (pym_st_symbol_at(ste, i)->scope == PYM_SCOPE_CELL)
            tmp[ncell++] = pym_st_symbol_at(ste, i)->name;
    if (ste->type == PYM_BLOCK_CLASS && ste->needs_class_closure) tmp[ncell++] = "__class__";
    qsort(tmp, ncell, sizeof(char *), cmp_cstr);
    for (int i = 0; i < ncell; i++)
        if (pym_namemap_add(&u->cellvars, tmp[i]) < 0) {
            pym_raw_free(tmp);
            goto oom;
        }
    for (int i = 0; i < ste->symbols.n; i++) {
        PymSymbol *s = pym_st_symbol_at(ste, i);
        if (s->scope == PYM_SCOPE_FREE || (s->flags & PYM_DEF_FREE_CLASS)) tmp[nfree++] = s->name;
    }
    qsort(tmp, nfree, sizeof(char *), cmp_cstr);
    for (int i = 0; i < nfree; i++)
        if (pym_namemap_add(&u->freevars, tmp[i]) < 0) {
            pym_raw_free(tmp);
            goto oom;
        }
    pym_raw_free(tmp);
    return 0;
oom:
    pym_err_no_memory();
    return -1;
}

static void unit_free(Unit *u) {
    pym_raw_free(u->code);
    pym_raw_free(u->pos);
    pym_raw_free(u->model_extra);
    pym_raw_free(u->model_floor);
    pym_raw_free(u->labels);
    consts_free(&u->consts);
    pym_namemap_free(&u->names);
    pym_namemap_free(&u->varnames);
    pym_namemap_free(&u->cellvars);
    pym_namemap_free(&u->freevars);
    PYM_XDECREF(u->qualname);
    pym_raw_free(u);
}

static void exit_unit(Compiler *c) {
    Unit *u = c->u;
    c->u = u->parent;
    unit_free(u);
}

/* ------------------------------------------------------------------ */
/* assembly */

static int stack_effect(int op, int arg, bool jump) {
    switch (op) {
    case OP_NOP:
    case OP_ROT_TWO:
    case OP_ROT_THREE:
    case OP_ROT_FOUR: return 0;
    case OP_POP_TOP: return -1;
    case OP_DUP_TOP: return 1;
    case OP_DUP_TOP_TWO: return 2;
    case OP_LOAD_CONST:
    case OP_LOAD_FAST:
    case OP_LOAD_DEREF:
    case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF:
    case OP_LOAD_GLOBAL:
    case OP_LOAD_NAME: return 1;
    case OP_STORE_FAST:
    case OP_STORE_DEREF:
    case OP_STORE_GLOBAL:
    case OP_STORE_NAME: return -1;
    case OP_DELETE_FAST:
    case OP_DELETE_DEREF:
    case OP_DELETE_GLOBAL:
    case OP_DELETE_NAME: return 0;
    case OP_LOAD_ATTR: return 0;
    case OP_STORE_ATTR: return -2;
    case OP_DELETE_ATTR: return -1;
    case OP_LOAD_METHOD: return 1;
    case OP_UNARY_POSITIVE:
    case OP_UNARY_NEGATIVE:
    case OP_UNARY_NOT:
    case OP_UNARY_INVERT: return 0;
    case OP_BINARY_OP:
    case OP_COMPARE_OP:
    case OP_IS_OP:
    case OP_CONTAINS_OP:
    case OP_BINARY_SUBSCR: return -1;
    case OP_STORE_SUBSCR: return -3;
    case OP_DELETE_SUBSCR: return -2;
    case OP_BUILD_SLICE:
    case OP_BUILD_TUPLE:
    case OP_BUILD_LIST:
    case OP_BUILD_SET:
    case OP_BUILD_STRING: return 1 - arg;
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_LIST_APPEND:
    case OP_SET_ADD: return -1;
    case OP_MAP_ADD: return -2;
    case OP_LIST_EXTEND:
    case OP_SET_UPDATE:
    case OP_DICT_UPDATE:
    case OP_DICT_MERGE: return -1;
    case OP_LIST_TO_TUPLE: return 0;
    case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case OP_JUMP: return 0;
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE: return -1;
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_JUMP_IF_NOT_EXC_MATCH: return -2;
    case OP_GET_ITER: return 0;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_CALL_FUNCTION: return -arg;
    case OP_CALL_FUNCTION_KW: return -arg - 1;
    case OP_CALL_FUNCTION_EX: return -1 - (arg & 1);
    case OP_CALL_METHOD: return -arg - 1;
    case OP_CALL_METHOD_KW: return -arg - 2;
    case OP_MAKE_FUNCTION:
        return -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1));
    case OP_RETURN_VALUE: return -1;
    case OP_YIELD_VALUE:
    case OP_GET_YIELD_FROM_ITER: return 0;
    case OP_YIELD_FROM: return -1;
    case OP_LOAD_BUILD_CLASS: return 1;
    case OP_SETUP_ANNOTATIONS: return 0;
    case OP_SETUP_FINALLY: return jump ? 2 : 0;
    case OP_SETUP_WITH: return jump ? 2 : 1;
    case OP_POP_BLOCK: return 0;
    case OP_POP_EXCEPT: return -1;
    case OP_RERAISE: return -1;
    case OP_WITH_EXCEPT_START: return 1;
    case OP_RAISE_VARARGS: return -arg;
    case OP_LOAD_ASSERTION_ERROR: return 1;
    case OP_IMPORT_NAME: return -1;
    case OP_IMPORT_FROM: return 1;
    case OP_IMPORT_STAR: return -1;
    case OP_PRINT_EXPR: return -1;
    case OP_COPY:
    case OP_GET_LEN:
    case OP_MATCH_MAPPING:
    case OP_MATCH_SEQUENCE:
    case OP_MATCH_KEYS: return 1;
    case OP_SWAP:
    case OP_ROT_N: return 0;
    case OP_MATCH_CLASS: return -2;
    case OP_GET_AWAITABLE:
    case OP_GET_AITER:
    case OP_ASYNC_GEN_WRAP: return 0;
    case OP_GET_ANEXT:
    case OP_BEFORE_ASYNC_WITH: return 1;
    case OP_END_ASYNC_FOR: return -3;
    case OP_SETUP_ASYNC_WITH: return jump ? 1 : 0;
    case OP_JUMP_IF_NOT_EG_MATCH: return jump ? -1 : 0;
    case OP_PREP_RERAISE_STAR: return -1;
    }
    return 0;
}

static bool op_ends_flow(int op) {
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_RAISE_VARARGS;
}

/* co_stacksize.  The frame of a generator or coroutine is inside the object
** in CPython 3.11, so sys.getsizeof(gen) counts one slot a stack entry: 8 *
** (locals + cells + frees + co_stacksize) after the 152-byte head
** (genobject.c).  For those sizes and co_stacksize to be CPython's, the walk
** computes two depths at once: pym's own need (the VM's stack must hold it)
** and CPython's, i.e. pym's depth plus what the compiler recorded where
** CPython's bytecode holds more or less than pym's:
**   - a call of anything but a method: the NULL CPython pushes before the
**     callable, held until the call (its keyword-names tuple, which pym
**     pushes and CPython does not, takes that slot back; in a method call
**     it is one slot more than CPython);
**   - an except clause's test: CPython has no DUP_TOP (one slot less);
**   - the exception-path code CPython emits for try (handler, lasti, the
**     COPY 3 of its cleanup: 4 slots above the try), with (6 above the
**     context expression) and async with, whose peak pym's handlers do not
**     reach: a floor recorded at the SETUP instruction.
** co_stacksize is the larger of the two, so the VM always has room. */
static int compute_stacksize(Unit *u) {
    int n = u->ncode, maxd = 0, maxm = 0;
    if (!n) return 0;
    int *depth = pym_raw_malloc(n * sizeof(int));
    int *work = pym_raw_malloc(2 * (n + 1) * sizeof(int));
    if (!depth || !work) {
        pym_raw_free(depth);
        pym_raw_free(work);
        pym_err_no_memory();
        return -1;
    }
    for (int i = 0; i < n; i++) depth[i] = -1;
    int nw = 0;
    work[nw++] = 0;
    work[nw++] = 0;
    while (nw) {
        int d = work[--nw];
        int i = work[--nw];
        while (i < n && depth[i] < 0) {
            depth[i] = d;
            int op = PYM_INSTR_OP(u->code[i]), arg = PYM_INSTR_ARG(u->code[i]);
            int x = u->model_extra[i];
            if (d + x + u->model_floor[i] > maxm) maxm = d + x + u->model_floor[i];
            if (op_is_jump[op]) {
                int jd = d + stack_effect(op, arg, true);
                if (jd > maxd) maxd = jd;
                if (arg < n && depth[arg] < 0 && nw < 2 * n) {
                    work[nw++] = arg;
                    work[nw++] = jd;
                }
            }
            d += stack_effect(op, arg, false);
            if (d > maxd) maxd = d;
            if (d + x > maxm) maxm = d + x;
            if (d < 0) d = 0;
            if (op_ends_flow(op)) break;
            i++;
        }
    }
    pym_raw_free(depth);
    pym_raw_free(work);
    return maxm > maxd ? maxm : maxd;
}

/* The final layout (opcodes.h's inline caches): each instruction followed
** by its opcode's cache words, zeroed; jump arguments become the targets'
** new indexes.  The position table gets one run for each instruction whose
** position differs from the one before it (cache words share their
** instruction's).  Returns the number of words (code in *code, the runs in
** *runs and *nruns, raw memory), -1 with an error set. */
static int lay_out_caches(Unit *u, PymInstr **code, PymCodePosRun **runs, int *nruns) {
    int *at = pym_raw_malloc((u->ncode + 1) * sizeof(int));
    if (!at) {
        pym_err_no_memory();
        return -1;
    }
    int64_t n = 0;
    int nr = 0;
    for (int i = 0; i < u->ncode; i++) {
        at[i] = (int)n;
        n += 1 + pym_opcode_cache_words(PYM_INSTR_OP(u->code[i]));
        if (n > PYM_INSTR_ARG_MAX) {
            pym_raw_free(at);
            pym_err_set_string(PymExc_SystemError, "code object too large");
            return -1;
        }
        if (i == 0 || memcmp(&u->pos[i], &u->pos[i - 1], sizeof(PymCodePos)) != 0) nr++;
    }
    at[u->ncode] = (int)n;
    *code = pym_obj_malloc((n ? n : 1) * sizeof(PymInstr));
    *runs = pym_obj_malloc((nr ? nr : 1) * sizeof(PymCodePosRun));
    if (!*code || !*runs) {
        pym_raw_free(at);
        pym_err_no_memory();
        return -1;
    }
    *nruns = 0;
    for (int i = 0; i < u->ncode; i++) {
        PymInstr w = u->code[i];
        int op = PYM_INSTR_OP(w), k = at[i], end = at[i + 1];
        if (op_is_jump[op]) w = PYM_INSTR(op, at[PYM_INSTR_ARG(w)]);
        (*code)[k] = w;
        for (int j = k + 1; j < end; j++) (*code)[j] = 0;
        if (i == 0 || memcmp(&u->pos[i], &u->pos[i - 1], sizeof(PymCodePos)) != 0)
            (*runs)[(*nruns)++] = (PymCodePosRun){.start = k, .pos = u->pos[i]};
    }
    pym_raw_free(at);
    return (int)n;
}

static PymCode *assemble(Compiler *c) {
    Unit *u = c->u;
    PymSTEntry *ste = u->ste;
    if (u->failed) {
        pym_err_no_memory();
        return NULL;
    }
    for (int i = 0; i < u->ncode; i++) {
        int op = PYM_INSTR_OP(u->code[i]);
        if (op_is_jump[op]) {
            int l = PYM_INSTR_ARG(u->code[i]);
            int target = u->labels[l];
            if (target < 0) {
                pym_err_set_string(PymExc_SystemError, "unplaced label");
                return NULL;
            }
            u->code[i] = PYM_INSTR(op, target);
        }
    }
    int stacksize = compute_stacksize(u);
    if (stacksize < 0) return NULL;
    int flags = 0;
    if (ste->type == PYM_BLOCK_FUNCTION) {
        flags |= PYM_CO_OPTIMIZED | PYM_CO_NEWLOCALS;
        if (ste->nested) flags |= PYM_CO_NESTED;
        if (ste->coroutine && ste->generator)
            flags |= PYM_CO_ASYNC_GENERATOR;
        else if (ste->coroutine)
            flags |= PYM_CO_COROUTINE;
        else if (ste->generator)
            flags |= PYM_CO_GENERATOR;
        if (ste->varargs) flags |= PYM_CO_VARARGS;
        if (ste->varkeywords) flags |= PYM_CO_VARKEYWORDS;
    }
    PymObject *consts = NULL, *names = NULL, *varnames = NULL, *cellvars = NULL, *freevars = NULL,
              *name = NULL;
    PymInstr *code = NULL;
    PymCodePosRun *pos = NULL;
    int npos = 0;
    int *cell2arg = NULL;
    PymCode *co = NULL;
    consts = pym_tuple_new(u->consts.n);
    if (!consts) goto done;
    for (int i = 0; i < u->consts.n; i++) PYM_TUPLE_SET(consts, i, pym_newref(u->consts.items[i]));
    names = namemap_tuple(&u->names);
    varnames = namemap_tuple(&u->varnames);
    cellvars = namemap_tuple(&u->cellvars);
    freevars = namemap_tuple(&u->freevars);
    name = pym_str_from_cstr(u->name);
    if (name) name = pym_str_intern(name);
    if (!names || !varnames || !cellvars || !freevars || !name) goto done;
    int nwords = lay_out_caches(u, &code, &pos, &npos);
    if (nwords < 0) goto done;
    if (u->cellvars.n) {
        bool any = false;
        cell2arg = pym_obj_malloc(u->cellvars.n * sizeof(int));
        if (!cell2arg) {
            pym_err_no_memory();
            goto done;
        }
        int nargs = u->argcount + u->kwonly + (ste->varargs ? 1 : 0) + (ste->varkeywords ? 1 : 0);
        for (int i = 0; i < u->cellvars.n; i++) {
            cell2arg[i] = -1;
            int k = pym_namemap_find(&u->varnames, pym_namemap_name(&u->cellvars, i));
            if (k >= 0 && k < nargs) {
                cell2arg[i] = k;
                any = true;
            }
        }
        if (!any) {
            pym_obj_free(cell2arg);
            cell2arg = NULL;
        }
    }
    co = pym_code_new(u->argcount, u->posonly, u->kwonly, stacksize, flags, u->firstlineno, code,
                      nwords, pos, npos, consts, names, varnames, cellvars, freevars, cell2arg,
                      c->filename_obj, name, u->qualname);
    if (co) code = NULL, pos = NULL, cell2arg = NULL;
done:
    if (code) pym_obj_free(code);
    if (pos) pym_obj_free(pos);
    if (cell2arg) pym_obj_free(cell2arg);
    PYM_XDECREF(consts);
    PYM_XDECREF(names);
    PYM_XDECREF(varnames);
    PYM_XDECREF(cellvars);
    PYM_XDECREF(freevars);
    PYM_XDECREF(name);
    return co;
}

/* ------------------------------------------------------------------ */
/* names */

static int compile_nameop(Compiler *c, const char *name, AstCtx ctx) {
    Unit *u = c->u;
    if (ctx != CTX_LOAD && strcmp(name, "__debug__") == 0)
        return SYNERR(u->cur,
                      ctx == CTX_DEL ? "cannot delete __debug__" : "cannot assign to __debug__");
    const char *m = mangle(c, name);
    if (!m) return -1;
    int scope = pym_st_scope(u->ste, m);
    bool optimized = u->ste->type == PYM_BLOCK_FUNCTION;
    int k;
    switch (scope) {
    case PYM_SCOPE_FREE:
    case PYM_SCOPE_CELL: {
        k = pym_namemap_find(&u->cellvars, m);
        if (k < 0) {
            k = pym_namemap_find(&u->freevars, m);
            if (k < 0) break;
            k += u->cellvars.n;
        }
        if (ctx == CTX_LOAD)
            emit(c, u->ste->type == PYM_BLOCK_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF, k);
        else
            emit(c, ctx == CTX_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF, k);
        return 0;
    }
    case PYM_SCOPE_LOCAL:
        if (!optimized) break;
        k = pym_namemap_add(&u->varnames, m);
        if (k < 0) {
            pym_err_no_memory();
            return -1;
        }
        emit(c,
             ctx == CTX_LOAD    ? OP_LOAD_FAST
             : ctx == CTX_STORE ? OP_STORE_FAST
                                : OP_DELETE_FAST,
             k);
        return 0;
    case PYM_SCOPE_GLOBAL_IMPLICIT:
        if (!optimized) break;
        /* fall through */
    case PYM_SCOPE_GLOBAL_EXPLICIT:
        return emit_name_raw(c,
                             ctx == CTX_LOAD    ? OP_LOAD_GLOBAL
                             : ctx == CTX_STORE ? OP_STORE_GLOBAL
                                                : OP_DELETE_GLOBAL,
                             m);
    default: break;
    }
    return emit_name_raw(c,
                         ctx == CTX_LOAD    ? OP_LOAD_NAME
                         : ctx == CTX_STORE ? OP_STORE_NAME
                                            : OP_DELETE_NAME,
                         m);
}

/* ------------------------------------------------------------------ */
/* fblocks */

static int push_fblock(Compiler *c, FBlockType t, int start, int exit, const void *datum) {
    Unit *u = c->u;
    if (u->nfblocks >= MAXBLOCKS) return SYNERR(u->cur, "too many statically nested blocks");
    FBlock *f = &u->fblocks[u->nfblocks++];
    f->type = t;
    f->start = start;
    f->exit = exit;
    f->datum = datum;
    return 0;
}

static void pop_fblock(Compiler *c) { c->u->nfblocks--; }

static int compile_stmts(Compiler *c, AstSeq *seq);
static int compile_expr(Compiler *c, AstExpr *e);
static int compile_store(Compiler *c, AstExpr *e);

/* Awaits the value on top of the stack (where: GET_AWAITABLE's arg). */
static int emit_await(Compiler *c, int where) {
    EMIT(GET_AWAITABLE, where);
    TRY(emit_none(c));
    EMIT0(YIELD_FROM);
    return 0;
}

static int unwind_fblock(Compiler *c, FBlock *f, bool preserve_tos) {
    switch (f->type) {
    case FB_WHILE: return 0;
    case FB_FOR:
        if (preserve_tos) EMIT0(ROT_TWO);
        EMIT0(POP_TOP);
        return 0;
    case FB_TRY_EXCEPT: EMIT0(POP_BLOCK); return 0;
    case FB_FINALLY_TRY:
        EMIT0(POP_BLOCK);
        if (preserve_tos) TRY(push_fblock(c, FB_POP_VALUE, 0, 0, NULL));
        TRY(compile_stmts(c, (AstSeq *)f->datum));
        if (preserve_tos) pop_fblock(c);
        c->u->unwind_set_cur = true; /* what follows is on the body's last line */
        return 0;
    case FB_FINALLY_END:
        if (preserve_tos) EMIT0(ROT_THREE);
        EMIT0(POP_TOP);
        EMIT0(POP_EXCEPT);
        return 0;
    case FB_WITH:
        c->u->cur = ((const AstStmt *)f->datum)->pos; /* the exit runs on the with line */
        c->u->unwind_set_cur = true;
        EMIT0(POP_BLOCK);
        if (preserve_tos) EMIT0(ROT_TWO);
        TRY(emit_none(c));
        EMIT0(DUP_TOP);
        EMIT0(DUP_TOP);
        EMIT(CALL_FUNCTION, 3);
        EMIT0(POP_TOP);
        return 0;
    case FB_HANDLER_CLEANUP:
        if (f->datum) EMIT0(POP_BLOCK);
        if (preserve_tos) EMIT0(ROT_TWO);
        EMIT0(POP_EXCEPT);
        if (f->datum) {
            TRY(emit_none(c));
            TRY(compile_nameop(c, f->datum, CTX_STORE));
            TRY(compile_nameop(c, f->datum, CTX_DEL));
        }
        return 0;
    case FB_POP_VALUE:
        if (preserve_tos) EMIT0(ROT_TWO);
        EMIT0(POP_TOP);
        return 0;
    case FB_EXCEPTION_GROUP_HANDLER:
        return SYNERR(c->u->cur,
                      "'break', 'continue' and 'return' cannot appear in an except* block");
    case FB_ASYNC_WITH:
        c->u->cur = ((const AstStmt *)f->datum)->pos;
        c->u->unwind_set_cur = true;
        EMIT0(POP_BLOCK);
        if (preserve_tos) EMIT0(ROT_TWO);
        TRY(emit_none(c));
        EMIT0(DUP_TOP);
        EMIT0(DUP_TOP);
        EMIT(CALL_FUNCTION, 3);
        TRY(emit_await(c, 2));
        EMIT0(POP_TOP);
        return 0;
    }
    return 0;
}

/* Unwinds the fblocks from the top down to (not including) the innermost
** loop when loop is given (set to it, or NULL when there is none). */
static int unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock *loop, bool *found) {
    Unit *u = c->u;
    if (!u->nfblocks) return 0;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (loop && (top->type == FB_WHILE || top->type == FB_FOR)) {
        *loop = *top;
        *found = true;
        return 0;
    }
    FBlock copy = *top;
    u->nfblocks--;
    int r = unwind_fblock(c, &copy, preserve_tos);
    if (r == 0) r = unwind_fblock_stack(c, preserve_tos, loop, found);
    u->fblocks[u->nfblocks++] = copy;
    return r;
}

/* ------------------------------------------------------------------ */
/* constants */

/* While the main script, an exec/eval string or a REPL input is compiled
** for running at once, the objects its literals (and the constants folded
** from them) are made into get one more reference here, dropped when the
** code has run: in CPython the parser's AST arena keeps them until then,
** which is what sys.getrefcount shows (3 for a literal, not 2).  NULL when
** compiling for later (import, compile()). */
static PymObject *held_consts;

static PymObject *hold_const(PymObject *o) {
    if (o && held_consts && pym_list_append(held_consts, o) < 0) {
        PYM_DECREF(o);
        return NULL;
    }
    return o;
}

static PymObject *const_from_ast_object(AstExpr *e);

static PymObject *const_from_ast(AstExpr *e) { return hold_const(const_from_ast_object(e)); }

static PymObject *const_from_ast_object(AstExpr *e) {
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

/* Truth of a constant node: 1 true, 0 false. */
static int const_truth(AstExpr *e) {
    switch (e->v.constant.kind) {
    case CONST_NONE:
    case CONST_FALSE: return 0;
    case CONST_TRUE:
    case CONST_ELLIPSIS: return 1;
    case CONST_INT:
        for (size_t i = 0; i < e->v.constant.len; i++)
            if (e->v.constant.text[i] != '0') return 1;
        return 0;
    case CONST_FLOAT:
    case CONST_COMPLEX: return e->v.constant.fval != 0.0;
    default: return e->v.constant.len > 0;
    }
}

/* ------------------------------------------------------------------ */
/* compile-time SyntaxWarnings (CPython 3.11's compiler_warn checks) */

/* Printed as the warnings module's default format does: "file:line:
** SyntaxWarning: msg" and the stripped source line when it is known. */
static void compiler_warn(Compiler *c, int lineno, const char *fmt, ...) {
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", c->filename, lineno, msg);
    char *line = pym_source_line(c->filename, lineno);
    if (line) {
        size_t n = strlen(line);
        while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t' || line[n - 1] == '\f')) n--;
        if (n) fprintf(stderr, "  %.*s\n", (int)n, line);
        pym_raw_free(line);
    }
}

/* A numeric constant, possibly with a unary sign (the AST optimizer folds
** those into a constant in CPython). */
static bool is_num_const(AstExpr *e) {
    if (e->kind == EXPR_UNARYOP && e->v.unaryop.op != UOP_NOT) e = e->v.unaryop.operand;
    return e->kind == EXPR_CONSTANT &&
           (e->v.constant.kind == CONST_INT || e->v.constant.kind == CONST_FLOAT ||
            e->v.constant.kind == CONST_COMPLEX);
}

/* Would CPython's AST optimizer make e a Constant? (literals, signed
** numbers, tuples of those) */
static bool folds_to_const(AstExpr *e) {
    if (e->kind == EXPR_CONSTANT || is_num_const(e)) return true;
    if (e->kind == EXPR_TUPLE && e->v.list.ctx == CTX_LOAD) {
        for (int i = 0; i < AST_SEQ_LEN(e->v.list.elts); i++)
            if (!folds_to_const(AST_SEQ_GET(e->v.list.elts, i))) return false;
        return true;
    }
    return false;
}

/* CPython's infer_type: the type name of a literal expression, or NULL. */
static const char *infer_type_name(AstExpr *e) {
    switch (e->kind) {
    case EXPR_TUPLE: return "tuple";
    case EXPR_LIST:
    case EXPR_LISTCOMP: return "list";
    case EXPR_DICT:
    case EXPR_DICTCOMP: return "dict";
    case EXPR_SET:
    case EXPR_SETCOMP: return "set";
    case EXPR_GENEXP: return "generator";
    case EXPR_LAMBDA: return "function";
    case EXPR_JOINEDSTR:
    case EXPR_FORMATTEDVALUE: return "str";
    case EXPR_UNARYOP:
        if (!is_num_const(e)) return NULL;
        return e->v.unaryop.operand->v.constant.kind == CONST_INT ? "int" : "float";
    case EXPR_CONSTANT:
        switch (e->v.constant.kind) {
        case CONST_NONE: return "NoneType";
        case CONST_TRUE:
        case CONST_FALSE: return "bool";
        case CONST_ELLIPSIS: return "ellipsis";
        case CONST_INT: return "int";
        case CONST_FLOAT: return "float";
        case CONST_COMPLEX: return "complex";
        case CONST_STR: return "str";
        case CONST_BYTES: return "bytes";
        }
        return NULL;
    default: return NULL;
    }
}

/* check_is_arg: false for a literal other than None/True/False/... */
static bool is_arg_ok(AstExpr *e) {
    if (!folds_to_const(e)) return true;
    if (e->kind != EXPR_CONSTANT) return false;
    AstConstKind k = e->v.constant.kind;
    return k == CONST_NONE || k == CONST_TRUE || k == CONST_FALSE || k == CONST_ELLIPSIS;
}

static void check_compare(Compiler *c, AstExpr *e) {
    bool left = is_arg_ok(e->v.compare.left);
    for (int i = 0; i < e->v.compare.nops; i++) {
        AstCmpOp op = e->v.compare.ops[i];
        bool right = is_arg_ok(AST_SEQ_GET(e->v.compare.comparators, i));
        if ((op == CMP_IS || op == CMP_ISNOT) && (!left || !right)) {
            compiler_warn(c, e->pos.lineno,
                          op == CMP_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                       : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

static void check_caller(Compiler *c, AstExpr *call) {
    AstExpr *f = call->v.call.func;
    switch (f->kind) {
    case EXPR_CONSTANT:
    case EXPR_TUPLE:
    case EXPR_LIST:
    case EXPR_LISTCOMP:
    case EXPR_DICT:
    case EXPR_DICTCOMP:
    case EXPR_SET:
    case EXPR_SETCOMP:
    case EXPR_GENEXP:
    case EXPR_JOINEDSTR:
    case EXPR_FORMATTEDVALUE:
    case EXPR_UNARYOP: {
        const char *t = infer_type_name(f);
        if (t)
            compiler_warn(c, call->pos.lineno,
                          "'%s' object is not callable; perhaps you missed a comma?", t);
        break;
    }
    default: break;
    }
}

/* check_subscripter and check_index for a load of value[index] */
static void check_subscript(Compiler *c, AstExpr *e) {
    AstExpr *v = e->v.subscript.value, *s = e->v.subscript.slice;
    const char *vt = infer_type_name(v);
    bool warn_sub = false;
    if (v->kind == EXPR_CONSTANT || is_num_const(v)) {
        AstConstKind k = v->kind == EXPR_CONSTANT ? v->v.constant.kind : CONST_INT;
        warn_sub = k == CONST_NONE || k == CONST_ELLIPSIS || k == CONST_INT || k == CONST_FLOAT ||
                   k == CONST_COMPLEX || k == CONST_TRUE || k == CONST_FALSE;
    } else if (v->kind == EXPR_SET || v->kind == EXPR_SETCOMP || v->kind == EXPR_GENEXP ||
               v->kind == EXPR_LAMBDA) {
        warn_sub = true;
    }
    if (warn_sub && vt) {
        compiler_warn(c, e->pos.lineno,
                      "'%s' object is not subscriptable; perhaps you missed a comma?", vt);
        return;
    }
    const char *it = infer_type_name(s);
    if (!it || strcmp(it, "int") == 0 || strcmp(it, "bool") == 0) return;
    bool seq = v->kind == EXPR_TUPLE || v->kind == EXPR_LIST || v->kind == EXPR_LISTCOMP ||
               v->kind == EXPR_JOINEDSTR || v->kind == EXPR_FORMATTEDVALUE ||
               (v->kind == EXPR_CONSTANT &&
                (v->v.constant.kind == CONST_STR || v->v.constant.kind == CONST_BYTES));
    if (seq && vt)
        compiler_warn(c, e->pos.lineno,
                      "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
                      vt, it);
}

/* {===== constant folding, as CPython 3.11's AST optimizer (ast_opt.c)
**
** Operators on constants, tuples of constants and subscripts of constants
** become one constant in co_consts -- unless the result could be big
** (CPython's limits: ints of 128 bits, strings of 4096 characters,
** collections of 256 items and 1024 items in all), or computing it raises
** (the error is then raised at run time, as without folding). */

static bool has_starred(AstSeq *elts);
static int fold_elts(AstSeq *elts, PymObject **out);
static int compile_expr(Compiler *c, AstExpr *e);

#define FOLD_MAX_INT_BITS    128
#define FOLD_MAX_COLLECTION  256
#define FOLD_MAX_STR         4096
#define FOLD_MAX_TOTAL_ITEMS 1024

/* Could e fold at all?  (A cheap walk of the AST before making objects.)
** The answer is kept in the node: compiling an operator that does not fold
** asks again for each of its operands, which would make a chain of n
** operators (x+x+...+x) cost n*n walks instead of n. */
static bool fold_shape_walk(AstExpr *e);
static bool fold_shape(AstExpr *e) {
    if (!e->fold_shape) e->fold_shape = fold_shape_walk(e) ? 1 : 2;
    return e->fold_shape == 1;
}

static bool fold_shape_walk(AstExpr *e) {
    switch (e->kind) {
    case EXPR_CONSTANT: return true;
    case EXPR_UNARYOP: return fold_shape(e->v.unaryop.operand);
    case EXPR_BINOP:
        return e->v.binop.op != AOP_MATMUL && fold_shape(e->v.binop.left) &&
               fold_shape(e->v.binop.right);
    case EXPR_TUPLE:
        if (e->v.list.ctx != CTX_LOAD) return false;
        for (int i = 0; i < AST_SEQ_LEN(e->v.list.elts); i++)
            if (!fold_shape(AST_SEQ_GET(e->v.list.elts, i))) return false;
        return true;
    case EXPR_SUBSCRIPT:
        return e->v.subscript.ctx == CTX_LOAD && fold_shape(e->v.subscript.value) &&
               fold_shape(e->v.subscript.slice);
    default: return false;
    }
}

/* Items in o counting nested tuples and frozensets, against limit. */
static intptr_t fold_complexity(PymObject *o, intptr_t limit) {
    if (PYM_TUPLE_CHECK(o)) {
        limit -= PYM_SIZE(o);
        for (intptr_t i = 0; limit >= 0 && i < PYM_SIZE(o); i++)
            limit = fold_complexity(PYM_TUPLE_GET(o, i), limit);
    }
    return limit;
}

static bool fold_seq_len(PymObject *o, intptr_t *n) {
    if (PYM_TUPLE_CHECK(o) || PYM_BYTES_CHECK(o)) {
        *n = PYM_SIZE(o);
        return true;
    }
    if (PYM_STR_CHECK(o)) {
        *n = PYM_STR_LEN(o);
        return true;
    }
    return false;
}

/* CPython's safe_multiply, safe_power, safe_lshift, safe_mod: NULL without
** an error when the result could be too big to keep in the code. */
static PymObject *fold_binop(PymObject *v, PymObject *w, AstOperator op) {
    bool vint = PYM_INT_CHECK(v), wint = PYM_INT_CHECK(w);
    switch (op) {
    case AOP_MULT: {
        if (vint && wint) {
            if (pym_int_sign(v) && pym_int_sign(w) &&
                pym_int_bit_length(v) + pym_int_bit_length(w) > FOLD_MAX_INT_BITS)
                return NULL;
            break;
        }
        PymObject *n = vint ? v : wint ? w : NULL, *seq = vint ? w : v;
        intptr_t size;
        if (n && fold_seq_len(seq, &size) && size) {
            int ovf = 0;
            long long k = pym_int_as_longlong_overflow(n, &ovf);
            bool str = !PYM_TUPLE_CHECK(seq);
            if (ovf || k < 0 || k > (str ? FOLD_MAX_STR : FOLD_MAX_COLLECTION) / size) return NULL;
            if (!str && k && fold_complexity(seq, FOLD_MAX_TOTAL_ITEMS / k) < 0) return NULL;
        }
        break;
    }
    case AOP_POW:
        if (vint && wint && pym_int_sign(v) && pym_int_sign(w) > 0) {
            int ovf = 0;
            long long wb = pym_int_as_longlong_overflow(w, &ovf);
            if (ovf || pym_int_bit_length(v) > (size_t)(FOLD_MAX_INT_BITS / wb)) return NULL;
        }
        break;
    case AOP_LSHIFT:
        if (vint && wint && pym_int_sign(v) && pym_int_sign(w)) {
            int ovf = 0;
            long long wb = pym_int_as_longlong_overflow(w, &ovf);
            if (ovf || wb < 0) break; /* the shift raises: not folded */
            if (wb > FOLD_MAX_INT_BITS || pym_int_bit_length(v) > (size_t)(FOLD_MAX_INT_BITS - wb))
                return NULL;
        }
        break;
    case AOP_MOD:
        if (PYM_STR_CHECK(v) || PYM_BYTES_CHECK(v)) return NULL;
        break;
    case AOP_MATMUL: return NULL;
    default: break;
    }
    return pym_number_binop(v, w, (int)op);
}

static PymObject *fold_unaryop(PymObject *v, AstUnaryOp op) {
    switch (op) {
    case UOP_NOT: {
        int t = pym_object_is_true(v);
        return t < 0 ? NULL : pym_newref(t ? pym_False : pym_True);
    }
    case UOP_INVERT: return pym_number_invert(v);
    case UOP_UADD: return pym_number_positive(v);
    default: return pym_number_negative(v);
    }
}

/* Folds e into a constant: 1 with *out (new ref), 0 when it does not fold,
** -1 on a memory error. */
static int fold_const(AstExpr *e, PymObject **out) {
    *out = NULL;
    if (e->kind == EXPR_CONSTANT) {
        *out = const_from_ast(e);
        return *out ? 1 : -1;
    }
    if (!fold_shape(e)) return 0;
    PymObject *a = NULL, *b = NULL, *r = NULL;
    int ra = 0, rb = 0;
    switch (e->kind) {
    case EXPR_UNARYOP:
        if ((ra = fold_const(e->v.unaryop.operand, &a)) <= 0) return ra;
        r = fold_unaryop(a, e->v.unaryop.op);
        break;
    case EXPR_BINOP:
        if ((ra = fold_const(e->v.binop.left, &a)) <= 0) return ra;
        if ((rb = fold_const(e->v.binop.right, &b)) <= 0) {
            PYM_DECREF(a);
            return rb;
        }
        r = fold_binop(a, b, e->v.binop.op);
        break;
    case EXPR_SUBSCRIPT:
        if ((ra = fold_const(e->v.subscript.value, &a)) <= 0) return ra;
        if ((rb = fold_const(e->v.subscript.slice, &b)) <= 0) {
            PYM_DECREF(a);
            return rb;
        }
        r = pym_object_getitem(a, b);
        break;
    case EXPR_TUPLE: {
        int n = AST_SEQ_LEN(e->v.list.elts);
        PymObject *t = pym_tuple_new(n);
        if (!t) return -1;
        for (int i = 0; i < n; i++) {
            PymObject *v;
            int rv = fold_const(AST_SEQ_GET(e->v.list.elts, i), &v);
            if (rv <= 0) {
                PYM_DECREF(t);
                return rv;
            }
            PYM_TUPLE_SET(t, i, v);
        }
        *out = hold_const(t);
        return *out ? 1 : -1;
    }
    default: return 0;
    }
    PYM_XDECREF(a);
    PYM_XDECREF(b);
    if (!r) {
        /* not folded: the operation raises at run time, or was too big */
        if (pym_err_occurred()) {
            if (pym_err_matches((PymObject *)PymExc_MemoryError)) return -1;
            pym_err_clear();
        }
        return 0;
    }
    *out = hold_const(r);
    return *out ? 1 : -1;
}

/* An operand that is only iterated ('for x in [1, 2]', 'x in {1, 2}'): a
** list display becomes a tuple, a set of constants a frozenset (fold_iter). */
static void fold_iter(AstExpr *e) {
    if (e->kind == EXPR_LIST && !has_starred(e->v.list.elts)) e->kind = EXPR_TUPLE;
}

static int compile_iter_operand(Compiler *c, AstExpr *e) {
    fold_iter(e);
    if (e->kind == EXPR_SET && AST_SEQ_LEN(e->v.set.elts) && !has_starred(e->v.set.elts)) {
        PymObject *t;
        int r = fold_elts(e->v.set.elts, &t);
        TRY(r);
        if (r) {
            PymObject *fs = pym_frozenset_new(t);
            PYM_DECREF(t);
            if (!fs) return -1;
            return emit_const(c, fs);
        }
    }
    return compile_expr(c, e);
}

/* }===== */

/* ------------------------------------------------------------------ */
/* expressions */

static int compile_exprs(Compiler *c, AstSeq *seq) {
    for (int i = 0; i < AST_SEQ_LEN(seq); i++) TRY(compile_expr(c, AST_SEQ_GET(seq, i)));
    return 0;
}

static bool has_starred(AstSeq *elts) {
    for (int i = 0; i < AST_SEQ_LEN(elts); i++)
        if (((AstExpr *)AST_SEQ_GET(elts, i))->kind == EXPR_STARRED) return true;
    return false;
}

/* Folds all of elts into a constant tuple: 1 with *out, 0 if some element
** is not constant, -1 on error. */
static int fold_elts(AstSeq *elts, PymObject **out) {
    int n = AST_SEQ_LEN(elts);
    *out = NULL;
    PymObject *t = pym_tuple_new(n);
    if (!t) return -1;
    for (int i = 0; i < n; i++) {
        PymObject *v;
        int r = fold_const(AST_SEQ_GET(elts, i), &v);
        if (r <= 0) {
            PYM_DECREF(t);
            return r;
        }
        PYM_TUPLE_SET(t, i, v);
    }
    *out = t;
    return 1;
}

#define STACK_USE_GUIDELINE 30

/* Builds a list/tuple/set from elts (Starred allowed) on top of `pushed`
** items already on the stack. kind: 0 list, 1 tuple, 2 set.  The shapes
** follow CPython 3.11 exactly (constant displays of more than two items
** extend an empty container from a constant, big displays append one by
** one) because they decide the containers' over-allocation and so what
** sys.getsizeof reports. */
static int starunpack(Compiler *c, AstSeq *elts, int pushed, int kind) {
    int n = AST_SEQ_LEN(elts);
    int build = kind == 2 ? OP_BUILD_SET : OP_BUILD_LIST;
    int add = kind == 2 ? OP_SET_ADD : OP_LIST_APPEND;
    int extend = kind == 2 ? OP_SET_UPDATE : OP_LIST_EXTEND;
    if (n > 2 && !has_starred(elts)) {
        PymObject *folded;
        int r = fold_elts(elts, &folded);
        TRY(r);
        if (r) {
            if (kind == 1 && !pushed) return emit_const(c, folded);
            if (kind == 2) {
                PymObject *fs = pym_frozenset_new(folded);
                PYM_DECREF(folded);
                if (!fs) return -1;
                folded = fs;
            }
            emit(c, build, pushed);
            TRY(emit_const(c, folded));
            emit(c, extend, 1);
            if (kind == 1) EMIT0(LIST_TO_TUPLE);
            return 0;
        }
    }
    bool big = n + pushed > STACK_USE_GUIDELINE;
    if (!has_starred(elts) && !big) {
        TRY(compile_exprs(c, elts));
        emit(c, kind == 1 ? OP_BUILD_TUPLE : build, n + pushed);
        return 0;
    }
    bool built = false;
    if (big) {
        emit(c, build, pushed);
        built = true;
    }
    for (int i = 0; i < n; i++) {
        AstExpr *x = AST_SEQ_GET(elts, i);
        if (x->kind == EXPR_STARRED) {
            if (!built) {
                emit(c, build, i + pushed);
                built = true;
            }
            TRY(compile_expr(c, x->v.starred.value));
            emit(c, extend, 1);
        } else {
            TRY(compile_expr(c, x));
            if (built) emit(c, add, 1);
        }
    }
    if (kind == 1) EMIT0(LIST_TO_TUPLE);
    return 0;
}

static int compile_jump_if(Compiler *c, AstExpr *e, bool cond, int label);

static int compile_boolop(Compiler *c, AstExpr *e) {
    int end = new_label(c);
    int n = AST_SEQ_LEN(e->v.boolop.values);
    int op = e->v.boolop.op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    for (int i = 0; i < n - 1; i++) {
        TRY(compile_expr(c, AST_SEQ_GET(e->v.boolop.values, i)));
        emit(c, op, end);
    }
    TRY(compile_expr(c, AST_SEQ_GET(e->v.boolop.values, n - 1)));
    place(c, end);
    return 0;
}

static void emit_cmpop(Compiler *c, AstCmpOp op) {
    switch (op) {
    case CMP_IS: EMIT(IS_OP, 0); break;
    case CMP_ISNOT: EMIT(IS_OP, 1); break;
    case CMP_IN: EMIT(CONTAINS_OP, 0); break;
    case CMP_NOTIN: EMIT(CONTAINS_OP, 1); break;
    default: EMIT(COMPARE_OP, (int)op); break;
    }
}

static int compile_compare(Compiler *c, AstExpr *e) {
    int n = e->v.compare.nops;
    check_compare(c, e);
    bool in_last = e->v.compare.ops[n - 1] == CMP_IN || e->v.compare.ops[n - 1] == CMP_NOTIN;
    TRY(compile_expr(c, e->v.compare.left));
    if (n == 1) {
        AstExpr *right = AST_SEQ_GET(e->v.compare.comparators, 0);
        TRY(in_last ? compile_iter_operand(c, right) : compile_expr(c, right));
        emit_cmpop(c, e->v.compare.ops[0]);
        return 0;
    }
    int cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < n - 1; i++) {
        TRY(compile_expr(c, AST_SEQ_GET(e->v.compare.comparators, i)));
        EMIT0(DUP_TOP);
        EMIT0(ROT_THREE);
        emit_cmpop(c, e->v.compare.ops[i]);
        EMIT(JUMP_IF_FALSE_OR_POP, cleanup);
    }
    AstExpr *last = AST_SEQ_GET(e->v.compare.comparators, n - 1);
    TRY(in_last ? compile_iter_operand(c, last) : compile_expr(c, last));
    emit_cmpop(c, e->v.compare.ops[n - 1]);
    EMIT(JUMP, end);
    place(c, cleanup);
    EMIT0(ROT_TWO);
    EMIT0(POP_TOP);
    place(c, end);
    return 0;
}

/* Jumps to label when bool(e) == cond; falls through otherwise. */
static int compile_jump_if(Compiler *c, AstExpr *e, bool cond, int label) {
    switch (e->kind) {
    case EXPR_UNARYOP:
        if (e->v.unaryop.op == UOP_NOT)
            return compile_jump_if(c, e->v.unaryop.operand, !cond, label);
        break;
    case EXPR_CONSTANT:
        if (const_truth(e) == (int)cond) EMIT(JUMP, label);
        return 0;
    case EXPR_BOOLOP: {
        bool is_or = e->v.boolop.op == BOOL_OR;
        int n = AST_SEQ_LEN(e->v.boolop.values);
        if (cond == is_or) {
            for (int i = 0; i < n; i++)
                TRY(compile_jump_if(c, AST_SEQ_GET(e->v.boolop.values, i), cond, label));
        } else {
            int next = new_label(c);
            for (int i = 0; i < n - 1; i++)
                TRY(compile_jump_if(c, AST_SEQ_GET(e->v.boolop.values, i), !cond, next));
            TRY(compile_jump_if(c, AST_SEQ_GET(e->v.boolop.values, n - 1), cond, label));
            place(c, next);
        }
        return 0;
    }
    default: break;
    }
    TRY(compile_expr(c, e));
    emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
    return 0;
}

/* keys/values [begin, end) of a dict display as one dict on the stack */
static int compile_subdict(Compiler *c, AstExpr *e, int begin, int end) {
    int n = end - begin;
    bool allconst = n > 1;
    for (int i = begin; allconst && i < end; i++) {
        AstExpr *k = AST_SEQ_GET(e->v.dict.keys, i);
        if (k->kind != EXPR_CONSTANT) allconst = false;
    }
    bool big = !allconst && n * 2 > STACK_USE_GUIDELINE;
    if (big) EMIT(BUILD_MAP, 0);
    for (int i = begin; i < end; i++) {
        TRY(compile_expr(c, AST_SEQ_GET(e->v.dict.keys, i)));
        TRY(compile_expr(c, AST_SEQ_GET(e->v.dict.values, i)));
        if (big) EMIT(MAP_ADD, 1);
    }
    if (!big) EMIT(BUILD_MAP, n);
    return 0;
}

/* Dict displays, chunked like CPython 3.11's compiler_dict. */
static int compile_dict(Compiler *c, AstExpr *e) {
    int n = AST_SEQ_LEN(e->v.dict.values);
    bool have = false;
    int elements = 0;
    for (int i = 0; i < n; i++) {
        AstExpr *k = AST_SEQ_GET(e->v.dict.keys, i);
        if (!k) {
            if (elements) {
                TRY(compile_subdict(c, e, i - elements, i));
                if (have) EMIT(DICT_UPDATE, 1);
                have = true;
                elements = 0;
            }
            if (!have) {
                EMIT(BUILD_MAP, 0);
                have = true;
            }
            TRY(compile_expr(c, AST_SEQ_GET(e->v.dict.values, i)));
            EMIT(DICT_UPDATE, 1);
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            TRY(compile_subdict(c, e, i - elements, i + 1));
            if (have) EMIT(DICT_UPDATE, 1);
            have = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        TRY(compile_subdict(c, e, n - elements, n));
        if (have) EMIT(DICT_UPDATE, 1);
        have = true;
    }
    if (!have) EMIT(BUILD_MAP, 0);
    return 0;
}

static int check_keywords(Compiler *c, AstSeq *kws) {
    int n = AST_SEQ_LEN(kws);
    for (int i = 0; i < n; i++) {
        AstKeyword *a = AST_SEQ_GET(kws, i);
        if (!a->arg) continue;
        for (int j = i + 1; j < n; j++) {
            AstKeyword *b = AST_SEQ_GET(kws, j);
            if (b->arg && strcmp(a->arg, b->arg) == 0)
                return SYNERR(b->pos, "keyword argument repeated: %s", b->arg);
        }
    }
    return 0;
}

static int emit_kwnames(Compiler *c, AstSeq *kws) {
    int n = AST_SEQ_LEN(kws);
    PymObject *t = pym_tuple_new(n);
    if (!t) return -1;
    for (int i = 0; i < n; i++) {
        AstKeyword *k = AST_SEQ_GET(kws, i);
        PymObject *s = pym_str_from_cstr(k->arg);
        if (s) s = pym_str_intern(s);
        if (!s) {
            PYM_DECREF(t);
            return -1;
        }
        PYM_TUPLE_SET(t, i, s);
    }
    return emit_const(c, t);
}

/* Call with `pushed` positional arguments already on the stack above the
** callable. */
static int compile_call_helper(Compiler *c, int pushed, AstSeq *args, AstSeq *kws) {
    TRY(check_keywords(c, kws));
    int nargs = AST_SEQ_LEN(args), nkw = AST_SEQ_LEN(kws);
    bool dstar = false;
    for (int i = 0; i < nkw; i++)
        if (!((AstKeyword *)AST_SEQ_GET(kws, i))->arg) dstar = true;
    if (!has_starred(args) && !dstar) {
        TRY(compile_exprs(c, args));
        for (int i = 0; i < nkw; i++)
            TRY(compile_expr(c, ((AstKeyword *)AST_SEQ_GET(kws, i))->value));
        c->u->xslots--; /* CPython's NULL: the kwnames tuple's slot, then gone */
        if (nkw) {
            TRY(emit_kwnames(c, kws));
            EMIT(CALL_FUNCTION_KW, pushed + nargs + nkw);
        } else {
            EMIT(CALL_FUNCTION, pushed + nargs);
        }
        return 0;
    }
    /* f(*args, **kwargs); a lone *args is passed as it is (CALL_FUNCTION_EX
    ** makes the tuple and reports "f() argument after * must be an iterable") */
    if (pushed == 0 && nargs == 1 && ((AstExpr *)AST_SEQ_GET(args, 0))->kind == EXPR_STARRED) {
        TRY(compile_expr(c, ((AstExpr *)AST_SEQ_GET(args, 0))->v.starred.value));
    } else {
        TRY(starunpack(c, args, pushed, 1));
    }
    if (nkw) {
        bool have = false;
        int pending = 0;
        for (int i = 0; i < nkw; i++) {
            AstKeyword *k = AST_SEQ_GET(kws, i);
            if (!k->arg) {
                if (pending) {
                    EMIT(BUILD_MAP, pending);
                    if (have) EMIT(DICT_MERGE, 1);
                    have = true;
                    pending = 0;
                }
                if (!have) {
                    EMIT(BUILD_MAP, 0);
                    have = true;
                }
                TRY(compile_expr(c, k->value));
                EMIT(DICT_MERGE, 1);
            } else {
                PymObject *s = pym_str_from_cstr(k->arg);
                if (s) s = pym_str_intern(s);
                TRY(emit_const(c, s));
                TRY(compile_expr(c, k->value));
                pending++;
            }
        }
        if (pending) {
            EMIT(BUILD_MAP, pending);
            if (have) EMIT(DICT_MERGE, 1);
        }
    }
    c->u->xslots--;
    EMIT(CALL_FUNCTION_EX, nkw ? 1 : 0);
    return 0;
}

static int compile_call(Compiler *c, AstExpr *e) {
    AstExpr *f = e->v.call.func;
    AstSeq *args = e->v.call.args, *kws = e->v.call.keywords;
    check_caller(c, e);
    if (f->kind == EXPR_ATTRIBUTE && f->v.attribute.ctx == CTX_LOAD && !has_starred(args)) {
        bool dstar = false;
        for (int i = 0; i < AST_SEQ_LEN(kws); i++)
            if (!((AstKeyword *)AST_SEQ_GET(kws, i))->arg) dstar = true;
        if (!dstar) {
            TRY(check_keywords(c, kws));
            TRY(compile_expr(c, f->v.attribute.value));
            AstPos save = c->u->cur;
            c->u->cur = f->pos;
            TRY(emit_name(c, OP_LOAD_METHOD, f->v.attribute.attr));
            c->u->cur = save;
            TRY(compile_exprs(c, args));
            int nkw = AST_SEQ_LEN(kws);
            for (int i = 0; i < nkw; i++)
                TRY(compile_expr(c, ((AstKeyword *)AST_SEQ_GET(kws, i))->value));
            if (nkw) {
                c->u->xslots--; /* CPython's KW_NAMES holds the tuple off the stack */
                TRY(emit_kwnames(c, kws));
                c->u->xslots++;
                EMIT(CALL_METHOD_KW, AST_SEQ_LEN(args) + nkw);
            } else {
                EMIT(CALL_METHOD, AST_SEQ_LEN(args));
            }
            return 0;
        }
    }
    c->u->xslots++; /* CPython's NULL below the callable (compile_call_helper drops it) */
    TRY(compile_expr(c, f));
    return compile_call_helper(c, 0, args, kws);
}

static int compile_formatted(Compiler *c, AstExpr *e) {
    TRY(compile_expr(c, e->v.formatted.value));
    int conv = 0;
    switch (e->v.formatted.conversion) {
    case 's': conv = 1; break;
    case 'r': conv = 2; break;
    case 'a': conv = 3; break;
    default: conv = 0; break;
    }
    if (e->v.formatted.format_spec) {
        TRY(compile_expr(c, e->v.formatted.format_spec));
        conv |= 4;
    }
    EMIT(FORMAT_VALUE, conv);
    return 0;
}

static int compile_joinedstr(Compiler *c, AstExpr *e) {
    int n = AST_SEQ_LEN(e->v.joinedstr.values);
    if (n == 0) return emit_const(c, pym_str_from_utf8("", 0));
    TRY(compile_exprs(c, e->v.joinedstr.values));
    if (n > 1)
        EMIT(BUILD_STRING, n);
    else {
        AstExpr *only = AST_SEQ_GET(e->v.joinedstr.values, 0);
        if (only->kind != EXPR_CONSTANT && only->kind != EXPR_FORMATTEDVALUE) EMIT(BUILD_STRING, 1);
    }
    return 0;
}

/* Emits the closure tuple (if any) and MAKE_FUNCTION for co (stolen). */
static int make_closure(Compiler *c, PymCode *co, int flags) {
    int nfree = PYM_SIZE(co->co_freevars);
    if (nfree) {
        Unit *u = c->u;
        for (int i = 0; i < nfree; i++) {
            const char *name = PYM_STR_UTF8(PYM_TUPLE_GET(co->co_freevars, i));
            int k = pym_namemap_find(&u->cellvars, name);
            if (k < 0) {
                k = pym_namemap_find(&u->freevars, name);
                if (k < 0) {
                    PYM_DECREF(co);
                    pym_err_format(PymExc_SystemError, "compiler: no closure cell for '%s' in %s",
                                   name, u->name);
                    return -1;
                }
                k += u->cellvars.n;
            }
            EMIT(LOAD_CLOSURE, k);
        }
        EMIT(BUILD_TUPLE, nfree);
        flags |= 8;
    }
    TRY(emit_const(c, (PymObject *)co));
    EMIT(MAKE_FUNCTION, flags);
    return 0;
}

static PymObject *cstr_const(const char *s) {
    PymObject *o = pym_str_from_cstr(s);
    return o ? pym_str_intern(o) : NULL;
}

/* Pushes defaults / kwdefaults; returns MAKE_FUNCTION flags or -1. */
static int compile_defaults(Compiler *c, AstArguments *a) {
    int flags = 0;
    if (!a) return 0;
    if (AST_SEQ_LEN(a->defaults)) {
        PymObject *folded;
        int r = fold_elts(a->defaults, &folded);
        TRY(r);
        if (r) {
            /* CPython loads each default, then its optimizer folds the
            ** BUILD_TUPLE: the items stay in co_consts too */
            for (intptr_t i = 0; i < PYM_SIZE(folded); i++)
                if (add_const(c, pym_newref(PYM_TUPLE_GET(folded, i))) < 0) {
                    PYM_DECREF(folded);
                    return -1;
                }
            TRY(emit_const(c, folded));
        } else {
            TRY(compile_exprs(c, a->defaults));
            EMIT(BUILD_TUPLE, AST_SEQ_LEN(a->defaults));
        }
        flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < AST_SEQ_LEN(a->kwonlyargs); i++) {
        AstExpr *d = a->kw_defaults ? AST_SEQ_GET(a->kw_defaults, i) : NULL;
        if (!d) continue;
        AstArg *arg = AST_SEQ_GET(a->kwonlyargs, i);
        const char *m = mangle(c, arg->arg);
        if (!m) return -1;
        TRY(emit_const(c, cstr_const(m)));
        TRY(compile_expr(c, d));
        nkw++;
    }
    if (nkw) {
        EMIT(BUILD_MAP, nkw);
        flags |= 2;
    }
    return flags;
}

/* An annotation's value: the expression, or under 'from __future__ import
** annotations' its source text as CPython unparses it. */
static int compile_annotation_value(Compiler *c, AstExpr *e) {
    if (!c->future_annotations) return compile_expr(c, e);
    PymObject *s = pym_unparse_annotation(e);
    if (!s) return -1;
    return emit_const(c, s);
}

static int annotation_item(Compiler *c, AstArg *arg, int *n) {
    if (!arg || !arg->annotation) return 0;
    const char *m = mangle(c, arg->arg);
    if (!m) return -1;
    TRY(emit_const(c, cstr_const(m)));
    TRY(compile_annotation_value(c, arg->annotation));
    (*n)++;
    return 0;
}

/* Pushes the annotations dict when there are annotations; returns 4 or 0, -1. */
static int compile_annotations(Compiler *c, AstArguments *a, AstExpr *returns) {
    int n = 0;
    if (a) {
        AstSeq *seqs[2] = {a->posonlyargs, a->args};
        for (int k = 0; k < 2; k++)
            for (int i = 0; i < AST_SEQ_LEN(seqs[k]); i++)
                TRY(annotation_item(c, AST_SEQ_GET(seqs[k], i), &n));
        TRY(annotation_item(c, a->vararg, &n));
        for (int i = 0; i < AST_SEQ_LEN(a->kwonlyargs); i++)
            TRY(annotation_item(c, AST_SEQ_GET(a->kwonlyargs, i), &n));
        TRY(annotation_item(c, a->kwarg, &n));
    }
    if (returns) {
        TRY(emit_const(c, cstr_const("return")));
        TRY(compile_annotation_value(c, returns));
        n++;
    }
    if (!n) return 0;
    EMIT(BUILD_MAP, n);
    return 4;
}

static void set_arg_counts(Unit *u, AstArguments *a) {
    if (!a) return;
    u->posonly = AST_SEQ_LEN(a->posonlyargs);
    u->argcount = u->posonly + AST_SEQ_LEN(a->args);
    u->kwonly = AST_SEQ_LEN(a->kwonlyargs);
}

static int compile_lambda(Compiler *c, AstExpr *e) {
    int flags = compile_defaults(c, e->v.lambda.args);
    TRY(flags);
    PymSTEntry *ste = pym_symtable_lookup(c->st, e);
    if (!ste) {
        pym_err_set_string(PymExc_SystemError, "lambda without symtable entry");
        return -1;
    }
    TRY(enter_unit(c, ste, "<lambda>", e->pos.lineno, e->pos));
    set_arg_counts(c->u, e->v.lambda.args);
    if (add_const(c, pym_newref(pym_None)) < 0) goto fail;
    if (compile_expr(c, e->v.lambda.body) < 0) goto fail;
    if (ste->generator) {
        EMIT0(POP_TOP);
        if (emit_none(c) < 0) goto fail;
    }
    EMIT0(RETURN_VALUE);
    PymCode *co = assemble(c);
    exit_unit(c);
    if (!co) return -1;
    return make_closure(c, co, flags);
fail:
    exit_unit(c);
    return -1;
}

static int compile_comp_generator(Compiler *c, AstSeq *gens, int idx, AstExpr *elt, AstExpr *val,
                                  PymBlockKind kind) {
    AstComprehension *g = AST_SEQ_GET(gens, idx);
    int start = new_label(c), anchor = new_label(c);
    if (idx == 0) {
        EMIT(LOAD_FAST, 0);
    } else {
        TRY(compile_iter_operand(c, g->iter));
        if (g->is_async)
            EMIT0(GET_AITER);
        else
            EMIT0(GET_ITER);
    }
    place(c, start);
    if (g->is_async) {
        EMIT(SETUP_FINALLY, anchor);
        EMIT0(GET_ANEXT);
        TRY(emit_await(c, 0));
        EMIT0(POP_BLOCK);
    } else {
        EMIT(FOR_ITER, anchor);
    }
    TRY(compile_store(c, g->target));
    for (int i = 0; i < AST_SEQ_LEN(g->ifs); i++)
        TRY(compile_jump_if(c, AST_SEQ_GET(g->ifs, i), false, start));
    int n = AST_SEQ_LEN(gens);
    if (idx + 1 < n) {
        TRY(compile_comp_generator(c, gens, idx + 1, elt, val, kind));
    } else {
        switch (kind) {
        case PYM_KIND_GENEXP:
            TRY(compile_expr(c, elt));
            if (c->u->ste->coroutine) EMIT0(ASYNC_GEN_WRAP);
            EMIT0(YIELD_VALUE);
            EMIT0(POP_TOP);
            break;
        case PYM_KIND_LISTCOMP:
            TRY(compile_expr(c, elt));
            EMIT(LIST_APPEND, n + 1);
            break;
        case PYM_KIND_SETCOMP:
            TRY(compile_expr(c, elt));
            EMIT(SET_ADD, n + 1);
            break;
        default:
            TRY(compile_expr(c, elt));
            TRY(compile_expr(c, val));
            EMIT(MAP_ADD, n + 1);
            break;
        }
    }
    EMIT(JUMP, start);
    place(c, anchor);
    if (g->is_async) EMIT0(END_ASYNC_FOR);
    return 0;
}

static int compile_comprehension(Compiler *c, AstExpr *e, AstSeq *gens, AstExpr *elt,
                                 AstExpr *val) {
    PymSTEntry *ste = pym_symtable_lookup(c->st, e);
    if (!ste) {
        pym_err_set_string(PymExc_SystemError, "comprehension without symtable entry");
        return -1;
    }
    PymSTEntry *outer_ste = c->u->ste;
    if (ste->coroutine && ste->kind != PYM_KIND_GENEXP && !outer_ste->async_def &&
        outer_ste->kind < PYM_KIND_LISTCOMP)
        return SYNERR(e->pos, "asynchronous comprehension outside of an asynchronous function");
    TRY(enter_unit(c, ste, ste->name, e->pos.lineno, e->pos));
    c->u->argcount = 1;
    switch (ste->kind) {
    case PYM_KIND_LISTCOMP: EMIT(BUILD_LIST, 0); break;
    case PYM_KIND_SETCOMP: EMIT(BUILD_SET, 0); break;
    case PYM_KIND_DICTCOMP: EMIT(BUILD_MAP, 0); break;
    default: break;
    }
    if (compile_comp_generator(c, gens, 0, elt, val, ste->kind) < 0) goto fail;
    if (ste->kind == PYM_KIND_GENEXP && emit_none(c) < 0) goto fail;
    EMIT0(RETURN_VALUE);
    PymCode *co = assemble(c);
    exit_unit(c);
    if (!co) return -1;
    TRY(make_closure(c, co, 0));
    AstComprehension *outer = AST_SEQ_GET(gens, 0);
    TRY(compile_iter_operand(c, outer->iter));
    c->u->cur = e->pos;
    if (outer->is_async)
        EMIT0(GET_AITER);
    else
        EMIT0(GET_ITER);
    EMIT(CALL_FUNCTION, 1);
    if (ste->coroutine && ste->kind != PYM_KIND_GENEXP) TRY(emit_await(c, 0));
    return 0;
fail:
    exit_unit(c);
    return -1;
}

static int compile_slice_part(Compiler *c, AstExpr *e) {
    if (e) return compile_expr(c, e);
    return emit_none(c);
}

static int compile_constant(Compiler *c, AstExpr *e) { return emit_const(c, const_from_ast(e)); }

static int compile_expr_inner(Compiler *c, AstExpr *e) {
    switch (e->kind) {
    case EXPR_BOOLOP: return compile_boolop(c, e);
    case EXPR_NAMEDEXPR:
        TRY(compile_expr(c, e->v.namedexpr.value));
        EMIT0(DUP_TOP);
        return compile_store(c, e->v.namedexpr.target);
    case EXPR_BINOP: {
        PymObject *k;
        int r = fold_const(e, &k);
        TRY(r);
        if (r) return emit_const(c, k);
        TRY(compile_expr(c, e->v.binop.left));
        TRY(compile_expr(c, e->v.binop.right));
        EMIT(BINARY_OP, (int)e->v.binop.op);
        return 0;
    }
    case EXPR_UNARYOP: {
        PymObject *k;
        int r = fold_const(e, &k);
        TRY(r);
        if (r) return emit_const(c, k);
        TRY(compile_expr(c, e->v.unaryop.operand));
        switch (e->v.unaryop.op) {
        case UOP_INVERT: EMIT0(UNARY_INVERT); break;
        case UOP_NOT: EMIT0(UNARY_NOT); break;
        case UOP_UADD: EMIT0(UNARY_POSITIVE); break;
        case UOP_USUB: EMIT0(UNARY_NEGATIVE); break;
        }
        return 0;
    }
    case EXPR_LAMBDA: return compile_lambda(c, e);
    case EXPR_IFEXP: {
        int orelse = new_label(c), end = new_label(c);
        TRY(compile_jump_if(c, e->v.ifexp.test, false, orelse));
        TRY(compile_expr(c, e->v.ifexp.body));
        EMIT(JUMP, end);
        place(c, orelse);
        TRY(compile_expr(c, e->v.ifexp.orelse));
        place(c, end);
        return 0;
    }
    case EXPR_DICT: return compile_dict(c, e);
    case EXPR_SET: return starunpack(c, e->v.set.elts, 0, 2);
    case EXPR_LISTCOMP:
    case EXPR_SETCOMP:
    case EXPR_GENEXP: return compile_comprehension(c, e, e->v.comp.generators, e->v.comp.elt, NULL);
    case EXPR_DICTCOMP:
        return compile_comprehension(c, e, e->v.dictcomp.generators, e->v.dictcomp.key,
                                     e->v.dictcomp.value);
    case EXPR_YIELD:
        if (c->u->ste->type != PYM_BLOCK_FUNCTION)
            return SYNERR(e->pos, "'yield' outside function");
        if (e->v.yield.value)
            TRY(compile_expr(c, e->v.yield.value));
        else
            TRY(emit_none(c));
        if (c->u->ste->coroutine) EMIT0(ASYNC_GEN_WRAP);
        EMIT0(YIELD_VALUE);
        return 0;
    case EXPR_AWAIT: {
        PymSTEntry *ste = c->u->ste;
        if (ste->type != PYM_BLOCK_FUNCTION) return SYNERR(e->pos, "'await' outside function");
        if (!ste->async_def && ste->kind < PYM_KIND_LISTCOMP)
            return SYNERR(e->pos, "'await' outside async function");
        TRY(compile_expr(c, e->v.await.value));
        c->u->cur = e->pos;
        return emit_await(c, 0);
    }
    case EXPR_YIELDFROM:
        if (c->u->ste->type != PYM_BLOCK_FUNCTION)
            return SYNERR(e->pos, "'yield' outside function");
        if (c->u->ste->async_def) return SYNERR(e->pos, "'yield from' inside async function");
        TRY(compile_expr(c, e->v.yieldfrom.value));
        EMIT0(GET_YIELD_FROM_ITER);
        TRY(emit_none(c));
        EMIT0(YIELD_FROM);
        return 0;
    case EXPR_COMPARE: return compile_compare(c, e);
    case EXPR_CALL: return compile_call(c, e);
    case EXPR_FORMATTEDVALUE: return compile_formatted(c, e);
    case EXPR_JOINEDSTR: return compile_joinedstr(c, e);
    case EXPR_CONSTANT: return compile_constant(c, e);
    case EXPR_ATTRIBUTE:
        TRY(compile_expr(c, e->v.attribute.value));
        switch (e->v.attribute.ctx) {
        case CTX_LOAD: return emit_name(c, OP_LOAD_ATTR, e->v.attribute.attr);
        case CTX_STORE: return emit_name(c, OP_STORE_ATTR, e->v.attribute.attr);
        case CTX_DEL: return emit_name(c, OP_DELETE_ATTR, e->v.attribute.attr);
        }
        return 0;
    case EXPR_SUBSCRIPT:
        if (e->v.subscript.ctx == CTX_LOAD) {
            PymObject *k;
            int r = fold_const(e, &k);
            TRY(r);
            if (r) return emit_const(c, k);
            check_subscript(c, e);
        }
        TRY(compile_expr(c, e->v.subscript.value));
        TRY(compile_expr(c, e->v.subscript.slice));
        switch (e->v.subscript.ctx) {
        case CTX_LOAD: EMIT0(BINARY_SUBSCR); break;
        case CTX_STORE: EMIT0(STORE_SUBSCR); break;
        case CTX_DEL: EMIT0(DELETE_SUBSCR); break;
        }
        return 0;
    case EXPR_STARRED: return SYNERR(e->pos, "can't use starred expression here");
    case EXPR_NAME: return compile_nameop(c, e->v.name.id, e->v.name.ctx);
    case EXPR_LIST: return starunpack(c, e->v.list.elts, 0, 0);
    case EXPR_TUPLE: {
        PymObject *k;
        int r = fold_const(e, &k);
        TRY(r);
        if (r) return emit_const(c, k);
        return starunpack(c, e->v.list.elts, 0, 1);
    }
    case EXPR_SLICE:
        TRY(compile_slice_part(c, e->v.slice.lower));
        TRY(compile_slice_part(c, e->v.slice.upper));
        if (e->v.slice.step) {
            TRY(compile_expr(c, e->v.slice.step));
            EMIT(BUILD_SLICE, 3);
        } else {
            EMIT(BUILD_SLICE, 2);
        }
        return 0;
    }
    return 0;
}

static int enter_depth(Compiler *c) { return pym_st_enter_recursion(&c->depth); }

static int compile_expr(Compiler *c, AstExpr *e) {
    TRY(enter_depth(c));
    AstPos save = c->u->cur;
    c->u->cur = e->pos;
    int r = compile_expr_inner(c, e);
    c->u->cur = save;
    c->depth--;
    return r;
}

/* ------------------------------------------------------------------ */
/* assignment targets */

static int unpack_helper(Compiler *c, AstExpr *e) {
    AstSeq *elts = e->v.list.elts;
    int n = AST_SEQ_LEN(elts), star = -1;
    for (int i = 0; i < n; i++) {
        AstExpr *x = AST_SEQ_GET(elts, i);
        if (x->kind == EXPR_STARRED) {
            if (star >= 0) return SYNERR(e->pos, "multiple starred expressions in assignment");
            star = i;
        }
    }
    if (star >= 0) {
        int after = n - star - 1;
        if (star >= 256 || after >= (1 << 16))
            return SYNERR(e->pos, "too many expressions in star-unpacking assignment");
        EMIT(UNPACK_EX, star | (after << 8));
    } else {
        EMIT(UNPACK_SEQUENCE, n);
    }
    return 0;
}

static int compile_store(Compiler *c, AstExpr *e) {
    AstPos save = c->u->cur;
    c->u->cur = e->pos;
    int r = 0;
    switch (e->kind) {
    case EXPR_NAME: r = compile_nameop(c, e->v.name.id, CTX_STORE); break;
    case EXPR_ATTRIBUTE:
        r = compile_expr(c, e->v.attribute.value);
        if (!r) r = emit_name(c, OP_STORE_ATTR, e->v.attribute.attr);
        break;
    case EXPR_SUBSCRIPT:
        r = compile_expr(c, e->v.subscript.value);
        if (!r) r = compile_expr(c, e->v.subscript.slice);
        if (!r) EMIT0(STORE_SUBSCR);
        break;
    case EXPR_LIST:
    case EXPR_TUPLE:
        r = unpack_helper(c, e);
        for (int i = 0; !r && i < AST_SEQ_LEN(e->v.list.elts); i++) {
            AstExpr *x = AST_SEQ_GET(e->v.list.elts, i);
            r = compile_store(c, x->kind == EXPR_STARRED ? x->v.starred.value : x);
        }
        break;
    case EXPR_STARRED:
        r = SYNERR(e->pos, "starred assignment target must be in a list or tuple");
        break;
    default: r = SYNERR(e->pos, "cannot assign to expression"); break;
    }
    c->u->cur = save;
    return r;
}

static int compile_delete(Compiler *c, AstExpr *e) {
    AstPos save = c->u->cur;
    c->u->cur = e->pos;
    int r = 0;
    switch (e->kind) {
    case EXPR_NAME: r = compile_nameop(c, e->v.name.id, CTX_DEL); break;
    case EXPR_ATTRIBUTE:
        r = compile_expr(c, e->v.attribute.value);
        if (!r) r = emit_name(c, OP_DELETE_ATTR, e->v.attribute.attr);
        break;
    case EXPR_SUBSCRIPT:
        r = compile_expr(c, e->v.subscript.value);
        if (!r) r = compile_expr(c, e->v.subscript.slice);
        if (!r) EMIT0(DELETE_SUBSCR);
        break;
    case EXPR_LIST:
    case EXPR_TUPLE:
        for (int i = 0; !r && i < AST_SEQ_LEN(e->v.list.elts); i++)
            r = compile_delete(c, AST_SEQ_GET(e->v.list.elts, i));
        break;
    default: r = SYNERR(e->pos, "cannot delete expression"); break;
    }
    c->u->cur = save;
    return r;
}

/* ------------------------------------------------------------------ */
/* statements */

static bool is_docstring(AstSeq *body) {
    if (!AST_SEQ_LEN(body)) return false;
    AstStmt *s = AST_SEQ_GET(body, 0);
    return s->kind == STMT_EXPR && s->v.expr.value->kind == EXPR_CONSTANT &&
           s->v.expr.value->v.constant.kind == CONST_STR;
}

static PymObject *docstring_value(AstSeq *body) {
    AstStmt *s = AST_SEQ_GET(body, 0);
    return const_from_ast(s->v.expr.value);
}

static int compile_stmt(Compiler *c, AstStmt *s);

static int compile_stmts(Compiler *c, AstSeq *seq) {
    for (int i = 0; i < AST_SEQ_LEN(seq); i++) TRY(compile_stmt(c, AST_SEQ_GET(seq, i)));
    return 0;
}

static int compile_body_from(Compiler *c, AstSeq *seq, int from) {
    for (int i = from; i < AST_SEQ_LEN(seq); i++) TRY(compile_stmt(c, AST_SEQ_GET(seq, i)));
    return 0;
}

static int compile_decorators(Compiler *c, AstSeq *decos) { return compile_exprs(c, decos); }

static int apply_decorators(Compiler *c, AstSeq *decos) {
    for (int i = AST_SEQ_LEN(decos) - 1; i >= 0; i--) {
        AstPos save = c->u->cur;
        c->u->cur = ((AstExpr *)AST_SEQ_GET(decos, i))->pos;
        EMIT(CALL_FUNCTION, 1);
        c->u->cur = save;
    }
    return 0;
}

static int first_line(AstStmt *s, AstSeq *decos) {
    if (AST_SEQ_LEN(decos)) return ((AstExpr *)AST_SEQ_GET(decos, 0))->pos.lineno;
    return s->pos.lineno;
}

static void last_pos(Compiler *c, AstSeq *body) {
    int n = AST_SEQ_LEN(body);
    if (n) {
        AstStmt *last = AST_SEQ_GET(body, n - 1);
        c->u->cur = last->pos;
    }
}

static int compile_function(Compiler *c, AstStmt *s) {
    AstSeq *decos = s->v.funcdef.decorators;
    TRY(compile_decorators(c, decos));
    int flags = compile_defaults(c, s->v.funcdef.args);
    TRY(flags);
    int ann = compile_annotations(c, s->v.funcdef.args, s->v.funcdef.returns);
    TRY(ann);
    flags |= ann;
    PymSTEntry *ste = pym_symtable_lookup(c->st, s);
    if (!ste) {
        pym_err_set_string(PymExc_SystemError, "def without symtable entry");
        return -1;
    }
    TRY(enter_unit(c, ste, s->v.funcdef.name, first_line(s, decos), s->pos));
    set_arg_counts(c->u, s->v.funcdef.args);
    AstSeq *body = s->v.funcdef.body;
    int from = 0;
    if (is_docstring(body)) {
        if (add_const(c, docstring_value(body)) < 0) goto fail;
        from = 1;
    } else if (add_const(c, pym_newref(pym_None)) < 0) {
        goto fail;
    }
    if (compile_body_from(c, body, from) < 0) goto fail;
    last_pos(c, body);
    /* implicit 'return None' unless the body ends with a return (nothing
    ** can jump past a final return statement) */
    int nb = AST_SEQ_LEN(body);
    if (!nb || ((AstStmt *)AST_SEQ_GET(body, nb - 1))->kind != STMT_RETURN) {
        if (emit_none(c) < 0) goto fail;
        EMIT0(RETURN_VALUE);
    }
    PymCode *co = assemble(c);
    exit_unit(c);
    if (!co) return -1;
    TRY(make_closure(c, co, flags));
    TRY(apply_decorators(c, decos));
    return compile_nameop(c, s->v.funcdef.name, CTX_STORE);
fail:
    exit_unit(c);
    return -1;
}

static int compile_class(Compiler *c, AstStmt *s) {
    AstSeq *decos = s->v.classdef.decorators;
    TRY(compile_decorators(c, decos));
    PymSTEntry *ste = pym_symtable_lookup(c->st, s);
    if (!ste) {
        pym_err_set_string(PymExc_SystemError, "class without symtable entry");
        return -1;
    }
    TRY(enter_unit(c, ste, s->v.classdef.name, first_line(s, decos), s->pos));
    AstSeq *body = s->v.classdef.body;
    int from = 0;
    if (emit_name_raw(c, OP_LOAD_NAME, "__name__") < 0 ||
        emit_name_raw(c, OP_STORE_NAME, "__module__") < 0)
        goto fail;
    if (emit_const(c, pym_newref(c->u->qualname)) < 0 ||
        emit_name_raw(c, OP_STORE_NAME, "__qualname__") < 0)
        goto fail;
    if (ste->has_annotations) EMIT0(SETUP_ANNOTATIONS);
    if (is_docstring(body)) {
        c->u->cur = ((AstStmt *)AST_SEQ_GET(body, 0))->pos;
        if (emit_const(c, docstring_value(body)) < 0 ||
            emit_name_raw(c, OP_STORE_NAME, "__doc__") < 0)
            goto fail;
        from = 1;
    }
    if (compile_body_from(c, body, from) < 0) goto fail;
    last_pos(c, body);
    if (ste->needs_class_closure) {
        int k = pym_namemap_find(&c->u->cellvars, "__class__");
        EMIT(LOAD_CLOSURE, k < 0 ? 0 : k);
        EMIT0(DUP_TOP);
        if (emit_name_raw(c, OP_STORE_NAME, "__classcell__") < 0) goto fail;
    } else if (emit_none(c) < 0) {
        goto fail;
    }
    EMIT0(RETURN_VALUE);
    PymCode *co = assemble(c);
    exit_unit(c);
    if (!co) return -1;
    c->u->xslots++; /* CPython's NULL, as for a call */
    EMIT0(LOAD_BUILD_CLASS);
    TRY(make_closure(c, co, 0));
    TRY(emit_const(c, cstr_const(s->v.classdef.name)));
    TRY(compile_call_helper(c, 2, s->v.classdef.bases, s->v.classdef.keywords));
    TRY(apply_decorators(c, decos));
    return compile_nameop(c, s->v.classdef.name, CTX_STORE);
fail:
    exit_unit(c);
    return -1;
}

static int compile_if(Compiler *c, AstStmt *s) {
    int end = new_label(c);
    AstSeq *orelse = s->v.ifstmt.orelse;
    int next = AST_SEQ_LEN(orelse) ? new_label(c) : end;
    TRY(compile_jump_if(c, s->v.ifstmt.test, false, next));
    TRY(compile_stmts(c, s->v.ifstmt.body));
    if (AST_SEQ_LEN(orelse)) {
        EMIT(JUMP, end);
        place(c, next);
        TRY(compile_stmts(c, orelse));
    }
    place(c, end);
    return 0;
}

static int compile_for(Compiler *c, AstStmt *s) {
    int start = new_label(c), cleanup = new_label(c), end = new_label(c);
    TRY(compile_iter_operand(c, s->v.forloop.iter));
    EMIT0(GET_ITER);
    place(c, start);
    EMIT(FOR_ITER, cleanup);
    TRY(push_fblock(c, FB_FOR, start, end, NULL));
    TRY(compile_store(c, s->v.forloop.target));
    TRY(compile_stmts(c, s->v.forloop.body));
    c->u->cur = s->pos;
    EMIT(JUMP, start);
    pop_fblock(c);
    place(c, cleanup);
    TRY(compile_stmts(c, s->v.forloop.orelse));
    place(c, end);
    return 0;
}

static int compile_while(Compiler *c, AstStmt *s) {
    int start = new_label(c), anchor = new_label(c), end = new_label(c);
    place(c, start);
    TRY(compile_jump_if(c, s->v.whileloop.test, false, anchor));
    TRY(push_fblock(c, FB_WHILE, start, end, NULL));
    TRY(compile_stmts(c, s->v.whileloop.body));
    c->u->cur = s->pos;
    EMIT(JUMP, start);
    pop_fblock(c);
    place(c, anchor);
    TRY(compile_stmts(c, s->v.whileloop.orelse));
    place(c, end);
    return 0;
}

static int compile_return(Compiler *c, AstStmt *s) {
    if (c->u->ste->type != PYM_BLOCK_FUNCTION) return SYNERR(s->pos, "'return' outside function");
    AstExpr *v = s->v.ret.value;
    if (v && c->u->ste->coroutine && c->u->ste->generator)
        return SYNERR(s->pos, "'return' with value in async generator");
    if (v && v->pos.lineno == s->pos.lineno) c->u->cur = v->pos; /* CPython's location */
    bool preserve = v && v->kind != EXPR_CONSTANT;
    if (preserve) TRY(compile_expr(c, v));
    /* after a finally body or a with exit, CPython returns on their line
    ** (what f_lineno of the finished frame shows) */
    c->u->unwind_set_cur = false;
    TRY(unwind_fblock_stack(c, preserve, NULL, NULL));
    if (!c->u->unwind_set_cur) c->u->cur = s->pos;
    if (!v)
        TRY(emit_none(c));
    else if (!preserve)
        TRY(compile_expr(c, v));
    EMIT0(RETURN_VALUE);
    return 0;
}

static int compile_break_continue(Compiler *c, AstStmt *s, bool is_break) {
    FBlock loop;
    bool found = false;
    c->u->unwind_set_cur = false;
    TRY(unwind_fblock_stack(c, false, &loop, &found));
    if (!found) {
        return is_break ? SYNERR(s->pos, "'break' outside loop")
                        : SYNERR(s->pos, "'continue' not properly in loop");
    }
    if (!c->u->unwind_set_cur) c->u->cur = s->pos;
    if (is_break) {
        TRY(unwind_fblock(c, &loop, false));
        EMIT(JUMP, loop.exit);
    } else {
        EMIT(JUMP, loop.start);
    }
    return 0;
}

static int compile_try_except(Compiler *c, AstStmt *s) {
    int except = new_label(c), orelse = new_label(c), end = new_label(c);
    c->u->next_floor = 4; /* CPython: exception, lasti, exception, COPY 3 */
    EMIT(SETUP_FINALLY, except);
    TRY(push_fblock(c, FB_TRY_EXCEPT, 0, 0, NULL));
    TRY(compile_stmts(c, s->v.trystmt.body));
    pop_fblock(c);
    EMIT0(POP_BLOCK);
    EMIT(JUMP, orelse);
    place(c, except);
    int n = AST_SEQ_LEN(s->v.trystmt.handlers);
    for (int i = 0; i < n; i++) {
        AstExceptHandler *h = AST_SEQ_GET(s->v.trystmt.handlers, i);
        c->u->cur = h->pos;
        if (!h->type && i < n - 1) return SYNERR(h->pos, "default 'except:' must be last");
        int next = new_label(c);
        if (h->type) {
            c->u->xslots--; /* CPython tests without a DUP_TOP (CHECK_EXC_MATCH) */
            EMIT0(DUP_TOP);
            TRY(compile_expr(c, h->type));
            c->u->xslots++;
            EMIT(JUMP_IF_NOT_EXC_MATCH, next);
        }
        if (h->name) {
            int cleanup_end = new_label(c);
            TRY(compile_nameop(c, h->name, CTX_STORE));
            EMIT(SETUP_FINALLY, cleanup_end);
            TRY(push_fblock(c, FB_HANDLER_CLEANUP, 0, 0, h->name));
            TRY(compile_stmts(c, h->body));
            pop_fblock(c);
            c->u->cur = h->pos;
            EMIT0(POP_BLOCK);
            EMIT0(POP_EXCEPT);
            TRY(emit_none(c));
            TRY(compile_nameop(c, h->name, CTX_STORE));
            TRY(compile_nameop(c, h->name, CTX_DEL));
            EMIT(JUMP, end);
            place(c, cleanup_end);
            TRY(emit_none(c));
            TRY(compile_nameop(c, h->name, CTX_STORE));
            TRY(compile_nameop(c, h->name, CTX_DEL));
            EMIT(RERAISE, 1); /* f_lasti stays where the exception was raised */
        } else {
            EMIT0(POP_TOP);
            TRY(push_fblock(c, FB_HANDLER_CLEANUP, 0, 0, NULL));
            TRY(compile_stmts(c, h->body));
            pop_fblock(c);
            c->u->cur = h->pos;
            EMIT0(POP_EXCEPT);
            EMIT(JUMP, end);
        }
        place(c, next);
    }
    /* no clause matched: CPython re-raises on the last clause's line */
    EMIT0(RERAISE);
    place(c, orelse);
    TRY(compile_stmts(c, s->v.trystmt.orelse));
    place(c, end);
    return 0;
}

static int compile_try_star_except(Compiler *c, AstStmt *s);

static int compile_try(Compiler *c, AstStmt *s) {
    AstSeq *fin = s->v.trystmt.finalbody;
    if (!AST_SEQ_LEN(fin))
        return s->kind == STMT_TRYSTAR ? compile_try_star_except(c, s) : compile_try_except(c, s);
    int finally = new_label(c), end = new_label(c);
    c->u->next_floor = 4; /* as compile_try_except */
    EMIT(SETUP_FINALLY, finally);
    TRY(push_fblock(c, FB_FINALLY_TRY, 0, 0, fin));
    if (AST_SEQ_LEN(s->v.trystmt.handlers))
        TRY(s->kind == STMT_TRYSTAR ? compile_try_star_except(c, s) : compile_try_except(c, s));
    else
        TRY(compile_stmts(c, s->v.trystmt.body));
    pop_fblock(c);
    EMIT0(POP_BLOCK);
    TRY(compile_stmts(c, fin));
    EMIT(JUMP, end);
    c->u->cur = s->pos;
    place(c, finally);
    TRY(push_fblock(c, FB_FINALLY_END, 0, 0, NULL));
    TRY(compile_stmts(c, fin));
    pop_fblock(c);
    EMIT0(RERAISE);
    place(c, end);
    return 0;
}

static int compile_with(Compiler *c, AstStmt *s, int idx) {
    AstWithItem *w = AST_SEQ_GET(s->v.with.items, idx);
    int final = new_label(c), suppress = new_label(c), exit = new_label(c);
    TRY(compile_expr(c, w->context_expr));
    c->u->cur = w->context_expr->pos;
    c->u->next_floor = 5; /* CPython: 6 above the depth before the context expression */
    EMIT(SETUP_WITH, final);
    TRY(push_fblock(c, FB_WITH, 0, 0, s));
    if (w->optional_vars)
        TRY(compile_store(c, w->optional_vars));
    else
        EMIT0(POP_TOP);
    if (idx + 1 < AST_SEQ_LEN(s->v.with.items))
        TRY(compile_with(c, s, idx + 1));
    else
        TRY(compile_stmts(c, s->v.with.body));
    pop_fblock(c);
    c->u->cur = w->context_expr->pos;
    EMIT0(POP_BLOCK);
    TRY(emit_none(c));
    EMIT0(DUP_TOP);
    EMIT0(DUP_TOP);
    EMIT(CALL_FUNCTION, 3);
    EMIT0(POP_TOP);
    EMIT(JUMP, exit);
    place(c, final);
    EMIT0(WITH_EXCEPT_START);
    EMIT(POP_JUMP_IF_TRUE, suppress);
    EMIT(RERAISE, 1); /* f_lasti stays where the exception was raised */
    place(c, suppress);
    EMIT0(POP_TOP);
    EMIT0(POP_EXCEPT);
    EMIT0(POP_TOP);
    place(c, exit);
    return 0;
}

static int compile_augassign(Compiler *c, AstStmt *s) {
    AstExpr *t = s->v.augassign.target;
    int op = (int)s->v.augassign.op + PYM_NB_INPLACE;
    switch (t->kind) {
    case EXPR_NAME:
        TRY(compile_nameop(c, t->v.name.id, CTX_LOAD));
        TRY(compile_expr(c, s->v.augassign.value));
        EMIT(BINARY_OP, op);
        return compile_nameop(c, t->v.name.id, CTX_STORE);
    case EXPR_ATTRIBUTE:
        TRY(compile_expr(c, t->v.attribute.value));
        EMIT0(DUP_TOP);
        c->u->cur = t->pos;
        TRY(emit_name(c, OP_LOAD_ATTR, t->v.attribute.attr));
        TRY(compile_expr(c, s->v.augassign.value));
        c->u->cur = s->pos;
        EMIT(BINARY_OP, op);
        EMIT0(ROT_TWO);
        c->u->cur = t->pos;
        return emit_name(c, OP_STORE_ATTR, t->v.attribute.attr);
    case EXPR_SUBSCRIPT:
        TRY(compile_expr(c, t->v.subscript.value));
        TRY(compile_expr(c, t->v.subscript.slice));
        EMIT0(DUP_TOP_TWO);
        c->u->cur = t->pos;
        EMIT0(BINARY_SUBSCR);
        TRY(compile_expr(c, s->v.augassign.value));
        c->u->cur = s->pos;
        EMIT(BINARY_OP, op);
        EMIT0(ROT_THREE);
        c->u->cur = t->pos;
        EMIT0(STORE_SUBSCR);
        return 0;
    default:
        return SYNERR(t->pos, "'%s' is an illegal expression for augmented assignment",
                      "expression");
    }
}

static int compile_annassign(Compiler *c, AstStmt *s) {
    AstExpr *t = s->v.annassign.target;
    bool toplevel = c->u->ste->type != PYM_BLOCK_FUNCTION;
    if (s->v.annassign.value) {
        TRY(compile_expr(c, s->v.annassign.value));
        TRY(compile_store(c, t));
    }
    if (t->kind == EXPR_NAME) {
        if (s->v.annassign.simple && toplevel) {
            TRY(compile_annotation_value(c, s->v.annassign.annotation));
            c->u->cur = s->pos;
            TRY(emit_name_raw(c, OP_LOAD_NAME, "__annotations__"));
            const char *m = mangle(c, t->v.name.id);
            if (!m) return -1;
            TRY(emit_const(c, cstr_const(m)));
            EMIT0(STORE_SUBSCR);
            return 0;
        }
    } else if (!s->v.annassign.value) {
        if (t->kind == EXPR_ATTRIBUTE) {
            TRY(compile_expr(c, t->v.attribute.value));
            EMIT0(POP_TOP);
        } else if (t->kind == EXPR_SUBSCRIPT) {
            TRY(compile_expr(c, t->v.subscript.value));
            EMIT0(POP_TOP);
            TRY(compile_expr(c, t->v.subscript.slice));
            EMIT0(POP_TOP);
        }
    }
    if (!s->v.annassign.simple && toplevel && !c->future_annotations) {
        TRY(compile_expr(c, s->v.annassign.annotation));
        EMIT0(POP_TOP);
    }
    return 0;
}

static int compile_assign(Compiler *c, AstStmt *s) {
    AstSeq *targets = s->v.assign.targets;
    AstExpr *v = s->v.assign.value;
    int nt = AST_SEQ_LEN(targets);
    if (nt == 1) {
        AstExpr *t = AST_SEQ_GET(targets, 0);
        /* a, b = x, y: evaluate, then rotate, without building a tuple */
        if ((t->kind == EXPR_TUPLE || t->kind == EXPR_LIST) &&
            (v->kind == EXPR_TUPLE || v->kind == EXPR_LIST)) {
            int n = AST_SEQ_LEN(t->v.list.elts);
            if ((n == 2 || n == 3) && AST_SEQ_LEN(v->v.list.elts) == n &&
                !has_starred(t->v.list.elts) && !has_starred(v->v.list.elts)) {
                TRY(compile_exprs(c, v->v.list.elts));
                c->u->cur = s->pos;
                if (n == 2)
                    EMIT0(ROT_TWO);
                else {
                    EMIT0(ROT_THREE);
                    EMIT0(ROT_TWO);
                }
                for (int i = 0; i < n; i++) TRY(compile_store(c, AST_SEQ_GET(t->v.list.elts, i)));
                return 0;
            }
        }
    }
    TRY(compile_expr(c, v));
    for (int i = 0; i < nt; i++) {
        if (i < nt - 1) EMIT0(DUP_TOP);
        TRY(compile_store(c, AST_SEQ_GET(targets, i)));
    }
    return 0;
}

/* A copy of s[0:len] kept until the end of the compilation; NULL on OOM. */
static const char *pool_strndup(Compiler *c, const char *s, size_t len) {
    char *copy = pym_raw_malloc(len + 1);
    if (!copy) {
        pym_err_no_memory();
        return NULL;
    }
    memcpy(copy, s, len);
    copy[len] = 0;
    return pym_st_keep_string(c->st, copy);
}

static int compile_import(Compiler *c, AstStmt *s) {
    for (int i = 0; i < AST_SEQ_LEN(s->v.import.names); i++) {
        AstAlias *a = AST_SEQ_GET(s->v.import.names, i);
        c->u->cur = s->pos; /* CPython: the whole statement */
        TRY(emit_const(c, pym_int_from_long(0)));
        TRY(emit_none(c));
        TRY(emit_name_raw(c, OP_IMPORT_NAME, a->name));
        const char *dot = strchr(a->name, '.');
        if (a->asname && dot) {
            /* import a.b.c as d: IMPORT_FROM along the path from the top module */
            const char *p = dot + 1;
            for (;;) {
                const char *q = strchr(p, '.');
                const char *attr = pool_strndup(c, p, q ? (size_t)(q - p) : strlen(p));
                if (!attr) return -1;
                TRY(emit_name_raw(c, OP_IMPORT_FROM, attr));
                if (!q) break;
                EMIT0(ROT_TWO);
                EMIT0(POP_TOP);
                p = q + 1;
            }
            TRY(compile_nameop(c, a->asname, CTX_STORE));
            EMIT0(POP_TOP);
        } else if (a->asname) {
            TRY(compile_nameop(c, a->asname, CTX_STORE));
        } else if (dot) {
            const char *first = pool_strndup(c, a->name, dot - a->name);
            if (!first) return -1;
            TRY(compile_nameop(c, first, CTX_STORE));
        } else {
            TRY(compile_nameop(c, a->name, CTX_STORE));
        }
    }
    return 0;
}

static int compile_importfrom(Compiler *c, AstStmt *s) {
    if (s->pos.lineno > c->future_lineno && s->v.importfrom.module &&
        strcmp(s->v.importfrom.module, "__future__") == 0)
        return SYNERR(s->pos, "from __future__ imports must occur at the beginning of the file");
    AstSeq *names = s->v.importfrom.names;
    int n = AST_SEQ_LEN(names);
    TRY(emit_const(c, pym_int_from_long(s->v.importfrom.level)));
    PymObject *fromlist = pym_tuple_new(n);
    if (!fromlist) return -1;
    for (int i = 0; i < n; i++) {
        AstAlias *a = AST_SEQ_GET(names, i);
        PymObject *str = cstr_const(a->name);
        if (!str) {
            PYM_DECREF(fromlist);
            return -1;
        }
        PYM_TUPLE_SET(fromlist, i, str);
    }
    TRY(emit_const(c, fromlist));
    TRY(emit_name_raw(c, OP_IMPORT_NAME, s->v.importfrom.module ? s->v.importfrom.module : ""));
    for (int i = 0; i < n; i++) {
        AstAlias *a = AST_SEQ_GET(names, i);
        if (strcmp(a->name, "*") == 0) {
            EMIT0(IMPORT_STAR);
            return 0;
        }
        TRY(emit_name_raw(c, OP_IMPORT_FROM, a->name));
        TRY(compile_nameop(c, a->asname ? a->asname : a->name, CTX_STORE));
    }
    EMIT0(POP_TOP);
    return 0;
}

/* ------------------------------------------------------------------ */
/* the match statement (PEP 634), lowered as CPython 3.11 does
**
** A pattern is compiled with its subject on top of the stack and consumes
** it.  Names it captures are not stored at once: each captured value is
** rotated down below the items still in use ('on_top') and the values
** captured before it, and they are stored only after the whole pattern has
** matched (so a failed case binds nothing).  A failing test jumps to
** fail_pop[n], where n is the number of items then above the case's base;
** those labels, placed at the end of the case, pop down to the base one by
** one. */

typedef struct PatCtx {
    const char **stores; /* captured names, in capture order */
    int nstores, capstores;
    int *fail_pop; /* labels */
    int nfail_pop;
    int on_top;             /* items above the stores that must survive */
    bool allow_irrefutable; /* may this pattern always succeed? */
    AstPos loc;             /* the last pattern compiled (error position) */
} PatCtx;

static int compile_pattern(Compiler *c, AstPattern *p, PatCtx *pc);

static bool pattern_is_wildcard(AstPattern *p) {
    return p->kind == PAT_AS && !p->v.as.pattern && !p->v.as.name;
}

static bool pattern_is_star_wildcard(AstPattern *p) {
    return p->kind == PAT_STAR && !p->v.star.name;
}

static int ensure_fail_pop(Compiler *c, PatCtx *pc, int n) {
    if (n < pc->nfail_pop) return 0;
    int *l = pym_raw_realloc(pc->fail_pop, (size_t)(n + 1) * sizeof(int));
    if (!l) {
        pym_err_no_memory();
        return -1;
    }
    pc->fail_pop = l;
    while (pc->nfail_pop <= n) l[pc->nfail_pop++] = new_label(c);
    return 0;
}

static int jump_to_fail_pop(Compiler *c, PatCtx *pc, int op) {
    int pops = pc->on_top + pc->nstores;
    TRY(ensure_fail_pop(c, pc, pops));
    emit(c, op, pc->fail_pop[pops]);
    return 0;
}

static void emit_and_reset_fail_pop(Compiler *c, PatCtx *pc) {
    if (!pc->nfail_pop) return;
    for (int i = pc->nfail_pop - 1; i > 0; i--) {
        place(c, pc->fail_pop[i]);
        EMIT0(POP_TOP);
    }
    place(c, pc->fail_pop[0]);
    pym_raw_free(pc->fail_pop);
    pc->fail_pop = NULL;
    pc->nfail_pop = 0;
}

/* Moves TOS down to depth count (ROT_N), as CPython's pattern_helper_rotate. */
static void pattern_rotate(Compiler *c, int count) {
    if (count > 1) EMIT(ROT_N, count);
}

static int store_index(PatCtx *pc, const char *name) {
    for (int i = 0; i < pc->nstores; i++)
        if (strcmp(pc->stores[i], name) == 0) return i;
    return -1;
}

static int add_store(Compiler *c, PatCtx *pc, const char *name) {
    if (store_index(pc, name) >= 0)
        return SYNERR(pc->loc, "multiple assignments to name '%s' in pattern", name);
    if (pc->nstores == pc->capstores) {
        int cap = pc->capstores ? pc->capstores * 2 : 8;
        const char **s = pym_raw_realloc(pc->stores, (size_t)cap * sizeof(char *));
        if (!s) {
            pym_err_no_memory();
            return -1;
        }
        pc->stores = s;
        pc->capstores = cap;
    }
    pc->stores[pc->nstores++] = name;
    return 0;
}

/* Captures TOS as name (or drops it for '_'). */
static int pattern_store_name(Compiler *c, const char *name, PatCtx *pc) {
    if (!name) {
        EMIT0(POP_TOP);
        return 0;
    }
    if (strcmp(name, "__debug__") == 0) return SYNERR(pc->loc, "cannot assign to __debug__");
    if (store_index(pc, name) >= 0)
        return SYNERR(pc->loc, "multiple assignments to name '%s' in pattern", name);
    pattern_rotate(c, pc->on_top + pc->nstores + 1);
    return add_store(c, pc, name);
}

/* A sub-pattern may always be irrefutable ('[x, _]'). */
static int compile_subpattern(Compiler *c, AstPattern *p, PatCtx *pc) {
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    int r = compile_pattern(c, p, pc);
    pc->allow_irrefutable = allow;
    return r;
}

static int compile_pattern_as(Compiler *c, AstPattern *p, PatCtx *pc) {
    if (!p->v.as.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->v.as.name)
                return SYNERR(p->pos, "name capture '%s' makes remaining patterns unreachable",
                              p->v.as.name);
            return SYNERR(p->pos, "wildcard makes remaining patterns unreachable");
        }
        return pattern_store_name(c, p->v.as.name, pc);
    }
    pc->on_top++;
    EMIT(COPY, 1);
    TRY(compile_pattern(c, p->v.as.pattern, pc));
    pc->on_top--;
    return pattern_store_name(c, p->v.as.name, pc);
}

static int compile_pattern_star(Compiler *c, AstPattern *p, PatCtx *pc) {
    return pattern_store_name(c, p->v.star.name, pc);
}

static int compile_pattern_value(Compiler *c, AstPattern *p, PatCtx *pc) {
    TRY(compile_expr(c, p->v.value.value));
    emit_cmpop(c, CMP_EQ);
    return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

static int compile_pattern_singleton(Compiler *c, AstPattern *p, PatCtx *pc) {
    AstConstKind k = p->v.singleton.value;
    TRY(emit_const(c, pym_newref(k == CONST_NONE   ? pym_None
                                 : k == CONST_TRUE ? pym_True
                                                   : pym_False)));
    EMIT(IS_OP, 0);
    return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

/* '[a, *rest, b]' with a wildcard star: subscripts instead of unpacking */
static int sequence_subscr(Compiler *c, AstSeq *pats, int star, PatCtx *pc) {
    int n = AST_SEQ_LEN(pats);
    pc->on_top++;
    for (int i = 0; i < n; i++) {
        AstPattern *p = AST_SEQ_GET(pats, i);
        if (pattern_is_wildcard(p) || i == star) continue;
        EMIT(COPY, 1);
        if (i < star) {
            TRY(emit_const(c, pym_int_from_ssize(i)));
        } else {
            EMIT0(GET_LEN);
            TRY(emit_const(c, pym_int_from_ssize(n - i)));
            EMIT(BINARY_OP, PYM_NB_SUBTRACT);
        }
        EMIT0(BINARY_SUBSCR);
        TRY(compile_subpattern(c, p, pc));
    }
    pc->on_top--;
    EMIT0(POP_TOP);
    return 0;
}

static int sequence_unpack(Compiler *c, AstSeq *pats, int star, PatCtx *pc) {
    int n = AST_SEQ_LEN(pats);
    if (star < 0)
        EMIT(UNPACK_SEQUENCE, n);
    else
        EMIT(UNPACK_EX, star | ((n - star - 1) << 8));
    pc->on_top += n;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        TRY(compile_subpattern(c, AST_SEQ_GET(pats, i), pc));
    }
    return 0;
}

static int compile_pattern_sequence(Compiler *c, AstPattern *p, PatCtx *pc) {
    AstSeq *pats = p->v.seq.patterns;
    int n = AST_SEQ_LEN(pats), star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < n; i++) {
        AstPattern *q = AST_SEQ_GET(pats, i);
        if (q->kind == PAT_STAR) {
            if (star >= 0) return SYNERR(p->pos, "multiple starred names in sequence pattern");
            star_wildcard = pattern_is_star_wildcard(q);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= pattern_is_wildcard(q);
    }
    pc->on_top++;
    EMIT0(MATCH_SEQUENCE);
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    if (star < 0) {
        EMIT0(GET_LEN);
        TRY(emit_const(c, pym_int_from_ssize(n)));
        emit_cmpop(c, CMP_EQ);
        TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    } else if (n > 1) {
        EMIT0(GET_LEN);
        TRY(emit_const(c, pym_int_from_ssize(n - 1)));
        emit_cmpop(c, CMP_GTE);
        TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard) {
        EMIT0(POP_TOP);
        return 0;
    }
    if (star_wildcard) return sequence_subscr(c, pats, star, pc);
    return sequence_unpack(c, pats, star, pc);
}

/* a literal key's value for the duplicate check, or NULL (not a literal) */
static PymObject *mapping_key_const(AstExpr *k) {
    PymObject *v = NULL;
    if (k->kind == EXPR_ATTRIBUTE) return NULL;
    if (fold_const(k, &v) <= 0) {
        if (pym_err_occurred()) pym_err_clear();
        return NULL;
    }
    return v;
}

static int compile_pattern_mapping(Compiler *c, AstPattern *p, PatCtx *pc) {
    AstSeq *keys = p->v.mapping.keys, *pats = p->v.mapping.patterns;
    int n = AST_SEQ_LEN(keys);
    const char *rest = p->v.mapping.rest;
    pc->on_top++;
    EMIT0(MATCH_MAPPING);
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    if (!n && !rest) {
        pc->on_top--;
        EMIT0(POP_TOP);
        return 0;
    }
    if (n) {
        EMIT0(GET_LEN);
        TRY(emit_const(c, pym_int_from_ssize(n)));
        emit_cmpop(c, CMP_GTE);
        TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    }
    PymObject *seen = pym_set_new(NULL);
    if (!seen) return -1;
    for (int i = 0; i < n; i++) {
        AstExpr *k = AST_SEQ_GET(keys, i);
        PymObject *v = mapping_key_const(k);
        if (v) {
            int dup = pym_set_contains(seen, v);
            if (dup == 0) dup = pym_set_add(seen, v);
            if (dup) {
                if (dup > 0) {
                    PymObject *r = pym_object_repr(v);
                    if (r)
                        (void)SYNERR(p->pos, "mapping pattern checks duplicate key (%s)",
                                     PYM_STR_UTF8(r));
                    PYM_XDECREF(r);
                }
                PYM_DECREF(v);
                PYM_DECREF(seen);
                return -1;
            }
            PYM_DECREF(v);
        }
        if (compile_expr(c, k) < 0) {
            PYM_DECREF(seen);
            return -1;
        }
    }
    PYM_DECREF(seen);
    EMIT(BUILD_TUPLE, n);
    EMIT0(MATCH_KEYS);
    pc->on_top += 2;
    EMIT(COPY, 1);
    TRY(emit_none(c));
    EMIT(IS_OP, 1);
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    EMIT(UNPACK_SEQUENCE, n);
    pc->on_top += n - 1;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        TRY(compile_subpattern(c, AST_SEQ_GET(pats, i), pc));
    }
    pc->on_top -= 2;
    if (rest) {
        /* rest = dict(subject); del rest[k] for each key */
        EMIT(BUILD_MAP, 0);
        EMIT(SWAP, 3);
        EMIT(DICT_UPDATE, 2);
        EMIT(UNPACK_SEQUENCE, n);
        for (int k = n; k > 0; k--) {
            EMIT(COPY, 1 + k);
            EMIT0(ROT_TWO);
            EMIT0(DELETE_SUBSCR);
        }
        return pattern_store_name(c, rest, pc);
    }
    EMIT0(POP_TOP);
    EMIT0(POP_TOP);
    return 0;
}

static int compile_pattern_class(Compiler *c, AstPattern *p, PatCtx *pc) {
    AstSeq *pats = p->v.cls.patterns, *attrs = p->v.cls.kwd_attrs, *kpats = p->v.cls.kwd_patterns;
    int nargs = AST_SEQ_LEN(pats), nattrs = AST_SEQ_LEN(attrs);
    for (int i = 0; i < nattrs; i++) {
        const char *a = AST_SEQ_GET(attrs, i);
        for (int j = i + 1; j < nattrs; j++)
            if (strcmp(a, AST_SEQ_GET(attrs, j)) == 0) {
                AstPattern *q = AST_SEQ_GET(kpats, j);
                return SYNERR(q->pos, "attribute name repeated in class pattern: %s", a);
            }
    }
    TRY(compile_expr(c, p->v.cls.cls));
    PymObject *names = pym_tuple_new(nattrs);
    if (!names) return -1;
    for (int i = 0; i < nattrs; i++) {
        PymObject *s = cstr_const(AST_SEQ_GET(attrs, i));
        if (!s) {
            PYM_DECREF(names);
            return -1;
        }
        PYM_TUPLE_SET(names, i, s);
    }
    TRY(emit_const(c, names));
    EMIT(MATCH_CLASS, nargs);
    EMIT(COPY, 1);
    TRY(emit_none(c));
    EMIT(IS_OP, 1);
    pc->on_top++;
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    EMIT(UNPACK_SEQUENCE, nargs + nattrs);
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        AstPattern *q = i < nargs ? AST_SEQ_GET(pats, i) : AST_SEQ_GET(kpats, i - nargs);
        if (pattern_is_wildcard(q)) {
            EMIT0(POP_TOP);
            continue;
        }
        TRY(compile_subpattern(c, q, pc));
    }
    return 0;
}

static int compile_pattern_or(Compiler *c, AstPattern *p, PatCtx *pc) {
    AstSeq *alts = p->v.or.patterns;
    int n = AST_SEQ_LEN(alts), end = new_label(c);
    PatCtx old = *pc;
    const char **control = NULL;
    int ncontrol = 0, r = -1;
    pc->stores = NULL;
    pc->capstores = 0;
    for (int i = 0; i < n; i++) {
        AstPattern *alt = AST_SEQ_GET(alts, i);
        pc->nstores = 0;
        pc->allow_irrefutable = i == n - 1 && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->nfail_pop = 0;
        pc->on_top = 0;
        EMIT(COPY, 1);
        if (compile_pattern(c, alt, pc) < 0) goto done;
        if (i == 0) {
            control = pc->stores;
            ncontrol = pc->nstores;
            pc->stores = NULL;
            pc->capstores = 0;
        } else if (pc->nstores != ncontrol) {
            goto diff;
        } else if (ncontrol) {
            /* put the captures in the control order on the stack too */
            for (int icontrol = ncontrol - 1; icontrol >= 0; icontrol--) {
                int istores = store_index(pc, control[icontrol]);
                if (istores < 0) goto diff;
                if (icontrol != istores) {
                    /* stores[:rotations] move to just before icontrol */
                    int rotations = istores + 1;
                    const char **moved = pym_raw_malloc((size_t)rotations * sizeof(char *));
                    if (!moved) {
                        pym_err_no_memory();
                        goto done;
                    }
                    memcpy(moved, pc->stores, (size_t)rotations * sizeof(char *));
                    memmove(pc->stores, pc->stores + rotations,
                            (size_t)(icontrol - istores) * sizeof(char *));
                    memcpy(pc->stores + (icontrol - istores), moved,
                           (size_t)rotations * sizeof(char *));
                    pym_raw_free(moved);
                    while (rotations--) pattern_rotate(c, icontrol + 1);
                }
            }
        }
        EMIT(JUMP, end);
        emit_and_reset_fail_pop(c, pc);
    }
    pym_raw_free(pc->stores);
    pc->stores = old.stores;
    pc->nstores = old.nstores;
    pc->capstores = old.capstores;
    pc->fail_pop = old.fail_pop;
    pc->nfail_pop = old.nfail_pop;
    pc->on_top = old.on_top;
    pc->allow_irrefutable = old.allow_irrefutable;
    /* no alternative matched: pop the subject and fail */
    EMIT0(POP_TOP);
    if (jump_to_fail_pop(c, pc, OP_JUMP) < 0) goto done_restored;
    place(c, end);
    int nrots = ncontrol + 1 + pc->on_top + pc->nstores;
    for (int i = 0; i < ncontrol; i++) {
        pattern_rotate(c, nrots);
        if (store_index(pc, control[i]) >= 0) {
            (void)SYNERR(pc->loc, "multiple assignments to name '%s' in pattern", control[i]);
            goto done_restored;
        }
        if (add_store(c, pc, control[i]) < 0) goto done_restored;
    }
    EMIT0(POP_TOP);
    pym_raw_free(control);
    return 0;
diff:
    (void)SYNERR(pc->loc, "alternative patterns bind different names");
done:
    pym_raw_free(pc->stores);
    pym_raw_free(pc->fail_pop);
    pc->stores = old.stores;
    pc->nstores = old.nstores;
    pc->capstores = old.capstores;
    pc->fail_pop = old.fail_pop;
    pc->nfail_pop = old.nfail_pop;
done_restored:
    pym_raw_free(control);
    return r;
}

static int compile_pattern(Compiler *c, AstPattern *p, PatCtx *pc) {
    TRY(enter_depth(c));
    AstPos saved = c->u->cur;
    c->u->cur = p->pos;
    pc->loc = p->pos;
    int r;
    switch (p->kind) {
    case PAT_VALUE: r = compile_pattern_value(c, p, pc); break;
    case PAT_SINGLETON: r = compile_pattern_singleton(c, p, pc); break;
    case PAT_SEQUENCE: r = compile_pattern_sequence(c, p, pc); break;
    case PAT_MAPPING: r = compile_pattern_mapping(c, p, pc); break;
    case PAT_CLASS: r = compile_pattern_class(c, p, pc); break;
    case PAT_STAR: r = compile_pattern_star(c, p, pc); break;
    case PAT_AS: r = compile_pattern_as(c, p, pc); break;
    case PAT_OR: r = compile_pattern_or(c, p, pc); break;
    default: r = 0; break;
    }
    c->u->cur = saved;
    c->depth--;
    return r;
}

static int compile_match(Compiler *c, AstStmt *s) {
    AstSeq *cases = s->v.match.cases;
    int ncases = AST_SEQ_LEN(cases), end = new_label(c);
    TRY(compile_expr(c, s->v.match.subject));
    AstMatchCase *last = AST_SEQ_GET(cases, ncases - 1);
    bool has_default = pattern_is_wildcard(last->pattern) && ncases > 1;
    PatCtx pc;
    memset(&pc, 0, sizeof pc);
    int r = -1;
    for (int i = 0; i < ncases - has_default; i++) {
        AstMatchCase *m = AST_SEQ_GET(cases, i);
        c->u->cur = m->pattern->pos;
        if (i != ncases - has_default - 1) EMIT(COPY, 1);
        pc.nstores = 0;
        pc.allow_irrefutable = m->guard || i == ncases - 1;
        pc.on_top = 0;
        if (compile_pattern(c, m->pattern, &pc) < 0) goto done;
        for (int k = 0; k < pc.nstores; k++)
            if (compile_nameop(c, pc.stores[k], CTX_STORE) < 0) goto done;
        if (m->guard) {
            if (ensure_fail_pop(c, &pc, 0) < 0) goto done;
            if (compile_jump_if(c, m->guard, false, pc.fail_pop[0]) < 0) goto done;
        }
        if (i != ncases - has_default - 1) EMIT0(POP_TOP);
        if (compile_stmts(c, m->body) < 0) goto done;
        EMIT(JUMP, end);
        c->u->cur = m->pattern->pos;
        emit_and_reset_fail_pop(c, &pc);
    }
    if (has_default) {
        c->u->cur = last->pattern->pos;
        if (ncases == 1)
            EMIT0(POP_TOP);
        else
            EMIT0(NOP);
        if (last->guard && compile_jump_if(c, last->guard, false, end) < 0) goto done;
        if (compile_stmts(c, last->body) < 0) goto done;
    }
    place(c, end);
    r = 0;
done:
    pym_raw_free(pc.stores);
    pym_raw_free(pc.fail_pop);
    return r;
}

/* {====== async for / async with ======} */

static int check_async_stmt(Compiler *c, AstStmt *s, const char *what) {
    if (!c->u->ste->async_def) return SYNERR(s->pos, "'%s' outside async function", what);
    return 0;
}

/* aiter on the stack; each turn awaits __anext__() inside a SETUP_FINALLY
** whose handler (END_ASYNC_FOR) ends the loop on StopAsyncIteration. */
static int compile_async_for(Compiler *c, AstStmt *s) {
    TRY(check_async_stmt(c, s, "async for"));
    int start = new_label(c), except = new_label(c), end = new_label(c);
    TRY(compile_expr(c, s->v.forloop.iter));
    c->u->cur = s->v.forloop.iter->pos;
    EMIT0(GET_AITER);
    place(c, start);
    EMIT(SETUP_FINALLY, except);
    EMIT0(GET_ANEXT);
    TRY(emit_await(c, 0));
    EMIT0(POP_BLOCK);
    TRY(push_fblock(c, FB_FOR, start, end, NULL));
    TRY(compile_store(c, s->v.forloop.target));
    TRY(compile_stmts(c, s->v.forloop.body));
    c->u->cur = s->pos;
    EMIT(JUMP, start);
    pop_fblock(c);
    place(c, except);
    c->u->cur = s->v.forloop.iter->pos;
    EMIT0(END_ASYNC_FOR);
    TRY(compile_stmts(c, s->v.forloop.orelse));
    place(c, end);
    return 0;
}

static int compile_async_with(Compiler *c, AstStmt *s, int idx) {
    if (idx == 0) TRY(check_async_stmt(c, s, "async with"));
    AstWithItem *w = AST_SEQ_GET(s->v.with.items, idx);
    int final = new_label(c), suppress = new_label(c), exit = new_label(c);
    TRY(compile_expr(c, w->context_expr));
    c->u->cur = w->context_expr->pos;
    EMIT0(BEFORE_ASYNC_WITH);
    TRY(emit_await(c, 1));
    c->u->next_floor = 4; /* CPython: 6 above the depth before the context expression */
    EMIT(SETUP_ASYNC_WITH, final);
    TRY(push_fblock(c, FB_ASYNC_WITH, 0, 0, s));
    if (w->optional_vars)
        TRY(compile_store(c, w->optional_vars));
    else
        EMIT0(POP_TOP);
    if (idx + 1 < AST_SEQ_LEN(s->v.with.items))
        TRY(compile_async_with(c, s, idx + 1));
    else
        TRY(compile_stmts(c, s->v.with.body));
    pop_fblock(c);
    c->u->cur = w->context_expr->pos;
    EMIT0(POP_BLOCK);
    TRY(emit_none(c));
    EMIT0(DUP_TOP);
    EMIT0(DUP_TOP);
    EMIT(CALL_FUNCTION, 3);
    TRY(emit_await(c, 2));
    EMIT0(POP_TOP);
    EMIT(JUMP, exit);
    place(c, final);
    EMIT0(WITH_EXCEPT_START);
    TRY(emit_await(c, 2));
    EMIT(POP_JUMP_IF_TRUE, suppress);
    EMIT(RERAISE, 1); /* f_lasti stays where the exception was raised */
    place(c, suppress);
    EMIT0(POP_TOP);
    EMIT0(POP_EXCEPT);
    EMIT0(POP_TOP);
    place(c, exit);
    return 0;
}

/* }====== */

/* try/except*: at the handlers the stack holds prev orig; we keep the
** exceptions the handlers raise in a list and what is not handled yet as
** rest:  prev orig list rest.  Each clause splits rest (JUMP_IF_NOT_EG_MATCH)
** and runs its body with the matching part; an exception from the body
** joins the list.  At the end PREP_RERAISE_STAR builds what to raise. */
static int compile_try_star_except(Compiler *c, AstStmt *s) {
    int except = new_label(c), orelse = new_label(c), end = new_label(c), none = new_label(c);
    EMIT(SETUP_FINALLY, except);
    TRY(push_fblock(c, FB_TRY_EXCEPT, 0, 0, NULL));
    TRY(compile_stmts(c, s->v.trystmt.body));
    pop_fblock(c);
    EMIT0(POP_BLOCK);
    EMIT(JUMP, orelse);
    place(c, except);
    c->u->cur = s->pos;
    EMIT0(DUP_TOP);
    EMIT(BUILD_LIST, 0);
    EMIT0(ROT_TWO);
    int n = AST_SEQ_LEN(s->v.trystmt.handlers);
    for (int i = 0; i < n; i++) {
        AstExceptHandler *h = AST_SEQ_GET(s->v.trystmt.handlers, i);
        int next = new_label(c), raised = new_label(c);
        c->u->cur = h->pos;
        TRY(compile_expr(c, h->type));
        EMIT(JUMP_IF_NOT_EG_MATCH, next);
        if (h->name)
            TRY(compile_nameop(c, h->name, CTX_STORE));
        else
            EMIT0(POP_TOP);
        EMIT(SETUP_FINALLY, raised);
        TRY(push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, 0, 0, NULL));
        TRY(compile_stmts(c, h->body));
        pop_fblock(c);
        c->u->cur = h->pos;
        EMIT0(POP_BLOCK);
        if (h->name) {
            TRY(emit_none(c));
            TRY(compile_nameop(c, h->name, CTX_STORE));
            TRY(compile_nameop(c, h->name, CTX_DEL));
        }
        EMIT(JUMP, next);
        place(c, raised); /* prev orig list rest prev2 X */
        EMIT(LIST_APPEND, 3);
        EMIT0(POP_EXCEPT);
        if (h->name) {
            TRY(emit_none(c));
            TRY(compile_nameop(c, h->name, CTX_STORE));
            TRY(compile_nameop(c, h->name, CTX_DEL));
        }
        place(c, next);
    }
    c->u->cur = s->pos;
    EMIT(LIST_APPEND, 1);
    EMIT0(PREP_RERAISE_STAR);
    EMIT0(DUP_TOP);
    TRY(emit_none(c));
    EMIT(IS_OP, 0);
    EMIT(POP_JUMP_IF_TRUE, none);
    EMIT0(RERAISE);
    place(c, none);
    EMIT0(POP_TOP);
    EMIT0(POP_EXCEPT);
    EMIT(JUMP, end);
    place(c, orelse);
    TRY(compile_stmts(c, s->v.trystmt.orelse));
    place(c, end);
    return 0;
}

static int compile_stmt_inner(Compiler *c, AstStmt *s) {
    switch (s->kind) {
    case STMT_ASYNCFUNCTIONDEF: return compile_function(c, s);
    case STMT_ASYNCFOR: return compile_async_for(c, s);
    case STMT_ASYNCWITH: return compile_async_with(c, s, 0);
    case STMT_TRYSTAR: return compile_try(c, s);
    case STMT_FUNCTIONDEF: return compile_function(c, s);
    case STMT_CLASSDEF: return compile_class(c, s);
    case STMT_RETURN: return compile_return(c, s);
    case STMT_DELETE:
        for (int i = 0; i < AST_SEQ_LEN(s->v.del.targets); i++)
            TRY(compile_delete(c, AST_SEQ_GET(s->v.del.targets, i)));
        return 0;
    case STMT_ASSIGN: return compile_assign(c, s);
    case STMT_AUGASSIGN: return compile_augassign(c, s);
    case STMT_ANNASSIGN: return compile_annassign(c, s);
    case STMT_FOR: return compile_for(c, s);
    case STMT_WHILE: return compile_while(c, s);
    case STMT_IF: return compile_if(c, s);
    case STMT_WITH: return compile_with(c, s, 0);
    case STMT_MATCH: return compile_match(c, s);
    case STMT_RAISE: {
        int n = 0;
        if (s->v.raise.exc) {
            TRY(compile_expr(c, s->v.raise.exc));
            n = 1;
            if (s->v.raise.cause) {
                TRY(compile_expr(c, s->v.raise.cause));
                n = 2;
            }
        }
        EMIT(RAISE_VARARGS, n);
        return 0;
    }
    case STMT_TRY: return compile_try(c, s);
    case STMT_ASSERT: {
        AstExpr *test = s->v.assertion.test;
        if (test->kind == EXPR_TUPLE && AST_SEQ_LEN(test->v.list.elts) > 0)
            compiler_warn(c, s->pos.lineno,
                          "assertion is always true, perhaps remove parentheses?");
        int end = new_label(c);
        TRY(compile_jump_if(c, s->v.assertion.test, true, end));
        c->u->cur = test->pos; /* CPython raises at the test */
        EMIT0(LOAD_ASSERTION_ERROR);
        if (s->v.assertion.msg) {
            TRY(compile_expr(c, s->v.assertion.msg));
            EMIT(CALL_FUNCTION, 1);
        }
        EMIT(RAISE_VARARGS, 1);
        place(c, end);
        return 0;
    }
    case STMT_IMPORT: return compile_import(c, s);
    case STMT_IMPORTFROM: return compile_importfrom(c, s);
    case STMT_GLOBAL:
    case STMT_NONLOCAL:
    case STMT_PASS: return 0;
    case STMT_EXPR: {
        AstExpr *v = s->v.expr.value;
        if (c->interactive && c->u->ste->type == PYM_BLOCK_MODULE) {
            TRY(compile_expr(c, v));
            EMIT0(PRINT_EXPR);
            return 0;
        }
        if (v->kind == EXPR_CONSTANT) return 0;
        TRY(compile_expr(c, v));
        EMIT0(POP_TOP);
        return 0;
    }
    case STMT_BREAK: return compile_break_continue(c, s, true);
    case STMT_CONTINUE: return compile_break_continue(c, s, false);
    }
    return 0;
}

static int compile_stmt(Compiler *c, AstStmt *s) {
    TRY(enter_depth(c));
    c->u->cur = s->pos;
    int r = compile_stmt_inner(c, s);
    c->depth--;
    return r;
}

/* ------------------------------------------------------------------ */
/* entry points */

static PymObject *compile_mod(Compiler *c, AstMod *mod) {
    AstPos pos = {1, 0, 1, 0};
    PymCode *co = NULL;
    /* a failed enter_unit has pushed its unit: freed at done */
    if (enter_unit(c, c->st->top, "<module>", 1, pos) < 0) goto done;
    if (mod->mode == PYM_EVAL_INPUT) {
        if (mod->expr) c->u->cur = mod->expr->pos;
        if (compile_expr(c, mod->expr) < 0) goto done;
        EMIT0(RETURN_VALUE);
    } else {
        AstSeq *body = mod->body;
        int from = 0;
        if (AST_SEQ_LEN(body)) c->u->cur = ((AstStmt *)AST_SEQ_GET(body, 0))->pos;
        if (c->st->top->has_annotations) EMIT0(SETUP_ANNOTATIONS);
        if (mod->mode == PYM_FILE_INPUT && is_docstring(body)) {
            if (emit_const(c, docstring_value(body)) < 0 ||
                emit_name_raw(c, OP_STORE_NAME, "__doc__") < 0)
                goto done;
            from = 1;
        }
        if (compile_body_from(c, body, from) < 0) goto done;
        last_pos(c, body);
        if (emit_none(c) < 0) goto done;
        EMIT0(RETURN_VALUE);
    }
    co = assemble(c);
done:
    while (c->u) exit_unit(c);
    return (PymObject *)co;
}

/* future.c's errors give a start only: end_offset None; col is the offset */
static int future_error(Compiler *c, AstPos pos, int col, const char *fmt, const char *name) {
    pos.col = col - 1;
    (void)SYNERR(pos, fmt, name);
    PymObject *exc = pym_err_occurred();
    if (exc && pym_type_is_subtype(PYM_TYPE(exc), PymExc_SyntaxError)) {
        PymSyntaxError *e = (PymSyntaxError *)exc;
        PYM_SETREF(e->end_offset, pym_newref(pym_None));
    }
    return -1;
}

/* The future statements at the start of a module (after its docstring):
** their features are checked and 'annotations' is recorded, as CPython's
** future.c. */
static int future_parse(Compiler *c, AstMod *mod) {
    static const char *const features[] = {
        "nested_scopes",  "generators",       "division",       "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",  "annotations",
    };
    if (mod->mode == PYM_EVAL_INPUT) return 0;
    bool done = false, docstring = false;
    int prev_line = 0;
    for (int i = 0; i < AST_SEQ_LEN(mod->body); i++) {
        AstStmt *s = AST_SEQ_GET(mod->body, i);
        if (done && s->pos.lineno > prev_line) return 0;
        prev_line = s->pos.lineno;
        if (s->kind == STMT_IMPORTFROM) {
            const char *m = s->v.importfrom.module;
            if (!m || strcmp(m, "__future__") != 0) {
                done = true;
                continue;
            }
            if (done)
                return future_error(c, s->pos, s->pos.col,
                                    "from __future__ imports must occur at the %s of the file",
                                    "beginning");
            for (int k = 0; k < AST_SEQ_LEN(s->v.importfrom.names); k++) {
                AstAlias *a = AST_SEQ_GET(s->v.importfrom.names, k);
                bool known = false;
                for (size_t f = 0; f < PYM_ARRAY_LEN(features); f++)
                    known |= strcmp(a->name, features[f]) == 0;
                if (strcmp(a->name, "annotations") == 0) c->future_annotations = true;
                if (strcmp(a->name, "braces") == 0)
                    return future_error(c, s->pos, s->pos.col + 1, "not a chance%s", "");
                if (!known)
                    return future_error(c, s->pos, s->pos.col + 1,
                                        "future feature %.100s is not defined", a->name);
            }
            c->future_lineno = s->pos.lineno;
        } else if (s->kind == STMT_EXPR && !docstring) {
            AstExpr *e = s->v.expr.value;
            if (e->kind != EXPR_CONSTANT || e->v.constant.kind != CONST_STR) done = true;
            docstring = true;
        } else {
            done = true;
        }
    }
    return 0;
}

static PymObject *compile_with_source(AstMod *mod, const char *filename, const char *src,
                                      size_t srclen) {
    Compiler c;
    memset(&c, 0, sizeof c);
    c.filename = filename ? filename : "<unknown>";
    c.src = src;
    c.srclen = srclen;
    c.interactive = mod->mode == PYM_SINGLE_INPUT;
    c.filename_obj = pym_str_from_cstr(c.filename);
    if (!c.filename_obj) return NULL;
    if (future_parse(&c, mod) < 0) {
        PYM_DECREF(c.filename_obj);
        return NULL;
    }
    c.st = pym_symtable_build(mod, c.filename, src, srclen);
    PymObject *co = NULL;
    if (c.st) co = compile_mod(&c, mod);
    pym_symtable_free(c.st);
    consts_free(&c.merged);
    PYM_DECREF(c.filename_obj);
    return co;
}

PymObject *pym_compile_ast(AstMod *mod, const char *filename) {
    return compile_with_source(mod, filename, NULL, 0);
}

PymObject *pym_compile_source_held(const char *src, size_t len, const char *filename, int mode,
                                   PymObject **held) {
    PymObject *saved = held_consts;
    *held = held_consts = pym_list_new(0);
    if (!held_consts) {
        held_consts = saved;
        return NULL;
    }
    pym_gc_untrack(held_consts); /* like the arena: no referrer gc can see */
    PymObject *co = pym_compile_source(src, len, filename, mode);
    held_consts = saved;
    if (!co) PYM_CLEAR(*held);
    return co;
}

PymObject *pym_compile_source(const char *src, size_t len, const char *filename, int mode) {
    PymArena *arena = pym_arena_new();
    if (!arena) return pym_err_no_memory();
    PymObject *co = NULL;
    AstMod *mod = pym_parse(arena, src, len, filename, mode);
    if (mod)
        co = compile_with_source(mod, filename, mod->source ? mod->source : src,
                                 mod->source ? mod->source_len : len);
    pym_arena_free(arena);
    return co;
}
