/*
** memviz.h -- seeing the memory: the heap map (heapmap.c), the collector
** trace (gctrace.c) and the memory timeline (memtimeline.c), their command
** line switches (memviz.c) and the small SVG writer they share.
**
**   pym -X heapmap=F.svg      PYMHEAPMAP=F.svg      pymalloc's arenas and pools at exit
**   pym -X gctrace            PYMGCTRACE=1          one stderr line per collection + summary
**   pym -X memtimeline=F.svg  PYMMEMTIMELINE=F.svg  RSS, pymalloc, malloc, free lists over time
**
** From Python, the module 'heapmap' (modules/mod_heapmap.c) draws the heap
** on demand and returns the collector's pause figures.
**
** Everything here works on the raw allocator (pym_raw_*): drawing the heap
** must not change the heap it draws.
*/
#ifndef PYM_MEMVIZ_H
#define PYM_MEMVIZ_H

#include "common.h"

/* {====== the SVG writer: a growable raw-memory buffer ======} */
typedef struct PymSvg {
    char *data;
    size_t len, cap;
    bool failed;                /* out of memory: the text is incomplete */
} PymSvg;
void pym_svg_printf(PymSvg *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s with &, <, >, " escaped. */
void pym_svg_escaped(PymSvg *b, const char *s);
/* Writes the buffer to path and frees it.  0, or -1 with errno set. */
int pym_svg_save(PymSvg *b, const char *path);
void pym_svg_free(PymSvg *b);
/* "#rrggbb" for hue (degrees), saturation and lightness in [0, 1]. */
void pym_svg_hsl(char out[8], double h, double s, double l);

/* {====== heap map (heapmap.c) ======} */
/* Writes the SVG picture of pymalloc's arenas and pools now.  0, or -1 with
** errno set (the file could not be written) or ENOMEM. */
int pym_heapmap_write(const char *path, const char *title);

/* {====== collector trace (gctrace.c) ======} */
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

/* {====== memory timeline (memtimeline.c) ======} */
/* Starts sampling: every 'interval' allocations and at each collection. */
int pym_memtimeline_start(intptr_t interval);
bool pym_memtimeline_active(void);
/* Takes one sample now (gen: the collected generation, or -1). */
void pym_memtimeline_sample(int gen);
int pym_memtimeline_write(const char *path);
void pym_memtimeline_stop(void);
/* Resident set size of the process in bytes (0 if unknown). */
size_t pym_memviz_rss(void);

/* {====== the switches (memviz.c) ======} */
/* Reads -X heapmap/gctrace/memtimeline and their environment variables. */
void pym_memviz_configure(void);
/* At exit, before teardown: writes the heap map and the timeline asked for. */
void pym_memviz_at_exit(void);
/* At the very end: the collector trace's summary. */
void pym_memviz_fini(void);

#endif
