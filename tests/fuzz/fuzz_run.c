/*
** fuzz_run.c -- libFuzzer target: compiles arbitrary bytes as a module and
** runs it in a fresh namespace, with a step budget (vm.h: every loop and
** call ends once it is spent) and the object-memory cap of fuzz_common.h,
** so that runaway programs end with KeyboardInterrupt or MemoryError.
** Output goes to /dev/null.  Any Python-level outcome is fine; a crash, a
** sanitizer report or a leak is a finding.
*/
#include "fuzz_common.h"
#include "compile.h"
#include "vm.h"

#define FUZZ_STEPS 20000

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    fuzz_start();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *src = fuzz_source(data, size);
    if (!src) return 0;
    PymObject *globals = pym_dict_new();
    if (globals && pym_dict_setitem_cstr(globals, "__name__", pym_str_intern_cstr("__main__")) < 0)
        PYM_CLEAR(globals);
    pym_err_clear();
    if (globals) {
        pym_vm_budget = FUZZ_STEPS;
        pym_vm_interrupt_pending = 1;
        PymObject *r = pym_run_string(src, size, "<fuzz>", PYM_FILE_INPUT, globals, NULL);
        pym_vm_budget = -1;
        pym_vm_interrupt_pending = 0;
        PYM_XDECREF(r);
        pym_err_clear();
        pym_dict_clear(globals);
        PYM_DECREF(globals);
    }
    free(src);
    fuzz_end_input();
    return 0;
}
