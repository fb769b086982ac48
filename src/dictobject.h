/*
** dictobject.h -- dict (dictobject.c): compact, insertion-ordered, CPython's
** layout (a keys object of indices + entries; 16-byte entries when all keys
** are str, 24 otherwise) so sys.getsizeof matches CPython 3.11.
*/
#ifndef PYM_DICTOBJECT_H
#define PYM_DICTOBJECT_H

#include "object.h"

typedef struct PymDictKeys PymDictKeys;

/* The keys object (dictobject.c's design essay); its header is public for
** the VM's LOAD_GLOBAL cache, which reads dk_version and a value slot
** inline.  Only dictobject.c writes it. */
struct PymDictKeys {
    intptr_t dk_refcnt;
    uint8_t dk_log2_size;
    uint8_t dk_log2_index_bytes;
    uint8_t dk_kind;
    uint32_t dk_version; /* pym_dict_keys_version; UINT32_MAX: none given */
    intptr_t dk_usable;
    intptr_t dk_nentries;
    char dk_indices[];
};

typedef struct PymDict {
    PymObject ob_base;
    intptr_t ma_used;    /* number of items */
    uint64_t ma_version; /* changes on every mutation */
    PymDictKeys *ma_keys;
    struct PymInstValues *ma_values; /* NULL: combined table; else a split
                                 ** table (an instance's __dict__, instattrs.c):
                                 ** ma_keys is shared with the class, the values
                                 ** are here, by key index */
} PymDict;

extern PymType pym_type_dict, pym_type_dict_keys, pym_type_dict_values, pym_type_dict_items;
extern PymType pym_type_dict_keyiter, pym_type_dict_valueiter, pym_type_dict_itemiter,
    pym_type_dict_revkeyiter, pym_type_dict_revvalueiter, pym_type_dict_revitemiter;
#define PYM_DICT_CHECK(o)       ((PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_DICT_SUBCLASS) != 0)
#define PYM_DICT_CHECK_EXACT(o) (PYM_TYPE(o) == &pym_type_dict)

PymObject *pym_dict_new(void);
/* While held (nesting), dicts and keys tables neither come from nor go to
** the free lists: work done late on start-up's behalf (the static types'
** dicts, typeobject.c) leaves them as the program left them. */
void pym_dict_freelists_hold(int on);
/* A dict pre-sized for n items, as CPython's BUILD_MAP / dict literal does
** (n <= 5: same as pym_dict_new). */
PymObject *pym_dict_new_presized(intptr_t n);
/* Borrowed; NULL and no error when missing; NULL with error when hashing failed. */
PymObject *pym_dict_getitem(PymObject *d, PymObject *key);
PymObject *pym_dict_getitem_hash(PymObject *d, PymObject *key, intptr_t hash);
PymObject *pym_dict_getitem_cstr(PymObject *d, const char *key);      /* borrowed */
int pym_dict_setitem(PymObject *d, PymObject *key, PymObject *value); /* no steal; 0/-1 */
int pym_dict_setitem_cstr(PymObject *d, const char *key, PymObject *value);
int pym_dict_delitem(PymObject *d, PymObject *key); /* KeyError when missing */
int pym_dict_delitem_cstr(PymObject *d, const char *key);
int pym_dict_contains(PymObject *d, PymObject *key); /* 1/0/-1 */
/* Removes and returns (new ref) the value, or NULL with no error if absent. */
PymObject *pym_dict_pop(PymObject *d, PymObject *key);
/* Iteration: pos starts at 0; returns 1 with borrowed *key and *value, 0 at the end. */
int pym_dict_next(PymObject *d, intptr_t *pos, PymObject **key, PymObject **value);
intptr_t pym_dict_size(PymObject *d);
void pym_dict_clear(PymObject *d);
PymObject *pym_dict_copy(PymObject *d);
/* For the collector: untracks an exact dict holding only atomic keys/values. */
void pym_dict_maybe_untrack(PymObject *d);
/* d.update(other): other a mapping (keys()+[]) or iterable of pairs. 0/-1 */
int pym_dict_update(PymObject *d, PymObject *other);
/* Merge mapping b into a; override=0 keeps a's values, override=2 raises
** KeyError on a duplicate key (for f(**kw) duplicates the VM raises TypeError). */
int pym_dict_merge(PymObject *a, PymObject *b, int override);
PymObject *pym_dict_keys_list(PymObject *d);
PymObject *pym_dict_values_list(PymObject *d);
PymObject *pym_dict_items_list(PymObject *d); /* list of (k, v) tuples */
/* d.setdefault(key, default): borrowed result */
PymObject *pym_dict_setdefault(PymObject *d, PymObject *key, PymObject *dflt);

/* Split tables (instattrs.c).  A keys object holding the n names (exact,
** interned strs) with no values, refcount 1, made for the class's shared
** keys owner (a split dict may add a key to both while owner uses it);
** the class letting it go (disown); releasing a reference. */
struct PymSharedKeys;
PymDictKeys *pym_dict_shared_keys_new(PymObject *const *names, intptr_t n,
                                      struct PymSharedKeys *owner);
void pym_dict_shared_keys_disown(PymDictKeys *k);
void pym_dict_keys_decref(PymDictKeys *k);
/* A new dict over the shared keys k (takes its own reference) adopting the
** values array v (owned by the dict from now on). */
PymObject *pym_dict_new_split(PymDictKeys *k, struct PymInstValues *v);

/* Entry indexes for the VM's name caches (vm.c's LOAD_NAME / STORE_NAME):
** the index of the live entry whose key is the exact str name itself (-1:
** none, no error); the address of entry ix's value when that entry's key
** is name and it has a value (NULL otherwise: a stale index); replacing
** that value by value (stolen; the old one released last, the version
** bumped as a store does): 1, or 0 with value untouched when ix is stale.
** Combined tables of exact dicts only. */
intptr_t pym_dict_entry_index(PymObject *d, PymObject *name);
PymObject **pym_dict_entry_value(PymObject *d, intptr_t ix, PymObject *name);
int pym_dict_entry_replace(PymObject *d, intptr_t ix, PymObject *name, PymObject *value);
/* Keys versions, for the VM's LOAD_GLOBAL cache (vm.c).  The version of
** combined dict d's keys: a number naming this set of keys in this keys
** object, given on first request (from one counter, never twice) and
** dropped when a key is added or removed, so while d->ma_keys->dk_version
** is the number returned, d holds the same keys in the same entries
** (replacing a value keeps it); never 0 nor UINT32_MAX.  0: none (a split
** table, or all numbers given).  The byte offset, from d's keys object, of the value slot
** of the entry whose key is the exact str name itself; -1 when there is
** none (no error).  Combined tables only. */
uint32_t pym_dict_keys_version(PymObject *d);
intptr_t pym_dict_value_offset(PymObject *d, PymObject *name);
/* Free lists of exact dict objects (at most 80) and of 8-slot str-keyed
** keys objects (at most 80): empties both / the dict objects' count. */
void pym_dict_clear_freelist(void);
intptr_t pym_dict_freelist_count(void);

#endif
