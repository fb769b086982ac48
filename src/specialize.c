/*
** specialize.c -- adaptive specialization: instructions that rewrite
** themselves into forms specialized for the types they see.
**
** Design
** ------
** PEP 659 (CPython 3.11) is the model, fitted to pym's instruction words
** (opcode in 8 bits, argument in 24, no room for inline cache entries).
** Each specialized opcode (opcodes.h, PYM_SPECIALIZED_LIST) keeps the
** argument of its base opcode and needs no data beyond it: its guards are
** checks of exact types (a compact int, an exact list, the range iterator's
** type, a Python function whose code binds exactly the arguments given, the
** method table of builtins.len) that the instruction makes on its operands.
** So a specialization holds no reference at all, and the memory model
** (refcounts, getsizeof, gc counts, tracemalloc) is not touched.  One form
** needs more than its operands: CALL_FUNCTION_CLASS keeps the class's
** __init__ in vm.c's attribute caches (borrowed, keyed on the class's version
** tag, so replacing __init__ or adding __new__ is seen at the next call).
**
**   base form    On each execution the base form first looks at its
**                counter: while it is non-zero it counts down and the
**                generic code runs; at zero, the pym_specialize_* function
**                for the opcode picks a specialized form from the operands
**                and the VM rewrites the instruction in place and runs it.
**                No form fits: the counter backs off (1, 3, 7 ... 4095
**                executions before the next attempt).
**   specialized  Runs its fast path when its guards hold.  When one fails
**                the instruction is rewritten back to the base form, the
**                counter backs off, and the generic code runs this time.
**                A fast path that needs the generic code for one case only
**                (an index out of range: IndexError) takes it without
**                deoptimizing.
**
** Counters live in a small table indexed by the instruction's address
** (pym_specialize_counters): a collision only changes when the next attempt
** happens.  Code objects are shared by all frames running them and pym runs
** one thread of Python at a time, so rewriting in place is safe.
**
** What is stored or shown is the base form: pym_specialize_original() undoes the
** specialization (bytecode cache, co_code), and the disassembler shows the
** base form with "[specialized: NAME]".  Specialized opcodes are numbered
** after OP__COUNT, so a bytecode cache file can never contain one (the
** reader rejects opcodes >= OP__COUNT).
*/
#include "pym.h"
#include "opcodes.h"
#include "specialize.h"

uint16_t pym_specialize_counters[PYM_SPECIALIZE_COUNTERS];
const PymMethodDef *pym_specialize_len_def, *pym_specialize_isinstance_def,
    *pym_specialize_append_def;

static const unsigned char spec_base[OP__ALL - OP__COUNT] = {
#define X(name, base) OP_##base,
    PYM_SPECIALIZED_LIST(X)
#undef X
};

static const char *const spec_names[OP__ALL - OP__COUNT] = {
#define X(name, base) #name,
    PYM_SPECIALIZED_LIST(X)
#undef X
};

int pym_specialize_base(int op) {
    return op >= OP__COUNT && op < OP__ALL ? spec_base[op - OP__COUNT] : op;
}

const char *pym_specialize_name(int op) {
    return op >= OP__COUNT && op < OP__ALL ? spec_names[op - OP__COUNT] : NULL;
}

PymInstr pym_specialize_original(PymCode *co, int i) {
    PymInstr w = co->co_code[i];
    return PYM_INSTR(pym_specialize_base(PYM_INSTR_OP(w)), PYM_INSTR_ARG(w));
}

void pym_specialize_reset(void) {
    memset(pym_specialize_counters, 0, sizeof pym_specialize_counters);
}

static inline bool compact_int(PymObject *o) {
    return PYM_INT_CHECK_EXACT(o) && pym_int_is_compact(o);
}

int pym_specialize_binary_op(PymObject *a, PymObject *b, int oparg) {
    int op = oparg >= PYM_NB_INPLACE ? oparg - PYM_NB_INPLACE : oparg;
    if (compact_int(a) && compact_int(b)) {
        if (op == PYM_NB_ADD) return OP_BINARY_OP_ADD_INT;
        if (op == PYM_NB_SUBTRACT) return OP_BINARY_OP_SUB_INT;
    } else if (PYM_FLOAT_CHECK_EXACT(a) && PYM_FLOAT_CHECK_EXACT(b)) {
        if (op == PYM_NB_ADD) return OP_BINARY_OP_ADD_FLOAT;
        if (op == PYM_NB_SUBTRACT) return OP_BINARY_OP_SUB_FLOAT;
        if (op == PYM_NB_MULTIPLY) return OP_BINARY_OP_MUL_FLOAT;
    }
    bool fa = PYM_FLOAT_CHECK_EXACT(a), fb = PYM_FLOAT_CHECK_EXACT(b);
    if ((fa || fb) && (fa || compact_int(a)) && (fb || compact_int(b)) &&
        (op == PYM_NB_ADD || op == PYM_NB_SUBTRACT || op == PYM_NB_MULTIPLY ||
         op == PYM_NB_TRUE_DIVIDE))
        return OP_BINARY_OP_FLOAT_MIXED;
    return 0;
}

int pym_specialize_compare_op(PymObject *a, PymObject *b, int oparg) {
    if (compact_int(a) && compact_int(b)) return OP_COMPARE_OP_INT;
    if (PYM_FLOAT_CHECK_EXACT(a) && PYM_FLOAT_CHECK_EXACT(b)) return OP_COMPARE_OP_FLOAT;
    if ((oparg == PYM_EQ || oparg == PYM_NE) && PYM_STR_CHECK_EXACT(a) && PYM_STR_CHECK_EXACT(b))
        return OP_COMPARE_OP_STR;
    return 0;
}

int pym_specialize_binary_subscr(PymObject *o, PymObject *k) {
    if (PYM_LIST_CHECK_EXACT(o) && compact_int(k)) return OP_BINARY_SUBSCR_LIST_INT;
    if (PYM_TUPLE_CHECK_EXACT(o) && compact_int(k)) return OP_BINARY_SUBSCR_TUPLE_INT;
    if (PYM_DICT_CHECK_EXACT(o)) return OP_BINARY_SUBSCR_DICT;
    return 0;
}

int pym_specialize_store_subscr(PymObject *o, PymObject *k) {
    if (PYM_LIST_CHECK_EXACT(o) && compact_int(k)) return OP_STORE_SUBSCR_LIST_INT;
    if (PYM_DICT_CHECK_EXACT(o)) return OP_STORE_SUBSCR_DICT;
    return 0;
}

int pym_specialize_for_iter(PymObject *it) {
    PymType *t = PYM_TYPE(it);
    if (t == &pym_type_range_iter) return OP_FOR_ITER_RANGE;
    if (t == &pym_type_list_iter) return OP_FOR_ITER_LIST;
    if (t == &pym_type_tuple_iter) return OP_FOR_ITER_TUPLE;
    return 0;
}

int pym_specialize_unpack_sequence(PymObject *seq, int n) {
    if (PYM_TUPLE_CHECK_EXACT(seq) && PYM_SIZE(seq) == n)
        return n == 2 ? OP_UNPACK_SEQUENCE_TWO_TUPLE : OP_UNPACK_SEQUENCE_TUPLE;
    if (PYM_LIST_CHECK_EXACT(seq) && PYM_SIZE(seq) == n) return OP_UNPACK_SEQUENCE_LIST;
    return 0;
}

/* The method table of callable when it is what builtins[name] holds now, a
** builtin function (no allocation: the names are PYM_IDs). */
static const PymMethodDef *builtin_def(PymObject *callable, PymObject *builtins, PymObject *name) {
    if (!PYM_CFUNCTION_CHECK(callable) || !builtins || !PYM_DICT_CHECK_EXACT(builtins)) return NULL;
    const PymMethodDef *ml = ((PymCFunction *)callable)->m_ml;
    if (strcmp(ml->ml_name, PYM_STR_UTF8(name)) != 0) return NULL;
    PymObject *b = pym_dict_getitem(builtins, name);
    if (!b) pym_err_clear();
    return b == callable ? ml : NULL;
}

int pym_specialize_call_function(PymObject *const *args, int nargs, PymObject *builtins) {
    PymObject *callable = args[-1];
    if (PYM_FUNCTION_CHECK(callable)) {
        PymCode *co = (PymCode *)((PymFunction *)callable)->func_code;
        return pym_specialize_simple_code(co, nargs) ? OP_CALL_FUNCTION_PY_EXACT : 0;
    }
    if (callable == (PymObject *)&pym_type_type) return nargs == 1 ? OP_CALL_FUNCTION_TYPE_1 : 0;
    if (PYM_TYPE_CHECK(callable)) {
        PymObject *init;
        if (!pym_type_simple_instance((PymType *)callable, &init)) return 0;
        bool fits = init ? pym_specialize_simple_code((PymCode *)((PymFunction *)init)->func_code,
                                                      nargs + 1)
                         : nargs == 0;
        return fits ? OP_CALL_FUNCTION_CLASS : 0;
    }
    const PymMethodDef *ml;
    if (nargs == 1 && (ml = builtin_def(callable, builtins, PYM_ID(len))) != NULL) {
        pym_specialize_len_def = ml;
        return OP_CALL_FUNCTION_LEN;
    }
    if (nargs == 2 && (ml = builtin_def(callable, builtins, PYM_ID(isinstance))) != NULL) {
        pym_specialize_isinstance_def = ml;
        return OP_CALL_FUNCTION_ISINSTANCE;
    }
    return 0;
}

int pym_specialize_call_method(PymObject *const *args, int nargs) {
    PymObject *m = args[-2];
    if (!m) return 0;
    if (PYM_FUNCTION_CHECK(m)) {
        PymCode *co = (PymCode *)((PymFunction *)m)->func_code;
        return pym_specialize_simple_code(co, nargs + 1) ? OP_CALL_METHOD_PY_EXACT : 0;
    }
    if (nargs == 1 && PYM_TYPE(m) == &pym_type_method_descr && PYM_LIST_CHECK_EXACT(args[-1])) {
        PymMethodDescr *d = (PymMethodDescr *)m;
        if (d->d_type == &pym_type_list && strcmp(d->d_method->ml_name, "append") == 0) {
            pym_specialize_append_def = d->d_method;
            return OP_CALL_METHOD_LIST_APPEND;
        }
    }
    return 0;
}
