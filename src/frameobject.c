/*
** frameobject.c -- the data stack the frames of calls live on, the end of a
** frame's life (its frame object taking it over), frame objects (made on
** demand: the GC protocol, Python-level attributes f_lineno, f_code,
** f_globals, f_locals, f_back ...) and the frame accessors of vm.h.  The
** layout and the life cycle of frames are explained at the top of vm.c.
*/
#include "pym.h"
#include "frameobject.h"

/* {====== the data stack ======}
** Chunks of raw memory (pym_raw_malloc: like CPython's data stack, which
** takes them from the arena allocator, they are no objects and tracemalloc
** does not see them).  A chunk holds at least DS_CHUNK_BYTES; a frame
** larger than that gets a chunk of its own size. */
#define DS_CHUNK_BYTES ((intptr_t)16 << 10)

PymDataStack pym_datastack;

PymObject **pym_datastack_grow(intptr_t n) {
    intptr_t want = DS_CHUNK_BYTES / (intptr_t)sizeof(PymObject *) -
                    (intptr_t)(sizeof(PymDataChunk) / sizeof(PymObject *));
    if (want < n) want = n;
    PymDataChunk *c = pym_datastack.spare;
    if (c && c->nslots >= n) {
        pym_datastack.spare = NULL;
    } else {
        c = pym_raw_malloc(sizeof(PymDataChunk) + (size_t)want * sizeof(PymObject *));
        if (!c) {
            pym_err_no_memory();
            return NULL;
        }
        c->nslots = want;
    }
    c->previous = pym_datastack.chunk;
    c->previous_top = pym_datastack.top;
    pym_datastack.chunk = c;
    PymObject **base = (PymObject **)(c + 1);
    pym_datastack.bottom = base;
    pym_datastack.top = base + n;
    pym_datastack.limit = base + c->nslots;
    return base;
}

void pym_datastack_shrink(PymObject **base) {
    PymDataChunk *c = pym_datastack.chunk, *prev = c->previous;
    (void)base;
    pym_datastack.chunk = prev;
    pym_datastack.top = c->previous_top;
    pym_datastack.limit = prev ? (PymObject **)(prev + 1) + prev->nslots : NULL;
    pym_datastack.bottom = prev ? (PymObject **)(prev + 1) : NULL;
    PymDataChunk *spare = pym_datastack.spare;
    if (spare && spare->nslots >= c->nslots) {
        pym_raw_free(c);
        return;
    }
    pym_raw_free(spare);
    pym_datastack.spare = c;
}

void pym_datastack_fini(void) {
    pym_raw_free(pym_datastack.spare);
    pym_datastack.spare = NULL;
}

/* {====== frame data ======} */

/* Releases every slot the frame owns (locals, cells, frees, saved stack). */
static void frame_clear_slots(PymFrame *f) {
    intptr_t nl = pym_frame_nlocalsplus(f->f_code);
    PymObject **lp = f->f_localsplus;
    for (intptr_t i = 0; i < nl; i++) PYM_CLEAR(lp[i]);
    if (f->f_state != PYM_FRAME_EXECUTING) {
        int depth = f->f_stackdepth;
        f->f_stackdepth = 0;
        for (int i = 0; i < depth; i++) PYM_CLEAR(lp[nl + i]);
    }
}

/* Drops every reference the frame data hold (not f_obj). */
static void frame_clear_data(PymFrame *f) {
    frame_clear_slots(f);
    PYM_CLEAR(f->f_locals);
    PYM_CLEAR(f->f_globals);
    PYM_CLEAR(f->f_builtins);
    PYM_CLEAR(f->f_code);
}

int pym_frame_traverse_data(PymFrame *f, visitproc visit, void *arg) {
    PYM_VISIT(f->f_code);
    PYM_VISIT(f->f_globals);
    PYM_VISIT(f->f_builtins);
    PYM_VISIT(f->f_locals);
    PYM_VISIT(f->f_obj);
    if (!f->f_code) return 0;
    intptr_t nl = pym_frame_nlocalsplus(f->f_code);
    for (intptr_t i = 0; i < nl; i++) PYM_VISIT(f->f_localsplus[i]);
    if (f->f_state != PYM_FRAME_EXECUTING)
        for (int i = 0; i < f->f_stackdepth; i++) PYM_VISIT(f->f_localsplus[nl + i]);
    return 0;
}

static inline bool frame_owns_data(PymFrameObject *o) {
    return o->f_frame == (PymFrame *)o->f_data;
}

PymFrameObject *pym_frame_get_object(PymFrame *f) {
    if (f->f_obj) return f->f_obj;
    PymFrameObject *o = (PymFrameObject *)pym_object_alloc(&pym_type_frame,
                                                           pym_frame_slots(f->f_code));
    if (!o) return NULL;
    o->f_frame = f;
    o->f_back = NULL;
    f->f_obj = o; /* the frame's reference */
    return o;
}

/* The call of f is over while its frame object o is referenced elsewhere:
** o takes the frame data over (CPython's take_ownership), becomes visible
** to the GC and keeps its caller's frame object in f_back. */
static void frame_take_ownership(PymFrameObject *o, PymFrame *f) {
    PymFrame *d = (PymFrame *)o->f_data;
    memcpy(d, f, (size_t)pym_frame_slots(f->f_code) * sizeof(PymObject *));
    d->f_back = NULL;
    d->f_obj = NULL;
    d->f_gen = NULL;
    d->f_inline = 0;
    if (d->f_state == PYM_FRAME_EXECUTING) d->f_state = PYM_FRAME_COMPLETED;
    o->f_frame = d;
    if (f->f_back) {
        PymObject *exc = pym_err_fetch(); /* an exception may be on its way out */
        PymFrameObject *back = pym_frame_get_object(f->f_back);
        if (back)
            o->f_back = (PymFrameObject *)PYM_NEWREF(back);
        else
            pym_err_clear();
        pym_err_restore(exc);
    }
    pym_gc_track((PymObject *)o);
}

void pym_frame_clear_slow(PymFrame *f) {
    PymFrameObject *o = f->f_obj;
    if (o) {
        f->f_obj = NULL;
        if (PYM_REFCNT(o) > 1) {
            frame_take_ownership(o, f);
            PYM_DECREF(o);
            return;
        }
        PYM_DECREF(o); /* it never owned f: nothing but its memory goes */
    }
    frame_clear_data(f);
}

/* {====== frame objects ======} */

/* Detaches the caller's frame object that o owns (NULL if none). */
static inline PymFrameObject *frame_take_back(PymFrameObject *o) {
    PymFrameObject *b = o->f_back;
    o->f_back = NULL;
    return b;
}

/* A chain of finished frames linked by owned f_back (what a traceback of a
** deep recursion keeps) is released by a loop, not by recursion in C. */
static void frame_dealloc(PymObject *ob) {
    PymFrameObject *o = (PymFrameObject *)ob, *back = frame_take_back(o);
    if (pym_gc_is_tracked(ob)) pym_gc_untrack(ob);
    if (frame_owns_data(o)) frame_clear_data(o->f_frame);
    pym_object_free(ob);
    while (back) {
        if (PYM_REFCNT(back) > 1) {
            PYM_DECREF(back);
            break;
        }
        PymFrameObject *next = frame_take_back(back);
        PYM_DECREF(back);
        back = next;
    }
}

static int frame_traverse(PymObject *ob, visitproc visit, void *arg) {
    PymFrameObject *o = (PymFrameObject *)ob;
    PYM_VISIT(o->f_back);
    if (frame_owns_data(o)) return pym_frame_traverse_data(o->f_frame, visit, arg);
    return 0;
}

static int frame_tp_clear(PymObject *ob) {
    PymFrameObject *o = (PymFrameObject *)ob;
    if (frame_owns_data(o) && o->f_frame->f_code) {
        frame_clear_slots(o->f_frame);
        PYM_CLEAR(o->f_frame->f_locals);
    }
    PymFrameObject *back = frame_take_back(o);
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

#define FRAME_DATA(o) (((PymFrameObject *)(o))->f_frame)

static PymObject *frame_get_lineno(PymObject *o, void *c) {
    return pym_int_from_long(pym_frame_lasti_line(FRAME_DATA(o)));
}
static PymObject *frame_get_code(PymObject *o, void *c) {
    return PYM_NEWREF(FRAME_DATA(o)->f_code);
}
static PymObject *frame_get_globals(PymObject *o, void *c) {
    return PYM_NEWREF(FRAME_DATA(o)->f_globals);
}
static PymObject *frame_get_builtins(PymObject *o, void *c) {
    return PYM_NEWREF(FRAME_DATA(o)->f_builtins);
}
static PymObject *frame_get_locals(PymObject *o, void *c) {
    return pym_frame_locals(FRAME_DATA(o));
}
/* The caller's frame object: the one kept when the call ended, or, while
** it runs, the caller's, made now. */
static PymObject *frame_get_back(PymObject *ob, void *c) {
    PymFrameObject *o = (PymFrameObject *)ob;
    if (frame_owns_data(o)) return PYM_NEWREF(o->f_back ? (PymObject *)o->f_back : pym_None);
    PymFrame *b = o->f_frame->f_back;
    if (!b) PYM_RETURN_NONE;
    PymFrameObject *bo = pym_frame_get_object(b);
    return bo ? PYM_NEWREF((PymObject *)bo) : NULL;
}
static PymObject *frame_get_lasti(PymObject *o, void *c) {
    int l = pym_frame_current_lasti(FRAME_DATA(o));
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
    PymFrame *f = FRAME_DATA(self);
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
** (its block stack, its own frame header); its size is reported as
** CPython's. */
static PymObject *frame_sizeof(PymObject *self, PymObject *const *args, size_t nargs,
                               PymObject *kwnames) {
    if (pym_arg_count("__sizeof__", nargs, kwnames, 0, 0) < 0) return NULL;
    PymCode *co = FRAME_DATA(self)->f_code;
    intptr_t slots = pym_frame_nlocalsplus(co) + co->co_stacksize;
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
    PymFrame *f = FRAME_DATA(o);
    return pym_str_from_format("<frame at %p, file '%U', line %d, code %U>", o,
                               f->f_code->co_filename, pym_frame_lasti_line(f), f->f_code->co_name);
}

PymType pym_type_frame = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "frame",
    .tp_basicsize = offsetof(PymFrameObject, f_data),
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
