/*
** check_memtools.c -- the memory tools: ctypes reading a reference count
** through from_address, the leak check's census, the trashcan keeping deep
** deallocations off the C stack (run here on 1 MiB thread stacks), and the
** free lists being bounded and exact-type only.
*/
#include "testutil.h"
#include <pthread.h>
#include <unistd.h>
#include "frameobject.h"

/* Runs src in a fresh namespace; returns the namespace (new ref). */
static PymObject *run(const char *src) {
    PymObject *g = pym_dict_new();
    ck_assert_ptr_nonnull(g);
    pym_dict_setitem_cstr(g, "__builtins__", pym_builtins_dict());
    PymObject *r = pym_run_string(src, strlen(src), "<test>", PYM_FILE_INPUT, g, g);
    if (!r) pym_err_print();
    ck_assert_ptr_nonnull(r);
    PYM_DECREF(r);
    return g;
}

static long long int_of(PymObject *g, const char *name) {
    PymObject *o = pym_dict_getitem_cstr(g, name);
    ck_assert_ptr_nonnull(o);
    return pym_int_as_longlong(o);
}

/* ---- ctypes ---- */

START_TEST(ctypes_reads_refcount) {
    PymObject *g = run(
        "import ctypes\n"
        "class T: pass\n"
        "x = T()\n"
        "addr = id(x)\n"
        "r1 = ctypes.c_ssize_t.from_address(addr).value\n"
        "y = x\n"
        "r2 = ctypes.c_ssize_t.from_address(addr).value\n"
        "del y\n"
        "r3 = ctypes.c_ssize_t.from_address(addr).value\n"
        "size = ctypes.sizeof(ctypes.c_ssize_t)\n");
    ck_assert_int_eq(int_of(g, "r1"), 1);
    ck_assert_int_eq(int_of(g, "r2"), 2);
    ck_assert_int_eq(int_of(g, "r3"), 1);
    ck_assert_int_eq(int_of(g, "size"), 8);
    PymObject *x = pym_dict_getitem_cstr(g, "x");
    ck_assert_int_eq(int_of(g, "addr"), (long long)(intptr_t)x);     /* id is the address */
    ck_assert_int_eq(PYM_REFCNT(x), 1);
    PYM_DECREF(g);
}
END_TEST

START_TEST(ctypes_views_memory) {
    PymObject *g = run(
        "import ctypes\n"
        "a = ctypes.c_int(7)\n"
        "v = ctypes.c_int.from_address(ctypes.addressof(a))\n"
        "v.value = -9\n"
        "got = a.value\n"
        "wrapped = ctypes.c_int(2**32 + 5).value\n"
        "s = repr(ctypes.c_long(5)) + repr(ctypes.c_double(1.5))\n");
    ck_assert_int_eq(int_of(g, "got"), -9);
    ck_assert_int_eq(int_of(g, "wrapped"), 5);
    ck_assert_str_eq(PYM_STR_UTF8(pym_dict_getitem_cstr(g, "s")), "c_long(5)c_double(1.5)");
    PYM_DECREF(g);
}
END_TEST

START_TEST(debugmallocstats_prints_on_stderr) {
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    fflush(stderr);
    int saved = dup(2);
    dup2(fds[1], 2);
    PymObject *g = run("import sys\nr = sys._debugmallocstats()\n");
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    close(fds[1]);
    char buf[1 << 16];
    ssize_t n = read(fds[0], buf, sizeof buf - 1);
    close(fds[0]);
    ck_assert_int_gt(n, 0);
    buf[n] = 0;
    ck_assert_ptr_nonnull(strstr(buf, "Small block threshold = 512, in 64 size classes."));
    ck_assert_ptr_nonnull(strstr(buf, "# arenas allocated current"));
    ck_assert_ptr_eq(pym_dict_getitem_cstr(g, "r"), pym_None);
    PYM_DECREF(g);
}
END_TEST

/* ---- the leak check ---- */

START_TEST(leak_counter_counts_unreachable) {
    pym_leakcheck_start(false);
    ck_assert_int_eq(pym_leakcheck_count(NULL), 0);
    PymObject *l = pym_list_new(0);
    PymObject *big = pym_int_from_long(1234567891011LL);
    ck_assert_int_eq(pym_list_append(l, big), 0);
    PYM_DECREF(big);
    intptr_t blocks = 0;
    /* held only by this C code: nothing that survives refers to them */
    ck_assert_int_eq(pym_leakcheck_count(&blocks), 2);
    ck_assert_int_eq(blocks, 3);                 /* list, its item array, int */
    /* reachable from the interpreter's state: not a leak */
    ck_assert_int_eq(pym_dict_setitem_cstr(pym_builtins_dict(), "_kept", l), 0);
    ck_assert_int_eq(pym_leakcheck_count(&blocks), 0);
    ck_assert_int_eq(blocks, 0);
    ck_assert_int_eq(pym_dict_delitem(pym_builtins_dict(), pym_str_intern_cstr("_kept")), 0);
    PYM_DECREF(l);
    pym_list_clear_freelist();
    ck_assert_int_eq(pym_leakcheck_count(&blocks), 0);
    ck_assert_int_eq(blocks, 0);
    pym_leakcheck_stop();
}
END_TEST

START_TEST(leak_counter_finished_script) {
    pym_leakcheck_start(false);
    PymObject *g = run(
        "class Node:\n"
        "    def __init__(self, v): self.v = v; self.me = self\n"
        "data = [Node(i) for i in range(100)]\n"
        "d = {str(i): (i, float(i)) for i in range(50)}\n");
    ck_assert_int_gt(pym_leakcheck_count(NULL), 100);
    PYM_DECREF(g);
    pym_gc_collect(2);
    pym_float_clear_freelist();
    pym_tuple_clear_freelist();
    pym_list_clear_freelist();
    pym_dict_clear_freelist();
    pym_vm_fini();
    intptr_t blocks = -1;
    ck_assert_int_eq(pym_leakcheck_count(&blocks), 0);
    ck_assert_int_eq(blocks, 0);
    pym_leakcheck_stop();
}
END_TEST

START_TEST(leak_counter_sees_extra_reference) {
    pym_leakcheck_start(false);
    PymObject *g = run(
        "import ctypes\n"
        "x = [1.5, 'abc' * 3]\n"
        "ctypes.c_ssize_t.from_address(id(x)).value += 1\n");
    PYM_DECREF(g);
    pym_gc_collect(2);
    pym_float_clear_freelist();
    pym_list_clear_freelist();
    pym_dict_clear_freelist();
    pym_tuple_clear_freelist();
    pym_vm_fini();
    /* the list, its float and its str survive: 3 objects, 4 blocks */
    intptr_t blocks;
    if (pym_leakcheck_count(&blocks) != 3) { pym_leakcheck_start(true); pym_leakcheck_report(stderr); }
    ck_assert_int_eq(pym_leakcheck_count(&blocks), 3);
    ck_assert_int_eq(blocks, 4);
    pym_leakcheck_stop();
}
END_TEST

/* ---- the trashcan ---- */

typedef struct { PymObject *victim; } FreeJob;

static void *free_on_thread(void *arg) {
    FreeJob *j = arg;
    PYM_DECREF(j->victim);
    return NULL;
}

/* Drops the last reference to o on a thread whose stack is only 1 MiB:
** a recursive free of a deep structure would overflow it at once. */
static void free_on_small_stack(PymObject *o) {
    /* 1 MiB: eval keeps a 256 KiB margin for Python calls (__del__) */
    pthread_attr_t attr;
    pthread_t th;
    FreeJob j = {o};
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 1 << 20);
    ck_assert_int_eq(pthread_create(&th, &attr, free_on_thread, &j), 0);
    pthread_join(th, NULL);
    pthread_attr_destroy(&attr);
    ck_assert_int_eq(pym_trashcan_depth(), 0);
}

START_TEST(trashcan_nested_lists) {
    PymObject *x = pym_list_new(0);
    for (int i = 0; i < 1000000; i++) {
        PymObject *y = pym_list_new(0);
        ck_assert_int_eq(pym_list_append(y, x), 0);
        PYM_DECREF(x);
        x = y;
    }
    intptr_t before = pym_obj_blocks_in_use();
    free_on_small_stack(x);
    ck_assert_int_lt(pym_obj_blocks_in_use(), before - 1000000);
}
END_TEST

/* Builds a million-deep chain with Python code, frees it on a small stack. */
static void deep_chain_from_script(const char *build) {
    PymObject *g = run(build);
    PymObject *x = pym_dict_getitem_cstr(g, "x");
    ck_assert_ptr_nonnull(x);
    PYM_INCREF(x);
    ck_assert_int_eq(pym_dict_delitem(g, pym_str_intern_cstr("x")), 0);
    ck_assert_int_eq(PYM_REFCNT(x), 1);
    intptr_t before = pym_obj_blocks_in_use();
    free_on_small_stack(x);
    ck_assert_int_lt(pym_obj_blocks_in_use(), before - 500000);
    PYM_DECREF(g);
}

START_TEST(trashcan_nested_tuples) {
    deep_chain_from_script("x = ()\nfor i in range(10**6): x = (x,)\n");
}
END_TEST

START_TEST(trashcan_nested_dicts) {
    deep_chain_from_script("x = {}\nfor i in range(10**6): x = {'d': x}\n");
}
END_TEST

START_TEST(trashcan_instance_chain) {
    deep_chain_from_script(
        "class N: pass\n"
        "x = None\n"
        "for i in range(10**6):\n"
        "    n = N(); n.next = x; x = n\n"
        "del n\n");
}
END_TEST

START_TEST(trashcan_subclass_and_finalizers) {
    PymObject *g = run(
        "count = 0\n"
        "class F(list):\n"
        "    def __del__(self):\n"
        "        global count\n"
        "        count += 1\n"
        "x = F()\n"
        "for i in range(10**5): x = F([x])\n");
    PymObject *x = pym_dict_getitem_cstr(g, "x");
    PYM_INCREF(x);
    ck_assert_int_eq(pym_dict_delitem(g, pym_str_intern_cstr("x")), 0);
    free_on_small_stack(x);
    ck_assert_int_eq(int_of(g, "count"), 100001);   /* each __del__ exactly once */
    PYM_DECREF(g);
}
END_TEST

/* ---- free lists ---- */

START_TEST(free_lists_bounded_and_exact) {
    PymObject *g = run(
        "fl = [float(i) + 0.5 for i in range(5000)]\n"
        "tl = [(i, i) for i in range(5000)]\n"
        "ll = [[i] for i in range(5000)]\n"
        "dl = [{i: i} for i in range(5000)]\n"
        "del fl, tl, ll, dl\n");
    ck_assert_int_le(pym_float_freelist_count(), 100);
    ck_assert_int_gt(pym_float_freelist_count(), 0);
    ck_assert_int_le(pym_tuple_freelist_count(), 2000 * 19);
    ck_assert_int_le(pym_list_freelist_count(), 80);
    ck_assert_int_le(pym_dict_freelist_count(), 80);
    PYM_DECREF(g);
    /* instances of subclasses are freed, never kept on a free list */
    pym_float_clear_freelist();
    pym_list_clear_freelist();
    pym_dict_clear_freelist();
    pym_tuple_clear_freelist();
    g = run("class F(float): pass\nclass L(list): pass\nclass D(dict): pass\n"
            "class T(tuple): pass\n"
            "f = F(1.5); l = L([1]); d = D(a=1); t = T((1, 2))\n");
    static const char *const names[] = {"f", "l", "d", "t"};
    for (int i = 0; i < 4; i++) {
        PymObject *o = pym_dict_getitem_cstr(g, names[i]);
        PYM_INCREF(o);
        ck_assert_int_eq(pym_dict_delitem(g, pym_str_intern_cstr(names[i])), 0);
        intptr_t counts[4] = {pym_float_freelist_count(), pym_list_freelist_count(),
                              pym_dict_freelist_count(), pym_tuple_freelist_count()};
        ck_assert_int_eq(PYM_REFCNT(o), 1);
        PYM_DECREF(o);
        ck_assert_int_eq(pym_float_freelist_count(), counts[0]);
        ck_assert_int_eq(pym_list_freelist_count(), counts[1]);
        ck_assert_int_eq(pym_dict_freelist_count(), counts[2]);
        ck_assert_int_eq(pym_tuple_freelist_count(), counts[3]);
    }
    PYM_DECREF(g);
}
END_TEST

Suite *memtools_suite(void) {
    Suite *s = suite_create("memtools");
    TCase *tc = pym_tcase("ctypes");
    tcase_add_test(tc, ctypes_reads_refcount);
    tcase_add_test(tc, ctypes_views_memory);
    tcase_add_test(tc, debugmallocstats_prints_on_stderr);
    suite_add_tcase(s, tc);
    tc = pym_tcase("leakcheck");
    tcase_add_test(tc, leak_counter_counts_unreachable);
    tcase_add_test(tc, leak_counter_finished_script);
    tcase_add_test(tc, leak_counter_sees_extra_reference);
    suite_add_tcase(s, tc);
    tc = pym_tcase("trashcan");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, trashcan_nested_lists);
    tcase_add_test(tc, trashcan_nested_tuples);
    tcase_add_test(tc, trashcan_nested_dicts);
    tcase_add_test(tc, trashcan_instance_chain);
    tcase_add_test(tc, trashcan_subclass_and_finalizers);
    suite_add_tcase(s, tc);
    tc = pym_tcase("freelists");
    tcase_add_test(tc, free_lists_bounded_and_exact);
    suite_add_tcase(s, tc);
    return s;
}
