/*
** check_vm.c -- unit tests of the VM: small programs run with
** pym_run_string, results read back from the module namespace; argument
** binding errors, exceptions and tracebacks, generators, recursion limit.
*/
#include "testutil.h"
#include "frameobject.h"
#include "genobject.h"
#include "opcodes.h"
#include "dis.h"

/* Runs src in a fresh namespace; returns the namespace (new ref) or NULL
** with the exception left set. */
static PymObject *run(const char *src) {
    PymObject *g = pym_dict_new();
    ck_assert_ptr_nonnull(g);
    pym_dict_setitem_cstr(g, "__name__", pym_str_intern_cstr("__main__"));
    pym_dict_setitem_cstr(g, "__builtins__", pym_builtins_dict());
    PymObject *r = pym_run_string(src, strlen(src), "<test>", PYM_FILE_INPUT, g, g);
    if (!r) { PYM_DECREF(g); return NULL; }
    PYM_DECREF(r);
    return g;
}

static long long get_int(PymObject *g, const char *name) {
    PymObject *v = pym_dict_getitem_cstr(g, name);
    ck_assert_msg(v != NULL, "%s not set", name);
    ck_assert(PYM_INT_CHECK(v));
    return pym_int_as_longlong(v);
}

static void check_str(PymObject *g, const char *name, const char *expect) {
    PymObject *v = pym_dict_getitem_cstr(g, name);
    ck_assert_msg(v != NULL, "%s not set", name);
    ck_assert_msg(PYM_STR_CHECK(v), "%s is not a str", name);
    ck_assert_str_eq(PYM_STR_UTF8(v), expect);
}

/* Runs src expecting it to fail with an exception of type t and message msg. */
static void check_raises(const char *src, PymType *t, const char *msg) {
    PymObject *g = run(src);
    ck_assert_msg(g == NULL, "no exception from: %s", src);
    PymObject *e = pym_err_fetch();
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(PYM_TYPE(e)->tp_name, t->tp_name);
    if (msg) {
        PymObject *s = pym_object_str(e);
        ck_assert_ptr_nonnull(s);
        ck_assert_str_eq(PYM_STR_UTF8(s), msg);
        PYM_DECREF(s);
    }
    PYM_DECREF(e);
}

START_TEST(test_arith_loop)
{
    PymObject *g = run("t = 0\nfor i in range(1000):\n    t += i * 2 - 1\n"
                       "x = 7 // -2\ny = -7 % 3\nz = 2**70 - 2**70 + 5\n");
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(get_int(g, "t"), 998000);
    ck_assert_int_eq(get_int(g, "x"), -4);
    ck_assert_int_eq(get_int(g, "y"), 2);
    ck_assert_int_eq(get_int(g, "z"), 5);
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_calls)
{
    PymObject *g = run(
        "def f(a, b=2, *args, c=3, **kw):\n"
        "    return a + b + c + len(args) + len(kw)\n"
        "r1 = f(1)\nr2 = f(1, 1, 1, 1, c=0, x=1, y=2)\nr3 = f(*[1, 2], **{'c': 10})\n"
        "class A:\n    def m(self, x):\n        return x * 2\n"
        "r4 = A().m(21)\nm = A().m\nr5 = m(x=4)\n");
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(get_int(g, "r1"), 6);
    ck_assert_int_eq(get_int(g, "r2"), 6);
    ck_assert_int_eq(get_int(g, "r3"), 13);
    ck_assert_int_eq(get_int(g, "r4"), 42);
    ck_assert_int_eq(get_int(g, "r5"), 8);
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_binding_errors)
{
    check_raises("def f(x, y): pass\nf()", PymExc_TypeError,
                 "f() missing 2 required positional arguments: 'x' and 'y'");
    check_raises("def f(x): pass\nf(1, 2)", PymExc_TypeError,
                 "f() takes 1 positional argument but 2 were given");
    check_raises("def f(x, y=1): pass\nf(1, 2, 3)", PymExc_TypeError,
                 "f() takes from 1 to 2 positional arguments but 3 were given");
    check_raises("def f(x): pass\nf(z=1)", PymExc_TypeError,
                 "f() got an unexpected keyword argument 'z'");
    check_raises("def f(x): pass\nf(1, x=1)", PymExc_TypeError,
                 "f() got multiple values for argument 'x'");
    check_raises("def f(*, k): pass\nf()", PymExc_TypeError,
                 "f() missing 1 required keyword-only argument: 'k'");
    check_raises("def f(a, /): pass\nf(a=1)", PymExc_TypeError,
                 "f() got some positional-only arguments passed as keyword arguments: 'a'");
}
END_TEST

START_TEST(test_name_errors)
{
    check_raises("x + 1", PymExc_NameError, "name 'x' is not defined");
    check_raises("def f():\n    y\n    y = 1\nf()", PymExc_UnboundLocalError,
                 "cannot access local variable 'y' where it is not associated with a value");
    check_raises("a, b = 1", PymExc_TypeError, "cannot unpack non-iterable int object");
    check_raises("a, b = [1, 2, 3]", PymExc_ValueError, "too many values to unpack (expected 2)");
    check_raises("a, b, c = [1]", PymExc_ValueError,
                 "not enough values to unpack (expected 3, got 1)");
}
END_TEST

START_TEST(test_exceptions)
{
    PymObject *g = run(
        "log = ''\n"
        "try:\n    try:\n        1/0\n    finally:\n        log += 'f'\n"
        "except ZeroDivisionError as e:\n    log += 'e'\n    ctx = e.__context__\n"
        "try:\n    try:\n        raise KeyError(1)\n    except KeyError:\n        raise ValueError('v')\n"
        "except ValueError as e:\n    chained = type(e.__context__).__name__\n");
    ck_assert_ptr_nonnull(g);
    check_str(g, "log", "fe");
    check_str(g, "chained", "KeyError");
    ck_assert_ptr_eq(pym_dict_getitem_cstr(g, "ctx"), pym_None);
    ck_assert_ptr_null(pym_vm_handled_exception());
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_traceback_entries)
{
    PymObject *g = run("def f():\n    raise ValueError('x')\ndef h():\n    f()\nh()\n");
    ck_assert_ptr_null(g);
    PymObject *e = pym_err_fetch();
    ck_assert_ptr_nonnull(e);
    PymTraceback *tb = (PymTraceback *)((PymBaseException *)e)->traceback;
    int lines[8], n = 0;
    for (; tb && n < 8; tb = tb->tb_next) lines[n++] = tb->tb_lineno;
    ck_assert_int_eq(n, 3);
    ck_assert_int_eq(lines[0], 5);
    ck_assert_int_eq(lines[1], 4);
    ck_assert_int_eq(lines[2], 2);
    PYM_DECREF(e);
}
END_TEST

START_TEST(test_generators)
{
    PymObject *g = run(
        "def gen(n):\n    for i in range(n):\n        x = yield i\n        if x: yield x\n    return 'r'\n"
        "s = sum(gen(5))\n"
        "g = gen(3)\nnext(g)\nv = g.send(10)\n"
        "def sub():\n    yield 1\n    return 7\n"
        "def outer():\n    r = yield from sub()\n    yield r\n"
        "lst = list(outer())\ntotal = lst[0] + lst[1]\n"
        "try:\n    next(g); next(g); next(g); next(g)\nexcept StopIteration as e:\n    ret = e.value\n");
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(get_int(g, "s"), 10);
    ck_assert_int_eq(get_int(g, "v"), 10);
    ck_assert_int_eq(get_int(g, "total"), 8);
    check_str(g, "ret", "r");
    PYM_DECREF(g);
}
END_TEST

/* tp_iterdrain of generators: a sink that stops after two items leaves the
** generator suspended where next() continues; one that fails leaves it too;
** a drained generator that finishes releases its frame. */
typedef struct CountSink {
    PymIterSink base;
    int n, stop_at;
    long long sum;
} CountSink;
static int count_put(PymIterSink *s, PymObject *v) {
    CountSink *c = (CountSink *)s;
    c->sum = c->sum * 10 + pym_int_as_longlong(v);
    PYM_DECREF(v);
    if (++c->n == c->stop_at) return 1;
    if (c->n == -c->stop_at) {
        pym_err_set_string(PymExc_ValueError, "sink full");
        return -1;
    }
    return 0;
}

START_TEST(test_generator_drain)
{
    PymObject *g = run("def gen(n):\n    for i in range(n):\n        yield i + 1\n"
                       "a = gen(5)\nb = gen(5)\nc = gen(3)\n");
    ck_assert_ptr_nonnull(g);
    PymObject *a = pym_dict_getitem_cstr(g, "a"), *b = pym_dict_getitem_cstr(g, "b");
    PymObject *c = pym_dict_getitem_cstr(g, "c");
    ck_assert_ptr_nonnull(PYM_TYPE(a)->tp_iterdrain);
    CountSink s = {.base = {count_put}, .stop_at = 2};
    ck_assert_int_eq(PYM_TYPE(a)->tp_iterdrain(a, &s.base), 1);
    ck_assert_int_eq(s.sum, 12);
    PymObject *v = PYM_TYPE(a)->tp_iternext(a);
    ck_assert_int_eq(pym_int_as_longlong(v), 3);
    PYM_DECREF(v);
    ck_assert_int_eq(((PymGen *)a)->gi_running, 0);
    CountSink f = {.base = {count_put}, .stop_at = -3};
    ck_assert_int_eq(PYM_TYPE(b)->tp_iterdrain(b, &f.base), -1);
    ck_assert(pym_err_matches((PymObject *)PymExc_ValueError));
    pym_err_clear();
    ck_assert_int_eq(f.sum, 123);
    ck_assert_int_eq(((PymGen *)b)->gi_frame->f_state, PYM_FRAME_SUSPENDED);
    CountSink all = {.base = {count_put}};
    ck_assert_int_eq(PYM_TYPE(c)->tp_iterdrain(c, &all.base), 0);
    ck_assert_int_eq(all.sum, 123);
    ck_assert_ptr_null(((PymGen *)c)->gi_frame);
    ck_assert_ptr_null(pym_vm.gen_drain);
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_recursion_limit)
{
    check_raises("def f(n):\n    return f(n + 1)\nf(0)", PymExc_RecursionError,
                 "maximum recursion depth exceeded");
    ck_assert_int_eq(pym_vm.depth, 0);
    pym_vm_set_recursion_limit(1000000);
    /* recursion through C (map) still recurses in C: the C stack guard must
    ** stop it */
    check_raises("def f(n):\n    return list(map(f, [n + 1]))\nf(0)", PymExc_RecursionError, NULL);
    ck_assert_int_eq(pym_vm.depth, 0);
    pym_vm_set_recursion_limit(1000);
    /* a class's __init__ runs inline (CALL_FUNCTION_CLASS) or from C (type's
    ** call, before the site is warm): each instance takes two levels, the
    ** class's call and __init__'s frame, as in CPython (which stops at 498) */
    PymObject *ci = run("m = 0\nclass C:\n    def __init__(self, n):\n        global m\n"
                        "        m = n\n        C(n + 1)\n"
                        "try:\n    C(0)\nexcept RecursionError as e:\n    msg = str(e)\n");
    ck_assert_ptr_nonnull(ci);
    ck_assert_int_eq(get_int(ci, "m"), 498);
    check_str(ci, "msg", "maximum recursion depth exceeded");
    PYM_DECREF(ci);
    ck_assert_int_eq(pym_vm.depth, 0);
    pym_vm_set_recursion_limit(1000000);
    /* Python-to-Python calls do not use the C stack: deeper than C could go */
    PymObject *deep = run("def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nr = d(100000)\n");
    ck_assert_ptr_nonnull(deep);
    ck_assert_int_eq(get_int(deep, "r"), 100000);
    PYM_DECREF(deep);
    pym_vm_set_recursion_limit(1000);
    PymObject *g = run("def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nr = d(900)\n");
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(get_int(g, "r"), 900);
    PYM_DECREF(g);
}
END_TEST

/* Python-to-Python calls run inline in the caller's pym_eval_frame: the
** frame chain, the depth and escaped frames after returns and exceptions. */
START_TEST(test_inline_frames)
{
    PymObject *g = run(
        "import sys\n"
        "def chain():\n    f = sys._getframe(); n = []\n"
        "    while f:\n        n.append(f.f_code.co_name); f = f.f_back\n    return n\n"
        "def a(k):\n    return chain() if k == 0 else a(k - 1)\n"
        "names = '/'.join(a(3))\n"
        "def keep():\n    return sys._getframe()\n"
        "kept = keep()\n"
        "def boom(k):\n    if k == 0: raise ValueError(k)\n    return boom(k - 1)\n"
        "try:\n    boom(50)\nexcept ValueError as e:\n    err = e\n"
        "tb = err.__traceback__; n = 0\n"
        "while tb:\n    n += 1; tb = tb.tb_next\n");
    ck_assert_ptr_nonnull(g);
    check_str(g, "names", "chain/a/a/a/a/<module>");
    ck_assert_int_eq(get_int(g, "n"), 52);
    /* a frame that outlives its inline call is released to the GC's view
    ** and keeps its caller (the module's frame, finished too) in f_back */
    PymObject *kept = pym_dict_getitem_cstr(g, "kept");
    ck_assert_ptr_nonnull(kept);
    ck_assert(PYM_FRAME_CHECK(kept));
    PymFrameObject *kf = (PymFrameObject *)kept;
    /* the object took its frame's data over (its own storage) */
    ck_assert_ptr_eq(kf->f_frame, (PymFrame *)kf->f_data);
    ck_assert(pym_gc_is_tracked(kept));
    ck_assert_ptr_nonnull(kf->f_back);
    ck_assert_ptr_eq(kf->f_back->f_frame, (PymFrame *)kf->f_back->f_data);
    ck_assert(pym_str_equal_cstr(kf->f_back->f_frame->f_code->co_name, "<module>"));
    ck_assert_int_eq(kf->f_back->f_frame->f_state, PYM_FRAME_COMPLETED);
    ck_assert(pym_gc_is_tracked((PymObject *)kf->f_back));
    ck_assert_ptr_null(kf->f_back->f_back);
    ck_assert_int_eq(kf->f_frame->f_state, PYM_FRAME_COMPLETED);
    /* every frame of the data stack was given back */
    ck_assert_ptr_null(pym_datastack.chunk);
    ck_assert_int_eq(pym_vm.depth, 0);
    ck_assert_ptr_null(pym_vm.frame);
    PYM_DECREF(g);
}
END_TEST

/* An interrupt (the step budget of vm.h) met inside inline frames raises
** KeyboardInterrupt there and unwinds every inline frame. */
START_TEST(test_inline_interrupt)
{
    pym_vm_budget = 300;
    pym_vm_interrupt_pending = 1;
    PymObject *g = run("def spin(n):\n    while True:\n        n += 1\n"
                       "def down(k):\n    return spin(0) if k == 0 else down(k - 1)\n"
                       "down(20)\n");
    pym_vm_budget = -1;
    pym_vm_interrupt_pending = 0;
    ck_assert_ptr_null(g);
    PymObject *e = pym_err_fetch();
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(PYM_TYPE(e)->tp_name, "KeyboardInterrupt");
    int n = 0;
    for (PymTraceback *tb = (PymTraceback *)((PymBaseException *)e)->traceback; tb; tb = tb->tb_next)
        n++;
    ck_assert_int_eq(n, 23);       /* <module>, 21 x down, spin */
    PYM_DECREF(e);
    ck_assert_int_eq(pym_vm.depth, 0);
    ck_assert_ptr_null(pym_vm.frame);
}
END_TEST

START_TEST(test_closures)
{
    PymObject *g = run(
        "def mk():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n"
        "c = mk()\nc(); c()\nr = c()\n"
        "def arg(a):\n    def g():\n        return a\n    return g\nr2 = arg(5)()\n");
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(get_int(g, "r"), 3);
    ck_assert_int_eq(get_int(g, "r2"), 5);
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_with)
{
    PymObject *g = run(
        "log = []\n"
        "class CM:\n    def __enter__(self):\n        log.append('in')\n        return 5\n"
        "    def __exit__(self, t, v, tb):\n        log.append(t.__name__ if t else 'ok')\n        return True\n"
        "with CM() as v:\n    log.append(v)\n"
        "with CM():\n    raise KeyError\n"
        "r = len(log)\n");
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(get_int(g, "r"), 5);
    PYM_DECREF(g);
}
END_TEST

/* ---- the attribute caches: specialized forms and deoptimization ---- */

/* Index of the first instruction op in function fname of namespace g. */
static int find_op(PymObject *g, const char *fname, int op, PymCode **co) {
    PymObject *fn = pym_dict_getitem_cstr(g, fname);
    ck_assert_msg(fn && PYM_FUNCTION_CHECK(fn), "%s is not a function", fname);
    *co = (PymCode *)((PymFunction *)fn)->func_code;
    for (int i = 0; i < (*co)->co_ncode; i += 1 + pym_opcode_cache_words(PYM_INSTR_OP((*co)->co_code[i])))
        if (PYM_INSTR_OP((*co)->co_code[i]) == op) return i;
    ck_abort_msg("no such instruction in %s", fname);
    return -1;
}

static void check_kind(PymObject *g, const char *fname, int op, const char *expect) {
    PymCode *co;
    int i = find_op(g, fname, op, &co);
    const char *k = pym_vm_attr_cache_kind(co, i);
    if (!expect) ck_assert_msg(k == NULL, "%s: specialized as %s", fname, k);
    else ck_assert_msg(k && strcmp(k, expect) == 0, "%s: %s, not %s", fname, k ? k : "none", expect);
}

START_TEST(test_cache_slots) {
    PymObject *g = run(
        "class S:\n    __slots__ = ('x', 'y')\n"
        "def rd(o):\n    return o.x\n"
        "def wr(o, v):\n    o.x = v\n"
        "s = S()\nfor i in range(10):\n    wr(s, i)\n    r = rd(s)\n");
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(get_int(g, "r"), 9);
    check_kind(g, "rd", OP_LOAD_ATTR, "slot");
    check_kind(g, "wr", OP_STORE_ATTR, "slot");
    {   /* the disassembler shows the specialization */
        PymCode *co;
        find_op(g, "rd", OP_LOAD_ATTR, &co);
        char *text = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&text, &len);
        pym_code_disassemble(co, mem);
        fclose(mem);
        ck_assert_msg(strstr(text, "LOAD_ATTR") && strstr(text, "(x) [specialized: slot]"), "%s", text);
        free(text);
    }
    /* fast path misses on an unset slot: the generic path raises */
    const char *del = "del s.x\ntry:\n    rd(s)\nexcept AttributeError as e:\n    msg = str(e)\n";
    PymObject *r = pym_run_string(del, strlen(del), "<test>", PYM_FILE_INPUT, g, g);
    ck_assert_ptr_nonnull(r);
    PYM_DECREF(r);
    check_str(g, "msg", "'S' object has no attribute 'x'");
    /* the class changes: the entry no longer holds and the new attribute wins */
    const char *src = "S.x = property(lambda self: 'p')\nr2 = rd(s)\n"
                      "try:\n    wr(s, 1)\nexcept AttributeError as e:\n    msg = str(e)\n";
    r = pym_run_string(src, strlen(src), "<test>", PYM_FILE_INPUT, g, g);
    ck_assert_ptr_nonnull(r);
    PYM_DECREF(r);
    check_str(g, "r2", "p");
    check_str(g, "msg", "property of 'S' object has no setter");
    /* the slot entries are stale (their tag is retired: they never match
    ** again) but stay in their ways until newer entries push them out */
    check_kind(g, "rd", OP_LOAD_ATTR, "polymorphic");
    check_kind(g, "wr", OP_STORE_ATTR, "slot");
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_cache_slot_refcounts) {
    PymObject *g = run(
        "class H:\n    __slots__ = ('a',)\n"
        "def wr(o, v):\n    o.a = v\n"
        "val = object()\nh = H()\nfor i in range(10):\n    wr(h, val)\n");
    ck_assert_ptr_nonnull(g);
    check_kind(g, "wr", OP_STORE_ATTR, "slot");
    PymObject *val = pym_dict_getitem_cstr(g, "val");
    ck_assert_int_eq(val->ob_refcnt, 2);        /* the namespace and the slot */
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_cache_foreign_member) {
    /* a member descriptor of F placed on G never specializes for G */
    PymObject *g = run(
        "class F:\n    __slots__ = ('a',)\n"
        "class G:\n    __slots__ = ('b',)\n"
        "G.a = F.__dict__['a']\n"
        "def rd(o):\n    return o.a\n"
        "f = F()\nf.a = 3\nfor i in range(3):\n    r = rd(f)\n"
        "try:\n    rd(G())\nexcept TypeError as e:\n    msg = str(e)\n");
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(get_int(g, "r"), 3);
    check_str(g, "msg", "descriptor 'a' for 'F' objects doesn't apply to a 'G' object");
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_cache_property) {
    PymObject *g = run(
        "class P:\n    def __init__(self, v):\n        self._v = v\n"
        "    @property\n    def v(self):\n        return self._v * 2\n"
        "def rv(o):\n    return o.v\n"
        "p = P(4)\nfor i in range(5):\n    r = rv(p)\n");
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(get_int(g, "r"), 8);
    check_kind(g, "rv", OP_LOAD_ATTR, "property");
    /* the getter is read at each use: property.__init__ again changes it */
    const char *src = "P.v.__init__(lambda self: 'again')\nr2 = rv(p)\n"
                      "P.v.__init__(None)\n"
                      "try:\n    rv(p)\nexcept AttributeError as e:\n    msg = type(e).__name__\n";
    PymObject *r = pym_run_string(src, strlen(src), "<test>", PYM_FILE_INPUT, g, g);
    ck_assert_ptr_nonnull(r);
    PYM_DECREF(r);
    check_str(g, "r2", "again");
    check_str(g, "msg", "AttributeError");
    /* a getter that replaces itself on the class while it runs */
    src = "class R:\n    @property\n    def w(self):\n        R.w = 42\n        return 'first'\n"
          "def rw(o):\n    return o.w\n"
          "o = R()\nw1 = rw(o)\nw2 = rw(o)\n";
    r = pym_run_string(src, strlen(src), "<test>", PYM_FILE_INPUT, g, g);
    ck_assert_ptr_nonnull(r);
    PYM_DECREF(r);
    check_str(g, "w1", "first");
    ck_assert_int_eq(get_int(g, "w2"), 42);
    check_kind(g, "rw", OP_LOAD_ATTR, NULL);
    PYM_DECREF(g);
}
END_TEST

/* how(): how the Python frame calling it was entered (its f_inline: 0 from
** C, 1 an inline call, 4 a property getter run inline by LOAD_ATTR). */
static PymObject *how_entered(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    return pym_int_from_ssize(pym_vm.frame ? pym_vm.frame->f_inline : -1);
}
static PymMethodDef how_def = {"how", how_entered, 0, NULL};

START_TEST(test_cache_property_inline) {
    PymObject *g = pym_dict_new();
    pym_dict_setitem_cstr(g, "__name__", pym_str_intern_cstr("__main__"));
    pym_dict_setitem_cstr(g, "__builtins__", pym_builtins_dict());
    PymObject *how = pym_cfunction_new(&how_def, NULL, NULL);
    pym_dict_setitem_cstr(g, "how", how);
    PYM_DECREF(how);
    const char *src =
        "import sys\n"
        "class P:\n    @property\n    def v(self):\n        return how()\n"
        "    w = property(lambda self, k=1: how())\n"     /* not self alone: called */
        "    @property\n    def deep(self):\n        return P.d if P.d <= 0 else P.down()\n"
        "    @staticmethod\n    def down():\n        P.d -= 1\n        return P().deep\n"
        "    d = 0\n"
        "def rv(o):\n    return o.v\n"                  /* the getter in the spare slot */
        "def rw(o):\n    return o.w\n"
        "def pair(o):\n    return (o.v, o.v)\n"
        "p = P()\nfirst = rv(p)\n"                      /* generic: from C */
        "for i in range(5):\n    r = rv(p); r2 = rw(p); r3 = pair(p)\n"
        "rc = sys.getrefcount(p)\n";
    PymObject *r = pym_run_string(src, strlen(src), "<test>", PYM_FILE_INPUT, g, g);
    ck_assert_ptr_nonnull(r);
    PYM_DECREF(r);
    ck_assert_int_eq(get_int(g, "first"), 0);
    ck_assert_int_eq(get_int(g, "r"), 4);
    ck_assert_int_eq(get_int(g, "r2"), 0);
    check_kind(g, "rv", OP_LOAD_ATTR, "property");
    check_kind(g, "rw", OP_LOAD_ATTR, "property");
    /* the inline frames left no reference behind */
    ck_assert_int_eq(get_int(g, "rc"), 2); /* the namespace, the argument */
    /* deoptimization: the getter's code replaced by one that does not take
    ** self alone, then the property by a plain value: the cache no longer
    ** holds and the generic path runs */
    src = "P.v.fget.__code__ = (lambda self, *a: how() - 10).__code__\nd1 = rv(p)\n"
          "P.v = 7\nd2 = rv(p)\n";
    r = pym_run_string(src, strlen(src), "<test>", PYM_FILE_INPUT, g, g);
    ck_assert_ptr_nonnull(r);
    PYM_DECREF(r);
    ck_assert_int_eq(get_int(g, "d1"), -10);
    ck_assert_int_eq(get_int(g, "d2"), 7);
    /* getters recursing through properties: the depth is counted and
    ** given back */
    src = "for i in range(3):\n    P.d = 3\n    P().deep\n"
          "P.d = 400\ndeep = P().deep\n"
          "P.d = 2000\ntry:\n    P().deep\nexcept RecursionError as e:\n    msg = str(e)\n";
    r = pym_run_string(src, strlen(src), "<test>", PYM_FILE_INPUT, g, g);
    ck_assert_ptr_nonnull(r);
    PYM_DECREF(r);
    ck_assert_int_eq(get_int(g, "deep"), 0);
    check_str(g, "msg", "maximum recursion depth exceeded");
    ck_assert_int_eq(pym_vm.depth, 0);
    ck_assert_ptr_null(pym_vm.frame);
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_cache_inline_and_method) {
    PymObject *g = run(
        "class C:\n    def __init__(self):\n        self.a = 1\n"
        "    def m(self):\n        return self.a\n"
        "def rd(o):\n    return o.a\n"
        "def call(o):\n    return o.m()\n"
        "c = C()\nfor i in range(5):\n    r = rd(c) + call(c)\n");
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(get_int(g, "r"), 2);
    check_kind(g, "rd", OP_LOAD_ATTR, "inline");
    check_kind(g, "call", OP_LOAD_METHOD, "method");
    const char *src = "C.m = lambda self: 10\nr = call(c)\n";
    PymObject *r = pym_run_string(src, strlen(src), "<test>", PYM_FILE_INPUT, g, g);
    ck_assert_ptr_nonnull(r);
    PYM_DECREF(r);
    ck_assert_int_eq(get_int(g, "r"), 10);
    PYM_DECREF(g);
}
END_TEST

Suite *vm_suite(void) {
    Suite *s = suite_create("vm");
    TCase *tc = pym_tcase("core");
    tcase_add_test(tc, test_arith_loop);
    tcase_add_test(tc, test_calls);
    tcase_add_test(tc, test_binding_errors);
    tcase_add_test(tc, test_name_errors);
    tcase_add_test(tc, test_exceptions);
    tcase_add_test(tc, test_traceback_entries);
    tcase_add_test(tc, test_generators);
    tcase_add_test(tc, test_generator_drain);
    tcase_add_test(tc, test_recursion_limit);
    tcase_add_test(tc, test_inline_frames);
    tcase_add_test(tc, test_inline_interrupt);
    tcase_add_test(tc, test_closures);
    tcase_add_test(tc, test_with);
    tcase_add_test(tc, test_cache_slots);
    tcase_add_test(tc, test_cache_slot_refcounts);
    tcase_add_test(tc, test_cache_foreign_member);
    tcase_add_test(tc, test_cache_property);
    tcase_add_test(tc, test_cache_property_inline);
    tcase_add_test(tc, test_cache_inline_and_method);
    suite_add_tcase(s, tc);
    return s;
}
