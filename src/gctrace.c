/*
** gctrace.c -- the collector trace (pym -X gctrace, PYMGCTRACE=1), as Go's
** GODEBUG=gctrace=1 does for Go: one line per collection on stderr,
**
**   gc 12 gen0: 842 examined, 3 unreachable, 3 collected, 0 uncollectable, 41 us, tracked 1530 -> 1527
**
** and at exit a summary per generation: collections, total and longest
** pause, and a histogram of pauses (< 10 us, < 100 us, < 1 ms, < 10 ms,
** < 100 ms, more).
**
** gc.c reports every collection to its observer, which is this file
** (pym_gctrace_install).  The pause
** figures are always kept (a few additions per collection) and reach Python
** through the heapmap module (heapmap.gc_pauses()); the counts that need a
** walk over the generation lists (examined, tracked before/after) are made
** only while the trace is on (pym_gc_observer_detail).  Each collection also
** gives the memory timeline a sample.
*/
#include "pym.h"
#include "memviz.h"

static bool printing;
static intptr_t ncollections;
static PymGCPauses pauses[3];

const double pym_gctrace_bucket_limits_us[PYM_GCTRACE_NBUCKETS - 1] = {10, 100, 1000, 10000,
                                                                       100000};

void pym_gctrace_start(void) {
    printing = true;
    pym_gc_observer_detail = true;
}

static void on_collection(const PymGCEvent *ev);

void pym_gctrace_install(void) { pym_gc_observer = on_collection; }

const PymGCPauses *pym_gctrace_pauses(int generation) {
    return generation >= 0 && generation < 3 ? &pauses[generation] : NULL;
}

static void on_collection(const PymGCEvent *ev) {
    ncollections++;
    PymGCPauses *p = &pauses[ev->generation];
    p->collections++;
    p->total_us += ev->pause_us;
    p->last_us = ev->pause_us;
    if (ev->pause_us > p->longest_us) p->longest_us = ev->pause_us;
    int k = 0;
    while (k < PYM_GCTRACE_NBUCKETS - 1 && ev->pause_us >= pym_gctrace_bucket_limits_us[k]) k++;
    p->histogram[k]++;
    if (printing) {
        fflush(stdout);
        fprintf(stderr,
                "gc %zd gen%d: %zd examined, %zd unreachable, %zd collected, "
                "%zd uncollectable, %.0f us, tracked %zd -> %zd\n",
                (ssize_t)ncollections, ev->generation, (ssize_t)ev->examined,
                (ssize_t)ev->unreachable, (ssize_t)ev->collected, (ssize_t)ev->uncollectable,
                ev->pause_us, (ssize_t)ev->tracked_before, (ssize_t)ev->tracked_after);
    }
    if (pym_memtimeline_active()) pym_memtimeline_sample(ev->generation);
}

void pym_gctrace_summary(FILE *out) {
    if (!printing) return;
    static const char *const labels[PYM_GCTRACE_NBUCKETS] = {"<10us", "<100us", "<1ms",
                                                             "<10ms", "<100ms", ">=100ms"};
    fflush(stdout);
    fprintf(out, "gc summary: %zd collections\n", (ssize_t)ncollections);
    for (int g = 0; g < 3; g++) {
        const PymGCPauses *p = &pauses[g];
        fprintf(out,
                "gc summary gen%d: %zd collections, pause total %.0f us, longest %.0f us, "
                "mean %.1f us\n",
                g, (ssize_t)p->collections, p->total_us, p->longest_us,
                p->collections ? p->total_us / (double)p->collections : 0.0);
        if (!p->collections) continue;
        intptr_t most = 1;
        for (int k = 0; k < PYM_GCTRACE_NBUCKETS; k++)
            if (p->histogram[k] > most) most = p->histogram[k];
        for (int k = 0; k < PYM_GCTRACE_NBUCKETS; k++) {
            int bar = (int)((p->histogram[k] * 30 + most - 1) / most);
            fprintf(out, "  %8s %6zd |", labels[k], (ssize_t)p->histogram[k]);
            for (int i = 0; i < bar; i++) fputc('#', out);
            fputc('\n', out);
        }
    }
    fflush(out);
}
