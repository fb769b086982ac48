/*
** check_weakref.c -- weak references (weakrefobject.c): the per-object list
** and its order, sharing of callback-less refs, clearing on dealloc with
** callbacks, the collector's rules (handle_weakrefs), proxies, and which
** types can be weakly referenced.
*/
#include "testutil.h"
#include "gc.h"

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

static void run_in(PymObject *g, const char *src) {
    PymObject *r = pym_run_string(src, strlen(src), "<test>", PYM_FILE_INPUT, g, g);
    if (!r) pym_err_print();
    ck_assert_ptr_nonnull(r);
    PYM_DECREF(r);
}

/* A new instance of a fresh class C (new ref). */
static PymObject *new_instance(PymObject **ns) {
    *ns = run("class C:\n    pass\nobj = C()\n");
    PymObject *o = pym_dict_getitem_cstr(*ns, "obj");
    PYM_INCREF(o);
    pym_dict_delitem_cstr(*ns, "obj");
    return o;
}

START_TEST(layout_matches_cpython) {
    ck_assert_int_eq(sizeof(PymWeakReference), 64);
    ck_assert_int_eq(pym_type_weakref.tp_basicsize, 64);
    ck_assert(pym_type_supports_weakrefs(&pym_type_type));
    ck_assert(pym_type_supports_weakrefs(&pym_type_set));
    ck_assert(pym_type_supports_weakrefs(&pym_type_function));
    ck_assert(!pym_type_supports_weakrefs(&pym_type_weakref));
    ck_assert(!pym_type_supports_weakrefs(&pym_type_list));
    ck_assert(!pym_type_supports_weakrefs(&pym_type_tuple));
}
END_TEST

START_TEST(ref_does_not_own_referent) {
    PymObject *ns, *o = new_instance(&ns);
    intptr_t before = PYM_REFCNT(o);
    PymObject *r = pym_weakref_new_ref(o, NULL);
    ck_assert_ptr_nonnull(r);
    ck_assert_int_eq(PYM_REFCNT(o), before);
    ck_assert_ptr_eq(pym_weakref_get_object(r), o);
    ck_assert_int_eq(pym_weakref_count(o), 1);
    /* callback-less refs are shared, None counts as no callback */
    PymObject *r2 = pym_weakref_new_ref(o, pym_None);
    ck_assert_ptr_eq(r2, r);
    PYM_DECREF(r2);
    PYM_DECREF(o);                       /* the referent dies */
    ck_assert_ptr_eq(pym_weakref_get_object(r), pym_None);
    PymObject *v = pym_call_noargs(r);
    ck_assert_ptr_eq(v, pym_None);
    PYM_DECREF(v);
    PYM_DECREF(r);
    PYM_DECREF(ns);
}
END_TEST

START_TEST(list_order_is_cpythons) {
    PymObject *ns, *o = new_instance(&ns);
    PymObject *cb = pym_dict_getitem_cstr(pym_builtins_dict(), "print");
    PymObject *c1 = pym_weakref_new_ref(o, cb);
    PymObject *c2 = pym_weakref_new_ref(o, cb);
    PymObject *p = pym_weakref_new_proxy(o, NULL);
    PymObject *r = pym_weakref_new_ref(o, NULL);
    ck_assert_ptr_ne(c1, c2);
    ck_assert_int_eq(pym_weakref_count(o), 4);
    /* basic ref, basic proxy, then the others newest first */
    PymWeakReference *head = *(PymWeakReference **)((char *)o + PYM_TYPE(o)->tp_weaklistoffset);
    ck_assert_ptr_eq(head, r);
    ck_assert_ptr_eq(head->wr_next, p);
    ck_assert_ptr_eq(head->wr_next->wr_next, c2);
    ck_assert_ptr_eq(head->wr_next->wr_next->wr_next, c1);
    ck_assert_ptr_null(head->wr_next->wr_next->wr_next->wr_next);
    ck_assert_ptr_eq(PYM_TYPE(p), &pym_type_weakproxy);
    /* dropping a ref unlinks it */
    PYM_DECREF(c2);
    ck_assert_int_eq(pym_weakref_count(o), 3);
    ck_assert_ptr_eq(head->wr_next->wr_next, c1);
    PYM_DECREF(c1); PYM_DECREF(p); PYM_DECREF(r);
    ck_assert_int_eq(pym_weakref_count(o), 0);
    PYM_DECREF(o);
    PYM_DECREF(ns);
}
END_TEST

START_TEST(unreferenceable_types_raise) {
    PymObject *i = pym_int_from_long(5);
    ck_assert_ptr_null(pym_weakref_new_ref(i, NULL));
    ck_assert(pym_err_matches((PymObject *)PymExc_TypeError));
    PymObject *exc = pym_err_fetch();
    PymObject *s = pym_object_str(exc);
    ck_assert_str_eq(PYM_STR_UTF8(s), "cannot create weak reference to 'int' object");
    PYM_DECREF(s); PYM_DECREF(exc);
    ck_assert_int_eq(pym_weakref_count(i), 0);
    PYM_DECREF(i);
    PymObject *l = pym_list_new(0);
    ck_assert_ptr_null(pym_weakref_new_proxy(l, NULL));
    pym_err_clear();
    PYM_DECREF(l);
}
END_TEST

START_TEST(callbacks_run_newest_first) {
    PymObject *g = run(
        "import weakref\n"
        "class C: pass\n"
        "log = []\n"
        "o = C()\n"
        "rs = [weakref.ref(o, lambda r, i=i: log.append((i, r() is None))) for i in range(3)]\n"
        "basic = weakref.ref(o)\n"
        "del o\n");
    run_in(g, "assert log == [(2, True), (1, True), (0, True)], log\n"
              "assert basic() is None and rs[0].__callback__ is None\n");
    PYM_DECREF(g);
}
END_TEST

START_TEST(clearing_keeps_the_current_exception) {
    PymObject *g = run(
        "import weakref\n"
        "class C: pass\n"
        "o = C()\n"
        "hits = []\n"
        "r = weakref.ref(o, lambda r: hits.append(1))\n");
    PymObject *o = pym_dict_getitem_cstr(g, "o");
    PYM_INCREF(o);
    pym_dict_delitem_cstr(g, "o");
    pym_err_set_string(PymExc_ValueError, "pending");
    PYM_DECREF(o);                       /* callback runs with an error pending */
    ck_assert(pym_err_matches((PymObject *)PymExc_ValueError));
    pym_err_clear();
    run_in(g, "assert hits == [1]\n");
    PYM_DECREF(g);
}
END_TEST

START_TEST(dead_ref_of_garbage_gets_no_callback) {
    pym_gc_collect(2);
    PymObject *g = run(
        "import weakref, gc\n"
        "class N: pass\n"
        "log = []\n"
        "a = N(); b = N(); a.b = b; b.a = a\n"
        "outside = weakref.ref(a, lambda r: log.append('outside'))\n"
        "b.inside = weakref.ref(a, lambda r: log.append('inside'))\n"
        "del a, b\n");
    /* a, b, the inner ref and its lambda are garbage */
    ck_assert_int_eq(pym_gc_collect(2), 4);
    run_in(g, "assert log == ['outside'], log\nassert outside() is None\n");
    PYM_DECREF(g);
}
END_TEST

START_TEST(ref_freed_by_its_callback_is_counted) {
    pym_gc_collect(2);
    PymObject *g = run(
        "import weakref\n"
        "class N: pass\n"
        "holder = []\n"
        "def drop(r): holder.clear()\n"
        "n = N(); n.me = n\n"
        "holder.append(weakref.ref(n, drop))\n"
        "del n\n");
    ck_assert_int_eq(pym_gc_collect(2), 2);   /* n, and the ref freed by drop */
    run_in(g, "assert holder == []\n");
    PYM_DECREF(g);
}
END_TEST

START_TEST(callbacks_see_all_garbage_cleared) {
    pym_gc_collect(2);
    PymObject *g = run(
        "import weakref\n"
        "class N: pass\n"
        "seen = []\n"
        "a = N(); b = N(); a.o = b; b.o = a\n"
        "ra = weakref.ref(a); rb = weakref.ref(b)\n"
        "w = weakref.ref(b, lambda r: seen.append((ra(), rb())))\n"
        "del a, b\n");
    pym_gc_collect(2);
    run_in(g, "assert seen == [(None, None)], seen\n");
    PYM_DECREF(g);
}
END_TEST

START_TEST(builtin_kinds_clear_on_dealloc) {
    PymObject *s = pym_set_new(NULL);
    PymObject *rs = pym_weakref_new_ref(s, NULL);
    ck_assert_ptr_nonnull(rs);
    PYM_DECREF(s);
    ck_assert_ptr_eq(pym_weakref_get_object(rs), pym_None);
    PYM_DECREF(rs);
    /* static types never die: the ref stays alive */
    PymObject *ri = pym_weakref_new_ref((PymObject *)&pym_type_int, NULL);
    ck_assert_ptr_eq(pym_weakref_get_object(ri), (PymObject *)&pym_type_int);
    PYM_DECREF(ri);
    PymObject *g = run(
        "import weakref, gc\n"
        "def f(): pass\n"
        "class K:\n    def m(self): pass\n"
        "def gen(): yield 1\n"
        "g = gen()\n"
        "refs = [weakref.ref(x) for x in (f, K, g, compile('1', '<s>', 'eval'), K().m, frozenset())]\n"
        "del f, K, g\n"
        "gc.collect()\n"
        "assert [r() for r in refs] == [None] * 6, [r() for r in refs]\n");
    PYM_DECREF(g);
}
END_TEST

START_TEST(proxy_forwards_and_fails_when_dead) {
    PymObject *g = run(
        "import weakref\n"
        "class C:\n"
        "    x = 3\n"
        "    def __add__(self, o): return self.x + o\n"
        "    def __len__(self): return 7\n"
        "o = C()\n"
        "p = weakref.proxy(o)\n"
        "assert p.x == 3 and p + 1 == 4 and len(p) == 7 and not callable(p)\n"
        "del o\n"
        "try:\n"
        "    p.x\n"
        "    raise AssertionError('no error')\n"
        "except ReferenceError as e:\n"
        "    assert str(e) == 'weakly-referenced object no longer exists'\n");
    PYM_DECREF(g);
}
END_TEST

START_TEST(hash_and_equality) {
    PymObject *g = run(
        "import weakref\n"
        "class C: pass\n"
        "a = C(); b = C()\n"
        "ra = weakref.ref(a); rb = weakref.ref(b, lambda r: None)\n"
        "assert hash(ra) == hash(a) and ra != rb and ra == weakref.ref(a)\n"
        "h = hash(rb)\n"
        "del a, b\n"
        "assert hash(rb) == h and ra != rb and ra == ra\n"
        "c = C(); rc = weakref.ref(c); del c\n"
        "try:\n"
        "    hash(rc)\n"
        "    raise AssertionError('hashed')\n"
        "except TypeError as e:\n"
        "    assert str(e) == 'weak object has gone away'\n");
    PYM_DECREF(g);
}
END_TEST

Suite *weakref_suite(void) {
    Suite *s = suite_create("weakref");
    TCase *tc = pym_tcase("core");
    tcase_add_test(tc, layout_matches_cpython);
    tcase_add_test(tc, ref_does_not_own_referent);
    tcase_add_test(tc, list_order_is_cpythons);
    tcase_add_test(tc, unreferenceable_types_raise);
    tcase_add_test(tc, callbacks_run_newest_first);
    tcase_add_test(tc, clearing_keeps_the_current_exception);
    tcase_add_test(tc, builtin_kinds_clear_on_dealloc);
    tcase_add_test(tc, proxy_forwards_and_fails_when_dead);
    tcase_add_test(tc, hash_and_equality);
    suite_add_tcase(s, tc);
    TCase *gc = pym_tcase("collector");
    tcase_add_test(gc, dead_ref_of_garbage_gets_no_callback);
    tcase_add_test(gc, ref_freed_by_its_callback_is_counted);
    tcase_add_test(gc, callbacks_see_all_garbage_cleared);
    suite_add_tcase(s, gc);
    return s;
}
