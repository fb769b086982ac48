/*
** state.c -- interpreter start-up and shutdown.  Start-up readies the
** types of every layer in dependency order, then creates builtins and sys
** (with sys.path).  Shutdown flushes the standard streams, empties
** sys.modules, clears the modules' namespaces the way CPython does
** (so __del__ methods run while builtins still work) and collects.
*/
#include "pym.h"
#include "fileobject.h"
#include "tracemalloc.h"
#include "memviz.h"

static bool initialized;
static bool flush_failed;

int pym_runtime_flush_failed(void) { return flush_failed; }

int pym_runtime_init(int argc, char **argv) {
    if (initialized) return 0;
    /* the collector's lists first: readying types already tracks dicts */
    if (pym_gc_init() < 0) goto fail;
    if (pym_types_init() < 0 || pym_strings_init() < 0 || pym_numbers_init() < 0 ||
        pym_containers_init() < 0 || pym_exceptions_init() < 0 || pym_vm_init() < 0)
        goto fail;
    if (pym_type_ready(&pym_type_module) < 0 || pym_file_init() < 0) goto fail;
    if (pym_builtins_init() < 0) goto fail;
    if (pym_sys_init(argc, argv) < 0) goto fail;
    PymObject *modules = pym_sys_modules();
    if (pym_dict_setitem_cstr(modules, "builtins", pym_builtins_module()) < 0 ||
        pym_dict_setitem_cstr(modules, "sys", pym_sys_module()) < 0)
        goto fail;
    initialized = true;
    return 0;
fail:
    if (pym_err_occurred()) pym_err_print();
    fputs("pym: fatal error: interpreter initialization failed\n", stderr);
    return -1;
}

/* Sets every value of a module namespace to None: names starting with one
** underscore first, then the rest; __builtins__ is kept (CPython's order). */
static void clear_module_dict(PymObject *d) {
    for (int pass = 0; pass < 2; pass++) {
        PymObject *k, *v;
        PymObject *keys = pym_dict_keys_list(d);
        if (!keys) {
            pym_err_clear();
            return;
        }
        for (intptr_t i = 0; i < PYM_SIZE(keys); i++) {
            k = PYM_LIST_GET(keys, i);
            if (!PYM_STR_CHECK(k)) continue;
            const char *s = PYM_STR_UTF8(k);
            bool underscore = s[0] == '_' && s[1] != '_';
            if (pass == 0 && !underscore) continue;
            if (pass == 1 && (underscore || !strcmp(s, "__builtins__"))) continue;
            v = pym_dict_getitem(d, k);
            if (v && v != pym_None && pym_dict_setitem(d, k, pym_None) < 0) pym_err_clear();
        }
        PYM_DECREF(keys);
    }
}

/* Sets sys.last_type/last_value/last_traceback to None first (CPython's
** finalize_modules does so), so what the last traceback kept alive goes
** away with the modules, while builtins still work. */
static void clear_sys_specials(void) {
    static const char *const names[] = {"last_type", "last_value", "last_traceback", NULL};
    PymObject *sys = pym_sys_module();
    PymObject *d = sys ? pym_module_dict(sys) : NULL;
    for (int i = 0; d && names[i]; i++)
        if (pym_dict_getitem_cstr(d, names[i]) && pym_dict_setitem_cstr(d, names[i], pym_None) < 0)
            pym_err_clear();
}

/* The leak check's teardown, after the modules are gone: __main__, the sys
** namespace (but the standard streams), builtins, a last collection, the
** free lists.  Nothing runs Python code after this. */
static void teardown_for_leakcheck(void) {
    pym_run_fini();
    PymObject *sys = pym_sys_module();
    PymObject *d = sys ? pym_module_dict(sys) : NULL;
    PymObject *keys = d ? pym_dict_keys_list(d) : NULL;
    for (intptr_t i = 0; keys && i < PYM_SIZE(keys); i++) {
        PymObject *k = PYM_LIST_GET(keys, i);
        if (PYM_STR_CHECK(k)) {
            const char *s = PYM_STR_UTF8(k);
            if (!strcmp(s, "stdout") || !strcmp(s, "stderr") || !strcmp(s, "stdin") ||
                !strcmp(s, "__stdout__") || !strcmp(s, "__stderr__") || !strcmp(s, "__stdin__"))
                continue;
        }
        if (pym_dict_delitem(d, k) < 0) pym_err_clear();
    }
    PYM_XDECREF(keys);
    pym_gc_collect(2);
    /* what the program put in builtins goes first, while builtins still work
    ** for its __del__ methods; then the rest */
    PymObject *b = pym_builtins_dict();
    keys = b ? pym_dict_keys_list(b) : NULL;
    for (intptr_t i = 0; keys && i < PYM_SIZE(keys); i++) {
        PymObject *k = PYM_LIST_GET(keys, i);
        PymObject *v = pym_dict_getitem(b, k);
        if (v && pym_leakcheck_is_recorded(v) && pym_dict_delitem(b, k) < 0) pym_err_clear();
    }
    PYM_XDECREF(keys);
    pym_gc_collect(2);
    if (b) pym_dict_clear(b);
    pym_gc_collect(2);
    pym_err_clear();
}

void pym_runtime_fini(void) {
    if (!initialized) return;
    /* no injected failure past this point: one would silently skip the
    ** teardown below (and the __del__ methods it runs), found by failalloc */
    pym_obmalloc_faults_hold(1);
    if (pym_err_occurred()) pym_err_clear();
    pym_weakref_run_exitfunc(); /* weakref.finalize's atexit, as atexit runs */
    pym_memviz_at_exit();       /* -X heapmap, -X memtimeline: the program's heap */
    if (pym_sys_flush_std() < 0) flush_failed = true;
    clear_sys_specials();
    PymObject *modules = pym_sys_modules();
    if (modules) {
        PymObject *mods = pym_dict_values_list(modules);
        if (mods) {
            pym_dict_clear(modules);
            /* reverse import order, builtins and sys stay */
            for (intptr_t i = PYM_SIZE(mods) - 1; i >= 0; i--) {
                PymObject *m = PYM_LIST_GET(mods, i);
                if (m == pym_sys_module() || m == pym_builtins_module()) continue;
                if (PYM_MODULE_CHECK(m) && PYM_REFCNT(m) > 1) {
                    PymObject *d = pym_module_dict(m);
                    if (d) clear_module_dict(d);
                }
            }
            PYM_DECREF(mods);
        }
        pym_err_clear();
    }
    pym_gc_collect(2);
    pym_err_clear();
    if (pym_sys_flush_std() < 0) flush_failed = true;
    /* its tables go; nothing is traced from here (after the leak report,
    ** which names allocation sites, when the leak check is on) */
    if (!pym_leakcheck_active) pym_tracemalloc_stop();
    if (pym_leakcheck_active) teardown_for_leakcheck();
    pym_vm_fini(); /* frame free list, global caches */
    pym_float_clear_freelist();
    pym_tuple_clear_freelist();
    pym_slice_clear_cache();
    pym_list_clear_freelist();
    pym_dict_clear_freelist();
    if (pym_leakcheck_active) pym_leakcheck_report(stderr);
    pym_tracemalloc_stop();
    const char *ms = getenv("PYMMALLOCSTATS");
    if (ms && *ms && strcmp(ms, "0") != 0) {
        fflush(stdout);
        pym_obmalloc_print_stats(stderr);
    }
    pym_memviz_fini(); /* -X gctrace's summary */
    initialized = false;
}
