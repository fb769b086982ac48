/*
** opcodes.h -- the instruction set, one X-macro line per opcode.  It drives
** the opcode enum, the disassembler's names and the VM's dispatch table.
**
** PYM_OPCODE(NAME, HASARG, JUMP): HASARG 1 when the argument is used; JUMP 1
** when the argument is an absolute jump target (an instruction index).
** The comments give the stack effect: "a b -- c" pops b (top) and a, pushes c.
**
** Exception handling uses a block stack in the frame (as CPython 3.10):
**   SETUP_FINALLY L pushes a block {handler L, stack level}.  When an
**   exception E is raised inside it, the VM pops the block, truncates the
**   value stack to the block's level, pushes an EXCEPT_HANDLER block with the
**   same level, pushes the previously handled exception (or None) and then E,
**   makes E the handled exception (sys.exc_info) and jumps to L:
**       L:  [level items] prev E
**   When an exception unwinds through an EXCEPT_HANDLER block, the VM
**   truncates the stack to level + 1, pops prev and makes it the handled
**   exception again, then keeps unwinding.  POP_EXCEPT does the same on the
**   normal path.  A RETURN_VALUE / YIELD does not touch the blocks (the
**   compiler emits POP_BLOCK / POP_EXCEPT before leaving protected regions).
**
** Calls: CALL_FUNCTION n   (callable arg1..argn -- result)
**        CALL_FUNCTION_KW n (callable arg1..argn kwnames -- result), kwnames a
**          constant tuple of str naming the last len(kwnames) arguments
**        LOAD_METHOD name then CALL_METHOD n / CALL_METHOD_KW n:
**          LOAD_METHOD pushes (unbound_method self) when the attribute is a
**          plain function/method descriptor found on the type, otherwise
**          (NULL bound_attr); CALL_METHOD calls with self prepended if set.
*/
#ifndef PYM_OPCODES_H
#define PYM_OPCODES_H

/* clang-format off */
#define PYM_OPCODE_LIST(X) \
    X(NOP, 0, 0)                  /* -- */ \
    X(POP_TOP, 0, 0)              /* a -- */ \
    X(ROT_TWO, 0, 0)              /* a b -- b a */ \
    X(ROT_THREE, 0, 0)            /* a b c -- c a b */ \
    X(ROT_FOUR, 0, 0)             /* a b c d -- d a b c */ \
    X(DUP_TOP, 0, 0)              /* a -- a a */ \
    X(DUP_TOP_TWO, 0, 0)          /* a b -- a b a b */ \
    X(LOAD_CONST, 1, 0)           /* -- co_consts[arg] */ \
    /* names */ \
    X(LOAD_FAST, 1, 0)            /* -- local[arg]; UnboundLocalError if unset */ \
    X(STORE_FAST, 1, 0)           /* v -- ; local[arg] = v */ \
    X(DELETE_FAST, 1, 0)          /* -- ; UnboundLocalError if unset */ \
    X(LOAD_DEREF, 1, 0)           /* -- cell[arg].contents; NameError/UnboundLocalError if empty */ \
    X(STORE_DEREF, 1, 0)          /* v -- */ \
    X(DELETE_DEREF, 1, 0)         /* -- */ \
    X(LOAD_CLOSURE, 1, 0)         /* -- cell[arg] (the cell itself) */ \
    X(LOAD_CLASSDEREF, 1, 0)      /* -- locals dict[name of cell arg], else cell contents */ \
    X(LOAD_GLOBAL, 1, 0)          /* -- globals/builtins[co_names[arg]]; NameError */ \
    X(STORE_GLOBAL, 1, 0)         /* v -- */ \
    X(DELETE_GLOBAL, 1, 0)        /* -- */ \
    X(LOAD_NAME, 1, 0)            /* -- locals/globals/builtins[co_names[arg]] */ \
    X(STORE_NAME, 1, 0)           /* v -- ; locals[co_names[arg]] = v */ \
    X(DELETE_NAME, 1, 0)          /* -- */ \
    X(LOAD_ATTR, 1, 0)            /* o -- o.co_names[arg] */ \
    X(STORE_ATTR, 1, 0)           /* v o -- ; o.name = v */ \
    X(DELETE_ATTR, 1, 0)          /* o -- */ \
    X(LOAD_METHOD, 1, 0)          /* o -- meth self  |  NULL attr (see above) */ \
    /* operators */ \
    X(UNARY_POSITIVE, 0, 0)       /* a -- +a */ \
    X(UNARY_NEGATIVE, 0, 0)       /* a -- -a */ \
    X(UNARY_NOT, 0, 0)            /* a -- not a */ \
    X(UNARY_INVERT, 0, 0)         /* a -- ~a */ \
    X(BINARY_OP, 1, 0)            /* a b -- a op b; arg is PYM_NB_* (+PYM_NB_INPLACE) */ \
    X(COMPARE_OP, 1, 0)           /* a b -- a cmp b; arg is PYM_LT..PYM_GE */ \
    X(IS_OP, 1, 0)                /* a b -- (a is b) ^ arg */ \
    X(CONTAINS_OP, 1, 0)          /* a b -- (a in b) ^ arg */ \
    X(BINARY_SUBSCR, 0, 0)        /* o k -- o[k] */ \
    X(STORE_SUBSCR, 0, 0)         /* v o k -- ; o[k] = v */ \
    X(DELETE_SUBSCR, 0, 0)        /* o k -- */ \
    X(BUILD_SLICE, 1, 0)          /* a b [c] -- slice(a, b[, c]); arg 2 or 3 */ \
    /* building */ \
    X(BUILD_TUPLE, 1, 0)          /* x1..xn -- (x1, .., xn) */ \
    X(BUILD_LIST, 1, 0)           /* x1..xn -- [x1, .., xn] */ \
    X(BUILD_SET, 1, 0)            /* x1..xn -- {x1, .., xn} */ \
    X(BUILD_MAP, 1, 0)            /* k1 v1 .. kn vn -- {k1: v1, ..} */ \
    X(BUILD_STRING, 1, 0)         /* s1..sn -- s1 + .. + sn (strs) */ \
    X(LIST_APPEND, 1, 0)          /* L(at depth arg, after pop) .. v -- L .. ; L.append(v) */ \
    X(SET_ADD, 1, 0)              /* like LIST_APPEND */ \
    X(MAP_ADD, 1, 0)              /* D .. k v -- D .. ; D[k] = v (depth arg after popping k v) */ \
    X(LIST_EXTEND, 1, 0)          /* L(at depth arg after pop) .. it -- ; L.extend(it) (TypeError "Value after * must be an iterable, not int") */ \
    X(SET_UPDATE, 1, 0)           /* like LIST_EXTEND for sets */ \
    X(DICT_UPDATE, 1, 0)          /* D .. m -- D .. ; D.update(m) ("'int' object is not a mapping") */ \
    X(DICT_MERGE, 1, 0)           /* like DICT_UPDATE but duplicate keys raise TypeError "f() got multiple values for keyword argument 'x'" (callable at depth arg+2) */ \
    X(LIST_TO_TUPLE, 0, 0)        /* L -- tuple(L) */ \
    X(FORMAT_VALUE, 1, 0)         /* v [spec] -- str; arg&3: 0 none, 1 str, 2 repr, 3 ascii; arg&4: spec on stack */ \
    X(UNPACK_SEQUENCE, 1, 0)      /* seq -- xn .. x1 (x1 on top); ValueError messages as CPython */ \
    X(UNPACK_EX, 1, 0)            /* seq -- ...; arg = before | after << 8, starred list in between */ \
    /* control */ \
    X(JUMP, 1, 1)                 /* -- ; goto arg */ \
    X(POP_JUMP_IF_FALSE, 1, 1)    /* c -- ; if not c: goto arg */ \
    X(POP_JUMP_IF_TRUE, 1, 1)     /* c -- ; if c: goto arg */ \
    X(JUMP_IF_FALSE_OR_POP, 1, 1) /* c -- c (jump) | -- (no jump) */ \
    X(JUMP_IF_TRUE_OR_POP, 1, 1)  /* c -- c (jump) | -- (no jump) */ \
    X(JUMP_IF_NOT_EXC_MATCH, 1, 1)/* e t -- ; if not isinstance(e, t): goto arg (t a class or tuple; TypeError "catching classes that do not inherit from BaseException is not allowed") */ \
    X(GET_ITER, 0, 0)             /* o -- iter(o) */ \
    X(FOR_ITER, 1, 1)             /* it -- it next  |  it -- (exhausted: goto arg) */ \
    /* functions and calls */ \
    X(CALL_FUNCTION, 1, 0) \
    X(CALL_FUNCTION_KW, 1, 0) \
    X(CALL_FUNCTION_EX, 1, 0)     /* f args_tuple [kwargs_dict] -- f(*args, **kw); arg&1: kwargs present */ \
    X(CALL_METHOD, 1, 0) \
    X(CALL_METHOD_KW, 1, 0)       /* meth self a1..an kwnames -- result */ \
    X(MAKE_FUNCTION, 1, 0)        /* [defaults] [kwdefaults] [annotations] [closure] code -- f; arg flags 1,2,4,8 */ \
    X(RETURN_VALUE, 0, 0)         /* v -- (returns v) */ \
    X(YIELD_VALUE, 0, 0)          /* v -- sent (suspends; on resume the sent value is pushed) */ \
    X(GET_YIELD_FROM_ITER, 0, 0)  /* o -- iter(o) (generators as they are) */ \
    X(YIELD_FROM, 0, 0)           /* it v -- it (suspends, delegating; re-runs this instruction) | it v -- result (sub-iterator done) */ \
    X(LOAD_BUILD_CLASS, 0, 0)     /* -- builtins.__build_class__ */ \
    X(SETUP_ANNOTATIONS, 0, 0)    /* -- ; locals['__annotations__'] = {} if missing */ \
    /* exceptions */ \
    X(SETUP_FINALLY, 1, 1)        /* -- ; push block (handler arg) */ \
    X(SETUP_WITH, 1, 1)           /* cm -- exit enter_result; push block (handler arg, level after exit) */ \
    X(POP_BLOCK, 0, 0)            /* -- ; pop a SETUP_FINALLY/SETUP_WITH block */ \
    X(POP_EXCEPT, 0, 0)           /* prev -- ; pop EXCEPT_HANDLER block, handled exception = prev */ \
    X(RERAISE, 1, 0)              /* e -- ; raise e again, keeping its traceback; arg 0: f_lasti = here */ \
    X(WITH_EXCEPT_START, 0, 0)    /* exit prev e -- exit prev e exit(type(e), e, tb) */ \
    X(RAISE_VARARGS, 1, 0)        /* [exc [cause]] -- ; arg 0: re-raise handled, 1: raise exc, 2: raise exc from cause */ \
    X(LOAD_ASSERTION_ERROR, 0, 0) /* -- AssertionError */ \
    /* modules */ \
    X(IMPORT_NAME, 1, 0)          /* level fromlist -- module; name co_names[arg] */ \
    X(IMPORT_FROM, 1, 0)          /* m -- m m.name (ImportError "cannot import name 'x' from 'm' (path)") */ \
    X(IMPORT_STAR, 0, 0)          /* m -- ; copies public names into locals */ \
    X(PRINT_EXPR, 0, 0)           /* v -- ; REPL echo through sys.displayhook */ \
    /* the match statement (match.c; CPython 3.11's names and effects) */ \
    X(COPY, 1, 0)                 /* a(at depth arg) .. -- a .. a */ \
    X(SWAP, 1, 0)                 /* a(at depth arg) .. b -- b .. a */ \
    X(ROT_N, 1, 0)                /* x1 .. xn -- xn x1 .. xn-1 (n = arg) */ \
    X(GET_LEN, 0, 0)              /* o -- o len(o) */ \
    X(MATCH_MAPPING, 0, 0)        /* o -- o is_mapping */ \
    X(MATCH_SEQUENCE, 0, 0)       /* o -- o is_sequence */ \
    X(MATCH_KEYS, 0, 0)           /* o keys -- o keys values_tuple_or_None */ \
    X(MATCH_CLASS, 1, 0)          /* o cls kwnames -- attrs_tuple_or_None; arg positional count */ \
    /* coroutines (await e: GET_AWAITABLE; LOAD_CONST None; YIELD_FROM) */ \
    X(GET_AWAITABLE, 1, 0)        /* o -- awaitable; arg 0 await, 1 after __aenter__, 2 after __aexit__ (for messages) */ \
    X(GET_AITER, 0, 0)            /* o -- o.__aiter__() */ \
    X(GET_ANEXT, 0, 0)            /* aiter -- aiter awaitable(aiter.__anext__()) */ \
    X(END_ASYNC_FOR, 0, 0)        /* aiter prev e -- ; StopAsyncIteration ends the loop (pops the handler block), else re-raises e */ \
    X(BEFORE_ASYNC_WITH, 0, 0)    /* cm -- aexit cm.__aenter__() */ \
    X(SETUP_ASYNC_WITH, 1, 1)     /* aexit res -- aexit res; push block (handler arg, level below res) */ \
    X(ASYNC_GEN_WRAP, 0, 0)       /* v -- wrapped(v): what an async generator's yield hands to asend */ \
    /* except* (see compile_try_star_except) */ \
    X(JUMP_IF_NOT_EG_MATCH, 1, 1) /* rest T -- rest' match (match: it becomes the handled exception) | rest T -- rest (no match: goto arg) */ \
    X(PREP_RERAISE_STAR, 0, 0)    /* orig list -- exc-to-raise-or-None */
/* clang-format on */

enum {
#define PYM_OPCODE_ENUM(name, hasarg, jump) OP_##name,
    PYM_OPCODE_LIST(PYM_OPCODE_ENUM)
#undef PYM_OPCODE_ENUM
        OP__COUNT
};

/* The opcodes' names, pym_opcode_names, are codeobject.h's. */

/* Specialized instructions (specialize.c): never emitted by the compiler nor
** stored in the bytecode cache; an instruction of the base opcode rewrites
** itself into one of these at run time, keeping its argument, and back when
** a guard fails.  PYM_SPECIALIZED(NAME, BASE); numbered after OP__COUNT. */
/* clang-format off */
#define PYM_SPECIALIZED_LIST(X) \
    X(BINARY_OP_ADD_INT, BINARY_OP)          /* compact int + compact int */ \
    X(BINARY_OP_SUB_INT, BINARY_OP) \
    X(BINARY_OP_ADD_FLOAT, BINARY_OP)        /* exact float op exact float */ \
    X(BINARY_OP_SUB_FLOAT, BINARY_OP) \
    X(BINARY_OP_MUL_FLOAT, BINARY_OP) \
    X(COMPARE_OP_INT, COMPARE_OP)            /* compact ints */ \
    X(COMPARE_OP_FLOAT, COMPARE_OP)          /* exact floats, or a float and a compact int */ \
    X(COMPARE_OP_STR, COMPARE_OP)            /* exact strs */ \
    X(BINARY_SUBSCR_LIST_INT, BINARY_SUBSCR) /* exact list [compact int in range] */ \
    X(BINARY_SUBSCR_TUPLE_INT, BINARY_SUBSCR) \
    X(BINARY_SUBSCR_DICT, BINARY_SUBSCR)     /* exact dict */ \
    X(STORE_SUBSCR_LIST_INT, STORE_SUBSCR) \
    X(STORE_SUBSCR_DICT, STORE_SUBSCR) \
    X(FOR_ITER_RANGE, FOR_ITER)              /* the iterator's exact type */ \
    X(FOR_ITER_LIST, FOR_ITER) \
    X(FOR_ITER_TUPLE, FOR_ITER) \
    X(UNPACK_SEQUENCE_TWO_TUPLE, UNPACK_SEQUENCE) \
    X(UNPACK_SEQUENCE_TUPLE, UNPACK_SEQUENCE) /* exact tuple/list of exactly arg items */ \
    X(UNPACK_SEQUENCE_LIST, UNPACK_SEQUENCE) \
    X(CALL_FUNCTION_PY_EXACT, CALL_FUNCTION) /* Python function, arg == its positional count */ \
    X(CALL_METHOD_PY_EXACT, CALL_METHOD) \
    X(CALL_FUNCTION_LEN, CALL_FUNCTION)      /* builtins len(x) */ \
    X(CALL_FUNCTION_ISINSTANCE, CALL_FUNCTION) \
    X(CALL_FUNCTION_TYPE_1, CALL_FUNCTION)   /* type(x) */ \
    X(CALL_METHOD_LIST_APPEND, CALL_METHOD)  /* exact list .append(x) */ \
    X(CALL_FUNCTION_CLASS, CALL_FUNCTION)    /* a class with object.__new__, Python __init__ */ \
    X(BINARY_OP_FLOAT_MIXED, BINARY_OP)      /* + - * / ** of exact floats and compact ints (two ints: only /; the *_FLOAT forms fall into it) */ \
    X(BINARY_OP_MUL_INT, BINARY_OP)          /* compact int * compact int */ \
    X(BINARY_OP_MOD_INT, BINARY_OP)          /* compact int % compact int (non-zero) */ \
    X(BINARY_OP_FLOORDIV_INT, BINARY_OP)     /* compact int // compact int (non-zero) */ \
    X(BINARY_OP_BITS_INT, BINARY_OP)         /* & | ^ << >> of compact ints (shift counts 0..31) */ \
    X(COMPARE_OP_INT_JUMP, COMPARE_OP)       /* COMPARE_OP_INT fused with the POP_JUMP_IF_* after it */ \
    X(COMPARE_OP_FLOAT_JUMP, COMPARE_OP) \
    /* calls of C functions and methods, str and slice subscripts, more iterators */ \
    X(CALL_FUNCTION_BUILTIN, CALL_FUNCTION)  /* a C function of builtins or a module (chr, min, sqrt) */ \
    X(CALL_METHOD_BUILTIN, CALL_METHOD)      /* math.sqrt(x): LOAD_METHOD left NULL and a module's C function */ \
    X(CALL_METHOD_DESCR, CALL_METHOD)        /* a C type's method (list.pop, set.add, str.join), self of that type */ \
    X(COMPARE_OP_STR_JUMP, COMPARE_OP)       /* COMPARE_OP_STR fused with the POP_JUMP_IF_* after it */ \
    X(BINARY_SUBSCR_STR_INT, BINARY_SUBSCR)  /* exact str [compact int] */ \
    X(BINARY_SUBSCR_LIST_SLICE, BINARY_SUBSCR) /* exact list [slice] */ \
    X(FOR_ITER_SET, FOR_ITER)                /* the iterator's exact type, as FOR_ITER_RANGE */ \
    X(FOR_ITER_DICT_KEYS, FOR_ITER) \
    X(FOR_ITER_DICT_VALUES, FOR_ITER) \
    X(FOR_ITER_DICT_ITEMS, FOR_ITER) \
    X(FOR_ITER_ENUMERATE, FOR_ITER) \
    X(FOR_ITER_ZIP, FOR_ITER) \
    X(FOR_ITER_REVERSED, FOR_ITER)           /* reversed() of a sequence, or of a list */ \
    /* superinstructions (pym_specialize_quicken): the pair's first instruction \
    ** runs both, the second stays as it was (a jump may land on it) */ \
    X(LOAD_FAST__LOAD_FAST, LOAD_FAST) \
    X(LOAD_FAST__LOAD_ATTR, LOAD_FAST) \
    X(LOAD_FAST__LOAD_METHOD, LOAD_FAST) \
    X(LOAD_FAST__LOAD_CONST, LOAD_FAST) \
    X(STORE_FAST__LOAD_FAST, STORE_FAST) \
    X(LOAD_CONST__LOAD_FAST, LOAD_CONST) \
    X(STORE_FAST__STORE_FAST, STORE_FAST)    /* a chain of stores (unpacking): runs to its end */ \
    X(UNPACK_SEQUENCE_TUPLE_STORE, UNPACK_SEQUENCE) /* exact tuple/list of arg items into the arg */ \
    X(UNPACK_SEQUENCE_LIST_STORE, UNPACK_SEQUENCE)  /* STORE_FASTs after it, stored directly */ \
    /* BUILD_SLICE + the subscript after it (a superinstruction): an exact list \
    ** sliced by None / compact-int bounds, no slice object made */ \
    X(BUILD_SLICE__BINARY_SUBSCR, BUILD_SLICE) \
    X(BUILD_SLICE__STORE_SUBSCR, BUILD_SLICE) \
    X(FOR_ITER_GEN, FOR_ITER)                /* an exact generator: its frame runs inline (vm.c) */ \
    X(BINARY_OP_COMPLEX, BINARY_OP)          /* + - * / of an exact complex and an exact complex, float or compact int */ \
    /* superinstructions of the call path (binary_trees' `if left is None: return 1`) */ \
    X(IS_OP_JUMP, IS_OP)                     /* IS_OP and the POP_JUMP_IF_* after it: no bool made */ \
    X(LOAD_CONST__RETURN_VALUE, LOAD_CONST) \
    X(COMPARE_OP_SET, COMPARE_OP)            /* exact sets/frozensets (subset tests, ==) */ \
    X(COMPARE_OP_SET_JUMP, COMPARE_OP)       /* COMPARE_OP_SET fused with the POP_JUMP_IF_* after it */
/* clang-format on */

enum {
    OP__SPECIALIZED_BEFORE = OP__COUNT - 1,
#define PYM_SPECIALIZED_ENUM(name, base) OP_##name,
    PYM_SPECIALIZED_LIST(PYM_SPECIALIZED_ENUM)
#undef PYM_SPECIALIZED_ENUM
        OP__ALL /* base and specialized opcodes */
};

/* Inline caches.  The assembler (compile.c) emits, right after each
** instruction of an opcode listed here, that many 32-bit cache words (zero
** when emitted; what the bytecode cache, co_code and dis keep of them), so
** an instruction finds its cache at ip + 1, private to it, and the VM skips
** the words when it enters the instruction (vm.c's TARGET).  Jumps and the
** line table count them: instruction indexes are word indexes.  The first
** word of a specializable instruction is its warm-up/backoff counter
** (specialize.h); the attribute instructions keep their entries after it
** (vm.c's attribute caches).  PYM_CACHE_LIST: X(a, opcode, words).
** An attribute site keeps PYM_ATTR_CACHE_WAYS entries (with 1 or 2,
** richards and hierarchy ran 4..20 % more instructions than the old
** 4-way tables; with 4 every measured program ran fewer). */
#define PYM_ATTR_CACHE_WAYS          4
#define PYM_ATTR_CACHE_WORDS         (5 * PYM_ATTR_CACHE_WAYS) /* vm.c's AttrWay: 5 words */
#define PYM_STORE_CACHE_WORDS        (3 * PYM_ATTR_CACHE_WAYS) /* vm.c's StoreWay: 3 words */
/* clang-format off */
#define PYM_CACHE_LIST(X, a) \
    X(a, BINARY_OP, 1) \
    X(a, COMPARE_OP, 1) \
    X(a, BINARY_SUBSCR, 1) \
    X(a, STORE_SUBSCR, 1) \
    X(a, FOR_ITER, 1) \
    X(a, UNPACK_SEQUENCE, 1) \
    X(a, CALL_FUNCTION, 4)     /* counter, CALL_FUNCTION_CLASS's class */ \
    X(a, CALL_METHOD, 1) \
    X(a, LOAD_ATTR, PYM_ATTR_CACHE_WORDS) \
    X(a, LOAD_METHOD, PYM_ATTR_CACHE_WORDS) \
    X(a, STORE_ATTR, PYM_STORE_CACHE_WORDS) \
    X(a, LOAD_GLOBAL, 6)       /* dict versions and value */ \
    X(a, LOAD_NAME, 2)         /* keys version and value offset (vm.c's NameCache) */ \
    X(a, STORE_NAME, 1)
/* clang-format on */
#define PYM_CACHE_COND_(op, name, n) (op) == OP_##name ? (n):
/* Cache words of base opcode op (a constant expression when op is one). */
#define PYM_OPCODE_CACHE_WORDS(op)   (PYM_CACHE_LIST(PYM_CACHE_COND_, op) 0)

/* PYM_NCACHE_NAME: the cache words of every opcode, base or specialized
** (a specialized form has its base's). */
enum {
#define PYM_NCACHE_BASE_(name, hasarg, jump) PYM_NCACHE_##name = PYM_OPCODE_CACHE_WORDS(OP_##name),
    PYM_OPCODE_LIST(PYM_NCACHE_BASE_)
#undef PYM_NCACHE_BASE_
#define PYM_NCACHE_SPEC_(name, base) PYM_NCACHE_##name = PYM_OPCODE_CACHE_WORDS(OP_##base),
        PYM_SPECIALIZED_LIST(PYM_NCACHE_SPEC_)
#undef PYM_NCACHE_SPEC_
            PYM_NCACHE__END
};

/* The cache words after an instruction of opcode op (base or specialized). */
static inline int pym_opcode_cache_words(int op) {
    switch (op) {
#define PYM_NCACHE_CASE_(name, hasarg, jump) \
    case OP_##name: return PYM_NCACHE_##name;
        PYM_OPCODE_LIST(PYM_NCACHE_CASE_)
#undef PYM_NCACHE_CASE_
#define PYM_NCACHE_CASE_(name, base) \
    case OP_##name: return PYM_NCACHE_##name;
        PYM_SPECIALIZED_LIST(PYM_NCACHE_CASE_)
#undef PYM_NCACHE_CASE_
    default: return 0;
    }
}

#endif
