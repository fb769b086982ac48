/*
** modsupport.c -- argument checking for C functions with the vectorcall
** signature (CPython's getargs messages) and adding builtin functions to a
** namespace.
*/
#include "pym.h"

static const char *plural(intptr_t n) { return n == 1 ? "" : "s"; }

int pym_arg_unpack(const char *fname, PymObject *const *args, size_t nargs, PymObject *kwnames,
                   const char *const *names, int nreq, int npos, PymObject **out) {
    intptr_t n = 0;
    while (names[n]) n++;
    intptr_t maxpos = npos < 0 ? n : npos;
    for (intptr_t i = 0; i < n; i++) out[i] = NULL;
    if ((intptr_t)nargs > maxpos) {
        const char *how = nreq == maxpos && maxpos == n ? "exactly" : "at most";
        const char *posw = maxpos < n ? "positional " : "";
        if (maxpos == 0)
            pym_err_format(PymExc_TypeError, "%s() takes no %sarguments (%zd given)", fname, posw,
                           (intptr_t)nargs);
        else
            pym_err_format(PymExc_TypeError, "%s() takes %s %zd %sargument%s (%zd given)", fname,
                           how, maxpos, posw, plural(maxpos), (intptr_t)nargs);
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    size_t nkw = pym_arg_nkw(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        PymObject *key = PYM_TUPLE_GET(kwnames, k);
        intptr_t idx = -1;
        for (intptr_t i = 0; i < n; i++) {
            if (names[i][0] && pym_str_equal_cstr(key, names[i])) {
                idx = i;
                break;
            }
        }
        if (idx < 0) {
            pym_err_format(PymExc_TypeError, "'%U' is an invalid keyword argument for %s()", key,
                           fname);
            return -1;
        }
        if (out[idx]) {
            pym_err_format(PymExc_TypeError,
                           "argument for %s() given by name ('%s') and position (%zd)", fname,
                           names[idx], idx + 1);
            return -1;
        }
        out[idx] = args[nargs + k];
    }
    for (intptr_t i = 0; i < nreq; i++) {
        if (out[i]) continue;
        if (!names[i][0]) {
            intptr_t npo = 0;
            while (npo < n && !names[npo][0]) npo++;
            pym_err_format(PymExc_TypeError, "%s() takes %s %zd positional argument%s (%zd given)",
                           fname, nreq < maxpos ? "at least" : "exactly", (intptr_t)nreq,
                           plural(nreq), (intptr_t)nargs);
            return -1;
        }
        pym_err_format(PymExc_TypeError, "%s() missing required argument '%s' (pos %zd)", fname,
                       names[i], i + 1);
        return -1;
    }
    return 0;
}

int pym_arg_count(const char *fname, size_t nargs, PymObject *kwnames, size_t min, size_t max) {
    if (pym_arg_no_kwargs(fname, kwnames)) return -1;
    if (nargs >= min && nargs <= max) return 0;
    if (min == 1 && max == 1) {
        pym_err_format(PymExc_TypeError, "%s() takes exactly one argument (%zd given)", fname,
                       (intptr_t)nargs);
    } else if (max == 0) {
        pym_err_format(PymExc_TypeError, "%s() takes no arguments (%zd given)", fname,
                       (intptr_t)nargs);
    } else if (min == max) {
        pym_err_format(PymExc_TypeError, "%s expected %zd argument%s, got %zd", fname,
                       (intptr_t)min, plural(min), (intptr_t)nargs);
    } else if (nargs < min) {
        pym_err_format(PymExc_TypeError, "%s expected at least %zd argument%s, got %zd", fname,
                       (intptr_t)min, plural(min), (intptr_t)nargs);
    } else {
        pym_err_format(PymExc_TypeError, "%s expected at most %zd argument%s, got %zd", fname,
                       (intptr_t)max, plural(max), (intptr_t)nargs);
    }
    return -1;
}

int pym_arg_count_tuple(const char *fname, size_t nargs, PymObject *kwnames, size_t min,
                        size_t max) {
    if (pym_arg_no_kwargs(fname, kwnames)) return -1;
    if (nargs >= min && nargs <= max) return 0;
    size_t lim = nargs < min ? min : max;
    pym_err_format(PymExc_TypeError, "%s() takes %s %zd argument%s (%zd given)", fname,
                   min == max    ? "exactly"
                   : nargs < min ? "at least"
                                 : "at most",
                   (intptr_t)lim, plural((intptr_t)lim), (intptr_t)nargs);
    return -1;
}

int pym_arg_no_kwargs(const char *fname, PymObject *kwnames) {
    if (pym_arg_nkw(kwnames) == 0) return 0;
    pym_err_format(PymExc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
}

void pym_arg_qualify_error(PymType *owner, const char *mname) {
    PymObject *exc = pym_err_occurred();
    if (!exc || !owner || PYM_TYPE(exc) != PymExc_TypeError) return;
    PymObject *args = ((PymBaseException *)exc)->args;
    if (!args || !PYM_TUPLE_CHECK(args) || PYM_SIZE(args) != 1) return;
    PymObject *m = PYM_TUPLE_GET(args, 0);
    if (!PYM_STR_CHECK(m)) return;
    const char *msg = PYM_STR_UTF8(m);
    size_t nl = strlen(mname);
    if (strncmp(msg, mname, nl) != 0) return;
    const char *rest = msg + nl;
    static const char *const forms[] = {"() takes no keyword arguments", "() takes no arguments (",
                                        "() takes exactly one argument ("};
    bool hit = false;
    for (int i = 0; i < 3; i++) hit = hit || strncmp(rest, forms[i], strlen(forms[i])) == 0;
    if (!hit) return;
    PymObject *old = pym_err_fetch();
    const char *tname = owner->tp_name,
               *dot = strrchr(tname, '.'); /* "collections.deque" -> "deque" */
    pym_err_format(PymExc_TypeError, "%s.%U", dot ? dot + 1 : tname, m);
    PYM_DECREF(old);
}

int pym_add_functions(PymObject *d, PymMethodDef *defs, PymObject *self) {
    PymObject *module = pym_dict_getitem_cstr(d, "__name__");
    for (PymMethodDef *m = defs; m && m->ml_name; m++) {
        PymObject *f = pym_cfunction_new(m, self, module);
        if (!f) return -1;
        int r = pym_dict_setitem_cstr(d, m->ml_name, f);
        PYM_DECREF(f);
        if (r < 0) return -1;
    }
    return 0;
}
