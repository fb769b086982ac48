/*
** check_stdlibc.c -- the C helpers behind the standard-library modules in
** src/modules/: SHA-512 against FIPS 180-4 / hashlib digests (padding at
** the block boundaries included), and ints to and from little-endian bytes
** (intbytes.c), including two's complement and multi-digit values.
*/
#include "testutil.h"
#include "modules/intbytes.h"
#include "modules/sha512.h"

static void hex_digest(const void *data, size_t n, char out[129]) {
    PymSha512 s;
    uint8_t d[64];
    pym_sha512_init(&s);
    /* feed in uneven pieces to exercise the block buffer */
    const uint8_t *p = data;
    size_t step = 1;
    while (n > 0) {
        size_t k = step < n ? step : n;
        pym_sha512_update(&s, p, k);
        p += k;
        n -= k;
        step = step * 3 + 1;
    }
    pym_sha512_final(&s, d);
    for (int i = 0; i < 64; i++) sprintf(out + 2 * i, "%02x", d[i]);
}

START_TEST(sha512_known_digests) {
    char hex[129];
    hex_digest("", 0, hex);
    ck_assert_str_eq(hex, "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
                          "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e");
    hex_digest("abc", 3, hex);
    ck_assert_str_eq(hex, "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                          "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    const char *two = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                      "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
    hex_digest(two, strlen(two), hex);
    ck_assert_str_eq(hex, "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018"
                          "501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909");
}
END_TEST

START_TEST(sha512_block_boundaries) {
    static char buf[1000000];
    char hex[129];
    memset(buf, 'x', 128);
    hex_digest(buf, 111, hex);    /* padding fits in the block */
    ck_assert_str_eq(hex, "9a2a120825c2319867758ec277924f6faa254968bf752046dacdd948d8ad299b"
                          "10359fd04bfd7d3810b5fa1b16a294236138baff981cbb85248478053ac4d3dd");
    hex_digest(buf, 112, hex);    /* the length spills into a second block */
    ck_assert_str_eq(hex, "a3722b515ef40c910f2419f6e0da8ca51d410114ce6272faae64045f9e9f630e"
                          "7fa8dd5a3243c9860b899d148c3da4bc0f9e07454542604d030bb55531fe0d5b");
    hex_digest(buf, 128, hex);
    ck_assert_str_eq(hex, "e2e22f8422b54b06e35c3ea30a383d1de7a8fbc27992923074103117020d8dd7"
                          "024c3ecf7d6d1a15a6de5a75ff32fb486b9e8ced4c02ffe05822bf2cb734d0e0");
    memset(buf, 'a', sizeof buf);
    hex_digest(buf, sizeof buf, hex);
    ck_assert_str_eq(hex, "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973eb"
                          "de0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b");
}
END_TEST

/* int(text) -> bytes -> int must give the same value back. */
static void round_trip(const char *text, size_t n, bool is_signed) {
    PymObject *v = pym_int_from_string(text, (intptr_t)strlen(text), 0);
    ck_assert_ptr_nonnull(v);
    uint8_t buf[32];
    ck_assert_int_eq(pym_intbytes_to_le(v, buf, n, is_signed), 0);
    PymObject *back = pym_intbytes_from_le(buf, n, is_signed);
    ck_assert_ptr_nonnull(back);
    ck_assert_int_eq(pym_int_compare(v, back), 0);
    PYM_DECREF(v);
    PYM_DECREF(back);
}

START_TEST(intbytes_round_trips) {
    round_trip("0", 1, false);
    round_trip("255", 1, false);
    round_trip("-128", 1, true);
    round_trip("127", 1, true);
    round_trip("-1", 8, true);
    round_trip("0xffffffffffffffff", 8, false);
    round_trip("-0x8000000000000000", 8, true);
    round_trip("0x123456789abcdef0123456789abcdef0", 16, false);
    round_trip("-0x123456789abcdef0123456789abcdef", 16, true);
    round_trip("1267650600228229401496703205376", 32, false);   /* 2**100 */
}
END_TEST

START_TEST(intbytes_layout_and_overflow) {
    PymObject *v = pym_int_from_long(0x01020304);
    uint8_t b[4];
    ck_assert_int_eq(pym_intbytes_to_le(v, b, 4, false), 0);
    ck_assert_int_eq(b[0], 4);
    ck_assert_int_eq(b[3], 1);
    ck_assert_int_eq(pym_intbytes_to_le(v, b, 3, false), 1);       /* does not fit */
    PYM_DECREF(v);
    v = pym_int_from_long(-1);
    ck_assert_int_eq(pym_intbytes_to_le(v, b, 4, false), 1);       /* negative, unsigned */
    ck_assert_int_eq(pym_intbytes_to_le(v, b, 2, true), 0);
    ck_assert_int_eq(b[0], 0xff);
    ck_assert_int_eq(b[1], 0xff);
    PYM_DECREF(v);
    v = pym_int_from_long(128);
    ck_assert_int_eq(pym_intbytes_to_le(v, b, 1, true), 1);        /* 128 is not a signed byte */
    PYM_DECREF(v);
    v = pym_int_from_long(-129);
    ck_assert_int_eq(pym_intbytes_to_le(v, b, 1, true), 1);
    PYM_DECREF(v);
    uint8_t big[9] = {0, 0, 0, 0, 0, 0, 0, 0, 1};                  /* 2**64 */
    PymObject *p = pym_intbytes_from_le(big, 9, false);
    ck_assert_uint_eq(pym_int_bit_length(p), 65);
    PYM_DECREF(p);
}
END_TEST

Suite *stdlibc_suite(void) {
    Suite *s = suite_create("stdlibc");
    TCase *tc = pym_tcase("helpers");
    tcase_set_timeout(tc, 20);
    tcase_add_test(tc, sha512_known_digests);
    tcase_add_test(tc, sha512_block_boundaries);
    tcase_add_test(tc, intbytes_round_trips);
    tcase_add_test(tc, intbytes_layout_and_overflow);
    suite_add_tcase(s, tc);
    return s;
}
