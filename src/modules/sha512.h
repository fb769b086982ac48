/*
** sha512.h -- SHA-512 (FIPS 180-4), for random.seed() of str/bytes as
** CPython's version 2 seeding does.  (sha512.c)
*/
#ifndef PYM_SHA512_H
#define PYM_SHA512_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint64_t h[8];
    uint64_t total; /* bytes hashed so far */
    uint8_t block[128];
    size_t used; /* bytes waiting in block */
} PymSha512;

void pym_sha512_init(PymSha512 *s);
void pym_sha512_update(PymSha512 *s, const void *data, size_t n);
void pym_sha512_final(PymSha512 *s, uint8_t digest[64]);

#endif
