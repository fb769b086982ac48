/*
** match.c -- the run-time half of the match statement (PEP 634): what the
** VM's MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS do.  The
** compiler (compile.c, "patterns") lowers every pattern to these and to
** plain comparisons, as CPython 3.11 does.
**
** Which objects are sequences and mappings: those whose type carries
** PYM_TPFLAGS_SEQUENCE (list, tuple, range, memoryview, collections.deque,
** array.array) or PYM_TPFLAGS_MAPPING (dict), inherited by subclasses, as
** CPython's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING.  Classes derived from
** collections.abc's Sequence and Mapping have them too, and so do classes
** registered with those ABCs, and their subclasses (typeobject.c, "Sequence
** and mapping flags", through lib/abc.py and the _abc module).  str, bytes
** and bytearray are never sequences, as in CPython.
*/
#include "pym.h"
#include "match.h"

bool pym_match_is_sequence(PymObject *o) {
    return (PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_SEQUENCE) != 0;
}

bool pym_match_is_mapping(PymObject *o) {
    return (PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_MAPPING) != 0;
}

/* The values of subject for every key of the tuple keys, looked up with
** subject.get(key, marker) so that a defaultdict grows no keys: a new
** tuple, None when a key is missing, NULL on error. */
PymObject *pym_match_keys(PymObject *subject, PymObject *keys) {
    intptr_t n = PYM_SIZE(keys);
    if (n == 0) return pym_tuple_new(0);
    PymObject *marker = pym_call_noargs((PymObject *)&pym_type_object);
    if (!marker) return NULL;
    PymObject *get = pym_object_getattr_cstr(subject, "get");
    PymObject *values = get ? pym_tuple_new(n) : NULL;
    PymObject *result = NULL;
    PymObject *seen = values ? pym_set_new(NULL) : NULL;
    if (!seen) goto done;
    for (intptr_t i = 0; i < n; i++) {
        PymObject *k = PYM_TUPLE_GET(keys, i);
        int dup = pym_set_contains(seen, k);
        if (dup < 0 || (!dup && pym_set_add(seen, k) < 0)) goto done;
        if (dup) {
            pym_err_format(PymExc_ValueError, "mapping pattern checks duplicate key (%R)", k);
            goto done;
        }
        PymObject *args[2] = {k, marker};
        PymObject *v = pym_call(get, args, 2, NULL);
        if (!v) goto done;
        if (v == marker) {
            PYM_DECREF(v);
            result = pym_newref(pym_None);
            goto done;
        }
        PYM_TUPLE_SET(values, i, v);
    }
    result = pym_newref(values);
done:
    PYM_XDECREF(seen);
    PYM_XDECREF(values);
    PYM_XDECREF(get);
    PYM_DECREF(marker);
    return result;
}

/* subject.name for a class pattern; NULL with no error set when missing,
** TypeError when the same attribute is asked twice. */
static PymObject *class_attr(PymObject *subject, PymType *type, PymObject *name, PymObject *seen) {
    int r = pym_set_contains(seen, name);
    if (r < 0) return NULL;
    if (r) {
        pym_err_format(PymExc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                       type->tp_name, name);
        return NULL;
    }
    if (pym_set_add(seen, name) < 0) return NULL;
    PymObject *v = pym_object_getattr(subject, name);
    if (!v && pym_err_matches((PymObject *)PymExc_AttributeError)) pym_err_clear();
    return v;
}

/* The builtin types that match themselves in 'case int(x)' (CPython's
** _Py_TPFLAGS_MATCH_SELF). */
static bool matches_self(PymType *t) {
    static PymType *const self_types[] = {
        &pym_type_bool, &pym_type_bytes, &pym_type_dict, &pym_type_float, &pym_type_frozenset,
        &pym_type_int,  &pym_type_list,  &pym_type_set,  &pym_type_str,   &pym_type_tuple,
    };
    for (size_t i = 0; i < PYM_ARRAY_LEN(self_types); i++)
        if (pym_type_is_subtype(t, self_types[i])) return true;
    return false;
}

PymObject *pym_match_class(PymObject *subject, PymObject *cls, int nargs, PymObject *kwnames) {
    if (!PYM_TYPE_CHECK(cls)) {
        pym_err_set_string(PymExc_TypeError, "called match pattern must be a type");
        return NULL;
    }
    PymType *type = (PymType *)cls;
    int r = pym_object_isinstance(subject, cls);
    if (r < 0) return NULL;
    if (!r) return pym_newref(pym_None);
    PymObject *seen = pym_set_new(NULL);
    PymObject *attrs = seen ? pym_list_new(0) : NULL;
    PymObject *match_args = NULL, *result = NULL;
    if (!attrs) goto done;
    if (nargs) {
        bool self = false;
        intptr_t allowed;
        match_args = pym_object_getattr_cstr(cls, "__match_args__");
        if (match_args) {
            if (!PYM_TUPLE_CHECK_EXACT(match_args)) {
                pym_err_format(PymExc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                               type->tp_name, PYM_TYPE(match_args)->tp_name);
                goto done;
            }
            allowed = PYM_SIZE(match_args);
        } else if (pym_err_matches((PymObject *)PymExc_AttributeError)) {
            pym_err_clear();
            self = matches_self(type);
            allowed = self ? 1 : 0;
        } else {
            goto done;
        }
        if (allowed < nargs) {
            pym_err_format(PymExc_TypeError, "%s() accepts %zd positional sub-pattern%s (%d given)",
                           type->tp_name, allowed, allowed == 1 ? "" : "s", nargs);
            goto done;
        }
        if (self) {
            if (pym_list_append(attrs, subject) < 0) goto done;
        } else {
            for (int i = 0; i < nargs; i++) {
                PymObject *name = PYM_TUPLE_GET(match_args, i);
                if (!PYM_STR_CHECK_EXACT(name)) {
                    pym_err_format(PymExc_TypeError,
                                   "__match_args__ elements must be strings (got %s)",
                                   PYM_TYPE(name)->tp_name);
                    goto done;
                }
                PymObject *v = class_attr(subject, type, name, seen);
                if (!v) {
                    if (!pym_err_occurred()) result = pym_newref(pym_None);
                    goto done;
                }
                r = pym_list_append(attrs, v);
                PYM_DECREF(v);
                if (r < 0) goto done;
            }
        }
    }
    for (intptr_t i = 0; i < PYM_SIZE(kwnames); i++) {
        PymObject *v = class_attr(subject, type, PYM_TUPLE_GET(kwnames, i), seen);
        if (!v) {
            if (!pym_err_occurred()) result = pym_newref(pym_None);
            goto done;
        }
        r = pym_list_append(attrs, v);
        PYM_DECREF(v);
        if (r < 0) goto done;
    }
    result = pym_list_as_tuple(attrs);
done:
    PYM_XDECREF(match_args);
    PYM_XDECREF(attrs);
    PYM_XDECREF(seen);
    return result;
}
