/*
** dictobject.c -- 'dict': a compact, insertion-ordered hash table, its views
** and iterators.
**
** Design.  A dict is a 48-byte object (64 with the GC header) that points at
** a separately allocated *keys object*, laid out as in CPython 3.11 so that
** sys.getsizeof agrees byte for byte:
**
**   +------------------------------+
**   | dk_refcnt                    |  header: 32 bytes
**   | log2_size, log2_index_bytes, |
**   | kind, version                |
**   | dk_usable, dk_nentries       |
**   +------------------------------+
**   | dk_indices[size]             |  the hash table proper: 1, 2, 4 or 8 bytes
**   |                              |  per slot, holding an index into the
**   |                              |  entries, EMPTY (-1) or DUMMY (-2)
**   +------------------------------+
**   | entries[usable]              |  in insertion order: {hash, key, value}
**   |                              |  (24 bytes), or {key, value} (16 bytes)
**   +------------------------------+  when every key is an exact str
**
** The slot width is the smallest integer type that can index 'size' slots
** (1 byte up to 128 slots, 2 up to 2**15, ...).  Only two thirds of the
** slots may be used ("usable"); entries are appended and never moved until
** the next resize, so iteration order is insertion order.  Deleting an item
** turns its slot into DUMMY and clears its entry; the entry is not reused,
** so a table full of deletions is eventually resized.
**
** Probing.  Slot i = hash & mask; on a collision the next slot is
** i = 5*i + 1 + perturb, with perturb starting at the full hash and shifted
** right 5 bits per step.  The recurrence 5*i+1 alone visits every slot of a
** power-of-two table; perturb brings the high hash bits into play early so
** keys that differ only there (ints that are multiples of the size) do not
** all walk the same chain.
**
** Kinds.  A table starts "unicode" when its first key is an exact str: the
** entries then omit the hash (the str caches it), saving 8 bytes an entry.
** The first non-str key converts the table to the general kind with a
** resize.  The empty dict shares one static keys object of size 1 (never
** counted by __sizeof__), so sys.getsizeof({}) is 64 and the first insertion
** allocates a table of 8 slots.
**
** Growth.  When no usable entry is left the table is rebuilt for used*3
** (CPython's GROWTH_RATE), rounded up to a power of two by the same bit
** arithmetic as CPython's calculate_log2_keysize (which gives 16 for any
** request between 1 and 7).  Rebuilding drops deleted entries.
**
** Split tables.  An instance's __dict__, once asked for, is a split table
** as in CPython 3.11 (instattrs.c builds it): ma_keys is a keys object
** shared with the class (names only, values NULL, dk_refcnt counting the
** class and each such dict) and ma_values is the instance's own values array
** (PymInstValues: values by key index plus the insertion order).  Lookups,
** replacing a present value, iteration, len, traversal and __sizeof__ (the
** dict and its values, not the shared keys: 296 bytes for an instance of a
** new class, as CPython) work on the split form; every other operation first
** turns the dict into an ordinary combined one (dict_unsplit).
**
** Equality.  Lookups compare identity first, then the stored hash, then call
** __eq__.  A comparison can run arbitrary code that mutates the dict; when
** the keys object or the entry changed afterwards the lookup restarts.
*/
#include "pym.h"
#include "genericalias.h"

/* PYM_ID without the -Wmisleading-indentation noise */
#define CID(NAME) \
    ({ \
        static PymObject *id_; \
        if (PYM_UNLIKELY(!id_)) { id_ = pym_str_intern_cstr(#NAME); } \
        id_; \
    })

#define DKIX_EMPTY    (-1)
#define DKIX_DUMMY    (-2)
#define DKIX_ERROR    (-3)
#define DK_GENERAL    0
#define DK_UNICODE    1
#define LOG_MINSIZE   3
#define PERTURB_SHIFT 5
#define NO_KEYS_VERSION UINT32_MAX /* dk_version: none given (pym_dict_keys_version) */

typedef struct {
    intptr_t me_hash;
    PymObject *me_key;
    PymObject *me_value;
} DictEntry;
typedef struct {
    PymObject *me_key;
    PymObject *me_value;
} UnicodeEntry;

/* The shared keys of every empty dict: size 1, one EMPTY slot, no entries. */
static struct {
    PymDictKeys k;
    char idx[8];
} empty_keys_struct = {
    {INTPTR_MAX / 2, 0, 0, DK_UNICODE, 1, 0, 0},
    {-1, -1, -1, -1, -1, -1, -1, -1},
};
#define EMPTY_KEYS (&empty_keys_struct.k)

static uint64_t dict_global_version;
#define NEW_VERSION() (++dict_global_version)

#define DK_SIZE(k)         ((intptr_t)1 << (k)->dk_log2_size)
#define DK_MASK(k)         ((size_t)DK_SIZE(k) - 1)
#define DK_IS_UNICODE(k)   ((k)->dk_kind == DK_UNICODE)
#define USABLE_FRACTION(n) (((n) << 1) / 3)

static inline DictEntry *dk_entries(PymDictKeys *k) {
    return (DictEntry *)(k->dk_indices + ((size_t)1 << k->dk_log2_index_bytes));
}
static inline UnicodeEntry *dk_uentries(PymDictKeys *k) {
    return (UnicodeEntry *)(k->dk_indices + ((size_t)1 << k->dk_log2_index_bytes));
}

static inline intptr_t dk_get_index(PymDictKeys *k, size_t i) {
    uint8_t lg = k->dk_log2_size;
    if (lg < 8) return ((int8_t *)k->dk_indices)[i];
    if (lg < 16) return ((int16_t *)k->dk_indices)[i];
    if (lg < 32) return ((int32_t *)k->dk_indices)[i];
    return ((int64_t *)k->dk_indices)[i];
}

static inline void dk_set_index(PymDictKeys *k, size_t i, intptr_t ix) {
    uint8_t lg = k->dk_log2_size;
    if (lg < 8)
        ((int8_t *)k->dk_indices)[i] = (int8_t)ix;
    else if (lg < 16)
        ((int16_t *)k->dk_indices)[i] = (int16_t)ix;
    else if (lg < 32)
        ((int32_t *)k->dk_indices)[i] = (int32_t)ix;
    else
        ((int64_t *)k->dk_indices)[i] = ix;
}

static inline intptr_t str_cached_hash(PymObject *s) { return ((PymStr *)s)->st_hash; }

/* Hash of a key, using the str cache when possible.  -1 on error. */
static inline intptr_t key_hash(PymObject *key) {
    if (PYM_STR_CHECK_EXACT(key)) {
        intptr_t h = str_cached_hash(key);
        if (h != -1) return h;
        return pym_str_hash(key);
    }
    return pym_object_hash(key);
}

/* Tracking (CPython's MAINTAIN_TRACKING).  An exact dict starts untracked
** and is tracked by the collector only once a key or value that could be
** part of a cycle is stored in it; the collector untracks dicts left with
** only atomic contents during full collections (pym_dict_maybe_untrack).
** Subclass instances are always tracked. */
static inline bool may_be_tracked(PymObject *o) {
    return PYM_IS_GC(o) && (!PYM_TUPLE_CHECK_EXACT(o) || PYM_AS_GC(o)->gc_next != 0);
}
static inline void maintain_tracking(PymDict *mp, PymObject *key, PymObject *value) {
    if (!PYM_AS_GC(mp)->gc_next && (may_be_tracked(value) || may_be_tracked(key)))
        pym_gc_track((PymObject *)mp);
}

/* Entry accessors for both kinds; i indexes entries. */
static inline PymObject *ent_key(PymDictKeys *k, intptr_t i) {
    return DK_IS_UNICODE(k) ? dk_uentries(k)[i].me_key : dk_entries(k)[i].me_key;
}
static inline PymObject **ent_value_ptr(PymDictKeys *k, intptr_t i) {
    return DK_IS_UNICODE(k) ? &dk_uentries(k)[i].me_value : &dk_entries(k)[i].me_value;
}
static inline intptr_t ent_hash(PymDictKeys *k, intptr_t i) {
    return DK_IS_UNICODE(k) ? str_cached_hash(dk_uentries(k)[i].me_key) : dk_entries(k)[i].me_hash;
}

/* Bytes held by a keys object of this size and kind. */
static size_t keys_nbytes(uint8_t log2_size, uint8_t log2_index_bytes, int unicode) {
    intptr_t usable = USABLE_FRACTION((intptr_t)1 << log2_size);
    return sizeof(PymDictKeys) + ((size_t)1 << log2_index_bytes) +
           usable * (unicode ? sizeof(UnicodeEntry) : sizeof(DictEntry));
}

/* calculate_log2_keysize of CPython 3.11, bit trick and all. */
static uint8_t calculate_log2_keysize(intptr_t minsize) {
    uint64_t m = (uint64_t)((minsize | 8) - 1) | 7;
    uint8_t bits = 0;
    while (m) {
        bits++;
        m >>= 1;
    }
    return bits;
}

static uint8_t estimate_log2_keysize(intptr_t n) { return calculate_log2_keysize((n * 3 + 1) / 2); }

/* Free list of the smallest str-keyed keys objects (8 slots), as CPython
** 3.11 keeps one: most small dicts (instances' __dict__, kwargs) use one. */
#define KEYS_MAXFREELIST 80
static PymDictKeys *keys_free_list[KEYS_MAXFREELIST];
static int keys_numfree;
static int freelists_held; /* pym_dict_freelists_hold: neither taken from nor given to */

/* A keys object of 2**log2_size slots; extra bytes after its entries (the
** owner pointer of a split table's keys, shared_owner). */
static PymDictKeys *new_keys_object_extra(uint8_t log2_size, int unicode, size_t extra) {
    uint8_t log2_bytes;
    if (log2_size < 8)
        log2_bytes = log2_size;
    else if (log2_size < 16)
        log2_bytes = log2_size + 1;
    else if (log2_size < 32)
        log2_bytes = log2_size + 2;
    else
        log2_bytes = log2_size + 3;
    if (log2_size >= 8 * sizeof(intptr_t) - 4) return pym_err_no_memory();
    size_t nbytes = keys_nbytes(log2_size, log2_bytes, unicode);
    PymDictKeys *k;
    if (log2_size == 3 && unicode && keys_numfree > 0 && !freelists_held) {
        k = keys_free_list[--keys_numfree];
    } else {
        k = pym_obj_malloc(nbytes + extra);
        if (!k) return pym_err_no_memory();
    }
    k->dk_refcnt = 1;
    k->dk_log2_size = log2_size;
    k->dk_log2_index_bytes = log2_bytes;
    k->dk_kind = unicode ? DK_UNICODE : DK_GENERAL;
    k->dk_version = NO_KEYS_VERSION;
    k->dk_usable = USABLE_FRACTION((intptr_t)1 << log2_size);
    k->dk_nentries = 0;
    memset(k->dk_indices, 0xff, (size_t)1 << log2_bytes);
    memset(k->dk_indices + ((size_t)1 << log2_bytes), 0,
           nbytes - sizeof(PymDictKeys) - ((size_t)1 << log2_bytes));
    return k;
}

static PymDictKeys *new_keys_object(uint8_t log2_size, int unicode) {
    return new_keys_object_extra(log2_size, unicode, 0);
}

/* Releases a keys object and (when decref_items) the keys and values it holds. */
static void free_keys_object(PymDictKeys *k, bool decref_items) {
    if (k == EMPTY_KEYS) return;
    if (decref_items) {
        for (intptr_t i = 0, n = k->dk_nentries; i < n; i++) {
            PYM_XDECREF(ent_key(k, i));
            PYM_XDECREF(*ent_value_ptr(k, i));
        }
    }
    if (k->dk_log2_size == 3 && k->dk_kind == DK_UNICODE && keys_numfree < KEYS_MAXFREELIST &&
        !freelists_held)
        keys_free_list[keys_numfree++] = k;
    else
        pym_obj_free(k);
}

/* Slot position holding entry index ix (which must be present). */
static size_t lookdict_index(PymDictKeys *k, intptr_t hash, intptr_t ix) {
    size_t mask = DK_MASK(k), perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        intptr_t x = dk_get_index(k, i);
        if (x == ix) return i;
        if (x == DKIX_EMPTY) return (size_t)-1;
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* First slot that is EMPTY or DUMMY along hash's probe chain. */
static size_t find_empty_slot(PymDictKeys *k, intptr_t hash) {
    size_t mask = DK_MASK(k), perturb = (size_t)hash, i = (size_t)hash & mask;
    while (dk_get_index(k, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Looks key up: returns the entry index (value in *value_addr, borrowed),
** DKIX_EMPTY when absent, DKIX_ERROR on error.  (dict_lookup below is the
** entry point: it inlines the common str-key-in-str-table case.) */
static __attribute__((noinline)) intptr_t
dict_lookup_general(PymDict *mp, PymObject *key, intptr_t hash, PymObject **value_addr) {
restart:;
    PymDictKeys *dk = mp->ma_keys;
    size_t mask = DK_MASK(dk), perturb = (size_t)hash, i = (size_t)hash & mask;
    if (DK_IS_UNICODE(dk) && PYM_STR_CHECK_EXACT(key)) {
        UnicodeEntry *ep0 = dk_uentries(dk);
        for (;;) {
            intptr_t ix = dk_get_index(dk, i);
            if (ix >= 0) {
                PymObject *k = ep0[ix].me_key;
                if (k == key || (str_cached_hash(k) == hash && pym_str_equal(k, key))) {
                    *value_addr = ep0[ix].me_value;
                    return ix;
                }
            } else if (ix == DKIX_EMPTY) {
                *value_addr = NULL;
                return DKIX_EMPTY;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
    }
    for (;;) {
        intptr_t ix = dk_get_index(dk, i);
        if (ix >= 0) {
            PymObject *k = ent_key(dk, ix);
            if (k == key) {
                *value_addr = *ent_value_ptr(dk, ix);
                return ix;
            }
            if (ent_hash(dk, ix) == hash) {
                if (PYM_STR_CHECK_EXACT(k) && PYM_STR_CHECK_EXACT(key)) {
                    if (pym_str_equal(k, key)) {
                        *value_addr = *ent_value_ptr(dk, ix);
                        return ix;
                    }
                } else if (PYM_INT_CHECK_EXACT(k) && PYM_INT_CHECK_EXACT(key)) {
                    if (pym_int_compare(k, key) == 0) { /* runs no code */
                        *value_addr = *ent_value_ptr(dk, ix);
                        return ix;
                    }
                } else {
                    pym_incref(k);
                    int cmp = pym_object_richcompare_bool(k, key, PYM_EQ);
                    bool same = dk == mp->ma_keys && ix < dk->dk_nentries && ent_key(dk, ix) == k;
                    PYM_DECREF(k);
                    if (cmp < 0) {
                        *value_addr = NULL;
                        return DKIX_ERROR;
                    }
                    if (!same) goto restart;
                    if (cmp > 0) {
                        *value_addr = *ent_value_ptr(dk, ix);
                        return ix;
                    }
                }
            }
        } else if (ix == DKIX_EMPTY) {
            *value_addr = NULL;
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static inline intptr_t dict_lookup_combined(PymDict *mp, PymObject *key, intptr_t hash,
                                            PymObject **value_addr) {
    PymDictKeys *dk = mp->ma_keys;
    if (PYM_LIKELY(DK_IS_UNICODE(dk) && PYM_STR_CHECK_EXACT(key))) {
        size_t mask = DK_MASK(dk), perturb = (size_t)hash, i = (size_t)hash & mask;
        UnicodeEntry *ep0 = dk_uentries(dk);
        for (;;) {
            intptr_t ix = dk_get_index(dk, i);
            if (ix >= 0) {
                PymObject *k = ep0[ix].me_key;
                if (k == key || (str_cached_hash(k) == hash && pym_str_equal(k, key))) {
                    *value_addr = ep0[ix].me_value;
                    return ix;
                }
            } else if (ix == DKIX_EMPTY) {
                *value_addr = NULL;
                return DKIX_EMPTY;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
    }
    return dict_lookup_general(mp, key, hash, value_addr);
}

/* {====== split tables ======} */

static inline PymObject *split_value(PymDict *mp, intptr_t ix) {
    PymInstValues *v = mp->ma_values;
    return ix < v->iv_capacity ? v->iv_values[ix] : NULL;
}

/* Looks key up in either form; a split table's key without a value in this
** dict is absent. */
static inline intptr_t dict_lookup(PymDict *mp, PymObject *key, intptr_t hash,
                                   PymObject **value_addr) {
    intptr_t ix = dict_lookup_combined(mp, key, hash, value_addr);
    if (PYM_UNLIKELY(mp->ma_values != NULL) && ix >= 0) {
        *value_addr = split_value(mp, ix);
        if (!*value_addr) return DKIX_EMPTY;
    }
    return ix;
}

static void free_keys_object(PymDictKeys *k, bool decref_items);

void pym_dict_keys_decref(PymDictKeys *k) {
    if (k && --k->dk_refcnt == 0) free_keys_object(k, true);
}

/* The class's shared keys (instattrs.c) a split table's keys object was made
** for, kept after its entries: the table may add a key there while the class
** still uses this keys object (split_add_key).  NULL once the class let go. */
static PymSharedKeys **shared_owner(PymDictKeys *k) {
    return (PymSharedKeys **)(void *)((char *)k + keys_nbytes(k->dk_log2_size,
                                                              k->dk_log2_index_bytes,
                                                              DK_IS_UNICODE(k)));
}

void pym_dict_shared_keys_disown(PymDictKeys *k) {
    if (k) *shared_owner(k) = NULL;
}

/* A new key for split table mp, as CPython 3.11 adds one to the class's
** shared keys while they have room: its index (entry added to ma_keys and
** to the class's table), -1 when the dict must turn combined, -2 on error. */
static intptr_t split_add_key(PymDict *mp, PymObject *key, intptr_t hash) {
    PymDictKeys *k = mp->ma_keys;
    PymSharedKeys *owner = *shared_owner(k);
    if (k->dk_usable <= 0 || k->dk_nentries >= mp->ma_values->iv_capacity) return -1;
    PymObject *name;
    intptr_t ix;
    if (owner) {
        ix = pym_shared_keys_add_for_dict(owner, k, key, &name);
        if (ix < 0) return ix;
        name = pym_newref(name);
    } else { /* the class is gone: the keys are this dict's alone, if no other shares them */
        if (k->dk_refcnt != 1) return -1;
        name = pym_str_intern(pym_newref(key));
        if (!name) return -2;
        ix = k->dk_nentries;
    }
    dk_set_index(k, find_empty_slot(k, hash), ix);
    dk_uentries(k)[ix].me_key = name;
    dk_uentries(k)[ix].me_value = NULL;
    k->dk_version = NO_KEYS_VERSION; /* a key more (split tables are given none: kept exact) */
    k->dk_usable--;
    k->dk_nentries++;
    return ix;
}

PymDictKeys *pym_dict_shared_keys_new(PymObject *const *names, intptr_t n, PymSharedKeys *owner) {
    PymDictKeys *k = new_keys_object_extra(
        6, 1, sizeof(PymSharedKeys *)); /* 64 slots, as CPython's class keys */
    if (!k) return NULL;
    *shared_owner(k) = owner;
    for (intptr_t i = 0; i < n; i++) {
        intptr_t h = key_hash(names[i]); /* exact str: caches, cannot fail */
        size_t slot = find_empty_slot(k, h);
        dk_set_index(k, slot, i);
        dk_uentries(k)[i].me_key = pym_newref(names[i]);
        dk_uentries(k)[i].me_value = NULL;
    }
    k->dk_nentries = n;
    k->dk_usable -= n;
    return k;
}

/* Turns a split table into a combined one, in insertion order.  0 / -1. */
static int dict_unsplit(PymDict *mp) {
    PymInstValues *v = mp->ma_values;
    PymDictKeys *sk = mp->ma_keys;
    intptr_t n = v->iv_len;
    PymDictKeys *nk = new_keys_object(estimate_log2_keysize(n), 1);
    if (!nk) return -1;
    uint8_t *ord = pym_inst_values_order(v);
    for (intptr_t i = 0; i < n; i++) {
        PymObject *key = ent_key(sk, ord[i]);
        size_t slot = find_empty_slot(nk, str_cached_hash(key));
        dk_set_index(nk, slot, i);
        dk_uentries(nk)[i].me_key = pym_newref(key);
        dk_uentries(nk)[i].me_value = v->iv_values[ord[i]]; /* moved */
    }
    nk->dk_nentries = n;
    nk->dk_usable -= n;
    mp->ma_keys = nk;
    mp->ma_values = NULL;
    mp->ma_used = n;
    mp->ma_version = NEW_VERSION();
    pym_obj_free(v);
    pym_dict_keys_decref(sk);
    return 0;
}

#define UNSPLIT(mp, failure) \
    do { \
        if (PYM_UNLIKELY((mp)->ma_values != NULL) && dict_unsplit(mp) < 0) return failure; \
    } while (0)

/* Rebuilds the table with 2**log2_newsize slots, dropping deleted entries.
** The new table is unicode only when unicode is set and the old one was. */
static int dictresize(PymDict *mp, uint8_t log2_newsize, int unicode) {
    UNSPLIT(mp, -1);
    PymDictKeys *oldkeys = mp->ma_keys;
    if (log2_newsize < LOG_MINSIZE) log2_newsize = LOG_MINSIZE;
    unicode = unicode && DK_IS_UNICODE(oldkeys);
    PymDictKeys *newkeys = new_keys_object(log2_newsize, unicode);
    if (!newkeys) return -1;
    intptr_t numentries = mp->ma_used, n = oldkeys->dk_nentries;
    if (unicode) {
        UnicodeEntry *src = dk_uentries(oldkeys), *dst = dk_uentries(newkeys);
        if (n == numentries) {
            memcpy(dst, src, numentries * sizeof(UnicodeEntry));
        } else {
            for (intptr_t i = 0, j = 0; i < n; i++)
                if (src[i].me_value) dst[j++] = src[i];
        }
        for (intptr_t j = 0; j < numentries; j++)
            dk_set_index(newkeys, find_empty_slot(newkeys, str_cached_hash(dst[j].me_key)), j);
    } else {
        DictEntry *dst = dk_entries(newkeys);
        intptr_t j = 0;
        if (DK_IS_UNICODE(oldkeys)) {
            UnicodeEntry *src = dk_uentries(oldkeys);
            for (intptr_t i = 0; i < n; i++) {
                if (!src[i].me_value) continue;
                dst[j].me_key = src[i].me_key;
                dst[j].me_value = src[i].me_value;
                dst[j].me_hash = str_cached_hash(src[i].me_key);
                j++;
            }
        } else {
            DictEntry *src = dk_entries(oldkeys);
            if (n == numentries) {
                memcpy(dst, src, numentries * sizeof(DictEntry));
                j = numentries;
            } else {
                for (intptr_t i = 0; i < n; i++)
                    if (src[i].me_value) dst[j++] = src[i];
            }
        }
        for (j = 0; j < numentries; j++)
            dk_set_index(newkeys, find_empty_slot(newkeys, dst[j].me_hash), j);
    }
    newkeys->dk_usable -= numentries;
    newkeys->dk_nentries = numentries;
    mp->ma_keys = newkeys;
    free_keys_object(oldkeys, false);
    return 0;
}

static int insertion_resize(PymDict *mp, int unicode) {
    return dictresize(mp, calculate_log2_keysize(mp->ma_used * 3), unicode);
}

/* Stores key -> value in a dict whose keys are the empty keys.  Steals both. */
static int insert_to_emptydict(PymDict *mp, PymObject *key, intptr_t hash, PymObject *value) {
    int unicode = PYM_STR_CHECK_EXACT(key);
    PymDictKeys *k = new_keys_object(LOG_MINSIZE, unicode);
    if (!k) {
        PYM_DECREF(key);
        PYM_DECREF(value);
        return -1;
    }
    maintain_tracking(mp, key, value);
    mp->ma_keys = k;
    size_t i = (size_t)hash & DK_MASK(k);
    dk_set_index(k, i, 0);
    if (unicode) {
        dk_uentries(k)[0].me_key = key;
        dk_uentries(k)[0].me_value = value;
    } else {
        dk_entries(k)[0].me_key = key;
        dk_entries(k)[0].me_value = value;
        dk_entries(k)[0].me_hash = hash;
    }
    mp->ma_used++;
    mp->ma_version = NEW_VERSION();
    k->dk_usable--;
    k->dk_nentries++;
    return 0;
}

/* Inserts or replaces; steals key and value.  0 / -1. */
static int insertdict(PymDict *mp, PymObject *key, intptr_t hash, PymObject *value) {
    if (PYM_UNLIKELY(mp->ma_values != NULL)) {
        /* a split table keeps its form for a str key the shared keys hold or
        ** can take (CPython 3.11's insertdict), whether this dict had it or
        ** not (added or deleted before) */
        if (PYM_STR_CHECK_EXACT(key)) {
            PymObject *unused;
            intptr_t ix = dict_lookup_combined(mp, key, hash, &unused);
            if (ix < 0) ix = split_add_key(mp, key, hash);
            if (ix == -2) goto fail;
            PymInstValues *v = mp->ma_values;
            if (ix >= 0 && ix < v->iv_capacity) {
                maintain_tracking(mp, key, value);
                PymObject *old = v->iv_values[ix];
                v->iv_values[ix] = value;
                if (!old) {
                    pym_inst_values_order(v)[v->iv_len++] = (uint8_t)ix;
                    mp->ma_used++;
                }
                mp->ma_version = NEW_VERSION();
                PYM_DECREF(key);
                PYM_XDECREF(old); /* last: may run __del__ */
                return 0;
            }
            /* no room in the shared keys: CPython's insertion_resize */
            if (ix < 0 && insertion_resize(mp, 1) < 0) goto fail;
        }
        if (mp->ma_values && dict_unsplit(mp) < 0) goto fail;
    }
    if (mp->ma_keys == EMPTY_KEYS) return insert_to_emptydict(mp, key, hash, value);
    if (DK_IS_UNICODE(mp->ma_keys) && !PYM_STR_CHECK_EXACT(key)) {
        if (insertion_resize(mp, 0) < 0) goto fail;
    }
    PymObject *old_value;
    intptr_t ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) goto fail;
    maintain_tracking(mp, key, value);
    if (ix == DKIX_EMPTY) {
        if (mp->ma_keys->dk_usable <= 0 && insertion_resize(mp, 1) < 0) goto fail;
        PymDictKeys *k = mp->ma_keys;
        size_t slot = find_empty_slot(k, hash);
        intptr_t n = k->dk_nentries;
        dk_set_index(k, slot, n);
        if (DK_IS_UNICODE(k)) {
            dk_uentries(k)[n].me_key = key;
            dk_uentries(k)[n].me_value = value;
        } else {
            dk_entries(k)[n].me_key = key;
            dk_entries(k)[n].me_value = value;
            dk_entries(k)[n].me_hash = hash;
        }
        mp->ma_used++;
        mp->ma_version = NEW_VERSION();
        k->dk_version = NO_KEYS_VERSION; /* a key more */
        k->dk_usable--;
        k->dk_nentries++;
        return 0;
    }
    if (old_value != value) {
        *ent_value_ptr(mp->ma_keys, ix) = value;
        mp->ma_version = NEW_VERSION();
        PYM_XDECREF(old_value);
    } else {
        PYM_DECREF(value);
    }
    PYM_DECREF(key);
    return 0;
fail:
    PYM_DECREF(key);
    PYM_DECREF(value);
    return -1;
}

/* {====== public C API ======} */

#define DICT_MAXFREELIST 80
static PymDict *dict_free_list[DICT_MAXFREELIST];
static int dict_numfree;

void pym_dict_clear_freelist(void) {
    while (dict_numfree > 0) pym_object_free(dict_free_list[--dict_numfree]);
    while (keys_numfree > 0) pym_obj_free(keys_free_list[--keys_numfree]);
}

intptr_t pym_dict_freelist_count(void) { return dict_numfree; }

void pym_dict_freelists_hold(int on) { freelists_held += on ? 1 : -1; }

/* A split table over the shared keys k (a reference is taken) adopting the
** values array v (owned from now on). */
PymObject *pym_dict_new_split(PymDictKeys *k, PymInstValues *v) {
    PymDict *d = (PymDict *)pym_dict_new();
    if (!d) return NULL;
    k->dk_refcnt++;
    d->ma_keys = k;
    d->ma_values = v;
    d->ma_used = v->iv_len;
    for (intptr_t i = 0; i < v->iv_capacity; i++) {
        if (v->iv_values[i] && may_be_tracked(v->iv_values[i])) {
            pym_gc_track((PymObject *)d);
            break;
        }
    }
    return (PymObject *)d;
}

static PymDict *dict_alloc(PymType *type) {
    PymDict *d;
    if (type == &pym_type_dict && dict_numfree > 0 && !freelists_held) {
        d = dict_free_list[--dict_numfree];
        d->ob_base.ob_refcnt = 1;
        PYM_AS_GC(d)->gc_prev = 0;
    } else {
        d = (PymDict *)pym_object_alloc(type, 0);
        if (!d) return NULL;
    }
    d->ma_keys = EMPTY_KEYS;
    d->ma_values = NULL;
    d->ma_used = 0;
    d->ma_version = NEW_VERSION();
    return d;
}

PymObject *pym_dict_new(void) {
    return (PymObject *)dict_alloc(&pym_type_dict); /* untracked until needed */
}

/* A dict pre-sized for n items (as CPython's BUILD_MAP does). */
PymObject *pym_dict_new_presized(intptr_t n) {
    PymObject *d = pym_dict_new();
    if (!d || n <= 5) return d;
    uint8_t lg = n > USABLE_FRACTION((intptr_t)1 << 17) ? 17 : estimate_log2_keysize(n);
    PymDictKeys *k = new_keys_object(lg, 0);
    if (!k) {
        PYM_DECREF(d);
        return NULL;
    }
    ((PymDict *)d)->ma_keys = k;
    return d;
}

PymObject *pym_dict_getitem_hash(PymObject *d, PymObject *key, intptr_t hash) {
    PymObject *v;
    if (dict_lookup((PymDict *)d, key, hash, &v) == DKIX_ERROR) return NULL;
    return v;
}

PymObject *pym_dict_getitem(PymObject *d, PymObject *key) {
    intptr_t h = key_hash(key);
    if (h == -1) return NULL;
    return pym_dict_getitem_hash(d, key, h);
}

PymObject *pym_dict_getitem_cstr(PymObject *d, const char *key) {
    PymObject *k = pym_str_from_cstr(key);
    if (!k) return NULL;
    PymObject *v = pym_dict_getitem(d, k);
    PYM_DECREF(k);
    return v;
}

int pym_dict_setitem(PymObject *d, PymObject *key, PymObject *value) {
    intptr_t h = key_hash(key);
    if (h == -1) return -1;
    return insertdict((PymDict *)d, pym_newref(key), h, pym_newref(value));
}

int pym_dict_setitem_cstr(PymObject *d, const char *key, PymObject *value) {
    PymObject *k = pym_str_from_cstr(key);
    if (!k) return -1;
    k = pym_str_intern(k);
    int r = pym_dict_setitem(d, k, value);
    PYM_DECREF(k);
    return r;
}

static void set_key_error(PymObject *key) {
    PymObject *exc = pym_exc_new(PymExc_KeyError, &key, 1);
    if (exc) pym_err_set_exc(exc);
}

/* Removes entry ix found at slot position for hash; returns the old value
** (new reference) and drops the key. */
static PymObject *delitem_at(PymDict *mp, intptr_t hash, intptr_t ix) {
    PymDictKeys *k = mp->ma_keys;
    size_t slot = lookdict_index(k, hash, ix);
    dk_set_index(k, slot, DKIX_DUMMY);
    k->dk_version = NO_KEYS_VERSION; /* a key less */
    PymObject *key = ent_key(k, ix), **vp = ent_value_ptr(k, ix), *value = *vp;
    *vp = NULL;
    if (DK_IS_UNICODE(k))
        dk_uentries(k)[ix].me_key = NULL;
    else
        dk_entries(k)[ix].me_key = NULL;
    mp->ma_used--;
    mp->ma_version = NEW_VERSION();
    PYM_DECREF(key);
    return value;
}

/* 1 removed (*out = value, new ref, if out), 0 missing, -1 error. */
static int dict_pop_hash(PymDict *mp, PymObject *key, intptr_t hash, PymObject **out) {
    if (mp->ma_used == 0) return 0;
    if (PYM_UNLIKELY(mp->ma_values != NULL) && PYM_STR_CHECK_EXACT(key)) {
        /* a split table stays split (CPython 3.11's delitem_common) */
        PymObject *v;
        intptr_t ix = dict_lookup(mp, key, hash, &v);
        if (ix < 0) return 0;
        PymInstValues *vals = mp->ma_values;
        vals->iv_values[ix] = NULL;
        uint8_t *ord = pym_inst_values_order(vals);
        intptr_t j = 0;
        while (ord[j] != ix) j++;
        memmove(ord + j, ord + j + 1, (size_t)(vals->iv_len - j - 1));
        vals->iv_len--;
        mp->ma_used--;
        mp->ma_version = NEW_VERSION();
        if (out)
            *out = v;
        else
            PYM_DECREF(v);
        return 1;
    }
    UNSPLIT(mp, -1);
    PymObject *v;
    intptr_t ix = dict_lookup(mp, key, hash, &v);
    if (ix == DKIX_ERROR) return -1;
    if (ix == DKIX_EMPTY || !v) return 0;
    PymObject *old = delitem_at(mp, hash, ix);
    if (out)
        *out = old;
    else
        PYM_DECREF(old);
    return 1;
}

int pym_dict_delitem(PymObject *d, PymObject *key) {
    intptr_t h = key_hash(key);
    if (h == -1) return -1;
    int r = dict_pop_hash((PymDict *)d, key, h, NULL);
    if (r == 0) {
        set_key_error(key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

int pym_dict_delitem_cstr(PymObject *d, const char *key) {
    PymObject *k = pym_str_from_cstr(key);
    if (!k) return -1;
    int r = pym_dict_delitem(d, k);
    PYM_DECREF(k);
    return r;
}

int pym_dict_contains(PymObject *d, PymObject *key) {
    intptr_t h = key_hash(key);
    if (h == -1) return -1;
    PymObject *v;
    intptr_t ix = dict_lookup((PymDict *)d, key, h, &v);
    if (ix == DKIX_ERROR) return -1;
    return ix != DKIX_EMPTY && v != NULL;
}

PymObject *pym_dict_pop(PymObject *d, PymObject *key) {
    intptr_t h = key_hash(key);
    if (h == -1) return NULL;
    PymObject *v = NULL;
    if (dict_pop_hash((PymDict *)d, key, h, &v) < 0) return NULL;
    return v;
}

int pym_dict_next(PymObject *d, intptr_t *pos, PymObject **key, PymObject **value) {
    PymDict *mp = (PymDict *)d;
    PymDictKeys *k = mp->ma_keys;
    intptr_t i = *pos, n = k->dk_nentries;
    if (PYM_UNLIKELY(mp->ma_values != NULL)) { /* split: positions in insertion order */
        PymInstValues *v = mp->ma_values;
        if (i < 0 || i >= v->iv_len) return 0;
        intptr_t ix = pym_inst_values_order(v)[i];
        if (key) *key = ent_key(k, ix);
        if (value) *value = v->iv_values[ix];
        *pos = i + 1;
        return 1;
    }
    if (DK_IS_UNICODE(k)) {
        UnicodeEntry *ep = dk_uentries(k);
        while (i < n && ep[i].me_value == NULL) i++;
        if (i >= n) return 0;
        if (key) *key = ep[i].me_key;
        if (value) *value = ep[i].me_value;
    } else {
        DictEntry *ep = dk_entries(k);
        while (i < n && ep[i].me_value == NULL) i++;
        if (i >= n) return 0;
        if (key) *key = ep[i].me_key;
        if (value) *value = ep[i].me_value;
    }
    *pos = i + 1;
    return 1;
}

/* Like pym_dict_next, also giving the hash. */
static int dict_next_hash(PymDict *mp, intptr_t *pos, PymObject **key, PymObject **value,
                          intptr_t *hash) {
    intptr_t i = *pos;
    PymObject *k;
    if (!pym_dict_next((PymObject *)mp, &i, &k, value)) return 0;
    if (key) *key = k;
    /* split tables hold exact strs only, whose hash is cached */
    if (hash) *hash = mp->ma_values ? str_cached_hash(k) : ent_hash(mp->ma_keys, i - 1);
    *pos = i;
    return 1;
}

intptr_t pym_dict_size(PymObject *d) { return ((PymDict *)d)->ma_used; }

void pym_dict_clear(PymObject *d) {
    PymDict *mp = (PymDict *)d;
    PymDictKeys *old = mp->ma_keys;
    if (mp->ma_values) {
        PymInstValues *v = mp->ma_values;
        mp->ma_values = NULL;
        mp->ma_keys = EMPTY_KEYS;
        mp->ma_used = 0;
        mp->ma_version = NEW_VERSION();
        for (intptr_t i = 0; i < v->iv_capacity; i++) PYM_XDECREF(v->iv_values[i]);
        pym_obj_free(v);
        pym_dict_keys_decref(old);
        return;
    }
    if (old == EMPTY_KEYS) return;
    mp->ma_keys = EMPTY_KEYS;
    mp->ma_used = 0;
    mp->ma_version = NEW_VERSION();
    free_keys_object(old, true);
}

/* An exact copy of mp's keys (same size, same slots), items increfed. */
static PymDictKeys *clone_keys(PymDict *mp) {
    PymDictKeys *k = mp->ma_keys;
    size_t nbytes = keys_nbytes(k->dk_log2_size, k->dk_log2_index_bytes, DK_IS_UNICODE(k));
    PymDictKeys *c = pym_obj_malloc(nbytes);
    if (!c) return pym_err_no_memory();
    memcpy(c, k, nbytes);
    c->dk_refcnt = 1;
    c->dk_version = NO_KEYS_VERSION; /* a version names one keys object */
    for (intptr_t i = 0; i < c->dk_nentries; i++) {
        PymObject **vp = ent_value_ptr(c, i);
        if (*vp) {
            PYM_INCREF(ent_key(c, i));
            PYM_INCREF(*vp);
        }
    }
    return c;
}

static int dict_merge_impl(PymDict *mp, PymObject *b, int override);

PymObject *pym_dict_copy(PymObject *d) {
    PymDict *mp = (PymDict *)d;
    UNSPLIT(mp, NULL);
    if (mp->ma_used == 0) return pym_dict_new();
    if (PYM_TYPE(d)->tp_iter == pym_type_dict.tp_iter &&
        mp->ma_used >= (mp->ma_keys->dk_nentries * 2) / 3) {
        PymDictKeys *k = clone_keys(mp);
        if (!k) return NULL;
        PymDict *r = dict_alloc(&pym_type_dict);
        if (!r) {
            free_keys_object(k, true);
            return NULL;
        }
        r->ma_keys = k;
        r->ma_used = mp->ma_used;
        if (PYM_AS_GC(mp)->gc_next) pym_gc_track((PymObject *)r);
        return (PymObject *)r;
    }
    PymObject *r = pym_dict_new();
    if (!r) return NULL;
    if (dict_merge_impl((PymDict *)r, d, 1) < 0) {
        PYM_DECREF(r);
        return NULL;
    }
    return r;
}

/* Merges b into mp: a dict fast path, else keys() + b[key]. */
static int dict_merge_impl(PymDict *mp, PymObject *b, int override) {
    UNSPLIT(mp, -1);
    if (PYM_DICT_CHECK(b) && PYM_TYPE(b)->tp_iter == pym_type_dict.tp_iter) {
        PymDict *other = (PymDict *)b;
        UNSPLIT(other, -1);
        if (other == mp || other->ma_used == 0) return 0;
        if (mp->ma_used == 0) {
            override = 1;
            PymDictKeys *ok = other->ma_keys;
            if (other->ma_used == ok->dk_nentries &&
                (ok->dk_log2_size == LOG_MINSIZE ||
                 USABLE_FRACTION(DK_SIZE(ok) / 2) < other->ma_used)) {
                PymDictKeys *k = clone_keys(other);
                if (!k) return -1;
                PymDictKeys *old = mp->ma_keys;
                mp->ma_keys = k;
                mp->ma_used = other->ma_used;
                mp->ma_version = NEW_VERSION();
                free_keys_object(old, true);
                if (PYM_AS_GC(other)->gc_next) pym_gc_track((PymObject *)mp);
                return 0;
            }
        }
        if (USABLE_FRACTION(DK_SIZE(mp->ma_keys)) < other->ma_used) {
            if (dictresize(mp, estimate_log2_keysize(mp->ma_used + other->ma_used),
                           DK_IS_UNICODE(other->ma_keys)) < 0)
                return -1;
        }
        PymDictKeys *ok = other->ma_keys;
        intptr_t n = ok->dk_nentries;
        for (intptr_t i = 0; i < n; i++) {
            PymObject *value = *ent_value_ptr(ok, i);
            if (!value) continue;
            PymObject *key = ent_key(ok, i);
            intptr_t hash = ent_hash(ok, i);
            pym_incref(key);
            pym_incref(value);
            int err = 0;
            if (override == 1) {
                err = insertdict(mp, key, hash, value);
            } else {
                PymObject *existing;
                intptr_t ix = dict_lookup(mp, key, hash, &existing);
                if (ix != DKIX_ERROR && (ix == DKIX_EMPTY || !existing)) {
                    err = insertdict(mp, key, hash, value); /* steals both */
                } else {
                    if (ix == DKIX_ERROR)
                        err = -1;
                    else if (override != 0) {
                        set_key_error(key);
                        err = -1;
                    }
                    PYM_DECREF(key);
                    PYM_DECREF(value);
                }
            }
            if (err < 0) return -1;
            if (ok != other->ma_keys || n != ok->dk_nentries) {
                pym_err_set_string(PymExc_RuntimeError, "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }
    /* generic mapping */
    PymObject *keys = pym_call_method(b, CID(keys), NULL, 0);
    if (!keys) return -1;
    PymObject *it = pym_object_getiter(keys);
    PYM_DECREF(keys);
    if (!it) return -1;
    PymObject *key;
    while ((key = pym_iter_next(it)) != NULL) {
        if (override != 1) {
            int c = pym_dict_contains((PymObject *)mp, key);
            if (c != 0) {
                if (c > 0 && override == 2) set_key_error(key);
                if (c < 0 || override == 2) {
                    PYM_DECREF(key);
                    PYM_DECREF(it);
                    return -1;
                }
                PYM_DECREF(key);
                continue;
            }
        }
        PymObject *value = pym_object_getitem(b, key);
        if (!value) {
            PYM_DECREF(key);
            PYM_DECREF(it);
            return -1;
        }
        int r = pym_dict_setitem((PymObject *)mp, key, value);
        PYM_DECREF(key);
        PYM_DECREF(value);
        if (r < 0) {
            PYM_DECREF(it);
            return -1;
        }
    }
    PYM_DECREF(it);
    return pym_err_occurred() ? -1 : 0;
}

int pym_dict_merge(PymObject *a, PymObject *b, int override) {
    return dict_merge_impl((PymDict *)a, b, override);
}

/* d.update(seq2): an iterable of 2-item iterables. */
static int dict_merge_from_seq2(PymObject *d, PymObject *seq2) {
    PymObject *it = pym_object_getiter(seq2);
    if (!it) return -1;
    intptr_t i = 0;
    PymObject *item;
    for (;; i++) {
        item = pym_iter_next(it);
        if (!item) break;
        PymObject *fast;
        if (PYM_TUPLE_CHECK(item) || PYM_LIST_CHECK(item)) {
            fast = pym_newref(item);
        } else {
            fast = pym_list_from_iter(item);
            if (!fast) {
                if (pym_err_matches((PymObject *)PymExc_TypeError)) {
                    pym_err_clear();
                    pym_err_format(
                        PymExc_TypeError,
                        "cannot convert dictionary update sequence element #%zd to a sequence", i);
                }
                goto fail_item;
            }
        }
        intptr_t n = PYM_SIZE(fast);
        if (n != 2) {
            pym_err_format(PymExc_ValueError,
                           "dictionary update sequence element #%zd has length %zd; 2 is required",
                           i, n);
            PYM_DECREF(fast);
            goto fail_item;
        }
        PymObject **its = PYM_TUPLE_CHECK(fast) ? PYM_TUPLE_ITEMS(fast) : PYM_LIST_ITEMS(fast);
        PymObject *key = pym_newref(its[0]), *value = pym_newref(its[1]);
        PYM_DECREF(fast);
        int r = pym_dict_setitem(d, key, value);
        PYM_DECREF(key);
        PYM_DECREF(value);
        if (r < 0) goto fail_item;
        PYM_DECREF(item);
    }
    PYM_DECREF(it);
    return pym_err_occurred() ? -1 : 0;
fail_item:
    PYM_DECREF(item);
    PYM_DECREF(it);
    return -1;
}

/* dict.update's positional argument: a dict, a mapping with keys(), or pairs. */
static int dict_update_arg(PymObject *d, PymObject *arg) {
    if (PYM_DICT_CHECK(arg)) return dict_merge_impl((PymDict *)d, arg, 1);
    PymObject *keys;
    int r = pym_object_lookup_attr(arg, CID(keys), &keys);
    if (r < 0) return -1;
    if (r > 0) {
        PYM_DECREF(keys);
        return dict_merge_impl((PymDict *)d, arg, 1);
    }
    return dict_merge_from_seq2(d, arg);
}

int pym_dict_update(PymObject *d, PymObject *other) { return dict_update_arg(d, other); }

PymObject *pym_dict_keys_list(PymObject *d) {
    PymObject *l = pym_list_new(((PymDict *)d)->ma_used);
    if (!l) return NULL;
    intptr_t pos = 0, j = 0;
    PymObject *k;
    while (pym_dict_next(d, &pos, &k, NULL)) PYM_LIST_SET(l, j++, pym_newref(k));
    return l;
}

PymObject *pym_dict_values_list(PymObject *d) {
    PymObject *l = pym_list_new(((PymDict *)d)->ma_used);
    if (!l) return NULL;
    intptr_t pos = 0, j = 0;
    PymObject *v;
    while (pym_dict_next(d, &pos, NULL, &v)) PYM_LIST_SET(l, j++, pym_newref(v));
    return l;
}

PymObject *pym_dict_items_list(PymObject *d) {
    intptr_t n = ((PymDict *)d)->ma_used;
    PymObject *l = pym_list_new(n);
    if (!l) return NULL;
    /* build the tuples first: allocation may run the GC, never Python code */
    for (intptr_t j = 0; j < n; j++) {
        PymObject *t = pym_tuple_new(2);
        if (!t) {
            PYM_DECREF(l);
            return NULL;
        }
        PYM_LIST_SET(l, j, t);
    }
    intptr_t pos = 0, j = 0;
    PymObject *k, *v;
    while (pym_dict_next(d, &pos, &k, &v) && j < n) {
        PymObject *t = PYM_LIST_GET(l, j++);
        PYM_TUPLE_SET(t, 0, pym_newref(k));
        PYM_TUPLE_SET(t, 1, pym_newref(v));
    }
    return l;
}

PymObject *pym_dict_setdefault(PymObject *d, PymObject *key, PymObject *dflt) {
    intptr_t h = key_hash(key);
    if (h == -1) return NULL;
    PymObject *v;
    intptr_t ix = dict_lookup((PymDict *)d, key, h, &v);
    if (ix == DKIX_ERROR) return NULL;
    if (ix != DKIX_EMPTY && v) return v;
    if (insertdict((PymDict *)d, pym_newref(key), h, pym_newref(dflt)) < 0) return NULL;
    return dflt;
}

/* {====== type slots ======} */

/* Untracks an exact dict none of whose keys and values can be part of a
** cycle (the collector calls this on full collections, as CPython's
** _PyDict_MaybeUntrack). */
void pym_dict_maybe_untrack(PymObject *o) {
    if (!PYM_DICT_CHECK_EXACT(o) || !PYM_AS_GC(o)->gc_next) return;
    if (((PymDict *)o)->ma_values) return; /* an instance's __dict__ */
    PymDictKeys *k = ((PymDict *)o)->ma_keys;
    for (intptr_t i = 0; i < k->dk_nentries; i++) {
        PymObject *v = *ent_value_ptr(k, i);
        if (!v) continue;
        if (may_be_tracked(v) || (!DK_IS_UNICODE(k) && may_be_tracked(ent_key(k, i)))) return;
    }
    pym_gc_untrack(o);
}

static void dict_dealloc(PymObject *o) {
    PymDict *mp = (PymDict *)o;
    pym_gc_untrack(o);
    if (!pym_trashcan_begin(o)) return;
    if (mp->ma_values) {
        pym_dict_clear(o);
    } else {
        PymDictKeys *k = mp->ma_keys;
        mp->ma_keys = EMPTY_KEYS;
        free_keys_object(k, true);
    }
    if (PYM_DICT_CHECK_EXACT(o) && dict_numfree < DICT_MAXFREELIST && !freelists_held)
        dict_free_list[dict_numfree++] = mp;
    else
        PYM_TYPE(o)->tp_free(o);
    pym_trashcan_end();
}

static int dict_traverse(PymObject *o, visitproc visit, void *arg) {
    PymInstValues *sv = ((PymDict *)o)->ma_values;
    if (sv) { /* split: the keys are the class's exact strs */
        for (intptr_t i = 0; i < sv->iv_capacity; i++) PYM_VISIT(sv->iv_values[i]);
        return 0;
    }
    PymDictKeys *k = ((PymDict *)o)->ma_keys;
    for (intptr_t i = 0; i < k->dk_nentries; i++) {
        PymObject *v = *ent_value_ptr(k, i);
        if (v) {
            PYM_VISIT(v);
            if (!DK_IS_UNICODE(k)) PYM_VISIT(ent_key(k, i));
        }
    }
    return 0;
}

static int dict_tp_clear(PymObject *o) {
    pym_dict_clear(o);
    return 0;
}

static PymObject *dict_repr(PymObject *o) {
    PymDict *mp = (PymDict *)o;
    if (mp->ma_used == 0) return pym_str_from_cstr("{}");
    int r = pym_repr_enter(o);
    if (r != 0) return r > 0 ? pym_str_from_cstr("{...}") : NULL;
    PymStrBuilder sb;
    pym_sb_init(&sb);
    pym_sb_append_cstr(&sb, "{");
    intptr_t pos = 0;
    PymObject *k, *v;
    bool first = true;
    while (pym_dict_next(o, &pos, &k, &v)) {
        if (!first) pym_sb_append_cstr(&sb, ", ");
        first = false;
        pym_incref(k);
        pym_incref(v);
        int rc = pym_sb_append_obj_repr(&sb, k);
        if (rc == 0) {
            pym_sb_append_cstr(&sb, ": ");
            rc = pym_sb_append_obj_repr(&sb, v);
        }
        PYM_DECREF(k);
        PYM_DECREF(v);
        if (rc < 0) {
            pym_sb_discard(&sb);
            pym_repr_leave(o);
            return NULL;
        }
    }
    pym_sb_append_cstr(&sb, "}");
    pym_repr_leave(o);
    return pym_sb_finish(&sb);
}

static intptr_t dict_length(PymObject *o) { return ((PymDict *)o)->ma_used; }

static PymObject *dict_subscript(PymObject *o, PymObject *key) {
    intptr_t h = key_hash(key);
    if (h == -1) return NULL;
    PymObject *v;
    intptr_t ix = dict_lookup((PymDict *)o, key, h, &v);
    if (ix == DKIX_ERROR) return NULL;
    if (ix == DKIX_EMPTY || !v) {
        if (!PYM_DICT_CHECK_EXACT(o)) {
            int found = 0;
            PymObject *r = pym_call_special(o, CID(__missing__), &key, 1, &found);
            if (found || r) return r;
            if (pym_err_occurred()) return NULL;
        }
        set_key_error(key);
        return NULL;
    }
    return pym_newref(v);
}

static int dict_ass_subscript(PymObject *o, PymObject *key, PymObject *value) {
    if (value) return pym_dict_setitem(o, key, value);
    return pym_dict_delitem(o, key);
}

static int dict_contains_slot(PymObject *o, PymObject *key) { return pym_dict_contains(o, key); }

/* 1 if a and b have equal items, 0 if not, -1 on error. */
static int dict_equal(PymDict *a, PymDict *b) {
    if (a->ma_used != b->ma_used) return 0;
    /* position i: an entry of a combined table, or the i-th in insertion
    ** order of a split one (the same item after dict_unsplit, should a
    ** comparison's code turn a combined) */
    for (intptr_t i = 0;; i++) {
        PymDictKeys *ak = a->ma_keys;
        PymObject *key, *aval;
        intptr_t hash;
        if (a->ma_values) {
            if (i >= a->ma_values->iv_len) break;
            intptr_t ix = pym_inst_values_order(a->ma_values)[i];
            key = ent_key(ak, ix);
            aval = a->ma_values->iv_values[ix];
            hash = str_cached_hash(key);
        } else {
            if (i >= ak->dk_nentries) break;
            aval = *ent_value_ptr(ak, i);
            if (!aval) continue;
            key = ent_key(ak, i);
            hash = ent_hash(ak, i);
        }
        pym_incref(aval);
        pym_incref(key);
        PymObject *bval;
        intptr_t ix = dict_lookup(b, key, hash, &bval);
        if (ix == DKIX_ERROR) {
            PYM_DECREF(aval);
            PYM_DECREF(key);
            return -1;
        }
        if (ix == DKIX_EMPTY || !bval) {
            PYM_DECREF(aval);
            PYM_DECREF(key);
            return 0;
        }
        pym_incref(bval);
        int c = pym_object_richcompare_bool(aval, bval, PYM_EQ);
        PYM_DECREF(aval);
        PYM_DECREF(bval);
        PYM_DECREF(key);
        if (c <= 0) return c;
    }
    return 1;
}

static PymObject *dict_richcompare(PymObject *a, PymObject *b, int op) {
    if (!PYM_DICT_CHECK(a) || !PYM_DICT_CHECK(b) || (op != PYM_EQ && op != PYM_NE))
        PYM_RETURN_NOTIMPL;
    int c = dict_equal((PymDict *)a, (PymDict *)b);
    if (c < 0) return NULL;
    return pym_bool_from(op == PYM_EQ ? c : !c);
}

static PymObject *dict_or(PymObject *a, PymObject *b) {
    if (!PYM_DICT_CHECK(a) || !PYM_DICT_CHECK(b)) PYM_RETURN_NOTIMPL;
    PymObject *r = pym_dict_copy(a);
    if (!r) return NULL;
    if (dict_update_arg(r, b) < 0) {
        PYM_DECREF(r);
        return NULL;
    }
    return r;
}

static PymObject *dict_ior(PymObject *a, PymObject *b) {
    if (!PYM_DICT_CHECK(a)) PYM_RETURN_NOTIMPL;
    if (dict_update_arg(a, b) < 0) return NULL;
    return pym_newref(a);
}

static PymObject *dict_new(PymType *type, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    PymDict *d = dict_alloc(type);
    if (!d) return NULL;
    if (type != &pym_type_dict) pym_gc_track((PymObject *)d);
    return (PymObject *)d;
}

/* update(self, [arg], **kw) shared by __init__ and update(). */
static int dict_update_common(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames, const char *fname) {
    if (nargs > 1) {
        pym_err_format(PymExc_TypeError, "%s expected at most 1 argument, got %zd", fname,
                       (intptr_t)nargs);
        return -1;
    }
    if (nargs == 1 && dict_update_arg(self, args[0]) < 0) return -1;
    size_t nkw = pym_arg_nkw(kwnames);
    for (size_t i = 0; i < nkw; i++) {
        if (pym_dict_setitem(self, PYM_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) return -1;
    }
    return 0;
}

static int dict_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    return dict_update_common(self, args, nargs, kwnames, "dict");
}

/* {====== methods ======} */

static PymObject *dm_get(PymObject *self, PymObject *const *args, size_t nargs,
                         PymObject *kwnames) {
    if (pym_arg_count("get", nargs, kwnames, 1, 2) < 0) return NULL;
    PymObject *v = pym_dict_getitem(self, args[0]);
    if (!v) {
        if (pym_err_occurred()) return NULL;
        v = nargs > 1 ? args[1] : pym_None;
    }
    return pym_newref(v);
}

static PymObject *dm_pop(PymObject *self, PymObject *const *args, size_t nargs,
                         PymObject *kwnames) {
    if (pym_arg_count("pop", nargs, kwnames, 1, 2) < 0) return NULL;
    intptr_t h = key_hash(args[0]);
    if (h == -1) return NULL;
    PymObject *v = NULL;
    int r = dict_pop_hash((PymDict *)self, args[0], h, &v);
    if (r < 0) return NULL;
    if (r == 0) {
        if (nargs > 1) return pym_newref(args[1]);
        set_key_error(args[0]);
        return NULL;
    }
    return v;
}

static PymObject *dm_popitem(PymObject *self, PymObject *const *args, size_t nargs,
                             PymObject *kwnames) {
    if (pym_arg_count("popitem", nargs, kwnames, 0, 0) < 0) return NULL;
    PymDict *mp = (PymDict *)self;
    UNSPLIT(mp, NULL);
    PymObject *t = pym_tuple_new(2);
    if (!t) return NULL;
    if (mp->ma_used == 0) {
        PYM_DECREF(t);
        pym_err_set_string(PymExc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    PymDictKeys *k = mp->ma_keys;
    intptr_t i = k->dk_nentries - 1;
    while (i >= 0 && *ent_value_ptr(k, i) == NULL) i--;
    PymObject *key = ent_key(k, i), **vp = ent_value_ptr(k, i);
    intptr_t hash = ent_hash(k, i);
    size_t slot = lookdict_index(k, hash, i);
    dk_set_index(k, slot, DKIX_DUMMY);
    k->dk_version = NO_KEYS_VERSION; /* a key less */
    PYM_TUPLE_SET(t, 0, key);
    PYM_TUPLE_SET(t, 1, *vp);
    *vp = NULL;
    if (DK_IS_UNICODE(k))
        dk_uentries(k)[i].me_key = NULL;
    else
        dk_entries(k)[i].me_key = NULL;
    k->dk_nentries = i;
    mp->ma_used--;
    mp->ma_version = NEW_VERSION();
    return t;
}

static PymObject *dm_setdefault(PymObject *self, PymObject *const *args, size_t nargs,
                                PymObject *kwnames) {
    if (pym_arg_count("setdefault", nargs, kwnames, 1, 2) < 0) return NULL;
    PymObject *v = pym_dict_setdefault(self, args[0], nargs > 1 ? args[1] : pym_None);
    return pym_xnewref(v);
}

static PymObject *dm_update(PymObject *self, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    if (dict_update_common(self, args, nargs, kwnames, "update") < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *dm_clear(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    if (pym_arg_count("clear", nargs, kwnames, 0, 0) < 0) return NULL;
    pym_dict_clear(self);
    PYM_RETURN_NONE;
}

static PymObject *dm_copy(PymObject *self, PymObject *const *args, size_t nargs,
                          PymObject *kwnames) {
    if (pym_arg_count("copy", nargs, kwnames, 0, 0) < 0) return NULL;
    return pym_dict_copy(self);
}

static PymObject *dm_fromkeys(PymObject *cls, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    if (pym_arg_count("fromkeys", nargs, kwnames, 1, 2) < 0) return NULL;
    PymObject *value = nargs > 1 ? args[1] : pym_None;
    PymObject *d = pym_call_noargs(cls);
    if (!d) return NULL;
    PymObject *iterable = args[0];
    if (PYM_DICT_CHECK_EXACT(d) && ((PymDict *)d)->ma_used == 0) {
        PymDict *mp = (PymDict *)d;
        if (PYM_DICT_CHECK_EXACT(iterable) || PYM_ANYSET_CHECK(iterable)) {
            intptr_t n = PYM_DICT_CHECK_EXACT(iterable) ? ((PymDict *)iterable)->ma_used
                                                        : pym_set_size(iterable);
            if (dictresize(mp, estimate_log2_keysize(n), 0) < 0) {
                PYM_DECREF(d);
                return NULL;
            }
            intptr_t pos = 0, h;
            PymObject *k;
            if (PYM_DICT_CHECK_EXACT(iterable)) {
                while (dict_next_hash((PymDict *)iterable, &pos, &k, NULL, &h))
                    if (insertdict(mp, pym_newref(k), h, pym_newref(value)) < 0) goto fail;
            } else {
                while (pym_set_next(iterable, &pos, &k, &h))
                    if (insertdict(mp, pym_newref(k), h, pym_newref(value)) < 0) goto fail;
            }
            return d;
        }
    }
    PymObject *it = pym_object_getiter(iterable);
    if (!it) goto fail;
    PymObject *key;
    while ((key = pym_iter_next(it)) != NULL) {
        int r = PYM_DICT_CHECK_EXACT(d) ? pym_dict_setitem(d, key, value)
                                        : pym_object_setitem(d, key, value);
        PYM_DECREF(key);
        if (r < 0) {
            PYM_DECREF(it);
            goto fail;
        }
    }
    PYM_DECREF(it);
    if (pym_err_occurred()) goto fail;
    return d;
fail:
    PYM_DECREF(d);
    return NULL;
}

static PymObject *dm_sizeof(PymObject *self, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    if (pym_arg_count("__sizeof__", nargs, kwnames, 0, 0) < 0) return NULL;
    PymDictKeys *k = ((PymDict *)self)->ma_keys;
    /* a subclass's dict pointers count as pre-header (sys.getsizeof) */
    intptr_t size = PYM_TYPE(self)->tp_basicsize - pym_object_preheader_extra(PYM_TYPE(self));
    PymInstValues *sv = ((PymDict *)self)->ma_values;
    if (sv) { /* split: the values, counted as CPython 3.11 does, by the class's keys as they
                ** are now (their entries + usable, which each new instance lowers) */
        PymSharedKeys *owner = *shared_owner(k);
        intptr_t n = owner ? pym_shared_keys_room(owner) : sv->iv_capacity;
        size += n * (intptr_t)sizeof(PymObject *);
    }
    if (k->dk_refcnt == 1)
        size += keys_nbytes(k->dk_log2_size, k->dk_log2_index_bytes, DK_IS_UNICODE(k));
    return pym_int_from_ssize(size);
}

static PymObject *dict_view_new(PymObject *d, PymType *t);
static PymObject *dictiter_new(PymDict *d, PymType *t);

static PymObject *dm_keys(PymObject *self, PymObject *const *args, size_t nargs,
                          PymObject *kwnames) {
    if (pym_arg_count("keys", nargs, kwnames, 0, 0) < 0) return NULL;
    return dict_view_new(self, &pym_type_dict_keys);
}

static PymObject *dm_values(PymObject *self, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    if (pym_arg_count("values", nargs, kwnames, 0, 0) < 0) return NULL;
    return dict_view_new(self, &pym_type_dict_values);
}

static PymObject *dm_items(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    if (pym_arg_count("items", nargs, kwnames, 0, 0) < 0) return NULL;
    return dict_view_new(self, &pym_type_dict_items);
}

static PymObject *dm_reversed(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    if (pym_arg_count("__reversed__", nargs, kwnames, 0, 0) < 0) return NULL;
    return dictiter_new((PymDict *)self, &pym_type_dict_revkeyiter);
}

static PymMethodDef dict_methods[] = {
    {"__class_getitem__", pym_generic_alias_class_getitem, PYM_METH_CLASS, "See PEP 585"},
    {"keys", dm_keys, 0, NULL},
    {"values", dm_values, 0, NULL},
    {"items", dm_items, 0, NULL},
    {"get", dm_get, 0, NULL},
    {"pop", dm_pop, 0, NULL},
    {"popitem", dm_popitem, 0, NULL},
    {"setdefault", dm_setdefault, 0, NULL},
    {"update", dm_update, 0, NULL},
    {"clear", dm_clear, 0, NULL},
    {"copy", dm_copy, 0, NULL},
    {"fromkeys", dm_fromkeys, PYM_METH_CLASS, NULL},
    {"__sizeof__", dm_sizeof, 0, NULL},
    {"__reversed__", dm_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* {====== iterators ======} */

typedef struct {
    PymObject ob_base;
    PymDict *di_dict; /* NULL when exhausted */
    intptr_t di_used;
    intptr_t di_pos;
    PymObject *di_result; /* reusable (key, value) tuple for items */
    intptr_t len;
} DictIter;

static PymObject *dictiter_new(PymDict *d, PymType *t) {
    DictIter *di = (DictIter *)pym_object_alloc(t, 0);
    if (!di) return NULL;
    di->di_dict = (PymDict *)pym_newref((PymObject *)d);
    di->di_used = d->ma_used;
    di->len = d->ma_used;
    bool rev = t == &pym_type_dict_revkeyiter || t == &pym_type_dict_revvalueiter ||
               t == &pym_type_dict_revitemiter;
    di->di_pos = rev ? d->ma_keys->dk_nentries - 1 : 0;
    di->di_result = NULL;
    if (t == &pym_type_dict_itemiter || t == &pym_type_dict_revitemiter) {
        di->di_result = pym_tuple_pack(2, pym_None, pym_None);
        if (!di->di_result) {
            PYM_DECREF(di);
            return NULL;
        }
    }
    pym_gc_track((PymObject *)di);
    return (PymObject *)di;
}

static void dictiter_dealloc(PymObject *o) {
    DictIter *di = (DictIter *)o;
    pym_gc_untrack(o);
    PYM_XDECREF(di->di_dict);
    PYM_XDECREF(di->di_result);
    PYM_TYPE(o)->tp_free(o);
}

static int dictiter_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((DictIter *)o)->di_dict);
    PYM_VISIT(((DictIter *)o)->di_result);
    return 0;
}

static int dictiter_clear(PymObject *o) {
    PYM_CLEAR(((DictIter *)o)->di_dict);
    PYM_CLEAR(((DictIter *)o)->di_result);
    return 0;
}

/* Advances to the next live entry; borrowed key and value. 1 found, 0 end, -1 error. */
static int dictiter_step(DictIter *di, PymObject **key, PymObject **value, bool reverse) {
    PymDict *d = di->di_dict;
    if (!d) return 0;
    if (di->di_used != d->ma_used) {
        pym_err_set_string(PymExc_RuntimeError, "dictionary changed size during iteration");
        di->di_used = -1;
        return -1;
    }
    PymDictKeys *k = d->ma_keys;
    intptr_t i = di->di_pos, n = k->dk_nentries;
    if (d->ma_values) {
        /* split: positions in insertion order (which stay valid if the
        ** dict turns combined: dict_unsplit lays entries out in that order) */
        PymInstValues *v = d->ma_values;
        n = v->iv_len;
        if (!reverse) {
            if (i >= n) goto done;
            di->di_pos = i + 1;
        } else {
            if (i >= n) i = n - 1;
            if (i < 0) goto done;
            di->di_pos = i - 1;
        }
        if (di->len == 0) {
            pym_err_set_string(PymExc_RuntimeError, "dictionary keys changed during iteration");
            PYM_CLEAR(di->di_dict);
            return -1;
        }
        di->len--;
        intptr_t ix = pym_inst_values_order(v)[i];
        *key = ent_key(k, ix);
        *value = v->iv_values[ix];
        return 1;
    }
    if (!reverse) {
        while (i < n && *ent_value_ptr(k, i) == NULL) i++;
        if (i >= n) goto done;
        di->di_pos = i + 1;
    } else {
        if (i >= n) i = n - 1;
        while (i >= 0 && *ent_value_ptr(k, i) == NULL) i--;
        if (i < 0) goto done;
        di->di_pos = i - 1;
    }
    if (di->len == 0) {
        pym_err_set_string(PymExc_RuntimeError, "dictionary keys changed during iteration");
        PYM_CLEAR(di->di_dict);
        return -1;
    }
    di->len--;
    *key = ent_key(k, i);
    *value = *ent_value_ptr(k, i);
    return 1;
done:
    PYM_CLEAR(di->di_dict);
    return 0;
}

static PymObject *dictiter_nextkey(PymObject *o) {
    PymObject *k, *v;
    bool rev = PYM_TYPE(o) == &pym_type_dict_revkeyiter;
    return dictiter_step((DictIter *)o, &k, &v, rev) > 0 ? pym_newref(k) : NULL;
}

static PymObject *dictiter_nextvalue(PymObject *o) {
    PymObject *k, *v;
    bool rev = PYM_TYPE(o) == &pym_type_dict_revvalueiter;
    return dictiter_step((DictIter *)o, &k, &v, rev) > 0 ? pym_newref(v) : NULL;
}

static PymObject *dictiter_nextitem(PymObject *o) {
    DictIter *di = (DictIter *)o;
    PymObject *k, *v;
    bool rev = PYM_TYPE(o) == &pym_type_dict_revitemiter;
    if (dictiter_step(di, &k, &v, rev) <= 0) return NULL;
    pym_incref(k);
    pym_incref(v);
    PymObject *r = di->di_result;
    if (PYM_REFCNT(r) == 1) {
        PymObject *ok = PYM_TUPLE_GET(r, 0), *ov = PYM_TUPLE_GET(r, 1);
        PYM_TUPLE_SET(r, 0, k);
        PYM_TUPLE_SET(r, 1, v);
        pym_incref(r);
        PYM_DECREF(ok);
        PYM_DECREF(ov);
        if (!pym_gc_is_tracked(r)) pym_gc_track(r);
        return r;
    }
    r = pym_tuple_new(2);
    if (!r) {
        PYM_DECREF(k);
        PYM_DECREF(v);
        return NULL;
    }
    PYM_TUPLE_SET(r, 0, k);
    PYM_TUPLE_SET(r, 1, v);
    return r;
}

static PymObject *iter_self(PymObject *o) { return pym_newref(o); }

static PymObject *dictiter_length_hint(PymObject *self, PymObject *const *args, size_t nargs,
                                       PymObject *kwnames) {
    DictIter *di = (DictIter *)self;
    intptr_t n = di->di_dict && di->di_used == di->di_dict->ma_used ? di->len : 0;
    return pym_int_from_ssize(n);
}

static PymMethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define DICTITER_TYPE(cname, pyname, nextfn) \
    PymType cname = { \
        PYM_VAR_HEAD_INIT(&pym_type_type, 0), \
        .tp_name = pyname, \
        .tp_basicsize = sizeof(DictIter), \
        .tp_flags = PYM_TPFLAGS_HAVE_GC, \
        .tp_dealloc = dictiter_dealloc, \
        .tp_traverse = dictiter_traverse, \
        .tp_clear = dictiter_clear, \
        .tp_getattro = pym_object_generic_getattr, \
        .tp_iter = iter_self, \
        .tp_iternext = nextfn, \
        .tp_methods = dictiter_methods, \
        .tp_free = pym_object_free, \
    };

DICTITER_TYPE(pym_type_dict_keyiter, "dict_keyiterator", dictiter_nextkey)
DICTITER_TYPE(pym_type_dict_valueiter, "dict_valueiterator", dictiter_nextvalue)
DICTITER_TYPE(pym_type_dict_itemiter, "dict_itemiterator", dictiter_nextitem)
DICTITER_TYPE(pym_type_dict_revkeyiter, "dict_reversekeyiterator", dictiter_nextkey)
DICTITER_TYPE(pym_type_dict_revvalueiter, "dict_reversevalueiterator", dictiter_nextvalue)
DICTITER_TYPE(pym_type_dict_revitemiter, "dict_reverseitemiterator", dictiter_nextitem)

static PymObject *dict_iter(PymObject *o) {
    return dictiter_new((PymDict *)o, &pym_type_dict_keyiter);
}

/* {====== views ======} */

typedef struct {
    PymObject ob_base;
    PymDict *dv_dict;
} DictView;

static PymObject *dict_view_new(PymObject *d, PymType *t) {
    DictView *v = (DictView *)pym_object_alloc(t, 0);
    if (!v) return NULL;
    v->dv_dict = (PymDict *)pym_newref(d);
    pym_gc_track((PymObject *)v);
    return (PymObject *)v;
}

static void view_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    PYM_XDECREF(((DictView *)o)->dv_dict);
    PYM_TYPE(o)->tp_free(o);
}

static int view_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((DictView *)o)->dv_dict);
    return 0;
}

static intptr_t view_len(PymObject *o) { return ((DictView *)o)->dv_dict->ma_used; }

static PymObject *view_iter(PymObject *o) {
    PymType *t = PYM_TYPE(o) == &pym_type_dict_keys     ? &pym_type_dict_keyiter
                 : PYM_TYPE(o) == &pym_type_dict_values ? &pym_type_dict_valueiter
                                                        : &pym_type_dict_itemiter;
    return dictiter_new(((DictView *)o)->dv_dict, t);
}

static PymObject *view_reversed(PymObject *self, PymObject *const *args, size_t nargs,
                                PymObject *kwnames) {
    PymType *t = PYM_TYPE(self) == &pym_type_dict_keys     ? &pym_type_dict_revkeyiter
                 : PYM_TYPE(self) == &pym_type_dict_values ? &pym_type_dict_revvalueiter
                                                           : &pym_type_dict_revitemiter;
    return dictiter_new(((DictView *)self)->dv_dict, t);
}

static PymObject *view_repr(PymObject *o) {
    int r = pym_repr_enter(o);
    if (r != 0) return r > 0 ? pym_str_from_cstr("...") : NULL;
    PymObject *l = pym_list_from_iter(o);
    PymObject *s = NULL;
    if (l) {
        s = pym_str_from_format("%s(%R)", pym_type_name(o), l);
        PYM_DECREF(l);
    }
    pym_repr_leave(o);
    return s;
}

static int keys_contains(PymObject *o, PymObject *key) {
    return pym_dict_contains((PymObject *)((DictView *)o)->dv_dict, key);
}

static int items_contains(PymObject *o, PymObject *item) {
    if (!PYM_TUPLE_CHECK(item) || PYM_SIZE(item) != 2) return 0;
    PymObject *key = PYM_TUPLE_GET(item, 0), *value = PYM_TUPLE_GET(item, 1);
    PymObject *found = pym_dict_getitem((PymObject *)((DictView *)o)->dv_dict, key);
    if (!found) return pym_err_occurred() ? -1 : 0;
    pym_incref(found);
    int r = pym_object_richcompare_bool(found, value, PYM_EQ);
    PYM_DECREF(found);
    return r;
}

static bool is_view_or_set(PymObject *o) {
    return PYM_ANYSET_CHECK(o) || PYM_TYPE(o) == &pym_type_dict_keys ||
           PYM_TYPE(o) == &pym_type_dict_items;
}

/* 1 if every element of a is in b */
static int all_contained_in(PymObject *a, PymObject *b) {
    PymObject *it = pym_object_getiter(a);
    if (!it) return -1;
    int ok = 1;
    PymObject *x;
    while ((x = pym_iter_next(it)) != NULL) {
        ok = pym_object_contains(b, x);
        PYM_DECREF(x);
        if (ok <= 0) break;
    }
    PYM_DECREF(it);
    if (ok >= 0 && pym_err_occurred()) return -1;
    return ok;
}

static PymObject *view_richcompare(PymObject *a, PymObject *b, int op) {
    if (!is_view_or_set(a) || !is_view_or_set(b)) PYM_RETURN_NOTIMPL;
    intptr_t la = pym_object_len(a), lb = pym_object_len(b);
    if (la < 0 || lb < 0) return NULL;
    int ok = 0;
    switch (op) {
    case PYM_EQ:
    case PYM_NE:
        ok = la == lb ? all_contained_in(a, b) : 0;
        if (ok >= 0 && op == PYM_NE) ok = !ok;
        break;
    case PYM_LT: ok = la < lb ? all_contained_in(a, b) : 0; break;
    case PYM_LE: ok = la <= lb ? all_contained_in(a, b) : 0; break;
    case PYM_GT: ok = la > lb ? all_contained_in(b, a) : 0; break;
    case PYM_GE: ok = la >= lb ? all_contained_in(b, a) : 0; break;
    }
    if (ok < 0) return NULL;
    return pym_bool_from(ok);
}

/* set(left) <method>(right), as CPython's dictviews_* do. */
static PymObject *view_setop(PymObject *a, PymObject *b, const char *method) {
    PymObject *r = pym_set_new(a);
    if (!r) return NULL;
    PymObject *name = pym_str_intern_cstr(method);
    PymObject *t = pym_call_method(r, name, &b, 1);
    if (!t) {
        PYM_DECREF(r);
        return NULL;
    }
    PYM_DECREF(t);
    return r;
}

static PymObject *view_sub(PymObject *a, PymObject *b) {
    return view_setop(a, b, "difference_update");
}
static PymObject *view_or(PymObject *a, PymObject *b) { return view_setop(a, b, "update"); }
static PymObject *view_xor(PymObject *a, PymObject *b) {
    return view_setop(a, b, "symmetric_difference_update");
}
static PymObject *view_and(PymObject *a, PymObject *b) {
    if (!is_view_or_set(a) && is_view_or_set(b)) {
        PymObject *t = a;
        a = b;
        b = t;
    }
    return view_setop(a, b, "intersection_update");
}

static PymObject *view_isdisjoint(PymObject *self, PymObject *const *args, size_t nargs,
                                  PymObject *kwnames) {
    if (pym_arg_count("isdisjoint", nargs, kwnames, 1, 1) < 0) return NULL;
    PymObject *it = pym_object_getiter(args[0]);
    if (!it) return NULL;
    PymObject *x;
    while ((x = pym_iter_next(it)) != NULL) {
        int c = pym_object_contains(self, x);
        PYM_DECREF(x);
        if (c != 0) {
            PYM_DECREF(it);
            if (c < 0) return NULL;
            PYM_RETURN_FALSE;
        }
    }
    PYM_DECREF(it);
    if (pym_err_occurred()) return NULL;
    PYM_RETURN_TRUE;
}

static PymObject *view_mapping(PymObject *self, void *closure) {
    /* mappingproxy is not available; return the dict itself */
    return pym_newref((PymObject *)((DictView *)self)->dv_dict);
}

static PymGetSetDef view_getset[] = {
    {"mapping", view_mapping, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymMethodDef setview_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, NULL},
    {"__reversed__", view_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PymMethodDef values_methods[] = {
    {"__reversed__", view_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

PymType pym_type_dict_keys = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "dict_keys",
    .tp_basicsize = sizeof(DictView),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = view_dealloc,
    .tp_traverse = view_traverse,
    .tp_repr = view_repr,
    .tp_richcompare = view_richcompare,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = view_iter,
    .nb_binop = {[PYM_NB_SUBTRACT] = view_sub,
                 [PYM_NB_AND] = view_and,
                 [PYM_NB_OR] = view_or,
                 [PYM_NB_XOR] = view_xor},
    .sq_length = view_len,
    .sq_contains = keys_contains,
    .tp_methods = setview_methods,
    .tp_getset = view_getset,
    .tp_free = pym_object_free,
};

PymType pym_type_dict_items = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "dict_items",
    .tp_basicsize = sizeof(DictView),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = view_dealloc,
    .tp_traverse = view_traverse,
    .tp_repr = view_repr,
    .tp_richcompare = view_richcompare,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = view_iter,
    .nb_binop = {[PYM_NB_SUBTRACT] = view_sub,
                 [PYM_NB_AND] = view_and,
                 [PYM_NB_OR] = view_or,
                 [PYM_NB_XOR] = view_xor},
    .sq_length = view_len,
    .sq_contains = items_contains,
    .tp_methods = setview_methods,
    .tp_getset = view_getset,
    .tp_free = pym_object_free,
};

PymType pym_type_dict_values = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "dict_values",
    .tp_basicsize = sizeof(DictView),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = view_dealloc,
    .tp_traverse = view_traverse,
    .tp_repr = view_repr,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = view_iter,
    .sq_length = view_len,
    .tp_methods = values_methods,
    .tp_getset = view_getset,
    .tp_free = pym_object_free,
};

PymType pym_type_dict = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "dict",
    .tp_basicsize = sizeof(PymDict),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE | PYM_TPFLAGS_DICT_SUBCLASS |
                PYM_TPFLAGS_MAPPING,
    .tp_dealloc = dict_dealloc,
    .tp_traverse = dict_traverse,
    .tp_clear = dict_tp_clear,
    .tp_repr = dict_repr,
    .tp_richcompare = dict_richcompare,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = dict_iter,
    .nb_binop = {[PYM_NB_OR] = dict_or, [PYM_NB_INPLACE + PYM_NB_OR] = dict_ior},
    .sq_length = dict_length,
    .mp_subscript = dict_subscript,
    .mp_ass_subscript = dict_ass_subscript,
    .sq_contains = dict_contains_slot,
    .tp_methods = dict_methods,
    .tp_new = dict_new,
    .tp_init = dict_init,
    .tp_free = pym_object_free,
    .tp_doc = "dict() -> new empty dictionary",
};

/* {====== entry indexes for the VM's name caches ======}
** STORE_NAME (vm.c) remembers the index of a name's entry in the namespace
** dict (LOAD_NAME caches as LOAD_GLOBAL does: keys version and value
** offset); the entry at that index, checked to hold this very key
** object, is the name's (a key is in at most one live entry).  Nothing is
** held: a stale index just fails the check.  Combined tables only. */
intptr_t pym_dict_entry_index(PymObject *d, PymObject *name) {
    PymDict *mp = (PymDict *)d;
    if (mp->ma_values || !PYM_STR_CHECK_EXACT(name)) return -1;
    intptr_t h = key_hash(name);
    if (h == -1) {
        pym_err_clear();
        return -1;
    }
    PymObject *v;
    intptr_t ix = dict_lookup_combined(mp, name, h, &v);
    if (ix < 0 || !v || ent_key(mp->ma_keys, ix) != name) {
        if (ix == DKIX_ERROR) pym_err_clear();
        return -1;
    }
    return ix;
}

PymObject **pym_dict_entry_value(PymObject *d, intptr_t ix, PymObject *name) {
    PymDict *mp = (PymDict *)d;
    PymDictKeys *k = mp->ma_keys;
    if (mp->ma_values || (size_t)ix >= (size_t)k->dk_nentries || ent_key(k, ix) != name)
        return NULL;
    PymObject **vp = ent_value_ptr(k, ix);
    return *vp ? vp : NULL;
}

/* Keys versions (dictobject.h): EMPTY_KEYS, shared by every empty dict and
** never changed, has 1 for good; the others take 2, 3, ... up to
** NO_KEYS_VERSION - 1; none is 0, the zeroed words of a fresh cache. */
static uint32_t keys_version_last = 1;

uint32_t pym_dict_keys_version(PymObject *d) {
    PymDict *mp = (PymDict *)d;
    PymDictKeys *k = mp->ma_keys;
    if (mp->ma_values) return 0;
    if (k->dk_version == NO_KEYS_VERSION) {
        if (keys_version_last >= NO_KEYS_VERSION - 1) return 0;
        k->dk_version = ++keys_version_last;
    }
    return k->dk_version;
}

intptr_t pym_dict_value_offset(PymObject *d, PymObject *name) {
    intptr_t ix = pym_dict_entry_index(d, name);
    if (ix < 0) return -1;
    PymDictKeys *k = ((PymDict *)d)->ma_keys;
    return (char *)ent_value_ptr(k, ix) - (char *)k;
}

int pym_dict_entry_replace(PymObject *d, intptr_t ix, PymObject *name, PymObject *value) {
    PymDict *mp = (PymDict *)d;
    PymObject **vp = pym_dict_entry_value(d, ix, name);
    if (!vp) return 0;
    maintain_tracking(mp, name, value);
    PymObject *old = *vp;
    if (old == value) {
        PYM_DECREF(value);
        return 1;
    }
    *vp = value;
    mp->ma_version = NEW_VERSION();
    PYM_DECREF(old); /* last: may run __del__ */
    return 1;
}
