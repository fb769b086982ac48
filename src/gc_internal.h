/*
** gc_internal.h -- the collector's state, shared by gc.c and the gc module
** (modules/mod_gc.c).  Not for other files.
*/
#ifndef PYM_GC_INTERNAL_H
#define PYM_GC_INTERNAL_H

#include "gc.h"

#define PYM_GC_NUM_GENERATIONS 3

#define PYM_GC_DEBUG_STATS         (1 << 0)
#define PYM_GC_DEBUG_COLLECTABLE   (1 << 1)
#define PYM_GC_DEBUG_UNCOLLECTABLE (1 << 2)
#define PYM_GC_DEBUG_SAVEALL       (1 << 5)
#define PYM_GC_DEBUG_LEAK (PYM_GC_DEBUG_COLLECTABLE | PYM_GC_DEBUG_UNCOLLECTABLE | PYM_GC_DEBUG_SAVEALL)

typedef struct PymGCGeneration {
    PymGCHead head;             /* circular list of tracked objects */
    int threshold;
    int count;
} PymGCGeneration;

typedef struct PymGCGenStats {
    intptr_t collections, collected, uncollectable;
} PymGCGenStats;

typedef struct PymGCState {
    PymGCGeneration gens[PYM_GC_NUM_GENERATIONS];
    PymGCGeneration permanent;  /* gc.freeze() */
    PymGCGenStats stats[PYM_GC_NUM_GENERATIONS];
    int enabled;
    int collecting;
    int debug;
    intptr_t long_lived_total, long_lived_pending;
    PymObject *garbage;         /* gc.garbage list (owned by the gc module) */
    PymObject *callbacks;       /* gc.callbacks list */
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

#endif
