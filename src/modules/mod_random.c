/*
** mod_random.c -- the '_random' module: the Mersenne Twister (MT19937)
** generator behind lib/random.py, bit for bit CPython 3.11's, so a seeded
** generator prints CPython's numbers.
**
**   seed(n)       int n: |n| split into 32-bit words (least significant
**                 first) fed to init_by_array; other objects: their hash as
**                 an unsigned machine word; None: 624 words of /dev/urandom
**                 (time and pid if that fails).  str/bytes are turned into
**                 an int by random.py (sha512, CPython's version 2 seeding).
**   random()      53-bit float from two outputs: (a>>5) * 2**26 + (b>>6).
**   getrandbits(k) k bits, 32 at a time, least significant word first; the
**                 last word keeps its top bits.
**   getstate() / setstate()   the 624 state words and the position.
**
** Also the private helpers _sha512(bytes) -> digest and _urandom(n) for
** random.py while pym has no hashlib/os (they are not CPython API).
*/
#include "pym.h"
#include "intbytes.h"
#include "sha512.h"
#include <fcntl.h>
#include <limits.h>
#include <time.h>
#include <unistd.h>

#define MT_N 624
#define MT_M 397

typedef struct {
    PymObject ob_base;
    int index;
    uint32_t state[MT_N];
} RandomObject;

static PymType random_type;

static void init_genrand(RandomObject *r, uint32_t s) {
    uint32_t *mt = r->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void init_by_array(RandomObject *r, const uint32_t *key, size_t keylen) {
    uint32_t *mt = r->state;
    init_genrand(r, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > keylen ? MT_N : keylen; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= keylen) j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;
}

static uint32_t genrand_uint32(RandomObject *r) {
    static const uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
    uint32_t *mt = r->state, y;
    if (r->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (mt[MT_N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
        r->index = 0;
    }
    y = mt[r->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

/* Fills buf with n bytes of /dev/urandom.  0 / -1 (errno set, nothing raised). */
static int read_urandom(void *buf, size_t n) {
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    size_t got = 0;
    while (got < n) {
        ssize_t k = read(fd, (char *)buf + got, n - got);
        if (k <= 0) {
            close(fd);
            return -1;
        }
        got += (size_t)k;
    }
    close(fd);
    return 0;
}

static int random_seed(RandomObject *self, PymObject *arg) {
    if (!arg || arg == pym_None) {
        uint32_t key[MT_N];
        if (read_urandom(key, sizeof key) < 0) {
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            key[0] = (uint32_t)ts.tv_sec;
            key[1] = (uint32_t)ts.tv_nsec;
            key[2] = (uint32_t)getpid();
            clock_gettime(CLOCK_MONOTONIC, &ts);
            key[3] = (uint32_t)ts.tv_nsec;
            init_by_array(self, key, 4);
        } else {
            init_by_array(self, key, MT_N);
        }
        return 0;
    }
    PymObject *n;
    if (PYM_INT_CHECK(arg)) {
        n = pym_int_abs(arg);
    } else {
        intptr_t h = pym_object_hash(arg);
        if (h == -1 && pym_err_occurred()) return -1;
        n = pym_int_from_size((size_t)h);
    }
    if (!n) return -1;
    size_t bits = pym_int_bit_length(n);
    size_t keyused = bits == 0 ? 1 : (bits - 1) / 32 + 1;
    uint8_t *bytes = pym_obj_malloc(keyused * 4);
    uint32_t *key = pym_obj_malloc(keyused * 4);
    if (!bytes || !key) {
        pym_obj_free(bytes);
        pym_obj_free(key);
        PYM_DECREF(n);
        pym_err_no_memory();
        return -1;
    }
    int rc = pym_intbytes_to_le(n, bytes, keyused * 4, false);
    PYM_DECREF(n);
    if (rc == 0) {
        for (size_t i = 0; i < keyused; i++)
            key[i] = (uint32_t)bytes[4 * i] | (uint32_t)bytes[4 * i + 1] << 8 |
                     (uint32_t)bytes[4 * i + 2] << 16 | (uint32_t)bytes[4 * i + 3] << 24;
        init_by_array(self, key, keyused);
    }
    pym_obj_free(bytes);
    pym_obj_free(key);
    return rc == 0 ? 0 : -1;
}

static PymObject *random_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    RandomObject *r = (RandomObject *)pym_object_alloc(type, 0);
    if (r && (type->tp_flags & PYM_TPFLAGS_HAVE_GC)) pym_gc_track((PymObject *)r);
    return (PymObject *)r;
}

/* Random(x=None).__init__: seeds; subclasses with their own __init__ skip it. */
static int random_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw) {
    PymType *type = PYM_TYPE(self);
    if ((type == &random_type || type->tp_init == random_type.tp_init) &&
        pym_arg_no_kwargs("Random", kw) < 0)
        return -1;
    if (nargs > 1) {
        pym_err_set_string(PymExc_TypeError, "Random() requires 0 or 1 argument");
        return -1;
    }
    return random_seed((RandomObject *)self, nargs ? args[0] : NULL);
}

static void random_dealloc(PymObject *o) { PYM_TYPE(o)->tp_free(o); }

// random() -> x in the interval [0, 1).
static PymObject *random_random(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("random", n, kw, 0, 0) < 0) return NULL;
    RandomObject *r = (RandomObject *)self;
    uint32_t x = genrand_uint32(r) >> 5, y = genrand_uint32(r) >> 6;
    return pym_float_from_double((x * 67108864.0 + y) * (1.0 / 9007199254740992.0));
}

// seed([n]) -> None.
static PymObject *random_seed_method(PymObject *self, PymObject *const *a, size_t n,
                                     PymObject *kw) {
    if (pym_arg_no_kwargs("seed", kw) < 0) return NULL;
    if (n > 1) {
        pym_err_format(PymExc_TypeError, "seed expected at most 1 argument, got %zd", (intptr_t)n);
        return NULL;
    }
    if (random_seed((RandomObject *)self, n ? a[0] : NULL) < 0) return NULL;
    PYM_RETURN_NONE;
}

// getstate() -> tuple containing the current state.
static PymObject *random_getstate(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("getstate", n, kw, 0, 0) < 0) return NULL;
    RandomObject *r = (RandomObject *)self;
    PymObject *t = pym_tuple_new(MT_N + 1);
    if (!t) return NULL;
    for (int i = 0; i <= MT_N; i++) {
        PymObject *v = i < MT_N ? pym_int_from_ulonglong(r->state[i]) : pym_int_from_long(r->index);
        if (!v) {
            for (int j = i; j <= MT_N; j++) PYM_TUPLE_SET(t, j, pym_newref(pym_None));
            PYM_DECREF(t);
            return NULL;
        }
        PYM_TUPLE_SET(t, i, v);
    }
    return t;
}

// setstate(state) -> None.
static PymObject *random_setstate(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("setstate", n, kw, 1, 1) < 0) return NULL;
    PymObject *st = a[0];
    if (!PYM_TUPLE_CHECK(st)) {
        pym_err_set_string(PymExc_TypeError, "state vector must be a tuple");
        return NULL;
    }
    if (PYM_SIZE(st) != MT_N + 1) {
        pym_err_set_string(PymExc_ValueError, "state vector is the wrong size");
        return NULL;
    }
    uint32_t words[MT_N];
    for (int i = 0; i < MT_N; i++) {
        PymObject *v = PYM_TUPLE_GET(st, i);
        if (!PYM_INT_CHECK(v)) {
            pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                           pym_type_name(v));
            return NULL;
        }
        uint8_t b[8];
        if (pym_int_sign(v) < 0) {
            pym_err_set_string(PymExc_OverflowError,
                               "can't convert negative value to unsigned int");
            return NULL;
        }
        if (pym_intbytes_to_le(v, b, 8, false) != 0) {
            pym_err_set_string(PymExc_OverflowError,
                               "Python int too large to convert to C unsigned long");
            return NULL;
        }
        words[i] = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 |
                   (uint32_t)b[3] << 24;
    }
    PymObject *iv = PYM_TUPLE_GET(st, MT_N);
    if (!PYM_INT_CHECK(iv)) {
        pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                       pym_type_name(iv));
        return NULL;
    }
    long long index = pym_int_as_longlong(iv);
    if (index == -1 && pym_err_occurred()) return NULL;
    if (index < 0 || index > MT_N) {
        pym_err_set_string(PymExc_ValueError, "invalid state");
        return NULL;
    }
    RandomObject *r = (RandomObject *)self;
    memcpy(r->state, words, sizeof words);
    r->index = (int)index;
    PYM_RETURN_NONE;
}

// getrandbits(k) -> int with k random bits.
static PymObject *random_getrandbits(PymObject *self, PymObject *const *a, size_t n,
                                     PymObject *kw) {
    if (pym_arg_no_kwargs("getrandbits", kw) < 0) return NULL;
    if (n != 1) {
        pym_err_format(PymExc_TypeError, "getrandbits() takes exactly one argument (%zd given)",
                       (intptr_t)n);
        return NULL;
    }
    if (PYM_TYPE(a[0]) == &pym_type_float) {
        pym_err_set_string(PymExc_TypeError, "'float' object cannot be interpreted as an integer");
        return NULL;
    }
    if (!PYM_INT_CHECK(a[0]) && !PYM_TYPE(a[0])->nb_index) {
        pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                       pym_type_name(a[0]));
        return NULL;
    }
    PymObject *kobj = pym_number_index(a[0]);
    if (!kobj) return NULL;
    int kov = 0;
    long long k = pym_int_as_longlong_overflow(kobj, &kov);
    PYM_DECREF(kobj);
    if (kov || k > INT_MAX || k < INT_MIN) { /* k is a C int, as in CPython */
        pym_err_set_string(PymExc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (k < 0) {
        pym_err_set_string(PymExc_ValueError, "number of bits must be non-negative");
        return NULL;
    }
    RandomObject *r = (RandomObject *)self;
    if (k == 0) return pym_int_from_long(0);
    if (k <= 32) return pym_int_from_ulonglong(genrand_uint32(r) >> (32 - k));
    size_t words = (size_t)(k - 1) / 32 + 1;
    uint8_t *buf = pym_obj_malloc(words * 4);
    if (!buf) return pym_err_no_memory();
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t w = genrand_uint32(r);
        if (k < 32) w >>= (32 - k);
        buf[4 * i] = (uint8_t)w;
        buf[4 * i + 1] = (uint8_t)(w >> 8);
        buf[4 * i + 2] = (uint8_t)(w >> 16);
        buf[4 * i + 3] = (uint8_t)(w >> 24);
    }
    PymObject *res = pym_intbytes_from_le(buf, words * 4, false);
    pym_obj_free(buf);
    return res;
}

static PymMethodDef random_methods[] = {
    {"random", random_random, 0, "random() -> x in the interval [0, 1)."},
    {"seed", random_seed_method, 0,
     "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the "
     "current time and the process identifier."},
    {"getstate", random_getstate, 0, "getstate() -> tuple containing the current state."},
    {"setstate", random_setstate, 0, "setstate(state) -> None.  Restores generator state."},
    {"getrandbits", random_getrandbits, 0,
     "getrandbits(k) -> x.  Generates an int with k random bits."},
    {NULL, NULL, 0, NULL},
};

static PymType random_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "_random.Random",
    .tp_basicsize = sizeof(RandomObject),
    .tp_flags = PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = random_dealloc,
    .tp_getattro = pym_object_generic_getattr,
    .tp_methods = random_methods,
    .tp_new = random_new,
    .tp_init = random_init,
    .tp_free = pym_object_free,
    .tp_doc = "Random() -> create a random number generator with its own internal state.",
};

// _sha512(data) -> the 64-byte SHA-512 digest of bytes or bytearray data
static PymObject *mod_sha512(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("_sha512", n, kw, 1, 1) < 0) return NULL;
    PymObject *b = pym_bytes_from_object(a[0]);
    if (!b) return NULL;
    PymSha512 s;
    uint8_t digest[64];
    pym_sha512_init(&s);
    pym_sha512_update(&s, PYM_BYTES_DATA(b), (size_t)PYM_BYTES_LEN(b));
    pym_sha512_final(&s, digest);
    PYM_DECREF(b);
    return pym_bytes_from_data((const char *)digest, 64);
}

// _urandom(n) -> n bytes from /dev/urandom
static PymObject *mod_urandom(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("_urandom", n, kw, 1, 1) < 0) return NULL;
    intptr_t size = pym_number_as_ssize(a[0], PymExc_OverflowError);
    if (size == -1 && pym_err_occurred()) return NULL;
    if (size < 0) {
        pym_err_set_string(PymExc_ValueError, "negative argument not allowed");
        return NULL;
    }
    PymObject *b = pym_bytes_new_uninit(size);
    if (!b) return NULL;
    if (read_urandom(PYM_BYTES_DATA(b), (size_t)size) < 0) {
        PYM_DECREF(b);
        return pym_err_set_from_errno(NULL);
    }
    return b;
}

static PymMethodDef random_functions[] = {
    {"_sha512", mod_sha512, 0, "SHA-512 digest of bytes (pym's helper for random.seed)."},
    {"_urandom", mod_urandom, 0, "n bytes from /dev/urandom (pym's helper for SystemRandom)."},
    {NULL, NULL, 0, NULL},
};

/* Creates the _random module (new ref); called by the import system. */
PymObject *pym_random_module_init(void) {
    if (pym_type_ready(&random_type) < 0) return NULL;
    PymObject *m = pym_module_new("_random");
    if (!m) return NULL;
    if (pym_module_add_functions(m, random_functions) < 0 ||
        pym_module_add_object(m, "Random", (PymObject *)&random_type) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
