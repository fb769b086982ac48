/*
** vm.h -- the bytecode interpreter (vm.c), frames (frameobject.c) and
** generators (genobject.c).
*/
#ifndef PYM_VM_H
#define PYM_VM_H

#include "object.h"
#include "codeobject.h"

typedef struct PymFrame PymFrame;   /* layout private to the VM (frameobject.h) */
extern PymType pym_type_frame, pym_type_generator;

/* Runs module- or class-level code with the given namespaces (locals may be
** the same dict as globals).  New ref to the result, NULL on error. */
PymObject *pym_eval_code(PymCode *co, PymObject *globals, PymObject *locals);
/* Runs a class body function with ns as its locals (for __build_class__);
** returns the body's result (the __class__ cell or None). */
PymObject *pym_eval_class_body(PymObject *func, PymObject *ns);

/* The innermost running Python frame, or NULL (borrowed). */
PymFrame *pym_vm_current_frame(void);
PymObject *pym_frame_globals(PymFrame *f);         /* borrowed */
PymObject *pym_frame_builtins(PymFrame *f);        /* borrowed */
/* locals() of the frame: the locals dict of module/class code, or a fresh
** snapshot dict of the fast locals (new ref). */
PymObject *pym_frame_locals(PymFrame *f);
int pym_frame_lineno(PymFrame *f);
PymCode *pym_frame_code(PymFrame *f);              /* borrowed */
PymFrame *pym_frame_back(PymFrame *f);             /* borrowed */
/* For zero-argument super(): first argument and __class__ of the current
** frame; 0/-1 with RuntimeError "super(): no arguments" etc. (borrowed) */
int pym_frame_super_args(PymFrame *f, PymObject **type, PymObject **self);

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
** "method", or NULL when it is not (for dis and the tests). */
const char *pym_vm_attr_cache_kind(PymCode *co, int i);

int pym_vm_init(void);
/* Releases the VM's caches (frame free list, LOAD_GLOBAL cache); for
** shutdown before the leak check. */
void pym_vm_fini(void);  /* function, code, frame, cell, method, generator, traceback types */

#endif
