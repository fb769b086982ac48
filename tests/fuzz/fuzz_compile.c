/*
** fuzz_compile.c -- libFuzzer target: lex -> parse -> symbol table ->
** compile of arbitrary bytes, in the three modes (the first byte picks one).
** Any outcome but a crash, a sanitizer report or a leak is fine: a code
** object or a SyntaxError (and friends).
*/
#include "fuzz_common.h"
#include "compile.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    fuzz_start();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const int modes[3] = { PYM_FILE_INPUT, PYM_EVAL_INPUT, PYM_SINGLE_INPUT };
    int mode = modes[size ? data[0] % 3 : 0];
    char *src = fuzz_source(data, size);
    if (!src) return 0;
    PymObject *code = pym_compile_source(src, size, "<fuzz>", mode);
    PYM_XDECREF(code);
    free(src);
    fuzz_end_input();
    return 0;
}
