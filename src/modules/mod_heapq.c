/*
** mod_heapq.c -- the '_heapq' module: a binary min-heap kept in a plain
** list (heap[k] <= heap[2k+1], heap[2k+2]), as CPython 3.11's: heappush,
** heappop, heapify, heapreplace, heappushpop, and the max-heap helpers
** _heappop_max, _heapify_max, _heapreplace_max that lib/heapq.py's merge
** and nlargest use.
**
** Sifting follows CPython's order of comparisons exactly (siftup walks the
** smaller child down to a leaf, then siftdown bubbles the item back up), so
** the list's layout after each operation is CPython's.  Items are swapped
** in place; a comparison can run Python code that changes the list, which
** is detected ("list changed size during iteration").
*/
#include "pym.h"

/* Compares a < b (or b < a for the max-heap).  1 / 0 / -1. */
static int heap_lt(PymObject *a, PymObject *b, bool max) {
    PymObject *x = pym_newref(max ? b : a), *y = pym_newref(max ? a : b);
    int r = pym_object_richcompare_bool(x, y, PYM_LT);
    PYM_DECREF(x);
    PYM_DECREF(y);
    return r;
}

/* Moves heap[pos] up towards startpos while it is smaller than its parent. */
static int siftdown(PymObject *heap, intptr_t startpos, intptr_t pos, bool max) {
    intptr_t size = PYM_SIZE(heap);
    while (pos > startpos) {
        intptr_t parentpos = (pos - 1) >> 1;
        int lt = heap_lt(PYM_LIST_GET(heap, pos), PYM_LIST_GET(heap, parentpos), max);
        if (lt < 0) return -1;
        if (size != PYM_SIZE(heap)) {
            pym_err_set_string(PymExc_RuntimeError, "list changed size during iteration");
            return -1;
        }
        if (!lt) break;
        PymObject **items = PYM_LIST_ITEMS(heap);
        PymObject *t = items[parentpos];
        items[parentpos] = items[pos];
        items[pos] = t;
        pos = parentpos;
    }
    return 0;
}

/* Moves the smaller child up until a leaf is reached, then siftdown. */
static int siftup(PymObject *heap, intptr_t pos, bool max) {
    intptr_t endpos = PYM_SIZE(heap), startpos = pos;
    intptr_t limit = endpos >> 1;
    while (pos < limit) {
        intptr_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int lt = heap_lt(PYM_LIST_GET(heap, childpos), PYM_LIST_GET(heap, childpos + 1), max);
            if (lt < 0) return -1;
            childpos += (lt == 0);
            if (endpos != PYM_SIZE(heap)) {
                pym_err_set_string(PymExc_RuntimeError, "list changed size during iteration");
                return -1;
            }
        }
        PymObject **items = PYM_LIST_ITEMS(heap);
        PymObject *t = items[childpos];
        items[childpos] = items[pos];
        items[pos] = t;
        pos = childpos;
    }
    return siftdown(heap, startpos, pos, max);
}

/* Argument checks with CPython's wording for one-argument functions
** ("_heapq.heappop() takes exactly one argument (0 given)", "heappop()
** argument must be list, not tuple") and two-argument ones ("heappush
** expected 2 arguments, got 1", "heappush() argument 1 must be list"). */
static bool check_args(const char *fname, PymObject *const *a, size_t n, PymObject *kw,
                       size_t want) {
    if (pym_arg_no_kwargs(fname, kw) < 0) return false;
    if (n != want) {
        if (want == 1)
            pym_err_format(PymExc_TypeError, "_heapq.%s() takes exactly one argument (%zd given)",
                           fname, (intptr_t)n);
        else
            pym_err_format(PymExc_TypeError, "%s expected 2 arguments, got %zd", fname,
                           (intptr_t)n);
        return false;
    }
    if (PYM_LIST_CHECK(a[0])) return true;
    pym_err_format(PymExc_TypeError, "%s() argument%s must be list, not %s", fname,
                   want == 1 ? "" : " 1", a[0] == pym_None ? "None" : pym_type_name(a[0]));
    return false;
}

static PymObject *heappush(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (!check_args("heappush", a, n, kw, 2)) return NULL;
    if (pym_list_append(a[0], a[1]) < 0) return NULL;
    if (siftdown(a[0], 0, PYM_SIZE(a[0]) - 1, false) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *pop_common(const char *fname, PymObject *const *a, size_t n, PymObject *kw,
                             bool max) {
    if (!check_args(fname, a, n, kw, 1)) return NULL;
    PymObject *heap = a[0];
    intptr_t size = PYM_SIZE(heap);
    if (size == 0) {
        pym_err_set_string(PymExc_IndexError, "index out of range");
        return NULL;
    }
    PymObject *last = pym_newref(PYM_LIST_GET(heap, size - 1));
    PymObject *idx = pym_int_from_ssize(size - 1); /* del heap[-1]: list's shrink policy */
    int rc = idx ? pym_object_delitem(heap, idx) : -1;
    PYM_XDECREF(idx);
    if (rc < 0) {
        PYM_DECREF(last);
        return NULL;
    }
    if (size - 1 == 0) return last;
    PymObject *ret = PYM_LIST_GET(heap, 0);
    PYM_LIST_SET(heap, 0, last);
    if (siftup(heap, 0, max) < 0) {
        PYM_DECREF(ret);
        return NULL;
    }
    return ret;
}

static PymObject *heappop(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    return pop_common("heappop", a, n, kw, false);
}
static PymObject *heappop_max(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    return pop_common("_heappop_max", a, n, kw, true);
}

static PymObject *replace_common(const char *fname, PymObject *const *a, size_t n, PymObject *kw,
                                 bool max) {
    if (!check_args(fname, a, n, kw, 2)) return NULL;
    PymObject *heap = a[0];
    if (PYM_SIZE(heap) == 0) {
        pym_err_set_string(PymExc_IndexError, "index out of range");
        return NULL;
    }
    PymObject *ret = PYM_LIST_GET(heap, 0);
    PYM_LIST_SET(heap, 0, pym_newref(a[1]));
    if (siftup(heap, 0, max) < 0) {
        PYM_DECREF(ret);
        return NULL;
    }
    return ret;
}

static PymObject *heapreplace(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    return replace_common("heapreplace", a, n, kw, false);
}
static PymObject *heapreplace_max(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    return replace_common("_heapreplace_max", a, n, kw, true);
}

static PymObject *heappushpop(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (!check_args("heappushpop", a, n, kw, 2)) return NULL;
    PymObject *heap = a[0], *item = a[1];
    if (PYM_SIZE(heap) == 0) return pym_newref(item);
    PymObject *top = pym_newref(PYM_LIST_GET(heap, 0));
    int lt = pym_object_richcompare_bool(top, item, PYM_LT);
    PYM_DECREF(top);
    if (lt < 0) return NULL;
    if (!lt) return pym_newref(item);
    if (PYM_SIZE(heap) == 0) {
        pym_err_set_string(PymExc_IndexError, "index out of range");
        return NULL;
    }
    PymObject *ret = PYM_LIST_GET(heap, 0);
    PYM_LIST_SET(heap, 0, pym_newref(item));
    if (siftup(heap, 0, false) < 0) {
        PYM_DECREF(ret);
        return NULL;
    }
    return ret;
}

static PymObject *heapify_common(const char *fname, PymObject *const *a, size_t n, PymObject *kw,
                                 bool max) {
    if (!check_args(fname, a, n, kw, 1)) return NULL;
    for (intptr_t i = PYM_SIZE(a[0]) / 2 - 1; i >= 0; i--)
        if (siftup(a[0], i, max) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *heapify(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    return heapify_common("heapify", a, n, kw, false);
}
static PymObject *heapify_max(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    return heapify_common("_heapify_max", a, n, kw, true);
}

static PymMethodDef heapq_functions[] = {
    {"heappush", heappush, 0, "Push item onto heap, maintaining the heap invariant."},
    {"heappop", heappop, 0, "Pop the smallest item off the heap, maintaining the heap invariant."},
    {"heapreplace", heapreplace, 0,
     "Pop and return the current smallest value, and add the new item."},
    {"heappushpop", heappushpop, 0,
     "Push item on the heap, then pop and return the smallest item from the heap."},
    {"heapify", heapify, 0, "Transform list into a heap, in-place, in O(len(heap)) time."},
    {"_heappop_max", heappop_max, 0, "Maxheap variant of heappop."},
    {"_heapreplace_max", heapreplace_max, 0, "Maxheap variant of heapreplace."},
    {"_heapify_max", heapify_max, 0, "Maxheap variant of heapify."},
    {NULL, NULL, 0, NULL},
};

/* Creates the _heapq module (new ref); called by the import system. */
PymObject *pym_heapq_module_init(void) {
    PymObject *m = pym_module_new("_heapq");
    if (!m) return NULL;
    if (pym_module_add_functions(m, heapq_functions) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
