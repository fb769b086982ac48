/*
** state.c -- interpreter start-up and shutdown.  Start-up readies the
** types of every area in dependency order, then creates builtins and sys
** (with sys.path).  Shutdown flushes the standard streams, empties
** sys.modules, clears the modules' namespaces the way CPython does
** (so __del__ methods run while builtins still work) and collects.
*/
#include "pym.h"
#include "fileobject.h"

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
        if (!keys) { pym_err_clear(); return; }
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

void pym_runtime_fini(void) {
    if (!initialized) return;
    if (pym_err_occurred()) pym_err_clear();
    if (pym_sys_flush_std() < 0) flush_failed = true;
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
    pym_vm_fini();                  /* frame free list, global caches */
    pym_float_clear_freelist();
    initialized = false;
}
