/*
** mod_json.c -- _json: the fast paths under lib/json/, as CPython's module
** of the same name.
**
**   scanstring(s, end, strict=True)   one JSON string body -> (str, end)
**   encode_basestring(s)              '"..."' with only ", \ and controls escaped
**   encode_basestring_ascii(s)        the same with every non-ASCII char as \uXXXX
**   make_scanner(context)             a scanner: scanner(s, idx) -> (value, end)
**   make_encoder(...)                 an encoder: encoder(obj, 0) -> (text,)
**
** The scanner reads its options from the JSONDecoder it is made from
** (strict, object_hook, object_pairs_hook, parse_float, parse_int,
** parse_constant).  It raises StopIteration(idx) where no value starts
** (JSONDecoder turns that into "Expecting value") and JSONDecodeError
** (from json.decoder) with CPython's messages and positions otherwise.
** Nesting recurses in C under the recursion guard (pym_vm_enter_call), so
** a deep document ends with RecursionError, not a C stack overflow.
**
** Text is read by code point through one accessor: ASCII strs in place,
** other strs decoded once per call into an array on the allocator.
*/
#include "pym.h"
#include <math.h>

typedef struct {
    PymObject *str; /* the document (borrowed) */
    const unsigned char *p8;
    uint32_t *p32;
    intptr_t len;
} Text;

#define TCH(t, i) ((t)->p8 ? (uint32_t)(t)->p8[i] : (t)->p32[i])

static int text_open(Text *t, PymObject *s) {
    t->str = s;
    t->p8 = NULL;
    t->p32 = NULL;
    t->len = PYM_STR_LEN(s);
    if (PYM_STR_IS_ASCII(s)) {
        t->p8 = (const unsigned char *)PYM_STR_DATA(s);
        return 0;
    }
    t->p32 = pym_obj_malloc(sizeof(uint32_t) * (size_t)(t->len ? t->len : 1));
    if (!t->p32) {
        pym_err_no_memory();
        return -1;
    }
    int kind = PYM_STR_KIND(s);
    const void *d = PYM_STR_DATA(s);
    for (intptr_t i = 0; i < t->len; i++) t->p32[i] = pym_str_read(kind, d, i);
    return 0;
}

static void text_close(Text *t) {
    if (t->p32) pym_obj_free(t->p32);
}

/* Raises json.decoder.JSONDecodeError(msg, doc, pos). */
static void raise_errmsg(const char *msg, PymObject *doc, intptr_t pos) {
    PymObject *mod = pym_import_cstr("json.decoder");
    if (!mod) return;
    PymObject *cls = pym_object_getattr_cstr(mod, "JSONDecodeError");
    PYM_DECREF(mod);
    if (!cls) return;
    PymObject *m = pym_str_from_cstr(msg), *p = pym_int_from_ssize(pos);
    if (m && p) {
        PymObject *args[3] = {m, doc, p};
        PymObject *exc = pym_call(cls, args, 3, NULL);
        if (exc) pym_err_set_exc(exc);
    }
    PYM_XDECREF(m);
    PYM_XDECREF(p);
    PYM_DECREF(cls);
}

static void raise_stop(intptr_t idx) {
    PymObject *v = pym_int_from_ssize(idx);
    if (!v) return;
    pym_err_set_object(PymExc_StopIteration, v);
    PYM_DECREF(v);
}

static int hexval(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

/* The string whose body starts at end (after the quote); *next: after the
** closing quote.  New str or NULL. */
static PymObject *scan_string(Text *t, intptr_t end, bool strict, intptr_t *next_out) {
    intptr_t len = t->len, begin = end - 1;
    if (end < 0 || len < end) {
        pym_err_set_string(PymExc_ValueError, "end is out of bounds");
        return NULL;
    }
    PymStrBuilder sb;
    pym_sb_init(&sb);
    for (;;) {
        uint32_t c = 0;
        intptr_t next;
        for (next = end; next < len; next++) {
            c = TCH(t, next);
            if (c == '"' || c == '\\') break;
            if (c <= 0x1f && strict) {
                raise_errmsg("Invalid control character at", t->str, next);
                goto bail;
            }
        }
        if (c != '"' && c != '\\') {
            raise_errmsg("Unterminated string starting at", t->str, begin);
            goto bail;
        }
        if (t->p8)
            pym_sb_append(&sb, (const char *)t->p8 + end, next - end);
        else
            for (intptr_t i = end; i < next; i++) pym_sb_append_char(&sb, t->p32[i]);
        next++;
        if (c == '"') {
            end = next;
            break;
        }
        if (next == len) {
            raise_errmsg("Unterminated string starting at", t->str, begin);
            goto bail;
        }
        c = TCH(t, next);
        if (c != 'u') {
            end = next + 1;
            switch (c) {
            case '"':
            case '\\':
            case '/': break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            default: c = 0;
            }
            if (c == 0) {
                raise_errmsg("Invalid \\escape", t->str, end - 2);
                goto bail;
            }
        } else {
            c = 0;
            next++;
            end = next + 4;
            if (end >= len) {
                raise_errmsg("Invalid \\uXXXX escape", t->str, next - 1);
                goto bail;
            }
            for (; next < end; next++) {
                int h = hexval(TCH(t, next));
                if (h < 0) {
                    raise_errmsg("Invalid \\uXXXX escape", t->str, end - 5);
                    goto bail;
                }
                c = (c << 4) | (uint32_t)h;
            }
            if (c >= 0xD800 && c <= 0xDBFF && end + 6 < len && TCH(t, next) == '\\' &&
                TCH(t, next + 1) == 'u') {
                uint32_t c2 = 0;
                next += 2;
                end += 6;
                for (; next < end; next++) {
                    int h = hexval(TCH(t, next));
                    if (h < 0) {
                        raise_errmsg("Invalid \\uXXXX escape", t->str, end - 5);
                        goto bail;
                    }
                    c2 = (c2 << 4) | (uint32_t)h;
                }
                if (c2 >= 0xDC00 && c2 <= 0xDFFF)
                    c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
                else
                    end -= 6;
            }
        }
        pym_sb_append_char(&sb, c);
    }
    *next_out = end;
    return pym_sb_finish(&sb);
bail:
    pym_sb_discard(&sb);
    return NULL;
}

/* {====== the scanner ======} */

typedef struct {
    PymObject ob_base;
    bool strict;
    PymObject *object_hook, *object_pairs_hook, *parse_float, *parse_int, *parse_constant;
    PymObject *memo; /* key interning during one call */
} Scanner;

static PymType scanner_type;

static int scanner_traverse(PymObject *o, visitproc visit, void *arg) {
    Scanner *s = (Scanner *)o;
    PYM_VISIT(s->object_hook);
    PYM_VISIT(s->object_pairs_hook);
    PYM_VISIT(s->parse_float);
    PYM_VISIT(s->parse_int);
    PYM_VISIT(s->parse_constant);
    PYM_VISIT(s->memo);
    return 0;
}

static int scanner_clear(PymObject *o) {
    Scanner *s = (Scanner *)o;
    PYM_CLEAR(s->object_hook);
    PYM_CLEAR(s->object_pairs_hook);
    PYM_CLEAR(s->parse_float);
    PYM_CLEAR(s->parse_int);
    PYM_CLEAR(s->parse_constant);
    PYM_CLEAR(s->memo);
    return 0;
}

static void scanner_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    scanner_clear(o);
    PYM_TYPE(o)->tp_free(o);
}

static inline bool is_ws(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static PymObject *scan_once(Scanner *s, Text *t, intptr_t idx, intptr_t *next);

static PymObject *parse_object(Scanner *s, Text *t, intptr_t idx, intptr_t *next_out) {
    intptr_t end_idx = t->len - 1, next = 0;
    bool pairs = s->object_pairs_hook != pym_None;
    PymObject *rval = pairs ? pym_list_new(0) : pym_dict_new();
    PymObject *key = NULL, *val = NULL;
    if (!rval) return NULL;
    while (idx <= end_idx && is_ws(TCH(t, idx))) idx++;
    if (idx > end_idx || TCH(t, idx) != '}') {
        for (;;) {
            if (idx > end_idx || TCH(t, idx) != '"') {
                raise_errmsg("Expecting property name enclosed in double quotes", t->str, idx);
                goto bail;
            }
            key = scan_string(t, idx + 1, s->strict, &next);
            if (!key) goto bail;
            PymObject *k = pym_dict_setdefault(s->memo, key, key);
            if (!k) goto bail;
            PYM_SETREF(key, pym_newref(k));
            idx = next;
            while (idx <= end_idx && is_ws(TCH(t, idx))) idx++;
            if (idx > end_idx || TCH(t, idx) != ':') {
                raise_errmsg("Expecting ':' delimiter", t->str, idx);
                goto bail;
            }
            idx++;
            while (idx <= end_idx && is_ws(TCH(t, idx))) idx++;
            val = scan_once(s, t, idx, &next);
            if (!val) goto bail;
            if (pairs) {
                PymObject *item = pym_tuple_new(2);
                if (!item) goto bail;
                PYM_TUPLE_ITEMS(item)[0] = key;
                PYM_TUPLE_ITEMS(item)[1] = val;
                key = val = NULL;
                int r = pym_list_append(rval, item);
                PYM_DECREF(item);
                if (r < 0) goto bail;
            } else {
                if (pym_dict_setitem(rval, key, val) < 0) goto bail;
                PYM_CLEAR(key);
                PYM_CLEAR(val);
            }
            idx = next;
            while (idx <= end_idx && is_ws(TCH(t, idx))) idx++;
            if (idx <= end_idx && TCH(t, idx) == '}') break;
            if (idx > end_idx || TCH(t, idx) != ',') {
                raise_errmsg("Expecting ',' delimiter", t->str, idx);
                goto bail;
            }
            idx++;
            while (idx <= end_idx && is_ws(TCH(t, idx))) idx++;
        }
    }
    *next_out = idx + 1;
    if (pairs) {
        PymObject *r = pym_call_onearg(s->object_pairs_hook, rval);
        PYM_DECREF(rval);
        return r;
    }
    if (s->object_hook != pym_None) {
        PymObject *r = pym_call_onearg(s->object_hook, rval);
        PYM_DECREF(rval);
        return r;
    }
    return rval;
bail:
    PYM_XDECREF(key);
    PYM_XDECREF(val);
    PYM_DECREF(rval);
    return NULL;
}

static PymObject *parse_array(Scanner *s, Text *t, intptr_t idx, intptr_t *next_out) {
    intptr_t end_idx = t->len - 1, next = 0;
    PymObject *rval = pym_list_new(0);
    if (!rval) return NULL;
    while (idx <= end_idx && is_ws(TCH(t, idx))) idx++;
    if (idx > end_idx || TCH(t, idx) != ']') {
        for (;;) {
            PymObject *val = scan_once(s, t, idx, &next);
            if (!val) goto bail;
            int r = pym_list_append(rval, val);
            PYM_DECREF(val);
            if (r < 0) goto bail;
            idx = next;
            while (idx <= end_idx && is_ws(TCH(t, idx))) idx++;
            if (idx <= end_idx && TCH(t, idx) == ']') break;
            if (idx > end_idx || TCH(t, idx) != ',') {
                raise_errmsg("Expecting ',' delimiter", t->str, idx);
                goto bail;
            }
            idx++;
            while (idx <= end_idx && is_ws(TCH(t, idx))) idx++;
        }
    }
    *next_out = idx + 1;
    return rval;
bail:
    PYM_DECREF(rval);
    return NULL;
}

/* text[start:end] as a new str (code points). */
static PymObject *text_slice(Text *t, intptr_t start, intptr_t end) {
    if (t->p8) return pym_str_from_utf8((const char *)t->p8 + start, end - start);
    return pym_str_substring(t->str, start, end);
}

static PymObject *match_number(Scanner *s, Text *t, intptr_t start, intptr_t *next_out) {
    intptr_t end_idx = t->len - 1, idx = start;
    bool is_float = false;
    if (TCH(t, idx) == '-') {
        idx++;
        if (idx > end_idx) {
            raise_stop(start);
            return NULL;
        }
    }
    uint32_t c = TCH(t, idx);
    if (c >= '1' && c <= '9') {
        idx++;
        while (idx <= end_idx && TCH(t, idx) >= '0' && TCH(t, idx) <= '9') idx++;
    } else if (c == '0') {
        idx++;
    } else {
        raise_stop(start);
        return NULL;
    }
    if (idx < end_idx && TCH(t, idx) == '.' && TCH(t, idx + 1) >= '0' && TCH(t, idx + 1) <= '9') {
        is_float = true;
        idx += 2;
        while (idx <= end_idx && TCH(t, idx) >= '0' && TCH(t, idx) <= '9') idx++;
    }
    if (idx < end_idx && (TCH(t, idx) == 'e' || TCH(t, idx) == 'E')) {
        intptr_t e_start = idx;
        idx++;
        if (idx < end_idx && (TCH(t, idx) == '-' || TCH(t, idx) == '+')) idx++;
        while (idx <= end_idx && TCH(t, idx) >= '0' && TCH(t, idx) <= '9') idx++;
        if (TCH(t, idx - 1) >= '0' && TCH(t, idx - 1) <= '9')
            is_float = true;
        else
            idx = e_start;
    }
    *next_out = idx;
    PymObject *custom = is_float ? s->parse_float : s->parse_int;
    bool builtin = custom == (PymObject *)(is_float ? &pym_type_float : &pym_type_int);
    if (builtin) {
        /* the number is ASCII: copy it out */
        char buf[64], *p = idx - start < (intptr_t)sizeof buf
                               ? buf
                               : pym_obj_malloc((size_t)(idx - start + 1));
        if (!p) return pym_err_no_memory();
        for (intptr_t i = start; i < idx; i++) p[i - start] = (char)TCH(t, i);
        p[idx - start] = 0;
        PymObject *r = is_float ? pym_float_from_string(p, idx - start)
                                : pym_int_from_string(p, idx - start, 10);
        if (p != buf) pym_obj_free(p);
        return r;
    }
    PymObject *numstr = text_slice(t, start, idx);
    if (!numstr) return NULL;
    PymObject *r = pym_call_onearg(custom, numstr);
    PYM_DECREF(numstr);
    return r;
}

static bool text_has(Text *t, intptr_t idx, const char *word) {
    intptr_t n = (intptr_t)strlen(word);
    if (idx + n > t->len) return false;
    for (intptr_t i = 0; i < n; i++)
        if (TCH(t, idx + i) != (uint32_t)(unsigned char)word[i]) return false;
    return true;
}

static PymObject *constant(Scanner *s, const char *name, intptr_t idx, intptr_t n, intptr_t *next) {
    PymObject *str = pym_str_from_cstr(name);
    if (!str) return NULL;
    PymObject *r = pym_call_onearg(s->parse_constant, str);
    PYM_DECREF(str);
    *next = idx + n;
    return r;
}

static PymObject *scan_once(Scanner *s, Text *t, intptr_t idx, intptr_t *next) {
    if (idx < 0) {
        pym_err_set_string(PymExc_ValueError, "idx cannot be negative");
        return NULL;
    }
    if (idx >= t->len) {
        raise_stop(idx);
        return NULL;
    }
    PymObject *r;
    switch (TCH(t, idx)) {
    case '"': return scan_string(t, idx + 1, s->strict, next);
    case '{':
        if (pym_vm_enter_call(" while decoding a JSON object from a unicode string") < 0)
            return NULL;
        r = parse_object(s, t, idx + 1, next);
        pym_vm_leave_call();
        return r;
    case '[':
        if (pym_vm_enter_call(" while decoding a JSON array from a unicode string") < 0)
            return NULL;
        r = parse_array(s, t, idx + 1, next);
        pym_vm_leave_call();
        return r;
    case 'n':
        if (text_has(t, idx, "null")) {
            *next = idx + 4;
            PYM_RETURN_NONE;
        }
        break;
    case 't':
        if (text_has(t, idx, "true")) {
            *next = idx + 4;
            return pym_newref(pym_True);
        }
        break;
    case 'f':
        if (text_has(t, idx, "false")) {
            *next = idx + 5;
            return pym_newref(pym_False);
        }
        break;
    case 'N':
        if (text_has(t, idx, "NaN")) return constant(s, "NaN", idx, 3, next);
        break;
    case 'I':
        if (text_has(t, idx, "Infinity")) return constant(s, "Infinity", idx, 8, next);
        break;
    case '-':
        if (text_has(t, idx, "-Infinity")) return constant(s, "-Infinity", idx, 9, next);
        break;
    }
    return match_number(s, t, idx, next);
}

static PymObject *scanner_call(PymObject *self, PymObject *const *args, size_t nargs,
                               PymObject *kwnames) {
    static const char *const names[] = {"string", "idx", NULL};
    PymObject *a[2];
    if (pym_arg_unpack("scanner", args, nargs, kwnames, names, 2, -1, a) < 0) return NULL;
    if (!PYM_STR_CHECK(a[0])) {
        pym_err_format(PymExc_TypeError, "first argument must be a string, not %.80s",
                       pym_type_name(a[0]));
        return NULL;
    }
    intptr_t idx = pym_int_as_ssize(a[1]);
    if (idx == -1 && pym_err_occurred()) return NULL;
    Scanner *s = (Scanner *)self;
    Text t;
    if (text_open(&t, a[0]) < 0) return NULL;
    intptr_t next = 0;
    PymObject *v = scan_once(s, &t, idx, &next);
    text_close(&t);
    pym_dict_clear(s->memo);
    if (!v) return NULL;
    PymObject *n = pym_int_from_ssize(next);
    PymObject *r = n ? pym_tuple_new(2) : NULL;
    if (!r) {
        PYM_DECREF(v);
        PYM_XDECREF(n);
        return NULL;
    }
    PYM_TUPLE_ITEMS(r)[0] = v;
    PYM_TUPLE_ITEMS(r)[1] = n;
    return r;
}

static PymType scanner_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "_json.Scanner",
    .tp_basicsize = sizeof(Scanner),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = scanner_dealloc,
    .tp_traverse = scanner_traverse,
    .tp_clear = scanner_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_call = scanner_call,
    .tp_free = pym_object_free,
};

// make_scanner(context): a scanner reading its options from context
static PymObject *json_make_scanner(PymObject *self, PymObject *const *args, size_t nargs,
                                    PymObject *kw) {
    (void)self;
    if (pym_arg_count("make_scanner", nargs, kw, 1, 1) < 0) return NULL;
    PymObject *ctx = args[0];
    PymObject *strict = pym_object_getattr_cstr(ctx, "strict");
    if (!strict) return NULL;
    int st = pym_object_is_true(strict);
    PYM_DECREF(strict);
    if (st < 0) return NULL;
    Scanner *s = (Scanner *)pym_object_alloc(&scanner_type, 0);
    if (!s) return NULL;
    s->strict = st;
    s->object_hook = s->object_pairs_hook = s->parse_float = s->parse_int = s->parse_constant =
        s->memo = NULL;
    s->memo = pym_dict_new();
    if (!s->memo || !(s->object_hook = pym_object_getattr_cstr(ctx, "object_hook")) ||
        !(s->object_pairs_hook = pym_object_getattr_cstr(ctx, "object_pairs_hook")) ||
        !(s->parse_float = pym_object_getattr_cstr(ctx, "parse_float")) ||
        !(s->parse_int = pym_object_getattr_cstr(ctx, "parse_int")) ||
        !(s->parse_constant = pym_object_getattr_cstr(ctx, "parse_constant"))) {
        PYM_DECREF(s);
        return NULL;
    }
    pym_gc_track((PymObject *)s);
    return (PymObject *)s;
}

// scanstring(string, end, strict=True) -> (str, end)
static PymObject *json_scanstring(PymObject *self, PymObject *const *args, size_t nargs,
                                  PymObject *kw) {
    (void)self;
    static const char *const names[] = {"", "", "", NULL};
    PymObject *a[3];
    if (pym_arg_unpack("scanstring", args, nargs, kw, names, 2, -1, a) < 0) return NULL;
    if (!PYM_STR_CHECK(a[0])) {
        pym_err_format(PymExc_TypeError, "first argument must be a string, not %.80s",
                       pym_type_name(a[0]));
        return NULL;
    }
    intptr_t end = pym_int_as_ssize(a[1]);
    if (end == -1 && pym_err_occurred()) return NULL;
    int strict = 1;
    if (a[2]) {
        strict = pym_object_is_true(a[2]);
        if (strict < 0) return NULL;
    }
    Text t;
    if (text_open(&t, a[0]) < 0) return NULL;
    intptr_t next = 0;
    PymObject *v = scan_string(&t, end, strict, &next);
    text_close(&t);
    if (!v) return NULL;
    PymObject *n = pym_int_from_ssize(next);
    PymObject *r = n ? pym_tuple_new(2) : NULL;
    if (!r) {
        PYM_DECREF(v);
        PYM_XDECREF(n);
        return NULL;
    }
    PYM_TUPLE_ITEMS(r)[0] = v;
    PYM_TUPLE_ITEMS(r)[1] = n;
    return r;
}

/* {====== string encoding ======} */

static void append_u(PymStrBuilder *sb, uint32_t c) {
    static const char hex[] = "0123456789abcdef";
    char buf[6] = {'\\',       'u', hex[(c >> 12) & 15], hex[(c >> 8) & 15], hex[(c >> 4) & 15],
                   hex[c & 15]};
    pym_sb_append(sb, buf, 6);
}

/* '"' + s escaped + '"'; ascii: every non-ASCII char escaped too. */
static PymObject *encode_string(PymObject *s, bool ascii) {
    /* one call for text and length: PYM_STR_UTF8 then PYM_STR_NBYTES would
    ** try to make the UTF-8 form twice, and after an allocation failure in
    ** the first could pair "" with the real length */
    intptr_t nb, k = 0, run = 0;
    const unsigned char *u = (const unsigned char *)pym_str_as_utf8(s, &nb);
    if (!u) return NULL;
    PymStrBuilder sb;
    pym_sb_init(&sb);
    pym_sb_append(&sb, "\"", 1);
    while (k < nb) {
        uint32_t c = u[k];
        int n = 1;
        if (c >= 0x80) n = pym_utf8_decode(u + k, nb - k, &c);
        const char *esc = NULL;
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        }
        if (!esc && c >= 0x20 && (!ascii || c < 0x7f)) {
            k += n;
            continue;
        }
        pym_sb_append(&sb, (const char *)u + run, k - run);
        if (esc) {
            pym_sb_append_cstr(&sb, esc);
        } else if (c >= 0x10000) {
            uint32_t v = c - 0x10000;
            append_u(&sb, 0xD800 | (v >> 10));
            append_u(&sb, 0xDC00 | (v & 0x3FF));
        } else {
            append_u(&sb, c);
        }
        k += n;
        run = k;
    }
    pym_sb_append(&sb, (const char *)u + run, nb - run);
    pym_sb_append(&sb, "\"", 1);
    return pym_sb_finish(&sb);
}

static PymObject *json_encode_basestring_ascii(PymObject *self, PymObject *const *args,
                                               size_t nargs, PymObject *kw) {
    (void)self;
    if (pym_arg_count("encode_basestring_ascii", nargs, kw, 1, 1) < 0) return NULL;
    if (!PYM_STR_CHECK(args[0])) {
        pym_err_format(PymExc_TypeError, "first argument must be a string, not %.80s",
                       pym_type_name(args[0]));
        return NULL;
    }
    return encode_string(args[0], true);
}

static PymObject *json_encode_basestring(PymObject *self, PymObject *const *args, size_t nargs,
                                         PymObject *kw) {
    (void)self;
    if (pym_arg_count("encode_basestring", nargs, kw, 1, 1) < 0) return NULL;
    if (!PYM_STR_CHECK(args[0])) {
        pym_err_format(PymExc_TypeError, "first argument must be a string, not %.80s",
                       pym_type_name(args[0]));
        return NULL;
    }
    return encode_string(args[0], false);
}

/* {====== the encoder ======} */

/* make_encoder(markers, default, encoder, indent, key_separator,
** item_separator, sort_keys, skipkeys, allow_nan): a callable
** (obj, level) -> (text,) for JSONEncoder.encode when indent is None. */
typedef struct {
    PymObject ob_base;
    PymObject *markers; /* dict of id -> object, or None */
    PymObject *defaultfn, *encoder, *indent, *key_sep, *item_sep;
    bool sort_keys, skipkeys, allow_nan;
} Encoder;

static PymType encoder_type;

static int encoder_traverse(PymObject *o, visitproc visit, void *arg) {
    Encoder *e = (Encoder *)o;
    PYM_VISIT(e->markers);
    PYM_VISIT(e->defaultfn);
    PYM_VISIT(e->encoder);
    PYM_VISIT(e->indent);
    PYM_VISIT(e->key_sep);
    PYM_VISIT(e->item_sep);
    return 0;
}

static int encoder_clear(PymObject *o) {
    Encoder *e = (Encoder *)o;
    PYM_CLEAR(e->markers);
    PYM_CLEAR(e->defaultfn);
    PYM_CLEAR(e->encoder);
    PYM_CLEAR(e->indent);
    PYM_CLEAR(e->key_sep);
    PYM_CLEAR(e->item_sep);
    return 0;
}

static void encoder_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    encoder_clear(o);
    PYM_TYPE(o)->tp_free(o);
}

/* float text as JSON: repr, or NaN/Infinity/-Infinity when allowed. */
static PymObject *encode_float(Encoder *e, PymObject *o) {
    double v = pym_float_as_double(o);
    if (v == -1.0 && pym_err_occurred()) return NULL;
    if (!isfinite(v)) {
        if (!e->allow_nan) {
            pym_err_set_string(PymExc_ValueError,
                               "Out of range float values are not JSON compliant");
            return NULL;
        }
        return pym_str_from_cstr(v > 0 ? "Infinity" : v < 0 ? "-Infinity" : "NaN");
    }
    return pym_type_float.tp_repr(o);
}

static int append_new(PymStrBuilder *sb, PymObject *s) {
    if (!s) return -1;
    if (!PYM_STR_CHECK(s)) {
        pym_err_format(PymExc_TypeError, "encoder() must return a string, not %.80s",
                       pym_type_name(s));
        PYM_DECREF(s);
        return -1;
    }
    pym_sb_append_str(sb, s);
    PYM_DECREF(s);
    return 0;
}

static int encode_obj(Encoder *e, PymStrBuilder *sb, PymObject *o);

/* Records o in markers (circular check); *key receives the id key or NULL. */
static int mark(Encoder *e, PymObject *o, PymObject **key) {
    *key = NULL;
    if (e->markers == pym_None) return 0;
    PymObject *k = pym_int_from_ssize((intptr_t)o);
    if (!k) return -1;
    int has = pym_dict_contains(e->markers, k);
    if (has != 0) {
        if (has > 0) pym_err_set_string(PymExc_ValueError, "Circular reference detected");
        PYM_DECREF(k);
        return -1;
    }
    if (pym_dict_setitem(e->markers, k, o) < 0) {
        PYM_DECREF(k);
        return -1;
    }
    *key = k;
    return 0;
}

static int unmark(Encoder *e, PymObject *key) {
    if (!key) return 0;
    int r = pym_dict_delitem(e->markers, key);
    PYM_DECREF(key);
    return r;
}

static int encode_list(Encoder *e, PymStrBuilder *sb, PymObject *seq) {
    intptr_t n = PYM_SIZE(seq);
    if (n == 0) {
        pym_sb_append(sb, "[]", 2);
        return 0;
    }
    PymObject *key;
    if (mark(e, seq, &key) < 0) return -1;
    pym_sb_append(sb, "[", 1);
    for (intptr_t i = 0; i < PYM_SIZE(seq); i++) {
        if (i) pym_sb_append_str(sb, e->item_sep);
        PymObject *item = PYM_LIST_CHECK(seq) ? PYM_LIST_ITEMS(seq)[i] : PYM_TUPLE_ITEMS(seq)[i];
        PYM_INCREF(item);
        int r = encode_obj(e, sb, item);
        PYM_DECREF(item);
        if (r < 0) {
            PYM_XDECREF(key);
            return -1;
        }
    }
    pym_sb_append(sb, "]", 1);
    return unmark(e, key);
}

static int encode_dict(Encoder *e, PymStrBuilder *sb, PymObject *d) {
    if (pym_dict_size(d) == 0) {
        pym_sb_append(sb, "{}", 2);
        return 0;
    }
    PymObject *key_id;
    if (mark(e, d, &key_id) < 0) return -1;
    PymObject *items;
    if (PYM_TYPE(d) == &pym_type_dict) {
        items = pym_dict_items_list(d);
    } else {
        PymObject *name = pym_str_from_cstr("items");
        PymObject *view = name ? pym_call_method(d, name, NULL, 0) : NULL;
        PYM_XDECREF(name);
        items = view ? pym_list_from_iter(view) : NULL;
        PYM_XDECREF(view);
    }
    if (!items) goto fail;
    if (e->sort_keys && pym_list_sort(items, NULL, 0) < 0) goto fail_items;
    pym_sb_append(sb, "{", 1);
    bool first = true;
    for (intptr_t i = 0; i < PYM_SIZE(items); i++) {
        PymObject *item = PYM_LIST_ITEMS(items)[i];
        if (!PYM_TUPLE_CHECK(item) || PYM_SIZE(item) != 2) {
            pym_err_set_string(PymExc_ValueError, "items must return 2-tuples");
            goto fail_items;
        }
        PymObject *k = PYM_TUPLE_ITEMS(item)[0], *v = PYM_TUPLE_ITEMS(item)[1], *ks;
        if (PYM_STR_CHECK(k))
            ks = pym_newref(k);
        else if (PYM_FLOAT_CHECK(k))
            ks = encode_float(e, k);
        else if (k == pym_True)
            ks = pym_str_from_cstr("true");
        else if (k == pym_False)
            ks = pym_str_from_cstr("false");
        else if (k == pym_None)
            ks = pym_str_from_cstr("null");
        else if (PYM_INT_CHECK(k))
            ks = pym_type_int.tp_repr(k);
        else if (e->skipkeys)
            continue;
        else {
            pym_err_format(PymExc_TypeError,
                           "keys must be str, int, float, bool or None, not %.100s",
                           pym_type_name(k));
            goto fail_items;
        }
        if (!ks) goto fail_items;
        if (!first) pym_sb_append_str(sb, e->item_sep);
        first = false;
        int r = append_new(sb, pym_call_onearg(e->encoder, ks));
        PYM_DECREF(ks);
        if (r < 0) goto fail_items;
        pym_sb_append_str(sb, e->key_sep);
        PYM_INCREF(v);
        r = encode_obj(e, sb, v);
        PYM_DECREF(v);
        if (r < 0) goto fail_items;
    }
    PYM_DECREF(items);
    pym_sb_append(sb, "}", 1);
    return unmark(e, key_id);
fail_items:
    PYM_DECREF(items);
fail:
    PYM_XDECREF(key_id);
    return -1;
}

static int encode_obj(Encoder *e, PymStrBuilder *sb, PymObject *o) {
    if (o == pym_None) {
        pym_sb_append(sb, "null", 4);
        return 0;
    }
    if (o == pym_True) {
        pym_sb_append(sb, "true", 4);
        return 0;
    }
    if (o == pym_False) {
        pym_sb_append(sb, "false", 5);
        return 0;
    }
    if (PYM_STR_CHECK(o)) return append_new(sb, pym_call_onearg(e->encoder, o));
    if (PYM_INT_CHECK(o)) return append_new(sb, pym_type_int.tp_repr(o));
    if (PYM_FLOAT_CHECK(o)) return append_new(sb, encode_float(e, o));
    int r;
    if (PYM_LIST_CHECK(o) || PYM_TUPLE_CHECK(o)) {
        if (pym_vm_enter_call(" while encoding a JSON object") < 0) return -1;
        r = encode_list(e, sb, o);
        pym_vm_leave_call();
        return r;
    }
    if (PYM_DICT_CHECK(o)) {
        if (pym_vm_enter_call(" while encoding a JSON object") < 0) return -1;
        r = encode_dict(e, sb, o);
        pym_vm_leave_call();
        return r;
    }
    PymObject *key;
    if (mark(e, o, &key) < 0) return -1;
    PymObject *v = pym_call_onearg(e->defaultfn, o);
    if (!v) {
        PYM_XDECREF(key);
        return -1;
    }
    if (pym_vm_enter_call(" while encoding a JSON object") < 0) {
        PYM_DECREF(v);
        PYM_XDECREF(key);
        return -1;
    }
    r = encode_obj(e, sb, v);
    pym_vm_leave_call();
    PYM_DECREF(v);
    if (r < 0) {
        PYM_XDECREF(key);
        return -1;
    }
    return unmark(e, key);
}

static PymObject *encoder_call(PymObject *self, PymObject *const *args, size_t nargs,
                               PymObject *kwnames) {
    static const char *const names[] = {"obj", "_current_indent_level", NULL};
    PymObject *a[2];
    if (pym_arg_unpack("_iterencode", args, nargs, kwnames, names, 2, -1, a) < 0) return NULL;
    PymStrBuilder sb;
    pym_sb_init(&sb);
    if (encode_obj((Encoder *)self, &sb, a[0]) < 0) {
        pym_sb_discard(&sb);
        return NULL;
    }
    PymObject *s = pym_sb_finish(&sb);
    if (!s) return NULL;
    PymObject *t = pym_tuple_new(1);
    if (!t) {
        PYM_DECREF(s);
        return NULL;
    }
    PYM_TUPLE_ITEMS(t)[0] = s;
    return t;
}

static PymType encoder_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "_json.Encoder",
    .tp_basicsize = sizeof(Encoder),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = encoder_dealloc,
    .tp_traverse = encoder_traverse,
    .tp_clear = encoder_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_call = encoder_call,
    .tp_free = pym_object_free,
};

static PymObject *json_make_encoder(PymObject *self, PymObject *const *args, size_t nargs,
                                    PymObject *kw) {
    (void)self;
    if (pym_arg_count("make_encoder", nargs, kw, 9, 9) < 0) return NULL;
    if (args[0] != pym_None && !PYM_DICT_CHECK(args[0])) {
        pym_err_format(PymExc_TypeError,
                       "make_encoder() argument 1 must be dict or None, not %.200s",
                       pym_type_name(args[0]));
        return NULL;
    }
    if (!PYM_STR_CHECK(args[4]) || !PYM_STR_CHECK(args[5])) {
        pym_err_set_string(PymExc_TypeError, "make_encoder() separators must be str");
        return NULL;
    }
    int flags[3];
    for (int i = 0; i < 3; i++) {
        flags[i] = pym_object_is_true(args[6 + i]);
        if (flags[i] < 0) return NULL;
    }
    Encoder *e = (Encoder *)pym_object_alloc(&encoder_type, 0);
    if (!e) return NULL;
    e->markers = pym_newref(args[0]);
    e->defaultfn = pym_newref(args[1]);
    e->encoder = pym_newref(args[2]);
    e->indent = pym_newref(args[3]);
    e->key_sep = pym_newref(args[4]);
    e->item_sep = pym_newref(args[5]);
    e->sort_keys = flags[0];
    e->skipkeys = flags[1];
    e->allow_nan = flags[2];
    pym_gc_track((PymObject *)e);
    return (PymObject *)e;
}

static PymMethodDef json_functions[] = {
    {"make_encoder", json_make_encoder, 0, "JSON encoder object (indent None)"},
    {"make_scanner", json_make_scanner, 0, "JSON scanner object"},
    {"scanstring", json_scanstring, 0, "scanstring(string, end, strict=True) -> (string, end)"},
    {"encode_basestring_ascii", json_encode_basestring_ascii, 0,
     "Return an ASCII-only JSON representation of a Python string"},
    {"encode_basestring", json_encode_basestring, 0,
     "Return a JSON representation of a Python string"},
    {NULL, NULL, 0, NULL},
};

PymObject *pym_json_module_init(void) {
    if (pym_type_ready(&scanner_type) < 0 || pym_type_ready(&encoder_type) < 0) return NULL;
    PymObject *m = pym_module_new("_json");
    if (!m) return NULL;
    if (pym_module_add_functions(m, json_functions) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
