/*
** genobject.c -- generator objects: a suspended frame plus its own handled-
** exception state.  send/throw/close, delegation through `yield from`
** (the delegate is the top of the suspended frame's stack while
** f_delegating is set), StopIteration -> RuntimeError (PEP 479), and the
** finalizer that closes a generator dropped before it finished.
**
** Coroutines (async def) and async generators are the same object with
** another type: the core below serves all three, and only the messages
** ("coroutine raised StopIteration") and the ends differ.  'await x'
** compiles to GET_AWAITABLE + YIELD_FROM, so a coroutine awaiting another
** delegates to it exactly as 'yield from' does; the event loop sees the
** values yielded at the bottom of the chain (a Future, for asyncio).
**
** An async generator's own 'yield v' yields v wrapped (ASYNC_GEN_WRAP),
** so that the awaitables its methods return (asend for __anext__/asend,
** athrow for athrow/aclose) can tell a value of the generator -- which
** ends that await with StopIteration(v) -- from a value that an 'await'
** inside the generator passes up to the event loop untouched.
*/
#include "pym.h"
#include "genericalias.h"
#include "frameobject.h"
#include "genobject.h"
#include "opcodes.h"

static PymType pym_type_async_gen_wrapped_value;

PymObject *pym_gen_new(PymFrame *f, PymObject *name, PymObject *qualname) {
    PymCode *co = f->f_code;
    int fl = co->co_flags;
    PymType *t = (fl & PYM_CO_COROUTINE)         ? &pym_type_coroutine
                 : (fl & PYM_CO_ASYNC_GENERATOR) ? &pym_type_async_generator
                                                 : &pym_type_generator;
    /* the frame moves from the data stack into the generator */
    PymGen *g = (PymGen *)pym_object_alloc(t, pym_frame_slots(co));
    if (!g) {
        pym_frame_clear(f);
        pym_frame_pop(f);
        return NULL;
    }
    PymFrame *gf = (PymFrame *)g->gi_data;
    memcpy(gf, f, (size_t)pym_frame_slots(co) * sizeof(PymObject *));
    pym_frame_pop(f);
    g->gi_frame = gf;
    gf->f_gen = (PymObject *)g;
    g->gi_code = PYM_NEWREF(co);
    g->gi_name = PYM_NEWREF(name ? name : co->co_name);
    g->gi_qualname = PYM_NEWREF(qualname ? qualname : co->co_qualname);
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

/* "generator", "coroutine" or "async generator", for messages */
static const char *gen_kind(PymGen *g) {
    if (PYM_CORO_CHECK(g)) return "coroutine";
    if (PYM_ASYNCGEN_CHECK(g)) return "async generator";
    return "generator";
}

static void gen_release_frame(PymGen *g) {
    PymFrame *f = g->gi_frame;
    if (!f) return;
    g->gi_frame = NULL;
    f->f_gen = NULL;
    f->f_state = PYM_FRAME_COMPLETED;
    PYM_CLEAR(g->gi_exc_state.exc_value);
    pym_frame_clear(f); /* its frame object, if referenced, takes a copy */
}

/* PEP 479: the exception set, leaving the generator's frame, becomes
** RuntimeError("generator raised StopIteration") when it is a StopIteration
** (StopAsyncIteration too for an async generator), chained to it. */
static void stop_iteration_error(PymGen *g) {
    if (!pym_err_matches((PymObject *)PymExc_StopIteration) &&
        !(PYM_ASYNCGEN_CHECK(g) && pym_err_matches((PymObject *)PymExc_StopAsyncIteration)))
        return;
    int sai = !pym_err_matches((PymObject *)PymExc_StopIteration);
    PymObject *si = pym_err_fetch();
    pym_err_format(PymExc_RuntimeError, "%s raised %s", gen_kind(g),
                   sai ? "StopAsyncIteration" : "StopIteration");
    PymObject *re = pym_err_fetch();
    PymBaseException *be = (PymBaseException *)re;
    PYM_SETREF(be->cause, PYM_NEWREF(si));
    PYM_SETREF(be->context, si);
    be->suppress_context = 1;
    pym_err_restore(re);
}

void pym_gen_finish_inline(PymGen *g, bool raised) {
    if (raised) stop_iteration_error(g);
    gen_release_frame(g);
}

/* The value sent (NULL: None) onto the stack of the suspended frame f. */
static inline void push_sent(PymFrame *f, PymObject *arg) {
    PymCode *co = f->f_code;
    /* `yield v` as a statement: the value sent (None) would be pushed only
    ** for the POP_TOP after the yield to drop it, so resume past that
    ** POP_TOP instead (f_lasti is the yield's index while suspended; it is
    ** recomputed at the next yield) */
    if ((!arg || arg == pym_None) && !f->f_delegating &&
        PYM_INSTR_OP(co->co_code[f->f_lasti + 1]) == OP_POP_TOP) {
        f->f_lasti++;
    } else {
        intptr_t nl = co->co_nlocals + co->co_ncells + co->co_nfrees;
        f->f_localsplus[nl + f->f_stackdepth++] = PYM_NEWREF(arg ? arg : pym_None);
    }
}

/* tp_iterdrain of generators (genobject.h). */
static int gen_drain(PymObject *o, PymIterSink *sink) {
    PymGen *g = (PymGen *)o;
    PymGenDrain d = {.sink = sink};
    for (;;) {
        PymFrame *f = g->gi_frame;
        if (g->gi_running) {
            pym_err_format(PymExc_ValueError, "%s already executing", gen_kind(g));
            return -1;
        }
        if (!f || f->f_state == PYM_FRAME_COMPLETED) return 0;
        if (f->f_state == PYM_FRAME_SUSPENDED) push_sent(f, NULL);
        g->gi_running = 1;
        g->gi_exc_state.previous = pym_vm.exc_info;
        pym_vm.exc_info = &g->gi_exc_state;
        d.frame = f;
        d.stopped = 0;
        d.prev = pym_vm.gen_drain;
        pym_vm.gen_drain = &d;
        PymObject *r = pym_eval_frame(f, 0);
        pym_vm.gen_drain = d.prev;
        if (d.stopped) { /* at a yield, the generator suspended (vm.c's yield_to_sink) */
            if (d.stopped == 2) continue; /* resumed or closed by put: see where it is */
            return d.stopped;
        }
        pym_vm.exc_info = g->gi_exc_state.previous;
        g->gi_exc_state.previous = NULL;
        g->gi_running = 0;
        if (r && f->f_state == PYM_FRAME_SUSPENDED) { /* not handed to put at its yield */
            int rc = sink->put(sink, r);
            if (rc) return rc;
            continue;
        }
        if (!r) stop_iteration_error(g);
        gen_release_frame(g);
        if (!r) return -1;
        PYM_DECREF(r);
        return 0;
    }
}

/* Core of send/next/throw.  exc: an exception is set and is raised in the
** frame.  Returns the yielded value (*done 0), the return value (*done 1),
** or NULL (*done 1) with an exception, or with none when the generator
** was already exhausted. */
static inline __attribute__((always_inline)) PymObject *gen_send_ex2_body(PymGen *g, PymObject *arg,
                                                                          int exc, int *done) {
    PymFrame *f = g->gi_frame;
    *done = 1;
    if (g->gi_running) {
        pym_err_format(PymExc_ValueError, "%s already executing", gen_kind(g));
        return NULL;
    }
    if (!f || f->f_state == PYM_FRAME_COMPLETED) {
        if (PYM_CORO_CHECK(g) && !exc)
            pym_err_set_string(PymExc_RuntimeError, "cannot reuse already awaited coroutine");
        return NULL; /* exc: the thrown exception stays set */
    }
    if (f->f_state == PYM_FRAME_CREATED && !exc && arg && arg != pym_None) {
        pym_err_format(PymExc_TypeError, "can't send non-None value to a just-started %s",
                       gen_kind(g));
        return NULL;
    }
    if (f->f_state == PYM_FRAME_SUSPENDED && !exc) push_sent(f, arg);
    g->gi_running = 1;
    g->gi_exc_state.previous = pym_vm.exc_info;
    pym_vm.exc_info = &g->gi_exc_state;
    /* no reference taken on g while it runs (CPython takes none: its
    ** caller's keeps it, and sys.getrefcount inside sees CPython's count) */
    PymObject *r = pym_eval_frame(f, exc);
    pym_vm.exc_info = g->gi_exc_state.previous;
    g->gi_exc_state.previous = NULL;
    g->gi_running = 0;
    if (f->f_state == PYM_FRAME_SUSPENDED && r) {
        *done = 0;
        return r;
    }
    if (!r) stop_iteration_error(g);
    gen_release_frame(g);
    return r;
}

static PymObject *gen_send_ex2(PymGen *g, PymObject *arg, int exc, int *done) {
    return gen_send_ex2_body(g, arg, exc, done);
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
    if (PYM_GENLIKE_CHECK(yf)) {
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
        if (PYM_GENLIKE_CHECK(yf)) {
            g->gi_running = 1;
            r = pym_gen_throw_exc((PymGen *)yf, exc, &subdone);
            g->gi_running = 0;
        } else {
            PymObject *m = NULL;
            if (pym_object_lookup_attr(yf, PYM_ID(throw), &m) < 0) {
                PYM_DECREF(yf);
                return gen_send_ex2(g, NULL, 1, done);
            }
            if (!m) {
                PYM_DECREF(yf);
                goto throw_here;
            }
            g->gi_running = 1;
            r = pym_call_onearg(m, exc);
            g->gi_running = 0;
            PYM_DECREF(m);
            subdone = r == NULL;
        }
        PYM_DECREF(yf);
        if (!subdone) {
            *done = 0;
            return r;
        }
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
            pym_err_format(PymExc_RuntimeError, "%s ignored GeneratorExit", gen_kind(g));
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

/* next(g), FOR_ITER and the builtins that consume iterators: the core
** inlined with no value sent and no exception thrown, its tests folded. */
static PymObject *gen_iternext(PymObject *o) {
    int done;
    PymObject *r = gen_send_ex2_body((PymGen *)o, NULL, 0, &done);
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
            pym_err_set_string(PymExc_TypeError,
                               "instance exception may not have a separate value");
            return NULL;
        }
        exc = PYM_NEWREF(typ);
    } else {
        pym_err_format(
            PymExc_TypeError,
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

static void coro_warn_unawaited(PymGen *g);

static void gen_finalize(PymObject *o) {
    PymGen *g = (PymGen *)o;
    if (PYM_CORO_CHECK(o) && g->gi_frame && g->gi_frame->f_state == PYM_FRAME_CREATED) {
        coro_warn_unawaited(g);
        return;
    }
    if (!g->gi_frame || g->gi_frame->f_state != PYM_FRAME_SUSPENDED) return;
    PymObject *saved = pym_err_fetch();
    if (PYM_ASYNCGEN_CHECK(o) && g->ag_finalizer && !g->ag_closed) {
        /* the event loop closes it (asyncio schedules aclose()); once
        ** only, as CPython finalizes an object once */
        PymObject *fin = g->ag_finalizer;
        g->ag_finalizer = NULL;
        PymObject *fr = pym_call_onearg(fin, o);
        PYM_DECREF(fin);
        if (!fr)
            pym_err_write_unraisable(o);
        else
            PYM_DECREF(fr);
        pym_err_restore(saved);
        return;
    }
    PymObject *r = gen_close_impl(g);
    if (!r)
        pym_err_write_unraisable(o);
    else
        PYM_DECREF(r);
    pym_err_restore(saved);
}

static void gen_dealloc(PymObject *o) {
    PymGen *g = (PymGen *)o;
    pym_gc_untrack(o);
    if (g->gi_weakreflist) pym_object_clear_weakrefs(o);
    if (g->gi_frame && (g->gi_frame->f_state == PYM_FRAME_SUSPENDED ||
                        (PYM_CORO_CHECK(o) && g->gi_frame->f_state == PYM_FRAME_CREATED))) {
        PYM_REFCNT(o) = 1; /* resurrect for the finalizer */
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
    PYM_CLEAR(g->ag_finalizer);
    PYM_TYPE(o)->tp_free(o);
}

static int gen_traverse(PymObject *o, visitproc visit, void *arg) {
    PymGen *g = (PymGen *)o;
    if (g->gi_frame) {
        int r = pym_frame_traverse_data(g->gi_frame, visit, arg);
        if (r) return r;
    }
    PYM_VISIT(g->gi_code);
    PYM_VISIT(g->gi_name);
    PYM_VISIT(g->gi_qualname);
    PYM_VISIT(g->gi_exc_state.exc_value);
    PYM_VISIT(g->ag_finalizer);
    return 0;
}

static int gen_clear(PymObject *o) {
    PymGen *g = (PymGen *)o;
    if (g->gi_running) return 0;
    gen_release_frame(g);
    PYM_CLEAR(g->gi_exc_state.exc_value);
    PYM_CLEAR(g->ag_finalizer);
    return 0;
}

static PymObject *gen_repr(PymObject *o) {
    return pym_str_from_format("<generator object %U at %p>", ((PymGen *)o)->gi_qualname, o);
}

static PymObject *gen_iter(PymObject *o) { return PYM_NEWREF(o); }

static PymObject *gen_get_frame(PymObject *o, void *c) {
    PymGen *g = (PymGen *)o;
    if (!g->gi_frame) PYM_RETURN_NONE;
    PymFrameObject *fo = pym_frame_get_object(g->gi_frame);
    return fo ? PYM_NEWREF((PymObject *)fo) : NULL;
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
static PymObject *gen_get_qualname(PymObject *o, void *c) {
    return PYM_NEWREF(((PymGen *)o)->gi_qualname);
}
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
    {NULL, NULL, NULL, NULL, NULL},
};

static PymObject *gen_sizeof(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames);

static PymMethodDef gen_methods[] = {
    {"send", gen_send, 0, NULL},   {"throw", gen_throw, 0, NULL},
    {"close", gen_close, 0, NULL}, {"__sizeof__", gen_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PymType pym_type_generator = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "generator",
    .tp_basicsize = offsetof(PymGen, gi_data),
    .tp_itemsize = sizeof(PymObject *),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_HAS_FINALIZE,
    .tp_dealloc = gen_dealloc,
    .tp_traverse = gen_traverse,
    .tp_clear = gen_clear,
    .tp_finalize = gen_finalize,
    .tp_repr = gen_repr,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = gen_iter,
    .tp_iternext = gen_iternext,
    .tp_iterdrain = gen_drain,
    .tp_weaklistoffset = offsetof(PymGen, gi_weakreflist),
    .tp_getset = gen_getset,
    .tp_methods = gen_methods,
    .tp_free = pym_object_free,
};

/* {====== shared by generators, coroutines and async generators ======} */

/* CPython 3.11 embeds the frame in the generator: its size is the object
** up to the frame, the frame header and one slot per local, cell, free
** variable and stack entry of the code. */
static PymObject *gen_sizeof(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    if (pym_arg_count("__sizeof__", nargs, kwnames, 0, 0) < 0) return NULL;
    PymCode *co = (PymCode *)((PymGen *)self)->gi_code;
    intptr_t slots = co->co_nlocals + co->co_ncells + co->co_nfrees + co->co_stacksize;
    /* an argument that is also a cell is one slot in CPython's frame */
    for (int i = 0; co->co_cell2arg && i < co->co_ncells; i++)
        if (co->co_cell2arg[i] >= 0) slots--;
    return pym_int_from_ssize(80 + 72 + slots * (intptr_t)sizeof(PymObject *));
}

/* Once per (file, line, message), as the warnings module's "default" action. */
typedef struct WarnKey {
    char *key;
    struct WarnKey *next;
} WarnKey;
static WarnKey *warned;

static bool warn_once(const char *file, int line, const char *msg) {
    size_t n = strlen(file) + strlen(msg) + 32;
    char *key = pym_raw_malloc(n);
    if (!key) return true;
    snprintf(key, n, "%s:%d:%s", file, line, msg);
    for (WarnKey *w = warned; w; w = w->next)
        if (strcmp(w->key, key) == 0) {
            pym_raw_free(key);
            return false;
        }
    WarnKey *w = pym_raw_malloc(sizeof *w);
    if (!w) {
        pym_raw_free(key);
        return true;
    }
    w->key = key;
    w->next = warned;
    warned = w;
    return true;
}

/* RuntimeWarning: coroutine 'f' was never awaited -- printed as CPython's
** warnings module prints it, at the line running when the coroutine died. */
static void coro_warn_unawaited(PymGen *g) {
    char msg[512];
    snprintf(msg, sizeof msg, "coroutine '%s' was never awaited", PYM_STR_UTF8(g->gi_qualname));
    PymFrame *f = pym_vm.frame;
    const char *file = f ? PYM_STR_UTF8(f->f_code->co_filename) : "sys";
    int line = f ? pym_frame_lasti_line(f) : 1;
    if (warn_once(file, line, msg)) {
        fflush(stdout);
        fprintf(stderr, "%s:%d: RuntimeWarning: %s\n", file, line, msg);
        char *src = f ? pym_source_line(file, line) : NULL;
        if (src) {
            if (src[0]) fprintf(stderr, "  %s\n", src);
            pym_raw_free(src);
        }
        /* at shutdown (no frame) the warnings module can no longer import
        ** tracemalloc for its hint, so CPython prints the first line only */
        if (f)
            fputs("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
                  stderr);
        fflush(stderr);
    }
    gen_release_frame(g);
}

/* {====== coroutines ======} */

static PymObject *coro_repr(PymObject *o) {
    return pym_str_from_format("<coroutine object %U at %p>", ((PymGen *)o)->gi_qualname, o);
}

/* the awaitable iterator of coro.__await__() */
typedef struct {
    PymObject ob_base;
    PymGen *cw_coroutine;
} PymCoroWrapper;

static PymType pym_type_coro_wrapper;

static PymObject *coro_await(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    if (pym_arg_count("__await__", nargs, kwnames, 0, 0) < 0) return NULL;
    PymCoroWrapper *w = (PymCoroWrapper *)pym_object_alloc(&pym_type_coro_wrapper, 0);
    if (!w) return NULL;
    w->cw_coroutine = (PymGen *)PYM_NEWREF(self);
    pym_gc_track((PymObject *)w);
    return (PymObject *)w;
}

static PymObject *coro_get_await(PymObject *o, void *c) { return gen_get_yieldfrom(o, c); }

/* coroutine origin tracking (sys.set_coroutine_origin_tracking_depth) is
** not in pym: as CPython with a depth of 0, the default */
static PymObject *coro_get_origin(PymObject *o, void *c) { PYM_RETURN_NONE; }

static PymGetSetDef coro_getset[] = {
    {"cr_frame", gen_get_frame, NULL, NULL, NULL},
    {"cr_origin", coro_get_origin, NULL, NULL, NULL},
    {"cr_running", gen_get_running, NULL, NULL, NULL},
    {"cr_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"cr_code", gen_get_code, NULL, NULL, NULL},
    {"cr_await", coro_get_await, NULL, NULL, NULL},
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymMethodDef coro_methods[] = {
    {"send", gen_send, 0, NULL},         {"throw", gen_throw, 0, NULL},
    {"close", gen_close, 0, NULL},       {"__await__", coro_await, 0, NULL},
    {"__sizeof__", gen_sizeof, 0, NULL}, {NULL, NULL, 0, NULL},
};

PymType pym_type_coroutine = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "coroutine",
    .tp_basicsize = offsetof(PymGen, gi_data),
    .tp_itemsize = sizeof(PymObject *),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_HAS_FINALIZE,
    .tp_dealloc = gen_dealloc,
    .tp_traverse = gen_traverse,
    .tp_clear = gen_clear,
    .tp_finalize = gen_finalize,
    .tp_repr = coro_repr,
    .tp_getattro = pym_object_generic_getattr,
    .tp_weaklistoffset = offsetof(PymGen, gi_weakreflist),
    .tp_getset = coro_getset,
    .tp_methods = coro_methods,
    .tp_free = pym_object_free,
};

static void cw_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    PYM_CLEAR(((PymCoroWrapper *)o)->cw_coroutine);
    PYM_TYPE(o)->tp_free(o);
}
static int cw_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((PymCoroWrapper *)o)->cw_coroutine);
    return 0;
}
static PymObject *cw_iternext(PymObject *o) {
    return gen_iternext((PymObject *)((PymCoroWrapper *)o)->cw_coroutine);
}
static PymObject *cw_send(PymObject *self, PymObject *const *args, size_t nargs,
                          PymObject *kwnames) {
    return gen_send((PymObject *)((PymCoroWrapper *)self)->cw_coroutine, args, nargs, kwnames);
}
static PymObject *cw_throw(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    return gen_throw((PymObject *)((PymCoroWrapper *)self)->cw_coroutine, args, nargs, kwnames);
}
static PymObject *cw_close(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    return gen_close((PymObject *)((PymCoroWrapper *)self)->cw_coroutine, args, nargs, kwnames);
}
static PymMethodDef cw_methods[] = {
    {"send", cw_send, 0, NULL},
    {"throw", cw_throw, 0, NULL},
    {"close", cw_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static PymType pym_type_coro_wrapper = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "coroutine_wrapper",
    .tp_basicsize = sizeof(PymCoroWrapper),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = cw_dealloc,
    .tp_traverse = cw_traverse,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = gen_iter,
    .tp_iternext = cw_iternext,
    .tp_methods = cw_methods,
    .tp_free = pym_object_free,
};

/* Looks up a special method on o's type and calls it with no arguments.
** *found 0: absent (no error). */
static PymObject *call_special0(PymObject *o, PymObject *name, int *found) {
    PymObject *m = pym_type_lookup(PYM_TYPE(o), name);
    *found = m != NULL;
    if (!m) return NULL;
    descrgetfunc get = PYM_TYPE(m)->tp_descr_get;
    PymObject *bound = get ? get(m, o, (PymObject *)PYM_TYPE(o)) : PYM_NEWREF(m);
    if (!bound) return NULL;
    PymObject *r = pym_call_noargs(bound);
    PYM_DECREF(bound);
    return r;
}

PymObject *pym_coro_get_awaitable_iter(PymObject *o, int where) {
    if (PYM_CORO_CHECK(o) || (PYM_GEN_CHECK(o) && (((PymCode *)((PymGen *)o)->gi_code)->co_flags &
                                                   PYM_CO_ITERABLE_COROUTINE))) {
        return PYM_NEWREF(o);
    }
    int found;
    PymObject *r = call_special0(o, PYM_ID(__await__), &found);
    if (!found) {
        if (where == 1)
            pym_err_format(PymExc_TypeError,
                           "'async with' received an object from __aenter__ "
                           "that does not implement __await__: %s",
                           pym_type_name(o));
        else if (where == 2)
            pym_err_format(PymExc_TypeError,
                           "'async with' received an object from __aexit__ "
                           "that does not implement __await__: %s",
                           pym_type_name(o));
        else
            pym_err_format(PymExc_TypeError, "object %s can't be used in 'await' expression",
                           pym_type_name(o));
        return NULL;
    }
    if (!r) return NULL;
    if (PYM_CORO_CHECK(r) || (PYM_GEN_CHECK(r) && (((PymCode *)((PymGen *)r)->gi_code)->co_flags &
                                                   PYM_CO_ITERABLE_COROUTINE))) {
        pym_err_set_string(PymExc_TypeError, "__await__() returned a coroutine");
        PYM_DECREF(r);
        return NULL;
    }
    if (!PYM_TYPE(r)->tp_iternext) {
        pym_err_format(PymExc_TypeError, "__await__() returned non-iterator of type '%s'",
                       pym_type_name(r));
        PYM_DECREF(r);
        return NULL;
    }
    return r;
}

/* {====== async generators ======} */

typedef struct {
    PymObject ob_base;
    PymObject *value;
} PymAsyncGenWrapped;

PymObject *pym_async_gen_wrap(PymObject *v) {
    PymAsyncGenWrapped *w = (PymAsyncGenWrapped *)pym_object_alloc(
        &pym_type_async_gen_wrapped_value, 0);
    if (!w) return NULL;
    w->value = PYM_NEWREF(v);
    pym_gc_track((PymObject *)w);
    return (PymObject *)w;
}
static void agw_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    PYM_CLEAR(((PymAsyncGenWrapped *)o)->value);
    PYM_TYPE(o)->tp_free(o);
}
static int agw_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((PymAsyncGenWrapped *)o)->value);
    return 0;
}
static PymType pym_type_async_gen_wrapped_value = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "async_generator_wrapped_value",
    .tp_basicsize = sizeof(PymAsyncGenWrapped),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = agw_dealloc,
    .tp_traverse = agw_traverse,
    .tp_free = pym_object_free,
};
#define AGW_CHECK(o) (PYM_TYPE(o) == &pym_type_async_gen_wrapped_value)

/* After running the generator: a wrapped value ends the await with
** StopIteration(value); the generator's end is StopAsyncIteration; any
** other value passes through to the event loop.  Steals r. */
static PymObject *async_gen_unwrap(PymGen *g, PymObject *r, int done) {
    if (!r || done) {
        if (r) PYM_DECREF(r); /* an async generator returns None only */
        if (!pym_err_occurred()) pym_err_set_none(PymExc_StopAsyncIteration);
        if (pym_err_matches((PymObject *)PymExc_StopAsyncIteration) ||
            pym_err_matches((PymObject *)PymExc_GeneratorExit))
            g->ag_closed = 1;
        g->ag_running_async = 0;
        return NULL;
    }
    if (AGW_CHECK(r)) {
        g->ag_running_async = 0;
        set_stop_iteration(((PymAsyncGenWrapped *)r)->value);
        PYM_DECREF(r);
        return NULL;
    }
    return r;
}

enum { AWAITABLE_INIT, AWAITABLE_ITER, AWAITABLE_CLOSED };

/* asend(value) and __anext__(): one step of the generator as an awaitable */
typedef struct {
    PymObject ob_base;
    PymGen *gen;
    PymObject *sendval;
    int state;
} PymAsyncGenASend;

/* athrow(...) and aclose() (args NULL) */
typedef struct {
    PymObject ob_base;
    PymGen *gen;
    PymObject *args; /* tuple for throw(), or NULL for aclose */
    int state;
} PymAsyncGenAThrow;

static PymType pym_type_async_gen_asend, pym_type_async_gen_athrow;

static PymObject *asend_new(PymGen *g, PymObject *v) {
    PymAsyncGenASend *a = (PymAsyncGenASend *)pym_object_alloc(&pym_type_async_gen_asend, 0);
    if (!a) return NULL;
    a->gen = (PymGen *)PYM_NEWREF(g);
    a->sendval = PYM_NEWREF(v ? v : pym_None);
    a->state = AWAITABLE_INIT;
    pym_gc_track((PymObject *)a);
    return (PymObject *)a;
}

/* sys.set_asyncgen_hooks(): called with each async generator when it is
** first iterated, and kept by it to be called instead of closing it when
** it is dropped unfinished (the event loop then awaits its aclose()). */
static PymObject *hook_firstiter, *hook_finalizer;

static int async_gen_init_hooks(PymGen *g) {
    if (g->ag_hooks_inited) return 0;
    g->ag_hooks_inited = 1;
    if (hook_finalizer) g->ag_finalizer = PYM_NEWREF(hook_finalizer);
    if (hook_firstiter) {
        PymObject *f = PYM_NEWREF(hook_firstiter);
        PymObject *r = pym_call_onearg(f, (PymObject *)g);
        PYM_DECREF(f);
        if (!r) return -1;
        PYM_DECREF(r);
    }
    return 0;
}

static int check_hook(PymObject *v, const char *what) {
    if (v && v != pym_None && !pym_callable_check(v)) {
        pym_err_format(PymExc_TypeError, "callable %s expected, got %s", what, pym_type_name(v));
        return -1;
    }
    return 0;
}

PymObject *pym_sys_set_asyncgen_hooks(PymObject *self, PymObject *const *args, size_t nargs,
                                      PymObject *kwnames) {
    static const char *const names[] = {"firstiter", "finalizer", NULL};
    PymObject *a[2] = {0};
    if (pym_arg_unpack("set_asyncgen_hooks", args, nargs, kwnames, names, 0, 2, a) < 0) return NULL;
    if (check_hook(a[1], "finalizer") < 0 || check_hook(a[0], "firstiter") < 0) return NULL;
    if (a[1]) PYM_SETREF(hook_finalizer, a[1] == pym_None ? NULL : PYM_NEWREF(a[1]));
    if (a[0]) PYM_SETREF(hook_firstiter, a[0] == pym_None ? NULL : PYM_NEWREF(a[0]));
    PYM_RETURN_NONE;
}

PymObject *pym_sys_get_asyncgen_hooks(PymObject *self, PymObject *const *args, size_t nargs,
                                      PymObject *kwnames) {
    if (pym_arg_count("get_asyncgen_hooks", nargs, kwnames, 0, 0) < 0) return NULL;
    return pym_tuple_pack(2, hook_firstiter ? hook_firstiter : pym_None,
                          hook_finalizer ? hook_finalizer : pym_None);
}

PymObject *pym_async_gen_anext(PymObject *gen) {
    if (async_gen_init_hooks((PymGen *)gen) < 0) return NULL;
    return asend_new((PymGen *)gen, NULL);
}

static PymObject *asend_send_impl(PymAsyncGenASend *a, PymObject *arg) {
    if (a->state == AWAITABLE_CLOSED) {
        pym_err_set_string(PymExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    if (a->state == AWAITABLE_INIT) {
        if (a->gen->ag_running_async) {
            a->state = AWAITABLE_CLOSED;
            pym_err_set_string(PymExc_RuntimeError,
                               "anext(): asynchronous generator is already running");
            return NULL;
        }
        if (!arg || arg == pym_None) arg = a->sendval;
        a->state = AWAITABLE_ITER;
    }
    a->gen->ag_running_async = 1;
    int done;
    PymObject *r = gen_send_ex2(a->gen, arg, 0, &done);
    r = async_gen_unwrap(a->gen, r, done);
    if (!r) a->state = AWAITABLE_CLOSED;
    return r;
}

static PymObject *asend_iternext(PymObject *o) {
    return asend_send_impl((PymAsyncGenASend *)o, NULL);
}

static PymObject *asend_send(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    if (pym_arg_count("send", nargs, kwnames, 1, 1) < 0) return NULL;
    return asend_send_impl((PymAsyncGenASend *)self, args[0]);
}

static PymObject *asend_throw(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    PymAsyncGenASend *a = (PymAsyncGenASend *)self;
    if (a->state == AWAITABLE_CLOSED) {
        pym_err_set_string(PymExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    if (pym_arg_count("throw", nargs, kwnames, 1, 3) < 0) return NULL;
    PymObject *exc = make_throw_exc(args[0], nargs > 1 ? args[1] : NULL,
                                    nargs > 2 ? args[2] : NULL);
    if (!exc) return NULL;
    int done;
    PymObject *r = pym_gen_throw_exc(a->gen, exc, &done);
    PYM_DECREF(exc);
    r = async_gen_unwrap(a->gen, r, done);
    if (!r) a->state = AWAITABLE_CLOSED;
    return r;
}

static PymObject *awaitable_close(PymObject *self, PymObject *const *args, size_t nargs,
                                  PymObject *kwnames) {
    if (pym_arg_count("close", nargs, kwnames, 0, 0) < 0) return NULL;
    if (PYM_TYPE(self) == &pym_type_async_gen_asend)
        ((PymAsyncGenASend *)self)->state = AWAITABLE_CLOSED;
    else
        ((PymAsyncGenAThrow *)self)->state = AWAITABLE_CLOSED;
    PYM_RETURN_NONE;
}

static PymObject *awaitable_await(PymObject *self, PymObject *const *args, size_t nargs,
                                  PymObject *kwnames) {
    if (pym_arg_count("__await__", nargs, kwnames, 0, 0) < 0) return NULL;
    return PYM_NEWREF(self);
}

static void asend_dealloc(PymObject *o) {
    PymAsyncGenASend *a = (PymAsyncGenASend *)o;
    pym_gc_untrack(o);
    PYM_CLEAR(a->gen);
    PYM_CLEAR(a->sendval);
    PYM_TYPE(o)->tp_free(o);
}
static int asend_traverse(PymObject *o, visitproc visit, void *arg) {
    PymAsyncGenASend *a = (PymAsyncGenASend *)o;
    PYM_VISIT(a->gen);
    PYM_VISIT(a->sendval);
    return 0;
}
static PymMethodDef asend_methods[] = {
    {"send", asend_send, 0, NULL},
    {"throw", asend_throw, 0, NULL},
    {"close", awaitable_close, 0, NULL},
    {"__await__", awaitable_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static PymType pym_type_async_gen_asend = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "async_generator_asend",
    .tp_basicsize = sizeof(PymAsyncGenASend),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = asend_dealloc,
    .tp_traverse = asend_traverse,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = gen_iter,
    .tp_iternext = asend_iternext,
    .tp_methods = asend_methods,
    .tp_free = pym_object_free,
};

static PymObject *athrow_new(PymGen *g, PymObject *args) {
    PymAsyncGenAThrow *a = (PymAsyncGenAThrow *)pym_object_alloc(&pym_type_async_gen_athrow, 0);
    if (!a) return NULL;
    a->gen = (PymGen *)PYM_NEWREF(g);
    a->args = args ? PYM_NEWREF(args) : NULL;
    a->state = AWAITABLE_INIT;
    pym_gc_track((PymObject *)a);
    return (PymObject *)a;
}

/* aclose: GeneratorExit / StopAsyncIteration end the await normally */
static PymObject *athrow_check_error(PymAsyncGenAThrow *a) {
    a->state = AWAITABLE_CLOSED;
    a->gen->ag_running_async = 0;
    if (!a->args && (pym_err_matches((PymObject *)PymExc_StopAsyncIteration) ||
                     pym_err_matches((PymObject *)PymExc_GeneratorExit))) {
        pym_err_clear();
        pym_err_set_none(PymExc_StopIteration);
    }
    return NULL;
}

static PymObject *athrow_ignored_exit(PymAsyncGenAThrow *a, PymObject *r) {
    PYM_DECREF(r);
    a->gen->ag_running_async = 0;
    a->state = AWAITABLE_CLOSED;
    pym_err_set_string(PymExc_RuntimeError, "async generator ignored GeneratorExit");
    return NULL;
}

static PymObject *athrow_send_impl(PymAsyncGenAThrow *a, PymObject *arg) {
    PymGen *g = a->gen;
    if (a->state == AWAITABLE_CLOSED) {
        pym_err_set_string(PymExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    if (!g->gi_frame || g->gi_frame->f_state == PYM_FRAME_COMPLETED) {
        a->state = AWAITABLE_CLOSED;
        pym_err_set_none(PymExc_StopIteration);
        return NULL;
    }
    int done;
    PymObject *r;
    if (a->state == AWAITABLE_INIT) {
        if (g->ag_running_async) {
            a->state = AWAITABLE_CLOSED;
            pym_err_set_string(PymExc_RuntimeError,
                               a->args ? "athrow(): asynchronous generator is already running"
                                       : "aclose(): asynchronous generator is already running");
            return NULL;
        }
        if (g->ag_closed) {
            a->state = AWAITABLE_CLOSED;
            pym_err_set_none(PymExc_StopAsyncIteration);
            return NULL;
        }
        if (arg && arg != pym_None) {
            pym_err_set_string(PymExc_RuntimeError,
                               "can't send non-None value to a just-started coroutine");
            return NULL;
        }
        a->state = AWAITABLE_ITER;
        g->ag_running_async = 1;
        PymObject *exc;
        if (!a->args) {
            exc = pym_call_noargs((PymObject *)PymExc_GeneratorExit);
        } else {
            intptr_t n = PYM_SIZE(a->args);
            PymObject *const *it = PYM_TUPLE_ITEMS(a->args);
            exc = make_throw_exc(it[0], n > 1 ? it[1] : NULL, n > 2 ? it[2] : NULL);
        }
        if (!exc) return athrow_check_error(a);
        r = pym_gen_throw_exc(g, exc, &done);
        PYM_DECREF(exc);
        if (!a->args) {
            if (r && !done && AGW_CHECK(r)) return athrow_ignored_exit(a, r);
            if (r && !done) return r;
            if (r) PYM_DECREF(r);
            if (!pym_err_occurred()) pym_err_set_none(PymExc_StopAsyncIteration);
            return athrow_check_error(a);
        }
        r = async_gen_unwrap(g, r, done);
        if (!r) return athrow_check_error(a);
        return r;
    }
    r = gen_send_ex2(g, arg, 0, &done);
    if (!a->args) {
        if (r && !done && AGW_CHECK(r)) return athrow_ignored_exit(a, r);
        if (r && !done) return r;
        if (r) PYM_DECREF(r);
        if (!pym_err_occurred()) pym_err_set_none(PymExc_StopAsyncIteration);
        return athrow_check_error(a);
    }
    r = async_gen_unwrap(g, r, done);
    if (!r) return athrow_check_error(a);
    return r;
}

static PymObject *athrow_iternext(PymObject *o) {
    return athrow_send_impl((PymAsyncGenAThrow *)o, NULL);
}

static PymObject *athrow_send(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    if (pym_arg_count("send", nargs, kwnames, 1, 1) < 0) return NULL;
    return athrow_send_impl((PymAsyncGenAThrow *)self, args[0]);
}

static PymObject *athrow_throw(PymObject *self, PymObject *const *args, size_t nargs,
                               PymObject *kwnames) {
    PymAsyncGenAThrow *a = (PymAsyncGenAThrow *)self;
    if (a->state == AWAITABLE_CLOSED) {
        pym_err_set_string(PymExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    if (pym_arg_count("throw", nargs, kwnames, 1, 3) < 0) return NULL;
    PymObject *exc = make_throw_exc(args[0], nargs > 1 ? args[1] : NULL,
                                    nargs > 2 ? args[2] : NULL);
    if (!exc) return NULL;
    int done;
    PymObject *r = pym_gen_throw_exc(a->gen, exc, &done);
    PYM_DECREF(exc);
    if (!a->args) {
        if (r && !done && AGW_CHECK(r)) return athrow_ignored_exit(a, r);
        if (r && !done) return r;
        if (r) PYM_DECREF(r);
        if (!pym_err_occurred()) pym_err_set_none(PymExc_StopAsyncIteration);
        return athrow_check_error(a);
    }
    r = async_gen_unwrap(a->gen, r, done);
    if (!r) return athrow_check_error(a);
    return r;
}

static void athrow_dealloc(PymObject *o) {
    PymAsyncGenAThrow *a = (PymAsyncGenAThrow *)o;
    pym_gc_untrack(o);
    PYM_CLEAR(a->gen);
    PYM_CLEAR(a->args);
    PYM_TYPE(o)->tp_free(o);
}
static int athrow_traverse(PymObject *o, visitproc visit, void *arg) {
    PymAsyncGenAThrow *a = (PymAsyncGenAThrow *)o;
    PYM_VISIT(a->gen);
    PYM_VISIT(a->args);
    return 0;
}
static PymMethodDef athrow_methods[] = {
    {"send", athrow_send, 0, NULL},
    {"throw", athrow_throw, 0, NULL},
    {"close", awaitable_close, 0, NULL},
    {"__await__", awaitable_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static PymType pym_type_async_gen_athrow = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "async_generator_athrow",
    .tp_basicsize = sizeof(PymAsyncGenAThrow),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = athrow_dealloc,
    .tp_traverse = athrow_traverse,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = gen_iter,
    .tp_iternext = athrow_iternext,
    .tp_methods = athrow_methods,
    .tp_free = pym_object_free,
};

static PymObject *agen_repr(PymObject *o) {
    return pym_str_from_format("<async_generator object %U at %p>", ((PymGen *)o)->gi_qualname, o);
}
static PymObject *agen_aiter(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    if (pym_arg_count("__aiter__", nargs, kwnames, 0, 0) < 0) return NULL;
    return PYM_NEWREF(self);
}
static PymObject *agen_anext(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    if (pym_arg_count("__anext__", nargs, kwnames, 0, 0) < 0) return NULL;
    return pym_async_gen_anext(self);
}
static PymObject *agen_asend(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    if (pym_arg_count("asend", nargs, kwnames, 1, 1) < 0) return NULL;
    if (async_gen_init_hooks((PymGen *)self) < 0) return NULL;
    return asend_new((PymGen *)self, args[0]);
}
static PymObject *agen_athrow(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    if (pym_arg_count("athrow", nargs, kwnames, 1, 3) < 0) return NULL;
    if (async_gen_init_hooks((PymGen *)self) < 0) return NULL;
    PymObject *t = pym_tuple_new((intptr_t)nargs);
    if (!t) return NULL;
    for (size_t i = 0; i < nargs; i++) PYM_TUPLE_SET(t, i, PYM_NEWREF(args[i]));
    PymObject *r = athrow_new((PymGen *)self, t);
    PYM_DECREF(t);
    return r;
}
static PymObject *agen_aclose(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    if (pym_arg_count("aclose", nargs, kwnames, 0, 0) < 0) return NULL;
    if (async_gen_init_hooks((PymGen *)self) < 0) return NULL;
    return athrow_new((PymGen *)self, NULL);
}
static PymObject *agen_get_running(PymObject *o, void *c) {
    return pym_bool_from(((PymGen *)o)->ag_running_async);
}

static PymGetSetDef agen_getset[] = {
    {"ag_frame", gen_get_frame, NULL, NULL, NULL},
    {"ag_running", agen_get_running, NULL, NULL, NULL},
    {"ag_code", gen_get_code, NULL, NULL, NULL},
    {"ag_await", coro_get_await, NULL, NULL, NULL},
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymMethodDef agen_methods[] = {
    {"asend", agen_asend, 0, NULL},
    {"athrow", agen_athrow, 0, NULL},
    {"aclose", agen_aclose, 0, NULL},
    {"__aiter__", agen_aiter, 0, NULL},
    {"__anext__", agen_anext, 0, NULL},
    {"__sizeof__", gen_sizeof, 0, NULL},
    {"__class_getitem__", pym_generic_alias_class_getitem, PYM_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

PymType pym_type_async_generator = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "async_generator",
    .tp_basicsize = offsetof(PymGen, gi_data),
    .tp_itemsize = sizeof(PymObject *),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_HAS_FINALIZE,
    .tp_dealloc = gen_dealloc,
    .tp_traverse = gen_traverse,
    .tp_clear = gen_clear,
    .tp_finalize = gen_finalize,
    .tp_repr = agen_repr,
    .tp_getattro = pym_object_generic_getattr,
    .tp_weaklistoffset = offsetof(PymGen, gi_weakreflist),
    .tp_getset = agen_getset,
    .tp_methods = agen_methods,
    .tp_free = pym_object_free,
};

/* {====== aiter() and anext() ======} */

PymObject *pym_builtin_aiter(PymObject *o) {
    int found;
    PymObject *it = call_special0(o, PYM_ID(__aiter__), &found);
    if (!found) {
        pym_err_format(PymExc_TypeError, "'%s' object is not an async iterable", pym_type_name(o));
        return NULL;
    }
    if (!it) return NULL;
    if (!pym_type_lookup(PYM_TYPE(it), PYM_ID(__anext__))) {
        pym_err_format(PymExc_TypeError, "aiter() returned not an async iterator of type '%s'",
                       pym_type_name(it));
        PYM_DECREF(it);
        return NULL;
    }
    return it;
}

/* anext(it, default): awaits it.__anext__(), StopAsyncIteration -> default */
typedef struct {
    PymObject ob_base;
    PymObject *wrapped; /* what __anext__() returned */
    PymObject *default_value;
} PymANextAwaitable;

static PymType pym_type_anext_awaitable;

PymObject *pym_builtin_anext(PymObject *it, PymObject *dflt) {
    int found;
    PymObject *aw = call_special0(it, PYM_ID(__anext__), &found);
    if (!found) {
        pym_err_format(PymExc_TypeError, "'%s' object is not an async iterator", pym_type_name(it));
        return NULL;
    }
    if (!aw || !dflt) return aw;
    PymANextAwaitable *a = (PymANextAwaitable *)pym_object_alloc(&pym_type_anext_awaitable, 0);
    if (!a) {
        PYM_DECREF(aw);
        return NULL;
    }
    a->wrapped = aw;
    a->default_value = PYM_NEWREF(dflt);
    pym_gc_track((PymObject *)a);
    return (PymObject *)a;
}

/* kind 0 next, 1 send(arg), 2 throw(args) */
static PymObject *anext_proxy(PymANextAwaitable *a, int kind, PymObject *const *args,
                              size_t nargs) {
    PymObject *it = pym_coro_get_awaitable_iter(a->wrapped, 0);
    if (!it) return NULL;
    PymObject *r;
    if (kind == 0) {
        r = PYM_TYPE(it)->tp_iternext(it);
        if (!r && !pym_err_occurred()) pym_err_set_none(PymExc_StopIteration);
    } else {
        r = pym_call_method(it, kind == 1 ? PYM_ID(send) : PYM_ID(throw), args, nargs);
    }
    PYM_DECREF(it);
    if (!r && pym_err_matches((PymObject *)PymExc_StopAsyncIteration)) {
        pym_err_clear();
        set_stop_iteration(a->default_value);
        if (a->default_value == pym_None) {
            /* StopIteration(None) keeps the value, as CPython's */
            pym_err_clear();
            PymObject *e = pym_exc_new(PymExc_StopIteration, &a->default_value, 1);
            if (e) pym_err_set_exc(e);
        }
    }
    return r;
}
static PymObject *anext_iternext(PymObject *o) {
    return anext_proxy((PymANextAwaitable *)o, 0, NULL, 0);
}
static PymObject *anext_send(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    if (pym_arg_count("send", nargs, kwnames, 1, 1) < 0) return NULL;
    return anext_proxy((PymANextAwaitable *)self, 1, args, nargs);
}
static PymObject *anext_throw(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    if (pym_arg_count("throw", nargs, kwnames, 1, 3) < 0) return NULL;
    return anext_proxy((PymANextAwaitable *)self, 2, args, nargs);
}
static PymObject *anext_close(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    if (pym_arg_count("close", nargs, kwnames, 0, 0) < 0) return NULL;
    PymANextAwaitable *a = (PymANextAwaitable *)self;
    PymObject *m = NULL;
    if (pym_object_lookup_attr(a->wrapped, PYM_ID(close), &m) < 0) return NULL;
    if (!m) PYM_RETURN_NONE;
    PymObject *r = pym_call_noargs(m);
    PYM_DECREF(m);
    return r;
}
static void anext_dealloc(PymObject *o) {
    PymANextAwaitable *a = (PymANextAwaitable *)o;
    pym_gc_untrack(o);
    PYM_CLEAR(a->wrapped);
    PYM_CLEAR(a->default_value);
    PYM_TYPE(o)->tp_free(o);
}
static int anext_traverse(PymObject *o, visitproc visit, void *arg) {
    PymANextAwaitable *a = (PymANextAwaitable *)o;
    PYM_VISIT(a->wrapped);
    PYM_VISIT(a->default_value);
    return 0;
}
static PymMethodDef anext_methods[] = {
    {"send", anext_send, 0, NULL},   {"throw", anext_throw, 0, NULL},
    {"close", anext_close, 0, NULL}, {"__await__", awaitable_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static PymType pym_type_anext_awaitable = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "anext_awaitable",
    .tp_basicsize = sizeof(PymANextAwaitable),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = anext_dealloc,
    .tp_traverse = anext_traverse,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = gen_iter,
    .tp_iternext = anext_iternext,
    .tp_methods = anext_methods,
    .tp_free = pym_object_free,
};

/* Readies the coroutine-related types (called from pym_vm_init). */
int pym_genobject_init(void) {
    PymType *types[] = {&pym_type_coroutine,        &pym_type_coro_wrapper,
                        &pym_type_async_generator,  &pym_type_async_gen_asend,
                        &pym_type_async_gen_athrow, &pym_type_async_gen_wrapped_value,
                        &pym_type_anext_awaitable};
    for (size_t i = 0; i < PYM_ARRAY_LEN(types); i++)
        if (pym_type_ready(types[i]) < 0) return -1;
    return 0;
}

/* Frees the warning registry (at exit). */
void pym_genobject_fini(void) {
    PYM_CLEAR(hook_firstiter);
    PYM_CLEAR(hook_finalizer);
    while (warned) {
        WarnKey *w = warned;
        warned = w->next;
        pym_raw_free(w->key);
        pym_raw_free(w);
    }
}
