/*
** mod_struct.c -- the '_struct' module: packing Python values into C
** structs held in bytes, as CPython 3.11's (lib/struct.py re-exports it).
**
** A format is compiled once into a Struct: the byte order ('@' native size
** and alignment, '=' native order with standard sizes, '<' little, '>'/'!'
** big endian) and a list of items, each with its code, offset and size
** ('s'/'p' items carry their length, 'x' pads are only counted).  Compiled
** formats are recompiled by the module-level functions (no cache).
**
** Integers are written byte by byte in the chosen order; range checks and
** their messages follow CPython's per-table rules (the native and
** little-endian tables share the native functions on x86-64, the
** big-endian table has its own), so struct.error says exactly what
** CPython says.  'e' is IEEE binary16 with round-half-even, 'f' binary32
** (a standard-size 'f' raises OverflowError where a native one becomes
** inf), 'd' binary64.
**
** Buffers: bytes (read-only) and array.array (read-write, through
** pym_array_buffer in mod_array.c) directly; bytearray, memoryview and any
** other exporter through the buffer protocol (buffer.h).  The view is held
** until the Struct method is done with the memory: pack_into converts the
** values (user __index__ / __float__ may run) before it writes, and a held
** view keeps a bytearray from being resized under it.
*/
#include "pym.h"
#include "buffer.h"
#include "intbytes.h"
#include "mod_array.h"
#include <math.h>

enum { ORDER_NATIVE, ORDER_STD_NATIVE, ORDER_LITTLE, ORDER_BIG };

/* One code of a compiled format, CPython's formatcode: 'i' repeated 3
** times is one code; 's'/'p' take one value of size bytes. */
typedef struct {
    char code;  /* 0 ends the list */
    char order; /* ORDER_* of the format */
    intptr_t offset;
    intptr_t size;   /* bytes of one value ('s'/'p': the length) */
    intptr_t repeat; /* number of values */
} FmtItem;

typedef struct {
    PymObject ob_base;
    intptr_t size;     /* bytes of the packed struct */
    intptr_t len;      /* number of values */
    FmtItem *items;    /* the codes, then a terminator */
    PymObject *format; /* str */
    PymObject *weakreflist;
} StructObject;

static PymType struct_type, unpackiter_type;

static PymType struct_error_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "struct.error",
    .tp_flags = PYM_TPFLAGS_BASETYPE,
    .tp_base = PymExc_Exception,
};
#define StructError (&struct_error_type)

/* {====== format compilation ======} */

/* Size and alignment of a code in a byte order; 0 when the code is not valid there. */
static intptr_t code_size(char c, int order, intptr_t *align) {
    bool native = order == ORDER_NATIVE;
    intptr_t s;
    switch (c) {
    case 'x':
    case 'c':
    case 'b':
    case 'B':
    case '?':
    case 's':
    case 'p': s = 1; break;
    case 'h':
    case 'H':
    case 'e': s = 2; break;
    case 'i':
    case 'I':
    case 'f': s = 4; break;
    case 'l':
    case 'L': s = native ? 8 : 4; break;
    case 'q':
    case 'Q':
    case 'd': s = 8; break;
    case 'n':
    case 'N':
    case 'P': s = native ? 8 : 0; break;
    default: s = 0;
    }
    *align = (native && c != 's' && c != 'p') ? s : 1;
    return s;
}

/* Compiles fmt (str) into s.  0 / -1 (struct.error). */
static int compile_format(StructObject *s, PymObject *fmt) {
    const char *p = PYM_STR_UTF8(fmt), *end = p + PYM_STR_NBYTES(fmt);
    int order = ORDER_NATIVE;
    if (p < end) {
        switch (*p) {
        case '@': p++; break;
        case '=':
            order = ORDER_STD_NATIVE;
            p++;
            break;
        case '<':
            order = ORDER_LITTLE;
            p++;
            break;
        case '>':
        case '!':
            order = ORDER_BIG;
            p++;
            break;
        }
    }
    /* two passes: count and size, then fill */
    for (int pass = 0; pass < 2; pass++) {
        intptr_t size = 0, len = 0, ncodes = 0;
        for (const char *q = p; q < end;) {
            char c = *q;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
                q++;
                continue;
            }
            intptr_t num = 1;
            if (c >= '0' && c <= '9') {
                num = 0;
                while (q < end && *q >= '0' && *q <= '9') {
                    if (num > (PYM_SSIZE_MAX - 9) / 10) {
                        pym_err_set_string(StructError, "total struct size too long");
                        return -1;
                    }
                    num = num * 10 + (*q++ - '0');
                }
                if (q == end) {
                    pym_err_set_string(StructError, "repeat count given without format specifier");
                    return -1;
                }
                c = *q;
            }
            q++;
            intptr_t align, isz = code_size(c, order, &align);
            if (isz == 0) {
                pym_err_set_string(StructError, "bad char in struct format");
                return -1;
            }
            if (align > 1) size = (size + align - 1) / align * align;
            if (c == 's' || c == 'p') {
                if (pass) s->items[ncodes] = (FmtItem){c, (char)order, size, num, 1};
                ncodes++;
                len++;
                if (size > PYM_SSIZE_MAX - num) goto toolong;
                size += num;
            } else if (c == 'x') {
                if (size > PYM_SSIZE_MAX - num) goto toolong;
                size += num;
            } else {
                if (num > (PYM_SSIZE_MAX - size) / isz) goto toolong;
                if (num) {
                    if (pass) s->items[ncodes] = (FmtItem){c, (char)order, size, isz, num};
                    ncodes++;
                    len += num;
                    size += num * isz;
                }
            }
        }
        if (pass == 0) {
            if (ncodes >= PYM_SSIZE_MAX / (intptr_t)sizeof(FmtItem)) goto toolong;
            s->items = pym_obj_malloc((size_t)(ncodes + 1) * sizeof(FmtItem));
            if (!s->items) {
                pym_err_no_memory();
                return -1;
            }
        } else {
            s->items[ncodes] = (FmtItem){0, (char)order, size, 0, 0};
            s->size = size;
            s->len = len;
        }
    }
    return 0;
toolong:
    pym_err_set_string(StructError, "total struct size too long");
    return -1;
}

/* The format as a str: str or bytes (decoded as ASCII).  New ref. */
static PymObject *format_as_str(const char *fname, PymObject *f) {
    if (PYM_STR_CHECK(f)) return pym_newref(f);
    if (PYM_BYTES_CHECK(f))
        return pym_str_decode(PYM_BYTES_DATA(f), PYM_BYTES_LEN(f), "ascii", "strict");
    pym_err_format(PymExc_TypeError, "%s() argument 1 must be a str or bytes object, not %s", fname,
                   pym_type_name(f));
    return NULL;
}

static StructObject *struct_make(PymType *type, PymObject *format) {
    PymObject *f = format_as_str("Struct", format);
    if (!f) return NULL;
    StructObject *s = (StructObject *)pym_object_alloc(type, 0);
    if (!s) {
        PYM_DECREF(f);
        return NULL;
    }
    s->format = f;
    if (compile_format(s, f) < 0) {
        PYM_DECREF(s);
        return NULL;
    }
    pym_gc_track((PymObject *)s);
    return s;
}

static PymObject *struct_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    static const char *const names[] = {"format", NULL};
    PymObject *out[1] = {NULL};
    if (pym_arg_unpack("Struct", args, nargs, kw, names, 1, -1, out) < 0) return NULL;
    return (PymObject *)struct_make(type, out[0]);
}

static int struct_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((StructObject *)o)->format);
    return 0;
}
static int struct_clear(PymObject *o) {
    PYM_CLEAR(((StructObject *)o)->format);
    return 0;
}
static void struct_dealloc(PymObject *o) {
    StructObject *s = (StructObject *)o;
    pym_gc_untrack(o);
    if (s->weakreflist) pym_object_clear_weakrefs(o);
    struct_clear(o);
    pym_obj_free(s->items);
    PYM_TYPE(o)->tp_free(o);
}

/* The Struct for a format given to a module-level function.  CPython keeps
** a cache of them; pym compiles the (short) format on each call, which
** keeps no module state alive past the module. */
static StructObject *cache_struct(PymObject *format) { return struct_make(&struct_type, format); }

/* {====== packing ======} */

static bool little_endian(int order) { return order != ORDER_BIG; }

/* Writes the size-byte integer u (two's complement) in the order. */
static void put_uint(uint8_t *p, uint64_t u, intptr_t size, int order) {
    for (intptr_t i = 0; i < size; i++) {
        uint8_t b = (uint8_t)(u >> (8 * i));
        p[little_endian(order) ? i : size - 1 - i] = b;
    }
}

static uint64_t get_uint(const uint8_t *p, intptr_t size, int order) {
    uint64_t u = 0;
    for (intptr_t i = 0; i < size; i++)
        u |= (uint64_t)p[little_endian(order) ? i : size - 1 - i] << (8 * i);
    return u;
}

/* The int value of v for an integer format (new ref, exact int), or NULL + struct.error. */
static PymObject *int_arg(PymObject *v) {
    if (PYM_INT_CHECK(v)) return pym_newref(v);
    if (PYM_TYPE(v)->nb_index) return pym_number_index(v);
    pym_err_set_string(StructError, "required argument is not an integer");
    return NULL;
}

static int range_error(char c, bool is_unsigned, intptr_t size) {
    if (is_unsigned)
        pym_err_format(StructError, "'%c' format requires 0 <= number <= %llu", c,
                       (unsigned long long)(size == 8 ? UINT64_MAX : ((1ULL << (8 * size)) - 1)));
    else
        pym_err_format(StructError, "'%c' format requires %lld <= number <= %lld", c,
                       -(1LL << (8 * size - 1)), (1LL << (8 * size - 1)) - 1);
    return -1;
}

/* Packs an integer item with CPython's checks and messages.  0 / -1 */
static int pack_int(uint8_t *p, char c, intptr_t size, int order, PymObject *arg) {
    PymObject *v = int_arg(arg);
    if (!v) return -1;
    bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N';
    /* as C long (signed 64) and as C unsigned long */
    int ov = 0;
    long long sv = pym_int_as_longlong_overflow(v, &ov);
    uint8_t ub[8];
    int uf = pym_intbytes_to_le(v, ub, 8, false); /* 0: fits unsigned 64 */
    PYM_DECREF(v);
    if (uf < 0) return -1;
    uint64_t uv = 0;
    for (int i = 0; i < 8; i++) uv |= (uint64_t)ub[i] << (8 * i);
    bool big = order == ORDER_BIG;
    uint64_t out;
    if (c == 'b' || c == 'B' || ((c == 'h' || c == 'H') && !big)) {
        /* the native byte/short functions: get_long, then their own words */
        if (ov) {
            pym_err_set_string(StructError, "argument out of range");
            return -1;
        }
        static const char *const msgs[] = {"byte format requires -128 <= number <= 127",
                                           "ubyte format requires 0 <= number <= 255",
                                           "short format requires -32768 <= number <= 32767",
                                           "ushort format requires 0 <= number <= 65535"};
        long long lo = is_unsigned ? 0 : -(1LL << (8 * size - 1));
        long long hi = is_unsigned ? (1LL << (8 * size)) - 1 : (1LL << (8 * size - 1)) - 1;
        if (sv < lo || sv > hi) {
            pym_err_set_string(StructError, msgs[(size == 2) * 2 + is_unsigned]);
            return -1;
        }
        out = (uint64_t)sv;
    } else if ((c == 'q' || c == 'Q') && big) {
        /* the big-endian long long functions: _PyLong_AsByteArray */
        if ((c == 'q' && ov) || (c == 'Q' && uf)) {
            pym_err_set_string(StructError, "int too large to convert");
            return -1;
        }
        out = c == 'q' ? (uint64_t)sv : uv;
    } else if (is_unsigned) {
        /* get_ulong / get_ulonglong / get_size_t, then the size's range */
        if (uf) {
            pym_err_set_string(StructError, "argument out of range");
            return -1;
        }
        if (size < 8 && uv >> (8 * size)) return range_error(c, true, size);
        out = uv;
    } else {
        if (ov) {
            pym_err_set_string(StructError, "argument out of range");
            return -1;
        }
        if (size < 8 && (sv < -(1LL << (8 * size - 1)) || sv > (1LL << (8 * size - 1)) - 1))
            return range_error(c, false, size);
        out = (uint64_t)sv;
    }
    put_uint(p, out, size, order);
    return 0;
}

/* IEEE binary16 of x, rounding half to even.  0 / -1 (OverflowError). */
static int pack_half(double x, uint16_t *out) {
    unsigned short sign = signbit(x) ? 1 : 0;
    int e;
    unsigned short bits;
    if (x == 0.0) {
        e = 0;
        bits = 0;
    } else if (isinf(x)) {
        e = 0x1f;
        bits = 0;
    } else if (isnan(x)) {
        e = 0x1f;
        bits = 512;
    } else {
        double f = frexp(fabs(x), &e); /* 0.5 <= f < 1 */
        f *= 2.0;                      /* 1 <= f < 2 */
        e--;
        if (e >= 16) goto overflow;
        if (e < -25) {
            f = 0.0;
            e = 0;
        } else if (e < -14) {
            f = ldexp(f, 14 + e); /* a subnormal */
            e = 0;
        } else {
            e += 15;
            f -= 1.0; /* drop the implicit bit */
        }
        f *= 1024.0;
        bits = (unsigned short)f;
        double rest = f - bits;
        if (rest > 0.5 || (rest == 0.5 && (bits & 1))) {
            bits++;
            if (bits == 1024) {
                bits = 0;
                if (++e == 31) goto overflow;
            }
        }
    }
    *out = (uint16_t)(bits | (e << 10) | (sign << 15));
    return 0;
overflow:
    pym_err_set_string(PymExc_OverflowError, "float too large to pack with e format");
    return -1;
}

static double unpack_half(uint16_t h) {
    int sign = (h >> 15) & 1, e = (h >> 10) & 0x1f;
    unsigned f = h & 0x3ff;
    if (e == 0x1f) {
        if (f == 0) return sign ? -INFINITY : INFINITY;
        return sign ? -NAN : NAN;
    }
    double x = (double)f / 1024.0;
    if (e == 0)
        e = -14;
    else {
        x += 1.0;
        e -= 15;
    }
    x = ldexp(x, e);
    return sign ? -x : x;
}

/* The float value of v for e/f/d; any failure is CPython's struct.error
** "required argument is not a float". */
static int float_arg(PymObject *v, double *out) {
    PymObject *f = NULL;
    if (PYM_TYPE(v) == &pym_type_float || pym_type_is_subtype(PYM_TYPE(v), &pym_type_float)) {
        *out = pym_float_as_double(v);
        return 0;
    }
    if (PYM_INT_CHECK(v)) {
        *out = pym_int_as_double(v);
        if (!(*out == -1.0 && pym_err_occurred())) return 0;
    } else if ((PYM_TYPE(v)->nb_float || PYM_TYPE(v)->nb_index) && (f = pym_number_float(v))) {
        *out = pym_float_as_double(f);
        PYM_DECREF(f);
        return 0;
    }
    pym_err_clear();
    pym_err_set_string(StructError, "required argument is not a float");
    return -1;
}

/* Packs one item of s from v at buf + item offset.  0 / -1 */
static int pack_item(FmtItem *it, uint8_t *p, PymObject *v) {
    switch (it->code) {
    case 'c':
        if (!PYM_BYTES_CHECK(v) || PYM_BYTES_LEN(v) != 1) {
            pym_err_set_string(StructError, "char format requires a bytes object of length 1");
            return -1;
        }
        *p = (uint8_t)PYM_BYTES_DATA(v)[0];
        return 0;
    case 's':
    case 'p': {
        if (!PYM_BYTES_CHECK(v)) {
            pym_err_format(StructError, "argument for '%c' must be a bytes object", it->code);
            return -1;
        }
        intptr_t n = PYM_BYTES_LEN(v);
        if (it->code == 's') {
            if (n > it->size) n = it->size;
            memcpy(p, PYM_BYTES_DATA(v), (size_t)n);
        } else {
            if (n > it->size - 1) n = it->size - 1;
            if (n < 0) n = 0;
            if (n > 0) memcpy(p + 1, PYM_BYTES_DATA(v), (size_t)n);
            if (it->size > 0) *p = (uint8_t)(n > 255 ? 255 : n);
        }
        return 0;
    }
    case '?': {
        int t = pym_object_is_true(v);
        if (t < 0) return -1;
        *p = (uint8_t)t;
        return 0;
    }
    case 'e': {
        double x;
        uint16_t h;
        if (float_arg(v, &x) < 0 || pack_half(x, &h) < 0) return -1;
        put_uint(p, h, 2, it->order);
        return 0;
    }
    case 'f': {
        double x;
        if (float_arg(v, &x) < 0) return -1;
        float y = (float)x;
        if (it->order != ORDER_NATIVE && isinf(y) && !isinf(x)) {
            pym_err_set_string(PymExc_OverflowError, "float too large to pack with f format");
            return -1;
        }
        uint32_t u;
        memcpy(&u, &y, 4);
        put_uint(p, u, 4, it->order);
        return 0;
    }
    case 'd': {
        double x;
        if (float_arg(v, &x) < 0) return -1;
        uint64_t u;
        memcpy(&u, &x, 8);
        put_uint(p, u, 8, it->order);
        return 0;
    }
    case 'P': {
        PymObject *iv = int_arg(v);
        if (!iv) return -1;
        uint8_t b[8];
        int rc = pym_int_sign(iv) < 0 ? pym_intbytes_to_le(iv, b, 8, true)
                                      : pym_intbytes_to_le(iv, b, 8, false);
        PYM_DECREF(iv);
        if (rc != 0) { /* PyLong_AsVoidPtr's overflow, reworded by pack_values */
            if (rc > 0)
                pym_err_set_string(PymExc_OverflowError,
                                   "Python int too large to convert to C unsigned long");
            return -1;
        }
        memcpy(p, b, 8);
        return 0;
    }
    default: return pack_int(p, it->code, it->size, it->order, v);
    }
}

static PymObject *unpack_item(FmtItem *it, const uint8_t *p) {
    switch (it->code) {
    case 'c': return pym_bytes_from_data((const char *)p, 1);
    case 's': return pym_bytes_from_data((const char *)p, it->size);
    case 'p': {
        intptr_t n = it->size ? p[0] : 0;
        if (n >= it->size) n = it->size - 1;
        if (n < 0) n = 0;
        return pym_bytes_from_data((const char *)p + 1, n);
    }
    case '?': return pym_bool_from(*p != 0);
    case 'e': return pym_float_from_double(unpack_half((uint16_t)get_uint(p, 2, it->order)));
    case 'f': {
        uint32_t u = (uint32_t)get_uint(p, 4, it->order);
        float y;
        memcpy(&y, &u, 4);
        return pym_float_from_double(y);
    }
    case 'd': {
        uint64_t u = get_uint(p, 8, it->order);
        double x;
        memcpy(&x, &u, 8);
        return pym_float_from_double(x);
    }
    case 'P': return pym_int_from_ulonglong(get_uint(p, 8, ORDER_LITTLE));
    default: {
        uint64_t u = get_uint(p, it->size, it->order);
        char c = it->code;
        if (c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N')
            return pym_int_from_ulonglong(u);
        if (it->size < 8 && (u >> (8 * it->size - 1)) & 1) u |= ~0ULL << (8 * it->size);
        return pym_int_from_long((long long)u);
    }
    }
}

/* Packs args (len of them) into buf (s->size bytes, zeroed here). 0 / -1 */
static int pack_values(StructObject *s, uint8_t *buf, PymObject *const *args, size_t nargs) {
    if ((intptr_t)nargs != s->len) {
        pym_err_format(StructError, "pack expected %zd items for packing (got %zd)", s->len,
                       (intptr_t)nargs);
        return -1;
    }
    memset(buf, 0, (size_t)s->size);
    intptr_t v = 0;
    for (FmtItem *it = s->items; it->code; it++)
        for (intptr_t k = 0; k < it->repeat; k++, v++)
            if (pack_item(it, buf + it->offset + k * it->size, args[v]) < 0) {
                /* CPython reports any overflow while packing an int this way */
                if (PYM_INT_CHECK(args[v]) && pym_err_matches((PymObject *)PymExc_OverflowError)) {
                    pym_err_clear();
                    pym_err_set_string(StructError, "int too large to convert");
                }
                return -1;
            }
    return 0;
}

static PymObject *unpack_values(StructObject *s, const uint8_t *buf) {
    PymObject *t = pym_tuple_new(s->len);
    if (!t) return NULL;
    intptr_t i = 0;
    for (FmtItem *it = s->items; it->code; it++) {
        for (intptr_t k = 0; k < it->repeat; k++) {
            PymObject *v = unpack_item(it, buf + it->offset + k * it->size);
            if (!v) {
                for (intptr_t j = i; j < s->len; j++) PYM_TUPLE_SET(t, j, pym_newref(pym_None));
                PYM_DECREF(t);
                return NULL;
            }
            PYM_TUPLE_SET(t, i++, v);
        }
    }
    return t;
}

/* The bytes of a buffer argument, in *view (released by the caller with
** pym_buffer_release; view->obj stays NULL for bytes and array, whose memory
** is read directly).  0 / -1 (TypeError with CPython's text). */
static int get_buffer(PymObject *o, PymBuffer *view, bool writable) {
    char *p;
    intptr_t n, isz;
    view->obj = NULL;
    if (pym_array_buffer(o, &p, &n, &isz)) {
        view->buf = p;
        view->len = n * isz;
        return 0;
    }
    if (!writable && PYM_BYTES_CHECK(o)) {
        view->buf = (char *)PYM_BYTES_DATA(o);
        view->len = PYM_BYTES_LEN(o);
        return 0;
    }
    if (!PYM_BYTES_CHECK(o) && pym_buffer_check(o)) {
        if (pym_object_get_buffer(o, view, PYM_BUF_SIMPLE) < 0) return -1;
        if (!writable || !view->readonly) return 0;
        pym_buffer_release(view);
    }
    if (writable)
        pym_err_format(PymExc_TypeError, "argument must be read-write bytes-like object, not %s",
                       pym_type_name(o));
    else
        pym_err_format(PymExc_TypeError, "a bytes-like object is required, not '%s'",
                       pym_type_name(o));
    return -1;
}

/* {====== Struct methods (s is the Struct) ======} */

static PymObject *do_pack(StructObject *s, PymObject *const *args, size_t nargs) {
    PymObject *b = pym_bytes_new_uninit(s->size);
    if (!b) return NULL;
    if (pack_values(s, (uint8_t *)PYM_BYTES_DATA(b), args, nargs) < 0) {
        PYM_DECREF(b);
        return NULL;
    }
    return b;
}

static PymObject *pack_into_view(StructObject *s, PymBuffer *view, PymObject *const *args,
                                 size_t nargs);

static PymObject *do_pack_into(StructObject *s, PymObject *const *args, size_t nargs) {
    if (nargs < 2) {
        if (nargs == 0)
            pym_err_set_string(PymExc_TypeError, "pack_into expected buffer argument");
        else
            pym_err_set_string(PymExc_TypeError, "pack_into expected offset argument");
        return NULL;
    }
    if ((intptr_t)nargs - 2 != s->len) {
        pym_err_format(StructError, "pack_into expected %zd items for packing (got %zd)", s->len,
                       (intptr_t)nargs - 2);
        return NULL;
    }
    PymBuffer view;
    if (get_buffer(args[0], &view, true) < 0) return NULL;
    PymObject *r = pack_into_view(s, &view, args, nargs);
    pym_buffer_release(&view);
    return r;
}

static PymObject *pack_into_view(StructObject *s, PymBuffer *view, PymObject *const *args,
                                 size_t nargs) {
    uint8_t *buf = (uint8_t *)view->buf;
    intptr_t blen = view->len;
    if (!PYM_INT_CHECK(args[1]) && !PYM_TYPE(args[1])->nb_index) {
        pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                       pym_type_name(args[1]));
        return NULL;
    }
    intptr_t offset = pym_number_as_ssize(args[1], PymExc_IndexError);
    if (offset == -1 && pym_err_occurred()) return NULL;
    if (offset < 0) {
        if (offset + s->size > 0) {
            pym_err_format(StructError, "no space to pack %zd bytes at offset %zd", s->size,
                           offset);
            return NULL;
        }
        if (offset + blen < 0) {
            pym_err_format(StructError, "offset %zd out of range for %zd-byte buffer", offset,
                           blen);
            return NULL;
        }
        offset += blen;
    }
    if (blen - offset < s->size) {
        pym_err_format(StructError,
                       "pack_into requires a buffer of at least %zd bytes for packing %zd "
                       "bytes at offset %zd (actual buffer size is %zd)",
                       s->size + offset, s->size, offset, blen);
        return NULL;
    }
    /* pack into a scratch area first so a failed item leaves the buffer alone */
    uint8_t small[64];
    uint8_t *tmp = s->size <= 64 ? small : pym_obj_malloc((size_t)s->size);
    if (!tmp) return pym_err_no_memory();
    int rc = pack_values(s, tmp, args + 2, nargs - 2);
    if (rc == 0) memcpy(buf + offset, tmp, (size_t)s->size);
    if (tmp != small) pym_obj_free(tmp);
    if (rc < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *do_unpack(StructObject *s, PymObject *buffer) {
    PymBuffer view;
    if (get_buffer(buffer, &view, false) < 0) return NULL;
    PymObject *r;
    if (view.len != s->size) {
        pym_err_format(StructError, "unpack requires a buffer of %zd bytes", s->size);
        r = NULL;
    } else {
        r = unpack_values(s, (uint8_t *)view.buf);
    }
    pym_buffer_release(&view);
    return r;
}

static PymObject *unpack_from_view(StructObject *s, PymBuffer *view, PymObject *off);

static PymObject *do_unpack_from(StructObject *s, PymObject *buffer, PymObject *off) {
    PymBuffer view;
    if (get_buffer(buffer, &view, false) < 0) return NULL;
    PymObject *r = unpack_from_view(s, &view, off);
    pym_buffer_release(&view);
    return r;
}

static PymObject *unpack_from_view(StructObject *s, PymBuffer *view, PymObject *off) {
    uint8_t *buf = (uint8_t *)view->buf;
    intptr_t blen = view->len;
    intptr_t offset = 0;
    if (off) {
        if (!PYM_INT_CHECK(off) && !PYM_TYPE(off)->nb_index) {
            pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                           pym_type_name(off));
            return NULL;
        }
        offset = pym_intbytes_as_ssize(off);
        if (offset == -1 && pym_err_occurred()) return NULL;
    }
    if (offset < 0) {
        if (offset + blen < 0) {
            pym_err_format(StructError, "offset %zd out of range for %zd-byte buffer", offset,
                           blen);
            return NULL;
        }
        offset += blen;
    }
    if (blen - offset < s->size) {
        pym_err_format(StructError,
                       "unpack_from requires a buffer of at least %zd bytes for "
                       "unpacking %zd bytes at offset %zd (actual buffer size is %zd)",
                       s->size + offset, s->size, offset, blen);
        return NULL;
    }
    return unpack_values(s, buf + offset);
}

/* {====== unpack_iterator ======} */

typedef struct {
    PymObject ob_base;
    StructObject *s;
    PymObject *buffer; /* the object read (kept alive) */
    intptr_t index;
} UnpackIter;

static PymObject *do_iter_unpack(StructObject *s, PymObject *buffer) {
    PymBuffer view;
    if (s->size == 0) {
        pym_err_set_string(StructError, "cannot iteratively unpack with a struct of length 0");
        return NULL;
    }
    if (get_buffer(buffer, &view, false) < 0) return NULL;
    intptr_t blen = view.len;
    pym_buffer_release(&view);
    if (blen % s->size != 0) {
        pym_err_format(StructError,
                       "iterative unpacking requires a buffer of a multiple of %zd bytes", s->size);
        return NULL;
    }
    UnpackIter *it = (UnpackIter *)pym_object_alloc(&unpackiter_type, 0);
    if (!it) return NULL;
    it->s = (StructObject *)pym_newref((PymObject *)s);
    it->buffer = pym_newref(buffer);
    pym_gc_track((PymObject *)it);
    return (PymObject *)it;
}

static int unpackiter_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((UnpackIter *)o)->s);
    PYM_VISIT(((UnpackIter *)o)->buffer);
    return 0;
}
static int unpackiter_clear(PymObject *o) {
    PYM_CLEAR(((UnpackIter *)o)->s);
    PYM_CLEAR(((UnpackIter *)o)->buffer);
    return 0;
}
static void unpackiter_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    unpackiter_clear(o);
    PYM_TYPE(o)->tp_free(o);
}

static PymObject *unpackiter_next(PymObject *o) {
    UnpackIter *it = (UnpackIter *)o;
    if (!it->s) return NULL;
    PymBuffer view;
    if (get_buffer(it->buffer, &view, false) < 0) return NULL;
    if (it->index + it->s->size > view.len) {
        pym_buffer_release(&view);
        unpackiter_clear(o);
        return NULL;
    }
    PymObject *r = unpack_values(it->s, (uint8_t *)view.buf + it->index);
    pym_buffer_release(&view);
    it->index += it->s->size;
    return r;
}

static PymObject *unpackiter_len(PymObject *o, PymObject *const *a, size_t n, PymObject *kw) {
    UnpackIter *it = (UnpackIter *)o;
    if (!it->s) return pym_int_from_long(0);
    PymBuffer view;
    if (get_buffer(it->buffer, &view, false) < 0) return NULL;
    intptr_t blen = view.len;
    pym_buffer_release(&view);
    return pym_int_from_ssize((blen - it->index) / it->s->size);
}

static PymObject *self_iter(PymObject *o) { return pym_newref(o); }

static PymMethodDef unpackiter_methods[] = {
    {"__length_hint__", unpackiter_len, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PymType unpackiter_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "_struct.unpack_iterator",
    .tp_basicsize = sizeof(UnpackIter),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = unpackiter_dealloc,
    .tp_traverse = unpackiter_traverse,
    .tp_clear = unpackiter_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = self_iter,
    .tp_iternext = unpackiter_next,
    .tp_methods = unpackiter_methods,
    .tp_free = pym_object_free,
};

/* {====== Struct type ======} */

#define SELF ((StructObject *)self)

static PymObject *s_pack(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_no_kwargs("pack", kw) < 0) return NULL;
    return do_pack(SELF, a, n);
}
static PymObject *s_pack_into(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_no_kwargs("pack_into", kw) < 0) return NULL;
    return do_pack_into(SELF, a, n);
}
static PymObject *s_unpack(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("unpack", n, kw, 1, 1) < 0) return NULL;
    return do_unpack(SELF, a[0]);
}
static PymObject *s_unpack_from(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    static const char *const names[] = {"buffer", "offset", NULL};
    PymObject *out[2] = {NULL, NULL};
    if (pym_arg_unpack("unpack_from", a, n, kw, names, 1, -1, out) < 0) return NULL;
    return do_unpack_from(SELF, out[0], out[1]);
}
static PymObject *s_iter_unpack(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("iter_unpack", n, kw, 1, 1) < 0) return NULL;
    return do_iter_unpack(SELF, a[0]);
}
static PymObject *s_sizeof(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    intptr_t ncodes = 0;
    while (SELF->items[ncodes].code) ncodes++;
    return pym_int_from_ssize(PYM_TYPE(self)->tp_basicsize +
                              (ncodes + 1) * (intptr_t)sizeof(FmtItem));
}

static PymMethodDef struct_methods[] = {
    {"iter_unpack", s_iter_unpack, 0, "Return an iterator yielding tuples."},
    {"pack", s_pack, 0, "S.pack(v1, v2, ...) -> bytes"},
    {"pack_into", s_pack_into, 0, "S.pack_into(buffer, offset, v1, v2, ...)"},
    {"unpack", s_unpack, 0, "Return a tuple containing unpacked values."},
    {"unpack_from", s_unpack_from, 0, "Return a tuple containing unpacked values."},
    {"__sizeof__", s_sizeof, 0, "S.__sizeof__() -> size of S in memory, in bytes"},
    {NULL, NULL, 0, NULL},
};

static PymObject *s_get_format(PymObject *self, void *c) { return pym_newref(SELF->format); }
static PymObject *s_get_size(PymObject *self, void *c) { return pym_int_from_ssize(SELF->size); }

static PymGetSetDef struct_getset[] = {
    {"format", s_get_format, NULL, "struct format string", NULL},
    {"size", s_get_size, NULL, "struct size in bytes", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymType struct_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "_struct.Struct",
    .tp_basicsize = sizeof(StructObject),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = struct_dealloc,
    .tp_traverse = struct_traverse,
    .tp_clear = struct_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_weaklistoffset = offsetof(StructObject, weakreflist),
    .tp_methods = struct_methods,
    .tp_getset = struct_getset,
    .tp_new = struct_new,
    .tp_free = pym_object_free,
    .tp_doc = "Struct(fmt) --> compiled struct object\n\n",
};

/* {====== module functions ======} */

static PymObject *m_calcsize(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("calcsize", n, kw, 1, 1) < 0) return NULL;
    StructObject *s = cache_struct(a[0]);
    if (!s) return NULL;
    PymObject *r = pym_int_from_ssize(s->size);
    PYM_DECREF(s);
    return r;
}

static PymObject *m_pack(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_no_kwargs("pack", kw) < 0) return NULL;
    if (n == 0) {
        pym_err_set_string(PymExc_TypeError, "missing format argument");
        return NULL;
    }
    StructObject *s = cache_struct(a[0]);
    if (!s) return NULL;
    PymObject *r = do_pack(s, a + 1, n - 1);
    PYM_DECREF(s);
    return r;
}

static PymObject *m_pack_into(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_no_kwargs("pack_into", kw) < 0) return NULL;
    if (n == 0) {
        pym_err_set_string(PymExc_TypeError, "missing format argument");
        return NULL;
    }
    StructObject *s = cache_struct(a[0]);
    if (!s) return NULL;
    PymObject *r = do_pack_into(s, a + 1, n - 1);
    PYM_DECREF(s);
    return r;
}

static int two_args(const char *name, size_t n, PymObject *kw) {
    if (pym_arg_no_kwargs(name, kw) < 0) return -1;
    if (n == 2) return 0;
    pym_err_format(PymExc_TypeError, "%s expected 2 arguments, got %zd", name, (intptr_t)n);
    return -1;
}

static PymObject *m_unpack(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (two_args("unpack", n, kw) < 0) return NULL;
    StructObject *s = cache_struct(a[0]);
    if (!s) return NULL;
    PymObject *r = do_unpack(s, a[1]);
    PYM_DECREF(s);
    return r;
}

static PymObject *m_unpack_from(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    static const char *const names[] = {"", "buffer", "offset", NULL};
    PymObject *out[3] = {NULL, NULL, NULL};
    if (pym_arg_unpack("unpack_from", a, n, kw, names, 2, -1, out) < 0) return NULL;
    StructObject *s = cache_struct(out[0]);
    if (!s) return NULL;
    PymObject *r = do_unpack_from(s, out[1], out[2]);
    PYM_DECREF(s);
    return r;
}

static PymObject *m_iter_unpack(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (two_args("iter_unpack", n, kw) < 0) return NULL;
    StructObject *s = cache_struct(a[0]);
    if (!s) return NULL;
    PymObject *r = do_iter_unpack(s, a[1]);
    PYM_DECREF(s);
    return r;
}

static PymObject *m_clearcache(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    PYM_RETURN_NONE; /* nothing is cached (see cache_struct) */
}

static PymMethodDef struct_functions[] = {
    {"_clearcache", m_clearcache, 0, "Clear the internal cache."},
    {"calcsize", m_calcsize, 0,
     "Return size in bytes of the struct described by the format string."},
    {"iter_unpack", m_iter_unpack, 0,
     "Return an iterator yielding tuples unpacked from the given bytes."},
    {"pack", m_pack, 0, "pack(format, v1, v2, ...) -> bytes"},
    {"pack_into", m_pack_into, 0, "pack_into(format, buffer, offset, v1, v2, ...)"},
    {"unpack", m_unpack, 0,
     "Return a tuple containing values unpacked according to the format string."},
    {"unpack_from", m_unpack_from, 0,
     "Return a tuple containing values unpacked according to the format string."},
    {NULL, NULL, 0, NULL},
};

/* Creates the _struct module (new ref); called by the import system. */
PymObject *pym_struct_module_init(void) {
    if (pym_type_ready(&struct_error_type) < 0 || pym_type_ready(&struct_type) < 0 ||
        pym_type_ready(&unpackiter_type) < 0)
        return NULL;
    PymObject *m = pym_module_new("_struct");
    if (!m) return NULL;
    if (pym_module_add_functions(m, struct_functions) < 0 ||
        pym_module_add_object(m, "Struct", (PymObject *)&struct_type) < 0 ||
        pym_module_add_object(m, "error", (PymObject *)&struct_error_type) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
