/*
** check_obmalloc.c -- pymalloc: size classes, pool reuse, the 512-byte
** boundary, arena release and the statistics.
*/
#include <check.h>
#include "obmalloc.h"

static size_t class_blocks(int c) {
    PymObmallocStats s;
    pym_obmalloc_stats(&s);
    return s.classes[c].blocks_in_use;
}

START_TEST(rounds_to_size_classes) {
    size_t c0 = class_blocks(0), c1 = class_blocks(1), c63 = class_blocks(63);
    void *a = pym_obj_malloc(1), *b = pym_obj_malloc(8), *c = pym_obj_malloc(9);
    void *d = pym_obj_malloc(512);
    ck_assert_uint_eq(class_blocks(0), c0 + 2);    /* 1 and 8 bytes: class 0 */
    ck_assert_uint_eq(class_blocks(1), c1 + 1);    /* 9 bytes: class 1 (16) */
    ck_assert_uint_eq(class_blocks(63), c63 + 1);  /* 512 bytes: the last class */
    pym_obj_free(a); pym_obj_free(b); pym_obj_free(c); pym_obj_free(d);
    ck_assert_uint_eq(class_blocks(0), c0);
}
END_TEST

START_TEST(large_requests_bypass_pools) {
    PymObmallocStats before, after;
    pym_obmalloc_stats(&before);
    void *p = pym_obj_malloc(513);
    pym_obmalloc_stats(&after);
    for (int c = 0; c < 64; c++)
        ck_assert_uint_eq(after.classes[c].blocks_in_use, before.classes[c].blocks_in_use);
    ck_assert_int_eq(after.blocks_in_use, before.blocks_in_use + 1);
    pym_obj_free(p);
}
END_TEST

START_TEST(freed_block_is_reused) {
    void *keep = pym_obj_malloc(48);     /* keeps the pool alive */
    void *p = pym_obj_malloc(48);
    pym_obj_free(p);
    void *q = pym_obj_malloc(48);
    ck_assert_ptr_eq(p, q);              /* head of the pool's free list */
    pym_obj_free(q);
    pym_obj_free(keep);
}
END_TEST

START_TEST(empty_arenas_are_released) {
    enum { N = 200000 };
    static void *p[N];
    PymObmallocStats s0, s1, s2;
    pym_obmalloc_stats(&s0);
    for (int i = 0; i < N; i++) p[i] = pym_obj_malloc(32);
    pym_obmalloc_stats(&s1);
    ck_assert_uint_ge(s1.arenas_mapped, s0.arenas_mapped + (N * 32) / (256 * 1024));
    for (int i = 0; i < N; i++) pym_obj_free(p[i]);
    pym_obmalloc_stats(&s2);
    ck_assert_uint_le(s2.arenas_mapped, s0.arenas_mapped + 1); /* one empty arena is kept */
    ck_assert_uint_gt(s2.arenas_reclaimed, s0.arenas_reclaimed);
    ck_assert_int_eq(s2.blocks_in_use, s0.blocks_in_use);
}
END_TEST

/* A program whose live blocks hover at an arena boundary must not map and
** unmap an arena at every turn: the last empty arena stays mapped. */
START_TEST(arena_boundary_does_not_thrash) {
    enum { N = 200000 };
    static void *p[N];
    PymObmallocStats s0, s1, s2;
    pym_obmalloc_stats(&s0);
    int n = 0;
    do { /* fill until a block lands in a newly mapped arena */
        p[n++] = pym_obj_malloc(32);
        pym_obmalloc_stats(&s1);
    } while (s1.arenas_mapped == s0.arenas_mapped && n < N);
    ck_assert_int_lt(n, N);
    for (int i = 0; i < 1000; i++) { /* free the new arena's only block, make it again */
        pym_obj_free(p[n - 1]);
        p[n - 1] = pym_obj_malloc(32);
    }
    pym_obmalloc_stats(&s2);
    ck_assert_uint_eq(s2.arenas_reclaimed, s1.arenas_reclaimed);
    ck_assert_uint_eq(s2.arenas_mapped, s1.arenas_mapped);
    for (int i = 0; i < n; i++) pym_obj_free(p[i]);
}
END_TEST

START_TEST(realloc_keeps_contents) {
    char *p = pym_obj_malloc(16);
    memcpy(p, "0123456789abcde", 16);
    p = pym_obj_realloc(p, 400);         /* to another class */
    ck_assert_str_eq(p, "0123456789abcde");
    p = pym_obj_realloc(p, 4000);        /* to malloc */
    ck_assert_str_eq(p, "0123456789abcde");
    p = pym_obj_realloc(p, 24);          /* back into a pool */
    ck_assert_str_eq(p, "0123456789abcde");
    pym_obj_free(p);
}
END_TEST

/* The inline paths and the out-of-line one take turns on one pool: carving,
** the pool turning full (it leaves usedpools at the next allocation of the
** class), a free turning it used again, reuse of that block, and the pool
** emptying; the statistics (read from the pool headers) agree at every
** step. */
START_TEST(pool_states_through_fast_and_slow_paths) {
    enum { SIZE = 440, CLASS = SIZE / 8 - 1, PER_POOL = (4096 - 48) / SIZE };
    PymObmallocStats s0, s;
    pym_obmalloc_stats(&s0);
    void *b[PER_POOL * 2];
    for (int i = 0; i < PER_POOL * 2; i++) b[i] = pym_obj_malloc(SIZE);
    pym_obmalloc_stats(&s);
    ck_assert_uint_eq(s.classes[CLASS].blocks_in_use, s0.classes[CLASS].blocks_in_use + PER_POOL * 2);
    ck_assert_int_eq(s.blocks_in_use, s0.blocks_in_use + PER_POOL * 2);
    /* a block of a full pool: freed, it is the next one handed out */
    int full = -1;
    for (int i = 0; i < PER_POOL * 2 && full < 0; i++) {
        uintptr_t pool = (uintptr_t)b[i] & ~(uintptr_t)4095;
        int n = 0;
        for (int j = 0; j < PER_POOL * 2; j++) n += ((uintptr_t)b[j] & ~(uintptr_t)4095) == pool;
        if (n == PER_POOL) full = i;
    }
    ck_assert_int_ge(full, 0);
    void *old = b[full];
    pym_obj_free(old);
    pym_obmalloc_stats(&s);
    ck_assert_uint_eq(s.classes[CLASS].blocks_in_use, s0.classes[CLASS].blocks_in_use + PER_POOL * 2 - 1);
    b[full] = pym_obj_malloc(SIZE);
    ck_assert_ptr_eq(b[full], old);
    /* every block, in allocation order: the pools empty and leave the class */
    for (int i = 0; i < PER_POOL * 2; i++) pym_obj_free(b[i]);
    pym_obmalloc_stats(&s);
    ck_assert_uint_eq(s.classes[CLASS].blocks_in_use, s0.classes[CLASS].blocks_in_use);
    ck_assert_uint_eq(s.classes[CLASS].pools, s0.classes[CLASS].pools);
    ck_assert_int_eq(s.blocks_in_use, s0.blocks_in_use);
}
END_TEST

/* One block freed and one allocated at every step, with every pool of the
** class full (a full pool stays the head of usedpools until the next
** allocation of the class): each allocation gets the block just freed,
** whichever full pool it came from, the full pools stay full, and a block
** allocated when all are full opens a new pool. */
START_TEST(free_then_malloc_at_full_pools) {
    enum { SIZE = 472, CLASS = SIZE / 8 - 1, PER_POOL = (4096 - 48) / SIZE, N = PER_POOL * 3 };
    PymObmallocStats s0, s;
    pym_obmalloc_stats(&s0);
    /* fill the class's used pools first, then N blocks in whole pools */
    void *pre[PER_POOL];
    int npre = 0;
    void *b[N];
    for (;;) {
        void *p = pym_obj_malloc(SIZE);
        if (((uintptr_t)p & 4095) == 48) { /* the first block of a fresh pool */
            b[0] = p;
            break;
        }
        ck_assert_int_lt(npre, PER_POOL);
        pre[npre++] = p;
    }
    for (int i = 1; i < N; i++) b[i] = pym_obj_malloc(SIZE);
    for (int step = 0; step < 50; step++) {
        int i = (step * 7) % N;
        void *old = b[i];
        pym_obj_free(old);
        b[i] = pym_obj_malloc(SIZE);
        ck_assert_ptr_eq(b[i], old);
    }
    pym_obmalloc_stats(&s);
    ck_assert_uint_eq(s.classes[CLASS].blocks_in_use,
                      s0.classes[CLASS].blocks_in_use + npre + N);
    ck_assert_uint_eq(s.classes[CLASS].free_blocks, s0.classes[CLASS].free_blocks - npre);
    void *extra = pym_obj_malloc(SIZE); /* every pool full: a new one */
    ck_assert_int_eq((uintptr_t)extra & 4095, 48);
    pym_obj_free(extra);
    for (int i = 0; i < N; i++) pym_obj_free(b[i]);
    for (int i = 0; i < npre; i++) pym_obj_free(pre[i]);
    pym_obmalloc_stats(&s);
    ck_assert_uint_eq(s.classes[CLASS].blocks_in_use, s0.classes[CLASS].blocks_in_use);
    ck_assert_int_eq(s.blocks_in_use, s0.blocks_in_use);
}
END_TEST

static int ticks;
static void count_tick(void) { ticks++; }

/* The timeline's tick sees every allocation while it is set (the inline
** path steps aside), and none once it is removed. */
START_TEST(tick_counts_every_allocation) {
    void *p[12];
    ticks = 0;
    pym_obmalloc_set_tick(count_tick, 4);
    for (int i = 0; i < 12; i++) p[i] = pym_obj_malloc(24);
    ck_assert_int_eq(ticks, 3);
    for (int i = 0; i < 12; i++) pym_obj_free(p[i]);
    pym_obmalloc_set_tick(NULL, 0);
    for (int i = 0; i < 12; i++) p[i] = pym_obj_malloc(24);
    for (int i = 0; i < 12; i++) pym_obj_free(p[i]);
    ck_assert_int_eq(ticks, 3);
}
END_TEST

/* The hooks see each block of pym_obj_malloc/free while their flag is set
** (the inline paths step aside: their owner says so with
** pym_obmalloc_hooks_changed), none once it is cleared; a hook that
** refuses a block makes the allocation fail with nothing left allocated.
** Blocks of a class with a used pool are the inline paths' cases. */
static bool test_hook_on;
static int hook_allocs, hook_frees, hook_refuse;
static size_t hook_last_size;
static int test_on_alloc(void *b, size_t n) {
    (void)b;
    if (hook_refuse) return -1;
    hook_allocs++;
    hook_last_size = n;
    return 0;
}
static void test_on_free(void *b) {
    (void)b;
    hook_frees++;
}
static const PymObmallocHooks test_hooks = {
    .active = &test_hook_on, .on_alloc = test_on_alloc, .on_free = test_on_free};

START_TEST(hooks_see_blocks_while_active) {
    ck_assert_int_eq(pym_obmalloc_add_hooks(&test_hooks), 0);
    hook_allocs = hook_frees = hook_refuse = 0;
    void *a = pym_obj_malloc(40); /* off: not seen */
    void *warm[3];
    for (int i = 0; i < 3; i++) warm[i] = pym_obj_malloc(24); /* a used pool of the class */
    test_hook_on = true;
    pym_obmalloc_hooks_changed();
    void *b = pym_obj_malloc(24), *c = pym_obj_malloc(600);
    ck_assert_int_eq(hook_allocs, 2);
    ck_assert_uint_eq(hook_last_size, 600);
    pym_obj_free(b);
    pym_obj_free(NULL); /* nothing to see */
    ck_assert_int_eq(hook_frees, 1);
    pym_obj_free(warm[2]); /* its pool does not become empty */
    ck_assert_int_eq(hook_frees, 2);
    intptr_t blocks = pym_obj_blocks_in_use();
    hook_refuse = 1;
    ck_assert_ptr_null(pym_obj_malloc(24));
    ck_assert_int_eq(pym_obj_blocks_in_use(), blocks);
    hook_refuse = 0;
    test_hook_on = false;
    pym_obmalloc_hooks_changed();
    pym_obj_free(a);
    pym_obj_free(c); /* off again: not seen */
    pym_obj_free(warm[0]);
    pym_obj_free(warm[1]);
    ck_assert_int_eq(hook_frees, 2);
    ck_assert_int_eq(hook_allocs, 2);
}
END_TEST

Suite *obmalloc_suite(void) {
    Suite *s = suite_create("obmalloc");
    TCase *tc = tcase_create("pymalloc");
    tcase_add_test(tc, rounds_to_size_classes);
    tcase_add_test(tc, large_requests_bypass_pools);
    tcase_add_test(tc, freed_block_is_reused);
    tcase_add_test(tc, empty_arenas_are_released);
    tcase_add_test(tc, arena_boundary_does_not_thrash);
    tcase_add_test(tc, realloc_keeps_contents);
    tcase_add_test(tc, pool_states_through_fast_and_slow_paths);
    tcase_add_test(tc, free_then_malloc_at_full_pools);
    tcase_add_test(tc, tick_counts_every_allocation);
    tcase_add_test(tc, hooks_see_blocks_while_active);
    suite_add_tcase(s, tc);
    return s;
}
