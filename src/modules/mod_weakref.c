/*
** mod_weakref.c -- the '_weakref' module: ref, proxy, getweakrefcount,
** getweakrefs, the three types, ReferenceError, and two helpers for
** lib/weakref.py (_remove_dead_weakref, _register_exitfunc).
*/
#include "pym.h"
#include "weakrefobject.h"

// getweakrefcount(object) -> number of weak references to object
static PymObject *wr_getweakrefcount(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("getweakrefcount", n, kw, 1, 1) < 0) return NULL;
    return pym_int_from_ssize(pym_weakref_count(a[0]));
}

// getweakrefs(object) -> list of the weak references and proxies to object
static PymObject *wr_getweakrefs(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("getweakrefs", n, kw, 1, 1) < 0) return NULL;
    PymObject *o = a[0];
    PymObject *list = pym_list_new(0);
    if (!list || !pym_type_supports_weakrefs(PYM_TYPE(o))) return list;
    PymWeakReference *w = *(PymWeakReference **)((char *)o + PYM_TYPE(o)->tp_weaklistoffset);
    for (; w; w = w->wr_next) {
        if (pym_list_append(list, (PymObject *)w) < 0) {
            PYM_DECREF(list);
            return NULL;
        }
    }
    return list;
}

// proxy(object[, callback]) -> a proxy to object
static PymObject *wr_proxy(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("proxy", n, kw, 1, 2) < 0) return NULL;
    return pym_weakref_new_proxy(a[0], n > 1 ? a[1] : NULL);
}

// _remove_dead_weakref(dict, key): del dict[key] if it is a dead weak reference
static PymObject *wr_remove_dead(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("_remove_dead_weakref", n, kw, 2, 2) < 0) return NULL;
    if (!PYM_DICT_CHECK(a[0])) {
        pym_err_format(PymExc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s",
                       pym_type_name(a[0]));
        return NULL;
    }
    PymObject *v = pym_dict_getitem(a[0], a[1]);
    if (!v) {
        if (pym_err_occurred()) return NULL;
        PYM_RETURN_NONE;
    }
    if (!PYM_WEAKREF_CHECK(v)) {
        pym_err_set_string(PymExc_TypeError, "not a weakref");
        return NULL;
    }
    if (pym_weakref_get_object(v) == pym_None && pym_dict_delitem(a[0], a[1]) < 0) {
        if (!pym_err_matches((PymObject *)PymExc_KeyError)) return NULL;
        pym_err_clear();
    }
    PYM_RETURN_NONE;
}

// _register_exitfunc(func): func() is called once at interpreter exit (None: unset)
static PymObject *wr_register_exitfunc(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("_register_exitfunc", n, kw, 1, 1) < 0) return NULL;
    pym_weakref_set_exitfunc(a[0] == pym_None ? NULL : a[0]);
    PYM_RETURN_NONE;
}

static PymMethodDef weakref_functions[] = {
    {"getweakrefcount", wr_getweakrefcount, 0, "Return the number of weak references to 'object'."},
    {"getweakrefs", wr_getweakrefs, 0,
     "Return a list of all weak reference objects pointing to 'object'."},
    {"proxy", wr_proxy, 0, "Create a proxy object that weakly references 'object'."},
    {"_remove_dead_weakref", wr_remove_dead, 0,
     "Atomically delete key from dict if it points to a dead weakref."},
    {"_register_exitfunc", wr_register_exitfunc, 0, "Call func() once at interpreter exit."},
    {NULL, NULL, 0, NULL},
};

/* Creates the _weakref module (new ref); called by the import system. */
PymObject *pym_weakref_module_init(void) {
    if (pym_weakref_init() < 0) return NULL;
    PymObject *m = pym_module_new("_weakref");
    if (!m) return NULL;
    if (pym_module_add_functions(m, weakref_functions) < 0 ||
        pym_module_add_object(m, "ref", (PymObject *)&pym_type_weakref) < 0 ||
        pym_module_add_object(m, "ReferenceType", (PymObject *)&pym_type_weakref) < 0 ||
        pym_module_add_object(m, "ProxyType", (PymObject *)&pym_type_weakproxy) < 0 ||
        pym_module_add_object(m, "CallableProxyType", (PymObject *)&pym_type_weakcallableproxy) <
            0 ||
        pym_module_add_object(m, "ReferenceError", (PymObject *)PymExc_ReferenceError) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
