/*
** check_refcount.c -- reference counts are exact: new objects start at 1,
** containers own one reference per slot, the VM keeps no hidden references.
*/
#include "testutil.h"

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

static intptr_t refcnt_of(PymObject *g, const char *name) {
    PymObject *o = pym_dict_getitem_cstr(g, name);
    ck_assert_ptr_nonnull(o);
    return PYM_REFCNT(o);
}

static long long int_of(PymObject *g, const char *name) {
    PymObject *o = pym_dict_getitem_cstr(g, name);
    ck_assert_ptr_nonnull(o);
    return pym_int_as_longlong(o);
}

START_TEST(new_objects_start_at_one) {
    PymObject *l = pym_list_new(0);
    ck_assert_int_eq(PYM_REFCNT(l), 1);
    PymObject *big = pym_int_from_long(1000000007);
    ck_assert_int_eq(PYM_REFCNT(big), 1);
    PYM_DECREF(l);
    PYM_DECREF(big);
}
END_TEST

START_TEST(list_slots_own_references) {
    PymObject *g = run("x = object()\nl = [x, x, x]\n");
    ck_assert_int_eq(refcnt_of(g, "x"), 4);      /* name + three slots */
    PymObject *r = pym_run_string("l.pop()\n", 8, "<test>", PYM_FILE_INPUT, g, g);
    ck_assert_ptr_nonnull(r);
    PYM_DECREF(r);
    ck_assert_int_eq(refcnt_of(g, "x"), 3);
    PYM_DECREF(g);
}
END_TEST

START_TEST(getrefcount_is_exact) {
    PymObject *g = run(
        "import sys\n"
        "class T: pass\n"
        "a = T()\n"
        "r1 = sys.getrefcount(a)\n"
        "b = a\n"
        "r2 = sys.getrefcount(a)\n"
        "del b\n"
        "r3 = sys.getrefcount(a)\n"
        "l = [a, a, a]\n"
        "r4 = sys.getrefcount(a)\n");
    ck_assert_int_eq(int_of(g, "r1"), 2);        /* the name and the argument */
    ck_assert_int_eq(int_of(g, "r2"), 3);
    ck_assert_int_eq(int_of(g, "r3"), 2);
    ck_assert_int_eq(int_of(g, "r4"), 5);
    PYM_DECREF(g);
}
END_TEST

START_TEST(closure_cell_counts_one) {
    PymObject *g = run(
        "import sys\n"
        "def outer():\n"
        "    v = object()\n"
        "    def inner():\n"
        "        return v\n"
        "    return inner\n"
        "f = outer()\n"
        "v = f()\n"
        "r = sys.getrefcount(v)\n");
    ck_assert_int_eq(int_of(g, "r"), 3);         /* cell, name, argument */
    PYM_DECREF(g);
}
END_TEST

START_TEST(calls_leave_no_references_behind) {
    PymObject *g = run(
        "x = object()\n"
        "def f(a, *args, **kw):\n"
        "    return a\n"
        "for i in range(100):\n"
        "    f(x, x, k=x)\n"
        "    [x for _ in range(3)]\n"
        "    try:\n"
        "        raise ValueError(x)\n"
        "    except ValueError:\n"
        "        pass\n");
    ck_assert_int_eq(refcnt_of(g, "x"), 1);
    PYM_DECREF(g);
}
END_TEST

Suite *refcount_suite(void) {
    Suite *s = suite_create("refcount");
    TCase *tc = pym_tcase("exact counts");
    tcase_add_test(tc, new_objects_start_at_one);
    tcase_add_test(tc, list_slots_own_references);
    tcase_add_test(tc, getrefcount_is_exact);
    tcase_add_test(tc, closure_cell_counts_one);
    tcase_add_test(tc, calls_leave_no_references_behind);
    suite_add_tcase(s, tc);
    return s;
}
