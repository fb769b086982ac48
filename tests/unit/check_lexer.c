/*
** check_lexer.c -- unit tests of the re2c tokenizer (grammar/lexer.re):
** token streams for indentation, brackets, continuation lines, strings,
** f-strings and numbers, and the tokenizer's own error messages.
*/
#include "testutil.h"
#include "tokenizer.h"
#include "parser.h"

/* The token stream of src as a string: "NAME(x) = NUMBER(1) NL ..." */
static char *tokens(const char *src, char *msg, size_t msgsize) {
    static char out[4096];
    PymLexer lx;
    PymTok t;
    size_t n = 0;
    pym_lexer_init(&lx, src, strlen(src));
    out[0] = 0;
    for (int k = 0; k < 500; k++) {
        int tt = pym_lexer_next(&lx, &t);
        const char *name = NULL;
        char tmp[256];
        if (tt < 0) {
            snprintf(msg, msgsize, "%s@%d:%d", lx.errmsg, lx.err_lineno, lx.err_col);
            n += snprintf(out + n, sizeof out - n, "%sERROR", n ? " " : "");
            break;
        }
        switch (tt) {
        case 0: name = "END"; break;
        case TK_NEWLINE: name = "NL"; break;
        case TK_INDENT: name = "IN"; break;
        case TK_DEDENT: name = "DE"; break;
        case TK_NAME: name = "NAME"; break;
        case TK_NUMBER: name = "NUM"; break;
        case TK_STRING: name = "STR"; break;
        }
        if (name && (tt == TK_NAME || tt == TK_NUMBER || tt == TK_STRING))
            snprintf(tmp, sizeof tmp, "%s(%.*s)", name, t.len, t.s);
        else if (name)
            snprintf(tmp, sizeof tmp, "%s", name);
        else
            snprintf(tmp, sizeof tmp, "%.*s", t.len, t.s);
        n += snprintf(out + n, sizeof out - n, "%s%s", n ? " " : "", tmp);
        if (tt == 0) break;
    }
    return out;
}

static const struct { const char *src, *toks; } cases[] = {
    {"x = 1\n", "NAME(x) = NUM(1) NL END"},
    {"x", "NAME(x) NL END"},
    {"if x:\n    y\n", "if NAME(x) : NL IN NAME(y) NL DE END"},
    {"if x:\n  if y:\n    z\nw\n", "if NAME(x) : NL IN if NAME(y) : NL IN NAME(z) NL DE DE NAME(w) NL END"},
    {"if x:\n\n   # c\n  y\n", "if NAME(x) : NL IN NAME(y) NL DE END"},
    {"if x:\n\ty\n        z\n", "if NAME(x) : NL IN NAME(y) NL ERROR"},
    {"x = (1,\n  2)\n", "NAME(x) = ( NUM(1) , NUM(2) ) NL END"},
    {"x = 1 + \\\n  2\n", "NAME(x) = NUM(1) + NUM(2) NL END"},
    {"a //= b ** c -> d := e ... != f\n", "NAME(a) //= NAME(b) ** NAME(c) -> NAME(d) := NAME(e) ... != NAME(f) NL END"},
    {"s = rb'\\x' + Rf\"{a}\" + '''x\ny'''\n", "NAME(s) = STR(rb'\\x') + STR(Rf\"{a}\") + STR('''x\ny''') NL END"},
    {"f'{x!r:>{w}}' u'a' BR\"b\"\n", "STR(f'{x!r:>{w}}') STR(u'a') STR(BR\"b\") NL END"},
    {"1_000.5e-3 0x_FF 0o17 0b1 .5 5. 1e10 0\n", "NUM(1_000.5e-3) NUM(0x_FF) NUM(0o17) NUM(0b1) NUM(.5) NUM(5.) NUM(1e10) NUM(0) NL END"},
    {"1if x else 2\n", "NUM(1) if NAME(x) else NUM(2) NL END"},
    {"café = 1\n", "NAME(café) = NUM(1) NL END"},
    {"match = case\n", "NAME(match) = NAME(case) NL END"},
    {"x = 1 # comment\n# only\n", "NAME(x) = NUM(1) NL END"},
    {"x = 'abc\n", "NAME(x) = ERROR"},
    {"x = 0123\n", "NAME(x) = ERROR"},
    {"x = 1abc\n", "NAME(x) = ERROR"},
    {"x = (]\n", "NAME(x) = ( ERROR"},
    {"x = €\n", "NAME(x) = ERROR"},
};

START_TEST(test_stream) {
    char msg[256] = "";
    ck_assert_str_eq(tokens(cases[_i].src, msg, sizeof msg), cases[_i].toks);
}
END_TEST

static const struct { const char *src, *msg; } errs[] = {
    {"if x:\n\ty\n        z\n", "inconsistent use of tabs and spaces in indentation@3:0"},
    {"if x:\n    a\n  b\n", "unindent does not match any outer indentation level@3:3"},
    {"x = 'abc\n", "unterminated string literal (detected at line 1)@1:4"},
    {"x = '''abc\n\n", "unterminated triple-quoted string literal (detected at line 2)@1:4"},
    {"x = 0123\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers@1:4"},
    {"x = 1abc\n", "invalid decimal literal@1:4"},
    {"x = 1__0\n", "invalid decimal literal@1:5"},
    {"x = 0b12\n", "invalid digit '2' in binary literal@1:7"},
    {"x = 0x\n", "invalid hexadecimal literal@1:5"},
    {"x = (]\n", "closing parenthesis ']' does not match opening parenthesis '('@1:5"},
    {"x = )\n", "unmatched ')'@1:4"},
    {"x = (\n", "'(' was never closed@1:4"},
    {"x = €\n", "invalid character '€' (U+20AC)@1:4"},
    {"x = 1 \\ 2\n", "unexpected character after line continuation character@1:7"},
    {"x = 1jk\n", "invalid imaginary literal@1:5"},
};

START_TEST(test_error) {
    char msg[256] = "";
    tokens(errs[_i].src, msg, sizeof msg);
    ck_assert_str_eq(msg, errs[_i].msg);
}
END_TEST

START_TEST(test_positions) {
    PymLexer lx;
    PymTok t;
    const char *src = "def f(a):\n    return 'x\\\ny'\n";
    pym_lexer_init(&lx, src, strlen(src));
    int tt;
    while ((tt = pym_lexer_next(&lx, &t)) != TK_STRING) ck_assert_int_ge(tt, 0);
    ck_assert_int_eq(t.lineno, 2);
    ck_assert_int_eq(t.col, 11);
    ck_assert_int_eq(t.end_lineno, 3);
    ck_assert_int_eq(t.end_col, 2);
    /* too many nested brackets */
    char deep[512];
    memset(deep, '(', 300);
    deep[300] = 0;
    pym_lexer_init(&lx, deep, 300);
    while ((tt = pym_lexer_next(&lx, &t)) > 0) {}
    ck_assert_int_eq(tt, -1);
    ck_assert_str_eq(lx.errmsg, "too many nested parentheses");
    ck_assert_int_eq(lx.err_col, 200);
}
END_TEST

Suite *lexer_suite(void) {
    Suite *s = suite_create("lexer");
    TCase *tc = tcase_create("lexer");
    tcase_add_loop_test(tc, test_stream, 0, PYM_ARRAY_LEN(cases));
    tcase_add_loop_test(tc, test_error, 0, PYM_ARRAY_LEN(errs));
    tcase_add_test(tc, test_positions);
    suite_add_tcase(s, tc);
    return s;
}
