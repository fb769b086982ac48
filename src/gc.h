/*
** gc.h -- the GC header and the interface of the cyclic collector (gc.c).
**
** Objects of types with PYM_TPFLAGS_HAVE_GC are preceded by a PymGCHead.
** pym_object_alloc reserves it; the object is linked into generation 0 by
** pym_gc_track once its fields are valid, and unlinked by pym_gc_untrack at
** the start of its tp_dealloc (before any field is released).
*/
#ifndef PYM_GC_H
#define PYM_GC_H

#include "object.h"

typedef struct PymGCHead {
    uintptr_t gc_next;              /* next in the generation list (0: untracked) */
    uintptr_t gc_prev;              /* previous; low bits hold collector flags */
} PymGCHead;

#define PYM_AS_GC(o) ((PymGCHead *)(o) - 1)
#define PYM_FROM_GC(g) ((PymObject *)((PymGCHead *)(g) + 1))
/* True when o carries a GC header.  Type objects are GC objects only when
** heap-allocated: static types (int, object ...) have no header before them. */
#define PYM_IS_GC(o) ((PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_HAVE_GC) && \
    (!(PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_TYPE_SUBCLASS) || \
     (((PymType *)(o))->tp_flags & PYM_TPFLAGS_HEAPTYPE)))

void pym_gc_track(PymObject *o);
void pym_gc_untrack(PymObject *o);
bool pym_gc_is_tracked(PymObject *o);
/* PEP 442: whether tp_finalize already ran on o, and marking that it did. */
bool pym_gc_is_finalized(PymObject *o);
void pym_gc_mark_finalized(PymObject *o);
/* Runs a collection of generations 0..gen; returns the number of unreachable
** objects found, -1 on error. */
intptr_t pym_gc_collect(int gen);
/* Called by pym_object_alloc for GC objects: counts and may collect. */
void pym_gc_on_alloc(void);
void pym_gc_on_free(void);
int pym_gc_init(void);

#endif
