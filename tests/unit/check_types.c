/*
** check_types.c -- unit tests of the types area: readiness of static types,
** C3 MRO, attribute lookup, isinstance/issubclass, instance layout and the
** argument helpers of modsupport.c.
*/
#include "testutil.h"

/* The text of the current exception (str(exc)); clears it. */
static char *exc_text(PymType *expected) {
    static char buf[512];
    PymObject *e = pym_err_fetch();
    ck_assert_ptr_nonnull(e);
    if (expected) ck_assert_ptr_eq(PYM_TYPE(e), expected);
    PymObject *s = pym_object_str(e);
    ck_assert_ptr_nonnull(s);
    snprintf(buf, sizeof buf, "%s", PYM_STR_UTF8(s));
    PYM_DECREF(s);
    PYM_DECREF(e);
    return buf;
}

/* class NAME(*bases): body given as alternating names and values */
static PymObject *make_class(const char *name, PymObject *bases, PymObject *ns) {
    PymObject *n = pym_str_from_cstr(name);
    PymObject *owned_ns = ns ? NULL : pym_dict_new();
    PymObject *c = pym_type_new_class(&pym_type_type, n, bases, ns ? ns : owned_ns, NULL);
    PYM_DECREF(n);
    PYM_XDECREF(owned_ns);
    return c;
}

static const char *mro_names(PymObject *cls) {
    static char buf[256];
    buf[0] = 0;
    PymObject *mro = ((PymType *)cls)->tp_mro;
    for (intptr_t i = 0; i < PYM_SIZE(mro); i++) {
        if (i) strcat(buf, " ");
        strcat(buf, ((PymType *)PYM_TUPLE_GET(mro, i))->tp_name);
    }
    return buf;
}

START_TEST(test_static_types_ready) {
    ck_assert(pym_type_object.tp_flags & PYM_TPFLAGS_READY);
    ck_assert(pym_type_type.tp_flags & PYM_TPFLAGS_READY);
    ck_assert(pym_type_int.tp_flags & PYM_TPFLAGS_READY);
    ck_assert(pym_type_none.tp_flags & PYM_TPFLAGS_READY);
    /* readying twice is harmless */
    ck_assert_int_eq(pym_type_ready(&pym_type_int), 0);
    /* slot wrappers and method descriptors (the dict is built on first use) */
    PymObject *add = pym_dict_getitem_cstr(pym_type_get_dict(&pym_type_int), "__add__");
    ck_assert_ptr_nonnull(add);
    ck_assert_ptr_eq(PYM_TYPE(add), &pym_type_wrapper_descr);
    PymObject *r = pym_object_repr(add);
    ck_assert_str_eq(PYM_STR_UTF8(r), "<slot wrapper '__add__' of 'int' objects>");
    PYM_DECREF(r);
    PymObject *app = pym_dict_getitem_cstr(pym_type_get_dict(&pym_type_list), "append");
    ck_assert_ptr_nonnull(app);
    ck_assert_ptr_eq(PYM_TYPE(app), &pym_type_method_descr);
    r = pym_object_repr(app);
    ck_assert_str_eq(PYM_STR_UTF8(r), "<method 'append' of 'list' objects>");
    PYM_DECREF(r);
    /* list defines __eq__ but not __hash__: unhashable */
    ck_assert_ptr_eq(pym_dict_getitem_cstr(pym_type_get_dict(&pym_type_list), "__hash__"), pym_None);
    PymObject *l = pym_list_new(0);
    ck_assert_int_eq(pym_object_hash(l), -1);
    ck_assert_str_eq(exc_text(PymExc_TypeError), "unhashable type: 'list'");
    PYM_DECREF(l);
    /* bool inherits from int */
    ck_assert_ptr_eq(pym_type_bool.tp_base, &pym_type_int);
    ck_assert_str_eq(mro_names((PymObject *)&pym_type_bool), "bool int object");
}
END_TEST

/* A static type readied late: its dict is built on first use, with the
** same contents an eager build gives. */
static PymObject *lazy_twice(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    return pym_int_from_ssize(2);
}
static PymMethodDef lazy_methods[] = {
    {"twice", lazy_twice, 0, "Return 2."},
    {NULL, NULL, 0, NULL},
};
static PymType lazy_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "lazy",
    .tp_basicsize = sizeof(PymObject),
    .tp_methods = lazy_methods,
    .tp_doc = "a lazily built type",
};

START_TEST(test_lazy_type_dict) {
    ck_assert_int_eq(pym_type_ready(&lazy_type), 0);
    ck_assert(lazy_type.tp_flags & PYM_TPFLAGS_READY);
    ck_assert(lazy_type.tp_flags & PYM_TPFLAGS_DICT_PENDING);
    ck_assert_ptr_null(lazy_type.tp_dict);
    /* a lookup builds it */
    PymObject *twice = pym_type_lookup(&lazy_type, pym_str_intern_cstr("twice"));
    ck_assert_ptr_nonnull(twice);
    ck_assert_ptr_eq(PYM_TYPE(twice), &pym_type_method_descr);
    ck_assert(!(lazy_type.tp_flags & PYM_TPFLAGS_DICT_PENDING));
    PymObject *d = pym_type_get_dict(&lazy_type);
    ck_assert_ptr_eq(d, lazy_type.tp_dict);
    PymObject *doc = pym_dict_getitem_cstr(d, "__doc__");
    ck_assert_ptr_nonnull(doc);
    ck_assert_str_eq(PYM_STR_UTF8(doc), "a lazily built type");
    /* inherited names are found through object's dict */
    ck_assert_ptr_nonnull(pym_type_lookup(&lazy_type, pym_str_intern_cstr("__repr__")));
    ck_assert_ptr_null(pym_dict_getitem_cstr(d, "__repr__"));
    /* after pym_types_fill_all no static type is pending */
    pym_types_fill_all();
    ck_assert(!(pym_type_complex.tp_flags & PYM_TPFLAGS_DICT_PENDING));
    ck_assert_ptr_nonnull(pym_type_complex.tp_dict);
}
END_TEST

START_TEST(test_singletons) {
    PymObject *r = pym_object_repr(pym_None);
    ck_assert_str_eq(PYM_STR_UTF8(r), "None");
    PYM_DECREF(r);
    r = pym_object_repr(pym_NotImplemented);
    ck_assert_str_eq(PYM_STR_UTF8(r), "NotImplemented");
    PYM_DECREF(r);
    r = pym_object_repr(pym_Ellipsis);
    ck_assert_str_eq(PYM_STR_UTF8(r), "Ellipsis");
    PYM_DECREF(r);
    ck_assert_int_eq(pym_object_is_true(pym_None), 0);
    ck_assert_int_eq(pym_object_is_true(pym_NotImplemented), 1);
    r = pym_call_noargs((PymObject *)&pym_type_none);
    ck_assert_ptr_eq(r, pym_None);
    PYM_DECREF(r);
}
END_TEST

START_TEST(test_mro) {
    PymObject *empty = pym_tuple_new(0);
    PymObject *A = make_class("A", empty, NULL);
    ck_assert_ptr_nonnull(A);
    PymObject *bA = pym_tuple_pack(1, A);
    PymObject *B = make_class("B", bA, NULL);
    PymObject *C = make_class("C", bA, NULL);
    PymObject *bBC = pym_tuple_pack(2, B, C);
    PymObject *D = make_class("D", bBC, NULL);
    ck_assert_ptr_nonnull(D);
    ck_assert_str_eq(mro_names(D), "D B C A object");
    /* inconsistent: class E(A, B) */
    PymObject *bAB = pym_tuple_pack(2, A, B);
    ck_assert_ptr_null(make_class("E", bAB, NULL));
    ck_assert_str_eq(exc_text(PymExc_TypeError),
                     "Cannot create a consistent method resolution\norder (MRO) for bases A, B");
    /* duplicate base */
    PymObject *bAA = pym_tuple_pack(2, A, A);
    ck_assert_ptr_null(make_class("F", bAA, NULL));
    ck_assert_str_eq(exc_text(PymExc_TypeError), "duplicate base class A");
    /* bool is final */
    PymObject *bb = pym_tuple_pack(1, (PymObject *)&pym_type_bool);
    ck_assert_ptr_null(make_class("G", bb, NULL));
    ck_assert_str_eq(exc_text(PymExc_TypeError), "type 'bool' is not an acceptable base type");
    /* layout conflict */
    PymObject *bis = pym_tuple_pack(2, (PymObject *)&pym_type_int, (PymObject *)&pym_type_str);
    ck_assert_ptr_null(make_class("H", bis, NULL));
    ck_assert_str_eq(exc_text(PymExc_TypeError), "multiple bases have instance lay-out conflict");
    ck_assert(pym_type_is_subtype((PymType *)D, (PymType *)A));
    ck_assert(!pym_type_is_subtype((PymType *)A, (PymType *)D));
    PymObject *objs[] = {empty, A, bA, B, C, bBC, D, bAB, bAA, bb, bis};
    for (size_t i = 0; i < PYM_ARRAY_LEN(objs); i++) PYM_DECREF(objs[i]);
}
END_TEST

START_TEST(test_layout) {
    PymObject *empty = pym_tuple_new(0);
    PymObject *A = make_class("A", empty, NULL);
    ck_assert_int_eq(((PymType *)A)->tp_basicsize, 40);
    ck_assert(((PymType *)A)->tp_flags & PYM_TPFLAGS_HAVE_GC);
    ck_assert_int_ne(((PymType *)A)->tp_dictoffset, 0);
    ck_assert_int_ne(((PymType *)A)->tp_weaklistoffset, 0);
    PymObject *ns = pym_dict_new();
    PymObject *slots = pym_tuple_pack(2, pym_str_from_cstr("x"), pym_str_from_cstr("y"));
    pym_dict_setitem_cstr(ns, "__slots__", slots);
    PymObject *S = make_class("S", empty, ns);
    ck_assert_ptr_nonnull(S);
    ck_assert_int_eq(((PymType *)S)->tp_basicsize, 32);
    ck_assert_int_eq(((PymType *)S)->tp_dictoffset, 0);
    /* instances: attributes, slots */
    PymObject *a = pym_call_noargs(A);
    ck_assert_ptr_nonnull(a);
    PymObject *v = pym_int_from_long(5);
    ck_assert_int_eq(pym_object_setattr_cstr(a, "z", v), 0);
    PymObject *got = pym_object_getattr_cstr(a, "z");
    ck_assert_ptr_eq(got, v);
    PYM_DECREF(got);
    ck_assert_ptr_null(pym_object_getattr_cstr(a, "nope"));
    ck_assert_str_eq(exc_text(PymExc_AttributeError), "'A' object has no attribute 'nope'");
    PymObject *s = pym_call_noargs(S);
    ck_assert_ptr_null(pym_object_getattr_cstr(s, "x"));
    ck_assert_str_eq(exc_text(PymExc_AttributeError), "'S' object has no attribute 'x'");
    ck_assert_int_eq(pym_object_setattr_cstr(s, "x", v), 0);
    got = pym_object_getattr_cstr(s, "x");
    ck_assert_ptr_eq(got, v);
    PYM_DECREF(got);
    ck_assert_int_eq(pym_object_setattr_cstr(s, "w", v), -1);
    ck_assert_str_eq(exc_text(PymExc_AttributeError), "'S' object has no attribute 'w'");
    PymObject *objs[] = {a, s, v, A, S, ns, slots, empty};
    for (size_t i = 0; i < PYM_ARRAY_LEN(objs); i++) PYM_DECREF(objs[i]);
}
END_TEST

START_TEST(test_static_lookup) {
    PymObject *one = pym_int_from_long(1);
    PymObject *m = pym_object_getattr_cstr(one, "__add__");
    ck_assert_ptr_nonnull(m);
    ck_assert_ptr_eq(PYM_TYPE(m), &pym_type_method_wrapper);
    PymObject *two = pym_call_onearg(m, one);
    ck_assert_int_eq(pym_int_as_ssize(two), 2);
    PYM_DECREF(two);
    PYM_DECREF(m);
    ck_assert_ptr_null(pym_object_getattr_cstr(one, "foo"));
    ck_assert_str_eq(exc_text(PymExc_AttributeError), "'int' object has no attribute 'foo'");
    ck_assert_ptr_null(pym_object_getattr_cstr((PymObject *)&pym_type_int, "foo"));
    ck_assert_str_eq(exc_text(PymExc_AttributeError), "type object 'int' has no attribute 'foo'");
    ck_assert_int_eq(pym_object_setattr_cstr(one, "foo", one), -1);
    ck_assert_str_eq(exc_text(PymExc_AttributeError), "'int' object has no attribute 'foo'");
    /* type attributes */
    PymObject *n = pym_object_getattr_cstr((PymObject *)&pym_type_int, "__name__");
    ck_assert_str_eq(PYM_STR_UTF8(n), "int");
    PYM_DECREF(n);
    PymObject *r = pym_object_repr((PymObject *)&pym_type_int);
    ck_assert_str_eq(PYM_STR_UTF8(r), "<class 'int'>");
    PYM_DECREF(r);
    ck_assert_ptr_nonnull(pym_type_lookup(&pym_type_bool, pym_str_intern_cstr("__repr__")));
    ck_assert_ptr_null(pym_type_lookup(&pym_type_int, pym_str_intern_cstr("nothing")));
    /* binop errors */
    PymObject *s = pym_str_from_cstr("x");
    ck_assert_ptr_null(pym_number_binop(one, s, PYM_NB_SUBTRACT));
    ck_assert_str_eq(exc_text(PymExc_TypeError), "unsupported operand type(s) for -: 'int' and 'str'");
    ck_assert_ptr_null(pym_number_negative(s));
    ck_assert_str_eq(exc_text(PymExc_TypeError), "bad operand type for unary -: 'str'");
    ck_assert_int_eq(pym_object_len(one), -1);
    ck_assert_str_eq(exc_text(PymExc_TypeError), "object of type 'int' has no len()");
    ck_assert_ptr_null(pym_object_getiter(one));
    ck_assert_str_eq(exc_text(PymExc_TypeError), "'int' object is not iterable");
    ck_assert_ptr_null(pym_call_noargs(one));
    ck_assert_str_eq(exc_text(PymExc_TypeError), "'int' object is not callable");
    PYM_DECREF(s);
    PYM_DECREF(one);
}
END_TEST

START_TEST(test_isinstance) {
    PymObject *t = pym_True;
    ck_assert_int_eq(pym_object_isinstance(t, (PymObject *)&pym_type_int), 1);
    ck_assert_int_eq(pym_object_isinstance(t, (PymObject *)&pym_type_str), 0);
    PymObject *tup = pym_tuple_pack(2, (PymObject *)&pym_type_str, (PymObject *)&pym_type_bool);
    ck_assert_int_eq(pym_object_isinstance(t, tup), 1);
    ck_assert_int_eq(pym_object_issubclass((PymObject *)&pym_type_bool, tup), 1);
    ck_assert_int_eq(pym_object_issubclass((PymObject *)&pym_type_int, tup), 0);
    PYM_DECREF(tup);
    ck_assert_int_eq(pym_object_isinstance(t, t), -1);
    ck_assert_str_eq(exc_text(PymExc_TypeError),
                     "isinstance() arg 2 must be a type, a tuple of types, or a union");
    ck_assert_int_eq(pym_object_issubclass(t, (PymObject *)&pym_type_int), -1);
    ck_assert_str_eq(exc_text(PymExc_TypeError), "issubclass() arg 1 must be a class");
    ck_assert_int_eq(pym_object_isinstance((PymObject *)&pym_type_int, (PymObject *)&pym_type_type), 1);
    ck_assert_int_eq(pym_object_isinstance((PymObject *)&pym_type_type, (PymObject *)&pym_type_object), 1);
}
END_TEST

START_TEST(test_arg_unpack) {
    static const char *const names[] = {"a", "b", "c", NULL};
    PymObject *out[3];
    PymObject *one = pym_int_from_long(1);
    PymObject *args[4] = {one, one, one, one};
    ck_assert_int_eq(pym_arg_unpack("f", args, 2, NULL, names, 1, -1, out), 0);
    ck_assert_ptr_eq(out[0], one);
    ck_assert_ptr_eq(out[1], one);
    ck_assert_ptr_null(out[2]);
    ck_assert_int_eq(pym_arg_unpack("f", args, 4, NULL, names, 1, -1, out), -1);
    ck_assert_str_eq(exc_text(PymExc_TypeError), "f() takes at most 3 arguments (4 given)");
    ck_assert_int_eq(pym_arg_unpack("f", args, 0, NULL, names, 1, -1, out), -1);
    ck_assert_str_eq(exc_text(PymExc_TypeError), "f() missing required argument 'a' (pos 1)");
    PymObject *kw = pym_tuple_pack(1, pym_str_intern_cstr("c"));
    ck_assert_int_eq(pym_arg_unpack("f", args, 1, kw, names, 1, -1, out), 0);
    ck_assert_ptr_eq(out[2], one);
    ck_assert_ptr_null(out[1]);
    PYM_DECREF(kw);
    kw = pym_tuple_pack(1, pym_str_intern_cstr("a"));
    ck_assert_int_eq(pym_arg_unpack("f", args, 1, kw, names, 1, -1, out), -1);
    ck_assert_str_eq(exc_text(PymExc_TypeError), "argument for f() given by name ('a') and position (1)");
    PYM_DECREF(kw);
    kw = pym_tuple_pack(1, pym_str_intern_cstr("zz"));
    ck_assert_int_eq(pym_arg_unpack("f", args, 1, kw, names, 1, -1, out), -1);
    ck_assert_str_eq(exc_text(PymExc_TypeError), "'zz' is an invalid keyword argument for f()");
    ck_assert_int_eq(pym_arg_no_kwargs("g", kw), -1);
    ck_assert_str_eq(exc_text(PymExc_TypeError), "g() takes no keyword arguments");
    PYM_DECREF(kw);
    ck_assert_int_eq(pym_arg_count("len", 2, NULL, 1, 1), -1);
    ck_assert_str_eq(exc_text(PymExc_TypeError), "len() takes exactly one argument (2 given)");
    ck_assert_int_eq(pym_arg_count("f", 3, NULL, 1, 2), -1);
    ck_assert_str_eq(exc_text(PymExc_TypeError), "f expected at most 2 arguments, got 3");
    ck_assert_int_eq(pym_arg_count("f", 1, NULL, 1, 2), 0);
    PYM_DECREF(one);
}
END_TEST

Suite *types_suite(void) {
    Suite *s = suite_create("types");
    TCase *tc = pym_tcase("types");
    tcase_add_test(tc, test_static_types_ready);
    tcase_add_test(tc, test_singletons);
    tcase_add_test(tc, test_lazy_type_dict);
    tcase_add_test(tc, test_mro);
    tcase_add_test(tc, test_layout);
    tcase_add_test(tc, test_static_lookup);
    tcase_add_test(tc, test_isinstance);
    tcase_add_test(tc, test_arg_unpack);
    suite_add_tcase(s, tc);
    return s;
}
