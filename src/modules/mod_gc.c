/*
** mod_gc.c -- the 'gc' module: a thin Python-visible layer over gc.c.
** Argument conversion only; the algorithm lives in gc.c.
*/
#include "pym.h"
#include "gc.h"

#define ST (pym_gc_state)

static PymObject *ssize_result(intptr_t v) { return pym_int_from_ssize(v); }

/* Converts an optional int argument; dflt when absent or None. -1 + error */
static int int_arg(PymObject *o, long long dflt, long long *out) {
    if (!o || o == pym_None) {
        *out = dflt;
        return 0;
    }
    if (!PYM_INT_CHECK(o)) {
        pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                       pym_type_name(o));
        return -1;
    }
    *out = pym_int_as_longlong(o);
    return (*out == -1 && pym_err_occurred()) ? -1 : 0;
}

// enable(): enable automatic garbage collection
static PymObject *gc_enable(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("enable", n, kw, 0, 0) < 0) return NULL;
    ST.enabled = 1;
    PYM_RETURN_NONE;
}

// disable(): disable automatic garbage collection
static PymObject *gc_disable(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("disable", n, kw, 0, 0) < 0) return NULL;
    ST.enabled = 0;
    PYM_RETURN_NONE;
}

// isenabled() -> bool
static PymObject *gc_isenabled(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("isenabled", n, kw, 0, 0) < 0) return NULL;
    return pym_bool_from(ST.enabled);
}

// collect(generation=2) -> number of unreachable objects found
static PymObject *gc_collect(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    static const char *const names[] = {"generation", NULL};
    PymObject *arg[1];
    long long gen;
    if (pym_arg_unpack("collect", a, n, kw, names, 0, -1, arg) < 0) return NULL;
    if (int_arg(arg[0], 2, &gen) < 0) return NULL;
    if (gen < 0 || gen >= PYM_GC_NUM_GENERATIONS) {
        pym_err_set_string(PymExc_ValueError, "invalid generation");
        return NULL;
    }
    return ssize_result(pym_gc_collect((int)gen));
}

/* A tuple of one int per generation (NULL + MemoryError if one fails: a
** failed int used to be stored as NULL, a crash found by failalloc).  The
** values are read before the tuple is made, as CPython does: making it
** counts one allocation in generation 0, which get_count() must not show. */
static PymObject *per_generation(const int *first, size_t stride) {
    int vals[PYM_GC_NUM_GENERATIONS];
    for (int i = 0; i < PYM_GC_NUM_GENERATIONS; i++)
        vals[i] = *(const int *)((const char *)first + i * stride);
    PymObject *t = pym_tuple_new(PYM_GC_NUM_GENERATIONS);
    if (!t) return NULL;
    for (int i = 0; i < PYM_GC_NUM_GENERATIONS; i++) {
        PymObject *v = pym_int_from_long(vals[i]);
        if (!v) {
            PYM_DECREF(t);
            return NULL;
        }
        PYM_TUPLE_SET(t, i, v);
    }
    return t;
}

// get_count() -> (count0, count1, count2)
static PymObject *gc_get_count(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("get_count", n, kw, 0, 0) < 0) return NULL;
    return per_generation(&ST.gens[0].count, sizeof ST.gens[0]);
}

// get_threshold() -> (threshold0, threshold1, threshold2)
static PymObject *gc_get_threshold(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("get_threshold", n, kw, 0, 0) < 0) return NULL;
    return per_generation(&ST.gens[0].threshold, sizeof ST.gens[0]);
}

// set_threshold(threshold0[, threshold1[, threshold2]])
static PymObject *gc_set_threshold(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_no_kwargs("set_threshold", kw) < 0) return NULL;
    if (n < 1 || n > 3) {
        pym_err_format(PymExc_TypeError, "set_threshold() takes %s (%zd given)",
                       n < 1 ? "at least 1 argument" : "at most 3 arguments", (intptr_t)n);
        return NULL;
    }
    long long v[3];
    for (size_t i = 0; i < n; i++)
        if (int_arg(a[i], 0, &v[i]) < 0) return NULL;
    for (size_t i = 0; i < n; i++) ST.gens[i].threshold = (int)v[i];
    PYM_RETURN_NONE;
}

// get_objects(generation=None) -> list of tracked objects
static PymObject *gc_get_objects(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    static const char *const names[] = {"generation", NULL};
    PymObject *arg[1];
    long long gen;
    if (pym_arg_unpack("get_objects", a, n, kw, names, 0, -1, arg) < 0) return NULL;
    pym_types_fill_all(); /* every static type's dict, as if built at start-up */
    if (int_arg(arg[0], -1, &gen) < 0) return NULL;
    if (arg[0] && arg[0] != pym_None && (gen < 0 || gen >= PYM_GC_NUM_GENERATIONS)) {
        pym_err_format(
            PymExc_ValueError,
            gen < 0
                ? "generation parameter cannot be negative"
                : "generation parameter must be less than the number of available generations (%i)",
            PYM_GC_NUM_GENERATIONS);
        return NULL;
    }
    PymObject *list = pym_list_new(0);
    if (!list) return NULL;
    if (pym_gc_objects((int)gen, list) < 0) {
        PYM_DECREF(list);
        return NULL;
    }
    return list;
}

// get_stats() -> [{'collections': n, 'collected': n, 'uncollectable': n}, ...]
static PymObject *gc_get_stats(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("get_stats", n, kw, 0, 0) < 0) return NULL;
    PymObject *list = pym_list_new(PYM_GC_NUM_GENERATIONS);
    if (!list) return NULL;
    for (int i = 0; i < PYM_GC_NUM_GENERATIONS; i++) {
        PymObject *d = pym_dict_new();
        if (!d) {
            PYM_DECREF(list);
            return NULL;
        }
        PYM_LIST_SET(list, i, d);
        const char *keys[3] = {"collections", "collected", "uncollectable"};
        intptr_t vals[3] = {ST.stats[i].collections, ST.stats[i].collected,
                            ST.stats[i].uncollectable};
        for (int k = 0; k < 3; k++) {
            PymObject *v = pym_int_from_ssize(vals[k]);
            if (!v || pym_dict_setitem_cstr(d, keys[k], v) < 0) {
                PYM_XDECREF(v);
                PYM_DECREF(list);
                return NULL;
            }
            PYM_DECREF(v);
        }
    }
    return list;
}

// get_referrers(*objs) -> list of objects that refer to any of objs
static PymObject *gc_get_referrers(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_no_kwargs("get_referrers", kw) < 0) return NULL;
    pym_types_fill_all();
    PymObject *list = pym_list_new(0);
    if (!list) return NULL;
    for (size_t i = 0; i < n; i++)
        if (pym_gc_referrers(a[i], list) < 0) {
            PYM_DECREF(list);
            return NULL;
        }
    return list;
}

static int append_referent(PymObject *op, void *list) { return pym_list_append(list, op); }

// get_referents(*objs) -> list of objects directly referred to by objs
static PymObject *gc_get_referents(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_no_kwargs("get_referents", kw) < 0) return NULL;
    PymObject *list = pym_list_new(0);
    if (!list) return NULL;
    for (size_t i = 0; i < n; i++) {
        if (!PYM_IS_GC(a[i])) continue;
        traverseproc trav = PYM_TYPE(a[i])->tp_traverse;
        if (trav && trav(a[i], append_referent, list)) {
            PYM_DECREF(list);
            return NULL;
        }
    }
    return list;
}

// is_tracked(obj) -> bool
static PymObject *gc_is_tracked(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("is_tracked", n, kw, 1, 1) < 0) return NULL;
    return pym_bool_from(pym_gc_is_tracked(a[0]));
}

// is_finalized(obj) -> bool
static PymObject *gc_is_finalized(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("is_finalized", n, kw, 1, 1) < 0) return NULL;
    return pym_bool_from(pym_gc_is_finalized(a[0]));
}

// freeze(): move every tracked object to the permanent generation
static PymObject *gc_freeze(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("freeze", n, kw, 0, 0) < 0) return NULL;
    pym_gc_freeze();
    PYM_RETURN_NONE;
}

// unfreeze(): move the permanent generation back into generation 2
static PymObject *gc_unfreeze(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("unfreeze", n, kw, 0, 0) < 0) return NULL;
    pym_gc_unfreeze();
    PYM_RETURN_NONE;
}

// get_freeze_count() -> int
static PymObject *gc_get_freeze_count(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("get_freeze_count", n, kw, 0, 0) < 0) return NULL;
    return ssize_result(pym_gc_freeze_count());
}

// set_debug(flags)
static PymObject *gc_set_debug(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("set_debug", n, kw, 1, 1) < 0) return NULL;
    long long v;
    if (int_arg(a[0], 0, &v) < 0) return NULL;
    ST.debug = (int)v;
    PYM_RETURN_NONE;
}

// get_debug() -> flags
static PymObject *gc_get_debug(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("get_debug", n, kw, 0, 0) < 0) return NULL;
    return pym_int_from_long(ST.debug);
}

static PymMethodDef gc_functions[] = {
    {"enable", gc_enable, 0, "Enable automatic garbage collection."},
    {"disable", gc_disable, 0, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, 0, "Returns true if automatic garbage collection is enabled."},
    {"collect", gc_collect, 0, "Run the garbage collector."},
    {"get_count", gc_get_count, 0, "Return a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold, 0, "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold, 0, "Set the collection thresholds."},
    {"get_objects", gc_get_objects, 0, "Return a list of objects tracked by the collector."},
    {"get_stats", gc_get_stats, 0,
     "Return a list of dictionaries containing per-generation statistics."},
    {"get_referrers", gc_get_referrers, 0,
     "Return the list of objects that directly refer to any of objs."},
    {"get_referents", gc_get_referents, 0,
     "Return the list of objects that are directly referred to by objs."},
    {"is_tracked", gc_is_tracked, 0,
     "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", gc_is_finalized, 0,
     "Returns true if the object has been already finalized by the GC."},
    {"freeze", gc_freeze, 0,
     "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gc_unfreeze, 0, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count, 0,
     "Return the number of objects in the permanent generation."},
    {"set_debug", gc_set_debug, 0, "Set the garbage collection debugging flags."},
    {"get_debug", gc_get_debug, 0, "Get the garbage collection debugging flags."},
    {NULL, NULL, 0, NULL},
};

/* Creates the gc module (new ref); called by the import system. */
PymObject *pym_gc_module_init(void) {
    PymObject *m = pym_module_new("gc");
    if (!m) return NULL;
    if (pym_module_add_functions(m, gc_functions) < 0) goto fail;
    if (!ST.garbage && !(ST.garbage = pym_list_new(0))) goto fail;
    if (!ST.callbacks && !(ST.callbacks = pym_list_new(0))) goto fail;
    if (pym_module_add_object(m, "garbage", ST.garbage) < 0 ||
        pym_module_add_object(m, "callbacks", ST.callbacks) < 0 ||
        pym_module_add_int(m, "DEBUG_STATS", PYM_GC_DEBUG_STATS) < 0 ||
        pym_module_add_int(m, "DEBUG_COLLECTABLE", PYM_GC_DEBUG_COLLECTABLE) < 0 ||
        pym_module_add_int(m, "DEBUG_UNCOLLECTABLE", PYM_GC_DEBUG_UNCOLLECTABLE) < 0 ||
        pym_module_add_int(m, "DEBUG_SAVEALL", PYM_GC_DEBUG_SAVEALL) < 0 ||
        pym_module_add_int(m, "DEBUG_LEAK", PYM_GC_DEBUG_LEAK) < 0)
        goto fail;
    return m;
fail:
    PYM_DECREF(m);
    return NULL;
}
