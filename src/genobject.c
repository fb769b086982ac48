/*
** genobject.c -- generator objects: a suspended frame plus its own handled-
** exception state.  send/throw/close, delegation through `yield from`
** (the delegate is the top of the suspended frame's stack while
** f_delegating is set), StopIteration -> RuntimeError (PEP 479), and the
** finalizer that closes a generator dropped before it finished.
*/
#include "pym.h"
#include "frameobject.h"

PymObject *pym_gen_new(PymFrame *f, PymObject *name, PymObject *qualname) {
    PymGen *g = (PymGen *)pym_object_alloc(&pym_type_generator, 0);
    if (!g) { PYM_DECREF(f); return NULL; }
    g->gi_frame = f;
    f->f_gen = (PymObject *)g;
    g->gi_code = PYM_NEWREF(f->f_code);
    g->gi_name = PYM_NEWREF(name ? name : f->f_code->co_name);
    g->gi_qualname = PYM_NEWREF(qualname ? qualname : f->f_code->co_qualname);
    pym_frame_track(f);
    pym_gc_track((PymObject *)g);
    return (PymObject *)g;
}

/* The sub-iterator of a `yield from` the generator is suspended in (borrowed). */
static PymObject *gen_delegate(PymGen *g) {
    PymFrame *f = g->gi_frame;
    if (!f || f->f_state != PYM_FRAME_SUSPENDED || !f->f_delegating) return NULL;
    PymCode *co = f->f_code;
    intptr_t nl = co->co_nlocals + co->co_ncells + co->co_nfrees;
    return f->f_localsplus[nl + f->f_stackdepth - 1];
}

static void gen_release_frame(PymGen *g) {
    PymFrame *f = g->gi_frame;
    if (!f) return;
    g->gi_frame = NULL;
    f->f_gen = NULL;
    f->f_state = PYM_FRAME_COMPLETED;
    PYM_CLEAR(g->gi_exc_state.exc_value);
    PYM_DECREF(f);
}

/* Core of send/next/throw.  exc: an exception is set and is raised in the
** frame.  Returns the yielded value (*done 0), the return value (*done 1),
** or NULL (*done 1) with an exception, or with none when the generator
** was already exhausted. */
static PymObject *gen_send_ex2(PymGen *g, PymObject *arg, int exc, int *done) {
    PymFrame *f = g->gi_frame;
    *done = 1;
    if (g->gi_running) {
        pym_err_set_string(PymExc_ValueError, "generator already executing");
        return NULL;
    }
    if (!f || f->f_state == PYM_FRAME_COMPLETED) {
        return NULL;            /* exc: the thrown exception stays set */
    }
    if (f->f_state == PYM_FRAME_CREATED && !exc && arg && arg != pym_None) {
        pym_err_set_string(PymExc_TypeError, "can't send non-None value to a just-started generator");
        return NULL;
    }
    if (f->f_state == PYM_FRAME_SUSPENDED && !exc) {
        PymCode *co = f->f_code;
        intptr_t nl = co->co_nlocals + co->co_ncells + co->co_nfrees;
        f->f_localsplus[nl + f->f_stackdepth++] = PYM_NEWREF(arg ? arg : pym_None);
    }
    g->gi_running = 1;
    g->gi_exc_state.previous = pym_vm.exc_info;
    pym_vm.exc_info = &g->gi_exc_state;
    PYM_INCREF(g);
    PymObject *r = pym_eval_frame(f, exc);
    pym_vm.exc_info = g->gi_exc_state.previous;
    g->gi_exc_state.previous = NULL;
    g->gi_running = 0;
    if (f->f_state == PYM_FRAME_SUSPENDED && r) {
        *done = 0;
        PYM_DECREF(g);
        return r;
    }
    if (!r && pym_err_matches((PymObject *)PymExc_StopIteration)) {
        PymObject *si = pym_err_fetch();
        pym_err_set_string(PymExc_RuntimeError, "generator raised StopIteration");
        PymObject *re = pym_err_fetch();
        PymBaseException *be = (PymBaseException *)re;
        PYM_SETREF(be->cause, PYM_NEWREF(si));
        PYM_SETREF(be->context, si);
        be->suppress_context = 1;
        pym_err_restore(re);
    }
    gen_release_frame(g);
    PYM_DECREF(g);
    return r;
}

PymObject *pym_gen_send_ex(PymGen *g, PymObject *arg, int *done) {
    PymObject *r = gen_send_ex2(g, arg, 0, done);
    if (!r && *done && !pym_err_occurred()) r = PYM_NEWREF(pym_None);
    return r;
}

/* Raises StopIteration(value) (new exception set); value None: no args. */
static void set_stop_iteration(PymObject *value) {
    if (!value || value == pym_None) {
        pym_err_set_none(PymExc_StopIteration);
        return;
    }
    PymObject *e = pym_exc_new(PymExc_StopIteration, &value, 1);
    if (e) pym_err_set_exc(e);
}

static PymObject *gen_close_impl(PymGen *g);

/* Closes a sub-iterator (generator or anything with close()). 0/-1 */
static int gen_close_iter(PymObject *yf) {
    PymObject *r;
    if (PYM_GEN_CHECK(yf)) {
        r = gen_close_impl((PymGen *)yf);
    } else {
        PymObject *m = NULL;
        if (pym_object_lookup_attr(yf, PYM_ID(close), &m) < 0) {
            pym_err_write_unraisable(yf);
            return 0;
        }
        if (!m) return 0;
        r = pym_call_noargs(m);
        PYM_DECREF(m);
    }
    if (!r) return -1;
    PYM_DECREF(r);
    return 0;
}

PymObject *pym_gen_throw_exc(PymGen *g, PymObject *exc, int *done) {
    PymObject *yf = gen_delegate(g);
    *done = 1;
    if (yf) {
        PYM_INCREF(yf);
        PymObject *r = NULL;
        int subdone = 1;
        if (pym_type_is_subtype(PYM_TYPE(exc), PymExc_GeneratorExit)) {
            g->gi_running = 1;
            int err = gen_close_iter(yf);
            g->gi_running = 0;
            PYM_DECREF(yf);
            if (err < 0) return gen_send_ex2(g, NULL, 1, done);
            goto throw_here;
        }
        if (PYM_GEN_CHECK(yf)) {
            g->gi_running = 1;
            r = pym_gen_throw_exc((PymGen *)yf, exc, &subdone);
            g->gi_running = 0;
        } else {
            PymObject *m = NULL;
            if (pym_object_lookup_attr(yf, PYM_ID(throw), &m) < 0) {
                PYM_DECREF(yf);
                return gen_send_ex2(g, NULL, 1, done);
            }
            if (!m) { PYM_DECREF(yf); goto throw_here; }
            g->gi_running = 1;
            r = pym_call_onearg(m, exc);
            g->gi_running = 0;
            PYM_DECREF(m);
            subdone = r == NULL;
        }
        PYM_DECREF(yf);
        if (!subdone) { *done = 0; return r; }
        PymObject *val;
        if (r) {
            val = r;
        } else if (pym_err_matches((PymObject *)PymExc_StopIteration)) {
            PymObject *e = pym_err_fetch();
            val = pym_stopiteration_value(e);
            PYM_DECREF(e);
            if (!val) return gen_send_ex2(g, NULL, 1, done);
        } else if (!pym_err_occurred()) {
            val = PYM_NEWREF(pym_None);
        } else {
            return gen_send_ex2(g, NULL, 1, done);
        }
        /* the sub-iterator finished: pop it and resume after YIELD_FROM */
        PymFrame *f = g->gi_frame;
        if (f && f->f_delegating) {
            PymCode *co = f->f_code;
            intptr_t nl = co->co_nlocals + co->co_ncells + co->co_nfrees;
            PymObject *it = f->f_localsplus[nl + --f->f_stackdepth];
            f->f_localsplus[nl + f->f_stackdepth] = NULL;
            PYM_DECREF(it);
            f->f_delegating = 0;
        }
        PymObject *res = gen_send_ex2(g, val, 0, done);
        PYM_DECREF(val);
        return res;
    }
throw_here:
    pym_err_restore(PYM_NEWREF(exc));
    return gen_send_ex2(g, NULL, 1, done);
}

static PymObject *gen_close_impl(PymGen *g) {
    PymFrame *f = g->gi_frame;
    if (!f || f->f_state == PYM_FRAME_COMPLETED) PYM_RETURN_NONE;
    if (f->f_state == PYM_FRAME_CREATED) {
        gen_release_frame(g);
        PYM_RETURN_NONE;
    }
    PymObject *yf = gen_delegate(g);
    int err = 0;
    if (yf) {
        PYM_INCREF(yf);
        g->gi_running = 1;
        err = gen_close_iter(yf);
        g->gi_running = 0;
        PYM_DECREF(yf);
    }
    if (err == 0) pym_err_set_none(PymExc_GeneratorExit);
    /* the frame leaves its yield from (if any) through the exception */
    if (g->gi_frame) g->gi_frame->f_delegating = 0;
    int done;
    PymObject *r = gen_send_ex2(g, NULL, 1, &done);
    if (r) {
        PYM_DECREF(r);
        if (!done) {
            pym_err_set_string(PymExc_RuntimeError, "generator ignored GeneratorExit");
            return NULL;
        }
        PYM_RETURN_NONE;
    }
    if (!pym_err_occurred()) PYM_RETURN_NONE;
    if (pym_err_matches((PymObject *)PymExc_StopIteration) ||
        pym_err_matches((PymObject *)PymExc_GeneratorExit)) {
        pym_err_clear();
        PYM_RETURN_NONE;
    }
    return NULL;
}

/* {====== methods ======} */

static PymObject *gen_iternext(PymObject *o) {
    int done;
    PymObject *r = gen_send_ex2((PymGen *)o, NULL, 0, &done);
    if (!done || !r) return r;
    if (r != pym_None) set_stop_iteration(r);
    PYM_DECREF(r);
    return NULL;
}

static PymObject *gen_send(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    if (pym_arg_count("send", nargs, kwnames, 1, 1) < 0) return NULL;
    int done;
    PymObject *r = gen_send_ex2((PymGen *)self, args[0], 0, &done);
    if (!done) return r;
    if (r) {
        set_stop_iteration(r);
        PYM_DECREF(r);
        return NULL;
    }
    if (!pym_err_occurred()) pym_err_set_none(PymExc_StopIteration);
    return NULL;
}

/* Builds the exception instance for throw(typ[, val[, tb]]). */
static PymObject *make_throw_exc(PymObject *typ, PymObject *val, PymObject *tb) {
    if (tb == pym_None) tb = NULL;
    if (tb && !PYM_IS_TYPE(tb, &pym_type_traceback)) {
        pym_err_set_string(PymExc_TypeError, "throw() third argument must be a traceback object");
        return NULL;
    }
    PymObject *exc;
    if (PYM_TYPE_CHECK(typ) && pym_type_is_subtype((PymType *)typ, PymExc_BaseException)) {
        if (val && val != pym_None && pym_object_isinstance(val, typ) == 1) {
            exc = PYM_NEWREF(val);
        } else if (!val || val == pym_None) {
            exc = pym_call_noargs(typ);
        } else if (PYM_TUPLE_CHECK(val)) {
            exc = pym_call(typ, PYM_TUPLE_ITEMS(val), PYM_SIZE(val), NULL);
        } else {
            exc = pym_call_onearg(typ, val);
        }
        if (!exc) return NULL;
        if (!PYM_EXC_CHECK(exc)) {
            pym_err_format(PymExc_TypeError,
                           "calling %R should have returned an instance of BaseException, not %s",
                           typ, pym_type_name(exc));
            PYM_DECREF(exc);
            return NULL;
        }
    } else if (PYM_EXC_CHECK(typ)) {
        if (val && val != pym_None) {
            pym_err_set_string(PymExc_TypeError, "instance exception may not have a separate value");
            return NULL;
        }
        exc = PYM_NEWREF(typ);
    } else {
        pym_err_format(PymExc_TypeError,
                       "exceptions must be classes or instances deriving from BaseException, not %s",
                       pym_type_name(typ));
        return NULL;
    }
    if (tb) {
        PYM_INCREF(tb);
        PYM_SETREF(((PymBaseException *)exc)->traceback, tb);
    }
    return exc;
}

static PymObject *gen_throw(PymObject *self, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    if (pym_arg_count("throw", nargs, kwnames, 1, 3) < 0) return NULL;
    PymObject *exc = make_throw_exc(args[0], nargs > 1 ? args[1] : NULL,
                                    nargs > 2 ? args[2] : NULL);
    if (!exc) return NULL;
    int done;
    PymObject *r = pym_gen_throw_exc((PymGen *)self, exc, &done);
    PYM_DECREF(exc);
    if (!done) return r;
    if (r) {
        set_stop_iteration(r);
        PYM_DECREF(r);
        return NULL;
    }
    if (!pym_err_occurred()) pym_err_set_none(PymExc_StopIteration);
    return NULL;
}

static PymObject *gen_close(PymObject *self, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    if (pym_arg_count("close", nargs, kwnames, 0, 0) < 0) return NULL;
    return gen_close_impl((PymGen *)self);
}

static void gen_finalize(PymObject *o) {
    PymGen *g = (PymGen *)o;
    if (!g->gi_frame || g->gi_frame->f_state != PYM_FRAME_SUSPENDED) return;
    PymObject *saved = pym_err_fetch();
    PymObject *r = gen_close_impl(g);
    if (!r) pym_err_write_unraisable(o);
    else PYM_DECREF(r);
    pym_err_restore(saved);
}

static void gen_dealloc(PymObject *o) {
    PymGen *g = (PymGen *)o;
    pym_gc_untrack(o);
    if (g->gi_weakreflist) pym_object_clear_weakrefs(o);
    if (g->gi_frame && g->gi_frame->f_state == PYM_FRAME_SUSPENDED) {
        PYM_REFCNT(o) = 1;                   /* resurrect for the finalizer */
        gen_finalize(o);
        if (--PYM_REFCNT(o) != 0) {
            pym_gc_track(o);
            return;
        }
    }
    gen_release_frame(g);
    PYM_CLEAR(g->gi_code);
    PYM_CLEAR(g->gi_name);
    PYM_CLEAR(g->gi_qualname);
    PYM_CLEAR(g->gi_exc_state.exc_value);
    PYM_TYPE(o)->tp_free(o);
}

static int gen_traverse(PymObject *o, visitproc visit, void *arg) {
    PymGen *g = (PymGen *)o;
    PYM_VISIT(g->gi_frame);
    PYM_VISIT(g->gi_code);
    PYM_VISIT(g->gi_name);
    PYM_VISIT(g->gi_qualname);
    PYM_VISIT(g->gi_exc_state.exc_value);
    return 0;
}

static int gen_clear(PymObject *o) {
    PymGen *g = (PymGen *)o;
    if (g->gi_running) return 0;
    gen_release_frame(g);
    PYM_CLEAR(g->gi_exc_state.exc_value);
    return 0;
}

static PymObject *gen_repr(PymObject *o) {
    return pym_str_from_format("<generator object %U at %p>", ((PymGen *)o)->gi_qualname, o);
}

static PymObject *gen_iter(PymObject *o) { return PYM_NEWREF(o); }

static PymObject *gen_get_frame(PymObject *o, void *c) {
    PymGen *g = (PymGen *)o;
    if (!g->gi_frame) PYM_RETURN_NONE;
    return PYM_NEWREF(g->gi_frame);
}
static PymObject *gen_get_running(PymObject *o, void *c) {
    return pym_bool_from(((PymGen *)o)->gi_running);
}
static PymObject *gen_get_suspended(PymObject *o, void *c) {
    PymGen *g = (PymGen *)o;
    return pym_bool_from(g->gi_frame && g->gi_frame->f_state == PYM_FRAME_SUSPENDED);
}
static PymObject *gen_get_code(PymObject *o, void *c) { return PYM_NEWREF(((PymGen *)o)->gi_code); }
static PymObject *gen_get_yieldfrom(PymObject *o, void *c) {
    PymObject *yf = gen_delegate((PymGen *)o);
    return PYM_NEWREF(yf ? yf : pym_None);
}
static PymObject *gen_get_name(PymObject *o, void *c) { return PYM_NEWREF(((PymGen *)o)->gi_name); }
static int gen_set_name(PymObject *o, PymObject *v, void *c) {
    if (!v || !PYM_STR_CHECK(v)) {
        pym_err_set_string(PymExc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    PYM_INCREF(v);
    PYM_SETREF(((PymGen *)o)->gi_name, v);
    return 0;
}
static PymObject *gen_get_qualname(PymObject *o, void *c) { return PYM_NEWREF(((PymGen *)o)->gi_qualname); }
static int gen_set_qualname(PymObject *o, PymObject *v, void *c) {
    if (!v || !PYM_STR_CHECK(v)) {
        pym_err_set_string(PymExc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    PYM_INCREF(v);
    PYM_SETREF(((PymGen *)o)->gi_qualname, v);
    return 0;
}

static PymGetSetDef gen_getset[] = {
    {"gi_frame", gen_get_frame, NULL, NULL, NULL},
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL, NULL},
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static PymMethodDef gen_methods[] = {
    {"send", gen_send, 0, NULL},
    {"throw", gen_throw, 0, NULL},
    {"close", gen_close, 0, NULL},
    {NULL, NULL, 0, NULL}
};

PymType pym_type_generator = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "generator",
    .tp_basicsize = sizeof(PymGen),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_HAS_FINALIZE,
    .tp_dealloc = gen_dealloc,
    .tp_traverse = gen_traverse,
    .tp_clear = gen_clear,
    .tp_finalize = gen_finalize,
    .tp_repr = gen_repr,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = gen_iter,
    .tp_iternext = gen_iternext,
    .tp_weaklistoffset = offsetof(PymGen, gi_weakreflist),
    .tp_getset = gen_getset,
    .tp_methods = gen_methods,
    .tp_free = pym_object_free,
};
