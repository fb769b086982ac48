/*
** builtins.c -- the builtins module: the built-in functions (print, len,
** min/max, sorted, exec/eval, __build_class__, __import__ ...), the built-in
** types and constants, and every exception class by name.  Messages follow
** CPython 3.11 word for word.
*/
#include "pym.h"
#include "frameobject.h"
#include "buffer.h"
#include "fileobject.h"
#include "genobject.h"
#include "sitebuiltins.h"

static PymObject *builtins_module;

PymObject *pym_builtins_dict(void) {
    return builtins_module ? pym_module_dict(builtins_module) : NULL;
}

PymObject *pym_builtins_module(void) { return builtins_module; }

/* ---- print / input / open ---- */

static int write_to(PymObject *file, PymObject *s) {
    if (PYM_FILE_CHECK(file) && !((PymFile *)file)->binary) {
        intptr_t nb;
        char *tmp; /* print does not cache the UTF-8 */
        const char *u = pym_str_utf8_temp(s, &nb, &tmp);
        int r = u ? pym_file_write_utf8(file, u, nb) : -1;
        pym_raw_free(tmp);
        return r;
    }
    PymObject *r = pym_call_method(file, PYM_ID(write), &s, 1);
    if (!r) return -1;
    PYM_DECREF(r);
    return 0;
}

PYM_CFUNC(bi_print) {
    PymObject *sep = NULL, *end = NULL, *file = NULL, *flush = NULL;
    size_t nkw = pym_arg_nkw(kwnames);
    for (size_t i = 0; i < nkw; i++) {
        PymObject *k = PYM_TUPLE_GET(kwnames, i), *v = args[nargs + i];
        if (pym_str_equal_cstr(k, "sep"))
            sep = v;
        else if (pym_str_equal_cstr(k, "end"))
            end = v;
        else if (pym_str_equal_cstr(k, "file"))
            file = v;
        else if (pym_str_equal_cstr(k, "flush"))
            flush = v;
        else {
            pym_err_format(PymExc_TypeError, "'%U' is an invalid keyword argument for print()", k);
            return NULL;
        }
    }
    if (sep == pym_None) sep = NULL;
    if (end == pym_None) end = NULL;
    if (sep && !PYM_STR_CHECK(sep)) {
        pym_err_format(PymExc_TypeError, "sep must be None or a string, not %s",
                       pym_type_name(sep));
        return NULL;
    }
    if (end && !PYM_STR_CHECK(end)) {
        pym_err_format(PymExc_TypeError, "end must be None or a string, not %s",
                       pym_type_name(end));
        return NULL;
    }
    if (!file || file == pym_None) {
        file = pym_sys_get("stdout");
        if (!file || file == pym_None) PYM_RETURN_NONE;
    }
    PYM_INCREF(file);
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0) {
            static PymObject *space;
            if (!space) space = pym_str_intern_cstr(" ");
            int r = write_to(file, sep ? sep : space);
            if (r < 0) goto fail;
        }
        PymObject *s = pym_object_str(args[i]);
        if (!s) goto fail;
        int r = write_to(file, s);
        PYM_DECREF(s);
        if (r < 0) goto fail;
    }
    if (end) {
        if (write_to(file, end) < 0) goto fail;
    } else {
        static PymObject *nl;
        if (!nl) nl = pym_str_intern_cstr("\n");
        if (write_to(file, nl) < 0) goto fail;
    }
    if (flush) {
        int t = pym_object_is_true(flush);
        if (t < 0) goto fail;
        if (t) {
            PymObject *r = pym_call_method(file, PYM_ID(flush), NULL, 0);
            if (!r) goto fail;
            PYM_DECREF(r);
        }
    }
    PYM_DECREF(file);
    PYM_RETURN_NONE;
fail:
    PYM_DECREF(file);
    return NULL;
}

PYM_CFUNC(bi_input) {
    if (pym_arg_count("input", nargs, kwnames, 0, 1) < 0) return NULL;
    PymObject *out = pym_sys_get("stdout"), *in = pym_sys_get("stdin");
    if (!in || in == pym_None) {
        pym_err_set_string(PymExc_RuntimeError, "input(): lost sys.stdin");
        return NULL;
    }
    if (out && out != pym_None) {
        if (nargs) {
            PymObject *p = pym_object_str(args[0]);
            if (!p) return NULL;
            int r = write_to(out, p);
            PYM_DECREF(p);
            if (r < 0) return NULL;
        }
        PymObject *r = pym_call_method(out, PYM_ID(flush), NULL, 0);
        if (!r) return NULL;
        PYM_DECREF(r);
    }
    PymObject *line = PYM_FILE_CHECK(in) ? pym_file_readline(in, -1)
                                         : pym_call_method(in, PYM_ID(readline), NULL, 0);
    if (!line) return NULL;
    if (!PYM_STR_CHECK(line)) {
        PYM_DECREF(line);
        pym_err_set_string(PymExc_TypeError, "object.readline() returned non-string");
        return NULL;
    }
    intptr_t n = PYM_STR_NBYTES(line);
    if (n == 0) {
        PYM_DECREF(line);
        pym_err_set_string(PymExc_EOFError, "EOF when reading a line");
        return NULL;
    }
    if (PYM_STR_UTF8(line)[n - 1] == '\n') {
        PymObject *s = pym_str_from_utf8(PYM_STR_UTF8(line), n - 1);
        PYM_DECREF(line);
        return s;
    }
    return line;
}

/* ---- simple functions ---- */

PYM_CFUNC(bi_len) {
    if (pym_arg_count("len", nargs, kwnames, 1, 1) < 0) return NULL;
    intptr_t n = pym_object_len(args[0]);
    if (n < 0) return NULL;
    return pym_int_from_ssize(n);
}

PYM_CFUNC(bi_abs) {
    if (pym_arg_count("abs", nargs, kwnames, 1, 1) < 0) return NULL;
    return pym_number_absolute(args[0]);
}

static bool is_plain_number(PymObject *o) { return PYM_INT_CHECK(o) || PYM_FLOAT_CHECK(o); }

PYM_CFUNC(bi_divmod) {
    if (pym_arg_count("divmod", nargs, kwnames, 2, 2) < 0) return NULL;
    PymObject *a = args[0], *b = args[1];
    int found = 0;
    PymObject *r = pym_call_special(a, PYM_ID(__divmod__), &b, 1, &found);
    if (found) {
        if (!r) return NULL;
        if (r != pym_NotImplemented) return r;
        PYM_DECREF(r);
    } else if (pym_err_occurred())
        return NULL;
    if (PYM_TYPE(a) != PYM_TYPE(b)) {
        found = 0;
        r = pym_call_special(b, PYM_ID(__rdivmod__), &a, 1, &found);
        if (found) {
            if (!r) return NULL;
            if (r != pym_NotImplemented) return r;
            PYM_DECREF(r);
        } else if (pym_err_occurred())
            return NULL;
    }
    if (is_plain_number(a) && is_plain_number(b)) {
        PymObject *q = pym_number_binop(a, b, PYM_NB_FLOOR_DIVIDE);
        if (!q) return NULL;
        PymObject *m = pym_number_binop(a, b, PYM_NB_REMAINDER);
        if (!m) {
            PYM_DECREF(q);
            return NULL;
        }
        PymObject *t = pym_tuple_pack(2, q, m);
        PYM_DECREF(q);
        PYM_DECREF(m);
        return t;
    }
    pym_err_format(PymExc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                   pym_type_name(a), pym_type_name(b));
    return NULL;
}

PYM_CFUNC(bi_pow) {
    static const char *const names[] = {"base", "exp", "mod", NULL};
    PymObject *a[3] = {0};
    if (pym_arg_unpack("pow", args, nargs, kwnames, names, 2, -1, a) < 0) return NULL;
    if (a[2] && a[2] != pym_None) return pym_number_power3(a[0], a[1], a[2]);
    return pym_number_binop(a[0], a[1], PYM_NB_POWER);
}

PYM_CFUNC(bi_round) {
    static const char *const names[] = {"number", "ndigits", NULL};
    PymObject *a[2] = {0};
    if (pym_arg_unpack("round", args, nargs, kwnames, names, 1, -1, a) < 0) return NULL;
    int found = 0;
    PymObject *r;
    if (a[1] && a[1] != pym_None)
        r = pym_call_special(a[0], PYM_ID(__round__), &a[1], 1, &found);
    else
        r = pym_call_special(a[0], PYM_ID(__round__), NULL, 0, &found);
    if (!found && !pym_err_occurred())
        pym_err_format(PymExc_TypeError, "type %s doesn't define __round__ method",
                       pym_type_name(a[0]));
    return r;
}

PYM_CFUNC(bi_isinstance) {
    if (pym_arg_count("isinstance", nargs, kwnames, 2, 2) < 0) return NULL;
    int r = pym_object_isinstance(args[0], args[1]);
    if (r < 0) return NULL;
    return pym_bool_from(r);
}

PYM_CFUNC(bi_issubclass) {
    if (pym_arg_count("issubclass", nargs, kwnames, 2, 2) < 0) return NULL;
    int r = pym_object_issubclass(args[0], args[1]);
    if (r < 0) return NULL;
    return pym_bool_from(r);
}

PYM_CFUNC(bi_id) {
    if (pym_arg_count("id", nargs, kwnames, 1, 1) < 0) return NULL;
    return pym_int_from_size((size_t)(uintptr_t)args[0]);
}

PYM_CFUNC(bi_hash) {
    if (pym_arg_count("hash", nargs, kwnames, 1, 1) < 0) return NULL;
    intptr_t h = pym_object_hash(args[0]);
    if (h == -1 && pym_err_occurred()) return NULL;
    return pym_int_from_ssize(h);
}

PYM_CFUNC(bi_repr) {
    if (pym_arg_count("repr", nargs, kwnames, 1, 1) < 0) return NULL;
    return pym_object_repr(args[0]);
}

PYM_CFUNC(bi_ascii) {
    if (pym_arg_count("ascii", nargs, kwnames, 1, 1) < 0) return NULL;
    return pym_object_ascii(args[0]);
}

PYM_CFUNC(bi_callable) {
    if (pym_arg_count("callable", nargs, kwnames, 1, 1) < 0) return NULL;
    return pym_bool_from(pym_callable_check(args[0]));
}

PYM_CFUNC(bi_format) {
    if (pym_arg_count("format", nargs, kwnames, 1, 2) < 0) return NULL;
    PymObject *spec = nargs > 1 ? args[1] : NULL;
    if (spec && !PYM_STR_CHECK(spec)) {
        pym_err_format(PymExc_TypeError, "format() argument 2 must be str, not %s",
                       pym_type_name(spec));
        return NULL;
    }
    return pym_object_format(args[0], spec);
}

PYM_CFUNC(bi_iter) {
    if (pym_arg_count("iter", nargs, kwnames, 1, 2) < 0) return NULL;
    if (nargs == 1) return pym_object_getiter(args[0]);
    if (!pym_callable_check(args[0])) {
        pym_err_set_string(PymExc_TypeError, "iter(v, w): v must be callable");
        return NULL;
    }
    return pym_callable_iter_new(args[0], args[1]);
}

PYM_CFUNC(bi_next) {
    if (pym_arg_count("next", nargs, kwnames, 1, 2) < 0) return NULL;
    PymObject *it = args[0];
    iternextfunc f = PYM_TYPE(it)->tp_iternext;
    if (!f) {
        pym_err_format(PymExc_TypeError, "'%s' object is not an iterator", pym_type_name(it));
        return NULL;
    }
    PymObject *r = f(it);
    if (r) return r;
    if (pym_err_occurred()) {
        if (nargs < 2 || !pym_err_matches((PymObject *)PymExc_StopIteration)) return NULL;
        pym_err_clear();
    }
    if (nargs > 1) return pym_newref(args[1]);
    pym_err_set_none(PymExc_StopIteration);
    return NULL;
}

/* aiter/anext: the objects live in genobject.c */
PYM_CFUNC(bi_aiter) {
    if (pym_arg_count("aiter", nargs, kwnames, 1, 1) < 0) return NULL;
    return pym_builtin_aiter(args[0]);
}

PYM_CFUNC(bi_anext) {
    if (pym_arg_count("anext", nargs, kwnames, 1, 2) < 0) return NULL;
    return pym_builtin_anext(args[0], nargs > 1 ? args[1] : NULL);
}

static int check_attr_name(const char *fn, PymObject *name) {
    if (!PYM_STR_CHECK(name)) {
        (void)fn;
        pym_err_format(PymExc_TypeError, "attribute name must be string, not '%s'",
                       pym_type_name(name));
        return -1;
    }
    return 0;
}

PYM_CFUNC(bi_getattr) {
    if (pym_arg_count("getattr", nargs, kwnames, 2, 3) < 0) return NULL;
    if (check_attr_name("getattr", args[1]) < 0) return NULL;
    if (nargs == 2) return pym_object_getattr(args[0], args[1]);
    PymObject *r;
    int found = pym_object_lookup_attr(args[0], args[1], &r);
    if (found < 0) return NULL;
    return found ? r : pym_newref(args[2]);
}

PYM_CFUNC(bi_hasattr) {
    if (pym_arg_count("hasattr", nargs, kwnames, 2, 2) < 0) return NULL;
    if (check_attr_name("hasattr", args[1]) < 0) return NULL;
    PymObject *r;
    int found = pym_object_lookup_attr(args[0], args[1], &r);
    if (found < 0) return NULL;
    PYM_XDECREF(r);
    return pym_bool_from(found);
}

PYM_CFUNC(bi_setattr) {
    if (pym_arg_count("setattr", nargs, kwnames, 3, 3) < 0) return NULL;
    if (check_attr_name("setattr", args[1]) < 0) return NULL;
    if (pym_object_setattr(args[0], args[1], args[2]) < 0) return NULL;
    PYM_RETURN_NONE;
}

PYM_CFUNC(bi_delattr) {
    if (pym_arg_count("delattr", nargs, kwnames, 2, 2) < 0) return NULL;
    if (check_attr_name("delattr", args[1]) < 0) return NULL;
    if (pym_object_setattr(args[0], args[1], NULL) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *current_globals(void) {
    PymFrame *f = pym_vm_current_frame();
    if (!f) {
        PymObject *m = pym_dict_getitem_cstr(pym_sys_modules(), "__main__");
        return m ? pym_module_dict(m) : NULL;
    }
    return pym_frame_globals(f);
}

/* New reference to the caller's locals mapping. */
static PymObject *current_locals(void) {
    PymFrame *f = pym_vm_current_frame();
    if (!f) return pym_xnewref(current_globals());
    return pym_frame_locals(f);
}

PYM_CFUNC(bi_globals) {
    if (pym_arg_count("globals", nargs, kwnames, 0, 0) < 0) return NULL;
    PymObject *g = current_globals();
    if (!g) {
        pym_err_set_string(PymExc_SystemError, "globals(): no current frame");
        return NULL;
    }
    return pym_newref(g);
}

PYM_CFUNC(bi_locals) {
    if (pym_arg_count("locals", nargs, kwnames, 0, 0) < 0) return NULL;
    PymObject *l = current_locals();
    if (!l && !pym_err_occurred())
        pym_err_set_string(PymExc_SystemError, "locals(): no current frame");
    return l;
}

PYM_CFUNC(bi_vars) {
    if (pym_arg_count("vars", nargs, kwnames, 0, 1) < 0) return NULL;
    if (nargs == 0) return current_locals();
    PymObject *d;
    int found = pym_object_lookup_attr(args[0], PYM_ID(__dict__), &d);
    if (found < 0) return NULL;
    if (!found) {
        pym_err_set_string(PymExc_TypeError, "vars() argument must have __dict__ attribute");
        return NULL;
    }
    return d;
}

PYM_CFUNC(bi_dir) {
    if (pym_arg_count("dir", nargs, kwnames, 0, 1) < 0) return NULL;
    if (nargs == 1) return pym_object_dir(args[0]);
    PymObject *l = current_locals();
    if (!l) return NULL;
    PymObject *keys = PYM_DICT_CHECK(l) ? pym_dict_keys_list(l) : pym_list_from_iter(l);
    PYM_DECREF(l);
    if (!keys) return NULL;
    if (pym_list_sort(keys, NULL, 0) < 0) {
        PYM_DECREF(keys);
        return NULL;
    }
    return keys;
}

PYM_CFUNC(bi_chr) {
    if (pym_arg_count("chr", nargs, kwnames, 1, 1) < 0) return NULL;
    PymObject *o = args[0];
    if (!PYM_INT_CHECK(o)) {
        if (PYM_FLOAT_CHECK(o)) {
            pym_err_set_string(PymExc_TypeError, "integer argument expected, got float");
            return NULL;
        }
        o = pym_number_index(o);
        if (!o) return NULL;
    } else {
        PYM_INCREF(o);
    }
    int ovf = 0;
    long long v = pym_int_as_longlong_overflow(o, &ovf);
    PYM_DECREF(o);
    if (ovf) {
        pym_err_set_string(PymExc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (v < 0 || v > 0x10FFFF) {
        if (v < -2147483648LL || v > 2147483647LL) {
            pym_err_set_string(PymExc_OverflowError,
                               v < 0 ? "signed integer is less than minimum"
                                     : "signed integer is greater than maximum");
            return NULL;
        }
        pym_err_set_string(PymExc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return pym_str_from_codepoint((uint32_t)v);
}

PYM_CFUNC(bi_ord) {
    if (pym_arg_count("ord", nargs, kwnames, 1, 1) < 0) return NULL;
    PymObject *o = args[0];
    if (PYM_STR_CHECK(o)) {
        if (PYM_STR_LEN(o) != 1) {
            pym_err_format(PymExc_TypeError,
                           "ord() expected a character, but string of length %zd found",
                           PYM_STR_LEN(o));
            return NULL;
        }
        return pym_int_from_long(pym_str_char_at(o, 0));
    }
    if (PYM_BYTES_CHECK(o)) {
        if (PYM_BYTES_LEN(o) != 1) {
            pym_err_format(PymExc_TypeError,
                           "ord() expected a character, but string of length %zd found",
                           PYM_BYTES_LEN(o));
            return NULL;
        }
        return pym_int_from_long((unsigned char)PYM_BYTES_DATA(o)[0]);
    }
    pym_err_format(PymExc_TypeError, "ord() expected string of length 1, but %s found",
                   pym_type_name(o));
    return NULL;
}

static PymObject *int_to_base(const char *fn, PymObject *const *args, size_t nargs,
                              PymObject *kwnames, int base) {
    if (pym_arg_count(fn, nargs, kwnames, 1, 1) < 0) return NULL;
    PymObject *i = pym_number_index(args[0]);
    if (!i) return NULL;
    PymObject *r = pym_int_to_base(i, base);
    PYM_DECREF(i);
    return r;
}
PYM_CFUNC(bi_hex) { return int_to_base("hex", args, nargs, kwnames, 16); }
PYM_CFUNC(bi_oct) { return int_to_base("oct", args, nargs, kwnames, 8); }
PYM_CFUNC(bi_bin) { return int_to_base("bin", args, nargs, kwnames, 2); }

static PymObject *any_all(const char *fn, PymObject *const *args, size_t nargs, PymObject *kwnames,
                          int want) {
    if (pym_arg_count(fn, nargs, kwnames, 1, 1) < 0) return NULL;
    PymObject *it = pym_object_getiter(args[0]);
    if (!it) return NULL;
    PymObject *item;
    while ((item = pym_iter_next(it))) {
        int t = pym_object_is_true(item);
        PYM_DECREF(item);
        if (t < 0) {
            PYM_DECREF(it);
            return NULL;
        }
        if (t == want) {
            PYM_DECREF(it);
            return pym_bool_from(want);
        }
    }
    PYM_DECREF(it);
    if (pym_err_occurred()) return NULL;
    return pym_bool_from(!want);
}
PYM_CFUNC(bi_any) { return any_all("any", args, nargs, kwnames, 1); }
PYM_CFUNC(bi_all) { return any_all("all", args, nargs, kwnames, 0); }

/* ---- sum, min, max, sorted ---- */

/* acc + item for sum(): steals acc, borrows item; NULL on error. */
static PymObject *sum_add(PymObject *acc, PymObject *item) {
    PymObject *r;
    if (PYM_INT_CHECK_EXACT(acc) && PYM_INT_CHECK_EXACT(item))
        r = pym_int_add(acc, item);
    else if (PYM_FLOAT_CHECK_EXACT(acc) && PYM_FLOAT_CHECK_EXACT(item))
        r = pym_float_from_double(PYM_FLOAT_VALUE(acc) + PYM_FLOAT_VALUE(item));
    else
        r = pym_number_binop(acc, item, PYM_NB_ADD);
    PYM_DECREF(acc);
    return r;
}

/* The value of an exact int or bool item that fits a long long, in *v;
** false for anything else. */
static inline bool sum_int_value(PymObject *item, long long *v) {
    if (PYM_INT_CHECK_EXACT(item) && pym_int_is_compact(item)) {
        *v = pym_int_compact_value(item);
        return true;
    }
    if (!PYM_INT_CHECK_EXACT(item) && !PYM_BOOL_CHECK(item)) return false;
    int ovf = 0;
    *v = pym_int_as_longlong_overflow(item, &ovf);
    return !ovf;
}

PYM_CFUNC(bi_sum) {
    static const char *const names[] = {"", "start", NULL};
    PymObject *a[2] = {0};
    if (pym_arg_unpack("sum", args, nargs, kwnames, names, 1, -1, a) < 0) return NULL;
    PymObject *start = a[1];
    if (start) {
        if (PYM_STR_CHECK(start)) {
            pym_err_set_string(PymExc_TypeError,
                               "sum() can't sum strings [use ''.join(seq) instead]");
            return NULL;
        }
        if (PYM_BYTES_CHECK(start)) {
            pym_err_set_string(PymExc_TypeError,
                               "sum() can't sum bytes [use b''.join(seq) instead]");
            return NULL;
        }
    }
    PymObject *it = pym_object_getiter(a[0]);
    if (!it) return NULL;
    PymObject *item = NULL;
    PymObject *acc = start ? pym_newref(start) : pym_int_from_long(0);
    if (!acc) goto fail;
    /* As CPython: while the total and the items are ints that fit a long
    ** long the total is a C value, boxed when an item of another kind (or
    ** an overflow) comes or at the end; likewise a float total with float
    ** items and ints that fit.  The item that ends a fast loop is added the
    ** generic way. */
    if (PYM_INT_CHECK_EXACT(acc)) {
        int ovf = 0;
        long long total = pym_int_as_longlong_overflow(acc, &ovf), v, t;
        if (!ovf) {
            while ((item = pym_iter_next(it))) {
                if (!sum_int_value(item, &v) || __builtin_add_overflow(total, v, &t)) break;
                total = t;
                PYM_DECREF(item);
            }
            PYM_SETREF(acc, pym_int_from_long(total));
            if (!acc) goto fail;
            if (item) {
                acc = sum_add(acc, item);
                PYM_CLEAR(item);
                if (!acc) goto fail;
            } else {
                goto done;
            }
        }
    }
    if (PYM_FLOAT_CHECK_EXACT(acc)) {
        double total = PYM_FLOAT_VALUE(acc);
        long long v;
        while ((item = pym_iter_next(it))) {
            if (PYM_FLOAT_CHECK_EXACT(item))
                total += PYM_FLOAT_VALUE(item);
            else if (PYM_INT_CHECK_EXACT(item) && sum_int_value(item, &v))
                total += (double)v;
            else
                break;
            PYM_DECREF(item);
        }
        PYM_SETREF(acc, pym_float_from_double(total));
        if (!acc) goto fail;
        if (!item) goto done;
        acc = sum_add(acc, item);
        PYM_CLEAR(item);
        if (!acc) goto fail;
    }
    while ((item = pym_iter_next(it))) {
        acc = sum_add(acc, item);
        PYM_CLEAR(item);
        if (!acc) goto fail;
    }
done:
    PYM_DECREF(it);
    if (pym_err_occurred()) {
        PYM_DECREF(acc);
        return NULL;
    }
    return acc;
fail:
    PYM_XDECREF(item);
    PYM_XDECREF(acc);
    PYM_DECREF(it);
    return NULL;
}

/* min()/max() of one exact list, tuple, set or frozenset (of at most 256
** keys) whose items are all compact ints, or all floats (or such positional
** arguments), without a key: the items compared as C numbers where int's and
** float's __lt__/__gt__ would compare them (running no code), straight from
** the container (no iterator; a set's keys gathered in iteration order by a
** walk that stops after the last).  Ties keep the first item, as the general
** loop does.  1 with *out a new reference; 0 when it does not apply (nothing
** was done). */
#define MM_SET_MAX 256
static int min_max_numbers(PymObject *seq, PymObject *const *items, intptr_t n, int op,
                           PymObject **out) {
    PymObject *keys[MM_SET_MAX];
    if (seq) {
        PymType *tp = PYM_TYPE(seq);
        if (tp == &pym_type_list) {
            items = ((PymList *)seq)->ob_item;
            n = PYM_SIZE(seq);
        } else if (tp == &pym_type_tuple) {
            items = ((PymTuple *)seq)->ob_item;
            n = PYM_SIZE(seq);
        } else if (tp == &pym_type_set || tp == &pym_type_frozenset) {
            n = pym_set_size(seq);
            if (n > MM_SET_MAX) return 0;
            intptr_t pos = 0, left = n;
            pym_set_next_keys(seq, &pos, &left, keys, n);
            items = keys;
        } else {
            return 0;
        }
    }
    if (n == 0) return 0;
    PymObject *best = items[0];
    if (PYM_INT_CHECK_EXACT(best) && pym_int_is_compact(best)) {
        intptr_t bv = pym_int_compact_value(best);
        for (intptr_t i = 1; i < n; i++) {
            PymObject *o = items[i];
            if (!PYM_INT_CHECK_EXACT(o) || !pym_int_is_compact(o)) return 0;
            intptr_t v = pym_int_compact_value(o);
            if (op == PYM_LT ? v < bv : v > bv) {
                best = o;
                bv = v;
            }
        }
    } else if (PYM_FLOAT_CHECK_EXACT(best)) {
        double bv = PYM_FLOAT_VALUE(best);
        for (intptr_t i = 1; i < n; i++) {
            PymObject *o = items[i];
            if (!PYM_FLOAT_CHECK_EXACT(o)) return 0;
            double v = PYM_FLOAT_VALUE(o);
            if (op == PYM_LT ? v < bv : v > bv) {
                best = o;
                bv = v;
            }
        }
    } else {
        return 0;
    }
    *out = pym_newref(best);
    return 1;
}

static PymObject *min_max(const char *fn, PymObject *const *args, size_t nargs, PymObject *kwnames,
                          int op) {
    PymObject *key = NULL, *dflt = NULL;
    size_t nkw = pym_arg_nkw(kwnames);
    if (nargs == 0) { /* checked before the keywords, as CPython */
        pym_err_format(PymExc_TypeError, "%s expected at least 1 argument, got 0", fn);
        return NULL;
    }
    for (size_t i = 0; i < nkw; i++) {
        PymObject *k = PYM_TUPLE_GET(kwnames, i);
        if (pym_str_equal_cstr(k, "key"))
            key = args[nargs + i];
        else if (pym_str_equal_cstr(k, "default"))
            dflt = args[nargs + i];
        else {
            pym_err_format(PymExc_TypeError, "'%U' is an invalid keyword argument for %s()", k, fn);
            return NULL;
        }
    }
    if (key == pym_None) key = NULL;
    if (nargs == 0) {
        pym_err_format(PymExc_TypeError, "%s expected at least 1 argument, got 0", fn);
        return NULL;
    }
    if (nargs > 1 && dflt) {
        pym_err_format(PymExc_TypeError,
                       "Cannot specify a default for %s() with multiple positional arguments", fn);
        return NULL;
    }
    if (!key) {
        PymObject *r;
        if (nargs == 1 ? min_max_numbers(args[0], NULL, 0, op, &r)
                       : min_max_numbers(NULL, args, (intptr_t)nargs, op, &r))
            return r;
    }
    PymObject *it = nargs == 1 ? pym_object_getiter(args[0]) : NULL;
    if (nargs == 1 && !it) return NULL;
    PymObject *best = NULL, *bestkey = NULL;
    size_t idx = 0;
    for (;;) {
        PymObject *item;
        if (it) {
            item = pym_iter_next(it);
            if (!item) {
                if (pym_err_occurred()) goto fail;
                break;
            }
        } else {
            if (idx >= nargs) break;
            item = pym_newref(args[idx++]);
        }
        PymObject *k = key ? pym_call_onearg(key, item) : pym_newref(item);
        if (!k) {
            PYM_DECREF(item);
            goto fail;
        }
        if (!best) {
            best = item;
            bestkey = k;
            continue;
        }
        int c;
        if (PYM_INT_CHECK_EXACT(k) && PYM_INT_CHECK_EXACT(bestkey)) { /* no dispatch */
            int d = pym_int_compare(k, bestkey);
            c = op == PYM_LT ? d < 0 : d > 0;
        } else {
            c = pym_object_richcompare_bool(k, bestkey, op);
        }
        if (c < 0) {
            PYM_DECREF(item);
            PYM_DECREF(k);
            goto fail;
        }
        if (c) {
            PYM_SETREF(best, item);
            PYM_SETREF(bestkey, k);
        } else {
            PYM_DECREF(item);
            PYM_DECREF(k);
        }
    }
    PYM_XDECREF(it);
    PYM_XDECREF(bestkey);
    if (!best) {
        if (dflt) return pym_newref(dflt);
        pym_err_format(PymExc_ValueError, "%s() arg is an empty sequence", fn);
        return NULL;
    }
    return best;
fail:
    PYM_XDECREF(it);
    PYM_XDECREF(best);
    PYM_XDECREF(bestkey);
    return NULL;
}
PYM_CFUNC(bi_min) { return min_max("min", args, nargs, kwnames, PYM_LT); }
PYM_CFUNC(bi_max) { return min_max("max", args, nargs, kwnames, PYM_GT); }

PYM_CFUNC(bi_sorted) {
    if (nargs != 1) {
        if (nargs == 0)
            pym_err_set_string(PymExc_TypeError, "sorted expected 1 argument, got 0");
        else
            pym_err_format(PymExc_TypeError, "sorted expected 1 argument, got %zu", nargs);
        return NULL;
    }
    PymObject *key = NULL, *rev = NULL;
    size_t nkw = pym_arg_nkw(kwnames);
    for (size_t i = 0; i < nkw; i++) {
        PymObject *k = PYM_TUPLE_GET(kwnames, i);
        if (pym_str_equal_cstr(k, "key"))
            key = args[nargs + i];
        else if (pym_str_equal_cstr(k, "reverse"))
            rev = args[nargs + i];
        else {
            pym_err_format(PymExc_TypeError, "'%U' is an invalid keyword argument for sort()", k);
            return NULL;
        }
    }
    int reverse = 0;
    if (rev) {
        reverse = pym_object_is_true(rev);
        if (reverse < 0) return NULL;
    }
    PymObject *l = pym_list_from_iter(args[0]);
    if (!l) return NULL;
    if (pym_list_sort(l, key == pym_None ? NULL : key, reverse) < 0) {
        PYM_DECREF(l);
        return NULL;
    }
    return l;
}

/* ---- exec / eval / compile ---- */

/* Makes sure globals has __builtins__ (the builtins module), as CPython. */
static int ensure_builtins(PymObject *globals) {
    int has = pym_dict_contains(globals, PYM_ID(__builtins__));
    if (has < 0) return -1;
    if (!has) return pym_dict_setitem(globals, PYM_ID(__builtins__), builtins_module);
    return 0;
}

/* Text of a source argument (str or bytes); borrowed pointers into src. */
static int source_text(const char *fn, PymObject *src, const char **text, intptr_t *len) {
    if (PYM_STR_CHECK(src)) {
        *text = PYM_STR_UTF8(src);
        *len = PYM_STR_NBYTES(src);
    } else if (PYM_BYTES_CHECK(src)) {
        *text = PYM_BYTES_DATA(src);
        *len = PYM_BYTES_LEN(src);
    } else {
        pym_err_format(PymExc_TypeError, "%s() arg 1 must be a string, bytes or code object", fn);
        return -1;
    }
    if ((intptr_t)strlen(*text) != *len) {
        pym_err_set_string(PymExc_SyntaxError, "source code string cannot contain null bytes");
        return -1;
    }
    return 0;
}

static PymObject *exec_eval(const char *fn, PymObject *const *args, size_t nargs,
                            PymObject *kwnames, int mode) {
    static const char *const names[] = {"", "globals", "locals", NULL};
    PymObject *a[3] = {0};
    if (mode == PYM_EVAL_INPUT && (nargs == 0 || nargs > 3)) { /* eval's clinic wording */
        pym_err_format(PymExc_TypeError, "eval expected at %s, got %zd",
                       nargs ? "most 3 arguments" : "least 1 argument", (intptr_t)nargs);
        return NULL;
    }
    if (mode != PYM_EVAL_INPUT && nargs > 3) {
        pym_err_format(PymExc_TypeError, "exec() takes at most 3 positional arguments (%zd given)",
                       (intptr_t)nargs);
        return NULL;
    }
    if (pym_arg_unpack(fn, args, nargs, kwnames, names, 1, -1, a) < 0) return NULL;
    PymObject *globals = a[1] == pym_None ? NULL : a[1];
    PymObject *locals = a[2] == pym_None ? NULL : a[2];
    if (globals && !PYM_DICT_CHECK(globals)) {
        if (mode == PYM_EVAL_INPUT)
            pym_err_set_string(PymExc_TypeError,
                               locals ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                      : "globals must be a dict");
        else
            pym_err_format(PymExc_TypeError, "exec() globals must be a dict, not %s",
                           pym_type_name(globals));
        return NULL;
    }
    if (locals && !PYM_DICT_CHECK(locals) && !PYM_TYPE(locals)->mp_subscript) {
        pym_err_set_string(PymExc_TypeError, "locals must be a mapping");
        return NULL;
    }
    if (!globals) {
        globals = current_globals();
        if (!globals) {
            pym_err_format(PymExc_SystemError, "%s(): no current frame", fn);
            return NULL;
        }
        PYM_INCREF(globals);
        locals = locals ? pym_newref(locals) : current_locals();
        if (!locals) {
            PYM_DECREF(globals);
            return NULL;
        }
    } else {
        PYM_INCREF(globals);
        locals = pym_newref(locals ? locals : globals);
    }
    PymObject *res = NULL;
    if (ensure_builtins(globals) < 0) goto done;
    PymObject *src = a[0];
    if (PYM_CODE_CHECK(src)) {
        res = pym_eval_code((PymCode *)src, globals, locals);
    } else {
        const char *text;
        intptr_t len;
        if (source_text(fn, src, &text, &len) < 0) goto done;
        if (mode == PYM_EVAL_INPUT) {
            while (len > 0 && (*text == ' ' || *text == '\t')) {
                text++;
                len--;
            }
        }
        res = pym_run_string(text, (size_t)len, "<string>", mode, globals, locals);
    }
    if (res && mode == PYM_FILE_INPUT) {
        PYM_DECREF(res);
        res = pym_newref(pym_None);
    }
done:
    PYM_DECREF(globals);
    PYM_DECREF(locals);
    return res;
}

PYM_CFUNC(bi_exec) { return exec_eval("exec", args, nargs, kwnames, PYM_FILE_INPUT); }
PYM_CFUNC(bi_eval) { return exec_eval("eval", args, nargs, kwnames, PYM_EVAL_INPUT); }

PYM_CFUNC(bi_compile) {
    static const char *const names[] = {"source",       "filename", "mode", "flags",
                                        "dont_inherit", "optimize", NULL};
    PymObject *a[6] = {0};
    if (pym_arg_unpack("compile", args, nargs, kwnames, names, 3, -1, a) < 0) return NULL;
    if (!PYM_STR_CHECK(a[2]) || !PYM_STR_CHECK(a[1])) {
        pym_err_set_string(PymExc_TypeError, "compile() arguments 2 and 3 must be str");
        return NULL;
    }
    int mode;
    if (pym_str_equal_cstr(a[2], "exec"))
        mode = PYM_FILE_INPUT;
    else if (pym_str_equal_cstr(a[2], "eval"))
        mode = PYM_EVAL_INPUT;
    else if (pym_str_equal_cstr(a[2], "single"))
        mode = PYM_SINGLE_INPUT;
    else {
        pym_err_set_string(PymExc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        return NULL;
    }
    if (PYM_CODE_CHECK(a[0])) return pym_newref(a[0]);
    const char *text;
    intptr_t len;
    if (source_text("compile", a[0], &text, &len) < 0) return NULL;
    return pym_compile_source(text, (size_t)len, PYM_STR_UTF8(a[1]), mode);
}

/* ---- classes and import ---- */

/* PEP 560: bases that are not classes but have __mro_entries__ (list[int],
** typing's generics) are replaced by what it returns.  New tuple; the same
** object (a new reference) when nothing changed. */
static PymObject *resolve_mro_entries(PymObject *bases) {
    PymObject *list = NULL;
    for (intptr_t i = 0; i < PYM_SIZE(bases); i++) {
        PymObject *b = PYM_TUPLE_GET(bases, i), *meth = NULL;
        if (PYM_TYPE_CHECK(b)) {
            if (list && pym_list_append(list, b) < 0) goto fail;
            continue;
        }
        int r = pym_object_lookup_attr(b, PYM_ID(__mro_entries__), &meth);
        if (r < 0) goto fail;
        if (!r) {
            if (list && pym_list_append(list, b) < 0) goto fail;
            continue;
        }
        PymObject *entries = pym_call_onearg(meth, bases);
        PYM_DECREF(meth);
        if (!entries) goto fail;
        if (!PYM_TUPLE_CHECK(entries)) {
            PYM_DECREF(entries);
            pym_err_set_string(PymExc_TypeError, "__mro_entries__ must return a tuple");
            goto fail;
        }
        if (!list) {
            list = pym_list_new(0);
            for (intptr_t k = 0; list && k < i; k++)
                if (pym_list_append(list, PYM_TUPLE_GET(bases, k)) < 0) { PYM_CLEAR(list); }
            if (!list) {
                PYM_DECREF(entries);
                goto fail;
            }
        }
        for (intptr_t k = 0; k < PYM_SIZE(entries); k++)
            if (pym_list_append(list, PYM_TUPLE_GET(entries, k)) < 0) {
                PYM_DECREF(entries);
                goto fail;
            }
        PYM_DECREF(entries);
    }
    if (!list) return pym_newref(bases);
    PymObject *t = pym_list_as_tuple(list);
    PYM_DECREF(list);
    return t;
fail:
    PYM_XDECREF(list);
    return NULL;
}

/* __build_class__(func, name, *bases, metaclass=..., **kwds), in CPython's
** steps: resolve the bases' __mro_entries__, take the keywords apart, pick
** the metaclass, prepare the namespace, run the class body in it, call the
** metaclass, fill __class__. */

#define CLASS_MAX_KEYWORDS 64

/* The class statement's keywords other than metaclass. */
typedef struct ClassKeywords {
    PymObject *dict;                       /* owned; NULL when there are none */
    PymObject *values[CLASS_MAX_KEYWORDS]; /* borrowed, in order */
    size_t n;
    PymObject *names; /* owned tuple of the keys, built on first use */
} ClassKeywords;

/* Fills kw from the call's keywords and sets *meta (new ref) to the
** metaclass= one if given.  0, or -1 with an error (kw to be released). */
static int split_class_keywords(PymObject *const *args, size_t nargs, PymObject *kwnames,
                                ClassKeywords *kw, PymObject **meta) {
    size_t nkw = pym_arg_nkw(kwnames);
    if (nkw > CLASS_MAX_KEYWORDS) {
        pym_err_set_string(PymExc_TypeError, "__build_class__: too many keyword arguments");
        return -1;
    }
    for (size_t i = 0; i < nkw; i++) {
        PymObject *k = PYM_TUPLE_GET(kwnames, i), *v = args[nargs + i];
        if (pym_str_equal_cstr(k, "metaclass")) {
            PYM_SETREF(*meta, pym_newref(v));
            continue;
        }
        if (!kw->dict && !(kw->dict = pym_dict_new())) return -1;
        if (pym_dict_setitem(kw->dict, k, v) < 0) return -1;
        kw->values[kw->n++] = v;
    }
    return 0;
}

/* The names of the keywords as a tuple (borrowed from kw), or NULL with an
** error. */
static PymObject *class_keyword_names(ClassKeywords *kw) {
    if (!kw->names) {
        PymObject *keys = pym_dict_keys_list(kw->dict);
        kw->names = keys ? pym_list_as_tuple(keys) : NULL;
        PYM_XDECREF(keys);
    }
    return kw->names;
}

/* Calls f(first..., **kw) with nfirst positional arguments (new ref). */
static PymObject *call_with_class_keywords(PymObject *f, PymObject *const *first, size_t nfirst,
                                           ClassKeywords *kw) {
    if (kw->n && !class_keyword_names(kw)) return NULL;
    PymObject *cargs[3 + CLASS_MAX_KEYWORDS];
    memcpy(cargs, first, nfirst * sizeof *first);
    memcpy(cargs + nfirst, kw->values, kw->n * sizeof *kw->values);
    return pym_call(f, cargs, nfirst, kw->n ? kw->names : NULL);
}

/* The most derived of meta and the bases' metaclasses (new ref), or NULL
** with CPython's "metaclass conflict" TypeError.  meta is borrowed; one that
** is not a type is used as it is. */
static PymObject *calculate_metaclass(PymObject *meta, PymObject *bases) {
    if (!PYM_TYPE_CHECK(meta)) return pym_newref(meta);
    PymType *winner = (PymType *)meta;
    for (intptr_t i = 0; i < PYM_SIZE(bases); i++) {
        PymType *t = PYM_TYPE(PYM_TUPLE_GET(bases, i));
        if (pym_type_is_subtype(winner, t)) continue;
        if (pym_type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        pym_err_set_string(PymExc_TypeError,
                           "metaclass conflict: the metaclass of a derived class must be a "
                           "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return pym_newref((PymObject *)winner);
}

/* The class namespace (new ref): meta.__prepare__(name, bases, **kw), or a
** new dict when meta has none; it must be a mapping. */
static PymObject *prepare_namespace(PymObject *meta, PymObject *name, PymObject *bases,
                                    ClassKeywords *kw) {
    PymObject *prep, *ns;
    int found = pym_object_lookup_attr(meta, PYM_ID(__prepare__), &prep);
    if (found < 0) return NULL;
    if (found) {
        PymObject *first[2] = {name, bases};
        ns = call_with_class_keywords(prep, first, 2, kw);
        PYM_DECREF(prep);
    } else {
        ns = pym_dict_new();
    }
    if (!ns) return NULL;
    if (!PYM_DICT_CHECK(ns) && !PYM_TYPE(ns)->mp_subscript) {
        pym_err_format(PymExc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                       PYM_TYPE_CHECK(meta) ? ((PymType *)meta)->tp_name : "<metaclass>",
                       pym_type_name(ns));
        PYM_DECREF(ns);
        return NULL;
    }
    return ns;
}

/* meta(name, bases, ns, **kw) (new ref); type itself is called directly. */
static PymObject *call_metaclass(PymObject *meta, PymObject *name, PymObject *bases, PymObject *ns,
                                 ClassKeywords *kw) {
    if (meta == (PymObject *)&pym_type_type)
        return pym_type_new_class((PymType *)meta, name, bases, ns, kw->dict);
    PymObject *first[3] = {name, bases, ns};
    return call_with_class_keywords(meta, first, 3, kw);
}

/* Fills the class body's __class__ cell (zero-argument super()) with cls; a
** cell already holding another object is CPython's TypeError.  Steals cls
** (may be NULL); returns it, or NULL with the error. */
static PymObject *set_class_cell(PymObject *cell, PymObject *cls, PymObject *name) {
    if (!cls || !PYM_CELL_CHECK(cell)) return cls;
    PymCell *c = (PymCell *)cell;
    if (!c->ob_ref) {
        c->ob_ref = pym_newref(cls);
    } else if (c->ob_ref != cls) {
        pym_err_format(PymExc_TypeError, "__class__ set to %R defining %R as %R", c->ob_ref, name,
                       cls);
        PYM_DECREF(cls);
        return NULL;
    }
    return cls;
}

PYM_CFUNC(bi___build_class__) {
    if (nargs < 2) {
        pym_err_set_string(PymExc_TypeError, "__build_class__: not enough arguments");
        return NULL;
    }
    PymObject *func = args[0], *name = args[1];
    if (!PYM_FUNCTION_CHECK(func)) {
        pym_err_set_string(PymExc_TypeError, "__build_class__: func must be a function");
        return NULL;
    }
    if (!PYM_STR_CHECK(name)) {
        pym_err_set_string(PymExc_TypeError, "__build_class__: name is not a string");
        return NULL;
    }
    PymObject *bases = pym_tuple_from_array(args + 2, (intptr_t)nargs - 2);
    if (!bases) return NULL;
    PymObject *orig_bases = bases;
    bases = resolve_mro_entries(orig_bases);
    if (!bases) {
        PYM_DECREF(orig_bases);
        return NULL;
    }
    PymObject *meta = NULL, *ns = NULL, *cell = NULL, *cls = NULL;
    ClassKeywords kw = {0};
    if (split_class_keywords(args, nargs, kwnames, &kw, &meta) < 0) goto done;
    if (!meta) {
        meta = PYM_SIZE(bases) ? (PymObject *)PYM_TYPE(PYM_TUPLE_GET(bases, 0))
                               : (PymObject *)&pym_type_type;
        PYM_INCREF(meta);
    }
    PYM_SETREF(meta, calculate_metaclass(meta, bases));
    if (!meta) goto done;
    ns = prepare_namespace(meta, name, bases, &kw);
    if (!ns) goto done;
    if (bases != orig_bases && pym_object_setitem(ns, PYM_ID(__orig_bases__), orig_bases) < 0)
        goto done;
    cell = pym_eval_class_body(func, ns);
    if (!cell) goto done;
    cls = set_class_cell(cell, call_metaclass(meta, name, bases, ns, &kw), name);
done:
    PYM_DECREF(bases);
    PYM_DECREF(orig_bases);
    PYM_XDECREF(meta);
    PYM_XDECREF(kw.dict);
    PYM_XDECREF(kw.names);
    PYM_XDECREF(ns);
    PYM_XDECREF(cell);
    return cls;
}

PYM_CFUNC(bi___import__) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    PymObject *a[5] = {0};
    if (pym_arg_unpack("__import__", args, nargs, kwnames, names, 1, -1, a) < 0) return NULL;
    if (!PYM_STR_CHECK(a[0])) {
        pym_err_format(PymExc_TypeError, "__import__() argument 1 must be str, not %s",
                       pym_type_name(a[0]));
        return NULL;
    }
    int level = 0;
    if (a[4]) {
        level = (int)pym_int_as_longlong(a[4]);
        if (level == -1 && pym_err_occurred()) return NULL;
        if (level < 0) {
            pym_err_set_string(PymExc_ValueError, "level must be >= 0");
            return NULL;
        }
    }
    PymObject *globals = a[1] && a[1] != pym_None ? a[1] : NULL;
    PymObject *fromlist = a[3] && a[3] != pym_None ? a[3] : NULL;
    return pym_import(a[0], globals, fromlist, level);
}

static PymMethodDef builtin_methods[] = {
    {"__build_class__", bi___build_class__, 0, NULL},
    {"__import__", bi___import__, 0, NULL},
    {"abs", bi_abs, 0, NULL},
    {"all", bi_all, 0, NULL},
    {"any", bi_any, 0, NULL},
    {"ascii", bi_ascii, 0, NULL},
    {"bin", bi_bin, 0, NULL},
    {"callable", bi_callable, 0, NULL},
    {"chr", bi_chr, 0, NULL},
    {"compile", bi_compile, 0, NULL},
    {"delattr", bi_delattr, 0, NULL},
    {"dir", bi_dir, 0, NULL},
    {"divmod", bi_divmod, 0, NULL},
    {"eval", bi_eval, 0, NULL},
    {"exec", bi_exec, 0, NULL},
    {"format", bi_format, 0, NULL},
    {"getattr", bi_getattr, 0, NULL},
    {"globals", bi_globals, 0, NULL},
    {"hasattr", bi_hasattr, 0, NULL},
    {"hash", bi_hash, 0, NULL},
    {"hex", bi_hex, 0, NULL},
    {"id", bi_id, 0, NULL},
    {"input", bi_input, 0, NULL},
    {"isinstance", bi_isinstance, 0, NULL},
    {"issubclass", bi_issubclass, 0, NULL},
    {"iter", bi_iter, 0, NULL},
    {"len", bi_len, 0, NULL},
    {"locals", bi_locals, 0, NULL},
    {"max", bi_max, 0, NULL},
    {"min", bi_min, 0, NULL},
    {"next", bi_next, 0, NULL},
    {"aiter", bi_aiter, 0, NULL},
    {"anext", bi_anext, 0, NULL},
    {"oct", bi_oct, 0, NULL},
    {"open", pym_file_open, 0, NULL},
    {"ord", bi_ord, 0, NULL},
    {"pow", bi_pow, 0, NULL},
    {"print", bi_print, 0, NULL},
    {"repr", bi_repr, 0, NULL},
    {"round", bi_round, 0, NULL},
    {"setattr", bi_setattr, 0, NULL},
    {"sorted", bi_sorted, 0, NULL},
    {"sum", bi_sum, 0, NULL},
    {"vars", bi_vars, 0, NULL},
    {NULL},
};

int pym_builtins_init(void) {
    PymObject *m = pym_module_new("builtins");
    if (!m) return -1;
    builtins_module = m;
    PymObject *d = pym_module_dict(m);
    if (pym_module_add_functions(m, builtin_methods) < 0) return -1;
    struct {
        const char *name;
        PymObject *obj;
    } objs[] = {
        {"None", pym_None},
        {"Ellipsis", pym_Ellipsis},
        {"NotImplemented", pym_NotImplemented},
        {"True", pym_True},
        {"False", pym_False},
        {"__debug__", pym_True},
        {"object", (PymObject *)&pym_type_object},
        {"type", (PymObject *)&pym_type_type},
        {"int", (PymObject *)&pym_type_int},
        {"bool", (PymObject *)&pym_type_bool},
        {"float", (PymObject *)&pym_type_float},
        {"str", (PymObject *)&pym_type_str},
        {"bytes", (PymObject *)&pym_type_bytes},
        {"list", (PymObject *)&pym_type_list},
        {"tuple", (PymObject *)&pym_type_tuple},
        {"dict", (PymObject *)&pym_type_dict},
        {"set", (PymObject *)&pym_type_set},
        {"frozenset", (PymObject *)&pym_type_frozenset},
        {"range", (PymObject *)&pym_type_range},
        {"slice", (PymObject *)&pym_type_slice},
        {"enumerate", (PymObject *)&pym_type_enumerate},
        {"zip", (PymObject *)&pym_type_zip},
        {"map", (PymObject *)&pym_type_map},
        {"filter", (PymObject *)&pym_type_filter},
        {"reversed", (PymObject *)&pym_type_reversed},
        {"property", (PymObject *)&pym_type_property},
        {"classmethod", (PymObject *)&pym_type_classmethod},
        {"staticmethod", (PymObject *)&pym_type_staticmethod},
        {"super", (PymObject *)&pym_type_super},
        {"complex", (PymObject *)&pym_type_complex},
        {"bytearray", (PymObject *)&pym_type_bytearray},
        {"memoryview", (PymObject *)&pym_type_memoryview},
#define EXC_ENTRY(N) {#N, (PymObject *)&pym_exc_##N},
        PYM_EXC_LIST(EXC_ENTRY)
#undef EXC_ENTRY
            {"ExceptionGroup", (PymObject *)PymExc_ExceptionGroup},
        {"EnvironmentError", (PymObject *)PymExc_OSError},
        {"IOError", (PymObject *)PymExc_OSError},
    };
    for (size_t i = 0; i < PYM_ARRAY_LEN(objs); i++)
        if (pym_dict_setitem_cstr(d, objs[i].name, objs[i].obj) < 0) return -1;
    if (pym_sitebuiltins_install(d) < 0) return -1; /* exit, quit, help (sitebuiltins.c) */
    PymObject *doc = pym_str_from_cstr("Built-in functions, types, exceptions, and other objects.");
    if (!doc) return -1;
    int r = pym_dict_setitem_cstr(d, "__doc__", doc);
    PYM_DECREF(doc);
    return r;
}

void pym_builtins_fini(void) { PYM_CLEAR(builtins_module); }
