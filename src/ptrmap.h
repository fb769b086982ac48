/*
** ptrmap.h -- a hash table keyed by address (ptrmap.c), for the places that
** must follow blocks or nodes without allocating objects: the leak check's
** record of blocks and its census set, tracemalloc's traces, the symbol
** table's map from AST node to scope.
**
** Open addressing with linear probing; deletion by backward shift, so there
** are no tombstones and a lookup stops at the first empty slot.  A slot is
** the user's struct whose first field is the key (uintptr_t, 0 = empty);
** the map knows only its size.  Memory comes from the allocator the user
** names (the raw allocator, or tracemalloc's counted one), never from
** object memory, so the observers never observe themselves.
*/
#ifndef PYM_PTRMAP_H
#define PYM_PTRMAP_H

#include "common.h"

typedef struct PymPtrMap {
    unsigned char *slots; /* cap slots; NULL until the first put */
    size_t cap, used;     /* cap: a power of two, or 0 */
    size_t slot_size;     /* sizeof the user's slot struct */
    size_t min_cap;       /* size of the first table */
    unsigned max_load;    /* percent full at which it doubles */
    bool shrinks;         /* quarter the table when 1/8 full */
    void *(*alloc_zeroed)(size_t nbytes);
    void (*free)(void *p);
} PymPtrMap;

/* An initializer: PymPtrMap m = PYM_PTRMAP_INIT(Slot, 1024, 50, false, za, fr). */
#define PYM_PTRMAP_INIT(slot_type, min_cap_, max_load_, shrinks_, alloc_, free_) \
    { \
        .slot_size = sizeof(slot_type), .min_cap = (min_cap_), .max_load = (max_load_), \
        .shrinks = (shrinks_), .alloc_zeroed = (alloc_), .free = (free_) \
    }

/* The slot of key (nonzero), or NULL. */
void *pym_ptrmap_find(const PymPtrMap *m, uintptr_t key);
/* The slot of key, added (zeroed but for its key) when absent, *added
** telling which (added may be NULL); NULL when out of memory. */
void *pym_ptrmap_put(PymPtrMap *m, uintptr_t key, bool *added);
/* Removes a slot returned by find or put (other slots may move). */
void pym_ptrmap_remove_slot(PymPtrMap *m, void *slot);
/* Removes key if present; true if it was. */
bool pym_ptrmap_remove(PymPtrMap *m, uintptr_t key);
/* Frees the table: the map is empty, ready to be used again. */
void pym_ptrmap_clear(PymPtrMap *m);
/* Iteration in slot order: the next used slot from *pos on, or NULL; start
** with *pos = 0.  The map must not change meanwhile (except the slots'
** values). */
void *pym_ptrmap_next(const PymPtrMap *m, size_t *pos);

#endif
