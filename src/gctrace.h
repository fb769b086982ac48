/*
** gctrace.h -- the collector trace (gctrace.c): one line per collection
** (-X gctrace), a summary at exit, and the pause figures by generation that
** the heapmap module returns.  Part of seeing the memory (memviz.h).
*/
#ifndef PYM_GCTRACE_H
#define PYM_GCTRACE_H

#include "common.h"

typedef struct PymGCEvent {
    int generation;
    intptr_t examined;          /* objects in the generations collected */
    intptr_t unreachable;       /* found unreachable (before finalizers) */
    intptr_t collected, uncollectable;
    intptr_t tracked_before, tracked_after;   /* all generations */
    double pause_us;
} PymGCEvent;
/* True when gc.c should count examined/unreachable/tracked (walks lists). */
extern bool pym_gctrace_detail;
/* Called by gc.c at the end of every collection. */
void pym_gctrace_on_collection(const PymGCEvent *ev);
void pym_gctrace_start(void);       /* -X gctrace: print lines */
void pym_gctrace_summary(FILE *out);

#define PYM_GCTRACE_NBUCKETS 6      /* pause histogram: < 10 us, 100 us, 1 ms, 10 ms, 100 ms, more */
typedef struct PymGCPauses {
    intptr_t collections;
    double total_us, longest_us, last_us;
    intptr_t histogram[PYM_GCTRACE_NBUCKETS];
} PymGCPauses;
extern const double pym_gctrace_bucket_limits_us[PYM_GCTRACE_NBUCKETS - 1];
const PymGCPauses *pym_gctrace_pauses(int generation);

#endif
