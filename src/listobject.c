/*
** listobject.c -- the mutable sequence 'list', its iterators and the sort.
** (The trashcan that keeps deallocation of deep structures off the C stack
** is in object.c.)
**
** A list is a 40-byte object (56 with the GC header) pointing at a separate
** item array from pym_obj_malloc.  The array grows and shrinks exactly as in
** CPython 3.11 (list_resize's over-allocation, exact pre-allocation for
** list(x) and literals), so sys.getsizeof reports the same numbers.  The
** sort is a timsort (natural runs extended to minrun by binary insertion --
** identical to CPython's for lists shorter than 64, including which pairs
** are compared -- then balanced galloping merges) with comparisons
** specialized by a pre-scan of the keys; see "sorting" below.
*/
#include "pym.h"
#include "genericalias.h"

#define LIST_MAXFREELIST 80
static PymList *list_free_list[LIST_MAXFREELIST];
static int list_numfree;

void pym_list_clear_freelist(void) {
    while (list_numfree > 0) pym_object_free(list_free_list[--list_numfree]);
}

intptr_t pym_list_freelist_count(void) { return list_numfree; }

/* {====== storage ======} */

/* Sets the size to newsize, reallocating with CPython 3.11's over-allocation
** when needed.  Items past newsize must already be released.  0 / -1. */
static int list_resize(PymList *self, intptr_t newsize) {
    intptr_t allocated = self->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        PYM_SIZE(self) = newsize;
        return 0;
    }
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - PYM_SIZE(self) > (intptr_t)(new_allocated - newsize))
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0) new_allocated = 0;
    if (new_allocated > (size_t)PYM_SSIZE_MAX / sizeof(PymObject *)) {
        pym_err_no_memory();
        return -1;
    }
    PymObject **items;
    if (new_allocated == 0) {
        pym_obj_free(self->ob_item);
        items = NULL;
    } else {
        items = pym_obj_realloc(self->ob_item, new_allocated * sizeof(PymObject *));
        if (!items) {
            /* shrinking never fails: the larger block is kept (callers such
            ** as list_ass_slice have already moved the items; a failure
            ** here lost a reference and left one twice in the list --
            ** found by the failalloc walk) */
            if (newsize <= self->allocated) {
                PYM_SIZE(self) = newsize;
                return 0;
            }
            pym_err_no_memory();
            return -1;
        }
    }
    self->ob_item = items;
    PYM_SIZE(self) = newsize;
    self->allocated = (intptr_t)new_allocated;
    return 0;
}

/* Allocates exactly size (rounded up to even) slots for an empty list. */
static int list_preallocate_exact(PymList *self, intptr_t size) {
    size = (size + 1) & ~(intptr_t)1;
    PymObject **items = pym_obj_malloc(size * sizeof(PymObject *));
    if (!items) {
        pym_err_no_memory();
        return -1;
    }
    self->ob_item = items;
    self->allocated = size;
    return 0;
}

static PymList *list_alloc_type(PymType *type) {
    PymList *l;
    if (type == &pym_type_list && list_numfree > 0) {
        l = list_free_list[--list_numfree];
        l->ob_base.ob_base.ob_refcnt = 1;
        PYM_AS_GC(l)->gc_prev = 0;
    } else {
        l = (PymList *)pym_object_alloc(type, 0);
        if (!l) return NULL;
    }
    PYM_SIZE(l) = 0;
    l->ob_item = NULL;
    l->allocated = 0;
    return l;
}

/* A list with room for exactly n items, size 0, not yet tracked. */
static PymList *list_new_prealloc(intptr_t n) {
    PymList *l = list_alloc_type(&pym_type_list);
    if (!l) return NULL;
    if (n > 0) {
        l->ob_item = pym_obj_malloc(n * sizeof(PymObject *));
        if (!l->ob_item) {
            PYM_DECREF(l);
            return pym_err_no_memory();
        }
        l->allocated = n;
    }
    return l;
}

PymObject *pym_list_new(intptr_t n) {
    if (n < 0) return pym_err_bad_internal_call();
    PymList *l = list_new_prealloc(n);
    if (!l) return NULL;
    if (n > 0) memset(l->ob_item, 0, n * sizeof(PymObject *));
    PYM_SIZE(l) = n;
    pym_gc_track((PymObject *)l);
    return (PymObject *)l;
}

/* Drops every item and the array (list.clear()). */
static void list_clear_items(PymList *a) {
    PymObject **items = a->ob_item;
    if (!items) return;
    intptr_t i = PYM_SIZE(a);
    PYM_SIZE(a) = 0;
    a->ob_item = NULL;
    a->allocated = 0;
    while (--i >= 0) PYM_XDECREF(items[i]);
    pym_obj_free(items);
}

static int list_append_steal(PymList *self, PymObject *v) {
    intptr_t n = PYM_SIZE(self);
    if (n < self->allocated) {
        self->ob_item[n] = v;
        PYM_SIZE(self) = n + 1;
        return 0;
    }
    if (list_resize(self, n + 1) < 0) {
        PYM_DECREF(v);
        return -1;
    }
    self->ob_item[n] = v;
    return 0;
}

int pym_list_append(PymObject *l, PymObject *v) {
    return list_append_steal((PymList *)l, pym_newref(v));
}

int pym_list_insert(PymObject *l, intptr_t where, PymObject *v) {
    PymList *self = (PymList *)l;
    intptr_t n = PYM_SIZE(self);
    if (list_resize(self, n + 1) < 0) return -1;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    PymObject **items = self->ob_item;
    memmove(items + where + 1, items + where, (n - where) * sizeof(PymObject *));
    items[where] = pym_newref(v);
    return 0;
}

/* len(o) if o has one, else o.__length_hint__(), else dflt; -1 on error. */
static intptr_t length_hint(PymObject *o, intptr_t dflt) {
    if (PYM_TYPE(o)->sq_length) {
        intptr_t n = PYM_TYPE(o)->sq_length(o);
        if (n >= 0) return n;
        if (!pym_err_matches((PymObject *)PymExc_TypeError)) return -1;
        pym_err_clear();
    }
    static PymObject *name;
    if (!name) name = pym_str_intern_cstr("__length_hint__");
    int found = 0;
    PymObject *r = pym_call_special(o, name, NULL, 0, &found);
    if (!found) return dflt;
    if (!r) {
        if (!pym_err_matches((PymObject *)PymExc_TypeError)) return -1;
        pym_err_clear();
        return dflt;
    }
    if (r == pym_NotImplemented) {
        PYM_DECREF(r);
        return dflt;
    }
    if (!PYM_INT_CHECK(r)) {
        pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                       pym_type_name(r));
        PYM_DECREF(r);
        return -1;
    }
    intptr_t n = pym_int_as_ssize(r);
    PYM_DECREF(r);
    if (n == -1 && pym_err_occurred()) return -1;
    if (n < 0) {
        pym_err_set_string(PymExc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

/* pym_list_extend's sink, for an iterator with tp_iterdrain (a generator). */
typedef struct ListSink {
    PymIterSink base;
    PymList *list;
} ListSink;
static int list_sink_put(PymIterSink *s, PymObject *v) {
    return list_append_steal(((ListSink *)s)->list, v);
}

int pym_list_extend(PymObject *l, PymObject *iterable) {
    PymList *self = (PymList *)l;
    if (PYM_LIST_CHECK(iterable) || PYM_TUPLE_CHECK(iterable)) {
        intptr_t n = PYM_SIZE(iterable);
        if (n == 0) return 0;
        intptr_t m = PYM_SIZE(self);
        /* iterable may be self: read its items after the resize */
        if (self->ob_item == NULL) {
            if (list_preallocate_exact(self, n) < 0) return -1;
            PYM_SIZE(self) = n;
        } else if (list_resize(self, m + n) < 0) {
            return -1;
        }
        PymObject **src = PYM_LIST_CHECK(iterable) ? PYM_LIST_ITEMS(iterable)
                                                   : PYM_TUPLE_ITEMS(iterable);
        PymObject **dst = self->ob_item + m;
        for (intptr_t i = 0; i < n; i++) dst[i] = pym_newref(src[i]);
        return 0;
    }
    PymObject *it = pym_object_getiter(iterable);
    if (!it) return -1;
    iternextfunc next = PYM_TYPE(it)->tp_iternext;
    intptr_t n = length_hint(iterable, 8);
    if (n < 0) {
        PYM_DECREF(it);
        return -1;
    }
    intptr_t m = PYM_SIZE(self);
    if (m <= PYM_SSIZE_MAX - n && n > 0) {
        if (list_resize(self, m + n) < 0) {
            PYM_DECREF(it);
            return -1;
        }
        PYM_SIZE(self) = m;
    }
    if (PYM_TYPE(it)->tp_iterdrain) { /* a generator: its items appended at its yields */
        ListSink ls = {.base = {.put = list_sink_put}, .list = self};
        int rc = PYM_TYPE(it)->tp_iterdrain(it, &ls.base);
        PYM_DECREF(it);
        if (rc < 0) return -1;
        if (PYM_SIZE(self) < self->allocated && list_resize(self, PYM_SIZE(self)) < 0) return -1;
        return 0;
    }
    for (;;) {
        PymObject *item = next(it);
        if (!item) {
            if (pym_err_occurred()) {
                if (!pym_err_matches((PymObject *)PymExc_StopIteration)) {
                    PYM_DECREF(it);
                    return -1;
                }
                pym_err_clear();
            }
            break;
        }
        if (list_append_steal(self, item) < 0) {
            PYM_DECREF(it);
            return -1;
        }
    }
    PYM_DECREF(it);
    if (PYM_SIZE(self) < self->allocated && list_resize(self, PYM_SIZE(self)) < 0) return -1;
    return 0;
}

static bool has_len(PymObject *o) { return PYM_TYPE(o)->sq_length != NULL; }

/* list.__init__'s work: optional exact pre-allocation, then extend. */
static int list_fill(PymList *self, PymObject *iterable) {
    if (has_len(iterable) && !PYM_LIST_CHECK(iterable) && !PYM_TUPLE_CHECK(iterable)) {
        intptr_t n = PYM_TYPE(iterable)->sq_length(iterable);
        if (n < 0) {
            if (!pym_err_matches((PymObject *)PymExc_TypeError)) return -1;
            pym_err_clear();
        } else if (n > 0 && self->ob_item == NULL && list_preallocate_exact(self, n) < 0) {
            return -1;
        }
    }
    return pym_list_extend((PymObject *)self, iterable);
}

PymObject *pym_list_from_iter(PymObject *iterable) {
    PymList *l = list_alloc_type(&pym_type_list);
    if (!l) return NULL;
    pym_gc_track((PymObject *)l);
    if (list_fill(l, iterable) < 0) {
        PYM_DECREF(l);
        return NULL;
    }
    return (PymObject *)l;
}

PymObject *pym_list_as_tuple(PymObject *l) {
    return pym_tuple_from_array(PYM_LIST_ITEMS(l), PYM_SIZE(l));
}

PymObject *pym_list_slice(PymObject *l, intptr_t lo, intptr_t hi) {
    intptr_t n = PYM_SIZE(l);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    if (hi < lo) hi = lo;
    intptr_t len = hi - lo;
    PymList *r = list_new_prealloc(len);
    if (!r) return NULL;
    for (intptr_t i = 0; i < len; i++) r->ob_item[i] = pym_newref(PYM_LIST_GET(l, lo + i));
    PYM_SIZE(r) = len;
    pym_gc_track((PymObject *)r);
    return (PymObject *)r;
}

int pym_list_reverse(PymObject *l) {
    if (PYM_SIZE(l) < 2) return 0; /* ob_item may be NULL when empty */
    PymObject **lo = PYM_LIST_ITEMS(l), **hi = lo + PYM_SIZE(l) - 1;
    while (lo < hi) {
        PymObject *t = *lo;
        *lo++ = *hi;
        *hi-- = t;
    }
    return 0;
}

/* Replaces a[ilow:ihigh] by the items of v (NULL: deletion).  0 / -1. */
static int list_ass_slice(PymList *a, intptr_t ilow, intptr_t ihigh, PymObject *v) {
    PymObject *seq = NULL;
    PymObject **vitems = NULL;
    intptr_t n = 0;
    if (v) {
        if (v == (PymObject *)a) {
            seq = pym_list_slice(v, 0, PYM_SIZE(v));
        } else if (PYM_LIST_CHECK(v) || PYM_TUPLE_CHECK(v)) {
            seq = pym_newref(v);
        } else {
            seq = pym_list_from_iter(v);
            if (!seq && pym_err_matches((PymObject *)PymExc_TypeError)) {
                pym_err_clear();
                pym_err_set_string(PymExc_TypeError, "can only assign an iterable");
            }
        }
        if (!seq) return -1;
        n = PYM_SIZE(seq);
        vitems = PYM_LIST_CHECK(seq) ? PYM_LIST_ITEMS(seq) : PYM_TUPLE_ITEMS(seq);
    }
    intptr_t size = PYM_SIZE(a);
    if (ilow < 0)
        ilow = 0;
    else if (ilow > size)
        ilow = size;
    if (ihigh < ilow)
        ihigh = ilow;
    else if (ihigh > size)
        ihigh = size;
    intptr_t norig = ihigh - ilow, d = n - norig;
    if (d == 0 && n <= 8) {
        /* as many items as replaced, the usual a[i:j] = b[k:l] (fannkuch's
        ** flips): stored in place, the old items kept in a stack array and
        ** dropped last, from the end (as below; a __del__ they run sees the
        ** list already updated) -- no resize, no memmove, no memcpy call */
        PymObject *old[8], **dst = a->ob_item + ilow;
        for (intptr_t k = 0; k < n; k++) {
            old[k] = dst[k];
            dst[k] = pym_newref(vitems[k]);
        }
        for (intptr_t k = n - 1; k >= 0; k--) PYM_XDECREF(old[k]);
        PYM_XDECREF(seq);
        return 0;
    }
    if (size + d == 0) {
        PYM_XDECREF(seq);
        list_clear_items(a);
        return 0;
    }
    PymObject *small[8], **recycle = small;
    if (norig > 8) {
        recycle = pym_obj_malloc(norig * sizeof(PymObject *));
        if (!recycle) {
            PYM_XDECREF(seq);
            pym_err_no_memory();
            return -1;
        }
    }
    if (norig) /* an empty list's ob_item is NULL: no memcpy from it */
        memcpy(recycle, a->ob_item + ilow, norig * sizeof(PymObject *));
    if (d < 0) {
        memmove(a->ob_item + ihigh + d, a->ob_item + ihigh, (size - ihigh) * sizeof(PymObject *));
        if (list_resize(a, size + d) < 0) goto fail; /* shrinking cannot really fail */
    } else if (d > 0) {
        if (list_resize(a, size + d) < 0) goto fail;
        memmove(a->ob_item + ihigh + d, a->ob_item + ihigh, (size - ihigh) * sizeof(PymObject *));
    }
    for (intptr_t k = 0; k < n; k++) a->ob_item[ilow + k] = pym_newref(vitems[k]);
    for (intptr_t k = norig - 1; k >= 0; k--) PYM_XDECREF(recycle[k]);
    if (recycle != small) pym_obj_free(recycle);
    PYM_XDECREF(seq);
    return 0;
fail:
    if (recycle != small) pym_obj_free(recycle);
    PYM_XDECREF(seq);
    return -1;
}

/* {====== sorting ======}
** Timsort in the manner of CPython's listsort, written for pym: natural runs
** (strictly descending ones reversed) extended to minrun by binary insertion,
** a stack of pending runs kept balanced by Tim Peters' invariants, and merges
** that first trim the parts already in place and switch to galloping (exponential
** search) when one run keeps winning.
**
** Keys are computed once (key functions are called once per item) into an
** array of their own that the list's array follows; without a key function
** the list's array alone is sorted (SortSlice below).  Before
** sorting, a pre-scan picks a comparison: all exact ints, all exact strs, all
** exact floats, or all non-empty exact tuples (whose first items are then
** compared by their own specialization when they are all of one such type,
** ties falling back to rich comparison of the following items).  Every
** specialization returns exactly what '<' would.  The sort routines are
** always-inlined into one copy per kind, so the choice costs nothing per
** comparison. */

/* A run of items seen through the arrays the sort moves together: the keys,
** and the values when they differ (a key function was given); without one
** the list's own array is sorted in place as the keys, and values is NULL
** (half the memory traffic of moving pairs).  CPython's listsort does the
** same. */
typedef struct {
    PymObject **keys;
    PymObject **values;
} SortSlice;

enum {
    SK_GENERIC,
    SK_INT,
    SK_STR,
    SK_FLOAT,
    SK_TUPLE,
    SK_TUPLE_INT,
    SK_TUPLE_STR,
    SK_TUPLE_FLOAT, /* tuples by first item */
    SK_STR_PREFIX,  /* strs, ints, floats by word-sized keys (see below) */
    SK_WORD_INT,
    SK_WORD_FLOAT
};
#define MIN_GALLOP  7
#define MAX_PENDING 85

typedef struct {
    intptr_t min_gallop;
    SortSlice all; /* the n items being sorted */
    intptr_t n;
    SortSlice tmp; /* merge buffer, room for n/2 + 1 items */
    int npending;
    struct {
        intptr_t base; /* position in all */
        intptr_t len;
    } pending[MAX_PENDING];
} SortState;

#define SORT_INLINE static inline __attribute__((always_inline))

/* Three-way comparison of two exact strs by code points, as '<' orders
** them, without a call for the common cases: 1-byte strs eight bytes at a
** time (loaded big-endian, whole words compare as their bytes do), wide strs
** of one kind unit by unit; strs of different kinds by pym_str_compare. */
SORT_INLINE int str_cmp3(PymObject *a, PymObject *b) {
    int kind = PYM_STR_KIND(a);
    if (kind != PYM_STR_KIND(b)) return pym_str_compare(a, b);
    intptr_t na = PYM_SIZE(a), nb = PYM_SIZE(b), m = na < nb ? na : nb, i = 0;
    const void *da = PYM_STR_DATA(a), *db = PYM_STR_DATA(b);
    if (kind == 1) {
        const uint8_t *x = da, *y = db;
        for (; i + 8 <= m; i += 8) {
            uint64_t u, v;
            memcpy(&u, x + i, 8);
            memcpy(&v, y + i, 8);
            if (u != v) {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                u = __builtin_bswap64(u);
                v = __builtin_bswap64(v);
#endif
                return u < v ? -1 : 1;
            }
        }
        for (; i < m; i++)
            if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
    } else if (kind == 2) {
        const uint16_t *x = da, *y = db;
        for (; i < m; i++)
            if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
    } else {
        const uint32_t *x = da, *y = db;
        for (; i < m; i++)
            if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
    }
    return (na > nb) - (na < nb);
}

/* Three-way comparison of two objects of the same exact kind: <0, 0 (equal),
** >0, or 2 when unordered (NaN; never "less"). */
SORT_INLINE int kind_cmp3(int kind, PymObject *a, PymObject *b) {
    switch (kind) {
    case SK_INT:
        if (PYM_LIKELY(pym_int_is_compact(a) && pym_int_is_compact(b))) {
            intptr_t x = pym_int_compact_value(a), y = pym_int_compact_value(b);
            return (x > y) - (x < y);
        }
        return pym_int_compare(a, b);
    case SK_STR: return a == b ? 0 : str_cmp3(a, b);
    default: { /* SK_FLOAT */
        if (a == b) return 0;
        double x = PYM_FLOAT_VALUE(a), y = PYM_FLOAT_VALUE(b);
        return x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
    }
    }
}

/* Tuple a < tuple b (both exact) when their items before i are equal. */
static __attribute__((noinline)) int tuple_tail_lt(PymObject *a, PymObject *b, intptr_t i) {
    PymObject *const *pa = PYM_TUPLE_ITEMS(a), *const *pb = PYM_TUPLE_ITEMS(b);
    intptr_t na = PYM_SIZE(a), nb = PYM_SIZE(b);
    for (; i < na && i < nb; i++) {
        PymObject *x = pa[i], *y = pb[i];
        if (x == y) continue;
        PymType *t = PYM_TYPE(x);
        int kind = t != PYM_TYPE(y)       ? SK_GENERIC
                   : t == &pym_type_int   ? SK_INT
                   : t == &pym_type_str   ? SK_STR
                   : t == &pym_type_float ? SK_FLOAT
                                          : SK_GENERIC;
        if (kind != SK_GENERIC) { /* one three-way comparison instead of == then < */
            int c = kind_cmp3(kind, x, y);
            if (c) return c < 0;
            continue;
        }
        int k = pym_object_richcompare_bool(x, y, PYM_EQ);
        if (k < 0) return -1;
        if (!k) return pym_object_richcompare_bool(x, y, PYM_LT);
    }
    return na < nb;
}

/* Tuple a < tuple b (both exact and non-empty), first items of kind elem. */
SORT_INLINE int tuple_key_lt(int elem, PymObject *a, PymObject *b) {
    if (elem == SK_GENERIC) return tuple_tail_lt(a, b, 0);
    int c = kind_cmp3(elem, PYM_TUPLE_ITEMS(a)[0], PYM_TUPLE_ITEMS(b)[0]);
    if (c) return c < 0;
    return tuple_tail_lt(a, b, 1);
}

/* {------ str keys by prefix ------}
** Sorting many strs, the comparisons themselves are cheap; what costs is
** reaching the strs: every merge pass reads each str object once more, in
** an order unrelated to where the objects lie, and past a few hundred
** thousand strs (more than the caches hold) nearly every comparison waits
** for two cache misses.  So for a list of exact strs without a key function
** the sort orders a word-sized key per item instead, made once, in one pass
** over the strs: the first code points of the str, left-aligned and
** zero-padded, in the high bits, and its length in the low byte (0xFF when
** longer than the key holds).  Unsigned comparison of two keys is the
** comparison of the strs whenever the keys differ (a shorter str that
** matches the other's padded prefix is a prefix of it, so it is the
** smaller) and when they are equal but not marked long (the strs are then
** equal); only equal long keys look at the strs themselves.  The keys are
** the sort's keys and the list's array moves with them as the values, as
** with a key function; the keys (and their half of the merge buffer) are
** scratch memory of the sort from pym_raw_malloc, outside the objects'
** memory and tracemalloc, which see the same blocks as for CPython's sort.
** The code points per key follow the widest kind among the strs: 7 of 8
** bits, 3 of 16, or 2 of 21. */
#define PFX_LONG 0xFFu
#define PFX_MIN_ITEMS 64            /* fewer strs: the ordinary str sort */
#define PFX_POPULATE  (128u << 10) /* scratch memory this large is made present by one call */

/* The str of a key slot of the prefix sort (in the items or the buffer). */
static PymObject *pfx_str(SortState *st, PymObject **slot) {
    uintptr_t i = (uintptr_t)(slot - st->all.keys);
    if (i < (uintptr_t)st->n) return st->all.values[i];
    return st->tmp.values[slot - st->tmp.keys];
}

static __attribute__((noinline)) int pfx_tie_lt(SortState *st, PymObject **a, PymObject **b) {
    PymObject *x = pfx_str(st, a), *y = pfx_str(st, b);
    return x != y && str_cmp3(x, y) < 0;
}

/* The key of str o when keys hold units code points of bits bits each. */
static inline uint64_t pfx_key(PymObject *o, int units, int bits) {
    intptr_t n = PYM_SIZE(o), m = n < units ? n : units;
    const void *d = PYM_STR_DATA(o);
    uint64_t k = 0;
    int kind = PYM_STR_KIND(o);
    for (intptr_t i = 0; i < m; i++) {
        uint64_t c = kind == 1 ? ((const uint8_t *)d)[i]
                     : kind == 2 ? ((const uint16_t *)d)[i]
                                 : ((const uint32_t *)d)[i];
        k |= c << (64 - bits * (i + 1));
    }
    return k | (n > units ? PFX_LONG : (uint64_t)n);
}

/* key a < key b (the keys in slots a and b): 1 / 0 / -1 */
SORT_INLINE int sort_lt(int kind, SortState *st, PymObject **pa, PymObject **pb) {
    PymObject *a = *pa, *b = *pb;
    switch (kind) {
    case SK_INT:
    case SK_STR:
    case SK_FLOAT: return kind_cmp3(kind, a, b) < 0;
    case SK_TUPLE: return tuple_key_lt(SK_GENERIC, a, b);
    case SK_TUPLE_INT: return tuple_key_lt(SK_INT, a, b);
    case SK_TUPLE_STR: return tuple_key_lt(SK_STR, a, b);
    case SK_TUPLE_FLOAT: return tuple_key_lt(SK_FLOAT, a, b);
    case SK_STR_PREFIX: {
        uint64_t x = (uintptr_t)a, y = (uintptr_t)b;
        if (x != y) return x < y;
        return (x & 0xFF) == PFX_LONG ? pfx_tie_lt(st, pa, pb) : 0;
    }
    case SK_WORD_INT: return (intptr_t)a < (intptr_t)b;
    case SK_WORD_FLOAT: {
        double x, y;
        memcpy(&x, pa, sizeof x);
        memcpy(&y, pb, sizeof y);
        return x < y;
    }
    default: return pym_object_richcompare_bool(a, b, PYM_LT);
    }
}

/* d[i..i+n) = s[j..j+n) (not overlapping / possibly overlapping) */
SORT_INLINE void ss_memcpy(SortSlice d, intptr_t i, SortSlice s, intptr_t j, intptr_t n) {
    memcpy(d.keys + i, s.keys + j, n * sizeof(PymObject *));
    if (d.values) memcpy(d.values + i, s.values + j, n * sizeof(PymObject *));
}
SORT_INLINE void ss_memmove(SortSlice d, intptr_t i, SortSlice s, intptr_t j, intptr_t n) {
    memmove(d.keys + i, s.keys + j, n * sizeof(PymObject *));
    if (d.values) memmove(d.values + i, s.values + j, n * sizeof(PymObject *));
}
SORT_INLINE void ss_copy(SortSlice d, intptr_t i, SortSlice s, intptr_t j) {
    d.keys[i] = s.keys[j];
    if (d.values) d.values[i] = s.values[j];
}
SORT_INLINE SortSlice ss_at(SortSlice s, intptr_t i) {
    s.keys += i;
    if (s.values) s.values += i;
    return s;
}

static void reverse_array(PymObject **lo, PymObject **hi) {
    for (hi--; lo < hi; lo++, hi--) {
        PymObject *t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

static void reverse_slice(SortSlice s, intptr_t n) {
    reverse_array(s.keys, s.keys + n);
    if (s.values) reverse_array(s.values, s.values + n);
}

/* Length of the natural run at the start of s[0..n) (descending runs are
** reversed in place, strictly descending only, to keep stability).  -1 on
** error. */
SORT_INLINE intptr_t count_run(int kind, SortState *st, SortSlice s, intptr_t n) {
    if (n == 1) return 1;
    PymObject **k = s.keys;
    intptr_t i = 2;
    int lt = sort_lt(kind, st, k + 1, k);
    if (lt < 0) return -1;
    if (lt) {
        for (; i < n; i++) {
            lt = sort_lt(kind, st, k + i, k + i - 1);
            if (lt < 0) return -1;
            if (!lt) break;
        }
        reverse_slice(s, i);
    } else {
        for (; i < n; i++) {
            lt = sort_lt(kind, st, k + i, k + i - 1);
            if (lt < 0) return -1;
            if (lt) break;
        }
    }
    return i;
}

/* Sorts s[0..n) where s[0..start) is already sorted (binary insertion). */
SORT_INLINE int binary_sort(int kind, SortState *st, SortSlice s, intptr_t n, intptr_t start) {
    for (; start < n; start++) {
        PymObject *pivot = s.keys[start];
        intptr_t l = 0, r = start;
        do {
            intptr_t p = l + ((r - l) >> 1);
            int lt = sort_lt(kind, st, s.keys + start, s.keys + p);
            if (lt < 0) return -1;
            if (lt)
                r = p;
            else
                l = p + 1;
        } while (l < r);
        memmove(s.keys + l + 1, s.keys + l, (start - l) * sizeof(PymObject *));
        s.keys[l] = pivot;
        if (s.values) {
            PymObject *v = s.values[start];
            memmove(s.values + l + 1, s.values + l, (start - l) * sizeof(PymObject *));
            s.values[l] = v;
        }
    }
    return 0;
}

static intptr_t compute_minrun(intptr_t n) {
    intptr_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* a[0..n) is sorted.  Returns how many of its items go before key: those
** < key (right = 0) or those <= key (right = 1, so key goes after its
** equals).  Searches exponentially from the front (back = 0) or the back,
** then by bisection.  -1 on error. */
SORT_INLINE intptr_t gallop(int kind, SortState *st, PymObject **key, PymObject **a, intptr_t n,
                            int right, int back) {
    intptr_t lo = 0, hi = n; /* the answer is in [lo, hi] */
#define GALLOP_BEFORE(i, out) \
    do { \
        int k_ = right ? sort_lt(kind, st, key, a + (i)) : sort_lt(kind, st, a + (i), key); \
        if (k_ < 0) return -1; \
        out = right ? !k_ : k_; \
    } while (0)
    int before;
    if (!back) {
        for (intptr_t ofs = 1, i = 0; i < n; i = lo + ofs, ofs <<= 1) {
            GALLOP_BEFORE(i, before);
            if (!before) {
                hi = i;
                break;
            }
            lo = i + 1;
        }
    } else {
        for (intptr_t ofs = 1, i = n - 1; i >= lo; i = hi - 1 - ofs, ofs <<= 1) {
            GALLOP_BEFORE(i, before);
            if (before) {
                lo = i + 1;
                break;
            }
            hi = i;
        }
    }
    while (lo < hi) {
        intptr_t m = lo + ((hi - lo) >> 1);
        GALLOP_BEFORE(m, before);
        if (before)
            lo = m + 1;
        else
            hi = m;
    }
#undef GALLOP_BEFORE
    return lo;
}

/* Merges a[0..na) with the run that follows it, a[na..na+nb), na <= nb,
** through the buffer (which takes a's items).  On error every item is put
** back.  Positions: pa in the buffer, pb and dst in a. */
SORT_INLINE int merge_lo(int kind, SortState *st, SortSlice a, intptr_t na, intptr_t nb) {
    SortSlice t = st->tmp;
    intptr_t pa = 0, pb = na, dst = 0;
    ss_memcpy(t, 0, a, 0, na);
    intptr_t min_gallop = st->min_gallop;
    int k;
    for (;;) {
        intptr_t acount = 0, bcount = 0;
        for (;;) { /* one pair at a time */
            k = sort_lt(kind, st, a.keys + pb, t.keys + pa);
            if (k < 0) goto fail;
            if (k) {
                ss_copy(a, dst++, a, pb++);
                if (--nb == 0) goto done;
                acount = 0;
                if (++bcount >= min_gallop) break;
            } else {
                ss_copy(a, dst++, t, pa++);
                if (--na == 0) goto done;
                bcount = 0;
                if (++acount >= min_gallop) break;
            }
        }
        min_gallop++;
        do { /* galloping */
            if (min_gallop > 1) min_gallop--;
            intptr_t c = gallop(kind, st, a.keys + pb, t.keys + pa, na, 1, 0);
            if (c < 0) goto fail;
            acount = c;
            ss_memcpy(a, dst, t, pa, c);
            dst += c;
            pa += c;
            na -= c;
            if (na == 0) goto done;
            ss_copy(a, dst++, a, pb++);
            if (--nb == 0) goto done;
            c = gallop(kind, st, t.keys + pa, a.keys + pb, nb, 0, 0);
            if (c < 0) goto fail;
            bcount = c;
            ss_memmove(a, dst, a, pb, c);
            dst += c;
            pb += c;
            nb -= c;
            if (nb == 0) goto done;
            ss_copy(a, dst++, t, pa++);
            if (--na == 0) goto done;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
    }
done:
    st->min_gallop = min_gallop;
    ss_memcpy(a, dst, t, pa, na); /* what is left of b is in place */
    return 0;
fail:
    ss_memcpy(a, dst, t, pa, na);
    return -1;
}

/* Merges a[0..na) with the run that follows it, a[na..na+nb), nb < na,
** from the back, through the buffer (which takes b's items).  dst is one
** past the next position of a to fill. */
SORT_INLINE int merge_hi(int kind, SortState *st, SortSlice a, intptr_t na, intptr_t nb) {
    SortSlice b = st->tmp;
    ss_memcpy(b, 0, a, na, nb);
    intptr_t dst = na + nb;
    intptr_t min_gallop = st->min_gallop;
    int k;
    for (;;) {
        intptr_t acount = 0, bcount = 0;
        for (;;) {
            k = sort_lt(kind, st, b.keys + nb - 1, a.keys + na - 1);
            if (k < 0) goto fail;
            if (k) {
                ss_copy(a, --dst, a, --na);
                if (na == 0) goto done;
                bcount = 0;
                if (++acount >= min_gallop) break;
            } else {
                ss_copy(a, --dst, b, --nb);
                if (nb == 0) goto done;
                acount = 0;
                if (++bcount >= min_gallop) break;
            }
        }
        min_gallop++;
        do {
            if (min_gallop > 1) min_gallop--;
            /* a's items greater than b's last go next */
            intptr_t c = gallop(kind, st, b.keys + nb - 1, a.keys, na, 1, 1);
            if (c < 0) goto fail;
            acount = na - c;
            dst -= acount;
            ss_memmove(a, dst, a, c, acount);
            na = c;
            if (na == 0) goto done;
            ss_copy(a, --dst, b, --nb);
            if (nb == 0) goto done;
            /* b's items not less than a's last go next */
            c = gallop(kind, st, a.keys + na - 1, b.keys, nb, 0, 1);
            if (c < 0) goto fail;
            bcount = nb - c;
            dst -= bcount;
            ss_memcpy(a, dst, b, c, bcount);
            nb = c;
            if (nb == 0) goto done;
            ss_copy(a, --dst, a, --na);
            if (na == 0) goto done;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
    }
done:
    st->min_gallop = min_gallop;
    ss_memcpy(a, dst - nb, b, 0, nb); /* what is left of a is in place */
    return 0;
fail:
    ss_memcpy(a, dst - nb, b, 0, nb);
    return -1;
}

/* Merges pending runs i and i + 1. */
SORT_INLINE int merge_at(int kind, SortState *st, int i) {
    SortSlice a = ss_at(st->all, st->pending[i].base);
    intptr_t na = st->pending[i].len, nb = st->pending[i + 1].len;
    st->pending[i].len = na + nb;
    if (i == st->npending - 3) st->pending[i + 1] = st->pending[i + 2];
    st->npending--;
    /* a's items <= b[0] and b's items >= a's last are already in place */
    intptr_t c = gallop(kind, st, a.keys + na, a.keys, na, 1, 0);
    if (c < 0) return -1;
    a = ss_at(a, c);
    na -= c;
    if (na == 0) return 0;
    nb = gallop(kind, st, a.keys + na - 1, a.keys + na, nb, 0, 1);
    if (nb <= 0) return (int)nb;
    return na <= nb ? merge_lo(kind, st, a, na, nb) : merge_hi(kind, st, a, na, nb);
}

SORT_INLINE int sort_slice_kind(int kind, SortState *st) {
    SortSlice items = st->all;
    intptr_t n = st->n;
    intptr_t minrun = compute_minrun(n);
    for (intptr_t lo = 0; lo < n;) {
        SortSlice run = ss_at(items, lo);
        intptr_t len = count_run(kind, st, run, n - lo);
        if (len < 0) return -1;
        if (len < minrun) {
            intptr_t force = PYM_MIN(minrun, n - lo);
            if (binary_sort(kind, st, run, force, len) < 0) return -1;
            len = force;
        }
        st->pending[st->npending].base = lo;
        st->pending[st->npending].len = len;
        st->npending++;
        lo += len;
        /* restore the invariants len[i-2] > len[i-1] + len[i], len[i-1] > len[i] */
        while (st->npending > 1) {
            int i = st->npending - 2;
#define LEN(j) (st->pending[j].len)
            if ((i > 0 && LEN(i - 1) <= LEN(i) + LEN(i + 1)) ||
                (i > 1 && LEN(i - 2) <= LEN(i - 1) + LEN(i))) {
                if (LEN(i - 1) < LEN(i + 1)) i--;
            } else if (LEN(i) > LEN(i + 1)) {
                break;
            }
            if (merge_at(kind, st, i) < 0) return -1;
        }
    }
    while (st->npending > 1) {
        int i = st->npending - 2;
        if (i > 0 && LEN(i - 1) < LEN(i + 1)) i--;
#undef LEN
        if (merge_at(kind, st, i) < 0) return -1;
    }
    return 0;
}

static int sort_generic(SortState *st) { return sort_slice_kind(SK_GENERIC, st); }
static int sort_int(SortState *st) { return sort_slice_kind(SK_INT, st); }
static int sort_str(SortState *st) { return sort_slice_kind(SK_STR, st); }
static int sort_float(SortState *st) { return sort_slice_kind(SK_FLOAT, st); }
static int sort_tuple(SortState *st) { return sort_slice_kind(SK_TUPLE, st); }
static int sort_tuple_int(SortState *st) { return sort_slice_kind(SK_TUPLE_INT, st); }
static int sort_tuple_str(SortState *st) { return sort_slice_kind(SK_TUPLE_STR, st); }
static int sort_tuple_float(SortState *st) { return sort_slice_kind(SK_TUPLE_FLOAT, st); }
static int sort_str_prefix(SortState *st) { return sort_slice_kind(SK_STR_PREFIX, st); }
static int sort_word_int(SortState *st) { return sort_slice_kind(SK_WORD_INT, st); }
static int sort_word_float(SortState *st) { return sort_slice_kind(SK_WORD_FLOAT, st); }

/* Makes w[0..n) the word keys of keys[0..n) of kind (SK_STR, SK_INT or
** SK_FLOAT) and returns the kind of sort by them, or -1 when they cannot
** stand for the keys: an int of more than two digits, a float NaN (its
** comparisons are not an order; -0.0 and 0.0 are equal doubles as they
** are equal floats). */
static int word_keys(uint64_t *w, PymObject **keys, intptr_t n, int kind) {
    if (kind == SK_STR) {
        int widest = 1;
        for (intptr_t i = 0; i < n; i++)
            if (PYM_STR_KIND(keys[i]) > widest) widest = PYM_STR_KIND(keys[i]);
        int units = widest == 1 ? 7 : widest == 2 ? 3 : 2;
        int bits = widest == 1 ? 8 : widest == 2 ? 16 : 21;
        for (intptr_t i = 0; i < n; i++) w[i] = pfx_key(keys[i], units, bits);
        return SK_STR_PREFIX;
    }
    if (kind == SK_INT) {
        for (intptr_t i = 0; i < n; i++) {
            PymObject *o = keys[i];
            intptr_t size = PYM_SIZE(o);
            const pym_digit *d = ((PymInt *)o)->ob_digit;
            int64_t v;
            if (size >= -1 && size <= 1)
                v = size * (int64_t)d[0];
            else if (size == 2 || size == -2)
                v = (int64_t)(d[0] | (uint64_t)d[1] << PYM_LONG_SHIFT) * (size / 2);
            else
                return -1;
            w[i] = (uint64_t)v;
        }
        return SK_WORD_INT;
    }
    for (intptr_t i = 0; i < n; i++) {
        double x = PYM_FLOAT_VALUE(keys[i]);
        if (x != x) return -1;
        memcpy(&w[i], &x, sizeof x);
    }
    return SK_WORD_FLOAT;
}

/* The kind every key shares (exact int, str, float; tuple), or SK_GENERIC. */
static int scan_kind(PymObject **keys, intptr_t n, bool first_items) {
    PymObject *k0 = keys[0];
    if (first_items) k0 = PYM_TUPLE_ITEMS(k0)[0];
    PymType *t0 = PYM_TYPE(k0);
    for (intptr_t i = 1; i < n; i++) {
        PymObject *k = keys[i];
        if (first_items) k = PYM_TUPLE_ITEMS(k)[0];
        if (PYM_TYPE(k) != t0) return SK_GENERIC;
    }
    if (t0 == &pym_type_int) return SK_INT;
    if (t0 == &pym_type_str) return SK_STR;
    if (t0 == &pym_type_float) return SK_FLOAT;
    if (t0 == &pym_type_tuple && !first_items) {
        for (intptr_t i = 0; i < n; i++)
            if (PYM_SIZE(keys[i]) == 0) return SK_GENERIC;
        return SK_TUPLE;
    }
    return SK_GENERIC;
}

/* Sorts s[0..n) stably by key. 0/-1; on error the arrays still hold every
** item exactly once (keys and values still paired). */
static int sort_slice(SortSlice s, intptr_t n) {
    if (n < 2) return 0;
    intptr_t m = n / 2 + 1; /* the merge buffer's room */
    size_t room = (s.values ? 2 : 1) * m * sizeof(PymObject *);
    SortState *st = pym_obj_malloc(sizeof(SortState) + room);
    if (!st) {
        pym_err_no_memory();
        return -1;
    }
    if (room >= PFX_POPULATE) pym_populate(st, sizeof(SortState) + room, true);
    st->npending = 0;
    st->min_gallop = MIN_GALLOP;
    st->all = s;
    st->n = n;
    st->tmp.keys = (PymObject **)(st + 1);
    st->tmp.values = s.values ? st->tmp.keys + m : NULL;
    int kind = scan_kind(s.keys, n, false), rc;
    if (kind == SK_TUPLE) kind += scan_kind(s.keys, n, true); /* SK_TUPLE_INT, ... */
    uint64_t *pfx = NULL;
    if ((kind == SK_INT || kind == SK_FLOAT || (kind == SK_STR && !s.values)) &&
        n >= PFX_MIN_ITEMS && sizeof(uintptr_t) == 8) {
        /* the keys and their half of the buffer; without them, the
        ** ordinary sort of the kind */
        size_t bytes = (size_t)(n + m) * sizeof(uint64_t);
        pfx = pym_raw_malloc(bytes);
        if (pfx && bytes >= PFX_POPULATE) pym_populate(pfx, bytes, true);
        int wkind = pfx ? word_keys(pfx, s.keys, n, kind) : -1;
        if (wkind >= 0) {
            /* the objects (the list's items, or with a key function the
            ** items whose keys they are) move with the keys; a key
            ** function's keys stay where they are, to be released */
            st->all.values = s.values ? s.values : s.keys;
            st->all.keys = (PymObject **)pfx;
            if (!s.values) st->tmp.values = st->tmp.keys;
            st->tmp.keys = (PymObject **)(pfx + n);
            kind = wkind;
        }
    }
    switch (kind) {
    case SK_INT: rc = sort_int(st); break;
    case SK_STR: rc = sort_str(st); break;
    case SK_FLOAT: rc = sort_float(st); break;
    case SK_TUPLE: rc = sort_tuple(st); break;
    case SK_TUPLE_INT: rc = sort_tuple_int(st); break;
    case SK_TUPLE_STR: rc = sort_tuple_str(st); break;
    case SK_TUPLE_FLOAT: rc = sort_tuple_float(st); break;
    case SK_STR_PREFIX: rc = sort_str_prefix(st); break;
    case SK_WORD_INT: rc = sort_word_int(st); break;
    case SK_WORD_FLOAT: rc = sort_word_float(st); break;
    default: rc = sort_generic(st); break;
    }
    pym_raw_free(pfx);
    pym_obj_free(st);
    return rc;
}

int pym_list_sort(PymObject *l, PymObject *keyfunc, int reverse) {
    PymList *self = (PymList *)l;
    if (keyfunc == pym_None) keyfunc = NULL;
    /* Empty the list while sorting so that mutation can be detected. */
    intptr_t n = PYM_SIZE(self);
    PymObject **saved = self->ob_item;
    intptr_t saved_alloc = self->allocated;
    PYM_SIZE(self) = 0;
    self->ob_item = NULL;
    self->allocated = -1;
    int rc = -1;
    /* without a key function the list's array is sorted in place as the
    ** keys; with one, the keys are an array of their own and the list's
    ** array moves with them as the values */
    SortSlice s = {saved, NULL};
    PymObject **keys = NULL;
    intptr_t nkeys = 0;
    if (keyfunc) {
        keys = pym_obj_malloc((n ? n : 1) * sizeof(PymObject *));
        if (!keys) {
            pym_err_no_memory();
            goto restore;
        }
        for (; nkeys < n; nkeys++) {
            keys[nkeys] = pym_call_onearg(keyfunc, saved[nkeys]);
            if (!keys[nkeys]) goto fail_keys;
        }
        s.keys = keys;
        s.values = saved;
    }
    if (n > 1) {
        if (reverse) reverse_slice(s, n);
        /* on error the list's array still holds every item exactly once */
        if (sort_slice(s, n) < 0) goto fail_keys;
        if (reverse) reverse_slice(s, n);
    }
    rc = 0;
fail_keys:
    for (intptr_t i = 0; i < nkeys; i++) PYM_DECREF(keys[i]);
    pym_obj_free(keys);
restore:
    if (self->allocated != -1 && rc == 0) {
        pym_err_set_string(PymExc_ValueError, "list modified during sort");
        rc = -1;
    }
    {
        /* whatever was put in the list meanwhile is dropped */
        PymObject **junk = self->ob_item;
        intptr_t njunk = PYM_SIZE(self);
        self->ob_item = saved;
        PYM_SIZE(self) = n;
        self->allocated = saved_alloc;
        if (junk) {
            while (--njunk >= 0) PYM_XDECREF(junk[njunk]);
            pym_obj_free(junk);
        }
    }
    return rc;
}

/* {====== lifecycle ======} */

static void list_dealloc(PymObject *o) {
    PymList *l = (PymList *)o;
    pym_gc_untrack(o);
    if (!pym_trashcan_begin(o)) return;
    if (l->ob_item) {
        intptr_t i = PYM_SIZE(l);
        while (--i >= 0) PYM_XDECREF(l->ob_item[i]);
        pym_obj_free(l->ob_item);
    }
    if (PYM_LIST_CHECK_EXACT(o) && list_numfree < LIST_MAXFREELIST)
        list_free_list[list_numfree++] = l;
    else
        PYM_TYPE(o)->tp_free(o);
    pym_trashcan_end();
}

static int list_traverse(PymObject *o, visitproc visit, void *arg) {
    for (intptr_t i = PYM_SIZE(o); --i >= 0;) PYM_VISIT(PYM_LIST_GET(o, i));
    return 0;
}

static int list_clear_slot(PymObject *o) {
    list_clear_items((PymList *)o);
    return 0;
}

static PymObject *list_new(PymType *type, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    PymList *l = list_alloc_type(type);
    if (!l) return NULL;
    pym_gc_track((PymObject *)l);
    return (PymObject *)l;
}

static int list_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    if (PYM_TYPE(self) == &pym_type_list && pym_arg_no_kwargs("list", kwnames) < 0) return -1;
    if (pym_arg_count("list", nargs, NULL, 0, 1) < 0) return -1;
    list_clear_items((PymList *)self);
    if (nargs == 1) return list_fill((PymList *)self, args[0]);
    return 0;
}

/* {====== protocol ======} */

static PymObject *list_repr(PymObject *o) {
    if (PYM_SIZE(o) == 0) return pym_str_from_cstr("[]");
    int r = pym_repr_enter(o);
    if (r != 0) return r > 0 ? pym_str_from_cstr("[...]") : NULL;
    PymStrBuilder sb;
    pym_sb_init(&sb);
    pym_sb_append_cstr(&sb, "[");
    for (intptr_t i = 0; i < PYM_SIZE(o); i++) {
        if (i) pym_sb_append_cstr(&sb, ", ");
        PymObject *item = pym_newref(PYM_LIST_GET(o, i));
        int rc = pym_sb_append_obj_repr(&sb, item);
        PYM_DECREF(item);
        if (rc < 0) {
            pym_sb_discard(&sb);
            pym_repr_leave(o);
            return NULL;
        }
    }
    pym_sb_append_cstr(&sb, "]");
    pym_repr_leave(o);
    return pym_sb_finish(&sb);
}

static PymObject *size_compare(intptr_t na, intptr_t nb, int op) {
    int c;
    switch (op) {
    case PYM_LT: c = na < nb; break;
    case PYM_LE: c = na <= nb; break;
    case PYM_EQ: c = na == nb; break;
    case PYM_NE: c = na != nb; break;
    case PYM_GT: c = na > nb; break;
    default: c = na >= nb; break;
    }
    return pym_bool_from(c);
}

static PymObject *list_richcompare(PymObject *a, PymObject *b, int op) {
    if (!PYM_LIST_CHECK(a) || !PYM_LIST_CHECK(b)) PYM_RETURN_NOTIMPL;
    if (PYM_SIZE(a) != PYM_SIZE(b) && (op == PYM_EQ || op == PYM_NE))
        return pym_bool_from(op == PYM_NE);
    /* items may change during comparisons: compare by index with fresh reads */
    intptr_t i;
    for (i = 0; i < PYM_SIZE(a) && i < PYM_SIZE(b); i++) {
        PymObject *x = pym_newref(PYM_LIST_GET(a, i)), *y = pym_newref(PYM_LIST_GET(b, i));
        int k = pym_object_richcompare_bool(x, y, PYM_EQ);
        PYM_DECREF(x);
        PYM_DECREF(y);
        if (k < 0) return NULL;
        if (!k) break;
    }
    if (i >= PYM_SIZE(a) || i >= PYM_SIZE(b)) return size_compare(PYM_SIZE(a), PYM_SIZE(b), op);
    if (op == PYM_EQ) PYM_RETURN_FALSE;
    if (op == PYM_NE) PYM_RETURN_TRUE;
    PymObject *x = pym_newref(PYM_LIST_GET(a, i)), *y = pym_newref(PYM_LIST_GET(b, i));
    PymObject *r = pym_object_richcompare(x, y, op);
    PYM_DECREF(x);
    PYM_DECREF(y);
    return r;
}

static intptr_t list_length(PymObject *o) { return PYM_SIZE(o); }

static int list_contains(PymObject *o, PymObject *v) {
    for (intptr_t i = 0; i < PYM_SIZE(o); i++) {
        PymObject *item = PYM_LIST_GET(o, i);
        if (item == v) return 1;
        pym_incref(item);
        int r = pym_object_richcompare_bool(item, v, PYM_EQ);
        PYM_DECREF(item);
        if (r) return r;
    }
    return 0;
}

PymObject *pym_list_get_slice(PymObject *o, intptr_t start, intptr_t n, intptr_t step) {
    if (step == 1) return pym_list_slice(o, start, start + n);
    PymList *r = list_new_prealloc(n);
    if (!r) return NULL;
    PymObject **src = PYM_LIST_ITEMS(o), **dst = r->ob_item;
    if (step == -1) { /* a[k::-1], a[::-1]: the reversed run */
        for (intptr_t i = 0; i < n; i++) dst[i] = pym_newref(src[start - i]);
    } else {
        for (intptr_t i = 0; i < n; i++) /* start + i*step: no overflow past the end */
            dst[i] = pym_newref(src[start + i * step]);
    }
    PYM_SIZE(r) = n;
    pym_gc_track((PymObject *)r);
    return (PymObject *)r;
}

static bool is_index(PymObject *o) { return PYM_INT_CHECK(o) || PYM_TYPE(o)->nb_index != NULL; }

static PymObject *list_subscript(PymObject *o, PymObject *key) {
    if (PYM_INT_CHECK(key) || (is_index(key) && !PYM_SLICE_CHECK(key))) {
        intptr_t i = pym_number_as_ssize(key, PymExc_IndexError);
        if (i == -1 && pym_err_occurred()) return NULL;
        if (i < 0) i += PYM_SIZE(o);
        if (i < 0 || i >= PYM_SIZE(o)) {
            pym_err_set_string(PymExc_IndexError, "list index out of range");
            return NULL;
        }
        return pym_newref(PYM_LIST_GET(o, i));
    }
    if (PYM_SLICE_CHECK(key)) {
        intptr_t start, stop, step;
        intptr_t n = pym_slice_indices(key, PYM_SIZE(o), &start, &stop, &step);
        if (n < 0) return NULL;
        return pym_list_get_slice(o, start, n, step);
    }
    pym_err_format(PymExc_TypeError, "list indices must be integers or slices, not %s",
                   pym_type_name(key));
    return NULL;
}

static int list_ass_subscript(PymObject *o, PymObject *key, PymObject *value) {
    PymList *self = (PymList *)o;
    if (PYM_INT_CHECK(key) || (is_index(key) && !PYM_SLICE_CHECK(key))) {
        intptr_t i = pym_number_as_ssize(key, PymExc_IndexError);
        if (i == -1 && pym_err_occurred()) return -1;
        if (i < 0) i += PYM_SIZE(o);
        if (i < 0 || i >= PYM_SIZE(o)) {
            pym_err_set_string(PymExc_IndexError, "list assignment index out of range");
            return -1;
        }
        if (value) {
            PymObject *old = self->ob_item[i];
            self->ob_item[i] = pym_newref(value);
            PYM_DECREF(old);
            return 0;
        }
        return list_ass_slice(self, i, i + 1, NULL);
    }
    if (!PYM_SLICE_CHECK(key)) {
        pym_err_format(PymExc_TypeError, "list indices must be integers or slices, not %s",
                       pym_type_name(key));
        return -1;
    }
    intptr_t start, stop, step;
    intptr_t slicelen = pym_slice_indices(key, PYM_SIZE(o), &start, &stop, &step);
    if (slicelen < 0) return -1;
    return pym_list_set_slice(o, start, stop, step, slicelen, value);
}

int pym_list_set_slice(PymObject *o, intptr_t start, intptr_t stop, intptr_t step,
                       intptr_t slicelen, PymObject *value) {
    PymList *self = (PymList *)o;
    if (step == 1) return list_ass_slice(self, start, stop < start ? start : stop, value);
    if (value == NULL) {
        /* delete an extended slice: compact the survivors in place */
        if (slicelen <= 0) return 0;
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (slicelen - 1) - 1;
            step = -step;
        }
        PymObject **garbage = pym_obj_malloc(slicelen * sizeof(PymObject *));
        if (!garbage) {
            pym_err_no_memory();
            return -1;
        }
        intptr_t cur = start, i = 0, dst = start;
        for (intptr_t src = start; src < PYM_SIZE(o); src++) {
            if (i < slicelen && src == cur) {
                garbage[i++] = self->ob_item[src];
                if (i < slicelen) cur += step; /* never past the last one: no overflow */
            } else {
                self->ob_item[dst++] = self->ob_item[src];
            }
        }
        PYM_SIZE(self) = dst; /* items past dst were moved or are garbage */
        list_resize(self, dst);
        for (i = 0; i < slicelen; i++) PYM_DECREF(garbage[i]);
        pym_obj_free(garbage);
        return 0;
    }
    PymObject *seq;
    if (value == o)
        seq = pym_list_slice(o, 0, PYM_SIZE(o));
    else if (PYM_LIST_CHECK(value) || PYM_TUPLE_CHECK(value))
        seq = pym_newref(value);
    else {
        seq = pym_list_from_iter(value);
        if (!seq && pym_err_matches((PymObject *)PymExc_TypeError)) {
            pym_err_clear();
            pym_err_set_string(PymExc_TypeError, "must assign iterable to extended slice");
        }
    }
    if (!seq) return -1;
    if (PYM_SIZE(seq) != slicelen) {
        pym_err_format(PymExc_ValueError,
                       "attempt to assign sequence of size %zd to extended slice of size %zd",
                       PYM_SIZE(seq), slicelen);
        PYM_DECREF(seq);
        return -1;
    }
    /* every item stored before the first old one is dropped, in slice
    ** order (CPython's garbage array): a __del__ sees the list updated */
    PymObject *small[8], **garbage = small;
    if (slicelen > 8) {
        garbage = pym_obj_malloc(slicelen * sizeof(PymObject *));
        if (!garbage) {
            PYM_DECREF(seq);
            pym_err_no_memory();
            return -1;
        }
    }
    PymObject **src = PYM_LIST_CHECK(seq) ? PYM_LIST_ITEMS(seq) : PYM_TUPLE_ITEMS(seq);
    for (intptr_t i = 0; i < slicelen; i++) {
        intptr_t j = start + i * step; /* no overflow past the end */
        garbage[i] = self->ob_item[j];
        self->ob_item[j] = pym_newref(src[i]);
    }
    for (intptr_t i = 0; i < slicelen; i++) PYM_DECREF(garbage[i]);
    if (garbage != small) pym_obj_free(garbage);
    PYM_DECREF(seq);
    return 0;
}

static PymObject *list_concat(PymObject *a, PymObject *b) {
    intptr_t na = PYM_SIZE(a), nb = PYM_SIZE(b);
    PymList *r = list_new_prealloc(na + nb);
    if (!r) return NULL;
    for (intptr_t i = 0; i < na; i++) r->ob_item[i] = pym_newref(PYM_LIST_GET(a, i));
    for (intptr_t i = 0; i < nb; i++) r->ob_item[na + i] = pym_newref(PYM_LIST_GET(b, i));
    PYM_SIZE(r) = na + nb;
    pym_gc_track((PymObject *)r);
    return (PymObject *)r;
}

static PymObject *list_repeat(PymObject *a, intptr_t n) {
    intptr_t size = PYM_SIZE(a);
    if (n < 0) n = 0;
    if (size == 0 || n == 0) return pym_list_new(0);
    if (size > PYM_SSIZE_MAX / 8 / n) return pym_err_no_memory();
    PymList *r = list_new_prealloc(size * n);
    if (!r) return NULL;
    PymObject **dst = r->ob_item;
    for (intptr_t k = 0; k < n; k++)
        for (intptr_t i = 0; i < size; i++) *dst++ = pym_newref(PYM_LIST_GET(a, i));
    PYM_SIZE(r) = size * n;
    pym_gc_track((PymObject *)r);
    return (PymObject *)r;
}

static bool defer_to(PymObject *other, int op) {
    return (PYM_TYPE(other)->tp_flags & PYM_TPFLAGS_HEAPTYPE) &&
           PYM_TYPE(other)->nb_binop[op] != NULL;
}

static PymObject *list_add(PymObject *a, PymObject *b) {
    if (!PYM_LIST_CHECK(a)) PYM_RETURN_NOTIMPL;
    if (!PYM_LIST_CHECK(b)) {
        if (defer_to(b, PYM_NB_ADD)) PYM_RETURN_NOTIMPL;
        pym_err_format(PymExc_TypeError, "can only concatenate list (not \"%s\") to list",
                       pym_type_name(b));
        return NULL;
    }
    return list_concat(a, b);
}

static PymObject *mul_error(PymObject *other) {
    if (defer_to(other, PYM_NB_MULTIPLY) || PYM_LIST_CHECK(other)) PYM_RETURN_NOTIMPL;
    pym_err_format(PymExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                   pym_type_name(other));
    return NULL;
}

static PymObject *list_mul(PymObject *a, PymObject *b) {
    PymObject *seq = PYM_LIST_CHECK(a) ? a : b, *nobj = seq == a ? b : a;
    if (!is_index(nobj)) return mul_error(nobj);
    intptr_t n = pym_number_as_ssize(nobj, PymExc_OverflowError);
    if (n == -1 && pym_err_occurred()) return NULL;
    return list_repeat(seq, n);
}

static PymObject *list_iadd(PymObject *a, PymObject *b) {
    if (!PYM_LIST_CHECK(a)) PYM_RETURN_NOTIMPL;
    if (pym_list_extend(a, b) < 0) return NULL;
    return pym_newref(a);
}

static PymObject *list_imul(PymObject *a, PymObject *b) {
    if (!PYM_LIST_CHECK(a)) PYM_RETURN_NOTIMPL;
    if (!is_index(b)) return mul_error(b);
    intptr_t n = pym_number_as_ssize(b, PymExc_OverflowError);
    if (n == -1 && pym_err_occurred()) return NULL;
    PymList *self = (PymList *)a;
    intptr_t size = PYM_SIZE(a);
    if (size == 0 || n == 1) return pym_newref(a);
    if (n < 1) {
        list_clear_items(self);
        return pym_newref(a);
    }
    if (size > PYM_SSIZE_MAX / 8 / n) return pym_err_no_memory();
    if (list_resize(self, size * n) < 0) return NULL;
    PymObject **items = self->ob_item;
    for (intptr_t k = 1; k < n; k++)
        for (intptr_t i = 0; i < size; i++) items[k * size + i] = pym_newref(items[i]);
    return pym_newref(a);
}

/* {====== methods ======} */

static PymObject *m_append(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    if (pym_arg_count("append", nargs, kwnames, 1, 1) < 0) return NULL;
    if (pym_list_append(self, args[0]) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *m_extend(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    if (pym_arg_count("extend", nargs, kwnames, 1, 1) < 0) return NULL;
    if (pym_list_extend(self, args[0]) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *m_insert(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    if (pym_arg_count("insert", nargs, kwnames, 2, 2) < 0) return NULL;
    intptr_t i = pym_number_as_ssize(args[0], NULL);
    if (i == -1 && pym_err_occurred()) return NULL;
    if (pym_list_insert(self, i, args[1]) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *m_remove(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    if (pym_arg_count("remove", nargs, kwnames, 1, 1) < 0) return NULL;
    for (intptr_t i = 0; i < PYM_SIZE(self); i++) {
        PymObject *item = pym_newref(PYM_LIST_GET(self, i));
        int r = pym_object_richcompare_bool(item, args[0], PYM_EQ);
        PYM_DECREF(item);
        if (r < 0) return NULL;
        if (r) {
            if (list_ass_slice((PymList *)self, i, i + 1, NULL) < 0) return NULL;
            PYM_RETURN_NONE;
        }
    }
    pym_err_set_string(PymExc_ValueError, "list.remove(x): x not in list");
    return NULL;
}

static PymObject *m_pop(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    if (pym_arg_count("pop", nargs, kwnames, 0, 1) < 0) return NULL;
    intptr_t i = -1, n = PYM_SIZE(self);
    if (nargs) {
        i = pym_number_as_ssize(args[0], NULL);
        if (i == -1 && pym_err_occurred()) return NULL;
    }
    if (n == 0) {
        pym_err_set_string(PymExc_IndexError, "pop from empty list");
        return NULL;
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        pym_err_set_string(PymExc_IndexError, "pop index out of range");
        return NULL;
    }
    PymObject *v = PYM_LIST_GET(self, i);
    if (i == n - 1) {
        if (list_resize((PymList *)self, n - 1) < 0) return NULL;
        return v;
    }
    pym_incref(v);
    if (list_ass_slice((PymList *)self, i, i + 1, NULL) < 0) {
        PYM_DECREF(v);
        return NULL;
    }
    return v;
}

static PymObject *m_clear(PymObject *self, PymObject *const *args, size_t nargs,
                          PymObject *kwnames) {
    if (pym_arg_count("clear", nargs, kwnames, 0, 0) < 0) return NULL;
    list_clear_items((PymList *)self);
    PYM_RETURN_NONE;
}

static PymObject *m_copy(PymObject *self, PymObject *const *args, size_t nargs,
                         PymObject *kwnames) {
    if (pym_arg_count("copy", nargs, kwnames, 0, 0) < 0) return NULL;
    return pym_list_slice(self, 0, PYM_SIZE(self));
}

static PymObject *m_index(PymObject *self, PymObject *const *args, size_t nargs,
                          PymObject *kwnames) {
    if (pym_arg_count("index", nargs, kwnames, 1, 3) < 0) return NULL;
    intptr_t start = 0, stop = PYM_SSIZE_MAX;
    if (nargs > 1) {
        start = pym_number_as_ssize(args[1], NULL);
        if (start == -1 && pym_err_occurred()) return NULL;
        if (start < 0) {
            start += PYM_SIZE(self);
            if (start < 0) start = 0;
        }
    }
    if (nargs > 2) {
        stop = pym_number_as_ssize(args[2], NULL);
        if (stop == -1 && pym_err_occurred()) return NULL;
        if (stop < 0) {
            stop += PYM_SIZE(self);
            if (stop < 0) stop = 0;
        }
    }
    for (intptr_t i = start; i < stop && i < PYM_SIZE(self); i++) {
        PymObject *item = pym_newref(PYM_LIST_GET(self, i));
        int r = pym_object_richcompare_bool(item, args[0], PYM_EQ);
        PYM_DECREF(item);
        if (r < 0) return NULL;
        if (r) return pym_int_from_ssize(i);
    }
    pym_err_format(PymExc_ValueError, "%R is not in list", args[0]);
    return NULL;
}

static PymObject *m_count(PymObject *self, PymObject *const *args, size_t nargs,
                          PymObject *kwnames) {
    if (pym_arg_count("count", nargs, kwnames, 1, 1) < 0) return NULL;
    intptr_t c = 0;
    for (intptr_t i = 0; i < PYM_SIZE(self); i++) {
        PymObject *item = pym_newref(PYM_LIST_GET(self, i));
        int r = item == args[0] ? 1 : pym_object_richcompare_bool(item, args[0], PYM_EQ);
        PYM_DECREF(item);
        if (r < 0) return NULL;
        c += r;
    }
    return pym_int_from_ssize(c);
}

static PymObject *m_reverse(PymObject *self, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    if (pym_arg_count("reverse", nargs, kwnames, 0, 0) < 0) return NULL;
    pym_list_reverse(self);
    PYM_RETURN_NONE;
}

static PymObject *m_sort(PymObject *self, PymObject *const *args, size_t nargs,
                         PymObject *kwnames) {
    static const char *const names[] = {"key", "reverse", NULL};
    PymObject *out[2] = {NULL, NULL};
    if (nargs > 0) {
        pym_err_set_string(PymExc_TypeError, "sort() takes no positional arguments");
        return NULL;
    }
    if (pym_arg_unpack("sort", args, nargs, kwnames, names, 0, 0, out) < 0) return NULL;
    int reverse = 0;
    if (out[1]) {
        reverse = pym_object_is_true(out[1]);
        if (reverse < 0) return NULL;
    }
    if (pym_list_sort(self, out[0], reverse) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *m_sizeof(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    if (pym_arg_count("__sizeof__", nargs, kwnames, 0, 0) < 0) return NULL;
    /* a subclass's dict pointers count as pre-header (sys.getsizeof) */
    return pym_int_from_ssize(PYM_TYPE(self)->tp_basicsize -
                              pym_object_preheader_extra(PYM_TYPE(self)) +
                              ((PymList *)self)->allocated * (intptr_t)sizeof(PymObject *));
}

static PymObject *list_reversed_iter(PymObject *self, PymObject *const *args, size_t nargs,
                                     PymObject *kwnames);

static PymMethodDef list_methods[] = {
    {"__class_getitem__", pym_generic_alias_class_getitem, PYM_METH_CLASS, "See PEP 585"},
    {"append", m_append, 0, NULL},
    {"extend", m_extend, 0, NULL},
    {"insert", m_insert, 0, NULL},
    {"remove", m_remove, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"clear", m_clear, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {"index", m_index, 0, NULL},
    {"count", m_count, 0, NULL},
    {"reverse", m_reverse, 0, NULL},
    {"sort", m_sort, 0, NULL},
    {"__reversed__", list_reversed_iter, 0, NULL},
    {"__sizeof__", m_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* {====== iterators ======} */

typedef struct {
    PymObject ob_base;
    intptr_t index;
    PymObject *seq; /* NULL when exhausted */
} ListIter;

static PymObject *listiter_make(PymType *t, PymObject *seq, intptr_t index) {
    ListIter *it = (ListIter *)pym_object_alloc(t, 0);
    if (!it) return NULL;
    it->index = index;
    it->seq = pym_newref(seq);
    pym_gc_track((PymObject *)it);
    return (PymObject *)it;
}

static PymObject *list_iter(PymObject *o) { return listiter_make(&pym_type_list_iter, o, 0); }

static PymObject *list_reversed_iter(PymObject *self, PymObject *const *args, size_t nargs,
                                     PymObject *kwnames) {
    if (pym_arg_count("__reversed__", nargs, kwnames, 0, 0) < 0) return NULL;
    return listiter_make(&pym_type_list_reviter, self, PYM_SIZE(self) - 1);
}

static void listiter_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    PYM_XDECREF(((ListIter *)o)->seq);
    PYM_TYPE(o)->tp_free(o);
}

static int listiter_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((ListIter *)o)->seq);
    return 0;
}

static int listiter_clear(PymObject *o) {
    PYM_CLEAR(((ListIter *)o)->seq);
    return 0;
}

static PymObject *listiter_next(PymObject *o) {
    ListIter *it = (ListIter *)o;
    if (!it->seq) return NULL;
    if (it->index < PYM_SIZE(it->seq)) return pym_newref(PYM_LIST_GET(it->seq, it->index++));
    PYM_CLEAR(it->seq);
    return NULL;
}

static PymObject *listreviter_next(PymObject *o) {
    ListIter *it = (ListIter *)o;
    if (!it->seq) return NULL;
    if (it->index >= 0 && it->index < PYM_SIZE(it->seq))
        return pym_newref(PYM_LIST_GET(it->seq, it->index--));
    it->index = -1;
    PYM_CLEAR(it->seq);
    return NULL;
}

static PymObject *iter_self(PymObject *o) { return pym_newref(o); }

static PymObject *listiter_length_hint(PymObject *self, PymObject *const *args, size_t nargs,
                                       PymObject *kwnames) {
    ListIter *it = (ListIter *)self;
    intptr_t n = 0;
    if (it->seq) {
        if (PYM_TYPE(self) == &pym_type_list_iter)
            n = PYM_SIZE(it->seq) - it->index;
        else if (it->index < PYM_SIZE(it->seq))
            n = it->index + 1;
    }
    return pym_int_from_ssize(n < 0 ? 0 : n);
}

static PymMethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PymType pym_type_list_iter = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "list_iterator",
    .tp_basicsize = sizeof(ListIter),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = listiter_dealloc,
    .tp_traverse = listiter_traverse,
    .tp_clear = listiter_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = iter_self,
    .tp_iternext = listiter_next,
    .tp_methods = listiter_methods,
    .tp_free = pym_object_free,
};

PymType pym_type_list_reviter = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "list_reverseiterator",
    .tp_basicsize = sizeof(ListIter),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = listiter_dealloc,
    .tp_traverse = listiter_traverse,
    .tp_clear = listiter_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = iter_self,
    .tp_iternext = listreviter_next,
    .tp_methods = listiter_methods,
    .tp_free = pym_object_free,
};

PymType pym_type_list = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "list",
    .tp_basicsize = sizeof(PymList),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE | PYM_TPFLAGS_LIST_SUBCLASS |
                PYM_TPFLAGS_SEQ_CONCAT | PYM_TPFLAGS_SEQUENCE,
    .tp_dealloc = list_dealloc,
    .tp_traverse = list_traverse,
    .tp_clear = list_clear_slot,
    .tp_repr = list_repr,
    .tp_richcompare = list_richcompare,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = list_iter,
    .nb_binop =
        {
            [PYM_NB_ADD] = list_add,
            [PYM_NB_MULTIPLY] = list_mul,
            [PYM_NB_INPLACE + PYM_NB_ADD] = list_iadd,
            [PYM_NB_INPLACE + PYM_NB_MULTIPLY] = list_imul,
        },
    .sq_length = list_length,
    .mp_subscript = list_subscript,
    .mp_ass_subscript = list_ass_subscript,
    .sq_contains = list_contains,
    .tp_methods = list_methods,
    .tp_new = list_new,
    .tp_init = list_init,
    .tp_free = pym_object_free,
    .tp_doc = "Built-in mutable sequence.",
};
