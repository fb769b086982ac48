/*
** check_containers.c -- unit tests for list, tuple, dict, set, range, slice
** and the iterators: behaviour through the C API, and __sizeof__ values that
** must equal CPython 3.11's (sys.getsizeof = __sizeof__ + 16 for GC types).
*/
#include "testutil.h"

/* o.__sizeof__() + 16 (the GC header), as sys.getsizeof reports it. */
static intptr_t getsizeof(PymObject *o) {
    PymObject *r = pym_call_method(o, pym_str_intern_cstr("__sizeof__"), NULL, 0);
    ck_assert_ptr_nonnull(r);
    intptr_t n = pym_int_as_ssize(r);
    PYM_DECREF(r);
    return n + 16;
}

static PymObject *I(long long v) { return pym_int_from_long(v); }

START_TEST(test_list_append_growth) {
    static const intptr_t expect[] = {56, 88, 88, 88, 88, 120, 120, 120, 120, 184, 184,
                                      184, 184, 184, 184, 184, 184, 248};
    PymObject *l = pym_list_new(0);
    for (int i = 0; i < (int)PYM_ARRAY_LEN(expect); i++) {
        ck_assert_int_eq(getsizeof(l), expect[i]);
        PymObject *v = I(i);
        ck_assert_int_eq(pym_list_append(l, v), 0);
        PYM_DECREF(v);
    }
    ck_assert_int_eq(PYM_SIZE(l), 18);
    ck_assert_int_eq(pym_int_as_ssize(PYM_LIST_GET(l, 17)), 17);
    PYM_DECREF(l);
}
END_TEST

START_TEST(test_list_from_iter_sizes) {
    static const intptr_t expect[] = {56, 72, 72, 88, 88, 104, 104, 120};
    for (int n = 0; n < 8; n++) {
        PymObject *arg = I(n);
        PymObject *r = pym_call_onearg((PymObject *)&pym_type_range, arg);
        PymObject *l = pym_list_from_iter(r);
        ck_assert_int_eq(getsizeof(l), expect[n]);
        ck_assert_int_eq(PYM_SIZE(l), n);
        PYM_DECREF(l);
        PYM_DECREF(r);
        PYM_DECREF(arg);
    }
}
END_TEST

START_TEST(test_list_insert_slice_sort) {
    PymObject *l = pym_list_new(0);
    int vals[] = {5, 3, 9, 1, 7, 3};
    for (int i = 0; i < 6; i++) {
        PymObject *v = I(vals[i]);
        pym_list_insert(l, 0, v);      /* reversed order */
        PYM_DECREF(v);
    }
    ck_assert_int_eq(pym_int_as_ssize(PYM_LIST_GET(l, 0)), 3);
    ck_assert_int_eq(pym_list_sort(l, NULL, 0), 0);
    int sorted[] = {1, 3, 3, 5, 7, 9};
    for (int i = 0; i < 6; i++) ck_assert_int_eq(pym_int_as_ssize(PYM_LIST_GET(l, i)), sorted[i]);
    ck_assert_int_eq(pym_list_sort(l, NULL, 1), 0);
    ck_assert_int_eq(pym_int_as_ssize(PYM_LIST_GET(l, 0)), 9);
    PymObject *s = pym_list_slice(l, 1, 3);
    ck_assert_int_eq(PYM_SIZE(s), 2);
    ck_assert_int_eq(getsizeof(s), 72);
    PymObject *t = pym_list_as_tuple(l);
    ck_assert_int_eq(PYM_SIZE(t), 6);
    ck_assert_int_eq(getsizeof(t), 40 + 8 * 6);
    pym_list_reverse(l);
    ck_assert_int_eq(pym_int_as_ssize(PYM_LIST_GET(l, 0)), 1);
    PYM_DECREF(t);
    PYM_DECREF(s);
    PYM_DECREF(l);
}
END_TEST

START_TEST(test_list_sort_mixed_error) {
    PymObject *l = pym_list_new(2);
    PYM_LIST_SET(l, 0, I(1));
    PYM_LIST_SET(l, 1, pym_str_from_cstr("a"));
    ck_assert_int_eq(pym_list_sort(l, NULL, 0), -1);
    ck_assert(pym_err_matches((PymObject *)PymExc_TypeError));
    pym_err_clear();
    ck_assert_int_eq(PYM_SIZE(l), 2);      /* items are all still there */
    PYM_DECREF(l);
}
END_TEST

START_TEST(test_tuple_basics) {
    PymObject *e1 = pym_tuple_new(0), *e2 = pym_tuple_new(0);
    ck_assert_ptr_eq(e1, e2);
    ck_assert_int_eq(getsizeof(e1), 40);
    PymObject *a = I(1), *b = I(2);
    PymObject *t = pym_tuple_pack(2, a, b);
    ck_assert_int_eq(pym_object_hash(t), -3550055125485641917LL);
    ck_assert_int_eq(getsizeof(t), 56);
    PymObject *s = pym_tuple_slice(t, 1, 5);
    ck_assert_int_eq(PYM_SIZE(s), 1);
    ck_assert_ptr_eq(PYM_TUPLE_GET(s, 0), b);
    PymObject *r = pym_object_repr(s);
    ck_assert_str_eq(PYM_STR_UTF8(r), "(2,)");
    PYM_DECREF(r);
    PYM_DECREF(s);
    PYM_DECREF(t);
    PYM_DECREF(a);
    PYM_DECREF(b);
    PYM_DECREF(e1);
    PYM_DECREF(e2);
}
END_TEST

START_TEST(test_dict_insert_delete_resize) {
    static const intptr_t expect[] = {64, 224, 224, 224, 224, 224, 352, 352, 352, 352, 352,
                                      632};
    PymObject *d = pym_dict_new();
    for (int i = 0; i < (int)PYM_ARRAY_LEN(expect); i++) {
        ck_assert_int_eq(getsizeof(d), expect[i]);
        PymObject *k = I(i * 7);
        ck_assert_int_eq(pym_dict_setitem(d, k, k), 0);
        PYM_DECREF(k);
    }
    ck_assert_int_eq(pym_dict_size(d), 12);
    for (int i = 0; i < 12; i += 2) {
        PymObject *k = I(i * 7);
        ck_assert_int_eq(pym_dict_delitem(d, k), 0);
        PYM_DECREF(k);
    }
    ck_assert_int_eq(pym_dict_size(d), 6);
    PymObject *k = I(14);
    ck_assert_int_eq(pym_dict_delitem(d, k), -1);       /* KeyError */
    ck_assert(pym_err_matches((PymObject *)PymExc_KeyError));
    pym_err_clear();
    ck_assert_int_eq(pym_dict_contains(d, k), 0);
    PYM_DECREF(k);
    k = I(21);
    ck_assert_int_eq(pym_int_as_ssize(pym_dict_getitem(d, k)), 21);
    PYM_DECREF(k);
    /* iteration keeps insertion order */
    intptr_t pos = 0, prev = -1;
    PymObject *key, *value;
    int n = 0;
    while (pym_dict_next(d, &pos, &key, &value)) {
        ck_assert_int_gt(pym_int_as_ssize(key), prev);
        prev = pym_int_as_ssize(key);
        n++;
    }
    ck_assert_int_eq(n, 6);
    pym_dict_clear(d);
    ck_assert_int_eq(getsizeof(d), 64);
    PYM_DECREF(d);
}
END_TEST

START_TEST(test_dict_str_keys) {
    static const intptr_t expect[] = {64, 184, 184, 184, 184, 184, 272, 272, 272, 272, 272,
                                      464};
    PymObject *d = pym_dict_new();
    char name[16];
    for (int i = 0; i < (int)PYM_ARRAY_LEN(expect); i++) {
        ck_assert_int_eq(getsizeof(d), expect[i]);
        snprintf(name, sizeof name, "key%d", i);
        PymObject *v = I(i);
        ck_assert_int_eq(pym_dict_setitem_cstr(d, name, v), 0);
        PYM_DECREF(v);
    }
    ck_assert_int_eq(pym_int_as_ssize(pym_dict_getitem_cstr(d, "key3")), 3);
    ck_assert_ptr_null(pym_dict_getitem_cstr(d, "nope"));
    ck_assert_ptr_null(pym_err_occurred());
    /* a non-str key converts the table to the general layout */
    PymObject *d2 = pym_dict_new();
    PymObject *one = I(1);
    pym_dict_setitem_cstr(d2, "a", one);
    ck_assert_int_eq(getsizeof(d2), 184);
    pym_dict_setitem(d2, one, one);
    ck_assert_int_eq(getsizeof(d2), 352);
    PymObject *c = pym_dict_copy(d);
    ck_assert_int_eq(pym_dict_size(c), 12);
    ck_assert_int_eq(pym_object_richcompare_bool(c, d, PYM_EQ), 1);
    PYM_DECREF(c);
    PYM_DECREF(one);
    PYM_DECREF(d2);
    PYM_DECREF(d);
}
END_TEST

START_TEST(test_set_ops_and_sizes) {
    static const intptr_t expect[] = {216, 216, 216, 216, 216, 728, 728};
    PymObject *s = pym_set_new(NULL);
    for (int i = 0; i < (int)PYM_ARRAY_LEN(expect); i++) {
        ck_assert_int_eq(getsizeof(s), expect[i]);
        PymObject *v = I(i);
        ck_assert_int_eq(pym_set_add(s, v), 0);
        ck_assert_int_eq(pym_set_add(s, v), 0);
        PYM_DECREF(v);
    }
    ck_assert_int_eq(pym_set_size(s), 7);
    PymObject *three = I(3), *ten = I(10);
    ck_assert_int_eq(pym_set_contains(s, three), 1);
    ck_assert_int_eq(pym_set_discard(s, three), 1);
    ck_assert_int_eq(pym_set_discard(s, three), 0);
    ck_assert_int_eq(pym_set_contains(s, ten), 0);
    PymObject *f = pym_frozenset_new(s);
    ck_assert_int_eq(pym_set_size(f), 6);
    PymObject *u = pym_number_binop(s, f, PYM_NB_OR);
    ck_assert_int_eq(pym_set_size(u), 6);
    PymObject *r = pym_object_repr(u);
    ck_assert_str_eq(PYM_STR_UTF8(r), "{0, 1, 2, 4, 5, 6}");
    PYM_DECREF(r);
    /* frozenset({1, 2}) hash is CPython's */
    PymObject *fs = pym_frozenset_new(NULL);
    PymObject *a = I(1), *b = I(2);
    pym_set_add(fs, a);
    pym_set_add(fs, b);
    ck_assert_int_eq(pym_object_hash(fs), -1826646154956904602LL);
    /* an unhashable element */
    PymObject *l = pym_list_new(0);
    ck_assert_int_eq(pym_set_add(s, l), -1);
    ck_assert(pym_err_matches((PymObject *)PymExc_TypeError));
    pym_err_clear();
    PYM_DECREF(l);
    PYM_DECREF(a);
    PYM_DECREF(b);
    PYM_DECREF(fs);
    PYM_DECREF(u);
    PYM_DECREF(f);
    PYM_DECREF(three);
    PYM_DECREF(ten);
    PYM_DECREF(s);
}
END_TEST

START_TEST(test_slice_indices) {
    PymObject *m3 = I(-3), *none = pym_None, *m1 = I(-1);
    PymObject *sl = pym_slice_new(m3, none, NULL);
    intptr_t start, stop, step;
    ck_assert_int_eq(pym_slice_indices(sl, 10, &start, &stop, &step), 3);
    ck_assert_int_eq(start, 7);
    ck_assert_int_eq(stop, 10);
    ck_assert_int_eq(step, 1);
    PymObject *rev = pym_slice_new(NULL, NULL, m1);
    ck_assert_int_eq(pym_slice_indices(rev, 5, &start, &stop, &step), 5);
    ck_assert_int_eq(start, 4);
    ck_assert_int_eq(stop, -1);
    PymObject *r = pym_object_repr(sl);
    ck_assert_str_eq(PYM_STR_UTF8(r), "slice(-3, None, None)");
    PYM_DECREF(r);
    PYM_DECREF(rev);
    PYM_DECREF(sl);
    PYM_DECREF(m3);
    PYM_DECREF(m1);
}
END_TEST

START_TEST(test_deep_dealloc) {
    /* x = [x] a hundred thousand times, then drop it: no stack overflow */
    PymObject *x = pym_list_new(0);
    for (int i = 0; i < 100000; i++) {
        PymObject *y = pym_list_new(1);
        PYM_LIST_SET(y, 0, x);
        x = y;
    }
    PYM_DECREF(x);
}
END_TEST

Suite *containers_suite(void) {
    Suite *s = suite_create("containers");
    TCase *tc = pym_tcase("core");
    tcase_add_test(tc, test_list_append_growth);
    tcase_add_test(tc, test_list_from_iter_sizes);
    tcase_add_test(tc, test_list_insert_slice_sort);
    tcase_add_test(tc, test_list_sort_mixed_error);
    tcase_add_test(tc, test_tuple_basics);
    tcase_add_test(tc, test_dict_insert_delete_resize);
    tcase_add_test(tc, test_dict_str_keys);
    tcase_add_test(tc, test_set_ops_and_sizes);
    tcase_add_test(tc, test_slice_indices);
    tcase_add_test(tc, test_deep_dealloc);
    suite_add_tcase(s, tc);
    return s;
}
