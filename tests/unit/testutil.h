/*
** testutil.h -- shared fixture for the Check unit tests: each test runs in
** its own forked process (Check's default) with a fresh interpreter.
*/
#ifndef PYM_TESTUTIL_H
#define PYM_TESTUTIL_H

#include <check.h>
#include "pym.h"

static inline void pym_test_setup(void) {
    static char *argv[] = {"pym", NULL};
    ck_assert_int_eq(pym_runtime_init(1, argv), 0);
}
static inline void pym_test_teardown(void) { pym_runtime_fini(); }

/* A TCase with the interpreter fixture. */
static inline TCase *pym_tcase(const char *name) {
    TCase *tc = tcase_create(name);
    tcase_add_checked_fixture(tc, pym_test_setup, pym_test_teardown);
    return tc;
}

#endif
