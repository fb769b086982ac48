/*
** mod_array.c -- the 'array' module: compact arrays of C numbers, as
** CPython 3.11's (typecodes b B u h H i I l L q Q f d).
**
** An array is a var object whose ob_size is the number of items, with the
** items in one separately allocated block of allocated * itemsize bytes.
** Growth follows CPython's array_resize (newsize + newsize/16 + 3 or 7,
** never shrinking by less than 16 items), built from a list or tuple the
** block is exact, so __sizeof__ (64 + allocated * itemsize) and
** sys.getsizeof (+16: arrays are GC objects, as in CPython) are CPython's.
**
** Storing a value converts it with the checks and messages CPython's
** per-typecode setters use (some go through a wider C type first, hence
** "signed short integer is greater than maximum" for a byte array).
**
** pym_array_buffer() hands out the items' memory (pointer, item count,
** itemsize) for _struct and, later, the buffer protocol.
*/
#include "pym.h"
#include "intbytes.h"
#include "mod_array.h"

typedef struct {
    char typecode;
    int itemsize;
} Descr;

static const Descr descrs[] = {
    {'b', 1}, {'B', 1}, {'u', 4}, {'h', 2}, {'H', 2}, {'i', 4}, {'I', 4},
    {'l', 8}, {'L', 8}, {'q', 8}, {'Q', 8}, {'f', 4}, {'d', 8},
};

typedef struct {
    PymVarObject ob_base; /* ob_size: number of items */
    char *ob_item;
    intptr_t allocated;
    const Descr *ob_descr;
    PymObject *weakreflist;
    intptr_t ob_exports; /* buffer exports (none yet: resizing is always allowed) */
} ArrayObject;

static PymType array_type, arrayiter_type;

#define ARRAY_CHECK(o) pym_type_is_subtype(PYM_TYPE(o), &array_type)
#define ISZ(a)         ((a)->ob_descr->itemsize)

int pym_array_buffer(PymObject *o, char **ptr, intptr_t *len, intptr_t *itemsize) {
    if (!ARRAY_CHECK(o)) return 0;
    ArrayObject *a = (ArrayObject *)o;
    *ptr = a->ob_item;
    *len = PYM_SIZE(a);
    *itemsize = ISZ(a);
    return 1;
}

static const Descr *find_descr(uint32_t c) {
    for (size_t i = 0; i < sizeof descrs / sizeof *descrs; i++)
        if ((uint32_t)descrs[i].typecode == c) return &descrs[i];
    return NULL;
}

/* Resizes to newsize items with CPython's over-allocation.  0 / -1 */
static int array_resize(ArrayObject *a, intptr_t newsize) {
    if (a->allocated >= newsize && PYM_SIZE(a) < newsize + 16 && a->ob_item) {
        PYM_SIZE(a) = newsize;
        return 0;
    }
    if (newsize == 0) {
        pym_obj_free(a->ob_item);
        a->ob_item = NULL;
        PYM_SIZE(a) = 0;
        a->allocated = 0;
        return 0;
    }
    intptr_t alloc = (newsize >> 4) + (PYM_SIZE(a) < 8 ? 3 : 7) + newsize;
    if (alloc > PYM_SSIZE_MAX / ISZ(a)) {
        pym_err_no_memory();
        return -1;
    }
    char *items = pym_obj_realloc(a->ob_item, (size_t)(alloc * ISZ(a)));
    if (!items) {
        pym_err_no_memory();
        return -1;
    }
    a->ob_item = items;
    PYM_SIZE(a) = newsize;
    a->allocated = alloc;
    return 0;
}

static ArrayObject *array_alloc(PymType *type, intptr_t size, const Descr *d) {
    ArrayObject *a = (ArrayObject *)pym_object_alloc(type, 0);
    if (!a) return NULL;
    a->ob_descr = d;
    if (size > 0) {
        if (size > PYM_SSIZE_MAX / d->itemsize) {
            PYM_DECREF(a);
            pym_err_no_memory();
            return NULL;
        }
        a->ob_item = pym_obj_malloc((size_t)(size * d->itemsize));
        if (!a->ob_item) {
            PYM_DECREF(a);
            pym_err_no_memory();
            return NULL;
        }
        memset(a->ob_item, 0, (size_t)(size * d->itemsize));
    }
    PYM_SIZE(a) = size;
    a->allocated = size;
    pym_gc_track((PymObject *)a);
    return a;
}

/* {====== items ======} */

static PymObject *get_item(ArrayObject *a, intptr_t i) {
    char *p = a->ob_item + i * ISZ(a);
    switch (a->ob_descr->typecode) {
    case 'b': return pym_int_from_long(*(int8_t *)p);
    case 'B': return pym_int_from_long(*(uint8_t *)p);
    case 'u': return pym_str_from_codepoint(*(uint32_t *)p);
    case 'h': return pym_int_from_long(*(int16_t *)p);
    case 'H': return pym_int_from_long(*(uint16_t *)p);
    case 'i': return pym_int_from_long(*(int32_t *)p);
    case 'I': return pym_int_from_long(*(uint32_t *)p);
    case 'l':
    case 'q': return pym_int_from_long(*(int64_t *)p);
    case 'L':
    case 'Q': return pym_int_from_ulonglong(*(uint64_t *)p);
    case 'f': return pym_float_from_double(*(float *)p);
    case 'd': return pym_float_from_double(*(double *)p);
    }
    return pym_err_bad_internal_call();
}

static int ovf(const char *msg) {
    pym_err_set_string(PymExc_OverflowError, msg);
    return -1;
}

/* Converts v for typecode tc into out (itemsize bytes), with CPython's checks.  0 / -1 */
static int convert_item(const Descr *d, PymObject *v, char *out) {
    char tc = d->typecode;
    if (tc == 'u') {
        if (!PYM_STR_CHECK(v) || PYM_STR_LEN(v) != 1) {
            pym_err_set_string(PymExc_TypeError, "array item must be unicode character");
            return -1;
        }
        uint32_t cp = pym_str_char_at(v, 0);
        memcpy(out, &cp, 4);
        return 0;
    }
    if (tc == 'f' || tc == 'd') {
        double x;
        if (PYM_TYPE(v) == &pym_type_float || pym_type_is_subtype(PYM_TYPE(v), &pym_type_float)) {
            x = pym_float_as_double(v);
        } else if (PYM_TYPE(v)->nb_float || PYM_TYPE(v)->nb_index) {
            PymObject *f = pym_number_float(v);
            if (!f) return -1;
            x = pym_float_as_double(f);
            PYM_DECREF(f);
        } else {
            pym_err_format(PymExc_TypeError, "must be real number, not %s", pym_type_name(v));
            return -1;
        }
        if (tc == 'f') {
            float y = (float)x;
            memcpy(out, &y, 4);
        } else
            memcpy(out, &x, 8);
        return 0;
    }
    if (!PYM_INT_CHECK(v) && !PYM_TYPE(v)->nb_index) {
        pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                       pym_type_name(v));
        return -1;
    }
    PymObject *iv = pym_number_index(v);
    if (!iv) return -1;
    int ov = 0;
    long long x = pym_int_as_longlong_overflow(iv, &ov);
    uint8_t ub[8];
    int sign = pym_int_sign(iv);
    int ufits = sign >= 0 ? pym_intbytes_to_le(iv, ub, 8, false) : 1;
    PYM_DECREF(iv);
    if (ufits < 0) return -1;
    uint64_t ux = 0;
    for (int k = 0; k < 8; k++) ux |= (uint64_t)ub[k] << (8 * k);
    static const char too_big_long[] = "Python int too large to convert to C long";
    static const char too_big_ulong[] = "Python int too large to convert to C unsigned long";
    switch (tc) {
    case 'b':
        if (ov) return ovf(too_big_long);
        if (x > 32767) return ovf("signed short integer is greater than maximum");
        if (x < -32768) return ovf("signed short integer is less than minimum");
        if (x > 127) return ovf("signed char is greater than maximum");
        if (x < -128) return ovf("signed char is less than minimum");
        *(int8_t *)out = (int8_t)x;
        return 0;
    case 'B':
        if (ov) return ovf(too_big_long);
        if (x > 255) return ovf("unsigned byte integer is greater than maximum");
        if (x < 0) return ovf("unsigned byte integer is less than minimum");
        *(uint8_t *)out = (uint8_t)x;
        return 0;
    case 'h':
        if (ov) return ovf(too_big_long);
        if (x > 32767) return ovf("signed short integer is greater than maximum");
        if (x < -32768) return ovf("signed short integer is less than minimum");
        *(int16_t *)out = (int16_t)x;
        return 0;
    case 'H':
        if (ov) return ovf(too_big_long);
        if (x > 2147483647LL) return ovf("signed integer is greater than maximum");
        if (x < -2147483648LL) return ovf("signed integer is less than minimum");
        if (x < 0) return ovf("unsigned short is less than minimum");
        if (x > 65535) return ovf("unsigned short is greater than maximum");
        *(uint16_t *)out = (uint16_t)x;
        return 0;
    case 'i':
        if (ov) return ovf(too_big_long);
        if (x > 2147483647LL) return ovf("signed integer is greater than maximum");
        if (x < -2147483648LL) return ovf("signed integer is less than minimum");
        *(int32_t *)out = (int32_t)x;
        return 0;
    case 'I':
        if (sign < 0) return ovf("can't convert negative value to unsigned int");
        if (ufits) return ovf(too_big_ulong);
        if (ux > 4294967295ULL) return ovf("unsigned int is greater than maximum");
        *(uint32_t *)out = (uint32_t)ux;
        return 0;
    case 'l':
        if (ov) return ovf(too_big_long);
        *(int64_t *)out = x;
        return 0;
    case 'L':
        if (sign < 0) return ovf("can't convert negative value to unsigned int");
        if (ufits) return ovf(too_big_ulong);
        *(uint64_t *)out = ux;
        return 0;
    case 'q':
        if (ov) return ovf("int too big to convert");
        *(int64_t *)out = x;
        return 0;
    case 'Q':
        if (sign < 0) return ovf("can't convert negative int to unsigned");
        if (ufits) return ovf("int too big to convert");
        *(uint64_t *)out = ux;
        return 0;
    }
    pym_err_bad_internal_call();
    return -1;
}

static int set_item(ArrayObject *a, intptr_t i, PymObject *v) {
    char buf[8];
    if (convert_item(a->ob_descr, v, buf) < 0) return -1;
    memcpy(a->ob_item + i * ISZ(a), buf, (size_t)ISZ(a));
    return 0;
}

/* Appends v.  0 / -1 (the array unchanged on a conversion error). */
static int append_item(ArrayObject *a, PymObject *v) {
    char buf[8];
    if (convert_item(a->ob_descr, v, buf) < 0) return -1;
    intptr_t n = PYM_SIZE(a);
    if (array_resize(a, n + 1) < 0) return -1;
    memcpy(a->ob_item + n * ISZ(a), buf, (size_t)ISZ(a));
    return 0;
}

static int insert_item(ArrayObject *a, intptr_t where, PymObject *v) {
    char buf[8];
    if (convert_item(a->ob_descr, v, buf) < 0) return -1;
    intptr_t n = PYM_SIZE(a);
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    if (array_resize(a, n + 1) < 0) return -1;
    memmove(a->ob_item + (where + 1) * ISZ(a), a->ob_item + where * ISZ(a),
            (size_t)((n - where) * ISZ(a)));
    memcpy(a->ob_item + where * ISZ(a), buf, (size_t)ISZ(a));
    return 0;
}

/* Removes items [lo, hi).  0 / -1 */
static int delete_range(ArrayObject *a, intptr_t lo, intptr_t hi) {
    intptr_t n = PYM_SIZE(a), sz = ISZ(a);
    if (hi <= lo) return 0;
    memmove(a->ob_item + lo * sz, a->ob_item + hi * sz, (size_t)((n - hi) * sz));
    return array_resize(a, n - (hi - lo));
}

/* {====== construction ======} */

static int extend_items(ArrayObject *a, PymObject *iterable);
static int frombytes_data(ArrayObject *a, const char *data, intptr_t n);

static PymObject *array_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    if (type == &array_type && pym_arg_no_kwargs("array.array", kw) < 0) return NULL;
    if (nargs < 1 || nargs > 2) {
        pym_err_format(PymExc_TypeError, "array() takes %s %d argument%s (%zd given)",
                       nargs < 1 ? "at least" : "at most", nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s",
                       (intptr_t)nargs);
        return NULL;
    }
    PymObject *tcobj = args[0];
    if (!PYM_STR_CHECK(tcobj) || PYM_STR_LEN(tcobj) != 1) {
        pym_err_format(PymExc_TypeError, "array() argument 1 must be a unicode character, not %s",
                       pym_type_name(tcobj));
        return NULL;
    }
    const Descr *d = find_descr(pym_str_char_at(tcobj, 0));
    if (!d) {
        pym_err_set_string(PymExc_ValueError,
                           "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        return NULL;
    }
    PymObject *init = nargs > 1 ? args[1] : NULL;
    if (init && PYM_STR_CHECK(init) && d->typecode != 'u') {
        pym_err_format(PymExc_TypeError,
                       "cannot use a str to initialize an array with typecode '%c'", d->typecode);
        return NULL;
    }
    if (init && ARRAY_CHECK(init) && ((ArrayObject *)init)->ob_descr->typecode == 'u' &&
        d->typecode != 'u') {
        pym_err_format(PymExc_TypeError,
                       "cannot use a unicode array to initialize an array with typecode '%c'",
                       d->typecode);
        return NULL;
    }
    intptr_t len = 0;
    bool same_array = init && ARRAY_CHECK(init) && ((ArrayObject *)init)->ob_descr == d;
    if (init && (PYM_LIST_CHECK(init) || PYM_TUPLE_CHECK(init) || same_array)) len = PYM_SIZE(init);
    ArrayObject *a = array_alloc(type, len, d);
    if (!a) return NULL;
    if (!init) return (PymObject *)a;
    if (same_array) {
        if (len) memcpy(a->ob_item, ((ArrayObject *)init)->ob_item, (size_t)(len * d->itemsize));
    } else if (PYM_LIST_CHECK(init) || PYM_TUPLE_CHECK(init)) {
        for (intptr_t i = 0; i < len; i++) {
            PymObject *v = PYM_LIST_CHECK(init)
                               ? (i < PYM_SIZE(init) ? PYM_LIST_GET(init, i) : NULL)
                               : PYM_TUPLE_GET(init, i);
            if (!v) {
                pym_err_set_string(PymExc_IndexError, "list index out of range");
                goto fail;
            }
            PYM_INCREF(v);
            int rc = set_item(a, i, v);
            PYM_DECREF(v);
            if (rc < 0) goto fail;
        }
    } else if (PYM_BYTES_CHECK(init)) {
        if (frombytes_data(a, PYM_BYTES_DATA(init), PYM_BYTES_LEN(init)) < 0) goto fail;
    } else if (PYM_STR_CHECK(init)) {
        intptr_t n = PYM_STR_LEN(init);
        if (n) {
            a->ob_item = pym_obj_malloc((size_t)n * 4);
            if (!a->ob_item) {
                pym_err_no_memory();
                goto fail;
            }
            for (intptr_t i = 0; i < n; i++) ((uint32_t *)a->ob_item)[i] = pym_str_char_at(init, i);
            PYM_SIZE(a) = n;
            a->allocated = n;
        }
    } else {
        if (extend_items(a, init) < 0) goto fail;
    }
    return (PymObject *)a;
fail:
    PYM_DECREF(a);
    return NULL;
}

static int array_traverse(PymObject *o, visitproc visit, void *arg) { return 0; }

static void array_dealloc(PymObject *o) {
    ArrayObject *a = (ArrayObject *)o;
    pym_gc_untrack(o);
    if (a->weakreflist) pym_object_clear_weakrefs(o);
    pym_obj_free(a->ob_item);
    a->ob_item = NULL;
    PYM_TYPE(o)->tp_free(o);
}

/* {====== methods ======} */

#define SELF ((ArrayObject *)self)

static int extend_iterable(ArrayObject *a, PymObject *iterable);

/* Appends the items of any iterable one by one (an array of another kind too). */
static int extend_items(ArrayObject *a, PymObject *iterable) {
    PymObject *it = pym_object_getiter(iterable);
    if (!it) return -1;
    for (;;) {
        PymObject *v = pym_iter_next(it);
        if (!v) break;
        int rc = append_item(a, v);
        PYM_DECREF(v);
        if (rc < 0) {
            PYM_DECREF(it);
            return -1;
        }
    }
    PYM_DECREF(it);
    return pym_err_occurred() ? -1 : 0;
}

static int extend_iterable(ArrayObject *a, PymObject *iterable) {
    if (ARRAY_CHECK(iterable)) {
        ArrayObject *b = (ArrayObject *)iterable;
        if (b->ob_descr != a->ob_descr) {
            pym_err_set_string(PymExc_TypeError, "can only extend with array of same kind");
            return -1;
        }
        intptr_t n = PYM_SIZE(a), m = PYM_SIZE(b);
        if (array_resize(a, n + m) < 0) return -1;
        if (m) memcpy(a->ob_item + n * ISZ(a), b->ob_item, (size_t)(m * ISZ(a)));
        return 0;
    }
    return extend_items(a, iterable);
}

static int frombytes_data(ArrayObject *a, const char *data, intptr_t n) {
    if (n % ISZ(a) != 0) {
        pym_err_set_string(PymExc_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    intptr_t old = PYM_SIZE(a), add = n / ISZ(a);
    if (add == 0) return 0;
    if (array_resize(a, old + add) < 0) return -1;
    memcpy(a->ob_item + old * ISZ(a), data, (size_t)n);
    return 0;
}

static PymObject *a_append(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("append", n, kw, 1, 1) < 0) return NULL;
    if (append_item(SELF, a[0]) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *a_extend(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("extend", n, kw, 1, 1) < 0) return NULL;
    if (extend_iterable(SELF, a[0]) < 0) return NULL;
    PYM_RETURN_NONE;
}

static intptr_t int_arg(PymObject *o, bool *err) {
    *err = false;
    if (!PYM_INT_CHECK(o) && !PYM_TYPE(o)->nb_index) {
        pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                       pym_type_name(o));
        *err = true;
        return 0;
    }
    intptr_t v = pym_intbytes_as_ssize(o);
    if (v == -1 && pym_err_occurred()) *err = true;
    return v;
}

static PymObject *a_insert(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("insert", n, kw, 2, 2) < 0) return NULL;
    bool err;
    intptr_t i = int_arg(a[0], &err);
    if (err || insert_item(SELF, i, a[1]) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *a_pop(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("pop", n, kw, 0, 1) < 0) return NULL;
    intptr_t i = -1;
    bool err;
    if (n == 1 && (i = int_arg(a[0], &err), err)) return NULL;
    intptr_t len = PYM_SIZE(SELF);
    if (len == 0) {
        pym_err_set_string(PymExc_IndexError, "pop from empty array");
        return NULL;
    }
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        pym_err_set_string(PymExc_IndexError, "pop index out of range");
        return NULL;
    }
    PymObject *v = get_item(SELF, i);
    if (!v) return NULL;
    if (delete_range(SELF, i, i + 1) < 0) {
        PYM_DECREF(v);
        return NULL;
    }
    return v;
}

/* Index of the first item equal to v in [start, stop), -1 if none, -2 on error. */
static intptr_t find(ArrayObject *a, PymObject *v, intptr_t start, intptr_t stop) {
    for (intptr_t i = start; i < stop && i < PYM_SIZE(a); i++) {
        PymObject *item = get_item(a, i);
        if (!item) return -2;
        int eq = pym_object_richcompare_bool(item, v, PYM_EQ);
        PYM_DECREF(item);
        if (eq < 0) return -2;
        if (eq) return i;
    }
    return -1;
}

static PymObject *a_remove(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("remove", n, kw, 1, 1) < 0) return NULL;
    intptr_t i = find(SELF, a[0], 0, PYM_SIZE(SELF));
    if (i == -2) return NULL;
    if (i < 0) {
        pym_err_set_string(PymExc_ValueError, "array.remove(x): x not in array");
        return NULL;
    }
    if (delete_range(SELF, i, i + 1) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *a_index(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("index", n, kw, 1, 3) < 0) return NULL;
    intptr_t len = PYM_SIZE(SELF), start = 0, stop = PYM_SSIZE_MAX;
    bool err;
    if (n > 1 && (start = pym_number_as_ssize(a[1], NULL), start == -1 && pym_err_occurred()))
        return NULL;
    if (n > 2 && (stop = pym_number_as_ssize(a[2], NULL), stop == -1 && pym_err_occurred()))
        return NULL;
    (void)err;
    if (start < 0) {
        start += len;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += len;
        if (stop < 0) stop = 0;
    }
    intptr_t i = find(SELF, a[0], start, stop);
    if (i == -2) return NULL;
    if (i < 0) {
        pym_err_set_string(PymExc_ValueError, "array.index(x): x not in array");
        return NULL;
    }
    return pym_int_from_ssize(i);
}

static PymObject *a_count(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("count", n, kw, 1, 1) < 0) return NULL;
    intptr_t c = 0;
    for (intptr_t i = 0; i < PYM_SIZE(SELF); i++) {
        PymObject *item = get_item(SELF, i);
        if (!item) return NULL;
        int eq = pym_object_richcompare_bool(item, a[0], PYM_EQ);
        PYM_DECREF(item);
        if (eq < 0) return NULL;
        c += eq;
    }
    return pym_int_from_ssize(c);
}

static PymObject *a_reverse(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("reverse", n, kw, 0, 0) < 0) return NULL;
    intptr_t len = PYM_SIZE(SELF), sz = ISZ(SELF);
    char tmp[8];
    for (intptr_t i = 0, j = len - 1; i < j; i++, j--) {
        memcpy(tmp, SELF->ob_item + i * sz, (size_t)sz);
        memcpy(SELF->ob_item + i * sz, SELF->ob_item + j * sz, (size_t)sz);
        memcpy(SELF->ob_item + j * sz, tmp, (size_t)sz);
    }
    PYM_RETURN_NONE;
}

static PymObject *a_byteswap(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (n || pym_arg_nkw(kw)) {
        pym_err_format(PymExc_TypeError, "array.byteswap() takes no arguments (%zd given)",
                       (intptr_t)n);
        return NULL;
    }
    intptr_t sz = ISZ(SELF);
    for (intptr_t i = 0; i < PYM_SIZE(SELF); i++) {
        char *p = SELF->ob_item + i * sz;
        for (intptr_t k = 0; k < sz / 2; k++) {
            char t = p[k];
            p[k] = p[sz - 1 - k];
            p[sz - 1 - k] = t;
        }
    }
    PYM_RETURN_NONE;
}

static PymObject *a_buffer_info(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("buffer_info", n, kw, 0, 0) < 0) return NULL;
    PymObject *addr = pym_int_from_size((size_t)(uintptr_t)SELF->ob_item);
    PymObject *len = pym_int_from_ssize(PYM_SIZE(SELF));
    PymObject *r = addr && len ? pym_tuple_pack(2, addr, len) : NULL;
    PYM_XDECREF(addr);
    PYM_XDECREF(len);
    return r;
}

static PymObject *a_tobytes(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("tobytes", n, kw, 0, 0) < 0) return NULL;
    return pym_bytes_from_data(SELF->ob_item ? SELF->ob_item : "", PYM_SIZE(SELF) * ISZ(SELF));
}

static PymObject *a_frombytes(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("frombytes", n, kw, 1, 1) < 0) return NULL;
    char *p;
    intptr_t len, isz;
    if (PYM_BYTES_CHECK(a[0])) {
        if (frombytes_data(SELF, PYM_BYTES_DATA(a[0]), PYM_BYTES_LEN(a[0])) < 0) return NULL;
    } else if (pym_array_buffer(a[0], &p, &len, &isz)) {
        PymObject *copy = pym_bytes_from_data(p ? p : "", len * isz); /* a may be self */
        if (!copy) return NULL;
        int rc = frombytes_data(SELF, PYM_BYTES_DATA(copy), PYM_BYTES_LEN(copy));
        PYM_DECREF(copy);
        if (rc < 0) return NULL;
    } else {
        pym_err_format(PymExc_TypeError, "a bytes-like object is required, not '%s'",
                       pym_type_name(a[0]));
        return NULL;
    }
    PYM_RETURN_NONE;
}

static PymObject *a_tolist(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("tolist", n, kw, 0, 0) < 0) return NULL;
    PymObject *l = pym_list_new(PYM_SIZE(SELF));
    if (!l) return NULL;
    for (intptr_t i = 0; i < PYM_SIZE(SELF); i++) {
        PymObject *v = get_item(SELF, i);
        if (!v) {
            for (intptr_t j = i; j < PYM_SIZE(SELF); j++) PYM_LIST_SET(l, j, pym_newref(pym_None));
            PYM_DECREF(l);
            return NULL;
        }
        PYM_LIST_SET(l, i, v);
    }
    return l;
}

static PymObject *a_fromlist(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("fromlist", n, kw, 1, 1) < 0) return NULL;
    if (!PYM_LIST_CHECK(a[0])) {
        pym_err_set_string(PymExc_TypeError, "arg must be list");
        return NULL;
    }
    intptr_t old = PYM_SIZE(SELF);
    for (intptr_t i = 0; i < PYM_SIZE(a[0]); i++) {
        PymObject *v = pym_newref(PYM_LIST_GET(a[0], i));
        int rc = append_item(SELF, v);
        PYM_DECREF(v);
        if (rc < 0) {
            array_resize(SELF, old);
            return NULL;
        }
    }
    PYM_RETURN_NONE;
}

static PymObject *a_tounicode(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("tounicode", n, kw, 0, 0) < 0) return NULL;
    if (SELF->ob_descr->typecode != 'u') {
        pym_err_set_string(PymExc_ValueError,
                           "tounicode() may only be called on unicode type arrays");
        return NULL;
    }
    PymStrBuilder sb;
    pym_sb_init(&sb);
    for (intptr_t i = 0; i < PYM_SIZE(SELF); i++) {
        uint32_t cp = ((uint32_t *)SELF->ob_item)[i];
        if (cp > 0x10ffff) {
            pym_sb_discard(&sb);
            pym_err_format(PymExc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]",
                           cp);
            return NULL;
        }
        pym_sb_append_char(&sb, cp);
    }
    return pym_sb_finish(&sb);
}

static PymObject *a_fromunicode(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("fromunicode", n, kw, 1, 1) < 0) return NULL;
    if (!PYM_STR_CHECK(a[0])) {
        pym_err_format(PymExc_TypeError, "fromunicode() argument must be str, not %s",
                       pym_type_name(a[0]));
        return NULL;
    }
    if (SELF->ob_descr->typecode != 'u') {
        pym_err_set_string(PymExc_ValueError,
                           "fromunicode() may only be called on unicode type arrays");
        return NULL;
    }
    intptr_t old = PYM_SIZE(SELF), m = PYM_STR_LEN(a[0]);
    if (m && array_resize(SELF, old + m) < 0) return NULL;
    for (intptr_t i = 0; i < m; i++)
        ((uint32_t *)SELF->ob_item)[old + i] = pym_str_char_at(a[0], i);
    PYM_RETURN_NONE;
}

static PymObject *a_fromfile(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("fromfile", n, kw, 2, 2) < 0) return NULL;
    bool err;
    intptr_t count = int_arg(a[1], &err);
    if (err) return NULL;
    if (count < 0) {
        pym_err_set_string(PymExc_ValueError, "negative count");
        return NULL;
    }
    PymObject *nb = pym_int_from_ssize(count * ISZ(SELF));
    if (!nb) return NULL;
    PymObject *b = pym_call_method(a[0], PYM_ID(read), &nb, 1);
    PYM_DECREF(nb);
    if (!b) return NULL;
    if (!PYM_BYTES_CHECK(b)) {
        PYM_DECREF(b);
        pym_err_set_string(PymExc_TypeError, "read() didn't return bytes");
        return NULL;
    }
    intptr_t got = PYM_BYTES_LEN(b), whole = got / ISZ(SELF) * ISZ(SELF);
    int rc = frombytes_data(SELF, PYM_BYTES_DATA(b), whole);
    PYM_DECREF(b);
    if (rc < 0) return NULL;
    if (got != count * ISZ(SELF)) {
        pym_err_set_string(PymExc_EOFError, "read() didn't return enough bytes");
        return NULL;
    }
    PYM_RETURN_NONE;
}

static PymObject *a_tofile(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("tofile", n, kw, 1, 1) < 0) return NULL;
    PymObject *b = pym_bytes_from_data(SELF->ob_item ? SELF->ob_item : "",
                                       PYM_SIZE(SELF) * ISZ(SELF));
    if (!b) return NULL;
    PymObject *r = pym_call_method(a[0], PYM_ID(write), &b, 1);
    PYM_DECREF(b);
    if (!r) return NULL;
    PYM_DECREF(r);
    PYM_RETURN_NONE;
}

static PymObject *array_copy_of(ArrayObject *a) {
    ArrayObject *c = array_alloc(&array_type, PYM_SIZE(a), a->ob_descr);
    if (c && PYM_SIZE(a)) memcpy(c->ob_item, a->ob_item, (size_t)(PYM_SIZE(a) * ISZ(a)));
    return (PymObject *)c;
}

static PymObject *a_copy(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    return array_copy_of(SELF);
}

static PymObject *a_reduce_ex(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    /* (array, (typecode, list), state): the portable form of protocol < 3 */
    PymObject *list = a_tolist(self, NULL, 0, NULL);
    if (!list) return NULL;
    char tc[2] = {SELF->ob_descr->typecode, 0};
    PymObject *tcs = pym_str_from_cstr(tc);
    PymObject *args = tcs ? pym_tuple_pack(2, tcs, list) : NULL;
    PYM_XDECREF(tcs);
    PYM_DECREF(list);
    if (!args) return NULL;
    PymObject *dict = NULL;
    if (pym_object_lookup_attr(self, PYM_ID(__dict__), &dict) < 0) {
        PYM_DECREF(args);
        return NULL;
    }
    PymObject *r = pym_tuple_pack(3, (PymObject *)PYM_TYPE(self), args, dict ? dict : pym_None);
    PYM_XDECREF(dict);
    PYM_DECREF(args);
    return r;
}

static PymObject *a_sizeof(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    return pym_int_from_ssize(PYM_TYPE(self)->tp_basicsize + SELF->allocated * ISZ(SELF));
}

static PymObject *a_get_typecode(PymObject *self, void *c) {
    char tc[2] = {SELF->ob_descr->typecode, 0};
    return pym_str_from_cstr(tc);
}
static PymObject *a_get_itemsize(PymObject *self, void *c) { return pym_int_from_long(ISZ(SELF)); }

/* {====== sequence protocol ======} */

static intptr_t array_len(PymObject *self) { return PYM_SIZE(self); }

static PymObject *array_subscript(PymObject *self, PymObject *key) {
    intptr_t len = PYM_SIZE(self);
    if (PYM_SLICE_CHECK(key)) {
        intptr_t start, stop, step;
        intptr_t n = pym_slice_indices(key, len, &start, &stop, &step);
        if (n < 0) return NULL;
        ArrayObject *r = array_alloc(&array_type, n, SELF->ob_descr);
        if (!r) return NULL;
        for (intptr_t i = 0, j = start; i < n; i++, j += step)
            memcpy(r->ob_item + i * ISZ(r), SELF->ob_item + j * ISZ(r), (size_t)ISZ(r));
        return (PymObject *)r;
    }
    if (!PYM_INT_CHECK(key) && !PYM_TYPE(key)->nb_index) {
        pym_err_set_string(PymExc_TypeError, "array indices must be integers");
        return NULL;
    }
    intptr_t i = pym_number_as_ssize(key, PymExc_IndexError);
    if (i == -1 && pym_err_occurred()) return NULL;
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        pym_err_set_string(PymExc_IndexError, "array index out of range");
        return NULL;
    }
    return get_item(SELF, i);
}

static int array_ass_subscript(PymObject *self, PymObject *key, PymObject *value) {
    intptr_t len = PYM_SIZE(self), sz = ISZ(SELF);
    if (PYM_SLICE_CHECK(key)) {
        intptr_t start, stop, step;
        intptr_t n = pym_slice_indices(key, len, &start, &stop, &step);
        if (n < 0) return -1;
        /* an empty array assigned to an extended slice deletes it, as in CPython */
        if (value && step != 1 && ARRAY_CHECK(value) && PYM_SIZE(value) == 0 &&
            ((ArrayObject *)value)->ob_descr == SELF->ob_descr)
            value = NULL;
        if (!value) {
            if (step == 1) return delete_range(SELF, start, start + n);
            if (step < 0) {
                start = start + step * (n - 1);
                step = -step;
            }
            /* keep every item not on the slice, in order */
            intptr_t w = 0;
            for (intptr_t r = 0, k = 0; r < len; r++) {
                if (k < n && r == start + k * step) {
                    k++;
                    continue;
                }
                memmove(SELF->ob_item + w * sz, SELF->ob_item + r * sz, (size_t)sz);
                w++;
            }
            return array_resize(SELF, w);
        }
        if (!ARRAY_CHECK(value)) {
            pym_err_format(PymExc_TypeError, "can only assign array (not \"%s\") to array slice",
                           pym_type_name(value));
            return -1;
        }
        ArrayObject *v = (ArrayObject *)value;
        if (v->ob_descr != SELF->ob_descr) {
            pym_err_set_string(PymExc_TypeError, "bad argument type for built-in operation");
            return -1;
        }
        intptr_t m = PYM_SIZE(v);
        PymObject *copy = NULL;
        if (v == SELF) {
            copy = array_copy_of(v);
            if (!copy) return -1;
            v = (ArrayObject *)copy;
        }
        int rc = 0;
        if (step == 1) {
            if (stop < start) stop = start;
            intptr_t newlen = len - (stop - start) + m;
            if (m > stop - start) {
                if (array_resize(SELF, newlen) < 0) {
                    rc = -1;
                    goto done;
                }
                if (len > stop) /* an empty array's ob_item is NULL */
                    memmove(SELF->ob_item + (start + m) * sz, SELF->ob_item + stop * sz,
                            (size_t)((len - stop) * sz));
            } else {
                if (len > stop) /* an empty array's ob_item is NULL */
                    memmove(SELF->ob_item + (start + m) * sz, SELF->ob_item + stop * sz,
                            (size_t)((len - stop) * sz));
                if (array_resize(SELF, newlen) < 0) {
                    rc = -1;
                    goto done;
                }
            }
            if (m) memcpy(SELF->ob_item + start * sz, v->ob_item, (size_t)(m * sz));
        } else {
            if (m != n) {
                pym_err_format(PymExc_ValueError,
                               "attempt to assign array of size %zd to extended slice of size %zd",
                               m, n);
                rc = -1;
                goto done;
            }
            for (intptr_t i = 0, j = start; i < n; i++, j += step)
                memcpy(SELF->ob_item + j * sz, v->ob_item + i * sz, (size_t)sz);
        }
    done:
        PYM_XDECREF(copy);
        return rc;
    }
    if (!PYM_INT_CHECK(key) && !PYM_TYPE(key)->nb_index) {
        pym_err_set_string(PymExc_TypeError, "array indices must be integers");
        return -1;
    }
    intptr_t i = pym_number_as_ssize(key, PymExc_IndexError);
    if (i == -1 && pym_err_occurred()) return -1;
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        pym_err_set_string(PymExc_IndexError, value ? "array assignment index out of range"
                                                    : "array assignment index out of range");
        return -1;
    }
    if (!value) return delete_range(SELF, i, i + 1);
    return set_item(SELF, i, value);
}

static int array_contains(PymObject *self, PymObject *v) {
    intptr_t i = find(SELF, v, 0, PYM_SIZE(self));
    return i == -2 ? -1 : i >= 0;
}

static PymObject *array_repr(PymObject *self) {
    char tc = SELF->ob_descr->typecode;
    const char *name = pym_type_name(self), *dot = strrchr(name, '.');
    if (dot) name = dot + 1;
    if (PYM_SIZE(self) == 0) return pym_str_from_format("%s('%c')", name, tc);
    PymObject *v = tc == 'u' ? a_tounicode(self, NULL, 0, NULL) : a_tolist(self, NULL, 0, NULL);
    if (!v) return NULL;
    PymObject *r = pym_str_from_format("%s('%c', %R)", name, tc, v);
    PYM_DECREF(v);
    return r;
}

static PymObject *array_richcompare(PymObject *v, PymObject *w, int op) {
    if (!ARRAY_CHECK(v) || !ARRAY_CHECK(w)) PYM_RETURN_NOTIMPL;
    ArrayObject *a = (ArrayObject *)v, *b = (ArrayObject *)w;
    intptr_t na = PYM_SIZE(a), nb = PYM_SIZE(b);
    if (na != nb && (op == PYM_EQ || op == PYM_NE)) return pym_bool_from(op == PYM_NE);
    intptr_t k = 0;
    PymObject *x = NULL, *y = NULL;
    for (; k < na && k < nb; k++) {
        x = get_item(a, k);
        y = x ? get_item(b, k) : NULL;
        if (!y) {
            PYM_XDECREF(x);
            return NULL;
        }
        int eq = pym_object_richcompare_bool(x, y, PYM_EQ);
        if (eq < 0) {
            PYM_DECREF(x);
            PYM_DECREF(y);
            return NULL;
        }
        if (!eq) break;
        PYM_CLEAR(x);
        PYM_CLEAR(y);
    }
    if (k >= na || k >= nb) {
        bool r = false;
        switch (op) {
        case PYM_LT: r = na < nb; break;
        case PYM_LE: r = na <= nb; break;
        case PYM_EQ: r = na == nb; break;
        case PYM_NE: r = na != nb; break;
        case PYM_GT: r = na > nb; break;
        case PYM_GE: r = na >= nb; break;
        }
        return pym_bool_from(r);
    }
    PymObject *res;
    if (op == PYM_EQ)
        res = pym_newref(pym_False);
    else if (op == PYM_NE)
        res = pym_newref(pym_True);
    else
        res = pym_object_richcompare(x, y, op);
    PYM_DECREF(x);
    PYM_DECREF(y);
    return res;
}

static PymObject *array_concat(PymObject *a, PymObject *b) {
    if (!ARRAY_CHECK(a)) PYM_RETURN_NOTIMPL;
    if (!ARRAY_CHECK(b)) {
        pym_err_format(PymExc_TypeError, "can only append array (not \"%s\") to array",
                       pym_type_name(b));
        return NULL;
    }
    ArrayObject *x = (ArrayObject *)a, *y = (ArrayObject *)b;
    if (x->ob_descr != y->ob_descr) {
        pym_err_set_string(PymExc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    ArrayObject *r = array_alloc(&array_type, PYM_SIZE(x) + PYM_SIZE(y), x->ob_descr);
    if (!r) return NULL;
    if (PYM_SIZE(x)) memcpy(r->ob_item, x->ob_item, (size_t)(PYM_SIZE(x) * ISZ(x)));
    if (PYM_SIZE(y))
        memcpy(r->ob_item + PYM_SIZE(x) * ISZ(x), y->ob_item, (size_t)(PYM_SIZE(y) * ISZ(x)));
    return (PymObject *)r;
}

static PymObject *array_inplace_concat(PymObject *a, PymObject *b) {
    if (!ARRAY_CHECK(a)) PYM_RETURN_NOTIMPL;
    if (!ARRAY_CHECK(b)) {
        pym_err_format(PymExc_TypeError, "can only extend array with array (not \"%s\")",
                       pym_type_name(b));
        return NULL;
    }
    if (extend_iterable((ArrayObject *)a, b) < 0) return NULL;
    return pym_newref(a);
}

static PymObject *array_repeat(PymObject *a, PymObject *b) {
    PymObject *arr = ARRAY_CHECK(a) ? a : b, *num = arr == a ? b : a;
    if (!ARRAY_CHECK(arr)) PYM_RETURN_NOTIMPL;
    if (!PYM_INT_CHECK(num) && !PYM_TYPE(num)->nb_index) {
        pym_err_format(PymExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                       pym_type_name(num));
        return NULL;
    }
    intptr_t n = pym_number_as_ssize(num, PymExc_OverflowError);
    if (n == -1 && pym_err_occurred()) return NULL;
    if (n < 0) n = 0;
    ArrayObject *x = (ArrayObject *)arr;
    intptr_t len = PYM_SIZE(x);
    if (len && n > PYM_SSIZE_MAX / len) return pym_err_no_memory();
    ArrayObject *r = array_alloc(&array_type, len * n, x->ob_descr);
    if (!r) return NULL;
    for (intptr_t i = 0; i < n; i++)
        memcpy(r->ob_item + i * len * ISZ(x), x->ob_item, (size_t)(len * ISZ(x)));
    return (PymObject *)r;
}

static PymObject *array_inplace_repeat(PymObject *a, PymObject *b) {
    if (!ARRAY_CHECK(a)) PYM_RETURN_NOTIMPL;
    if (!PYM_INT_CHECK(b) && !PYM_TYPE(b)->nb_index) {
        pym_err_format(PymExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                       pym_type_name(b));
        return NULL;
    }
    intptr_t n = pym_number_as_ssize(b, PymExc_OverflowError);
    if (n == -1 && pym_err_occurred()) return NULL;
    ArrayObject *x = (ArrayObject *)a;
    intptr_t len = PYM_SIZE(x), sz = ISZ(x);
    if (n <= 0) {
        if (array_resize(x, 0) < 0) return NULL;
    } else if (len && n > 1) {
        if (n > PYM_SSIZE_MAX / len) return pym_err_no_memory();
        if (array_resize(x, len * n) < 0) return NULL;
        for (intptr_t i = 1; i < n; i++)
            memcpy(x->ob_item + i * len * sz, x->ob_item, (size_t)(len * sz));
    }
    return pym_newref(a);
}

/* {====== iterator ======} */

typedef struct {
    PymObject ob_base;
    intptr_t index;
    ArrayObject *ao; /* NULL when exhausted */
} ArrayIter;

static PymObject *array_iter(PymObject *self) {
    ArrayIter *it = (ArrayIter *)pym_object_alloc(&arrayiter_type, 0);
    if (!it) return NULL;
    it->ao = (ArrayObject *)pym_newref(self);
    pym_gc_track((PymObject *)it);
    return (PymObject *)it;
}

static int arrayiter_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((ArrayIter *)o)->ao);
    return 0;
}
static int arrayiter_clear(PymObject *o) {
    PYM_CLEAR(((ArrayIter *)o)->ao);
    return 0;
}
static void arrayiter_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    arrayiter_clear(o);
    PYM_TYPE(o)->tp_free(o);
}

static PymObject *arrayiter_next(PymObject *o) {
    ArrayIter *it = (ArrayIter *)o;
    if (!it->ao) return NULL;
    if (it->index < PYM_SIZE(it->ao)) return get_item(it->ao, it->index++);
    PYM_CLEAR(it->ao);
    return NULL;
}

static PymObject *self_iter(PymObject *o) { return pym_newref(o); }

static PymType arrayiter_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "array.arrayiterator",
    .tp_basicsize = sizeof(ArrayIter),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = arrayiter_dealloc,
    .tp_traverse = arrayiter_traverse,
    .tp_clear = arrayiter_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = self_iter,
    .tp_iternext = arrayiter_next,
    .tp_free = pym_object_free,
};

static PymMethodDef array_methods[] = {
    {"append", a_append, 0, "Append new value v to the end of the array."},
    {"buffer_info", a_buffer_info, 0,
     "Return a tuple (address, length) giving the current memory address and the length in items "
     "of the buffer used to hold array's contents."},
    {"byteswap", a_byteswap, 0, "Byteswap all items of the array."},
    {"__copy__", a_copy, 0, "Return a copy of the array."},
    {"count", a_count, 0, "Return number of occurrences of v in the array."},
    {"__deepcopy__", a_copy, 0, "Return a copy of the array."},
    {"extend", a_extend, 0, "Append items to the end of the array."},
    {"frombytes", a_frombytes, 0,
     "Appends items from the string, interpreting it as an array of machine values, as if it had "
     "been read from a file using the fromfile() method."},
    {"fromfile", a_fromfile, 0,
     "Read n objects from the file object f and append them to the end of the array."},
    {"fromlist", a_fromlist, 0, "Append items to array from list."},
    {"fromunicode", a_fromunicode, 0, "Extends this array with data from the unicode string ustr."},
    {"index", a_index, 0, "Return index of first occurrence of v in the array."},
    {"insert", a_insert, 0, "Insert a new item v into the array before position i."},
    {"pop", a_pop, 0, "Return the i-th element and delete it from the array."},
    {"__reduce_ex__", a_reduce_ex, 0, "Return state information for pickling."},
    {"remove", a_remove, 0, "Remove the first occurrence of v in the array."},
    {"reverse", a_reverse, 0, "Reverse the order of the items in the array."},
    {"tofile", a_tofile, 0, "Write all items (as machine values) to the file object f."},
    {"tolist", a_tolist, 0, "Convert array to an ordinary list with the same items."},
    {"tobytes", a_tobytes, 0,
     "Convert the array to an array of machine values and return the bytes representation."},
    {"tounicode", a_tounicode, 0, "Extends this array with data from the unicode string ustr."},
    {"__sizeof__", a_sizeof, 0, "Size of the array in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

static PymGetSetDef array_getset[] = {
    {"typecode", a_get_typecode, NULL, "the typecode character used to create the array", NULL},
    {"itemsize", a_get_itemsize, NULL, "the size, in bytes, of one array item", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymType array_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "array.array",
    .tp_basicsize = sizeof(ArrayObject),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE | PYM_TPFLAGS_SEQUENCE |
                PYM_TPFLAGS_SEQ_CONCAT,
    .tp_dealloc = array_dealloc,
    .tp_traverse = array_traverse,
    .tp_repr = array_repr,
    .tp_richcompare = array_richcompare,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = array_iter,
    .nb_binop =
        {
            [PYM_NB_ADD] = array_concat,
            [PYM_NB_MULTIPLY] = array_repeat,
            [PYM_NB_INPLACE + PYM_NB_ADD] = array_inplace_concat,
            [PYM_NB_INPLACE + PYM_NB_MULTIPLY] = array_inplace_repeat,
        },
    .sq_length = array_len,
    .mp_subscript = array_subscript,
    .mp_ass_subscript = array_ass_subscript,
    .sq_contains = array_contains,
    .tp_weaklistoffset = offsetof(ArrayObject, weakreflist),
    .tp_methods = array_methods,
    .tp_getset = array_getset,
    .tp_new = array_new,
    .tp_free = pym_object_free,
    .tp_doc = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are "
              "restricted by typecode, and\ninitialized from the optional initializer value, which "
              "must be a list,\nstring or iterable over elements of the appropriate type.",
};

_Static_assert(sizeof(ArrayObject) == 64, "array object is 64 bytes, as CPython 3.11's");

/* Creates the array module (new ref); called by the import system. */
PymObject *pym_array_module_init(void) {
    if (pym_type_ready(&array_type) < 0 || pym_type_ready(&arrayiter_type) < 0) return NULL;
    PymObject *m = pym_module_new("array");
    if (!m) return NULL;
    PymObject *codes = pym_str_from_cstr("bBuhHiIlLqQfd");
    if (!codes || pym_module_add_object(m, "array", (PymObject *)&array_type) < 0 ||
        pym_module_add_object(m, "ArrayType", (PymObject *)&array_type) < 0 ||
        pym_module_add_object(m, "typecodes", codes) < 0) {
        PYM_XDECREF(codes);
        PYM_DECREF(m);
        return NULL;
    }
    PYM_DECREF(codes);
    return m;
}
