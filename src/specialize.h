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
/* after: the instructions after UNPACK_SEQUENCE (n STORE_FASTs are fused). */
int pym_specialize_unpack_sequence(PymObject *seq, int n, const PymInstr *after);
/* True when the n instructions at 'after' are all STORE_FAST (any form). */
bool pym_specialize_stores_follow(const PymInstr *after, int n);
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

/* Warm-up and backoff.  A counter in the first cache word of each
** specializable instruction (opcodes.h's inline caches): high bits,
** executions of the base form to skip before the next attempt (in steps of
** 16); low 4 bits, the backoff exponent.  Zero when compiled or loaded:
** the first execution makes an attempt. */
static inline PymInstr *pym_specialize_counter(PymInstr *instr) { return instr + 1; }
/* After a failed attempt or a deoptimization: wait 2^e - 1 executions,
** e one more than last time (up to 12). */
static inline void pym_specialize_backoff(PymInstr *c) {
    unsigned e = (*c & 15u) + 1;
    if (e > 12) e = 12;
    *c = (PymInstr)((((1u << e) - 1) << 4) | e);
}
/* Rewrites instruction instr to opcode op, same argument. */
static inline void pym_specialize_rewrite(PymInstr *instr, int op) {
    *instr = PYM_INSTR(op, PYM_INSTR_ARG(*instr));
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
/* Nothing since the counters moved into the instruction stream, where a
** new code object's start at zero (kept for the tests). */
void pym_specialize_reset(void);

#endif
