/*
** specialize.c -- adaptive specialization: instructions that rewrite
** themselves into forms specialized for the types they see.
**
** Design
** ------
** PEP 659 (CPython 3.11) is the model, fitted to pym's instruction words
** (opcode in 8 bits, argument in 24; the cache words after an instruction,
** opcodes.h, hold its counter and, for the attribute instructions, entries).
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
** Three kinds of form read the instructions after them as well.  A comparison
** followed by POP_JUMP_IF_FALSE / _TRUE specializes into a *_JUMP form
** that jumps on the comparison's truth itself, never making the bool (the
** jump instruction is not specialized, so it is always the one the compiler
** emitted).  An UNPACK_SEQUENCE whose targets are all local variables
** (the n instructions after it are STORE_FASTs: `a, b = t`, `for k, v in`)
** specializes into a *_STORE form that stores the items itself, reading
** each target's index from its STORE_FAST, and then continues after the
** last one (the stores are never specialized by type, so they stay what
** the scan saw).  Superinstructions are formed once, when the code object is made
** (pym_specialize_quicken, called by pym_code_new): the first instruction of
** each listed pair (LOAD_FAST + LOAD_ATTR ...) becomes a form that does its
** own work and then enters the second's body directly, saving a dispatch;
** the second instruction stays as it was, so a jump landing on it, or an
** overlapping pair, still runs right.  They have no guards: nothing to undo.
**
** Counters live in the instruction stream: the first cache word after each
** specializable instruction (opcodes.h's inline caches), private to it, zero
** when compiled or loaded.  Code objects are shared by all frames running
** them and pym runs one thread of Python at a time, so rewriting in place
** is safe.
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
#include "genobject.h"

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

#ifdef PYM_OPSTATS
/* Build option PYM_OPSTATS: counts of executed instructions (as they ran,
** specialized or not), of adjacent pairs and of deoptimizations, printed to
** stderr at pym_vm_fini when PYMOPSTATS is set in the environment: what
** the profiles for new forms and superinstructions are read from. */
static unsigned long long stats_ops[256], stats_pairs[256][256], stats_deopts[256];
static int stats_prev;

void pym_specialize_stats_count(int op) {
    stats_ops[op]++;
    stats_pairs[stats_prev][op]++;
    stats_prev = op;
}

void pym_specialize_stats_deopt(int op) { stats_deopts[op]++; }

static const char *stats_name(int op) {
    return op < OP__COUNT ? pym_opcode_names[op] : op < OP__ALL ? pym_specialize_name(op) : "?";
}

/* Prints the n largest of the m counts in v (names from name(i)). */
static void stats_top(const char *title, unsigned long long *v, int m, int n, int pairs) {
    unsigned long long total = 0;
    for (int i = 0; i < m; i++) total += v[i];
    fprintf(stderr, "-- %s (total %llu)\n", title, total);
    for (int k = 0; k < n; k++) {
        int best = -1;
        for (int i = 0; i < m; i++)
            if (v[i] && (best < 0 || v[i] > v[best])) best = i;
        if (best < 0) break;
        if (pairs)
            fprintf(stderr, "%12llu %5.1f%%  %s + %s\n", v[best], 100.0 * v[best] / total,
                    stats_name(best >> 8), stats_name(best & 255));
        else
            fprintf(stderr, "%12llu %5.1f%%  %s\n", v[best], 100.0 * v[best] / total,
                    stats_name(best));
        v[best] = 0;
    }
}

void pym_specialize_stats_dump(void) {
    if (!getenv("PYMOPSTATS")) return;
    stats_top("instructions", stats_ops, 256, 50, 0);
    stats_top("pairs", &stats_pairs[0][0], 256 * 256, 40, 1);
    stats_top("deoptimizations", stats_deopts, 256, 20, 0);
}
#endif

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

void pym_specialize_reset(void) {}

static inline bool compact_int(PymObject *o) {
    return PYM_INT_CHECK_EXACT(o) && pym_int_is_compact(o);
}

int pym_specialize_binary_op(PymObject *a, PymObject *b, int oparg) {
    int op = oparg >= PYM_NB_INPLACE ? oparg - PYM_NB_INPLACE : oparg;
    if (compact_int(a) && compact_int(b)) {
        if (op == PYM_NB_ADD) return OP_BINARY_OP_ADD_INT;
        if (op == PYM_NB_SUBTRACT) return OP_BINARY_OP_SUB_INT;
        if (op == PYM_NB_MULTIPLY) return OP_BINARY_OP_MUL_INT;
        if (op == PYM_NB_REMAINDER) return OP_BINARY_OP_MOD_INT;
        if (op == PYM_NB_FLOOR_DIVIDE) return OP_BINARY_OP_FLOORDIV_INT;
        if (op == PYM_NB_AND || op == PYM_NB_OR || op == PYM_NB_XOR || op == PYM_NB_LSHIFT ||
            op == PYM_NB_RSHIFT)
            return OP_BINARY_OP_BITS_INT;
    } else if (PYM_FLOAT_CHECK_EXACT(a) && PYM_FLOAT_CHECK_EXACT(b)) {
        if (op == PYM_NB_ADD) return OP_BINARY_OP_ADD_FLOAT;
        if (op == PYM_NB_SUBTRACT) return OP_BINARY_OP_SUB_FLOAT;
        if (op == PYM_NB_MULTIPLY) return OP_BINARY_OP_MUL_FLOAT;
    }
    /* BINARY_OP_FLOAT_MIXED takes any mix of exact floats and compact ints
    ** (the float forms go to it on a compact int): int / int too */
    bool fa = PYM_FLOAT_CHECK_EXACT(a), fb = PYM_FLOAT_CHECK_EXACT(b);
    if ((fa || fb || op == PYM_NB_TRUE_DIVIDE) && (fa || compact_int(a)) &&
        (fb || compact_int(b)) &&
        (op == PYM_NB_ADD || op == PYM_NB_SUBTRACT || op == PYM_NB_MULTIPLY ||
         op == PYM_NB_TRUE_DIVIDE || op == PYM_NB_POWER))
        return OP_BINARY_OP_FLOAT_MIXED;
    /* BINARY_OP_COMPLEX: complex arithmetic with an exact complex among
    ** exact complexes, floats and compact ints (mandelbrot's z * z + c) */
    bool ca = PYM_COMPLEX_CHECK_EXACT(a), cb = PYM_COMPLEX_CHECK_EXACT(b);
    if ((ca || cb) && (ca || fa || compact_int(a)) && (cb || fb || compact_int(b)) &&
        (op == PYM_NB_ADD || op == PYM_NB_SUBTRACT || op == PYM_NB_MULTIPLY ||
         op == PYM_NB_TRUE_DIVIDE))
        return OP_BINARY_OP_COMPLEX;
    return 0;
}

static inline bool exact_anyset(PymObject *o) {
    return PYM_TYPE(o) == &pym_type_set || PYM_TYPE(o) == &pym_type_frozenset;
}

int pym_specialize_compare_op(PymObject *a, PymObject *b, int oparg, int next_op) {
    bool jump = next_op == OP_POP_JUMP_IF_FALSE || next_op == OP_POP_JUMP_IF_TRUE;
    if (compact_int(a) && compact_int(b)) return jump ? OP_COMPARE_OP_INT_JUMP : OP_COMPARE_OP_INT;
    bool fa = PYM_FLOAT_CHECK_EXACT(a), fb = PYM_FLOAT_CHECK_EXACT(b);
    if ((fa || fb) && (fa || compact_int(a)) && (fb || compact_int(b))) /* a float among them */
        return jump ? OP_COMPARE_OP_FLOAT_JUMP : OP_COMPARE_OP_FLOAT;
    if (PYM_STR_CHECK_EXACT(a) && PYM_STR_CHECK_EXACT(b))
        return jump ? OP_COMPARE_OP_STR_JUMP : OP_COMPARE_OP_STR;
    if (exact_anyset(a) && exact_anyset(b))
        return jump ? OP_COMPARE_OP_SET_JUMP : OP_COMPARE_OP_SET;
    return 0;
}

int pym_specialize_binary_subscr(PymObject *o, PymObject *k) {
    if (PYM_LIST_CHECK_EXACT(o) && compact_int(k)) return OP_BINARY_SUBSCR_LIST_INT;
    if (PYM_TUPLE_CHECK_EXACT(o) && compact_int(k)) return OP_BINARY_SUBSCR_TUPLE_INT;
    if (PYM_DICT_CHECK_EXACT(o)) return OP_BINARY_SUBSCR_DICT;
    if (PYM_STR_CHECK_EXACT(o) && compact_int(k)) return OP_BINARY_SUBSCR_STR_INT;
    if (PYM_LIST_CHECK_EXACT(o) && PYM_SLICE_CHECK(k)) return OP_BINARY_SUBSCR_LIST_SLICE;
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
    if (t == &pym_type_set_iter) return OP_FOR_ITER_SET;
    if (t == &pym_type_dict_keyiter) return OP_FOR_ITER_DICT_KEYS;
    if (t == &pym_type_dict_valueiter) return OP_FOR_ITER_DICT_VALUES;
    if (t == &pym_type_dict_itemiter) return OP_FOR_ITER_DICT_ITEMS;
    if (t == &pym_type_enumerate) return OP_FOR_ITER_ENUMERATE;
    if (t == &pym_type_zip) return OP_FOR_ITER_ZIP;
    if (t == &pym_type_reversed || t == &pym_type_list_reviter) return OP_FOR_ITER_REVERSED;
    if (t == &pym_type_generator) return OP_FOR_ITER_GEN;
    return 0;
}

/* The compiler emits one store per target right after UNPACK_SEQUENCE; the
** scan stops at the first other instruction, so it never passes the end of
** the code (which ends with a RETURN_VALUE). */
bool pym_specialize_stores_follow(const PymInstr *after, int n) {
    for (int i = 0; i < n; i++)
        if (pym_specialize_base(PYM_INSTR_OP(after[i])) != OP_STORE_FAST) return false;
    return true;
}

int pym_specialize_unpack_sequence(PymObject *seq, int n, const PymInstr *after) {
    bool stores = pym_specialize_stores_follow(after, n);
    if (PYM_TUPLE_CHECK_EXACT(seq) && PYM_SIZE(seq) == n)
        return stores   ? OP_UNPACK_SEQUENCE_TUPLE_STORE
               : n == 2 ? OP_UNPACK_SEQUENCE_TWO_TUPLE
                        : OP_UNPACK_SEQUENCE_TUPLE;
    if (PYM_LIST_CHECK_EXACT(seq) && PYM_SIZE(seq) == n)
        return stores ? OP_UNPACK_SEQUENCE_LIST_STORE : OP_UNPACK_SEQUENCE_LIST;
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
    if (pym_specialize_plain_cfunction(callable)) return OP_CALL_FUNCTION_BUILTIN;
    return 0;
}

int pym_specialize_call_method(PymObject *const *args, int nargs) {
    PymObject *m = args[-2];
    if (!m && PYM_METHOD_CHECK(args[-1])) { /* a bound method: the form unpacks it */
        PymObject *fn = ((PymMethod *)args[-1])->im_func;
        return PYM_FUNCTION_CHECK(fn) && pym_specialize_simple_code(
                                             (PymCode *)((PymFunction *)fn)->func_code, nargs + 1)
                   ? OP_CALL_METHOD_PY_EXACT
                   : 0;
    }
    if (!m) return pym_specialize_plain_cfunction(args[-1]) ? OP_CALL_METHOD_BUILTIN : 0;
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
    if (PYM_TYPE(m) == &pym_type_method_descr && pym_specialize_descr_fits(m, PYM_TYPE(args[-1])))
        return OP_CALL_METHOD_DESCR;
    return 0;
}

/* The superinstruction for the pair (op, next), 0: none.  The pairs are the
** most frequent ones in the PYM_OPSTATS profiles of bench/ and the public
** programs (LOAD_FAST + LOAD_ATTR: 12-16% of the instructions of the
** attribute-heavy programs; LOAD_FAST + LOAD_FAST, STORE_FAST + LOAD_FAST,
** the constant pairs of integer loops; STORE_FAST + STORE_FAST after the
** UNPACK_SEQUENCE of every tuple assignment and `for k, v in` loop;
** IS_OP + POP_JUMP_IF_* and LOAD_CONST + RETURN_VALUE, the `if x is None:
** return 1` of recursive code: the first jumps on the identity itself, as
** the comparisons' *_JUMP forms do, without making the bool).
** BUILD_SLICE + BINARY_SUBSCR / STORE_SUBSCR (a[i:j], a[i:j] = v) are not
** for the dispatch: the pair's form resolves the slice on an exact list
** without making the slice object (vm.c), as CPython 3.12's BINARY_SLICE
** and STORE_SLICE do, and handles a[i:j:k] too. */
static int super_pair(int op, int next) {
    switch (op) {
    case OP_LOAD_FAST:
        return next == OP_LOAD_FAST     ? OP_LOAD_FAST__LOAD_FAST
               : next == OP_LOAD_ATTR   ? OP_LOAD_FAST__LOAD_ATTR
               : next == OP_LOAD_METHOD ? OP_LOAD_FAST__LOAD_METHOD
               : next == OP_LOAD_CONST  ? OP_LOAD_FAST__LOAD_CONST
                                        : 0;
    case OP_STORE_FAST:
        return next == OP_LOAD_FAST    ? OP_STORE_FAST__LOAD_FAST
               : next == OP_STORE_FAST ? OP_STORE_FAST__STORE_FAST
                                       : 0;
    case OP_LOAD_CONST:
        return next == OP_LOAD_FAST      ? OP_LOAD_CONST__LOAD_FAST
               : next == OP_RETURN_VALUE ? OP_LOAD_CONST__RETURN_VALUE
                                         : 0;
    case OP_IS_OP:
        return next == OP_POP_JUMP_IF_FALSE || next == OP_POP_JUMP_IF_TRUE ? OP_IS_OP_JUMP : 0;
    case OP_BUILD_SLICE:
        return next == OP_BINARY_SUBSCR  ? OP_BUILD_SLICE__BINARY_SUBSCR
               : next == OP_STORE_SUBSCR ? OP_BUILD_SLICE__STORE_SUBSCR
                                         : 0;
    default: return 0;
    }
}

void pym_specialize_quicken(PymCode *co) {
    PymInstr *code = co->co_code;
    for (int i = 0, next; i < co->co_ncode; i = next) {
        next = i + 1 + pym_opcode_cache_words(PYM_INSTR_OP(code[i]));
        if (next >= co->co_ncode) break;
        int sop = super_pair(PYM_INSTR_OP(code[i]), pym_specialize_base(PYM_INSTR_OP(code[next])));
        if (sop) code[i] = PYM_INSTR(sop, PYM_INSTR_ARG(code[i]));
    }
}
