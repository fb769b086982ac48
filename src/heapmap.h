/*
** heapmap.h -- the heap map (heapmap.c): an SVG picture of pymalloc's
** arenas and pools (-X heapmap, the heapmap module).  Part of seeing the
** memory (memviz.h).
*/
#ifndef PYM_HEAPMAP_H
#define PYM_HEAPMAP_H

#include "common.h"

/* Writes the SVG picture of pymalloc's arenas and pools now.  0, or -1 with
** errno set (the file could not be written) or ENOMEM. */
int pym_heapmap_write(const char *path, const char *title);

#endif
