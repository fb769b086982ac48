/*
** instattrs.h -- attribute storage of plain instances (instattrs.c):
** inline values keyed by a per-class shared key table, CPython 3.11's
** design.  The essay is at the top of instattrs.c.
**
** Types whose instances store attributes this way carry
** PYM_TPFLAGS_INLINE_VALUES; their instances have, at tp_dictoffset, the
** dict pointer followed by the values pointer (PymInstValues *).  At most
** one of the two is non-NULL: the dict, once materialized, is the only
** source of truth.  Both NULL means "no attributes".
*/
#ifndef PYM_INSTATTRS_H
#define PYM_INSTATTRS_H

#include "object.h"
#include "strobject.h"
#include "dictobject.h"

#define PYM_SHARED_KEYS_MAX   30 /* as CPython 3.11's SHARED_KEYS_MAX_SIZE */
#define PYM_SHARED_KEYS_SLOTS 64 /* hash slots: power of two > 2 * MAX */

/* A class's shared keys: an append-only list of interned exact strs (owned
** references) and an open-addressing index over it (0: empty, else index+1).
** Allocated on the first attribute set on an instance, freed with the class. */
struct PymSharedKeys {
    intptr_t sk_nkeys;
    PymObject *sk_keys[PYM_SHARED_KEYS_MAX];
    uint8_t sk_index[PYM_SHARED_KEYS_SLOTS];
    /* CPython 3.11's dk_usable of the class's keys: 30, less one per instance
    ** given attributes and one per key added; a materialized __dict__ has
    ** room for sk_nkeys + sk_usable values, as CPython's */
    intptr_t sk_usable;
    PymDictKeys *sk_dict_keys; /* the split dicts' keys object, or NULL */
    intptr_t sk_dict_nkeys;    /* ... made when sk_nkeys was this */
};

/* One instance's values: iv_values[i] is the value of shared key i (NULL:
** absent); after the iv_capacity values come iv_capacity bytes of insertion
** order (the first iv_len hold key indices, oldest first). */
typedef struct PymInstValues {
    uint8_t iv_capacity;
    uint8_t iv_len;
    uint8_t iv_pad[6];
    PymObject *iv_values[];
} PymInstValues;

static inline uint8_t *pym_inst_values_order(PymInstValues *v) {
    return (uint8_t *)(v->iv_values + v->iv_capacity);
}

/* The values pointer of an instance of a PYM_TPFLAGS_INLINE_VALUES type. */
static inline PymInstValues **pym_inst_values_ptr(PymObject *o) {
    return (PymInstValues **)((char *)o + PYM_TYPE(o)->tp_dictoffset + sizeof(PymObject *));
}

intptr_t pym_shared_keys_find_slow(PymSharedKeys *k, PymObject *name);
/* A split dict over dk adds name (an exact str the class's keys lack): its
** index in k, which dk must give it too (*interned: the name to store); -1
** when k cannot take it (full, no usable room, dk no longer k's), -2 on
** error. */
/* What CPython 3.11 sizes a split dict's values by: the keys plus the
** usable room the class's keys have now. */
intptr_t pym_shared_keys_room(PymSharedKeys *k);
intptr_t pym_shared_keys_add_for_dict(PymSharedKeys *k, struct PymDictKeys *dk, PymObject *name,
                                      PymObject **interned);

/* Index of name in k, -1 when absent.  name is a str; an interned name is
** found by pointer in one probe sequence, others by hash and equality. */
static inline intptr_t pym_shared_keys_find(PymSharedKeys *k, PymObject *name) {
    PymStr *s = (PymStr *)name;
    if (PYM_LIKELY(s->st_interned && s->st_hash != -1)) {
        size_t i = (size_t)s->st_hash & (PYM_SHARED_KEYS_SLOTS - 1);
        for (;;) {
            unsigned e = k->sk_index[i];
            if (!e) return -1;
            if (k->sk_keys[e - 1] == name) return (intptr_t)e - 1;
            i = (i + 1) & (PYM_SHARED_KEYS_SLOTS - 1);
        }
    }
    return pym_shared_keys_find_slow(k, name);
}

/* o's own attribute 'name' from its inline values: borrowed, NULL when
** absent (never an error).  o's type has PYM_TPFLAGS_INLINE_VALUES and no
** dict is materialized. */
static inline PymObject *pym_inst_values_get(PymObject *o, PymObject *name) {
    PymInstValues *v = *pym_inst_values_ptr(o);
    PymSharedKeys *k = PYM_TYPE(o)->ht_cached_keys;
    if (!v || !k) return NULL;
    intptr_t ix = pym_shared_keys_find(k, name);
    return ix >= 0 && ix < v->iv_capacity ? v->iv_values[ix] : NULL;
}

/* o's own attribute 'name' (instance dict or inline values): borrowed, NULL
** when absent; an error is set only when a dict lookup failed. */
static inline PymObject *pym_object_own_attr(PymObject *o, PymObject *name) {
    PymObject **dp = pym_object_dict_ptr(o);
    if (!dp) return NULL;
    if (*dp) return pym_dict_getitem(*dp, name);
    if (PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_INLINE_VALUES) return pym_inst_values_get(o, name);
    return NULL;
}

/* Sets (value non-NULL, not stolen) or deletes (value NULL) an attribute in
** the inline values of o (INLINE_VALUES type, no dict materialized yet).
** 0: done; -1: error (AttributeError "'T' object has no attribute 'n'" when
** deleting a missing one); 1: the values cannot hold it (name not an exact
** str, or the class's shared keys are full), so the dict was materialized
** and the caller must store into it. */
int pym_inst_values_set(PymObject *o, PymObject *name, PymObject *value);

/* The instance dict of o (a type with a dict pointer), created when missing
** -- from the inline values, which are then released.  Borrowed; NULL with
** an error set on failure. */
PymObject *pym_object_materialize_dict(PymObject *o);

/* obj.__dict__ = d: installs d (not stolen; NULL for del obj.__dict__) as
** o's dict, releasing any inline values.  0/-1 (never fails today). */
int pym_object_set_instance_dict(PymObject *o, PymObject *d);

/* For tp_traverse / tp_clear / tp_dealloc of INLINE_VALUES instances:
** visit the values (in key-index order, as CPython 3.11), or release them
** (the array is detached first, so re-entrant code sees no values). */
int pym_inst_values_traverse(PymObject *o, visitproc visit, void *arg);
void pym_inst_values_clear(PymObject *o);
/* The loop of pym_inst_values_traverse, for the lean tp_traverse of
** typeobject.c: visits the values of v (NULL: none). */
static inline int pym_inst_values_visit(PymInstValues *v, visitproc visit, void *arg) {
    if (v) {
        for (intptr_t i = 0; i < v->iv_capacity; i++) PYM_VISIT(v->iv_values[i]);
    }
    return 0;
}
/* Drops the references of a detached values array and frees it. */
void pym_inst_values_release(PymInstValues *v);
/* Gives a new instance o (INLINE_VALUES type, from object.__new__) its
** values array at once, one slot per key its class has seen, as CPython
** 3.11's object.__new__ does (and counts the instance in sk_usable); none
** while the class has no key.  0 / -1 (MemoryError set). */
int pym_inst_values_prealloc(PymObject *o);

/* Frees a class's shared keys (from type dealloc). */
void pym_shared_keys_free(PymSharedKeys *k);

#endif
