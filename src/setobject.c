/*
** setobject.c -- 'set' and 'frozenset': open-addressing hash tables laid out
** and probed as in CPython 3.11, so that sets of ints print in CPython's
** order and sys.getsizeof agrees (200-byte object + GC header, with an
** 8-slot table inline; bigger tables are allocated separately).
**
** Probing: slot hash & mask, then up to 9 linear probes (cheap, cache
** friendly), then a jump i = 5*i + 1 + perturb (perturb >>= 5 each time).
** Deleted slots hold a dummy key with hash -1 and are reused by later adds.
** The table grows when fill (active + dummy) reaches 3/5 of the slots, to
** the smallest power of two above used*4.
*/
#include "pym.h"
#include "genericalias.h"

#define SET_MINSIZE   8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct {
    PymObject *key;
    intptr_t hash;
} SetEntry;

typedef struct {
    PymObject ob_base;
    intptr_t fill;   /* active + dummy slots */
    intptr_t used;   /* active slots */
    intptr_t mask;   /* slots - 1 */
    SetEntry *table; /* smalltable or a separate block */
    intptr_t hash;   /* frozenset only: cached hash, -1 */
    intptr_t finger; /* where pop() looks next */
    SetEntry smalltable[SET_MINSIZE];
    PymObject *weakreflist;
} PymSet;

#define CID(NAME) \
    ({ \
        static PymObject *id_; \
        if (PYM_UNLIKELY(!id_)) { id_ = pym_str_intern_cstr(#NAME); } \
        id_; \
    })

static PymObject dummy_struct = PYM_OBJECT_HEAD_INIT(&pym_type_object);
#define DUMMY (&dummy_struct)

#define SO(o) ((PymSet *)(o))
#define IS_FROZEN_BASE(o) \
    (PYM_TYPE(o) == &pym_type_frozenset || pym_type_is_subtype(PYM_TYPE(o), &pym_type_frozenset))

static inline intptr_t obj_hash(PymObject *key) {
    if (PYM_STR_CHECK_EXACT(key)) {
        intptr_t h = ((PymStr *)key)->st_hash;
        if (h != -1) return h;
    } else if (PYM_INT_CHECK_EXACT(key) && pym_int_is_compact(key)) {
        /* |v| < 2**30: hash(v) is v, but hash(-1) is -2 */
        intptr_t v = pym_int_compact_value(key);
        return v == -1 ? -2 : v;
    }
    return pym_object_hash(key);
}

/* {====== table primitives ======} */

/* The probe without comparisons, which every lookup tries first: the entry
** holding key itself, NULL when an empty slot ends the probe before any entry
** of the same hash, or SET_PROBE_SLOW when an entry of the same hash holds
** another object, which only set_lookkey_slow's equality test can judge.  It
** reads the table and runs no Python code, so its callers need no references
** and the compiler no saved registers: ints and interned strs in sets of them
** are found (or not) here. */
#define SET_PROBE_SLOW ((SetEntry *)1)
static inline SetEntry *set_probe_identity(const PymSet *so, PymObject *key, intptr_t hash) {
    SetEntry *table = so->table;
    size_t mask = so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->key == NULL) return NULL;
            if (entry->hash == hash) {
                PymObject *k = entry->key;
                /* two compact ints of one value are equal: the comparison
                ** int's __eq__ would make, without a call (`i in a`, i from
                ** a range); other objects of equal hashes, the slow probe */
                if (k == key ||
                    (PYM_INT_CHECK_EXACT(k) && PYM_INT_CHECK_EXACT(key) && pym_int_is_compact(k) &&
                     pym_int_is_compact(key) &&
                     pym_int_compact_value(k) == pym_int_compact_value(key)))
                    return entry;
                return SET_PROBE_SLOW;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* set_lookkey's general probe, with equality tests that may run Python code. */
static __attribute__((noinline)) int set_lookkey_slow(PymSet *so, PymObject *key, intptr_t hash,
                                                      SetEntry **found) {
restart:;
    SetEntry *table = so->table;
    size_t mask = so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) {
                *found = NULL;
                return 0;
            }
            if (entry->hash == hash) {
                PymObject *startkey = entry->key;
                if (startkey == key) {
                    *found = entry;
                    return 0;
                }
                if (PYM_STR_CHECK_EXACT(startkey) && PYM_STR_CHECK_EXACT(key)) {
                    if (pym_str_equal(startkey, key)) {
                        *found = entry;
                        return 0;
                    }
                } else if (PYM_INT_CHECK_EXACT(startkey) && PYM_INT_CHECK_EXACT(key)) {
                    if (pym_int_compare(startkey, key) == 0) { /* runs no code */
                        *found = entry;
                        return 0;
                    }
                } else {
                    pym_incref(startkey);
                    int cmp = pym_object_richcompare_bool(startkey, key, PYM_EQ);
                    PYM_DECREF(startkey);
                    if (cmp < 0) return -1;
                    if (table != so->table || entry->key != startkey) goto restart;
                    if (cmp > 0) {
                        *found = entry;
                        return 0;
                    }
                    mask = so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Finds key: *found = the entry holding it, or NULL.  -1 on error. */
static inline int set_lookkey(PymSet *so, PymObject *key, intptr_t hash, SetEntry **found) {
    SetEntry *e = set_probe_identity(so, key, hash);
    if (PYM_UNLIKELY(e == SET_PROBE_SLOW)) return set_lookkey_slow(so, key, hash, found);
    *found = e;
    return 0;
}

/* Puts a key known to be absent into a table without dummies.  Steals key. */
static void set_insert_clean(SetEntry *table, size_t mask, PymObject *key, intptr_t hash) {
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    SetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == NULL) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    entry->key = key;
    entry->hash = hash;
}

/* Rebuilds the table with the smallest power of two > minused (at least 8). */
static int set_table_resize(PymSet *so, intptr_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused) newsize <<= 1;
    SetEntry *oldtable = so->table;
    bool is_oldtable_malloced = oldtable != so->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    SetEntry *newtable;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0; /* nothing to squeeze out */
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        newtable = pym_obj_malloc(newsize * sizeof(SetEntry));
        if (!newtable) {
            pym_err_no_memory();
            return -1;
        }
    }
    intptr_t oldmask = so->mask;
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->mask = newsize - 1;
    so->table = newtable;
    if (so->fill == so->used) {
        for (intptr_t i = 0; i <= oldmask; i++)
            if (oldtable[i].key)
                set_insert_clean(newtable, newsize - 1, oldtable[i].key, oldtable[i].hash);
    } else {
        so->fill = so->used;
        for (intptr_t i = 0; i <= oldmask; i++)
            if (oldtable[i].key && oldtable[i].key != DUMMY)
                set_insert_clean(newtable, newsize - 1, oldtable[i].key, oldtable[i].hash);
    }
    if (is_oldtable_malloced) pym_obj_free(oldtable);
    return 0;
}

/* Adds key (borrowed; a new reference is stored).  0 / -1. */
static int set_add_entry(PymSet *so, PymObject *key, intptr_t hash) {
    pym_incref(key);
restart:;
    size_t mask = so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    SetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                PymObject *startkey = entry->key;
                if (startkey == key) goto found_active;
                if (PYM_STR_CHECK_EXACT(startkey) && PYM_STR_CHECK_EXACT(key)) {
                    if (pym_str_equal(startkey, key)) goto found_active;
                } else if (PYM_INT_CHECK_EXACT(startkey) && PYM_INT_CHECK_EXACT(key)) {
                    if (pym_int_compare(startkey, key) == 0) goto found_active; /* runs no code */
                } else {
                    SetEntry *table = so->table;
                    pym_incref(startkey);
                    int cmp = pym_object_richcompare_bool(startkey, key, PYM_EQ);
                    PYM_DECREF(startkey);
                    if (cmp > 0) goto found_active;
                    if (cmp < 0) {
                        PYM_DECREF(key);
                        return -1;
                    }
                    if (table != so->table || entry->key != startkey) goto restart;
                    mask = so->mask;
                }
            } else if (entry->hash == -1 && freeslot == NULL) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    PYM_DECREF(key);
    return 0;
}

/* set_add_entry for a table without dummies and a key known to be absent
** (results of the algebra filled from another set's distinct keys): the same
** slot, no comparisons.  key is borrowed. */
static int set_add_clean(PymSet *so, PymObject *key, intptr_t hash) {
    set_insert_clean(so->table, so->mask, pym_newref(key), hash);
    so->fill++;
    so->used++;
    if ((size_t)so->fill * 5 < (size_t)so->mask * 3) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static int set_add_key(PymSet *so, PymObject *key) {
    intptr_t h = obj_hash(key);
    if (h == -1) return -1;
    return set_add_entry(so, key, h);
}

/* 1 removed, 0 absent, -1 error */
static int set_discard_entry(PymSet *so, PymObject *key, intptr_t hash) {
    SetEntry *e;
    if (set_lookkey(so, key, hash, &e) < 0) return -1;
    if (!e) return 0;
    PymObject *old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    PYM_DECREF(old);
    return 1;
}

static inline int set_contains_entry(PymSet *so, PymObject *key, intptr_t hash) {
    SetEntry *e = set_probe_identity(so, key, hash);
    if (e != SET_PROBE_SLOW) return e != NULL;
    if (set_lookkey(so, key, hash, &e) < 0) return -1;
    return e != NULL;
}

static int set_contains_key(PymSet *so, PymObject *key) {
    intptr_t h = obj_hash(key);
    if (h == -1) return -1;
    return set_contains_entry(so, key, h);
}

static void set_clear_internal(PymSet *so) {
    SetEntry *table = so->table;
    intptr_t fill = so->fill, mask = so->mask;
    bool malloced = table != so->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    if (!malloced) {
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
    }
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->table = so->smalltable;
    so->fill = so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->hash = -1;
    so->finger = 0;
    for (intptr_t i = 0; fill > 0 && i <= mask; i++) {
        if (table[i].key) {
            fill--;
            if (table[i].key != DUMMY) PYM_DECREF(table[i].key);
        }
    }
    if (malloced) pym_obj_free(table);
}

/* Iteration over slots: 1 with the entry in *e, 0 at the end. */
static inline int set_next_entry(PymSet *so, intptr_t *pos, SetEntry **e) {
    intptr_t i = *pos, mask = so->mask;
    SetEntry *entry = &so->table[i];
    while (i <= mask && (entry->key == NULL || entry->key == DUMMY)) {
        i++;
        entry++;
    }
    *pos = i + 1;
    if (i > mask) return 0;
    *e = entry;
    return 1;
}

/* A walk that knows how many keys are ahead: *left, counted while no Python
** code ran (so the set cannot have changed), lets it skip empty slots with no
** bound test and stop after the last key instead of at the table's end (a
** 5-key set has 32 slots; a set of ints below 50 in 128 slots fills only the
** low ones).  A caller that lets code run sets *left to -1: from then on the
** bounded set_next_entry walk.  1 with the entry in *e, 0 at the end. */
static inline int set_walk(PymSet *so, intptr_t *pos, intptr_t *left, SetEntry **e) {
    if (*left > 0) {
        SetEntry *p = so->table + *pos;
        for (;; p++) {
            while (p->key == NULL) p++;
            if (p->key != DUMMY) break;
        }
        (*left)--;
        *pos = p - so->table + 1;
        *e = p;
        return 1;
    }
    if (*left == 0) return 0;
    return set_next_entry(so, pos, e);
}

static int set_merge(PymSet *so, PymSet *other) {
    if (other == so || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (set_table_resize(so, (so->used + other->used) * 2) < 0) return -1;
    }
    SetEntry *dst = so->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        /* no code runs: the walk stops after other's last key */
        intptr_t pos = 0, left = other->used;
        SetEntry *e;
        while (set_walk(other, &pos, &left, &e)) {
            dst[pos - 1].key = pym_newref(e->key);
            dst[pos - 1].hash = e->hash;
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        intptr_t pos = 0, left = other->used;
        SetEntry *e;
        while (set_walk(other, &pos, &left, &e))
            set_insert_clean(dst, so->mask, pym_newref(e->key), e->hash);
        return 0;
    }
    for (intptr_t i = 0; i <= other->mask; i++) {
        PymObject *key = other->table[i].key;
        if (key && key != DUMMY && set_add_entry(so, key, other->table[i].hash) < 0) return -1;
    }
    return 0;
}

/* set_update_internal's sink, for an iterator with tp_iterdrain (a generator). */
typedef struct SetSink {
    PymIterSink base;
    PymSet *set;
} SetSink;
static int set_sink_put(PymIterSink *s, PymObject *key) {
    int r = set_add_key(((SetSink *)s)->set, key);
    PYM_DECREF(key);
    return r < 0 ? -1 : 0;
}

static int set_update_internal(PymSet *so, PymObject *other) {
    if (PYM_ANYSET_CHECK(other)) return set_merge(so, SO(other));
    if (PYM_DICT_CHECK_EXACT(other)) {
        intptr_t dictsize = pym_dict_size(other);
        if ((so->fill + dictsize) * 5 >= so->mask * 3) {
            if (set_table_resize(so, (so->used + dictsize) * 2) < 0) return -1;
        }
        intptr_t pos = 0;
        PymObject *key;
        while (pym_dict_next(other, &pos, &key, NULL))
            if (set_add_key(so, key) < 0) return -1;
        return 0;
    }
    PymObject *it = pym_object_getiter(other);
    if (!it) return -1;
    if (PYM_TYPE(it)->tp_iterdrain) { /* a generator: its items added at its yields */
        SetSink ss = {.base = {.put = set_sink_put}, .set = so};
        int rc = PYM_TYPE(it)->tp_iterdrain(it, &ss.base);
        PYM_DECREF(it);
        return rc < 0 ? -1 : 0;
    }
    PymObject *key;
    while ((key = pym_iter_next(it)) != NULL) {
        int r = set_add_key(so, key);
        PYM_DECREF(key);
        if (r < 0) {
            PYM_DECREF(it);
            return -1;
        }
    }
    PYM_DECREF(it);
    return pym_err_occurred() ? -1 : 0;
}

/* {====== construction ======} */

static PymObject *make_new_set(PymType *type, PymObject *iterable) {
    PymSet *so = (PymSet *)pym_object_alloc(type, 0);
    if (!so) return NULL;
    so->fill = so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    so->weakreflist = NULL;
    pym_gc_track((PymObject *)so);
    if (iterable && set_update_internal(so, iterable) < 0) {
        PYM_DECREF(so);
        return NULL;
    }
    return (PymObject *)so;
}

/* A set or frozenset (never a subclass) of type's base kind. */
static PymObject *make_new_set_basetype(PymType *type, PymObject *iterable) {
    if (type != &pym_type_set && type != &pym_type_frozenset)
        type = pym_type_is_subtype(type, &pym_type_set) ? &pym_type_set : &pym_type_frozenset;
    return make_new_set(type, iterable);
}

PymObject *pym_set_new(PymObject *iterable) { return make_new_set(&pym_type_set, iterable); }
PymObject *pym_frozenset_new(PymObject *iterable) {
    return make_new_set(&pym_type_frozenset, iterable);
}

int pym_set_add(PymObject *s, PymObject *key) { return set_add_key(SO(s), key); }

int pym_set_discard(PymObject *s, PymObject *key) {
    intptr_t h = obj_hash(key);
    if (h == -1) return -1;
    return set_discard_entry(SO(s), key, h);
}

int pym_set_contains(PymObject *s, PymObject *key) { return set_contains_key(SO(s), key); }
intptr_t pym_set_size(PymObject *s) { return SO(s)->used; }
int pym_set_update(PymObject *s, PymObject *iterable) {
    return set_update_internal(SO(s), iterable);
}

int pym_set_next(PymObject *s, intptr_t *pos, PymObject **key, intptr_t *hash) {
    SetEntry *e;
    if (!set_next_entry(SO(s), pos, &e)) return 0;
    *key = e->key;
    if (hash) *hash = e->hash;
    return 1;
}

intptr_t pym_set_next_keys(PymObject *s, intptr_t *pos, intptr_t *left, PymObject **buf,
                           intptr_t cap) {
    intptr_t n = 0;
    SetEntry *e;
    while (n < cap && set_walk(SO(s), pos, left, &e)) buf[n++] = e->key;
    return n;
}

static PymObject *set_copy(PymObject *so) { return make_new_set_basetype(PYM_TYPE(so), so); }

/* {====== algebra ======} */

static PymObject *set_intersection(PymSet *so, PymObject *other) {
    if ((PymObject *)so == other) return set_copy(other);
    PymObject *result = make_new_set_basetype(PYM_TYPE(so), NULL);
    if (!result) return NULL;
    if (PYM_ANYSET_CHECK(other)) {
        PymSet *a = so, *b = SO(other);
        if (b->used > a->used) {
            PymSet *t = a;
            a = b;
            b = t;
        }
        intptr_t pos = 0, left = b->used;
        SetEntry *e;
        while (set_walk(b, &pos, &left, &e)) {
            SetEntry *found = set_probe_identity(a, e->key, e->hash);
            if (found == NULL) continue;
            if (found != SET_PROBE_SLOW) { /* no Python code ran */
                if (set_add_clean(SO(result), e->key, e->hash) < 0) {
                    PYM_DECREF(result);
                    return NULL;
                }
                continue;
            }
            left = -1; /* code may run and change b: walk to the table's end */
            PymObject *key = pym_newref(e->key);
            intptr_t hash = e->hash;
            int rv = set_contains_entry(a, key, hash);
            if (rv > 0) rv = set_add_entry(SO(result), key, hash);
            PYM_DECREF(key);
            if (rv < 0) {
                PYM_DECREF(result);
                return NULL;
            }
        }
        return result;
    }
    PymObject *it = pym_object_getiter(other);
    if (!it) {
        PYM_DECREF(result);
        return NULL;
    }
    PymObject *key;
    while ((key = pym_iter_next(it)) != NULL) {
        intptr_t hash = obj_hash(key);
        int rv = hash == -1 ? -1 : set_contains_entry(so, key, hash);
        if (rv > 0) rv = set_add_entry(SO(result), key, hash);
        PYM_DECREF(key);
        if (rv < 0) {
            PYM_DECREF(it);
            PYM_DECREF(result);
            return NULL;
        }
    }
    PYM_DECREF(it);
    if (pym_err_occurred()) {
        PYM_DECREF(result);
        return NULL;
    }
    return result;
}

static int set_difference_update_internal(PymSet *so, PymObject *other) {
    if ((PymObject *)so == other) {
        set_clear_internal(so);
        return 0;
    }
    if (PYM_ANYSET_CHECK(other)) {
        intptr_t pos = 0, left = SO(other)->used;
        SetEntry *e;
        while (set_walk(SO(other), &pos, &left, &e)) {
            SetEntry *found = set_probe_identity(so, e->key, e->hash);
            if (found == NULL) continue;
            if (found != SET_PROBE_SLOW) {
                /* found->key is e->key (other holds it) or an equal compact
                ** int: dropping it runs no code */
                PymObject *old = found->key;
                found->key = DUMMY;
                found->hash = -1;
                so->used--;
                PYM_DECREF(old);
                continue;
            }
            left = -1; /* code may run and change other: walk to the table's end */
            PymObject *key = pym_newref(e->key);
            int rv = set_discard_entry(so, key, e->hash);
            PYM_DECREF(key);
            if (rv < 0) return -1;
        }
    } else {
        PymObject *it = pym_object_getiter(other);
        if (!it) return -1;
        PymObject *key;
        while ((key = pym_iter_next(it)) != NULL) {
            intptr_t h = obj_hash(key);
            int rv = h == -1 ? -1 : set_discard_entry(so, key, h);
            PYM_DECREF(key);
            if (rv < 0) {
                PYM_DECREF(it);
                return -1;
            }
        }
        PYM_DECREF(it);
        if (pym_err_occurred()) return -1;
    }
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static PymObject *set_copy_and_difference(PymSet *so, PymObject *other) {
    PymObject *result = set_copy((PymObject *)so);
    if (!result) return NULL;
    if (set_difference_update_internal(SO(result), other) < 0) {
        PYM_DECREF(result);
        return NULL;
    }
    return result;
}

static PymObject *set_difference(PymSet *so, PymObject *other) {
    intptr_t other_size;
    if (PYM_ANYSET_CHECK(other))
        other_size = SO(other)->used;
    else if (PYM_DICT_CHECK_EXACT(other))
        other_size = pym_dict_size(other);
    else
        return set_copy_and_difference(so, other);
    if ((so->used >> 2) > other_size) return set_copy_and_difference(so, other);
    PymObject *result = make_new_set_basetype(PYM_TYPE(so), NULL);
    if (!result) return NULL;
    bool other_is_set = PYM_ANYSET_CHECK(other);
    intptr_t pos = 0, left = so->used;
    SetEntry *e;
    while (set_walk(so, &pos, &left, &e)) {
        if (other_is_set) { /* no Python code runs unless the probe needs equality */
            SetEntry *found = set_probe_identity(SO(other), e->key, e->hash);
            if (found == NULL) {
                if (set_add_clean(SO(result), e->key, e->hash) < 0) goto fail;
                continue;
            }
            if (found != SET_PROBE_SLOW) continue;
        }
        left = -1; /* code may run and change so: walk to the table's end */
        PymObject *key = pym_newref(e->key);
        intptr_t hash = e->hash;
        int rv;
        if (other_is_set) {
            rv = set_contains_entry(SO(other), key, hash);
        } else {
            PymObject *v = pym_dict_getitem_hash(other, key, hash);
            rv = v ? 1 : (pym_err_occurred() ? -1 : 0);
        }
        if (rv == 0) rv = set_add_entry(SO(result), key, hash);
        PYM_DECREF(key);
        if (rv < 0) goto fail;
    }
    return result;
fail:
    PYM_DECREF(result);
    return NULL;
}

static int set_symmetric_difference_update_internal(PymSet *so, PymObject *other) {
    if ((PymObject *)so == other) {
        set_clear_internal(so);
        return 0;
    }
    PymObject *otherset;
    if (PYM_ANYSET_CHECK(other))
        otherset = pym_newref(other);
    else {
        otherset = make_new_set_basetype(PYM_TYPE(so), other);
        if (!otherset) return -1;
    }
    intptr_t pos = 0;
    SetEntry *e;
    while (set_next_entry(SO(otherset), &pos, &e)) {
        PymObject *key = pym_newref(e->key);
        intptr_t hash = e->hash;
        int rv = set_discard_entry(so, key, hash);
        if (rv == 0) rv = set_add_entry(so, key, hash);
        PYM_DECREF(key);
        if (rv < 0) {
            PYM_DECREF(otherset);
            return -1;
        }
    }
    PYM_DECREF(otherset);
    return 0;
}

static PymObject *set_symmetric_difference(PymSet *so, PymObject *other) {
    PymObject *result = make_new_set_basetype(PYM_TYPE(so), other);
    if (!result) return NULL;
    if (set_symmetric_difference_update_internal(SO(result), (PymObject *)so) < 0) {
        PYM_DECREF(result);
        return NULL;
    }
    return result;
}

/* Exchanges the contents of a and b (for intersection_update). */
static void set_swap_bodies(PymSet *a, PymSet *b) {
    intptr_t t;
    SetEntry tab[SET_MINSIZE];
    t = a->fill;
    a->fill = b->fill;
    b->fill = t;
    t = a->used;
    a->used = b->used;
    b->used = t;
    t = a->mask;
    a->mask = b->mask;
    b->mask = t;
    SetEntry *u = a->table;
    bool a_small = a->table == a->smalltable, b_small = b->table == b->smalltable;
    a->table = b_small ? a->smalltable : b->table;
    b->table = a_small ? b->smalltable : u;
    memcpy(tab, a->smalltable, sizeof(tab));
    memcpy(a->smalltable, b->smalltable, sizeof(tab));
    memcpy(b->smalltable, tab, sizeof(tab));
    t = a->hash;
    a->hash = b->hash;
    b->hash = t;
}

/* 1 if every element of so is in other (a set), walking so (set_walk). */
static int set_issubset_internal(PymSet *so, PymSet *other) {
    if (so->used > other->used) return 0;
    intptr_t pos = 0, left = so->used;
    SetEntry *e;
    while (set_walk(so, &pos, &left, &e)) {
        SetEntry *found = set_probe_identity(other, e->key, e->hash);
        if (found == SET_PROBE_SLOW) { /* an equality test may drop e->key */
            left = -1;
            PymObject *key = pym_newref(e->key);
            int rv = set_lookkey_slow(other, key, e->hash, &found);
            PYM_DECREF(key);
            if (rv < 0) return -1;
        }
        if (!found) return 0;
    }
    return 1;
}

/* {====== slots ======} */

static void set_dealloc(PymObject *o) {
    PymSet *so = SO(o);
    pym_gc_untrack(o);
    if (!pym_trashcan_begin(o)) return;
    if (so->weakreflist) pym_object_clear_weakrefs(o);
    intptr_t pos = 0, left = so->used; /* no one else sees so any more */
    SetEntry *e;
    while (set_walk(so, &pos, &left, &e)) PYM_DECREF(e->key);
    if (so->table != so->smalltable) pym_obj_free(so->table);
    PYM_TYPE(o)->tp_free(o);
    pym_trashcan_end();
}

static int set_traverse(PymObject *o, visitproc visit, void *arg) {
    PymSet *so = SO(o);
    intptr_t pos = 0, left = so->used;
    SetEntry *e;
    while (set_walk(so, &pos, &left, &e)) PYM_VISIT(e->key);
    return 0;
}

static int set_tp_clear(PymObject *o) {
    set_clear_internal(SO(o));
    return 0;
}

static PymObject *set_repr(PymObject *o) {
    const char *name = pym_type_name(o);
    if (SO(o)->used == 0) return pym_str_from_format("%s()", name);
    int r = pym_repr_enter(o);
    if (r != 0) return r > 0 ? pym_str_from_format("%s(...)", name) : NULL;
    PymStrBuilder sb;
    pym_sb_init(&sb);
    bool exact = PYM_TYPE(o) == &pym_type_set;
    if (!exact) {
        pym_sb_append_cstr(&sb, name);
        pym_sb_append_cstr(&sb, "(");
    }
    pym_sb_append_cstr(&sb, "{");
    PymObject *keys = pym_list_from_iter(o);
    if (!keys) goto fail;
    for (intptr_t i = 0; i < PYM_SIZE(keys); i++) {
        if (i) pym_sb_append_cstr(&sb, ", ");
        if (pym_sb_append_obj_repr(&sb, PYM_LIST_GET(keys, i)) < 0) {
            PYM_DECREF(keys);
            goto fail;
        }
    }
    PYM_DECREF(keys);
    pym_sb_append_cstr(&sb, exact ? "}" : "})");
    pym_repr_leave(o);
    return pym_sb_finish(&sb);
fail:
    pym_sb_discard(&sb);
    pym_repr_leave(o);
    return NULL;
}

static intptr_t set_len(PymObject *o) { return SO(o)->used; }

/* key in so, with a set key looked up as the equal frozenset. */
static int set_contains_slot(PymObject *o, PymObject *key) {
    int rv = set_contains_key(SO(o), key);
    if (rv < 0 && PYM_SET_CHECK(key) && pym_err_matches((PymObject *)PymExc_TypeError)) {
        pym_err_clear();
        PymObject *tmp = make_new_set(&pym_type_frozenset, key);
        if (!tmp) return -1;
        rv = set_contains_key(SO(o), tmp);
        PYM_DECREF(tmp);
    }
    return rv;
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

static intptr_t frozenset_hash(PymObject *o) {
    PymSet *so = SO(o);
    if (so->hash != -1) return so->hash;
    uint64_t hash = 0;
    for (intptr_t i = 0; i <= so->mask; i++) hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    so->hash = (intptr_t)hash;
    return so->hash;
}

/* v op w for two sets or frozensets: 1/0, -1 on error. */
int pym_set_compare(PymObject *v, PymObject *w, int op) {
    PymSet *a = SO(v), *b = SO(w);
    int r;
    switch (op) {
    case PYM_EQ:
    case PYM_NE:
        if (a->used != b->used)
            r = 0;
        else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
            r = 0;
        else
            r = set_issubset_internal(a, b);
        if (r >= 0 && op == PYM_NE) r = !r;
        break;
    case PYM_LE: r = set_issubset_internal(a, b); break;
    case PYM_GE: r = set_issubset_internal(b, a); break;
    case PYM_LT: r = a->used < b->used ? set_issubset_internal(a, b) : 0; break;
    default: r = a->used > b->used ? set_issubset_internal(b, a) : 0; break;
    }
    return r;
}

static PymObject *set_richcompare(PymObject *v, PymObject *w, int op) {
    if (!PYM_ANYSET_CHECK(w)) PYM_RETURN_NOTIMPL;
    int r = pym_set_compare(v, w, op);
    if (r < 0) return NULL;
    return pym_bool_from(r);
}

static PymObject *set_or(PymObject *a, PymObject *b) {
    if (!PYM_ANYSET_CHECK(a) || !PYM_ANYSET_CHECK(b)) PYM_RETURN_NOTIMPL;
    PymObject *r = set_copy(a);
    if (!r) return NULL;
    if ((PymObject *)a == b) return r;
    if (set_update_internal(SO(r), b) < 0) {
        PYM_DECREF(r);
        return NULL;
    }
    return r;
}

static PymObject *set_and(PymObject *a, PymObject *b) {
    if (!PYM_ANYSET_CHECK(a) || !PYM_ANYSET_CHECK(b)) PYM_RETURN_NOTIMPL;
    return set_intersection(SO(a), b);
}

static PymObject *set_sub(PymObject *a, PymObject *b) {
    if (!PYM_ANYSET_CHECK(a) || !PYM_ANYSET_CHECK(b)) PYM_RETURN_NOTIMPL;
    return set_difference(SO(a), b);
}

static PymObject *set_xor(PymObject *a, PymObject *b) {
    if (!PYM_ANYSET_CHECK(a) || !PYM_ANYSET_CHECK(b)) PYM_RETURN_NOTIMPL;
    return set_symmetric_difference(SO(a), b);
}

static PymObject *set_ior(PymObject *a, PymObject *b) {
    if (!PYM_SET_CHECK(a) || !PYM_ANYSET_CHECK(b)) PYM_RETURN_NOTIMPL;
    if (set_update_internal(SO(a), b) < 0) return NULL;
    return pym_newref(a);
}

static PymObject *set_iand(PymObject *a, PymObject *b) {
    if (!PYM_SET_CHECK(a) || !PYM_ANYSET_CHECK(b)) PYM_RETURN_NOTIMPL;
    PymObject *t = set_intersection(SO(a), b);
    if (!t) return NULL;
    set_swap_bodies(SO(a), SO(t));
    PYM_DECREF(t);
    return pym_newref(a);
}

static PymObject *set_isub(PymObject *a, PymObject *b) {
    if (!PYM_SET_CHECK(a) || !PYM_ANYSET_CHECK(b)) PYM_RETURN_NOTIMPL;
    if (set_difference_update_internal(SO(a), b) < 0) return NULL;
    return pym_newref(a);
}

static PymObject *set_ixor(PymObject *a, PymObject *b) {
    if (!PYM_SET_CHECK(a) || !PYM_ANYSET_CHECK(b)) PYM_RETURN_NOTIMPL;
    if (set_symmetric_difference_update_internal(SO(a), b) < 0) return NULL;
    return pym_newref(a);
}

/* {====== methods ======} */

#define NOARGS(name) \
    if (pym_arg_count(name, nargs, kwnames, 0, 0) < 0) return NULL
#define ONEARG(name) \
    if (pym_arg_count(name, nargs, kwnames, 1, 1) < 0) return NULL

static PymObject *sm_add(PymObject *self, PymObject *const *args, size_t nargs,
                         PymObject *kwnames) {
    ONEARG("add");
    if (set_add_key(SO(self), args[0]) < 0) return NULL;
    PYM_RETURN_NONE;
}

/* discard/remove: 1 removed, 0 absent, -1 error (a set key becomes a frozenset). */
static int discard_key(PymObject *self, PymObject *key) {
    int rv = pym_set_discard(self, key);
    if (rv < 0 && PYM_SET_CHECK(key) && pym_err_matches((PymObject *)PymExc_TypeError)) {
        pym_err_clear();
        PymObject *tmp = make_new_set(&pym_type_frozenset, key);
        if (!tmp) return -1;
        rv = pym_set_discard(self, tmp);
        PYM_DECREF(tmp);
    }
    return rv;
}

static PymObject *sm_discard(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    ONEARG("discard");
    if (discard_key(self, args[0]) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *sm_remove(PymObject *self, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    ONEARG("remove");
    int rv = discard_key(self, args[0]);
    if (rv < 0) return NULL;
    if (rv == 0) {
        PymObject *exc = pym_exc_new(PymExc_KeyError, args, 1);
        if (exc) pym_err_set_exc(exc);
        return NULL;
    }
    PYM_RETURN_NONE;
}

static PymObject *sm_pop(PymObject *self, PymObject *const *args, size_t nargs,
                         PymObject *kwnames) {
    NOARGS("pop");
    PymSet *so = SO(self);
    if (so->used == 0) {
        pym_err_set_string(PymExc_KeyError, "pop from an empty set");
        return NULL;
    }
    SetEntry *entry = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (entry->key == NULL || entry->key == DUMMY) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    PymObject *key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

static PymObject *sm_clear(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    NOARGS("clear");
    set_clear_internal(SO(self));
    PYM_RETURN_NONE;
}

static PymObject *sm_copy(PymObject *self, PymObject *const *args, size_t nargs,
                          PymObject *kwnames) {
    NOARGS("copy");
    return set_copy(self);
}

static PymObject *fm_copy(PymObject *self, PymObject *const *args, size_t nargs,
                          PymObject *kwnames) {
    NOARGS("copy");
    if (PYM_TYPE(self) == &pym_type_frozenset) return pym_newref(self);
    return set_copy(self);
}

static PymObject *sm_update(PymObject *self, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    if (pym_arg_no_kwargs("set.update", kwnames) < 0) return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (set_update_internal(SO(self), args[i]) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *sm_union(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    if (pym_arg_no_kwargs("union", kwnames) < 0) return NULL;
    PymObject *r = set_copy(self);
    if (!r) return NULL;
    for (size_t i = 0; i < nargs; i++) {
        if (args[i] == self) continue;
        if (set_update_internal(SO(r), args[i]) < 0) {
            PYM_DECREF(r);
            return NULL;
        }
    }
    return r;
}

static PymObject *sm_intersection(PymObject *self, PymObject *const *args, size_t nargs,
                                  PymObject *kwnames) {
    if (pym_arg_no_kwargs("intersection", kwnames) < 0) return NULL;
    if (nargs == 0) return set_copy(self);
    PymObject *r = pym_newref(self);
    for (size_t i = 0; i < nargs; i++) {
        PymObject *n = set_intersection(SO(r), args[i]);
        PYM_DECREF(r);
        if (!n) return NULL;
        r = n;
    }
    return r;
}

static PymObject *sm_intersection_update(PymObject *self, PymObject *const *args, size_t nargs,
                                         PymObject *kwnames) {
    PymObject *t = sm_intersection(self, args, nargs, kwnames);
    if (!t) return NULL;
    set_swap_bodies(SO(self), SO(t));
    PYM_DECREF(t);
    PYM_RETURN_NONE;
}

static PymObject *sm_difference(PymObject *self, PymObject *const *args, size_t nargs,
                                PymObject *kwnames) {
    if (pym_arg_no_kwargs("difference", kwnames) < 0) return NULL;
    if (nargs == 0) return set_copy(self);
    PymObject *r = set_difference(SO(self), args[0]);
    if (!r) return NULL;
    for (size_t i = 1; i < nargs; i++) {
        if (set_difference_update_internal(SO(r), args[i]) < 0) {
            PYM_DECREF(r);
            return NULL;
        }
    }
    return r;
}

static PymObject *sm_difference_update(PymObject *self, PymObject *const *args, size_t nargs,
                                       PymObject *kwnames) {
    if (pym_arg_no_kwargs("difference_update", kwnames) < 0) return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (set_difference_update_internal(SO(self), args[i]) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *sm_symmetric_difference(PymObject *self, PymObject *const *args, size_t nargs,
                                          PymObject *kwnames) {
    ONEARG("symmetric_difference");
    return set_symmetric_difference(SO(self), args[0]);
}

static PymObject *sm_symmetric_difference_update(PymObject *self, PymObject *const *args,
                                                 size_t nargs, PymObject *kwnames) {
    ONEARG("symmetric_difference_update");
    if (set_symmetric_difference_update_internal(SO(self), args[0]) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *sm_issubset(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    ONEARG("issubset");
    if (!PYM_ANYSET_CHECK(args[0])) {
        PymObject *tmp = make_new_set(&pym_type_set, args[0]);
        if (!tmp) return NULL;
        int r = set_issubset_internal(SO(self), SO(tmp));
        PYM_DECREF(tmp);
        return r < 0 ? NULL : pym_bool_from(r);
    }
    int r = set_issubset_internal(SO(self), SO(args[0]));
    return r < 0 ? NULL : pym_bool_from(r);
}

static PymObject *sm_issuperset(PymObject *self, PymObject *const *args, size_t nargs,
                                PymObject *kwnames) {
    ONEARG("issuperset");
    if (PYM_ANYSET_CHECK(args[0])) {
        int r = set_issubset_internal(SO(args[0]), SO(self));
        return r < 0 ? NULL : pym_bool_from(r);
    }
    PymObject *it = pym_object_getiter(args[0]);
    if (!it) return NULL;
    PymObject *key;
    while ((key = pym_iter_next(it)) != NULL) {
        int rv = set_contains_key(SO(self), key);
        PYM_DECREF(key);
        if (rv <= 0) {
            PYM_DECREF(it);
            return rv < 0 ? NULL : pym_bool_from(0);
        }
    }
    PYM_DECREF(it);
    if (pym_err_occurred()) return NULL;
    PYM_RETURN_TRUE;
}

static PymObject *sm_isdisjoint(PymObject *self, PymObject *const *args, size_t nargs,
                                PymObject *kwnames) {
    ONEARG("isdisjoint");
    PymObject *other = args[0];
    if (PYM_ANYSET_CHECK(other)) {
        PymSet *a = SO(self), *b = SO(other);
        if (b->used > a->used) {
            PymSet *t = a;
            a = b;
            b = t;
        }
        intptr_t pos = 0;
        SetEntry *e;
        while (set_next_entry(b, &pos, &e)) {
            PymObject *key = pym_newref(e->key);
            int rv = set_contains_entry(a, key, e->hash);
            PYM_DECREF(key);
            if (rv < 0) return NULL;
            if (rv) PYM_RETURN_FALSE;
        }
        PYM_RETURN_TRUE;
    }
    PymObject *it = pym_object_getiter(other);
    if (!it) return NULL;
    PymObject *key;
    while ((key = pym_iter_next(it)) != NULL) {
        int rv = set_contains_key(SO(self), key);
        PYM_DECREF(key);
        if (rv != 0) {
            PYM_DECREF(it);
            return rv < 0 ? NULL : pym_bool_from(0);
        }
    }
    PYM_DECREF(it);
    if (pym_err_occurred()) return NULL;
    PYM_RETURN_TRUE;
}

static PymObject *sm_sizeof(PymObject *self, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    NOARGS("__sizeof__");
    PymSet *so = SO(self);
    /* a subclass's dict pointers count as pre-header (sys.getsizeof) */
    intptr_t size = PYM_TYPE(self)->tp_basicsize - pym_object_preheader_extra(PYM_TYPE(self));
    if (so->table != so->smalltable) size += (so->mask + 1) * (intptr_t)sizeof(SetEntry);
    return pym_int_from_ssize(size);
}

static PymObject *sm_reduce(PymObject *self, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    PymObject *keys = pym_list_from_iter(self);
    if (!keys) return NULL;
    PymObject *a = pym_tuple_pack(1, keys);
    PYM_DECREF(keys);
    if (!a) return NULL;
    PymObject *res = pym_tuple_pack(3, (PymObject *)PYM_TYPE(self), a, pym_None);
    PYM_DECREF(a);
    return res;
}

static PymMethodDef set_methods[] = {
    {"__class_getitem__", pym_generic_alias_class_getitem, PYM_METH_CLASS, "See PEP 585"},
    {"add", sm_add, 0, NULL},
    {"clear", sm_clear, 0, NULL},
    {"copy", sm_copy, 0, NULL},
    {"discard", sm_discard, 0, NULL},
    {"difference", sm_difference, 0, NULL},
    {"difference_update", sm_difference_update, 0, NULL},
    {"intersection", sm_intersection, 0, NULL},
    {"intersection_update", sm_intersection_update, 0, NULL},
    {"isdisjoint", sm_isdisjoint, 0, NULL},
    {"issubset", sm_issubset, 0, NULL},
    {"issuperset", sm_issuperset, 0, NULL},
    {"pop", sm_pop, 0, NULL},
    {"remove", sm_remove, 0, NULL},
    {"symmetric_difference", sm_symmetric_difference, 0, NULL},
    {"symmetric_difference_update", sm_symmetric_difference_update, 0, NULL},
    {"union", sm_union, 0, NULL},
    {"update", sm_update, 0, NULL},
    {"__sizeof__", sm_sizeof, 0, NULL},
    {"__reduce__", sm_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PymMethodDef frozenset_methods[] = {
    {"__class_getitem__", pym_generic_alias_class_getitem, PYM_METH_CLASS, "See PEP 585"},
    {"copy", fm_copy, 0, NULL},
    {"difference", sm_difference, 0, NULL},
    {"intersection", sm_intersection, 0, NULL},
    {"isdisjoint", sm_isdisjoint, 0, NULL},
    {"issubset", sm_issubset, 0, NULL},
    {"issuperset", sm_issuperset, 0, NULL},
    {"symmetric_difference", sm_symmetric_difference, 0, NULL},
    {"union", sm_union, 0, NULL},
    {"__sizeof__", sm_sizeof, 0, NULL},
    {"__reduce__", sm_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PymObject *set_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    if (type == &pym_type_set && pym_arg_no_kwargs("set", kwnames) < 0) return NULL;
    return make_new_set(type, NULL);
}

static int set_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    if (PYM_TYPE(self) == &pym_type_set && pym_arg_no_kwargs("set", kwnames) < 0) return -1;
    if (pym_arg_count("set", nargs, NULL, 0, 1) < 0) return -1;
    if (SO(self)->fill) set_clear_internal(SO(self));
    SO(self)->hash = -1;
    if (nargs == 0) return 0;
    return set_update_internal(SO(self), args[0]);
}

static PymObject *frozenset_new(PymType *type, PymObject *const *args, size_t nargs,
                                PymObject *kwnames) {
    if (type == &pym_type_frozenset && pym_arg_no_kwargs("frozenset", kwnames) < 0) return NULL;
    if (pym_arg_count("frozenset", nargs, NULL, 0, 1) < 0) return NULL;
    if (type == &pym_type_frozenset && nargs == 1 && PYM_TYPE(args[0]) == &pym_type_frozenset)
        return pym_newref(args[0]);
    return make_new_set(type, nargs ? args[0] : NULL);
}

/* {====== iterator ======} */

typedef struct {
    PymObject ob_base;
    PymObject *si_set; /* NULL when exhausted */
    intptr_t si_used;
    intptr_t si_pos;
    intptr_t len;
} SetIter;

static PymObject *set_iter(PymObject *o) {
    SetIter *si = (SetIter *)pym_object_alloc(&pym_type_set_iter, 0);
    if (!si) return NULL;
    si->si_set = pym_newref(o);
    si->si_used = SO(o)->used;
    si->si_pos = 0;
    si->len = SO(o)->used;
    pym_gc_track((PymObject *)si);
    return (PymObject *)si;
}

static void setiter_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    PYM_XDECREF(((SetIter *)o)->si_set);
    PYM_TYPE(o)->tp_free(o);
}

static int setiter_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((SetIter *)o)->si_set);
    return 0;
}

static int setiter_clear(PymObject *o) {
    PYM_CLEAR(((SetIter *)o)->si_set);
    return 0;
}

static PymObject *setiter_next(PymObject *o) {
    SetIter *si = (SetIter *)o;
    if (!si->si_set) return NULL;
    PymSet *so = SO(si->si_set);
    if (si->si_used != so->used) {
        pym_err_set_string(PymExc_RuntimeError, "Set changed size during iteration");
        si->si_used = -1;
        return NULL;
    }
    intptr_t i = si->si_pos;
    while (i <= so->mask && (so->table[i].key == NULL || so->table[i].key == DUMMY)) i++;
    si->si_pos = i + 1;
    if (i > so->mask) {
        PYM_CLEAR(si->si_set);
        return NULL;
    }
    si->len--;
    return pym_newref(so->table[i].key);
}

static PymObject *iter_self(PymObject *o) { return pym_newref(o); }

static PymObject *setiter_length_hint(PymObject *self, PymObject *const *args, size_t nargs,
                                      PymObject *kwnames) {
    SetIter *si = (SetIter *)self;
    intptr_t n = si->si_set && si->si_used == SO(si->si_set)->used ? si->len : 0;
    return pym_int_from_ssize(n);
}

static PymMethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PymType pym_type_set_iter = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "set_iterator",
    .tp_basicsize = sizeof(SetIter),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = setiter_dealloc,
    .tp_traverse = setiter_traverse,
    .tp_clear = setiter_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = iter_self,
    .tp_iternext = setiter_next,
    .tp_methods = setiter_methods,
    .tp_free = pym_object_free,
};

PymType pym_type_set = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "set",
    .tp_basicsize = sizeof(PymSet),
    .tp_weaklistoffset = offsetof(PymSet, weakreflist),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = set_dealloc,
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_repr = set_repr,
    .tp_richcompare = set_richcompare,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = set_iter,
    .nb_binop =
        {
            [PYM_NB_OR] = set_or,
            [PYM_NB_AND] = set_and,
            [PYM_NB_SUBTRACT] = set_sub,
            [PYM_NB_XOR] = set_xor,
            [PYM_NB_INPLACE + PYM_NB_OR] = set_ior,
            [PYM_NB_INPLACE + PYM_NB_AND] = set_iand,
            [PYM_NB_INPLACE + PYM_NB_SUBTRACT] = set_isub,
            [PYM_NB_INPLACE + PYM_NB_XOR] = set_ixor,
        },
    .sq_length = set_len,
    .sq_contains = set_contains_slot,
    .tp_methods = set_methods,
    .tp_new = set_new,
    .tp_init = set_init,
    .tp_free = pym_object_free,
    .tp_doc = "set() -> new empty set object",
};

PymType pym_type_frozenset = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "frozenset",
    .tp_basicsize = sizeof(PymSet),
    .tp_weaklistoffset = offsetof(PymSet, weakreflist),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = set_dealloc,
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_repr = set_repr,
    .tp_hash = frozenset_hash,
    .tp_richcompare = set_richcompare,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = set_iter,
    .nb_binop =
        {
            [PYM_NB_OR] = set_or,
            [PYM_NB_AND] = set_and,
            [PYM_NB_SUBTRACT] = set_sub,
            [PYM_NB_XOR] = set_xor,
        },
    .sq_length = set_len,
    .sq_contains = set_contains_slot,
    .tp_methods = frozenset_methods,
    .tp_new = frozenset_new,
    .tp_free = pym_object_free,
    .tp_doc = "frozenset() -> empty frozenset object",
};
