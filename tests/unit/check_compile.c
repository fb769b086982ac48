/*
** check_compile.c -- unit tests of the compiler: instruction sequences,
** constant deduplication, variable classification (varnames, cellvars,
** freevars), code attributes, stack depth and the compile-time errors with
** their positions.
*/
#include "testutil.h"
#include "opcodes.h"
#include "dis.h"
#include "specialize.h"

/* The compiled opcode at word k of co (quickening, pym_specialize_quicken,
** may have made it a superinstruction of that base opcode). */
#define OP_AT(co, k) pym_specialize_base(PYM_INSTR_OP((co)->co_code[k]))

static PymCode *comp_mode(const char *src, int mode)
{
    PymObject *co = pym_compile_source(src, strlen(src), "<test>", mode);
    if (!co) pym_err_print();
    ck_assert_ptr_nonnull(co);
    ck_assert(PYM_CODE_CHECK(co));
    return (PymCode *)co;
}

static PymCode *comp(const char *src) { return comp_mode(src, PYM_FILE_INPUT); }

/* The nested code object named name (depth-first), borrowed. */
static PymCode *find_code(PymCode *co, const char *name)
{
    for (intptr_t i = 0; i < PYM_SIZE(co->co_consts); i++) {
        PymObject *k = PYM_TUPLE_GET(co->co_consts, i);
        if (!PYM_CODE_CHECK(k)) continue;
        if (strcmp(PYM_STR_UTF8(((PymCode *)k)->co_name), name) == 0) return (PymCode *)k;
        PymCode *r = find_code((PymCode *)k, name);
        if (r) return r;
    }
    return NULL;
}

/* The index of the instruction after instruction i (past its cache words). */
static int next_ins(PymCode *co, int i)
{
    return i + 1 + pym_opcode_cache_words(PYM_INSTR_OP(co->co_code[i]));
}

static int count_op(PymCode *co, int op)
{
    int n = 0;
    for (int i = 0; i < co->co_ncode; i = next_ins(co, i))
        if (OP_AT(co, i) == op) n++;
    return n;
}

/* Index of the first instruction with op (and arg, unless arg < 0), or -1. */
static int find_op(PymCode *co, int op, int arg)
{
    for (int i = 0; i < co->co_ncode; i = next_ins(co, i))
        if (OP_AT(co, i) == op && (arg < 0 || (int)PYM_INSTR_ARG(co->co_code[i]) == arg))
            return i;
    return -1;
}

/* 1 if the opcodes ops[0..n) appear consecutively somewhere. */
static int has_seq(PymCode *co, const int *ops, int n)
{
    for (int i = 0; i < co->co_ncode; i = next_ins(co, i)) {
        int j = 0, k = i;
        while (j < n && k < co->co_ncode && OP_AT(co, k) == ops[j]) {
            j++;
            k = next_ins(co, k);
        }
        if (j == n) return 1;
    }
    return 0;
}

/* Compares a tuple of str with a space-separated list of names. */
static void check_names(PymObject *t, const char *expected)
{
    char buf[256] = "";
    for (intptr_t i = 0; i < PYM_SIZE(t); i++) {
        if (i) strcat(buf, " ");
        strcat(buf, PYM_STR_UTF8(PYM_TUPLE_GET(t, i)));
    }
    ck_assert_str_eq(buf, expected);
}

static void check_error(const char *src, const char *type, const char *msg, int line, int offset)
{
    PymObject *co = pym_compile_source(src, strlen(src), "<test>", PYM_FILE_INPUT);
    ck_assert_ptr_null(co);
    PymObject *e = pym_err_fetch();
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(pym_type_name(e), type);
    PymObject *args = ((PymBaseException *)e)->args;
    ck_assert(PYM_SIZE(args) >= 1);
    ck_assert_str_eq(PYM_STR_UTF8(PYM_TUPLE_GET(args, 0)), msg);
    if (line > 0) {
        ck_assert(PYM_SIZE(args) == 2);
        PymObject *info = PYM_TUPLE_GET(args, 1);
        ck_assert_int_eq(pym_int_as_longlong(PYM_TUPLE_GET(info, 1)), line);
        ck_assert_int_eq(pym_int_as_longlong(PYM_TUPLE_GET(info, 2)), offset);
    }
    PYM_DECREF(e);
}

START_TEST(test_const_dedup)
{
    PymCode *co = comp("c = 257\nd = 257\ne = 1.0\nf = 1\ng = True\nh = 0.0\ni = -0.0\nj = 1\n");
    /* 257, 1.0, 1, True, 0.0, -0.0, None */
    ck_assert_int_eq(PYM_SIZE(co->co_consts), 7);
    ck_assert(PYM_INT_CHECK_EXACT(PYM_TUPLE_GET(co->co_consts, 0)));
    ck_assert_int_eq(pym_int_as_longlong(PYM_TUPLE_GET(co->co_consts, 0)), 257);
    ck_assert(PYM_FLOAT_CHECK_EXACT(PYM_TUPLE_GET(co->co_consts, 1)));
    ck_assert(PYM_INT_CHECK_EXACT(PYM_TUPLE_GET(co->co_consts, 2)));
    ck_assert_ptr_eq(PYM_TUPLE_GET(co->co_consts, 3), pym_True);
    ck_assert(PYM_FLOAT_VALUE(PYM_TUPLE_GET(co->co_consts, 4)) == 0.0);
    ck_assert(PYM_FLOAT_VALUE(PYM_TUPLE_GET(co->co_consts, 5)) == 0.0);
    ck_assert_ptr_eq(PYM_TUPLE_GET(co->co_consts, 6), pym_None);
    /* both loads of 257 use constant 0 */
    ck_assert_int_eq(PYM_INSTR_ARG(co->co_code[0]), 0);
    ck_assert_int_eq(PYM_INSTR_ARG(co->co_code[2]), 0);
    check_names(co->co_names, "c d e f g h i j");
    ck_assert_int_eq(co->co_flags, 0);
    PYM_DECREF(co);
}
END_TEST

START_TEST(test_module_sequence)
{
    PymCode *co = comp("x = 1\nprint(x)\n");
    int ops[] = { OP_LOAD_CONST, OP_STORE_NAME, OP_LOAD_NAME, OP_LOAD_NAME, OP_CALL_FUNCTION,
                  OP_POP_TOP, OP_LOAD_CONST, OP_RETURN_VALUE };
    /* the call is followed by its cache words (opcodes.h) */
    ck_assert_int_eq(co->co_ncode,
                     8 + PYM_NCACHE_CALL_FUNCTION + PYM_NCACHE_STORE_NAME + 2 * PYM_NCACHE_LOAD_NAME);
    for (int i = 0, k = 0; i < 8; i++, k = next_ins(co, k)) {
        ck_assert_int_eq(OP_AT(co, k), ops[i]);
        for (int j = k + 1; j < next_ins(co, k); j++) {
            ck_assert_int_eq(co->co_code[j], 0); /* zero when emitted */
            ck_assert_int_eq(pym_code_line(co, j), pym_code_line(co, k));
        }
    }
    ck_assert_int_eq(co->co_stacksize, 3);   /* CPython 3.11 counts the call's NULL: 3 */
    ck_assert_int_eq(pym_code_line(co, 0), 1);
    ck_assert_int_eq(pym_code_line(co, 4), 2);
    ck_assert_str_eq(PYM_STR_UTF8(co->co_name), "<module>");
    PYM_DECREF(co);
}
END_TEST

START_TEST(test_function_code)
{
    PymCode *co = comp("def f(a, b=2, *args, c, d=4, **kw):\n    'doc'\n    e = a\n    return e\n"
                       "def g():\n    return 1\n");
    PymCode *f = find_code(co, "f"), *g = find_code(co, "g");
    ck_assert_ptr_nonnull(f);
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(f->co_argcount, 2);
    ck_assert_int_eq(f->co_kwonlyargcount, 2);
    check_names(f->co_varnames, "a b c d args kw e");
    ck_assert_int_eq(f->co_nlocals, 7);
    ck_assert_int_eq(f->co_flags, PYM_CO_OPTIMIZED | PYM_CO_NEWLOCALS | PYM_CO_VARARGS |
                                  PYM_CO_VARKEYWORDS);
    ck_assert_str_eq(PYM_STR_UTF8(PYM_TUPLE_GET(f->co_consts, 0)), "doc");
    ck_assert_ptr_eq(PYM_TUPLE_GET(g->co_consts, 0), pym_None);
    ck_assert_int_eq(f->co_firstlineno, 1);
    ck_assert_int_eq(g->co_firstlineno, 5);
    /* defaults tuple + kwdefaults dict */
    ck_assert(find_op(co, OP_MAKE_FUNCTION, 3) >= 0);
    PYM_DECREF(co);
}
END_TEST

START_TEST(test_closure_cells)
{
    PymCode *co = comp("def f(a):\n    b = 1\n    def g():\n        return a + b\n    return g\n");
    PymCode *f = find_code(co, "f"), *g = find_code(co, "g");
    check_names(f->co_varnames, "a g");
    check_names(f->co_cellvars, "a b");
    check_names(f->co_freevars, "");
    ck_assert_ptr_nonnull(f->co_cell2arg);
    ck_assert_int_eq(f->co_cell2arg[0], 0);
    ck_assert_int_eq(f->co_cell2arg[1], -1);
    check_names(g->co_freevars, "a b");
    check_names(g->co_varnames, "");
    ck_assert_str_eq(PYM_STR_UTF8(g->co_qualname), "f.<locals>.g");
    ck_assert(g->co_flags & PYM_CO_NESTED);
    ck_assert_int_eq(count_op(g, OP_LOAD_DEREF), 2);
    int ops[] = { OP_LOAD_CLOSURE, OP_LOAD_CLOSURE, OP_BUILD_TUPLE, OP_LOAD_CONST, OP_MAKE_FUNCTION };
    ck_assert(has_seq(f, ops, 5));
    ck_assert(find_op(f, OP_MAKE_FUNCTION, 8) >= 0);
    ck_assert(find_op(f, OP_STORE_DEREF, 1) >= 0);
    PYM_DECREF(co);
}
END_TEST

START_TEST(test_global_nonlocal)
{
    PymCode *co = comp("x = 0\ndef f():\n    global x\n    x = 1\n    y = 2\n"
                       "    def g():\n        nonlocal y\n        y = 3\n        return z\n");
    PymCode *f = find_code(co, "f"), *g = find_code(co, "g");
    ck_assert(find_op(f, OP_STORE_GLOBAL, -1) >= 0);
    ck_assert_int_eq(count_op(f, OP_STORE_FAST), 1);  /* g */
    check_names(f->co_cellvars, "y");
    ck_assert(find_op(g, OP_STORE_DEREF, 0) >= 0);
    ck_assert(find_op(g, OP_LOAD_GLOBAL, -1) >= 0);
    PYM_DECREF(co);
}
END_TEST

START_TEST(test_class_body)
{
    PymCode *co = comp("class A(B, metaclass=M):\n    'doc'\n    x = 1\n"
                       "    def m(self):\n        return super().m()\n");
    PymCode *a = find_code(co, "A"), *m = find_code(co, "m");
    ck_assert_ptr_nonnull(a);
    check_names(a->co_cellvars, "__class__");
    check_names(m->co_freevars, "__class__");
    ck_assert_str_eq(PYM_STR_UTF8(m->co_qualname), "A.m");
    int tail[] = { OP_LOAD_CLOSURE, OP_DUP_TOP, OP_STORE_NAME, OP_RETURN_VALUE };
    ck_assert(has_seq(a, tail, 4));
    int head[] = { OP_LOAD_NAME, OP_STORE_NAME, OP_LOAD_CONST, OP_STORE_NAME, OP_LOAD_CONST,
                   OP_STORE_NAME };
    ck_assert(has_seq(a, head, 6));
    check_names(a->co_names, "__name__ __module__ __qualname__ __doc__ x m __classcell__");
    ck_assert_int_eq(a->co_flags, 0);
    ck_assert(find_op(co, OP_LOAD_BUILD_CLASS, -1) >= 0);
    ck_assert(find_op(co, OP_CALL_FUNCTION_KW, 4) >= 0);
    PYM_DECREF(co);

    /* a class without the cell returns None; class variables are not visible in methods */
    co = comp("class C:\n    v = 1\n    def m(self):\n        return v\n");
    PymCode *c = find_code(co, "C");
    check_names(c->co_cellvars, "");
    int none_tail[] = { OP_LOAD_CONST, OP_RETURN_VALUE };
    ck_assert(has_seq(c, none_tail, 2));
    ck_assert(find_op(find_code(co, "m"), OP_LOAD_GLOBAL, -1) >= 0);
    PYM_DECREF(co);
}
END_TEST

START_TEST(test_comprehension)
{
    PymCode *co = comp("def f(n):\n    return [x * n for x in range(n) if x]\n");
    PymCode *lc = find_code(co, "<listcomp>");
    ck_assert_ptr_nonnull(lc);
    ck_assert_int_eq(lc->co_argcount, 1);
    check_names(lc->co_varnames, ".0 x");
    check_names(lc->co_freevars, "n");
    ck_assert_str_eq(PYM_STR_UTF8(lc->co_qualname), "f.<locals>.<listcomp>");
    ck_assert(find_op(lc, OP_LIST_APPEND, 2) >= 0);
    int call[] = { OP_GET_ITER, OP_CALL_FUNCTION };
    ck_assert(has_seq(find_code(co, "f"), call, 2));
    PYM_DECREF(co);

    co = comp("g = (y for y in z)\nd = {k: v for k, v in w}\n");
    PymCode *ge = find_code(co, "<genexpr>");
    ck_assert(ge->co_flags & PYM_CO_GENERATOR);
    ck_assert(find_op(ge, OP_YIELD_VALUE, -1) >= 0);
    ck_assert(find_op(find_code(co, "<dictcomp>"), OP_MAP_ADD, 2) >= 0);
    PYM_DECREF(co);
}
END_TEST

START_TEST(test_calls)
{
    PymCode *co = comp("o.m(1, k=2)\nf(*a, **k)\nf(1, *a, b=2)\n");
    ck_assert(find_op(co, OP_LOAD_METHOD, -1) >= 0);
    ck_assert(find_op(co, OP_CALL_METHOD_KW, 2) >= 0);
    int ex[] = { OP_LOAD_NAME, OP_LOAD_NAME, OP_BUILD_MAP, OP_LOAD_NAME, OP_DICT_MERGE,
                 OP_CALL_FUNCTION_EX };
    ck_assert(has_seq(co, ex, 6));
    int ex2[] = { OP_BUILD_LIST, OP_LOAD_NAME, OP_LIST_EXTEND, OP_LIST_TO_TUPLE };
    ck_assert(has_seq(co, ex2, 4));
    ck_assert_int_eq(count_op(co, OP_CALL_FUNCTION_EX), 2);
    /* kwnames constant tuple ('k',) */
    int found = 0;
    for (intptr_t i = 0; i < PYM_SIZE(co->co_consts); i++) {
        PymObject *k = PYM_TUPLE_GET(co->co_consts, i);
        if (PYM_TUPLE_CHECK(k) && PYM_SIZE(k) == 1 && PYM_STR_CHECK(PYM_TUPLE_GET(k, 0)) &&
            strcmp(PYM_STR_UTF8(PYM_TUPLE_GET(k, 0)), "k") == 0)
            found = 1;
    }
    ck_assert(found);
    PYM_DECREF(co);
}
END_TEST

START_TEST(test_try_with_blocks)
{
    PymCode *co = comp("def f():\n    for i in x:\n        try:\n            with a as b:\n"
                       "                return 1\n        except E as e:\n            break\n"
                       "        finally:\n            g()\n");
    PymCode *f = find_code(co, "f");
    ck_assert(find_op(f, OP_SETUP_WITH, -1) >= 0);
    ck_assert(find_op(f, OP_WITH_EXCEPT_START, -1) >= 0);
    ck_assert(find_op(f, OP_JUMP_IF_NOT_EXC_MATCH, -1) >= 0);
    ck_assert(count_op(f, OP_SETUP_FINALLY) >= 3);
    /* the finally body is inlined: normal path, exceptional path, return, break */
    ck_assert_int_eq(count_op(f, OP_CALL_FUNCTION), 4 + 2 /* with exits */);
    ck_assert(count_op(f, OP_POP_EXCEPT) >= 3);
    ck_assert(count_op(f, OP_DELETE_FAST) >= 2);
    /* jumps land inside the code */
    for (int i = 0; i < f->co_ncode; i = next_ins(f, i)) {
        int op = PYM_INSTR_OP(f->co_code[i]);
        if (op == OP_JUMP || op == OP_SETUP_FINALLY || op == OP_FOR_ITER)
            ck_assert_int_lt(PYM_INSTR_ARG(f->co_code[i]), f->co_ncode);
    }
    PYM_DECREF(co);
}
END_TEST

START_TEST(test_misc_exprs)
{
    PymCode *co = comp("a < b < c\nx = y if z else w\nu = f'{v!r:>{n}}'\n"
                       "first, *rest = s\nd[k] += 1\no.at -= 2\nl = [*p, 1]\n"
                       "assert t, 'msg'\ndel d[k], o.at, q\nimport a.b.c\nimport a.b as ab\n"
                       "from . import m as mm\n");
    int chain[] = { OP_DUP_TOP, OP_ROT_THREE, OP_COMPARE_OP, OP_JUMP_IF_FALSE_OR_POP };
    ck_assert(has_seq(co, chain, 4));
    ck_assert(find_op(co, OP_FORMAT_VALUE, 2 | 4) >= 0);
    ck_assert(find_op(co, OP_UNPACK_EX, 1) >= 0);
    int aug[] = { OP_DUP_TOP_TWO, OP_BINARY_SUBSCR, OP_LOAD_CONST, OP_BINARY_OP, OP_ROT_THREE,
                  OP_STORE_SUBSCR };
    ck_assert(has_seq(co, aug, 6));
    ck_assert(find_op(co, OP_BINARY_OP, PYM_NB_INPLACE + PYM_NB_SUBTRACT) >= 0);
    ck_assert(find_op(co, OP_LIST_EXTEND, 1) >= 0);
    ck_assert(find_op(co, OP_LOAD_ASSERTION_ERROR, -1) >= 0);
    ck_assert(find_op(co, OP_DELETE_SUBSCR, -1) >= 0);
    ck_assert(find_op(co, OP_DELETE_ATTR, -1) >= 0);
    ck_assert(find_op(co, OP_DELETE_NAME, -1) >= 0);
    ck_assert_int_eq(count_op(co, OP_IMPORT_NAME), 3);
    ck_assert_int_eq(count_op(co, OP_IMPORT_FROM), 2);
    PYM_DECREF(co);
}
END_TEST

START_TEST(test_displays)
{
    /* CPython 3.11 shapes (they decide list over-allocation) */
    PymCode *co = comp("a = [1, 2, 3]\nb = {1, 2, 3}\nc = [x, 1, 2]\nd = (1, 2, 3)\n"
                       "e = [-1, -2, -3]\n");
    int lst[] = { OP_BUILD_LIST, OP_LOAD_CONST, OP_LIST_EXTEND, OP_STORE_NAME };
    ck_assert(has_seq(co, lst, 4));
    ck_assert_int_eq(PYM_INSTR_ARG(co->co_code[0]), 0);
    int st[] = { OP_BUILD_SET, OP_LOAD_CONST, OP_SET_UPDATE, OP_STORE_NAME };
    ck_assert(has_seq(co, st, 4));
    ck_assert(find_op(co, OP_BUILD_LIST, 3) >= 0);
    int tup[] = { OP_LOAD_CONST, OP_STORE_NAME };
    ck_assert(has_seq(co, tup, 2));
    ck_assert_int_eq(count_op(co, OP_BUILD_TUPLE), 0);
    ck_assert_int_eq(count_op(co, OP_LIST_EXTEND), 2);
    PYM_DECREF(co);
    /* more than 30 items: BUILD_LIST 0 and LIST_APPEND */
    char buf[512] = "l = [x";
    for (int i = 0; i < 40; i++) strcat(buf, ", x");
    strcat(buf, "]\n");
    co = comp(buf);
    ck_assert_int_eq(count_op(co, OP_LIST_APPEND), 41);
    PYM_DECREF(co);
}
END_TEST

START_TEST(test_modes)
{
    PymCode *co = comp_mode("1 + x\n", PYM_SINGLE_INPUT);
    ck_assert(find_op(co, OP_PRINT_EXPR, -1) >= 0);
    PYM_DECREF(co);
    co = comp_mode("x + 1", PYM_EVAL_INPUT);
    ck_assert_int_eq(OP_AT(co, co->co_ncode - 1), OP_RETURN_VALUE);
    ck_assert_int_eq(count_op(co, OP_POP_TOP), 0);
    PYM_DECREF(co);
    co = comp("x: int = 1\n");
    ck_assert_int_eq(OP_AT(co, 0), OP_SETUP_ANNOTATIONS);
    PYM_DECREF(co);
}
END_TEST

START_TEST(test_positions)
{
    PymCode *co = comp("f(\n  a,\n  g(b))\n");
    int first = find_op(co, OP_CALL_FUNCTION, 1);   /* g(b) */
    ck_assert(first >= 0);
    ck_assert_int_eq(pym_code_line(co, first), 3);
    ck_assert_int_eq(pym_code_position(co, first)->col, 2);
    /* its cache words share its position; the table holds runs, not words */
    ck_assert_int_gt(pym_opcode_cache_words(OP_CALL_FUNCTION), 0);
    ck_assert_ptr_eq(pym_code_position(co, first + 1), pym_code_position(co, first));
    ck_assert_int_lt(co->co_nposruns, co->co_ncode);
    ck_assert_int_eq(co->co_posruns[0].start, 0);
    ck_assert_ptr_null(pym_code_position(co, co->co_ncode));
    /* sys.getsizeof(code): the head, the words and the runs it holds */
    PymObject *name = pym_str_from_cstr("__sizeof__");
    ck_assert_ptr_nonnull(name);
    PymObject *size = pym_call_method((PymObject *)co, name, NULL, 0);
    PYM_DECREF(name);
    ck_assert_ptr_nonnull(size);
    ck_assert_int_eq(pym_int_as_ssize(size),
                     (intptr_t)(sizeof(PymCode) + co->co_ncode * sizeof(PymInstr) +
                                co->co_nposruns * sizeof(PymCodePosRun)));
    PYM_DECREF(size);
    int outer = find_op(co, OP_CALL_FUNCTION, 2);
    ck_assert_int_eq(pym_code_line(co, outer), 1);
    PYM_DECREF(co);
}
END_TEST

START_TEST(test_stacksize)
{
    PymCode *co = comp("def f(a, b, c):\n    return a + b * c\n"
                       "def g():\n    try:\n        pass\n    except E:\n        pass\n");
    ck_assert_int_eq(find_code(co, "f")->co_stacksize, 3);
    ck_assert_int_eq(find_code(co, "g")->co_stacksize, 4);
    PYM_DECREF(co);
}
END_TEST

START_TEST(test_errors)
{
    const char *se = "SyntaxError";
    check_error("def f():\n    x = 1\n    global x\n", se,
                "name 'x' is assigned to before global declaration", 3, 5);
    check_error("def f():\n    print(x)\n    global x\n", se,
                "name 'x' is used prior to global declaration", 3, 5);
    check_error("def f(x):\n    global x\n", se, "name 'x' is parameter and global", 2, 5);
    check_error("def f(x):\n    nonlocal x\n", se, "name 'x' is parameter and nonlocal", 2, 5);
    check_error("def f():\n    nonlocal x\n", se, "no binding for nonlocal 'x' found", 2, 5);
    check_error("nonlocal x\n", se, "nonlocal declaration not allowed at module level", 1, 1);
    check_error("return 1\n", se, "'return' outside function", 1, 1);
    check_error("class A:\n  yield 1\n", se, "'yield' outside function", 2, 3);
    check_error("break\n", se, "'break' outside loop", 1, 1);
    check_error("if 1:\n  continue\n", se, "'continue' not properly in loop", 2, 3);
    check_error("[(yield 1) for x in y]\n", se, "'yield' inside list comprehension", 1, 3);
    check_error("((yield 1) for x in y)\n", se, "'yield' inside generator expression", 1, 3);
    check_error("*a = 1\n", se, "starred assignment target must be in a list or tuple", 1, 1);
    check_error("*a, *b = 1\n", se, "multiple starred expressions in assignment", 1, 1);
    check_error("print(*a)\nx = *a\n", se, "can't use starred expression here", 2, 5);
    check_error("f(a=1, a=2)\n", se, "keyword argument repeated: a", 1, 8);
    check_error("def f():\n  from m import *\n", se, "import * only allowed at module level", 2, 17);
    char buf[2048] = "";
    for (int i = 0; i < 21; i++) {
        for (int j = 0; j < i; j++) strcat(buf, " ");
        strcat(buf, "while x:\n");
    }
    for (int j = 0; j < 21; j++) strcat(buf, " ");
    strcat(buf, "pass\n");
    check_error(buf, se, "too many statically nested blocks", 21, 21);
}
END_TEST

START_TEST(test_recursion_guard)
{
    /* the parser limits nesting itself, so build a deep AST by hand */
    PymArena *a = pym_arena_new();
    AstPos pos = {1, 0, 1, 1};
    AstExpr *e = ast_expr_new(a, EXPR_CONSTANT, pos);
    e->v.constant.kind = CONST_NONE;
    for (int i = 0; i < 20000; i++) {
        AstExpr *u = ast_expr_new(a, EXPR_UNARYOP, pos);
        u->v.unaryop.op = UOP_NOT;
        u->v.unaryop.operand = e;
        e = u;
    }
    AstStmt *s = ast_stmt_new(a, STMT_EXPR, pos);
    s->v.expr.value = e;
    AstMod mod = { PYM_FILE_INPUT, ast_seq_new(a), NULL };
    ast_seq_append(a, mod.body, s);
    PymObject *co = pym_compile_ast(&mod, "<test>");
    pym_arena_free(a);
    ck_assert_ptr_null(co);
    PymObject *exc = pym_err_fetch();
    ck_assert_ptr_nonnull(exc);
    ck_assert_str_eq(pym_type_name(exc), "RecursionError");
    ck_assert_str_eq(PYM_STR_UTF8(PYM_TUPLE_GET(((PymBaseException *)exc)->args, 0)),
                     "maximum recursion depth exceeded during compilation");
    PYM_DECREF(exc);
}
END_TEST

START_TEST(test_code_object)
{
    PymCode *co = comp("def f(): pass\n");
    PymObject *r = pym_object_repr((PymObject *)co);
    ck_assert_ptr_nonnull(r);
    ck_assert(strncmp(PYM_STR_UTF8(r), "<code object <module> at 0x", 27) == 0);
    ck_assert(strstr(PYM_STR_UTF8(r), ", file \"<test>\", line 1>") != NULL);
    PYM_DECREF(r);
    PymObject *v = pym_object_getattr_cstr((PymObject *)find_code(co, "f"), "co_name");
    ck_assert_ptr_nonnull(v);
    ck_assert_str_eq(PYM_STR_UTF8(v), "f");
    PYM_DECREF(v);
    v = pym_object_getattr_cstr((PymObject *)co, "co_consts");
    ck_assert(PYM_TUPLE_CHECK(v));
    PYM_DECREF(v);
    ck_assert_str_eq(pym_opcode_names[OP_LOAD_CONST], "LOAD_CONST");
    FILE *out = tmpfile();
    pym_code_disassemble(co, out);
    rewind(out);
    char buf[4096];
    size_t len = fread(buf, 1, sizeof buf - 1, out);
    buf[len] = 0;
    fclose(out);
    ck_assert(strstr(buf, "MAKE_FUNCTION") != NULL);
    ck_assert(strstr(buf, "Disassembly of <code object f") != NULL);
    PYM_DECREF(co);
}
END_TEST

Suite *compile_suite(void)
{
    Suite *s = suite_create("compile");
    TCase *tc = pym_tcase("compile");
    tcase_add_test(tc, test_const_dedup);
    tcase_add_test(tc, test_module_sequence);
    tcase_add_test(tc, test_function_code);
    tcase_add_test(tc, test_closure_cells);
    tcase_add_test(tc, test_global_nonlocal);
    tcase_add_test(tc, test_class_body);
    tcase_add_test(tc, test_comprehension);
    tcase_add_test(tc, test_calls);
    tcase_add_test(tc, test_try_with_blocks);
    tcase_add_test(tc, test_misc_exprs);
    tcase_add_test(tc, test_displays);
    tcase_add_test(tc, test_modes);
    tcase_add_test(tc, test_positions);
    tcase_add_test(tc, test_stacksize);
    tcase_add_test(tc, test_errors);
    tcase_add_test(tc, test_recursion_guard);
    tcase_add_test(tc, test_code_object);
    suite_add_tcase(s, tc);
    return s;
}
