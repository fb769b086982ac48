/*
** check_tracemalloc.c -- the tracer of tracemalloc.c: traces of raw blocks
** (size, "<unknown>" traceback outside Python code), realloc, the table under
** many insertions and deletions, counters, clear/stop, tracebacks of Python
** code, exact sizes of str/bytes/int, untraced frames and tables, living
** together with the leak check, and the module's start(depth=N).
*/
#include "testutil.h"
#include "tracemalloc.h"

static size_t current(void) {
    size_t c, p;
    pym_tracemalloc_get_traced_memory(&c, &p);
    return c;
}

static size_t peak(void) {
    size_t c, p;
    pym_tracemalloc_get_traced_memory(&c, &p);
    return p;
}

/* Runs src as a module named t.py in a fresh namespace; returns the namespace. */
static PymObject *run(const char *src) {
    PymObject *g = pym_dict_new();
    ck_assert_ptr_nonnull(g);
    PymObject *r = pym_run_string(src, strlen(src), "t.py", PYM_FILE_INPUT, g, g);
    if (!r) pym_err_print();
    ck_assert_ptr_nonnull(r);
    PYM_DECREF(r);
    return g;
}

START_TEST(off_by_default) {
    ck_assert(!pym_tracemalloc_is_tracing());
    ck_assert_int_eq(pym_tracemalloc_get_traceback_limit(), 1);
    void *p = pym_obj_malloc(64);
    ck_assert_int_eq(pym_tracemalloc_get_trace(p, NULL, NULL, NULL, 0, NULL), 0);
    pym_obj_free(p);
    ck_assert_uint_eq(current(), 0);
    ck_assert_uint_eq(pym_tracemalloc_ntraces(), 0);
}
END_TEST

START_TEST(bad_nframe) {
    ck_assert_int_eq(pym_tracemalloc_start(0), -1);
    ck_assert(pym_err_occurred());
    pym_err_clear();
    ck_assert_int_eq(pym_tracemalloc_start(PYM_TRACEMALLOC_MAX_NFRAME + 1), -1);
    pym_err_clear();
    ck_assert(!pym_tracemalloc_is_tracing());
    ck_assert_int_eq(pym_tracemalloc_start(PYM_TRACEMALLOC_MAX_NFRAME), 0);
    ck_assert_int_eq(pym_tracemalloc_get_traceback_limit(), PYM_TRACEMALLOC_MAX_NFRAME);
    pym_tracemalloc_stop();
}
END_TEST

START_TEST(raw_block_trace) {
    ck_assert_int_eq(pym_tracemalloc_start(3), 0);
    size_t c0 = current();
    void *p = pym_obj_malloc(100);
    void *q = pym_obj_calloc(10, 70);        /* a large one: malloc */
    size_t size = 0;
    const char *fn[3];
    int ln[3], total = 0;
    ck_assert_int_eq(pym_tracemalloc_get_trace(p, &size, fn, ln, 3, &total), 1);
    ck_assert_uint_eq(size, 100);
    ck_assert_str_eq(fn[0], "<unknown>");    /* no Python frame running */
    ck_assert_int_eq(ln[0], 0);
    ck_assert_int_eq(total, 1);
    ck_assert_int_eq(pym_tracemalloc_get_trace(q, &size, NULL, NULL, 0, NULL), 1);
    ck_assert_uint_eq(size, 700);
    ck_assert_uint_eq(current(), c0 + 800);
    ck_assert_uint_ge(peak(), current());
    pym_obj_free(p);
    ck_assert_int_eq(pym_tracemalloc_get_trace(p, NULL, NULL, NULL, 0, NULL), 0);
    ck_assert_uint_eq(current(), c0 + 700);
    pym_obj_free(q);
    ck_assert_uint_eq(current(), c0);
    ck_assert_uint_ge(peak(), c0 + 800);
    pym_tracemalloc_stop();
    ck_assert_uint_eq(current(), 0);
}
END_TEST

START_TEST(realloc_retraces) {
    void *old = pym_obj_malloc(40);          /* allocated before tracing */
    ck_assert_int_eq(pym_tracemalloc_start(1), 0);
    size_t c0 = current(), size = 0;
    void *p = pym_obj_realloc(old, 300);     /* traced from now on */
    ck_assert_int_eq(pym_tracemalloc_get_trace(p, &size, NULL, NULL, 0, NULL), 1);
    ck_assert_uint_eq(size, 300);
    ck_assert_uint_eq(current(), c0 + 300);
    void *q = pym_obj_realloc(p, 5000);      /* moves out of the pools */
    if (q != p) ck_assert_int_eq(pym_tracemalloc_get_trace(p, NULL, NULL, NULL, 0, NULL), 0);
    ck_assert_int_eq(pym_tracemalloc_get_trace(q, &size, NULL, NULL, 0, NULL), 1);
    ck_assert_uint_eq(size, 5000);
    ck_assert_uint_eq(current(), c0 + 5000);
    void *r = pym_obj_realloc(q, 4800);      /* may stay in place */
    ck_assert_int_eq(pym_tracemalloc_get_trace(r, &size, NULL, NULL, 0, NULL), 1);
    ck_assert_uint_eq(size, 4800);
    ck_assert_uint_eq(current(), c0 + 4800);
    void *s = pym_obj_realloc(NULL, 24);     /* realloc(NULL) is malloc */
    ck_assert_int_eq(pym_tracemalloc_get_trace(s, &size, NULL, NULL, 0, NULL), 1);
    ck_assert_uint_eq(size, 24);
    pym_obj_free(r);
    pym_obj_free(s);
    ck_assert_uint_eq(current(), c0);
    pym_tracemalloc_stop();
}
END_TEST

START_TEST(many_blocks) {
    enum { N = 100000 };
    static void *p[N];
    ck_assert_int_eq(pym_tracemalloc_start(1), 0);
    size_t c0 = current(), n0 = pym_tracemalloc_ntraces();
    intptr_t b0 = pym_obj_blocks_in_use();
    size_t sum = 0;
    for (int i = 0; i < N; i++) {
        p[i] = pym_obj_malloc((size_t)(i % 700) + 1);
        sum += (size_t)(i % 700) + 1;
    }
    /* tracemalloc's own tables grew on the raw allocator: not object blocks */
    ck_assert_int_eq(pym_obj_blocks_in_use(), b0 + N);
    ck_assert_uint_eq(pym_tracemalloc_ntraces(), n0 + N);
    ck_assert_uint_eq(current(), c0 + sum);
    ck_assert_uint_gt(pym_tracemalloc_memory(), N * sizeof(void *));
    for (int i = 0; i < N; i += 3) {
        pym_obj_free(p[i]);
        sum -= (size_t)(i % 700) + 1;
    }
    for (int i = 0; i < N; i++) {
        size_t size = 0;
        int found = pym_tracemalloc_get_trace(p[i], &size, NULL, NULL, 0, NULL);
        if (i % 3 == 0) continue;            /* freed (the address may be reused) */
        ck_assert_int_eq(found, 1);
        ck_assert_uint_eq(size, (size_t)(i % 700) + 1);
    }
    ck_assert_uint_eq(current(), c0 + sum);
    for (int i = 0; i < N; i++)
        if (i % 3) pym_obj_free(p[i]);
    ck_assert_uint_eq(current(), c0);
    ck_assert_uint_eq(pym_tracemalloc_ntraces(), n0);
    pym_tracemalloc_stop();
}
END_TEST

/* foreach sees every trace once, with its block's address and size. */
typedef struct Seen {
    void **blocks;
    size_t *sizes;
    size_t n, matched, others;
} Seen;

static void see(uintptr_t block, size_t size, const char *filename, int lineno, void *arg) {
    (void)filename, (void)lineno;
    Seen *s = arg;
    for (size_t i = 0; i < s->n; i++)
        if ((uintptr_t)s->blocks[i] == block) {
            ck_assert_uint_eq(size, s->sizes[i]);
            s->matched++;
            return;
        }
    s->others++;
}

/* Pools emptied and used again for another size class, arenas unmapped and
** their indexes given to new ones: every trace stays exact. */
START_TEST(pools_and_arenas_reused) {
    enum { N = 30000 };
    static void *p[N];
    static size_t sz[N];
    ck_assert_int_eq(pym_tracemalloc_start(1), 0);
    size_t c0 = current(), n0 = pym_tracemalloc_ntraces();
    for (int round = 0; round < 3; round++) {
        /* ~2 MiB of one class, then all of it freed: its arenas go */
        size_t sum = 0;
        for (int i = 0; i < N; i++) {
            sz[i] = round == 1 ? (size_t)(i % 500) + 1 : 64 + 8 * (size_t)round;
            p[i] = pym_obj_malloc(sz[i]);
            ck_assert_ptr_nonnull(p[i]);
            sum += sz[i];
        }
        ck_assert_uint_eq(current(), c0 + sum);
        ck_assert_uint_eq(pym_tracemalloc_ntraces(), n0 + N);
        for (int i = 0; i < N; i += 97) {
            size_t size = 0;
            ck_assert_int_eq(pym_tracemalloc_get_trace(p[i], &size, NULL, NULL, 0, NULL), 1);
            ck_assert_uint_eq(size, sz[i]);
        }
        Seen s = {.blocks = p, .sizes = sz, .n = 1000}; /* the first 1000 checked */
        pym_tracemalloc_foreach(see, &s);
        ck_assert_uint_eq(s.matched, 1000);
        ck_assert_uint_eq(s.matched + s.others, pym_tracemalloc_ntraces());
        for (int i = 0; i < N; i++) pym_obj_free(p[i]);
        ck_assert_uint_eq(current(), c0);
        ck_assert_uint_eq(pym_tracemalloc_ntraces(), n0);
    }
    pym_tracemalloc_stop();
}
END_TEST

/* realloc's old block may be gone (an arena unmapped, a large block's
** pages returned) when the tracer hears of the move. */
START_TEST(realloc_from_freed_memory) {
    ck_assert_int_eq(pym_tracemalloc_start(1), 0);
    size_t c0 = current(), size = 0, n0 = pym_tracemalloc_ntraces();
    void *big = pym_obj_malloc(300000);      /* its own mapping in glibc */
    void *moved = pym_obj_realloc(big, 3000000);
    ck_assert_ptr_nonnull(moved);
    ck_assert_uint_eq(current(), c0 + 3000000);
    ck_assert_int_eq(pym_tracemalloc_get_trace(moved, &size, NULL, NULL, 0, NULL), 1);
    ck_assert_uint_eq(size, 3000000);
    pym_obj_free(moved);
    /* a small block alone in a fresh arena, moved out of the pools */
    enum { N = 8000 };
    static void *fill[N];
    for (int i = 0; i < N; i++) fill[i] = pym_obj_malloc(256);
    void *last = fill[N - 1];
    for (int i = 0; i < N - 1; i++) pym_obj_free(fill[i]);
    void *out = pym_obj_realloc(last, 100000);
    ck_assert_ptr_nonnull(out);
    ck_assert_uint_eq(current(), c0 + 100000);
    ck_assert_uint_eq(pym_tracemalloc_ntraces(), n0 + 1);
    ck_assert_int_eq(pym_tracemalloc_get_trace(out, &size, NULL, NULL, 0, NULL), 1);
    ck_assert_uint_eq(size, 100000);
    pym_obj_free(out);
    ck_assert_uint_eq(current(), c0);
    pym_tracemalloc_stop();
}
END_TEST

START_TEST(peak_and_clear) {
    ck_assert_int_eq(pym_tracemalloc_start(1), 0);
    size_t c0 = current();
    void *a = pym_obj_malloc(10000);
    pym_obj_free(a);
    ck_assert_uint_eq(current(), c0);
    ck_assert_uint_ge(peak(), c0 + 10000);
    pym_tracemalloc_reset_peak();
    ck_assert_uint_eq(peak(), current());
    void *b = pym_obj_malloc(200);
    pym_tracemalloc_clear_traces();
    ck_assert(pym_tracemalloc_is_tracing());
    ck_assert_uint_eq(current(), 0);
    ck_assert_uint_eq(peak(), 0);
    ck_assert_int_eq(pym_tracemalloc_get_trace(b, NULL, NULL, NULL, 0, NULL), 0);
    pym_obj_free(b);                         /* untraced now: no underflow */
    ck_assert_uint_eq(current(), 0);
    void *c = pym_obj_malloc(300);
    ck_assert_uint_eq(current(), 300);
    pym_tracemalloc_stop();
    ck_assert(!pym_tracemalloc_is_tracing());
    ck_assert_int_eq(pym_tracemalloc_get_trace(c, NULL, NULL, NULL, 0, NULL), 0);
    pym_obj_free(c);
    ck_assert_uint_eq(pym_tracemalloc_memory(), 0);   /* every table released */
}
END_TEST

START_TEST(python_tracebacks) {
    PymObject *g = run("import _tracemalloc\n"
                       "_tracemalloc.start(4)\n"
                       "def f():\n"
                       "    return bytes(600)\n"
                       "def g():\n"
                       "    return f()\n"
                       "x = g()\n"
                       "y = 'z' * len(range(1000))\n"  /* not folded at compile time */
                       "n = 2 ** 100\n"
                       "r1 = [f() for i in range(3)]\n");
    PymObject *x = pym_dict_getitem_cstr(g, "x");
    const char *fn[4];
    int ln[4], total = 0;
    size_t size = 0;
    ck_assert_int_eq(pym_tracemalloc_get_trace(x, &size, fn, ln, 4, &total), 3);
    ck_assert_uint_eq(size, 633);            /* exact, as sys.getsizeof: not rounded */
    ck_assert_str_eq(fn[0], "t.py");
    ck_assert_int_eq(ln[0], 4);              /* most recent first */
    ck_assert_int_eq(ln[1], 6);
    ck_assert_int_eq(ln[2], 7);
    ck_assert_int_eq(total, 3);
    PymObject *y = pym_dict_getitem_cstr(g, "y");
    ck_assert_int_eq(pym_tracemalloc_get_trace(y, &size, NULL, ln, 1, NULL), 1);
    ck_assert_uint_eq(size, 1049);
    ck_assert_int_eq(ln[0], 8);
    PymObject *n = pym_dict_getitem_cstr(g, "n");
    ck_assert_int_eq(pym_tracemalloc_get_trace(n, &size, NULL, ln, 1, NULL), 1);
    ck_assert_uint_eq(size, 40);             /* 2**100: four 30-bit digits */
    /* the object API gives the same, and equal tracebacks share one tuple */
    PymObject *tb = pym_tracemalloc_object_traceback(x);
    ck_assert_ptr_nonnull(tb);
    ck_assert_int_eq(PYM_SIZE(tb), 3);
    PymObject *fr = PYM_TUPLE_GET(tb, 0);
    ck_assert_str_eq(PYM_STR_UTF8(PYM_TUPLE_GET(fr, 0)), "t.py");
    ck_assert_int_eq(pym_int_as_ssize(PYM_TUPLE_GET(fr, 1)), 4);
    PYM_DECREF(tb);
    PymObject *traces = pym_tracemalloc_get_traces();
    ck_assert_ptr_nonnull(traces);
    PymObject *r1 = pym_dict_getitem_cstr(g, "r1");
    PymObject *shared = NULL;
    int seen = 0;
    for (intptr_t i = 0; i < PYM_SIZE(traces); i++) {
        PymObject *t = PYM_LIST_GET(traces, i);
        ck_assert_int_eq(PYM_SIZE(t), 4);
        ck_assert_int_eq(pym_int_as_ssize(PYM_TUPLE_GET(t, 0)), 0);
        if (pym_int_as_ssize(PYM_TUPLE_GET(t, 1)) != 633) continue;
        PymObject *frames = PYM_TUPLE_GET(t, 2);
        PymObject *top = PYM_TUPLE_GET(frames, PYM_SIZE(frames) - 1);
        if (pym_int_as_ssize(PYM_TUPLE_GET(top, 1)) != 10) continue;
        if (!shared) shared = frames;
        ck_assert_ptr_eq(frames, shared);     /* interned: one tuple */
        ck_assert_int_eq(pym_int_as_ssize(PYM_TUPLE_GET(t, 3)), 3);   /* f, listcomp, module */
        seen++;
    }
    ck_assert_int_eq(seen, 3);
    ck_assert_int_eq(PYM_SIZE(r1), 3);
    PYM_DECREF(traces);
    pym_tracemalloc_stop();
    PYM_DECREF(g);
}
END_TEST

START_TEST(frames_untraced) {
    PymObject *g = run("import _tracemalloc\n"
                       "def deep(n):\n"
                       "    if n:\n"
                       "        return deep(n - 1)\n"
                       "    return _tracemalloc._get_traces()\n"
                       "_tracemalloc.start(1)\n"
                       "t = deep(30)\n"
                       "_tracemalloc.stop()\n");
    /* 30 new frames were alive while the traces were read: none is listed */
    PymObject *t = pym_dict_getitem_cstr(g, "t");
    for (intptr_t i = 0; i < PYM_SIZE(t); i++) {
        PymObject *frames = PYM_TUPLE_GET(PYM_LIST_GET(t, i), 2);
        PymObject *top = PYM_TUPLE_GET(frames, 0);
        ck_assert_int_ne(pym_int_as_ssize(PYM_TUPLE_GET(top, 1)), 4);
    }
    PYM_DECREF(g);
}
END_TEST

START_TEST(with_leakcheck) {
    pym_leakcheck_start(false);
    ck_assert_int_eq(pym_tracemalloc_start(1), 0);
    void *p = pym_obj_malloc(50);
    ck_assert_int_ge(pym_leakcheck_state(p), 0);
    ck_assert_int_eq(pym_tracemalloc_get_trace(p, NULL, NULL, NULL, 0, NULL), 1);
    void *q = pym_obj_realloc(p, 3000);
    ck_assert_int_ge(pym_leakcheck_state(q), 0);
    ck_assert_int_eq(pym_tracemalloc_get_trace(q, NULL, NULL, NULL, 0, NULL), 1);
    if (q != p) {
        ck_assert_int_eq(pym_leakcheck_state(p), -1);
        ck_assert_int_eq(pym_tracemalloc_get_trace(p, NULL, NULL, NULL, 0, NULL), 0);
    }
    pym_obj_free(q);
    ck_assert_int_eq(pym_leakcheck_state(q), -1);
    ck_assert_int_eq(pym_tracemalloc_get_trace(q, NULL, NULL, NULL, 0, NULL), 0);
    pym_tracemalloc_stop();
    pym_leakcheck_stop();
}
END_TEST

START_TEST(module_start_keywords) {
    PymObject *g = run("import _tracemalloc as t\n"
                       "t.start(depth=5)\n"
                       "a = (t.is_tracing(), t.get_traceback_limit())\n"
                       "t.stop()\n"
                       "t.start(nframe=2)\n"
                       "b = t.get_traceback_limit()\n"
                       "t.stop()\n"
                       "try:\n"
                       "    t.start(0)\n"
                       "except ValueError as e:\n"
                       "    c = str(e)\n");
    PymObject *a = pym_dict_getitem_cstr(g, "a");
    ck_assert_ptr_eq(PYM_TUPLE_GET(a, 0), pym_True);
    ck_assert_int_eq(pym_int_as_ssize(PYM_TUPLE_GET(a, 1)), 5);
    ck_assert_int_eq(pym_int_as_ssize(pym_dict_getitem_cstr(g, "b")), 2);
    ck_assert_str_eq(PYM_STR_UTF8(pym_dict_getitem_cstr(g, "c")),
                     "the number of frames must be in range [1; 65535]");
    PYM_DECREF(g);
}
END_TEST

START_TEST(configure_from_xoptions) {
    ck_assert_int_eq(pym_sys_add_xoption("tracemalloc=7"), 0);
    ck_assert_int_eq(pym_tracemalloc_configure(), 0);
    ck_assert(pym_tracemalloc_is_tracing());
    ck_assert_int_eq(pym_tracemalloc_get_traceback_limit(), 7);
    pym_tracemalloc_stop();
}
END_TEST

Suite *tracemalloc_suite(void) {
    Suite *s = suite_create("tracemalloc");
    TCase *tc = pym_tcase("tracer");
    tcase_add_test(tc, off_by_default);
    tcase_add_test(tc, bad_nframe);
    tcase_add_test(tc, raw_block_trace);
    tcase_add_test(tc, realloc_retraces);
    tcase_add_test(tc, many_blocks);
    tcase_add_test(tc, pools_and_arenas_reused);
    tcase_add_test(tc, realloc_from_freed_memory);
    tcase_add_test(tc, peak_and_clear);
    tcase_add_test(tc, python_tracebacks);
    tcase_add_test(tc, frames_untraced);
    tcase_add_test(tc, with_leakcheck);
    tcase_add_test(tc, module_start_keywords);
    tcase_add_test(tc, configure_from_xoptions);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    return s;
}
