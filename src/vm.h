/*
** vm.h -- the bytecode interpreter (vm.c).  Frames' accessors are in
** frameobject.h, generators' in genobject.h.
*/
#ifndef PYM_VM_H
#define PYM_VM_H

#include "object.h"
#include "codeobject.h"
#include "error.h"
#include "exceptions.h"

typedef struct PymFrame PymFrame; /* layout private to the VM (frameobject.h) */

/* Runs module- or class-level code with the given namespaces (locals may be
** the same dict as globals).  New ref to the result, NULL on error. */
PymObject *pym_eval_code(PymCode *co, PymObject *globals, PymObject *locals);
/* Runs a class body function with ns as its locals (for __build_class__);
** returns the body's result (the __class__ cell or None). */
PymObject *pym_eval_class_body(PymObject *func, PymObject *ns);

/* The innermost running Python frame, or NULL (borrowed). */
PymFrame *pym_vm_current_frame(void); /* its accessors: frameobject.h */

/* The exception being handled (sys.exc_info()[1]); borrowed or NULL. */
PymObject *pym_vm_handled_exception(void);

/* Python-level recursion depth and limit (sys.getrecursionlimit). */
int pym_vm_get_recursion_limit(void);
void pym_vm_set_recursion_limit(int limit);

/* Set from a SIGINT handler; the VM raises KeyboardInterrupt at the next
** instruction boundary. */
extern volatile int pym_vm_interrupt_pending;
/* A step budget (the fuzz targets): when >= 0, with pym_vm_interrupt_pending
** kept set, each backward jump and frame entry spends one step; at 0 each
** raises KeyboardInterrupt, so every loop and call ends.  -1: off. */
extern long long pym_vm_budget;

/* What the attribute cache of instruction i of co (a LOAD_ATTR, STORE_ATTR
** or LOAD_METHOD) is specialized for now: "inline", "slot", "property",
** "method", "polymorphic" (entries of several kinds for several types), or
** NULL when it is not (for dis and the tests).  The inline caches of LOAD_ATTR
** and LOAD_METHOD count every filled way, also one whose type has changed
** since (it never matches again and falls off when newer entries come). */
const char *pym_vm_attr_cache_kind(PymCode *co, int i);
/* How many entries the attribute caches have filled so far (tests: a warm
** site, monomorphic or seeing up to 4 types, fills none). */
unsigned long pym_vm_attr_cache_fills(void);

int pym_vm_init(void);
/* Releases the VM's caches (the data stack's spare chunk, LOAD_GLOBAL cache); for
** shutdown before the leak check. */
void pym_vm_fini(void); /* function, code, frame, cell, method, generator, traceback types */
/* The calling thread runs Python on the C stack [lo, lo + size), not on the
** thread's own (main.c switches the main thread to a stack of its own):
** eval's RecursionError floor is computed from it. */
void pym_vm_set_c_stack(void *lo, size_t size);

/* The handled exception (sys.exc_info()) is a chain of these: the thread's
** base state, and one per running generator (gen->gi_exc_state is linked in
** while the generator runs).  exc_value is a new reference, None or NULL. */
typedef struct PymExcState {
    PymObject *exc_value;
    struct PymExcState *previous;
} PymExcState;

/* VM-wide state (one interpreter thread). */
typedef struct PymVMState {
    PymFrame *frame;       /* innermost executing frame (borrowed) */
    int depth;             /* Python frames executing */
    int limit;             /* recursion limit */
    PymExcState *exc_info; /* top of the handled-exception chain */
    PymExcState base_exc;
    struct PymGenDrain *gen_drain; /* the innermost generator drain (genobject.h), or NULL */
    char *stack_limit; /* lowest C stack address eval may use */
    char *stack_base;  /* lowest address of that thread's stack */
} PymVMState;

extern PymVMState pym_vm;

/* The recursion guard, the one place where the recursion limit is enforced.
** As in CPython 3.11, one counter (pym_vm.depth) is shared by the Python
** frames and by the C code that recurses on its input (repr, comparison,
** isinstance over nested tuples, json, exception groups, a class's
** instantiation): such a step enters with pym_vm_enter_call(where) and
** leaves with pym_vm_leave_call; entering fails with RecursionError
** "maximum recursion depth exceeded" + where (" in comparison", ...) when
** the counter is at the limit or when the C stack is below its floor
** (computed by the eval loop from the stack bounds of the thread that runs
** it; another thread's stack is not judged by it), so that no
** input overflows the C stack, however high sys.setrecursionlimit is set.
** pym_vm_too_deep is the test, pym_vm_recursion_error the error; code that
** counts its own levels uses them directly: the compiler's passes
** (pym_st_enter_recursion, a level a third of a call) and the parser. */
static inline bool pym_vm_at_limit(void) { return pym_vm.depth >= pym_vm.limit; }
static inline bool pym_vm_too_deep(int depth) {
    char probe; /* below the floor, on the stack the floor was computed for */
    uintptr_t sp = (uintptr_t)&probe;
    return depth >= pym_vm.limit ||
           (sp < (uintptr_t)pym_vm.stack_limit && sp >= (uintptr_t)pym_vm.stack_base);
}
/* Sets RecursionError "maximum recursion depth exceeded" + where; -1. */
int pym_vm_recursion_error(const char *where);
static inline int pym_vm_enter_call(const char *where) {
    if (PYM_UNLIKELY(pym_vm_too_deep(pym_vm.depth))) return pym_vm_recursion_error(where);
    pym_vm.depth++;
    return 0;
}
static inline void pym_vm_leave_call(void) { pym_vm.depth--; }

/* Runs (or resumes) frame f.  throwflag: an exception is set and must be
** raised at the current instruction (generator throw).  New ref or NULL. */
PymObject *pym_eval_frame(PymFrame *f, int throwflag);
/* Sets exc.__context__ from the handled exception, avoiding cycles (raise). */
void pym_vm_set_context(PymObject *exc);
/* Binds arguments into a new frame for func (no generator check). */
PymFrame *pym_function_make_frame(PymObject *func, PymObject *const *args, size_t nargs,
                                  PymObject *kwnames);
/* tp_call of functions (checks the recursion depth first). */
PymObject *pym_function_vectorcall(PymObject *func, PymObject *const *args, size_t nargs,
                                   PymObject *kwnames);
/* The builtins dict to use with a globals dict (borrowed). */
PymObject *pym_vm_builtins_for(PymObject *globals);
/* "f()" style description of a callable for messages: new str. */
PymObject *pym_vm_function_str(PymObject *func);

#endif
