/*
** check_main.c -- runs every unit-test suite.  A suite is a function
** "Suite *NAME_suite(void)" in tests/unit/check_NAME.c; the list is here.
** CK_RUN_SUITE=NAME runs one.  Exit status: number of failed tests (max 1).
*/
#include <check.h>
#include <stdlib.h>

#define SUITES(X) X(lexer) X(parser) X(compile) X(vm) X(numbers) X(str) \
    X(containers) X(types) X(runtime) X(obmalloc) X(gc) X(refcount) X(instances) X(memtools) X(weakref) X(tracemalloc) \
    X(heapmap) X(stdlibc)
#define DECLARE(n) Suite *n##_suite(void) __attribute__((weak));
SUITES(DECLARE)

int main(void) {
    SRunner *sr = NULL;
#define ADD(n) if (n##_suite) { if (!sr) sr = srunner_create(n##_suite()); \
                                else srunner_add_suite(sr, n##_suite()); }
    SUITES(ADD)
    if (!sr) return 1;
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
