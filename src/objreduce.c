/*
** objreduce.c -- object.__reduce_ex__, object.__reduce__ and
** object.__getstate__: how copy and pickle take an object apart (CPython's
** typeobject.c reduce_newobj / copyreg._reduce_ex, written for pym).
**
** Protocol 2 and up: (copyreg.__newobj__, (cls, *cls.__getnewargs__()),
** state, list items, dict items), where state is __getstate__(): the
** instance dict (or None), paired with a dict of the __slots__ values when
** there are any.  Protocols 0 and 1: (copyreg._reconstructor, (cls, base,
** base(obj) or None), state) with base the first built-in class of the MRO.
** An object of a built-in type that cannot be rebuilt this way (a
** generator) is "cannot pickle 'generator' object".  When lib/copyreg.py
** exists its __newobj__ and _reconstructor are used, otherwise built-in
** equivalents below.
*/
#include "pym.h"
#include "objreduce.h"

#define ARGS PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw

/* copyreg.__newobj__(cls, *args) -> cls.__new__(cls, *args) */
static PymObject *newobj(ARGS) {
    if (nargs < 1 || !PYM_TYPE_CHECK(args[0])) {
        pym_err_set_string(PymExc_TypeError, "__newobj__() needs a class as first argument");
        return NULL;
    }
    PymObject *new = pym_object_getattr(args[0], PYM_ID(__new__));
    if (!new) return NULL;
    PymObject *r = pym_call(new, args, nargs, kw);
    PYM_DECREF(new);
    return r;
}

/* copyreg._reconstructor(cls, base, state) */
static PymObject *reconstructor(ARGS) {
    if (pym_arg_count("_reconstructor", nargs, kw, 3, 3) < 0) return NULL;
    PymObject *cls = args[0], *base = args[1], *state = args[2], *obj;
    if (base == (PymObject *)&pym_type_object) {
        PymObject *new = pym_object_getattr(base, PYM_ID(__new__));
        obj = new ? pym_call_onearg(new, cls) : NULL;
        PYM_XDECREF(new);
    } else {
        PymObject *new = pym_object_getattr(base, PYM_ID(__new__));
        PymObject *a[2] = {cls, state};
        obj = new ? pym_call(new, a, 2, NULL) : NULL;
        PYM_XDECREF(new);
        if (obj && PYM_TYPE_CHECK(base) && ((PymType *)base)->tp_init != pym_type_object.tp_init) {
            PymObject *init = pym_object_getattr(base, PYM_ID(__init__));
            PymObject *ia[2] = {obj, state};
            PymObject *r = init ? pym_call(init, ia, 2, NULL) : NULL;
            PYM_XDECREF(init);
            if (!r)
                PYM_CLEAR(obj);
            else
                PYM_DECREF(r);
        }
    }
    return obj;
}

static PymMethodDef newobj_def = {"__newobj__", newobj, 0, NULL};
static PymMethodDef reconstructor_def = {"_reconstructor", reconstructor, 0, NULL};

/* copyreg's function `name`, or the built-in one (new refs). */
static PymObject *copyreg_func(const char *name, PymMethodDef *fallback) {
    static PymObject *cache[2];
    static bool no_copyreg; /* looked for once: not on the path */
    int k = fallback == &newobj_def ? 0 : 1;
    PymObject *mod = no_copyreg ? NULL : pym_import_cstr("copyreg");
    if (mod) {
        PymObject *f = pym_object_getattr_cstr(mod, name);
        PYM_DECREF(mod);
        if (f) return f;
    } else if (!no_copyreg && pym_err_matches((PymObject *)PymExc_ModuleNotFoundError)) {
        no_copyreg = true;
    }
    pym_err_clear();
    if (!cache[k]) {
        cache[k] = pym_cfunction_new(fallback, NULL, NULL);
        if (!cache[k]) return NULL;
        pym_leakcheck_immortal(cache[k]);
    }
    return pym_newref(cache[k]);
}

/* The __slots__ names along the MRO (mangled, without __dict__ and __weakref__). */
static PymObject *slot_names(PymType *t) {
    PymObject *list = pym_list_new(0);
    if (!list) return NULL;
    PymObject *mro = t->tp_mro;
    for (intptr_t i = 0; mro && i < PYM_SIZE(mro); i++) {
        PymType *b = (PymType *)PYM_TUPLE_GET(mro, i);
        if (!(b->tp_flags & PYM_TPFLAGS_HEAPTYPE) || !b->ht_slots) continue;
        for (intptr_t k = 0; k < PYM_SIZE(b->ht_slots); k++) {
            PymObject *n = PYM_TUPLE_GET(b->ht_slots, k);
            const char *s = PYM_STR_UTF8(n);
            if (!strcmp(s, "__dict__") || !strcmp(s, "__weakref__")) continue;
            size_t len = strlen(s);
            PymObject *name;
            if (len > 2 && s[0] == '_' && s[1] == '_' &&
                !(s[len - 1] == '_' && s[len - 2] == '_')) {
                const char *cn = PYM_STR_UTF8(b->ht_name);
                while (*cn == '_') cn++;
                name = pym_str_from_format("_%s%s", cn, s);
            } else {
                name = pym_newref(n);
            }
            if (!name || pym_list_append(list, name) < 0) {
                PYM_XDECREF(name);
                PYM_DECREF(list);
                return NULL;
            }
            PYM_DECREF(name);
        }
    }
    return list;
}

/* object.__getstate__ with CPython's "required" rule (objects of built-in
** types that keep C state cannot be rebuilt from nothing). */
static PymObject *getstate(PymObject *obj, bool required) {
    PymType *t = PYM_TYPE(obj);
    if (required) {
        PymType *solid = t;
        while (solid && (solid->tp_flags & PYM_TPFLAGS_HEAPTYPE)) solid = solid->tp_base;
        if (solid && solid != &pym_type_object) {
            pym_err_format(PymExc_TypeError, "cannot pickle '%s' object", t->tp_name);
            return NULL;
        }
    }
    PymObject *state = NULL;
    if (pym_object_dict_ptr(obj) || (t->tp_flags & PYM_TPFLAGS_INLINE_VALUES)) {
        PymObject *d = NULL;
        if (pym_object_lookup_attr(obj, PYM_ID(__dict__), &d) < 0) return NULL;
        if (d && PYM_DICT_CHECK(d) && pym_object_len(d) > 0)
            state = d;
        else
            PYM_XDECREF(d);
    }
    if (!state) state = pym_newref(pym_None);
    PymObject *names = slot_names(t);
    if (!names) {
        PYM_DECREF(state);
        return NULL;
    }
    if (PYM_SIZE(names) > 0) {
        PymObject *slots = pym_dict_new();
        if (!slots) goto fail;
        for (intptr_t i = 0; i < PYM_SIZE(names); i++) {
            PymObject *n = PYM_LIST_ITEMS(names)[i], *v = NULL;
            int r = pym_object_lookup_attr(obj, n, &v);
            if (r < 0 || (r && pym_dict_setitem(slots, n, v) < 0)) {
                PYM_XDECREF(v);
                PYM_DECREF(slots);
                goto fail;
            }
            PYM_XDECREF(v);
        }
        if (pym_object_len(slots) > 0) {
            PymObject *pair = pym_tuple_pack(2, state, slots);
            PYM_DECREF(slots);
            if (!pair) goto fail;
            PYM_SETREF(state, pair);
        } else {
            PYM_DECREF(slots);
        }
    }
    PYM_DECREF(names);
    return state;
fail:
    PYM_DECREF(names);
    PYM_DECREF(state);
    return NULL;
}

PymObject *pym_object_getstate_meth(ARGS) {
    if (pym_arg_count("__getstate__", nargs, kw, 0, 0) < 0) return NULL;
    return getstate(self, false);
}

/* self.__getstate__() honouring an override */
static PymObject *call_getstate(PymObject *self, bool required) {
    PymObject *f = pym_type_lookup(PYM_TYPE(self), PYM_ID(__getstate__));
    if (f == pym_type_lookup(&pym_type_object, PYM_ID(__getstate__)))
        return getstate(self, required);
    return pym_call_method(self, PYM_ID(__getstate__), NULL, 0);
}

static PymObject *reduce_newobj(PymObject *self) {
    PymType *t = PYM_TYPE(self);
    if (!t->tp_new) {
        pym_err_format(PymExc_TypeError, "cannot pickle '%s' object", t->tp_name);
        return NULL;
    }
    PymObject *args = NULL;
    int found = 0;
    PymObject *ga = pym_call_special(self, PYM_ID(__getnewargs__), NULL, 0, &found);
    if (found) {
        if (!ga) return NULL;
        if (!PYM_TUPLE_CHECK(ga)) {
            pym_err_format(PymExc_TypeError, "__getnewargs__ should return a tuple, not '%s'",
                           pym_type_name(ga));
            PYM_DECREF(ga);
            return NULL;
        }
        args = ga;
    } else if (pym_err_occurred()) {
        return NULL;
    }
    bool hasargs = args != NULL;
    intptr_t n = args ? PYM_SIZE(args) : 0;
    PymObject *newargs = pym_tuple_new(n + 1);
    if (!newargs) {
        PYM_XDECREF(args);
        return NULL;
    }
    PYM_TUPLE_GET(newargs, 0) = pym_newref((PymObject *)t);
    for (intptr_t i = 0; i < n; i++)
        PYM_TUPLE_GET(newargs, i + 1) = pym_newref(PYM_TUPLE_GET(args, i));
    PYM_XDECREF(args);
    bool is_list = PYM_LIST_CHECK(self), is_dict = PYM_DICT_CHECK(self);
    PymObject *state = call_getstate(self, !(hasargs || is_list || is_dict));
    PymObject *func = state ? copyreg_func("__newobj__", &newobj_def) : NULL;
    PymObject *litems = NULL, *ditems = NULL, *r = NULL;
    if (!func) goto done;
    if (is_list) {
        if (!(litems = pym_object_getiter(self))) goto done;
    } else
        litems = pym_newref(pym_None);
    if (is_dict) {
        PymObject *items = pym_call_method(self, PYM_ID(items), NULL, 0);
        if (!items) goto done;
        ditems = pym_object_getiter(items);
        PYM_DECREF(items);
        if (!ditems) goto done;
    } else {
        ditems = pym_newref(pym_None);
    }
    r = pym_tuple_pack(5, func, newargs, state, litems, ditems);
done:
    PYM_XDECREF(func);
    PYM_XDECREF(state);
    PYM_XDECREF(litems);
    PYM_XDECREF(ditems);
    PYM_DECREF(newargs);
    return r;
}

/* copyreg._reduce_ex(self, proto) for protocols 0 and 1 */
static PymObject *reduce_old(PymObject *self) {
    PymType *cls = PYM_TYPE(self), *base = &pym_type_object;
    PymObject *mro = cls->tp_mro;
    for (intptr_t i = 0; mro && i < PYM_SIZE(mro); i++) {
        PymType *b = (PymType *)PYM_TUPLE_GET(mro, i);
        if (!(b->tp_flags & PYM_TPFLAGS_HEAPTYPE)) {
            base = b;
            break;
        }
    }
    PymObject *bstate;
    if (base == &pym_type_object) {
        bstate = pym_newref(pym_None);
    } else {
        if (base == cls) {
            pym_err_format(PymExc_TypeError, "cannot pickle '%s' object", cls->tp_name);
            return NULL;
        }
        if (!(bstate = pym_call_onearg((PymObject *)base, self))) return NULL;
    }
    PymObject *args = pym_tuple_pack(3, (PymObject *)cls, (PymObject *)base, bstate);
    PYM_DECREF(bstate);
    if (!args) return NULL;
    PymObject *state = call_getstate(self, false);
    if (!state) {
        PYM_DECREF(args);
        return NULL;
    }
    PymObject *func = copyreg_func("_reconstructor", &reconstructor_def), *r = NULL;
    if (func) {
        int truth = pym_object_is_true(state);
        if (truth > 0)
            r = pym_tuple_pack(3, func, args, state);
        else if (truth == 0)
            r = pym_tuple_pack(2, func, args);
        PYM_DECREF(func);
    }
    PYM_DECREF(state);
    PYM_DECREF(args);
    return r;
}

PymObject *pym_object_reduce_meth(ARGS) {
    if (pym_arg_count("__reduce__", nargs, kw, 0, 0) < 0) return NULL;
    return reduce_old(self);
}

PymObject *pym_object_reduce_ex_meth(ARGS) {
    if (pym_arg_count("__reduce_ex__", nargs, kw, 1, 1) < 0) return NULL;
    long long proto = pym_int_as_longlong(args[0]);
    if (proto == -1 && pym_err_occurred()) return NULL;
    /* a __reduce__ overriding object's wins */
    PymObject *mine = pym_type_lookup(PYM_TYPE(self), PYM_ID(__reduce__));
    PymObject *base = pym_type_lookup(&pym_type_object, PYM_ID(__reduce__));
    if (mine && mine != base) return pym_call_method(self, PYM_ID(__reduce__), NULL, 0);
    return proto >= 2 ? reduce_newobj(self) : reduce_old(self);
}
