/*
** frameobject.h -- frames (frameobject.c): the frame type and its
** accessors, which is all that code outside the VM uses, and the layout of
** frames and generators, which only the VM reads (vm.c, frameobject.c,
** genobject.c, traceback.c).  The design is explained at the top of vm.c.
*/
#ifndef PYM_FRAMEOBJECT_H
#define PYM_FRAMEOBJECT_H

#include "object.h"
#include "codeobject.h"
#include "vm.h"

/* block types of the block stack */
enum { PYM_BLOCK_FINALLY = 1, PYM_BLOCK_EXCEPT_HANDLER = 2 };

typedef struct PymTryBlock {
    int b_type;    /* PYM_BLOCK_* */
    int b_handler; /* instruction index of the handler */
    int b_level;   /* value stack depth when the block was pushed */
} PymTryBlock;
_Static_assert(sizeof(PymTryBlock) == 12, "PYM_CODE_BLOCK_SLOTS assumes 12-byte blocks");

/* frame states */
enum {
    PYM_FRAME_CREATED = 0, /* not started (fresh generator) */
    PYM_FRAME_SUSPENDED,   /* generator at a yield */
    PYM_FRAME_EXECUTING,
    PYM_FRAME_COMPLETED /* returned or raised */
};

struct PymFrame {
    PymVarObject ob_base; /* ob_size: number of slots in f_localsplus */
    PymFrame *f_back;     /* the caller: borrowed while executing; after the
                             call owned (f_owns_back) if the frame outlived
                             it, else NULL */
    PymCode *f_code;
    PymObject *f_globals;      /* dict */
    PymObject *f_builtins;     /* dict */
    PymObject *f_locals;       /* mapping for module/class code, else NULL */
    PymObject *f_gen;          /* borrowed: the generator owning this frame */
    const PymInstr *f_ip;      /* current instruction while executing (set at dispatch) */
    int f_lasti;               /* index of the current/last instruction; -1 before start;
                                    up to date when the frame is not executing */
    int f_stackdepth;          /* value stack depth when not executing */
    short f_iblock;            /* blocks in use */
    char f_state;              /* PYM_FRAME_* */
    char f_tracked;            /* gc_track has been called */
    char f_delegating;         /* suspended in YIELD_FROM: resume re-runs it */
    char f_inline;             /* pushed by the eval loop on a call: its return or
                                    exception goes back to f_back in the same
                                    pym_eval_frame activation (vm.c) */
    char f_owns_back;          /* f_back is a strong reference: the frame outlived
                                  its call and keeps its caller, as CPython's */
    PymObject *f_localsplus[]; /* locals | cells | frees | value stack | blocks:
                                  co_framesize slots, the last ones the block
                                  stack (co_nblocks entries, pym_frame_blocks) */
};

extern PymType pym_type_frame;
#define PYM_FRAME_CHECK(o) (PYM_TYPE(o) == &pym_type_frame)

/* Accessors, for code outside the VM (which does not read the layout). */
PymObject *pym_frame_globals(PymFrame *f);  /* borrowed */
PymObject *pym_frame_builtins(PymFrame *f); /* borrowed */
/* locals() of the frame: the locals dict of module/class code, or a fresh
** snapshot dict of the fast locals (new ref). */
PymObject *pym_frame_locals(PymFrame *f);
int pym_frame_lineno(PymFrame *f);
PymCode *pym_frame_code(PymFrame *f);  /* borrowed */
PymFrame *pym_frame_back(PymFrame *f); /* borrowed */
/* For zero-argument super(): first argument and __class__ of the current
** frame; 0/-1 with RuntimeError "super(): no arguments" etc. (borrowed) */
int pym_frame_super_args(PymFrame *f, PymObject **type, PymObject **self);

typedef struct PymGen {
    PymObject ob_base;
    PymFrame *gi_frame; /* NULL once finished and released */
    PymObject *gi_code;
    PymObject *gi_name;
    PymObject *gi_qualname;
    PymExcState gi_exc_state;
    PymObject *gi_weakreflist;
    char gi_running;
    char ag_running_async;   /* async generator: an asend/athrow is in progress */
    char ag_closed;          /* async generator: finished by aclose or StopAsyncIteration */
    char ag_hooks_inited;    /* async generator: sys.set_asyncgen_hooks consulted */
    PymObject *ag_finalizer; /* async generator: the finalizer hook seen then, or NULL */
} PymGen;

/* Index of the current instruction of f, executing or not. */
static inline int pym_frame_current_lasti(PymFrame *f) {
    if (f->f_state == PYM_FRAME_EXECUTING && f->f_ip) return (int)(f->f_ip - f->f_code->co_code);
    return f->f_lasti;
}

/* The block stack of a frame: co_nblocks PymTryBlock after the value stack. */
static inline PymTryBlock *pym_frame_blocks(PymFrame *f) {
    PymCode *co = f->f_code;
    return (PymTryBlock *)(f->f_localsplus + co->co_nlocals + co->co_ncells + co->co_nfrees +
                           co->co_stacksize);
}

/* Free list of frames by total slot count (frameobject.c). */
#define PYM_FRAME_FL_SIZES 64
#define PYM_FRAME_FL_MAX   16
extern PymFrame *pym_frame_freelist[PYM_FRAME_FL_SIZES];
extern int pym_frame_freecount[PYM_FRAME_FL_SIZES];

/* New frame for code (globals/builtins/locals borrowed; locals may be NULL).
** Slots are NULL.  Taken from the free list when possible.  Untracked.
** (frameobject.c) */
PymFrame *pym_frame_new(PymCode *co, PymObject *globals, PymObject *builtins, PymObject *locals);

/* Slots of the locals, cells and free variables of a frame for co. */
static inline intptr_t pym_frame_nlocalsplus(PymCode *co) {
    return co->co_nlocals + co->co_ncells + co->co_nfrees;
}

/* The two ends of an inline call (vm.c), in the header so that they inline
** into the eval loop.  pym_frame_new_function: pym_frame_new for a
** function's frame (no f_locals), served from the free list when it can.
** pym_frame_recycle: drops the last reference to a frame whose call ended
** while nobody else held it (refcount 1, untracked, no f_locals, no saved
** stack): what frame_dealloc does, without the checks it needs for the
** frames of generators, tracebacks and module code. */
static inline PymFrame *pym_frame_new_function(PymCode *co, PymObject *globals,
                                               PymObject *builtins) {
    intptr_t nl = pym_frame_nlocalsplus(co), n = co->co_framesize;
    PymFrame *f;
    if (PYM_UNLIKELY(n >= PYM_FRAME_FL_SIZES || !(f = pym_frame_freelist[n])))
        return pym_frame_new(co, globals, builtins, NULL);
    pym_frame_freelist[n] = f->f_back;
    pym_frame_freecount[n]--;
    PYM_REFCNT(f) = 1;
    f->f_back = NULL;
    PymObject **lp = f->f_localsplus;
    for (intptr_t i = f->f_lasti; i < nl; i++) lp[i] = NULL; /* see pym_frame_new */
    f->f_code = (PymCode *)PYM_NEWREF(co);
    f->f_globals = PYM_NEWREF(globals);
    f->f_builtins = PYM_NEWREF(builtins);
    f->f_locals = NULL;
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

static inline void pym_frame_recycle(PymFrame *f) {
    intptr_t n = PYM_SIZE(f);
    if (PYM_UNLIKELY(n >= PYM_FRAME_FL_SIZES || f->f_locals)) {
        PYM_DECREF(f);
        return;
    }
    PymCode *co = f->f_code;
    intptr_t nl = pym_frame_nlocalsplus(co);
    PYM_REFCNT(f) = 0; /* as in a dealloc, while the slots go */
    PymObject **lp = f->f_localsplus;
    for (intptr_t i = 0; i < nl; i++) {
        PymObject *v = lp[i];
        if (v) {
            lp[i] = NULL;
            PYM_DECREF(v);
        }
    }
    /* f_code, f_globals and f_builtins keep stale values on the free list:
    ** pym_frame_new* sets them before anything reads them */
    PYM_DECREF(f->f_globals);
    PYM_DECREF(f->f_builtins);
    PYM_DECREF(co);
    if (PYM_UNLIKELY(pym_frame_freecount[n] >= PYM_FRAME_FL_MAX)) {
        pym_object_free(f);
        return;
    }
    f->f_lasti = (int)nl; /* leading slots known NULL */
    f->f_back = pym_frame_freelist[n];
    pym_frame_freelist[n] = f;
    pym_frame_freecount[n]++;
}

/* ---- frameobject.c ---- */
/* Makes the GC see a frame that outlives its call (traceback, generator). */
void pym_frame_track(PymFrame *f);
int pym_frame_lasti_line(PymFrame *f);
void pym_frame_clear_freelist(void);

#endif
