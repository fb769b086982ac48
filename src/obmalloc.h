/*
** obmalloc.h -- the one entry point for all object memory.
**
** Every object, frame, code object and container table is allocated through
** pym_obj_malloc/realloc/free, so that the allocator statistics, tracemalloc
** and the leak check see everything.  Interpreter-internal memory that is not
** part of any object (AST arena, tracemalloc's own tables) uses pym_raw_*.
** The implementation and its design essay are in obmalloc.c.
*/
#ifndef PYM_OBMALLOC_H
#define PYM_OBMALLOC_H

#include "common.h"

void *pym_obj_malloc(size_t n); /* NULL on failure (no exception set) */
void *pym_obj_calloc(size_t count, size_t n);
void *pym_obj_realloc(void *p, size_t n);
void pym_obj_free(void *p);

void *pym_raw_malloc(size_t n);
void *pym_raw_calloc(size_t count, size_t n);
void *pym_raw_realloc(void *p, size_t n);
void pym_raw_free(void *p);

/* Makes the pages of [p, p+n) present now, written (write: private copies,
** zero pages allocated) or read, by one system call (madvise
** MADV_POPULATE_*) instead of a page fault per page at first touch -- on a
** virtual machine a fault costs far more than the call's work per page.
** The range is widened to whole pages.  A no-op where the kernel (< 5.14)
** or the platform lacks it. */
void pym_populate(void *p, size_t n, bool write);
/* Arenas are mapped from right below this address downwards while the
** space is free (main.c: the bottom of the interpreter's stack). */
void pym_obmalloc_arena_hint(void *below);

/* Blocks currently allocated through pym_obj_* (for tests and the leak check). */
intptr_t pym_obj_blocks_in_use(void);

/* Allocator statistics (sys._debugmallocstats, the leak check, tests). */
typedef struct PymObmallocStats {
    struct {
        size_t pools, blocks_in_use, free_blocks;
    } classes[64];
    size_t arenas_allocated, arenas_reclaimed, arenas_highwater, arenas_mapped;
    size_t free_pools;
    intptr_t blocks_in_use;
} PymObmallocStats;

void pym_obmalloc_stats(PymObmallocStats *s);

/* Fault injection (obmalloc.c's essay): a cap in bytes on live object
** memory, beyond which allocations return NULL (0: no cap); and the number
** of allocations counted since fault injection was turned on. */
void pym_obmalloc_set_limit(size_t bytes);
long long pym_obmalloc_alloc_count(void);
/* Called at the end of start-up (main.c, the fuzz targets): fault
** injection and the cap apply from here on. */
void pym_obmalloc_faults_arm(void);
/* Suspends (1) and resumes (0) fault injection around an allocation that
** must not fail (nests). */
void pym_obmalloc_faults_hold(int on);
void pym_obmalloc_print_stats(FILE *out);

/* The read-only walk (the heap map): one view per mapped arena, its pools
** in address order.  szidx -1: an empty pool (on the arena's free list when
** carved, never used yet when not). */
typedef struct PymPoolView {
    int szidx;
    uint32_t block_size, used, total; /* total: blocks the pool can hold */
    bool carved;
} PymPoolView;
typedef struct PymArenaView {
    uintptr_t base;
    uint32_t nfreepools, ntotalpools;
    PymPoolView pools[64];
} PymArenaView;
#define PYM_OBMALLOC_ARENA_SIZE ((size_t)256 << 10)
#define PYM_OBMALLOC_POOL_SIZE  ((size_t)4 << 10)
size_t pym_obmalloc_walk(PymArenaView *out, size_t max);
/* Where a pymalloc block lies, for an observer that keeps a record per
** block (tracemalloc keeps one array per pool: neighbouring blocks have
** neighbouring records).  The arena's index is the allocator's own (an
** unmapped arena's index is reused by a later one); the pool is the
** block's address with its low bits cleared (PYM_OBMALLOC_POOL_SIZE).
** false: p is not a pymalloc block (malloc served it).  Read-only. */
typedef struct PymBlockPlace {
    uint32_t arena;  /* index of its arena */
    uint32_t szidx;  /* its pool's size class */
} PymBlockPlace;
bool pym_obmalloc_place(const void *p, PymBlockPlace *where);
/* Blocks of size class szidx: their size, how many a pool holds, and the
** offset of the first in its pool. */
void pym_obmalloc_class_geometry(uint32_t szidx, uint32_t *size, uint32_t *per_pool,
                                 uint32_t *first);
#define PYM_OBMALLOC_POOLS_PER_ARENA (PYM_OBMALLOC_ARENA_SIZE / PYM_OBMALLOC_POOL_SIZE)
/* Object blocks served by malloc (> 512 bytes, or all with PYM_MALLOC=malloc)
** and their usable bytes. */
void pym_obmalloc_large(intptr_t *blocks, size_t *bytes);
/* Calls fn every 'interval' allocations (fn NULL: never). */
void pym_obmalloc_set_tick(void (*fn)(void), intptr_t interval);

/* {====== observers of object memory ======}
** The allocator owns a small table of hooks (as CPython's allocator
** domains): a consumer (the leak check, tracemalloc) adds its entry once and
** turns it on and off with its own flag, then calls
** pym_obmalloc_hooks_changed; the allocator calls the entries whose flag is
** set for every pym_obj_* block.  Its fast paths test one flag of its own,
** cleared while any hook's flag is set: a flag turned on without the call
** would go unseen by them.  The allocator names none of its consumers. */
typedef struct PymObmallocHooks {
    const bool *active; /* the hooks run while *active */
    /* 0, or -1 when it could not record the block: the allocation then
    ** fails (as CPython's tracemalloc fails it), the hooks before it are
    ** told the block is freed */
    int (*on_alloc)(void *block, size_t size);
    void (*on_free)(void *block);
    /* A realloc: before_realloc(old) (may be NULL) runs before the block
    ** moves, and its result is handed to on_realloc once it has moved. */
    int (*before_realloc)(void *old);
    void (*on_realloc)(void *old, void *new_block, size_t size, int before);
} PymObmallocHooks;
#define PYM_OBMALLOC_MAX_HOOKS 2
/* Adds h (static storage) to the table; adding it again does nothing.  0,
** or -1 when the table is full. */
int pym_obmalloc_add_hooks(const PymObmallocHooks *h);
/* Called by a hook's owner after it changed its flag. */
void pym_obmalloc_hooks_changed(void);

#endif
