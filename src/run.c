/*
** run.c -- running source text and script files: the __main__ module,
** exit statuses (SystemExit's code, 1 after an uncaught exception, 2 when
** the script cannot be opened) and the -m and -c forms.
*/
#include "pym.h"
#include <errno.h>
#include <limits.h>
#include <unistd.h>

static PymObject *main_module;

PymObject *pym_main_module(void) {
    PymObject *modules = pym_sys_modules();
    PymObject *m = modules ? pym_dict_getitem_cstr(modules, "__main__") : NULL;
    if (m) return m;
    m = pym_module_new("__main__");
    if (!m) return NULL;
    /* CPython's __main__ starts with an empty __annotations__ dict */
    PymObject *ann = pym_dict_new();
    if (!ann || pym_dict_setitem_cstr(pym_module_dict(m), "__annotations__", ann) < 0 ||
        pym_dict_setitem_cstr(pym_module_dict(m), "__builtins__", pym_builtins_module()) < 0 ||
        pym_dict_setitem_cstr(modules, "__main__", m) < 0) {
        PYM_XDECREF(ann);
        PYM_DECREF(m);
        return NULL;
    }
    PYM_DECREF(ann);
    PYM_XDECREF(main_module);
    main_module = m; /* keeps one reference for the REPL's lifetime */
    return m;
}

void pym_run_fini(void) { PYM_CLEAR(main_module); }

PymObject *pym_run_string(const char *src, size_t len, const char *filename, int mode,
                          PymObject *globals, PymObject *locals) {
    if (!globals) {
        PymObject *m = pym_main_module();
        if (!m) return NULL;
        globals = pym_module_dict(m);
    }
    if (!pym_dict_getitem_cstr(globals, "__builtins__")) {
        if (pym_err_occurred()) return NULL;
        if (pym_dict_setitem_cstr(globals, "__builtins__", pym_builtins_module()) < 0) return NULL;
    }
    PymObject *held;
    PymObject *code = pym_compile_source_held(src, len, filename, mode, &held);
    if (!code) return NULL;
    PymObject *r = pym_eval_code((PymCode *)code, globals, locals ? locals : globals);
    PYM_DECREF(code);
    PYM_DECREF(held);
    return r;
}

int pym_run_handle_exception(void) {
    PymObject *exc = pym_err_fetch();
    if (!exc) return 0;
    if (pym_type_is_subtype(PYM_TYPE(exc), PymExc_SystemExit)) {
        PymObject *code = ((PymSystemExit *)exc)->code;
        int status = 0;
        if (!code || code == pym_None) {
            status = 0;
        } else if (PYM_INT_CHECK(code)) {
            int ovf = 0;
            long long v = pym_int_as_longlong_overflow(code, &ovf);
            status = ovf ? -1 : (int)v;
        } else {
            pym_sys_flush_std();
            PymObject *s = pym_object_str(code);
            if (s) {
                pym_sys_write_stderr_cstr(PYM_STR_UTF8(s));
                pym_sys_write_stderr_cstr("\n");
                PYM_DECREF(s);
            }
            pym_err_clear();
            status = 1;
        }
        PYM_DECREF(exc);
        return status;
    }
    bool kbd = pym_type_is_subtype(PYM_TYPE(exc), PymExc_KeyboardInterrupt);
    pym_err_restore(exc);
    pym_err_print();
    return kbd ? 130 : 1;
}

/* Compiles and runs src as the __main__ module; file may be NULL. */
static int run_as_main(const char *src, size_t len, const char *filename, const char *file) {
    PymObject *m = pym_main_module();
    if (!m) return pym_run_handle_exception();
    PymObject *d = pym_module_dict(m);
    if (file) {
        PymObject *f = pym_str_from_cstr(file);
        if (!f || pym_dict_setitem_cstr(d, "__file__", f) < 0 ||
            pym_dict_setitem_cstr(d, "__cached__", pym_None) < 0) {
            PYM_XDECREF(f);
            return pym_run_handle_exception();
        }
        PYM_DECREF(f);
    }
    PymObject *held;
    PymObject *code = pym_compile_source_held(src, len, filename, PYM_FILE_INPUT, &held);
    if (!code) return pym_run_handle_exception();
    PymObject *r = pym_eval_code((PymCode *)code, d, d);
    PYM_DECREF(code);
    PYM_DECREF(held);
    if (!r) return pym_run_handle_exception();
    PYM_DECREF(r);
    return 0;
}

int pym_run_main_source(const char *src, size_t len, const char *filename) {
    return run_as_main(src, len, filename, NULL);
}

/* Absolute form of path (without resolving symlinks), into buf. */
static void abs_path(const char *path, char *buf, size_t size) {
    if (path[0] == '/') {
        snprintf(buf, size, "%s", path);
        return;
    }
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd)) {
        snprintf(buf, size, "%s", path);
        return;
    }
    const char *p = path;
    while (p[0] == '.' && p[1] == '/') p += 2;
    snprintf(buf, size, "%s/%s", cwd, p);
}

static int run_file_as_main(const char *path, const char *shown) {
    char abspath[PATH_MAX + 256];
    abs_path(path, abspath, sizeof abspath);
    size_t len;
    char *src = pym_read_file(path, &len);
    if (!src) {
        if (pym_err_occurred() &&
            pym_type_is_subtype(PYM_TYPE(pym_err_occurred()), PymExc_MemoryError))
            return pym_run_handle_exception(); /* out of memory reading it: MemoryError, 1 */
        PymObject *exc = pym_err_fetch();
        int err = ENOENT;
        if (exc && pym_type_is_subtype(PYM_TYPE(exc), PymExc_OSError) &&
            ((PymOSError *)exc)->myerrno && PYM_INT_CHECK(((PymOSError *)exc)->myerrno))
            err = (int)pym_int_as_longlong(((PymOSError *)exc)->myerrno);
        PYM_XDECREF(exc);
        pym_err_clear();
        fprintf(stderr, "pym: can't open file '%s': [Errno %d] %s\n", shown ? shown : abspath, err,
                strerror(err));
        return 2;
    }
    /* sys.path[0]: the script's folder (symlinks resolved) */
    char real[PATH_MAX];
    if (realpath(path, real)) {
        char *slash = strrchr(real, '/');
        if (slash) *(slash == real ? slash + 1 : slash) = 0;
        pym_sys_path_insert0(real);
    }
    int status = run_as_main(src, len, abspath, abspath);
    pym_raw_free(src);
    return status;
}

int pym_run_main_file(const char *path) { return run_file_as_main(path, NULL); }

int pym_run_main_module(const char *name) {
    char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof cwd)) pym_sys_path_insert0(cwd);
    char *file = pym_import_find_file(name);
    if (!file) {
        PymObject *exc = pym_err_fetch();
        PymObject *s = exc ? pym_object_str(exc) : NULL;
        fprintf(stderr, "pym: %s\n", s ? PYM_STR_UTF8(s) : "error finding module");
        PYM_XDECREF(s);
        PYM_XDECREF(exc);
        pym_err_clear();
        return 1;
    }
    PymObject *argv = pym_sys_get("argv");
    PymObject *f = pym_str_from_cstr(file);
    if (argv && f && PYM_LIST_CHECK(argv) && PYM_SIZE(argv) > 0) {
        PYM_SETREF(PYM_LIST_ITEMS(argv)[0], pym_newref(f));
    }
    PYM_XDECREF(f);
    /* run the file without adding its folder to sys.path */
    size_t len;
    char *src = pym_read_file(file, &len);
    int status;
    if (!src) {
        status = pym_run_handle_exception();
    } else {
        /* __package__ of the module's parent, so relative imports work */
        const char *dot = strrchr(name, '.');
        PymObject *pkg = dot ? pym_str_from_utf8(name, dot - name) : pym_str_empty();
        PymObject *m = pym_main_module();
        if (pkg && m) pym_dict_setitem_cstr(pym_module_dict(m), "__package__", pkg);
        PYM_XDECREF(pkg);
        pym_err_clear();
        status = run_as_main(src, len, file, file);
        pym_raw_free(src);
    }
    pym_raw_free(file);
    return status;
}
