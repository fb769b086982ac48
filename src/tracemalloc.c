/*
** tracemalloc.c -- tracing of object memory: CPython 3.11's tracemalloc
** design, written for pym.
**
** The allocator calls the hooks below (hung on its hook table, obmalloc.h)
** for every block of object memory while pym_tracemalloc_active is set.  Three tables, all on the raw allocator
** (so nothing here is ever traced, and tracemalloc can measure itself):
**
**   filenames   interned copies of the code objects' co_filename, keyed by
**               content (the str's hash + bytes): chained buckets
**   tracebacks  interned tracebacks: nframe frames (filename, line), most
**               recent first, plus total_nframe, the depth of the whole
**               stack; equal tracebacks share one record: chained buckets
**   traces      block address -> (requested size, traceback), in two
**               parts.  A pymalloc block's trace is a slot of an array kept
**               for its pool (one slot per block the pool can hold), found
**               through a directory indexed by the pool's number (arena
**               index x pools per arena + pool index): a program allocates
**               and frees neighbouring blocks together, so its traces are
**               neighbours too.  (A hash table keyed by address, as these
**               traces were before, spreads them over tens of MiB: each
**               allocation and free of a traced program was a cache and TLB
**               miss, 55 % of slots_alloc's traced time.)  A pool's array
**               lives while the pool keeps its size class.  Blocks from
**               malloc (> 512 bytes) are traced in a hash table keyed by
**               address (ptrmap.h), at most three quarters full.
**
** A traceback is read from the VM's frame chain at the moment of the
** allocation: pym_vm_current_frame(), then pym_frame_back() outwards; the
** line of each frame comes from its current instruction.  With no Python
** frame running (start-up), the traceback is one frame "<unknown>":0, as
** in CPython.  Filenames and tracebacks are only ever added while tracing;
** clear_traces() and stop() drop all three tables at once.
**
** Re-entrance: the hooks set a flag while they run and ignore allocations
** made meanwhile (none are, as only the raw allocator is used here, but a
** future change must not recurse).  The builders of Python objects
** (_get_traces, _get_object_traceback) allocate while tracing goes on,
** which can run the collector and so finalizers, which could call
** clear_traces() or stop(): while a builder holds pointers into the
** tables they are "pinned", and dropping them is deferred until it ends.
*/
#include "pym.h"
#include "frameobject.h"
#include "tracemalloc.h"
#include "ptrmap.h"
#include <errno.h>

bool pym_tracemalloc_active;

/* {====== raw memory of the tables, counted ======} */

static size_t tm_memory; /* bytes held by tracemalloc's tables */

/* Allocations carry their size in front so that tm_free can count them. */
typedef union TmHeader {
    size_t size;
    max_align_t align;
} TmHeader;

static void *tm_alloc(size_t n) {
    TmHeader *h = pym_raw_malloc(sizeof(TmHeader) + n);
    if (!h) return NULL;
    h->size = n;
    tm_memory += sizeof(TmHeader) + n;
    return h + 1;
}

static void *tm_calloc(size_t n) {
    void *p = tm_alloc(n);
    if (p) memset(p, 0, n);
    return p;
}

static void tm_free(void *p) {
    if (!p) return;
    TmHeader *h = (TmHeader *)p - 1;
    tm_memory -= sizeof(TmHeader) + h->size;
    pym_raw_free(h);
}

/* {====== state ======} */

typedef struct TmFilename {
    struct TmFilename *next;
    intptr_t hash;
    size_t len;
    PymObject *str; /* a builder's str for it (only while pinned) */
    char s[];       /* NUL-terminated */
} TmFilename;

typedef struct TmFrame {
    TmFilename *filename; /* NULL: "<unknown>" */
    int lineno;
} TmFrame;

typedef struct TmTraceback {
    struct TmTraceback *next;
    uint64_t hash;
    int nframe;
    int total_nframe;
    PymObject *tuple;          /* a builder's tuple for it (only while pinned) */
    struct TmTraceback *built; /* list of tracebacks with a tuple */
    TmFrame frames[];
} TmTraceback;

/* The trace of one block: tb NULL when the block has none. */
typedef struct TmSlot {
    TmTraceback *tb;
    size_t size; /* as requested */
} TmSlot;

/* The traces of one pool's blocks: slot i is the block at first + i * size. */
typedef struct TmPool {
    uintptr_t base;   /* the pool's address */
    uintptr_t first;  /* address of its first block */
    uint32_t szidx;   /* the size class the slots are laid out for */
    uint32_t size;    /* its block size */
    uint32_t recip;   /* ceil(2^32 / size): offset * recip >> 32 is offset / size */
    uint32_t nslots;  /* blocks the pool holds */
    TmSlot slots[];
} TmPool;

/* A trace of a block from malloc, and a trace copied out of the tables. */
typedef struct TmTrace {
    uintptr_t block; /* 0: empty slot of tm.large */
    TmSlot s;
} TmTrace;

/* a chained hash table (filenames, tracebacks) */
typedef struct TmChain {
    void **buckets;
    size_t nbuckets, count; /* nbuckets: a power of two */
} TmChain;

static struct {
    int nframe;           /* traceback limit */
    bool reentrant;       /* inside a hook */
    int pinned;           /* builders holding pointers into the tables */
    bool drop_pending;    /* tables to drop once unpinned */
    size_t current, peak; /* traced memory */
    TmChain filenames, tracebacks;
    TmPool **pools;   /* by pool number; NULL: no array for that pool */
    size_t npools;    /* length of pools */
    size_t nsmall;    /* traces in the pools' arrays */
    PymPtrMap large;  /* of TmTrace: traces of blocks from malloc */
    TmFrame *buf;     /* nframe frames: the traceback being read */
    size_t buf_cap;
} tm = {.nframe = 1, .large = PYM_PTRMAP_INIT(TmTrace, 64, 75, false, tm_calloc, tm_free)};

/* {====== chained tables ======} */

/* The next-pointer is the first field of both node types. */
typedef struct TmNode {
    struct TmNode *next;
} TmNode;

static int chain_grow(TmChain *c, size_t (*hash_of)(void *)) {
    size_t nb = c->nbuckets ? c->nbuckets * 2 : 64;
    void **b = tm_calloc(nb * sizeof(void *));
    if (!b) return -1;
    for (size_t i = 0; i < c->nbuckets; i++) {
        TmNode *n = c->buckets[i];
        while (n) {
            TmNode *next = n->next;
            size_t j = hash_of(n) & (nb - 1);
            n->next = b[j];
            b[j] = n;
            n = next;
        }
    }
    tm_free(c->buckets);
    c->buckets = (void **)b;
    c->nbuckets = nb;
    return 0;
}

static void chain_clear(TmChain *c) {
    for (size_t i = 0; i < c->nbuckets; i++) {
        TmNode *n = c->buckets[i];
        while (n) {
            TmNode *next = n->next;
            tm_free(n);
            n = next;
        }
    }
    tm_free(c->buckets);
    c->buckets = NULL;
    c->nbuckets = c->count = 0;
}

static size_t filename_hash_of(void *n) { return (size_t)((TmFilename *)n)->hash; }
static size_t traceback_hash_of(void *n) { return (size_t)((TmTraceback *)n)->hash; }

/* The interned filename equal to str s (a code object's co_filename). */
static TmFilename *intern_filename(PymObject *s) {
    if (!s || !PYM_STR_CHECK(s)) return NULL;
    intptr_t h = pym_str_hash(s);
    size_t len = (size_t)PYM_STR_NBYTES(s);
    const char *data = PYM_STR_UTF8(s);
    if (tm.filenames.nbuckets) {
        for (TmFilename *f = tm.filenames.buckets[(size_t)h & (tm.filenames.nbuckets - 1)]; f;
             f = f->next)
            if (f->hash == h && f->len == len && !memcmp(f->s, data, len)) return f;
    }
    if (tm.filenames.count >= tm.filenames.nbuckets &&
        chain_grow(&tm.filenames, filename_hash_of) < 0)
        return NULL;
    TmFilename *f = tm_alloc(sizeof(TmFilename) + len + 1);
    if (!f) return NULL;
    f->hash = h;
    f->len = len;
    f->str = NULL;
    memcpy(f->s, data, len);
    f->s[len] = 0;
    size_t i = (size_t)h & (tm.filenames.nbuckets - 1);
    f->next = tm.filenames.buckets[i];
    tm.filenames.buckets[i] = f;
    tm.filenames.count++;
    return f;
}

static uint64_t mix(uint64_t h, uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h;
}

static uint64_t frames_hash(const TmFrame *fr, int nframe, int total) {
    uint64_t h = (uint64_t)nframe * 0x100000001b3ull ^ (uint64_t)total;
    for (int i = 0; i < nframe; i++) {
        h = mix(h, (uint64_t)(uintptr_t)fr[i].filename);
        h = mix(h, (uint64_t)(unsigned)fr[i].lineno);
    }
    return h ^ (h >> 29);
}

/* Field by field: a TmFrame has padding bytes, never written (memcmp read
** them: found by valgrind). */
static bool frames_equal(const TmFrame *a, const TmFrame *b, int nframe) {
    for (int i = 0; i < nframe; i++)
        if (a[i].filename != b[i].filename || a[i].lineno != b[i].lineno) return false;
    return true;
}

/* The interned traceback equal to fr[0..nframe) with total frames. */
static TmTraceback *intern_traceback(const TmFrame *fr, int nframe, int total) {
    uint64_t h = frames_hash(fr, nframe, total);
    if (tm.tracebacks.nbuckets) {
        for (TmTraceback *t = tm.tracebacks.buckets[h & (tm.tracebacks.nbuckets - 1)]; t;
             t = t->next)
            if (t->hash == h && t->nframe == nframe && t->total_nframe == total &&
                frames_equal(t->frames, fr, nframe))
                return t;
    }
    if (tm.tracebacks.count >= tm.tracebacks.nbuckets &&
        chain_grow(&tm.tracebacks, traceback_hash_of) < 0)
        return NULL;
    TmTraceback *t = tm_alloc(sizeof(TmTraceback) + (size_t)nframe * sizeof(TmFrame));
    if (!t) return NULL;
    t->hash = h;
    t->nframe = nframe;
    t->total_nframe = total;
    t->tuple = NULL;
    t->built = NULL;
    memcpy(t->frames, fr, (size_t)nframe * sizeof(TmFrame));
    size_t i = h & (tm.tracebacks.nbuckets - 1);
    t->next = tm.tracebacks.buckets[i];
    tm.tracebacks.buckets[i] = t;
    tm.tracebacks.count++;
    return t;
}

/* The traceback of the allocation being made now (NULL: out of memory). */
static TmTraceback *current_traceback(void) {
    TmFrame *fr = tm.buf;
    int n = 0, total = 0;
    for (PymFrame *f = pym_vm_current_frame(); f; f = pym_frame_back(f)) {
        if (n < tm.nframe) {
            PymCode *co = pym_frame_code(f);
            int line = pym_frame_lineno(f);
            fr[n].filename = co ? intern_filename(co->co_filename) : NULL;
            fr[n].lineno = line < 0 ? 0 : line;
            n++;
        }
        if (total < UINT16_MAX) total++;
    }
    if (n == 0) { /* no Python frame: "<unknown>":0 */
        fr[0].filename = NULL;
        fr[0].lineno = 0;
        n = total = 1;
    }
    return intern_traceback(fr, n, total);
}

/* {====== the traces table ======} */

#define POOL_MASK ((uintptr_t)PYM_OBMALLOC_POOL_SIZE - 1)

/* The array of the pool holding pymalloc block p (described by w), made
** or remade for w's size class when add is set; NULL when there is none
** (or out of memory, when add). */
static TmPool *pool_of(uintptr_t p, const PymBlockPlace *w, bool add) {
    size_t n = (size_t)w->arena * PYM_OBMALLOC_POOLS_PER_ARENA +
               (p & (PYM_OBMALLOC_ARENA_SIZE - 1)) / PYM_OBMALLOC_POOL_SIZE;
    TmPool *tp = n < tm.npools ? tm.pools[n] : NULL;
    if (PYM_LIKELY(tp && tp->szidx == w->szidx && tp->base == (p & ~POOL_MASK))) return tp;
    if (!add) return NULL;
    /* a pool emptied keeps no trace: one given another size class, or an
    ** arena index given to a new arena elsewhere, drops its old array */
    if (n >= tm.npools) {
        size_t nn = tm.npools ? tm.npools : 1024;
        while (nn <= n) nn *= 2;
        TmPool **np = tm_calloc(nn * sizeof(TmPool *));
        if (!np) return NULL;
        if (tm.npools) memcpy(np, tm.pools, tm.npools * sizeof(TmPool *));
        tm_free(tm.pools);
        tm.pools = np;
        tm.npools = nn;
    }
    uint32_t size, nslots, first;
    pym_obmalloc_class_geometry(w->szidx, &size, &nslots, &first);
    TmPool *fresh = tm_calloc(sizeof(TmPool) + nslots * sizeof(TmSlot));
    if (!fresh) return NULL;
    if (tp) { /* (its traces were removed as its blocks were freed) */
        for (uint32_t i = 0; i < tp->nslots; i++) {
            if (!tp->slots[i].tb) continue;
            PYM_ASSERT(!"a trace outlived its block");
            tm.current -= tp->slots[i].size;
            tm.nsmall--;
        }
        tm_free(tp);
    }
    fresh->base = p & ~POOL_MASK;
    fresh->first = fresh->base + first;
    fresh->szidx = w->szidx;
    fresh->size = size;
    fresh->recip = (uint32_t)(0xFFFFFFFFu / size + 1);
    fresh->nslots = nslots;
    tm.pools[n] = fresh;
    return fresh;
}

static inline TmSlot *pool_slot(TmPool *tp, uintptr_t p) {
    uint32_t i = (uint32_t)(((uint64_t)(p - tp->first) * tp->recip) >> 32);
    PYM_ASSERT(i < tp->nslots && tp->first + (uintptr_t)i * tp->size == p);
    return &tp->slots[i];
}

/* The trace of block, or NULL. */
static TmSlot *trace_find(uintptr_t block) {
    PymBlockPlace w;
    if (pym_obmalloc_place((void *)block, &w)) {
        TmPool *tp = pool_of(block, &w, false);
        TmSlot *t = tp ? pool_slot(tp, block) : NULL;
        return t && t->tb ? t : NULL;
    }
    TmTrace *t = pym_ptrmap_find(&tm.large, block);
    return t ? &t->s : NULL;
}

/* Records (or replaces) the trace of block.  0 / -1 out of memory. */
static int trace_add(uintptr_t block, size_t size, TmTraceback *tb) {
    TmSlot *t;
    PymBlockPlace w;
    if (pym_obmalloc_place((void *)block, &w)) {
        TmPool *tp = pool_of(block, &w, true);
        if (!tp) return -1;
        t = pool_slot(tp, block);
        if (!t->tb) tm.nsmall++;
    } else {
        bool added;
        TmTrace *lt = pym_ptrmap_put(&tm.large, block, &added);
        if (!lt) return -1;
        t = &lt->s;
    }
    if (t->tb) tm.current -= t->size;
    t->size = size;
    t->tb = tb;
    tm.current += size;
    if (tm.current > tm.peak) tm.peak = tm.current;
    return 0;
}

/* Removes the trace of block, at w (NULL: a block from malloc), if it
** has one. */
static void trace_remove_at(uintptr_t block, const PymBlockPlace *w) {
    if (w) {
        TmPool *tp = pool_of(block, w, false);
        TmSlot *t = tp ? pool_slot(tp, block) : NULL;
        if (!t || !t->tb) return;
        tm.current -= t->size;
        t->tb = NULL;
        tm.nsmall--;
        return;
    }
    TmTrace *t = pym_ptrmap_find(&tm.large, block);
    if (!t) return;
    tm.current -= t->s.size;
    pym_ptrmap_remove_slot(&tm.large, t);
}

/* Removes the trace of block (not freed yet) if it has one. */
static void trace_remove(uintptr_t block) {
    PymBlockPlace w;
    trace_remove_at(block, pym_obmalloc_place((void *)block, &w) ? &w : NULL);
}

/* Iteration over every trace: pools in number order, then large blocks.
** Start with a zeroed TmIter; the tables must not change meanwhile. */
typedef struct TmIter {
    size_t pool, slot, large;
} TmIter;

static bool trace_next(TmIter *it, TmTrace *out) {
    for (; it->pool < tm.npools; it->pool++, it->slot = 0) {
        TmPool *tp = tm.pools[it->pool];
        if (!tp) continue;
        for (; it->slot < tp->nslots; it->slot++) {
            TmSlot *t = &tp->slots[it->slot];
            if (!t->tb) continue;
            out->block = tp->first + (uintptr_t)it->slot * tp->size;
            out->s = *t;
            it->slot++;
            return true;
        }
    }
    TmTrace *t = pym_ptrmap_next(&tm.large, &it->large);
    if (!t) return false;
    *out = *t;
    return true;
}

static size_t trace_count(void) { return tm.nsmall + tm.large.used; }

/* Drops the traces, and the tracebacks and filenames unless pinned. */
static void drop_tables(void) {
    for (size_t i = 0; i < tm.npools; i++) tm_free(tm.pools[i]);
    tm_free(tm.pools);
    tm.pools = NULL;
    tm.npools = tm.nsmall = 0;
    pym_ptrmap_clear(&tm.large);
    tm.current = tm.peak = 0;
    if (tm.pinned) {
        tm.drop_pending = true;
        return;
    }
    chain_clear(&tm.tracebacks);
    chain_clear(&tm.filenames);
}

/* {====== the hooks ======} */

int pym_tracemalloc_on_alloc(void *block, size_t size) {
    if (tm.reentrant || !pym_tracemalloc_active) return 0;
    tm.reentrant = true;
    TmTraceback *tb = current_traceback();
    int r = tb ? trace_add((uintptr_t)block, size, tb) : -1;
    tm.reentrant = false;
    return r;
}

void pym_tracemalloc_on_free(void *block) {
    if (!pym_tracemalloc_active) return;
    trace_remove((uintptr_t)block);
}

/* -1: a block from malloc; else arena index x 64 + size class (arena
** indexes stay far below 2^25). */
int pym_tracemalloc_before_realloc(void *old) {
    PymBlockPlace w;
    if (!pym_obmalloc_place(old, &w)) return -1;
    return (int)(w.arena * 64 + w.szidx);
}

void pym_tracemalloc_on_realloc(void *old, int before, void *new_block, size_t size) {
    if (!pym_tracemalloc_active) return;
    if (old != new_block) {
        PymBlockPlace w = {.arena = (uint32_t)before / 64, .szidx = (uint32_t)before % 64};
        trace_remove_at((uintptr_t)old, before < 0 ? NULL : &w);
    }
    pym_tracemalloc_on_alloc(new_block, size);
}

/* The entries of the allocator's hook table (obmalloc.h). */
static void hook_realloc(void *old, void *new_block, size_t size, int before) {
    pym_tracemalloc_on_realloc(old, before, new_block, size);
}
static const PymObmallocHooks tracemalloc_hooks = {
    .active = &pym_tracemalloc_active,
    .on_alloc = pym_tracemalloc_on_alloc,
    .on_free = pym_tracemalloc_on_free,
    .before_realloc = pym_tracemalloc_before_realloc,
    .on_realloc = hook_realloc,
};

void pym_tracemalloc_on_object(PymType *t, intptr_t nitems, void *mem, size_t pre) {
    if (!pym_tracemalloc_active) return;
    if (t == &pym_type_frame) {
        trace_remove((uintptr_t)mem);
        return;
    }
    if (!t->tp_itemsize || (t->tp_flags & PYM_TPFLAGS_HEAPTYPE)) return;
    size_t exact = pre + (size_t)t->tp_basicsize;
    if (nitems > 0) exact += (size_t)nitems * (size_t)t->tp_itemsize;
    /* a one-digit int is CPython 3.11's "medium" int, allocated with
    ** sizeof(PyLongObject): 32 bytes, the digit padded */
    if (t == &pym_type_int && nitems <= 1) exact = pre + 32;
    TmSlot *tr = trace_find((uintptr_t)mem);
    if (!tr || tr->size == exact) return;
    /* the peak may have been reached by this very block */
    if (tm.peak == tm.current) tm.peak -= tr->size - exact;
    tm.current -= tr->size - exact;
    tr->size = exact;
}

void pym_tracemalloc_untrace_object(PymObject *o) {
    if (!pym_tracemalloc_active || !o) return;
    trace_remove((uintptr_t)(PYM_IS_GC(o) ? (void *)PYM_AS_GC(o) : (void *)o));
}

/* {====== control ======} */

int pym_tracemalloc_start(int nframe) {
    if (nframe < 1 || nframe > PYM_TRACEMALLOC_MAX_NFRAME) {
        pym_err_format(PymExc_ValueError, "the number of frames must be in range [1; %d]",
                       PYM_TRACEMALLOC_MAX_NFRAME);
        return -1;
    }
    if (pym_tracemalloc_active) return 0;
    pym_types_fill_all(); /* the static types' dicts are start-up's, not traced */
    if ((size_t)nframe > tm.buf_cap) {
        TmFrame *b = tm_alloc((size_t)nframe * sizeof(TmFrame));
        if (!b) {
            pym_err_no_memory();
            return -1;
        }
        tm_free(tm.buf);
        tm.buf = b;
        tm.buf_cap = (size_t)nframe;
    }
    tm.nframe = nframe;
    tm.current = tm.peak = 0;
    if (pym_obmalloc_add_hooks(&tracemalloc_hooks) < 0) {
        pym_err_set_string(PymExc_RuntimeError, "the allocator's hook table is full");
        return -1;
    }
    pym_tracemalloc_active = true;
    pym_obmalloc_hooks_changed();
    return 0;
}

void pym_tracemalloc_stop(void) {
    if (!pym_tracemalloc_active) return;
    pym_tracemalloc_active = false;
    pym_obmalloc_hooks_changed();
    drop_tables();
    if (!tm.pinned) {
        tm_free(tm.buf);
        tm.buf = NULL;
        tm.buf_cap = 0;
    }
}

bool pym_tracemalloc_is_tracing(void) { return pym_tracemalloc_active; }

void pym_tracemalloc_clear_traces(void) {
    if (!pym_tracemalloc_active) return;
    drop_tables();
}

void pym_tracemalloc_get_traced_memory(size_t *current, size_t *peak) {
    bool on = pym_tracemalloc_active;
    if (current) *current = on ? tm.current : 0;
    if (peak) *peak = on ? tm.peak : 0;
}

void pym_tracemalloc_reset_peak(void) {
    if (pym_tracemalloc_active) tm.peak = tm.current;
}

int pym_tracemalloc_get_traceback_limit(void) { return tm.nframe; }

size_t pym_tracemalloc_memory(void) { return tm_memory; }

size_t pym_tracemalloc_ntraces(void) { return pym_tracemalloc_active ? trace_count() : 0; }

int pym_tracemalloc_get_trace(const void *block, size_t *size, const char **filenames, int *linenos,
                              int max, int *total_nframe) {
    TmSlot *t = pym_tracemalloc_active && block ? trace_find((uintptr_t)block) : NULL;
    if (!t) return 0;
    if (size) *size = t->size;
    if (total_nframe) *total_nframe = t->tb->total_nframe;
    for (int i = 0; i < t->tb->nframe && i < max; i++) {
        if (filenames)
            filenames[i] = t->tb->frames[i].filename ? t->tb->frames[i].filename->s : "<unknown>";
        if (linenos) linenos[i] = t->tb->frames[i].lineno;
    }
    return t->tb->nframe;
}

/* Calls fn for every trace with its most recent frame (the heap map's
** tooltips).  fn must not allocate object memory. */
void pym_tracemalloc_foreach(void (*fn)(uintptr_t block, size_t size, const char *filename,
                                        int lineno, void *arg),
                             void *arg) {
    if (!pym_tracemalloc_active) return;
    TmIter it = {0};
    for (TmTrace t; trace_next(&it, &t);) {
        const TmFrame *f = t.s.tb->nframe > 0 ? &t.s.tb->frames[0] : NULL;
        fn(t.block, t.s.size, f && f->filename ? f->filename->s : "<unknown>", f ? f->lineno : 0,
           arg);
    }
}

/* {====== Python objects ======} */

static void unpin(void) {
    if (--tm.pinned > 0 || !tm.drop_pending) return;
    tm.drop_pending = false;
    chain_clear(&tm.tracebacks);
    chain_clear(&tm.filenames);
    if (!pym_tracemalloc_active) {
        tm_free(tm.buf);
        tm.buf = NULL;
        tm.buf_cap = 0;
    }
}

/* The str of an interned filename: cached on it while a builder runs (its
** reference is dropped by release_built).  Borrowed, NULL on error. */
static PymObject *filename_str(TmFilename *f, TmFilename ***used, size_t *nused, size_t *capused) {
    static PymObject *unknown;
    if (!f) {
        if (!unknown) {
            unknown = pym_str_from_cstr("<unknown>");
            if (!unknown) return NULL;
            pym_leakcheck_immortal(unknown);
        }
        return unknown;
    }
    if (f->str) return f->str;
    if (*nused == *capused) {
        size_t nc = *capused ? *capused * 2 : 16;
        TmFilename **nu = tm_alloc(nc * sizeof(TmFilename *));
        if (!nu) {
            pym_err_no_memory();
            return NULL;
        }
        if (*nused) memcpy(nu, *used, *nused * sizeof(TmFilename *));
        tm_free(*used);
        *used = nu;
        *capused = nc;
    }
    f->str = pym_str_from_utf8(f->s, (intptr_t)f->len);
    if (!f->str) return NULL;
    (*used)[(*nused)++] = f;
    return f->str;
}

typedef struct Builder {
    TmFilename **fused;
    size_t nfused, capfused;
    TmTraceback *built; /* tracebacks given a tuple */
} Builder;

/* New ref to the tuple ((filename, lineno), ...) of tb. */
static PymObject *traceback_tuple(Builder *b, TmTraceback *tb) {
    if (tb->tuple) return pym_newref(tb->tuple);
    PymObject *t = pym_tuple_new(tb->nframe);
    if (!t) return NULL;
    for (int i = 0; i < tb->nframe; i++) {
        PymObject *fn = filename_str(tb->frames[i].filename, &b->fused, &b->nfused, &b->capfused);
        PymObject *ln = fn ? pym_int_from_long(tb->frames[i].lineno) : NULL;
        PymObject *fr = ln ? pym_tuple_pack(2, fn, ln) : NULL;
        PYM_XDECREF(ln);
        if (!fr) {
            PYM_DECREF(t);
            return NULL;
        }
        PYM_TUPLE_SET(t, i, fr);
    }
    tb->tuple = pym_newref(t);
    tb->built = b->built;
    b->built = tb;
    return t;
}

/* Drops the cached objects of a builder. */
static void release_built(Builder *b) {
    while (b->built) {
        TmTraceback *tb = b->built;
        b->built = tb->built;
        tb->built = NULL;
        PymObject *t = tb->tuple;
        tb->tuple = NULL;
        PYM_DECREF(t);
    }
    for (size_t i = 0; i < b->nfused; i++) {
        PymObject *s = b->fused[i]->str;
        b->fused[i]->str = NULL;
        PYM_DECREF(s);
    }
    tm_free(b->fused);
}

PymObject *pym_tracemalloc_get_traces(void) {
    if (!pym_tracemalloc_active) return pym_list_new(0);
    /* copy first: building the list allocates, which changes the traces */
    size_t n = trace_count();
    TmTrace *copy = tm_alloc((n ? n : 1) * sizeof(TmTrace));
    if (!copy) return pym_err_no_memory();
    size_t k = 0;
    TmIter it = {0};
    while (k < n && trace_next(&it, &copy[k])) k++;
    PYM_ASSERT(k == n);
    tm.pinned++;
    /* as CPython: the objects of the result are not traced (a snapshot does
    ** not trace itself, so get_traced_memory() hardly moves across one) */
    bool was_reentrant = tm.reentrant;
    tm.reentrant = true;
    Builder b = {0};
    PymObject *list = pym_list_new((intptr_t)n);
    for (size_t i = 0; list && i < n; i++) {
        PymObject *tb = traceback_tuple(&b, copy[i].s.tb);
        PymObject *dom = tb ? pym_int_from_long(0) : NULL;
        PymObject *size = dom ? pym_int_from_size(copy[i].s.size) : NULL;
        PymObject *total = size ? pym_int_from_long(copy[i].s.tb->total_nframe) : NULL;
        PymObject *item = total ? pym_tuple_pack(4, dom, size, tb, total) : NULL;
        PYM_XDECREF(tb);
        PYM_XDECREF(dom);
        PYM_XDECREF(size);
        PYM_XDECREF(total);
        if (!item) {
            /* the unfilled slots are NULL, which list dealloc skips */
            PYM_DECREF(list);
            list = NULL;
            break;
        }
        PYM_LIST_SET(list, i, item);
    }
    release_built(&b);
    tm.reentrant = was_reentrant;
    tm_free(copy);
    unpin();
    return list;
}

PymObject *pym_tracemalloc_object_traceback(PymObject *o) {
    void *block = PYM_IS_GC(o) ? (void *)PYM_AS_GC(o) : (void *)o;
    TmSlot *t = pym_tracemalloc_active ? trace_find((uintptr_t)block) : NULL;
    if (!t) PYM_RETURN_NONE;
    tm.pinned++;
    Builder b = {0};
    PymObject *r = traceback_tuple(&b, t->tb);
    release_built(&b);
    unpin();
    return r;
}

/* {====== start-up ======} */

int pym_tracemalloc_configure(void) {
    PymObject *x = pym_sys_get("_xoptions");
    PymObject *v = x && PYM_DICT_CHECK(x) ? pym_dict_getitem_cstr(x, "tracemalloc") : NULL;
    pym_err_clear();
    if (!v) return 0;
    long nframe = 1;
    if (PYM_STR_CHECK(v)) {
        const char *s = PYM_STR_UTF8(v), *env = getenv("PYMTRACEMALLOC");
        char *end;
        errno = 0;
        nframe = strtol(s, &end, 10);
        if (!*s || *end || errno || nframe < 0 || nframe > PYM_TRACEMALLOC_MAX_NFRAME) {
            bool from_env = env && !strcmp(env, s);
            fprintf(stderr,
                    "Fatal Python error: config_init_tracemalloc: %s: invalid number of frames\n"
                    "Python runtime state: preinitialized\n\n",
                    from_env ? "PYMTRACEMALLOC" : "-X tracemalloc=NFRAME");
            return -1;
        }
    }
    if (nframe == 0) return 0;
    if (pym_tracemalloc_start((int)nframe) < 0) {
        pym_err_print();
        return -1;
    }
    return 0;
}
