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

/* The interpreter frame: the data of one running (or suspended) call.  It
** is not an object: it lives on the thread's data stack (pym_frame_push,
** the calls of functions, module and class bodies) or inside a generator
** (PymGen's trailing storage), and, once its call is over, inside the frame
** object that outlived the call (PymFrameObject).  A frame *object* is made
** only when something asks for one (pym_frame_get_object).  See vm.c. */
struct PymFrame {
    PymFrame *f_back;             /* the caller while executing (borrowed), else NULL */
    PymCode *f_code;              /* the four references the frame owns */
    PymObject *f_globals;         /* dict */
    PymObject *f_builtins;        /* dict */
    PymObject *f_locals;          /* mapping for module/class code, else NULL */
    struct PymFrameObject *f_obj; /* the frame object, if one was made: a strong
                                     reference, borrowed once the object owns
                                     the frame */
    PymObject *f_gen;             /* borrowed: the generator owning this frame */
    const PymInstr *f_ip;         /* current instruction while executing (set at dispatch) */
    int f_lasti;                  /* index of the current/last instruction; -1 before start;
                                    up to date when the frame is not executing */
    int f_stackdepth;             /* value stack depth when not executing */
    short f_iblock;               /* blocks in use */
    char f_state;                 /* PYM_FRAME_* */
    char f_delegating;            /* suspended in YIELD_FROM: resume re-runs it */
    char f_inline;                /* pushed by the eval loop on a call (1), on a class's
                                    call for __init__ (2), resumed as a generator
                                    by FOR_ITER_GEN (3), or as a property's getter
                                    by LOAD_ATTR (4): its return, yield (3) or
                                    exception goes back to f_back in the same
                                    pym_eval_frame activation (vm.c) */
    PymObject *f_localsplus[];    /* locals | cells | frees | value stack | blocks:
                                  co_framesize slots, the last ones the block
                                  stack (co_nblocks entries, pym_frame_blocks) */
};

/* The frame object (type `frame`): what sys._getframe, tracebacks, f_back
** and gi_frame hand out.  While its call runs, f_frame is the frame on the
** data stack or in the generator; when the call ends while the object is
** still referenced, the frame is copied into f_data (CPython's
** take_ownership) and f_back then holds the caller's frame object. */
typedef struct PymFrameObject {
    PymVarObject ob_base; /* ob_size: slots of f_data */
    PymFrame *f_frame;
    struct PymFrameObject *f_back; /* owned, once the object owns its frame */
    PymObject *f_data[];           /* room for a PymFrame and its co_framesize slots */
} PymFrameObject;

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
/* The frame object of f, made on first use (borrowed; NULL with
** MemoryError). */
PymFrameObject *pym_frame_get_object(PymFrame *f);

typedef struct PymGen {
    PymVarObject ob_base; /* ob_size: slots of gi_data */
    PymFrame *gi_frame;   /* gi_data while the generator has a frame; NULL once
                             finished and released */
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
    PymObject *gi_data[];    /* the frame: a PymFrame and its slots */
} PymGen;

/* Index of the current instruction of f, executing or not. */
static inline int pym_frame_current_lasti(PymFrame *f) {
    if (f->f_state == PYM_FRAME_EXECUTING && f->f_ip) return (int)(f->f_ip - f->f_code->co_code);
    return f->f_lasti;
}

/* The block stack of a frame: co_nblocks PymTryBlock after the value stack
** and its spare slot (vm.c: LOAD_ATTR's inline property getter). */
static inline PymTryBlock *pym_frame_blocks(PymFrame *f) {
    PymCode *co = f->f_code;
    return (PymTryBlock *)(f->f_localsplus + co->co_nlocalsplus + co->co_stacksize + 1);
}

/* Slots of the locals, cells and free variables of a frame for co. */
static inline intptr_t pym_frame_nlocalsplus(PymCode *co) { return co->co_nlocalsplus; }

/* Slots (of PymObject * size) a frame for co takes, header included. */
static inline intptr_t pym_frame_slots(PymCode *co) {
    return (intptr_t)(sizeof(PymFrame) / sizeof(PymObject *)) + co->co_framesize;
}
_Static_assert(sizeof(PymFrame) % sizeof(PymObject *) == 0, "frames are made of slots");

/* {====== the data stack ======}
** A per-thread stack of chunks (raw memory, as CPython's data stack: not
** objects, so invisible to tracemalloc and gc) from which the frames of
** calls are taken with a pointer bump and given back in LIFO order.
** A chunk emptied is kept as a spare so that calls going up and down at a
** chunk's edge do not allocate each time. */
typedef struct PymDataChunk {
    struct PymDataChunk *previous;
    PymObject **previous_top; /* the top of previous when this chunk was taken */
    intptr_t nslots;          /* slots after the header */
} PymDataChunk;
typedef struct PymDataStack {
    PymObject **top, **limit; /* of the current chunk */
    PymDataChunk *chunk;      /* the current chunk (NULL before the first call) */
    PymObject **bottom;       /* its first slot (NULL with it): a frame based there
                                 is the chunk's first, whose pop gives it back */
    PymDataChunk *spare;      /* the last chunk emptied, kept against thrashing */
} PymDataStack;
extern PymDataStack pym_datastack;

/* Takes the room for a frame of n slots at the top of the data stack when
** the current chunk is full (frameobject.c; NULL with MemoryError). */
PymObject **pym_datastack_grow(intptr_t n);
/* Gives back the memory of a frame that started a chunk (frameobject.c). */
void pym_datastack_shrink(PymObject **base);
void pym_datastack_fini(void);

/* A new frame for co on the data stack (references to globals, builtins
** and locals taken; locals may be NULL), its slots not set: the caller
** sets the first pym_frame_nlocalsplus(co) (locals, cells, frees).  NULL
** with MemoryError. */
static inline __attribute__((always_inline)) PymFrame *
pym_frame_push_uninit(PymCode *co, PymObject *globals, PymObject *builtins, PymObject *locals) {
    intptr_t n = pym_frame_slots(co);
    PymObject **base = pym_datastack.top;
    if (PYM_LIKELY(pym_datastack.limit - base >= n))
        pym_datastack.top = base + n;
    else if (!(base = pym_datastack_grow(n)))
        return NULL;
    PymFrame *f = (PymFrame *)base;
    f->f_back = NULL;
    f->f_code = (PymCode *)PYM_NEWREF(co);
    f->f_globals = PYM_NEWREF(globals);
    f->f_builtins = PYM_NEWREF(builtins);
    f->f_locals = PYM_XNEWREF(locals);
    f->f_obj = NULL;
    f->f_gen = NULL;
    f->f_ip = NULL;
    f->f_lasti = -1;
    f->f_stackdepth = 0;
    f->f_iblock = 0;
    f->f_state = PYM_FRAME_CREATED;
    f->f_delegating = 0;
    f->f_inline = 0;
    return f;
}

/* pym_frame_push_uninit with the slots of the locals, cells and frees NULL. */
static inline PymFrame *pym_frame_push(PymCode *co, PymObject *globals, PymObject *builtins,
                                       PymObject *locals) {
    PymFrame *f = pym_frame_push_uninit(co, globals, builtins, locals);
    if (f) memset(f->f_localsplus, 0, (size_t)pym_frame_nlocalsplus(co) * sizeof(PymObject *));
    return f;
}

/* Ends the life of the frame data f (whose call is over or whose generator
** goes): when its frame object is still referenced elsewhere, the object
** takes the frame over (copy); otherwise the frame's references are
** dropped.  f's memory is then free to go (frameobject.c). */
void pym_frame_clear_slow(PymFrame *f);
static inline __attribute__((always_inline)) void pym_frame_clear(PymFrame *f) {
    if (PYM_UNLIKELY(f->f_obj != NULL || f->f_locals != NULL || f->f_stackdepth != 0)) {
        pym_frame_clear_slow(f);
        return;
    }
    PymCode *co = f->f_code;
    intptr_t nl = pym_frame_nlocalsplus(co);
    PymObject **lp = f->f_localsplus;
    for (intptr_t i = 0; i < nl; i++) PYM_XDECREF(lp[i]);
    PYM_DECREF(f->f_globals);
    PYM_DECREF(f->f_builtins);
    PYM_DECREF(co);
}

/* Pops the frame f, the top of the data stack, after pym_frame_clear. */
static inline __attribute__((always_inline)) void pym_frame_pop(PymFrame *f) {
    PymObject **base = (PymObject **)f;
    if (PYM_UNLIKELY(base == pym_datastack.bottom)) {
        pym_datastack_shrink(base);
        return;
    }
    pym_datastack.top = base;
}

/* ---- frameobject.c ---- */
int pym_frame_lasti_line(PymFrame *f);
/* What the GC sees of a frame (the generator that holds it visits it). */
int pym_frame_traverse_data(PymFrame *f, visitproc visit, void *arg);

#endif
