/*
** marshal.c -- the bytecode cache: imported modules' code objects kept in
** __pycache__/NAME.pym-N.pyc next to their source, as CPython keeps
** NAME.cpython-311.pyc, so that a warm import skips lexing, parsing and
** compiling.
**
** A cache file is a header and a payload, all integers little-endian:
**
**     "PYMC"  u32 format number N  u32 opcode-table fingerprint
**     u64 source size  i64 source mtime seconds  i64 mtime nanoseconds
**     u64 payload length  u64 payload checksum (FNV-1a)
**     payload: one object (the module's code object)
**
** The file is used only when every header field matches: the source's size
** and mtime as stat() gives them now, this build's format number and
** fingerprint (a hash of the opcode names and their argument kinds, so that
** a changed instruction set never runs old bytecode), the file's true length
** and the checksum.  Then the payload is read with every length, count and
** index checked against what remains; anything wrong makes the file ignored
** and, by the importer, compiled again and rewritten.  Instruction arguments
** that index the constants, names, locals or cells, and jump targets, are
** checked too; stack effects are not (as CPython trusts a .pyc's bytecode):
** the checksum is what keeps a damaged file from running.  A file is written to a
** temporary name and renamed over the old one, so a reader sees either the
** old file or the whole new one.
**
** The payload is a tree of tagged objects -- the constant kinds the compiler
** makes (None, bools, Ellipsis, ints of any size, floats, complex, str,
** bytes, tuples, frozensets, code objects).  Every object but the four
** singletons gets the next index of a reference table when it is first
** written; writing the same object again writes 'r' and its index, so the
** constants the compiler merged into one object (compile.c, merge_const)
** are one object again after loading, with the same reference counts.
** Strings remember whether they were interned.  co_filename is not stored:
** the loader gives every code object the path the source was found at.
*/
#include "pym.h"
#include "marshal.h"
#include "opcodes.h"
#include "specialize.h"
#include "complexobject.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#define HEADER_SIZE 52
#define MAX_DEPTH   200

/* clang-format off */
enum {
    T_NONE = 'N', T_TRUE = 'T', T_FALSE = 'F', T_ELLIPSIS = '.',
    T_INT = 'i', T_BIGINT = 'l', T_FLOAT = 'f', T_COMPLEX = 'x',
    T_STR = 's', T_INTERNED = 'S', T_BYTES = 'b', T_TUPLE = '(',
    T_FROZENSET = '<', T_CODE = 'c', T_REF = 'r',
};
/* clang-format on */

static uint64_t fnv1a(const unsigned char *p, size_t n, uint64_t h) {
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

/* The opcode table's fingerprint: names, order and argument kinds. */
static uint32_t opcode_fingerprint(void) {
    static const unsigned char kinds[] = {
#define X(name, hasarg, jump) (unsigned char)((hasarg) | (jump) << 1),
        PYM_OPCODE_LIST(X)
#undef X
    };
    uint64_t h = 0xcbf29ce484222325ull;
    for (int i = 0; i < OP__COUNT; i++)
        h = fnv1a((const unsigned char *)pym_opcode_names[i], strlen(pym_opcode_names[i]) + 1, h);
    h = fnv1a(kinds, sizeof kinds, h);
    return (uint32_t)(h ^ (h >> 32));
}

static bool opcode_is_jump(int op) {
    static const unsigned char jumps[] = {
#define X(name, hasarg, jump) (unsigned char)(jump),
        PYM_OPCODE_LIST(X)
#undef X
    };
    return jumps[op] != 0;
}

/* ---- writing ---- */

typedef struct Writer {
    unsigned char *buf;
    size_t len, cap;
    bool failed;
    /* reference table: object address -> index (open addressing) */
    PymObject **keys;
    uint32_t *vals;
    size_t nkeys, mask;
} Writer;

static void w_bytes(Writer *w, const void *p, size_t n) {
    if (w->failed) return;
    if (w->len + n > w->cap) {
        size_t cap = w->cap ? w->cap : 4096;
        while (cap < w->len + n) cap *= 2;
        unsigned char *nb = pym_raw_realloc(w->buf, cap);
        if (!nb) {
            w->failed = true;
            pym_err_no_memory();
            return;
        }
        w->buf = nb;
        w->cap = cap;
    }
    memcpy(w->buf + w->len, p, n);
    w->len += n;
}

static void w_u8(Writer *w, unsigned v) {
    unsigned char c = (unsigned char)v;
    w_bytes(w, &c, 1);
}

static void w_u32(Writer *w, uint32_t v) {
    unsigned char b[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    w_bytes(w, b, 4);
}

static void w_u64(Writer *w, uint64_t v) {
    w_u32(w, (uint32_t)v);
    w_u32(w, (uint32_t)(v >> 32));
}

static void w_i32(Writer *w, int32_t v) { w_u32(w, (uint32_t)v); }

static void w_double(Writer *w, double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    w_u64(w, bits);
}

static size_t ptr_slot(Writer *w, PymObject *o) {
    size_t i = ((uintptr_t)o >> 4) & w->mask;
    while (w->keys[i] && w->keys[i] != o) i = (i + 1) & w->mask;
    return i;
}

/* Index of o when already written (>= 0); otherwise records it with the next
** index and returns -1 (-2 on failure). */
static long w_ref(Writer *w, PymObject *o, uint32_t *count) {
    if (w->keys) {
        size_t i = ptr_slot(w, o);
        if (w->keys[i]) return (long)w->vals[i];
    }
    if ((w->nkeys + 1) * 2 > (w->keys ? w->mask + 1 : 0)) {
        size_t ncap = w->keys ? (w->mask + 1) * 2 : 256;
        PymObject **ok = w->keys;
        uint32_t *ov = w->vals;
        size_t ocap = w->keys ? w->mask + 1 : 0;
        w->keys = pym_raw_calloc(ncap, sizeof *w->keys);
        w->vals = pym_raw_calloc(ncap, sizeof *w->vals);
        if (!w->keys || !w->vals) {
            pym_raw_free(w->keys);
            pym_raw_free(w->vals);
            w->keys = ok;
            w->vals = ov;
            pym_err_no_memory();
            return -2;
        }
        w->mask = ncap - 1;
        for (size_t j = 0; j < ocap; j++) {
            if (!ok[j]) continue;
            size_t k = ptr_slot(w, ok[j]);
            w->keys[k] = ok[j];
            w->vals[k] = ov[j];
        }
        pym_raw_free(ok);
        pym_raw_free(ov);
    }
    size_t i = ptr_slot(w, o);
    w->keys[i] = o;
    w->vals[i] = (*count)++;
    w->nkeys++;
    return -1;
}

static int w_object(Writer *w, PymObject *o, uint32_t *count, int depth);

static int w_len(Writer *w, intptr_t n) {
    if (n < 0 || (uint64_t)n > 0xffffffffu) {
        pym_err_set_string(PymExc_ValueError, "unmarshallable object");
        return -1;
    }
    w_u32(w, (uint32_t)n);
    return 0;
}

static int w_tuple_items(Writer *w, PymObject *t, uint32_t *count, int depth) {
    if (w_len(w, PYM_SIZE(t)) < 0) return -1;
    for (intptr_t i = 0; i < PYM_SIZE(t); i++)
        if (w_object(w, PYM_TUPLE_GET(t, i), count, depth + 1) < 0) return -1;
    return 0;
}

static int w_code(Writer *w, PymCode *co, uint32_t *count, int depth) {
    w_i32(w, co->co_argcount);
    w_i32(w, co->co_posonlyargcount);
    w_i32(w, co->co_kwonlyargcount);
    w_i32(w, co->co_stacksize);
    w_i32(w, co->co_flags);
    w_i32(w, co->co_firstlineno);
    w_i32(w, co->co_ncode);
    for (int i = 0, k = 0; i < co->co_ncode; i++) { /* unspecialized, caches zeroed */
        if (i < k) {
            w_u32(w, 0);
            continue;
        }
        PymInstr ins = pym_specialize_original(co, i);
        w_u32(w, ins);
        k = i + 1 + pym_opcode_cache_words(PYM_INSTR_OP(ins));
    }
    w_i32(w, co->co_nposruns);
    for (int i = 0; i < co->co_nposruns; i++) {
        const PymCodePos *p = &co->co_posruns[i].pos;
        w_i32(w, co->co_posruns[i].start);
        w_i32(w, p->lineno);
        w_i32(w, p->end_lineno);
        w_i32(w, p->col);
        w_i32(w, p->end_col);
    }
    PymObject *objs[] = {co->co_consts,   co->co_names, co->co_varnames, co->co_cellvars,
                         co->co_freevars, co->co_name,  co->co_qualname};
    for (size_t i = 0; i < PYM_ARRAY_LEN(objs); i++)
        if (w_object(w, objs[i], count, depth + 1) < 0) return -1;
    w_u8(w, co->co_cell2arg != NULL);
    for (int i = 0; co->co_cell2arg && i < co->co_ncells; i++) w_i32(w, co->co_cell2arg[i]);
    return 0;
}

static int w_object(Writer *w, PymObject *o, uint32_t *count, int depth) {
    if (depth > MAX_DEPTH) {
        pym_err_set_string(PymExc_ValueError, "object too deeply nested to marshal");
        return -1;
    }
    if (o == pym_None) {
        w_u8(w, T_NONE);
        return 0;
    }
    if (o == pym_True) {
        w_u8(w, T_TRUE);
        return 0;
    }
    if (o == pym_False) {
        w_u8(w, T_FALSE);
        return 0;
    }
    if (o == pym_Ellipsis) {
        w_u8(w, T_ELLIPSIS);
        return 0;
    }
    PymType *t = PYM_TYPE(o);
    if (t != &pym_type_int && t != &pym_type_float && t != &pym_type_complex &&
        t != &pym_type_str && t != &pym_type_bytes && t != &pym_type_tuple &&
        t != &pym_type_frozenset && t != &pym_type_code) {
        pym_err_set_string(PymExc_ValueError, "unmarshallable object");
        return -1;
    }
    long ref = w_ref(w, o, count);
    if (ref == -2) return -1;
    if (ref >= 0) {
        w_u8(w, T_REF);
        w_u32(w, (uint32_t)ref);
        return 0;
    }
    if (t == &pym_type_int) {
        int overflow = 0;
        long long v = pym_int_as_longlong_overflow(o, &overflow);
        if (!overflow) {
            w_u8(w, T_INT);
            w_u64(w, (uint64_t)v);
            return 0;
        }
        PymObject *hex = pym_int_to_base(o, 16);
        if (!hex) return -1;
        w_u8(w, T_BIGINT);
        int r = w_len(w, PYM_STR_NBYTES(hex));
        w_bytes(w, PYM_STR_UTF8(hex), (size_t)PYM_STR_NBYTES(hex));
        PYM_DECREF(hex);
        return r;
    }
    if (t == &pym_type_float) {
        w_u8(w, T_FLOAT);
        w_double(w, PYM_FLOAT_VALUE(o));
        return 0;
    }
    if (t == &pym_type_complex) {
        w_u8(w, T_COMPLEX);
        w_double(w, PYM_COMPLEX_VALUE(o).real);
        w_double(w, PYM_COMPLEX_VALUE(o).imag);
        return 0;
    }
    if (t == &pym_type_str) {
        w_u8(w, ((PymStr *)o)->st_interned ? T_INTERNED : T_STR);
        if (w_len(w, PYM_STR_NBYTES(o)) < 0) return -1;
        w_bytes(w, PYM_STR_UTF8(o), (size_t)PYM_STR_NBYTES(o));
        return 0;
    }
    if (t == &pym_type_bytes) {
        w_u8(w, T_BYTES);
        if (w_len(w, PYM_BYTES_LEN(o)) < 0) return -1;
        w_bytes(w, PYM_BYTES_DATA(o), (size_t)PYM_BYTES_LEN(o));
        return 0;
    }
    if (t == &pym_type_tuple) {
        w_u8(w, T_TUPLE);
        return w_tuple_items(w, o, count, depth);
    }
    if (t == &pym_type_frozenset) {
        w_u8(w, T_FROZENSET);
        if (w_len(w, pym_set_size(o)) < 0) return -1;
        intptr_t pos = 0, hash;
        PymObject *key;
        while (pym_set_next(o, &pos, &key, &hash))
            if (w_object(w, key, count, depth + 1) < 0) return -1;
        return 0;
    }
    w_u8(w, T_CODE);
    return w_code(w, (PymCode *)o, count, depth);
}

unsigned char *pym_marshal_dump_code(PymObject *co, size_t *len) {
    Writer w = {0};
    uint32_t count = 0;
    int r = PYM_CODE_CHECK(co) ? w_object(&w, co, &count, 0) : -1;
    if (r == 0 && w.failed) r = -1;
    if (r < 0 && !pym_err_occurred())
        pym_err_set_string(PymExc_ValueError, "unmarshallable object");
    pym_raw_free(w.keys);
    pym_raw_free(w.vals);
    if (r < 0) {
        pym_raw_free(w.buf);
        return NULL;
    }
    *len = w.len;
    return w.buf;
}

/* ---- reading ---- */

typedef struct Reader {
    const unsigned char *p, *end;
    PymObject *filename;
    PymObject **refs; /* new refs; NULL while being built */
    uint32_t nrefs, cap;
} Reader;

static PymObject *bad_data(const char *what) {
    if (!pym_err_occurred()) pym_err_format(PymExc_ValueError, "bad marshal data (%s)", what);
    return NULL;
}

static bool r_has(Reader *r, size_t n) { return (size_t)(r->end - r->p) >= n; }

static uint32_t r_u32(Reader *r) {
    const unsigned char *b = r->p;
    r->p += 4;
    return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

static uint64_t r_u64(Reader *r) {
    uint64_t lo = r_u32(r);
    return lo | (uint64_t)r_u32(r) << 32;
}

static double r_double(Reader *r) {
    uint64_t bits = r_u64(r);
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* Reserves the next reference index; -1 on failure. */
static long r_reserve(Reader *r) {
    if (r->nrefs == r->cap) {
        uint32_t cap = r->cap ? r->cap * 2 : 256;
        PymObject **v = pym_raw_realloc(r->refs, cap * sizeof *v);
        if (!v) {
            pym_err_no_memory();
            return -1;
        }
        r->refs = v;
        r->cap = cap;
    }
    r->refs[r->nrefs] = NULL;
    return (long)r->nrefs++;
}

static PymObject *r_object(Reader *r, int depth);

/* A tuple of n objects read in turn; when names, each must be a str. */
static PymObject *r_tuple_body(Reader *r, int depth, bool names) {
    if (!r_has(r, 4)) return bad_data("truncated tuple");
    uint32_t n = r_u32(r);
    if (n > (size_t)(r->end - r->p)) return bad_data("tuple size out of range");
    PymObject *t = pym_tuple_new(n);
    if (!t) return NULL;
    for (uint32_t i = 0; i < n; i++) {
        PymObject *item = r_object(r, depth + 1);
        if (!item) {
            PYM_DECREF(t);
            return NULL;
        }
        PYM_TUPLE_SET(t, i, item);
        if (names && PYM_TYPE(item) != &pym_type_str) {
            PYM_DECREF(t);
            return bad_data("name is not a str");
        }
    }
    return t;
}

static PymObject *r_typed(Reader *r, int depth, PymType *want, const char *what) {
    PymObject *o = r_object(r, depth + 1);
    if (o && PYM_TYPE(o) != want) {
        PYM_DECREF(o);
        return bad_data(what);
    }
    return o;
}

/* Whether every argument that indexes co_consts, co_names, the fast locals
** or the cells is in range. */
static bool args_in_range(const PymInstr *code, int ncode, intptr_t nconsts, intptr_t nnames,
                          intptr_t nlocals, intptr_t nderefs) {
    for (int i = 0; i < ncode; i += 1 + pym_opcode_cache_words(PYM_INSTR_OP(code[i]))) {
        uint32_t arg = PYM_INSTR_ARG(code[i]);
        intptr_t limit;
        switch (PYM_INSTR_OP(code[i])) {
        case OP_LOAD_CONST: limit = nconsts; break;
        case OP_LOAD_FAST:
        case OP_STORE_FAST:
        case OP_DELETE_FAST: limit = nlocals; break;
        case OP_LOAD_DEREF:
        case OP_STORE_DEREF:
        case OP_DELETE_DEREF:
        case OP_LOAD_CLOSURE:
        case OP_LOAD_CLASSDEREF: limit = nderefs; break;
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
        case OP_IMPORT_FROM: limit = nnames; break;
        default: continue;
        }
        if ((intptr_t)arg >= limit) return false;
    }
    return true;
}

static PymObject *r_code(Reader *r, int depth) {
    if (!r_has(r, 7 * 4)) return bad_data("truncated code");
    int32_t f[7];
    for (int i = 0; i < 7; i++) f[i] = (int32_t)r_u32(r);
    int argcount = f[0], posonly = f[1], kwonly = f[2], stacksize = f[3], flags = f[4],
        firstlineno = f[5], ncode = f[6];
    if (argcount < 0 || posonly < 0 || posonly > argcount || kwonly < 0 || stacksize < 0 ||
        stacksize > (1 << 24) || ncode <= 0 || flags < 0)
        return bad_data("code header");
    if (!r_has(r, (size_t)ncode * 4 + 1)) return bad_data("truncated code");
    PymInstr *code = pym_obj_malloc((size_t)ncode * sizeof *code);
    PymCodePosRun *pos = NULL;
    int npos = 0;
    int *cell2arg = NULL;
    PymObject *objs[7] = {0};
    PymObject *co = NULL;
    if (!code) {
        pym_err_no_memory();
        return NULL;
    }
    for (int i = 0; i < ncode; i++) code[i] = r_u32(r);
    for (int i = 0; i < ncode;) { /* instructions, each followed by its zeroed cache words */
        int op = (int)PYM_INSTR_OP(code[i]), end = i + 1 + pym_opcode_cache_words(op);
        if (op >= OP__COUNT) {
            bad_data("unknown opcode");
            goto done;
        }
        if (end > ncode) {
            bad_data("truncated cache");
            goto done;
        }
        for (int j = i + 1; j < end; j++)
            if (code[j]) {
                bad_data("cache word not zero");
                goto done;
            }
        i = end;
    }
    {
        unsigned char *start = pym_raw_calloc((size_t)ncode + 1, 1); /* instruction starts */
        if (!start) {
            pym_err_no_memory();
            goto done;
        }
        start[ncode] = 1;
        for (int i = 0; i < ncode; i += 1 + pym_opcode_cache_words(PYM_INSTR_OP(code[i])))
            start[i] = 1;
        bool ok = true; /* a jump lands on an instruction, never on a cache word */
        for (int i = 0; i < ncode && ok; i += 1 + pym_opcode_cache_words(PYM_INSTR_OP(code[i])))
            if (opcode_is_jump((int)PYM_INSTR_OP(code[i])))
                ok = PYM_INSTR_ARG(code[i]) <= (uint32_t)ncode && start[PYM_INSTR_ARG(code[i])];
        pym_raw_free(start);
        if (!ok) {
            bad_data("jump target out of range");
            goto done;
        }
    }
    if (!r_has(r, 4)) {
        bad_data("truncated positions");
        goto done;
    }
    npos = (int32_t)r_u32(r);
    if (npos < 0 || npos > ncode || !r_has(r, (size_t)npos * 20)) {
        bad_data("truncated positions");
        goto done;
    }
    if (npos) {
        pos = pym_obj_malloc((size_t)npos * sizeof *pos);
        if (!pos) {
            pym_err_no_memory();
            goto done;
        }
        for (int i = 0; i < npos; i++) {
            pos[i].start = (int32_t)r_u32(r);
            pos[i].pos.lineno = (int32_t)r_u32(r);
            pos[i].pos.end_lineno = (int32_t)r_u32(r);
            pos[i].pos.col = (int32_t)r_u32(r);
            pos[i].pos.end_col = (int32_t)r_u32(r);
            /* runs start at word 0, in increasing order, inside the code */
            if ((i == 0 ? pos[i].start != 0 : pos[i].start <= pos[i - 1].start) ||
                pos[i].start >= ncode) {
                bad_data("position table");
                goto done;
            }
        }
    }
    if (!(objs[0] = r_typed(r, depth, &pym_type_tuple, "co_consts is not a tuple"))) goto done;
    for (int i = 1; i < 5; i++) {
        if (!r_has(r, 1) || *r->p != T_TUPLE) {
            /* names tuples may also be shared references */
            objs[i] = r_typed(r, depth, &pym_type_tuple, "names are not a tuple");
            if (!objs[i]) goto done;
            for (intptr_t k = 0; k < PYM_SIZE(objs[i]); k++)
                if (PYM_TYPE(PYM_TUPLE_GET(objs[i], k)) != &pym_type_str) {
                    bad_data("name is not a str");
                    goto done;
                }
            continue;
        }
        r->p++;
        long idx = r_reserve(r);
        if (idx < 0) goto done;
        if (!(objs[i] = r_tuple_body(r, depth + 1, true))) goto done;
        r->refs[idx] = pym_newref(objs[i]);
    }
    if (!(objs[5] = r_typed(r, depth, &pym_type_str, "co_name is not a str"))) goto done;
    if (!(objs[6] = r_typed(r, depth, &pym_type_str, "co_qualname is not a str"))) goto done;
    intptr_t nlocals = PYM_SIZE(objs[2]), ncells = PYM_SIZE(objs[3]);
    intptr_t nargs = (intptr_t)argcount + kwonly + ((flags & PYM_CO_VARARGS) != 0) +
                     ((flags & PYM_CO_VARKEYWORDS) != 0);
    if (nargs > nlocals) {
        bad_data("more arguments than locals");
        goto done;
    }
    if (!args_in_range(code, ncode, PYM_SIZE(objs[0]), PYM_SIZE(objs[1]), nlocals,
                       ncells + PYM_SIZE(objs[4]))) {
        bad_data("instruction argument out of range");
        goto done;
    }
    if (!r_has(r, 1)) {
        bad_data("truncated code");
        goto done;
    }
    if (*r->p++) {
        if (!r_has(r, (size_t)ncells * 4)) {
            bad_data("truncated cell2arg");
            goto done;
        }
        cell2arg = pym_obj_malloc((size_t)(ncells ? ncells : 1) * sizeof *cell2arg);
        if (!cell2arg) {
            pym_err_no_memory();
            goto done;
        }
        for (intptr_t i = 0; i < ncells; i++) {
            cell2arg[i] = (int32_t)r_u32(r);
            if (cell2arg[i] < -1 || cell2arg[i] >= nargs) {
                bad_data("cell2arg");
                goto done;
            }
        }
    }
    co = (PymObject *)pym_code_new(argcount, posonly, kwonly, stacksize, flags, firstlineno, code,
                                   ncode, pos, npos, objs[0], objs[1], objs[2], objs[3], objs[4],
                                   cell2arg, r->filename, objs[5], objs[6]);
    if (co) code = NULL, pos = NULL, cell2arg = NULL; /* owned by co now */
done:
    if (code) pym_obj_free(code);
    if (pos) pym_obj_free(pos);
    if (cell2arg) pym_obj_free(cell2arg);
    for (int i = 0; i < 7; i++) PYM_XDECREF(objs[i]);
    return co;
}

static PymObject *r_object(Reader *r, int depth) {
    if (depth > MAX_DEPTH) return bad_data("too deeply nested");
    if (!r_has(r, 1)) return bad_data("truncated");
    int tag = *r->p++;
    switch (tag) {
    case T_NONE: return pym_newref(pym_None);
    case T_TRUE: return pym_newref(pym_True);
    case T_FALSE: return pym_newref(pym_False);
    case T_ELLIPSIS: return pym_newref(pym_Ellipsis);
    case T_REF: {
        if (!r_has(r, 4)) return bad_data("truncated reference");
        uint32_t i = r_u32(r);
        if (i >= r->nrefs || !r->refs[i]) return bad_data("invalid reference");
        return pym_newref(r->refs[i]);
    }
    default: break;
    }
    long idx = r_reserve(r);
    if (idx < 0) return NULL;
    PymObject *o = NULL;
    switch (tag) {
    case T_INT:
        if (!r_has(r, 8)) return bad_data("truncated int");
        o = pym_int_from_long((long long)r_u64(r));
        break;
    case T_BIGINT: {
        if (!r_has(r, 4)) return bad_data("truncated int");
        uint32_t n = r_u32(r);
        if (!r_has(r, n)) return bad_data("truncated int");
        const char *s = (const char *)r->p;
        r->p += n;
        bool neg = n > 0 && s[0] == '-';
        if (n < 3 + neg || s[neg] != '0' || s[neg + 1] != 'x') return bad_data("int");
        for (uint32_t i = neg + 2; i < n; i++)
            if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
                return bad_data("int");
        o = pym_int_from_string(s, n, 16);
        break;
    }
    case T_FLOAT:
        if (!r_has(r, 8)) return bad_data("truncated float");
        o = pym_float_from_double(r_double(r));
        break;
    case T_COMPLEX: {
        if (!r_has(r, 16)) return bad_data("truncated complex");
        double re = r_double(r);
        o = pym_complex_from_doubles(re, r_double(r));
        break;
    }
    case T_STR:
    case T_INTERNED: {
        if (!r_has(r, 4)) return bad_data("truncated str");
        uint32_t n = r_u32(r);
        if (!r_has(r, n)) return bad_data("truncated str");
        o = pym_str_from_utf8_checked((const char *)r->p, n);
        r->p += n;
        if (!o && pym_err_matches((PymObject *)PymExc_MemoryError)) return NULL;
        if (!o) {
            pym_err_clear();
            return bad_data("str is not UTF-8");
        }
        if (tag == T_INTERNED) o = pym_str_intern(o);
        break;
    }
    case T_BYTES: {
        if (!r_has(r, 4)) return bad_data("truncated bytes");
        uint32_t n = r_u32(r);
        if (!r_has(r, n)) return bad_data("truncated bytes");
        o = pym_bytes_from_data((const char *)r->p, n);
        r->p += n;
        break;
    }
    case T_TUPLE: o = r_tuple_body(r, depth, false); break;
    case T_FROZENSET: {
        PymObject *items = r_tuple_body(r, depth, false);
        if (!items) return NULL;
        for (intptr_t i = 0; i < PYM_SIZE(items); i++)
            if (pym_object_hash(PYM_TUPLE_GET(items, i)) == -1) {
                PYM_DECREF(items);
                return NULL;
            }
        o = pym_frozenset_new(items);
        PYM_DECREF(items);
        break;
    }
    case T_CODE: o = r_code(r, depth); break;
    default: return bad_data("unknown type code");
    }
    if (o) r->refs[idx] = pym_newref(o);
    return o;
}

PymObject *pym_marshal_load_code(const unsigned char *data, size_t len, PymObject *filename) {
    Reader r = {.p = data, .end = data + len, .filename = filename};
    PymObject *o = r_object(&r, 0);
    if (o && !PYM_CODE_CHECK(o)) {
        PYM_DECREF(o);
        o = bad_data("not a code object");
    }
    if (o && r.p != r.end) {
        PYM_DECREF(o);
        o = bad_data("trailing data");
    }
    for (uint32_t i = 0; i < r.nrefs; i++) PYM_XDECREF(r.refs[i]);
    pym_raw_free(r.refs);
    return o;
}

/* ---- the cache files ---- */

int pym_marshal_cache_path(const char *source, char *buf, size_t size) {
    const char *slash = strrchr(source, '/');
    size_t dirlen = slash ? (size_t)(slash - source + 1) : 0;
    const char *base = source + dirlen;
    size_t baselen = strlen(base);
    if (baselen > 3 && !strcmp(base + baselen - 3, ".py")) baselen -= 3;
    int n = snprintf(buf, size, "%.*s__pycache__/%.*s.pym-%d.pyc", (int)dirlen, source,
                     (int)baselen, base, PYM_MARSHAL_FORMAT);
    return n < 0 || (size_t)n >= size ? -1 : 0;
}

static void header_fill(unsigned char *h, const struct stat *st, uint64_t plen, uint64_t sum) {
    Writer w = {.buf = h, .cap = HEADER_SIZE};
    w_bytes(&w, "PYMC", 4);
    w_u32(&w, PYM_MARSHAL_FORMAT);
    w_u32(&w, opcode_fingerprint());
    w_u64(&w, (uint64_t)st->st_size);
    w_u64(&w, (uint64_t)(int64_t)st->st_mtim.tv_sec);
    w_u64(&w, (uint64_t)(int64_t)st->st_mtim.tv_nsec);
    w_u64(&w, plen);
    w_u64(&w, sum);
}

PymObject *pym_marshal_read_cache(const char *source, const struct stat *st, PymObject *filename) {
    char path[4096];
    if (pym_marshal_cache_path(source, path, sizeof path) < 0) return NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NULL;
    struct stat cst;
    unsigned char *buf = NULL;
    PymObject *co = NULL;
    if (fstat(fd, &cst) < 0 || !S_ISREG(cst.st_mode) || cst.st_size < HEADER_SIZE) goto done;
    size_t size = (size_t)cst.st_size;
    buf = pym_raw_malloc(size);
    if (!buf) {
        pym_err_no_memory();
        goto done;
    }
    size_t got = 0;
    while (got < size) {
        ssize_t n = read(fd, buf + got, size - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) goto done;
        got += (size_t)n;
    }
    uint64_t plen = size - HEADER_SIZE;
    unsigned char want[HEADER_SIZE];
    header_fill(want, st, plen, fnv1a(buf + HEADER_SIZE, plen, 0xcbf29ce484222325ull));
    if (memcmp(want, buf, HEADER_SIZE) != 0) goto done;
    co = pym_marshal_load_code(buf + HEADER_SIZE, plen, filename);
    if (!co && !pym_err_matches((PymObject *)PymExc_MemoryError)) pym_err_clear();
done:
    close(fd);
    pym_raw_free(buf);
    return co;
}

static bool write_all(int fd, const unsigned char *p, size_t n) {
    while (n) {
        ssize_t k = write(fd, p, n);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return false;
        p += k;
        n -= (size_t)k;
    }
    return true;
}

void pym_marshal_write_cache(const char *source, const struct stat *st, PymObject *co) {
    char path[4096], tmp[4200];
    if (pym_marshal_cache_path(source, path, sizeof path) < 0) return;
    size_t plen;
    unsigned char *payload = pym_marshal_dump_code(co, &plen);
    if (!payload) {
        if (!pym_err_matches((PymObject *)PymExc_MemoryError)) pym_err_clear();
        return;
    }
    unsigned char header[HEADER_SIZE];
    header_fill(header, st, plen, fnv1a(payload, plen, 0xcbf29ce484222325ull));
    char *slash = strrchr(path, '/');
    *slash = 0;
    if (mkdir(path, 0777) < 0 && errno != EEXIST) {
        pym_raw_free(payload);
        return;
    }
    *slash = '/';
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
        pym_raw_free(payload);
        return;
    }
    bool ok = write_all(fd, header, HEADER_SIZE) && write_all(fd, payload, plen);
    ok = close(fd) == 0 && ok;
    if (!ok || rename(tmp, path) < 0) unlink(tmp);
    pym_raw_free(payload);
}
