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
    bool failed; /* out of memory: the text is incomplete */
} PymSvg;
void pym_svg_printf(PymSvg *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s with &, <, >, " escaped. */
void pym_svg_escaped(PymSvg *b, const char *s);
/* Writes the buffer to path and frees it.  0, or -1 with errno set. */
int pym_svg_save(PymSvg *b, const char *path);
void pym_svg_free(PymSvg *b);
/* "#rrggbb" for hue (degrees), saturation and lightness in [0, 1]. */
void pym_svg_hsl(char out[8], double h, double s, double l);

/* The three views, each in a header of its own. */
#include "heapmap.h"
#include "gctrace.h"
#include "memtimeline.h"

/* {====== the switches (memviz.c) ======} */
/* Reads -X heapmap/gctrace/memtimeline and their environment variables. */
void pym_memviz_configure(void);
/* At exit, before teardown: writes the heap map and the timeline asked for. */
void pym_memviz_at_exit(void);
/* At the very end: the collector trace's summary. */
void pym_memviz_fini(void);

#endif
