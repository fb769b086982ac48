/*
** instattrs.c -- where the attributes of plain instances live.
**
** Design.  CPython 3.11 does not give every instance a dict.  A class keeps
** one table of attribute names shared by all its instances, and each
** instance keeps only an array of values, one slot per shared name.  A real
** dict is built ("materialized") only when someone asks for obj.__dict__,
** or when the shared names cannot describe the instance.  pym does the same,
** with its own, simpler data structures:
**
**   class (PymType.ht_cached_keys)          instance (at tp_dictoffset)
**   +-------------------------------+       +------------------------+
**   | sk_nkeys                      |       | dict pointer  (NULL)   |
**   | sk_keys[30]: interned strs,   |       | values pointer --------+--+
**   |   append-only: a name keeps   |       +------------------------+  |
**   |   its index for ever          |                                   |
**   | sk_index[64]: open addressing |       PymInstValues  <------------+
**   |   hash -> index + 1 (0 empty) |       | capacity, len          |
**   +-------------------------------+       | values[capacity]       |  by key index, NULL = absent
**                                           | order[capacity] (bytes)|  key indices, insertion order
**                                           +------------------------+
**
** Lookup: the attribute name of a LOAD_ATTR/STORE_ATTR is an interned str
** with a cached hash, and every shared key is interned, so one linear probe
** sequence in sk_index comparing pointers finds the index; then it is one
** array load.  Names that are not interned are found by hash and equality.
**
** Order: vars(obj) must list attributes in insertion order, and instances
** of a class need not add them in the order of the shared table (or may
** delete and re-add one).  Rather than falling back to a dict then, each
** values array carries its own insertion order: a byte per attribute
** (indices are < 30).  Deleting removes the byte; adding appends one.
**
** Sizing: the array is allocated (pym_obj_malloc) when object.__new__
** makes the instance, as CPython 3.11's object.__new__ does, with one slot
** per key the class has seen so far (so instances after the first one get
** exactly the size they need, and their first stores find the room: the
** specialized STORE_ATTR fills it without a detour); a class's first
** instance, when no key exists yet, gets it on its first attribute set.
** It grows when an instance uses a key beyond its capacity: 8 + 9 bytes
** per slot, rounded up to 8.  (CPython 3.11 always allocates room for all
** 30 possible keys.)
** sys.getsizeof(instance) does not count the array, as in CPython 3.11: 56.
**
** Fallback to a real dict: a name that is not an exact str, or a new name
** when the class already has 30 shared keys (CPython's limit), makes that
** one instance materialize its dict; other instances keep their values.
**
** Materializing: obj.__dict__ (and vars(obj), dir(obj)), __class__
** assignment and the fallback make a split-table dict, as CPython 3.11:
** its keys object is the class's (built from the shared keys and cached in
** sk_dict_keys, shared by every such dict), its values are the instance's
** values array, adopted (grown first to CPython's room: the class's keys
** plus its "usable" count, 30 less one per instance given attributes and one
** per key), and the instance's values pointer is cleared.  From then on the
** dict is the single source of truth: obj.x and obj.__dict__['x'] are the
** same slot.  sys.getsizeof counts the dict and its values, not the shared
** keys: 296 for the first instance of a class with three attributes, as
** CPython.  Deleting a key keeps the dict split, and so does adding one the
** shared keys hold or can still take (sk_usable > 0, and the dict's keys
** object is still the class's current one): the name joins the class's
** table and the keys object at the same index, as CPython 3.11 adds it to
** its one shared keys object.  Any other addition turns the dict combined
** (dictobject.c).  obj.__dict__ = d releases the values and installs d;
** del obj.__dict__ releases both (allowed in 3.11).
**
** Which classes: every class that adds the dict pointer to a layout without
** items -- plain classes, and __slots__ naming '__dict__' -- gets the values
** pointer right after it (CPython 3.11 gives them all a "managed dict":
** two pointers, both counted by sys.getsizeof), and the flag
** PYM_TPFLAGS_INLINE_VALUES, inherited by subclasses.
**
** The collector: the values are references owned by the instance, so the
** instance's tp_traverse visits them (in key-index order, as CPython), and
** tp_clear / dealloc release them.  No dict object exists for an instance
** that never materialized one, which is why a cycle of two such instances
** is two unreachable objects for gc.collect(), not four.
*/
#include "pym.h"

static PymInstValues *values_alloc(intptr_t cap) {
    size_t size = (8 + 9 * (size_t)cap + 7) & ~(size_t)7;
    PymInstValues *v = pym_obj_malloc(size);
    if (!v) return NULL;
    memset(v, 0, size);
    v->iv_capacity = (uint8_t)cap;
    return v;
}

void pym_inst_values_release(PymInstValues *v) {
    for (intptr_t i = 0; i < v->iv_capacity; i++) PYM_XDECREF(v->iv_values[i]);
    pym_obj_free(v);
}

intptr_t pym_shared_keys_find_slow(PymSharedKeys *k, PymObject *name) {
    intptr_t h = pym_str_hash(name);
    size_t i = (size_t)h & (PYM_SHARED_KEYS_SLOTS - 1);
    for (;;) {
        unsigned e = k->sk_index[i];
        if (!e) return -1;
        PymObject *key = k->sk_keys[e - 1];
        if (key == name || (((PymStr *)key)->st_hash == h && pym_str_equal(key, name)))
            return (intptr_t)e - 1;
        i = (i + 1) & (PYM_SHARED_KEYS_SLOTS - 1);
    }
}

/* Appends name (an exact str, not yet present) to k: its index, -1 on error. */
static intptr_t shared_keys_add(PymSharedKeys *k, PymObject *name) {
    PymObject *s = pym_str_intern(pym_newref(name));
    if (!s) return -1;
    intptr_t h = pym_str_hash(s);
    size_t i = (size_t)h & (PYM_SHARED_KEYS_SLOTS - 1);
    while (k->sk_index[i]) i = (i + 1) & (PYM_SHARED_KEYS_SLOTS - 1);
    intptr_t ix = k->sk_nkeys++;
    k->sk_usable--;
    k->sk_keys[ix] = s;
    k->sk_index[i] = (uint8_t)(ix + 1);
    return ix;
}

intptr_t pym_shared_keys_add_for_dict(PymSharedKeys *k, PymDictKeys *dk, PymObject *name,
                                      PymObject **interned) {
    if (k->sk_dict_keys != dk || k->sk_dict_nkeys != k->sk_nkeys) return -1; /* stale keys */
    if (k->sk_nkeys == PYM_SHARED_KEYS_MAX || k->sk_usable <= 0) return -1;
    intptr_t ix = shared_keys_add(k, name);
    if (ix < 0) return -2;
    k->sk_dict_nkeys = k->sk_nkeys;
    *interned = k->sk_keys[ix];
    return ix;
}

intptr_t pym_shared_keys_room(PymSharedKeys *k) {
    return k->sk_nkeys + (k->sk_usable > 0 ? k->sk_usable : 0);
}

void pym_shared_keys_free(PymSharedKeys *k) {
    if (!k) return;
    for (intptr_t i = 0; i < k->sk_nkeys; i++) PYM_DECREF(k->sk_keys[i]);
    pym_dict_shared_keys_disown(k->sk_dict_keys);
    pym_dict_keys_decref(k->sk_dict_keys);
    pym_obj_free(k);
}

/* Makes *vp able to hold index ix: a new array or a bigger one. NULL: no memory. */
static PymInstValues *values_grow(PymInstValues **vp, PymSharedKeys *k, intptr_t ix) {
    PymInstValues *v = *vp;
    intptr_t old = v ? v->iv_capacity : 0;
    intptr_t cap = ix + 1 > k->sk_nkeys ? ix + 1 : k->sk_nkeys;
    if (old && cap < 2 * old) cap = 2 * old;
    if (!v && k->sk_usable > 1) k->sk_usable--; /* a new instance, as CPython's */
    if (cap > PYM_SHARED_KEYS_MAX) cap = PYM_SHARED_KEYS_MAX;
    PymInstValues *n = values_alloc(cap);
    if (!n) {
        pym_err_no_memory();
        return NULL;
    }
    if (v) {
        memcpy(n->iv_values, v->iv_values, (size_t)old * sizeof(PymObject *));
        memcpy(pym_inst_values_order(n), pym_inst_values_order(v), v->iv_len);
        n->iv_len = v->iv_len;
        pym_obj_free(v);
    }
    *vp = n;
    return n;
}

int pym_inst_values_prealloc(PymObject *o) {
    PymSharedKeys *k = PYM_TYPE(o)->ht_cached_keys;
    if (!k || !k->sk_nkeys) return 0;
    return values_grow(pym_inst_values_ptr(o), k, 0) ? 0 : -1;
}

/* The class's shared keys, made on first use.  NULL: no memory (raised). */
static PymSharedKeys *class_keys(PymType *t) {
    PymSharedKeys *k = t->ht_cached_keys;
    if (k) return k;
    k = pym_obj_malloc(sizeof(PymSharedKeys));
    if (!k) {
        pym_err_no_memory();
        return NULL;
    }
    memset(k, 0, sizeof *k);
    k->sk_usable = PYM_SHARED_KEYS_MAX;
    t->ht_cached_keys = k;
    return k;
}

int pym_inst_values_set(PymObject *o, PymObject *name, PymObject *value) {
    PymType *t = PYM_TYPE(o);
    PymInstValues **vp = pym_inst_values_ptr(o);
    PymInstValues *v = *vp;
    PymSharedKeys *k = t->ht_cached_keys;
    if (PYM_UNLIKELY(!PYM_STR_CHECK_EXACT(name))) goto fallback;
    intptr_t ix = k ? pym_shared_keys_find(k, name) : -1;
    if (ix < 0) {
        if (!value) goto missing;
        if (!k && !(k = class_keys(t))) return -1;
        if (k->sk_nkeys == PYM_SHARED_KEYS_MAX) goto fallback;
        ix = shared_keys_add(k, name);
        if (ix < 0) return -1;
    }
    if (!v || ix >= v->iv_capacity) {
        if (!value) goto missing;
        v = values_grow(vp, k, ix);
        if (!v) return -1;
    }
    PymObject *old = v->iv_values[ix];
    if (value) {
        v->iv_values[ix] = pym_newref(value);
        if (old)
            PYM_DECREF(old); /* last: may run __del__ */
        else
            pym_inst_values_order(v)[v->iv_len++] = (uint8_t)ix;
        return 0;
    }
    if (!old) goto missing;
    v->iv_values[ix] = NULL;
    uint8_t *ord = pym_inst_values_order(v);
    intptr_t j = 0;
    while (ord[j] != ix) j++;
    memmove(ord + j, ord + j + 1, (size_t)(v->iv_len - j - 1));
    v->iv_len--;
    PYM_DECREF(old);
    return 0;
missing:
    pym_err_format(PymExc_AttributeError, "'%s' object has no attribute '%U'", t->tp_name, name);
    return -1;
fallback:
    return pym_object_materialize_dict(o) ? 1 : -1;
}

PymObject *pym_object_materialize_dict(PymObject *o) {
    PymObject **dp = pym_object_dict_ptr(o);
    if (*dp) return *dp;
    PymInstValues **vp = NULL, *v = NULL;
    if (PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_INLINE_VALUES) {
        vp = pym_inst_values_ptr(o);
        v = *vp;
    }
    if (!vp) { /* the dict pointer alone: a plain dict */
        PymObject *d = pym_dict_new();
        if (!d) return NULL;
        *dp = d;
        return d;
    }
    /* a split table: the class's keys, these values (grown to CPython's room) */
    PymSharedKeys *k = class_keys(PYM_TYPE(o));
    if (!k) return NULL;
    if (!v) { /* no attribute yet: a new instance for CPython */
        if (k->sk_usable > 1) k->sk_usable--;
        v = values_alloc(k->sk_nkeys ? k->sk_nkeys : 1);
        if (!v) return pym_err_no_memory();
        *vp = v;
    }
    if (!k->sk_dict_keys || k->sk_dict_nkeys != k->sk_nkeys) {
        PymDictKeys *dk = pym_dict_shared_keys_new(k->sk_keys, k->sk_nkeys, k);
        if (!dk) return NULL;
        pym_dict_shared_keys_disown(k->sk_dict_keys);
        pym_dict_keys_decref(k->sk_dict_keys);
        k->sk_dict_keys = dk;
        k->sk_dict_nkeys = k->sk_nkeys;
    }
    intptr_t room = k->sk_nkeys + (k->sk_usable > 0 ? k->sk_usable : 0);
    if (room > v->iv_capacity) {
        PymInstValues *n = values_alloc(room);
        if (!n) return pym_err_no_memory();
        memcpy(n->iv_values, v->iv_values, (size_t)v->iv_capacity * sizeof(PymObject *));
        memcpy(pym_inst_values_order(n), pym_inst_values_order(v), v->iv_len);
        n->iv_len = v->iv_len;
        pym_obj_free(v);
        *vp = v = n;
    }
    PymObject *d = pym_dict_new_split(k->sk_dict_keys, v);
    if (!d) return NULL;
    *vp = NULL; /* the dict owns the values now */
    *dp = d;
    return d;
}

int pym_object_set_instance_dict(PymObject *o, PymObject *d) {
    PymObject **dp = pym_object_dict_ptr(o);
    PymInstValues *v = NULL;
    if (PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_INLINE_VALUES) {
        PymInstValues **vp = pym_inst_values_ptr(o);
        v = *vp;
        *vp = NULL;
    }
    PYM_SETREF(*dp, pym_xnewref(d));
    if (v) pym_inst_values_release(v);
    return 0;
}

int pym_inst_values_traverse(PymObject *o, visitproc visit, void *arg) {
    return pym_inst_values_visit(*pym_inst_values_ptr(o), visit, arg);
}

void pym_inst_values_clear(PymObject *o) {
    PymInstValues **vp = pym_inst_values_ptr(o);
    PymInstValues *v = *vp;
    if (v) {
        *vp = NULL;
        pym_inst_values_release(v);
    }
}
