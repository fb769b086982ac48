/*
** check_str.c -- unit tests for the strings area: str creation and caches,
** interning, hashing, comparison, the string builder, format specs, repr,
** percent formatting, codecs and bytes.
*/
#include "testutil.h"

/* Asserts that o is a str equal to the C string expect (and drops o). */
#define ASSERT_STR(o, expect) do { PymObject *_o = (o); ck_assert_ptr_nonnull(_o); \
    ck_assert(PYM_STR_CHECK(_o)); ck_assert_str_eq(PYM_STR_UTF8(_o), (expect)); \
    PYM_DECREF(_o); } while (0)

START_TEST(test_create) {
    PymObject *s = pym_str_from_cstr("hello");
    ck_assert_int_eq(PYM_STR_LEN(s), 5);
    ck_assert_int_eq(PYM_STR_NBYTES(s), 5);
    ck_assert_int_eq(((PymStr *)s)->st_ascii, 1);
    ck_assert_int_eq(sizeof(PymStr), 48);
    PYM_DECREF(s);
    PymObject *u = pym_str_from_cstr("h\xc3\xa9llo \xe2\x82\xac");   /* héllo € */
    ck_assert_int_eq(PYM_STR_LEN(u), 7);
    ck_assert_int_eq(PYM_STR_NBYTES(u), 10);
    ck_assert_int_eq(((PymStr *)u)->st_ascii, 0);
    ck_assert_uint_eq(pym_str_char_at(u, 1), 0xE9);
    ck_assert_uint_eq(pym_str_char_at(u, 6), 0x20AC);
    ASSERT_STR(pym_str_substring(u, 1, 4), "\xc3\xa9ll");
    PYM_DECREF(u);
    /* caches */
    PymObject *e1 = pym_str_empty(), *e2 = pym_str_from_utf8("", 0);
    ck_assert_ptr_eq(e1, e2);
    PYM_DECREF(e1);
    PYM_DECREF(e2);
    PymObject *a1 = pym_str_from_cstr("a"), *a2 = pym_str_from_codepoint('a');
    ck_assert_ptr_eq(a1, a2);
    PYM_DECREF(a1);
    PYM_DECREF(a2);
    PymObject *c1 = pym_str_from_codepoint(0xE9), *c2 = pym_str_from_cstr("\xc3\xa9");
    ck_assert_ptr_eq(c1, c2);
    PYM_DECREF(c1);
    PYM_DECREF(c2);
    ck_assert_ptr_null(pym_str_from_codepoint(0x110000));
    pym_err_clear();
    /* checked decoding */
    ck_assert_ptr_null(pym_str_from_utf8_checked("\xff", 1));
    ck_assert(pym_err_matches((PymObject *)PymExc_UnicodeDecodeError));
    pym_err_clear();
    ASSERT_STR(pym_str_from_utf8_checked("ok", 2), "ok");
}
END_TEST

START_TEST(test_intern_hash_compare) {
    PymObject *i1 = pym_str_intern_cstr("some_identifier");
    PymObject *i2 = pym_str_intern_cstr("some_identifier");
    ck_assert_ptr_eq(i1, i2);
    PymObject *s = pym_str_from_cstr("some_identifier");
    ck_assert_ptr_ne(s, i1);
    PymObject *s2 = pym_str_intern(s);       /* steals s */
    ck_assert_ptr_eq(s2, i1);
    PYM_DECREF(s2);
    ck_assert_ptr_eq(PYM_ID(some_identifier), i1);
    PymObject *a = pym_str_from_cstr("abc"), *b = pym_str_from_cstr("ab");
    PymObject *c = pym_str_from_cstr("c"), *ab = pym_str_concat(b, c);
    ck_assert_int_eq(pym_str_equal(a, ab), 1);
    ck_assert_int_eq(pym_str_hash(a), pym_str_hash(ab));
    ck_assert_int_ne(pym_str_hash(a), -1);
    ck_assert_int_ne(pym_str_hash(a), pym_str_hash(b));
    ck_assert_int_lt(pym_str_compare(b, a), 0);
    ck_assert_int_gt(pym_str_compare(c, a), 0);
    ck_assert_int_eq(pym_str_compare(a, ab), 0);
    ck_assert_int_eq(pym_str_equal_cstr(a, "abc"), 1);
    ck_assert_int_eq(pym_str_equal_cstr(a, "abd"), 0);
    PymObject *e = pym_str_from_cstr("\xc3\xa9");   /* é > z by code point */
    PymObject *z = pym_str_from_cstr("z");
    ck_assert_int_gt(pym_str_compare(e, z), 0);
    ck_assert_int_eq(pym_object_richcompare_bool(a, ab, PYM_EQ), 1);
    ck_assert_int_eq(pym_object_richcompare_bool(b, a, PYM_LT), 1);
    PYM_DECREF(a); PYM_DECREF(b); PYM_DECREF(c); PYM_DECREF(ab); PYM_DECREF(e); PYM_DECREF(z);
}
END_TEST

START_TEST(test_builder) {
    PymStrBuilder sb;
    pym_sb_init(&sb);
    pym_sb_append_cstr(&sb, "abc");
    pym_sb_append_char(&sb, 0x20AC);
    pym_sb_printf(&sb, "%d-%s", 42, "x");
    PymObject *n = pym_int_from_long(7);
    ck_assert_int_eq(pym_sb_append_obj_repr(&sb, n), 0);
    PYM_DECREF(n);
    for (int i = 0; i < 100; i++) pym_sb_append(&sb, "z", 1);
    PymObject *s = pym_sb_finish(&sb);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(PYM_STR_LEN(s), 3 + 1 + 4 + 1 + 100);
    ck_assert_int_eq(((PymStr *)s)->st_ascii, 0);
    ck_assert(strncmp(PYM_STR_UTF8(s), "abc\xe2\x82\xac" "42-x7zz", 12) == 0);
    PYM_DECREF(s);
    pym_sb_init(&sb);
    ASSERT_STR(pym_sb_finish(&sb), "");
    ASSERT_STR(pym_str_from_format("%s=%d %zd %c %.2s %%", "k", -5, (intptr_t)12, 0xE9, "abcdef"),
               "k=-5 12 \xc3\xa9 ab %");
    PymObject *o = pym_str_from_cstr("q'");
    ASSERT_STR(pym_str_from_format("[%R|%S|%U]", o, o, o), "[\"q'\"|q'|q']");
    PYM_DECREF(o);
}
END_TEST

START_TEST(test_repr) {
    struct { const char *in, *out; } cases[] = {
        {"abc", "'abc'"}, {"it's", "\"it's\""}, {"a'b\"c", "'a\\'b\"c'"}, {"\n\t\r\\", "'\\n\\t\\r\\\\'"},
        {"\x01\x7f", "'\\x01\\x7f'"}, {"caf\xc3\xa9", "'caf\xc3\xa9'"}, {"\xc2\xa0", "'\\xa0'"},
        {"\xe2\x80\x8b", "'\\u200b'"}, {"", "''"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        PymObject *s = pym_str_from_cstr(cases[i].in);
        ASSERT_STR(pym_str_repr(s), cases[i].out);
        PYM_DECREF(s);
    }
    PymObject *s = pym_str_from_cstr("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
    PymObject *r = pym_str_repr(s);
    ASSERT_STR(pym_str_ascii_escape(r), "'\\xe9\\u20ac\\U0001f600'");
    PYM_DECREF(r);
    PYM_DECREF(s);
    PymObject *b = pym_bytes_from_data("a'\x00\xff", 4);
    ASSERT_STR(pym_bytes_repr(b), "b\"a'\\x00\\xff\"");
    ck_assert_int_eq(PYM_BYTES_LEN(b), 4);
    PYM_DECREF(b);
}
END_TEST

START_TEST(test_format_spec) {
    PymFormatSpec f;
    PymObject *spec = pym_str_from_cstr("*^+#012,.3f");
    ck_assert_int_eq(pym_format_spec_parse(spec, &f), 0);
    ck_assert_uint_eq(f.fill, '*');
    ck_assert_int_eq(f.align, '^');
    ck_assert_int_eq(f.sign, '+');
    ck_assert(f.alternate);
    ck_assert_int_eq(f.width, 12);      /* fill given: '0' is part of the width */
    ck_assert_int_eq(f.grouping, ',');
    ck_assert_int_eq(f.precision, 3);
    ck_assert_int_eq(f.type, 'f');
    PYM_DECREF(spec);
    spec = pym_str_from_cstr("08d");
    ck_assert_int_eq(pym_format_spec_parse(spec, &f), 0);
    ck_assert(f.zero);
    ck_assert_uint_eq(f.fill, '0');
    ck_assert_int_eq(f.width, 8);
    ck_assert_int_eq(f.align, 0);
    ASSERT_STR(pym_format_pad("-42", 3, 3, &f, '>'), "-0000042");
    PYM_DECREF(spec);
    spec = pym_str_from_cstr("abc");
    ck_assert_int_eq(pym_format_spec_parse(spec, &f), -1);
    ck_assert(pym_err_matches((PymObject *)PymExc_ValueError));
    pym_err_clear();
    PYM_DECREF(spec);
    spec = pym_str_from_cstr(".");
    ck_assert_int_eq(pym_format_spec_parse(spec, &f), -1);
    pym_err_clear();
    PYM_DECREF(spec);
    PymObject *s = pym_str_from_cstr("abcdef");
    struct { const char *spec, *out; } cases[] = {
        {"", "abcdef"}, {"8", "abcdef  "}, {">8", "  abcdef"}, {"^10", "  abcdef  "},
        {"*<9.2", "ab*******"}, {".3", "abc"}, {"s", "abcdef"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        spec = pym_str_from_cstr(cases[i].spec);
        ASSERT_STR(pym_str_format_spec(s, spec), cases[i].out);
        PYM_DECREF(spec);
    }
    const char *bad[] = {"d", "+", "=5", ",", "#"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        spec = pym_str_from_cstr(bad[i]);
        ck_assert_ptr_null(pym_str_format_spec(s, spec));
        ck_assert(pym_err_matches((PymObject *)PymExc_ValueError));
        pym_err_clear();
        PYM_DECREF(spec);
    }
    PYM_DECREF(s);
}
END_TEST

START_TEST(test_format_method_and_percent) {
    PymObject *fmt = pym_str_from_cstr("{} {1}|{x!r:>5}");
    (void)fmt;
    PYM_DECREF(fmt);
    fmt = pym_str_from_cstr("{0}-{1}-{0}");
    PymObject *args[2] = {pym_str_from_cstr("a"), pym_int_from_long(5)};
    ASSERT_STR(pym_str_format_method(fmt, args, 2, NULL), "a-5-a");
    PYM_DECREF(fmt);
    fmt = pym_str_from_cstr("{}{}{}");
    ck_assert_ptr_null(pym_str_format_method(fmt, args, 2, NULL));
    ck_assert(pym_err_matches((PymObject *)PymExc_IndexError));
    pym_err_clear();
    PYM_DECREF(fmt);
    fmt = pym_str_from_cstr("%s=%05d|%-3s|%x");
    PymObject *ff = pym_int_from_long(255);
    PymObject *t = pym_tuple_pack(4, args[0], args[1], args[0], ff);
    ASSERT_STR(pym_str_percent_format(fmt, t), "a=00005|a  |ff");
    PYM_DECREF(t);
    PYM_DECREF(ff);
    PYM_DECREF(fmt);
    fmt = pym_str_from_cstr("%s %s");
    ck_assert_ptr_null(pym_str_percent_format(fmt, args[0]));
    ck_assert(pym_err_matches((PymObject *)PymExc_TypeError));
    pym_err_clear();
    PYM_DECREF(fmt);
    PYM_DECREF(args[0]);
    PYM_DECREF(args[1]);
}
END_TEST

START_TEST(test_codecs_bytes) {
    PymObject *s = pym_str_from_cstr("h\xc3\xa9");
    PymObject *b = pym_str_encode(s, "utf-8", NULL);
    ck_assert_int_eq(PYM_BYTES_LEN(b), 3);
    PYM_DECREF(b);
    b = pym_str_encode(s, "latin-1", NULL);
    ck_assert_int_eq(PYM_BYTES_LEN(b), 2);
    ck_assert_int_eq((unsigned char)PYM_BYTES_DATA(b)[1], 0xE9);
    PymObject *back = pym_str_decode(PYM_BYTES_DATA(b), 2, "latin1", NULL);
    ck_assert_int_eq(pym_str_equal(back, s), 1);
    PYM_DECREF(back);
    PYM_DECREF(b);
    ck_assert_ptr_null(pym_str_encode(s, "ascii", NULL));
    ck_assert(pym_err_matches((PymObject *)PymExc_UnicodeEncodeError));
    pym_err_clear();
    b = pym_str_encode(s, "ascii", "replace");
    ck_assert_str_eq(PYM_BYTES_DATA(b), "h?");
    PYM_DECREF(b);
    ck_assert_ptr_null(pym_str_encode(s, "nope", NULL));
    ck_assert(pym_err_matches((PymObject *)PymExc_LookupError));
    pym_err_clear();
    PYM_DECREF(s);
    ASSERT_STR(pym_str_decode("a\xff" "b", 3, "utf-8", "replace"), "a\xef\xbf\xbd" "b");
    ck_assert_ptr_null(pym_str_decode("\xff", 1, NULL, NULL));
    pym_err_clear();
    b = pym_bytes_from_data("xyz", 3);
    PymObject *sz = pym_call_method(b, PYM_ID(__sizeof__), NULL, 0);
    ck_assert_int_eq(pym_int_as_ssize(sz), 36);
    PYM_DECREF(sz);
    PYM_DECREF(b);
    s = pym_str_from_cstr("xyz");
    sz = pym_call_method(s, PYM_ID(__sizeof__), NULL, 0);
    ck_assert_int_eq(pym_int_as_ssize(sz), 52);
    PYM_DECREF(sz);
    PYM_DECREF(s);
}
END_TEST

START_TEST(test_join_split) {
    PymObject *sep = pym_str_from_cstr(", ");
    PymObject *l = pym_list_new(0);
    const char *w[] = {"a", "bb", "\xc3\xa9"};
    for (int i = 0; i < 3; i++) {
        PymObject *x = pym_str_from_cstr(w[i]);
        pym_list_append(l, x);
        PYM_DECREF(x);
    }
    PymObject *j = pym_str_join(sep, l);
    ck_assert_str_eq(PYM_STR_UTF8(j), "a, bb, \xc3\xa9");
    ck_assert_int_eq(PYM_STR_LEN(j), 8);
    PymObject *parts = pym_call_method(j, PYM_ID(split), &sep, 1);
    ck_assert_ptr_nonnull(parts);
    ck_assert_int_eq(PYM_SIZE(parts), 3);
    ck_assert_int_eq(pym_object_richcompare_bool(parts, l, PYM_EQ), 1);
    PYM_DECREF(parts);
    PYM_DECREF(j);
    PYM_DECREF(l);
    PYM_DECREF(sep);
}
END_TEST

Suite *str_suite(void) {
    Suite *s = suite_create("str");
    TCase *tc = pym_tcase("core");
    tcase_add_test(tc, test_create);
    tcase_add_test(tc, test_intern_hash_compare);
    tcase_add_test(tc, test_builder);
    tcase_add_test(tc, test_repr);
    tcase_add_test(tc, test_format_spec);
    tcase_add_test(tc, test_format_method_and_percent);
    tcase_add_test(tc, test_codecs_bytes);
    tcase_add_test(tc, test_join_split);
    suite_add_tcase(s, tc);
    return s;
}
