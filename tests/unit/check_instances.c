/*
** check_instances.c -- attribute storage of plain instances (instattrs.c):
** inline values keyed by the class's shared keys, insertion order, the
** materialized __dict__ as the single source of truth, the fallback past
** the shared-keys limit, traverse/clear and reference counts.
*/
#include "testutil.h"

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

static PymObject *get(PymObject *g, const char *name) {
    PymObject *v = pym_dict_getitem_cstr(g, name);
    ck_assert_ptr_nonnull(v);
    return v;
}

static PymObject *dict_of(PymObject *o) { return *pym_object_dict_ptr(o); }
static PymInstValues *values_of(PymObject *o) { return *pym_inst_values_ptr(o); }

/* The text of the current exception (str(exc)); clears it. */
static char *exc_text(PymType *expected) {
    static char buf[256];
    PymObject *e = pym_err_fetch();
    ck_assert_ptr_nonnull(e);
    if (expected) ck_assert_ptr_eq(PYM_TYPE(e), expected);
    PymObject *s = pym_object_str(e);
    snprintf(buf, sizeof buf, "%s", PYM_STR_UTF8(s));
    PYM_DECREF(s);
    PYM_DECREF(e);
    return buf;
}

START_TEST(test_layout_and_flags) {
    PymObject *g = run("class P: pass\n"
                       "class Q(P): pass\n"
                       "class S:\n  __slots__ = ('a',)\n"
                       "class SD:\n  __slots__ = ('a', '__dict__')\n"
                       "class I(int): pass\n");
    PymType *p = (PymType *)get(g, "P"), *q = (PymType *)get(g, "Q");
    PymType *s = (PymType *)get(g, "S"), *sd = (PymType *)get(g, "SD");
    PymType *i = (PymType *)get(g, "I");
    ck_assert(p->tp_flags & PYM_TPFLAGS_INLINE_VALUES);
    ck_assert(q->tp_flags & PYM_TPFLAGS_INLINE_VALUES);
    ck_assert(sd->tp_flags & PYM_TPFLAGS_INLINE_VALUES);
    ck_assert(!(s->tp_flags & PYM_TPFLAGS_INLINE_VALUES));
    ck_assert(!(i->tp_flags & PYM_TPFLAGS_INLINE_VALUES));
    ck_assert_int_eq(p->tp_basicsize, 40);      /* + 16 GC header = 56 */
    ck_assert_int_eq(q->tp_basicsize, 40);
    ck_assert_int_eq(sd->tp_basicsize, 40);     /* a, dict, values */
    ck_assert_int_eq(s->tp_basicsize, 24);
    ck_assert_int_eq(p->tp_dictoffset, 24);
    ck_assert_ptr_null(p->ht_cached_keys);      /* until an attribute is set */
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_values_no_dict) {
    PymObject *g = run("class P:\n"
                       "  def __init__(self, a, b):\n    self.a = a\n    self.b = b\n"
                       "x = P(1, 2)\ny = P(3, 4)\ny.c = 5\n");
    PymObject *x = get(g, "x"), *y = get(g, "y");
    PymType *p = (PymType *)get(g, "P");
    ck_assert_ptr_null(dict_of(x));
    ck_assert_ptr_nonnull(values_of(x));
    ck_assert_ptr_null(dict_of(y));
    PymSharedKeys *k = p->ht_cached_keys;
    ck_assert_ptr_nonnull(k);
    ck_assert_int_eq(k->sk_nkeys, 3);
    ck_assert_str_eq(PYM_STR_UTF8(k->sk_keys[0]), "a");
    ck_assert_str_eq(PYM_STR_UTF8(k->sk_keys[2]), "c");
    /* the first instance grew to hold 2; later ones start at the table size */
    ck_assert_int_eq(values_of(x)->iv_len, 2);
    ck_assert_int_eq(values_of(y)->iv_len, 3);
    ck_assert_int_ge(values_of(y)->iv_capacity, 3);
    /* lookups by an interned and by a non-interned name */
    PymObject *v = pym_object_getattr(y, pym_str_intern_cstr("c"));
    ck_assert_int_eq(pym_int_as_ssize(v), 5);
    PYM_DECREF(v);
    PymObject *name = pym_str_from_cstr("b");
    ck_assert(!((PymStr *)name)->st_interned || name == pym_str_intern_cstr("b"));
    v = pym_object_getattr(y, name);
    ck_assert_int_eq(pym_int_as_ssize(v), 4);
    PYM_DECREF(v);
    PYM_DECREF(name);
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_insertion_order) {
    PymObject *g = run("class P: pass\n"
                       "a = P()\na.x = 1\na.y = 2\na.z = 3\n"
                       "b = P()\nb.z = 1\nb.x = 2\nb.y = 3\n"
                       "del b.z\nb.z = 4\n"
                       "ka = list(vars(a))\nkb = list(vars(b))\n");
    PymObject *r = pym_object_repr(get(g, "ka"));
    ck_assert_str_eq(PYM_STR_UTF8(r), "['x', 'y', 'z']");
    PYM_DECREF(r);
    r = pym_object_repr(get(g, "kb"));
    ck_assert_str_eq(PYM_STR_UTF8(r), "['x', 'y', 'z']");
    PYM_DECREF(r);
    PYM_DECREF(g);
    g = run("class P: pass\n"
            "a = P()\na.x = 1\na.y = 2\n"
            "b = P()\nb.y = 1\nb.x = 2\n");
    PymInstValues *v = values_of(get(g, "b"));
    ck_assert_int_eq(v->iv_len, 2);
    ck_assert_int_eq(pym_inst_values_order(v)[0], 1);   /* y: key index 1 */
    ck_assert_int_eq(pym_inst_values_order(v)[1], 0);
    r = pym_object_repr(dict_of(get(g, "b")) ? dict_of(get(g, "b"))
                                              : pym_object_materialize_dict(get(g, "b")));
    ck_assert_str_eq(PYM_STR_UTF8(r), "{'y': 1, 'x': 2}");
    PYM_DECREF(r);
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_materialize_single_truth) {
    PymObject *g = run("class P: pass\n"
                       "o = P()\no.a = 1\no.b = 2\n");
    PymObject *o = get(g, "o");
    PymObject *d = pym_object_materialize_dict(o);
    ck_assert_ptr_nonnull(d);
    ck_assert_ptr_eq(dict_of(o), d);
    ck_assert_ptr_null(values_of(o));           /* released */
    ck_assert_int_eq(pym_dict_size(d), 2);
    ck_assert_ptr_eq(pym_object_materialize_dict(o), d);    /* idempotent */
    /* writes through the dict are seen by getattr and vice versa */
    PymObject *three = pym_int_from_ssize(3);
    pym_dict_setitem_cstr(d, "c", three);
    PymObject *v = pym_object_getattr(o, pym_str_intern_cstr("c"));
    ck_assert_ptr_eq(v, three);
    PYM_DECREF(v);
    ck_assert_int_eq(pym_object_setattr(o, pym_str_intern_cstr("e"), three), 0);
    ck_assert_ptr_eq(pym_dict_getitem_cstr(d, "e"), three);
    ck_assert_ptr_null(values_of(o));
    PYM_DECREF(three);
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_delete_and_missing) {
    PymObject *g = run("class P: pass\no = P()\no.a = 1\n");
    PymObject *o = get(g, "o");
    PymObject *a = pym_str_intern_cstr("a");
    ck_assert_int_eq(pym_object_setattr(o, a, NULL), 0);
    ck_assert_int_eq(values_of(o)->iv_len, 0);
    ck_assert_ptr_null(pym_object_getattr(o, a));
    ck_assert_str_eq(exc_text(PymExc_AttributeError), "'P' object has no attribute 'a'");
    ck_assert_int_eq(pym_object_setattr(o, a, NULL), -1);
    ck_assert_str_eq(exc_text(PymExc_AttributeError), "'P' object has no attribute 'a'");
    ck_assert_int_eq(pym_object_setattr(o, pym_str_intern_cstr("zz"), NULL), -1);
    ck_assert_str_eq(exc_text(PymExc_AttributeError), "'P' object has no attribute 'zz'");
    ck_assert_ptr_null(dict_of(o));
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_shared_keys_limit) {
    PymObject *g = run("class P: pass\n"
                       "a = P()\n"
                       "for i in range(40): setattr(a, 'k%d' % i, i)\n"
                       "b = P()\nb.k3 = 3\nb.k29 = 29\n"
                       "c = P()\nc.k1 = 1\nc.other = 0\n"
                       "ok = [getattr(a, 'k%d' % i) for i in range(40)] == list(range(40))\n"
                       "order = list(vars(a)) == ['k%d' % i for i in range(40)]\n");
    PymType *p = (PymType *)get(g, "P");
    ck_assert_int_eq(p->ht_cached_keys->sk_nkeys, PYM_SHARED_KEYS_MAX);
    ck_assert_ptr_eq(get(g, "ok"), pym_True);
    ck_assert_ptr_eq(get(g, "order"), pym_True);
    ck_assert_ptr_nonnull(dict_of(get(g, "a")));    /* went past the limit */
    ck_assert_ptr_null(values_of(get(g, "a")));
    ck_assert_ptr_null(dict_of(get(g, "b")));       /* shared names only */
    ck_assert_ptr_nonnull(dict_of(get(g, "c")));    /* a new name, table full */
    PYM_DECREF(g);
}
END_TEST

static int count_visit(PymObject *o, void *arg) {
    (void)o;
    (*(int *)arg)++;
    return 0;
}

START_TEST(test_traverse_clear_refcounts) {
    PymObject *g = run("class P: pass\n"
                       "val = ['shared value']\n"
                       "o = P()\no.a = val\no.b = val\no.c = 1\n");
    PymObject *o = get(g, "o"), *val = get(g, "val");
    ck_assert_int_eq(val->ob_refcnt, 3);        /* namespace + two attributes */
    int n = 0;
    PYM_TYPE(o)->tp_traverse(o, count_visit, &n);
    ck_assert_int_eq(n, 4);                     /* a, b, c, the class */
    PYM_TYPE(o)->tp_clear(o);
    ck_assert_ptr_null(values_of(o));
    ck_assert_int_eq(val->ob_refcnt, 1);
    n = 0;
    PYM_TYPE(o)->tp_traverse(o, count_visit, &n);
    ck_assert_int_eq(n, 1);
    /* attributes can be set again after a clear */
    ck_assert_int_eq(pym_object_setattr(o, pym_str_intern_cstr("b"), val), 0);
    ck_assert_int_eq(val->ob_refcnt, 2);
    PYM_INCREF(val);
    PYM_DECREF(g);                              /* frees o */
    ck_assert_int_eq(val->ob_refcnt, 1);
    PYM_DECREF(val);
}
END_TEST

START_TEST(test_cycle_is_two_objects) {
    pym_gc_collect(2);
    PymObject *g = run("class N: pass\n"
                       "a = N()\nb = N()\na.p = b\nb.p = a\n"
                       "del a, b\n");
    ck_assert_int_eq(pym_gc_collect(2), 2);
    PYM_DECREF(g);
    pym_gc_collect(2);                          /* the namespace and class N */
    g = run("class N: pass\n"
            "a = N()\nb = N()\na.p = b\nb.p = a\na.__dict__\n"
            "del a, b\n");
    ck_assert_int_eq(pym_gc_collect(2), 3);
    PYM_DECREF(g);
}
END_TEST

START_TEST(test_set_dict_and_class) {
    PymObject *g = run("class P: pass\nclass Q: pass\n"
                       "o = P()\no.a = 1\n"
                       "o.__dict__ = {'z': 2}\n"
                       "r1 = hasattr(o, 'a'), o.z\n"
                       "p = P()\np.a = 1\np.__class__ = Q\n"
                       "r2 = p.a\n"
                       "del o.__dict__\n"
                       "r3 = vars(o)\n");
    PymObject *r = pym_object_repr(get(g, "r1"));
    ck_assert_str_eq(PYM_STR_UTF8(r), "(False, 2)");
    PYM_DECREF(r);
    PymObject *p = get(g, "p");
    ck_assert_ptr_nonnull(dict_of(p));          /* materialized by __class__ = */
    ck_assert_ptr_null(values_of(p));
    ck_assert_int_eq(pym_int_as_ssize(get(g, "r2")), 1);
    ck_assert_int_eq(pym_dict_size(get(g, "r3")), 0);
    PYM_DECREF(g);
}
END_TEST

Suite *instances_suite(void) {
    Suite *s = suite_create("instances");
    TCase *tc = pym_tcase("instances");
    tcase_add_test(tc, test_layout_and_flags);
    tcase_add_test(tc, test_values_no_dict);
    tcase_add_test(tc, test_insertion_order);
    tcase_add_test(tc, test_materialize_single_truth);
    tcase_add_test(tc, test_delete_and_missing);
    tcase_add_test(tc, test_shared_keys_limit);
    tcase_add_test(tc, test_traverse_clear_refcounts);
    tcase_add_test(tc, test_cycle_is_two_objects);
    tcase_add_test(tc, test_set_dict_and_class);
    suite_add_tcase(s, tc);
    return s;
}
