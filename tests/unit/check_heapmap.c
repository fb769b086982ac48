/*
** check_heapmap.c -- the read-only walk over pymalloc's arenas (the heap
** map's source), the large-block counters, and the SVG it draws.
*/
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "obmalloc.h"
#include "memviz.h"

static PymArenaView *walk(size_t *n) {
    *n = pym_obmalloc_walk(NULL, 0);
    PymArenaView *v = malloc((*n ? *n : 1) * sizeof *v);
    ck_assert_ptr_nonnull(v);
    ck_assert_uint_eq(pym_obmalloc_walk(v, *n), *n);
    return v;
}

START_TEST(walk_agrees_with_stats) {
    void *blocks[3000];
    for (int i = 0; i < 3000; i++) blocks[i] = pym_obj_malloc((size_t)(8 + (i % 40) * 8));
    for (int i = 0; i < 3000; i += 3) pym_obj_free(blocks[i]);
    PymObmallocStats s;
    pym_obmalloc_stats(&s);
    size_t n;
    PymArenaView *v = walk(&n);
    ck_assert_uint_eq(n, s.arenas_mapped);
    size_t pools[64] = {0}, used[64] = {0}, avail[64] = {0}, free_pools = 0;
    for (size_t a = 0; a < n; a++) {
        if (a) ck_assert(v[a - 1].base < v[a].base);        /* address order */
        free_pools += v[a].nfreepools;
        size_t empty = 0;
        for (int k = 0; k < 64; k++) {
            PymPoolView *p = &v[a].pools[k];
            if (p->szidx < 0) { empty++; continue; }
            ck_assert_uint_eq(p->block_size, 8u * (unsigned)(p->szidx + 1));
            ck_assert(p->used >= 1 && p->used <= p->total);
            pools[p->szidx]++;
            used[p->szidx] += p->used;
            avail[p->szidx] += p->total - p->used;
        }
        ck_assert_uint_eq(empty, v[a].nfreepools);
    }
    ck_assert_uint_eq(free_pools, s.free_pools);
    for (int c = 0; c < 64; c++) {
        ck_assert_uint_eq(pools[c], s.classes[c].pools);
        ck_assert_uint_eq(used[c], s.classes[c].blocks_in_use);
        ck_assert_uint_eq(avail[c], s.classes[c].free_blocks);
    }
    free(v);
    for (int i = 1; i < 3000; i++)
        if (i % 3) pym_obj_free(blocks[i]);
}
END_TEST

START_TEST(large_blocks_are_counted) {
    intptr_t n0, n1, n2;
    size_t b0, b1, b2;
    pym_obmalloc_large(&n0, &b0);
    void *p = pym_obj_malloc(1000), *q = pym_obj_malloc(513), *small = pym_obj_malloc(512);
    pym_obmalloc_large(&n1, &b1);
    ck_assert_int_eq(n1, n0 + 2);                       /* 512 bytes is still a pool block */
    ck_assert_uint_ge(b1, b0 + 1513);
    p = pym_obj_realloc(p, 100000);                     /* grows in malloc */
    pym_obmalloc_large(&n2, &b2);
    ck_assert_int_eq(n2, n1);
    ck_assert_uint_ge(b2, b0 + 100513);
    q = pym_obj_realloc(q, 100);                        /* moves into a pool */
    pym_obj_free(p);
    pym_obj_free(q);
    pym_obj_free(small);
    pym_obmalloc_large(&n2, &b2);
    ck_assert_int_eq(n2, n0);
    ck_assert_uint_eq(b2, b0);
}
END_TEST

START_TEST(heapmap_draws_every_arena) {
    void *keep = pym_obj_malloc(64);
    char path[] = "/tmp/check_heapmapXXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(pym_heapmap_write(path, "unit <test>"), 0);
    FILE *f = fdopen(fd, "r");
    static char text[1 << 20];
    size_t len = fread(text, 1, sizeof text - 1, f);
    text[len] = 0;
    fclose(f);
    unlink(path);
    ck_assert(strncmp(text, "<?xml", 5) == 0);
    ck_assert_ptr_nonnull(strstr(text, "</svg>\n"));
    ck_assert_ptr_nonnull(strstr(text, "unit &lt;test&gt;"));   /* escaped title */
    size_t rows = 0;
    for (char *p = text; (p = strstr(p, "<g class=\"arena\"")) != NULL; p++) rows++;
    PymObmallocStats s;
    pym_obmalloc_stats(&s);
    ck_assert_uint_eq(rows, s.arenas_mapped);
    pym_obj_free(keep);
}
END_TEST

Suite *heapmap_suite(void) {
    Suite *s = suite_create("heapmap");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, walk_agrees_with_stats);
    tcase_add_test(tc, large_blocks_are_counted);
    tcase_add_test(tc, heapmap_draws_every_arena);
    suite_add_tcase(s, tc);
    return s;
}
