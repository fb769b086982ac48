/*
** namemap.h -- an insertion-ordered map from C string to index (namemap.c),
** for the compiler's passes: the symbol table's symbols of a scope, the
** compiler's co_names / co_varnames / co_cellvars / co_freevars.
**
** The items are kept in an array in the order they were added (the index of
** an item is its position: what the bytecode's arguments are), each the
** user's struct whose first field is its name (const char *, not copied: the
** AST arena or the symbol table owns the text).  A hash index of int slots
** (open addressing, linear probing, at most half full) finds a name's item.
** Everything is in raw memory; nothing is ever removed.
*/
#ifndef PYM_NAMEMAP_H
#define PYM_NAMEMAP_H

#include "common.h"

typedef struct PymNameMap {
    unsigned char *items; /* n items of item_size bytes, in insertion order */
    int n, cap;
    int *index;       /* slot -> item index + 1; 0 = empty */
    int nindex;       /* a power of two, or 0 */
    size_t item_size; /* sizeof the user's item struct */
} PymNameMap;

/* An initializer: PymNameMap m = PYM_NAMEMAP_INIT(PymSymbol). */
#define PYM_NAMEMAP_INIT(item_type) \
    { .item_size = sizeof(item_type) }

/* The index of name's item, or -1. */
int pym_namemap_find(const PymNameMap *m, const char *name);
/* The index of name's item, added (zeroed but for its name) when absent;
** -1 when out of memory (no exception set). */
int pym_namemap_add(PymNameMap *m, const char *name);
/* Frees the map's memory (not the names): it is empty again. */
void pym_namemap_free(PymNameMap *m);

/* The item at index i (0 <= i < n), and its name. */
static inline void *pym_namemap_item(const PymNameMap *m, int i) {
    return m->items + (size_t)i * m->item_size;
}
static inline const char *pym_namemap_name(const PymNameMap *m, int i) {
    return *(const char **)pym_namemap_item(m, i);
}

#endif
