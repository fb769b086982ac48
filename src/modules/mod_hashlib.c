/*
** mod_hashlib.c -- the _hashlib module: MD5 (RFC 1321), SHA-1 and SHA-256
** (FIPS 180-4) written here, SHA-512 from sha512.c, behind one hash object
** type with CPython's API (update, digest, hexdigest, copy, name,
** digest_size, block_size).  lib/hashlib.py builds new() and the named
** constructors on it.
**
** MD5, SHA-1 and SHA-256 share the 64-byte block machinery (Block64): data
** is gathered into a block, each full block goes to the algorithm's
** compression function, and finishing pads with 0x80, zeros and the bit
** length (little-endian for MD5, big-endian for the SHAs).  The hash
** object holds no references, so it is not tracked by the GC.
*/
#include "pym.h"
#include "buffer.h"
#include "sha512.h"
#include <string.h>

/* ------------------------------------------------------------------ */
/* the three 64-byte-block algorithms                                   */

typedef struct {
    uint32_t h[8];
    uint64_t total; /* bytes hashed so far */
    uint8_t block[64];
    size_t used;
} Block64;

#define ROL(x, n) (((x) << (n)) | ((x) >> (32 - (n))))
#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static uint32_t le32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint32_t be32(const uint8_t *p) {
    return (uint32_t)p[3] | (uint32_t)p[2] << 8 | (uint32_t)p[1] << 16 | (uint32_t)p[0] << 24;
}

/* MD5: 64 steps in four rounds; T[i] = floor(abs(sin(i + 1)) * 2**32). */
static const uint32_t md5_t[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};
static const uint8_t md5_s[4][4] = {
    {7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};

static void md5_block(uint32_t *h, const uint8_t *p) {
    uint32_t m[16];
    for (int i = 0; i < 16; i++) m[i] = le32(p + 4 * i);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g, round = i / 16;
        switch (round) {
        case 0:
            f = (b & c) | (~b & d);
            g = i;
            break;
        case 1:
            f = (d & b) | (~d & c);
            g = (5 * i + 1) % 16;
            break;
        case 2:
            f = b ^ c ^ d;
            g = (3 * i + 5) % 16;
            break;
        default:
            f = c ^ (b | ~d);
            g = (7 * i) % 16;
            break;
        }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + ROL(a + f + md5_t[i] + m[g], md5_s[round][i % 4]);
        a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
}

static void sha1_block(uint32_t *h, const uint8_t *p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) w[i] = be32(p + 4 * i);
    for (int i = 16; i < 80; i++) w[i] = ROL(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5a827999;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8f1bbcdc;
        } else {
            f = b ^ c ^ d;
            k = 0xca62c1d6;
        }
        uint32_t t = ROL(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = ROL(b, 30);
        b = a;
        a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
}

/* SHA-256 round constants: the first 32 bits of the fractional parts of
** the cube roots of the first 64 primes. */
static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static void sha256_block(uint32_t *h, const uint8_t *p) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++) w[i] = be32(p + 4 * i);
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t S1 = ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25);
        uint32_t ch = (e & f) ^ (~e & g);
        uint32_t t1 = hh + S1 + ch + sha256_k[i] + w[i];
        uint32_t S0 = ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22);
        uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint32_t t2 = S0 + maj;
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

/* ------------------------------------------------------------------ */
/* the algorithms table                                                 */

typedef struct {
    const char *name;
    int digest_size, block_size;
    void (*block)(uint32_t *h, const uint8_t *p); /* NULL: SHA-512 */
    bool little_endian;
    uint32_t iv[8];
} Algo;

enum { ALG_MD5, ALG_SHA1, ALG_SHA256, ALG_SHA224, ALG_SHA512 };

static const Algo algos[] = {
    {"md5", 16, 64, md5_block, true, {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}},
    {"sha1",
     20,
     64,
     sha1_block,
     false,
     {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0}},
    {"sha256",
     32,
     64,
     sha256_block,
     false,
     {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
      0x5be0cd19}},
    {"sha224",
     28,
     64,
     sha256_block,
     false,
     {0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7,
      0xbefa4fa4}},
    {"sha512", 64, 128, NULL, false, {0}},
};

typedef struct {
    PymObject ob_base;
    const Algo *algo;
    union {
        Block64 b64;
        PymSha512 s512;
    } u;
} HashObject;

static void b64_update(const Algo *a, Block64 *s, const uint8_t *p, size_t n) {
    s->total += n;
    while (n) {
        size_t take = 64 - s->used;
        if (take > n) take = n;
        memcpy(s->block + s->used, p, take);
        s->used += take;
        p += take;
        n -= take;
        if (s->used == 64) {
            a->block(s->h, s->block);
            s->used = 0;
        }
    }
}

static void b64_final(const Algo *a, Block64 s, uint8_t *out) {
    uint64_t bits = s.total * 8;
    uint8_t pad[72] = {0x80};
    size_t padlen = (s.used < 56 ? 56 : 120) - s.used;
    uint8_t len[8];
    for (int i = 0; i < 8; i++)
        len[i] = a->little_endian ? (uint8_t)(bits >> (8 * i)) : (uint8_t)(bits >> (56 - 8 * i));
    b64_update(a, &s, pad, padlen);
    b64_update(a, &s, len, 8);
    for (int i = 0; i < a->digest_size / 4; i++) {
        uint32_t v = s.h[i];
        for (int j = 0; j < 4; j++)
            out[4 * i + j] = a->little_endian ? (uint8_t)(v >> (8 * j))
                                              : (uint8_t)(v >> (24 - 8 * j));
    }
}

/* ------------------------------------------------------------------ */
/* the hash object                                                      */

static PymType hash_type;

static PymObject *hash_alloc(const Algo *a) {
    HashObject *h = (HashObject *)pym_object_alloc(&hash_type, 0);
    if (!h) return NULL;
    h->algo = a;
    if (a->block) {
        memset(&h->u.b64, 0, sizeof h->u.b64);
        memcpy(h->u.b64.h, a->iv, sizeof a->iv);
    } else {
        pym_sha512_init(&h->u.s512);
    }
    return (PymObject *)h;
}

static int hash_feed(HashObject *h, PymObject *data) {
    if (PYM_STR_CHECK(data)) {
        pym_err_set_string(PymExc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    PymBuffer view;
    if (pym_object_get_buffer_msg(data, &view, PYM_BUF_SIMPLE,
                                  "object supporting the buffer API required") < 0)
        return -1;
    if (h->algo->block)
        b64_update(h->algo, &h->u.b64, (const uint8_t *)view.buf, (size_t)view.len);
    else
        pym_sha512_update(&h->u.s512, view.buf, (size_t)view.len);
    pym_buffer_release(&view);
    return 0;
}

static void hash_digest_bytes(HashObject *h, uint8_t *out) {
    if (h->algo->block) {
        b64_final(h->algo, h->u.b64, out);
    } else {
        PymSha512 copy = h->u.s512;
        pym_sha512_final(&copy, out);
    }
}

static void hash_dealloc(PymObject *o) { PYM_TYPE(o)->tp_free(o); }

static PymObject *hash_update(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    if (pym_arg_count("update", nargs, kwnames, 1, 1) < 0) return NULL;
    if (hash_feed((HashObject *)self, args[0]) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *hash_digest(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    if (pym_arg_count("digest", nargs, kwnames, 0, 0) < 0) return NULL;
    uint8_t out[64];
    HashObject *h = (HashObject *)self;
    hash_digest_bytes(h, out);
    return pym_bytes_from_data((const char *)out, h->algo->digest_size);
}

static PymObject *hash_hexdigest(PymObject *self, PymObject *const *args, size_t nargs,
                                 PymObject *kwnames) {
    if (pym_arg_count("hexdigest", nargs, kwnames, 0, 0) < 0) return NULL;
    uint8_t out[64];
    char hex[129];
    HashObject *h = (HashObject *)self;
    hash_digest_bytes(h, out);
    for (int i = 0; i < h->algo->digest_size; i++) snprintf(hex + 2 * i, 3, "%02x", out[i]);
    return pym_str_from_utf8(hex, 2 * h->algo->digest_size);
}

static PymObject *hash_copy(PymObject *self, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    if (pym_arg_count("copy", nargs, kwnames, 0, 0) < 0) return NULL;
    HashObject *h = (HashObject *)self;
    HashObject *c = (HashObject *)hash_alloc(h->algo);
    if (c) c->u = h->u;
    return (PymObject *)c;
}

static PymObject *hash_get_name(PymObject *self, void *c) {
    return pym_str_from_cstr(((HashObject *)self)->algo->name);
}
static PymObject *hash_get_digest_size(PymObject *self, void *c) {
    return pym_int_from_long(((HashObject *)self)->algo->digest_size);
}
static PymObject *hash_get_block_size(PymObject *self, void *c) {
    return pym_int_from_long(((HashObject *)self)->algo->block_size);
}

static PymObject *hash_repr(PymObject *self) {
    return pym_str_from_format("<%s _hashlib.HASH object @ %p>", ((HashObject *)self)->algo->name,
                               (void *)self);
}

static PymMethodDef hash_methods[] = {
    {"update", hash_update, 0, "Update this hash object's state with the provided string."},
    {"digest", hash_digest, 0, "Return the digest value as a bytes object."},
    {"hexdigest", hash_hexdigest, 0, "Return the digest value as a string of hexadecimal digits."},
    {"copy", hash_copy, 0, "Return a copy of the hash object."},
    {NULL},
};

static PymGetSetDef hash_getset[] = {
    {"name", hash_get_name, NULL, NULL, NULL},
    {"digest_size", hash_get_digest_size, NULL, NULL, NULL},
    {"block_size", hash_get_block_size, NULL, NULL, NULL},
    {NULL},
};

static PymType hash_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "_hashlib.HASH",
    .tp_basicsize = sizeof(HashObject),
    .tp_dealloc = hash_dealloc,
    .tp_repr = hash_repr,
    .tp_getattro = pym_object_generic_getattr,
    .tp_methods = hash_methods,
    .tp_getset = hash_getset,
    .tp_free = pym_object_free,
    .tp_doc = "A hash is an object used to calculate a checksum of a string of information.",
};

/* openssl_<name>(string=b'', *, usedforsecurity=True) */
static PymObject *hash_construct(int alg, const char *fname, PymObject *const *args, size_t nargs,
                                 PymObject *kwnames) {
    static const char *const names[] = {"string", "usedforsecurity", NULL};
    PymObject *a[2];
    if (pym_arg_unpack(fname, args, nargs, kwnames, names, 0, 1, a) < 0) return NULL;
    PymObject *h = hash_alloc(&algos[alg]);
    if (h && a[0] && hash_feed((HashObject *)h, a[0]) < 0) PYM_CLEAR(h);
    return h;
}

#define CONSTRUCTOR(NAME, ALG) \
    static PymObject *h_##NAME(PymObject *m, PymObject *const *args, size_t nargs, \
                               PymObject *kwnames) { \
        return hash_construct(ALG, "openssl_" #NAME, args, nargs, kwnames); \
    }
CONSTRUCTOR(md5, ALG_MD5)
CONSTRUCTOR(sha1, ALG_SHA1)
CONSTRUCTOR(sha224, ALG_SHA224)
CONSTRUCTOR(sha256, ALG_SHA256)
CONSTRUCTOR(sha512, ALG_SHA512)

static PymMethodDef hashlib_functions[] = {
    {"openssl_md5", h_md5, 0, "Returns a md5 hash object; optionally initialized with a string"},
    {"openssl_sha1", h_sha1, 0, "Returns a sha1 hash object; optionally initialized with a string"},
    {"openssl_sha224", h_sha224, 0,
     "Returns a sha224 hash object; optionally initialized with a string"},
    {"openssl_sha256", h_sha256, 0,
     "Returns a sha256 hash object; optionally initialized with a string"},
    {"openssl_sha512", h_sha512, 0,
     "Returns a sha512 hash object; optionally initialized with a string"},
    {NULL},
};

PymObject *pym_hashlib_module_init(void) {
    if (pym_type_ready(&hash_type) < 0) return NULL;
    PymObject *m = pym_module_new("_hashlib");
    if (!m) return NULL;
    if (pym_module_add_functions(m, hashlib_functions) < 0 ||
        pym_module_add_object(m, "HASH", (PymObject *)&hash_type) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
