/*
** obmalloc.c -- the object memory entry points.
**
** Every object and every table owned by an object is allocated here, so
** that one place sees all object memory: the statistics, the leak check and
** (later) tracemalloc.  This first version hands each request to the C
** library's malloc and counts live blocks; the pymalloc layer (256 KiB
** arenas, 4 KiB pools, 64 size classes of 8 bytes for requests <= 512
** bytes) replaces the body of pym_obj_malloc/free without changing callers.
*/
#include "common.h"
#include "obmalloc.h"

static intptr_t obj_blocks;     /* blocks live through pym_obj_* */

void *pym_obj_malloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (p) obj_blocks++;
    return p;
}

void *pym_obj_calloc(size_t count, size_t n) {
    void *p = calloc(count ? count : 1, n ? n : 1);
    if (p) obj_blocks++;
    return p;
}

void *pym_obj_realloc(void *p, size_t n) {
    if (!p) return pym_obj_malloc(n);
    return realloc(p, n ? n : 1);
}

void pym_obj_free(void *p) {
    if (!p) return;
    obj_blocks--;
    free(p);
}

intptr_t pym_obj_blocks_in_use(void) { return obj_blocks; }

void *pym_raw_malloc(size_t n) { return malloc(n ? n : 1); }
void *pym_raw_calloc(size_t count, size_t n) { return calloc(count ? count : 1, n ? n : 1); }
void *pym_raw_realloc(void *p, size_t n) { return realloc(p, n ? n : 1); }
void pym_raw_free(void *p) { free(p); }
