/*
** specialize.h -- adaptive specialization of instructions (specialize.c):
** which specialized form fits the operands an instruction sees, the
** warm-up/backoff counters, and the way back to the original instruction.
*/
#ifndef PYM_SPECIALIZE_H
#define PYM_SPECIALIZE_H

#include "object.h"
#include "codeobject.h"
#include "opcodes.h"
#include "funcobject.h"
#include "descrobject.h"
#include "moduleobject.h"

/* The base opcode of op (op itself when it is not a specialized one). */
int pym_specialize_base(int op);
/* The name of a specialized opcode ("BINARY_OP_ADD_INT"), NULL for a base one. */
const char *pym_specialize_name(int op);
/* Instruction i of co as the compiler emitted it (specializations undone):
** what the bytecode cache, co_code and the unit tests see. */
PymInstr pym_specialize_original(PymCode *co, int i);

/* Each function returns the specialized opcode that fits an instruction of
** the base opcode seeing these operands, or 0 when none does. */
int pym_specialize_binary_op(PymObject *a, PymObject *b, int oparg);
/* next_op: the opcode of the instruction after (a POP_JUMP_IF_* is fused). */
int pym_specialize_compare_op(PymObject *a, PymObject *b, int oparg, int next_op);
int pym_specialize_binary_subscr(PymObject *o, PymObject *k);
int pym_specialize_store_subscr(PymObject *o, PymObject *k);
int pym_specialize_for_iter(PymObject *it);
int pym_specialize_unpack_sequence(PymObject *seq, int n);
/* args[-1] is the callable; builtins is the frame's builtins dict. */
int pym_specialize_call_function(PymObject *const *args, int nargs, PymObject *builtins);
/* args[-2] is the unbound method (or NULL), args[-1] self. */
int pym_specialize_call_method(PymObject *const *args, int nargs);

/* The method tables behind the builtins the CALL_* forms call directly
** (static storage, found when an instruction first specializes). */
extern const PymMethodDef *pym_specialize_len_def, *pym_specialize_isinstance_def,
    *pym_specialize_append_def;

/* Whether a Python function's code binds exactly nargs positional arguments
** with nothing else to do (no star parameters nor keyword-only ones, not a generator). */
static inline bool pym_specialize_simple_code(PymCode *co, int nargs) {
    return co->co_argcount == nargs && co->co_kwonlyargcount == 0 &&
           !(co->co_flags & (PYM_CO_VARARGS | PYM_CO_VARKEYWORDS | PYM_CO_GENERATOR |
                             PYM_CO_COROUTINE | PYM_CO_ASYNC_GENERATOR));
}

/* A C function called without a self to qualify its errors with (what
** cfunction's call does then): a builtin or a module's function. */
static inline bool pym_specialize_plain_cfunction(PymObject *o) {
    if (!PYM_CFUNCTION_CHECK(o)) return false;
    PymObject *self = ((PymCFunction *)o)->m_self;
    return !self || PYM_MODULE_CHECK(self);
}
/* Whether method descriptor d takes self of type t as it is (t is its type
** or a subtype): CALL_METHOD_DESCR's guard. */
static inline bool pym_specialize_descr_fits(PymObject *d, PymType *t) {
    PymType *dt = ((PymMethodDescr *)d)->d_type;
    return t == dt || pym_type_is_subtype(t, dt);
}

/* {====== per-instruction caches ======}
** Every instruction of a code object owns a PymInstrCache word, and an
** instruction that needs state (pym_specialize_entry_size) owns an entry
** too; nothing is shared between instructions and nothing depends on where
** the code object was allocated.  Both live in co_code's block (see the
** essay of specialize.c):
**
**   [entries ... entry 2, entry 1][instruction words 0..n-1][cache words 0..n-1][size]
**                                  ^ co_code
**
** The cache word of the instruction at ip is ip[n] (n = co_ncode); its entry
** is `entry` 8-byte units before co_code.  Entries hold no strong
** reference (borrowed, guarded by version tags). */
typedef struct PymInstrCache {
    uint16_t counter; /* warm-up and backoff (below) */
    uint16_t entry;   /* the entry, in 8-byte units before co_code; 0: none */
} PymInstrCache;

/* The cache word of the instruction before next_instr (the one running). */
static inline PymInstrCache *pym_specialize_icache(const PymCode *co, const PymInstr *next_instr) {
    return (PymInstrCache *)(next_instr - 1 + co->co_ncode);
}
/* The cache word of instruction i of co. */
static inline PymInstrCache *pym_specialize_icache_at(const PymCode *co, int i) {
    return (PymInstrCache *)(co->co_code + co->co_ncode + i);
}
/* The entry of the instruction whose cache word is ic; NULL when it has
** none (its base opcode needs none, or the code object is so large that
** its entries ran past 512 KiB). */
static inline void *pym_specialize_entry(const PymCode *co, const PymInstrCache *ic) {
    return ic->entry ? (void *)((char *)co->co_code - 8 * (size_t)ic->entry) : NULL;
}
/* Bytes of entry (a multiple of 8) an instruction of base opcode op owns:
** the size of the struct below that its forms use, 0 for none.  A new form
** that needs state adds its struct here and its case there. */
size_t pym_specialize_entry_size(int op);

/* The entries.  LOAD_ATTR, STORE_ATTR, LOAD_METHOD: PymAttrCache, what the
** generic lookup found for up to PYM_ATTR_WAYS exact types (vm.c's
** attribute caches); CALL_FUNCTION: one PymAttrWay (CALL_FUNCTION_CLASS's
** __init__); LOAD_GLOBAL: PymGlobalCache; LOAD_NAME, STORE_NAME:
** PymNameCache. */
typedef struct PymAttrWay {
    PymType *type;   /* compared, never dereferenced: may have been freed */
    PymObject *meth; /* borrowed from the type's dict (methods, properties, __init__) */
    uint32_t tag;    /* the type's version tag when filled; 0: empty */
    int32_t index;   /* shared-key index of the name, -1: none; slots: offset */
    int16_t nkeys;   /* methods: shared-keys count then; -1: no instance dict */
    uint8_t kind;    /* vm.c's AC_* */
} PymAttrWay;
#define PYM_ATTR_WAYS 4
typedef struct PymAttrCache {
    PymAttrWay way[PYM_ATTR_WAYS];
} PymAttrCache;
typedef struct PymGlobalCache {
    uint64_t gver, bver; /* globals' and builtins' ma_version; 0: empty */
    PymObject *value;    /* borrowed: what the lookups found at those versions */
} PymGlobalCache;
typedef struct PymNameCache {
    int64_t index; /* where the name's entry was in the namespace dict */
} PymNameCache;

/* co_code's block for the n instructions of code (pym_code_new): the
** instructions copied in, cache words and entries zero.  NULL: MemoryError
** (code is left as it was).  pym_specialize_free_code frees such a block. */
PymInstr *pym_specialize_alloc_code(const PymInstr *code, int n);
void pym_specialize_free_code(PymInstr *co_code, int n);

/* Warm-up and backoff, in the instruction's cache word: high 12 bits:
** executions of the base form to skip before the next attempt; low 4 bits:
** the backoff exponent. */
static inline uint16_t *pym_specialize_counter(const PymCode *co, const PymInstr *next_instr) {
    return &pym_specialize_icache(co, next_instr)->counter;
}
/* After a failed attempt or a deoptimization: wait 2^e - 1 executions,
** e one more than last time (up to 12). */
static inline void pym_specialize_backoff(uint16_t *c) {
    unsigned e = (*c & 15u) + 1;
    if (e > 12) e = 12;
    *c = (uint16_t)((((1u << e) - 1) << 4) | e);
}
/* Rewrites the instruction before next_instr to opcode op, same argument. */
static inline void pym_specialize_rewrite(const PymInstr *next_instr, int op) {
    PymInstr *ip = (PymInstr *)next_instr - 1;
    *ip = PYM_INSTR(op, PYM_INSTR_ARG(*ip));
}
#ifdef PYM_OPSTATS /* instruction and pair counts (specialize.c) */
void pym_specialize_stats_count(int op);
void pym_specialize_stats_deopt(int op);
void pym_specialize_stats_dump(void);
#endif
/* Quickening, when a code object is made (codeobject.c): each adjacent pair
** of instructions that has a superinstruction (opcodes.h) gets it in its
** first instruction.  The pair's second instruction is left as it is, so
** pairs overlap (LOAD_FAST LOAD_FAST LOAD_ATTR: two of them) and a jump
** into the second one runs it alone. */
void pym_specialize_quicken(PymCode *co);

#endif
