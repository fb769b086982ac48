/*
** mod_heapmap.c -- the 'heapmap' module: pictures of pym's memory on demand
** (the pictures themselves: heapmap.c, gctrace.c, memtimeline.c).
**
**   heapmap.save(path, title=None)   SVG of pymalloc's arenas and pools now
**   heapmap.gc_pauses()              per generation: collections, pause total,
**                                    longest, last (us) and a histogram
**   heapmap.PAUSE_BUCKETS_US         the histogram's upper bounds
**   heapmap.large_blocks()           (blocks, bytes) served by malloc
**   heapmap.rss()                    resident set size of the process, bytes
*/
#include "pym.h"
#include "memviz.h"
#include <errno.h>

// save(path, title=None): writes the heap map of this moment as SVG
static PymObject *hm_save(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    static const char *const names[] = {"path", "title", NULL};
    PymObject *arg[2];
    if (pym_arg_unpack("save", a, n, kw, names, 1, -1, arg) < 0) return NULL;
    if (!PYM_STR_CHECK(arg[0])) {
        pym_err_format(PymExc_TypeError, "save() argument 'path' must be str, not %s",
                       pym_type_name(arg[0]));
        return NULL;
    }
    if (arg[1] && arg[1] != pym_None && !PYM_STR_CHECK(arg[1])) {
        pym_err_format(PymExc_TypeError, "save() argument 'title' must be str or None, not %s",
                       pym_type_name(arg[1]));
        return NULL;
    }
    const char *title = arg[1] && arg[1] != pym_None ? PYM_STR_UTF8(arg[1]) : NULL;
    if (pym_heapmap_write(PYM_STR_UTF8(arg[0]), title) < 0) {
        if (errno == ENOMEM) return pym_err_no_memory();
        return pym_err_set_from_errno(arg[0]);
    }
    PYM_RETURN_NONE;
}

static int set_num(PymObject *d, const char *key, PymObject *v) {
    if (!v) return -1;
    int r = pym_dict_setitem_cstr(d, key, v);
    PYM_DECREF(v);
    return r;
}

static PymObject *pauses_dict(const PymGCPauses *p) {
    PymObject *d = pym_dict_new();
    if (!d) return NULL;
    PymObject *h = pym_tuple_new(PYM_GCTRACE_NBUCKETS);
    if (!h) {
        PYM_DECREF(d);
        return NULL;
    }
    for (int k = 0; k < PYM_GCTRACE_NBUCKETS; k++) {
        PymObject *v = pym_int_from_ssize(p->histogram[k]);
        if (!v) {
            PYM_DECREF(h);
            PYM_DECREF(d);
            return NULL;
        }
        PYM_TUPLE_SET(h, k, v);
    }
    if (set_num(d, "collections", pym_int_from_ssize(p->collections)) < 0 ||
        set_num(d, "total_pause_us", pym_float_from_double(p->total_us)) < 0 ||
        set_num(d, "longest_pause_us", pym_float_from_double(p->longest_us)) < 0 ||
        set_num(d, "last_pause_us", pym_float_from_double(p->last_us)) < 0 ||
        set_num(d, "histogram", h) < 0) {
        PYM_DECREF(d);
        return NULL;
    }
    return d;
}

// gc_pauses() -> [{'collections': n, 'total_pause_us': f, ...}, ...] per generation
static PymObject *hm_gc_pauses(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("gc_pauses", n, kw, 0, 0) < 0) return NULL;
    PymObject *list = pym_list_new(0);
    for (int g = 0; list && g < 3; g++) {
        PymObject *d = pauses_dict(pym_gctrace_pauses(g));
        if (!d || pym_list_append(list, d) < 0) {
            PYM_XDECREF(d);
            PYM_DECREF(list);
            return NULL;
        }
        PYM_DECREF(d);
    }
    return list;
}

// large_blocks() -> (blocks, bytes) of object memory served by malloc
static PymObject *hm_large_blocks(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("large_blocks", n, kw, 0, 0) < 0) return NULL;
    intptr_t blocks;
    size_t bytes;
    pym_obmalloc_large(&blocks, &bytes);
    PymObject *t = pym_tuple_new(2);
    PymObject *x = pym_int_from_ssize(blocks), *y = pym_int_from_ssize((intptr_t)bytes);
    if (!t || !x || !y) {
        PYM_XDECREF(t);
        PYM_XDECREF(x);
        PYM_XDECREF(y);
        return NULL;
    }
    PYM_TUPLE_SET(t, 0, x);
    PYM_TUPLE_SET(t, 1, y);
    return t;
}

// rss() -> resident set size in bytes
static PymObject *hm_rss(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("rss", n, kw, 0, 0) < 0) return NULL;
    return pym_int_from_ssize((intptr_t)pym_memviz_rss());
}

static PymMethodDef heapmap_methods[] = {
    {"save", hm_save, 0, "Write an SVG picture of pymalloc's arenas and pools."},
    {"gc_pauses", hm_gc_pauses, 0, "Pause figures of the collector, per generation."},
    {"large_blocks", hm_large_blocks, 0, "(blocks, bytes) of object memory served by malloc."},
    {"rss", hm_rss, 0, "Resident set size of the process in bytes."},
    {NULL},
};

PymObject *pym_heapmap_module_init(void) {
    PymObject *m = pym_module_new("heapmap");
    if (!m) return NULL;
    PymObject *b = pym_tuple_new(PYM_GCTRACE_NBUCKETS - 1);
    for (int k = 0; b && k < PYM_GCTRACE_NBUCKETS - 1; k++) {
        PymObject *v = pym_float_from_double(pym_gctrace_bucket_limits_us[k]);
        if (!v) {
            PYM_DECREF(b);
            b = NULL;
            break;
        }
        PYM_TUPLE_SET(b, k, v);
    }
    if (!b || pym_module_add_functions(m, heapmap_methods) < 0 ||
        pym_module_add_object(m, "PAUSE_BUCKETS_US", b) < 0) {
        PYM_XDECREF(b);
        PYM_DECREF(m);
        return NULL;
    }
    PYM_DECREF(b);
    return m;
}
