/*
** exceptions.c -- the built-in exception hierarchy: BaseException and its
** subclasses with CPython 3.11's layouts, attributes, str() and repr().
** Every type here is a GC type with an instance dict, so Python subclasses
** may add attributes freely.
*/
#include "pym.h"
#include "genericalias.h"
#include "buffer.h" /* pym_bytes_from_buffer: UnicodeDecodeError's object */
#include <errno.h>

/* ------------------------------------------------------------------ */
/* BaseException                                                        */

#define EXC(o) ((PymBaseException *)(o))

static PymObject *args_tuple(PymObject *const *args, size_t nargs) {
    return pym_tuple_from_array(args, (intptr_t)nargs);
}

static PymObject *base_new(PymType *type, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    PymObject *self = pym_object_alloc(type, 0);
    if (!self) return NULL;
    EXC(self)->args = args_tuple(args, nargs);
    if (!EXC(self)->args) {
        PYM_DECREF(self);
        return NULL;
    }
    pym_gc_track(self);
    return self;
}

static int base_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    if (pym_arg_nkw(kwnames)) {
        pym_err_format(PymExc_TypeError, "%s() takes no keyword arguments",
                       PYM_TYPE(self)->tp_name);
        return -1;
    }
    PymObject *t = args_tuple(args, nargs);
    if (!t) return -1;
    PYM_SETREF(EXC(self)->args, t);
    return 0;
}

static int base_clear(PymObject *self) {
    PymBaseException *e = EXC(self);
    PYM_CLEAR(e->dict);
    PYM_CLEAR(e->args);
    PYM_CLEAR(e->traceback);
    PYM_CLEAR(e->context);
    PYM_CLEAR(e->cause);
    return 0;
}

static int base_traverse(PymObject *self, visitproc visit, void *arg) {
    PymBaseException *e = EXC(self);
    PYM_VISIT(e->dict);
    PYM_VISIT(e->args);
    PYM_VISIT(e->traceback);
    PYM_VISIT(e->context);
    PYM_VISIT(e->cause);
    return 0;
}

static void base_dealloc(PymObject *self) {
    pym_gc_untrack(self);
    base_clear(self);
    PYM_TYPE(self)->tp_free(self);
}

/* Name used by repr(): the type's __name__ */
static const char *exc_type_name_of(PymType *t) {
    if ((t->tp_flags & PYM_TPFLAGS_HEAPTYPE) && t->ht_name) return PYM_STR_UTF8(t->ht_name);
    const char *dot = strrchr(t->tp_name, '.');
    return dot ? dot + 1 : t->tp_name;
}

static const char *exc_type_name(PymObject *self) {
    PymType *t = PYM_TYPE(self);
    if ((t->tp_flags & PYM_TPFLAGS_HEAPTYPE) && t->ht_name) return PYM_STR_UTF8(t->ht_name);
    const char *dot = strrchr(t->tp_name, '.');
    return dot ? dot + 1 : t->tp_name;
}

static PymObject *base_str(PymObject *self) {
    PymObject *args = EXC(self)->args;
    intptr_t n = args ? PYM_SIZE(args) : 0;
    if (n == 0) return pym_str_empty();
    if (n == 1) return pym_object_str(PYM_TUPLE_GET(args, 0));
    return pym_object_str(args);
}

static PymObject *base_repr(PymObject *self) {
    PymObject *args = EXC(self)->args;
    intptr_t n = args ? PYM_SIZE(args) : 0;
    const char *name = exc_type_name(self);
    if (n == 0) return pym_str_from_format("%s()", name);
    if (n == 1) return pym_str_from_format("%s(%R)", name, PYM_TUPLE_GET(args, 0));
    return pym_str_from_format("%s%R", name, args);
}

/* getset: args, __traceback__, __context__, __cause__, __dict__ */
static PymObject *get_args(PymObject *self, void *c) {
    return pym_newref(EXC(self)->args ? EXC(self)->args : pym_None);
}
static int set_args(PymObject *self, PymObject *v, void *c) {
    if (!v) {
        pym_err_set_string(PymExc_TypeError, "args may not be deleted");
        return -1;
    }
    PymObject *t = pym_tuple_from_iter(v);
    if (!t) return -1;
    PYM_SETREF(EXC(self)->args, t);
    return 0;
}
static PymObject *get_tb(PymObject *self, void *c) {
    return pym_newref(EXC(self)->traceback ? EXC(self)->traceback : pym_None);
}
static int set_tb(PymObject *self, PymObject *v, void *c) {
    if (!v) {
        pym_err_set_string(PymExc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v == pym_None) {
        PYM_CLEAR(EXC(self)->traceback);
        return 0;
    }
    if (PYM_TYPE(v) != &pym_type_traceback) {
        pym_err_set_string(PymExc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    PYM_SETREF(EXC(self)->traceback, pym_newref(v));
    return 0;
}
static PymObject *get_context(PymObject *self, void *c) {
    return pym_newref(EXC(self)->context ? EXC(self)->context : pym_None);
}
static int set_context(PymObject *self, PymObject *v, void *c) {
    if (!v) {
        pym_err_set_string(PymExc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (v == pym_None) {
        PYM_CLEAR(EXC(self)->context);
        return 0;
    }
    if (!PYM_EXC_CHECK(v)) {
        pym_err_set_string(PymExc_TypeError,
                           "exception context must be None or derive from BaseException");
        return -1;
    }
    PYM_SETREF(EXC(self)->context, pym_newref(v));
    return 0;
}
static PymObject *get_cause(PymObject *self, void *c) {
    return pym_newref(EXC(self)->cause ? EXC(self)->cause : pym_None);
}
static int set_cause(PymObject *self, PymObject *v, void *c) {
    if (!v) {
        pym_err_set_string(PymExc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    EXC(self)->suppress_context = 1;
    if (v == pym_None) {
        PYM_CLEAR(EXC(self)->cause);
        return 0;
    }
    if (!PYM_EXC_CHECK(v)) {
        pym_err_set_string(PymExc_TypeError,
                           "exception cause must be None or derive from BaseException");
        return -1;
    }
    PYM_SETREF(EXC(self)->cause, pym_newref(v));
    return 0;
}
static PymObject *get_dict(PymObject *self, void *c) {
    if (!EXC(self)->dict) {
        EXC(self)->dict = pym_dict_new();
        if (!EXC(self)->dict) return NULL;
    }
    return pym_newref(EXC(self)->dict);
}
static int set_dict(PymObject *self, PymObject *v, void *c) {
    if (!v || !PYM_DICT_CHECK(v)) {
        pym_err_set_string(PymExc_TypeError, "__dict__ must be set to a dictionary");
        return -1;
    }
    PYM_SETREF(EXC(self)->dict, pym_newref(v));
    return 0;
}

static PymGetSetDef base_getset[] = {
    {"args", get_args, set_args, NULL, NULL},
    {"__traceback__", get_tb, set_tb, NULL, NULL},
    {"__context__", get_context, set_context, NULL, NULL},
    {"__cause__", get_cause, set_cause, NULL, NULL},
    {"__dict__", get_dict, set_dict, NULL, NULL},
    {NULL},
};

static PymMemberDef base_members[] = {
    {"__suppress_context__", PYM_T_BOOL, offsetof(PymBaseException, suppress_context), 0, NULL},
    {NULL},
};

static PymObject *base_with_traceback(PymObject *self, PymObject *const *args, size_t nargs,
                                      PymObject *kwnames) {
    if (pym_arg_count("with_traceback", nargs, kwnames, 1, 1) < 0) return NULL;
    if (set_tb(self, args[0], NULL) < 0) return NULL;
    return pym_newref(self);
}

static PymObject *base_add_note(PymObject *self, PymObject *const *args, size_t nargs,
                                PymObject *kwnames) {
    if (pym_arg_count("add_note", nargs, kwnames, 1, 1) < 0) return NULL;
    if (!PYM_STR_CHECK(args[0])) {
        pym_err_format(PymExc_TypeError, "note must be a str, not '%s'", pym_type_name(args[0]));
        return NULL;
    }
    PymObject *d = get_dict(self, NULL);
    if (!d) return NULL;
    PymObject *notes = pym_dict_getitem(d, PYM_ID(__notes__));
    if (!notes) {
        if (pym_err_occurred()) {
            PYM_DECREF(d);
            return NULL;
        }
        notes = pym_list_new(0);
        if (!notes || pym_dict_setitem(d, PYM_ID(__notes__), notes) < 0) {
            PYM_XDECREF(notes);
            PYM_DECREF(d);
            return NULL;
        }
        PYM_DECREF(notes);
    }
    PYM_DECREF(d);
    if (!PYM_LIST_CHECK(notes)) {
        pym_err_set_string(PymExc_TypeError, "Cannot add note: __notes__ is not a list");
        return NULL;
    }
    if (pym_list_append(notes, args[0]) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *base_reduce(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    PymObject *a = EXC(self)->args ? EXC(self)->args : pym_None;
    if (EXC(self)->dict && pym_dict_size(EXC(self)->dict))
        return pym_tuple_pack(3, (PymObject *)PYM_TYPE(self), a, EXC(self)->dict);
    return pym_tuple_pack(2, (PymObject *)PYM_TYPE(self), a);
}

/* BaseException.__setstate__(state): the attributes a pickled exception carried */
static PymObject *base_setstate(PymObject *self, PymObject *const *args, size_t nargs,
                                PymObject *kwnames) {
    if (pym_arg_count("__setstate__", nargs, kwnames, 1, 1) < 0) return NULL;
    PymObject *state = args[0];
    if (state == pym_None) PYM_RETURN_NONE;
    if (!PYM_DICT_CHECK(state)) {
        pym_err_set_string(PymExc_TypeError, "state is not a dictionary");
        return NULL;
    }
    PymObject *items = pym_call_method(state, PYM_ID(items), NULL, 0);
    PymObject *it = items ? pym_object_getiter(items) : NULL, *kv;
    PYM_XDECREF(items);
    if (!it) return NULL;
    while ((kv = pym_iter_next(it))) {
        int r = pym_object_setattr(self, PYM_TUPLE_GET(kv, 0), PYM_TUPLE_GET(kv, 1));
        PYM_DECREF(kv);
        if (r < 0) {
            PYM_DECREF(it);
            return NULL;
        }
    }
    PYM_DECREF(it);
    if (pym_err_occurred()) return NULL;
    PYM_RETURN_NONE;
}

static PymMethodDef base_methods[] = {
    {"__setstate__", base_setstate, 0, NULL},
    {"with_traceback", base_with_traceback, 0, NULL},
    {"add_note", base_add_note, 0, NULL},
    {"__reduce__", base_reduce, 0, NULL},
    {NULL},
};

/* ------------------------------------------------------------------ */
/* StopIteration, SystemExit                                            */

static PymObject *first_arg_or_none(PymObject *const *args, size_t nargs) {
    return pym_newref(nargs > 0 ? args[0] : pym_None);
}

static int stopiter_init(PymObject *self, PymObject *const *args, size_t nargs,
                         PymObject *kwnames) {
    if (base_init(self, args, nargs, kwnames) < 0) return -1;
    PYM_SETREF(((PymStopIteration *)self)->value, first_arg_or_none(args, nargs));
    return 0;
}
static PymObject *stopiter_new(PymType *type, PymObject *const *args, size_t nargs,
                               PymObject *kwnames) {
    PymObject *self = base_new(type, args, nargs, kwnames);
    if (self) ((PymStopIteration *)self)->value = first_arg_or_none(args, nargs);
    return self;
}
static int stopiter_clear(PymObject *self) {
    PYM_CLEAR(((PymStopIteration *)self)->value);
    return base_clear(self);
}
static int stopiter_traverse(PymObject *self, visitproc visit, void *arg) {
    PYM_VISIT(((PymStopIteration *)self)->value);
    return base_traverse(self, visit, arg);
}
static void stopiter_dealloc(PymObject *self) {
    pym_gc_untrack(self);
    stopiter_clear(self);
    PYM_TYPE(self)->tp_free(self);
}
static PymMemberDef stopiter_members[] = {
    {"value", PYM_T_OBJECT, offsetof(PymStopIteration, value), 0, NULL},
    {NULL},
};

static PymObject *sysexit_code(PymObject *const *args, size_t nargs) {
    if (nargs == 0) return pym_newref(pym_None);
    if (nargs == 1) return pym_newref(args[0]);
    return args_tuple(args, nargs);
}
static int sysexit_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    if (base_init(self, args, nargs, kwnames) < 0) return -1;
    PymObject *c = sysexit_code(args, nargs);
    if (!c) return -1;
    PYM_SETREF(((PymSystemExit *)self)->code, c);
    return 0;
}
static PymObject *sysexit_new(PymType *type, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    PymObject *self = base_new(type, args, nargs, kwnames);
    if (self && !(((PymSystemExit *)self)->code = sysexit_code(args, nargs))) {
        PYM_DECREF(self);
        return NULL;
    }
    return self;
}
static PymMemberDef sysexit_members[] = {
    {"code", PYM_T_OBJECT, offsetof(PymSystemExit, code), 0, NULL},
    {NULL},
};

/* ------------------------------------------------------------------ */
/* ImportError, AttributeError, NameError: keyword-only name/path/obj    */

/* Splits vectorcall args into positional ones and the keywords named in
** names[] (at most 2), storing borrowed values; unknown keywords raise. */
static int exc_kwargs(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames,
                      const char *const *names, PymObject **out) {
    size_t nkw = pym_arg_nkw(kwnames);
    for (size_t i = 0; i < nkw; i++) {
        PymObject *k = PYM_TUPLE_GET(kwnames, i);
        int found = 0;
        for (int j = 0; names[j]; j++) {
            if (pym_str_equal_cstr(k, names[j])) {
                out[j] = args[nargs + i];
                found = 1;
            }
        }
        if (!found) {
            pym_err_format(PymExc_TypeError, "'%U' is an invalid keyword argument for %s()", k,
                           exc_type_name(self));
            return -1;
        }
    }
    return 0;
}

static const char *const import_kw[] = {"name", "path", NULL};
static int importerr_init(PymObject *self, PymObject *const *args, size_t nargs,
                          PymObject *kwnames) {
    PymObject *kw[2] = {NULL, NULL};
    if (exc_kwargs(self, args, nargs, kwnames, import_kw, kw) < 0) return -1;
    if (base_init(self, args, nargs, NULL) < 0) return -1;
    PymImportError *e = (PymImportError *)self;
    PYM_SETREF(e->name, PYM_XNEWREF(kw[0]));
    PYM_SETREF(e->path, PYM_XNEWREF(kw[1]));
    return 0;
}
static int importerr_clear(PymObject *self) {
    PYM_CLEAR(((PymImportError *)self)->name);
    PYM_CLEAR(((PymImportError *)self)->path);
    return base_clear(self);
}
static int importerr_traverse(PymObject *self, visitproc visit, void *arg) {
    PYM_VISIT(((PymImportError *)self)->name);
    PYM_VISIT(((PymImportError *)self)->path);
    return base_traverse(self, visit, arg);
}
static void importerr_dealloc(PymObject *self) {
    pym_gc_untrack(self);
    importerr_clear(self);
    PYM_TYPE(self)->tp_free(self);
}
static PymObject *importerr_get_msg(PymObject *self, void *c) {
    PymObject *args = EXC(self)->args;
    if (args && PYM_SIZE(args) == 1) return pym_newref(PYM_TUPLE_GET(args, 0));
    PYM_RETURN_NONE;
}
static PymGetSetDef importerr_getset[] = {
    {"msg", importerr_get_msg, NULL, NULL, NULL},
    {NULL},
};
static PymMemberDef importerr_members[] = {
    {"name", PYM_T_OBJECT, offsetof(PymImportError, name), 0, NULL},
    {"path", PYM_T_OBJECT, offsetof(PymImportError, path), 0, NULL},
    {NULL},
};

static const char *const attr_kw[] = {"name", "obj", NULL};
static int attrerr_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    PymObject *kw[2] = {NULL, NULL};
    if (exc_kwargs(self, args, nargs, kwnames, attr_kw, kw) < 0) return -1;
    if (base_init(self, args, nargs, NULL) < 0) return -1;
    PymAttributeError *e = (PymAttributeError *)self;
    PYM_SETREF(e->name, PYM_XNEWREF(kw[0]));
    PYM_SETREF(e->obj, PYM_XNEWREF(kw[1]));
    return 0;
}
static int attrerr_clear(PymObject *self) {
    PYM_CLEAR(((PymAttributeError *)self)->name);
    PYM_CLEAR(((PymAttributeError *)self)->obj);
    return base_clear(self);
}
static int attrerr_traverse(PymObject *self, visitproc visit, void *arg) {
    PYM_VISIT(((PymAttributeError *)self)->name);
    PYM_VISIT(((PymAttributeError *)self)->obj);
    return base_traverse(self, visit, arg);
}
static void attrerr_dealloc(PymObject *self) {
    pym_gc_untrack(self);
    attrerr_clear(self);
    PYM_TYPE(self)->tp_free(self);
}
static PymMemberDef attrerr_members[] = {
    {"name", PYM_T_OBJECT, offsetof(PymAttributeError, name), 0, NULL},
    {"obj", PYM_T_OBJECT, offsetof(PymAttributeError, obj), 0, NULL},
    {NULL},
};

static const char *const name_kw[] = {"name", NULL};
static int nameerr_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    PymObject *kw[1] = {NULL};
    if (exc_kwargs(self, args, nargs, kwnames, name_kw, kw) < 0) return -1;
    if (base_init(self, args, nargs, NULL) < 0) return -1;
    PYM_SETREF(((PymNameError *)self)->name, PYM_XNEWREF(kw[0]));
    return 0;
}
static int nameerr_clear(PymObject *self) {
    PYM_CLEAR(((PymNameError *)self)->name);
    return base_clear(self);
}
static int nameerr_traverse(PymObject *self, visitproc visit, void *arg) {
    PYM_VISIT(((PymNameError *)self)->name);
    return base_traverse(self, visit, arg);
}
static void nameerr_dealloc(PymObject *self) {
    pym_gc_untrack(self);
    nameerr_clear(self);
    PYM_TYPE(self)->tp_free(self);
}
static PymMemberDef nameerr_members[] = {
    {"name", PYM_T_OBJECT, offsetof(PymNameError, name), 0, NULL},
    {NULL},
};

/* KeyError: str() of a single argument is its repr */
static PymObject *keyerr_str(PymObject *self) {
    PymObject *args = EXC(self)->args;
    if (args && PYM_SIZE(args) == 1) return pym_object_repr(PYM_TUPLE_GET(args, 0));
    return base_str(self);
}

/* ------------------------------------------------------------------ */
/* OSError                                                              */

static PymType *oserror_subtype_for_errno(int err) {
    switch (err) {
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
        return PymExc_BlockingIOError;
    case ECHILD: return PymExc_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return PymExc_BrokenPipeError;
    case ECONNABORTED: return PymExc_ConnectionAbortedError;
    case ECONNREFUSED: return PymExc_ConnectionRefusedError;
    case ECONNRESET: return PymExc_ConnectionResetError;
    case EEXIST: return PymExc_FileExistsError;
    case ENOENT: return PymExc_FileNotFoundError;
    case EINTR: return PymExc_InterruptedError;
    case EISDIR: return PymExc_IsADirectoryError;
    case ENOTDIR: return PymExc_NotADirectoryError;
    case EACCES:
    case EPERM: return PymExc_PermissionError;
    case ESRCH: return PymExc_ProcessLookupError;
    case ETIMEDOUT: return PymExc_TimeoutError;
    default: return NULL;
    }
}

/* Fills errno/strerror/filename/filename2 from args (2..5 of them) and
** trims args to (errno, strerror) when a filename is given. */
static int oserror_parse(PymObject *self, PymObject *const *args, size_t nargs) {
    PymOSError *e = (PymOSError *)self;
    PYM_CLEAR(e->myerrno);
    PYM_CLEAR(e->strerror);
    PYM_CLEAR(e->filename);
    PYM_CLEAR(e->filename2);
    if (nargs >= 2 && nargs <= 5) {
        e->myerrno = pym_newref(args[0]);
        e->strerror = pym_newref(args[1]);
        if (nargs >= 3 && args[2] != pym_None) {
            e->filename = pym_newref(args[2]);
            if (nargs == 5) e->filename2 = pym_newref(args[4]);
            PymObject *t = args_tuple(args, 2);
            if (!t) return -1;
            PYM_SETREF(EXC(self)->args, t);
        }
    }
    return 0;
}

static PymObject *oserror_new(PymType *type, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    if (type == PymExc_OSError && nargs >= 2 && PYM_INT_CHECK(args[0])) {
        int ovf = 0;
        long long err = pym_int_as_longlong_overflow(args[0], &ovf);
        PymType *sub = ovf ? NULL : oserror_subtype_for_errno((int)err);
        if (sub) type = sub;
    }
    PymObject *self = base_new(type, args, nargs, NULL);
    if (self && oserror_parse(self, args, nargs) < 0) {
        PYM_DECREF(self);
        return NULL;
    }
    return self;
}
static int oserror_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    if (pym_arg_nkw(kwnames) && !(PYM_TYPE(self)->tp_flags & PYM_TPFLAGS_HEAPTYPE)) {
        pym_err_format(PymExc_TypeError, "%s() takes no keyword arguments", exc_type_name(self));
        return -1;
    }
    PymObject *t = args_tuple(args, nargs);
    if (!t) return -1;
    PYM_SETREF(EXC(self)->args, t);
    return oserror_parse(self, args, nargs);
}
static int oserror_clear(PymObject *self) {
    PymOSError *e = (PymOSError *)self;
    PYM_CLEAR(e->myerrno);
    PYM_CLEAR(e->strerror);
    PYM_CLEAR(e->filename);
    PYM_CLEAR(e->filename2);
    return base_clear(self);
}
static int oserror_traverse(PymObject *self, visitproc visit, void *arg) {
    PymOSError *e = (PymOSError *)self;
    PYM_VISIT(e->myerrno);
    PYM_VISIT(e->strerror);
    PYM_VISIT(e->filename);
    PYM_VISIT(e->filename2);
    return base_traverse(self, visit, arg);
}
static void oserror_dealloc(PymObject *self) {
    pym_gc_untrack(self);
    oserror_clear(self);
    PYM_TYPE(self)->tp_free(self);
}
static PymObject *oserror_str(PymObject *self) {
    PymOSError *e = (PymOSError *)self;
    if (e->filename) {
        if (e->filename2)
            return pym_str_from_format("[Errno %S] %S: %R -> %R", e->myerrno, e->strerror,
                                       e->filename, e->filename2);
        return pym_str_from_format("[Errno %S] %S: %R", e->myerrno, e->strerror, e->filename);
    }
    if (e->myerrno && e->strerror)
        return pym_str_from_format("[Errno %S] %S", e->myerrno, e->strerror);
    return base_str(self);
}
static PymMemberDef oserror_members[] = {
    {"errno", PYM_T_OBJECT, offsetof(PymOSError, myerrno), 0, NULL},
    {"strerror", PYM_T_OBJECT, offsetof(PymOSError, strerror), 0, NULL},
    {"filename", PYM_T_OBJECT, offsetof(PymOSError, filename), 0, NULL},
    {"filename2", PYM_T_OBJECT, offsetof(PymOSError, filename2), 0, NULL},
    {NULL},
};

/* ------------------------------------------------------------------ */
/* SyntaxError                                                          */

static int syntax_parse(PymObject *self, PymObject *const *args, size_t nargs) {
    PymSyntaxError *e = (PymSyntaxError *)self;
    if (nargs >= 1) PYM_SETREF(e->msg, pym_newref(args[0]));
    if (nargs == 2) {
        PymObject *info = pym_tuple_from_iter(args[1]);
        if (!info) return -1;
        intptr_t n = PYM_SIZE(info);
        if (n < 4 || n > 6) {
            PYM_DECREF(info);
            pym_err_set_string(PymExc_IndexError, "tuple index out of range");
            return -1;
        }
        PymObject **dst[6] = {&e->filename, &e->lineno,     &e->offset,
                              &e->text,     &e->end_lineno, &e->end_offset};
        for (intptr_t i = 0; i < n; i++) PYM_SETREF(*dst[i], pym_newref(PYM_TUPLE_GET(info, i)));
        PYM_DECREF(info);
    }
    return 0;
}
static PymObject *syntax_new(PymType *type, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    PymObject *self = base_new(type, args, nargs, NULL);
    if (self && syntax_parse(self, args, nargs) < 0) {
        PYM_DECREF(self);
        return NULL;
    }
    return self;
}
static int syntax_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    if (base_init(self, args, nargs, kwnames) < 0) return -1;
    return syntax_parse(self, args, nargs);
}
static int syntax_clear(PymObject *self) {
    PymSyntaxError *e = (PymSyntaxError *)self;
    PYM_CLEAR(e->msg);
    PYM_CLEAR(e->filename);
    PYM_CLEAR(e->lineno);
    PYM_CLEAR(e->offset);
    PYM_CLEAR(e->text);
    PYM_CLEAR(e->end_lineno);
    PYM_CLEAR(e->end_offset);
    PYM_CLEAR(e->print_file_and_line);
    return base_clear(self);
}
static int syntax_traverse(PymObject *self, visitproc visit, void *arg) {
    PymSyntaxError *e = (PymSyntaxError *)self;
    PYM_VISIT(e->msg);
    PYM_VISIT(e->filename);
    PYM_VISIT(e->lineno);
    PYM_VISIT(e->offset);
    PYM_VISIT(e->text);
    PYM_VISIT(e->end_lineno);
    PYM_VISIT(e->end_offset);
    PYM_VISIT(e->print_file_and_line);
    return base_traverse(self, visit, arg);
}
static void syntax_dealloc(PymObject *self) {
    pym_gc_untrack(self);
    syntax_clear(self);
    PYM_TYPE(self)->tp_free(self);
}
static PymObject *syntax_str(PymObject *self) {
    PymSyntaxError *e = (PymSyntaxError *)self;
    PymObject *msg = e->msg ? e->msg : pym_None;
    const char *fname = NULL;
    if (e->filename && PYM_STR_CHECK(e->filename)) {
        fname = PYM_STR_UTF8(e->filename);
        const char *slash = strrchr(fname, '/');
        if (slash) fname = slash + 1;
    }
    bool have_line = e->lineno && PYM_INT_CHECK(e->lineno);
    if (fname && have_line)
        return pym_str_from_format("%S (%s, line %lld)", msg, fname,
                                   pym_int_as_longlong(e->lineno));
    if (fname) return pym_str_from_format("%S (%s)", msg, fname);
    if (have_line)
        return pym_str_from_format("%S (line %lld)", msg, pym_int_as_longlong(e->lineno));
    return pym_object_str(msg);
}
static PymMemberDef syntax_members[] = {
    {"msg", PYM_T_OBJECT, offsetof(PymSyntaxError, msg), 0, NULL},
    {"filename", PYM_T_OBJECT, offsetof(PymSyntaxError, filename), 0, NULL},
    {"lineno", PYM_T_OBJECT, offsetof(PymSyntaxError, lineno), 0, NULL},
    {"offset", PYM_T_OBJECT, offsetof(PymSyntaxError, offset), 0, NULL},
    {"text", PYM_T_OBJECT, offsetof(PymSyntaxError, text), 0, NULL},
    {"end_lineno", PYM_T_OBJECT, offsetof(PymSyntaxError, end_lineno), 0, NULL},
    {"end_offset", PYM_T_OBJECT, offsetof(PymSyntaxError, end_offset), 0, NULL},
    {"print_file_and_line", PYM_T_OBJECT, offsetof(PymSyntaxError, print_file_and_line), 0, NULL},
    {NULL},
};

/* ------------------------------------------------------------------ */
/* UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError        */
/* The arguments are kept in fields (CPython's PyUnicodeErrorObject), and
** str() is made from them, whether the error was raised by a codec or made
** by Python code; an instance made by __new__ alone has none and prints as
** the empty string. */

#define UE(o) ((PymUnicodeError *)(o))

static int unicodeerr_clear(PymObject *self) {
    PYM_CLEAR(UE(self)->encoding);
    PYM_CLEAR(UE(self)->object);
    PYM_CLEAR(UE(self)->reason);
    return base_clear(self);
}

static int unicodeerr_traverse(PymObject *self, visitproc visit, void *arg) {
    PYM_VISIT(UE(self)->encoding);
    PYM_VISIT(UE(self)->object);
    PYM_VISIT(UE(self)->reason);
    return base_traverse(self, visit, arg);
}

static void unicodeerr_dealloc(PymObject *self) {
    pym_gc_untrack(self);
    unicodeerr_clear(self);
    PYM_TYPE(self)->tp_free(self);
}

/* Argument i (1-based, as CPython's messages count) must be a str. */
static int unicodeerr_str_arg(PymObject *o, int i) {
    if (PYM_STR_CHECK(o)) return 0;
    pym_err_format(PymExc_TypeError, "argument %d must be str, not %s", i, pym_type_name(o));
    return -1;
}

static int unicodeerr_ssize_arg(PymObject *o, intptr_t *out) {
    PymObject *i = pym_number_index(o);
    if (!i) return -1;
    *out = pym_int_as_ssize(i);
    PYM_DECREF(i);
    return *out == -1 && pym_err_occurred() ? -1 : 0;
}

/* UnicodeDecodeError(encoding, object, start, end, reason),
** UnicodeEncodeError(encoding, object, start, end, reason),
** UnicodeTranslateError(object, start, end, reason) */
static int unicodeerr_init(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    if (base_init(self, args, nargs, kwnames) < 0) return -1;
    PymType *t = PYM_TYPE(self);
    bool decode = pym_type_is_subtype(t, PymExc_UnicodeDecodeError);
    bool translate = !decode && !pym_type_is_subtype(t, PymExc_UnicodeEncodeError);
    size_t want = translate ? 4 : 5;
    if (nargs != want) {
        pym_err_format(PymExc_TypeError, "function takes exactly %zd arguments (%zd given)",
                       (intptr_t)want, (intptr_t)nargs);
        return -1;
    }
    PymObject *encoding = translate ? NULL : args[0];
    args += translate ? 0 : 1;
    int first = translate ? 1 : 2; /* the object's argument number */
    intptr_t start, end;
    if (encoding && unicodeerr_str_arg(encoding, 1) < 0) return -1;
    PymObject *object;
    if (decode) {
        object = PYM_BYTES_CHECK(args[0]) ? pym_newref(args[0]) : pym_bytes_from_buffer(args[0]);
        if (!object) return -1;
    } else {
        if (unicodeerr_str_arg(args[0], first) < 0) return -1;
        object = pym_newref(args[0]);
    }
    if (unicodeerr_ssize_arg(args[1], &start) < 0 || unicodeerr_ssize_arg(args[2], &end) < 0 ||
        unicodeerr_str_arg(args[3], first + 3) < 0) {
        PYM_DECREF(object);
        return -1;
    }
    PymUnicodeError *e = UE(self);
    PymObject *old[3] = {e->encoding, e->object, e->reason};
    e->encoding = encoding ? pym_newref(encoding) : NULL;
    e->object = object;
    e->reason = pym_newref(args[3]);
    for (int i = 0; i < 3; i++) PYM_XDECREF(old[i]);
    e->start = start;
    e->end = end;
    return 0;
}

static PymObject *unicodeerr_str(PymObject *self) {
    PymUnicodeError *e = UE(self);
    if (!e->object) return pym_str_empty();
    /* encoding and reason may have been set to anything: their str() */
    PymObject *reason = e->reason ? pym_object_str(e->reason) : pym_str_from_cstr("None");
    PymObject *enc = e->encoding ? pym_object_str(e->encoding) : pym_str_from_cstr("None");
    PymObject *r = NULL;
    if (!reason || !enc) goto done;
    bool one = e->end == e->start + 1;
    if (PYM_BYTES_CHECK(e->object)) {
        if (one && e->start >= 0 && e->start < PYM_SIZE(e->object))
            r = pym_str_from_format("'%U' codec can't decode byte 0x%02x in position %zd: %U", enc,
                                    (int)(unsigned char)PYM_BYTES_DATA(e->object)[e->start],
                                    e->start, reason);
        else
            r = pym_str_from_format("'%U' codec can't decode bytes in position %zd-%zd: %U", enc,
                                    e->start, e->end - 1, reason);
        goto done;
    }
    bool translate = !pym_type_is_subtype(PYM_TYPE(self), PymExc_UnicodeEncodeError);
    if (one && e->start >= 0 && PYM_STR_CHECK(e->object) && e->start < PYM_SIZE(e->object)) {
        uint32_t c = pym_str_char_at(e->object, e->start);
        char esc[16];
        if (c < 0x100)
            snprintf(esc, sizeof esc, "\\x%02x", c);
        else if (c < 0x10000)
            snprintf(esc, sizeof esc, "\\u%04x", c);
        else
            snprintf(esc, sizeof esc, "\\U%08x", c);
        if (translate)
            r = pym_str_from_format("can't translate character '%s' in position %zd: %U", esc,
                                    e->start, reason);
        else
            r = pym_str_from_format("'%U' codec can't encode character '%s' in position %zd: %U",
                                    enc, esc, e->start, reason);
    } else if (translate) {
        r = pym_str_from_format("can't translate characters in position %zd-%zd: %U", e->start,
                                e->end - 1, reason);
    } else {
        r = pym_str_from_format("'%U' codec can't encode characters in position %zd-%zd: %U", enc,
                                e->start, e->end - 1, reason);
    }
done:
    PYM_XDECREF(reason);
    PYM_XDECREF(enc);
    return r;
}

static PymMemberDef unicodeerr_members[] = {
    {"encoding", PYM_T_OBJECT, offsetof(PymUnicodeError, encoding), 0, "exception encoding"},
    {"object", PYM_T_OBJECT, offsetof(PymUnicodeError, object), 0, "exception object"},
    {"start", PYM_T_SSIZE, offsetof(PymUnicodeError, start), 0, "exception start"},
    {"end", PYM_T_SSIZE, offsetof(PymUnicodeError, end), 0, "exception end"},
    {"reason", PYM_T_OBJECT, offsetof(PymUnicodeError, reason), 0, "exception reason"},
    {NULL},
};

/* ------------------------------------------------------------------ */
/* The static type objects                                              */

#define EXC_FLAGS (PYM_TPFLAGS_BASETYPE | PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASE_EXC_SUBCLASS)

/* A type with the BaseException layout and slots (str may differ). */
#define SIMPLE_EXC(NAME, BASE, STR, DOC) \
    PymType pym_exc_##NAME = { \
        PYM_VAR_HEAD_INIT(&pym_type_type, 0), \
        .tp_name = #NAME, \
        .tp_basicsize = sizeof(PymBaseException), \
        .tp_flags = EXC_FLAGS, \
        .tp_dealloc = base_dealloc, \
        .tp_traverse = base_traverse, \
        .tp_clear = base_clear, \
        .tp_repr = base_repr, \
        .tp_str = STR, \
        .tp_getattro = pym_object_generic_getattr, \
        .tp_setattro = pym_object_generic_setattr, \
        .tp_dictoffset = offsetof(PymBaseException, dict), \
        .tp_base = &pym_exc_##BASE, \
        .tp_new = base_new, \
        .tp_init = base_init, \
        .tp_free = pym_object_free, \
        .tp_doc = DOC, \
    };

/* A type with its own layout: PREFIX_{dealloc,traverse,clear,new,init}. */
#define COMPLEX_EXC(NAME, BASE, LAYOUT, PREFIX, NEW, STR, MEMBERS, GETSET, DOC) \
    PymType pym_exc_##NAME = { \
        PYM_VAR_HEAD_INIT(&pym_type_type, 0), \
        .tp_name = #NAME, \
        .tp_basicsize = sizeof(LAYOUT), \
        .tp_flags = EXC_FLAGS, \
        .tp_dealloc = PREFIX##_dealloc, \
        .tp_traverse = PREFIX##_traverse, \
        .tp_clear = PREFIX##_clear, \
        .tp_repr = base_repr, \
        .tp_str = STR, \
        .tp_getattro = pym_object_generic_getattr, \
        .tp_setattro = pym_object_generic_setattr, \
        .tp_dictoffset = offsetof(PymBaseException, dict), \
        .tp_members = MEMBERS, \
        .tp_getset = GETSET, \
        .tp_base = &pym_exc_##BASE, \
        .tp_new = NEW, \
        .tp_init = PREFIX##_init, \
        .tp_free = pym_object_free, \
        .tp_doc = DOC, \
    };

/* ------------------------------------------------------------------ */
/* BaseExceptionGroup / ExceptionGroup (PEP 654)                        */
/*
** A group holds its message and a tuple of exceptions; args keep what the
** constructor got.  split() walks the tree: a node matching the condition
** is taken whole, a leaf that does not goes to the rest, and a group is
** rebuilt from its children's parts with derive(), carrying over the
** traceback, cause, context and notes.  except* uses the same walk
** (pym_exc_group_match), and after the handlers ran rebuilds what is left
** to raise (pym_exc_prep_reraise_star): the parts of the original that
** were re-raised or not handled, in the original's shape, grouped with
** the exceptions the handlers raised.
*/

PymType *PymExc_ExceptionGroup;

#define EG(o) ((PymExceptionGroup *)(o))

static PymObject *eg_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    if (pym_arg_nkw(kwnames)) {
        pym_err_format(PymExc_TypeError, "%s() takes no keyword arguments", type->tp_name);
        return NULL;
    }
    if (nargs != 2) {
        pym_err_format(PymExc_TypeError,
                       "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)",
                       (int)nargs);
        return NULL;
    }
    if (!PYM_STR_CHECK(args[0])) {
        pym_err_format(PymExc_TypeError,
                       "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                       pym_type_name(args[0]));
        return NULL;
    }
    PymObject *seq = args[1];
    if (!PYM_LIST_CHECK(seq) && !PYM_TUPLE_CHECK(seq) &&
        (PYM_DICT_CHECK(seq) || !pym_type_lookup(PYM_TYPE(seq), PYM_ID(__getitem__)) ||
         !pym_type_lookup(PYM_TYPE(seq), PYM_ID(__len__)))) {
        pym_err_set_string(PymExc_TypeError, "second argument (exceptions) must be a sequence");
        return NULL;
    }
    PymObject *excs = pym_tuple_from_iter(seq);
    if (!excs) return NULL;
    intptr_t n = PYM_SIZE(excs);
    if (n == 0) {
        pym_err_set_string(PymExc_ValueError,
                           "second argument (exceptions) must be a non-empty sequence");
        goto fail;
    }
    bool nested_base = false;
    for (intptr_t i = 0; i < n; i++) {
        PymObject *e = PYM_TUPLE_GET(excs, i);
        if (!PYM_EXC_CHECK(e)) {
            pym_err_format(PymExc_ValueError,
                           "Item %d of second argument (exceptions) is not an exception", (int)i);
            goto fail;
        }
        if (!pym_type_is_subtype(PYM_TYPE(e), PymExc_Exception)) nested_base = true;
    }
    if (type == PymExc_BaseExceptionGroup) {
        if (!nested_base && PymExc_ExceptionGroup) type = PymExc_ExceptionGroup;
    } else if (type == PymExc_ExceptionGroup) {
        if (nested_base) {
            pym_err_set_string(PymExc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            goto fail;
        }
    } else if (nested_base && pym_type_is_subtype(type, PymExc_Exception)) {
        pym_err_format(PymExc_TypeError, "Cannot nest BaseExceptions in '%s'",
                       exc_type_name_of(type));
        goto fail;
    }
    PymObject *self = base_new(type, args, nargs, NULL);
    if (!self) goto fail;
    EG(self)->msg = pym_newref(args[0]);
    EG(self)->excs = excs;
    return self;
fail:
    PYM_DECREF(excs);
    return NULL;
}

static int eg_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    if (pym_arg_nkw(kwnames)) {
        pym_err_format(PymExc_TypeError, "%s() takes no keyword arguments",
                       PYM_TYPE(self)->tp_name);
        return -1;
    }
    PymObject *t = args_tuple(args, nargs);
    if (!t) return -1;
    PYM_SETREF(EXC(self)->args, t);
    return 0;
}

static int eg_clear(PymObject *self) {
    PYM_CLEAR(EG(self)->msg);
    PYM_CLEAR(EG(self)->excs);
    return base_clear(self);
}
static int eg_traverse(PymObject *self, visitproc visit, void *arg) {
    PYM_VISIT(EG(self)->msg);
    PYM_VISIT(EG(self)->excs);
    return base_traverse(self, visit, arg);
}
static void eg_dealloc(PymObject *self) {
    pym_gc_untrack(self);
    eg_clear(self);
    PYM_TYPE(self)->tp_free(self);
}

static PymObject *eg_str(PymObject *self) {
    PymExceptionGroup *g = EG(self);
    intptr_t n = g->excs ? PYM_SIZE(g->excs) : 0;
    return pym_str_from_format("%S (%zd sub-exception%s)", g->msg ? g->msg : pym_str_empty(), n,
                               n > 1 ? "s" : "");
}

static PymMemberDef eg_members[] = {
    {"message", PYM_T_OBJECT, offsetof(PymExceptionGroup, msg), PYM_READONLY, NULL},
    {"exceptions", PYM_T_OBJECT, offsetof(PymExceptionGroup, excs), PYM_READONLY, NULL},
    {NULL},
};

static PymObject *eg_derive(PymObject *self, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    if (pym_arg_count("derive", nargs, kwnames, 1, 1) < 0) return NULL;
    PymObject *a[2] = {EG(self)->msg, args[0]};
    return pym_call((PymObject *)PymExc_BaseExceptionGroup, a, 2, NULL);
}

typedef enum { MATCH_TYPE, MATCH_PREDICATE, MATCH_LEAVES } MatchKind;

/* 1 when exc matches; for MATCH_LEAVES value is a list of leaf exceptions */
static int eg_match(PymObject *exc, MatchKind kind, PymObject *value) {
    switch (kind) {
    case MATCH_TYPE: return pym_object_isinstance(exc, value);
    case MATCH_PREDICATE: {
        PymObject *r = pym_call_onearg(value, exc);
        if (!r) return -1;
        int t = pym_object_is_true(r);
        PYM_DECREF(r);
        return t;
    }
    case MATCH_LEAVES:
        for (intptr_t i = 0; i < PYM_SIZE(value); i++)
            if (PYM_LIST_GET(value, i) == exc) return 1;
        return 0;
    }
    return 0;
}

/* A group like orig made of excs (a list) with orig's metadata; NULL with
** no error when excs is empty. */
static int eg_subset(PymObject *orig, PymObject *excs, PymObject **out) {
    *out = NULL;
    if (PYM_SIZE(excs) == 0) return 0;
    PymObject *eg = pym_call_method(orig, PYM_ID(derive), &excs, 1);
    if (!eg) return -1;
    if (!PYM_EXC_GROUP_CHECK(eg)) {
        pym_err_set_string(PymExc_TypeError,
                           "derive must return an instance of BaseExceptionGroup");
        PYM_DECREF(eg);
        return -1;
    }
    PymBaseException *d = EXC(eg), *o = EXC(orig);
    PYM_SETREF(d->traceback, o->traceback ? pym_newref(o->traceback) : NULL);
    PYM_SETREF(d->context, o->context ? pym_newref(o->context) : NULL);
    PYM_SETREF(d->cause, o->cause ? pym_newref(o->cause) : NULL);
    d->suppress_context = 1;
    PymObject *notes = NULL;
    if (pym_object_lookup_attr(orig, PYM_ID(__notes__), &notes) < 0) {
        PYM_DECREF(eg);
        return -1;
    }
    if (notes) {
        if (PYM_LIST_CHECK(notes) || PYM_TUPLE_CHECK(notes)) {
            PymObject *copy = pym_list_from_iter(notes);
            int r = copy ? pym_object_setattr(eg, PYM_ID(__notes__), copy) : -1;
            PYM_XDECREF(copy);
            if (r < 0) {
                PYM_DECREF(notes);
                PYM_DECREF(eg);
                return -1;
            }
        }
        PYM_DECREF(notes);
    }
    *out = eg;
    return 0;
}

static int eg_split_recursive(PymObject *exc, MatchKind kind, PymObject *value, bool with_rest,
                              PymObject **match, PymObject **rest) {
    *match = *rest = NULL;
    int is_match = eg_match(exc, kind, value);
    if (is_match < 0) return -1;
    if (is_match) {
        *match = pym_newref(exc);
        return 0;
    }
    if (!PYM_EXC_GROUP_CHECK(exc)) {
        if (with_rest) *rest = pym_newref(exc);
        return 0;
    }
    if (pym_vm_enter_call(" in split()") < 0) return -1;
    PymObject *mlist = pym_list_new(0), *rlist = with_rest ? pym_list_new(0) : NULL;
    int r = -1;
    if (!mlist || (with_rest && !rlist)) goto done;
    PymObject *excs = EG(exc)->excs;
    for (intptr_t i = 0; i < PYM_SIZE(excs); i++) {
        PymObject *m, *rr;
        if (eg_split_recursive(PYM_TUPLE_GET(excs, i), kind, value, with_rest, &m, &rr) < 0)
            goto done;
        int err = 0;
        if (m) {
            err |= pym_list_append(mlist, m);
            PYM_DECREF(m);
        }
        if (rr) {
            err |= pym_list_append(rlist, rr);
            PYM_DECREF(rr);
        }
        if (err) goto done;
    }
    if (eg_subset(exc, mlist, match) < 0) goto done;
    if (with_rest && eg_subset(exc, rlist, rest) < 0) {
        PYM_CLEAR(*match);
        goto done;
    }
    r = 0;
done:
    pym_vm_leave_call();
    PYM_XDECREF(mlist);
    PYM_XDECREF(rlist);
    return r;
}

static int eg_get_matcher(PymObject *cond, MatchKind *kind) {
    if (PYM_TYPE_CHECK(cond) && pym_type_is_subtype((PymType *)cond, PymExc_BaseException)) {
        *kind = MATCH_TYPE;
        return 0;
    }
    if (PYM_TUPLE_CHECK(cond)) {
        bool ok = true;
        for (intptr_t i = 0; i < PYM_SIZE(cond); i++) {
            PymObject *t = PYM_TUPLE_GET(cond, i);
            if (!PYM_TYPE_CHECK(t) || !pym_type_is_subtype((PymType *)t, PymExc_BaseException))
                ok = false;
        }
        if (ok) {
            *kind = MATCH_TYPE;
            return 0;
        }
    }
    if (pym_callable_check(cond)) {
        *kind = MATCH_PREDICATE;
        return 0;
    }
    pym_err_set_string(PymExc_TypeError,
                       "expected a function, exception type or tuple of exception types");
    return -1;
}

static PymObject *eg_split(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    if (pym_arg_count("split", nargs, kwnames, 1, 1) < 0) return NULL;
    MatchKind kind;
    if (eg_get_matcher(args[0], &kind) < 0) return NULL;
    PymObject *m, *r;
    if (eg_split_recursive(self, kind, args[0], true, &m, &r) < 0) return NULL;
    PymObject *t = pym_tuple_pack(2, m ? m : pym_None, r ? r : pym_None);
    PYM_XDECREF(m);
    PYM_XDECREF(r);
    return t;
}

static PymObject *eg_subgroup(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    if (pym_arg_count("subgroup", nargs, kwnames, 1, 1) < 0) return NULL;
    MatchKind kind;
    if (eg_get_matcher(args[0], &kind) < 0) return NULL;
    PymObject *m, *r;
    if (eg_split_recursive(self, kind, args[0], false, &m, &r) < 0) return NULL;
    return m ? m : pym_newref(pym_None);
}

static PymMethodDef eg_methods[] = {
    {"derive", eg_derive, 0, NULL},
    {"split", eg_split, 0, NULL},
    {"subgroup", eg_subgroup, 0, NULL},
    {"__class_getitem__", pym_generic_alias_class_getitem, PYM_METH_CLASS, "See PEP 585"},
    {NULL},
};

/* {------ except* ------} */

static int check_star_type(PymObject *t) {
    if (!PYM_TYPE_CHECK(t) || !pym_type_is_subtype((PymType *)t, PymExc_BaseException)) {
        pym_err_set_string(
            PymExc_TypeError,
            "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    if (pym_type_is_subtype((PymType *)t, PymExc_BaseExceptionGroup)) {
        pym_err_set_string(
            PymExc_TypeError,
            "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
}

int pym_exc_group_match(PymObject *exc, PymObject *type, PymObject **match, PymObject **rest) {
    *match = *rest = NULL;
    if (PYM_TUPLE_CHECK(type)) {
        for (intptr_t i = 0; i < PYM_SIZE(type); i++)
            if (check_star_type(PYM_TUPLE_GET(type, i)) < 0) return -1;
    } else if (check_star_type(type) < 0) {
        return -1;
    }
    if (!exc || exc == pym_None) return 0;
    int naked = pym_object_isinstance(exc, type);
    if (naked < 0) return -1;
    if (naked) {
        if (PYM_EXC_GROUP_CHECK(exc)) {
            *match = pym_newref(exc);
            return 0;
        }
        PymObject *excs = pym_tuple_pack(1, exc);
        if (!excs) return -1;
        PymObject *a[2] = {pym_str_empty(), excs};
        PymObject *wrapped = pym_call((PymObject *)PymExc_BaseExceptionGroup, a, 2, NULL);
        PYM_DECREF(a[0]);
        PYM_DECREF(excs);
        if (!wrapped) return -1;
        *match = wrapped; /* with no traceback, as CPython 3.11's */
        return 0;
    }
    if (PYM_EXC_GROUP_CHECK(exc)) {
        return eg_split_recursive(exc, MATCH_TYPE, type, true, match, rest);
    }
    *rest = pym_newref(exc);
    return 0;
}

static bool same_metadata(PymObject *a, PymObject *b) {
    return EXC(a)->traceback == EXC(b)->traceback && EXC(a)->cause == EXC(b)->cause &&
           EXC(a)->context == EXC(b)->context;
}

static int collect_leaves(PymObject *exc, PymObject *leaves) {
    if (!PYM_EXC_GROUP_CHECK(exc)) return pym_list_append(leaves, exc);
    PymObject *excs = EG(exc)->excs;
    for (intptr_t i = 0; i < PYM_SIZE(excs); i++)
        if (collect_leaves(PYM_TUPLE_GET(excs, i), leaves) < 0) return -1;
    return 0;
}

PymObject *pym_exc_prep_reraise_star(PymObject *orig, PymObject *excs) {
    intptr_t n = PYM_SIZE(excs);
    if (n == 0) return pym_newref(pym_None);
    if (!PYM_EXC_GROUP_CHECK(orig)) {
        /* a naked exception was wrapped: at most one clause ran */
        return pym_newref(PYM_LIST_GET(excs, 0));
    }
    PymObject *raised = pym_list_new(0), *leaves = pym_list_new(0), *result = NULL;
    if (!raised || !leaves) goto done;
    for (intptr_t i = 0; i < n; i++) {
        PymObject *e = PYM_LIST_GET(excs, i);
        if (e == pym_None) continue;
        int r = same_metadata(e, orig) ? collect_leaves(e, leaves) : pym_list_append(raised, e);
        if (r < 0) goto done;
    }
    PymObject *reraised = NULL, *unused = NULL;
    if (PYM_SIZE(leaves) &&
        eg_split_recursive(orig, MATCH_LEAVES, leaves, false, &reraised, &unused) < 0)
        goto done;
    if (PYM_SIZE(raised) == 0) {
        result = reraised ? reraised : pym_newref(pym_None);
        goto done;
    }
    if (reraised) {
        int r = pym_list_append(raised, reraised);
        PYM_DECREF(reraised);
        if (r < 0) goto done;
    }
    if (PYM_SIZE(raised) == 1) {
        result = pym_newref(PYM_LIST_GET(raised, 0));
    } else {
        PymObject *a[2] = {pym_str_empty(), raised};
        result = pym_call((PymObject *)PymExc_BaseExceptionGroup, a, 2, NULL);
        PYM_DECREF(a[0]);
    }
done:
    PYM_XDECREF(raised);
    PYM_XDECREF(leaves);
    return result;
}

PymType pym_exc_BaseException = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "BaseException",
    .tp_basicsize = sizeof(PymBaseException),
    .tp_flags = EXC_FLAGS,
    .tp_dealloc = base_dealloc,
    .tp_traverse = base_traverse,
    .tp_clear = base_clear,
    .tp_repr = base_repr,
    .tp_str = base_str,
    .tp_getattro = pym_object_generic_getattr,
    .tp_setattro = pym_object_generic_setattr,
    .tp_dictoffset = offsetof(PymBaseException, dict),
    .tp_methods = base_methods,
    .tp_members = base_members,
    .tp_getset = base_getset,
    .tp_base = &pym_type_object,
    .tp_new = base_new,
    .tp_init = base_init,
    .tp_free = pym_object_free,
    .tp_doc = "Common base class for all exceptions",
};

COMPLEX_EXC(BaseExceptionGroup, BaseException, PymExceptionGroup, eg, eg_new, eg_str, eg_members,
            NULL, "A combination of multiple unrelated exceptions.")
SIMPLE_EXC(Exception, BaseException, base_str, "Common base class for all non-exit exceptions.")
SIMPLE_EXC(GeneratorExit, BaseException, base_str, "Request that a generator exit.")
SIMPLE_EXC(KeyboardInterrupt, BaseException, base_str, "Program interrupted by user.")
COMPLEX_EXC(SystemExit, BaseException, PymSystemExit, stopiter, sysexit_new, base_str,
            sysexit_members, NULL, "Request to exit from the interpreter.")
SIMPLE_EXC(ArithmeticError, Exception, base_str, "Base class for arithmetic errors.")
SIMPLE_EXC(FloatingPointError, ArithmeticError, base_str, "Floating point operation failed.")
SIMPLE_EXC(OverflowError, ArithmeticError, base_str, "Result too large to be represented.")
SIMPLE_EXC(ZeroDivisionError, ArithmeticError, base_str,
           "Second argument to a division or modulo operation was zero.")
SIMPLE_EXC(AssertionError, Exception, base_str, "Assertion failed.")
COMPLEX_EXC(AttributeError, Exception, PymAttributeError, attrerr, base_new, base_str,
            attrerr_members, NULL, "Attribute not found.")
SIMPLE_EXC(BufferError, Exception, base_str, "Buffer error.")
SIMPLE_EXC(EOFError, Exception, base_str, "Read beyond end of file.")
COMPLEX_EXC(ImportError, Exception, PymImportError, importerr, base_new, base_str,
            importerr_members, importerr_getset,
            "Import can't find module, or can't find name in module.")
COMPLEX_EXC(ModuleNotFoundError, ImportError, PymImportError, importerr, base_new, base_str, NULL,
            NULL, "Module not found.")
SIMPLE_EXC(LookupError, Exception, base_str, "Base class for lookup errors.")
SIMPLE_EXC(IndexError, LookupError, base_str, "Sequence index out of range.")
SIMPLE_EXC(KeyError, LookupError, keyerr_str, "Mapping key not found.")
SIMPLE_EXC(MemoryError, Exception, base_str, "Out of memory.")
COMPLEX_EXC(NameError, Exception, PymNameError, nameerr, base_new, base_str, nameerr_members, NULL,
            "Name not found globally.")
COMPLEX_EXC(UnboundLocalError, NameError, PymNameError, nameerr, base_new, base_str, NULL, NULL,
            "Local name referenced but not bound to a value.")
COMPLEX_EXC(OSError, Exception, PymOSError, oserror, oserror_new, oserror_str, oserror_members,
            NULL, "Base class for I/O related errors.")
#define OS_SUB(NAME, BASE, DOC) \
    COMPLEX_EXC(NAME, BASE, PymOSError, oserror, oserror_new, oserror_str, NULL, NULL, DOC)
OS_SUB(BlockingIOError, OSError, "I/O operation would block.")
OS_SUB(ChildProcessError, OSError, "Child process error.")
OS_SUB(ConnectionError, OSError, "Connection error.")
OS_SUB(BrokenPipeError, ConnectionError, "Broken pipe.")
OS_SUB(ConnectionAbortedError, ConnectionError, "Connection aborted.")
OS_SUB(ConnectionRefusedError, ConnectionError, "Connection refused.")
OS_SUB(ConnectionResetError, ConnectionError, "Connection reset.")
OS_SUB(FileExistsError, OSError, "File already exists.")
OS_SUB(FileNotFoundError, OSError, "File not found.")
OS_SUB(InterruptedError, OSError, "Interrupted by signal.")
OS_SUB(IsADirectoryError, OSError, "Operation doesn't work on directories.")
OS_SUB(NotADirectoryError, OSError, "Operation only works on directories.")
OS_SUB(PermissionError, OSError, "Not enough permissions.")
OS_SUB(ProcessLookupError, OSError, "Process not found.")
OS_SUB(TimeoutError, OSError, "Timeout expired.")
SIMPLE_EXC(ReferenceError, Exception, base_str, "Weak ref proxy used after referent went away.")
SIMPLE_EXC(RuntimeError, Exception, base_str, "Unspecified run-time error.")
SIMPLE_EXC(NotImplementedError, RuntimeError, base_str,
           "Method or function hasn't been implemented yet.")
SIMPLE_EXC(RecursionError, RuntimeError, base_str, "Recursion limit exceeded.")
SIMPLE_EXC(StopAsyncIteration, Exception, base_str, "Signal the end from iterator.__anext__().")
COMPLEX_EXC(StopIteration, Exception, PymStopIteration, stopiter, stopiter_new, base_str,
            stopiter_members, NULL, "Signal the end from iterator.__next__().")
COMPLEX_EXC(SyntaxError, Exception, PymSyntaxError, syntax, syntax_new, syntax_str, syntax_members,
            NULL, "Invalid syntax.")
COMPLEX_EXC(IndentationError, SyntaxError, PymSyntaxError, syntax, syntax_new, syntax_str, NULL,
            NULL, "Improper indentation.")
COMPLEX_EXC(TabError, IndentationError, PymSyntaxError, syntax, syntax_new, syntax_str, NULL, NULL,
            "Improper mixture of spaces and tabs.")
SIMPLE_EXC(SystemError, Exception, base_str, "Internal error in the Python interpreter.")
SIMPLE_EXC(TypeError, Exception, base_str, "Inappropriate argument type.")
SIMPLE_EXC(ValueError, Exception, base_str, "Inappropriate argument value (of correct type).")
SIMPLE_EXC(UnicodeError, ValueError, base_str, "Unicode related error.")
#define UNICODE_SUB(NAME, DOC) \
    COMPLEX_EXC(NAME, UnicodeError, PymUnicodeError, unicodeerr, base_new, unicodeerr_str, \
                unicodeerr_members, NULL, DOC)
UNICODE_SUB(UnicodeDecodeError, "Unicode decoding error.")
UNICODE_SUB(UnicodeEncodeError, "Unicode encoding error.")
UNICODE_SUB(UnicodeTranslateError, "Unicode translation error.")
SIMPLE_EXC(Warning, Exception, base_str, "Base class for warning categories.")
SIMPLE_EXC(UserWarning, Warning, base_str, "Base class for warnings generated by user code.")
SIMPLE_EXC(DeprecationWarning, Warning, base_str,
           "Base class for warnings about deprecated features.")
SIMPLE_EXC(PendingDeprecationWarning, Warning, base_str,
           "Base class for warnings about features which will be deprecated in the future.")
SIMPLE_EXC(SyntaxWarning, Warning, base_str, "Base class for warnings about dubious syntax.")
SIMPLE_EXC(RuntimeWarning, Warning, base_str,
           "Base class for warnings about dubious runtime behavior.")
SIMPLE_EXC(FutureWarning, Warning, base_str,
           "Base class for warnings about constructs that will change semantically in the future.")
SIMPLE_EXC(ImportWarning, Warning, base_str,
           "Base class for warnings about probable mistakes in module imports")
SIMPLE_EXC(UnicodeWarning, Warning, base_str,
           "Base class for warnings about Unicode related problems, mostly related to conversion "
           "problems.")
SIMPLE_EXC(BytesWarning, Warning, base_str,
           "Base class for warnings about bytes and buffer related problems, mostly related to "
           "conversion from str or comparing to str.")
SIMPLE_EXC(ResourceWarning, Warning, base_str, "Base class for warnings about resource usage.")
SIMPLE_EXC(EncodingWarning, Warning, base_str, "Base class for warnings about encodings.")

/* SystemExit shares StopIteration's clear/traverse/dealloc (one extra
** field at the same offset) but has its own init. */
_Static_assert(offsetof(PymSystemExit, code) == offsetof(PymStopIteration, value),
               "SystemExit and StopIteration layouts");

/* ------------------------------------------------------------------ */

PymObject *pym_exc_new(PymType *type, PymObject *const *args, size_t nargs) {
    if (type->tp_flags & PYM_TPFLAGS_HEAPTYPE)
        return pym_call((PymObject *)type, args, nargs, NULL);
    PymObject *self = type->tp_new(type, args, nargs, NULL);
    if (!self) return NULL;
    /* __new__ of the static types already stored everything, but the
    ** Unicode errors' fields, which their __init__ sets (as CPython's) */
    if (type->tp_init == unicodeerr_init && unicodeerr_init(self, args, nargs, NULL) < 0) {
        PYM_DECREF(self);
        return NULL;
    }
    return self;
}

PymObject *pym_stopiteration_value(PymObject *exc) {
    if (exc && pym_type_is_subtype(PYM_TYPE(exc), PymExc_StopIteration)) {
        PymObject *v = ((PymStopIteration *)exc)->value;
        return pym_newref(v ? v : pym_None);
    }
    PYM_RETURN_NONE;
}

static int pym_exceptions_init_group(void);

int pym_exceptions_init(void) {
    pym_exc_SystemExit.tp_init = sysexit_init;
    pym_exc_BaseExceptionGroup.tp_methods = eg_methods;
#define READY(N) \
    if (pym_type_ready(&pym_exc_##N) < 0) return -1;
    PYM_EXC_LIST(READY)
#undef READY
    return pym_exceptions_init_group();
}

/* ExceptionGroup(BaseExceptionGroup, Exception), made like a class
** statement would (CPython makes it with PyErr_NewException); called once
** the type machinery and strings work.  New reference kept for good. */
static int pym_exceptions_init_group(void) {
    PymObject *name = pym_str_from_cstr("ExceptionGroup");
    PymObject *bases = pym_tuple_pack(2, (PymObject *)PymExc_BaseExceptionGroup,
                                      (PymObject *)PymExc_Exception);
    PymObject *dict = pym_dict_new();
    PymObject *mod = pym_str_from_cstr("builtins");
    PymObject *t = NULL;
    if (name && bases && dict && mod && pym_dict_setitem_cstr(dict, "__module__", mod) == 0) {
        t = pym_type_new_builtin_class(name, bases, dict);
    }
    PYM_XDECREF(name);
    PYM_XDECREF(bases);
    PYM_XDECREF(dict);
    PYM_XDECREF(mod);
    if (!t) return -1;
    PymExc_ExceptionGroup = (PymType *)t;
    return 0;
}
