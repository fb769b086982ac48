/*
** fuzz_common.h -- what the libFuzzer targets share: starting pym once, with
** its stdout and stdin out of the way, object memory from malloc (so ASan
** sees each block) and a cap on object memory, and the end of each input
** (error cleared, namespace emptied, a full collection so that nothing of
** one input survives into the next).
*/
#ifndef PYM_FUZZ_COMMON_H
#define PYM_FUZZ_COMMON_H

#include "pym.h"
#include "obmalloc.h"
#include <fcntl.h>
#include <unistd.h>

#define FUZZ_MEMORY_CAP ((size_t)64 << 20)     /* bytes of object memory */
#define FUZZ_MAX_INPUT 20000                   /* longer inputs are skipped */

static void fuzz_start(void) {
    setenv("PYM_MALLOC", "malloc", 0);
    int null = open("/dev/null", O_RDWR);
    if (null >= 0) { dup2(null, 0); dup2(null, 1); close(null); }
    static char arg0[] = "fuzz", *argv[] = { arg0, NULL };
    if (pym_runtime_init(1, argv) < 0) abort();
    pym_obmalloc_set_limit(FUZZ_MEMORY_CAP);
    pym_obmalloc_faults_arm();
}

/* A NUL-terminated copy of the input (the lexer wants a terminator). */
static char *fuzz_source(const uint8_t *data, size_t size) {
    if (size > FUZZ_MAX_INPUT) return NULL;
    char *src = malloc(size + 1);
    if (!src) return NULL;
    memcpy(src, data, size);
    src[size] = 0;
    return src;
}

static void fuzz_end_input(void) {
    pym_err_clear();
    pym_gc_collect(2);
    pym_err_clear();
}

#endif
