/*
** sitebuiltins.c -- the builtins that CPython's site module adds: exit and
** quit (Quitter objects: their repr tells how to leave, calling one raises
** SystemExit) and help (its repr points at help(); help(obj) prints a
** short pydoc-style text made by lib/_sitebuiltins.py, imported on first
** use so that start-up does not pay for it).
*/
#include "pym.h"
#include "sitebuiltins.h"

typedef struct {
    PymObject ob_base;
    const char *name; /* "exit" or "quit" */
} Quitter;

static PymObject *quitter_repr(PymObject *self) {
    return pym_str_from_format("Use %s() or Ctrl-D (i.e. EOF) to exit", ((Quitter *)self)->name);
}

static PymObject *quitter_call(PymObject *self, PymObject *const *args, size_t nargs,
                               PymObject *kw) {
    if (pym_arg_count(((Quitter *)self)->name, nargs, kw, 0, 1) < 0) return NULL;
    fflush(stdout);
    pym_err_set_object(PymExc_SystemExit, nargs ? args[0] : pym_None);
    return NULL;
}

static PymType quitter_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "_sitebuiltins.Quitter",
    .tp_basicsize = sizeof(Quitter),
    .tp_repr = quitter_repr,
    .tp_call = quitter_call,
    .tp_base = &pym_type_object,
};

static Quitter exit_obj = {PYM_OBJECT_HEAD_INIT(&quitter_type), "exit"};
static Quitter quit_obj = {PYM_OBJECT_HEAD_INIT(&quitter_type), "quit"};

static PymObject *helper_repr(PymObject *self) {
    return pym_str_from_cstr(
        "Type help() for interactive help, or help(object) for help about object.");
}

static PymObject *helper_call(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kw) {
    PymObject *mod = pym_import_cstr("_sitebuiltins");
    if (!mod) return NULL;
    PymObject *f = pym_object_getattr_cstr(mod, "help");
    PYM_DECREF(mod);
    if (!f) return NULL;
    PymObject *r = pym_call(f, args, nargs, kw);
    PYM_DECREF(f);
    return r;
}

static PymType helper_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "_sitebuiltins._Helper",
    .tp_basicsize = sizeof(PymObject),
    .tp_repr = helper_repr,
    .tp_call = helper_call,
    .tp_base = &pym_type_object,
};

static PymObject help_obj = PYM_OBJECT_HEAD_INIT(&helper_type);

int pym_sitebuiltins_install(PymObject *d) {
    if (pym_type_ready(&quitter_type) < 0 || pym_type_ready(&helper_type) < 0) return -1;
    /* static objects: never deallocated */
    exit_obj.ob_base.ob_refcnt = quit_obj.ob_base.ob_refcnt = help_obj.ob_refcnt = 1 << 30;
    if (pym_dict_setitem_cstr(d, "exit", (PymObject *)&exit_obj) < 0 ||
        pym_dict_setitem_cstr(d, "quit", (PymObject *)&quit_obj) < 0 ||
        pym_dict_setitem_cstr(d, "help", &help_obj) < 0)
        return -1;
    return 0;
}
