/*
** frameobject.c -- frame objects: allocation with a per-size free list, the
** GC protocol, Python-level attributes (f_lineno, f_code, f_globals,
** f_locals, f_back ...) and the frame accessors of vm.h.  The layout and the
** life cycle of frames are explained at the top of vm.c.
*/
#include "pym.h"
#include "frameobject.h"

/* {====== free list ======}
** Frames are kept per total slot count (locals + cells + frees + stack);
** most functions have small frames, so sizes below FL_SIZES are cached. */
#define FL_SIZES        PYM_FRAME_FL_SIZES
#define FL_MAX_PER_SIZE PYM_FRAME_FL_MAX

PymFrame *pym_frame_freelist[FL_SIZES];
int pym_frame_freecount[FL_SIZES];
#define free_frames pym_frame_freelist
#define free_counts pym_frame_freecount

static inline intptr_t frame_nlocalsplus(PymCode *co) {
    return co->co_nlocals + co->co_ncells + co->co_nfrees;
}

PymFrame *pym_frame_new(PymCode *co, PymObject *globals, PymObject *builtins, PymObject *locals) {
    intptr_t n = co->co_framesize;
    PymFrame *f;
    if (n < FL_SIZES && free_frames[n]) {
        f = free_frames[n];
        free_frames[n] = f->f_back;
        free_counts[n]--;
        PYM_REFCNT(f) = 1;
        f->f_back = NULL;
        /* slots above a finished frame's stack top still hold stale pointers;
        ** its first f_lasti slots were cleared by frame_dealloc */
        PymObject **lp = f->f_localsplus;
        for (intptr_t i = f->f_lasti, nl = frame_nlocalsplus(co); i < nl; i++) lp[i] = NULL;
    } else {
        f = (PymFrame *)pym_object_alloc(&pym_type_frame, n);
        if (!f) return NULL;
        PYM_SIZE(f) = n;
    }
    f->f_code = (PymCode *)PYM_NEWREF(co);
    f->f_globals = PYM_NEWREF(globals);
    f->f_builtins = PYM_NEWREF(builtins);
    f->f_locals = PYM_XNEWREF(locals);
    f->f_gen = NULL;
    f->f_lasti = -1;
    f->f_ip = NULL;
    f->f_stackdepth = 0;
    f->f_iblock = 0;
    f->f_state = PYM_FRAME_CREATED;
    f->f_tracked = 0;
    f->f_delegating = 0;
    f->f_inline = 0;
    f->f_owns_back = 0;
    return f;
}

void pym_frame_track(PymFrame *f) {
    if (!f->f_tracked) {
        f->f_tracked = 1;
        pym_gc_track((PymObject *)f);
    }
}

void pym_frame_clear_freelist(void) {
    for (int i = 0; i < FL_SIZES; i++) {
        while (free_frames[i]) {
            PymFrame *f = free_frames[i];
            free_frames[i] = f->f_back;
            pym_object_free(f);
        }
        free_counts[i] = 0;
    }
}

/* Releases every slot the frame owns (locals, cells, frees, saved stack). */
static void frame_clear_slots(PymFrame *f) {
    intptr_t nl = frame_nlocalsplus(f->f_code);
    PymObject **lp = f->f_localsplus;
    for (intptr_t i = 0; i < nl; i++) PYM_CLEAR(lp[i]);
    if (f->f_state != PYM_FRAME_EXECUTING) {
        int depth = f->f_stackdepth;
        f->f_stackdepth = 0;
        for (int i = 0; i < depth; i++) PYM_CLEAR(lp[nl + i]);
    }
}

/* Detaches the caller a finished frame owns (NULL if none). */
static inline PymFrame *frame_take_back(PymFrame *f) {
    if (!f->f_owns_back) return NULL;
    PymFrame *b = f->f_back;
    f->f_back = NULL;
    f->f_owns_back = 0;
    return b;
}

static void frame_release_fields(PymFrame *f);

/* A chain of finished frames linked by owned f_back (what a traceback of a
** deep recursion keeps) is released by a loop, not by recursion in C. */
static void frame_dealloc(PymObject *o) {
    PymFrame *f = (PymFrame *)o, *back = frame_take_back(f);
    frame_release_fields(f);
    while (back) {
        if (PYM_REFCNT(back) > 1) {
            PYM_DECREF(back);
            break;
        }
        PymFrame *next = frame_take_back(back);
        PYM_DECREF(back);
        back = next;
    }
}

static void frame_release_fields(PymFrame *f) {
    PymObject *o = (PymObject *)f;
    if (f->f_tracked) pym_gc_untrack(o);
    intptr_t nl = f->f_code ? frame_nlocalsplus(f->f_code) : 0;
    if (PYM_LIKELY(f->f_stackdepth == 0 || f->f_state == PYM_FRAME_EXECUTING)) {
        PymObject **lp = f->f_localsplus;
        for (intptr_t i = 0; i < nl; i++) {
            PymObject *v = lp[i];
            if (v) {
                lp[i] = NULL;
                PYM_DECREF(v);
            }
        }
    } else {
        frame_clear_slots(f);
    }
    PYM_CLEAR(f->f_locals);
    PYM_CLEAR(f->f_globals);
    PYM_CLEAR(f->f_builtins);
    PYM_CLEAR(f->f_code);
    intptr_t n = PYM_SIZE(f);
    if (n < FL_SIZES && free_counts[n] < FL_MAX_PER_SIZE) {
        if (f->f_tracked) memset(PYM_AS_GC(o), 0, sizeof(PymGCHead));
        f->f_lasti = (int)nl; /* leading slots known NULL (pym_frame_new) */
        f->f_back = free_frames[n];
        free_frames[n] = f;
        free_counts[n]++;
        return;
    }
    pym_object_free(o);
}

static int frame_traverse(PymObject *o, visitproc visit, void *arg) {
    PymFrame *f = (PymFrame *)o;
    PYM_VISIT(f->f_code);
    PYM_VISIT(f->f_globals);
    PYM_VISIT(f->f_builtins);
    PYM_VISIT(f->f_locals);
    if (f->f_owns_back) PYM_VISIT(f->f_back);
    if (!f->f_code) return 0;
    intptr_t nl = frame_nlocalsplus(f->f_code);
    for (intptr_t i = 0; i < nl; i++) PYM_VISIT(f->f_localsplus[i]);
    if (f->f_state != PYM_FRAME_EXECUTING)
        for (int i = 0; i < f->f_stackdepth; i++) PYM_VISIT(f->f_localsplus[nl + i]);
    return 0;
}

static int frame_tp_clear(PymObject *o) {
    PymFrame *f = (PymFrame *)o;
    if (f->f_state == PYM_FRAME_EXECUTING) return 0;
    if (f->f_code) frame_clear_slots(f);
    PYM_CLEAR(f->f_locals);
    PymFrame *back = frame_take_back(f);
    PYM_XDECREF(back);
    return 0;
}

/* {====== accessors (vm.h) ======} */

int pym_frame_lasti_line(PymFrame *f) {
    int lasti = pym_frame_current_lasti(f);
    if (lasti < 0) return f->f_code->co_firstlineno;
    return pym_code_line(f->f_code, lasti);
}

PymObject *pym_frame_globals(PymFrame *f) { return f->f_globals; }
PymObject *pym_frame_builtins(PymFrame *f) { return f->f_builtins; }
int pym_frame_lineno(PymFrame *f) { return pym_frame_lasti_line(f); }
PymCode *pym_frame_code(PymFrame *f) { return f->f_code; }
PymFrame *pym_frame_back(PymFrame *f) { return f->f_back; }

PymObject *pym_frame_locals(PymFrame *f) {
    if (f->f_locals) return PYM_NEWREF(f->f_locals);
    PymCode *co = f->f_code;
    PymObject *d = pym_dict_new();
    if (!d) return NULL;
    PymObject **lp = f->f_localsplus;
    for (int i = 0; i < co->co_nlocals; i++) {
        if (!lp[i]) continue;
        if (pym_dict_setitem(d, PYM_TUPLE_GET(co->co_varnames, i), lp[i]) < 0) goto fail;
    }
    for (int i = 0; i < co->co_ncells + co->co_nfrees; i++) {
        PymObject *c = lp[co->co_nlocals + i];
        if (!c || !PYM_CELL_CHECK(c) || !((PymCell *)c)->ob_ref) continue;
        PymObject *name = i < co->co_ncells ? PYM_TUPLE_GET(co->co_cellvars, i)
                                            : PYM_TUPLE_GET(co->co_freevars, i - co->co_ncells);
        if (pym_dict_setitem(d, name, ((PymCell *)c)->ob_ref) < 0) goto fail;
    }
    return d;
fail:
    PYM_DECREF(d);
    return NULL;
}

int pym_frame_super_args(PymFrame *f, PymObject **type, PymObject **self) {
    PymCode *co = f->f_code;
    if (co->co_argcount == 0) {
        pym_err_set_string(PymExc_RuntimeError, "super(): no arguments");
        return -1;
    }
    PymObject *obj = f->f_localsplus[0];
    if (co->co_cell2arg) {
        for (int i = 0; i < co->co_ncells; i++) {
            if (co->co_cell2arg[i] == 0) {
                PymObject *c = f->f_localsplus[co->co_nlocals + i];
                obj = c ? ((PymCell *)c)->ob_ref : NULL;
                break;
            }
        }
    }
    if (!obj) {
        pym_err_set_string(PymExc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    int idx = -1;
    for (int i = 0; i < co->co_nfrees; i++) {
        if (pym_str_equal_cstr(PYM_TUPLE_GET(co->co_freevars, i), "__class__")) {
            idx = i;
            break;
        }
    }
    if (idx < 0) {
        pym_err_set_string(PymExc_RuntimeError, "super(): __class__ cell not found");
        return -1;
    }
    PymObject *cell = f->f_localsplus[co->co_nlocals + co->co_ncells + idx];
    PymObject *cls = cell ? ((PymCell *)cell)->ob_ref : NULL;
    if (!cls) {
        pym_err_set_string(PymExc_RuntimeError, "super(): empty __class__ cell");
        return -1;
    }
    if (!PYM_TYPE_CHECK(cls)) {
        pym_err_format(PymExc_RuntimeError, "super(): __class__ is not a type (%s)",
                       pym_type_name(cls));
        return -1;
    }
    *type = cls;
    *self = obj;
    return 0;
}

/* {====== Python-level attributes ======} */

static PymObject *frame_get_lineno(PymObject *o, void *c) {
    return pym_int_from_long(pym_frame_lasti_line((PymFrame *)o));
}
static PymObject *frame_get_code(PymObject *o, void *c) {
    return PYM_NEWREF(((PymFrame *)o)->f_code);
}
static PymObject *frame_get_globals(PymObject *o, void *c) {
    return PYM_NEWREF(((PymFrame *)o)->f_globals);
}
static PymObject *frame_get_builtins(PymObject *o, void *c) {
    return PYM_NEWREF(((PymFrame *)o)->f_builtins);
}
static PymObject *frame_get_locals(PymObject *o, void *c) {
    return pym_frame_locals((PymFrame *)o);
}
static PymObject *frame_get_back(PymObject *o, void *c) {
    PymFrame *b = ((PymFrame *)o)->f_back;
    if (b) pym_frame_track(b);
    return PYM_NEWREF(b ? (PymObject *)b : pym_None);
}
static PymObject *frame_get_lasti(PymObject *o, void *c) {
    int l = pym_frame_current_lasti((PymFrame *)o);
    return pym_int_from_long(l < 0 ? -1 : l * 2);
}

static PymGetSetDef frame_getset[] = {
    {"f_lineno", frame_get_lineno, NULL, NULL, NULL},
    {"f_code", frame_get_code, NULL, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL, NULL},
    {"f_builtins", frame_get_builtins, NULL, NULL, NULL},
    {"f_locals", frame_get_locals, NULL, NULL, NULL},
    {"f_back", frame_get_back, NULL, NULL, NULL},
    {"f_lasti", frame_get_lasti, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymObject *frame_clear_meth(PymObject *self, PymObject *const *args, size_t nargs,
                                   PymObject *kwnames) {
    PymFrame *f = (PymFrame *)self;
    if (f->f_state == PYM_FRAME_EXECUTING) {
        pym_err_set_string(PymExc_RuntimeError, "cannot clear an executing frame");
        return NULL;
    }
    if (f->f_gen && f->f_state == PYM_FRAME_SUSPENDED) {
        pym_err_set_string(PymExc_RuntimeError, "cannot clear a suspended frame");
        return NULL;
    }
    frame_clear_slots(f);
    PYM_RETURN_NONE;
}

/* CPython 3.11's frame object is a 48-byte head followed by the 72-byte
** interpreter frame and one slot per local, cell, free variable and stack
** entry (an argument that is also a cell is one slot).  pym's frame differs
** (its block stack, no interpreter-frame split); its size is reported as
** CPython's. */
static PymObject *frame_sizeof(PymObject *self, PymObject *const *args, size_t nargs,
                               PymObject *kwnames) {
    if (pym_arg_count("__sizeof__", nargs, kwnames, 0, 0) < 0) return NULL;
    PymCode *co = ((PymFrame *)self)->f_code;
    intptr_t slots = frame_nlocalsplus(co) + co->co_stacksize;
    for (int i = 0; co->co_cell2arg && i < co->co_ncells; i++)
        if (co->co_cell2arg[i] >= 0) slots--;
    return pym_int_from_ssize(48 + 72 + slots * (intptr_t)sizeof(PymObject *));
}

static PymMethodDef frame_methods[] = {
    {"clear", frame_clear_meth, 0, NULL},
    {"__sizeof__", frame_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PymObject *frame_repr(PymObject *o) {
    PymFrame *f = (PymFrame *)o;
    return pym_str_from_format("<frame at %p, file '%U', line %d, code %U>", o,
                               f->f_code->co_filename, pym_frame_lasti_line(f), f->f_code->co_name);
}

PymType pym_type_frame = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "frame",
    .tp_basicsize = offsetof(PymFrame, f_localsplus),
    .tp_itemsize = sizeof(PymObject *),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = frame_dealloc,
    .tp_traverse = frame_traverse,
    .tp_clear = frame_tp_clear,
    .tp_repr = frame_repr,
    .tp_getattro = pym_object_generic_getattr,
    .tp_getset = frame_getset,
    .tp_methods = frame_methods,
    .tp_free = pym_object_free,
};
