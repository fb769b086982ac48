/*
** obmalloc.c -- pymalloc: the object allocator.
**
** Every object and every table owned by an object is allocated here, so one
** place sees all object memory (statistics, the leak check, tracemalloc).
**
**   object memory API  pym_obj_malloc / calloc / realloc / free
**      ├── hooks, when on: a table of observers (the leak check,
**      │   tracemalloc) sees each block
**      ├── requests <= 512 bytes: pymalloc (below)
**      └── larger requests: the C library's malloc
**
** The common cases are inline in pym_obj_malloc / pym_obj_free: a used pool
** of the class hands out its first free block (or carves a new one), a
** freed block goes on its pool's free list unless the pool becomes empty.  They
** run while the one flag 'st.fast' says nothing else must see each request
** (start-up, PYM_MALLOC=malloc, fault injection, the cap, the timeline's
** tick, an active hook: all take the out-of-line path, which handles every
** case).  A hook's owner calls pym_obmalloc_hooks_changed after it turns
** its flag on or off, so that the fast paths test one flag, not the hooks'.
** No count of live blocks is kept on the fast paths:
** pym_obj_blocks_in_use (sys.getallocatedblocks) sums the pools' counts, as
** CPython's _Py_GetAllocatedBlocks does.
**   raw memory API     pym_raw_*  -- interpreter-internal memory, plain malloc
**
** Small requests are rounded up to a multiple of 8 and served from one of 64
** size classes (8, 16, ... 512 bytes):
**
**   request size   class index   block size
**        1-8            0             8
**        9-16           1            16
**        ...          ...           ...
**      505-512         63           512
**
** Arenas are 256 KiB regions obtained with mmap, aligned to 256 KiB, each cut
** into 64 pools of 4 KiB.  A pool serves blocks of a single size class; its
** first 48 bytes are a header (below).  A pool is in one of three states:
**
**   used   some blocks allocated, some free: linked in usedpools[class], so
**          allocation of that class finds it in O(1)
**   full   every block allocated: on no list, except the head of
**          usedpools[class], which stays there when it hands out its last
**          block until the next allocation of the class finds it full (a
**          program that frees one block and allocates one at every step
**          would otherwise unlink and relink a pool each time); the first
**          free of one of its blocks puts a full pool back at the head
**          (taking the place of a full head).  So at most one pool of a list
**          is full, its head.
**   empty  no block allocated: on its arena's freepools list, ready to serve
**          any size class
**
** Inside a pool, freed blocks form a singly linked list (the first word of a
** free block points to the next); blocks never handed out yet are carved
** lazily from 'nextoffset', so untouched memory is never touched.
**
** Arenas with free pools are kept in 'usable_arenas', sorted by their number
** of free pools, fewest first: allocation always uses the most used arena,
** which lets the emptier arenas drain.  When every pool of an arena is empty,
** the arena is unmapped and its memory goes back to the OS -- unless it is
** the only empty one, which is kept against thrashing (as CPython 3.9+).  This is why
** "peak memory is sticky" in CPython: one live block keeps 256 KiB mapped.
**
** Finding the owner on free: an arena is aligned to its size, so the arena
** base is the pointer with its low 18 bits cleared and the pool is the pointer
** with its low 12 bits cleared.  The pool header records the arena's index;
** a pointer belongs to pymalloc iff arenas[index].base equals its arena base
** (for a malloc'ed block the check reads the header position of the block's
** own page, which is readable, and fails).
**
** PYM_MALLOC=malloc in the environment sends every request to malloc so that
** AddressSanitizer and valgrind see each block.
**
** For the pictures of memory (memviz.h): large blocks are counted with
** their malloc_usable_size, pym_obmalloc_walk reads the arenas and pools
** without changing them, and an allocation countdown calls the memory
** timeline's sampler every N allocations (one decrement when off).
**
** Fault injection (for the safety-net tests: failalloc, ulimit), all off by default and
** tested by one flag in the allocation path:
**   PYMFAILALLOC=N   the Nth allocation after start-up (pym_obj_malloc/calloc/
**                    realloc that needs a new block, and pym_raw_*) returns
**                    NULL once (start-up failing is a fatal error, as in CPython);
**                    PYMFAILALLOC_REPORT=1 prints the count at exit, which is
**                    how scripts/failalloc_walk.sh learns how far to walk;
**                    PYMFAILALLOC_TRACE=1 prints the C backtrace of the failure
**   pym_obmalloc_set_limit(bytes)   object memory beyond the cap is refused
**                    (the fuzz targets' memory cap)
*/
#include "common.h"
#include "obmalloc.h"
#include <sys/mman.h>
#include <malloc.h>
#include <errno.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <execinfo.h> /* PYMFAILALLOC_TRACE's backtrace: glibc's */
#define PYM_HAVE_BACKTRACE 1
#endif
#if defined(__SANITIZE_ADDRESS__)
/* LeakSanitizer does not scan mmap'd memory: each arena is registered as a
   root region, so a malloc'd block held by an object in an arena (a large
   dict's keys) is not reported as leaked */
#include <sanitizer/lsan_interface.h>
#define ARENA_LSAN_REGISTER(p)   __lsan_register_root_region((p), ARENA_SIZE)
#define ARENA_LSAN_UNREGISTER(p) __lsan_unregister_root_region((p), ARENA_SIZE)
#else
#define ARENA_LSAN_REGISTER(p)   ((void)0)
#define ARENA_LSAN_UNREGISTER(p) ((void)0)
#endif

#define COLD_FN __attribute__((noinline, cold))

#define ALIGNMENT               8
#define ALIGNMENT_SHIFT         3
#define SMALL_REQUEST_THRESHOLD 512
#define NB_SMALL_SIZE_CLASSES   (SMALL_REQUEST_THRESHOLD / ALIGNMENT)
#define ARENA_SIZE              ((size_t)256 << 10)
#define POOL_SIZE               ((size_t)4 << 10)
#define POOLS_PER_ARENA         (ARENA_SIZE / POOL_SIZE)
#define INDEX2SIZE(i)           (((size_t)(i) + 1) << ALIGNMENT_SHIFT)
/* pools made present together when carving reaches them (a divisor of
** ARENA_SIZE; pool_alloc): 32 pools, one system call for the 25 that
** `pym -c pass` uses */
#define POPULATE_CHUNK          ((size_t)128 << 10)

_Static_assert(PYM_OBMALLOC_POOL_SIZE == POOL_SIZE && PYM_OBMALLOC_ARENA_SIZE == ARENA_SIZE,
               "obmalloc.h's geometry is obmalloc.c's");

typedef struct PoolHeader {
    uint32_t ref;                /* blocks allocated in this pool */
    uint32_t szidx;              /* size class index */
    uint8_t *freeblock;          /* first free block, or NULL */
    struct PoolHeader *nextpool; /* usedpools list, or arena freepools */
    struct PoolHeader *prevpool;
    uint32_t arenaindex;
    uint32_t nextoffset;    /* bytes to the next never-used block */
    uint32_t maxnextoffset; /* largest valid nextoffset */
    uint32_t pad;
} PoolHeader;
#define POOL_OVERHEAD ((sizeof(PoolHeader) + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1))

typedef struct Arena {
    uintptr_t base; /* ARENA_UNUSED: this slot is unused */
    uint32_t nfreepools, ntotalpools;
    PoolHeader *freepools; /* empty pools that were used before */
    uint8_t *pool_address; /* next never-used pool */
    struct Arena *nextarena, *prevarena;
} Arena;

/* the base of an unused slot: odd, so no pointer's arena base */
#define ARENA_UNUSED ((uintptr_t)1)
static Arena *arenas; /* raw array, grows by doubling */
static uint32_t maxarenas;
static Arena *unused_arena_objects; /* singly linked through nextarena */
static Arena *usable_arenas;        /* doubly linked, sorted by nfreepools */
static PoolHeader *usedpools[NB_SMALL_SIZE_CLASSES];

static struct {
    intptr_t large_blocks; /* live blocks from pym_obj_* served by malloc */
    size_t large_bytes;    /* their usable sizes (malloc_usable_size) */
    size_t arenas_allocated, arenas_reclaimed, arenas_highwater, narenas;
    int bypass; /* PYM_MALLOC=malloc */
    int initialized;
    int fast; /* the inline paths may serve small blocks: initialized,
              ** no bypass, no fault injection, no cap, no tick, no active
              ** hook (update_fast) */
} st;

/* {====== fault injection ======} */

static struct {
    int on;                   /* any of the below is active */
    int trace;                /* PYMFAILALLOC_TRACE=1 */
    int armed;                /* start-up is over: count (pym_obmalloc_faults_arm) */
    long long fail_at, count; /* PYMFAILALLOC: fail the fail_at-th allocation */
    size_t limit;             /* byte cap on live object memory (0: none) */
    intptr_t live;            /* bytes of blocks counted while a cap is set */
} fault;

static void report_alloc_count(void) { fprintf(stderr, "pym: allocations: %lld\n", fault.count); }

static void fault_init(void) {
    const char *e = getenv("PYMFAILALLOC");
    if (e && *e) {
        fault.fail_at = atoll(e);
        fault.on = 1;
    }
    e = getenv("PYMFAILALLOC_TRACE");
    fault.trace = e && *e == '1';
    e = getenv("PYMFAILALLOC_REPORT");
    if (e && *e == '1') {
        fault.on = 1;
        atexit(report_alloc_count);
    }
}

/* 1 if this allocation must fail (counted whether it fails or not). */
static COLD_FN bool fault_fail_now(size_t n) {
    if (fault.armed != 1) return false;
    if (++fault.count == fault.fail_at) {
        if (fault.trace) { /* PYMFAILALLOC_TRACE=1: where it failed */
            fprintf(stderr, "pym: allocation %lld fails here:\n", fault.count);
#ifdef PYM_HAVE_BACKTRACE
            void *frames[32];
            backtrace_symbols_fd(frames, backtrace(frames, 32), 2);
#else
            fputs("  (no backtrace in this C library)\n", stderr);
#endif
        }
        return true;
    }
    return fault.limit && (n > fault.limit || fault.live > (intptr_t)(fault.limit - n));
}

static void (*tick_fn)(void);
static const bool *hook_flags[PYM_OBMALLOC_MAX_HOOKS];
/* The fast paths serve small blocks unless something needs to see each
** request: start-up, PYM_MALLOC=malloc, fault injection, the cap, the
** tick, an observer. */
static void update_fast(void) {
    st.fast = st.initialized && !st.bypass && !fault.on && !fault.limit && !tick_fn &&
              !*hook_flags[0] && !*hook_flags[1];
}

void pym_obmalloc_set_limit(size_t bytes) {
    fault.limit = bytes;
    fault.on = fault.on || bytes;
    update_fast();
}

long long pym_obmalloc_alloc_count(void) { return fault.count; }

void pym_obmalloc_faults_arm(void) { fault.armed = 1; }

static int fault_held;
void pym_obmalloc_faults_hold(int on) {
    if (on) {
        if (fault_held++ == 0 && fault.armed) fault.armed = 2;
    } else if (--fault_held == 0 && fault.armed == 2)
        fault.armed = 1;
}

static void obmalloc_init(void) {
    const char *e = getenv("PYM_MALLOC");
    st.bypass = e && (!strcmp(e, "malloc") || !strcmp(e, "malloc_debug"));
    fault_init();
    st.initialized = 1;
    update_fast();
}

/* {====== prefaulting ======} */

#if defined(__linux__)
#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ  22
#define MADV_POPULATE_WRITE 23
#endif
void pym_populate(void *p, size_t n, bool write) {
    static bool unsupported;
    if (unsupported || n == 0) return;
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t lo = (uintptr_t)p & ~(page - 1);
    uintptr_t hi = ((uintptr_t)p + n + page - 1) & ~(page - 1);
    if (madvise((void *)lo, hi - lo, write ? MADV_POPULATE_WRITE : MADV_POPULATE_READ) != 0 &&
        errno == EINVAL)
        unsupported = true; /* a kernel before 5.14: faults as usual */
}
#else
void pym_populate(void *p, size_t n, bool write) { (void)p, (void)n, (void)write; }
#endif

/* {====== arenas ======} */

/* Where the next arena is tried: the 256 KiB right below this address
** (0: nowhere).  Arenas are mapped downwards from the interpreter's stack
** (main.c) or from the last arena, one mmap each, while the space there is
** free: the general way below costs three system calls. */
static uintptr_t arena_hint;

void pym_obmalloc_arena_hint(void *below) { arena_hint = (uintptr_t)below; }

static void *map_aligned_arena(void) {
#ifdef MAP_FIXED_NOREPLACE
    if (arena_hint > ARENA_SIZE) {
        uintptr_t want = (arena_hint - ARENA_SIZE) & ~(uintptr_t)(ARENA_SIZE - 1);
        void *p = mmap((void *)want, ARENA_SIZE, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
        if (p == (void *)want) {
            arena_hint = want;
            ARENA_LSAN_REGISTER(p);
            return p;
        }
        /* taken (EEXIST), or a kernel before 4.17 placed it elsewhere */
        if (p != MAP_FAILED) munmap(p, ARENA_SIZE);
    }
#endif
    /* map twice the size and trim to a 256 KiB boundary */
    size_t len = ARENA_SIZE * 2;
    uint8_t *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return NULL;
    uintptr_t start = ((uintptr_t)p + ARENA_SIZE - 1) & ~(uintptr_t)(ARENA_SIZE - 1);
    size_t head = start - (uintptr_t)p, tail = len - head - ARENA_SIZE;
    if (head) munmap(p, head);
    if (tail) munmap((uint8_t *)start + ARENA_SIZE, tail);
    arena_hint = start;
    ARENA_LSAN_REGISTER((void *)start);
    return (void *)start;
}

static Arena *new_arena(void) {
    if (!unused_arena_objects) {
        uint32_t n = maxarenas ? maxarenas * 2 : 16;
        uintptr_t old = (uintptr_t)arenas;
        Arena *a = realloc(arenas, n * sizeof(Arena));
        if (!a) return NULL;
        /* the array moved: usable_arenas links are pointers into it */
        if ((uintptr_t)a != old && old) {
            ptrdiff_t shift = (ptrdiff_t)((uintptr_t)a - old);
            for (uint32_t i = 0; i < maxarenas; i++) {
                if (a[i].nextarena) a[i].nextarena = (Arena *)((uint8_t *)a[i].nextarena + shift);
                if (a[i].prevarena) a[i].prevarena = (Arena *)((uint8_t *)a[i].prevarena + shift);
            }
            if (usable_arenas) usable_arenas = (Arena *)((uint8_t *)usable_arenas + shift);
        }
        arenas = a;
        for (uint32_t i = maxarenas; i < n; i++) {
            arenas[i].base = ARENA_UNUSED;
            arenas[i].nextarena = i + 1 < n ? &arenas[i + 1] : NULL;
            arenas[i].prevarena = NULL;
        }
        unused_arena_objects = &arenas[maxarenas];
        maxarenas = n;
    }
    Arena *ao = unused_arena_objects;
    void *mem = map_aligned_arena();
    if (!mem) return NULL;
    unused_arena_objects = ao->nextarena;
    ao->base = (uintptr_t)mem;
    ao->nfreepools = ao->ntotalpools = POOLS_PER_ARENA;
    ao->freepools = NULL;
    ao->pool_address = mem;
    ao->nextarena = ao->prevarena = NULL;
    st.arenas_allocated++;
    st.narenas++;
    if (st.narenas > st.arenas_highwater) st.arenas_highwater = st.narenas;
    return ao;
}

/* May read a "pool header" that is not one (p from malloc): harmless by
** design, as in CPython, so hidden from the sanitizers (ASan builds can then
** run with pymalloc on, not only with PYM_MALLOC=malloc). */
__attribute__((no_sanitize("address", "undefined"))) static bool
address_in_range(void *p, PoolHeader *pool) {
    uint32_t idx = pool->arenaindex;
    uintptr_t base = (uintptr_t)p & ~(uintptr_t)(ARENA_SIZE - 1);
    /* an unused slot's base is ARENA_UNUSED, which no pointer's can be */
    return idx < maxarenas && arenas[idx].base == base;
}

/* {====== allocation ======} */

static void *pool_alloc(size_t nbytes) {
    uint32_t size = (uint32_t)((nbytes - 1) >> ALIGNMENT_SHIFT);
    PoolHeader *pool = usedpools[size];
    uint8_t *bp;
    if (pool && !pool->freeblock) { /* a full head leaves the list (the next is not full) */
        usedpools[size] = pool = pool->nextpool;
        if (pool) pool->prevpool = NULL;
    }
    if (pool) {
        PYM_ASSERT(pool->szidx == size && pool->freeblock);
        PYM_ASSERT(pool->ref < (POOL_SIZE - POOL_OVERHEAD) / INDEX2SIZE(size));
        pool->ref++;
        bp = pool->freeblock;
        if ((pool->freeblock = *(uint8_t **)bp) != NULL) return bp;
        if (pool->nextoffset <= pool->maxnextoffset) { /* carve a fresh block */
            pool->freeblock = (uint8_t *)pool + pool->nextoffset;
            pool->nextoffset += (uint32_t)INDEX2SIZE(size);
            *(uint8_t **)pool->freeblock = NULL;
        }
        /* else the pool is full: it stays the head until the next allocation */
        return bp;
    }
    /* no used pool of this class: take an empty pool from the most used arena */
    if (!usable_arenas) {
        usable_arenas = new_arena();
        if (!usable_arenas) return NULL;
    }
    Arena *ao = usable_arenas;
    PYM_ASSERT(ao->base != ARENA_UNUSED && ao->nfreepools > 0 && ao->nfreepools <= ao->ntotalpools);
    if ((pool = ao->freepools) != NULL) {
        ao->freepools = pool->nextpool;
    } else {
        pool = (PoolHeader *)ao->pool_address;
        /* the arena's never-used pools are made present a chunk at a time:
        ** one system call instead of a page fault per pool */
        if (((uintptr_t)pool & (POPULATE_CHUNK - 1)) == 0) pym_populate(pool, POPULATE_CHUNK, true);
        pool->arenaindex = (uint32_t)(ao - arenas);
        ao->pool_address += POOL_SIZE;
    }
    ao->nfreepools--;
    if (ao->nfreepools == 0) { /* arena is now full */
        usable_arenas = ao->nextarena;
        if (usable_arenas) usable_arenas->prevarena = NULL;
        ao->nextarena = ao->prevarena = NULL;
    }
    pool->ref = 1;
    pool->nextpool = usedpools[size];
    pool->prevpool = NULL;
    if (pool->nextpool) pool->nextpool->prevpool = pool;
    usedpools[size] = pool;
    size_t bsize = INDEX2SIZE(size);
    pool->szidx = size;
    bp = (uint8_t *)pool + POOL_OVERHEAD;
    pool->nextoffset = (uint32_t)(POOL_OVERHEAD + 2 * bsize);
    pool->maxnextoffset = (uint32_t)(POOL_SIZE - bsize);
    pool->freeblock = bp + bsize;
    *(uint8_t **)pool->freeblock = NULL;
    return bp;
}

/* Moves ao to keep usable_arenas sorted by nfreepools (ascending) after its
** count grew by one. */
static void arena_resort(Arena *ao) {
    if (!ao->nextarena || ao->nfreepools <= ao->nextarena->nfreepools) return;
    /* unlink */
    if (ao->prevarena)
        ao->prevarena->nextarena = ao->nextarena;
    else
        usable_arenas = ao->nextarena;
    ao->nextarena->prevarena = ao->prevarena;
    /* find the insertion point */
    Arena *p = ao->nextarena;
    while (p->nextarena && p->nextarena->nfreepools < ao->nfreepools) p = p->nextarena;
    ao->nextarena = p->nextarena;
    ao->prevarena = p;
    if (p->nextarena) p->nextarena->prevarena = ao;
    p->nextarena = ao;
}

/* PYM_DEBUG: a block handed out by this pool, at a block boundary */
#define POOL_FREE_CHECK(p, pool) \
    do { \
        PYM_ASSERT((pool)->ref > 0 && (pool)->szidx < NB_SMALL_SIZE_CLASSES); \
        PYM_ASSERT((uint8_t *)(p) >= (uint8_t *)(pool) + POOL_OVERHEAD && \
                   (uint8_t *)(p) < (uint8_t *)(pool) + (pool)->nextoffset); \
        PYM_ASSERT( \
            ((uint8_t *)(p) - (uint8_t *)(pool)-POOL_OVERHEAD) % INDEX2SIZE((pool)->szidx) == 0); \
        PYM_ASSERT(arenas[(pool)->arenaindex].nfreepools < \
                   arenas[(pool)->arenaindex].ntotalpools); \
    } while (0)

/* A full pool that is not the head of its list gets a free block: it
** becomes the head, in the place of the head if that is full. */
static inline void pool_relink(PoolHeader *pool, uint32_t size) {
    PoolHeader *head = usedpools[size];
    if (head == pool) return;
    if (head && !head->freeblock) head = head->nextpool;
    pool->nextpool = head;
    pool->prevpool = NULL;
    if (head) head->prevpool = pool;
    usedpools[size] = pool;
}

static void pool_free(void *p, PoolHeader *pool) {
    POOL_FREE_CHECK(p, pool);
    uint8_t *lastfree = pool->freeblock;
    *(uint8_t **)p = lastfree;
    pool->freeblock = p;
    pool->ref--;
    uint32_t size = pool->szidx;
    if (!lastfree && usedpools[size] != pool) {
        /* the pool was full and on no list: it becomes used again */
        if (pool->ref == 0) goto empty;
        pool_relink(pool, size);
        return;
    }
    if (pool->ref != 0) return;
    /* the pool is empty: unlink it from usedpools */
    if (pool->prevpool)
        pool->prevpool->nextpool = pool->nextpool;
    else
        usedpools[size] = pool->nextpool;
    if (pool->nextpool) pool->nextpool->prevpool = pool->prevpool;
empty:;
    Arena *ao = &arenas[pool->arenaindex];
    pool->nextpool = ao->freepools;
    ao->freepools = pool;
    uint32_t nf = ++ao->nfreepools;
    if (nf == ao->ntotalpools && ao->nextarena) {
        /* every pool is empty and another arena is at least as empty (the
        ** list is sorted): give this one back to the OS.  The last empty
        ** arena stays mapped, as CPython's does, so that a program whose
        ** live blocks hover at an arena boundary does not map and unmap an
        ** arena at every turn (bg_fannkuchredux's workers did 66 000 pairs) */
        if (ao->prevarena)
            ao->prevarena->nextarena = ao->nextarena;
        else if (usable_arenas == ao)
            usable_arenas = ao->nextarena;
        if (ao->nextarena) ao->nextarena->prevarena = ao->prevarena;
        ARENA_LSAN_UNREGISTER((void *)ao->base);
        munmap((void *)ao->base, ARENA_SIZE);
        ao->base = ARENA_UNUSED;
        ao->nextarena = unused_arena_objects;
        ao->prevarena = NULL;
        unused_arena_objects = ao;
        st.arenas_reclaimed++;
        st.narenas--;
        return;
    }
    if (nf == 1) {
        /* the arena was full: it becomes usable; it has the fewest free pools */
        ao->nextarena = usable_arenas;
        ao->prevarena = NULL;
        if (usable_arenas) usable_arenas->prevarena = ao;
        usable_arenas = ao;
        return;
    }
    arena_resort(ao);
}

/* {====== large blocks: counted for the heap map and the timeline ======} */

static inline void large_count(void *p, int sign) {
    size_t usable = malloc_usable_size(p);
    st.large_blocks += sign;
    if (sign > 0)
        st.large_bytes += usable;
    else
        st.large_bytes -= usable;
}

/* The allocation tick: tick_fn runs every 'interval' allocations
** (the memory timeline's sampling); off, the countdown never ends. */
static intptr_t tick_countdown = INTPTR_MAX, tick_interval;

void pym_obmalloc_set_tick(void (*fn)(void), intptr_t interval) {
    tick_fn = fn;
    tick_interval = interval;
    tick_countdown = fn ? interval : INTPTR_MAX;
    update_fast(); /* the slow path counts the ticks */
}

static __attribute__((noinline, cold)) void tick(void) {
    tick_countdown = tick_interval;
    if (tick_fn) tick_fn();
}

/* {====== the API ======} */

/* The hook table: unused slots point at a flag that is never set, so that
** the hooks cost one test of both flags when off; the work is out of line. */
static const bool hooks_never;
static const PymObmallocHooks hooks_none = {.active = &hooks_never};
static const PymObmallocHooks *hooks[PYM_OBMALLOC_MAX_HOOKS] = {&hooks_none, &hooks_none};
/* hooks[i]->active, one load nearer */
static const bool *hook_flags[PYM_OBMALLOC_MAX_HOOKS] = {&hooks_never, &hooks_never};
#define HOOKS_ON() PYM_UNLIKELY(*hook_flags[0] | *hook_flags[1])
#define FOR_ACTIVE_HOOKS(h) \
    for (const PymObmallocHooks *const *h##_ = hooks, *h; \
         h##_ < hooks + PYM_OBMALLOC_MAX_HOOKS && (h = *h##_, true); h##_++) \
        if (*h->active)

int pym_obmalloc_add_hooks(const PymObmallocHooks *h) {
    for (int i = 0; i < PYM_OBMALLOC_MAX_HOOKS; i++) {
        if (hooks[i] == h) return 0;
        if (hooks[i] == &hooks_none) {
            hooks[i] = h;
            hook_flags[i] = h->active;
            update_fast();
            return 0;
        }
    }
    return -1;
}
#define COLD __attribute__((noinline, cold))

void pym_obmalloc_hooks_changed(void) { update_fast(); }

static size_t small_block_size(void *p);
/* Bytes a block really takes (for the memory cap). */
static size_t block_bytes(void *p) {
    size_t s = small_block_size(p);
    return s ? s : malloc_usable_size(p);
}

/* Every request when the fast paths are off, and the cases they leave:
** large blocks, no used pool of the class. */
static COLD_FN void *obj_malloc_slow(size_t n) {
    if (PYM_UNLIKELY(!st.initialized)) obmalloc_init();
    if (PYM_UNLIKELY(fault.on) && fault_fail_now(n)) return NULL;
    void *p;
    if (n - 1 < SMALL_REQUEST_THRESHOLD && !st.bypass)
        p = pool_alloc(n);
    else if ((p = malloc(n ? n : 1)) != NULL)
        large_count(p, 1);
    if (p && PYM_UNLIKELY(fault.limit)) fault.live += block_bytes(p);
    if (PYM_UNLIKELY(--tick_countdown <= 0)) tick();
    return p;
}

/* The fast path, inline in every caller: a used pool of the size class
** hands out its first free block, or carves the next never-used one (a
** pool that gives its last block stays the head of its list, full, until
** the next allocation of the class unlinks it and goes on with the next
** pool, which is not full).  What it does is pool_alloc's branch for a
** used pool.  NULL: not served here. */
static inline __attribute__((always_inline)) void *fast_alloc(size_t n) {
    if (PYM_LIKELY(st.fast) && PYM_LIKELY(n - 1 < SMALL_REQUEST_THRESHOLD)) {
        uint32_t size = (uint32_t)((n - 1) >> ALIGNMENT_SHIFT);
        PoolHeader *pool = usedpools[size];
        if (PYM_LIKELY(pool != NULL)) {
            uint8_t *bp = pool->freeblock;
            if (PYM_UNLIKELY(bp == NULL)) { /* the full head leaves the list */
                usedpools[size] = pool = pool->nextpool;
                if (!pool) return NULL;
                pool->prevpool = NULL;
                bp = pool->freeblock;
            }
            uint8_t *next = *(uint8_t **)bp;
            if (!next && pool->nextoffset <= pool->maxnextoffset) {
                next = (uint8_t *)pool + pool->nextoffset; /* carve a fresh block */
                pool->nextoffset += (uint32_t)INDEX2SIZE(size);
                *(uint8_t **)next = NULL;
            }
            PYM_ASSERT(pool->szidx == size);
            pool->freeblock = next;
            pool->ref++;
            return bp;
        }
    }
    return NULL;
}

/* Without the hooks (obj_realloc, hooked_malloc). */
static inline void *obj_malloc(size_t n) {
    void *p = fast_alloc(n);
    return PYM_LIKELY(p != NULL) ? p : obj_malloc_slow(n);
}

static COLD_FN void obj_free_slow(void *p);

static COLD int hooks_on_alloc(void *p, size_t n) {
    FOR_ACTIVE_HOOKS(h) {
        if (h->on_alloc(p, n) < 0) {
            FOR_ACTIVE_HOOKS(g) {
                if (g == h) break;
                g->on_free(p);
            }
            return -1;
        }
    }
    return 0;
}

/* What the fast path leaves, hooks included. */
static COLD void *hooked_malloc(size_t n) {
    void *p = obj_malloc_slow(n);
    if (p && HOOKS_ON() && hooks_on_alloc(p, n) < 0) {
        obj_free_slow(p); /* not recorded: the allocation fails */
        return NULL;
    }
    return p;
}

/* The common case is the inline path with nothing to do after it (no
** frame to set up: a leaf); st.fast is clear while a hook is on. */
void *pym_obj_malloc(size_t n) {
    void *p = fast_alloc(n);
    if (PYM_LIKELY(p != NULL)) return p;
    return hooked_malloc(n);
}

void *pym_obj_calloc(size_t count, size_t n) {
    if (n && count > SIZE_MAX / n) return NULL;
    void *p = pym_obj_malloc(count * n);
    if (p) memset(p, 0, count * n);
    return p;
}

/* Usable size of a pymalloc block, or 0 when p came from malloc. */
static size_t small_block_size(void *p) {
    if (st.bypass) return 0;
    PoolHeader *pool = (PoolHeader *)((uintptr_t)p & ~(uintptr_t)(POOL_SIZE - 1));
    return address_in_range(p, pool) ? INDEX2SIZE(pool->szidx) : 0;
}

bool pym_obmalloc_place(const void *p, PymBlockPlace *where) {
    if (st.bypass) return false;
    PoolHeader *pool = (PoolHeader *)((uintptr_t)p & ~(uintptr_t)(POOL_SIZE - 1));
    if (!address_in_range((void *)p, pool)) return false;
    where->arena = pool->arenaindex;
    where->szidx = pool->szidx;
    return true;
}

void pym_obmalloc_class_geometry(uint32_t szidx, uint32_t *size, uint32_t *per_pool,
                                 uint32_t *first) {
    *size = (uint32_t)INDEX2SIZE(szidx);
    *per_pool = (uint32_t)((POOL_SIZE - POOL_OVERHEAD) / INDEX2SIZE(szidx));
    *first = (uint32_t)POOL_OVERHEAD;
}

/* Freed memory in PYM_DEBUG builds: a use after free reads this pattern. */
#define DEAD_BYTE 0xDD

/* Blocks the fast path leaves: large blocks, bypass, the cap, a free that
** empties a pool, and every block while the fast paths are off. */
static COLD_FN void obj_free_slow(void *p) {
#ifdef PYM_DEBUG
    memset(p, DEAD_BYTE, block_bytes(p));
#endif
    if (PYM_UNLIKELY(fault.limit)) fault.live -= block_bytes(p);
    if (!st.bypass) {
        PoolHeader *pool = (PoolHeader *)((uintptr_t)p & ~(uintptr_t)(POOL_SIZE - 1));
        if (address_in_range(p, pool)) {
            pool_free(p, pool);
            return;
        }
    }
    large_count(p, -1);
    free(p);
}

/* The fast path: a block of a pool that does not become empty goes on the
** pool's free list; a full pool becomes used again (pool_relink).  false:
** not served here. */
static inline __attribute__((always_inline)) bool fast_free(void *p) {
    if (PYM_LIKELY(st.fast)) {
        PoolHeader *pool = (PoolHeader *)((uintptr_t)p & ~(uintptr_t)(POOL_SIZE - 1));
        if (PYM_LIKELY(address_in_range(p, pool)) && PYM_LIKELY(pool->ref > 1)) {
            POOL_FREE_CHECK(p, pool);
#ifdef PYM_DEBUG
            memset(p, DEAD_BYTE, INDEX2SIZE(pool->szidx));
#endif
            uint8_t *lastfree = pool->freeblock;
            *(uint8_t **)p = lastfree;
            pool->freeblock = p;
            pool->ref--;
            if (PYM_UNLIKELY(!lastfree)) pool_relink(pool, pool->szidx);
            return true;
        }
    }
    return false;
}

/* Without the hooks (obj_realloc, hooked_malloc). */
static inline void obj_free(void *p) {
    if (!fast_free(p)) obj_free_slow(p);
}

static COLD void hooks_on_free(void *p) { FOR_ACTIVE_HOOKS(h) h->on_free(p); }

static COLD void hooked_free(void *p) {
    if (HOOKS_ON()) hooks_on_free(p);
    obj_free_slow(p);
}

void pym_obj_free(void *p) {
    if (PYM_UNLIKELY(!p)) return;
    if (PYM_LIKELY(fast_free(p))) return;
    hooked_free(p);
}

static void *obj_realloc(void *p, size_t n);

/* Each hook sees the move with what it noted before it (the leak check
** keeps the block's record; tracemalloc traces it anew, as CPython does). */
static COLD void *hooked_realloc(void *p, size_t n) {
    if (!p) return pym_obj_malloc(n);
    int before[PYM_OBMALLOC_MAX_HOOKS] = {0};
    for (int i = 0; i < PYM_OBMALLOC_MAX_HOOKS; i++)
        if (*hooks[i]->active && hooks[i]->before_realloc) before[i] = hooks[i]->before_realloc(p);
    void *q = obj_realloc(p, n);
    if (!q) return NULL;
    for (int i = 0; i < PYM_OBMALLOC_MAX_HOOKS; i++)
        if (*hooks[i]->active) hooks[i]->on_realloc(p, q, n, before[i]);
    return q;
}

void *pym_obj_realloc(void *p, size_t n) {
    if (HOOKS_ON()) return hooked_realloc(p, n);
    return obj_realloc(p, n);
}

/* realloc of a malloc'ed block with fault injection on: may fail, and
** keeps the memory cap's count. */
static COLD_FN void *faulty_realloc(void *p, size_t n) {
    size_t old = malloc_usable_size(p);
    if (n > old && fault_fail_now(n - old)) return NULL;
    void *q = realloc(p, n ? n : 1);
    if (q && fault.limit) fault.live += (intptr_t)malloc_usable_size(q) - (intptr_t)old;
    return q;
}

/* Without the hooks: the blocks it allocates and frees are not reported. */
static void *obj_realloc(void *p, size_t n) {
    if (!p) return obj_malloc(n);
    size_t old = small_block_size(p);
    if (old) {
        /* shrinking by less than a quarter keeps the block */
        if (n <= old && 4 * n > 3 * old) return p;
        void *q = obj_malloc(n);
        if (!q) return NULL;
        memcpy(q, p, PYM_MIN(old, n));
        obj_free(p);
        return q;
    }
    if (n - 1 < SMALL_REQUEST_THRESHOLD && !st.bypass) {
        /* a big block shrinking into the small range moves into a pool */
        void *q = pool_alloc(n);
        if (q) {
            if (PYM_UNLIKELY(fault.limit))
                fault.live += INDEX2SIZE((n - 1) >> ALIGNMENT_SHIFT) -
                              (intptr_t)malloc_usable_size(p);
            memcpy(q, p, n);
            large_count(p, -1);
            free(p);
            return q;
        }
    }
    if (PYM_UNLIKELY(fault.on)) return faulty_realloc(p, n);
    size_t before = malloc_usable_size(p);
    void *q = realloc(p, n ? n : 1);
    if (q) st.large_bytes += malloc_usable_size(q) - before;
    return q;
}

/* The blocks of the pools (an empty pool counts none) and the large ones. */
static intptr_t blocks_in_use(void) {
    intptr_t n = st.large_blocks;
    for (uint32_t i = 0; i < maxarenas; i++) {
        Arena *a = &arenas[i];
        if (a->base == ARENA_UNUSED) continue;
        for (uint8_t *pp = (uint8_t *)a->base; pp < a->pool_address; pp += POOL_SIZE)
            n += ((PoolHeader *)pp)->ref;
    }
    return n;
}

intptr_t pym_obj_blocks_in_use(void) { return blocks_in_use(); }

void *pym_raw_malloc(size_t n) {
    if (PYM_UNLIKELY(fault.on) && fault_fail_now(n)) return NULL;
    return malloc(n ? n : 1);
}
void *pym_raw_calloc(size_t count, size_t n) {
    if (PYM_UNLIKELY(fault.on) && fault_fail_now(n)) return NULL;
    return calloc(count ? count : 1, n ? n : 1);
}
void *pym_raw_realloc(void *p, size_t n) {
    if (PYM_UNLIKELY(fault.on) && fault_fail_now(n)) return NULL;
    return realloc(p, n ? n : 1);
}
void pym_raw_free(void *p) { free(p); }

/* {====== statistics ======} */

void pym_obmalloc_stats(PymObmallocStats *s) {
    memset(s, 0, sizeof *s);
    s->arenas_allocated = st.arenas_allocated;
    s->arenas_reclaimed = st.arenas_reclaimed;
    s->arenas_highwater = st.arenas_highwater;
    s->arenas_mapped = st.narenas;
    s->blocks_in_use = blocks_in_use();
    for (uint32_t i = 0; i < maxarenas; i++) {
        Arena *a = &arenas[i];
        if (a->base == ARENA_UNUSED) continue;
        s->free_pools += a->nfreepools;
        uint8_t *base = (uint8_t *)a->base;
        for (uint8_t *pp = base; pp < a->pool_address; pp += POOL_SIZE) {
            PoolHeader *pool = (PoolHeader *)pp;
            if (pool->ref == 0) continue;
            size_t c = pool->szidx;
            size_t bsize = INDEX2SIZE(c);
            size_t total = (POOL_SIZE - POOL_OVERHEAD) / bsize;
            s->classes[c].pools++;
            s->classes[c].blocks_in_use += pool->ref;
            s->classes[c].free_blocks += total - pool->ref;
        }
    }
}

void pym_obmalloc_print_stats(FILE *out) {
    PymObmallocStats s;
    pym_obmalloc_stats(&s);
    fprintf(out, "Small block threshold = %d, in %d size classes.\n\n", SMALL_REQUEST_THRESHOLD,
            NB_SMALL_SIZE_CLASSES);
    fprintf(out, "class   size   num pools   blocks in use  avail blocks\n");
    fprintf(out, "-----   ----   ---------   -------------  ------------\n");
    size_t used_bytes = 0, avail_bytes = 0, pools = 0;
    for (int c = 0; c < NB_SMALL_SIZE_CLASSES; c++) {
        if (!s.classes[c].pools) continue;
        fprintf(out, "%5d %6zu %11zu %15zu %13zu\n", c, INDEX2SIZE(c), s.classes[c].pools,
                s.classes[c].blocks_in_use, s.classes[c].free_blocks);
        used_bytes += s.classes[c].blocks_in_use * INDEX2SIZE(c);
        avail_bytes += s.classes[c].free_blocks * INDEX2SIZE(c);
        pools += s.classes[c].pools;
    }
    fprintf(out, "\n");
    fprintf(out, "# arenas allocated total           = %14zu\n", s.arenas_allocated);
    fprintf(out, "# arenas reclaimed                 = %14zu\n", s.arenas_reclaimed);
    fprintf(out, "# arenas highwater mark            = %14zu\n", s.arenas_highwater);
    fprintf(out, "# arenas allocated current         = %14zu\n", s.arenas_mapped);
    fprintf(out, "%zu arenas * %zu bytes/arena            = %14zu\n\n", s.arenas_mapped, ARENA_SIZE,
            s.arenas_mapped * ARENA_SIZE);
    fprintf(out, "# bytes in allocated blocks        = %14zu\n", used_bytes);
    fprintf(out, "# bytes in available blocks        = %14zu\n", avail_bytes);
    fprintf(out, "%zu unused pools * %zu bytes           = %14zu\n", s.free_pools, POOL_SIZE,
            s.free_pools * POOL_SIZE);
    fprintf(out, "# bytes lost to pool headers       = %14zu\n", pools * POOL_OVERHEAD);
}

/* {====== a read-only walk over arenas and pools (heapmap.c) ======} */

/* Fills out[0..max) with the mapped arenas in address order, each with the
** state of its 64 pools; returns the number of arenas mapped (which may be
** more than max).  Reads only: allocates nothing, changes nothing. */
size_t pym_obmalloc_walk(PymArenaView *out, size_t max) {
    size_t n = 0;
    for (uint32_t i = 0; i < maxarenas; i++) {
        Arena *a = &arenas[i];
        if (a->base == ARENA_UNUSED) continue;
        if (n < max) {
            PymArenaView *v = &out[n];
            /* insertion into address order */
            size_t j = n;
            while (j > 0 && out[j - 1].base > a->base) {
                out[j] = out[j - 1];
                j--;
            }
            v = &out[j];
            v->base = a->base;
            v->nfreepools = a->nfreepools;
            v->ntotalpools = a->ntotalpools;
            size_t carved = (size_t)(a->pool_address - (uint8_t *)a->base) / POOL_SIZE;
            for (size_t k = 0; k < POOLS_PER_ARENA; k++) {
                PymPoolView *pv = &v->pools[k];
                PoolHeader *pool = (PoolHeader *)(a->base + k * POOL_SIZE);
                if (k >= carved || pool->ref == 0) {
                    pv->szidx = -1;
                    pv->block_size = pv->used = pv->total = 0;
                    pv->carved = k < carved;
                    continue;
                }
                pv->szidx = (int)pool->szidx;
                pv->block_size = (uint32_t)INDEX2SIZE(pool->szidx);
                pv->used = pool->ref;
                pv->total = (uint32_t)((POOL_SIZE - POOL_OVERHEAD) / pv->block_size);
                pv->carved = true;
            }
        }
        n++;
    }
    return n;
}

void pym_obmalloc_large(intptr_t *blocks, size_t *bytes) {
    *blocks = st.large_blocks;
    *bytes = st.large_bytes;
}
