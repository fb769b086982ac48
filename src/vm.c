/*
** vm.c -- the bytecode interpreter: argument binding, the evaluation loop,
** exception unwinding, and the entry points of vm.h.
**
** Design
** ------
** Frames.  A call's data are one PymFrame (frameobject.h), CPython 3.11's
** interpreter frame: a header (code, globals, builtins, locals mapping,
** caller, instruction pointer, state) and a trailing array holding, in
** order, the fast locals, the cells created by the frame, the free cells
** copied from the closure, the value stack (co_stacksize slots and one
** spare, where LOAD_ATTR puts a property's getter above the object while
** the getter's frame runs inline) and the block stack (co_nblocks blocks,
** the code object's deepest nesting):
**
**     f_localsplus: [ locals | cells | frees | stack ........ +1 | blocks ]
**                                            ^stack_base   ^sp
**
** A PymFrame is not an object.  The frames of calls (functions, module and
** class bodies, calls from C) are taken from the thread's data stack with a
** pointer bump and given back in LIFO order (pym_frame_push / pym_frame_pop;
** chunks of 16 KiB of raw memory, as CPython's, so the data stack shows
** neither in tracemalloc nor in gc.get_count(): a plain call allocates no
** object, as in CPython 3.11).  A generator's frame lives inside the
** generator object (moved there from the data stack when the generator is
** made), so sys.getsizeof and tracemalloc see one block, as CPython's.
**
** Frame objects (PymFrameObject, type `frame`) are made only when something
** asks for one (pym_frame_get_object: sys._getframe, a traceback entry,
** f_back of a frame object, gi_frame); the frame holds a reference to its
** object and the object points at the frame.  When the call ends
** (pym_frame_clear) and the object is still referenced elsewhere, the
** object takes the frame's data over by copying them into its own trailing
** storage (CPython's take_ownership), becomes visible to the GC and takes a
** reference to its caller's frame object (made then if need be), so f_back,
** f_locals and f_lineno of a kept frame are CPython's.  Otherwise the frame
** drops its references and its memory goes back to the data stack.  A
** frame that runs is reachable from the running eval loop and is not seen
** by the GC; a generator's frame is traversed by its generator.
**
** Calls.  Python-to-Python calls do not recurse in C.  CALL_* on a Python
** function that is not a generator (plain, bound method, keyword forms,
** the specialized exact-argument forms) binds the arguments into a new
** frame, leaves on the caller's stack only the function (the reference
** the call holds, CPython's f_func), saves the caller's stack depth and
** continues in the same pym_eval_frame activation with the callee
** (push_frame; the frame is marked f_inline).  RETURN_VALUE of an inline
** frame pops back to its caller (pop_frame), which replaces the function
** by the result; an exception leaving an inline frame pops back the same
** way and is raised again at the caller's CALL, adding the caller's
** traceback entry, so tracebacks are what recursion in C gave.  The exact
** forms move the arguments from the caller's stack into the callee's
** locals (no reference counting), as CPython does; the generic forms bind
** through pym_function_make_frame.  Calls from C (pym_function_vectorcall:
** __init__, dunder methods, map, sorted keys ...), generators, coroutines,
** module and class bodies still enter pym_eval_frame from C.  The Python
** depth counts every frame, inline or not, against the recursion limit;
** independently each C-level entry checks the C stack pointer against a
** floor computed from the thread's stack bounds, so no input can overflow
** the C stack even with a huge recursion limit; the data stack grows by
** chunks until the recursion limit or a MemoryError stops it.
**
** Dispatch.  Computed goto through a table generated from PYM_OPCODE_LIST.
** Each instruction is one 32-bit word (opcode | arg << 8).  f_lasti is stored
** at every dispatch (one store) so that callees, tracebacks and tracemalloc
** see the current line of every frame.  Fast paths: compact-int add/sub/
** compare, exact list/tuple/dict subscripts, str concatenation, float
** arithmetic, LOAD_GLOBAL with the name's cached hash.
**
** Specialization.  BINARY_OP, COMPARE_OP, BINARY_SUBSCR, STORE_SUBSCR,
** FOR_ITER, UNPACK_SEQUENCE, CALL_FUNCTION and CALL_METHOD open with
** SPECIALIZE: once warm they rewrite themselves into a form specialized for
** the operands seen (opcodes.h's PYM_SPECIALIZED_LIST, decided in
** specialize.c), whose guards DEOPT back to the base form's generic code
** (label NAME_generic) when they fail.  The attribute instructions keep
** their own caches (below).  Inline caches: an instruction's cache words
** follow it in co_code (opcodes.h); TARGET steps past them on entry, so
** next_instr is the next instruction and the cache ends just before it.
**
** Exceptions.  As described in opcodes.h: SETUP_FINALLY pushes a block;
** on an error the unwinder pops blocks: an EXCEPT_HANDLER block restores the
** previously handled exception saved on the value stack, a FINALLY block
** becomes an EXCEPT_HANDLER block and control goes to its handler with
** [prev, exc] pushed and exc made the handled exception.  The handled
** exception lives in a chain of PymExcState (the thread's base state and one
** per running generator), so a generator keeps its own exc state across
** yields, and sys.exc_info() finds the first non-None entry of the chain.
** A traceback entry is added for each frame the exception passes through,
** except on RERAISE and bare `raise`, which keep the traceback as it is.
** __context__ is set at raise points: RAISE_VARARGS always (as CPython), and
** for errors raised by C code the first time they reach a frame.
**
** Generators.  A generator owns a frame that is resumed by pym_eval_frame
** with its saved stack depth; YIELD_VALUE saves the depth and returns.
** YIELD_FROM re-executes itself on resume while the sub-iterator yields
** (f_delegating says so), which is how send/throw/close reach the delegate.
** Two paths avoid the return to C and the new entry at each item:
** - a for loop over an exact generator (FOR_ITER_GEN) runs the generator's
**   frame as an inline frame above the loop's (f_inline 3), as calls run:
**   what gen_send_ex does around the C call (gi_running, the handled-
**   exception chain, f_back, the depth, None sent) is done in the loop; a
**   yield goes back to the FOR_ITER (yield_inline), which pushes the value;
**   the generator's end (pop_gen_frame) releases its frame, and a return
**   ends the loop as exhaustion does (no StopIteration made) while an
**   exception, after PEP 479's conversion, is raised again at the FOR_ITER,
**   so the traceback shows the generator's line then the loop's;
** - a C consumer of a generator (list(), tuple(), set() ...: the type's
**   tp_iterdrain, genobject.c) runs its frame in one activation: at each
**   yield the generator is suspended as at a yield to next() and the value
**   handed to the consumer's sink, then the frame resumes in place
**   (yield_to_sink).
** Anything else (a generator running, finished, at the recursion limit,
** throw/close/send) takes the path through gen_send_ex.
*/
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1 /* pthread_getattr_np */
#endif
#include "pym.h"
#include "match.h"
#include "frameobject.h"
#include "genobject.h"
#include "opcodes.h"
#include "specialize.h"
#include <pthread.h>
#include <math.h>
#include <float.h>

PymVMState pym_vm = {.limit = PYM_RECURSION_LIMIT};
volatile int pym_vm_interrupt_pending;
long long pym_vm_budget = -1;

static pthread_t stack_thread;
static bool stack_known;

/* {====== state and small helpers ======} */

PymFrame *pym_vm_current_frame(void) { return pym_vm.frame; }
int pym_vm_get_recursion_limit(void) { return pym_vm.limit; }
void pym_vm_set_recursion_limit(int limit) { pym_vm.limit = limit; }

int pym_vm_recursion_error(const char *where) {
    pym_err_format(PymExc_RecursionError, "maximum recursion depth exceeded%s", where);
    return -1;
}

/* The exception being handled: first non-None entry of the chain (borrowed). */
PymObject *pym_vm_handled_exception(void) {
    for (PymExcState *s = pym_vm.exc_info; s; s = s->previous)
        if (s->exc_value && s->exc_value != pym_None) return s->exc_value;
    return NULL;
}

/* The floor for a stack of size bytes from addr up (none when unknown). */
static void set_stack_limit(void *addr, size_t size) {
    pym_vm.stack_base = addr;
    if (!addr || !size) {
        pym_vm.stack_limit = NULL;
        return;
    }
    size_t margin = size / 4;
    if (margin > 64u << 20) margin = 64u << 20;
    if (margin < 256u << 10) margin = 256u << 10;
    pym_vm.stack_limit = (char *)addr + margin;
}

/* Computes the lowest C stack address eval may use on this thread. */
static void compute_stack_limit(void) {
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    stack_thread = pthread_self();
    stack_known = true;
    if (pthread_getattr_np(stack_thread, &attr) == 0) {
        pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_destroy(&attr);
    }
    set_stack_limit(addr, size);
}

void pym_vm_set_c_stack(void *lo, size_t size) {
    stack_thread = pthread_self();
    stack_known = true;
    set_stack_limit(lo, size);
}

/* Sets exc.__context__ to the handled exception, cutting a cycle if exc is
** already in the handled exception's context chain (CPython's rule). */
static void set_context_to(PymObject *exc, PymObject *handled) {
    if (!handled || handled == pym_None || handled == exc || !PYM_EXC_CHECK(exc)) return;
    PymObject *o = handled;
    int steps = 0;
    for (;;) {
        PymObject *ctx = ((PymBaseException *)o)->context;
        if (!ctx) break;
        if (ctx == exc) {
            ((PymBaseException *)o)->context = NULL;
            PYM_DECREF(ctx);
            break;
        }
        o = ctx;
        if (++steps > 100000) break; /* a cycle not through exc */
    }
    PYM_INCREF(handled);
    PYM_SETREF(((PymBaseException *)exc)->context, handled);
}

void pym_vm_set_context(PymObject *exc) { set_context_to(exc, pym_vm_handled_exception()); }

/* Raises NameError-like errors with the name attribute set. */
static void raise_name_error(PymType *type, const char *fmt, PymObject *name) {
    pym_err_format(type, fmt, name);
    PymObject *exc = pym_err_fetch();
    if (exc && pym_type_is_subtype(PYM_TYPE(exc), PymExc_NameError)) {
        PYM_INCREF(name);
        PYM_SETREF(((PymNameError *)exc)->name, name);
    }
    pym_err_restore(exc);
}

/* For `v += t` (str): when the instruction after the addition stores into
** the variable that holds v (STORE_FAST, STORE_DEREF, or STORE_NAME /
** STORE_GLOBAL on an exact dict), drops the variable's reference so that v
** can be resized in place, and returns true.  A dict entry is set to None
** (keeping the key's place in the dict's order) until the store. */
static bool iadd_release_target(PymFrame *f, PymInstr next, PymObject *v, PymObject **localsplus,
                                PymObject **cells, PymObject *const *names) {
    PymObject **slot = NULL, *dict = NULL;
    switch (pym_specialize_base(PYM_INSTR_OP(next))) {
    case OP_STORE_FAST: slot = &localsplus[PYM_INSTR_ARG(next)]; break;
    case OP_STORE_DEREF: slot = &((PymCell *)cells[PYM_INSTR_ARG(next)])->ob_ref; break;
    case OP_STORE_NAME: dict = f->f_locals; break;
    case OP_STORE_GLOBAL: dict = f->f_globals; break;
    default: return false;
    }
    if (slot) {
        if (*slot != v) return false;
        *slot = NULL;
        PYM_DECREF(v);
        return true;
    }
    if (!dict || !PYM_DICT_CHECK_EXACT(dict)) return false;
    PymObject *name = names[PYM_INSTR_ARG(next)];
    if (pym_dict_getitem(dict, name) != v) return false;
    return pym_dict_setitem(dict, name, pym_None) == 0; /* drops the dict's reference */
}

static void unbound_local(PymObject *name) {
    raise_name_error(PymExc_UnboundLocalError,
                     "cannot access local variable '%U' where it is not associated with a value",
                     name);
}

static void unbound_free(PymObject *name) {
    raise_name_error(PymExc_NameError,
                     "cannot access free variable '%U' where it is not associated with a value"
                     " in enclosing scope",
                     name);
}

/* Name of cell/free slot i (LOAD_DEREF numbering), borrowed. */
static PymObject *cell_name(PymCode *co, int i) {
    if (i < co->co_ncells) return PYM_TUPLE_GET(co->co_cellvars, i);
    return PYM_TUPLE_GET(co->co_freevars, i - co->co_ncells);
}

static void deref_error(PymCode *co, int i) {
    if (i < co->co_ncells)
        unbound_local(cell_name(co, i));
    else
        unbound_free(cell_name(co, i));
}

/* "f()"-style description of a callable used in call errors (new str). */
PymObject *pym_vm_function_str(PymObject *func) {
    PymObject *qual = NULL, *mod = NULL;
    if (PYM_FUNCTION_CHECK(func)) {
        PymFunction *fn = (PymFunction *)func;
        qual = PYM_NEWREF(fn->func_qualname);
        mod = PYM_XNEWREF(fn->func_module);
    } else {
        if (pym_object_lookup_attr(func, PYM_ID(__qualname__), &qual) < 0) pym_err_clear();
        if (!qual || !PYM_STR_CHECK(qual)) {
            PYM_XDECREF(qual);
            return pym_str_from_format("%s object", pym_type_name(func));
        }
        if (pym_object_lookup_attr(func, PYM_ID(__module__), &mod) < 0) pym_err_clear();
    }
    PymObject *r;
    if (mod && PYM_STR_CHECK(mod) && !pym_str_equal_cstr(mod, "builtins"))
        r = pym_str_from_format("%U.%U()", mod, qual);
    else
        r = pym_str_from_format("%U()", qual);
    PYM_DECREF(qual);
    PYM_XDECREF(mod);
    return r;
}

/* Builtins dict for a globals dict (borrowed). */
PymObject *pym_vm_builtins_for(PymObject *globals) {
    PymObject *b = globals && PYM_DICT_CHECK(globals)
                       ? pym_dict_getitem(globals, PYM_ID(__builtins__))
                       : NULL;
    if (b) {
        if (PYM_DICT_CHECK(b)) return b;
        if (PYM_MODULE_CHECK(b)) return pym_module_dict(b);
    } else if (pym_err_occurred()) {
        pym_err_clear();
    }
    return pym_builtins_dict();
}

/* {====== argument binding ======} */

/* "'a', 'b', and 'c'" from the names of the missing slots. */
static PymObject *join_names(PymObject **names, int n) {
    PymStrBuilder sb;
    pym_sb_init(&sb);
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            if (n == 2)
                pym_sb_append_cstr(&sb, " and ");
            else if (i == n - 1)
                pym_sb_append_cstr(&sb, ", and ");
            else
                pym_sb_append_cstr(&sb, ", ");
        }
        pym_sb_append_obj_repr(&sb, names[i]);
    }
    return pym_sb_finish(&sb);
}

static void missing_arguments(PymFunction *fn, PymCode *co, PymObject **lp, int start, int end,
                              const char *kind, PymObject *kwdefs) {
    PymObject *names[256];
    int n = 0;
    for (int i = start; i < end && n < 256; i++) {
        if (lp[i]) continue;
        PymObject *nm = PYM_TUPLE_GET(co->co_varnames, i);
        if (kwdefs) {
            PymObject *d = pym_dict_getitem(kwdefs, nm);
            if (d) continue;
        }
        names[n++] = nm;
    }
    PymObject *s = join_names(names, n);
    if (!s) return;
    pym_err_format(PymExc_TypeError, "%U() missing %d required %s argument%s: %U",
                   fn->func_qualname, n, kind, n == 1 ? "" : "s", s);
    PYM_DECREF(s);
}

static void too_many_positional(PymFunction *fn, PymCode *co, size_t given, PymObject **lp) {
    int argc = co->co_argcount;
    intptr_t kwonly_given = 0;
    for (int i = argc; i < argc + co->co_kwonlyargcount; i++)
        if (lp[i]) kwonly_given++;
    intptr_t defcount = fn->func_defaults ? PYM_SIZE(fn->func_defaults) : 0;
    char sig[64], kwsig[96];
    int plural;
    if (defcount) {
        plural = 1;
        snprintf(sig, sizeof sig, "from %d to %d", (int)(argc - defcount), argc);
    } else {
        plural = argc != 1;
        snprintf(sig, sizeof sig, "%d", argc);
    }
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", (int)kwonly_given, kwonly_given != 1 ? "s" : "");
    else
        kwsig[0] = 0;
    pym_err_format(PymExc_TypeError, "%U() takes %s positional argument%s but %zd%s %s given",
                   fn->func_qualname, sig, plural ? "s" : "", (intptr_t)given, kwsig,
                   given == 1 && !kwonly_given ? "was" : "were");
}

/* Index of keyword name among the parameters that may be passed by keyword,
** or -1 (comparison by identity first, then by value). */
static int find_keyword(PymCode *co, PymObject *name, int total) {
    PymObject **vn = PYM_TUPLE_ITEMS(co->co_varnames);
    for (int i = co->co_posonlyargcount; i < total; i++)
        if (vn[i] == name) return i;
    if (!PYM_STR_CHECK(name)) return -1;
    for (int i = co->co_posonlyargcount; i < total; i++)
        if (pym_str_equal(vn[i], name)) return i;
    return -1;
}

static int bind_cells(PymFrame *f, PymFunction *fn);

/* Binds the arguments of a call into a new frame (see funcobject.h's
** convention).  Returns the frame (new ref) or NULL with TypeError. */
PymFrame *pym_function_make_frame(PymObject *func, PymObject *const *args, size_t nargs,
                                  PymObject *kwnames) {
    PymFunction *fn = (PymFunction *)func;
    PymCode *co = (PymCode *)fn->func_code;
    PymFrame *f = pym_frame_push_uninit(co, fn->func_globals, fn->func_builtins, NULL);
    if (!f) return NULL;
    PymObject **lp = f->f_localsplus;
    int argc = co->co_argcount;
    int flags = co->co_flags;
    size_t nkw = kwnames ? (size_t)PYM_SIZE(kwnames) : 0;
    intptr_t nl = pym_frame_nlocalsplus(co);

    if (PYM_LIKELY(nkw == 0 && nargs == (size_t)argc &&
                   !(flags & (PYM_CO_VARARGS | PYM_CO_VARKEYWORDS)) &&
                   co->co_kwonlyargcount == 0)) {
        for (int i = 0; i < argc; i++) {
            PYM_INCREF(args[i]);
            lp[i] = args[i];
        }
        for (intptr_t i = argc; i < nl; i++) lp[i] = NULL;
        goto cells;
    }
    memset(lp, 0, (size_t)nl * sizeof(PymObject *));
    {
        int total = argc + co->co_kwonlyargcount;
        PymObject *kwdict = NULL;
        if (flags & PYM_CO_VARKEYWORDS) {
            kwdict = pym_dict_new();
            if (!kwdict) goto fail;
            int idx = total + ((flags & PYM_CO_VARARGS) ? 1 : 0);
            lp[idx] = kwdict;
        }
        size_t n = nargs < (size_t)argc ? nargs : (size_t)argc;
        for (size_t i = 0; i < n; i++) {
            PYM_INCREF(args[i]);
            lp[i] = args[i];
        }
        if (flags & PYM_CO_VARARGS) {
            PymObject *t = nargs > n ? pym_tuple_from_array(args + n, nargs - n) : pym_tuple_new(0);
            if (!t) goto fail;
            lp[total] = t;
        }
        /* keyword arguments */
        PymObject *posonly_names[64];
        int nposonly_kw = 0;
        for (size_t k = 0; k < nkw; k++) {
            PymObject *name = PYM_TUPLE_GET(kwnames, k);
            PymObject *value = args[nargs + k];
            int j = find_keyword(co, name, total);
            if (j < 0) {
                if (kwdict) {
                    if (pym_dict_setitem(kwdict, name, value) < 0) goto fail;
                    continue;
                }
                /* positional-only passed by keyword? */
                bool posonly = false;
                for (int i = 0; i < co->co_posonlyargcount; i++)
                    if (pym_str_equal(PYM_TUPLE_GET(co->co_varnames, i), name)) posonly = true;
                if (posonly) {
                    if (nposonly_kw < 64) posonly_names[nposonly_kw++] = name;
                    continue;
                }
                pym_err_format(PymExc_TypeError, "%U() got an unexpected keyword argument '%S'",
                               fn->func_qualname, name);
                goto fail;
            }
            if (lp[j]) {
                pym_err_format(PymExc_TypeError, "%U() got multiple values for argument '%S'",
                               fn->func_qualname, name);
                goto fail;
            }
            PYM_INCREF(value);
            lp[j] = value;
        }
        if (nposonly_kw) {
            PymStrBuilder sb;
            pym_sb_init(&sb);
            for (int i = 0; i < nposonly_kw; i++) {
                if (i) pym_sb_append_cstr(&sb, ", ");
                pym_sb_append_str(&sb, posonly_names[i]);
            }
            PymObject *s = pym_sb_finish(&sb);
            if (s) {
                pym_err_format(
                    PymExc_TypeError,
                    "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                    fn->func_qualname, s);
                PYM_DECREF(s);
            }
            goto fail;
        }
        if (nargs > (size_t)argc && !(flags & PYM_CO_VARARGS)) {
            too_many_positional(fn, co, nargs, lp);
            goto fail;
        }
        /* defaults of positional parameters */
        if (nargs < (size_t)argc) {
            intptr_t defcount = fn->func_defaults ? PYM_SIZE(fn->func_defaults) : 0;
            int m = argc - (int)defcount;
            for (int i = (int)nargs; i < m; i++) {
                if (!lp[i]) {
                    missing_arguments(fn, co, lp, (int)nargs, m, "positional", NULL);
                    goto fail;
                }
            }
            for (int i = m > (int)nargs ? m : (int)nargs; i < argc; i++) {
                if (!lp[i]) {
                    PymObject *d = PYM_TUPLE_GET(fn->func_defaults, i - m);
                    PYM_INCREF(d);
                    lp[i] = d;
                }
            }
        }
        /* keyword-only defaults */
        if (co->co_kwonlyargcount) {
            bool missing = false;
            for (int i = argc; i < total; i++) {
                if (lp[i]) continue;
                PymObject *d = NULL;
                if (fn->func_kwdefaults) {
                    d = pym_dict_getitem(fn->func_kwdefaults, PYM_TUPLE_GET(co->co_varnames, i));
                    if (!d && pym_err_occurred()) goto fail;
                }
                if (d) {
                    PYM_INCREF(d);
                    lp[i] = d;
                } else
                    missing = true;
            }
            if (missing) {
                missing_arguments(fn, co, lp, argc, total, "keyword-only", NULL);
                goto fail;
            }
        }
    }
cells:
    if ((co->co_ncells || co->co_nfrees) && bind_cells(f, fn) < 0) goto fail;
    return f;
fail:
    pym_frame_clear(f);
    pym_frame_pop(f);
    return NULL;
}

/* Creates the frame's own cells (an argument's value moves into its cell)
** and copies the closure's.  0 / -1. */
static int bind_cells(PymFrame *f, PymFunction *fn) {
    PymCode *co = f->f_code;
    PymObject **lp = f->f_localsplus;
    if (co->co_ncells) {
        int base = co->co_nlocals;
        for (int i = 0; i < co->co_ncells; i++) {
            PymObject *c;
            int a = co->co_cell2arg ? co->co_cell2arg[i] : -1;
            if (a >= 0) {
                c = pym_cell_new(lp[a]);
                PYM_CLEAR(lp[a]);
            } else {
                c = pym_cell_new(NULL);
            }
            if (!c) return -1;
            lp[base + i] = c;
        }
    }
    if (co->co_nfrees) {
        int base = co->co_nlocals + co->co_ncells;
        PymObject *cl = fn->func_closure;
        for (int i = 0; i < co->co_nfrees; i++) {
            PymObject *c = PYM_TUPLE_GET(cl, i);
            PYM_INCREF(c);
            lp[base + i] = c;
        }
    }
    return 0;
}

/* Ends a finished frame of the data stack, whose f_back still names its
** caller: a frame object still referenced (traceback, sys._getframe) takes
** the frame over and keeps its caller's frame object in f_back (CPython's
** behaviour); then the frame's memory goes back to the data stack. */
static inline __attribute__((always_inline)) void frame_release(PymFrame *f) {
    pym_frame_clear(f);
    pym_frame_pop(f);
}

/* Calls a PymFunction from the eval loop (no extra checks). */
static PymObject *call_pyfunction(PymObject *func, PymObject *const *args, size_t nargs,
                                  PymObject *kwnames) {
    PymFrame *f = pym_function_make_frame(func, args, nargs, kwnames);
    if (!f) return NULL;
    if (PYM_UNLIKELY(f->f_code->co_flags &
                     (PYM_CO_GENERATOR | PYM_CO_COROUTINE | PYM_CO_ASYNC_GENERATOR))) {
        PymFunction *fn = (PymFunction *)func;
        return pym_gen_new(f, fn->func_name, fn->func_qualname);
    }
    PymObject *r = pym_eval_frame(f, 0);
    frame_release(f);
    return r;
}

/* Whether a call of func runs its frame inline in the caller's eval loop
** (a Python function that is not a generator, coroutine or async generator). */
static inline bool inline_callable(PymObject *func) {
    return PYM_FUNCTION_CHECK(func) &&
           !(((PymCode *)((PymFunction *)func)->func_code)->co_flags &
             (PYM_CO_GENERATOR | PYM_CO_COROUTINE | PYM_CO_ASYNC_GENERATOR));
}

/* tp_call of functions (calls from C). */
PymObject *pym_function_vectorcall(PymObject *func, PymObject *const *args, size_t nargs,
                                   PymObject *kwnames) {
    /* CPython's check here is the new frame's: no "while calling" */
    if (PYM_UNLIKELY(pym_vm_too_deep(pym_vm.depth))) {
        pym_vm_recursion_error("");
        return NULL;
    }
    return call_pyfunction(func, args, nargs, kwnames);
}

/* {====== helpers of the instructions ======} */

/* Calls callable with args; used by the CALL_* instructions. */
static inline PymObject *do_call(PymObject *callable, PymObject *const *args, size_t nargs,
                                 PymObject *kwnames) {
    if (PYM_FUNCTION_CHECK(callable)) return call_pyfunction(callable, args, nargs, kwnames);
    return pym_call(callable, args, nargs, kwnames);
}

/* Unpacks seq into n items written at out[n-1] .. out[0] (out[0] is the
** top of the stack: first item).  Returns 0 / -1. */
static int unpack_iterable(PymObject *seq, int before, int after, PymObject **sp_out) {
    /* sp_out points to the first slot written (the caller passes seq's own
    ** slot; nothing is written on failure); items are laid out so that the
    ** first item ends on top. */
    PymObject *it = pym_object_getiter(seq);
    if (!it) {
        if (pym_err_matches((PymObject *)PymExc_TypeError) && !PYM_TYPE(seq)->tp_iter &&
            !PYM_TYPE(seq)->mp_subscript) {
            pym_err_clear();
            pym_err_format(PymExc_TypeError, "cannot unpack non-iterable %s object",
                           pym_type_name(seq));
        }
        return -1;
    }
    int total = before + (after >= 0 ? after : 0);
    PymObject *tmp[256];
    PymObject **items = total <= 256 ? tmp : pym_raw_malloc(sizeof(PymObject *) * total);
    if (!items) {
        PYM_DECREF(it);
        pym_err_no_memory();
        return -1;
    }
    int got = 0;
    for (; got < before; got++) {
        PymObject *v = pym_iter_next(it);
        if (!v) {
            if (pym_err_occurred()) goto fail;
            if (after < 0)
                pym_err_format(PymExc_ValueError,
                               "not enough values to unpack (expected %d, got %d)", before, got);
            else
                pym_err_format(PymExc_ValueError,
                               "not enough values to unpack (expected at least %d, got %d)",
                               before + after, got);
            goto fail;
        }
        items[got] = v;
    }
    if (after < 0) {
        PymObject *v = pym_iter_next(it);
        if (v) {
            PYM_DECREF(v);
            pym_err_format(PymExc_ValueError, "too many values to unpack (expected %d)", before);
            goto fail;
        }
        if (pym_err_occurred()) goto fail;
        for (int i = 0; i < before; i++) sp_out[i] = items[before - 1 - i];
    } else {
        PymObject *rest = pym_list_from_iter(it);
        if (!rest) goto fail;
        intptr_t len = PYM_SIZE(rest);
        if (len < after) {
            pym_err_format(PymExc_ValueError,
                           "not enough values to unpack (expected at least %d, got %zd)",
                           before + after, (intptr_t)before + len);
            PYM_DECREF(rest);
            goto fail;
        }
        /* layout pushed: after items (last first), list, before items (first on top) */
        PymObject **o = sp_out;
        for (int i = after - 1; i >= 0; i--) *o++ = PYM_NEWREF(PYM_LIST_GET(rest, len - after + i));
        for (int i = 0; i < after; i++) { PYM_DECREF(PYM_LIST_GET(rest, len - 1 - i)); }
        PYM_SIZE(rest) = len - after;
        *o++ = rest;
        for (int i = before - 1; i >= 0; i--) *o++ = items[i];
    }
    if (items != tmp) pym_raw_free(items);
    PYM_DECREF(it);
    return 0;
fail:
    for (int i = 0; i < got; i++) PYM_DECREF(items[i]);
    if (items != tmp) pym_raw_free(items);
    PYM_DECREF(it);
    return -1;
}

/* raise [exc [from cause]].  Always returns -1 with the exception set;
** *reraise is set for the bare form (traceback kept as is). */
static int do_raise(PymObject *exc, PymObject *cause, bool *reraise) {
    *reraise = false;
    if (!exc) {
        PymObject *h = pym_vm_handled_exception();
        if (!h) {
            pym_err_set_string(PymExc_RuntimeError, "No active exception to reraise");
            return -1;
        }
        PYM_INCREF(h);
        pym_err_restore(h);
        *reraise = true;
        return -1;
    }
    PymObject *value;
    if (PYM_TYPE_CHECK(exc) && pym_type_is_subtype((PymType *)exc, PymExc_BaseException)) {
        value = pym_call_noargs(exc);
        if (!value) return -1;
        if (!PYM_EXC_CHECK(value)) {
            pym_err_format(PymExc_TypeError,
                           "calling %R should have returned an instance of BaseException, not %s",
                           exc, pym_type_name(value));
            PYM_DECREF(value);
            return -1;
        }
    } else if (PYM_EXC_CHECK(exc)) {
        value = PYM_NEWREF(exc);
    } else {
        pym_err_set_string(PymExc_TypeError, "exceptions must derive from BaseException");
        return -1;
    }
    if (cause) {
        PymObject *c;
        if (PYM_TYPE_CHECK(cause) && pym_type_is_subtype((PymType *)cause, PymExc_BaseException)) {
            c = pym_call_noargs(cause);
            if (!c) {
                PYM_DECREF(value);
                return -1;
            }
        } else if (PYM_EXC_CHECK(cause)) {
            c = PYM_NEWREF(cause);
        } else if (cause == pym_None) {
            c = NULL;
        } else {
            pym_err_set_string(PymExc_TypeError, "exception causes must derive from BaseException");
            PYM_DECREF(value);
            return -1;
        }
        PYM_SETREF(((PymBaseException *)value)->cause, c);
        ((PymBaseException *)value)->suppress_context = 1;
    }
    pym_vm_set_context(value);
    pym_err_restore(value);
    return -1;
}

/* Does class/tuple t match exception e (for except clauses)? 1/0/-1 */
static int exc_match(PymObject *e, PymObject *t) {
    if (PYM_TUPLE_CHECK(t)) {
        for (intptr_t i = 0; i < PYM_SIZE(t); i++) {
            PymObject *x = PYM_TUPLE_GET(t, i);
            if (!PYM_TYPE_CHECK(x) || !pym_type_is_subtype((PymType *)x, PymExc_BaseException))
                goto bad;
        }
        for (intptr_t i = 0; i < PYM_SIZE(t); i++)
            if (pym_type_is_subtype(PYM_TYPE(e), (PymType *)PYM_TUPLE_GET(t, i))) return 1;
        return 0;
    }
    if (!PYM_TYPE_CHECK(t) || !pym_type_is_subtype((PymType *)t, PymExc_BaseException)) goto bad;
    return pym_type_is_subtype(PYM_TYPE(e), (PymType *)t);
bad:
    pym_err_set_string(PymExc_TypeError,
                       "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

static PymObject *import_name(PymFrame *f, PymObject *name, PymObject *fromlist, PymObject *level) {
    PymObject *imp = pym_dict_getitem(f->f_builtins, PYM_ID(__import__));
    if (!imp) {
        if (!pym_err_occurred()) pym_err_set_string(PymExc_ImportError, "__import__ not found");
        return NULL;
    }
    if (PYM_CFUNCTION_CHECK(imp)) {
        int lv = 0;
        if (level && level != pym_None) {
            intptr_t l = pym_int_as_ssize(level);
            if (l == -1 && pym_err_occurred()) return NULL;
            lv = (int)l;
        }
        return pym_import(name, f->f_globals, fromlist == pym_None ? NULL : fromlist, lv);
    }
    PymObject *args[5] = {name, f->f_globals, f->f_locals ? f->f_locals : pym_None, fromlist,
                          level};
    return pym_call(imp, args, 5, NULL);
}

static PymObject *import_from(PymObject *m, PymObject *name) {
    PymObject *v;
    int r = pym_object_lookup_attr(m, name, &v);
    if (r != 0) return r > 0 ? v : NULL;
    PymObject *pkg = NULL;
    if (pym_object_lookup_attr(m, PYM_ID(__name__), &pkg) < 0) return NULL;
    if (pkg && PYM_STR_CHECK(pkg)) {
        PymObject *full = pym_str_from_format("%U.%U", pkg, name);
        if (!full) {
            PYM_DECREF(pkg);
            return NULL;
        }
        PymObject *mods = pym_sys_modules();
        PymObject *sub = mods ? pym_dict_getitem(mods, full) : NULL;
        PYM_DECREF(full);
        if (sub) {
            PYM_DECREF(pkg);
            return PYM_NEWREF(sub);
        }
        pym_err_clear();
    }
    PymObject *path = NULL;
    if (pym_object_lookup_attr(m, PYM_ID(__file__), &path) < 0) pym_err_clear();
    PymObject *pname = pkg && PYM_STR_CHECK(pkg) ? pkg : NULL;
    if (path && PYM_STR_CHECK(path))
        pym_err_format(PymExc_ImportError, "cannot import name '%U' from '%s' (%U)", name,
                       pname ? PYM_STR_UTF8(pname) : "<unknown module name>", path);
    else
        pym_err_format(PymExc_ImportError, "cannot import name '%U' from '%s' (unknown location)",
                       name, pname ? PYM_STR_UTF8(pname) : "<unknown module name>");
    PymObject *exc = pym_err_fetch();
    if (exc && pym_type_is_subtype(PYM_TYPE(exc), PymExc_ImportError)) {
        PymImportError *ie = (PymImportError *)exc;
        if (pname) {
            PYM_INCREF(pname);
            PYM_SETREF(ie->name, pname);
        }
        if (path && PYM_STR_CHECK(path)) {
            PYM_INCREF(path);
            PYM_SETREF(ie->path, path);
        }
    }
    pym_err_restore(exc);
    PYM_XDECREF(path);
    PYM_XDECREF(pkg);
    return NULL;
}

static int import_star(PymFrame *f, PymObject *m) {
    PymObject *locals = f->f_locals;
    if (!locals) {
        pym_err_set_string(PymExc_SystemError, "no locals found during 'import *'");
        return -1;
    }
    PymObject *all = NULL;
    if (pym_object_lookup_attr(m, PYM_ID(__all__), &all) < 0) return -1;
    bool skip_private = false;
    if (!all) {
        PymObject *d = NULL;
        if (pym_object_lookup_attr(m, PYM_ID(__dict__), &d) < 0) return -1;
        if (!d) {
            pym_err_set_string(PymExc_ImportError,
                               "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = PYM_DICT_CHECK(d) ? pym_dict_keys_list(d) : pym_list_from_iter(d);
        PYM_DECREF(d);
        if (!all) return -1;
        skip_private = true;
    }
    PymObject *it = pym_object_getiter(all);
    PYM_DECREF(all);
    if (!it) return -1;
    PymObject *name;
    int err = 0;
    while ((name = pym_iter_next(it))) {
        if (skip_private && PYM_STR_CHECK(name) && PYM_STR_UTF8(name)[0] == '_') {
            PYM_DECREF(name);
            continue;
        }
        PymObject *v = pym_object_getattr(m, name);
        if (!v) {
            PYM_DECREF(name);
            err = -1;
            break;
        }
        int r = PYM_DICT_CHECK_EXACT(locals) ? pym_dict_setitem(locals, name, v)
                                             : pym_object_setitem(locals, name, v);
        PYM_DECREF(v);
        PYM_DECREF(name);
        if (r < 0) {
            err = -1;
            break;
        }
    }
    if (!err && pym_err_occurred()) err = -1;
    PYM_DECREF(it);
    return err;
}

static bool has_keys(PymObject *o) {
    if (PYM_DICT_CHECK(o)) return true;
    PymObject *k = pym_type_lookup(PYM_TYPE(o), PYM_ID(keys));
    return k != NULL;
}

static bool is_iterable(PymObject *o) { return PYM_TYPE(o)->tp_iter || PYM_TYPE(o)->mp_subscript; }

/* DICT_MERGE: merge m into d without duplicates; func for messages. */
static int dict_merge_call(PymObject *func, PymObject *d, PymObject *m) {
    if (!has_keys(m)) {
        PymObject *fs = pym_vm_function_str(func);
        if (fs) {
            pym_err_format(PymExc_TypeError, "%U argument after ** must be a mapping, not %s", fs,
                           pym_type_name(m));
            PYM_DECREF(fs);
        }
        return -1;
    }
    if (pym_dict_merge(d, m, 2) < 0) {
        if (pym_err_matches((PymObject *)PymExc_KeyError)) {
            PymObject *exc = pym_err_fetch();
            PymObject *args = ((PymBaseException *)exc)->args;
            PymObject *fs = pym_vm_function_str(func);
            if (fs && args && PYM_TUPLE_CHECK(args) && PYM_SIZE(args) == 1) {
                PymObject *key = PYM_TUPLE_GET(args, 0);
                if (PYM_STR_CHECK(key))
                    pym_err_format(PymExc_TypeError,
                                   "%U got multiple values for keyword argument '%U'", fs, key);
                else
                    pym_err_format(PymExc_TypeError, "%U keywords must be strings", fs);
                PYM_DECREF(exc);
            } else {
                pym_err_restore(exc);
            }
            PYM_XDECREF(fs);
        }
        return -1;
    }
    return 0;
}

static PymObject *call_function_ex(PymObject *func, PymObject *args, PymObject *kwargs) {
    PymObject *targs = NULL, *dkw = NULL;
    if (PYM_TUPLE_CHECK_EXACT(args)) {
        targs = PYM_NEWREF(args);
    } else {
        if (!is_iterable(args)) {
            PymObject *fs = pym_vm_function_str(func);
            if (fs) {
                pym_err_format(PymExc_TypeError, "%U argument after * must be an iterable, not %s",
                               fs, pym_type_name(args));
                PYM_DECREF(fs);
            }
            return NULL;
        }
        targs = pym_tuple_from_iter(args);
        if (!targs) return NULL;
    }
    if (kwargs) {
        if (PYM_DICT_CHECK_EXACT(kwargs)) {
            dkw = PYM_NEWREF(kwargs);
        } else {
            dkw = pym_dict_new();
            if (!dkw || dict_merge_call(func, dkw, kwargs) < 0) {
                PYM_XDECREF(dkw);
                PYM_DECREF(targs);
                return NULL;
            }
        }
    }
    PymObject *r;
    if (PYM_FUNCTION_CHECK(func) && (!dkw || pym_dict_size(dkw) == 0)) {
        r = call_pyfunction(func, PYM_TUPLE_ITEMS(targs), PYM_SIZE(targs), NULL);
    } else {
        r = pym_call_tuple_dict(func, targs, dkw);
    }
    PYM_DECREF(targs);
    PYM_XDECREF(dkw);
    return r;
}

/* Looks up a special method on the type and binds it; NULL no error if absent. */
static PymObject *lookup_special_bound(PymObject *o, PymObject *name) {
    PymObject *m = pym_type_lookup(PYM_TYPE(o), name);
    if (!m) return NULL;
    descrgetfunc g = PYM_TYPE(m)->tp_descr_get;
    if (g) return g(m, o, (PymObject *)PYM_TYPE(o));
    return PYM_NEWREF(m);
}

static PymObject *make_function(PymFrame *f, PymObject *code, int flags, PymObject **extra) {
    /* extra[]: defaults, kwdefaults, annotations, closure in push order */
    PymObject *fo = pym_function_new(code, f->f_globals, NULL);
    if (!fo) return NULL;
    PymFunction *fn = (PymFunction *)fo;
    int k = 0;
    if (flags & 1) {
        PYM_SETREF(fn->func_defaults, PYM_NEWREF(extra[k]));
        k++;
    }
    if (flags & 2) {
        PYM_SETREF(fn->func_kwdefaults, PYM_NEWREF(extra[k]));
        k++;
    }
    if (flags & 4) {
        PymObject *a = extra[k++];
        if (PYM_TUPLE_CHECK(a)) {
            PymObject *d = pym_dict_new();
            if (!d) {
                PYM_DECREF(fo);
                return NULL;
            }
            for (intptr_t i = 0; i + 1 < PYM_SIZE(a); i += 2)
                if (pym_dict_setitem(d, PYM_TUPLE_GET(a, i), PYM_TUPLE_GET(a, i + 1)) < 0) {
                    PYM_DECREF(d);
                    PYM_DECREF(fo);
                    return NULL;
                }
            PYM_SETREF(fn->func_annotations, d);
        } else {
            PYM_SETREF(fn->func_annotations, PYM_NEWREF(a));
        }
    }
    if (flags & 8) {
        PYM_SETREF(fn->func_closure, PYM_NEWREF(extra[k]));
        k++;
    }
    return fo;
}

static PymObject *format_value(PymObject *v, int conv, PymObject *spec) {
    PymObject *s = NULL;
    switch (conv) {
    case 1: s = pym_object_str(v); break;
    case 2: s = pym_object_repr(v); break;
    case 3: s = pym_object_ascii(v); break;
    default: s = PYM_NEWREF(v); break;
    }
    if (!s) return NULL;
    if (!spec && PYM_STR_CHECK_EXACT(s)) return s;
    PymObject *r = pym_object_format(s, spec);
    PYM_DECREF(s);
    return r;
}

/* Is name shadowed by the instance's own attributes? 1/0/-1 */
static int instance_has(PymObject *o, PymObject *name) {
    if (pym_object_own_attr(o, name)) return 1; /* dict or inline values */
    return pym_err_occurred() ? -1 : 0;
}

/* LOAD_METHOD: writes (meth, self) or (NULL, attr) to out[0], out[1]. 0/-1 */
struct AttrWay;
static void away_fill_method(struct AttrWay *c, PymObject *o, PymObject *name, PymObject *m);
static void away_fill_module(struct AttrWay *c, PymObject *o, PymObject *name);

static int load_method(PymObject *o, PymObject *name, PymObject **out, struct AttrWay *c) {
    PymType *t = PYM_TYPE(o);
    if (t->tp_getattro == pym_object_generic_getattr) {
        PymObject *m = pym_type_lookup(t, name);
        if (m &&
            (PYM_FUNCTION_CHECK(m) || (PYM_TYPE(m)->tp_flags & PYM_TPFLAGS_METHOD_DESCRIPTOR))) {
            int r = instance_has(o, name);
            if (r < 0) return -1;
            if (r == 0) {
                away_fill_method(c, o, name, m);
                out[0] = PYM_NEWREF(m);
                out[1] = o; /* steals the stack's reference */
                return 0;
            }
        }
    }
    PymObject *a = pym_object_getattr(o, name);
    if (!a) return -1;
    if (t == &pym_type_module) away_fill_module(c, o, name);
    out[0] = NULL;
    out[1] = a;
    PYM_DECREF(o);
    return 0;
}

/* {====== attribute caches ======}
** LOAD_ATTR, STORE_ATTR and LOAD_METHOD remember, per instruction, in the
** cache words after it (opcodes.h's inline caches: private to the site, so
** an entry needs neither the name nor the opcode), what the generic lookup
** found for up to PYM_ATTR_CACHE_WAYS exact types: a site that sees several
** classes of a hierarchy (Task.runnable called on IdleTask, WorkerTask,
** DeviceTask...) keeps one way per class instead of refilling one entry at
** every change of class.  A way says, for one type: the index of the name
** in the class's shared keys (the instance's own inline value), or the
** method in the type's dict.  It holds for objects of exactly that type
** while the type's version tag is the one recorded: the tag is bumped
** whenever the type's dict or a base's changes, so no data descriptor can
** have appeared and the method is still the one found.  Tags come from one
** counter and are never reused, so a tag names one state of one live type
** even when a freed type's address is reused: a way matches on the tag
** alone and holds no reference.  Shared keys are append-only for the life
** of the class, so an index found for the site's name (always >= 0 in a
** way of AC_LOAD or AC_STORE) stays that name's: the hit reads the slot
** without looking at the key again.  Anything unusual (a materialized
** __dict__, a missing value, custom __getattribute__ or __setattr__) takes
** the generic path.
**
** Two data descriptors are cached too, as the descriptor the type's dict
** holds (borrowed: the version tag guards that it is still there):
** AC_LOAD_SLOT / AC_STORE_SLOT read and write a __slots__ member (a member
** descriptor of kind T_OBJECT_EX, index = its offset in the object), and
** AC_LOAD_PROP calls a plain property's getter directly: a Python function
** taking self alone runs as an inline frame (f_inline 4, pop_prop_frame),
** as CPython 3.12's LOAD_ATTR_PROPERTY does (the getter above the object on
** the caller's stack: in the frame's spare slot if need be); any other
** getter through do_call.
**
** An attribute of a module (math.sqrt, LOAD_ATTR or LOAD_METHOD) is cached
** as CPython 3.11's LOAD_ATTR_MODULE / LOAD_METHOD_MODULE and as LOAD_GLOBAL
** (below) is: AC_MODULE, a way of the module type's tag that keeps the keys
** version (dictobject.h) of the module's namespace in meth[0] and the byte
** offset of the name's value slot in its keys object in index.  While the
** module's keys have that version they are that keys object with the name
** in that entry (versions are never given twice), so the hit reads the slot,
** whatever was stored into the module's names meanwhile: two loads and a
** compare instead of module_getattro's lookup (3.4 % of bench/nbody was
** math.sqrt's).  Names starting with "__" are not cached (module_getattro
** looks at the type first for them).
**
** A new entry goes to the front, the others move back one way (the oldest
** falls off); an entry of the same tag is overwritten in place.  Kind 0 is
** an empty way (all words zero), which a type of tag 0 finds and misses.
** The method or property is two words, read and written with memcpy (the
** words are only 4-aligned).  CALL_FUNCTION_CLASS keeps its class's
** __init__ in its own cache words (ClassCache, further down). */
enum { AC_LOAD = 1, AC_LOAD_SLOT, AC_LOAD_PROP, AC_STORE, AC_STORE_SLOT, AC_METHOD, AC_MODULE };

static unsigned long acache_fills;

unsigned long pym_vm_attr_cache_fills(void) { return acache_fills; }

/* A way of LOAD_ATTR and LOAD_METHOD (5 words); STORE_ATTR's ways are its
** first 3 words (StoreWay). */
typedef struct AttrWay {
    uint32_t tag;     /* the type's version tag */
    int32_t index;    /* shared-key index of the name, -1: none; *_SLOT: offset */
    uint32_t info;    /* AC_* kind | AC_METHOD: (uint16_t)nkeys << 16 */
    uint32_t meth[2]; /* AC_METHOD, AC_LOAD_PROP: borrowed from the type's dict */
} AttrWay;
typedef struct StoreWay {
    uint32_t tag;
    int32_t index; /* shared-key index of the name; AC_STORE_SLOT: offset */
    uint32_t info; /* AC_STORE or AC_STORE_SLOT */
} StoreWay;
_Static_assert(sizeof(AttrWay) * PYM_ATTR_CACHE_WAYS == PYM_ATTR_CACHE_WORDS * sizeof(PymInstr),
               "opcodes.h's PYM_ATTR_CACHE_WORDS");
_Static_assert(sizeof(StoreWay) * PYM_ATTR_CACHE_WAYS == PYM_STORE_CACHE_WORDS * sizeof(PymInstr),
               "opcodes.h's PYM_STORE_CACHE_WORDS");

#define AWAY_KIND(e)  ((int)((e)->info & 0xff))
#define AWAY_NKEYS(e) ((int16_t)((e)->info >> 16))

static inline PymObject *away_meth(const AttrWay *e) {
    PymObject *m;
    memcpy(&m, e->meth, sizeof m);
    return m;
}

/* The way of c that holds for objects of type t, or NULL. */
static inline AttrWay *away_find(AttrWay *c, PymType *t) {
    for (int w = 0; w < PYM_ATTR_CACHE_WAYS; w++)
        if (c[w].tag == t->tp_version_tag) return &c[w];
    return NULL;
}

/* Fills a way of c for type t: the one of the same tag, or the front after
** moving the others back (the oldest falls off). */
static AttrWay *away_new_entry(AttrWay *c, PymType *t, int kind, intptr_t index, intptr_t nkeys,
                               PymObject *meth) {
    AttrWay *e = away_find(c, t);
    acache_fills++;
    if (!e) {
        memmove(c + 1, c, (PYM_ATTR_CACHE_WAYS - 1) * sizeof *c);
        e = c;
    }
    e->tag = t->tp_version_tag;
    e->index = (int32_t)index;
    e->info = (uint32_t)kind | (uint32_t)(uint16_t)nkeys << 16;
    memcpy(e->meth, &meth, sizeof meth);
    return e;
}

/* AC_MODULE's hit: the value (borrowed) of the site's name in module o's
** namespace when way e, a module way, holds for it; else NULL. */
static inline PymObject *away_module_value(const AttrWay *e, PymObject *o) {
    PymObject *d = ((PymModule *)o)->md_dict;
    if (PYM_UNLIKELY(!d)) return NULL;
    PymDictKeys *k = ((PymDict *)d)->ma_keys;
    if (k->dk_version != e->meth[0]) return NULL;
    return *(PymObject **)((char *)k + e->index);
}

/* After a generic load of name from module o (an exact module): its keys
** version and the value slot's offset, as the essay above says. */
static void away_fill_module(AttrWay *c, PymObject *o, PymObject *name) {
    PymType *t = PYM_TYPE(o);
    PymObject *d = ((PymModule *)o)->md_dict;
    if (!t->tp_version_tag || !d || !PYM_DICT_CHECK_EXACT(d) || !PYM_STR_CHECK_EXACT(name))
        return;
    const char *s = PYM_STR_UTF8(name);
    if (s[0] == '_' && s[1] == '_') return;
    uint32_t ver = pym_dict_keys_version(d);
    if (!ver) return;
    intptr_t off = pym_dict_value_offset(d, name); /* a key's __eq__ may run */
    if (off < 0 || off > INT32_MAX || ((PymDict *)d)->ma_keys->dk_version != ver) return;
    away_new_entry(c, t, AC_MODULE, off, 0, NULL)->meth[0] = ver;
}

/* The inline values of o when its dict is not materialized and they have
** room for the entry's index (the name's, for o's type: see above); else
** NULL. */
static inline PymInstValues *away_values(PymObject *o, PymType *t, int32_t index, PymObject *name) {
    PymObject **dp = (PymObject **)((char *)o + t->tp_dictoffset);
    PymInstValues *v = (PymInstValues *)dp[1];
    if (*dp || !v || index >= v->iv_capacity) return NULL;
    PYM_ASSERT(index >= 0 && t->ht_cached_keys->sk_keys[index] == name);
    return v;
}

/* After a generic LOAD_ATTR of name on o: the shared-key index, slot or
** property, as the essay above says. */
static void away_fill_attr(AttrWay *c, PymObject *o, PymObject *name) {
    PymType *t = PYM_TYPE(o);
    if (t == &pym_type_module) {
        away_fill_module(c, o, name);
        return;
    }
    if (!t->tp_version_tag || t->tp_getattro != pym_object_generic_getattr) return;
    PymObject *descr = pym_type_lookup(t, name);
    intptr_t ix = 0;
    int kind = AC_LOAD;
    if (descr && PYM_TYPE(descr)->tp_descr_set) { /* a data descriptor wins */
        kind = 0;
        if (PYM_TYPE(descr) == &pym_type_member_descr) {
            PymMemberDescr *d = (PymMemberDescr *)descr;
            if (d->d_member->type == PYM_T_OBJECT_EX && pym_type_is_subtype(t, d->d_type)) {
                kind = AC_LOAD_SLOT;
                ix = d->d_member->offset;
            }
        } else if (PYM_TYPE(descr) == &pym_type_property && ((PymProperty *)descr)->prop_get) {
            kind = AC_LOAD_PROP;
        }
        if (!kind || ix > INT32_MAX) return;
    } else {
        if (!(t->tp_flags & PYM_TPFLAGS_INLINE_VALUES) || t->tp_dictoffset <= 0 ||
            !t->ht_cached_keys)
            return;
        ix = pym_shared_keys_find(t->ht_cached_keys, name);
        if (ix < 0) return;
        descr = NULL;
    }
    away_new_entry(c, t, kind, ix, 0, descr);
}

/* The way of store cache c that holds for objects of type t, or NULL. */
static inline StoreWay *sway_find(StoreWay *c, PymType *t) {
    for (int w = 0; w < PYM_ATTR_CACHE_WAYS; w++)
        if (c[w].tag == t->tp_version_tag) return &c[w];
    return NULL;
}

/* After a generic STORE_ATTR of name on o: the shared-key index the
** instance's inline value has, or the writable slot the type's member is. */
static void sway_fill(StoreWay *c, PymObject *o, PymObject *name) {
    PymType *t = PYM_TYPE(o);
    if (!t->tp_version_tag || t->tp_setattro != pym_object_generic_setattr) return;
    PymObject *descr = pym_type_lookup(t, name);
    intptr_t ix;
    int kind = AC_STORE;
    if (descr && PYM_TYPE(descr)->tp_descr_set) { /* a data descriptor wins */
        if (PYM_TYPE(descr) != &pym_type_member_descr) return;
        PymMemberDescr *d = (PymMemberDescr *)descr;
        if (d->d_member->type != PYM_T_OBJECT_EX || !pym_type_is_subtype(t, d->d_type) ||
            (d->d_member->flags & PYM_READONLY) || d->d_member->offset > INT32_MAX)
            return;
        kind = AC_STORE_SLOT;
        ix = d->d_member->offset;
    } else {
        if (!(t->tp_flags & PYM_TPFLAGS_INLINE_VALUES) || t->tp_dictoffset <= 0 ||
            !t->ht_cached_keys)
            return;
        ix = pym_shared_keys_find(t->ht_cached_keys, name);
        if (ix < 0) return;
    }
    StoreWay *e = sway_find(c, t);
    acache_fills++;
    if (!e) {
        memmove(c + 1, c, (PYM_ATTR_CACHE_WAYS - 1) * sizeof *c);
        e = c;
    }
    e->tag = t->tp_version_tag;
    e->index = (int32_t)ix;
    e->info = (uint32_t)kind;
}

#ifdef PYM_DEBUG
static void away_check(AttrWay *e, PymType *t, PymObject *name) {
    PymObject *d = pym_type_lookup(t, name);
    if (AWAY_KIND(e) == AC_LOAD)
        PYM_ASSERT(!d || !PYM_TYPE(d)->tp_descr_set);
    else if (AWAY_KIND(e) == AC_MODULE) /* meth[0] is a keys version */
        PYM_ASSERT(t == &pym_type_module);
    else if (AWAY_KIND(e))
        PYM_ASSERT(d == away_meth(e));
}
static void sway_check(StoreWay *e, PymType *t, PymObject *name) {
    PymObject *d = pym_type_lookup(t, name);
    if (e->info == AC_STORE)
        PYM_ASSERT(!d || !PYM_TYPE(d)->tp_descr_set);
    else if (e->info == AC_STORE_SLOT)
        PYM_ASSERT(d && PYM_TYPE(d) == &pym_type_member_descr &&
                   ((PymMemberDescr *)d)->d_member->offset == e->index);
}
#define AWAY_CHECK(e, t, name) away_check(e, t, name)
#define SWAY_CHECK(e, t, name) sway_check(e, t, name)
#else
#define AWAY_CHECK(e, t, name) ((void)0)
#define SWAY_CHECK(e, t, name) ((void)0)
#endif

/* LOAD_METHOD through its cache: the method (borrowed) when a way holds for
** o and the instance does not shadow the name; else NULL. */
static inline PymObject *away_method(AttrWay *c, PymObject *o, PymObject *name) {
    PymType *t = PYM_TYPE(o);
    AttrWay *e = away_find(c, t);
    if (!e || AWAY_KIND(e) != AC_METHOD) return NULL;
    AWAY_CHECK(e, t, name);
    if (AWAY_NKEYS(e) < 0) return away_meth(e); /* no instance dict at all */
    PymObject **dp = (PymObject **)((char *)o + t->tp_dictoffset);
    if (*dp) return NULL;
    PymSharedKeys *k = t->ht_cached_keys;
    if ((k ? k->sk_nkeys : 0) != AWAY_NKEYS(e)) return NULL;
    PymInstValues *v = (PymInstValues *)dp[1];
    if (e->index >= 0 && v && e->index < v->iv_capacity && v->iv_values[e->index]) return NULL;
    return away_meth(e);
}

static void away_fill_method(AttrWay *c, PymObject *o, PymObject *name, PymObject *m) {
    PymType *t = PYM_TYPE(o);
    if (!t->tp_version_tag) return;
    intptr_t nkeys, ix = -1;
    if (t->tp_dictoffset == 0) {
        nkeys = -1;
    } else if (t->tp_dictoffset > 0 && (t->tp_flags & PYM_TPFLAGS_INLINE_VALUES)) {
        PymSharedKeys *k = t->ht_cached_keys;
        nkeys = k ? k->sk_nkeys : 0;
        if (k) ix = pym_shared_keys_find(k, name);
    } else {
        return;
    }
    if (nkeys > INT16_MAX) return;
    away_new_entry(c, t, AC_METHOD, ix, nkeys, m);
}

/* What instruction i of co is cached as ("inline", "slot", "property",
** "method"; "polymorphic" when its ways differ in kind; NULL: none). */
const char *pym_vm_attr_cache_kind(PymCode *co, int i) {
    static const char *const kind_names[] = {
        [AC_LOAD] = "inline",     [AC_STORE] = "inline",       [AC_LOAD_SLOT] = "slot",
        [AC_STORE_SLOT] = "slot", [AC_LOAD_PROP] = "property", [AC_METHOD] = "method",
        [AC_MODULE] = "module",
    };
    if (i < 0 || i >= co->co_ncode) return NULL;
    int op = pym_specialize_base(PYM_INSTR_OP(co->co_code[i]));
    if (op != OP_LOAD_ATTR && op != OP_STORE_ATTR && op != OP_LOAD_METHOD) return NULL;
    const PymInstr *c = co->co_code + i + 1;
    size_t stride = op == OP_STORE_ATTR ? sizeof(StoreWay) : sizeof(AttrWay);
    const char *found = NULL;
    for (int w = 0; w < PYM_ATTR_CACHE_WAYS; w++) {
        const StoreWay *e = (const StoreWay *)((const char *)c + w * stride);
        int kind = (int)(e->info & 0xff);
        if (!kind || kind > AC_MODULE) continue;
        const char *k = kind_names[kind];
        if (!found)
            found = k;
        else if (strcmp(found, k) != 0)
            return "polymorphic";
    }
    return found;
}

/* {====== LOAD_GLOBAL cache ======}
** CPython 3.11's LOAD_GLOBAL_MODULE / _BUILTIN: in LOAD_GLOBAL's cache
** words, the keys version (dictobject.h) of the globals' keys and, when the
** name was found in the builtins, of the builtins' keys (no keys have
** version 0, the zeroed words of a fresh cache), and the byte offset of the name's
** value slot in the keys object of the dict it was found in.  While the
** versions hold, that dict has the name in that entry and the globals
** (for a builtin) do not have it, whatever was stored into existing names
** meanwhile: pystone's and most programs' loops store globals at every turn,
** which a version of the whole dict (changing at each store) turned into a
** lookup for every load.  The value is read from the slot, so nothing is
** held.  Filled only for exact, combined dicts. */
typedef struct GlobalCache {
    uint32_t gver, bver; /* keys versions; bver 0: found in the globals */
    uint32_t offset;     /* of the value slot from the keys object */
    uint32_t unused[3];
} GlobalCache;
_Static_assert(sizeof(GlobalCache) == PYM_NCACHE_LOAD_GLOBAL * sizeof(PymInstr),
               "opcodes.h's LOAD_GLOBAL cache words");

/* The keys version of dict d when the cache may record it (0: not). */
static inline uint32_t gcache_version(PymObject *d) {
    return PYM_DICT_CHECK_EXACT(d) ? pym_dict_keys_version(d) : 0;
}

/* {====== CALL_FUNCTION_CLASS's cache ======}
** After CALL_FUNCTION's counter: the class's version tag and its __init__
** (borrowed, NULL for object.__init__), which say that at this tag calling
** the class is allocating an instance and calling that function
** (pym_type_simple_instance). */
typedef struct ClassCache {
    uint32_t tag;
    uint32_t init[2];
} ClassCache;
_Static_assert(sizeof(ClassCache) == (PYM_NCACHE_CALL_FUNCTION - 1) * sizeof(PymInstr),
               "opcodes.h's CALL_FUNCTION cache words");

/* {====== LOAD_NAME / STORE_NAME cache ======}
** LOAD_NAME keeps what LOAD_GLOBAL keeps of the globals (above): the keys
** version of the namespace dict (f_locals: a module's globals, a class
** body's namespace, an exact combined dict) and the byte offset of the
** name's value slot in its keys; while the version holds the name is in
** that entry, whatever was stored into existing names meanwhile (module-
** level loops store at every turn), and the hit is two loads and a
** compare (it was a call of pym_dict_entry_value: 42 instructions a load
** at bench/objects.py's module level, now 20).  STORE_NAME keeps the
** index of the name's entry in its cache word, checked to hold the name
** itself before use (pym_dict_entry_replace: the dict's own bookkeeping of
** a store), so a stale index (or the 0 of a fresh cache) only misses.  No
** reference is held by either. */
typedef struct NameCache {
    uint32_t ver;    /* keys version; 0 (a fresh cache): none */
    uint32_t offset; /* of the value slot from the keys object */
} NameCache;
_Static_assert(sizeof(NameCache) == PYM_NCACHE_LOAD_NAME * sizeof(PymInstr),
               "opcodes.h's LOAD_NAME cache words");

/* Remembers where name's entry is in dict d (after a generic load/store). */
static inline void ncache_fill(int32_t *nc, PymObject *d, PymObject *name) {
    intptr_t ix = pym_dict_entry_index(d, name);
    if (ix >= 0 && ix <= INT32_MAX) *nc = (int32_t)ix;
}

/* {====== the evaluation loop ======} */

/* no-tree-loop-distribute-patterns, no-tree-loop-vectorize: the loops that
** move a call's arguments into the new frame and set its other locals to
** NULL (a few slots) stay plain loops, not calls of memset nor vector code
** with its alias checks and tails */
__attribute__((optimize("no-crossjumping", "no-gcse", "no-tree-loop-distribute-patterns",
                        "no-tree-loop-vectorize")))
PymObject *pym_eval_frame(PymFrame *f, int throwflag) {
#define PYM_LABEL(name, hasarg, jump) &&L_##name,
#define PYM_SPEC_LABEL(name, base)    &&L_##name,
    static void *const dispatch_table[256] = {PYM_OPCODE_LIST(PYM_LABEL)
                                                  PYM_SPECIALIZED_LIST(PYM_SPEC_LABEL)};
#undef PYM_SPEC_LABEL
#undef PYM_LABEL
    if (PYM_UNLIKELY(pym_vm.depth == 0) &&
        (!stack_known || !pthread_equal(stack_thread, pthread_self())))
        compute_stack_limit();
    if (PYM_UNLIKELY(pym_vm_enter_call("") < 0)) {
        if (f->f_gen) f->f_state = PYM_FRAME_COMPLETED;
        return NULL;
    }
    f->f_back = pym_vm.frame;
    pym_vm.frame = f;

    PymCode *co = f->f_code;
    const PymInstr *first_instr = co->co_code;
    const PymInstr *next_instr;
    /* derived from f and co where used, not kept in variables: the
    ** compiler spilled each to the C stack, a store at every call and
    ** return (LOAD_FRAME) and a load at every use; f stays in a register,
    ** so a local is one load (f->f_localsplus[i]) */
#define localsplus (f->f_localsplus)
#define cells      (f->f_localsplus + co->co_nlocals)
#define names      ((PymObject *const *)PYM_TUPLE_ITEMS(co->co_names))
    PymObject **stack_base = localsplus + co->co_nlocalsplus;
    PymObject *const *consts = PYM_TUPLE_ITEMS(co->co_consts);
    PymObject **sp = stack_base + f->f_stackdepth;
    PymObject *retval = NULL;
    PymObject *exc = NULL;
    PymFrame *callee; /* push_frame: the frame of an inline call */
    PymInstr w;
    int oparg;
    bool reraise;
/* (Re)loads the locals that describe frame f (after an inline call or return). */
#define LOAD_FRAME() \
    do { \
        co = f->f_code; \
        first_instr = co->co_code; \
        stack_base = localsplus + co->co_nlocalsplus; \
        consts = PYM_TUPLE_ITEMS(co->co_consts); \
    } while (0)

    if (f->f_state == PYM_FRAME_CREATED) {
        next_instr = first_instr;
    } else if (f->f_delegating) {
        next_instr = first_instr + f->f_lasti;
    } else {
        next_instr = first_instr + f->f_lasti + 1;
    }
    f->f_delegating = 0;
    f->f_ip = next_instr;
    f->f_state = PYM_FRAME_EXECUTING;
    f->f_stackdepth = 0;

    if (PYM_UNLIKELY(throwflag)) {
        exc = pym_err_fetch();
        if (!exc) goto error;
        set_context_to(exc, pym_vm.exc_info->exc_value);
        pym_err_restore(exc);
        exc = NULL;
        goto error_at_lasti;
    }
    if (PYM_UNLIKELY(pym_vm_interrupt_pending)) goto interrupted;

#ifdef PYM_OPSTATS
#define OPSTATS_COUNT(op) pym_specialize_stats_count(op)
#define OPSTATS_DEOPT(op) pym_specialize_stats_deopt(op)
#else
#define OPSTATS_COUNT(op) ((void)0)
#define OPSTATS_DEOPT(op) ((void)0)
#endif
#define DISPATCH() \
    do { \
        f->f_ip = next_instr; \
        w = *next_instr++; \
        oparg = PYM_INSTR_ARG(w); \
        OPSTATS_COUNT(PYM_INSTR_OP(w)); \
        goto *dispatch_table[PYM_INSTR_OP(w)]; \
    } while (0)
/* An instruction's body starts by stepping past its cache words (opcodes.h):
** next_instr is then the next instruction, and the cache is just before it.
** Label B_NAME is the body after the step, for a form entering another
** form's body of the same instruction. */
#define TARGET(name) \
    L_##name : next_instr += PYM_NCACHE_##name; \
    B_##name : __attribute__((unused))
#define TOP()         (sp[-1])
#define SECOND()      (sp[-2])
#define THIRD()       (sp[-3])
#define PEEK(n)       (sp[-(n)])
#define SET_TOP(v)    (sp[-1] = (v))
#define SET_SECOND(v) (sp[-2] = (v))
#ifdef PYM_DEBUG /* value-stack bounds of this frame */
#define PUSH(v) (PYM_ASSERT(sp < stack_base + co->co_stacksize), *sp++ = (v))
#define POP()   (PYM_ASSERT(sp > stack_base), *--sp)
#else
#define PUSH(v) (*sp++ = (v))
#define POP()   (*--sp)
#endif
#define JUMPTO(x) (next_instr = first_instr + (x))
/* Adaptive specialization (specialize.c).  SPECIALIZE(pick) opens a base
** form: when the instruction's counter is due, pick (a pym_specialize_*
** call) names the specialized form to rewrite it into and run now.  DEOPT
** in a specialized form rewrites it back and runs the generic code. */
#define SPECIALIZE(base, pick) \
    do { \
        PymInstr *ip_ = (PymInstr *)next_instr - PYM_NCACHE_##base - 1; \
        PymInstr *cnt_ = pym_specialize_counter(ip_); \
        if (PYM_LIKELY(*cnt_ >= 16)) { \
            *cnt_ -= 16; \
            break; \
        } \
        int sop_ = (pick); \
        if (sop_) { \
            pym_specialize_rewrite(ip_, sop_); \
            next_instr = ip_ + 1; /* the form's TARGET skips the cache again */ \
            goto *dispatch_table[sop_]; \
        } \
        pym_specialize_backoff(cnt_); \
    } while (0)
#define DEOPT(base) \
    do { \
        PymInstr *ip_ = (PymInstr *)next_instr - PYM_NCACHE_##base - 1; \
        OPSTATS_DEOPT(PYM_INSTR_OP(*ip_)); \
        pym_specialize_rewrite(ip_, OP_##base); \
        pym_specialize_backoff(pym_specialize_counter(ip_)); \
        goto base##_generic; \
    } while (0)
#ifdef PYM_DEBUG /* frame bounds: locals, cells and free variables */
#define GETLOCAL(i) \
    (*(PYM_ASSERT((i) >= 0 && (i) < co->co_nlocals + co->co_ncells + co->co_nfrees), \
       &localsplus[i]))
#else
#define GETLOCAL(i) (localsplus[i])
#endif

    DISPATCH();

    TARGET(NOP) DISPATCH();
    TARGET(POP_TOP) {
        PymObject *v = POP();
        PYM_DECREF(v);
        DISPATCH();
    }
    TARGET(ROT_TWO) {
        PymObject *a = TOP();
        SET_TOP(SECOND());
        SET_SECOND(a);
        DISPATCH();
    }
    TARGET(ROT_THREE) {
        PymObject *c = TOP(), *b = SECOND(), *a = THIRD();
        sp[-1] = b;
        sp[-2] = a;
        sp[-3] = c;
        DISPATCH();
    }
    TARGET(ROT_FOUR) {
        PymObject *d = sp[-1], *c = sp[-2], *b = sp[-3], *a = sp[-4];
        sp[-1] = c;
        sp[-2] = b;
        sp[-3] = a;
        sp[-4] = d;
        DISPATCH();
    }
    TARGET(DUP_TOP) {
        PymObject *v = TOP();
        PYM_INCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(DUP_TOP_TWO) {
        PymObject *a = SECOND(), *b = TOP();
        PYM_INCREF(a);
        PYM_INCREF(b);
        PUSH(a);
        PUSH(b);
        DISPATCH();
    }
    TARGET(LOAD_CONST) {
        PymObject *v = consts[oparg];
        PYM_INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        PymObject *v = GETLOCAL(oparg);
        if (PYM_UNLIKELY(!v)) {
            unbound_local(PYM_TUPLE_GET(co->co_varnames, oparg));
            goto error;
        }
        PYM_INCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        PymObject *v = POP();
        PymObject *old = GETLOCAL(oparg);
        GETLOCAL(oparg) = v;
        PYM_XDECREF(old);
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        PymObject *v = GETLOCAL(oparg);
        if (!v) {
            unbound_local(PYM_TUPLE_GET(co->co_varnames, oparg));
            goto error;
        }
        GETLOCAL(oparg) = NULL;
        PYM_DECREF(v);
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        PymObject *v = ((PymCell *)cells[oparg])->ob_ref;
        if (PYM_UNLIKELY(!v)) {
            deref_error(co, oparg);
            goto error;
        }
        PYM_INCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        PymObject *v = POP();
        PymCell *c = (PymCell *)cells[oparg];
        PymObject *old = c->ob_ref;
        c->ob_ref = v;
        PYM_XDECREF(old);
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        PymCell *c = (PymCell *)cells[oparg];
        if (!c->ob_ref) {
            deref_error(co, oparg);
            goto error;
        }
        PYM_CLEAR(c->ob_ref);
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        PymObject *c = cells[oparg];
        PYM_INCREF(c);
        PUSH(c);
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        PymObject *name = cell_name(co, oparg);
        PymObject *v = NULL;
        if (f->f_locals) {
            if (PYM_DICT_CHECK_EXACT(f->f_locals)) {
                v = pym_dict_getitem(f->f_locals, name);
                if (v)
                    PYM_INCREF(v);
                else if (pym_err_occurred())
                    goto error;
            } else {
                v = pym_object_getitem(f->f_locals, name);
                if (!v) {
                    if (!pym_err_matches((PymObject *)PymExc_KeyError)) goto error;
                    pym_err_clear();
                }
            }
        }
        if (!v) {
            v = ((PymCell *)cells[oparg])->ob_ref;
            if (!v) {
                deref_error(co, oparg);
                goto error;
            }
            PYM_INCREF(v);
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        GlobalCache *gc = (GlobalCache *)(next_instr - PYM_NCACHE_LOAD_GLOBAL);
        PymDictKeys *k = ((PymDict *)f->f_globals)->ma_keys;
        if (PYM_LIKELY(k->dk_version == gc->gver)) {
            if (PYM_UNLIKELY(gc->bver != 0)) { /* a builtin (out of the globals' way) */
                k = ((PymDict *)f->f_builtins)->ma_keys;
                if (PYM_UNLIKELY(k->dk_version != gc->bver)) goto load_global_miss;
            }
            PymObject *v = *(PymObject **)((char *)k + gc->offset);
            if (PYM_LIKELY(v != NULL)) {
                PYM_INCREF(v);
                PUSH(v);
                DISPATCH();
            }
        }
    load_global_miss:;
        PymObject *name = names[oparg];
        /* the versions before the lookups: code a lookup runs (a key's
        ** __eq__) that adds or removes a key drops them */
        uint32_t gv = gcache_version(f->f_globals), bv = gcache_version(f->f_builtins);
        intptr_t h = ((PymStr *)name)->st_hash;
        if (PYM_UNLIKELY(h == -1)) h = pym_str_hash(name);
        PymObject *v = pym_dict_getitem_hash(f->f_globals, name, h);
        intptr_t off;
        if (v) {
            if (gv && (off = pym_dict_value_offset(f->f_globals, name)) >= 0 &&
                off <= UINT32_MAX) {
                gc->gver = gv;
                gc->bver = 0;
                gc->offset = (uint32_t)off;
            }
        } else {
            if (pym_err_occurred()) goto error;
            v = pym_dict_getitem_hash(f->f_builtins, name, h);
            if (!v) {
                if (!pym_err_occurred())
                    raise_name_error(PymExc_NameError, "name '%U' is not defined", name);
                goto error;
            }
            if (gv && bv && (off = pym_dict_value_offset(f->f_builtins, name)) >= 0 &&
                off <= UINT32_MAX) {
                gc->gver = gv;
                gc->bver = bv;
                gc->offset = (uint32_t)off;
            }
        }
        PYM_INCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        PymObject *v = POP();
        int r = pym_dict_setitem(f->f_globals, names[oparg], v);
        PYM_DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        PymObject *name = names[oparg];
        if (pym_dict_delitem(f->f_globals, name) < 0) {
            if (pym_err_matches((PymObject *)PymExc_KeyError)) {
                pym_err_clear();
                raise_name_error(PymExc_NameError, "name '%U' is not defined", name);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        PymObject *name = names[oparg];
        PymObject *locals = f->f_locals;
        PymObject *v = NULL;
        if (!locals) {
            pym_err_format(PymExc_SystemError, "no locals when loading %R", name);
            goto error;
        }
        if (PYM_DICT_CHECK_EXACT(locals)) {
            NameCache *nc = (NameCache *)(next_instr - PYM_NCACHE_LOAD_NAME);
            PymDict *d = (PymDict *)locals;
            if (PYM_LIKELY(d->ma_keys->dk_version == nc->ver) && PYM_LIKELY(!d->ma_values)) {
                v = *(PymObject **)((char *)d->ma_keys + nc->offset);
                if (PYM_LIKELY(v != NULL)) {
                    PYM_INCREF(v);
                    PUSH(v);
                    DISPATCH();
                }
            }
            /* the version before the lookup: code the lookup runs (a key's
            ** __eq__) that adds or removes a key drops it */
            uint32_t ver = pym_dict_keys_version(locals);
            v = pym_dict_getitem(locals, name);
            if (v) {
                PYM_INCREF(v);
                intptr_t off;
                if (ver && (off = pym_dict_value_offset(locals, name)) >= 0 && off <= UINT32_MAX) {
                    nc->ver = ver;
                    nc->offset = (uint32_t)off;
                }
            } else if (pym_err_occurred()) {
                goto error;
            }
        } else {
            v = pym_object_getitem(locals, name);
            if (!v) {
                if (!pym_err_matches((PymObject *)PymExc_KeyError)) goto error;
                pym_err_clear();
            }
        }
        if (!v) {
            v = pym_dict_getitem(f->f_globals, name);
            if (!v) {
                if (pym_err_occurred()) goto error;
                v = pym_dict_getitem(f->f_builtins, name);
                if (!v) {
                    if (!pym_err_occurred())
                        raise_name_error(PymExc_NameError, "name '%U' is not defined", name);
                    goto error;
                }
            }
            PYM_INCREF(v);
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        PymObject *name = names[oparg];
        PymObject *v = POP();
        PymObject *locals = f->f_locals;
        int r;
        if (!locals) {
            pym_err_format(PymExc_SystemError, "no locals found when storing %R", name);
            PYM_DECREF(v);
            goto error;
        }
        if (PYM_DICT_CHECK_EXACT(locals)) {
            int32_t *nc = (int32_t *)(next_instr - PYM_NCACHE_STORE_NAME);
            if (PYM_LIKELY(pym_dict_entry_replace(locals, *nc, name, v))) DISPATCH();
            r = pym_dict_setitem(locals, name, v);
            if (r == 0) ncache_fill(nc, locals, name);
        } else {
            r = pym_object_setitem(locals, name, v);
        }
        PYM_DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        PymObject *name = names[oparg];
        PymObject *locals = f->f_locals;
        if (!locals) {
            pym_err_format(PymExc_SystemError, "no locals when deleting %R", name);
            goto error;
        }
        if (pym_object_delitem(locals, name) < 0) {
            if (pym_err_matches((PymObject *)PymExc_KeyError)) {
                pym_err_clear();
                raise_name_error(PymExc_NameError, "name '%U' is not defined", name);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        PymObject *o = TOP(), *name = names[oparg], *v;
        PymType *t = PYM_TYPE(o);
        AttrWay *c = (AttrWay *)(next_instr - PYM_NCACHE_LOAD_ATTR), *e = away_find(c, t);
        if (e) {
            AWAY_CHECK(e, t, name);
            int kind = AWAY_KIND(e);
            if (kind == AC_LOAD) {
                PymInstValues *vals = away_values(o, t, e->index, name);
                if (vals && (v = vals->iv_values[e->index]) != NULL) {
                    PYM_INCREF(v);
                    SET_TOP(v);
                    PYM_DECREF(o);
                    DISPATCH();
                }
            } else if (kind == AC_LOAD_SLOT) {
                if ((v = *(PymObject **)((char *)o + e->index)) != NULL) {
                    PYM_INCREF(v);
                    SET_TOP(v);
                    PYM_DECREF(o);
                    DISPATCH();
                } /* unset: the generic path raises */
            } else if (kind == AC_MODULE) {
                if ((v = away_module_value(e, o)) != NULL) {
                    PYM_INCREF(v);
                    SET_TOP(v);
                    PYM_DECREF(o);
                    DISPATCH();
                }
            } else if (kind == AC_LOAD_PROP) {
                PymObject *fget = ((PymProperty *)away_meth(e))->prop_get;
                if (PYM_LIKELY(fget != NULL) && PYM_FUNCTION_CHECK(fget) &&
                    pym_function_simple((PymFunction *)fget, 1)) {
                    /* the getter's frame runs inline (f_inline 4): o stays
                    ** on the stack (the caller's reference, as CPython's
                    ** stack holds it during property_descr_get), the
                    ** getter above it (the call's reference, CPython's
                    ** f_func; in the frame's spare slot when o is at the
                    ** stack's top), self a new reference in the frame;
                    ** pop_prop_frame leaves the result in o's place */
                    PymFunction *fn = (PymFunction *)fget;
                    PymCode *co_ = (PymCode *)fn->func_code;
                    callee = pym_frame_push_uninit(co_, fn->func_globals, fn->func_builtins, NULL);
                    if (PYM_UNLIKELY(!callee)) goto error;
                    callee->f_localsplus[0] = PYM_NEWREF(o);
                    for (intptr_t i_ = 1, n_ = pym_frame_nlocalsplus(co_); i_ < n_; i_++)
                        callee->f_localsplus[i_] = NULL;
                    *sp++ = PYM_NEWREF(fget); /* not PUSH: maybe the spare slot */
                    if (PYM_UNLIKELY(co_->co_ncells || co_->co_nfrees) &&
                        bind_cells(callee, fn) < 0) {
                        frame_release(callee);
                        goto error;
                    }
                    if (PYM_UNLIKELY(pym_vm_at_limit())) {
                        frame_release(callee);
                        pym_vm_recursion_error("");
                        goto error;
                    }
                    pym_vm.depth++;
                    callee->f_inline = 4;
                    goto push_frame_marked;
                }
                if (fget) {
                    PYM_INCREF(fget); /* the getter may change the class */
                    v = do_call(fget, &o, 1, NULL);
                    PYM_DECREF(fget);
                    if (!v) goto error;
                    SET_TOP(v);
                    PYM_DECREF(o);
                    DISPATCH();
                }
            }
        }
        v = pym_object_getattr(o, name);
        if (!v) goto error;
        away_fill_attr(c, o, name);
        SET_TOP(v);
        PYM_DECREF(o);
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        PymObject *o = POP(), *name = names[oparg];
        PymObject *v = POP();
        PymType *t = PYM_TYPE(o);
        StoreWay *c = (StoreWay *)(next_instr - PYM_NCACHE_STORE_ATTR), *e = sway_find(c, t);
        if (e) {
            SWAY_CHECK(e, t, name);
            if (e->info == AC_STORE) {
                PymInstValues *vals = away_values(o, t, e->index, name);
                if (vals) {
                    PymObject *old = vals->iv_values[e->index];
                    vals->iv_values[e->index] = v; /* the stack's reference */
                    if (!old) pym_inst_values_order(vals)[vals->iv_len++] = (uint8_t)e->index;
                    PYM_DECREF(o);
                    PYM_XDECREF(old); /* last: may run __del__ */
                    DISPATCH();
                }
            } else if (e->info == AC_STORE_SLOT) {
                PymObject **slot = (PymObject **)((char *)o + e->index);
                PymObject *old = *slot;
                *slot = v; /* the stack's reference */
                PYM_DECREF(o);
                PYM_XDECREF(old); /* last: may run __del__ */
                DISPATCH();
            }
        }
        int r = pym_object_setattr(o, name, v);
        if (r == 0) sway_fill(c, o, name);
        PYM_DECREF(o);
        PYM_DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        PymObject *o = POP();
        int r = pym_object_setattr(o, names[oparg], NULL);
        PYM_DECREF(o);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        PymObject *o = TOP(), *name = names[oparg];
        AttrWay *c = (AttrWay *)(next_instr - PYM_NCACHE_LOAD_METHOD);
        PymObject *m = away_method(c, o, name);
        if (m) {
            sp[-1] = PYM_NEWREF(m);
            PUSH(o); /* the stack's reference */
            DISPATCH();
        }
        if (PYM_TYPE(o) == &pym_type_module) { /* math.sqrt(x): NULL, the function */
            AttrWay *e = away_find(c, &pym_type_module);
            if (e && AWAY_KIND(e) == AC_MODULE && (m = away_module_value(e, o)) != NULL) {
                sp[-1] = NULL;
                PUSH(PYM_NEWREF(m));
                PYM_DECREF(o);
                DISPATCH();
            }
        }
        PymObject *out[2];
        if (load_method(o, name, out, c) < 0) goto error;
        sp[-1] = out[0];
        PUSH(out[1]);
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
        PymObject *v = TOP(), *r = pym_number_positive(v);
        if (!r) goto error;
        SET_TOP(r);
        PYM_DECREF(v);
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        PymObject *v = TOP(), *r;
        if (PYM_INT_CHECK_EXACT(v) && pym_int_is_compact(v))
            r = pym_int_from_long(-(long long)pym_int_compact_value(v));
        else
            r = pym_number_negative(v);
        if (!r) goto error;
        SET_TOP(r);
        PYM_DECREF(v);
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        PymObject *v = TOP();
        int t = v == pym_True ? 1 : v == pym_False || v == pym_None ? 0 : pym_object_is_true(v);
        if (t < 0) goto error;
        SET_TOP(PYM_NEWREF(t ? pym_False : pym_True));
        PYM_DECREF(v);
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        PymObject *v = TOP(), *r = pym_number_invert(v);
        if (!r) goto error;
        SET_TOP(r);
        PYM_DECREF(v);
        DISPATCH();
    }
    TARGET(BINARY_OP)
    SPECIALIZE(BINARY_OP, pym_specialize_binary_op(SECOND(), TOP(), oparg));
BINARY_OP_generic : {
    PymObject *b = TOP(), *a = SECOND(), *r;
    if (PYM_INT_CHECK_EXACT(a) && PYM_INT_CHECK_EXACT(b) && pym_int_is_compact(a) &&
        pym_int_is_compact(b)) {
        long long x = pym_int_compact_value(a), y = pym_int_compact_value(b);
        int op = oparg >= PYM_NB_INPLACE ? (int)oparg - PYM_NB_INPLACE : (int)oparg;
        switch (op) {
        case PYM_NB_ADD: r = pym_int_from_long(x + y); goto binop_done;
        case PYM_NB_SUBTRACT: r = pym_int_from_long(x - y); goto binop_done;
        case PYM_NB_MULTIPLY: r = pym_int_from_long(x * y); goto binop_done;
        case PYM_NB_AND: r = pym_int_from_long(x & y); goto binop_done;
        case PYM_NB_OR: r = pym_int_from_long(x | y); goto binop_done;
        case PYM_NB_XOR: r = pym_int_from_long(x ^ y); goto binop_done;
        case PYM_NB_FLOOR_DIVIDE:
            if (y == 0) break;
            {
                long long q = x / y;
                if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
                r = pym_int_from_long(q);
            }
            goto binop_done;
        case PYM_NB_REMAINDER:
            if (y == 0) break;
            {
                long long m = x % y;
                if (m != 0 && ((m < 0) != (y < 0))) m += y;
                r = pym_int_from_long(m);
            }
            goto binop_done;
        default: break;
        }
    } else if (PYM_FLOAT_CHECK_EXACT(a) && PYM_FLOAT_CHECK_EXACT(b)) {
        double x = PYM_FLOAT_VALUE(a), y = PYM_FLOAT_VALUE(b);
        int op = oparg >= PYM_NB_INPLACE ? (int)oparg - PYM_NB_INPLACE : (int)oparg;
        switch (op) {
        case PYM_NB_ADD: r = pym_float_from_double(x + y); goto binop_done;
        case PYM_NB_SUBTRACT: r = pym_float_from_double(x - y); goto binop_done;
        case PYM_NB_MULTIPLY: r = pym_float_from_double(x * y); goto binop_done;
        case PYM_NB_TRUE_DIVIDE:
            if (y == 0.0) break;
            r = pym_float_from_double(x / y);
            goto binop_done;
        default: break;
        }
    } else if (PYM_STR_CHECK_EXACT(a) && PYM_STR_CHECK_EXACT(b) &&
               (oparg == PYM_NB_ADD || oparg == PYM_NB_INPLACE + PYM_NB_ADD)) {
        /* s += t where s's only other reference is the variable stored
            ** next: drop that reference and let strobject.c grow s in place */
        if (oparg != PYM_NB_ADD && PYM_REFCNT(a) == 2 && pym_str_can_append_inplace(a, b) &&
            iadd_release_target(f, *next_instr, a, localsplus, cells, names)) {
            sp -= 2;
            r = pym_str_concat_steal(a, b);
            PYM_DECREF(b);
            if (!r) goto error;
            PUSH(r);
            DISPATCH();
        }
        r = pym_str_concat(a, b);
        goto binop_done;
    }
    r = pym_number_binop(a, b, (int)oparg);
binop_done:
    if (!r) goto error;
    sp--;
    SET_TOP(r);
    PYM_DECREF(a);
    PYM_DECREF(b);
    DISPATCH();
}
    TARGET(COMPARE_OP)
    SPECIALIZE(COMPARE_OP,
               pym_specialize_compare_op(SECOND(), TOP(), oparg, PYM_INSTR_OP(*next_instr)));
COMPARE_OP_generic : {
    PymObject *b = TOP(), *a = SECOND(), *r;
    if (PYM_INT_CHECK_EXACT(a) && PYM_INT_CHECK_EXACT(b) && pym_int_is_compact(a) &&
        pym_int_is_compact(b)) {
        intptr_t x = pym_int_compact_value(a), y = pym_int_compact_value(b);
        int t;
        switch (oparg) {
        case PYM_LT: t = x < y; break;
        case PYM_LE: t = x <= y; break;
        case PYM_EQ: t = x == y; break;
        case PYM_NE: t = x != y; break;
        case PYM_GT: t = x > y; break;
        default: t = x >= y; break;
        }
        r = PYM_NEWREF(t ? pym_True : pym_False);
    } else if (PYM_FLOAT_CHECK_EXACT(a) && PYM_FLOAT_CHECK_EXACT(b)) {
        double x = PYM_FLOAT_VALUE(a), y = PYM_FLOAT_VALUE(b);
        int t;
        switch (oparg) {
        case PYM_LT: t = x < y; break;
        case PYM_LE: t = x <= y; break;
        case PYM_EQ: t = x == y; break;
        case PYM_NE: t = x != y; break;
        case PYM_GT: t = x > y; break;
        default: t = x >= y; break;
        }
        r = PYM_NEWREF(t ? pym_True : pym_False);
    } else if ((oparg == PYM_EQ || oparg == PYM_NE) && PYM_STR_CHECK_EXACT(a) &&
               PYM_STR_CHECK_EXACT(b)) {
        int t = pym_str_equal(a, b);
        r = PYM_NEWREF((t == (oparg == PYM_EQ)) ? pym_True : pym_False);
    } else {
        r = pym_object_richcompare(a, b, (int)oparg);
        if (!r) goto error;
    }
    sp--;
    SET_TOP(r);
    PYM_DECREF(a);
    PYM_DECREF(b);
    DISPATCH();
}
    TARGET(IS_OP) {
        PymObject *b = POP(), *a = TOP();
        int t = (a == b) ^ (int)oparg;
        SET_TOP(PYM_NEWREF(t ? pym_True : pym_False));
        PYM_DECREF(a);
        PYM_DECREF(b);
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        PymObject *b = TOP(), *a = SECOND();
        /* an exact dict: its lookup directly (knucleotide's `k in counts`);
        ** a type with sq_contains: that, as pym_object_contains would */
        PymType *tb = PYM_TYPE(b);
        int t = tb == &pym_type_dict  ? pym_dict_contains(b, a)
                : tb->sq_contains ? tb->sq_contains(b, a)
                                  : pym_object_contains(b, a);
        if (t < 0) goto error;
        sp--;
        SET_TOP(PYM_NEWREF((t ^ (int)oparg) ? pym_True : pym_False));
        PYM_DECREF(a);
        PYM_DECREF(b);
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR)
    SPECIALIZE(BINARY_SUBSCR, pym_specialize_binary_subscr(SECOND(), TOP()));
BINARY_SUBSCR_generic : {
    PymObject *k = TOP(), *o = SECOND(), *r;
    if (PYM_INT_CHECK_EXACT(k) && pym_int_is_compact(k) &&
        (PYM_LIST_CHECK_EXACT(o) || PYM_TUPLE_CHECK_EXACT(o))) {
        intptr_t i = pym_int_compact_value(k), n = PYM_SIZE(o);
        if (i < 0) i += n;
        if (i >= 0 && i < n) {
            r = PYM_LIST_CHECK_EXACT(o) ? PYM_LIST_GET(o, i) : PYM_TUPLE_GET(o, i);
            PYM_INCREF(r);
            goto subscr_done;
        }
    } else if (PYM_DICT_CHECK_EXACT(o)) {
        r = pym_dict_getitem(o, k);
        if (r) {
            PYM_INCREF(r);
            goto subscr_done;
        }
        if (pym_err_occurred()) goto error;
        pym_err_set_object(PymExc_KeyError, k);
        goto error;
    }
    r = pym_object_getitem(o, k);
    if (!r) goto error;
subscr_done:
    sp--;
    SET_TOP(r);
    PYM_DECREF(o);
    PYM_DECREF(k);
    DISPATCH();
}
    TARGET(STORE_SUBSCR)
    SPECIALIZE(STORE_SUBSCR, pym_specialize_store_subscr(SECOND(), TOP()));
STORE_SUBSCR_generic : {
    PymObject *k = TOP(), *o = SECOND(), *v = THIRD();
    int r;
    if (PYM_LIST_CHECK_EXACT(o) && PYM_INT_CHECK_EXACT(k) && pym_int_is_compact(k)) {
        intptr_t i = pym_int_compact_value(k), n = PYM_SIZE(o);
        if (i < 0) i += n;
        if (i >= 0 && i < n) {
            PymObject *old = PYM_LIST_GET(o, i);
            PYM_LIST_SET(o, i, v); /* takes the stack's reference */
            sp -= 3;
            PYM_DECREF(old);
            PYM_DECREF(o);
            PYM_DECREF(k);
            DISPATCH();
        }
    }
    if (PYM_DICT_CHECK_EXACT(o))
        r = pym_dict_setitem(o, k, v);
    else
        r = pym_object_setitem(o, k, v);
    if (r < 0) goto error;
    sp -= 3;
    PYM_DECREF(k);
    PYM_DECREF(o);
    PYM_DECREF(v);
    DISPATCH();
}
    TARGET(DELETE_SUBSCR) {
        PymObject *k = TOP(), *o = SECOND();
        if (pym_object_delitem(o, k) < 0) goto error;
        sp -= 2;
        PYM_DECREF(k);
        PYM_DECREF(o);
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        PymObject *step = oparg == 3 ? POP() : NULL;
        PymObject *stop = POP(), *start = TOP();
        PymObject *s = pym_slice_new(start, stop, step);
        PYM_DECREF(start);
        PYM_DECREF(stop);
        PYM_XDECREF(step);
        SET_TOP(s);
        if (!s) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        PymObject *t = pym_tuple_new(oparg);
        if (!t) goto error;
        for (int i = (int)oparg - 1; i >= 0; i--) PYM_TUPLE_SET(t, i, POP());
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        PymObject *l = pym_list_new(oparg);
        if (!l) goto error;
        for (int i = (int)oparg - 1; i >= 0; i--) PYM_LIST_SET(l, i, POP());
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        PymObject *s = pym_set_new(NULL);
        int err = s ? 0 : -1;
        for (int i = 0; i < oparg; i++) {
            PymObject *v = sp[-(int)oparg + (int)i];
            if (!err && pym_set_add(s, v) < 0) err = -1;
        }
        for (int i = 0; i < oparg; i++) {
            PymObject *v = POP();
            PYM_DECREF(v);
        }
        if (err) {
            PYM_XDECREF(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        PymObject *d = pym_dict_new();
        int err = d ? 0 : -1;
        PymObject **base = sp - 2 * (int)oparg;
        for (int i = 0; i < oparg && !err; i++)
            if (pym_dict_setitem(d, base[2 * i], base[2 * i + 1]) < 0) err = -1;
        while (sp > base) {
            PymObject *v = POP();
            PYM_DECREF(v);
        }
        if (err) {
            PYM_XDECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        PymStrBuilder sb;
        pym_sb_init(&sb);
        PymObject **base = sp - (int)oparg;
        for (int i = 0; i < oparg; i++) pym_sb_append_str(&sb, base[i]);
        while (sp > base) {
            PymObject *v = POP();
            PYM_DECREF(v);
        }
        PymObject *s = pym_sb_finish(&sb);
        if (!s) goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        PymObject *v = POP();
        PymList *l = (PymList *)PEEK(oparg); /* the comprehension's own exact list */
        intptr_t n = PYM_SIZE(l);
        if (PYM_LIKELY(n < l->allocated)) { /* room: v's reference moves into the list */
            l->ob_item[n] = v;
            PYM_SIZE(l) = n + 1;
            DISPATCH();
        }
        int r = pym_list_append(PEEK(oparg), v);
        PYM_DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        PymObject *v = POP();
        int r = pym_set_add(PEEK(oparg), v);
        PYM_DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        PymObject *v = POP(), *k = POP();
        int r = pym_dict_setitem(PEEK(oparg), k, v);
        PYM_DECREF(k);
        PYM_DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        PymObject *v = POP();
        int r = pym_list_extend(PEEK(oparg), v);
        if (r < 0 && !is_iterable(v) && pym_err_matches((PymObject *)PymExc_TypeError)) {
            pym_err_clear();
            /* f(*x) alone is CPython's "f() argument after *" (the list is
            ** empty and goes straight to a CALL_FUNCTION_EX) */
            PymObject *l = PEEK(oparg);
            if (oparg == 1 && PYM_SIZE(l) == 0 && PYM_INSTR_OP(next_instr[0]) == OP_LIST_TO_TUPLE &&
                (PYM_INSTR_OP(next_instr[1]) == OP_CALL_FUNCTION_EX ||
                 PYM_INSTR_OP(next_instr[1]) == OP_BUILD_MAP)) {
                PymObject *fs = pym_vm_function_str(PEEK(2));
                if (fs) {
                    pym_err_format(PymExc_TypeError,
                                   "%U argument after * must be an iterable, not %s", fs,
                                   pym_type_name(v));
                    PYM_DECREF(fs);
                }
            } else {
                pym_err_format(PymExc_TypeError, "Value after * must be an iterable, not %s",
                               pym_type_name(v));
            }
        }
        PYM_DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        PymObject *v = POP();
        int r = pym_set_update(PEEK(oparg), v);
        PYM_DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        PymObject *v = POP();
        int r;
        if (!has_keys(v)) {
            pym_err_format(PymExc_TypeError, "'%s' object is not a mapping", pym_type_name(v));
            r = -1;
        } else {
            r = pym_dict_update(PEEK(oparg), v);
        }
        PYM_DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        PymObject *v = POP();
        int r = dict_merge_call(PEEK(oparg + 2), PEEK(oparg), v);
        PYM_DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        PymObject *l = TOP(), *t = pym_list_as_tuple(l);
        if (!t) goto error;
        SET_TOP(t);
        PYM_DECREF(l);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        PymObject *spec = (oparg & 4) ? POP() : NULL;
        PymObject *v = TOP();
        PymObject *r = format_value(v, oparg & 3, spec);
        PYM_XDECREF(spec);
        if (!r) goto error;
        SET_TOP(r);
        PYM_DECREF(v);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE)
    SPECIALIZE(UNPACK_SEQUENCE, pym_specialize_unpack_sequence(TOP(), oparg, next_instr));
UNPACK_SEQUENCE_generic : {
    PymObject *seq = TOP();
    int n = (int)oparg;
    if ((PYM_TUPLE_CHECK_EXACT(seq) || PYM_LIST_CHECK_EXACT(seq)) && PYM_SIZE(seq) == n) {
        PymObject **items = PYM_TUPLE_CHECK_EXACT(seq) ? PYM_TUPLE_ITEMS(seq) : PYM_LIST_ITEMS(seq);
        sp--;
        for (int i = n - 1; i >= 0; i--) {
            PYM_INCREF(items[i]);
            PUSH(items[i]);
        }
        PYM_DECREF(seq);
        DISPATCH();
    }
    if ((PYM_TUPLE_CHECK_EXACT(seq) || PYM_LIST_CHECK_EXACT(seq))) {
        if (PYM_SIZE(seq) < n)
            pym_err_format(PymExc_ValueError, "not enough values to unpack (expected %d, got %zd)",
                           n, PYM_SIZE(seq));
        else
            pym_err_format(PymExc_ValueError, "too many values to unpack (expected %d)", n);
        goto error;
    }
    /* items are written over seq's slot (seq stays referenced here), so
        ** the stack never grows past the compiler's depth for this opcode */
    if (unpack_iterable(seq, n, -1, sp - 1) < 0) goto error;
    sp += n - 1;
    PYM_DECREF(seq);
    DISPATCH();
}
    TARGET(UNPACK_EX) {
        PymObject *seq = TOP();
        int before = oparg & 0xff, after = oparg >> 8;
        if (unpack_iterable(seq, before, after, sp - 1) < 0) goto error;
        int n = before + after + 1;
        sp += n - 1;
        PYM_DECREF(seq);
        DISPATCH();
    }

    TARGET(JUMP) {
        if (PYM_UNLIKELY(first_instr + oparg <= f->f_ip) &&
            PYM_UNLIKELY(pym_vm_interrupt_pending)) {
            JUMPTO(oparg);
            goto interrupted;
        }
        JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        PymObject *c = POP();
        if (c == pym_False) {
            PYM_DECREF(c);
            JUMPTO(oparg);
            DISPATCH();
        }
        if (c == pym_True) {
            PYM_DECREF(c);
            DISPATCH();
        }
        int t = pym_object_is_true(c);
        PYM_DECREF(c);
        if (t < 0) goto error;
        if (!t) JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        PymObject *c = POP();
        if (c == pym_True) {
            PYM_DECREF(c);
            JUMPTO(oparg);
            DISPATCH();
        }
        if (c == pym_False) {
            PYM_DECREF(c);
            DISPATCH();
        }
        int t = pym_object_is_true(c);
        PYM_DECREF(c);
        if (t < 0) goto error;
        if (t) JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        PymObject *c = TOP();
        int t = c == pym_True ? 1 : c == pym_False ? 0 : pym_object_is_true(c);
        if (t < 0) goto error;
        if (!t)
            JUMPTO(oparg);
        else {
            sp--;
            PYM_DECREF(c);
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        PymObject *c = TOP();
        int t = c == pym_True ? 1 : c == pym_False ? 0 : pym_object_is_true(c);
        if (t < 0) goto error;
        if (t)
            JUMPTO(oparg);
        else {
            sp--;
            PYM_DECREF(c);
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_NOT_EXC_MATCH) {
        PymObject *t = TOP(), *e = SECOND();
        int m = exc_match(e, t);
        if (m < 0) goto error;
        sp -= 2;
        PYM_DECREF(t);
        PYM_DECREF(e);
        if (!m) JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(GET_ITER) {
        PymObject *o = TOP(), *it = pym_object_getiter(o);
        if (!it) goto error;
        SET_TOP(it);
        PYM_DECREF(o);
        DISPATCH();
    }
    TARGET(FOR_ITER)
    SPECIALIZE(FOR_ITER, pym_specialize_for_iter(TOP()));
FOR_ITER_generic : {
    PymObject *it = TOP();
    PymObject *v = PYM_TYPE(it)->tp_iternext(it);
    if (PYM_LIKELY(v != NULL)) {
        PUSH(v);
        DISPATCH();
    }
    if (pym_err_occurred()) {
        if (!pym_err_matches((PymObject *)PymExc_StopIteration)) goto error;
        pym_err_clear();
    }
    sp--;
    PYM_DECREF(it);
    JUMPTO(oparg);
    DISPATCH();
}

    TARGET(CALL_FUNCTION)
    SPECIALIZE(CALL_FUNCTION, pym_specialize_call_function(sp - oparg, oparg, f->f_builtins));
CALL_FUNCTION_generic : {
    PymObject **args = sp - oparg;
    PymObject *callable = args[-1];
    PymObject *r;
    if (inline_callable(callable)) {
        callee = pym_function_make_frame(callable, args, oparg, NULL);
        if (callee) {
            while (sp > args) {
                PymObject *v = POP();
                PYM_DECREF(v);
            }
            goto push_frame;
        }
        r = NULL;
    } else if (PYM_FUNCTION_CHECK(callable)) {
        r = call_pyfunction(callable, args, oparg, NULL);
    } else if (PYM_METHOD_CHECK(callable)) {
        /* replace the bound method by its self in place */
        PymMethod *m = (PymMethod *)callable;
        PymObject *func = PYM_NEWREF(m->im_func);
        args[-1] = PYM_NEWREF(m->im_self);
        PYM_DECREF(callable);
        if (inline_callable(func)) {
            callee = pym_function_make_frame(func, args - 1, oparg + 1, NULL);
            if (callee) { /* the function takes self's place on the stack */
                while (sp > args - 1) {
                    PymObject *v = POP();
                    PYM_DECREF(v);
                }
                PUSH(func);
                goto push_frame;
            }
            r = NULL;
        } else {
            r = do_call(func, args - 1, oparg + 1, NULL);
        }
        PYM_DECREF(func);
    } else {
        r = pym_call(callable, args, oparg, NULL);
    }
    while (sp > args - 1) {
        PymObject *v = POP();
        PYM_DECREF(v);
    }
    if (!r) goto error;
    PUSH(r);
    DISPATCH();
}
    TARGET(CALL_FUNCTION_KW) {
        PymObject *kwnames = POP();
        PymObject **args = sp - oparg;
        PymObject *callable = args[-1];
        size_t npos = oparg - PYM_SIZE(kwnames);
        PymObject *r;
        if (PYM_METHOD_CHECK(callable)) {
            PymMethod *m = (PymMethod *)callable;
            PymObject *func = PYM_NEWREF(m->im_func);
            args[-1] = PYM_NEWREF(m->im_self);
            PYM_DECREF(callable);
            if (inline_callable(func)) {
                callee = pym_function_make_frame(func, args - 1, npos + 1, kwnames);
                PYM_DECREF(kwnames);
                if (callee) { /* the function takes self's place on the stack */
                    while (sp > args - 1) {
                        PymObject *v = POP();
                        PYM_DECREF(v);
                    }
                    PUSH(func);
                    goto push_frame;
                }
                PYM_DECREF(func);
                while (sp > args - 1) {
                    PymObject *v = POP();
                    PYM_DECREF(v);
                }
                goto error;
            }
            r = do_call(func, args - 1, npos + 1, kwnames);
            PYM_DECREF(func);
        } else if (inline_callable(callable)) {
            callee = pym_function_make_frame(callable, args, npos, kwnames);
            PYM_DECREF(kwnames);
            if (callee) {
                while (sp > args) {
                    PymObject *v = POP();
                    PYM_DECREF(v);
                }
                goto push_frame;
            }
            while (sp > args - 1) {
                PymObject *v = POP();
                PYM_DECREF(v);
            }
            goto error;
        } else {
            r = do_call(callable, args, npos, kwnames);
        }
        PYM_DECREF(kwnames);
        while (sp > args - 1) {
            PymObject *v = POP();
            PYM_DECREF(v);
        }
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
        PymObject *kw = (oparg & 1) ? POP() : NULL;
        PymObject *a = POP();
        PymObject *fn = TOP();
        PymObject *r = call_function_ex(fn, a, kw);
        PYM_XDECREF(kw);
        PYM_DECREF(a);
        if (!r) goto error;
        SET_TOP(r);
        PYM_DECREF(fn);
        DISPATCH();
    }
/* CALL_METHOD* on [NULL, a bound method, args...] (LOAD_METHOD found an
** attribute, e.g. super().m): the method's function and self take the two
** slots, as CPython 3.11's PRECALL does, so the call is a method call (a
** Python function then runs inline). */
#define UNPACK_BOUND_METHOD(args) \
    do { \
        PymMethod *bm_ = (PymMethod *)(args)[-1]; \
        (args)[-2] = PYM_NEWREF(bm_->im_func); \
        (args)[-1] = PYM_NEWREF(bm_->im_self); \
        PYM_DECREF(bm_); \
    } while (0)
    TARGET(CALL_METHOD)
    SPECIALIZE(CALL_METHOD, pym_specialize_call_method(sp - oparg, oparg));
CALL_METHOD_generic : {
    PymObject **args = sp - oparg;
    PymObject *r;
    if (!args[-2] && PYM_METHOD_CHECK(args[-1])) UNPACK_BOUND_METHOD(args);
    PymObject *callable = args[-2] ? args[-2] : args[-1];
    if (inline_callable(callable)) {
        if (args[-2])
            callee = pym_function_make_frame(callable, args - 1, oparg + 1, NULL);
        else
            callee = pym_function_make_frame(callable, args, oparg, NULL);
        if (callee) goto push_method_frame;
        r = NULL;
    } else if (args[-2])
        r = do_call(args[-2], args - 1, oparg + 1, NULL);
    else
        r = do_call(args[-1], args, oparg, NULL);
    while (sp > args - 1) {
        PymObject *v = POP();
        PYM_DECREF(v);
    }
    sp--;
    PYM_XDECREF(*sp);
    if (!r) goto error;
    PUSH(r);
    DISPATCH();
}
    TARGET(CALL_METHOD_KW) {
        PymObject *kwnames = POP();
        PymObject **args = sp - oparg;
        size_t npos = oparg - PYM_SIZE(kwnames);
        PymObject *r;
        if (!args[-2] && PYM_METHOD_CHECK(args[-1])) UNPACK_BOUND_METHOD(args);
        PymObject *callable = args[-2] ? args[-2] : args[-1];
        if (inline_callable(callable)) {
            if (args[-2])
                callee = pym_function_make_frame(callable, args - 1, npos + 1, kwnames);
            else
                callee = pym_function_make_frame(callable, args, npos, kwnames);
            PYM_DECREF(kwnames);
            if (callee) goto push_method_frame;
            r = NULL;
        } else {
            if (args[-2])
                r = do_call(args[-2], args - 1, npos + 1, kwnames);
            else
                r = do_call(args[-1], args, npos, kwnames);
            PYM_DECREF(kwnames);
        }
        while (sp > args - 1) {
            PymObject *v = POP();
            PYM_DECREF(v);
        }
        sp--;
        PYM_XDECREF(*sp);
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        PymObject *code = POP();
        int nextra = (oparg & 1) + ((oparg >> 1) & 1) + ((oparg >> 2) & 1) + ((oparg >> 3) & 1);
        PymObject **extra = sp - nextra;
        PymObject *fo = make_function(f, code, (int)oparg, extra);
        PYM_DECREF(code);
        while (sp > extra) {
            PymObject *v = POP();
            PYM_DECREF(v);
        }
        if (!fo) goto error;
        PUSH(fo);
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
        goto exit_return;
    }
    TARGET(YIELD_VALUE) {
        retval = POP();
        goto exit_yield;
    }
    TARGET(GET_YIELD_FROM_ITER) {
        PymObject *o = TOP();
        if (PYM_CORO_CHECK(o) && !(co->co_flags & (PYM_CO_COROUTINE | PYM_CO_ITERABLE_COROUTINE))) {
            pym_err_set_string(
                PymExc_TypeError,
                "cannot 'yield from' a coroutine object in a non-coroutine generator");
            goto error;
        }
        if (!PYM_GENLIKE_CHECK(o)) {
            PymObject *it = pym_object_getiter(o);
            if (!it) goto error;
            SET_TOP(it);
            PYM_DECREF(o);
        }
        DISPATCH();
    }
    TARGET(YIELD_FROM) {
        PymObject *v = POP();
        PymObject *it = TOP();
        PymObject *r;
        int done;
        if (PYM_GENLIKE_CHECK(it)) {
            r = pym_gen_send_ex((PymGen *)it, v, &done);
        } else if (v == pym_None && PYM_TYPE(it)->tp_iternext) {
            r = PYM_TYPE(it)->tp_iternext(it);
            done = r == NULL;
            if (!r && !pym_err_occurred()) r = PYM_NEWREF(pym_None);
        } else {
            r = pym_call_method(it, PYM_ID(send), &v, 1);
            done = r == NULL;
        }
        PYM_DECREF(v);
        if (!done) {
            retval = r;
            f->f_delegating = 1;
            goto exit_yield;
        }
        if (!r) {
            if (!pym_err_matches((PymObject *)PymExc_StopIteration)) goto error;
            PymObject *e = pym_err_fetch();
            r = pym_stopiteration_value(e);
            PYM_DECREF(e);
            if (!r) goto error;
        }
        SET_TOP(r);
        PYM_DECREF(it);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        PymObject *bc = pym_dict_getitem(f->f_builtins, PYM_ID(__build_class__));
        if (!bc) {
            if (!pym_err_occurred())
                pym_err_set_string(PymExc_NameError, "__build_class__ not found");
            goto error;
        }
        PYM_INCREF(bc);
        PUSH(bc);
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        PymObject *locals = f->f_locals;
        if (!locals) {
            pym_err_set_string(PymExc_SystemError, "no locals found when setting up annotations");
            goto error;
        }
        int has;
        if (PYM_DICT_CHECK_EXACT(locals)) {
            has = pym_dict_contains(locals, PYM_ID(__annotations__));
        } else {
            PymObject *a = pym_object_getitem(locals, PYM_ID(__annotations__));
            has = a != NULL;
            PYM_XDECREF(a);
            if (!a) {
                if (!pym_err_matches((PymObject *)PymExc_KeyError)) goto error;
                pym_err_clear();
            }
        }
        if (has < 0) goto error;
        if (!has) {
            PymObject *d = pym_dict_new();
            if (!d) goto error;
            int r = pym_object_setitem(locals, PYM_ID(__annotations__), d);
            PYM_DECREF(d);
            if (r < 0) goto error;
        }
        DISPATCH();
    }

    TARGET(SETUP_FINALLY) {
        if (PYM_UNLIKELY(f->f_iblock >= co->co_nblocks)) {
            pym_err_set_string(PymExc_SystemError, "XXX block stack overflow");
            goto error;
        }
        PymTryBlock *b = &pym_frame_blocks(f)[f->f_iblock++];
        b->b_type = PYM_BLOCK_FINALLY;
        b->b_handler = (int)oparg;
        b->b_level = (int)(sp - stack_base);
        DISPATCH();
    }
    TARGET(SETUP_WITH) {
        PymObject *cm = TOP();
        PymObject *enter = lookup_special_bound(cm, PYM_ID(__enter__));
        if (!enter) {
            if (!pym_err_occurred())
                pym_err_format(PymExc_TypeError,
                               "'%s' object does not support the context manager protocol",
                               pym_type_name(cm));
            goto error;
        }
        PymObject *exitf = lookup_special_bound(cm, PYM_ID(__exit__));
        if (!exitf) {
            if (!pym_err_occurred())
                pym_err_format(PymExc_TypeError,
                               "'%s' object does not support the context manager protocol"
                               " (missed __exit__ method)",
                               pym_type_name(cm));
            PYM_DECREF(enter);
            goto error;
        }
        SET_TOP(exitf);
        PYM_DECREF(cm);
        PymObject *res = pym_call_noargs(enter);
        PYM_DECREF(enter);
        if (!res) goto error;
        if (PYM_UNLIKELY(f->f_iblock >= co->co_nblocks)) {
            PYM_DECREF(res);
            pym_err_set_string(PymExc_SystemError, "XXX block stack overflow");
            goto error;
        }
        PymTryBlock *b = &pym_frame_blocks(f)[f->f_iblock++];
        b->b_type = PYM_BLOCK_FINALLY;
        b->b_handler = (int)oparg;
        b->b_level = (int)(sp - stack_base);
        PUSH(res);
        DISPATCH();
    }
    TARGET(POP_BLOCK) {
        f->f_iblock--;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        PymTryBlock *b = &pym_frame_blocks(f)[--f->f_iblock];
        if (b->b_type != PYM_BLOCK_EXCEPT_HANDLER) {
            pym_err_set_string(PymExc_SystemError, "popped block is not an except handler");
            goto error;
        }
        PymObject *prev = POP();
        PymObject *old = pym_vm.exc_info->exc_value;
        pym_vm.exc_info->exc_value = prev;
        PYM_XDECREF(old);
        DISPATCH();
    }
    TARGET(RERAISE) {
        exc = POP();
        /* arg 0 (end of a finally body, no except clause matched): the
        ** frame's last instruction is this one, as CPython's RERAISE 0;
        ** otherwise it stays where the exception was raised */
        if (!oparg) f->f_lasti = (int)(f->f_ip - first_instr);
        goto exception_unwind;
    }
    TARGET(WITH_EXCEPT_START) {
        PymObject *e = TOP();
        PymObject *exitf = PEEK(3);
        PymObject *tb = ((PymBaseException *)e)->traceback;
        PymObject *args[3] = {(PymObject *)PYM_TYPE(e), e, tb ? tb : pym_None};
        PymObject *r = pym_call(exitf, args, 3, NULL);
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(RAISE_VARARGS) {
        PymObject *cause = oparg >= 2 ? POP() : NULL;
        PymObject *e = oparg >= 1 ? POP() : NULL;
        do_raise(e, cause, &reraise);
        PYM_XDECREF(e);
        PYM_XDECREF(cause);
        if (reraise) {
            exc = pym_err_fetch();
            goto exception_unwind;
        }
        goto error;
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(PYM_NEWREF(PymExc_AssertionError));
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        PymObject *fromlist = POP();
        PymObject *level = TOP();
        PymObject *m = import_name(f, names[oparg], fromlist, level);
        PYM_DECREF(fromlist);
        if (!m) goto error;
        SET_TOP(m);
        PYM_DECREF(level);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        PymObject *v = import_from(TOP(), names[oparg]);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        PymObject *m = POP();
        int r = import_star(f, m);
        PYM_DECREF(m);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        PymObject *v = POP();
        PymObject *hook = pym_sys_get("displayhook");
        if (!hook) {
            if (!pym_err_occurred())
                pym_err_set_string(PymExc_RuntimeError, "lost sys.displayhook");
            PYM_DECREF(v);
            goto error;
        }
        PymObject *r = pym_call_onearg(hook, v);
        PYM_DECREF(v);
        if (!r) goto error;
        PYM_DECREF(r);
        DISPATCH();
    }
    TARGET(GET_AWAITABLE) {
        PymObject *o = TOP();
        PymObject *it = pym_coro_get_awaitable_iter(o, (int)oparg);
        if (!it) goto error;
        if (PYM_CORO_CHECK(it) && ((PymGen *)it)->gi_frame &&
            ((PymGen *)it)->gi_frame->f_state == PYM_FRAME_SUSPENDED &&
            ((PymGen *)it)->gi_frame->f_delegating) {
            PYM_DECREF(it);
            pym_err_set_string(PymExc_RuntimeError, "coroutine is being awaited already");
            goto error;
        }
        SET_TOP(it);
        PYM_DECREF(o);
        DISPATCH();
    }
    TARGET(GET_AITER) {
        PymObject *o = TOP();
        PymObject *m = lookup_special_bound(o, PYM_ID(__aiter__));
        if (!m) {
            if (!pym_err_occurred())
                pym_err_format(PymExc_TypeError,
                               "'async for' requires an object with __aiter__ method, got %s",
                               pym_type_name(o));
            goto error;
        }
        PymObject *it = pym_call_noargs(m);
        PYM_DECREF(m);
        if (!it) goto error;
        if (!pym_type_lookup(PYM_TYPE(it), PYM_ID(__anext__))) {
            pym_err_format(PymExc_TypeError,
                           "'async for' received an object from __aiter__ "
                           "that does not implement __anext__: %s",
                           pym_type_name(it));
            PYM_DECREF(it);
            goto error;
        }
        SET_TOP(it);
        PYM_DECREF(o);
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        PymObject *aiter = TOP();
        PymObject *aw;
        if (PYM_ASYNCGEN_CHECK(aiter)) {
            aw = pym_async_gen_anext(aiter);
            if (!aw) goto error;
        } else {
            PymObject *m = lookup_special_bound(aiter, PYM_ID(__anext__));
            if (!m) {
                if (!pym_err_occurred())
                    pym_err_format(PymExc_TypeError,
                                   "'async for' requires an iterator with __anext__ method, got %s",
                                   pym_type_name(aiter));
                goto error;
            }
            PymObject *nx = pym_call_noargs(m);
            PYM_DECREF(m);
            if (!nx) goto error;
            aw = pym_coro_get_awaitable_iter(nx, 0);
            if (!aw) {
                PymObject *cause = pym_err_fetch();
                pym_err_format(PymExc_TypeError,
                               "'async for' received an invalid object from __anext__: %s",
                               pym_type_name(nx));
                PymObject *e = pym_err_fetch();
                PymBaseException *be = (PymBaseException *)e;
                PYM_SETREF(be->cause, PYM_NEWREF(cause));
                PYM_SETREF(be->context, cause);
                pym_err_restore(e);
                PYM_DECREF(nx);
                goto error;
            }
            PYM_DECREF(nx);
        }
        PUSH(aw);
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        PymObject *e = TOP();
        if (pym_object_isinstance(e, (PymObject *)PymExc_StopAsyncIteration) == 1) {
            PymObject *v = POP();
            PYM_DECREF(v);
            PymTryBlock *b = &pym_frame_blocks(f)[--f->f_iblock];
            (void)b;
            PymObject *prev = POP();
            PymObject *old = pym_vm.exc_info->exc_value;
            pym_vm.exc_info->exc_value = prev;
            PYM_XDECREF(old);
            PymObject *aiter = POP();
            PYM_DECREF(aiter);
            DISPATCH();
        }
        exc = POP();
        goto exception_unwind;
    }
    TARGET(BEFORE_ASYNC_WITH) {
        PymObject *cm = TOP();
        PymObject *enter = lookup_special_bound(cm, PYM_ID(__aenter__));
        if (!enter) {
            if (!pym_err_occurred())
                pym_err_format(
                    PymExc_TypeError,
                    "'%s' object does not support the asynchronous context manager protocol",
                    pym_type_name(cm));
            goto error;
        }
        PymObject *exitf = lookup_special_bound(cm, PYM_ID(__aexit__));
        if (!exitf) {
            if (!pym_err_occurred())
                pym_err_format(
                    PymExc_TypeError,
                    "'%s' object does not support the asynchronous context manager protocol"
                    " (missed __aexit__ method)",
                    pym_type_name(cm));
            PYM_DECREF(enter);
            goto error;
        }
        SET_TOP(exitf);
        PYM_DECREF(cm);
        PymObject *res = pym_call_noargs(enter);
        PYM_DECREF(enter);
        if (!res) goto error;
        PUSH(res);
        DISPATCH();
    }
    TARGET(SETUP_ASYNC_WITH) {
        if (PYM_UNLIKELY(f->f_iblock >= co->co_nblocks)) {
            pym_err_set_string(PymExc_SystemError, "XXX block stack overflow");
            goto error;
        }
        PymTryBlock *b = &pym_frame_blocks(f)[f->f_iblock++];
        b->b_type = PYM_BLOCK_FINALLY;
        b->b_handler = (int)oparg;
        b->b_level = (int)(sp - stack_base) - 1;
        DISPATCH();
    }
    TARGET(ASYNC_GEN_WRAP) {
        PymObject *v = TOP();
        PymObject *wrapped = pym_async_gen_wrap(v);
        if (!wrapped) goto error;
        SET_TOP(wrapped);
        PYM_DECREF(v);
        DISPATCH();
    }
    TARGET(JUMP_IF_NOT_EG_MATCH) {
        PymObject *type = POP();
        PymObject *rest = TOP();
        PymObject *match, *newrest;
        int r = pym_exc_group_match(rest, type, &match, &newrest);
        PYM_DECREF(type);
        if (r < 0) goto error;

        SET_TOP(newrest ? newrest : PYM_NEWREF(pym_None));
        PYM_DECREF(rest);
        if (!match)
            JUMPTO(oparg);
        else {
            PymObject *old = pym_vm.exc_info->exc_value;
            pym_vm.exc_info->exc_value = PYM_NEWREF(match);
            PYM_XDECREF(old);
            PUSH(match);
        }
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
        PymObject *list = POP();
        PymObject *orig = TOP();
        PymObject *r = pym_exc_prep_reraise_star(orig, list);
        PYM_DECREF(list);
        if (!r) goto error;
        SET_TOP(r);
        PYM_DECREF(orig);
        DISPATCH();
    }

    /* {====== specialized instructions (opcodes.h, specialize.c) ======} */
#define SPEC_COMPACT_INT(o) (PYM_INT_CHECK_EXACT(o) && pym_int_is_compact(o))
#define SPEC_BINARY_RESULT(r) \
    do { \
        if (!(r)) goto error; \
        sp--; \
        SET_TOP(r); \
        PYM_DECREF(a); \
        PYM_DECREF(b); \
        DISPATCH(); \
    } while (0)
/* The result v of a compact-int operation.  A cached small int is taken
** directly (no call of pym_int_from_long: binary_trees' `1 + check(l)`).
** A one-digit result that is not a cached small int goes into an operand the stack holds the only
** reference to (a temporary the operation would free: `(i + j) * k`)
** instead of a new int, saving an allocation and a free; else it is made
** here, as intobject.c's int_one_digit makes it (no call through
** pym_int_from_long and its range tests again: 30 instructions of 90 per
** `self.x += v.x`).  Not while the leak check or tracemalloc records
** blocks: the result would keep the operand's allocation record, and
** intobject.c attributes the new int's block itself. */
#define SPEC_INT_RESULT(v) \
    do { \
        long long v_ = (v); \
        if ((v_ > PYM_SMALL_INT_MAX || v_ < PYM_SMALL_INT_MIN) && \
            v_ > -(long long)PYM_LONG_BASE && v_ < (long long)PYM_LONG_BASE && \
            !(pym_leakcheck_active | pym_tracemalloc_active)) { \
            PymObject *keep_ = NULL, *drop_ = NULL; \
            if (a->ob_refcnt == 1) \
                keep_ = a, drop_ = b; \
            else if (b->ob_refcnt == 1) \
                keep_ = b, drop_ = a; \
            if (keep_) { \
                PYM_SIZE(keep_) = v_ < 0 ? -1 : 1; \
                ((PymInt *)keep_)->ob_digit[0] = (pym_digit)(v_ < 0 ? -v_ : v_); \
                sp--; \
                SET_TOP(keep_); \
                PYM_DECREF(drop_); \
                DISPATCH(); \
            } \
            PymInt *n_ = pym_obj_malloc((offsetof(PymInt, ob_digit) + sizeof(pym_digit) + 7) & \
                                        ~(size_t)7); \
            if (PYM_LIKELY(n_ != NULL)) { \
                n_->ob_base.ob_base.ob_refcnt = 1; \
                n_->ob_base.ob_base.ob_type = &pym_type_int; \
                n_->ob_base.ob_size = v_ < 0 ? -1 : 1; \
                n_->ob_digit[0] = (pym_digit)(v_ < 0 ? -v_ : v_); \
                sp--; \
                SET_TOP((PymObject *)n_); \
                PYM_DECREF(a); \
                PYM_DECREF(b); \
                DISPATCH(); \
            } \
        } \
        PymObject *r_ = v_ >= PYM_SMALL_INT_MIN && v_ <= PYM_SMALL_INT_MAX \
                            ? pym_int_small((intptr_t)v_) \
                            : pym_int_from_long(v_); \
        SPEC_BINARY_RESULT(r_); \
    } while (0)
/* The result of a float operation: as SPEC_INT_RESULT, into an exact float
** operand the stack holds the only reference to (`dx * dx + dy * dy`: the
** products are temporaries), else a new float; not while the leak check or
** tracemalloc records blocks. */
#define SPEC_FLOAT_RESULT(x) \
    do { \
        double x_ = (x); \
        if (!(pym_leakcheck_active | pym_tracemalloc_active)) { \
            PymObject *keep_ = NULL, *drop_ = NULL; \
            if (a->ob_refcnt == 1 && PYM_FLOAT_CHECK_EXACT(a)) \
                keep_ = a, drop_ = b; \
            else if (b->ob_refcnt == 1 && PYM_FLOAT_CHECK_EXACT(b)) \
                keep_ = b, drop_ = a; \
            if (keep_) { \
                ((PymFloat *)keep_)->ob_fval = x_; \
                sp--; \
                SET_TOP(keep_); \
                PYM_DECREF(drop_); \
                DISPATCH(); \
            } \
        } \
        PymObject *r_ = pym_float_from_double(x_); \
        SPEC_BINARY_RESULT(r_); \
    } while (0)
#define SPEC_COMPARE(x, y, t) \
    switch (oparg) { \
    case PYM_LT: t = x < y; break; \
    case PYM_LE: t = x <= y; break; \
    case PYM_EQ: t = x == y; break; \
    case PYM_NE: t = x != y; break; \
    case PYM_GT: t = x > y; break; \
    default: t = x >= y; break; \
    }
    TARGET(BINARY_OP_ADD_INT) {
        PymObject *b = TOP(), *a = SECOND();
        if (!SPEC_COMPACT_INT(a) || !SPEC_COMPACT_INT(b)) DEOPT(BINARY_OP);
        SPEC_INT_RESULT((long long)pym_int_compact_value(a) + pym_int_compact_value(b));
    }
    TARGET(BINARY_OP_SUB_INT) {
        PymObject *b = TOP(), *a = SECOND();
        if (!SPEC_COMPACT_INT(a) || !SPEC_COMPACT_INT(b)) DEOPT(BINARY_OP);
        SPEC_INT_RESULT((long long)pym_int_compact_value(a) - pym_int_compact_value(b));
    }
    TARGET(BINARY_OP_MUL_INT) { /* |a|, |b| < 2**30: the product fits */
        PymObject *b = TOP(), *a = SECOND();
        if (!SPEC_COMPACT_INT(a) || !SPEC_COMPACT_INT(b)) DEOPT(BINARY_OP);
        SPEC_INT_RESULT((long long)pym_int_compact_value(a) * pym_int_compact_value(b));
    }
    TARGET(BINARY_OP_MOD_INT) { /* the result takes the divisor's sign */
        PymObject *b = TOP(), *a = SECOND();
        if (!SPEC_COMPACT_INT(a) || !SPEC_COMPACT_INT(b)) DEOPT(BINARY_OP);
        intptr_t x = pym_int_compact_value(a), y = pym_int_compact_value(b);
        if (PYM_UNLIKELY(y == 0)) goto BINARY_OP_generic; /* ZeroDivisionError */
        intptr_t m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) m += y;
        SPEC_INT_RESULT(m);
    }
    TARGET(BINARY_OP_FLOORDIV_INT) { /* rounds toward minus infinity */
        PymObject *b = TOP(), *a = SECOND();
        if (!SPEC_COMPACT_INT(a) || !SPEC_COMPACT_INT(b)) DEOPT(BINARY_OP);
        intptr_t x = pym_int_compact_value(a), y = pym_int_compact_value(b);
        if (PYM_UNLIKELY(y == 0)) goto BINARY_OP_generic; /* ZeroDivisionError */
        intptr_t q = x / y;
        if (x % y != 0 && ((x < 0) != (y < 0))) q--;
        SPEC_INT_RESULT(q);
    }
    TARGET(BINARY_OP_BITS_INT) {
        PymObject *b = TOP(), *a = SECOND();
        if (!SPEC_COMPACT_INT(a) || !SPEC_COMPACT_INT(b)) DEOPT(BINARY_OP);
        long long x = pym_int_compact_value(a), y = pym_int_compact_value(b), z;
        switch (oparg >= PYM_NB_INPLACE ? (int)oparg - PYM_NB_INPLACE : (int)oparg) {
        case PYM_NB_AND: z = x & y; break;
        case PYM_NB_OR: z = x | y; break;
        case PYM_NB_XOR: z = x ^ y; break;
        case PYM_NB_LSHIFT: /* |x| < 2**30, y < 32: fits in 61 bits */
            if (PYM_UNLIKELY(y < 0 || y > 31)) goto BINARY_OP_generic;
            z = (long long)((unsigned long long)x << y);
            break;
        default: /* PYM_NB_RSHIFT: arithmetic, as floor division by 2**y */
            if (PYM_UNLIKELY(y < 0)) goto BINARY_OP_generic; /* ValueError */
            z = x >> (y > 62 ? 62 : y);
            break;
        }
        SPEC_INT_RESULT(z);
    }
    TARGET(BINARY_OP_ADD_FLOAT) {
        PymObject *b = TOP(), *a = SECOND();
        if (!PYM_FLOAT_CHECK_EXACT(a) || !PYM_FLOAT_CHECK_EXACT(b))
            goto B_BINARY_OP_FLOAT_MIXED; /* a compact int: no deoptimization */
        SPEC_FLOAT_RESULT(PYM_FLOAT_VALUE(a) + PYM_FLOAT_VALUE(b));
    }
    TARGET(BINARY_OP_SUB_FLOAT) {
        PymObject *b = TOP(), *a = SECOND();
        if (!PYM_FLOAT_CHECK_EXACT(a) || !PYM_FLOAT_CHECK_EXACT(b))
            goto B_BINARY_OP_FLOAT_MIXED; /* a compact int: no deoptimization */
        SPEC_FLOAT_RESULT(PYM_FLOAT_VALUE(a) - PYM_FLOAT_VALUE(b));
    }
    TARGET(BINARY_OP_MUL_FLOAT) {
        PymObject *b = TOP(), *a = SECOND();
        if (!PYM_FLOAT_CHECK_EXACT(a) || !PYM_FLOAT_CHECK_EXACT(b))
            goto B_BINARY_OP_FLOAT_MIXED; /* a compact int: no deoptimization */
        SPEC_FLOAT_RESULT(PYM_FLOAT_VALUE(a) * PYM_FLOAT_VALUE(b));
    }
    TARGET(BINARY_OP_FLOAT_MIXED) {
        /* a compact int is exact as a double: float's own arithmetic on it.
        ** Numeric sites are often polymorphic (Vector(0, 0, 0) and
        ** Vector(0.5, ...) through the same x * y): any mix of exact floats
        ** and compact ints stays here, two ints through the generic code's
        ** int path (their quotient is float division of exact doubles) */
        PymObject *b = TOP(), *a = SECOND();
        bool fa = PYM_FLOAT_CHECK_EXACT(a), fb = PYM_FLOAT_CHECK_EXACT(b);
        if (!(fa || SPEC_COMPACT_INT(a)) || !(fb || SPEC_COMPACT_INT(b))) DEOPT(BINARY_OP);
        if (!(fa || fb) && oparg % PYM_NB_INPLACE != PYM_NB_TRUE_DIVIDE)
            goto BINARY_OP_generic; /* int + - * int: an int */
        double x = fa ? PYM_FLOAT_VALUE(a) : (double)pym_int_compact_value(a);
        double y = fb ? PYM_FLOAT_VALUE(b) : (double)pym_int_compact_value(b);
        switch (oparg >= PYM_NB_INPLACE ? (int)oparg - PYM_NB_INPLACE : (int)oparg) {
        case PYM_NB_ADD: x += y; break;
        case PYM_NB_SUBTRACT: x -= y; break;
        case PYM_NB_MULTIPLY: x *= y; break;
        case PYM_NB_POWER: /* a float among them (pick): float_pow's pow() */
            /* a positive finite base and a finite exponent: no special case
            ** of float_pow applies and pow() cannot fail but by overflow */
            if (!(x > 0.0 && x <= DBL_MAX && y >= -DBL_MAX && y <= DBL_MAX))
                goto BINARY_OP_generic;
            x = pow(x, y);
            if (PYM_UNLIKELY(x > DBL_MAX)) goto BINARY_OP_generic; /* OverflowError */
            break;
        default:                                  /* PYM_NB_TRUE_DIVIDE */
            if (y == 0.0) goto BINARY_OP_generic; /* ZeroDivisionError */
            x /= y;
            break;
        }
        SPEC_FLOAT_RESULT(x);
    }
    TARGET(BINARY_OP_COMPLEX) {
        /* complexobject.c's arithmetic, inline: an exact complex with an
        ** exact complex, float or compact int (the last two a complex with
        ** a +0.0 imaginary part, as CPython converts them); the result goes
        ** into an exact complex operand the stack holds the only reference
        ** to, as SPEC_FLOAT_RESULT's (`z * z + c`: the product) */
        PymObject *b = TOP(), *a = SECOND();
        bool ca = PYM_COMPLEX_CHECK_EXACT(a), cb = PYM_COMPLEX_CHECK_EXACT(b);
        PymComplexValue x, y;
        if (ca)
            x = PYM_COMPLEX_VALUE(a);
        else if (PYM_FLOAT_CHECK_EXACT(a))
            x = (PymComplexValue){PYM_FLOAT_VALUE(a), 0.0};
        else if (cb && SPEC_COMPACT_INT(a))
            x = (PymComplexValue){(double)pym_int_compact_value(a), 0.0};
        else
            DEOPT(BINARY_OP);
        if (cb)
            y = PYM_COMPLEX_VALUE(b);
        else if (PYM_FLOAT_CHECK_EXACT(b))
            y = (PymComplexValue){PYM_FLOAT_VALUE(b), 0.0};
        else if (SPEC_COMPACT_INT(b))
            y = (PymComplexValue){(double)pym_int_compact_value(b), 0.0};
        else
            DEOPT(BINARY_OP);
        if (!(ca || cb)) DEOPT(BINARY_OP);
        switch (oparg >= PYM_NB_INPLACE ? (int)oparg - PYM_NB_INPLACE : (int)oparg) {
        case PYM_NB_ADD: x = (PymComplexValue){x.real + y.real, x.imag + y.imag}; break;
        case PYM_NB_SUBTRACT: x = (PymComplexValue){x.real - y.real, x.imag - y.imag}; break;
        case PYM_NB_MULTIPLY:
            x = (PymComplexValue){x.real * y.real - x.imag * y.imag,
                                  x.real * y.imag + x.imag * y.real};
            break;
        default: /* PYM_NB_TRUE_DIVIDE (the specializer's only other) */
            if (y.real == 0.0 && y.imag == 0.0) goto BINARY_OP_generic; /* ZeroDivisionError */
            x = pym_complex_quot(x, y);
            break;
        }
        if (!(pym_leakcheck_active | pym_tracemalloc_active)) {
            PymObject *keep = NULL, *drop = NULL;
            if (ca && a->ob_refcnt == 1)
                keep = a, drop = b;
            else if (cb && b->ob_refcnt == 1)
                keep = b, drop = a;
            if (keep) {
                PYM_COMPLEX_VALUE(keep) = x;
                sp--;
                SET_TOP(keep);
                PYM_DECREF(drop);
                DISPATCH();
            }
        }
        PymObject *r = pym_complex_from_doubles(x.real, x.imag);
        SPEC_BINARY_RESULT(r);
    }
    TARGET(COMPARE_OP_INT) {
        PymObject *b = TOP(), *a = SECOND();
        if (!SPEC_COMPACT_INT(a) || !SPEC_COMPACT_INT(b)) DEOPT(COMPARE_OP);
        intptr_t x = pym_int_compact_value(a), y = pym_int_compact_value(b);
        int t;
        SPEC_COMPARE(x, y, t)
        PymObject *r = PYM_NEWREF(t ? pym_True : pym_False);
        SPEC_BINARY_RESULT(r);
    }
    /* COMPARE_OP_FLOAT*: exact floats, or a float and a compact int (exact
    ** as a double: the comparison is the exact one CPython makes) */
#define SPEC_AS_DOUBLE(o, d) \
    (PYM_FLOAT_CHECK_EXACT(o) ? ((d) = PYM_FLOAT_VALUE(o), true) \
     : SPEC_COMPACT_INT(o)    ? ((d) = (double)pym_int_compact_value(o), true) \
                              : false)
    TARGET(COMPARE_OP_FLOAT) {
        PymObject *b = TOP(), *a = SECOND();
        double x, y;
        if (!SPEC_AS_DOUBLE(a, x) || !SPEC_AS_DOUBLE(b, y)) DEOPT(COMPARE_OP);
        int t;
        SPEC_COMPARE(x, y, t)
        PymObject *r = PYM_NEWREF(t ? pym_True : pym_False);
        SPEC_BINARY_RESULT(r);
    }
    /* COMPARE_OP_*_JUMP: the comparison's truth goes to the POP_JUMP_IF_FALSE
    ** or _TRUE after it (never specialized itself) without a bool */
#define SPEC_COMPARE_JUMP(t) \
    do { \
        sp -= 2; \
        PYM_DECREF(a); \
        PYM_DECREF(b); \
        PymInstr j_ = *next_instr++; \
        if ((t) == (PYM_INSTR_OP(j_) == OP_POP_JUMP_IF_TRUE)) JUMPTO(PYM_INSTR_ARG(j_)); \
        DISPATCH(); \
    } while (0)
    TARGET(COMPARE_OP_INT_JUMP) {
        PymObject *b = TOP(), *a = SECOND();
        if (!SPEC_COMPACT_INT(a) || !SPEC_COMPACT_INT(b)) DEOPT(COMPARE_OP);
        intptr_t x = pym_int_compact_value(a), y = pym_int_compact_value(b);
        int t;
        SPEC_COMPARE(x, y, t)
        SPEC_COMPARE_JUMP(t);
    }
    TARGET(COMPARE_OP_FLOAT_JUMP) {
        PymObject *b = TOP(), *a = SECOND();
        double x, y;
        if (!SPEC_AS_DOUBLE(a, x) || !SPEC_AS_DOUBLE(b, y)) DEOPT(COMPARE_OP);
        int t;
        SPEC_COMPARE(x, y, t)
        SPEC_COMPARE_JUMP(t);
    }
    /* Superinstructions: the first instruction's work, then the second's
    ** body entered directly, as a dispatch would (f_ip, oparg). */
#define SUPER_NEXT() \
    do { \
        f->f_ip = next_instr; \
        w = *next_instr++; \
        oparg = PYM_INSTR_ARG(w); \
        OPSTATS_COUNT(PYM_INSTR_OP(w)); \
    } while (0)
#define SUPER_LOAD_FAST() \
    do { \
        PymObject *v_ = GETLOCAL(oparg); \
        if (PYM_UNLIKELY(!v_)) { \
            unbound_local(PYM_TUPLE_GET(co->co_varnames, oparg)); \
            goto error; \
        } \
        PYM_INCREF(v_); \
        PUSH(v_); \
    } while (0)
    TARGET(LOAD_FAST__LOAD_FAST) {
        SUPER_LOAD_FAST();
        SUPER_NEXT();
        goto L_LOAD_FAST;
    }
    TARGET(LOAD_FAST__LOAD_ATTR) {
        SUPER_LOAD_FAST();
        SUPER_NEXT();
        goto L_LOAD_ATTR;
    }
    TARGET(LOAD_FAST__LOAD_METHOD) {
        SUPER_LOAD_FAST();
        SUPER_NEXT();
        goto L_LOAD_METHOD;
    }
    TARGET(LOAD_FAST__LOAD_CONST) {
        SUPER_LOAD_FAST();
        SUPER_NEXT();
        goto L_LOAD_CONST;
    }
    TARGET(IS_OP_JUMP) { /* the POP_JUMP_IF_FALSE / _TRUE after it jumps here */
        PymObject *b = TOP(), *a = SECOND();
        int t = (a == b) ^ (int)oparg;
        sp -= 2;
        PYM_DECREF(a);
        PYM_DECREF(b);
        PymInstr j_ = *next_instr++;
        if (t == (PYM_INSTR_OP(j_) == OP_POP_JUMP_IF_TRUE)) JUMPTO(PYM_INSTR_ARG(j_));
        DISPATCH();
    }
    TARGET(LOAD_CONST__RETURN_VALUE) {
        retval = PYM_NEWREF(consts[oparg]);
        f->f_ip = next_instr; /* the RETURN_VALUE's line, for a frame object kept */
        goto exit_return;
    }
    TARGET(STORE_FAST__LOAD_FAST) {
        PymObject *v = POP();
        PymObject *old = GETLOCAL(oparg);
        GETLOCAL(oparg) = v;
        PYM_XDECREF(old);
        SUPER_NEXT();
        goto L_LOAD_FAST;
    }
    TARGET(LOAD_CONST__LOAD_FAST) {
        PymObject *v = consts[oparg];
        PYM_INCREF(v);
        PUSH(v);
        SUPER_NEXT();
        goto L_LOAD_FAST;
    }
    /* a, b, c = ...: every store of the chain but the last is this form,
    ** so the chain runs here to its end without a dispatch per store; the
    ** last one enters its own form's body (STORE_FAST or __LOAD_FAST) */
    TARGET(STORE_FAST__STORE_FAST) {
        for (;;) {
            PymObject *v = POP();
            PymObject *old = GETLOCAL(oparg);
            GETLOCAL(oparg) = v;
            PYM_XDECREF(old);
            SUPER_NEXT();
            if (PYM_INSTR_OP(w) != OP_STORE_FAST__STORE_FAST) break;
        }
        if (PYM_INSTR_OP(w) == OP_STORE_FAST__LOAD_FAST) goto L_STORE_FAST__LOAD_FAST;
        goto L_STORE_FAST;
    }
    /* COMPARE_OP_STR*: == and != by pym_str_equal (lengths and hashes first),
    ** the orderings by code point */
#define SPEC_STR_COMPARE(t) \
    do { \
        if (oparg == PYM_EQ || oparg == PYM_NE) { \
            t = pym_str_equal(a, b) == (oparg == PYM_EQ); \
        } else { \
            int c_ = pym_str_compare(a, b); \
            SPEC_COMPARE(c_, 0, t) \
        } \
    } while (0)
    TARGET(COMPARE_OP_STR) {
        PymObject *b = TOP(), *a = SECOND();
        if (!PYM_STR_CHECK_EXACT(a) || !PYM_STR_CHECK_EXACT(b)) DEOPT(COMPARE_OP);
        int t;
        SPEC_STR_COMPARE(t);
        PymObject *r = PYM_NEWREF(t ? pym_True : pym_False);
        SPEC_BINARY_RESULT(r);
    }
    TARGET(COMPARE_OP_STR_JUMP) {
        PymObject *b = TOP(), *a = SECOND();
        if (!PYM_STR_CHECK_EXACT(a) || !PYM_STR_CHECK_EXACT(b)) DEOPT(COMPARE_OP);
        int t;
        SPEC_STR_COMPARE(t);
        SPEC_COMPARE_JUMP(t);
    }
    /* COMPARE_OP_SET*: exact sets and frozensets compared by setobject.c
    ** without the generic dispatch (meteor's `fp <= free`) */
#define SPEC_IS_SET(o) (PYM_TYPE(o) == &pym_type_set || PYM_TYPE(o) == &pym_type_frozenset)
    TARGET(COMPARE_OP_SET) {
        PymObject *b = TOP(), *a = SECOND();
        if (!SPEC_IS_SET(a) || !SPEC_IS_SET(b)) DEOPT(COMPARE_OP);
        int t = pym_set_compare(a, b, oparg);
        PymObject *r = t < 0 ? NULL : PYM_NEWREF(t ? pym_True : pym_False);
        SPEC_BINARY_RESULT(r);
    }
    TARGET(COMPARE_OP_SET_JUMP) {
        PymObject *b = TOP(), *a = SECOND();
        if (!SPEC_IS_SET(a) || !SPEC_IS_SET(b)) DEOPT(COMPARE_OP);
        int t = pym_set_compare(a, b, oparg);
        if (PYM_UNLIKELY(t < 0)) goto error;
        SPEC_COMPARE_JUMP(t);
    }
    TARGET(BINARY_SUBSCR_LIST_INT) {
        PymObject *b = TOP(), *a = SECOND();
        if (!PYM_LIST_CHECK_EXACT(a) || !SPEC_COMPACT_INT(b)) DEOPT(BINARY_SUBSCR);
        intptr_t i = pym_int_compact_value(b), n = PYM_SIZE(a);
        if (i < 0) i += n;
        if (PYM_UNLIKELY(i < 0 || i >= n)) goto BINARY_SUBSCR_generic; /* IndexError */
        PymObject *r = PYM_NEWREF(PYM_LIST_GET(a, i));
        SPEC_BINARY_RESULT(r);
    }
    TARGET(BINARY_SUBSCR_TUPLE_INT) {
        PymObject *b = TOP(), *a = SECOND();
        if (!PYM_TUPLE_CHECK_EXACT(a) || !SPEC_COMPACT_INT(b)) DEOPT(BINARY_SUBSCR);
        intptr_t i = pym_int_compact_value(b), n = PYM_SIZE(a);
        if (i < 0) i += n;
        if (PYM_UNLIKELY(i < 0 || i >= n)) goto BINARY_SUBSCR_generic; /* IndexError */
        PymObject *r = PYM_NEWREF(PYM_TUPLE_GET(a, i));
        SPEC_BINARY_RESULT(r);
    }
    TARGET(BINARY_SUBSCR_DICT) {
        PymObject *b = TOP(), *a = SECOND();
        if (!PYM_DICT_CHECK_EXACT(a)) DEOPT(BINARY_SUBSCR);
        PymObject *r = pym_dict_getitem(a, b);
        if (PYM_UNLIKELY(!r)) {
            if (!pym_err_occurred()) pym_err_set_object(PymExc_KeyError, b);
            goto error;
        }
        PYM_INCREF(r);
        SPEC_BINARY_RESULT(r);
    }
    TARGET(BINARY_SUBSCR_STR_INT) { /* str's own subscript, its type checks done */
        PymObject *b = TOP(), *a = SECOND();
        if (!PYM_STR_CHECK_EXACT(a) || !SPEC_COMPACT_INT(b)) DEOPT(BINARY_SUBSCR);
        PymObject *r = pym_type_str.mp_subscript(a, b);
        SPEC_BINARY_RESULT(r);
    }
    TARGET(BINARY_SUBSCR_LIST_SLICE) {
        PymObject *b = TOP(), *a = SECOND();
        if (!PYM_LIST_CHECK_EXACT(a) || !PYM_SLICE_CHECK(b)) DEOPT(BINARY_SUBSCR);
        PymObject *r = pym_type_list.mp_subscript(a, b);
        SPEC_BINARY_RESULT(r);
    }
    TARGET(STORE_SUBSCR_LIST_INT) {
        PymObject *k = TOP(), *o = SECOND(), *v = THIRD();
        if (!PYM_LIST_CHECK_EXACT(o) || !SPEC_COMPACT_INT(k)) DEOPT(STORE_SUBSCR);
        intptr_t i = pym_int_compact_value(k), n = PYM_SIZE(o);
        if (i < 0) i += n;
        if (PYM_UNLIKELY(i < 0 || i >= n)) goto STORE_SUBSCR_generic; /* IndexError */
        PymObject *old = PYM_LIST_GET(o, i);
        PYM_LIST_SET(o, i, v); /* takes the stack's reference */
        sp -= 3;
        PYM_DECREF(o);
        PYM_DECREF(k);
        PYM_DECREF(old); /* last: may run __del__ */
        DISPATCH();
    }
    TARGET(STORE_SUBSCR_DICT) {
        PymObject *k = TOP(), *o = SECOND(), *v = THIRD();
        if (!PYM_DICT_CHECK_EXACT(o)) DEOPT(STORE_SUBSCR);
        if (pym_dict_setitem(o, k, v) < 0) goto error;
        sp -= 3;
        PYM_DECREF(k);
        PYM_DECREF(o);
        PYM_DECREF(v);
        DISPATCH();
    }
    /* BUILD_SLICE fused with the subscript after it (specialize.c's
    ** super_pair): a[i:j], a[i:j:k] of an exact list or str and their
    ** stores into an exact list, the bounds None or compact ints, are
    ** resolved without making the slice
    ** object -- no allocation, no generic subscript, no unpacking of the
    ** slice -- and the subscript instruction is stepped over.  The slice
    ** CPython would make is played by pym_slice_hold/unhold
    ** (sliceobject.h), released where CPython's BINARY_SUBSCR/STORE_SUBSCR
    ** drop it, after the container (and the stored value), so gc counts,
    ** collections and tracemalloc are unchanged.  A store takes a list or
    ** tuple value only (no iteration: no code runs before the items move).
    ** Anything else, a step of 0 included: the plain BUILD_SLICE, and the
    ** subscript instruction runs as it was. */
#define FUSED_SLICE_BOUND(v, out, dflt) \
    do { \
        if ((v) == pym_None) \
            (out) = (dflt); \
        else if (SPEC_COMPACT_INT(v)) \
            (out) = pym_int_compact_value(v); \
        else \
            goto B_BUILD_SLICE; \
    } while (0)
#define FUSED_SLICE_RESOLVE(len) \
    do { \
        if (oparg == 3) { \
            FUSED_SLICE_BOUND(TOP(), step, 1); \
            if (PYM_UNLIKELY(step == 0)) goto B_BUILD_SLICE; \
        } \
        FUSED_SLICE_BOUND(PEEK(oparg), start, step < 0 ? PYM_SSIZE_MAX : 0); \
        FUSED_SLICE_BOUND(PEEK(oparg - 1), stop, step < 0 ? -PYM_SSIZE_MAX - 1 : PYM_SSIZE_MAX); \
        n = pym_slice_adjust_indices((len), &start, &stop, step); \
    } while (0)
/* pops the bounds: None and ints, no finalizer to run */
#define FUSED_SLICE_POP_BOUNDS() \
    do { \
        for (int i_ = 0; i_ < oparg; i_++) { \
            PymObject *b_ = POP(); \
            PYM_DECREF(b_); \
        } \
    } while (0)
    TARGET(BUILD_SLICE__BINARY_SUBSCR) { /* an exact list or str */
        PymObject *o = PEEK(oparg + 1);
        bool is_list = PYM_LIST_CHECK_EXACT(o);
        if (!is_list && !PYM_STR_CHECK_EXACT(o)) goto B_BUILD_SLICE;
        intptr_t start, stop, step = 1, n;
        FUSED_SLICE_RESOLVE(is_list ? PYM_SIZE(o) : PYM_STR_LEN(o));
        PymObject *hold = pym_slice_hold();
        if (PYM_UNLIKELY(!hold)) goto error;
        PymObject *r = is_list ? pym_list_get_slice(o, start, n, step)
                               : pym_str_get_slice(o, start, n, step);
        if (PYM_UNLIKELY(!r)) {
            pym_slice_unhold(hold);
            goto error;
        }
        FUSED_SLICE_POP_BOUNDS();
        SET_TOP(r);
        PYM_DECREF(o);
        pym_slice_unhold(hold);
        next_instr += 1 + PYM_NCACHE_BINARY_SUBSCR;
        DISPATCH();
    }
    TARGET(BUILD_SLICE__STORE_SUBSCR) {
        PymObject *o = PEEK(oparg + 1), *v = PEEK(oparg + 2);
        if (!PYM_LIST_CHECK_EXACT(o) || !(PYM_LIST_CHECK(v) || PYM_TUPLE_CHECK(v)))
            goto B_BUILD_SLICE;
        intptr_t start, stop, step = 1, n;
        FUSED_SLICE_RESOLVE(PYM_SIZE(o));
        PymObject *hold = pym_slice_hold();
        if (PYM_UNLIKELY(!hold)) goto error;
        if (PYM_UNLIKELY(pym_list_set_slice(o, start, stop, step, n, v) < 0)) {
            pym_slice_unhold(hold);
            goto error;
        }
        FUSED_SLICE_POP_BOUNDS();
        sp -= 2;
        PYM_DECREF(v);
        PYM_DECREF(o);
        pym_slice_unhold(hold);
        next_instr += 1 + PYM_NCACHE_STORE_SUBSCR;
        DISPATCH();
    }
    /* FOR_ITER over an exact iterator type: its tp_iternext directly.  An
    ** iterator over other iterators (enumerate, zip, reversed of a sequence)
    ** may end with StopIteration set: the generic code's ending, which costs
    ** nothing while the loop runs */
#define SPEC_FOR_ITER(type) \
    do { \
        PymObject *it = TOP(); \
        if (PYM_TYPE(it) != &(type)) DEOPT(FOR_ITER); \
        PymObject *v = (type).tp_iternext(it); \
        if (PYM_LIKELY(v != NULL)) { \
            PUSH(v); \
            DISPATCH(); \
        } \
        if (pym_err_occurred()) { \
            if (!pym_err_matches((PymObject *)PymExc_StopIteration)) goto error; \
            pym_err_clear(); \
        } \
        sp--; \
        PYM_DECREF(it); \
        JUMPTO(oparg); \
        DISPATCH(); \
    } while (0)
    TARGET(FOR_ITER_RANGE) SPEC_FOR_ITER(pym_type_range_iter);
    TARGET(FOR_ITER_LIST) SPEC_FOR_ITER(pym_type_list_iter);
    TARGET(FOR_ITER_TUPLE) SPEC_FOR_ITER(pym_type_tuple_iter);
    TARGET(FOR_ITER_SET) SPEC_FOR_ITER(pym_type_set_iter);
    TARGET(FOR_ITER_DICT_KEYS) SPEC_FOR_ITER(pym_type_dict_keyiter);
    TARGET(FOR_ITER_DICT_VALUES) SPEC_FOR_ITER(pym_type_dict_valueiter);
    TARGET(FOR_ITER_DICT_ITEMS) SPEC_FOR_ITER(pym_type_dict_itemiter);
    TARGET(FOR_ITER_ENUMERATE) SPEC_FOR_ITER(pym_type_enumerate);
    TARGET(FOR_ITER_ZIP) SPEC_FOR_ITER(pym_type_zip);
    TARGET(FOR_ITER_REVERSED) {
        PymType *t = PYM_TYPE(TOP());
        if (t == &pym_type_list_reviter) SPEC_FOR_ITER(pym_type_list_reviter);
        SPEC_FOR_ITER(pym_type_reversed);
    }
    TARGET(FOR_ITER_GEN) {
        /* The generator's frame runs in this loop as an inline frame above
        ** ours (f_inline 3), resumed with None sent: what gen_send_ex does
        ** around pym_eval_frame, without the C call.  Its yield comes back
        ** at yield_inline, its end at pop_gen_frame.  A generator running,
        ** finished, or one level too deep: the generic code says what. */
        PymObject *it = TOP();
        if (PYM_TYPE(it) != &pym_type_generator) DEOPT(FOR_ITER);
        PymGen *g = (PymGen *)it;
        PymFrame *gf = g->gi_frame;
        if (PYM_UNLIKELY(!gf || g->gi_running || gf->f_state >= PYM_FRAME_EXECUTING ||
                         pym_vm_at_limit()))
            goto FOR_ITER_generic;
        const PymInstr *resume = gf->f_code->co_code;
        bool send_none = false;
        if (gf->f_state == PYM_FRAME_SUSPENDED) {
            resume += gf->f_lasti + 1;
            if (gf->f_delegating) /* YIELD_FROM runs again, None sent to the delegate */
                resume--, send_none = true;
            else if (PYM_INSTR_OP(*resume) == OP_POP_TOP) /* 'yield v' as a statement */
                resume++;
            else
                send_none = true;
        }
        f->f_stackdepth = (int)(sp - stack_base);
        g->gi_running = 1;
        g->gi_exc_state.previous = pym_vm.exc_info;
        pym_vm.exc_info = &g->gi_exc_state;
        pym_vm.depth++;
        gf->f_back = f;
        gf->f_inline = 3;
        gf->f_delegating = 0;
        gf->f_state = PYM_FRAME_EXECUTING;
        pym_vm.frame = gf;
        f = gf;
        LOAD_FRAME();
        sp = stack_base + f->f_stackdepth;
        f->f_stackdepth = 0;
        if (send_none) PUSH(PYM_NEWREF(pym_None));
        next_instr = resume;
        f->f_ip = next_instr;
        if (PYM_UNLIKELY(pym_vm_interrupt_pending)) goto interrupted;
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE_TWO_TUPLE) {
        PymObject *seq = TOP();
        if (!PYM_TUPLE_CHECK_EXACT(seq) || PYM_SIZE(seq) != 2) DEOPT(UNPACK_SEQUENCE);
        sp[-1] = PYM_NEWREF(PYM_TUPLE_GET(seq, 1));
        PUSH(PYM_NEWREF(PYM_TUPLE_GET(seq, 0)));
        PYM_DECREF(seq);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE_TUPLE) {
        PymObject *seq = TOP();
        if (!PYM_TUPLE_CHECK_EXACT(seq) || PYM_SIZE(seq) != oparg) DEOPT(UNPACK_SEQUENCE);
        PymObject **items = PYM_TUPLE_ITEMS(seq);
        sp--;
        for (int i = oparg - 1; i >= 0; i--) {
            PYM_INCREF(items[i]);
            PUSH(items[i]);
        }
        PYM_DECREF(seq);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE_LIST) {
        PymObject *seq = TOP();
        if (!PYM_LIST_CHECK_EXACT(seq) || PYM_SIZE(seq) != oparg) DEOPT(UNPACK_SEQUENCE);
        PymObject **items = PYM_LIST_ITEMS(seq);
        sp--;
        for (int i = oparg - 1; i >= 0; i--) {
            PYM_INCREF(items[i]);
            PUSH(items[i]);
        }
        PYM_DECREF(seq);
        DISPATCH();
    }
    /* *_STORE: the oparg STORE_FASTs that follow are done here, in their
    ** order (the first target gets the first item), each old value dropped
    ** after its store as STORE_FAST does; then the instruction after them */
#define SPEC_UNPACK_STORE(item) SPEC_UNPACK_STORE_N(item, oparg)
#define SPEC_UNPACK_STORE_N(item, n) \
    do { \
        for (int i_ = 0; i_ < (n); i_++) { \
            PymInstr st_ = next_instr[i_]; \
            PYM_ASSERT(pym_specialize_base(PYM_INSTR_OP(st_)) == OP_STORE_FAST); \
            f->f_ip = next_instr + i_; \
            PymObject **slot_ = &GETLOCAL(PYM_INSTR_ARG(st_)); \
            PymObject *old_ = *slot_; \
            *slot_ = (item); \
            PYM_XDECREF(old_); \
        } \
        next_instr += (n); \
    } while (0)
    /* a tuple's items cannot change while it is referenced */
    TARGET(UNPACK_SEQUENCE_TUPLE_STORE) {
        PymObject *seq = TOP();
        if (!PYM_TUPLE_CHECK_EXACT(seq) || PYM_SIZE(seq) != oparg) DEOPT(UNPACK_SEQUENCE);
        sp--;
        PymObject **items = PYM_TUPLE_ITEMS(seq);
        if (oparg == 2) /* `left, right = node`: unrolled */
            SPEC_UNPACK_STORE_N(PYM_NEWREF(items[i_]), 2);
        else
            SPEC_UNPACK_STORE(PYM_NEWREF(items[i_]));
        PYM_DECREF(seq);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE_LIST_STORE) {
        PymObject *seq = TOP();
        if (!PYM_LIST_CHECK_EXACT(seq) || PYM_SIZE(seq) != oparg) DEOPT(UNPACK_SEQUENCE);
        /* a __del__ run by a store could change the list: the items are
        ** taken first, as the generic unpacking does, onto the stack */
        PymObject **items = PYM_LIST_ITEMS(seq);
        sp--;
        for (int i = 0; i < oparg; i++) sp[i] = PYM_NEWREF(items[i]);
        PYM_DECREF(seq);
        SPEC_UNPACK_STORE(sp[i_]); /* the stores take the stack's references */
        DISPATCH();
    }
    /* the calls: arguments and callable are popped as CALL_FUNCTION does */
#define SPEC_CALL_FUNCTION_DONE(r) \
    do { \
        while (sp > args - 1) { \
            PymObject *v_ = POP(); \
            PYM_DECREF(v_); \
        } \
        if (!(r)) goto error; \
        PUSH(r); \
        DISPATCH(); \
    } while (0)
#define SPEC_CALL_METHOD_DONE(r) \
    do { \
        while (sp > args - 1) { \
            PymObject *v_ = POP(); \
            PYM_DECREF(v_); \
        } \
        sp--; \
        PYM_XDECREF(*sp); \
        if (!(r)) goto error; \
        PUSH(r); \
        DISPATCH(); \
    } while (0)
    TARGET(CALL_FUNCTION_PY_EXACT) {
        PymObject **args = sp - oparg, *callable = args[-1];
        if (!PYM_FUNCTION_CHECK(callable) || !pym_function_simple((PymFunction *)callable, oparg))
            DEOPT(CALL_FUNCTION);
        PymFunction *fn = (PymFunction *)callable;
        PymCode *co_ = (PymCode *)fn->func_code;
        callee = pym_frame_push_uninit(co_, fn->func_globals, fn->func_builtins, NULL);
        if (!callee) SPEC_CALL_FUNCTION_DONE((PymObject *)NULL);
        /* the arguments move into the frame; the function stays on the stack */
        for (int i_ = 0; i_ < oparg; i_++) callee->f_localsplus[i_] = args[i_];
        for (intptr_t i_ = oparg, n_ = pym_frame_nlocalsplus(co_); i_ < n_; i_++)
            callee->f_localsplus[i_] = NULL;
        sp = args;
        if (PYM_UNLIKELY(fn->func_simple & PYM_FUNC_CELLS)) goto push_frame_cells;
        goto push_frame;
    }
    TARGET(CALL_METHOD_PY_EXACT) {
        PymObject **args = sp - oparg, *m = args[-2];
        if (PYM_UNLIKELY(!m) && PYM_METHOD_CHECK(args[-1])) { /* super().m(...) */
            UNPACK_BOUND_METHOD(args);
            m = args[-2];
        }
        if (!m || !PYM_FUNCTION_CHECK(m) || !pym_function_simple((PymFunction *)m, oparg + 1))
            DEOPT(CALL_METHOD);
        PymFunction *fn = (PymFunction *)m;
        PymCode *co_ = (PymCode *)fn->func_code;
        callee = pym_frame_push_uninit(co_, fn->func_globals, fn->func_builtins, NULL);
        if (!callee) SPEC_CALL_METHOD_DONE((PymObject *)NULL);
        /* self and the arguments move into the frame; the function stays on the stack */
        for (int i_ = 0; i_ <= oparg; i_++) callee->f_localsplus[i_] = args[i_ - 1];
        for (intptr_t i_ = oparg + 1, n_ = pym_frame_nlocalsplus(co_); i_ < n_; i_++)
            callee->f_localsplus[i_] = NULL;
        sp = args - 1;
        if (PYM_UNLIKELY(fn->func_simple & PYM_FUNC_CELLS)) goto push_frame_cells;
        goto push_frame;
    }
    TARGET(CALL_FUNCTION_LEN) { /* oparg == 1 */
        PymObject **args = sp - 1, *callable = args[-1];
        if (!PYM_CFUNCTION_CHECK(callable) ||
            ((PymCFunction *)callable)->m_ml != pym_specialize_len_def)
            DEOPT(CALL_FUNCTION);
        intptr_t n = pym_object_len(args[0]);
        PymObject *r = n < 0 ? NULL : pym_int_from_ssize(n);
        SPEC_CALL_FUNCTION_DONE(r);
    }
    TARGET(CALL_FUNCTION_ISINSTANCE) { /* oparg == 2 */
        PymObject **args = sp - 2, *callable = args[-1];
        if (!PYM_CFUNCTION_CHECK(callable) ||
            ((PymCFunction *)callable)->m_ml != pym_specialize_isinstance_def)
            DEOPT(CALL_FUNCTION);
        int t = pym_object_isinstance(args[0], args[1]);
        PymObject *r = t < 0 ? NULL : PYM_NEWREF(t ? pym_True : pym_False);
        SPEC_CALL_FUNCTION_DONE(r);
    }
    TARGET(CALL_FUNCTION_TYPE_1) { /* oparg == 1 */
        PymObject **args = sp - 1;
        if (args[-1] != (PymObject *)&pym_type_type) DEOPT(CALL_FUNCTION);
        PymObject *r = PYM_NEWREF((PymObject *)PYM_TYPE(args[0]));
        SPEC_CALL_FUNCTION_DONE(r);
    }
    TARGET(CALL_FUNCTION_CLASS) {
        /* type_call's path for a simple class (pym_type_simple_instance), the
        ** class's state checked through its version tag (the cache entry).
        ** A Python __init__ runs as an inline frame marked f_inline 2: the
        ** instance takes the class's slot on the stack and __init__ (the
        ** call's reference) goes above it, self and the arguments move into
        ** the frame; pop_frame checks the result is None and leaves the
        ** instance.  Two levels of depth, as CPython's (the class's call,
        ** " while calling a Python object", then __init__'s frame). */
        PymObject **args = sp - oparg, *callable = args[-1];
        if (PYM_TYPE(callable) != &pym_type_type) DEOPT(CALL_FUNCTION); /* a class, type's call */
        PymType *t = (PymType *)callable;
        ClassCache *cc = (ClassCache *)(next_instr - PYM_NCACHE_CALL_FUNCTION + 1);
        PymObject *init;
        if (PYM_UNLIKELY(cc->tag != t->tp_version_tag || !cc->tag)) {
            if (!pym_type_simple_instance(t, &init) ||
                (init ? !pym_specialize_simple_code((PymCode *)((PymFunction *)init)->func_code,
                                                    oparg + 1)
                      : oparg != 0))
                DEOPT(CALL_FUNCTION);
            cc->tag = t->tp_version_tag;
            memcpy(cc->init, &init, sizeof init);
            acache_fills++;
        }
        memcpy(&init, cc->init, sizeof init);
        PymObject *r = NULL;
        if (pym_vm_enter_call(" while calling a Python object")) SPEC_CALL_FUNCTION_DONE(r);
        r = pym_type_generic_new(t, NULL, 0, NULL);
        if (!r || !init) {
            pym_vm_leave_call();
            SPEC_CALL_FUNCTION_DONE(r);
        }
        PymFunction *fn = (PymFunction *)init;
        if (PYM_UNLIKELY(!pym_function_simple(fn, oparg + 1))) {
            /* __init__'s code does not bind these arguments alone any more
            ** (__code__ replaced): the call recurses in C */
            PYM_INCREF(fn);
            args[-1] = r; /* self in the class's slot: the stack owns r */
            PymObject *ir = call_pyfunction((PymObject *)fn, args - 1, (size_t)oparg + 1, NULL);
            args[-1] = callable;
            PYM_DECREF(fn);
            if (ir != pym_None) {
                if (ir) {
                    pym_err_format(PymExc_TypeError, "__init__() should return None, not '%s'",
                                   pym_type_name(ir));
                    PYM_DECREF(ir);
                }
                PYM_CLEAR(r);
            } else {
                PYM_DECREF(ir);
            }
            pym_vm_leave_call();
            SPEC_CALL_FUNCTION_DONE(r);
        }
        PymCode *co_ = (PymCode *)fn->func_code;
        if (PYM_UNLIKELY(pym_vm_at_limit())) { /* __init__'s frame is one level too deep */
            pym_vm_recursion_error("");
            callee = NULL;
        } else {
            callee = pym_frame_push_uninit(co_, fn->func_globals, fn->func_builtins, NULL);
        }
        if (PYM_UNLIKELY(!callee)) {
            PYM_DECREF(r);
            pym_vm_leave_call();
            SPEC_CALL_FUNCTION_DONE((PymObject *)NULL);
        }
        PymObject **lp_ = callee->f_localsplus;
        lp_[0] = PYM_NEWREF(r);
        for (int i_ = 0; i_ < oparg; i_++) lp_[i_ + 1] = args[i_];
        for (intptr_t i_ = oparg + 1, n_ = pym_frame_nlocalsplus(co_); i_ < n_; i_++)
            lp_[i_] = NULL;
        args[-1] = r; /* the instance holds its class */
        PYM_DECREF(callable);
        args[0] = PYM_NEWREF(fn); /* no argument: maybe the frame's spare slot */
        sp = args + 1;
        if (PYM_UNLIKELY(co_->co_ncells || co_->co_nfrees) && bind_cells(callee, fn) < 0) {
            frame_release(callee);
            pym_vm_leave_call();
            goto error;
        }
        pym_vm.depth++;
        callee->f_inline = 2;
        goto push_frame_marked;
    }
    TARGET(CALL_FUNCTION_BUILTIN) { /* cfunction's call, no self to qualify errors with */
        PymObject **args = sp - oparg, *callable = args[-1];
        if (!pym_specialize_plain_cfunction(callable)) DEOPT(CALL_FUNCTION);
        PymCFunction *cf = (PymCFunction *)callable;
        PymObject *r = cf->m_ml->ml_meth(cf->m_self, args, oparg, NULL);
        SPEC_CALL_FUNCTION_DONE(r);
    }
    TARGET(CALL_METHOD_BUILTIN) { /* NULL, the function, its arguments */
        PymObject **args = sp - oparg, *callable = args[-1];
        if (args[-2] || !pym_specialize_plain_cfunction(callable)) DEOPT(CALL_METHOD);
        PymCFunction *cf = (PymCFunction *)callable;
        PymObject *r = cf->m_ml->ml_meth(cf->m_self, args, oparg, NULL);
        SPEC_CALL_METHOD_DONE(r);
    }
    TARGET(CALL_METHOD_DESCR) { /* the descriptor, self, the arguments: no bound method */
        PymObject **args = sp - oparg, *m = args[-2];
        if (!m || PYM_TYPE(m) != &pym_type_method_descr ||
            !pym_specialize_descr_fits(m, PYM_TYPE(args[-1])))
            DEOPT(CALL_METHOD);
        PymMethodDef *ml = ((PymMethodDescr *)m)->d_method;
        PymObject *r = ml->ml_meth(args[-1], args, oparg, NULL);
        if (PYM_UNLIKELY(!r)) pym_arg_qualify_error(((PymMethodDescr *)m)->d_type, ml->ml_name);
        SPEC_CALL_METHOD_DONE(r);
    }
    TARGET(CALL_METHOD_LIST_APPEND) { /* oparg == 1 */
        PymObject **args = sp - 1, *m = args[-2];
        if (!m || PYM_TYPE(m) != &pym_type_method_descr ||
            ((PymMethodDescr *)m)->d_method != pym_specialize_append_def ||
            !PYM_LIST_CHECK_EXACT(args[-1]))
            DEOPT(CALL_METHOD);
        PymObject *r = pym_list_append(args[-1], args[0]) < 0 ? NULL : PYM_NEWREF(pym_None);
        SPEC_CALL_METHOD_DONE(r);
    }

    TARGET(COPY) {
        PymObject *v = PEEK(oparg);
        PYM_INCREF(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(SWAP) {
        PymObject *v = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = v;
        DISPATCH();
    }
    TARGET(ROT_N) {
        PymObject *v = TOP();
        memmove(&PEEK(oparg - 1), &PEEK(oparg), (size_t)(oparg - 1) * sizeof(PymObject *));
        PEEK(oparg) = v;
        DISPATCH();
    }
    TARGET(GET_LEN) {
        intptr_t n = pym_object_len(TOP());
        if (n < 0) goto error;
        PymObject *v = pym_int_from_ssize(n);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(MATCH_MAPPING) {
        PymObject *v = pym_match_is_mapping(TOP()) ? pym_True : pym_False;
        PUSH(pym_newref(v));
        DISPATCH();
    }
    TARGET(MATCH_SEQUENCE) {
        PymObject *v = pym_match_is_sequence(TOP()) ? pym_True : pym_False;
        PUSH(pym_newref(v));
        DISPATCH();
    }
    TARGET(MATCH_KEYS) {
        PymObject *v = pym_match_keys(SECOND(), TOP());
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(MATCH_CLASS) {
        PymObject *kwnames_ = POP();
        PymObject *cls = POP();
        PymObject *subject = TOP();
        PymObject *attrs = pym_match_class(subject, cls, oparg, kwnames_);
        PYM_DECREF(kwnames_);
        PYM_DECREF(cls);
        if (!attrs) goto error;
        SET_TOP(attrs);
        PYM_DECREF(subject);
        DISPATCH();
    }

/* Inline calls.  callee is a new frame whose arguments are bound; the
** caller's stack ends with the one reference that the call holds on the
** function (CPython's frame->f_func), dropped when the callee returns.
** CALL_METHOD's stack [meth-or-NULL, self-or-callable, args...] is brought
** to that shape first. */
push_method_frame : {
    PymObject **args = sp - oparg;
    while (sp > args) {
        PymObject *v = POP();
        PYM_DECREF(v);
    }
    if (args[-2]) {
        PymObject *self = POP();
        PYM_DECREF(self);
    } else {
        sp[-2] = sp[-1];
        sp--;
    }
    goto push_frame;
}
push_frame_cells: /* CALL_*_PY_EXACT: the closure's cells are still to bind */
    if (bind_cells(callee, (PymFunction *)TOP()) < 0) {
        frame_release(callee);
        goto error;
    }
push_frame:
    if (PYM_UNLIKELY(pym_vm_at_limit())) { /* no C stack is used: the count alone */
        frame_release(callee);
        pym_vm_recursion_error("");
        goto error;
    }
    pym_vm.depth++;
    callee->f_inline = 1;
push_frame_marked: /* CALL_FUNCTION_CLASS: __init__'s frame, counted and marked */
    f->f_stackdepth = (int)(sp - stack_base);
    /* the caller's f_lasti, unused while it executes (its f_ip says where
    ** it is), keeps where it resumes: the instruction after the call's cache */
    f->f_lasti = (int)(next_instr - first_instr);
    callee->f_back = f;
    pym_vm.frame = callee;
    f = callee;
    LOAD_FRAME();
    sp = stack_base;
    next_instr = first_instr;
    f->f_state = PYM_FRAME_EXECUTING;
    if (PYM_UNLIKELY(pym_vm_interrupt_pending)) goto interrupted;
    DISPATCH();

/* An inline frame ends (retval, or NULL with the exception set): back to
** its caller, which replaces the function on its stack by the result. */
pop_frame:
    callee = f;
    f = callee->f_back;
    pym_vm.frame = f;
    pym_vm.depth--;
    if (PYM_UNLIKELY(callee->f_inline != 1)) {
        if (callee->f_inline == 2) goto pop_init_frame;
        if (callee->f_inline == 4) goto pop_prop_frame;
        goto pop_gen_frame;
    }
    frame_release(callee); /* clears or takes callee->f_back */
    LOAD_FRAME();
    sp = stack_base + f->f_stackdepth;
    f->f_stackdepth = 0;
    if (!retval) goto error;
    {
        PymObject *func = TOP();
        SET_TOP(retval);
        retval = NULL;
        PYM_DECREF(func);
    }
    next_instr = first_instr + f->f_lasti; /* push_frame_marked's resume point */
    DISPATCH();

/* __init__'s frame (CALL_FUNCTION_CLASS) ends: the caller's stack holds
** the instance and __init__; a result other than None is slot_tp_init's
** TypeError, and on an error the instance goes at once, as in type_call. */
pop_init_frame:
    frame_release(callee);
    LOAD_FRAME();
    sp = stack_base + f->f_stackdepth;
    f->f_stackdepth = 0;
    pym_vm_leave_call(); /* the class's call */
    {
        PymObject *func = POP();
        PYM_DECREF(func);
        if (PYM_UNLIKELY(retval != pym_None)) {
            if (retval) {
                pym_err_format(PymExc_TypeError, "__init__() should return None, not '%s'",
                               pym_type_name(retval));
                PYM_DECREF(retval);
                retval = NULL;
            }
            PymObject *self = POP();
            PYM_DECREF(self);
            goto error;
        }
        PYM_DECREF(retval);
        retval = NULL;
    }
    next_instr = first_instr + f->f_lasti; /* push_frame_marked's resume point */
    DISPATCH();

/* A property getter's frame (LOAD_ATTR) ends: the caller's stack holds
** the object and the getter; the result takes the object's place. */
pop_prop_frame:
    frame_release(callee);
    LOAD_FRAME();
    sp = stack_base + f->f_stackdepth;
    f->f_stackdepth = 0;
    if (!retval) goto error;
    {
        PymObject *func = POP(), *o = TOP();
        SET_TOP(retval);
        retval = NULL;
        PYM_DECREF(func);
        PYM_DECREF(o);
    }
    next_instr = first_instr + f->f_lasti; /* past LOAD_ATTR's cache */
    DISPATCH();

/* A generator's frame run inline (FOR_ITER_GEN) ends: returned (retval)
** or raised.  Unlinked as gen_send_ex unlinks it, its frame released; the
** loop ends on a return as on exhaustion (the value returned is dropped:
** no StopIteration is made), an exception is raised again at the FOR_ITER
** (after PEP 479's conversion), adding the caller's traceback entry. */
pop_gen_frame: {
    PymGen *g = (PymGen *)callee->f_gen;
    callee->f_inline = 0;
    callee->f_back = NULL;
    pym_vm.exc_info = g->gi_exc_state.previous;
    g->gi_exc_state.previous = NULL;
    g->gi_running = 0;
    pym_gen_finish_inline(g, retval == NULL);
    LOAD_FRAME();
    sp = stack_base + f->f_stackdepth;
    f->f_stackdepth = 0;
    if (!retval) goto error;
    PYM_DECREF(retval);
    retval = NULL;
    PymObject *it = POP();
    PYM_DECREF(it);
    JUMPTO(PYM_INSTR_ARG(*f->f_ip));
    DISPATCH();
}

/* A generator's frame run inline yields: back to the FOR_ITER that
** resumed it, which pushes the value and goes on past its cache. */
yield_inline: {
    PymGen *g = (PymGen *)f->f_gen;
    callee = f;
    f = callee->f_back;
    callee->f_inline = 0;
    callee->f_back = NULL;
    pym_vm.exc_info = g->gi_exc_state.previous;
    g->gi_exc_state.previous = NULL;
    g->gi_running = 0;
    pym_vm.depth--;
    pym_vm.frame = f;
    LOAD_FRAME();
    sp = stack_base + f->f_stackdepth;
    f->f_stackdepth = 0;
    PUSH(retval);
    retval = NULL;
    next_instr = f->f_ip + 1 + PYM_NCACHE_FOR_ITER;
    DISPATCH();
}

/* A generator drained into a C consumer (genobject.c's gen_drain) yields:
** it suspends as at a yield to next() (its state saved above), the value
** goes to the sink's put, and the frame resumes in place, as next() would
** have resumed it, unless put stopped or failed or the generator is not as
** put found it (resumed, closed, running): then this activation ends, and
** the drain sees why in d->stopped. */
yield_to_sink: {
    PymGenDrain *d = pym_vm.gen_drain;
    PymGen *g = (PymGen *)f->f_gen;
    pym_vm.exc_info = g->gi_exc_state.previous;
    g->gi_exc_state.previous = NULL;
    g->gi_running = 0;
    pym_vm.frame = f->f_back;
    f->f_back = NULL;
    pym_vm_leave_call();
    pym_vm.gen_drain = d->prev;
    int r = d->sink->put(d->sink, retval);
    retval = NULL;
    pym_vm.gen_drain = d;
    if (PYM_UNLIKELY(r != 0 || g->gi_frame != f || g->gi_running ||
                     f->f_state != PYM_FRAME_SUSPENDED || pym_vm_at_limit())) {
        d->stopped = r ? r : 2;
        return NULL;
    }
    pym_vm.depth++;
    f->f_back = pym_vm.frame;
    pym_vm.frame = f;
    g->gi_running = 1;
    g->gi_exc_state.previous = pym_vm.exc_info;
    pym_vm.exc_info = &g->gi_exc_state;
    sp = stack_base + f->f_stackdepth;
    f->f_stackdepth = 0;
    next_instr = first_instr + f->f_lasti + 1;
    if (f->f_delegating) /* YIELD_FROM runs again, None sent to the delegate */
        next_instr--, PUSH(PYM_NEWREF(pym_None));
    else if (PYM_INSTR_OP(*next_instr) == OP_POP_TOP) /* 'yield v' as a statement */
        next_instr++;
    else
        PUSH(PYM_NEWREF(pym_None));
    f->f_delegating = 0;
    f->f_state = PYM_FRAME_EXECUTING;
    f->f_ip = next_instr;
    if (PYM_UNLIKELY(pym_vm_interrupt_pending)) goto interrupted;
    DISPATCH();
}

interrupted:
    if (PYM_UNLIKELY(pym_vm_budget >= 0)) { /* a step budget (vm.h) */
        if (pym_vm_budget > 0) {
            pym_vm_budget--;
            DISPATCH();
        }
    } else {
        pym_vm_interrupt_pending = 0;
    }
    f->f_lasti = (int)(next_instr - first_instr);
    if (f->f_lasti >= co->co_ncode) f->f_lasti = co->co_ncode - 1;
    pym_err_set_none(PymExc_KeyboardInterrupt);
    goto error_at_lasti;

error:
    f->f_lasti = (int)(f->f_ip - first_instr); /* the failing instruction */
error_at_lasti:
    exc = pym_err_fetch();
    if (!exc) {
        pym_err_set_string(PymExc_SystemError, "error return without exception set");
        exc = pym_err_fetch();
    }
    if (PYM_EXC_CHECK(exc)) {
        PymBaseException *be = (PymBaseException *)exc;
        if (!be->traceback && !be->context) pym_vm_set_context(exc);
        PymFrameObject *fo = pym_frame_get_object(f);
        if (fo) pym_traceback_add(exc, (PymObject *)fo, f->f_lasti);
        if (pym_err_occurred()) pym_err_clear();
    }

exception_unwind:
    while (f->f_iblock > 0) {
        PymTryBlock *b = &pym_frame_blocks(f)[--f->f_iblock];
        PymObject **level = stack_base + b->b_level;
        if (b->b_type == PYM_BLOCK_EXCEPT_HANDLER) {
            while (sp > level + 1) {
                PymObject *v = POP();
                PYM_XDECREF(v);
            }
            PymObject *prev = POP();
            PymObject *old = pym_vm.exc_info->exc_value;
            pym_vm.exc_info->exc_value = prev;
            PYM_XDECREF(old);
            continue;
        }
        while (sp > level) {
            PymObject *v = POP();
            PYM_XDECREF(v);
        }
        int handler = b->b_handler;
        f->f_iblock++; /* the same slot becomes the handler block */
        b->b_type = PYM_BLOCK_EXCEPT_HANDLER;
        b->b_handler = -1;
        PymObject *prev = pym_vm.exc_info->exc_value;
        PUSH(prev ? prev : PYM_NEWREF(pym_None));
        PUSH(exc);
        pym_vm.exc_info->exc_value = PYM_NEWREF(exc);
        exc = NULL;
        JUMPTO(handler);
        goto resume_handler;
    }
    /* no handler: the exception leaves the frame */
    while (sp > stack_base) {
        PymObject *v = POP();
        PYM_XDECREF(v);
    }
    pym_err_restore(exc);
    exc = NULL;
    retval = NULL;
    f->f_state = PYM_FRAME_COMPLETED;
    if (f->f_inline) goto pop_frame;
    goto exit_frame;

resume_handler:
    DISPATCH();

exit_return:
    while (sp > stack_base) {
        PymObject *v = POP();
        PYM_XDECREF(v);
    }
    f->f_iblock = 0;
    f->f_state = PYM_FRAME_COMPLETED;
    /* a plain call's frame is dropped now: f_lasti is read only by a frame
    ** object that takes the frame over */
    if (f->f_inline == 1 && !f->f_obj) goto pop_frame;
    f->f_lasti = (int)(f->f_ip - first_instr);
    if (f->f_inline) goto pop_frame;
    goto exit_frame;

exit_yield:
    f->f_lasti = (int)(f->f_ip - first_instr);
    f->f_stackdepth = (int)(sp - stack_base);
    f->f_state = PYM_FRAME_SUSPENDED;
    if (f->f_inline) goto yield_inline;
    if (PYM_UNLIKELY(pym_vm.gen_drain != NULL) && pym_vm.gen_drain->frame == f) goto yield_to_sink;

exit_frame:
    pym_vm.frame = f->f_back;
    /* a generator's frame forgets its caller at each yield or return; the
    ** frames of calls from C keep it for frame_release, their caller's next
    ** step */
    if (f->f_gen) f->f_back = NULL;
    pym_vm_leave_call();
    return retval;
#undef localsplus
#undef cells
#undef names
}

/* {====== entry points ======} */

PymObject *pym_eval_code(PymCode *co, PymObject *globals, PymObject *locals) {
    PymObject *builtins = pym_vm_builtins_for(globals);
    if (!builtins) {
        pym_err_set_string(PymExc_SystemError, "no builtins");
        return NULL;
    }
    PymFrame *f = pym_frame_push(co, globals, builtins, locals ? locals : globals);
    if (!f) return NULL;
    /* module code may have cells (class bodies with __class__ do not reach here) */
    for (int i = 0; i < co->co_ncells; i++) {
        PymObject *c = pym_cell_new(NULL);
        if (!c) {
            frame_release(f);
            return NULL;
        }
        f->f_localsplus[co->co_nlocals + i] = c;
    }
    PymObject *r = pym_eval_frame(f, 0);
    frame_release(f);
    return r;
}

PymObject *pym_eval_class_body(PymObject *func, PymObject *ns) {
    if (!PYM_FUNCTION_CHECK(func)) {
        pym_err_set_string(PymExc_TypeError, "__build_class__: func must be a function");
        return NULL;
    }
    PymFunction *fn = (PymFunction *)func;
    PymCode *co = (PymCode *)fn->func_code;
    PymFrame *f = pym_frame_push(co, fn->func_globals, fn->func_builtins, ns);
    if (!f) return NULL;
    PymObject **lp = f->f_localsplus;
    for (int i = 0; i < co->co_ncells; i++) {
        PymObject *c = pym_cell_new(NULL);
        if (!c) {
            frame_release(f);
            return NULL;
        }
        lp[co->co_nlocals + i] = c;
    }
    for (int i = 0; i < co->co_nfrees; i++) {
        PymObject *c = PYM_TUPLE_GET(fn->func_closure, i);
        PYM_INCREF(c);
        lp[co->co_nlocals + co->co_ncells + i] = c;
    }
    PymObject *r = pym_eval_frame(f, 0);
    frame_release(f);
    return r;
}

/* The global cache and the specialization counters are cleared by the
** pym_vm_init that follows a pym_vm_fini, not by the fini: clearing them at
** exit wrote 56 KiB of pages the program may never have touched (14 page
** faults at the end of -c pass).  Entries left in between cannot match:
** dict versions are never reused. */
static bool vm_caches_stale;

int pym_vm_init(void) {
    PymType *types[] = {&pym_type_code,      &pym_type_function,  &pym_type_cell,
                        &pym_type_method,    &pym_type_cfunction, &pym_type_frame,
                        &pym_type_generator, &pym_type_traceback};
    for (size_t i = 0; i < PYM_ARRAY_LEN(types); i++)
        if (pym_type_ready(types[i]) < 0) return -1;
    if (pym_genobject_init() < 0) return -1;
    pym_vm.exc_info = &pym_vm.base_exc;
    if (pym_vm.limit <= 0) pym_vm.limit = PYM_RECURSION_LIMIT;
    if (vm_caches_stale) {
        pym_specialize_reset();
        vm_caches_stale = false;
    }
    return 0;
}

void pym_vm_fini(void) {
#ifdef PYM_OPSTATS
    pym_specialize_stats_dump();
#endif
    pym_genobject_fini();
    pym_datastack_fini();
    vm_caches_stale = true;
}
