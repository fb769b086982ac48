/*
** check_specialize.c -- adaptive specialization (specialize.c): for each
** specialized instruction, a function whose instruction warms up into the
** specialized form (checked in co_code) with the right results, then meets
** operands its guards refuse: the result is still right and the instruction
** is back in its base form (or, in a loop, specialized for the new operands).  Also: what co_code and the disassembler show,
** and that the fast paths keep refcounts and errors as the generic ones.
*/
#include "testutil.h"
#include "opcodes.h"
#include "specialize.h"
#include "dis.h"
#include "vm.h"
#include "marshal.h"
#include "funcobject.h"

/* Runs src in namespace g (a new one when g is NULL); returns g (new ref). */
static PymObject *run_in(PymObject *g, const char *src) {
    if (!g) {
        g = pym_dict_new();
        ck_assert_ptr_nonnull(g);
        pym_dict_setitem_cstr(g, "__name__", pym_str_intern_cstr("__main__"));
        pym_dict_setitem_cstr(g, "__builtins__", pym_builtins_dict());
    } else {
        PYM_INCREF(g);
    }
    PymObject *r = pym_run_string(src, strlen(src), "<test>", PYM_FILE_INPUT, g, g);
    if (!r) {
        pym_err_print();
        ck_abort_msg("failed: %s", src);
    }
    PYM_DECREF(r);
    return g;
}

static void check_repr(PymObject *g, const char *name, const char *expect) {
    PymObject *v = pym_dict_getitem_cstr(g, name);
    ck_assert_msg(v != NULL, "%s not set", name);
    PymObject *s = pym_object_repr(v);
    ck_assert_ptr_nonnull(s);
    ck_assert_msg(strcmp(PYM_STR_UTF8(s), expect) == 0, "%s = %s, not %s", name, PYM_STR_UTF8(s), expect);
    PYM_DECREF(s);
}

/* Index of the first instruction of function fname whose base opcode is base. */
static int find_base(PymObject *g, const char *fname, int base, PymCode **co) {
    PymObject *fn = pym_dict_getitem_cstr(g, fname);
    ck_assert_msg(fn && PYM_FUNCTION_CHECK(fn), "%s is not a function", fname);
    *co = (PymCode *)((PymFunction *)fn)->func_code;
    for (int i = 0; i < (*co)->co_ncode; i += 1 + pym_opcode_cache_words(PYM_INSTR_OP((*co)->co_code[i])))
        if (PYM_INSTR_OP(pym_specialize_original(*co, i)) == base) return i;
    ck_abort_msg("no %s in %s", pym_opcode_names[base], fname);
    return -1;
}

static void check_op(PymObject *g, const char *fname, int base, int expect) {
    PymCode *co;
    int i = find_base(g, fname, base, &co);
    int op = PYM_INSTR_OP(co->co_code[i]);
    const char *name = pym_specialize_name(op);
    ck_assert_msg(op == expect, "%s: %s, expected %s", fname, name ? name : pym_opcode_names[op],
                  pym_specialize_name(expect) ? pym_specialize_name(expect) : pym_opcode_names[expect]);
}

typedef struct SpecCase {
    const char *warm;       /* defines f, runs it: r1 */
    int base, spec;
    const char *r1;         /* repr of r1 */
    const char *deopt;      /* runs f on operands the guards refuse: r2 */
    const char *r2;
    int after;              /* the opcode then, when not base: a loop's FOR_ITER
                               specializes again for the new iterator */
} SpecCase;

static const SpecCase cases[] = {
    {"def f(a, b):\n    return a + b\nfor i in range(5):\n    r1 = f(i, 2)\n",
     OP_BINARY_OP, OP_BINARY_OP_ADD_INT, "6", "r2 = f('x', 'y')\n", "'xy'"},
    {"def f(a, b):\n    a += b\n    return a\nfor i in range(5):\n    r1 = f(2**29, 2**29)\n",
     OP_BINARY_OP, OP_BINARY_OP_ADD_INT, "1073741824", "r2 = f(2**40, 1)\n", "1099511627777"},
    {"def f(a, b):\n    return a - b\nfor i in range(5):\n    r1 = f(i, 10)\n",
     OP_BINARY_OP, OP_BINARY_OP_SUB_INT, "-6", "r2 = f(1.5, 0.25)\n", "1.25"},
    {"def f(a, b):\n    return a + b\nfor i in range(5):\n    r1 = f(i * 0.5, 0.25)\n",
     OP_BINARY_OP, OP_BINARY_OP_ADD_FLOAT, "2.25", "r2 = f(1, 2.5)\n", "3.5",
     OP_BINARY_OP_ADD_FLOAT}, /* a compact int: FLOAT_MIXED's body, no deoptimization */
    {"def f(a, b):\n    return a + b\nfor i in range(5):\n    r1 = f(i * 0.5, 0.25)\n",
     OP_BINARY_OP, OP_BINARY_OP_ADD_FLOAT, "2.25", "r2 = f('a', 'b')\n", "'ab'"},
    {"def f(a, b):\n    return a - b\nfor i in range(5):\n    r1 = f(1.0, i * 1.0)\n",
     OP_BINARY_OP, OP_BINARY_OP_SUB_FLOAT, "-3.0", "r2 = f(5, 3)\n", "2",
     OP_BINARY_OP_SUB_FLOAT}, /* two compact ints: the generic code's int path */
    {"def f(a, b):\n    return a - b\nfor i in range(5):\n    r1 = f(1.0, i * 1.0)\n",
     OP_BINARY_OP, OP_BINARY_OP_SUB_FLOAT, "-3.0", "r2 = f(5.0, 2**40)\n", "-1099511627771.0"},
    {"def f(a, b):\n    return a * b\nfor i in range(5):\n    r1 = f(1.5, i * 1.0)\n",
     OP_BINARY_OP, OP_BINARY_OP_MUL_FLOAT, "6.0", "r2 = f('ab', 2)\n", "'abab'"},
    {"def f(a, b):\n    return a < b\nfor i in range(5):\n    r1 = f(i, 3)\n",
     OP_COMPARE_OP, OP_COMPARE_OP_INT, "False", "r2 = f(1.5, 2)\n", "True"},
    {"def f(a, b):\n    return a <= b\nfor i in range(5):\n    r1 = f(i * 1.0, 3.0)\n",
     OP_COMPARE_OP, OP_COMPARE_OP_FLOAT, "False", "r2 = f(2**70, 1.0)\n", "False"},
    {"def f(a, b):\n    return a != b\nfor i in range(5):\n    r1 = f('a' * i, 'aaaa')\n",
     OP_COMPARE_OP, OP_COMPARE_OP_STR, "False", "r2 = f(1, 1.0)\n", "False"},
    {"def f(a, b):\n    return a[b]\nfor i in range(5):\n    r1 = f([1, 2, 3], i % 3 - 1)\n",
     OP_BINARY_SUBSCR, OP_BINARY_SUBSCR_LIST_INT, "1", "r2 = f((4, 5), -1)\n", "5"},
    {"def f(a, b):\n    return a[b]\nfor i in range(5):\n    r1 = f((1, 2, 3), i % 3)\n",
     OP_BINARY_SUBSCR, OP_BINARY_SUBSCR_TUPLE_INT, "2", "r2 = f({1: 'x'}, 1)\n", "'x'"},
    {"def f(a, b):\n    return a[b]\nfor i in range(5):\n    r1 = f({'a': i}, 'a')\n",
     OP_BINARY_SUBSCR, OP_BINARY_SUBSCR_DICT, "4", "r2 = f([7], 0)\n", "7"},
    {"def f(a, k, v):\n    a[k] = v\n    return a\nfor i in range(5):\n    r1 = f([0, 0], -1, i)\n",
     OP_STORE_SUBSCR, OP_STORE_SUBSCR_LIST_INT, "[0, 4]", "r2 = f({}, 1, 2)\n", "{1: 2}"},
    {"def f(a, k, v):\n    a[k] = v\n    return a\nfor i in range(5):\n    r1 = f({}, 'k', i)\n",
     OP_STORE_SUBSCR, OP_STORE_SUBSCR_DICT, "{'k': 4}", "r2 = f([0], 0, 9)\n", "[9]"},
    {"def f(it):\n    t = 0\n    for x in it:\n        t += x\n    return t\nr1 = f(range(-2, 5))\n",
     OP_FOR_ITER, OP_FOR_ITER_RANGE, "7", "r2 = f([1, 2])\n", "3", OP_FOR_ITER_LIST},
    {"def f(it):\n    t = 0\n    for x in it:\n        t += x\n    return t\nr1 = f([1, 2, 3])\n",
     OP_FOR_ITER, OP_FOR_ITER_LIST, "6", "r2 = f((1, 2))\n", "3", OP_FOR_ITER_TUPLE},
    {"def f(it):\n    t = 0\n    for x in it:\n        t += x\n    return t\nr1 = f((1, 2, 3))\n",
     OP_FOR_ITER, OP_FOR_ITER_TUPLE, "6", "r2 = f({5: 0})\n", "5"},
    /* a target that is not a local: the forms that push the items */
    {"def f(s):\n    l = [0]\n    a, l[0] = s\n    return l[0] - a\nfor i in range(5):\n    r1 = f((1, i))\n",
     OP_UNPACK_SEQUENCE, OP_UNPACK_SEQUENCE_TWO_TUPLE, "3", "r2 = f([2, 9])\n", "7"},
    {"def f(s):\n    global c\n    a, b, c = s\n    return c\nfor i in range(5):\n    r1 = f((1, 2, i))\n",
     OP_UNPACK_SEQUENCE, OP_UNPACK_SEQUENCE_TUPLE, "4", "r2 = f('xyz')\n", "'z'"},
    {"def f(s):\n    l = [0]\n    a, b, l[0] = s\n    return a + l[0]\nfor i in range(5):\n    r1 = f([1, 2, i])\n",
     OP_UNPACK_SEQUENCE, OP_UNPACK_SEQUENCE_LIST, "5", "r2 = f((7, 8, 9))\n", "16"},
    /* all targets locals: the *_STORE forms store them (a repeated target
    ** gets the last item, as the stores in order do) */
    {"def f(s):\n    a, b = s\n    return b - a\nfor i in range(5):\n    r1 = f((1, i))\n",
     OP_UNPACK_SEQUENCE, OP_UNPACK_SEQUENCE_TUPLE_STORE, "3", "r2 = f([2, 9])\n", "7"},
    {"def f(s):\n    a, b, a = s\n    return (a, b)\nfor i in range(5):\n    r1 = f((1, 2, i))\n",
     OP_UNPACK_SEQUENCE, OP_UNPACK_SEQUENCE_TUPLE_STORE, "(4, 2)", "r2 = f('xyz')\n", "('z', 'y')"},
    {"def f(s):\n    a, b, c = s\n    return a + c\nfor i in range(5):\n    r1 = f((1, 2, i))\n",
     OP_UNPACK_SEQUENCE, OP_UNPACK_SEQUENCE_TUPLE_STORE, "5", "r2 = f(iter((7, 8, 9)))\n", "16"},
    {"def f(s):\n    a, b, c = s\n    return a + c\nfor i in range(5):\n    r1 = f([1, 2, i])\n",
     OP_UNPACK_SEQUENCE, OP_UNPACK_SEQUENCE_LIST_STORE, "5", "r2 = f((7, 8, 9))\n", "16"},
    {"def f(s):\n    a, b = s\n    return a * b\nfor i in range(5):\n    r1 = f([3, i])\n",
     OP_UNPACK_SEQUENCE, OP_UNPACK_SEQUENCE_LIST_STORE, "12", "r2 = f({5: 0, 6: 1})\n", "30"},
    {"def g(x, y):\n    return x * y\ndef f(a):\n    return g(a, 3)\nfor i in range(5):\n    r1 = f(i)\n",
     OP_CALL_FUNCTION, OP_CALL_FUNCTION_PY_EXACT, "12", "g = lambda *a: len(a)\nr2 = f(5)\n", "2"},
    {"def mk(k):\n    def g(x, y):\n        return x * y + k\n    return g\ng = mk(100)\n"
     "def f(a):\n    return g(a, 3)\nfor i in range(5):\n    r1 = f(i)\n",
     OP_CALL_FUNCTION, OP_CALL_FUNCTION_PY_EXACT, "112",
     "def g(x, y, *z):\n    return x - y\nr2 = f(5)\n", "2"},
    {"class C:\n    def m(self, v):\n        return v + 1\ndef f(o):\n    return o.m(1)\nfor i in range(5):\n    r1 = f(C())\n",
     OP_CALL_METHOD, OP_CALL_METHOD_PY_EXACT, "2",
     "class D:\n    def m(self, *a):\n        return a\nr2 = f(D())\n", "(1,)"},
    {"def f(s):\n    return len(s)\nfor i in range(5):\n    r1 = f('abc' * i)\n",
     OP_CALL_FUNCTION, OP_CALL_FUNCTION_LEN, "12", "len = lambda s: -1\nr2 = f('abc')\n", "-1"},
    {"def f(a):\n    return isinstance(a, int)\nfor i in range(5):\n    r1 = f(i)\n",
     OP_CALL_FUNCTION, OP_CALL_FUNCTION_ISINSTANCE, "True",
     "isinstance = lambda a, b: 'no'\nr2 = f(1)\n", "'no'"},
    {"def f(a):\n    return type(a)\nfor i in range(5):\n    r1 = f(i)\n",
     OP_CALL_FUNCTION, OP_CALL_FUNCTION_TYPE_1, "<class 'int'>", "type = str\nr2 = f(3)\n", "'3'"},
    {"def f(l, v):\n    l.append(v)\n    return l\nfor i in range(5):\n    r1 = f([], i)\n",
     OP_CALL_METHOD, OP_CALL_METHOD_LIST_APPEND, "[4]",
     "class L(list):\n    def append(self, v):\n        list.append(self, -v)\nr2 = f(L(), 2)\n", "[-2]"},
    {"def f(a, b):\n    return a / b\nfor i in range(5):\n    r1 = f(1.0, i + 1)\n",
     OP_BINARY_OP, OP_BINARY_OP_FLOAT_MIXED, "0.2", "r2 = f(7, 2)\n", "3.5",
     OP_BINARY_OP_FLOAT_MIXED},   /* int / int */
    {"def f(a, b):\n    return a / b\nfor i in range(5):\n    r1 = f(-7, i + 1)\n",
     OP_BINARY_OP, OP_BINARY_OP_FLOAT_MIXED, "-1.4", "r2 = f(10**20, 3)\n", "3.333333333333333e+19"},
    {"def f(a, b):\n    return a * b\nfor i in range(5):\n    r1 = f(i, 0.5)\n",
     OP_BINARY_OP, OP_BINARY_OP_FLOAT_MIXED, "2.0", "r2 = f(2**40 + 1, 0.5)\n", "549755813888.5"},
    {"def f(a, b):\n    a -= b\n    return a\nfor i in range(5):\n    r1 = f(i, 0.25)\n",
     OP_BINARY_OP, OP_BINARY_OP_FLOAT_MIXED, "3.75", "r2 = f(3, 1)\n", "2",
     OP_BINARY_OP_FLOAT_MIXED},
    {"def f(a, b):\n    return a ** b\nfor i in range(5):\n    r1 = f(i + 0.5, -1.5)\n",
     OP_BINARY_OP, OP_BINARY_OP_FLOAT_MIXED, "0.10475656017578482", "r2 = f(2**70, 0.5)\n",
     "34359738368.0"},                                   /* float ** float; a big int */
    {"def f(a, b):\n    return a ** b\nfor i in range(5):\n    r1 = f(2, i * 0.5)\n",
     OP_BINARY_OP, OP_BINARY_OP_FLOAT_MIXED, "4.0", "r2 = f(3, 2)\n", "9",
     OP_BINARY_OP_FLOAT_MIXED},                          /* int ** float; int ** int: an int */
    {"def f(a, b):\n    return a + b\nfor i in range(5):\n    r1 = f(-0.0, i - 4)\n",
     OP_BINARY_OP, OP_BINARY_OP_FLOAT_MIXED, "0.0", "r2 = f([1], [2])\n", "[1, 2]"},
    /* BINARY_OP_COMPLEX: a complex with a complex, float or compact int */
    {"def f(a, b):\n    return a * b\nfor i in range(5):\n    r1 = f(1 + 1j * i, 2j)\n",
     OP_BINARY_OP, OP_BINARY_OP_COMPLEX, "(-8+2j)", "r2 = f('ab', 2)\n", "'abab'"},
    {"def f(a, b):\n    return a + b\nfor i in range(5):\n    r1 = f(i * 1j, 0.5)\n",
     OP_BINARY_OP, OP_BINARY_OP_COMPLEX, "(0.5+4j)", "r2 = f(2**40, 1j)\n", "(1099511627776+1j)"},
    {"def f(a, b):\n    return a / b\nfor i in range(5):\n    r1 = f(1 + 1j, i + 1)\n",
     OP_BINARY_OP, OP_BINARY_OP_COMPLEX, "(0.2+0.2j)", "r2 = f(True, 2j)\n", "-0.5j"},
    {"def f(a, b):\n    a -= b\n    return a\nfor i in range(5):\n    r1 = f(2j, i)\n",
     OP_BINARY_OP, OP_BINARY_OP_COMPLEX, "(-4+2j)", "r2 = f({1}, {1})\n", "set()"},
    {"def f(a, b):\n    return a / b\nfor i in range(5):\n    r1 = f(1.5, 2 - 1j)\n",
     OP_BINARY_OP, OP_BINARY_OP_COMPLEX, "(0.6+0.3j)", "r2 = f(1.5, 2.0)\n", "0.75"},
    {"def f(a, b):\n    return a * b\nfor i in range(5):\n    r1 = f(-(2**29), i - 2)\n",
     OP_BINARY_OP, OP_BINARY_OP_MUL_INT, "-1073741824", "r2 = f(2**40, 3)\n", "3298534883328"},
    {"def f(a, b):\n    a *= b\n    return a\nfor i in range(5):\n    r1 = f(i, 7)\n",
     OP_BINARY_OP, OP_BINARY_OP_MUL_INT, "28", "r2 = f('ab', 2)\n", "'abab'"},
    {"def f(a, b):\n    return a % b\nfor i in range(5):\n    r1 = f(i - 9, 4)\n",
     OP_BINARY_OP, OP_BINARY_OP_MOD_INT, "3", "r2 = f(7.5, 2)\n", "1.5"},
    {"def f(a, b):\n    return a % b\nfor i in range(5):\n    r1 = f(7, -i - 1)\n",
     OP_BINARY_OP, OP_BINARY_OP_MOD_INT, "-3", "r2 = f('%d!', 5)\n", "'5!'"},
    {"def f(a, b):\n    return a // b\nfor i in range(5):\n    r1 = f(-7, i + 1)\n",
     OP_BINARY_OP, OP_BINARY_OP_FLOORDIV_INT, "-2", "r2 = f(-7.0, 2)\n", "-4.0"},
    {"def f(a, b):\n    return a ^ b\nfor i in range(5):\n    r1 = f(i, -6)\n",
     OP_BINARY_OP, OP_BINARY_OP_BITS_INT, "-2", "r2 = f({1, 2}, {2, 3})\n", "{1, 3}"},
    {"def f(a, b):\n    return (a & b, a | b)\nfor i in range(5):\n    r1 = f(i + 8, 5)\n",
     OP_BINARY_OP, OP_BINARY_OP_BITS_INT, "(4, 13)", "r2 = f(True, False)\n", "(False, True)"},
    {"def f(a, b):\n    return a << b\nfor i in range(5):\n    r1 = f(-(2**29), 31 - i)\n",
     OP_BINARY_OP, OP_BINARY_OP_BITS_INT, "-72057594037927936", "r2 = f(2**40, 2)\n",
     "4398046511104"},
    {"def f(a, b):\n    return a >> b\nfor i in range(5):\n    r1 = f(-(2**29) + 1, 100 * i)\n",
     OP_BINARY_OP, OP_BINARY_OP_BITS_INT, "-1", "r2 = f(2**40, 2)\n", "274877906944"},
    {"def f(a, b):\n    if a < b:\n        return 1\n    return 0\nfor i in range(5):\n    r1 = f(i, 3)\n",
     OP_COMPARE_OP, OP_COMPARE_OP_INT_JUMP, "0", "r2 = f('a', 'b')\n", "1"},
    {"def f(a, b, c):\n    if a >= b or c:\n        return 1\n    return 0\nfor i in range(5):\n"
     "    r1 = f(i, 5, 0)\n", /* POP_JUMP_IF_TRUE */
     OP_COMPARE_OP, OP_COMPARE_OP_INT_JUMP, "0", "r2 = f(2**40, 5, 0)\n", "1"},
    {"def f(a, b):\n    n = 0\n    while a > b:\n        a -= 1.0\n        n += 1\n    return n\n"
     "r1 = f(10.5, 0.0)\n",
     OP_COMPARE_OP, OP_COMPARE_OP_FLOAT_JUMP, "11", "r2 = f(3, 1)\n", "2",
     OP_COMPARE_OP_FLOAT_JUMP}, /* compact ints compare exactly as doubles */
    {"def f(a, b):\n    n = 0\n    while a > b:\n        a -= 1.0\n        n += 1\n    return n\n"
     "r1 = f(10.5, 0.0)\n",
     OP_COMPARE_OP, OP_COMPARE_OP_FLOAT_JUMP, "11", "r2 = f(2**53 + 1.0, 2**53 - 1)\n", "1"},
    {"def f(a, b):\n    if a == b:\n        return 'eq'\n    return 'ne'\nfor i in range(5):\n"
     "    r1 = f(i * 0.5, 2.0)\n",
     OP_COMPARE_OP, OP_COMPARE_OP_FLOAT_JUMP, "'eq'", "r2 = f(2, 2.0)\n", "'eq'",
     OP_COMPARE_OP_FLOAT_JUMP},
    {"def f(a, b):\n    return a < b\nfor i in range(5):\n    r1 = f(i, 2.5)\n",
     OP_COMPARE_OP, OP_COMPARE_OP_FLOAT, "False", "r2 = (f(2.5, 3), f(float('nan'), 1), f(-1, -0.5))\n",
     "(True, False, True)", OP_COMPARE_OP_FLOAT},
    {"def f(a, b):\n    return a >= b\nfor i in range(5):\n    r1 = f(i * 1.0, 2)\n",
     OP_COMPARE_OP, OP_COMPARE_OP_FLOAT, "True", "r2 = f(2**60, 2.0**60)\n", "True"},
    /* calls of C functions and methods */
    {"def f(c):\n    return chr(ord(c) + 1)\nfor i in range(5):\n    r1 = f('a')\n",
     OP_CALL_FUNCTION, OP_CALL_FUNCTION_BUILTIN, "'b'", "ord = lambda c: 65\nr2 = f('a')\n", "'B'"},
    {"def f(a, b):\n    return max(a, b)\nfor i in range(5):\n    r1 = f(i, 2)\n",
     OP_CALL_FUNCTION, OP_CALL_FUNCTION_BUILTIN, "4", "max = {1: 'one'}.get\nr2 = f(1, 2)\n",
     "'one'"}, /* a bound C method: self to qualify errors with */
    {"import math\ndef f(x):\n    return math.sqrt(x)\nfor i in range(5):\n    r1 = f(i * i)\n",
     OP_CALL_METHOD, OP_CALL_METHOD_BUILTIN, "4.0",
     "class M:\n    def sqrt(self, x):\n        return -x\nmath = M()\nr2 = f(9)\n", "-9"},
    {"import math\ndef f(x):\n    return math.sqrt(x)\nfor i in range(5):\n    r1 = f(i * i)\n",
     OP_CALL_METHOD, OP_CALL_METHOD_BUILTIN, "4.0",
     "m = math.sqrt\nmath.sqrt = lambda x: 'py'\nr2 = f(9)\nmath.sqrt = m\n", "'py'"},
    {"def f(l):\n    return l.pop()\nfor i in range(5):\n    r1 = f([1, i])\n",
     OP_CALL_METHOD, OP_CALL_METHOD_DESCR, "4",
     "class L(list):\n    def pop(self):\n        return 'mine'\nr2 = f(L([1]))\n", "'mine'"},
    {"class L(list):\n    pass\ndef f(l):\n    return l.pop()\nfor i in range(5):\n    r1 = f(L([1, i]))\n",
     OP_CALL_METHOD, OP_CALL_METHOD_DESCR, "4", /* a subclass that keeps list.pop */
     "r2 = f(bytearray(b'xy'))\n", "121", OP_CALL_METHOD_DESCR}, /* any descriptor that fits */
    {"def f(s, x):\n    s.add(x)\n    return len(s)\nfor i in range(5):\n    r1 = f(set(), i)\n",
     OP_CALL_METHOD, OP_CALL_METHOD_DESCR, "1", "class S:\n    def add(self, x):\n        pass\n    def __len__(self):\n        return 7\n"
     "r2 = f(S(), 3)\n", "7"},
    /* str comparisons: every ordering */
    {"def f(a, b):\n    return a < b\nfor i in range(5):\n    r1 = f('ab', 'a' * i)\n",
     OP_COMPARE_OP, OP_COMPARE_OP_STR, "False", "r2 = f((1,), (2,))\n", "True"},
    {"def f(a, b):\n    return (a >= b, b > a)\nfor i in range(5):\n    r1 = f('\u00e9t\u00e9', '\u20ac' * i)\n",
     OP_COMPARE_OP, OP_COMPARE_OP_STR, "(False, True)", "r2 = f(2, 1)\n", "(True, False)"},
    {"def f(c):\n    n = 0\n    while c <= 'e':\n        c = chr(ord(c) + 1)\n        n += 1\n    return n\n"
     "r1 = f('a')\n",
     OP_COMPARE_OP, OP_COMPARE_OP_STR_JUMP, "5", "class C(str):\n    pass\nr2 = f(C('c'))\n", "3",
     OP_COMPARE_OP_STR_JUMP}, /* deoptimized by the subclass, specialized again by the strs */
    /* set comparisons: plain and fused with the jump; a subclass deoptimizes */
    {"def f(a, b):\n    return (a <= b, a < b, a == b, a != b, a >= b, a > b)\nfor i in range(5):\n"
     "    r1 = f(frozenset([1, 2]), {1, 2, i})\n",
     OP_COMPARE_OP, OP_COMPARE_OP_SET, "(True, True, False, True, False, False)",
     "class S(set):\n    def __le__(self, o):\n        return 'mine'\nr2 = f(S([1]), {1})\n",
     "('mine', False, True, False, True, False)"},
    {"def f(a, b):\n    n = 0\n    for x in a:\n        if x <= b:\n            n += 1\n    return n\n"
     "r1 = f([{1}, {2}, {1, 2}, frozenset(), {3}, {1, 2, 3}], frozenset({1, 2}))\n",
     OP_COMPARE_OP, OP_COMPARE_OP_SET_JUMP, "4",
     "class S(set):\n    def __le__(self, o):\n        return False\nr2 = f([S({1}), {1}, {5}], {1})\n", "1",
     OP_COMPARE_OP_SET_JUMP}, /* deoptimized by the subclass, specialized again by the sets */
    /* subscripts */
    {"def f(s, i):\n    return s[i]\nfor i in range(5):\n    r1 = f('abcde\u20ac', i - 6)\n",
     OP_BINARY_SUBSCR, OP_BINARY_SUBSCR_STR_INT, "'e'", "r2 = f(b'xy', 1)\n", "121"},
    {"def f(l, s):\n    return l[s]\nfor i in range(5):\n    r1 = f([1, 2, 3, 4], slice(-i, None))\n",
     OP_BINARY_SUBSCR, OP_BINARY_SUBSCR_LIST_SLICE, "[1, 2, 3, 4]", "r2 = f('abc', slice(1, 2))\n", "'b'"},
    /* more iterators */
    {"def f(it):\n    t = 0\n    for x in it:\n        t += x\n    return t\nr1 = f({1, 2, 3})\n",
     OP_FOR_ITER, OP_FOR_ITER_SET, "6", "r2 = f([5, 6])\n", "11", OP_FOR_ITER_LIST},
    {"def f(it):\n    t = 0\n    for x in it:\n        t += x\n    return t\nr1 = f({1: 0, 2: 0})\n",
     OP_FOR_ITER, OP_FOR_ITER_DICT_KEYS, "3", "r2 = f({4: 1, 5: 2}.values())\n", "3", OP_FOR_ITER_DICT_VALUES},
    {"def f(d):\n    t = 0\n    for k, v in d.items():\n        t += k * v\n    return t\nr1 = f({1: 2, 3: 4})\n",
     OP_FOR_ITER, OP_FOR_ITER_DICT_ITEMS, "14", "r2 = f({})\n", "0", OP_FOR_ITER_DICT_ITEMS},
    {"def f(it):\n    t = 0\n    for i, x in it:\n        t += i * x\n    return t\nr1 = f(enumerate([5, 6, 7]))\n",
     OP_FOR_ITER, OP_FOR_ITER_ENUMERATE, "20", "r2 = f(zip([2, 3], [4, 5]))\n", "23", OP_FOR_ITER_ZIP},
    {"def f(it):\n    t = 0\n    for x in it:\n        t = t * 10 + x\n    return t\nr1 = f(reversed([1, 2, 3]))\n",
     OP_FOR_ITER, OP_FOR_ITER_REVERSED, "321", "r2 = f(reversed(range(3)))\n", "210", OP_FOR_ITER_RANGE},
    {"def f(it):\n    t = 0\n    for x in it:\n        t = t * 10 + x\n    return t\nr1 = f(reversed((1, 2, 3)))\n",
     OP_FOR_ITER, OP_FOR_ITER_REVERSED, "321", "r2 = f(reversed([4, 5]))\n", "54", OP_FOR_ITER_REVERSED},
    /* a generator: its frame runs inline; a list, then an iterator class */
#define GEN_F "def g(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\n" \
              "def f(it):\n    t = 0\n    for x in it:\n        t += x\n    return t\nr1 = f(g(5))\n"
    {GEN_F, OP_FOR_ITER, OP_FOR_ITER_GEN, "10", "r2 = f([1, 2])\n", "3", OP_FOR_ITER_LIST},
    {GEN_F, OP_FOR_ITER, OP_FOR_ITER_GEN, "10",
     "class It:\n    def __init__(self):\n        self.n = 3\n    def __iter__(self):\n        return self\n"
     "    def __next__(self):\n        self.n -= 1\n        if self.n < 0:\n            raise StopIteration\n"
     "        return self.n\nr2 = f(It())\n", "3"},
    /* a generator finished, or running: the generic code, the form stays */
    {GEN_F, OP_FOR_ITER, OP_FOR_ITER_GEN, "10", "e = g(3)\nlist(e)\nr2 = f(e)\n", "0", OP_FOR_ITER_GEN},
    {GEN_F, OP_FOR_ITER, OP_FOR_ITER_GEN, "10",
     "def h():\n    try:\n        f(me)\n    except ValueError as e:\n        yield str(e)\n"
     "me = h()\nr2 = next(me)\n", "'generator already executing'", OP_FOR_ITER_GEN},
#undef GEN_F
#define CLASS_P "class P:\n    def __init__(self, a):\n        self.a = a\n" \
                "def f(v):\n    return P(v).a\nfor i in range(5):\n    r1 = f(i)\n"
    {CLASS_P, OP_CALL_FUNCTION, OP_CALL_FUNCTION_CLASS, "4",        /* not a class any more */
     "P = lambda v: type('X', (), {'a': -v})\nr2 = f(3)\n", "-3"},
    {CLASS_P, OP_CALL_FUNCTION, OP_CALL_FUNCTION_CLASS, "4",        /* __init__ replaced */
     "P.__init__ = lambda self, a: setattr(self, 'a', a * 10)\nr2 = f(3)\n", "30",
     OP_CALL_FUNCTION_CLASS},
    {CLASS_P, OP_CALL_FUNCTION, OP_CALL_FUNCTION_CLASS, "4",        /* ... by one it cannot call */
     "P.__init__ = lambda self, *a: setattr(self, 'a', a)\nr2 = f(3)\n", "(3,)"},
    {CLASS_P, OP_CALL_FUNCTION, OP_CALL_FUNCTION_CLASS, "4",        /* a subclass: refilled */
     "class S(P):\n    pass\nP = S\nr2 = f(3)\n", "3", OP_CALL_FUNCTION_CLASS},
    {"class Q:\n    pass\ndef f():\n    return type(Q()).__name__\nfor i in range(5):\n    r1 = f()\n",
     OP_CALL_FUNCTION, OP_CALL_FUNCTION_CLASS, "'Q'",               /* __new__ appears */
     "Q.__new__ = lambda cls: 'new'\nr2 = f()\n", "'str'"},
#undef CLASS_P
    /* a bound method found as an attribute (NULL, method): unpacked into
    ** the function and self, then the exact form */
#define BOUND_M "class B:\n    def m(self, a):\n        return a + 1\nclass H:\n    pass\n" \
                "h = H()\nh.cb = B().m\ndef f(v):\n    return h.cb(v)\n" \
                "for i in range(5):\n    r1 = f(i)\n"
    {BOUND_M, OP_CALL_METHOD, OP_CALL_METHOD_PY_EXACT, "5",       /* a C function now */
     "h.cb = len\nr2 = f('abc')\n", "3"},
    {BOUND_M, OP_CALL_METHOD, OP_CALL_METHOD_PY_EXACT, "5",       /* a C method */
     "h.cb = [].append\nr2 = f(1)\n", "None"},
    {BOUND_M, OP_CALL_METHOD, OP_CALL_METHOD_PY_EXACT, "5",       /* another function */
     "B.m = lambda self, a: a * 3\nh.cb = B().m\nr2 = f(4)\n", "12", OP_CALL_METHOD_PY_EXACT},
    {BOUND_M, OP_CALL_METHOD, OP_CALL_METHOD_PY_EXACT, "5",       /* other arguments */
     "B.m = lambda self, a, b=2: a * b\nh.cb = B().m\nr2 = f(4)\n", "8"},
#undef BOUND_M
};

START_TEST(test_fast_path_and_deopt) {
    const SpecCase *c = &cases[_i];
    pym_specialize_reset();
    PymObject *g = run_in(NULL, c->warm);
    check_repr(g, "r1", c->r1);
    check_op(g, "f", c->base, c->spec);
    PYM_DECREF(run_in(g, c->deopt));
    check_repr(g, "r2", c->r2);
    check_op(g, "f", c->base, c->after ? c->after : c->base);
    PYM_DECREF(g);
}
END_TEST

/* The backoff: after a deoptimization the base form runs a while before it
** specializes again, then does. */
START_TEST(test_backoff) {
    pym_specialize_reset();
    PymObject *g = run_in(NULL, "def f(a, b):\n    return a + b\nf(1, 2)\nf('a', 'b')\n");
    check_op(g, "f", OP_BINARY_OP, OP_BINARY_OP);
    PYM_DECREF(run_in(g, "f(1, 2)\n"));
    check_op(g, "f", OP_BINARY_OP, OP_BINARY_OP);                /* still waiting */
    PYM_DECREF(run_in(g, "for i in range(5):\n    r = f(i, 1)\n"));
    check_op(g, "f", OP_BINARY_OP, OP_BINARY_OP_ADD_INT);        /* tried again */
    check_repr(g, "r", "5");
    /* a site that never fits backs off further each time: stays generic */
    PYM_DECREF(run_in(g, "def h(a, b):\n    return a + b\nfor i in range(100):\n    s = h('x', 'y')\n"));
    check_op(g, "h", OP_BINARY_OP, OP_BINARY_OP);
    PYM_DECREF(g);
}
END_TEST

/* Errors on the fast paths are the generic ones; the form stays. */
START_TEST(test_fast_path_errors) {
    pym_specialize_reset();
    PymObject *g = run_in(NULL,
        "def f(a, b):\n    return a[b]\nfor i in range(5):\n    f([1], 0)\n"
        "try:\n    f([1], 3)\nexcept IndexError as e:\n    m1 = str(e)\n"
        "def d(a, b):\n    return a[b]\nfor i in range(5):\n    d({0: 1}, 0)\n"
        "try:\n    d({}, 'k')\nexcept KeyError as e:\n    m2 = repr(e)\n"
        "try:\n    d({}, [])\nexcept TypeError as e:\n    m3 = str(e)\n"
        "def s(a, k):\n    a[k] = 0\nfor i in range(5):\n    s([1], 0)\n"
        "try:\n    s([], -1)\nexcept IndexError as e:\n    m4 = str(e)\n"
        "def n(x):\n    return len(x)\nfor i in range(5):\n    n('')\n"
        "try:\n    n(5)\nexcept TypeError as e:\n    m5 = str(e)\n"
        "def u(s):\n    a, b = s\n    return a\nfor i in range(5):\n    u((1, 2))\n"
        "def u2(s):\n    a, b = s\n    return a\nfor i in range(5):\n    u2([1, 2])\n"
        "try:\n    u2([1])\nexcept ValueError as e:\n    m8 = str(e)\n"
        "try:\n    u((1, 2, 3))\nexcept ValueError as e:\n    m6 = str(e)\n"
        "def q(a, b):\n    return a / b\nfor i in range(5):\n    q(i, 2.0)\n"
        "try:\n    q(1.5, 0)\nexcept ZeroDivisionError as e:\n    m7 = str(e)\n"
        "def p(a, b):\n    return a ** b\nfor i in range(5):\n    p(i + 1.0, 0.5)\n"
        "try:\n    p(0.0, -1)\nexcept ZeroDivisionError as e:\n    m9 = str(e)\n"
        "try:\n    p(10.0, 400)\nexcept OverflowError as e:\n    m10 = str(e)\n"
        "m11 = (p(-2.0, 3), p(float('inf'), -1), p(2.0, float('nan')), p(0.0, 0),\n"
        "       p(1e-300, 2), p(4, 0.5), p(2.0, -1074), p(1.0, float('inf')))\n");
    check_repr(g, "m1", "'list index out of range'");
    check_op(g, "f", OP_BINARY_SUBSCR, OP_BINARY_SUBSCR_LIST_INT);
    check_repr(g, "m2", "\"KeyError('k')\"");
    check_repr(g, "m3", "\"unhashable type: 'list'\"");
    check_op(g, "d", OP_BINARY_SUBSCR, OP_BINARY_SUBSCR_DICT);
    check_repr(g, "m4", "'list assignment index out of range'");
    check_op(g, "s", OP_STORE_SUBSCR, OP_STORE_SUBSCR_LIST_INT);
    check_repr(g, "m5", "\"object of type 'int' has no len()\"");
    check_op(g, "n", OP_CALL_FUNCTION, OP_CALL_FUNCTION_LEN);
    check_repr(g, "m6", "'too many values to unpack (expected 2)'");
    check_op(g, "u", OP_UNPACK_SEQUENCE, OP_UNPACK_SEQUENCE);
    check_repr(g, "m8", "'not enough values to unpack (expected 2, got 1)'");
    check_op(g, "u2", OP_UNPACK_SEQUENCE, OP_UNPACK_SEQUENCE);
    check_repr(g, "m7", "'float division by zero'");
    check_op(g, "q", OP_BINARY_OP, OP_BINARY_OP_FLOAT_MIXED);
    check_repr(g, "m9", "'0.0 cannot be raised to a negative power'");
    check_repr(g, "m10", "\"(34, 'Numerical result out of range')\"");
    check_repr(g, "m11", "(-8.0, 0.0, nan, 1.0, 0.0, 2.0, "
                         "5e-324, 1.0)");
    check_op(g, "p", OP_BINARY_OP, OP_BINARY_OP_FLOAT_MIXED);
    PYM_DECREF(g);
    /* COMPARE_OP_SET*: an element's __eq__ that raises, in both forms */
    g = run_in(NULL,
        "class K:\n    def __hash__(self):\n        return 1\n"
        "    def __eq__(self, o):\n        raise ValueError('no eq')\n"
        "def c(a, b):\n    return a == b\n"
        "def j(a, b):\n    if a <= b:\n        return 1\n    return 0\n"
        "for i in range(5):\n    c({i}, {1})\n    j({i}, {1, 2})\n"
        "try:\n    c({K()}, {K()})\nexcept ValueError as e:\n    s1 = str(e)\n"
        "try:\n    j({K()}, {K(), 3})\nexcept ValueError as e:\n    s2 = str(e)\n");
    check_repr(g, "s1", "'no eq'");
    check_repr(g, "s2", "'no eq'");
    check_op(g, "c", OP_COMPARE_OP, OP_COMPARE_OP_SET);
    check_op(g, "j", OP_COMPARE_OP, OP_COMPARE_OP_SET_JUMP);
    PYM_DECREF(g);
}
END_TEST

/* Errors and big results the int forms leave to the generic code: the form
** stays (the operands fit its guards). */
START_TEST(test_int_forms_generic_cases) {
    pym_specialize_reset();
    PymObject *g = run_in(NULL,
        "def m(a, b):\n    return a % b\ndef d(a, b):\n    return a // b\n"
        "def l(a, b):\n    return a << b\ndef r(a, b):\n    return a >> b\n"
        "for i in range(5):\n    m(i, 3)\n    d(i, 3)\n    l(i, 3)\n    r(i, 3)\n"
        "try:\n    m(1, 0)\nexcept ZeroDivisionError as e:\n    e1 = str(e)\n"
        "try:\n    d(1, 0)\nexcept ZeroDivisionError as e:\n    e2 = str(e)\n"
        "try:\n    l(1, -1)\nexcept ValueError as e:\n    e3 = str(e)\n"
        "try:\n    r(1, -1)\nexcept ValueError as e:\n    e4 = str(e)\n"
        "big = l(-3, 100)\nsmall = r(-3, 2**20)\nq = d(-(2**30) + 1, -1)\n");
    check_repr(g, "e1", "'integer modulo by zero'");
    check_repr(g, "e2", "'integer division or modulo by zero'");
    check_repr(g, "e3", "'negative shift count'");
    check_repr(g, "e4", "'negative shift count'");
    check_repr(g, "big", "-3802951800684688204490109616128");
    check_repr(g, "small", "-1");
    check_repr(g, "q", "1073741823");
    check_op(g, "m", OP_BINARY_OP, OP_BINARY_OP_MOD_INT);
    check_op(g, "d", OP_BINARY_OP, OP_BINARY_OP_FLOORDIV_INT);
    check_op(g, "l", OP_BINARY_OP, OP_BINARY_OP_BITS_INT);
    check_op(g, "r", OP_BINARY_OP, OP_BINARY_OP_BITS_INT);
    PYM_DECREF(g);
}
END_TEST

/* LOAD_NAME / STORE_NAME keep the index of the name's entry: loads and
** stores through it see every change of the namespace (deletion, rebinding
** after a resize, a class body's own namespace, a name only in globals or
** builtins), and refcounts are the generic path's. */
START_TEST(test_name_cache) {
    PymObject *g = run_in(NULL,
        "x = 1\nt = 0\n"
        "for i in range(6):\n"
        "    t = t + x\n"
        "    if i == 2:\n        del x\n        x = 10\n"
        "    if i == 3:\n        for k in range(100):\n            globals()['n%d' % k] = k\n"
        "    if i == 4:\n        for k in range(100):\n            del globals()['n%d' % k]\n"
        "class C:\n    y = x\n    for i in range(4):\n        y = y + x + i\n"
        "        if i == 1:\n            del y\n            y = -100\n"
        "cy = C.y\n");
    check_repr(g, "t", "33");
    check_repr(g, "cy", "-75"); /* -100, + 10 + 2, + 10 + 3 */
    PYM_DECREF(g);
    g = run_in(NULL,
        "v = object()\nw = v\nfor i in range(5):\n    w = v\n    u = w\n"
        "import sys\nrc = sys.getrefcount(v)\n");
    check_repr(g, "rc", "4"); /* v, w, u and the argument, as CPython */
    PYM_DECREF(g);
}
END_TEST

/* Superinstructions: quickening gives each pair its form when the code is
** made, co_code and marshal keep the compiled instructions, the disassembler
** shows both; errors of either half are the plain instructions' (message,
** line), and a jump to the second half runs it alone. */
START_TEST(test_superinstructions) {
    pym_specialize_reset();
    PymObject *g = run_in(NULL,
        "def f(a, b):\n    x = a\n    return x.real + b\n"
        "c0 = f.__code__.co_code\n"
        "def u1():\n    if 0:\n        a = b = 1\n    return a + b\n"
        "def u2():\n    a = 1\n    if 0:\n        b = 1\n    return a + b\n"
        "def at(o):\n    return (o +\n            o.nope)\n"
        "def lp(n):\n    t = 0\n    i = 0\n    while i < n:\n        t = t + i\n        i = i + 1\n    return t\n"
        "def sw(s):\n    a, b, c = s\n    return c + b + a\n"
        "try:\n    u1()\nexcept UnboundLocalError as e:\n    m1 = str(e)\n"
        "try:\n    u2()\nexcept UnboundLocalError as e:\n    m2 = str(e)\n"
        "try:\n    at(1)\nexcept AttributeError as e:\n    m3 = (str(e), e.__traceback__.tb_next.tb_lineno)\n"
        "r = f(2, 3)\nsame = f.__code__.co_code == c0\ns = lp(10)\nsw3 = sw('xyz')\n");
    check_repr(g, "sw3", "'zyx'");
    check_op(g, "sw", OP_STORE_FAST, OP_STORE_FAST__STORE_FAST);
    check_repr(g, "r", "5");
    check_repr(g, "same", "True");
    check_repr(g, "s", "45");
    check_repr(g, "m1",
               "\"cannot access local variable 'a' where it is not associated with a value\"");
    check_repr(g, "m2",
               "\"cannot access local variable 'b' where it is not associated with a value\"");
    check_repr(g, "m3", "(\"'int' object has no attribute 'nope'\", 16)");
    check_op(g, "f", OP_STORE_FAST, OP_STORE_FAST__LOAD_FAST);
    check_op(g, "u2", OP_LOAD_FAST, OP_LOAD_FAST__LOAD_FAST);
    PymCode *co;
    int i = find_base(g, "f", OP_LOAD_ATTR, &co);
    ck_assert_int_eq(PYM_INSTR_OP(co->co_code[i - 1]), OP_LOAD_FAST__LOAD_ATTR);
    ck_assert_int_eq(PYM_INSTR_OP(pym_specialize_original(co, i - 1)), OP_LOAD_FAST);
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    pym_code_disassemble(co, mem);
    fclose(mem);
    ck_assert_msg(strstr(text, "[specialized: LOAD_FAST__LOAD_ATTR]") &&
                      strstr(text, "[specialized: STORE_FAST__LOAD_FAST]"),
                  "%s", text);
    free(text);
    PYM_DECREF(g);
}
END_TEST

/* The pairs LOAD_FAST + LOAD_METHOD / LOAD_CONST and LOAD_CONST +
** LOAD_FAST: formed, right results, and an unbound local in either half
** still raises CPython's UnboundLocalError. */
START_TEST(test_super_pairs_const_method) {
    PymObject *g = run_in(NULL,
        "def lm(a):\n    return a.upper()\n"
        "def lc(a):\n    return a - 1\n"
        "def cl(a):\n    return 10 - a\n"
        "def ulm():\n    return a.upper()\n    a = 1\n"
        "def ulc():\n    return a - 1\n    a = 1\n"
        "def ucl():\n    return 10 - a\n    a = 1\n"
        "msgs = []\n"
        "for i in range(3):\n"
        "    r = (lm('ab'), lc(5), cl(4))\n"
        "    for fn in (ulm, ulc, ucl):\n"
        "        try:\n            fn()\n        except UnboundLocalError as e:\n"
        "            msgs.append(str(e))\n"
        "m = msgs[-1]\nsame = msgs == [m] * 9\n");
    check_op(g, "lm", OP_LOAD_FAST, OP_LOAD_FAST__LOAD_METHOD);
    check_op(g, "lc", OP_LOAD_FAST, OP_LOAD_FAST__LOAD_CONST);
    check_op(g, "cl", OP_LOAD_CONST, OP_LOAD_CONST__LOAD_FAST);
    check_op(g, "ulm", OP_LOAD_FAST, OP_LOAD_FAST__LOAD_METHOD);
    check_op(g, "ulc", OP_LOAD_FAST, OP_LOAD_FAST__LOAD_CONST);
    check_op(g, "ucl", OP_LOAD_CONST, OP_LOAD_CONST__LOAD_FAST);
    check_repr(g, "r", "('AB', 4, 6)");
    check_repr(g, "m", "\"cannot access local variable 'a' where it is not associated with a value\"");
    check_repr(g, "same", "True");
    PYM_DECREF(g);
}
END_TEST

/* BUILD_SLICE + BINARY_SUBSCR / STORE_SUBSCR: the pair's form resolves the
** slice of an exact list (or a read of an exact str) with None /
** compact-int bounds itself (fast path);
** anything else runs the plain BUILD_SLICE and subscript (the generic path:
** the form stays, having no guard to fail).  The slice CPython makes is
** played by the spare: a first slice counts one allocation for the
** collector, the next ones none, on either path; items keep their counts. */
START_TEST(test_fused_slices) {
    pym_specialize_reset();
    PymObject *g = run_in(NULL,
        "import gc\n"
        "def ld(a, i, j):\n    return a[i:j]\n"
        "def ldk(a, i, j, k):\n    return a[i:j:k]\n"
        "def st(a, i, j, v):\n    a[i:j] = v\n    return a\n"
        "def stk(a, i, j, k, v):\n    a[i:j:k] = v\n    return a\n"
        "def count(f, *args):\n"
        "    gc.disable()\n    c0 = gc.get_count()[0]\n    r = f(*args)\n"
        "    c1 = gc.get_count()[0]\n    gc.enable()\n    return c1 - c0\n"
        "class L(list):\n    def __getitem__(self, k):\n        return ('L', k)\n"
        "class S(str):\n    pass\n"
        "r1 = (ld([1, 2, 3, 4], 1, 3), ld([1, 2, 3], None, -1), ldk(list(range(6)), 4, None, -2),\n"
        "      ldk([1, 2, 3], None, None, -1), st([1, 2, 3, 4], 1, 3, 'xy'),\n"
        "      st(list(range(5)), 0, 2, (7,)), stk(list(range(5)), None, None, -2, [7, 8, 9]))\n"
        "r1s = (ld('abcd', 1, 3), ldk('h\\xe9llo', None, None, -2), ld('\\u20acx\\u4e2d', 1, None),\n"
        "       ld('GGTA', -3, None))\n");
    check_repr(g, "r1",
               "([2, 3], [1, 2], [4, 2, 0], [3, 2, 1], [1, 'x', 'y', 4], [7, 2, 3, 4], [9, 1, 8, 3, 7])");
    check_repr(g, "r1s", "('bc', 'olh', 'x\u4e2d', 'GTA')");
    check_op(g, "ld", OP_BUILD_SLICE, OP_BUILD_SLICE__BINARY_SUBSCR);
    check_op(g, "ldk", OP_BUILD_SLICE, OP_BUILD_SLICE__BINARY_SUBSCR);
    check_op(g, "st", OP_BUILD_SLICE, OP_BUILD_SLICE__STORE_SUBSCR);
    check_op(g, "stk", OP_BUILD_SLICE, OP_BUILD_SLICE__STORE_SUBSCR);
    /* the generic path: other containers, values, bounds; errors */
    PymObject *g2 = run_in(g,
        "r2 = (ld(S('abcd'), 1, 3), ld((1, 2, 3), 1, None), ld(L([1, 2]), 0, 1), ld(range(9), 2**70, None),\n"
        "      ld([1, 2, 3], True, 2**80), st([1, 2, 3], 0, 1, (c for c in 'ab')),\n"
        "      st(bytearray(b'abc'), 1, 2, b'XY'), stk(list(range(4)), None, None, 2, 'ab'))\n"
        "def err(f, *a):\n    try:\n        f(*a)\n    except Exception as e:\n"
        "        return type(e).__name__ + ': ' + str(e)\n"
        "r3 = (err(ldk, [1], None, None, 0), err(ld, [1], 'a', None), err(st, (1,), 0, 1, [2]),\n"
        "      err(stk, [1, 2], None, None, 1 - 2, [1]), err(st, [1], 0, 1, 5))\n");
    PYM_DECREF(g2);
    check_repr(g, "r2",
               "('bc', (2, 3), ('L', slice(0, 1, None)), range(9, 9), [2, 3], ['a', 'b', 2, 3], "
               "bytearray(b'aXYc'), ['a', 1, 'b', 3])");
    check_repr(g, "r3",
               "('ValueError: slice step cannot be zero', 'TypeError: slice indices must be integers "
               "or None or have an __index__ method', \"TypeError: 'tuple' object does not support "
               "item assignment\", 'ValueError: attempt to assign sequence of size 1 to extended "
               "slice of size 2', 'TypeError: can only assign an iterable')");
    check_op(g, "ld", OP_BUILD_SLICE, OP_BUILD_SLICE__BINARY_SUBSCR);
    check_op(g, "st", OP_BUILD_SLICE, OP_BUILD_SLICE__STORE_SUBSCR);
    /* gc counts: with no spare, the first slice counts (fast path as the
    ** generic one), then none; the spare is back after a fast path */
    const char *counts[] = {
        "gc.disable()\nc0 = gc.get_count()[0]\nr = Lst[0:2]\nc = gc.get_count()[0] - c0\ngc.enable()\n",
        "gc.disable()\nc0 = gc.get_count()[0]\nr = Tup[0:2]\nc = gc.get_count()[0] - c0\ngc.enable()\n",
        "gc.disable()\nc0 = gc.get_count()[0]\nLst[0:2] = Tup\nc = gc.get_count()[0] - c0\ngc.enable()\n",
        "gc.disable()\nc0 = gc.get_count()[0]\nBa[0:2] = Tup\nc = gc.get_count()[0] - c0\ngc.enable()\n",
        "gc.disable()\nc0 = gc.get_count()[0]\nr = Str[0:2]\nc = gc.get_count()[0] - c0\ngc.enable()\n"};
    PymObject *gr = run_in(g, "Lst = [1, 2, 3]\nTup = (1, 2)\nBa = bytearray(b'abc')\nStr = 'abc'\nr = None\n");
    PYM_DECREF(gr);
    intptr_t got[5][2];
    for (int k = 0; k < 5; k++) {
        for (int round = 0; round < 2; round++) {
            if (round == 0) pym_slice_clear_cache();
            if (k < 2 || k == 4) { /* r is None before each: no old result freed */
                gr = run_in(g, "r = None\n");
                PYM_DECREF(gr);
            }
            PymObject *gk = run_in(g, counts[k]);
            PYM_DECREF(gk);
            got[k][round] = pym_int_as_ssize(pym_dict_getitem_cstr(g, "c"));
            ck_assert_ptr_nonnull(pym_slice_spare);
        }
    }
    /* the same on both paths: the first time one more, the slice made;
    ** (the get_count tuples and the result of a read are counted alike) */
    for (int k = 0; k < 5; k++) {
        ck_assert_int_eq(got[k][0], got[1][0]);
        ck_assert_int_eq(got[k][1], got[1][1]);
    }
    ck_assert_int_eq(got[1][0], got[1][1] + 1);
    check_op(g, "ld", OP_BUILD_SLICE, OP_BUILD_SLICE__BINARY_SUBSCR);
    /* items copied and replaced keep CPython's counts */
    PymObject *g3 = run_in(g,
        "import sys\no = object()\nR = [o] * 5\nc = ld(R, 1, 4)\nd = ldk(R, None, None, -2)\n"
        "st(R, 0, 2, c)\nst(R, 0, None, d)\nstk(R, None, None, 2, [0, 0])\n"
        "rc = (sys.getrefcount(o), R.count(o))\n");
    PYM_DECREF(g3);
    check_repr(g, "rc", "(9, 1)");
    PYM_DECREF(g);
}
END_TEST

/* The int forms put a one-digit result into an operand only the stack holds
** (here, with the leak check off, they do): values at the edges of one digit
** and of the small-int cache, and a value a variable holds never changes. */
START_TEST(test_int_temporaries) {
    pym_specialize_reset();
    PymObject *g = run_in(NULL,
        "def f(a, b):\n"
        "    return ((a + b) * (a - b + 1) - (a * 3 + 7), (a + 999) % 1000 - (b - 300) // 7,\n"
        "            ((a + 300) & 0xFFFFF) | ((b - 300) ^ 77))\n"
        "r = [f(i * 9973 - 40000, 2**30 - 1 - i) for i in range(20)]\n"
        "s = sum(x + y + z for x, y, z in r)\nlast = r[-1]\n"
        "def g(x):\n    y = x + 1\n    z = (y + 1) + 1\n    return (x, y, z)\n"
        "k = [g(5000 + i) for i in range(10)][-1]\n"
        "e = [(i + 250) + 6 for i in range(3)] + [(i - 300) - (2**30 - 400) for i in range(3)]\n");
    check_op(g, "f", OP_BINARY_OP, OP_BINARY_OP_ADD_INT);
    check_repr(g, "s", "-23058429475207314477");
    check_repr(g, "last", "(-1152921438237368424, -153391157, 1073741727)");
    check_repr(g, "k", "(5009, 5010, 5012)");
    check_repr(g, "e", "[256, 257, 258, -1073741724, -1073741723, -1073741722]");
    PYM_DECREF(g);
}
END_TEST

/* Float results go into a temporary operand (refcount 1, the stack's),
** never into a float something else holds; not while tracemalloc records. */
START_TEST(test_float_temporaries) {
    pym_specialize_reset();
    PymObject *g = run_in(NULL,
        "import sys\n"
        "def f(x, y, z):\n"
        "    return (x * x + y * y + z * z) ** 0.5 / (x - y) - (2 * z + 1) * 0.5\n"
        "r = [f(i + 0.5, i * 2.0, 3.0) for i in range(20)]\n"
        "s = sum(r)\n"
        "a = 1.5\nb = 2.5\n"
        "def g(p, q):\n    t = p * q\n    u = t + 1.0\n    return (t, u, p, q)\n"
        "rc0 = (sys.getrefcount(a), sys.getrefcount(b))\n"
        "k = [g(a, b) for i in range(10)][-1]\n"
        "rc = (sys.getrefcount(a) - rc0[0], sys.getrefcount(b) - rc0[1])\n"
        "import tracemalloc\ntracemalloc.start()\n"
        "k2 = [g(a, b) for i in range(3)][-1]\ns2 = sum(f(i + 0.5, i * 2.0, 3.0) for i in range(20))\n"
        "tracemalloc.stop()\n");
    check_op(g, "f", OP_BINARY_OP, OP_BINARY_OP_MUL_FLOAT);
    check_repr(g, "s", "-117.23513704517325");
    check_repr(g, "k", "(3.75, 4.75, 1.5, 2.5)");
    check_repr(g, "k2", "(3.75, 4.75, 1.5, 2.5)");
    check_repr(g, "s2", "-117.23513704517325");
    check_repr(g, "rc", "(1, 1)"); /* k holds them */
    PYM_DECREF(g);
}
END_TEST

/* Complex results likewise go into a temporary exact complex operand, never
** into one a variable holds; not while tracemalloc records. */
START_TEST(test_complex_temporaries) {
    pym_specialize_reset();
    PymObject *g = run_in(NULL,
        "import sys\n"
        "def f(z, c):\n"
        "    return (z * z + c) * (z - c) / (c + 1) - 2 * z\n"
        "r = [f(complex(i, -0.5) / 3, 0.25 - 0.75j) for i in range(20)]\n"
        "s = sum(r)\n"
        "a = 1.5 + 1j\nb = 2.5 - 2j\n"
        "def g(p, q):\n    t = p * q\n    u = t + 1.0\n    return (t, u, p, q)\n"
        "rc0 = (sys.getrefcount(a), sys.getrefcount(b))\n"
        "k = [g(a, b) for i in range(10)][-1]\n"
        "rc = (sys.getrefcount(a) - rc0[0], sys.getrefcount(b) - rc0[1])\n"
        "import tracemalloc\ntracemalloc.start()\n"
        "k2 = [g(a, b) for i in range(3)][-1]\n"
        "s2 = sum(f(complex(i, -0.5) / 3, 0.25 - 0.75j) for i in range(20))\n"
        "tracemalloc.stop()\n");
    check_op(g, "f", OP_BINARY_OP, OP_BINARY_OP_COMPLEX);
    check_op(g, "g", OP_BINARY_OP, OP_BINARY_OP_COMPLEX);
    check_repr(g, "s", "(627.9302832244009+485.6100217864923j)");
    check_repr(g, "k", "((5.75-0.5j), (6.75-0.5j), (1.5+1j), (2.5-2j))");
    check_repr(g, "k2", "((5.75-0.5j), (6.75-0.5j), (1.5+1j), (2.5-2j))");
    check_repr(g, "s2", "(627.9302832244009+485.6100217864923j)");
    check_repr(g, "rc", "(1, 1)"); /* k holds them */
    PYM_DECREF(g);
}
END_TEST

/* Refcounts after the fast paths are the generic ones. */
START_TEST(test_refcounts) {
    pym_specialize_reset();
    PymObject *g = run_in(NULL,
        "def ap(l, v):\n    l.append(v)\n"
        "def st(d, k, v):\n    d[k] = v\n"
        "def ld(t, i):\n    return t[i]\n"
        "def un(s):\n    a, b = s\n    return a\n"
        "def ul(s):\n    a, b = s\n    return a\n"
        "def ut(s):\n    o = [0]\n    a, o[0] = s\n    return a\n"
        "val = object()\nl = []\nd = {}\nt = (val, val)\n"
        "for i in range(5):\n    ap(l, val)\n    st(d, i, val)\n    x = ld(t, 0)\n    y = un(t)\n"
        "    z = ul([val, val])\n    w = ut(t)\n");
    check_op(g, "ap", OP_CALL_METHOD, OP_CALL_METHOD_LIST_APPEND);
    check_op(g, "st", OP_STORE_SUBSCR, OP_STORE_SUBSCR_DICT);
    check_op(g, "ld", OP_BINARY_SUBSCR, OP_BINARY_SUBSCR_TUPLE_INT);
    check_op(g, "un", OP_UNPACK_SEQUENCE, OP_UNPACK_SEQUENCE_TUPLE_STORE);
    check_op(g, "ul", OP_UNPACK_SEQUENCE, OP_UNPACK_SEQUENCE_LIST_STORE);
    check_op(g, "ut", OP_UNPACK_SEQUENCE, OP_UNPACK_SEQUENCE_TWO_TUPLE);
    PymObject *val = pym_dict_getitem_cstr(g, "val");
    /* namespace val, x, y, z, w; 5 in l; 5 in d; 2 in t */
    ck_assert_int_eq(val->ob_refcnt, 5 + 5 + 5 + 2);
    PYM_DECREF(g);
}
END_TEST

/* co_code and the disassembler show the instruction as compiled; the
** disassembler adds the specialized form. */
START_TEST(test_code_and_dis) {
    pym_specialize_reset();
    PymObject *g = run_in(NULL,
        "def f(a, b):\n    return a + b\nc0 = f.__code__.co_code\n"
        "for i in range(5):\n    f(i, i)\nsame = f.__code__.co_code == c0\n");
    check_repr(g, "same", "True");
    check_op(g, "f", OP_BINARY_OP, OP_BINARY_OP_ADD_INT);
    PymCode *co;
    find_base(g, "f", OP_BINARY_OP, &co);
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    pym_code_disassemble(co, mem);
    fclose(mem);
    ck_assert_msg(strstr(text, "BINARY_OP") && strstr(text, "[specialized: BINARY_OP_ADD_INT]"), "%s", text);
    free(text);
    for (int op = OP__COUNT; op < OP__ALL; op++) {
        ck_assert_ptr_nonnull(pym_specialize_name(op));
        ck_assert_int_lt(pym_specialize_base(op), OP__COUNT);
    }
    ck_assert_ptr_null(pym_specialize_name(OP_BINARY_OP));
    PYM_DECREF(g);
}
END_TEST

/* CALL_FUNCTION_CLASS: the instance, the arguments and the class keep the
** refcounts of type_call's path, also when __init__ fails or returns a value. */
START_TEST(test_class_call_refcounts) {
    pym_specialize_reset();
    PymObject *g = run_in(NULL,
        "import sys\n"
        "class P:\n    def __init__(self, a):\n        self.a = a\n"
        "def f(v):\n    return P(v)\n"
        "val = object()\nfor i in range(5):\n    o = f(val)\n"
        "rc = sys.getrefcount(P)\nos = [f(val) for i in range(10)]\nrc10 = sys.getrefcount(P) - rc\n"
        "del os\nrc0 = sys.getrefcount(P) - rc\n"
        "P.__init__ = lambda self, a: a\n"
        "for i in range(3):\n    try:\n        f(val)\n    except TypeError as e:\n        msg = str(e)\n"
        "def bad(self, a):\n    raise ValueError(a)\n"
        "P.__init__ = bad\n"
        "for i in range(3):\n    try:\n        f(val)\n    except ValueError as e:\n        pass\n");
    check_op(g, "f", OP_CALL_FUNCTION, OP_CALL_FUNCTION_CLASS);
    check_repr(g, "rc10", "10");        /* each instance holds its heap type */
    check_repr(g, "rc0", "0");
    check_repr(g, "msg", "\"__init__() should return None, not 'object'\"");
    PymObject *o = pym_dict_getitem_cstr(g, "o"), *val = pym_dict_getitem_cstr(g, "val");
    ck_assert_int_eq(o->ob_refcnt, 1);          /* the namespace */
    ck_assert_int_eq(val->ob_refcnt, 2);        /* the namespace and o.a */
    PYM_DECREF(g);
}
END_TEST

/* ---- inline caches (opcodes.h): state in the words after each instruction ---- */

/* Two sites of one function keep their own entries; LOAD_GLOBAL's entry
** records the globals' keys version, which a store into an
** existing global keeps and a new global changes; a code
** object marshalled and loaded back has zeroed caches, runs right and warms
** up again. */
START_TEST(test_inline_cache_words) {
    PymObject *g = run_in(NULL,
        "class A:\n    def __init__(self):\n        self.a = 1\n"
        "class S:\n    __slots__ = ('a',)\n"
        "G = 10\n"
        "def f(o, p):\n    return o.a + p.a + G\n"
        "s = S()\ns.a = 2\n"
        "for i in range(3):\n    r1 = f(A(), s)\n");
    check_repr(g, "r1", "13");
    PymCode *co;
    int i1 = find_base(g, "f", OP_LOAD_ATTR, &co);
    int i2 = i1 + 1 + PYM_NCACHE_LOAD_ATTR;
    while (i2 < co->co_ncode && PYM_INSTR_OP(co->co_code[i2]) != OP_LOAD_ATTR)
        i2 += 1 + pym_opcode_cache_words(PYM_INSTR_OP(co->co_code[i2]));
    ck_assert_int_lt(i2, co->co_ncode);
    const char *k1 = pym_vm_attr_cache_kind(co, i1), *k2 = pym_vm_attr_cache_kind(co, i2);
    ck_assert_msg(k1 && strcmp(k1, "inline") == 0, "site 1: %s", k1 ? k1 : "none");
    ck_assert_msg(k2 && strcmp(k2, "slot") == 0, "site 2: %s", k2 ? k2 : "none");
    int ig = find_base(g, "f", OP_LOAD_GLOBAL, &co);
    g = (PYM_DECREF(g), run_in(g, "f(A(), s)\n"));
    uint32_t ver = co->co_code[ig + 1];
    ck_assert_uint_ne(ver, 0);
    ck_assert_uint_eq(ver, ((PymDict *)g)->ma_keys->dk_version);
    ck_assert_uint_eq(co->co_code[ig + 2], 0); /* found in the globals */
    g = (PYM_DECREF(g), run_in(g, "G = 20\nr2 = f(A(), s)\n"));
    check_repr(g, "r2", "23");
    ck_assert_uint_eq(co->co_code[ig + 1], ver); /* a store keeps the keys */
    g = (PYM_DECREF(g), run_in(g, "H = 1\nf(A(), s)\n"));
    ck_assert_uint_ne(co->co_code[ig + 1], ver); /* a new key: refilled */
    ck_assert_uint_eq(co->co_code[ig + 1], ((PymDict *)g)->ma_keys->dk_version);

    PymObject *fn = pym_dict_getitem_cstr(g, "f");
    size_t len = 0;
    unsigned char *data = pym_marshal_dump_code(((PymFunction *)fn)->func_code, &len);
    ck_assert_ptr_nonnull(data);
    PymObject *name = pym_str_from_cstr("<test>");
    PymCode *back = (PymCode *)pym_marshal_load_code(data, len, name);
    pym_raw_free(data);
    PYM_DECREF(name);
    ck_assert_ptr_nonnull(back);
    ck_assert_int_eq(back->co_ncode, co->co_ncode);
    for (int i = 0; i < back->co_ncode; i += 1 + pym_opcode_cache_words(PYM_INSTR_OP(back->co_code[i])))
        for (int j = i + 1; j <= i + pym_opcode_cache_words(PYM_INSTR_OP(back->co_code[i])); j++)
            ck_assert_int_eq(back->co_code[j], 0);
    ck_assert_ptr_null(pym_vm_attr_cache_kind(back, i1));
    PymObject *f2 = pym_function_new((PymObject *)back, g, NULL);
    ck_assert_ptr_nonnull(f2);
    pym_dict_setitem_cstr(g, "f2", f2);
    PYM_DECREF(f2);
    PYM_DECREF(back);
    g = (PYM_DECREF(g), run_in(g, "for i in range(3):\n    r3 = f2(A(), s)\n"));
    check_repr(g, "r3", "23");
    const char *k3 = pym_vm_attr_cache_kind(back, i1);
    ck_assert_msg(k3 && strcmp(k3, "inline") == 0, "loaded: %s", k3 ? k3 : "none");
    PYM_DECREF(g);
}
END_TEST

/* ---- polymorphic attribute caches (vm.c): a site seeing up to 4 types ---- */

/* The cache kind of the first instruction of fname with base opcode base. */
static void check_cache(PymObject *g, const char *fname, int base, const char *expect) {
    PymCode *co;
    int i = find_base(g, fname, base, &co);
    const char *k = pym_vm_attr_cache_kind(co, i);
    if (!expect) ck_assert_msg(k == NULL, "%s: cached as %s", fname, k);
    else ck_assert_msg(k && strcmp(k, expect) == 0, "%s: %s, not %s", fname, k ? k : "none", expect);
}

static const char poly_classes[] =
    "class A:\n    def __init__(self, v):\n        self.v = v\n"
    "    def get(self):\n        return self.v\n"
    "class B(A):\n    def get(self):\n        return self.v + 100\n"
    "class C(B):\n    __slots__ = ('w',)\n"
    "class D(A):\n    @property\n    def v(self):\n        return self._v + 10\n"
    "    @v.setter\n    def v(self, x):\n        self._v = x\n"
    "def rd(o):\n    return o.v\n"
    "def wr(o, x):\n    o.v = x\n"
    "def call(o):\n    return o.get()\n"
    "objs = [A(1), B(2), C(3), D(4)]\n"
    "def run():\n    s = 0\n    for o in objs:\n        wr(o, rd(o) + 1)\n        s += call(o)\n    return s\n";

/* Four classes through one site: after warm-up no entry is refilled and
** every result is the generic one. */
START_TEST(test_poly_fast_path) {
    PymObject *g = run_in(NULL, poly_classes);
    g = (PYM_DECREF(g), run_in(g, "for i in range(3):\n    r1 = run()\n"));
    unsigned long fills = pym_vm_attr_cache_fills();
    g = (PYM_DECREF(g), run_in(g, "for i in range(50):\n    r2 = run()\n"));
    ck_assert_msg(pym_vm_attr_cache_fills() == fills, "%lu entries refilled",
                  pym_vm_attr_cache_fills() - fills);
    check_repr(g, "r1", "262");
    check_repr(g, "r2", "962");
    check_cache(g, "rd", OP_LOAD_ATTR, "polymorphic");     /* inline values and a property */
    check_cache(g, "call", OP_LOAD_METHOD, "method");
    PYM_DECREF(g);
}
END_TEST

/* Each way deoptimizes on its own: a class attribute reassigned, an
** instance __dict__ materialized, __class__ changed, a method replaced or
** shadowed by the instance; the results are the generic ones. */
START_TEST(test_poly_deopt) {
    PymObject *g = run_in(NULL, poly_classes);
    g = (PYM_DECREF(g), run_in(g, "for i in range(3):\n    run()\n"
        "a, b, c, d = objs\n"
        "A.get = lambda self: -1\n"                 /* A's and its subclasses' tags change */
        "r1 = [call(o) for o in objs]\n"
        "B.v = property(lambda self: 'bv')\n"       /* a data descriptor appears for B, C */
        "r2 = [rd(o) for o in objs]\n"
        "del B.v\n"
        "a.__dict__['v'] = 'dict'\n"                /* materialized instance dict */
        "r3 = rd(a)\n"
        "a.get = lambda: 'own'\n"                   /* instance shadows the method */
        "r4 = call(a)\n"
        "b.__class__ = A\n"                         /* type change */
        "r5 = (rd(b), call(b))\n"
        "wr(c, 'cv')\n"
        "r6 = [rd(o) for o in objs]\n"));
    check_repr(g, "r1", "[-1, 105, 106, -1]");
    check_repr(g, "r2", "[4, 'bv', 'bv', 47]");
    check_repr(g, "r3", "'dict'");
    check_repr(g, "r4", "'own'");
    check_repr(g, "r5", "(5, -1)");
    check_repr(g, "r6", "['dict', 5, 'cv', 47]");
    PYM_DECREF(g);
}
END_TEST

/* More types than ways: the oldest entries fall off, results stay right,
** and the site refills (documented limit: 4 ways). */
START_TEST(test_poly_overflow) {
    PymObject *g = run_in(NULL,
        "class K:\n    def __init__(self, v):\n        self.v = v\n"
        "ks = [type('K%d' % i, (K,), {})(i) for i in range(6)]\n"
        "def rd(o):\n    return o.v\n"
        "def run():\n    return sum(rd(o) for o in ks)\n"
        "for i in range(3):\n    run()\n");
    unsigned long fills = pym_vm_attr_cache_fills();
    g = (PYM_DECREF(g), run_in(g, "r = run()\n"));
    check_repr(g, "r", "15");
    ck_assert_uint_ge(pym_vm_attr_cache_fills() - fills, 6);
    check_cache(g, "rd", OP_LOAD_ATTR, "inline");
    PYM_DECREF(g);
}
END_TEST

/* The caches hold no reference: a class and its instances used at a
** polymorphic site are freed when the program drops them. */
START_TEST(test_poly_no_references) {
    PymObject *g = run_in(NULL,
        "import weakref\n"
        "def mk(i):\n    class T:\n        def m(self):\n            return i\n    return T\n"
        "def call(o):\n    return o.m()\n"
        "def rd(o):\n    return o.x\n"
        "ts = [mk(i) for i in range(3)]\n"
        "os = [t() for t in ts]\n"
        "for o in os:\n    o.x = 1\n"
        "for i in range(5):\n    r = [call(o) + rd(o) for o in os]\n"
        "refs = [weakref.ref(t) for t in ts]\n"
        "del ts, os, o\n"
        "import gc\ngc.collect()\n"
        "alive = [x() is not None for x in refs]\n");
    check_repr(g, "r", "[1, 2, 3]");
    check_repr(g, "alive", "[False, False, False]");
    PYM_DECREF(g);
}
END_TEST

/* IS_OP + POP_JUMP_IF_FALSE / _TRUE and LOAD_CONST + RETURN_VALUE
** (quickening): IS_OP_JUMP jumps on the identity itself (both jump senses,
** `is` and `is not`), dropping its operands where IS_OP does (a temporary's
** __del__ runs at the test, before the next line); the return's frame,
** kept, shows the return's line; co_code keeps the compiled instructions. */
START_TEST(test_is_jump_and_return_const) {
    pym_specialize_reset();
    PymObject *g = run_in(NULL,
        "import sys\n"
        "def isn(x):\n    if x is None:\n        return 1\n    return 2\n"
        "def isnt(x, y):\n    if x is not None or y:\n        return 'a'\n    return 'b'\n"
        "def rc():\n    return 7\n"
        "def keep():\n    global fr\n    fr = sys._getframe()\n    x = 1\n    return None\n"
        "log = []\n"
        "class D:\n    def __del__(self):\n        log.append('del')\n"
        "def tmp():\n    log.append('before')\n    if D() is None:\n        log.append('x')\n"
        "    log.append('after')\n"
        "c0 = isn.__code__.co_code\n"
        "r1 = (isn(None), isn(0), isn(''), isnt(None, 0), isnt(None, 1), isnt(3, 0), rc())\n"
        "keep()\nln = fr.f_lineno - keep.__code__.co_firstlineno\n"
        "tmp()\n"
        "v = object()\nfor i in range(5):\n    isn(v)\nrcount = sys.getrefcount(v)\n"
        "same = isn.__code__.co_code == c0\n");
    check_op(g, "isn", OP_IS_OP, OP_IS_OP_JUMP);
    check_op(g, "isnt", OP_IS_OP, OP_IS_OP_JUMP);
    check_op(g, "rc", OP_LOAD_CONST, OP_LOAD_CONST__RETURN_VALUE);
    check_repr(g, "r1", "(1, 2, 2, 'b', 'a', 'a', 7)");
    check_repr(g, "ln", "4");
    check_repr(g, "log", "['before', 'del', 'after']");
    check_repr(g, "rcount", "2");
    check_repr(g, "same", "True");
    PYM_DECREF(g);
}
END_TEST

/* Module attributes (AC_MODULE, LOAD_ATTR and LOAD_METHOD): once warm the
** sites hit without refilling, also after a value is replaced; a name added
** to the module drops its keys version (a miss, then a refill); a deleted
** name raises the generic AttributeError, a module __getattr__ is honoured;
** another module, a module subclass and dunder names take the generic path
** with the right results; no reference is held. */
START_TEST(test_module_attrs) {
    pym_specialize_reset();
    PymObject *g = run_in(NULL,
        "import sys, math\n"
        "M = type(sys)('M')\nM.a = 1\nM.f = lambda x: x + 1\n"
        "def rd():\n    return M.a\n"
        "def call(x):\n    return M.f(x)\n"
        "def sq(x):\n    return math.sqrt(x)\n"
        "def rdm(m):\n    return m.a\n"
        "def nm():\n    return M.__name__\n"
        "for i in range(5):\n    r1 = (rd(), call(i), sq(16.0), nm())\n");
    check_repr(g, "r1", "(1, 5, 4.0, 'M')");
    check_cache(g, "rd", OP_LOAD_ATTR, "module");
    check_cache(g, "call", OP_LOAD_METHOD, "module");
    check_cache(g, "sq", OP_LOAD_METHOD, "module");
    check_cache(g, "nm", OP_LOAD_ATTR, NULL);
    unsigned long fills = pym_vm_attr_cache_fills();
    g = (PYM_DECREF(g), run_in(g, "M.a = 2\nM.f = lambda x: x * 10\n"
                                  "for i in range(5):\n    r2 = (rd(), call(i), sq(9.0))\n"));
    ck_assert_msg(pym_vm_attr_cache_fills() == fills, "%lu entries refilled",
                  pym_vm_attr_cache_fills() - fills);
    check_repr(g, "r2", "(2, 40, 3.0)");
    g = (PYM_DECREF(g), run_in(g, "M.b = 5\nr3 = rd()\n"));
    check_repr(g, "r3", "2");
    ck_assert_uint_eq(pym_vm_attr_cache_fills() - fills, 1); /* a new version */
    check_cache(g, "rd", OP_LOAD_ATTR, "module");
    g = (PYM_DECREF(g), run_in(g,
        "del M.a\n"
        "try:\n    rd()\nexcept AttributeError as e:\n    r4 = str(e)\n"
        "M.__getattr__ = lambda n: 'hook:' + n\nr5 = rd()\n"
        "del M.__getattr__\nM.a = 3\n"
        "N = type(sys)('N')\nN.z = 0\nN.a = 'n'\n"
        "class Sub(type(sys)):\n    pass\n"
        "S = Sub('S')\nS.a = 's'\n"
        "for i in range(5):\n    r6 = [rdm(m) for m in (M, N, S)]\n"
        "v = object()\nM.o = v\n"
        "def ro():\n    return M.o\n"
        "for i in range(5):\n    ro()\n"
        "rc = sys.getrefcount(v)\n"));
    check_repr(g, "r4", "\"module 'M' has no attribute 'a'\"");
    check_repr(g, "r5", "'hook:a'");
    check_repr(g, "r6", "[3, 'n', 's']");
    check_repr(g, "rc", "3"); /* v, M.o and the argument, as CPython */
    PYM_DECREF(g);
}
END_TEST

Suite *specialize_suite(void) {
    Suite *s = suite_create("specialize");
    TCase *tc = pym_tcase("core");
    tcase_add_loop_test(tc, test_fast_path_and_deopt, 0, (int)(sizeof cases / sizeof cases[0]));
    tcase_add_test(tc, test_backoff);
    tcase_add_test(tc, test_fast_path_errors);
    tcase_add_test(tc, test_int_forms_generic_cases);
    tcase_add_test(tc, test_name_cache);
    tcase_add_test(tc, test_superinstructions);
    tcase_add_test(tc, test_fused_slices);
    tcase_add_test(tc, test_int_temporaries);
    tcase_add_test(tc, test_float_temporaries);
    tcase_add_test(tc, test_complex_temporaries);
    tcase_add_test(tc, test_refcounts);
    tcase_add_test(tc, test_code_and_dis);
    tcase_add_test(tc, test_class_call_refcounts);
    tcase_add_test(tc, test_poly_fast_path);
    tcase_add_test(tc, test_poly_deopt);
    tcase_add_test(tc, test_poly_overflow);
    tcase_add_test(tc, test_poly_no_references);
    tcase_add_test(tc, test_inline_cache_words);
    tcase_add_test(tc, test_super_pairs_const_method);
    tcase_add_test(tc, test_is_jump_and_return_const);
    tcase_add_test(tc, test_module_attrs);
    suite_add_tcase(s, tc);
    return s;
}
