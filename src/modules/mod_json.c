/*
** mod_json.c -- _json: placeholder until the scanner and encoder land.
*/
#include "pym.h"

PymObject *pym_json_module_init(void) {
    pym_err_set_string(PymExc_ImportError, "_json is not available yet");
    return NULL;
}
