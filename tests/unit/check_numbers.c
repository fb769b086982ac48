/*
** check_numbers.c -- unit tests of int, bool, float and the math module at
** the C level: big-number arithmetic against values computed with CPython,
** string conversions both ways, hashes, float repr round trips, formatting.
*/
#include "testutil.h"
#include <math.h>
#include "floatrepr.h"

/* ---- helpers: every helper returns a new reference or fails the test ---- */

static PymObject *I(const char *s) {
    PymObject *o = pym_int_from_string(s, (intptr_t)strlen(s), 0);
    ck_assert_ptr_nonnull(o);
    return o;
}
static PymObject *F(double d) { return pym_float_from_double(d); }
static PymObject *S(const char *s) { return pym_str_from_cstr(s); }

/* repr(o) (or o itself when it is a str) equals want; o is stolen */
static void expect_repr(PymObject *o, const char *want, int line) {
    if (!o) {
        PymObject *e = pym_err_fetch();
        PymObject *r = e ? pym_object_repr(e) : NULL;
        ck_abort_msg("line %d: NULL result (%s), want %s", line, r ? PYM_STR_UTF8(r) : "?", want);
    }
    PymObject *s = PYM_STR_CHECK_EXACT(o) ? pym_newref(o) : pym_object_repr(o);
    ck_assert_ptr_nonnull(s);
    ck_assert_msg(strcmp(PYM_STR_UTF8(s), want) == 0, "line %d: got %s, want %s", line,
                  PYM_STR_UTF8(s), want);
    PYM_DECREF(s);
    PYM_DECREF(o);
}
#define EXPECT(o, want) expect_repr((o), (want), __LINE__)

/* o is NULL and the error is "Type message" */
static void expect_error(PymObject *o, const char *want, int line) {
    ck_assert_msg(o == NULL, "line %d: expected error %s", line, want);
    PymObject *e = pym_err_fetch();
    ck_assert_ptr_nonnull(e);
    PymObject *msg = pym_object_str(e);
    char buf[512];
    snprintf(buf, sizeof buf, "%s: %s", pym_type_name(e), PYM_STR_UTF8(msg));
    ck_assert_msg(strcmp(buf, want) == 0, "line %d: got error '%s', want '%s'", line, buf, want);
    PYM_DECREF(msg);
    PYM_DECREF(e);
}
#define EXPECT_ERR(o, want) expect_error((o), (want), __LINE__)

/* a OP b with a and b stolen */
static PymObject *op(PymObject *a, int nb, PymObject *b) {
    PymObject *r = pym_number_binop(a, b, nb);
    PYM_DECREF(a);
    PYM_DECREF(b);
    return r;
}
static PymObject *fmt(PymObject *o, const char *spec) {
    PymObject *s = S(spec);
    PymObject *r = pym_object_format(o, s);
    PYM_DECREF(s);
    PYM_DECREF(o);
    return r;
}
static PymObject *call_method(PymObject *o, const char *name, PymObject *arg) {
    PymObject *n = S(name);
    PymObject *args[1] = {arg};
    PymObject *r = pym_call_method(o, n, args, arg ? 1 : 0);
    PYM_DECREF(n);
    PYM_DECREF(o);
    PYM_XDECREF(arg);
    return r;
}

/* ---- int arithmetic ---- */

START_TEST(test_int_small_cache)
{
    PymObject *a = pym_int_from_long(256), *b = pym_int_from_long(256);
    ck_assert_ptr_eq(a, b);
    PymObject *c = pym_int_from_long(257), *d = pym_int_from_long(257);
    ck_assert_ptr_ne(c, d);
    PymObject *m5 = pym_int_from_long(-5), *m5b = I("-5");
    ck_assert_ptr_eq(m5, m5b);
    PYM_DECREF(a); PYM_DECREF(b); PYM_DECREF(c); PYM_DECREF(d); PYM_DECREF(m5); PYM_DECREF(m5b);
    /* results that land in the cache come from it */
    PymObject *big = I("1267650600228229401496703205376");
    PymObject *z = pym_int_sub(big, big);
    PymObject *zero = pym_int_from_long(0);
    ck_assert_ptr_eq(z, zero);
    ck_assert_int_eq(PYM_SIZE(zero), 0);
    PYM_DECREF(z); PYM_DECREF(zero); PYM_DECREF(big);
}
END_TEST

START_TEST(test_int_layout)
{
    PymObject *z = pym_int_from_long(0);
    ck_assert_int_eq(PYM_SIZE(z), 0);
    PymObject *p30 = I("1073741824");           /* 2**30: two digits */
    ck_assert_int_eq(PYM_SIZE(p30), 2);
    PymObject *n60 = I("-1152921504606846976"); /* -(2**60): three digits */
    ck_assert_int_eq(PYM_SIZE(n60), -3);
    ck_assert_int_eq(pym_type_int.tp_basicsize, 24);
    ck_assert_int_eq(pym_type_int.tp_itemsize, 4);
    PYM_DECREF(z); PYM_DECREF(p30); PYM_DECREF(n60);
}
END_TEST

START_TEST(test_int_big_arith)
{
    const char *a = "123456789012345678901234567890", *b = "-987654321098765432109876543210";
    EXPECT(op(I(a), PYM_NB_ADD, I(b)), "-864197532086419753208641975320");
    EXPECT(op(I(a), PYM_NB_SUBTRACT, I(b)), "1111111110111111111011111111100");
    EXPECT(op(I(a), PYM_NB_MULTIPLY, I(b)),
           "-121932631137021795226185032733622923332237463801111263526900");
    EXPECT(op(I(b), PYM_NB_FLOOR_DIVIDE, I(a)), "-9");
    EXPECT(op(I(b), PYM_NB_REMAINDER, I(a)), "123456780012345678001234567800");
    EXPECT(op(I(a), PYM_NB_TRUE_DIVIDE, I(b)), "-0.1249999988609375");
    EXPECT(op(I("100000000000000000000"), PYM_NB_FLOOR_DIVIDE, I("7")), "14285714285714285714");
    EXPECT(op(I("-100000000000000000000"), PYM_NB_FLOOR_DIVIDE, I("7")), "-14285714285714285715");
    EXPECT(op(I("-100000000000000000000"), PYM_NB_REMAINDER, I("7")), "5");
    EXPECT(op(I("1267650600228229401496703205376"), PYM_NB_FLOOR_DIVIDE, I("-3486784401")),
           "-363558641556578823727");
    EXPECT(op(I("1267650600228229401496703205376"), PYM_NB_REMAINDER, I("-3486784401")), "-1529077151");
    EXPECT(op(I("2"), PYM_NB_POWER, I("100")), "1267650600228229401496703205376");
    EXPECT(op(I("3"), PYM_NB_POWER, I("100")),
           "515377520732011331036461129765621272702107522001");
    EXPECT(op(I("-7"), PYM_NB_POWER, I("21")), "-558545864083284007");
    EXPECT(op(I("2"), PYM_NB_POWER, I("-1")), "0.5");
    EXPECT(op(I("10"), PYM_NB_POWER, I("-2")), "0.01");
    /* Karatsuba-sized product: (10**700 + 1) * (10**700 - 1) == 10**1400 - 1 */
    PymObject *p = op(I("10"), PYM_NB_POWER, I("700"));
    PymObject *one = pym_int_from_long(1);
    PymObject *x = pym_int_add(p, one), *y = pym_int_sub(p, one);
    PymObject *prod = pym_int_mul(x, y);
    PymObject *p2 = pym_int_mul(p, p);
    PymObject *expect = pym_int_sub(p2, one);
    ck_assert_int_eq(pym_int_compare(prod, expect), 0);
    /* and division undoes it */
    PymObject *q, *r;
    ck_assert_int_eq(pym_int_divmod(prod, x, &q, &r), 0);
    ck_assert_int_eq(pym_int_compare(q, y), 0);
    ck_assert_int_eq(PYM_SIZE(r), 0);
    PYM_DECREF(q); PYM_DECREF(r);
    PYM_DECREF(p); PYM_DECREF(one); PYM_DECREF(x); PYM_DECREF(y); PYM_DECREF(prod);
    PYM_DECREF(p2); PYM_DECREF(expect);
}
END_TEST

START_TEST(test_int_pow3)
{
    PymObject *a = I("3"), *b = I("-1"), *m = I("7");
    EXPECT(pym_number_power3(a, b, m), "5");
    PYM_DECREF(a); PYM_DECREF(b); PYM_DECREF(m);
    a = I("2"); b = I("100"); m = I("-7");
    EXPECT(pym_number_power3(a, b, m), "-5");
    PYM_DECREF(a); PYM_DECREF(b); PYM_DECREF(m);
    a = I("12345678901234567890"); b = I("98765432109876543210"); m = I("1000000007");
    EXPECT(pym_number_power3(a, b, m), "577648646");
    PYM_DECREF(a); PYM_DECREF(b); PYM_DECREF(m);
    a = I("2"); b = I("-1"); m = I("4");
    EXPECT_ERR(pym_number_power3(a, b, m), "ValueError: base is not invertible for the given modulus");
    PYM_DECREF(a); PYM_DECREF(b); PYM_DECREF(m);
    a = I("2"); b = I("3"); m = I("0");
    EXPECT_ERR(pym_number_power3(a, b, m), "ValueError: pow() 3rd argument cannot be 0");
    PYM_DECREF(a); PYM_DECREF(b); PYM_DECREF(m);
}
END_TEST

START_TEST(test_int_bitwise)
{
    EXPECT(op(I("-5"), PYM_NB_AND, I("255")), "251");
    EXPECT(op(I("-5"), PYM_NB_OR, I("3")), "-5");
    EXPECT(op(I("-5"), PYM_NB_XOR, I("-3")), "6");
    EXPECT(op(I("-1267650600228229401496703205376"), PYM_NB_AND, I("1267650600228229401496703205375")), "0");
    EXPECT(op(I("-1267650600228229401496703205377"), PYM_NB_AND, I("-1")), "-1267650600228229401496703205377");
    EXPECT(op(I("0xffffffffffffffffffff"), PYM_NB_XOR, I("-0x10000000000000000000")),
           "-1133367955888714851287041");
    EXPECT(op(I("1267650600228229401496703205376"), PYM_NB_RSHIFT, I("98")), "4");
    EXPECT(op(I("-1267650600228229401496703205376"), PYM_NB_RSHIFT, I("99")), "-2");
    EXPECT(op(I("-17"), PYM_NB_RSHIFT, I("2")), "-5");
    EXPECT(op(I("-1"), PYM_NB_RSHIFT, I("1000")), "-1");
    EXPECT(op(I("1267650600228229401496703205376"), PYM_NB_LSHIFT, I("3")), "10141204801825835211973625643008");
    EXPECT(op(I("-3"), PYM_NB_LSHIFT, I("64")), "-55340232221128654848");
    EXPECT_ERR(op(I("1"), PYM_NB_LSHIFT, I("-1")), "ValueError: negative shift count");
    PymObject *x = I("5");
    EXPECT(pym_number_invert(x), "-6");
    PYM_DECREF(x);
    x = I("-1267650600228229401496703205376");
    EXPECT(pym_number_invert(x), "1267650600228229401496703205375");
    PYM_DECREF(x);
}
END_TEST

START_TEST(test_int_errors)
{
    EXPECT_ERR(op(I("1"), PYM_NB_TRUE_DIVIDE, I("0")), "ZeroDivisionError: division by zero");
    EXPECT_ERR(op(I("1"), PYM_NB_FLOOR_DIVIDE, I("0")), "ZeroDivisionError: integer division or modulo by zero");
    EXPECT_ERR(op(I("1"), PYM_NB_REMAINDER, I("0")), "ZeroDivisionError: integer modulo by zero");
    EXPECT_ERR(op(I("0"), PYM_NB_POWER, I("-1")), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    PymObject *big = op(I("10"), PYM_NB_POWER, I("400"));
    ck_assert_ptr_nonnull(big);
    double d = pym_int_as_double(big);
    ck_assert(d == -1.0 && pym_err_occurred());
    EXPECT_ERR(NULL, "OverflowError: int too large to convert to float");
    EXPECT_ERR(op(pym_newref(big), PYM_NB_TRUE_DIVIDE, I("1")),
               "OverflowError: integer division result too large for a float");
    ck_assert_int_eq(pym_int_as_ssize(big), -1);
    EXPECT_ERR(NULL, "OverflowError: Python int too large to convert to C ssize_t");
    PYM_DECREF(big);
    EXPECT_ERR(pym_int_from_double(INFINITY), "OverflowError: cannot convert float infinity to integer");
    EXPECT_ERR(pym_int_from_double(NAN), "ValueError: cannot convert float NaN to integer");
}
END_TEST

START_TEST(test_int_true_division_rounding)
{
    /* correctly rounded results (checked with CPython) */
    EXPECT(op(I("10"), PYM_NB_TRUE_DIVIDE, I("3")), "3.3333333333333335");
    EXPECT(op(I("1000000000000000000000000000000"), PYM_NB_TRUE_DIVIDE, I("10000000000")), "1e+20");
    EXPECT(op(I("515377520732011331036461129765621272702107522001"), PYM_NB_TRUE_DIVIDE,
              I("22539340290692258087863249")), "2.2865687907681987e+22");
    EXPECT(op(I("9007199254740993"), PYM_NB_TRUE_DIVIDE, I("1")), "9007199254740992.0");
    EXPECT(op(I("1"), PYM_NB_TRUE_DIVIDE, I("1267650600228229401496703205376")), "7.888609052210118e-31");
}
END_TEST

/* ---- conversions ---- */

START_TEST(test_int_strings)
{
    EXPECT(pym_int_from_string(" -0x_1f ", 8, 16), "-31");
    EXPECT(pym_int_from_string("0b101", 5, 0), "5");
    EXPECT(pym_int_from_string("0o777", 5, 0), "511");
    EXPECT(pym_int_from_string("1_000_000", 9, 10), "1000000");
    EXPECT(pym_int_from_string("zz", 2, 36), "1295");
    EXPECT(pym_int_from_string("000", 3, 0), "0");
    EXPECT(pym_int_from_string("123456789012345678901234567890123456789", 39, 10),
           "123456789012345678901234567890123456789");
    EXPECT_ERR(pym_int_from_string("abc", 3, 10), "ValueError: invalid literal for int() with base 10: 'abc'");
    EXPECT_ERR(pym_int_from_string("1__0", 4, 10), "ValueError: invalid literal for int() with base 10: '1__0'");
    EXPECT_ERR(pym_int_from_string("_1", 2, 10), "ValueError: invalid literal for int() with base 10: '_1'");
    EXPECT_ERR(pym_int_from_string("1_", 2, 10), "ValueError: invalid literal for int() with base 10: '1_'");
    EXPECT_ERR(pym_int_from_string("010", 3, 0), "ValueError: invalid literal for int() with base 0: '010'");
    EXPECT_ERR(pym_int_from_string("", 0, 10), "ValueError: invalid literal for int() with base 10: ''");
    EXPECT_ERR(pym_int_from_string("0x", 2, 16), "ValueError: invalid literal for int() with base 16: '0x'");
    PymObject *x = I("-255");
    EXPECT(pym_int_to_base(x, 16), "-0xff");
    EXPECT(pym_int_to_base(x, 2), "-0b11111111");
    EXPECT(pym_int_to_base(x, 8), "-0o377");
    PYM_DECREF(x);
    /* round trip of a 1000-digit number */
    char buf[1001];
    for (int i = 0; i < 1000; i++) buf[i] = (char)('1' + (i * 7) % 9);
    buf[1000] = 0;
    PymObject *big = pym_int_from_string(buf, 1000, 10);
    EXPECT(pym_int_to_decimal(big), buf);
    PYM_DECREF(big);
}
END_TEST

START_TEST(test_int_str_limit)
{
    char *buf = malloc(5001);
    memset(buf, '1', 5000);
    buf[5000] = 0;
    EXPECT_ERR(pym_int_from_string(buf, 5000, 10),
               "ValueError: Exceeds the limit (4300 digits) for integer string conversion: "
               "value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit");
    free(buf);
    PymObject *big = op(I("10"), PYM_NB_POWER, I("5000"));
    EXPECT_ERR(pym_int_to_decimal(big),
               "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
               "use sys.set_int_max_str_digits() to increase the limit");
    /* hex is not limited */
    PymObject *h = pym_int_to_base(big, 16);
    ck_assert_ptr_nonnull(h);
    PYM_DECREF(h);
    PYM_DECREF(big);
}
END_TEST

START_TEST(test_int_double_conversions)
{
    ck_assert(pym_int_as_double(I("9007199254740993")) == 9007199254740992.0);
    ck_assert(pym_int_as_double(I("9007199254740995")) == 9007199254740996.0);
    EXPECT(pym_int_from_double(1e300), "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
    EXPECT(pym_int_from_double(-3.99), "-3");
    int ovf;
    PymObject *x = I("9223372036854775807");
    ck_assert(pym_int_as_longlong_overflow(x, &ovf) == 9223372036854775807LL && ovf == 0);
    PYM_DECREF(x);
    x = I("9223372036854775808");
    pym_int_as_longlong_overflow(x, &ovf);
    ck_assert_int_eq(ovf, 1);
    PYM_DECREF(x);
    x = I("-9223372036854775808");
    ck_assert(pym_int_as_longlong_overflow(x, &ovf) == INT64_MIN && ovf == 0);
    PYM_DECREF(x);
}
END_TEST

START_TEST(test_hashes)
{
    PymObject *x;
    x = I("-1"); ck_assert_int_eq(pym_int_hash(x), -2); PYM_DECREF(x);
    x = I("2305843009213693952"); ck_assert_int_eq(pym_int_hash(x), 1); PYM_DECREF(x);  /* 2**61 */
    x = I("-18446744073709551613"); ck_assert_int_eq(pym_int_hash(x), -5); PYM_DECREF(x);
    x = I("123456789012345678901234567890"); ck_assert_int_eq(pym_int_hash(x), 248789772095949448LL); PYM_DECREF(x);
    ck_assert_int_eq(pym_float_hash_double(1.5), 1152921504606846977LL);
    ck_assert_int_eq(pym_float_hash_double(-1.0), -2);
    ck_assert_int_eq(pym_float_hash_double(INFINITY), 314159);
    ck_assert_int_eq(pym_float_hash_double(1e300), 1224995262755759164LL);
    ck_assert_int_eq(pym_float_hash_double(-2.5e-10), -699647011998930896LL);
    ck_assert_int_eq(pym_float_hash_double(0.1), 230584300921369408LL);
    /* integral floats hash like ints */
    x = I("1267650600228229401496703205376");
    ck_assert_int_eq(pym_int_hash(x), pym_float_hash_double(ldexp(1.0, 100)));
    PYM_DECREF(x);
}
END_TEST

/* ---- float ---- */

/* floatrepr.c's 128-bit fast way agrees with its bignum way wherever the
** fast one answers (the script test numbers/float_repr_corpus holds both
** against CPython). */
START_TEST(test_floatrepr_fast_equals_slow)
{
    uint64_t st = 0x243F6A8885A308D3ull;
    for (int i = 0; i < 40000; i++) {
        st ^= st << 13; st ^= st >> 7; st ^= st << 17;
        double x;
        if (i % 2) x = (double)(st >> 11) / 9007199254740992.0 * pow(10.0, (int)(st % 45) - 5);
        else { uint64_t b = (st & 0x000FFFFFFFFFFFFFull) | ((uint64_t)(1023 - 20 + st % 150) << 52);
               memcpy(&x, &b, sizeof x); }
        if (i % 7 == 0) x = round(x * 1000) / 1000;
        if (!(x > 0) || !isfinite(x)) continue;
        char a[32], b[32];
        int da, db;
        int na = pym_floatrepr_shortest(x, a, &da), nb = pym_floatrepr_shortest_slow(x, b, &db);
        ck_assert_msg(na == nb && da == db && strcmp(a, b) == 0, "%.17g: fast %s e%d, slow %s e%d",
                      x, a, da, b, db);
    }
}
END_TEST

START_TEST(test_float_repr)
{
    static const struct { double v; const char *s; } cases[] = {
        {0.1, "0.1"}, {1e16, "1e+16"}, {1.5e-5, "1.5e-05"}, {100.0, "100.0"}, {-0.0, "-0.0"},
        {0.0, "0.0"}, {1e22, "1e+22"}, {1e-5, "1e-05"}, {123456789012345678.0, "1.2345678901234568e+17"},
        {0.0001, "0.0001"}, {1.0 / 3, "0.3333333333333333"}, {2.0 / 3, "0.6666666666666666"},
        {5e-324, "5e-324"}, {1.7976931348623157e308, "1.7976931348623157e+308"}, {0.1 + 0.2, "0.30000000000000004"},
        {9007199254740993.0, "9007199254740992.0"}, {1e15, "1000000000000000.0"}, {123.456, "123.456"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[40];
        pym_float_repr_buf(cases[i].v, buf, sizeof buf);
        ck_assert_msg(strcmp(buf, cases[i].s) == 0, "repr(%.17g) = %s, want %s", cases[i].v, buf, cases[i].s);
        ck_assert(strtod(buf, NULL) == cases[i].v);
    }
    char buf[40];
    pym_float_repr_buf(INFINITY, buf, sizeof buf); ck_assert_str_eq(buf, "inf");
    pym_float_repr_buf(-INFINITY, buf, sizeof buf); ck_assert_str_eq(buf, "-inf");
    pym_float_repr_buf(NAN, buf, sizeof buf); ck_assert_str_eq(buf, "nan");
    /* round trips of awkward values */
    double v = 1.0;
    for (int i = 0; i < 2000; i++) {
        v = v * 1.2345678901 + 0.000123;
        if (v > 1e300) v = 1e-300 * i;
        pym_float_repr_buf(v, buf, sizeof buf);
        ck_assert_msg(strtod(buf, NULL) == v, "no round trip for %s", buf);
    }
}
END_TEST

START_TEST(test_float_parse)
{
    EXPECT(pym_float_from_string(" 1e5 ", 5), "100000.0");
    EXPECT(pym_float_from_string("1_0.5", 5), "10.5");
    EXPECT(pym_float_from_string("-iNfinity", 9), "-inf");
    EXPECT(pym_float_from_string("nan", 3), "nan");
    EXPECT(pym_float_from_string(".5", 2), "0.5");
    EXPECT(pym_float_from_string("5.", 2), "5.0");
    EXPECT(pym_float_from_string("1e500", 5), "inf");
    EXPECT_ERR(pym_float_from_string("x", 1), "ValueError: could not convert string to float: 'x'");
    EXPECT_ERR(pym_float_from_string("1.5e", 4), "ValueError: could not convert string to float: '1.5e'");
    EXPECT_ERR(pym_float_from_string("0x10", 4), "ValueError: could not convert string to float: '0x10'");
    EXPECT_ERR(pym_float_from_string("1__0", 4), "ValueError: could not convert string to float: '1__0'");
    EXPECT_ERR(pym_float_from_string("", 0), "ValueError: could not convert string to float: ''");
}
END_TEST

START_TEST(test_float_arith)
{
    EXPECT(op(F(-7.5), PYM_NB_REMAINDER, I("2")), "0.5");
    EXPECT(op(F(7.5), PYM_NB_FLOOR_DIVIDE, F(-2)), "-4.0");
    EXPECT(op(I("7"), PYM_NB_REMAINDER, F(-2.5)), "-0.5");
    EXPECT(op(F(0.1), PYM_NB_ADD, F(0.2)), "0.30000000000000004");
    EXPECT(op(I("1"), PYM_NB_TRUE_DIVIDE, F(4)), "0.25");
    EXPECT(op(F(2), PYM_NB_POWER, F(0.5)), "1.4142135623730951");
    EXPECT(op(F(-2), PYM_NB_POWER, I("3")), "-8.0");
    EXPECT_ERR(op(F(1), PYM_NB_TRUE_DIVIDE, I("0")), "ZeroDivisionError: float division by zero");
    EXPECT_ERR(op(F(1), PYM_NB_FLOOR_DIVIDE, F(0)), "ZeroDivisionError: float floor division by zero");
    EXPECT_ERR(op(F(1), PYM_NB_REMAINDER, F(0)), "ZeroDivisionError: float modulo");
    EXPECT_ERR(op(F(0), PYM_NB_POWER, F(-1)), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    EXPECT_ERR(op(F(-8), PYM_NB_POWER, F(1.0 / 3)), "NotImplementedError: complex numbers are not supported");
    EXPECT_ERR(op(op(I("2"), PYM_NB_POWER, I("10000")), PYM_NB_MULTIPLY, F(1.0)),
               "OverflowError: int too large to convert to float");
}
END_TEST

START_TEST(test_float_int_compare)
{
    PymObject *big = I("9007199254740993"), *f = F(9007199254740992.0);
    ck_assert_int_eq(pym_object_richcompare_bool(big, f, PYM_GT), 1);
    ck_assert_int_eq(pym_object_richcompare_bool(f, big, PYM_LT), 1);
    ck_assert_int_eq(pym_object_richcompare_bool(big, f, PYM_EQ), 0);
    PYM_DECREF(big);
    big = I("9007199254740992");
    ck_assert_int_eq(pym_object_richcompare_bool(big, f, PYM_EQ), 1);
    PYM_DECREF(big);
    PYM_DECREF(f);
    PymObject *huge = op(I("10"), PYM_NB_POWER, I("400"));
    PymObject *inf = F(INFINITY), *nan = F(NAN), *h = F(1e300);
    ck_assert_int_eq(pym_object_richcompare_bool(huge, inf, PYM_LT), 1);
    ck_assert_int_eq(pym_object_richcompare_bool(huge, h, PYM_GT), 1);
    ck_assert_int_eq(pym_object_richcompare_bool(huge, nan, PYM_EQ), 0);
    ck_assert_int_eq(pym_object_richcompare_bool(huge, nan, PYM_NE), 1);
    PymObject *x = F(-1e20 - 0.5), *y = I("-100000000000000000000");
    ck_assert_int_eq(pym_object_richcompare_bool(x, y, PYM_EQ), 1);
    PYM_DECREF(huge); PYM_DECREF(inf); PYM_DECREF(nan); PYM_DECREF(h); PYM_DECREF(x); PYM_DECREF(y);
}
END_TEST

START_TEST(test_float_methods)
{
    EXPECT(call_method(F(0.1), "as_integer_ratio", NULL), "(3602879701896397, 36028797018963968)");
    EXPECT(call_method(F(1.5), "hex", NULL), "0x1.8000000000000p+0");
    EXPECT(call_method(F(5e-324), "hex", NULL), "0x0.0000000000001p-1022");
    EXPECT(call_method(F(-0.0), "hex", NULL), "-0x0.0p+0");
    EXPECT(call_method(pym_newref((PymObject *)&pym_type_float), "fromhex", S("0x1.8p3")), "12.0");
    EXPECT(call_method(pym_newref((PymObject *)&pym_type_float), "fromhex", S("-0x1p-1074")), "-5e-324");
    EXPECT(call_method(pym_newref((PymObject *)&pym_type_float), "fromhex", S("0x3p-1076")), "5e-324");
    EXPECT_ERR(call_method(pym_newref((PymObject *)&pym_type_float), "fromhex", S("0x1p2000")),
               "OverflowError: hexadecimal value too large to represent as a float");
    EXPECT(call_method(F(2.675), "__round__", pym_int_from_long(2)), "2.67");
    EXPECT(call_method(F(0.5), "__round__", NULL), "0");
    EXPECT(call_method(F(1.5), "__round__", NULL), "2");
    EXPECT(call_method(F(-2.5), "__round__", NULL), "-2");
    EXPECT(call_method(F(1234.5678), "__round__", pym_int_from_long(-2)), "1200.0");
    EXPECT(call_method(F(25.0), "__round__", pym_int_from_long(-1)), "20.0");
    EXPECT(call_method(F(2.0), "is_integer", NULL), "True");
    EXPECT(call_method(F(-1.5), "__floor__", NULL), "-2");
    EXPECT(call_method(F(-1.5), "__ceil__", NULL), "-1");
    EXPECT(call_method(I("12345"), "__round__", pym_int_from_long(-2)), "12300");
    EXPECT(call_method(I("25"), "__round__", pym_int_from_long(-1)), "20");
    EXPECT(call_method(I("-15"), "__round__", pym_int_from_long(-1)), "-20");
    EXPECT(call_method(I("255"), "bit_count", NULL), "8");
    EXPECT(call_method(I("-255"), "bit_length", NULL), "8");
    EXPECT(call_method(I("1267650600228229401496703205376"), "__sizeof__", NULL), "40");
    EXPECT(call_method(I("0"), "__sizeof__", NULL), "28");
}
END_TEST

START_TEST(test_format)
{
    EXPECT(fmt(I("1234567"), ","), "1,234,567");
    EXPECT(fmt(I("1234"), "010,"), "00,001,234");
    EXPECT(fmt(I("1234"), "08,"), "0,001,234");
    EXPECT(fmt(I("-42"), "=+08x"), "-000002a");
    EXPECT(fmt(I("255"), "#010b"), "0b11111111");
    EXPECT(fmt(I("1267650600228229401496703205376"), "_x"), "10_0000_0000_0000_0000_0000_0000");
    EXPECT(fmt(I("65"), "c"), "A");
    EXPECT(fmt(I("12"), "e"), "1.200000e+01");
    EXPECT(fmt(I("5"), "<05"), "50000");
    EXPECT(fmt(I("5"), "*^7"), "***5***");
    EXPECT_ERR(fmt(I("10"), ".2"), "ValueError: Precision not allowed in integer format specifier");
    EXPECT_ERR(fmt(I("10"), ",x"), "ValueError: Cannot specify ',' with 'x'.");
    EXPECT_ERR(fmt(I("1"), "s"), "ValueError: Unknown format code 's' for object of type 'int'");
    EXPECT(fmt(F(1.0), ".3"), "1.0");
    EXPECT(fmt(F(100.0), ".3"), "1e+02");
    EXPECT(fmt(F(1234.5), ".3"), "1.23e+03");
    EXPECT(fmt(F(1.5), ".0"), "2e+00");
    EXPECT(fmt(F(0.1), ".20"), "0.10000000000000000555");
    EXPECT(fmt(F(123.456), "10.2f"), "    123.46");
    EXPECT(fmt(F(1234567.891), ",.2f"), "1,234,567.89");
    EXPECT(fmt(F(0.5), "%"), "50.000000%");
    EXPECT(fmt(F(1.0), "#g"), "1.00000");
    EXPECT(fmt(F(1.0), "g"), "1");
    EXPECT(fmt(F(-1.5), "08,"), "-0,001.5");
    EXPECT(fmt(F(INFINITY), "010"), "0000000inf");
    EXPECT(fmt(F(-INFINITY), "E"), "-INF");
    EXPECT(fmt(F(1e16), ""), "1e+16");
    EXPECT(fmt(F(3.0), "#"), "3.0");
    EXPECT(fmt(F(1e20), ","), "1e+20");
    EXPECT(fmt(F(123456.0), "_"), "123_456.0");
    EXPECT_ERR(fmt(F(1.5), "d"), "ValueError: Unknown format code 'd' for object of type 'float'");
}
END_TEST

START_TEST(test_bool)
{
    ck_assert_int_eq(PYM_SIZE(pym_True), 1);
    ck_assert_int_eq(PYM_SIZE(pym_False), 0);
    ck_assert(PYM_INT_CHECK(pym_True));
    EXPECT(op(pym_newref(pym_True), PYM_NB_AND, pym_newref(pym_False)), "False");
    EXPECT(op(pym_newref(pym_True), PYM_NB_XOR, pym_newref(pym_True)), "False");
    EXPECT(op(pym_newref(pym_True), PYM_NB_OR, I("2")), "3");
    EXPECT(op(pym_newref(pym_True), PYM_NB_ADD, pym_newref(pym_True)), "2");
    EXPECT(op(pym_newref(pym_True), PYM_NB_TRUE_DIVIDE, pym_newref(pym_True)), "1.0");
    ck_assert_int_eq(pym_int_hash(pym_True), 1);
}
END_TEST

START_TEST(test_math_module)
{
    PymObject *m = pym_math_module_init();
    ck_assert_ptr_nonnull(m);
    PymObject *d = pym_module_dict(m);
    EXPECT(pym_newref(pym_dict_getitem_cstr(d, "pi")), "3.141592653589793");
    PymObject *fact = pym_dict_getitem_cstr(d, "factorial");
    PymObject *n = pym_int_from_long(30);
    EXPECT(pym_call_onearg(fact, n), "265252859812191058636308480000000");
    PYM_DECREF(n);
    n = pym_int_from_long(-1);
    EXPECT_ERR(pym_call_onearg(fact, n), "ValueError: factorial() not defined for negative values");
    PYM_DECREF(n);
    PymObject *lg = pym_dict_getitem_cstr(d, "log");
    PymObject *big = op(I("10"), PYM_NB_POWER, I("1000"));
    EXPECT(pym_call_onearg(lg, big), "2302.585092994045");
    PYM_DECREF(big);
    PymObject *sqrt_f = pym_dict_getitem_cstr(d, "sqrt");
    PymObject *neg = F(-1);
    EXPECT_ERR(pym_call_onearg(sqrt_f, neg), "ValueError: math domain error");
    PYM_DECREF(neg);
    PymObject *isqrt = pym_dict_getitem_cstr(d, "isqrt");
    PymObject *x = I("100000000000000000000000000000000000000001");
    EXPECT(pym_call_onearg(isqrt, x), "316227766016837933199");
    PYM_DECREF(x);
    PymObject *gcd = pym_dict_getitem_cstr(d, "gcd");
    PymObject *args[2] = {op(I("2"), PYM_NB_POWER, I("100")), op(I("6"), PYM_NB_POWER, I("50"))};
    EXPECT(pym_call(gcd, args, 2, NULL), "1125899906842624");
    PYM_DECREF(args[0]); PYM_DECREF(args[1]);
    PYM_DECREF(m);
}
END_TEST

Suite *numbers_suite(void) {
    Suite *s = suite_create("numbers");
    TCase *tc = pym_tcase("int");
    tcase_add_test(tc, test_int_small_cache);
    tcase_add_test(tc, test_int_layout);
    tcase_add_test(tc, test_int_big_arith);
    tcase_add_test(tc, test_int_pow3);
    tcase_add_test(tc, test_int_bitwise);
    tcase_add_test(tc, test_int_errors);
    tcase_add_test(tc, test_int_true_division_rounding);
    tcase_add_test(tc, test_int_strings);
    tcase_add_test(tc, test_int_str_limit);
    tcase_add_test(tc, test_int_double_conversions);
    tcase_add_test(tc, test_hashes);
    suite_add_tcase(s, tc);
    tc = pym_tcase("float");
    tcase_add_test(tc, test_float_repr);
    tcase_add_test(tc, test_floatrepr_fast_equals_slow);
    tcase_add_test(tc, test_float_parse);
    tcase_add_test(tc, test_float_arith);
    tcase_add_test(tc, test_float_int_compare);
    tcase_add_test(tc, test_float_methods);
    tcase_add_test(tc, test_format);
    tcase_add_test(tc, test_bool);
    tcase_add_test(tc, test_math_module);
    suite_add_tcase(s, tc);
    return s;
}
