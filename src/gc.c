/*
** gc.c -- the generational cyclic garbage collector.
** The Python-visible 'gc' module is modules/mod_gc.c.
**
** Reference counting frees everything except reference cycles.  This
** collector finds cycles among "container" objects (types with
** PYM_TPFLAGS_HAVE_GC), following CPython 3.11's algorithm.
**
** Generations.  Every tracked object is on exactly one of four circular
** doubly linked lists threaded through the 16-byte PymGCHead that precedes
** it: generations 0, 1, 2 and the permanent generation (gc.freeze()).  New
** objects enter generation 0; survivors of a collection move one generation
** up.  count[0] is allocations minus deallocations of GC objects since the
** last collection; count[1] and count[2] count collections of the younger
** generation.  A generation is collected when its count exceeds its threshold
** (700, 10, 10); generation 2 additionally waits until the objects that
** survived generation 1 since the last full collection exceed 25% of the
** long-lived total, so full collections stay rare on big heaps.
**
** Finding garbage in a list "young" (the generation being collected merged
** with the younger ones):
**   1. update_refs: gc_refs := ob_refcnt for every object in young; mark it
**      COLLECTING.
**   2. subtract_refs: for every object, tp_traverse visits its references;
**      each referent that is COLLECTING loses one gc_refs.  Afterwards
**      gc_refs counts references from *outside* young.
**   3. move_unreachable: objects with gc_refs > 0 are reachable from outside;
**      everything reachable from them (tp_traverse again) is reachable too;
**      the rest moves to the "unreachable" list.
**   4. weak references to unreachable objects are cleared (through
**      pym_gc_weakref_hook, set by weakrefobject.c), then tp_finalize (__del__) runs once per
**      object (PEP 442, FINALIZED flag), in list order = allocation order.
**   5. Finalizers may resurrect objects: steps 1-3 run again on the
**      unreachable set; what is now reachable moves to the old generation.
**   6. tp_clear on each remaining object breaks the cycles; reference
**      counting then frees them.
**
** Header encoding during a collection (as CPython's):
**   gc_next  pointer to the next header; bit 0 NEXT_UNREACHABLE marks
**            members of the unreachable list while move_unreachable runs;
**            0 means "not tracked".
**   gc_prev  bits 0-1 flags (FINALIZED, COLLECTING); the upper bits hold the
**            previous pointer, or gc_refs << 2 while refs are being counted
**            (the list is then only singly linked, forward).
*/
#include "pym.h"
#include "gc.h"
#include <time.h>

#define PREV_FINALIZED   ((uintptr_t)1)
#define PREV_COLLECTING  ((uintptr_t)2)
#define PREV_SHIFT       2
#define PREV_MASK        (~(uintptr_t)3)
#define NEXT_UNREACHABLE ((uintptr_t)1)

PymGCState pym_gc_state;
intptr_t (*pym_gc_weakref_hook)(PymGCHead *unreachable, PymGCHead *old);
#define ST (pym_gc_state)

/* {====== list primitives ======} */

static inline PymGCHead *gc_next(PymGCHead *g) {
    return (PymGCHead *)(g->gc_next & ~NEXT_UNREACHABLE);
}
static inline PymGCHead *gc_prev(PymGCHead *g) { return (PymGCHead *)(g->gc_prev & PREV_MASK); }
static inline void gc_set_prev(PymGCHead *g, PymGCHead *p) {
    g->gc_prev = (g->gc_prev & ~PREV_MASK) | (uintptr_t)p;
}
static inline void gc_set_next(PymGCHead *g, PymGCHead *n) { g->gc_next = (uintptr_t)n; }

void pym_gc_list_init(PymGCHead *list) {
    list->gc_prev = (uintptr_t)list;
    list->gc_next = (uintptr_t)list;
}
static inline bool gc_list_is_empty(PymGCHead *list) { return list->gc_next == (uintptr_t)list; }

static void gc_list_append(PymGCHead *node, PymGCHead *list) {
    PymGCHead *last = (PymGCHead *)list->gc_prev;
    gc_set_prev(node, last);
    gc_set_next(last, node);
    gc_set_next(node, list);
    list->gc_prev = (uintptr_t)node;
}

static void gc_list_remove(PymGCHead *node) {
    PymGCHead *prev = gc_prev(node), *next = gc_next(node);
    gc_set_next(prev, next);
    gc_set_prev(next, prev);
    node->gc_next = 0;
}

static void gc_list_move(PymGCHead *node, PymGCHead *list) {
    PymGCHead *prev = gc_prev(node), *next = gc_next(node);
    gc_set_next(prev, next);
    gc_set_prev(next, prev);
    gc_list_append(node, list);
}

/* Appends every node of from to to; from becomes empty. */
static void gc_list_merge(PymGCHead *from, PymGCHead *to) {
    if (gc_list_is_empty(from)) return;
    PymGCHead *tail = (PymGCHead *)to->gc_prev;
    PymGCHead *first = (PymGCHead *)from->gc_next, *last = (PymGCHead *)from->gc_prev;
    gc_set_next(tail, first);
    gc_set_prev(first, tail);
    gc_set_next(last, to);
    to->gc_prev = (uintptr_t)last;
    pym_gc_list_init(from);
}

intptr_t pym_gc_list_size(PymGCHead *list) {
    intptr_t n = 0;
    for (PymGCHead *g = gc_next(list); g != list; g = gc_next(g)) n++;
    return n;
}

static inline intptr_t gc_get_refs(PymGCHead *g) { return (intptr_t)(g->gc_prev >> PREV_SHIFT); }
static inline void gc_set_refs(PymGCHead *g, intptr_t refs) {
    g->gc_prev = (g->gc_prev & ~PREV_MASK) | ((uintptr_t)refs << PREV_SHIFT);
}
static inline void gc_reset_refs(PymGCHead *g, intptr_t refs) {
    g->gc_prev = (g->gc_prev & PREV_FINALIZED) | PREV_COLLECTING | ((uintptr_t)refs << PREV_SHIFT);
}
static inline void gc_decref(PymGCHead *g) { g->gc_prev -= (uintptr_t)1 << PREV_SHIFT; }
static inline bool gc_is_collecting(PymGCHead *g) { return (g->gc_prev & PREV_COLLECTING) != 0; }
static inline void gc_clear_collecting(PymGCHead *g) { g->gc_prev &= ~PREV_COLLECTING; }

/* {====== debug and stress modes ======}
** PYM_DEBUG: the lists a collection works on -- the generations it
** collects and the one its survivors join; on a full collection also the
** permanent one -- are validated before and after it (as CPython's debug
** build validates young and old): links agree both ways, no member keeps a
** collection flag or the unreachable mark, every member is alive (count
** above zero).  Not the older ones at every young collection: in the
** stress build (a collection per allocation) that made each allocation
** cost the whole heap, and deep-structure tests unrunnable.
** PYM_STRESS_GC: generation 0 is collected at every allocation of a GC
** object, and everything every N of them (PYMSTRESSGC=N, default 1000), so
** that a missing tp_traverse entry or an object not yet rooted shows at once
** (as clox's stress mode). */

#ifdef PYM_DEBUG
static void validate_list(PymGCHead *head) {
    PymGCHead *prev = head;
    for (PymGCHead *g = gc_next(head); g != head; prev = g, g = gc_next(g)) {
        PYM_ASSERT(g->gc_next && !(g->gc_next & NEXT_UNREACHABLE));
        PYM_ASSERT(gc_prev(g) == prev);
        PYM_ASSERT(!(g->gc_prev & PREV_COLLECTING));
        PYM_ASSERT(PYM_FROM_GC(g)->ob_refcnt > 0);
    }
    PYM_ASSERT(gc_prev(head) == prev);
}
static void validate_generations(int gen) {
    for (int i = 0; i <= gen + 1 && i < PYM_GC_NUM_GENERATIONS; i++)
        validate_list(&ST.gens[i].head);
    if (gen == PYM_GC_NUM_GENERATIONS - 1) validate_list(&ST.permanent.head);
}
#define VALIDATE_GENERATIONS(gen) validate_generations(gen)
#else
#define VALIDATE_GENERATIONS(gen) ((void)0)
#endif

#ifdef PYM_STRESS_GC
static void stress_collect(void) {
    static long every = -1, n;
    if (every < 0) {
        const char *e = getenv("PYMSTRESSGC");
        every = e && atol(e) > 0 ? atol(e) : 1000;
    }
    pym_gc_collect(++n % every == 0 ? PYM_GC_NUM_GENERATIONS - 1 : 0);
}
#endif

/* {====== tracking ======} */

void pym_gc_track(PymObject *o) {
    PymGCHead *g = PYM_AS_GC(o);
    if (g->gc_next) return;                                    /* already tracked */
    if (PYM_UNLIKELY(!ST.gens[0].head.gc_next)) pym_gc_init(); /* tracking during start-up */
    gc_list_append(g, &ST.gens[0].head);
}

void pym_gc_untrack(PymObject *o) {
    PymGCHead *g = PYM_AS_GC(o);
    if (g->gc_next) gc_list_remove(g);
    g->gc_prev &= PREV_FINALIZED;
}

bool pym_gc_is_tracked(PymObject *o) { return PYM_IS_GC(o) && PYM_AS_GC(o)->gc_next != 0; }

bool pym_gc_is_finalized(PymObject *o) {
    return PYM_IS_GC(o) && (PYM_AS_GC(o)->gc_prev & PREV_FINALIZED) != 0;
}

void pym_gc_mark_finalized(PymObject *o) {
    if (PYM_IS_GC(o)) PYM_AS_GC(o)->gc_prev |= PREV_FINALIZED;
}

void pym_gc_on_alloc(void) {
    ST.gens[0].count++;
#ifdef PYM_STRESS_GC
    if (ST.enabled && !ST.collecting && !pym_err_occurred()) stress_collect();
    return;
#endif
    if (ST.gens[0].count > ST.gens[0].threshold && ST.enabled && ST.gens[0].threshold &&
        !ST.collecting && !pym_err_occurred())
        pym_gc_collect_generations();
}

void pym_gc_on_free(void) {
    if (ST.gens[0].count > 0) ST.gens[0].count--;
}

/* {====== the algorithm ======} */

static void update_refs(PymGCHead *containers) {
    for (PymGCHead *g = gc_next(containers); g != containers; g = gc_next(g))
        gc_reset_refs(g, PYM_REFCNT(PYM_FROM_GC(g)));
}

static inline int visit_decref(PymObject *op, void *arg) {
    if (PYM_IS_GC(op)) {
        PymGCHead *g = PYM_AS_GC(op);
        if (gc_is_collecting(g)) gc_decref(g);
    }
    return 0;
}

/* The two scans visit the items of an exact tuple here, in tuple_traverse's
** order (last to first), without the calls through tp_traverse and the
** visit function: tuples are most of what young collections scan (binary
** trees, records, the arguments of calls kept); 40 % of deduce_unreachable
** in binary_trees was those calls.  tp_traverse of an exact tuple is
** tuple_traverse, which visits every non-NULL item. */
static inline bool is_exact_tuple(PymObject *op) { return PYM_TYPE(op) == &pym_type_tuple; }

static void subtract_refs(PymGCHead *containers) {
    for (PymGCHead *g = gc_next(containers); g != containers; g = gc_next(g)) {
        PymObject *op = PYM_FROM_GC(g);
        if (is_exact_tuple(op)) {
            for (intptr_t i = PYM_SIZE(op) - 1; i >= 0; i--) {
                PymObject *item = PYM_TUPLE_GET(op, i);
                if (item) visit_decref(item, NULL);
            }
            continue;
        }
        traverseproc trav = PYM_TYPE(op)->tp_traverse;
        if (trav) trav(op, visit_decref, NULL);
    }
}

/* Marks op reachable; if move_unreachable had already moved it to the
** unreachable list, it goes back to the tail of the young list. */
static inline int visit_reachable(PymObject *op, void *arg) {
    PymGCHead *reachable = arg;
    if (!PYM_IS_GC(op)) return 0;
    PymGCHead *g = PYM_AS_GC(op);
    if (!gc_is_collecting(g)) return 0; /* other generation or untracked */
    if (g->gc_next & NEXT_UNREACHABLE) {
        PymGCHead *prev = gc_prev(g);
        PymGCHead *next = (PymGCHead *)(g->gc_next & ~NEXT_UNREACHABLE);
        prev->gc_next = g->gc_next; /* keeps the UNREACHABLE bit */
        gc_set_prev(next, prev);
        gc_list_append(g, reachable);
        gc_set_refs(g, 1);
    } else if (gc_get_refs(g) == 0) {
        gc_set_refs(g, 1); /* scanned when the loop gets to it */
    }
    return 0;
}

static void move_unreachable(PymGCHead *young, PymGCHead *unreachable) {
    PymGCHead *prev = young;
    PymGCHead *g = gc_next(young);
    while (g != young) {
        if (gc_get_refs(g)) {
            PymObject *op = PYM_FROM_GC(g);
            if (is_exact_tuple(op)) {
                for (intptr_t i = PYM_SIZE(op) - 1; i >= 0; i--) {
                    PymObject *item = PYM_TUPLE_GET(op, i);
                    if (item) visit_reachable(item, young);
                }
            } else {
                traverseproc trav = PYM_TYPE(op)->tp_traverse;
                if (trav) trav(op, visit_reachable, young);
            }
            gc_set_prev(g, prev); /* relink: prev held gc_refs */
            gc_clear_collecting(g);
            prev = g;
        } else {
            /* Tentatively unreachable: move it (singly linked, marked). */
            prev->gc_next = g->gc_next;
            PymGCHead *last = (PymGCHead *)unreachable->gc_prev;
            last->gc_next = NEXT_UNREACHABLE | (uintptr_t)g;
            gc_set_prev(g, last);
            g->gc_next = NEXT_UNREACHABLE | (uintptr_t)unreachable;
            unreachable->gc_prev = (uintptr_t)g;
        }
        g = (PymGCHead *)prev->gc_next;
    }
    young->gc_prev = (uintptr_t)prev;
    unreachable->gc_next &= ~NEXT_UNREACHABLE;
}

static void clear_unreachable_mask(PymGCHead *unreachable) {
    PymGCHead *next;
    for (PymGCHead *g = (PymGCHead *)unreachable->gc_next; g != unreachable; g = next) {
        g->gc_next &= ~NEXT_UNREACHABLE;
        next = (PymGCHead *)g->gc_next;
    }
}

bool pym_gc_is_collecting(PymObject *o) {
    return PYM_IS_GC(o) && PYM_AS_GC(o)->gc_next != 0 && gc_is_collecting(PYM_AS_GC(o));
}

void pym_gc_list_move(PymGCHead *node, PymGCHead *list) { gc_list_move(node, list); }

static void gc_list_clear_collecting(PymGCHead *list) {
    for (PymGCHead *g = gc_next(list); g != list; g = gc_next(g)) gc_clear_collecting(g);
}

static void deduce_unreachable(PymGCHead *base, PymGCHead *unreachable) {
    update_refs(base);
    subtract_refs(base);
    pym_gc_list_init(unreachable);
    move_unreachable(base, unreachable);
}

/* Untracks the survivors that cannot take part in a cycle: tuples (or, with
** dicts set, dicts) whose items are all atomic or untracked tuples.  The
** collector does this on the reachable young objects, as CPython's
** untrack_tuples / untrack_dicts, so long-lived data made of such tuples
** and dicts costs nothing in later collections. */
static void untrack_atomic(PymGCHead *list, bool dicts) {
    PymGCHead *next;
    for (PymGCHead *g = gc_next(list); g != list; g = next) {
        next = gc_next(g);
        PymObject *op = PYM_FROM_GC(g);
        if (dicts) {
            if (PYM_DICT_CHECK_EXACT(op)) pym_dict_maybe_untrack(op);
        } else if (PYM_TUPLE_CHECK_EXACT(op)) {
            pym_tuple_maybe_untrack(op);
        }
    }
}

/* Runs tp_finalize once on each object of collectable that has one. */
static void finalize_garbage(PymGCHead *collectable) {
    PymGCHead seen;
    pym_gc_list_init(&seen);
    while (!gc_list_is_empty(collectable)) {
        PymGCHead *g = gc_next(collectable);
        PymObject *op = PYM_FROM_GC(g);
        gc_list_move(g, &seen);
        destructor fin = PYM_TYPE(op)->tp_finalize;
        if (!(g->gc_prev & PREV_FINALIZED) && fin) {
            g->gc_prev |= PREV_FINALIZED;
            PYM_INCREF(op);
            fin(op);
            if (pym_err_occurred()) pym_err_write_unraisable(op);
            PYM_DECREF(op);
        }
    }
    gc_list_merge(&seen, collectable);
}

/* tp_clear on each object; survivors (not freed) go to old. */
static void delete_garbage(PymGCHead *collectable, PymGCHead *old) {
    while (!gc_list_is_empty(collectable)) {
        PymGCHead *g = gc_next(collectable);
        PymObject *op = PYM_FROM_GC(g);
        if (ST.debug & PYM_GC_DEBUG_SAVEALL) {
            if (ST.garbage) pym_list_append(ST.garbage, op);
        } else {
            inquiry clear = PYM_TYPE(op)->tp_clear;
            if (clear) {
                PYM_INCREF(op);
                clear(op);
                if (pym_err_occurred()) pym_err_write_unraisable(NULL);
                PYM_DECREF(op);
            }
        }
        if (gc_next(collectable) == g) gc_list_move(g, old); /* still alive */
    }
}

static void debug_objects(const char *what, PymGCHead *list) {
    for (PymGCHead *g = gc_next(list); g != list; g = gc_next(g)) {
        PymObject *op = PYM_FROM_GC(g);
        fprintf(stderr, "gc: %s <%s %p>\n", what, PYM_TYPE(op)->tp_name, (void *)op);
    }
}

static void invoke_callbacks(const char *phase, int gen, intptr_t collected,
                             intptr_t uncollectable) {
    if (!ST.callbacks || PYM_SIZE(ST.callbacks) == 0) return;
    PymObject *saved = pym_err_fetch();
    PymObject *info = pym_dict_new();
    PymObject *ph = pym_str_from_cstr(phase);
    if (info && ph) {
        PymObject *v;
        v = pym_int_from_long(gen);
        pym_dict_setitem_cstr(info, "generation", v);
        PYM_DECREF(v);
        v = pym_int_from_long(collected);
        pym_dict_setitem_cstr(info, "collected", v);
        PYM_DECREF(v);
        v = pym_int_from_long(uncollectable);
        pym_dict_setitem_cstr(info, "uncollectable", v);
        PYM_DECREF(v);
        /* iterate over a copy: callbacks may change gc.callbacks */
        PymObject *cbs = pym_list_slice(ST.callbacks, 0, PYM_SIZE(ST.callbacks));
        for (intptr_t i = 0; cbs && i < PYM_SIZE(cbs); i++) {
            PymObject *args[2] = {ph, info};
            PymObject *r = pym_call(PYM_LIST_GET(cbs, i), args, 2, NULL);
            if (!r)
                pym_err_write_unraisable(PYM_LIST_GET(cbs, i));
            else
                PYM_DECREF(r);
        }
        PYM_XDECREF(cbs);
    }
    PYM_XDECREF(info);
    PYM_XDECREF(ph);
    pym_err_restore(saved);
}

/* Objects in the three generations (the collector trace's "tracked"). */
static intptr_t tracked_count(void) {
    intptr_t n = 0;
    for (int i = 0; i < PYM_GC_NUM_GENERATIONS; i++) n += pym_gc_list_size(&ST.gens[i].head);
    return n;
}

void (*pym_gc_observer)(const PymGCEvent *ev);
bool pym_gc_observer_detail;

/* Collects generation gen (and the younger ones). Returns the number of
** unreachable objects found (resurrected ones excluded). */
static intptr_t collect(int gen) {
    PymGCHead unreachable, final_unreachable;
    intptr_t m = 0;
    struct timespec t0, t1;
    PymGCEvent ev = {.generation = gen}; /* for the observer (gc.h) */
    if (pym_gc_observer_detail) ev.tracked_before = tracked_count();
    clock_gettime(CLOCK_MONOTONIC, &t0);
    VALIDATE_GENERATIONS(gen);
    if (ST.debug & PYM_GC_DEBUG_STATS) {
        fprintf(stderr, "gc: collecting generation %d...\n", gen);
        fprintf(stderr, "gc: objects in each generation: %zd %zd %zd\n",
                (ssize_t)pym_gc_list_size(&ST.gens[0].head),
                (ssize_t)pym_gc_list_size(&ST.gens[1].head),
                (ssize_t)pym_gc_list_size(&ST.gens[2].head));
        fprintf(stderr, "gc: objects in permanent generation: %zd\n",
                (ssize_t)pym_gc_list_size(&ST.permanent.head));
    }
    /* update collection counts */
    if (gen + 1 < PYM_GC_NUM_GENERATIONS) ST.gens[gen + 1].count++;
    for (int i = 0; i <= gen; i++) ST.gens[i].count = 0;
    /* merge younger generations into the one being collected */
    for (int i = 0; i < gen; i++) gc_list_merge(&ST.gens[i].head, &ST.gens[gen].head);
    PymGCHead *young = &ST.gens[gen].head;
    PymGCHead *old = gen < PYM_GC_NUM_GENERATIONS - 1 ? &ST.gens[gen + 1].head : young;
    if (pym_gc_observer_detail) ev.examined = pym_gc_list_size(young);

    deduce_unreachable(young, &unreachable);
    untrack_atomic(young, false);
    if (young != old) {
        if (gen == PYM_GC_NUM_GENERATIONS - 2) ST.long_lived_pending += pym_gc_list_size(young);
        gc_list_merge(young, old);
    } else {
        /* dicts only on full collections (building a big dict of dicts
        ** would otherwise keep re-scanning them: CPython's issue #14775) */
        untrack_atomic(young, true);
        ST.long_lived_pending = 0;
        ST.long_lived_total = pym_gc_list_size(young);
    }
    clear_unreachable_mask(&unreachable);
    if (pym_gc_observer_detail) ev.unreachable = pym_gc_list_size(&unreachable);
    if (ST.debug & PYM_GC_DEBUG_COLLECTABLE) debug_objects("collectable", &unreachable);

    if (pym_gc_weakref_hook) m += pym_gc_weakref_hook(&unreachable, old);
    finalize_garbage(&unreachable);

    /* objects resurrected by finalizers survive into the old generation */
    gc_list_clear_collecting(&unreachable);
    deduce_unreachable(&unreachable, &final_unreachable);
    clear_unreachable_mask(&final_unreachable);
    gc_list_merge(&unreachable, old);

    m += pym_gc_list_size(&final_unreachable);
    delete_garbage(&final_unreachable, old);
    /* a full collection empties the free lists, as CPython's clear_freelists:
    ** afterwards every new list, tuple, dict counts in gen0 again */
    if (gen == PYM_GC_NUM_GENERATIONS - 1) {
        pym_float_clear_freelist();
        pym_tuple_clear_freelist();
        pym_list_clear_freelist();
        pym_dict_clear_freelist();
    }
    VALIDATE_GENERATIONS(gen);

    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    if (ST.debug & PYM_GC_DEBUG_STATS)
        fprintf(stderr, "gc: done, %zd unreachable, 0 uncollectable, %.4fs elapsed\n", (ssize_t)m,
                secs);
    ST.stats[gen].collections++;
    ST.stats[gen].collected += m;
    ST.last_seconds = secs;
    ev.collected = m;
    ev.pause_us = secs * 1e6;
    if (pym_gc_observer_detail) ev.tracked_after = tracked_count();
    if (pym_gc_observer) pym_gc_observer(&ev);
    return m;
}

static intptr_t collect_with_callbacks(int gen) {
    invoke_callbacks("start", gen, 0, 0);
    intptr_t m = collect(gen);
    invoke_callbacks("stop", gen, m, 0);
    return m;
}

intptr_t pym_gc_collect(int gen) {
    if (ST.collecting) return 0;
    ST.collecting = 1;
    PymObject *saved = pym_err_fetch();
    intptr_t m = collect_with_callbacks(gen);
    pym_err_restore(saved);
    ST.collecting = 0;
    return m;
}

void pym_gc_collect_generations(void) {
    for (int i = PYM_GC_NUM_GENERATIONS - 1; i >= 0; i--) {
        if (ST.gens[i].count > ST.gens[i].threshold) {
            /* a full collection waits until enough objects survived gen 1 */
            if (i == PYM_GC_NUM_GENERATIONS - 1 && ST.long_lived_pending < ST.long_lived_total / 4)
                continue;
            pym_gc_collect(i);
            break;
        }
    }
}

int pym_gc_init(void) {
    if (ST.gens[0].head.gc_next) return 0; /* already initialized */
    static const int thresholds[PYM_GC_NUM_GENERATIONS] = {700, 10, 10};
    for (int i = 0; i < PYM_GC_NUM_GENERATIONS; i++) {
        pym_gc_list_init(&ST.gens[i].head);
        ST.gens[i].threshold = thresholds[i];
        ST.gens[i].count = 0;
    }
    pym_gc_list_init(&ST.permanent.head);
    ST.enabled = 1;
    return 0;
}

/* {====== support for the gc module ======} */

void pym_gc_freeze(void) {
    for (int i = 0; i < PYM_GC_NUM_GENERATIONS; i++) {
        gc_list_merge(&ST.gens[i].head, &ST.permanent.head);
        ST.gens[i].count = 0;
    }
}

void pym_gc_unfreeze(void) {
    gc_list_merge(&ST.permanent.head, &ST.gens[PYM_GC_NUM_GENERATIONS - 1].head);
}

intptr_t pym_gc_freeze_count(void) { return pym_gc_list_size(&ST.permanent.head); }

/* Appends every tracked object of generation gen (-1: all) to list. 0/-1 */
int pym_gc_objects(int gen, PymObject *list) {
    for (int i = 0; i < PYM_GC_NUM_GENERATIONS; i++) {
        if (gen >= 0 && i != gen) continue;
        PymGCHead *head = &ST.gens[i].head;
        for (PymGCHead *g = gc_next(head); g != head; g = gc_next(g)) {
            PymObject *op = PYM_FROM_GC(g);
            if (op == list) continue;
            if (pym_list_append(list, op) < 0) return -1;
        }
    }
    return 0;
}

typedef struct {
    PymObject *target;
    bool found;
} ReferrerSearch;

static int visit_find(PymObject *op, void *arg) {
    ReferrerSearch *s = arg;
    if (op == s->target) s->found = true;
    return 0;
}

/* Appends to list each tracked object that refers to target. 0/-1 */
int pym_gc_referrers(PymObject *target, PymObject *list) {
    for (int i = 0; i < PYM_GC_NUM_GENERATIONS; i++) {
        PymGCHead *head = &ST.gens[i].head;
        for (PymGCHead *g = gc_next(head); g != head; g = gc_next(g)) {
            PymObject *op = PYM_FROM_GC(g);
            if (op == list) continue;
            ReferrerSearch s = {target, false};
            traverseproc trav = PYM_TYPE(op)->tp_traverse;
            if (trav) trav(op, visit_find, &s);
            if (s.found && pym_list_append(list, op) < 0) return -1;
        }
    }
    return 0;
}
