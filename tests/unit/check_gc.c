/*
** check_gc.c -- the cyclic collector: cycles found and freed, untracked
** atomic objects, generation promotion, finalizers and resurrection.
*/
#include "testutil.h"
#include "gc.h"

/* Runs src in namespace g. */
static void run_in(PymObject *g, const char *src) {
    PymObject *r = pym_run_string(src, strlen(src), "<test>", PYM_FILE_INPUT, g, g);
    if (!r) pym_err_print();
    ck_assert_ptr_nonnull(r);
    PYM_DECREF(r);
}

/* Runs src in a fresh namespace; returns the namespace (new ref). */
static PymObject *run(const char *src) {
    PymObject *g = pym_dict_new();
    ck_assert_ptr_nonnull(g);
    pym_dict_setitem_cstr(g, "__builtins__", pym_builtins_dict());
    PymObject *r = pym_run_string(src, strlen(src), "<test>", PYM_FILE_INPUT, g, g);
    if (!r) pym_err_print();
    ck_assert_ptr_nonnull(r);
    PYM_DECREF(r);
    return g;
}

START_TEST(cycle_of_lists_is_collected) {
    pym_gc_collect(2);
    PymObject *g = run("a = []\nb = [a]\na.append(b)\ndel a, b\n");
    ck_assert_int_eq(pym_gc_collect(2), 2);
    ck_assert_int_eq(pym_gc_collect(2), 0);
    PYM_DECREF(g);
}
END_TEST

START_TEST(reachable_objects_survive) {
    pym_gc_collect(2);
    PymObject *g = run("a = []\na.append(a)\n");
    ck_assert_int_eq(pym_gc_collect(2), 0);
    PymObject *a = pym_dict_getitem_cstr(g, "a");
    ck_assert_int_eq(PYM_REFCNT(a), 2);          /* the namespace and itself */
    ck_assert(pym_gc_is_tracked(a));
    PYM_DECREF(g);
}
END_TEST

START_TEST(atomic_objects_are_not_tracked) {
    PymObject *i = pym_int_from_long(123456);
    PymObject *s = pym_str_from_cstr("text");
    PymObject *f = pym_float_from_double(1.5);
    ck_assert(!pym_gc_is_tracked(i));
    ck_assert(!pym_gc_is_tracked(s));
    ck_assert(!pym_gc_is_tracked(f));
    PymObject *l = pym_list_new(0);
    ck_assert(pym_gc_is_tracked(l));
    PYM_DECREF(i); PYM_DECREF(s); PYM_DECREF(f); PYM_DECREF(l);
}
END_TEST

START_TEST(survivors_move_to_older_generation) {
    pym_gc_collect(2);
    PymObject *l = pym_list_new(0);
    PymObject *g1 = pym_list_new(0);
    pym_gc_collect(0);
    pym_gc_objects(1, g1);
    int found = 0;
    for (intptr_t i = 0; i < PYM_SIZE(g1); i++) found |= PYM_LIST_GET(g1, i) == l;
    ck_assert(found);
    PYM_DECREF(g1); PYM_DECREF(l);
}
END_TEST

START_TEST(finalizers_run_in_allocation_order_once) {
    pym_gc_collect(2);
    PymObject *g = run(
        "log = []\n"
        "class N:\n"
        "    def __init__(self, name): self.name = name\n"
        "    def __del__(self): log.append(self.name)\n"
        "a = N('one'); b = N('two')\n"
        "a.p = b; b.p = a\n"
        "del a, b\n");
    ck_assert_int_gt(pym_gc_collect(2), 0);
    PymObject *log = pym_dict_getitem_cstr(g, "log");
    ck_assert_int_eq(PYM_SIZE(log), 2);
    ck_assert(pym_str_equal_cstr(PYM_LIST_GET(log, 0), "one"));
    ck_assert(pym_str_equal_cstr(PYM_LIST_GET(log, 1), "two"));
    PYM_DECREF(g);
}
END_TEST

START_TEST(resurrected_objects_survive) {
    pym_gc_collect(2);
    PymObject *g = run(
        "saved = []\n"
        "calls = []\n"
        "class R:\n"
        "    def __del__(self):\n"
        "        calls.append(1)\n"
        "        saved.append(self)\n"
        "r = R(); r.me = r\n"
        "del r\n");
    pym_gc_collect(2);
    PymObject *saved = pym_dict_getitem_cstr(g, "saved");
    ck_assert_int_eq(PYM_SIZE(saved), 1);
    ck_assert(pym_gc_is_finalized(PYM_LIST_GET(saved, 0)));
    /* dropping it again: __del__ does not run a second time (PEP 442) */
    run_in(g, "saved.clear()\n");
    pym_gc_collect(2);
    ck_assert_int_eq(PYM_SIZE(pym_dict_getitem_cstr(g, "calls")), 1);
    PYM_DECREF(g);
}
END_TEST

Suite *gc_suite(void) {
    Suite *s = suite_create("gc");
    TCase *tc = pym_tcase("collector");
    tcase_add_test(tc, cycle_of_lists_is_collected);
    tcase_add_test(tc, reachable_objects_survive);
    tcase_add_test(tc, atomic_objects_are_not_tracked);
    tcase_add_test(tc, survivors_move_to_older_generation);
    tcase_add_test(tc, finalizers_run_in_allocation_order_once);
    tcase_add_test(tc, resurrected_objects_survive);
    suite_add_tcase(s, tc);
    return s;
}
