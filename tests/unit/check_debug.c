/*
** check_debug.c -- the PYM_DEBUG checks can fail: each death test breaks one
** invariant on purpose and expects the PYM_ASSERT that guards it to abort
** (SIGABRT; Check forks every test).  The invariants (README, "Build
** modes"): a reference count never goes below zero; a freed GC object is on
** no generation list; the generation lists are validated around a
** collection; obmalloc frees only block boundaries of a used pool; the VM
** stays inside the value stack and the fast locals; an attribute-cache hit
** agrees with the type's dict; freed memory is filled with 0xDD.  In a build without PYM_DEBUG the asserts are compiled out and
** the suite is empty (.ci/run's stress stage builds with PYM_DEBUG and runs
** it: CK_RUN_SUITE=debug).
*/
#include <signal.h>
#include <string.h>
#include "testutil.h"
#include "codeobject.h"
#include "opcodes.h"

#ifdef PYM_DEBUG

/* Runs src in the namespace g (a fresh one if NULL); returns g (new ref),
** or NULL with the exception set. */
static PymObject *run_in(PymObject *g, const char *src) {
    if (!g) {
        g = pym_dict_new();
        ck_assert_ptr_nonnull(g);
        pym_dict_setitem_cstr(g, "__name__", pym_str_intern_cstr("__main__"));
        pym_dict_setitem_cstr(g, "__builtins__", pym_builtins_dict());
    }
    PymObject *r = pym_run_string(src, strlen(src), "<test>", PYM_FILE_INPUT, g, g);
    ck_assert_msg(r != NULL, "failed: %s", src);
    PYM_DECREF(r);
    return g;
}

static PymCode *code_named(PymObject *g, const char *name) {
    PymObject *c = pym_dict_getitem_cstr(g, name);
    ck_assert_ptr_nonnull(c);
    ck_assert(PYM_CODE_CHECK(c));
    return (PymCode *)c;
}

START_TEST(refcount_below_zero_aborts) {
    PymObject *o = pym_list_new(0);
    ck_assert_ptr_nonnull(o);
    o->ob_refcnt = 0;               /* as if one reference too many was dropped */
    PYM_DECREF(o);                  /* aborts: a count never goes below zero */
}
END_TEST

START_TEST(freeing_a_tracked_object_aborts) {
    PymObject *o = pym_list_new(0);  /* tracked by the collector */
    ck_assert_ptr_nonnull(o);
    pym_object_free(o);             /* aborts: still on generation 0's list */
}
END_TEST

START_TEST(collection_validates_the_lists) {
    PymObject *o = pym_list_new(0);
    ck_assert_ptr_nonnull(o);
    o->ob_refcnt = 0;               /* a dead object left on a generation list */
    pym_gc_collect(0);              /* aborts: validate_list before collecting */
}
END_TEST

START_TEST(freeing_inside_a_block_aborts) {
    char *p = pym_obj_malloc(48);
    ck_assert_ptr_nonnull(p);
    pym_obj_free(p + 16);           /* aborts: not a block boundary of its pool */
}
END_TEST

START_TEST(freed_memory_is_filled) {
    void *keep = pym_obj_malloc(64);    /* keeps the pool (and arena) mapped */
    unsigned char *p = pym_obj_malloc(64);
    ck_assert_ptr_nonnull(keep);
    ck_assert_ptr_nonnull(p);
    memset(p, 0x11, 64);
    pym_obj_free(p);
    /* the first word is the pool's free-list link; the rest is the pattern */
    for (size_t i = sizeof(void *); i < 64; i++) ck_assert_int_eq(p[i], 0xDD);
    pym_obj_free(keep);
}
END_TEST

START_TEST(value_stack_overflow_aborts) {
    PymObject *g = run_in(NULL, "c = compile('x = [1, 2, 3]', 's', 'exec')\n");
    code_named(g, "c")->co_stacksize = 0;      /* no room for the first push */
    run_in(g, "exec(c)\n");                    /* aborts: PUSH past the stack */
}
END_TEST

START_TEST(local_index_out_of_frame_aborts) {
    PymObject *g = run_in(NULL, "def f():\n    a = 1\n    return a\nc = f.__code__\n");
    PymCode *co = code_named(g, "c");
    int patched = 0;
    for (int i = 0; i < co->co_ncode; i += 1 + pym_opcode_cache_words(PYM_INSTR_OP(co->co_code[i])))
        if (PYM_INSTR_OP(co->co_code[i]) == OP_LOAD_FAST) {
            co->co_code[i] = PYM_INSTR(OP_LOAD_FAST, 1000);  /* f has one local */
            patched = 1;
        }
    ck_assert(patched);
    run_in(g, "f()\n");                        /* aborts: GETLOCAL out of bounds */
}
END_TEST

START_TEST(stale_attribute_cache_aborts) {
    PymObject *g = run_in(NULL, "class P:\n    __slots__ = ('x',)\n"
                                "p = P()\np.x = 1\n"
                                "def f(o):\n    return o.x\n"
                                "f(p)\nf(p)\n");   /* LOAD_ATTR caches the slot */
    PymType *t = (PymType *)pym_dict_getitem_cstr(g, "P");
    ck_assert_ptr_nonnull(t);
    /* the class dict changed behind the version tag's back (what a missing
    ** tag bump in a new code path would do) */
    ck_assert_int_eq(pym_dict_setitem_cstr(t->tp_dict, "x", pym_None), 0);
    run_in(g, "f(p)\n");                      /* aborts: the entry is stale */
}
END_TEST

#endif /* PYM_DEBUG */

Suite *debug_suite(void) {
    Suite *s = suite_create("debug");
    TCase *tc = pym_tcase("debug");
#ifdef PYM_DEBUG
    tcase_add_test_raise_signal(tc, refcount_below_zero_aborts, SIGABRT);
    tcase_add_test_raise_signal(tc, freeing_a_tracked_object_aborts, SIGABRT);
    tcase_add_test_raise_signal(tc, collection_validates_the_lists, SIGABRT);
    tcase_add_test_raise_signal(tc, freeing_inside_a_block_aborts, SIGABRT);
    tcase_add_test(tc, freed_memory_is_filled);
    tcase_add_test_raise_signal(tc, value_stack_overflow_aborts, SIGABRT);
    tcase_add_test_raise_signal(tc, local_index_out_of_frame_aborts, SIGABRT);
    tcase_add_test_raise_signal(tc, stale_attribute_cache_aborts, SIGABRT);
#endif
    suite_add_tcase(s, tc);
    return s;
}
