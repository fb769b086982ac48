/*
** import.c -- the import statement: sys.modules, the built-in C modules,
** then NAME.py / NAME/__init__.py on sys.path (or a package's __path__).
**
** pym_import resolves a relative name against __package__ (or __name__),
** imports each dotted component in turn (binding a submodule as an
** attribute of its parent), and returns the top package or, with a
** fromlist, the last module after importing the submodules named in it.
** A module is in sys.modules before its code runs and is removed again
** if the code fails.
*/
#include "pym.h"
#include "marshal.h" /* the bytecode cache */
#include <sys/stat.h>
#include <unistd.h>

/* the built-in C modules (src/modules/mod_*.c, declared in import.h),
** initialized only on import */
static PymObject *init_sys(void) { return pym_newref(pym_sys_module()); }
static PymObject *init_builtins(void) { return pym_newref(pym_builtins_module()); }

static struct {
    const char *name;
    PymObject *(*init)(void);
} builtin_modules[] = {
    {"sys", init_sys},
    {"builtins", init_builtins},
    {"math", pym_math_module_init},
    {"time", pym_time_module_init},
    {"gc", pym_gc_module_init},
    {"_weakref", pym_weakref_module_init},
    {"ctypes", pym_ctypes_module_init},
    {"_tracemalloc", pym_tracemalloc_module_init},
    {"heapmap", pym_heapmap_module_init},
    {"_sre", pym_sre_module_init},
    {"_json", pym_json_module_init},
    {"_bisect", pym_bisect_module_init},
    {"_heapq", pym_heapq_module_init},
    {"itertools", pym_itertools_module_init},
    {"_random", pym_random_module_init},
    {"_operator", pym_operator_module_init},
    {"_functools", pym_functools_module_init},
    {"_collections", pym_collections_module_init},
    {"cmath", pym_cmath_module_init},
    {"io", pym_io_module_init},
    {"_struct", pym_struct_module_init},
    {"array", pym_array_module_init},
    {"posix", pym_posix_module_init},
    {"errno", pym_errno_module_init},
    {"_hashlib", pym_hashlib_module_init},
    {"_abc", pym_abc_module_init},
};

static PymObject *(*builtin_init(int i))(void) { return builtin_modules[i].init; }

int pym_import_is_builtin_name(PymObject *name) {
    for (size_t i = 0; i < PYM_ARRAY_LEN(builtin_modules); i++)
        if (pym_str_equal_cstr(name, builtin_modules[i].name)) return builtin_init((int)i) != NULL;
    return 0;
}

static void set_not_found(PymObject *fullname, const char *fmt_extra, PymObject *parent) {
    PymObject *msg = parent ? pym_str_from_format("No module named %R; %R is not a package",
                                                  fullname, parent)
                            : pym_str_from_format("No module named %R", fullname);
    (void)fmt_extra;
    if (!msg) return;
    PymObject *exc = pym_exc_new(PymExc_ModuleNotFoundError, &msg, 1);
    PYM_DECREF(msg);
    if (!exc) return;
    PymImportError *e = (PymImportError *)exc;
    PYM_SETREF(e->name, pym_newref(fullname));
    pym_err_set_exc(exc);
}

/* Reads a whole file into raw memory; NULL with OSError set on failure. */
char *pym_read_file(const char *path, size_t *len) {
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        PymObject *p = pym_str_from_cstr(path);
        pym_err_set_from_errno(p);
        PYM_XDECREF(p);
        return NULL;
    }
    size_t cap = 8192, n = 0;
    char *buf = pym_raw_malloc(cap);
    if (!buf) {
        fclose(fp);
        pym_err_no_memory();
        return NULL;
    }
    for (;;) {
        if (n + 4096 > cap) {
            cap *= 2;
            char *nb = pym_raw_realloc(buf, cap);
            if (!nb) {
                pym_raw_free(buf);
                fclose(fp);
                pym_err_no_memory();
                return NULL;
            }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n - 1, fp);
        n += r;
        if (r == 0) break;
    }
    fclose(fp);
    buf[n] = 0;
    *len = n;
    return buf;
}

static bool is_file(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* Looks for name (the last component) in dirs (a list of str).  On success
** fills path (the .py file) and sets *is_pkg; returns 1, 0 if not found. */
static int find_in_dirs(PymObject *dirs, const char *name, char *path, size_t size, bool *is_pkg) {
    if (!dirs || !PYM_LIST_CHECK(dirs)) return 0;
    for (intptr_t i = 0; i < PYM_SIZE(dirs); i++) {
        PymObject *d = PYM_LIST_GET(dirs, i);
        if (!PYM_STR_CHECK(d)) continue;
        const char *dir = PYM_STR_UTF8(d);
        char cwd[2048];
        if (!*dir) {
            /* '' is the current directory; module paths are absolute as in CPython */
            if (!getcwd(cwd, sizeof cwd)) continue;
            dir = cwd;
        }
        const char *sep = "/";
        snprintf(path, size, "%s%s%s/__init__.py", dir, sep, name);
        if (is_file(path)) {
            *is_pkg = true;
            return 1;
        }
        snprintf(path, size, "%s%s%s.py", dir, sep, name);
        if (is_file(path)) {
            *is_pkg = false;
            return 1;
        }
    }
    return 0;
}

bool pym_dont_write_bytecode;

/* The code of source file path: from its cache file when that is valid,
** otherwise compiled and (unless sys.dont_write_bytecode) cached.  New ref,
** NULL + error. */
static PymObject *module_code(const char *path, PymObject *file) {
    struct stat st;
    bool have_stat = stat(path, &st) == 0 && S_ISREG(st.st_mode);
    if (have_stat) {
        PymObject *code = pym_marshal_read_cache(path, &st, file);
        if (code || pym_err_occurred()) return code;
    }
    size_t len;
    char *src = pym_read_file(path, &len);
    if (!src) return NULL;
    PymObject *code = pym_compile_source(src, len, path, PYM_FILE_INPUT);
    pym_raw_free(src);
    if (code && have_stat && (size_t)st.st_size == len) {
        PymObject *dont = pym_sys_get("dont_write_bytecode");
        int skip = dont ? pym_object_is_true(dont) : 0;
        if (skip < 0) pym_err_clear();
        if (skip == 0) pym_marshal_write_cache(path, &st, code);
        if (pym_err_occurred()) PYM_CLEAR(code); /* MemoryError */
    }
    return code;
}

/* Runs source file path as module fullname; new ref to the module as found
** in sys.modules afterwards. */
static PymObject *load_source_module(PymObject *fullname, const char *path, bool is_pkg,
                                     const char *pkgdir) {
    PymObject *modules = pym_sys_modules();
    PymObject *file = pym_str_from_cstr(path);
    if (!file) return NULL;
    PymObject *code = module_code(path, file);
    if (!code) {
        PYM_DECREF(file);
        return NULL;
    }
    PymObject *m = pym_module_new(PYM_STR_UTF8(fullname));
    if (!m) {
        PYM_DECREF(file);
        PYM_DECREF(code);
        return NULL;
    }
    PymObject *d = pym_module_dict(m);
    PymObject *pkg = NULL;
    int ok = pym_dict_setitem(d, PYM_ID(__file__), file) == 0 &&
             pym_dict_setitem(d, PYM_ID(__builtins__), pym_builtins_module()) == 0;
    PYM_DECREF(file);
    if (ok && is_pkg) {
        PymObject *dir = pym_str_from_cstr(pkgdir);
        PymObject *pl = dir ? pym_list_new(0) : NULL;
        ok = pl && pym_list_append(pl, dir) == 0 && pym_dict_setitem(d, PYM_ID(__path__), pl) == 0;
        PYM_XDECREF(dir);
        PYM_XDECREF(pl);
        pkg = pym_newref(fullname);
    } else if (ok) {
        const char *s = PYM_STR_UTF8(fullname);
        const char *dot = strrchr(s, '.');
        pkg = dot ? pym_str_from_utf8(s, dot - s) : pym_str_empty();
    }
    ok = ok && pkg && pym_dict_setitem(d, PYM_ID(__package__), pkg) == 0;
    PYM_XDECREF(pkg);
    if (!ok || pym_dict_setitem(modules, fullname, m) < 0) {
        PYM_DECREF(code);
        PYM_DECREF(m);
        return NULL;
    }
    PymObject *r = pym_eval_code((PymCode *)code, d, d);
    PYM_DECREF(code);
    if (!r) {
        PymObject *exc = pym_err_fetch();
        if (pym_dict_getitem(modules, fullname)) pym_dict_delitem(modules, fullname);
        pym_err_restore(exc);
        PYM_DECREF(m);
        return NULL;
    }
    PYM_DECREF(r);
    PYM_DECREF(m);
    PymObject *final = pym_dict_getitem(modules, fullname);
    if (!final) {
        pym_err_format(PymExc_ImportError, "Loaded module %U not found in sys.modules", fullname);
        return NULL;
    }
    return pym_newref(final);
}

/* Imports one absolute dotted name whose parent (if any) is already
** imported; new ref. */
static PymObject *import_one(PymObject *fullname, PymObject *parent_mod, const char *lastname) {
    PymObject *modules = pym_sys_modules();
    PymObject *m = pym_dict_getitem(modules, fullname);
    if (m && m != pym_None) return pym_newref(m);
    if (pym_err_occurred()) return NULL;
    PymObject *dirs;
    if (parent_mod) {
        int found = pym_object_lookup_attr(parent_mod, PYM_ID(__path__), &dirs);
        if (found < 0) return NULL;
        if (!found) {
            const char *s = PYM_STR_UTF8(fullname);
            PymObject *pname = pym_str_from_utf8(s, strrchr(s, '.') - s);
            if (pname) set_not_found(fullname, NULL, pname);
            PYM_XDECREF(pname);
            return NULL;
        }
    } else {
        for (size_t i = 0; i < PYM_ARRAY_LEN(builtin_modules); i++) {
            if (!pym_str_equal_cstr(fullname, builtin_modules[i].name)) continue;
            PymObject *(*init)(void) = builtin_init((int)i);
            if (!init) break;
            m = init();
            if (!m) return NULL;
            if (pym_dict_setitem(modules, fullname, m) < 0) {
                PYM_DECREF(m);
                return NULL;
            }
            return m;
        }
        dirs = pym_xnewref(pym_sys_get("path"));
    }
    char path[4096];
    bool is_pkg = false;
    int found = find_in_dirs(dirs, lastname, path, sizeof path, &is_pkg);
    PYM_XDECREF(dirs);
    if (!found) {
        set_not_found(fullname, NULL, NULL);
        return NULL;
    }
    char pkgdir[4096] = "";
    if (is_pkg) {
        snprintf(pkgdir, sizeof pkgdir, "%s", path);
        char *slash = strrchr(pkgdir, '/');
        if (slash) *slash = 0;
    }
    m = load_source_module(fullname, path, is_pkg, pkgdir);
    if (m && parent_mod) {
        PymObject *child = pym_str_from_cstr(lastname);
        if (!child || pym_object_setattr(parent_mod, child, m) < 0) {
            PYM_XDECREF(child);
            PYM_DECREF(m);
            return NULL;
        }
        PYM_DECREF(child);
    }
    return m;
}

/* Imports every prefix of the absolute dotted name; new ref to the last
** module, *top (new ref) to the first when top is not NULL. */
static PymObject *import_dotted(PymObject *absname, PymObject **top) {
    const char *s = PYM_STR_UTF8(absname);
    intptr_t n = PYM_STR_NBYTES(absname);
    PymObject *parent = NULL;
    if (top) *top = NULL;
    intptr_t start = 0;
    for (;;) {
        intptr_t end = start;
        while (end < n && s[end] != '.') end++;
        if (end == start) {
            pym_err_set_string(PymExc_ValueError, "Empty module name");
            goto fail;
        }
        PymObject *full = pym_str_from_utf8(s, end);
        if (!full) goto fail;
        char last[1024];
        snprintf(last, sizeof last, "%.*s", (int)(end - start), s + start);
        PymObject *m = import_one(full, parent, last);
        PYM_DECREF(full);
        if (!m) goto fail;
        if (top && !*top) *top = pym_newref(m);
        PYM_XDECREF(parent);
        parent = m;
        if (end >= n) break;
        start = end + 1;
    }
    return parent;
fail:
    PYM_XDECREF(parent);
    if (top) PYM_CLEAR(*top);
    return NULL;
}

/* The package a relative import in globals is relative to (new ref). */
static PymObject *resolve_package(PymObject *globals) {
    PymObject *pkg = globals ? pym_dict_getitem(globals, PYM_ID(__package__)) : NULL;
    if (pkg && pkg != pym_None) {
        if (!PYM_STR_CHECK(pkg)) {
            pym_err_set_string(PymExc_TypeError, "package must be a string");
            return NULL;
        }
        return pym_newref(pkg);
    }
    PymObject *name = globals ? pym_dict_getitem(globals, PYM_ID(__name__)) : NULL;
    if (!name || !PYM_STR_CHECK(name)) return pym_str_empty();
    if (globals && pym_dict_getitem(globals, PYM_ID(__path__))) return pym_newref(name);
    const char *s = PYM_STR_UTF8(name);
    const char *dot = strrchr(s, '.');
    if (!dot) return pym_str_empty();
    return pym_str_from_utf8(s, dot - s);
}

/* The absolute name of an import of name at level (0: absolute; n: n
** leading dots, relative to the package of globals) (new ref), or NULL with
** CPython's ImportError/ValueError. */
static PymObject *resolve_name(PymObject *name, PymObject *globals, int level) {
    if (level == 0) {
        if (PYM_STR_NBYTES(name) == 0) {
            pym_err_set_string(PymExc_ValueError, "Empty module name");
            return NULL;
        }
        return pym_newref(name);
    }
    PymObject *pkg = resolve_package(globals);
    if (!pkg) return NULL;
    if (PYM_STR_NBYTES(pkg) == 0) {
        PYM_DECREF(pkg);
        pym_err_set_string(PymExc_ImportError,
                           "attempted relative import with no known parent package");
        return NULL;
    }
    const char *s = PYM_STR_UTF8(pkg);
    intptr_t end = PYM_STR_NBYTES(pkg);
    for (int i = 1; i < level; i++) {
        while (end > 0 && s[end - 1] != '.') end--;
        if (end == 0) {
            PYM_DECREF(pkg);
            pym_err_set_string(PymExc_ImportError,
                               "attempted relative import beyond top-level package");
            return NULL;
        }
        end--;
    }
    PymObject *absname;
    if (PYM_STR_NBYTES(name) > 0) {
        PymStrBuilder sb;
        pym_sb_init(&sb);
        pym_sb_append(&sb, s, end);
        pym_sb_append_char(&sb, '.');
        pym_sb_append_str(&sb, name);
        absname = pym_sb_finish(&sb);
    } else {
        absname = pym_str_from_utf8(s, end);
    }
    PYM_DECREF(pkg);
    return absname;
}

/* One name of a fromlist on the package m (absname): imports the submodule
** absname.item unless m already has the attribute.  A missing submodule is
** not an error here (IMPORT_FROM reports it).  0, or -1 with an error. */
static int import_fromlist_item(PymObject *m, PymObject *absname, PymObject *item) {
    if (!PYM_STR_CHECK(item)) {
        pym_err_format(PymExc_TypeError, "Item in %s.__all__ must be str, not %s",
                       PYM_STR_UTF8(absname), pym_type_name(item));
        return -1;
    }
    if (pym_str_equal_cstr(item, "*")) return 0;
    PymObject *attr;
    int has = pym_object_lookup_attr(m, item, &attr);
    if (has < 0) return -1;
    if (has) {
        PYM_DECREF(attr);
        return 0;
    }
    PymObject *sub = pym_str_from_format("%U.%U", absname, item);
    PymObject *sm = sub ? import_one(sub, m, PYM_STR_UTF8(item)) : NULL;
    if (!sm && pym_err_matches((PymObject *)PymExc_ModuleNotFoundError)) {
        PymObject *exc = pym_err_fetch();
        PymObject *ename = ((PymImportError *)exc)->name;
        if (ename && sub && pym_str_equal(ename, sub)) {
            PYM_DECREF(exc);
        } else {
            pym_err_restore(exc);
        }
    }
    PYM_XDECREF(sm);
    PYM_XDECREF(sub);
    return pym_err_occurred() ? -1 : 0;
}

/* from m import fromlist: when m is a package, imports the submodules named
** in fromlist that are not attributes yet.  0, or -1 with an error. */
static int handle_fromlist(PymObject *m, PymObject *absname, PymObject *fromlist) {
    PymObject *path;
    int ispkg = pym_object_lookup_attr(m, PYM_ID(__path__), &path);
    if (ispkg <= 0) return ispkg;
    PYM_DECREF(path);
    PymObject *it = pym_object_getiter(fromlist);
    if (!it) return -1;
    PymObject *item;
    while ((item = pym_iter_next(it))) {
        int r = import_fromlist_item(m, absname, item);
        PYM_DECREF(item);
        if (r < 0) {
            PYM_DECREF(it);
            return -1;
        }
    }
    PYM_DECREF(it);
    return pym_err_occurred() ? -1 : 0;
}

/* __import__(name, globals, fromlist, level), in CPython's steps: resolve
** the absolute name, import each of its dotted prefixes, then return the
** top package (import a.b), the module itself (relative imports), or the
** module with its fromlist's submodules imported (from a.b import c). */
PymObject *pym_import(PymObject *name, PymObject *globals, PymObject *fromlist, int level) {
    if (globals && !PYM_DICT_CHECK(globals)) globals = NULL;
    PymObject *absname = resolve_name(name, globals, level);
    if (!absname) return NULL;
    bool has_from = fromlist && fromlist != pym_None && pym_object_is_true(fromlist) > 0;
    pym_err_clear();
    PymObject *top = NULL;
    PymObject *m = import_dotted(absname, has_from ? NULL : &top);
    if (m && has_from && handle_fromlist(m, absname, fromlist) < 0) PYM_CLEAR(m);
    PYM_DECREF(absname);
    if (!m || has_from) return m;
    if (level > 0) {
        PYM_DECREF(top);
        return m;
    }
    PYM_DECREF(m);
    return top;
}

PymObject *pym_import_cstr(const char *name) {
    PymObject *n = pym_str_from_cstr(name);
    if (!n) return NULL;
    PymObject *r = pym_import(n, NULL, NULL, 0);
    PYM_DECREF(n);
    return r;
}

/* For pym -m: the .py file of an absolute module name (imports the parent
** packages); raw string to free with pym_raw_free, NULL + error if none. */
char *pym_import_find_file(const char *name) {
    const char *dot = strrchr(name, '.');
    PymObject *dirs = NULL;
    if (dot) {
        PymObject *parent = pym_str_from_utf8(name, dot - name);
        if (!parent) return NULL;
        PymObject *pm = import_dotted(parent, NULL);
        PYM_DECREF(parent);
        if (!pm) return NULL;
        int found = pym_object_lookup_attr(pm, PYM_ID(__path__), &dirs);
        PYM_DECREF(pm);
        if (found <= 0) {
            if (found == 0)
                pym_err_format(PymExc_ModuleNotFoundError, "No module named '%s'", name);
            return NULL;
        }
    } else {
        dirs = pym_xnewref(pym_sys_get("path"));
    }
    char path[4096];
    bool is_pkg = false;
    int found = find_in_dirs(dirs, dot ? dot + 1 : name, path, sizeof path, &is_pkg);
    PYM_XDECREF(dirs);
    if (!found) {
        pym_err_format(PymExc_ModuleNotFoundError, "No module named %s", name);
        return NULL;
    }
    if (is_pkg) {
        pym_err_format(
            PymExc_ImportError,
            "No module named %s.__main__; '%s' is a package and cannot be directly executed", name,
            name);
        return NULL;
    }
    size_t n = strlen(path);
    char *r = pym_raw_malloc(n + 1);
    if (!r) {
        pym_err_no_memory();
        return NULL;
    }
    memcpy(r, path, n + 1);
    return r;
}
