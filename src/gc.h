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
    uintptr_t gc_next; /* next in the generation list (0: untracked) */
    uintptr_t gc_prev; /* previous; low bits hold collector flags */
} PymGCHead;

#define PYM_AS_GC(o)   ((PymGCHead *)(o)-1)
#define PYM_FROM_GC(g) ((PymObject *)((PymGCHead *)(g) + 1))
/* True when o carries a GC header.  Type objects are GC objects only when
** heap-allocated: static types (int, object ...) have no header before them. */
#define PYM_IS_GC(o) \
    ((PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_HAVE_GC) && \
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

/* {====== the collector's state ======}
** Shared by gc.c, the gc module (modules/mod_gc.c), the weak references'
** clearing hook (weakrefobject.c) and the leak check's census (leakcheck.c). */

#define PYM_GC_NUM_GENERATIONS 3

#define PYM_GC_DEBUG_STATS         (1 << 0)
#define PYM_GC_DEBUG_COLLECTABLE   (1 << 1)
#define PYM_GC_DEBUG_UNCOLLECTABLE (1 << 2)
#define PYM_GC_DEBUG_SAVEALL       (1 << 5)
#define PYM_GC_DEBUG_LEAK \
    (PYM_GC_DEBUG_COLLECTABLE | PYM_GC_DEBUG_UNCOLLECTABLE | PYM_GC_DEBUG_SAVEALL)

typedef struct PymGCGeneration {
    PymGCHead head; /* circular list of tracked objects */
    int threshold;
    int count;
} PymGCGeneration;

typedef struct PymGCGenStats {
    intptr_t collections, collected, uncollectable;
} PymGCGenStats;

typedef struct PymGCState {
    PymGCGeneration gens[PYM_GC_NUM_GENERATIONS];
    PymGCGeneration permanent; /* gc.freeze() */
    PymGCGenStats stats[PYM_GC_NUM_GENERATIONS];
    int enabled;
    int collecting;
    int debug;
    intptr_t long_lived_total, long_lived_pending;
    PymObject *garbage;   /* gc.garbage list (owned by the gc module) */
    PymObject *callbacks; /* gc.callbacks list */
    double last_seconds;
} PymGCState;

extern PymGCState pym_gc_state;

/* Clears weak references to objects in the unreachable list and runs their
** callbacks; returns a count to add to the collected total.  Installed by
** the weakref implementation; NULL until then. */
extern intptr_t (*pym_gc_weakref_hook)(PymGCHead *unreachable, PymGCHead *old);

/* For that hook (weakrefobject.c): whether o is a member of the set being
** collected (still COLLECTING: the unreachable list while the hook runs), and
** moving a header from its list to the end of another. */
bool pym_gc_is_collecting(PymObject *o);
void pym_gc_list_move(PymGCHead *node, PymGCHead *list);

void pym_gc_list_init(PymGCHead *list);
intptr_t pym_gc_list_size(PymGCHead *list);
void pym_gc_collect_generations(void);
void pym_gc_freeze(void);
void pym_gc_unfreeze(void);
intptr_t pym_gc_freeze_count(void);
int pym_gc_objects(int gen, PymObject *list);
int pym_gc_referrers(PymObject *target, PymObject *list);

/* One collection's figures for the collector's observer (gctrace.c hangs
** on it at start-up, as the allocator's observers hang on its hook table, so
** that the collector names none of its consumers). */
typedef struct PymGCEvent {
    int generation;
    intptr_t examined;    /* objects in the generations collected */
    intptr_t unreachable; /* found unreachable (before finalizers) */
    intptr_t collected, uncollectable;
    intptr_t tracked_before, tracked_after; /* all generations */
    double pause_us;
} PymGCEvent;
/* Called at the end of every collection (NULL: nobody observes). */
extern void (*pym_gc_observer)(const PymGCEvent *ev);
/* True when the observer wants the counts that walk the generation lists
** (examined, unreachable, tracked before/after). */
extern bool pym_gc_observer_detail;

#endif
