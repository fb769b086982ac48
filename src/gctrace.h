/*
** gctrace.h -- the collector trace (gctrace.c): one line per collection
** (-X gctrace), a summary at exit, and the pause figures by generation that
** the heapmap module returns.  Part of seeing the memory (memviz.h).
*/
#ifndef PYM_GCTRACE_H
#define PYM_GCTRACE_H

#include "common.h"
#include "gc.h"

/* Hangs the trace on the collector (pym_gc_observer): pause figures kept
** from then on; called once at start-up. */
void pym_gctrace_install(void);
void pym_gctrace_start(void); /* -X gctrace: print lines */
void pym_gctrace_summary(FILE *out);

#define PYM_GCTRACE_NBUCKETS 6 /* pause histogram: < 10 us, 100 us, 1 ms, 10 ms, 100 ms, more */
typedef struct PymGCPauses {
    intptr_t collections;
    double total_us, longest_us, last_us;
    intptr_t histogram[PYM_GCTRACE_NBUCKETS];
} PymGCPauses;
extern const double pym_gctrace_bucket_limits_us[PYM_GCTRACE_NBUCKETS - 1];
const PymGCPauses *pym_gctrace_pauses(int generation);

#endif
