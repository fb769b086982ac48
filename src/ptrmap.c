/*
** ptrmap.c -- the hash table keyed by address (design in ptrmap.h).
**
** Keys are addresses of blocks or nodes of 16 bytes or more: the low four
** bits say little, so they are dropped and the rest is spread by Fibonacci
** multiplication.  Deletion by backward shift: after emptying slot i, each
** later member of the cluster whose home slot is not cyclically inside
** (i, j] moves back into the hole, which leaves every key reachable from
** its home by probing without crossing an empty slot.
*/
#include "ptrmap.h"

#define KEY(s)     (*(uintptr_t *)(s))
#define SLOT(m, i) ((m)->slots + (i) * (m)->slot_size)

static inline size_t home_of(const PymPtrMap *m, uintptr_t key) {
    return (size_t)((uint64_t)(key >> 4) * 0x9E3779B97F4A7C15ull >> 20) & (m->cap - 1);
}

void *pym_ptrmap_find(const PymPtrMap *m, uintptr_t key) {
    if (!m->cap) return NULL;
    for (size_t i = home_of(m, key);; i = (i + 1) & (m->cap - 1)) {
        unsigned char *s = SLOT(m, i);
        if (KEY(s) == key) return s;
        if (!KEY(s)) return NULL;
    }
}

/* The empty slot where key goes (key absent; the table has room). */
static unsigned char *free_slot(const PymPtrMap *m, uintptr_t key) {
    size_t i = home_of(m, key);
    while (KEY(SLOT(m, i))) i = (i + 1) & (m->cap - 1);
    return SLOT(m, i);
}

/* Moves every slot into a table of ncap slots.  -1 when out of memory (the
** map is left as it was). */
static int resize(PymPtrMap *m, size_t ncap) {
    unsigned char *old = m->slots, *nt = m->alloc_zeroed(ncap * m->slot_size);
    size_t ocap = m->cap;
    if (!nt) return -1;
    m->slots = nt;
    m->cap = ncap;
    for (size_t i = 0; i < ocap; i++) {
        unsigned char *s = old + i * m->slot_size;
        if (KEY(s)) memcpy(free_slot(m, KEY(s)), s, m->slot_size);
    }
    m->free(old);
    return 0;
}

void *pym_ptrmap_put(PymPtrMap *m, uintptr_t key, bool *added) {
    unsigned char *s = pym_ptrmap_find(m, key);
    if (added) *added = !s;
    if (s) return s;
    if ((m->used + 1) * 100 > m->cap * m->max_load &&
        resize(m, m->cap ? m->cap * 2 : m->min_cap) < 0)
        return NULL;
    s = free_slot(m, key);
    KEY(s) = key;
    m->used++;
    return s;
}

void pym_ptrmap_remove_slot(PymPtrMap *m, void *slot) {
    size_t mask = m->cap - 1;
    size_t hole = (size_t)((unsigned char *)slot - m->slots) / m->slot_size;
    for (size_t j = (hole + 1) & mask; KEY(SLOT(m, j)); j = (j + 1) & mask) {
        size_t home = home_of(m, KEY(SLOT(m, j)));
        bool stays = hole < j ? (home > hole && home <= j) : (home > hole || home <= j);
        if (stays) continue;
        memcpy(SLOT(m, hole), SLOT(m, j), m->slot_size);
        hole = j;
    }
    memset(SLOT(m, hole), 0, m->slot_size);
    m->used--;
    if (m->shrinks && m->cap > m->min_cap && m->used * 8 < m->cap)
        resize(m, PYM_MAX(m->cap / 4, m->min_cap)); /* optional: may fail */
}

bool pym_ptrmap_remove(PymPtrMap *m, uintptr_t key) {
    void *s = pym_ptrmap_find(m, key);
    if (s) pym_ptrmap_remove_slot(m, s);
    return s != NULL;
}

void pym_ptrmap_clear(PymPtrMap *m) {
    if (m->slots) m->free(m->slots);
    m->slots = NULL;
    m->cap = m->used = 0;
}

void *pym_ptrmap_next(const PymPtrMap *m, size_t *pos) {
    for (; *pos < m->cap; ++*pos) {
        unsigned char *s = SLOT(m, *pos);
        if (KEY(s)) {
            ++*pos;
            return s;
        }
    }
    return NULL;
}
