/*
** namemap.c -- the insertion-ordered string map (design in namemap.h).
** Names are hashed with FNV-1a; the index is rebuilt at twice the size when
** it would be more than half full.
*/
#include "namemap.h"
#include "obmalloc.h"

static unsigned name_hash(const char *s) {
    unsigned h = 2166136261u;
    while (*s) {
        h ^= (unsigned char)*s++;
        h *= 16777619u;
    }
    return h;
}

int pym_namemap_find(const PymNameMap *m, const char *name) {
    if (!m->nindex) return -1;
    unsigned mask = (unsigned)m->nindex - 1, i = name_hash(name) & mask;
    for (int k; (k = m->index[i]); i = (i + 1) & mask)
        if (strcmp(pym_namemap_name(m, k - 1), name) == 0) return k - 1;
    return -1;
}

/* Puts item k (0-based) into the index. */
static void index_item(PymNameMap *m, int k) {
    unsigned mask = (unsigned)m->nindex - 1, i = name_hash(pym_namemap_name(m, k)) & mask;
    while (m->index[i]) i = (i + 1) & mask;
    m->index[i] = k + 1;
}

static int reindex(PymNameMap *m, int nindex) {
    int *idx = pym_raw_calloc((size_t)nindex, sizeof(int));
    if (!idx) return -1;
    pym_raw_free(m->index);
    m->index = idx;
    m->nindex = nindex;
    for (int k = 0; k < m->n; k++) index_item(m, k);
    return 0;
}

int pym_namemap_add(PymNameMap *m, const char *name) {
    int k = pym_namemap_find(m, name);
    if (k >= 0) return k;
    if (m->n == m->cap) {
        int cap = m->cap ? m->cap * 2 : 8;
        unsigned char *v = pym_raw_realloc(m->items, (size_t)cap * m->item_size);
        if (!v) return -1;
        m->items = v;
        m->cap = cap;
    }
    if ((m->n + 1) * 2 > m->nindex && reindex(m, m->nindex ? m->nindex * 2 : 16) < 0) return -1;
    unsigned char *item = pym_namemap_item(m, m->n);
    memset(item, 0, m->item_size);
    *(const char **)item = name;
    index_item(m, m->n);
    return m->n++;
}

void pym_namemap_free(PymNameMap *m) {
    pym_raw_free(m->items);
    pym_raw_free(m->index);
    m->items = NULL;
    m->index = NULL;
    m->n = m->cap = m->nindex = 0;
}
