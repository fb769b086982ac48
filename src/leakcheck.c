/*
** leakcheck.c -- records the blocks of object memory allocated after
** start-up, and at exit counts the objects among them that are still
** allocated and unreachable from the interpreter's immortal state (the
** contract and the list of immortals are in leakcheck.h).
**
** The record is a hash table keyed by address (ptrmap.h: open addressing,
** deletion by backward shift) from block address to a few state bits, in
** raw memory so that it never counts itself.  Objects are told apart from other blocks
** (list item arrays, dict tables ...) by pym_object_alloc's note.
**
** The census marks, starting from the roots (static types' dicts and MROs,
** objects alive before start-up that the collector tracks, immortal marks,
** interned strings), everything reachable through tp_traverse; a recorded
** object left unmarked was created by the run and is referenced by nothing
** that survives: a leaked reference somewhere.
*/
#include "pym.h"
#include "gc.h"
#include "leakcheck.h"
#include "frameobject.h"
#include "tracemalloc.h"
#include "ptrmap.h"

#define S_OBJ      1u /* the block holds an object */
#define S_PRE      2u /* ... starting after a GC header */
#define S_IMMORTAL 4u /* pym_leakcheck_immortal */
#define S_REACHED  8u /* census mark */

typedef struct {
    uintptr_t key;
    uint32_t state;
} Entry;

static void *raw_zeroed(size_t n) { return pym_raw_calloc(1, n); }

bool pym_leakcheck_active;
static bool verbose;
/* the record: block address -> S_* state; it gives its memory back once
** most blocks are gone */
static PymPtrMap table = PYM_PTRMAP_INIT(Entry, (size_t)1 << 16, 75, true, raw_zeroed,
                                         pym_raw_free);

static Entry *find(uintptr_t k) { return pym_ptrmap_find(&table, k); }

static void insert(uintptr_t k, uint32_t state) {
    Entry *e = pym_ptrmap_put(&table, k, NULL);
    if (!e) {
        fputs("pym: leak check: out of memory, check disabled\n", stderr);
        pym_leakcheck_active = false;
        pym_obmalloc_hooks_changed();
        return;
    }
    e->state = state;
}

static void erase(uintptr_t k) { pym_ptrmap_remove(&table, k); }

/* {====== hooks ======} */

void pym_leakcheck_on_alloc(void *block) { insert((uintptr_t)block, 0); }

void pym_leakcheck_on_free(void *block) { erase((uintptr_t)block); }

int pym_leakcheck_state(void *block) {
    Entry *e = find((uintptr_t)block);
    return e ? (int)e->state : -1;
}

void pym_leakcheck_on_move(void *old, void *new_block, int old_state) {
    if (old == new_block) return;
    erase((uintptr_t)old);
    if (old_state < 0)
        erase((uintptr_t)new_block); /* from before start: stays unrecorded */
    else
        insert((uintptr_t)new_block, (uint32_t)old_state);
}

void pym_leakcheck_note_object(void *mem, size_t pre) {
    Entry *e = find((uintptr_t)mem);
    if (e) e->state = S_OBJ | (pre ? S_PRE : 0);
}

static void *block_of(PymObject *o) { return PYM_IS_GC(o) ? (void *)PYM_AS_GC(o) : (void *)o; }

bool pym_leakcheck_is_recorded(PymObject *o) {
    if (!o || (PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_TYPE_SUBCLASS &&
               !(((PymType *)o)->tp_flags & PYM_TPFLAGS_HEAPTYPE)))
        return false; /* static types */
    Entry *e = find((uintptr_t)block_of(o));
    return e && (e->state & S_OBJ) && !(e->state & S_IMMORTAL);
}

void pym_leakcheck_immortal(PymObject *o) {
    /* CPython's equivalents are static objects, never traced */
    if (PYM_UNLIKELY(pym_tracemalloc_active) && o) pym_tracemalloc_untrace_object(o);
    if (!pym_leakcheck_active || !o) return;
    Entry *e = find((uintptr_t)block_of(o));
    if (e) e->state |= S_IMMORTAL;
}

/* The entry of the allocator's hook table (obmalloc.h). */
static int hook_alloc(void *block, size_t size) {
    (void)size;
    pym_leakcheck_on_alloc(block);
    return 0; /* out of memory for its table: the check turns itself off */
}
static void hook_realloc(void *old, void *new_block, size_t size, int old_state) {
    (void)size;
    pym_leakcheck_on_move(old, new_block, old_state);
}
static const PymObmallocHooks leakcheck_hooks = {
    .active = &pym_leakcheck_active,
    .on_alloc = hook_alloc,
    .on_free = pym_leakcheck_on_free,
    .before_realloc = pym_leakcheck_state,
    .on_realloc = hook_realloc,
};

/* {====== start and stop ======} */

void pym_leakcheck_start(bool verb) {
    verbose = verb;
    if (pym_leakcheck_active) return;
    /* objects reused from a free list keep their record: start with empty
    ** lists, so that every object handed out from now on is recorded */
    pym_float_clear_freelist();
    pym_tuple_clear_freelist();
    pym_slice_clear_cache();
    pym_list_clear_freelist();
    pym_dict_clear_freelist();
    if (pym_obmalloc_add_hooks(&leakcheck_hooks) < 0) return;
    pym_leakcheck_active = true;
    pym_obmalloc_hooks_changed();
}

void pym_leakcheck_stop(void) {
    pym_leakcheck_active = false;
    pym_obmalloc_hooks_changed();
    pym_ptrmap_clear(&table);
}

void pym_leakcheck_configure(void) {
    const char *env = getenv("PYMLEAKCHECK");
    bool on = false, verb = false;
    if (env && *env && strcmp(env, "0") != 0) {
        on = true;
        verb = !strcmp(env, "verbose");
    }
    PymObject *x = pym_sys_get("_xoptions");
    PymObject *v = x && PYM_DICT_CHECK(x) ? pym_dict_getitem_cstr(x, "leakcheck") : NULL;
    if (v) {
        on = true;
        verb = PYM_STR_CHECK(v) && pym_str_equal_cstr(v, "verbose");
    }
    pym_err_clear();
    if (on) pym_leakcheck_start(verb);
}

/* {====== the census ======} */

static PymObject **work;
static size_t nwork, capwork;
static bool work_failed;

static void push(PymObject *o) {
    if (nwork == capwork) {
        size_t nc = capwork ? capwork * 2 : 4096;
        PymObject **nw = pym_raw_realloc(work, nc * sizeof *nw);
        if (!nw) {
            work_failed = true;
            return;
        }
        work = nw;
        capwork = nc;
    }
    work[nwork++] = o;
}

/* Objects from before start-up that the collector does not track (found
** only through references), visited once: a small set of addresses. */
static PymPtrMap seen = PYM_PTRMAP_INIT(uintptr_t, 1024, 50, false, raw_zeroed, pym_raw_free);

static bool seen_add(uintptr_t k) {
    bool added;
    if (!pym_ptrmap_put(&seen, k, &added)) {
        work_failed = true;
        return false;
    }
    return added;
}

static bool is_static_type(PymObject *o) {
    return PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_TYPE_SUBCLASS &&
           !(((PymType *)o)->tp_flags & PYM_TPFLAGS_HEAPTYPE);
}

/* Marks o reachable; queues it for its own references the first time. */
static int mark(PymObject *o, void *arg) {
    (void)arg;
    if (!o || is_static_type(o)) return 0;
    Entry *e = find((uintptr_t)block_of(o));
    if (e) {
        if (e->state & S_REACHED) return 0;
        e->state |= S_REACHED;
        push(o);
    } else if (PYM_IS_GC(o) && !pym_gc_is_tracked(o)) {
        /* from before start-up and untracked: not a root of its own */
        if (seen_add((uintptr_t)o)) push(o);
    }
    return 0;
}

/* A table owned by o (list items, dict keys, set table, code arrays ...):
** any word of o's fixed part that is the address of a recorded block that
** is not an object marks that block reached (a conservative scan).  For
** objects without tp_traverse (code objects hold their constants and names
** that way) and for types (whose traverse skips their name strings) the
** words that point at recorded objects mark those too. */
static void mark_owned_blocks(PymObject *o) {
    PymType *t = PYM_TYPE(o);
    size_t n = (size_t)t->tp_basicsize / sizeof(uintptr_t);
    bool refs = !t->tp_traverse || (t->tp_flags & PYM_TPFLAGS_TYPE_SUBCLASS);
    uintptr_t *w = (uintptr_t *)o;
    for (size_t i = 2; i < n; i++) {
        if (w[i] < 4096 || (w[i] & 7)) continue;
        Entry *e = find(w[i]);
        if (e && !(e->state & S_OBJ)) e->state |= S_REACHED;
        if (!refs) continue;
        if (e && (e->state & (S_OBJ | S_PRE)) == S_OBJ) {
            mark((PymObject *)w[i], NULL);
        } else if ((e = find(w[i] - sizeof(PymGCHead))) != NULL &&
                   (e->state & (S_OBJ | S_PRE)) == (S_OBJ | S_PRE)) {
            mark((PymObject *)w[i], NULL);
        }
    }
}

static void drain(void) {
    while (nwork) {
        PymObject *o = work[--nwork];
        mark_owned_blocks(o);
        traverseproc tr = PYM_TYPE(o)->tp_traverse;
        if (tr && !is_static_type(o)) tr(o, mark, NULL);
        if (PYM_DICT_CHECK(o)) {
            /* a dict's traverse may skip keys that cannot form cycles (str) */
            intptr_t pos = 0;
            PymObject *k, *v;
            while (pym_dict_next(o, &pos, &k, &v)) mark(k, NULL);
        }
        /* the type of an instance keeps it */
        if (PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_HEAPTYPE) mark((PymObject *)PYM_TYPE(o), NULL);
    }
}

/* Static types and what they hold; recurses through the subclass registry
** (static subclasses only: a heap type is kept only by references). */
static void mark_static_types(PymType *t, int depth) {
    if (depth > 64) return;
    mark(t->tp_dict, NULL);
    mark(t->tp_mro, NULL);
    mark(t->tp_bases, NULL);
    mark(t->tp_subclasses, NULL);
    drain();
    if (!t->tp_subclasses) return;
    intptr_t pos = 0;
    PymObject *k, *v;
    while (pym_dict_next(t->tp_subclasses, &pos, &k, &v)) {
        PymType *sub = (PymType *)(uintptr_t)pym_int_as_ssize(k);
        if (pym_err_occurred()) {
            pym_err_clear();
            continue;
        }
        if (sub && !(sub->tp_flags & PYM_TPFLAGS_HEAPTYPE)) mark_static_types(sub, depth + 1);
    }
}

/* A static type not yet in its base's registry, and its subclasses. */
static void mark_pending_static_type(PymType *t) { mark_static_types(t, 1); }

/* Roots among the objects the collector tracks: those alive since start-up,
** immortal marks, and (all) every object in the list when all_roots (the
** permanent generation: gc.freeze() asked for them to be kept forever). */
static void mark_gc_list(PymGCHead *head, bool all_roots) {
    for (PymGCHead *g = (PymGCHead *)head->gc_next; g && g != head;
         g = (PymGCHead *)(g->gc_next & ~(uintptr_t)1)) {
        PymObject *o = PYM_FROM_GC(g);
        Entry *e = find((uintptr_t)g);
        if (!e) { /* alive since start-up: a root */
            push(o);
        } else if ((all_roots || (e->state & S_IMMORTAL)) && !(e->state & S_REACHED)) {
            e->state |= S_REACHED;
            push(o);
        }
        drain();
    }
}

intptr_t pym_leakcheck_count(intptr_t *blocks) {
    if (!table.cap) {
        if (blocks) *blocks = 0;
        return 0;
    }
    bool was = pym_leakcheck_active;
    pym_leakcheck_active = false; /* the census allocates nothing tracked */
    pym_obmalloc_hooks_changed();
    size_t it = 0;
    for (Entry *e; (e = pym_ptrmap_next(&table, &it));) e->state &= ~S_REACHED;
    /* immortal marks and interned strings */
    it = 0;
    for (Entry *e; (e = pym_ptrmap_next(&table, &it));) {
        if (!(e->state & S_OBJ)) continue;
        PymObject *o = (PymObject *)(e->key + ((e->state & S_PRE) ? sizeof(PymGCHead) : 0));
        bool interned = PYM_TYPE(o) == &pym_type_str && ((PymStr *)o)->st_interned;
        if ((e->state & S_IMMORTAL) || interned) {
            e->state |= S_REACHED;
            push(o);
        }
    }
    drain();
    mark_static_types(&pym_type_object, 0);
    mark_static_types(&pym_type_type, 0);
    pym_types_each_pending(mark_pending_static_type);
    for (int g = 0; g < PYM_GC_NUM_GENERATIONS; g++)
        mark_gc_list(&pym_gc_state.gens[g].head, false);
    mark_gc_list(&pym_gc_state.permanent.head, true);
    mark(pym_gc_state.garbage, NULL); /* gc.garbage, gc.callbacks */
    mark(pym_gc_state.callbacks, NULL);
    drain();
    intptr_t objs = 0, blks = 0;
    it = 0;
    for (Entry *e; (e = pym_ptrmap_next(&table, &it));) {
        if ((e->state & S_REACHED)) continue;
        blks++;
        if (e->state & S_OBJ) objs++;
    }
    pym_ptrmap_clear(&seen);
    pym_leakcheck_active = was;
    pym_obmalloc_hooks_changed();
    if (work_failed) fputs("pym: leak check: out of memory in the census\n", stderr);
    if (blocks) *blocks = blks;
    return objs;
}

/* Type names of the leaked objects, most frequent first (at most 12 lines). */
static void print_histogram(FILE *out) {
    enum { MAXT = 64 };
    struct {
        PymType *t;
        intptr_t n;
    } h[MAXT];
    int nt = 0;
    intptr_t other = 0;
    size_t it = 0;
    for (Entry *e; (e = pym_ptrmap_next(&table, &it));) {
        if ((e->state & (S_REACHED)) || !(e->state & S_OBJ)) continue;
        PymObject *o = (PymObject *)(e->key + ((e->state & S_PRE) ? sizeof(PymGCHead) : 0));
        int j = 0;
        while (j < nt && h[j].t != PYM_TYPE(o)) j++;
        if (j == nt) {
            if (nt == MAXT) {
                other++;
                continue;
            }
            h[nt].t = PYM_TYPE(o);
            h[nt++].n = 0;
        }
        h[j].n++;
    }
    for (int a = 0; a < nt; a++)
        for (int b = a + 1; b < nt; b++)
            if (h[b].n > h[a].n) {
                __typeof__(h[0]) tmp = h[a];
                h[a] = h[b];
                h[b] = tmp;
            }
    for (int a = 0; a < nt && a < 12; a++)
        fprintf(out, "pym: leak check:   %zd x %s\n", h[a].n, h[a].t->tp_name);
    if (nt > 12 || other) fprintf(out, "pym: leak check:   ... more types\n");
    if (!verbose) return;
    /* verbose: the first few leaked strings, which often tell where */
    int shown = 0;
    it = 0;
    for (Entry *e; shown < 10 && (e = pym_ptrmap_next(&table, &it));) {
        if ((e->state & S_REACHED) || !(e->state & S_OBJ)) continue;
        PymObject *o = (PymObject *)(e->key + ((e->state & S_PRE) ? sizeof(PymGCHead) : 0));
        if (PYM_TYPE(o) != &pym_type_str) continue;
        fprintf(out, "pym: leak check:   str (refcount %zd): '%.60s'\n", PYM_REFCNT(o),
                PYM_STR_UTF8(o));
        shown++;
    }
}

/* With tracemalloc tracing (-X tracemalloc=N): where each leaked object was
** allocated, oldest frame first as in a Python traceback (at most 20
** objects). */
static void print_allocation_sites(FILE *out) {
    enum { MAXF = 16, MAXOBJ = 20 };
    if (!pym_tracemalloc_is_tracing()) return;
    intptr_t shown = 0, more = 0;
    size_t it = 0;
    for (Entry *e; (e = pym_ptrmap_next(&table, &it));) {
        if ((e->state & S_REACHED) || !(e->state & S_OBJ)) continue;
        const char *files[MAXF];
        int lines[MAXF], total = 0;
        size_t size = 0;
        int nf = pym_tracemalloc_get_trace((void *)e->key, &size, files, lines, MAXF, &total);
        if (nf <= 0) continue;
        if (shown == MAXOBJ) {
            more++;
            continue;
        }
        PymObject *o = (PymObject *)(e->key + ((e->state & S_PRE) ? sizeof(PymGCHead) : 0));
        fprintf(out,
                "pym: leak check: %s object at %p (%zu bytes), allocated at "
                "(most recent call last):\n",
                PYM_TYPE(o)->tp_name, (void *)o, size);
        for (int f = (nf < MAXF ? nf : MAXF) - 1; f >= 0; f--)
            fprintf(out, "pym: leak check:     File \"%s\", line %d\n", files[f], lines[f]);
        shown++;
    }
    if (more) fprintf(out, "pym: leak check: ... and %zd more traced objects\n", more);
}

intptr_t pym_leakcheck_report(FILE *out) {
    if (!pym_leakcheck_active && !table.cap) return 0;
    intptr_t blocks;
    intptr_t objs = pym_leakcheck_count(&blocks);
    pym_leakcheck_active = false;
    pym_obmalloc_hooks_changed();
    if (objs || blocks || verbose) {
        fflush(stdout);
        fprintf(out, "pym: leak check: %zd object%s still allocated (%zd block%s)\n", objs,
                objs == 1 ? "" : "s", blocks, blocks == 1 ? "" : "s");
        if (objs) print_histogram(out);
        if (objs) print_allocation_sites(out);
        if (verbose)
            fprintf(out, "pym: leak check: %zd blocks in use in all (immortals included)\n",
                    pym_obj_blocks_in_use());
        fflush(out);
    }
    pym_leakcheck_stop();
    return objs ? objs : blocks;
}
