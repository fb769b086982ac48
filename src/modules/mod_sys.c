/*
** mod_sys.c -- the sys module: argv, path, modules, the standard streams,
** version information (struct sequences printing like CPython's), the
** recursion limit, getrefcount/getsizeof, exc_info, displayhook and
** excepthook.
*/
#include "pym.h"
#include "frameobject.h"
#include "marshal.h" /* PYM_MARSHAL_FORMAT: sys.implementation.cache_tag */
#include "fileobject.h"
#include "genobject.h" /* sys.set_asyncgen_hooks, get_asyncgen_hooks */
#include <unistd.h>
#include <sys/auxv.h>
#include <float.h>
#include <limits.h>

static PymObject *sys_module, *sys_dict, *modules_dict;

PymObject *pym_sys_module(void) { return sys_module; }
PymObject *pym_sys_modules(void) { return modules_dict; }

PymObject *pym_sys_get(const char *name) {
    if (!sys_dict) return NULL;
    /* an identifier (interned once, exempt from fault injection): NULL means
    ** "not set", never a MemoryError left pending (print() returned None
    ** with one set, found by the failalloc walk) */
    return pym_dict_getitem(sys_dict, pym_id_intern(name));
}

/* ------------------------------------------------------------------ */
/* struct sequences: tuple subclasses with named fields                  */

typedef struct {
    PymType type;
    const char *const *fields;
    int nfields;
    int nvisible; /* items seen as a tuple; the rest are named-only */
} StructSeqType;

#define SEQ_NFIELDS(o) (((StructSeqType *)PYM_TYPE(o))->nfields)

static void seq_dealloc(PymObject *self) {
    pym_gc_untrack(self);
    for (intptr_t i = 0; i < SEQ_NFIELDS(self); i++) PYM_XDECREF(PYM_TUPLE_GET(self, i));
    PYM_TYPE(self)->tp_free(self);
}

static int seq_traverse(PymObject *self, visitproc visit, void *arg) {
    for (intptr_t i = 0; i < SEQ_NFIELDS(self); i++) PYM_VISIT(PYM_TUPLE_GET(self, i));
    return 0;
}

static PymObject *seq_repr(PymObject *self) {
    StructSeqType *st = (StructSeqType *)PYM_TYPE(self);
    PymStrBuilder sb;
    pym_sb_init(&sb);
    pym_sb_append_cstr(&sb, st->type.tp_name);
    pym_sb_append_char(&sb, '(');
    for (int i = 0; i < st->nfields && i < PYM_SIZE(self); i++) {
        if (i) pym_sb_append_cstr(&sb, ", ");
        pym_sb_append_cstr(&sb, st->fields[i]);
        pym_sb_append_char(&sb, '=');
        if (pym_sb_append_obj_repr(&sb, PYM_TUPLE_GET(self, i)) < 0) {
            pym_sb_discard(&sb);
            return NULL;
        }
    }
    pym_sb_append_char(&sb, ')');
    return pym_sb_finish(&sb);
}

static PymObject *seq_get_field(PymObject *self, void *closure) {
    return pym_newref(PYM_TUPLE_GET(self, (intptr_t)closure));
}

static PymObject *seq_new(StructSeqType *st, PymObject **vals);

/* T(sequence): the visible fields from the sequence, hidden ones from it
** when given, else None (as CPython's structseq_new, without the dict). */
static PymObject *seq_tp_new(PymType *type, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    StructSeqType *st = (StructSeqType *)type;
    static const char *const names[] = {"sequence", "dict", NULL};
    PymObject *a[2];
    if (pym_arg_unpack(type->tp_name, args, nargs, kwnames, names, 1, -1, a) < 0) return NULL;
    PymObject *t = pym_tuple_from_iter(a[0]);
    if (!t) return NULL;
    intptr_t n = PYM_SIZE(t);
    if (n < st->nvisible || n > st->nfields) {
        if (st->nvisible == st->nfields)
            pym_err_format(PymExc_TypeError, "%s() takes a %d-sequence (%zd-sequence given)",
                           type->tp_name, st->nfields, n);
        else if (n < st->nvisible)
            pym_err_format(PymExc_TypeError,
                           "%s() takes an at least %d-sequence (%zd-sequence given)", type->tp_name,
                           st->nvisible, n);
        else
            pym_err_format(PymExc_TypeError,
                           "%s() takes an at most %d-sequence (%zd-sequence given)", type->tp_name,
                           st->nfields, n);
        PYM_DECREF(t);
        return NULL;
    }
    PymObject **vals = pym_raw_calloc((size_t)st->nfields, sizeof(PymObject *));
    if (!vals) {
        PYM_DECREF(t);
        return pym_err_no_memory();
    }
    for (int i = 0; i < st->nfields; i++)
        vals[i] = pym_newref(i < n ? PYM_TUPLE_GET(t, i) : pym_None);
    PYM_DECREF(t);
    PymObject *o = seq_new(st, vals);
    pym_raw_free(vals);
    return o;
}

/* Readies a struct-sequence type named name with the given fields. */
static int seq_type_init(StructSeqType *st, const char *name, const char *const *fields) {
    int n = 0;
    while (fields[n]) n++;
    st->fields = fields;
    st->nfields = n;
    if (!st->nvisible) st->nvisible = n;
    PymGetSetDef *gs = pym_raw_calloc((size_t)n + 1, sizeof(PymGetSetDef));
    if (!gs) {
        pym_err_no_memory();
        return -1;
    }
    for (int i = 0; i < n; i++) {
        gs[i].name = fields[i];
        gs[i].get = seq_get_field;
        gs[i].closure = (void *)(intptr_t)i;
    }
    PymType *t = &st->type;
    PymType init = {
        PYM_VAR_HEAD_INIT(&pym_type_type, 0),
        .tp_name = name,
        .tp_basicsize = sizeof(PymTuple),
        .tp_itemsize = sizeof(PymObject *),
        .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_TUPLE_SUBCLASS,
        .tp_dealloc = seq_dealloc,
        .tp_traverse = seq_traverse,
        .tp_repr = seq_repr,
        .tp_getattro = pym_object_generic_getattr,
        .tp_getset = gs,
        .tp_new = seq_tp_new,
        .tp_base = &pym_type_tuple,
        .tp_free = pym_object_free,
    };
    *t = init;
    return pym_type_ready(t);
}

/* A new instance; steals the n values (NULL-safe: fails if any is NULL). */
static PymObject *seq_new(StructSeqType *st, PymObject **vals) {
    for (int i = 0; i < st->nfields; i++)
        if (!vals[i]) {
            for (int j = 0; j < st->nfields; j++) PYM_XDECREF(vals[j]);
            return NULL;
        }
    PymObject *o = pym_object_alloc(&st->type, st->nfields);
    if (!o) {
        for (int j = 0; j < st->nfields; j++) PYM_DECREF(vals[j]);
        return NULL;
    }
    PYM_SIZE(o) = st->nvisible;
    for (int i = 0; i < st->nfields; i++) PYM_TUPLE_SET(o, i, vals[i]);
    pym_gc_track(o);
    return o;
}

static StructSeqType version_info_type, float_info_type, int_info_type, flags_type, impl_type;
static const char *const version_info_fields[] = {"major",        "minor",  "micro",
                                                  "releaselevel", "serial", NULL};
static const char *const float_info_fields[] = {"max",     "max_exp",    "max_10_exp", "min",
                                                "min_exp", "min_10_exp", "dig",        "mant_dig",
                                                "epsilon", "radix",      "rounds",     NULL};
static StructSeqType hash_info_type;
static const char *const hash_info_fields[] = {"width",  "modulus",   "inf",       "nan",
                                               "imag",   "algorithm", "hash_bits", "seed_bits",
                                               "cutoff", NULL};
static const char *const int_info_fields[] = {
    "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold", NULL};
static const char *const flags_fields[] = {"debug",
                                           "inspect",
                                           "interactive",
                                           "optimize",
                                           "dont_write_bytecode",
                                           "no_user_site",
                                           "no_site",
                                           "ignore_environment",
                                           "verbose",
                                           "bytes_warning",
                                           "quiet",
                                           "hash_randomization",
                                           "isolated",
                                           "dev_mode",
                                           "utf8_mode",
                                           "warn_default_encoding",
                                           "safe_path",
                                           "int_max_str_digits",
                                           NULL};
static const char *const impl_fields[] = {"name", "cache_tag", "version", "hexversion", NULL};

PymType *pym_structseq_new_type(const char *name, const char *const *fields) {
    StructSeqType *st = pym_raw_calloc(1, sizeof(StructSeqType));
    if (!st) {
        pym_err_no_memory();
        return NULL;
    }
    if (seq_type_init(st, name, fields) < 0) return NULL;
    return &st->type;
}

PymType *pym_structseq_new_type_visible(const char *name, const char *const *fields, int nvisible) {
    StructSeqType *st = pym_raw_calloc(1, sizeof(StructSeqType));
    if (!st) {
        pym_err_no_memory();
        return NULL;
    }
    st->nvisible = nvisible;
    if (seq_type_init(st, name, fields) < 0) return NULL;
    return &st->type;
}

PymObject *pym_structseq_new(PymType *t, PymObject **vals) {
    return seq_new((StructSeqType *)t, vals);
}

#define I(v) pym_int_from_long(v)
#define F(v) pym_float_from_double(v)
#define S(v) pym_str_from_cstr(v)

/* ------------------------------------------------------------------ */
/* functions                                                            */

PYM_CFUNC(sys_exit) {
    if (pym_arg_count("exit", nargs, kwnames, 0, 1) < 0) return NULL;
    if (nargs)
        pym_err_set_object(PymExc_SystemExit, args[0]);
    else
        pym_err_set_none(PymExc_SystemExit);
    return NULL;
}

PYM_CFUNC(sys_getrecursionlimit) {
    if (pym_arg_count("getrecursionlimit", nargs, kwnames, 0, 0) < 0) return NULL;
    return pym_int_from_long(pym_vm_get_recursion_limit());
}

PYM_CFUNC(sys_setrecursionlimit) {
    if (pym_arg_count("setrecursionlimit", nargs, kwnames, 1, 1) < 0) return NULL;
    if (PYM_FLOAT_CHECK(args[0])) {
        pym_err_set_string(PymExc_TypeError, "'float' object cannot be interpreted as an integer");
        return NULL;
    }
    if (!PYM_INT_CHECK(args[0])) {
        pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                       pym_type_name(args[0]));
        return NULL;
    }
    int ovf = 0;
    long long v = pym_int_as_longlong_overflow(args[0], &ovf);
    if (ovf || v > INT_MAX) {
        pym_err_set_string(PymExc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (v < 1) {
        pym_err_set_string(PymExc_ValueError, "recursion limit must be greater or equal than 1");
        return NULL;
    }
    pym_vm_set_recursion_limit((int)v);
    PYM_RETURN_NONE;
}

PYM_CFUNC(sys_getrefcount) {
    if (pym_arg_count("getrefcount", nargs, kwnames, 1, 1) < 0) return NULL;
    return pym_int_from_ssize(PYM_REFCNT(args[0]));
}

PYM_CFUNC(sys_getsizeof) {
    static const char *const names[] = {"object", "default", NULL};
    PymObject *a[2] = {0};
    if (pym_arg_unpack("getsizeof", args, nargs, kwnames, names, 1, -1, a) < 0) return NULL;
    PymObject *o = a[0];
    int found = 0;
    PymObject *r = pym_call_special(o, PYM_ID(__sizeof__), NULL, 0, &found);
    if (!found && !pym_err_occurred())
        pym_err_format(PymExc_TypeError, "Type %s doesn't define __sizeof__", pym_type_name(o));
    if (!r) {
        if (a[1] && pym_err_matches((PymObject *)PymExc_TypeError)) {
            pym_err_clear();
            return pym_newref(a[1]);
        }
        return NULL;
    }
    if (!PYM_INT_CHECK(r)) {
        pym_err_set_string(PymExc_TypeError, "an integer is required");
        PYM_DECREF(r);
        if (a[1]) {
            pym_err_clear();
            return pym_newref(a[1]);
        }
        return NULL;
    }
    intptr_t size = pym_int_as_ssize(r);
    PYM_DECREF(r);
    if (size == -1 && pym_err_occurred()) return NULL;
    if (size < 0) {
        pym_err_set_string(PymExc_ValueError, "__sizeof__() should return >= 0");
        return NULL;
    }
    bool gc = PYM_IS_GC(o);
    if (gc && PYM_TYPE_CHECK(o) && !(((PymType *)o)->tp_flags & PYM_TPFLAGS_HEAPTYPE)) gc = false;
    if (gc) size += (intptr_t)sizeof(PymGCHead);
    size += pym_object_preheader_extra(PYM_TYPE(o));
    /* str has no items in CPython, so a str subclass with a __dict__ has a
    ** managed dict there: two pre-header pointers (pym's str is var-sized
    ** and keeps the dict pointer after the characters) */
    if (PYM_STR_CHECK(o) && !PYM_STR_CHECK_EXACT(o) && PYM_TYPE(o)->tp_dictoffset)
        size += 2 * (intptr_t)sizeof(PymObject *);
    return pym_int_from_ssize(size);
}

PYM_CFUNC(sys_exc_info) {
    if (pym_arg_count("exc_info", nargs, kwnames, 0, 0) < 0) return NULL;
    PymObject *e = pym_vm_handled_exception();
    if (!e || e == pym_None) return pym_tuple_pack(3, pym_None, pym_None, pym_None);
    PymObject *tb = ((PymBaseException *)e)->traceback;
    return pym_tuple_pack(3, (PymObject *)PYM_TYPE(e), e, tb ? tb : pym_None);
}

PYM_CFUNC(sys_exception) {
    if (pym_arg_count("exception", nargs, kwnames, 0, 0) < 0) return NULL;
    PymObject *e = pym_vm_handled_exception();
    return pym_newref(e ? e : pym_None);
}

PYM_CFUNC(sys_intern) {
    if (pym_arg_count("intern", nargs, kwnames, 1, 1) < 0) return NULL;
    if (!PYM_STR_CHECK_EXACT(args[0])) {
        pym_err_format(PymExc_TypeError, "intern() argument must be str, not %s",
                       pym_type_name(args[0]));
        return NULL;
    }
    return pym_str_intern(pym_newref(args[0]));
}

PYM_CFUNC(sys_displayhook) {
    if (pym_arg_count("displayhook", nargs, kwnames, 1, 1) < 0) return NULL;
    PymObject *o = args[0];
    if (o == pym_None) PYM_RETURN_NONE;
    PymObject *bd = pym_builtins_dict();
    if (pym_dict_setitem_cstr(bd, "_", pym_None) < 0) return NULL;
    PymObject *out = pym_sys_get("stdout");
    if (!out || out == pym_None) {
        pym_err_set_string(PymExc_RuntimeError, "lost sys.stdout");
        return NULL;
    }
    PymObject *r = pym_object_repr(o);
    if (!r) return NULL;
    PymObject *line = pym_str_concat(r, pym_str_intern_cstr("\n"));
    PYM_DECREF(r);
    if (!line) return NULL;
    PymObject *w = pym_call_method(out, PYM_ID(write), &line, 1);
    PYM_DECREF(line);
    if (!w) return NULL;
    PYM_DECREF(w);
    if (pym_dict_setitem_cstr(bd, "_", o) < 0) return NULL;
    PYM_RETURN_NONE;
}

PYM_CFUNC(sys_excepthook) {
    if (pym_arg_count("excepthook", nargs, kwnames, 3, 3) < 0) return NULL;
    PymObject *out = pym_sys_get("stdout");
    if (out && PYM_FILE_CHECK(out)) pym_file_flush(out);
    pym_err_clear();
    pym_err_display(args[1], stderr);
    PYM_RETURN_NONE;
}

PYM_CFUNC(sys_getdefaultencoding) {
    if (pym_arg_count("getdefaultencoding", nargs, kwnames, 0, 0) < 0) return NULL;
    return pym_str_from_cstr("utf-8");
}

PYM_CFUNC(sys_getfilesystemencoding) {
    if (pym_arg_count("getfilesystemencoding", nargs, kwnames, 0, 0) < 0) return NULL;
    return pym_str_from_cstr("utf-8");
}

PYM_CFUNC(sys_get_int_max_str_digits) {
    if (pym_arg_count("get_int_max_str_digits", nargs, kwnames, 0, 0) < 0) return NULL;
    return pym_int_from_long(pym_int_max_str_digits);
}

PYM_CFUNC(sys_set_int_max_str_digits) {
    static const char *const names[] = {"maxdigits", NULL};
    PymObject *a[1] = {0};
    if (pym_arg_unpack("set_int_max_str_digits", args, nargs, kwnames, names, 1, -1, a) < 0)
        return NULL;
    intptr_t v = pym_number_as_ssize(a[0], PymExc_OverflowError);
    if (v == -1 && pym_err_occurred()) return NULL;
    if (v != 0 && (v < 640 || v > INT_MAX)) {
        pym_err_set_string(PymExc_ValueError, "maxdigits must be 0 or larger than 640");
        return NULL;
    }
    pym_int_max_str_digits = (int)v;
    PYM_RETURN_NONE;
}

PYM_CFUNC(sys__getframe) {
    if (pym_arg_count("_getframe", nargs, kwnames, 0, 1) < 0) return NULL;
    intptr_t depth = 0;
    if (nargs) {
        depth = pym_number_as_ssize(args[0], PymExc_OverflowError);
        if (depth == -1 && pym_err_occurred()) return NULL;
    }
    PymFrame *f = pym_vm_current_frame();
    while (f && depth > 0) {
        f = pym_frame_back(f);
        depth--;
    }
    if (!f) {
        pym_err_set_string(PymExc_ValueError, "call stack is not deep enough");
        return NULL;
    }
    PymFrameObject *fo = pym_frame_get_object(f);
    return fo ? pym_newref((PymObject *)fo) : NULL;
}

PYM_CFUNC(sys_getallocatedblocks) {
    if (pym_arg_count("getallocatedblocks", nargs, kwnames, 0, 0) < 0) return NULL;
    pym_types_fill_all();
    return pym_int_from_ssize(pym_obj_blocks_in_use());
}

// _debugmallocstats(): the allocator's statistics on stderr, as CPython's
PYM_CFUNC(sys__debugmallocstats) {
    if (pym_arg_count("_debugmallocstats", nargs, kwnames, 0, 0) < 0) return NULL;
    pym_types_fill_all();
    pym_sys_flush_std();
    pym_obmalloc_print_stats(stderr);
    fflush(stderr);
    PYM_RETURN_NONE;
}

static PymMethodDef sys_methods[] = {
    {"set_asyncgen_hooks", pym_sys_set_asyncgen_hooks, 0, NULL},
    {"get_asyncgen_hooks", pym_sys_get_asyncgen_hooks, 0, NULL},
    {"exit", sys_exit, 0, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"getrefcount", sys_getrefcount, 0, NULL},
    {"getsizeof", sys_getsizeof, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"displayhook", sys_displayhook, 0, NULL},
    {"excepthook", sys_excepthook, 0, NULL},
    {"getdefaultencoding", sys_getdefaultencoding, 0, NULL},
    {"getfilesystemencoding", sys_getfilesystemencoding, 0, NULL},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, NULL},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, NULL},
    {"_getframe", sys__getframe, 0, NULL},
    {"getallocatedblocks", sys_getallocatedblocks, 0, NULL},
    {"_debugmallocstats", sys__debugmallocstats, 0, NULL},
    {NULL},
};

/* ------------------------------------------------------------------ */

int pym_sys_write_stdout(PymObject *str) {
    PymObject *out = pym_sys_get("stdout");
    if (!out || out == pym_None) return 0;
    if (PYM_FILE_CHECK(out) && PYM_STR_CHECK(str))
        return pym_file_write_utf8(out, PYM_STR_UTF8(str), PYM_STR_NBYTES(str));
    PymObject *r = pym_call_method(out, PYM_ID(write), &str, 1);
    if (!r) return -1;
    PYM_DECREF(r);
    return 0;
}

int pym_sys_write_stderr_cstr(const char *s) {
    PymObject *err = pym_sys_get("stderr");
    if (!err || err == pym_None) {
        fputs(s, stderr);
        return 0;
    }
    if (PYM_FILE_CHECK(err)) return pym_file_write_utf8(err, s, (intptr_t)strlen(s));
    PymObject *str = pym_str_from_cstr(s);
    if (!str) return -1;
    PymObject *r = pym_call_method(err, PYM_ID(write), &str, 1);
    PYM_DECREF(str);
    if (!r) return -1;
    PYM_DECREF(r);
    return 0;
}

/* CPython's flush_std_files: closed files are skipped; a failure of
** stdout's flush is reported once as "Exception ignored in: <stdout's
** repr>" (a closed pipe at exit), one of stderr's silently. */
static int flush_one(const char *name) {
    static bool stdout_reported;
    PymObject *f = pym_sys_get(name);
    if (!f || f == pym_None) return 0;
    if (PYM_TYPE(f) == &pym_type_textio) {
        /* the stream pym made: its C flush, without building the type's
        ** dict for two lookups (start-up time) */
        if (pym_file_flush(f) == 0) return 0;
        if (strcmp(name, "stdout") == 0 && !stdout_reported) {
            stdout_reported = true;
            pym_err_write_unraisable(f);
        }
        pym_err_clear();
        return -1;
    }
    PymObject *closed = pym_object_getattr_cstr(f, "closed");
    int isclosed = closed ? pym_object_is_true(closed) : -1;
    PYM_XDECREF(closed);
    if (isclosed < 0) pym_err_clear(); /* unknown: flushed */
    if (isclosed > 0) return 0;
    PymObject *r = pym_call_method(f, PYM_ID(flush), NULL, 0);
    if (!r) {
        if (strcmp(name, "stdout") == 0 && !stdout_reported) {
            stdout_reported = true;
            pym_err_write_unraisable(f);
        }
        pym_err_clear();
        return -1;
    }
    PYM_DECREF(r);
    return 0;
}

int pym_sys_flush_std(void) {
    int a = flush_one("stdout");
    int b = flush_one("stderr");
    return a < 0 || b < 0 ? -1 : 0;
}

int pym_sys_add_xoption(const char *opt) {
    PymObject *x = pym_sys_get("_xoptions");
    if (!x) return -1;
    const char *eq = strchr(opt, '=');
    PymObject *k, *v;
    if (eq) {
        k = pym_str_from_utf8(opt, eq - opt);
        v = pym_str_from_cstr(eq + 1);
    } else {
        k = pym_str_from_cstr(opt);
        v = pym_newref(pym_True);
    }
    int r = k && v ? pym_dict_setitem(x, k, v) : -1;
    PYM_XDECREF(k);
    PYM_XDECREF(v);
    return r;
}

int pym_sys_path_insert0(const char *dir) {
    PymObject *path = pym_sys_get("path");
    if (!path || !PYM_LIST_CHECK(path)) return 0;
    PymObject *s = pym_str_from_cstr(dir);
    if (!s) return -1;
    int r = pym_list_insert(path, 0, s);
    PYM_DECREF(s);
    return r;
}

/* Appends a directory to the list if it exists. */
static int path_append_dir(PymObject *list, const char *dir) {
    if (access(dir, F_OK) != 0) return 0;
    PymObject *s = pym_str_from_cstr(dir);
    if (!s) return -1;
    int r = pym_list_append(list, s);
    PYM_DECREF(s);
    return r;
}

/* Appends the first of the library directories next to exe that holds
** weakref.py (so that a system's /usr/lib is never taken): installed,
** <prefix>/bin/pym finds <prefix>/lib/pym; in a build or source tree, lib/
** next to the executable or one level up.  exe is absolute with no "." or
** ".." component: the parent of its directory is found by dropping a
** component.  Returns 1 if found, 0 if not, -1 on error. */
static int lib_next_to(PymObject *path, const char *exe) {
    const char *slash = strrchr(exe, '/');
    if (!slash) return 0;
    int dl = (int)(slash - exe), pl = dl - 1; /* exe[0, dl): its directory */
    while (pl >= 0 && exe[pl] != '/') pl--;   /* exe[0, pl): the parent */
    const struct {
        int len;
        const char *tail;
    } cands[] = {{pl, "/lib/pym"}, {dl, "/lib"}, {pl, "/lib"}};
    for (int i = 0; i < 3; i++) {
        if (cands[i].len < 0) continue;
        char buf[4096], probe[4200];
        snprintf(buf, sizeof buf, "%.*s%s", cands[i].len, exe, cands[i].tail);
        snprintf(probe, sizeof probe, "%s/weakref.py", buf);
        if (access(probe, F_OK) != 0) continue;
        PymObject *dir = pym_str_from_cstr(buf);
        int r = dir ? pym_list_append(path, dir) : -1;
        PYM_XDECREF(dir);
        return r < 0 ? -1 : 1;
    }
    return 0;
}

/* sys.path: the library directory, then $PYMPATH.  The build tree's pym
** takes the source tree's lib/ (baked in at build time) without a probe;
** any other finds it next to its executable -- the path it was started by
** (sys.executable), else, when that is a symlink to elsewhere, the file it
** resolves to (/proc/self/exe) -- and last falls back to the source tree's. */
static int build_path(PymObject *path, const char *exe) {
    int found = 0;
#if defined(PYM_BUILD_DIR) && defined(PYM_SOURCE_LIB_DIR)
    size_t bl = strlen(PYM_BUILD_DIR);
    if (strncmp(exe, PYM_BUILD_DIR, bl) == 0 && exe[bl] == '/' && !strchr(exe + bl + 1, '/')) {
        PymObject *dir = pym_str_from_cstr(PYM_SOURCE_LIB_DIR);
        if (!dir || pym_list_append(path, dir) < 0) {
            PYM_XDECREF(dir);
            return -1;
        }
        PYM_DECREF(dir);
        found = 1;
    }
#endif
    if (!found) found = lib_next_to(path, exe);
    if (found == 0) {
        char real[4096];
        ssize_t n = readlink("/proc/self/exe", real, sizeof real - 1);
        real[n > 0 ? n : 0] = 0;
        if (n > 0 && strcmp(real, exe) != 0) found = lib_next_to(path, real);
    }
    if (found < 0) return -1;
#ifdef PYM_SOURCE_LIB_DIR
    if (!found && path_append_dir(path, PYM_SOURCE_LIB_DIR) < 0) return -1;
#endif
    const char *env = getenv("PYMPATH");
    if (env && *env) {
        const char *p = env;
        for (;;) {
            const char *e = strchr(p, ':');
            size_t n = e ? (size_t)(e - p) : strlen(p);
            if (n > 0) {
                PymObject *s = pym_str_from_utf8(p, (intptr_t)n);
                if (!s || pym_list_append(path, s) < 0) {
                    PYM_XDECREF(s);
                    return -1;
                }
                PYM_DECREF(s);
            }
            if (!e) break;
            p = e + 1;
        }
    }
    return 0;
}

static int add(const char *name, PymObject *v) {
    if (!v) return -1;
    int r = pym_dict_setitem_cstr(sys_dict, name, v);
    PYM_DECREF(v);
    return r;
}

/* The types of the struct sequences (version_info, float_info ...). */
static int init_struct_seq_types(void) {
    return seq_type_init(&version_info_type, "sys.version_info", version_info_fields) < 0 ||
                   seq_type_init(&float_info_type, "sys.float_info", float_info_fields) < 0 ||
                   seq_type_init(&int_info_type, "sys.int_info", int_info_fields) < 0 ||
                   seq_type_init(&hash_info_type, "sys.hash_info", hash_info_fields) < 0 ||
                   seq_type_init(&flags_type, "sys.flags", flags_fields) < 0 ||
                   seq_type_init(&impl_type, "sys.implementation", impl_fields) < 0
               ? -1
               : 0;
}

/* The module, sys.modules and the functions (the hooks' __x__ copies too). */
static int init_module(void) {
    sys_module = pym_module_new("sys");
    if (!sys_module) return -1;
    sys_dict = pym_module_dict(sys_module);
    modules_dict = pym_dict_new();
    if (!modules_dict) return -1;
    if (add("modules", pym_newref(modules_dict)) < 0) return -1;
    if (pym_module_add_functions(sys_module, sys_methods) < 0) return -1;
    PymObject *dh = pym_dict_getitem_cstr(sys_dict, "displayhook");
    PymObject *eh = pym_dict_getitem_cstr(sys_dict, "excepthook");
    if (pym_dict_setitem_cstr(sys_dict, "__displayhook__", dh) < 0 ||
        pym_dict_setitem_cstr(sys_dict, "__excepthook__", eh) < 0)
        return -1;
    return 0;
}

/* sys.argv (at least ['']) and sys.orig_argv. */
static int init_argv(int argc, char **argv) {
    PymObject *av = pym_list_new(0);
    if (!av) return -1;
    for (int i = 0; i < argc; i++) {
        PymObject *s = pym_str_from_cstr(argv[i]);
        if (!s || pym_list_append(av, s) < 0) {
            PYM_XDECREF(s);
            PYM_DECREF(av);
            return -1;
        }
        PYM_DECREF(s);
    }
    if (argc == 0) {
        PymObject *s = pym_str_empty();
        pym_list_append(av, s);
        PYM_DECREF(s);
    }
    if (add("argv", av) < 0) return -1;
    return add("orig_argv", pym_list_from_iter(pym_dict_getitem_cstr(sys_dict, "argv")));
}

/* True if p is an absolute path with no empty, "." or ".." component. */
static bool path_is_plain(const char *p) {
    if (p[0] != '/') return false;
    for (const char *c = p; *c; c++)
        if (c[0] == '/' &&
            (c[1] == '/' || c[1] == 0 || (c[1] == '.' && (c[2] == '/' || c[2] == 0 ||
                                                          (c[2] == '.' && (c[3] == '/' || c[3] == 0))))))
            return false;
    return true;
}

/* sys.executable and sys.path.  As CPython's, sys.executable is the path
** pym was started by, made absolute, with its symlinks not resolved: the
** kernel's copy of it (AT_EXECFN: the shell has already searched $PATH)
** when that is plain, else /proc/self/exe.  Each system call avoided here
** is ~10-45 us of `pym -c pass` on the PVM machine. */
static int init_paths(void) {
    char exe[4096];
    const char *fn = (const char *)getauxval(AT_EXECFN);
    if (fn && strlen(fn) < sizeof exe && path_is_plain(fn)) {
        strcpy(exe, fn);
    } else {
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
        exe[n > 0 ? n : 0] = 0;
    }
    if (add("executable", S(exe)) < 0) return -1;
    PymObject *path = pym_list_new(0);
    if (!path) return -1;
    if (build_path(path, exe) < 0) {
        PYM_DECREF(path);
        return -1;
    }
    return add("path", path);
}

#define STRINGIFY_(x) #x
#define STRINGIFY(x)  STRINGIFY_(x)

/* sys.version, version_info, implementation, hexversion, api_version.  The
** strings are put together by the compiler: start-up calls no printf (its
** code and tables are pages -c pass would touch for nothing). */
static int init_version(void) {
    if (add("version", S(PYM_VERSION " (" PYM_VERSION_NAME ") [C11]")) < 0) return -1;
    PymObject *vi[5] = {I(3), I(11), I(7), S("final"), I(0)};
    PymObject *version_info = seq_new(&version_info_type, vi);
    if (!version_info) return -1;
    if (pym_dict_setitem_cstr(sys_dict, "version_info", version_info) < 0) {
        PYM_DECREF(version_info);
        return -1;
    }
    PymObject *im[4] = {S("pym"), S("pym-" STRINGIFY(PYM_MARSHAL_FORMAT)), version_info,
                        I(0x030b07f0)};
    if (add("implementation", seq_new(&impl_type, im)) < 0) return -1;
    if (add("hexversion", I(0x030b07f0)) < 0) return -1;
    return add("api_version", I(1013));
}

/* The numbers' limits and flags: float_info, int_info, flags, maxsize,
** maxunicode, hash_info. */
static int init_number_info(void) {
    PymObject *fi[11] = {F(DBL_MAX),
                         I(DBL_MAX_EXP),
                         I(DBL_MAX_10_EXP),
                         F(DBL_MIN),
                         I(DBL_MIN_EXP),
                         I(DBL_MIN_10_EXP),
                         I(DBL_DIG),
                         I(DBL_MANT_DIG),
                         F(DBL_EPSILON),
                         I(FLT_RADIX),
                         I(1)};
    if (add("float_info", seq_new(&float_info_type, fi)) < 0) return -1;
    PymObject *ii[4] = {I(30), I(4), I(4300), I(640)};
    if (add("int_info", seq_new(&int_info_type, ii)) < 0) return -1;
    PymObject *fl[18];
    for (int i = 0; i < 18; i++) fl[i] = I(0);
    PYM_SETREF(fl[4], I(pym_dont_write_bytecode));
    PYM_SETREF(fl[11], I(1));
    PYM_SETREF(fl[13], pym_newref(pym_False));
    PYM_SETREF(fl[16], pym_newref(pym_False));
    PYM_SETREF(fl[17], I(-1));
    if (add("flags", seq_new(&flags_type, fl)) < 0) return -1;

    if (add("maxsize", pym_int_from_ssize(PYM_SSIZE_MAX)) < 0) return -1;
    if (add("maxunicode", I(0x10FFFF)) < 0) return -1;
    /* numbers hash modulo 2**61-1 as in CPython; str/bytes hash with FNV-1a */
    PymObject *hi[9] = {
        I(64), I(2305843009213693951LL), I(314159), I(0), I(1000003), S("fnv"), I(64), I(0), I(0)};
    return add("hash_info", seq_new(&hash_info_type, hi));
}

/* The constant settings: platform, prefixes, the option lists, the import
** hooks' lists, builtin_module_names. */
static int init_settings(void) {
    if (add("float_repr_style", S("short")) < 0) return -1;
    if (add("platform", S("linux")) < 0) return -1;
    if (add("byteorder", S(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little" : "big")) < 0)
        return -1;
    if (add("prefix", S("/usr/local")) < 0) return -1;
    if (add("exec_prefix", S("/usr/local")) < 0) return -1;
    if (add("dont_write_bytecode", pym_bool_from(pym_dont_write_bytecode)) < 0) return -1;
    if (add("_xoptions", pym_dict_new()) < 0) return -1;
    if (add("warnoptions", pym_list_new(0)) < 0) return -1;
    if (add("meta_path", pym_list_new(0)) < 0) return -1;
    if (add("path_hooks", pym_list_new(0)) < 0) return -1;
    if (add("copyright", S("Copyright (c) pym authors.")) < 0) return -1;
    {
        static const char *const bnames[] = {"builtins", "gc", "math", "sys", "time"};
        PymObject *t = pym_tuple_new(5);
        if (!t) return -1;
        for (int i = 0; i < 5; i++) {
            PymObject *s = S(bnames[i]);
            if (!s) {
                PYM_DECREF(t);
                return -1;
            }
            PYM_TUPLE_SET(t, i, s);
        }
        if (add("builtin_module_names", t) < 0) return -1;
    }
    return 0;
}

/* sys.stdin/stdout/stderr and their __x__ copies. */
static int init_streams(void) {
    PymObject *in = pym_file_from_fd(0, "<stdin>", "r", false, false);
    PymObject *out = pym_file_from_fd(1, "<stdout>", "w", -1, false);
    PymObject *err = pym_file_from_fd(2, "<stderr>", "w", true, true);
    if (!in || !out || !err) {
        PYM_XDECREF(in);
        PYM_XDECREF(out);
        PYM_XDECREF(err);
        return -1;
    }
    int r = pym_dict_setitem_cstr(sys_dict, "stdin", in) |
            pym_dict_setitem_cstr(sys_dict, "stdout", out) |
            pym_dict_setitem_cstr(sys_dict, "stderr", err) |
            pym_dict_setitem_cstr(sys_dict, "__stdin__", in) |
            pym_dict_setitem_cstr(sys_dict, "__stdout__", out) |
            pym_dict_setitem_cstr(sys_dict, "__stderr__", err);
    PYM_DECREF(in);
    PYM_DECREF(out);
    PYM_DECREF(err);
    return r ? -1 : 0;
}

/* Builds the sys module, step by step in the order its dict is filled. */
int pym_sys_init(int argc, char **argv) {
    if (init_struct_seq_types() < 0 || init_module() < 0 || init_argv(argc, argv) < 0 ||
        init_paths() < 0 || init_version() < 0 || init_number_info() < 0 || init_settings() < 0 ||
        init_streams() < 0)
        return -1;
    return 0;
}

void pym_sys_fini(void) {
    sys_dict = NULL;
    PYM_CLEAR(modules_dict);
    PYM_CLEAR(sys_module);
}
