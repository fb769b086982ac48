/*
** error.c -- the current exception: raising (pym_err_*), testing, and
** printing it the way CPython 3.11's top level does (the __cause__ /
** __context__ chain, tracebacks, SyntaxError's source line and caret,
** "Exception ignored in:" for unraisable errors).
*/
#include "pym.h"
#include "suggestions.h"
#include <errno.h>

static PymObject *cur_exc; /* the current exception instance, or NULL */

void pym_err_set_exc(PymObject *exc) {
    PymObject *old = cur_exc;
    cur_exc = exc;
    PYM_XDECREF(old);
}

/* Creates type(*args) and makes it current; failures while creating the
** instance leave that error current instead. */
static void set_with_args(PymType *type, PymObject *const *args, size_t nargs) {
    PymObject *exc = pym_exc_new(type, args, nargs);
    if (!exc) return;
    if (!PYM_EXC_CHECK(exc)) {
        PYM_DECREF(exc);
        pym_err_format(PymExc_TypeError, "exceptions must derive from BaseException");
        return;
    }
    pym_err_set_exc(exc);
}

void pym_err_set_string(PymType *type, const char *msg) {
    PymObject *s = pym_str_from_cstr(msg);
    if (!s) return;
    set_with_args(type, &s, 1);
    PYM_DECREF(s);
}

void pym_err_vformat(PymType *type, const char *fmt, va_list ap) {
    PymObject *s = pym_str_from_vformat(fmt, ap);
    if (!s) return;
    set_with_args(type, &s, 1);
    PYM_DECREF(s);
}

void pym_err_format(PymType *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    pym_err_vformat(type, fmt, ap);
    va_end(ap);
}

void pym_err_set_object(PymType *type, PymObject *value) {
    if (value && PYM_EXC_CHECK(value) && pym_type_is_subtype(PYM_TYPE(value), type)) {
        pym_err_set_exc(pym_newref(value));
        return;
    }
    if (!value) {
        pym_err_set_none(type);
        return;
    }
    set_with_args(type, &value, 1);
}

void pym_err_set_none(PymType *type) { set_with_args(type, NULL, 0); }

PymObject *pym_err_occurred(void) { return cur_exc; }

int pym_err_exc_matches(PymObject *exc, PymObject *type) {
    if (!exc || !type) return 0;
    if (PYM_TUPLE_CHECK(type)) {
        for (intptr_t i = 0; i < PYM_SIZE(type); i++)
            if (pym_err_exc_matches(exc, PYM_TUPLE_GET(type, i))) return 1;
        return 0;
    }
    if (!PYM_TYPE_CHECK(type)) return exc == type;
    PymType *et = PYM_TYPE_CHECK(exc) ? (PymType *)exc : PYM_TYPE(exc);
    return pym_type_is_subtype(et, (PymType *)type);
}

int pym_err_matches(PymObject *type) { return pym_err_exc_matches(cur_exc, type); }

PymObject *pym_err_fetch(void) {
    PymObject *e = cur_exc;
    cur_exc = NULL;
    return e;
}

void pym_err_restore(PymObject *exc) { pym_err_set_exc(exc); }

void pym_err_clear(void) { pym_err_set_exc(NULL); }

void *pym_err_no_memory(void) {
    /* Creating the exception may itself fail; MemoryError has no args. */
    PymObject *exc = PymExc_MemoryError->tp_new(PymExc_MemoryError, NULL, 0, NULL);
    if (exc) pym_err_set_exc(exc);
    return NULL;
}

void *pym_err_bad_internal_call(void) {
    pym_err_set_string(PymExc_SystemError, "bad argument to internal function");
    return NULL;
}

void *pym_err_set_from_errno(PymObject *filename) {
    int err = errno;
    if (err == EINTR && pym_vm_interrupt_pending) {
        pym_vm_interrupt_pending = 0;
        pym_err_set_none(PymExc_KeyboardInterrupt);
        return NULL;
    }
    PymObject *args[3];
    size_t n = 2;
    args[0] = pym_int_from_long(err);
    args[1] = pym_str_from_cstr(strerror(err));
    if (!args[0] || !args[1]) {
        PYM_XDECREF(args[0]);
        PYM_XDECREF(args[1]);
        return NULL;
    }
    if (filename) {
        args[2] = filename;
        n = 3;
    }
    PymObject *exc = pym_exc_new(PymExc_OSError, args, n);
    PYM_DECREF(args[0]);
    PYM_DECREF(args[1]);
    if (exc) pym_err_set_exc(exc);
    return NULL;
}

static PymObject *int_or_none(int v, bool use) {
    return use ? pym_int_from_long(v) : pym_newref(pym_None);
}

void pym_err_syntax(PymType *type, const char *filename, int lineno, int col, const char *line,
                    int end_lineno, int end_col, const char *msg) {
    PymObject *m = pym_str_from_cstr(msg ? msg : "invalid syntax");
    PymObject *info[6];
    info[0] = filename ? pym_str_from_cstr(filename) : pym_newref(pym_None);
    info[1] = int_or_none(lineno, true);
    info[2] = int_or_none(col, true);
    info[3] = line ? pym_str_from_utf8(line, (intptr_t)strlen(line)) : pym_newref(pym_None);
    info[4] = int_or_none(end_lineno, end_lineno > 0);
    info[5] = int_or_none(end_col, end_lineno > 0);
    PymObject *tup = NULL;
    bool ok = m != NULL;
    for (int i = 0; i < 6; i++) ok = ok && info[i];
    if (ok) tup = pym_tuple_from_array(info, 6);
    for (int i = 0; i < 6; i++) PYM_XDECREF(info[i]);
    if (tup) {
        PymObject *args[2] = {m, tup};
        set_with_args(type ? type : PymExc_SyntaxError, args, 2);
        PYM_DECREF(tup);
    }
    PYM_XDECREF(m);
}

/* ------------------------------------------------------------------ */
/* Display                                                              */

/* The module of a type for the last line of a traceback. */
static PymObject *type_module(PymType *t) {
    if (t->tp_flags & PYM_TPFLAGS_HEAPTYPE) {
        PymObject *m = t->tp_dict ? pym_dict_getitem(t->tp_dict, PYM_ID(__module__)) : NULL;
        if (m && PYM_STR_CHECK(m)) return pym_newref(m);
        if (t->ht_module && PYM_STR_CHECK(t->ht_module)) return pym_newref(t->ht_module);
        pym_err_clear();
        return NULL;
    }
    const char *dot = strrchr(t->tp_name, '.');
    if (dot) return pym_str_from_utf8(t->tp_name, dot - t->tp_name);
    return pym_str_from_cstr("builtins");
}

static void write_obj_str(PymObject *o, FILE *out) {
    PymObject *s = pym_object_str(o);
    if (s) {
        fwrite(PYM_STR_UTF8(s), 1, (size_t)PYM_STR_NBYTES(s), out);
        PYM_DECREF(s);
    } else {
        pym_err_clear();
        fputs("<object str() failed>", out);
    }
}

/* Writes "module.Name" (module omitted for builtins and __main__). */
static void print_type_name(PymType *t, FILE *out) {
    PymObject *mod = type_module(t);
    if (mod && !pym_str_equal_cstr(mod, "builtins") && !pym_str_equal_cstr(mod, "__main__")) {
        fwrite(PYM_STR_UTF8(mod), 1, (size_t)PYM_STR_NBYTES(mod), out);
        fputc('.', out);
    }
    PYM_XDECREF(mod);
    PymObject *q = (t->tp_flags & PYM_TPFLAGS_HEAPTYPE) ? pym_type_qualname(t) : NULL;
    if (q && PYM_STR_CHECK(q)) {
        fwrite(PYM_STR_UTF8(q), 1, (size_t)PYM_STR_NBYTES(q), out);
    } else {
        const char *dot = strrchr(t->tp_name, '.');
        fputs(dot ? dot + 1 : t->tp_name, out);
    }
}

/* SyntaxError: '  File "f", line N', the line indented by 4 and the carets. */
static void print_syntax_location(PymSyntaxError *e, FILE *out) {
    if (e->filename && PYM_STR_CHECK(e->filename)) {
        fprintf(out, "  File \"%s\", line ", PYM_STR_UTF8(e->filename));
        if (e->lineno)
            write_obj_str(e->lineno, out);
        else
            fputs("?", out);
        fputc('\n', out);
    }
    if (!e->text || !PYM_STR_CHECK(e->text)) return;
    const char *text = PYM_STR_UTF8(e->text);
    intptr_t n = PYM_STR_NBYTES(e->text);
    /* the caret positions are in characters, 1-based */
    long offset = -1, end_offset = -1;
    if (e->offset && PYM_INT_CHECK(e->offset)) offset = (long)pym_int_as_longlong(e->offset);
    if (e->end_offset && PYM_INT_CHECK(e->end_offset))
        end_offset = (long)pym_int_as_longlong(e->end_offset);
    long lineno = e->lineno && PYM_INT_CHECK(e->lineno) ? (long)pym_int_as_longlong(e->lineno) : -1;
    long end_lineno = e->end_lineno && PYM_INT_CHECK(e->end_lineno)
                          ? (long)pym_int_as_longlong(e->end_lineno)
                          : lineno;
    pym_err_clear();
    /* only the first line of a multi-line text */
    const char *nl = memchr(text, '\n', (size_t)n);
    intptr_t linelen = nl ? nl - text : n;
    while (linelen > 0 && (text[linelen - 1] == '\r' || text[linelen - 1] == '\n')) linelen--;
    intptr_t strip = 0; /* leading whitespace removed, in bytes == chars */
    while (strip < linelen && (text[strip] == ' ' || text[strip] == '\t' || text[strip] == '\f'))
        strip++;
    fputs("    ", out);
    fwrite(text + strip, 1, (size_t)(linelen - strip), out);
    fputc('\n', out);
    if (offset < 1) return;
    /* count characters of the displayed line */
    long nchars = 0;
    for (intptr_t i = strip; i < linelen; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80) nchars++;
    long start = offset - 1 - strip;
    if (start < 0) return; /* points into the indentation: no caret */
    if (start > nchars) start = nchars;
    if (end_offset < 1) end_offset = offset;
    if (end_offset <= offset) end_offset = offset + 1;
    long end = end_offset - 1 - strip;
    if (end_lineno > lineno) end = nchars;
    if (end > nchars) end = nchars;
    if (end <= start) end = start + 1;
    /* CPython 3.11 marks one character for indentation errors */
    if (pym_type_is_subtype(PYM_TYPE(e), PymExc_IndentationError)) end = start + 1;
    fputs("    ", out);
    for (long i = 0; i < start; i++) fputc(' ', out);
    for (long i = start; i < end; i++) fputc('^', out);
    fputc('\n', out);
}

/* Printing state: inside an exception group every line is indented by
** two spaces a level and starts with "| " (CPython 3.11's layout);
** need_close says whether the innermost open group still owes its
** closing "+----" line; seen lists the exceptions already printed, so
** that cycles and shared causes are printed once. */
typedef struct DisplayCtx {
    int depth;
    bool need_close;
    PymObject **seen;
    int nseen, capseen;
} DisplayCtx;

#define GROUP_MAX_WIDTH 15
#define GROUP_MAX_DEPTH 10

static const char *ctx_margin(DisplayCtx *c) { return c->depth ? "| " : ""; }
static void write_indent(DisplayCtx *c, FILE *out) {
    for (int i = 0; i < 2 * c->depth; i++) fputc(' ', out);
}
static void write_indented_margin(DisplayCtx *c, FILE *out) {
    write_indent(c, out);
    fputs(ctx_margin(c), out);
}

static bool ctx_seen(DisplayCtx *c, PymObject *e) {
    for (int i = 0; i < c->nseen; i++)
        if (c->seen[i] == e) return true;
    return false;
}
static void ctx_add_seen(DisplayCtx *c, PymObject *e) {
    if (c->nseen == c->capseen) {
        int cap = c->capseen ? c->capseen * 2 : 16;
        PymObject **n = pym_raw_realloc(c->seen, sizeof(PymObject *) * cap);
        if (!n) return;
        c->seen = n;
        c->capseen = cap;
    }
    c->seen[c->nseen++] = e;
}

static void print_notes(DisplayCtx *c, PymBaseException *e, FILE *out) {
    if (!e->dict) return;
    PymObject *notes = pym_dict_getitem(e->dict, PYM_ID(__notes__));
    if (notes && (PYM_LIST_CHECK(notes) || PYM_TUPLE_CHECK(notes))) {
        intptr_t nn = PYM_SIZE(notes);
        for (intptr_t i = 0; i < nn; i++) {
            PymObject *note = PYM_LIST_CHECK(notes) ? PYM_LIST_GET(notes, i)
                                                    : PYM_TUPLE_GET(notes, i);
            if (PYM_STR_CHECK(note)) {
                const char *p = PYM_STR_UTF8(note), *end = p + PYM_STR_NBYTES(note);
                do {
                    const char *nl = memchr(p, '\n', (size_t)(end - p));
                    const char *stop = nl ? nl + 1 : end;
                    write_indented_margin(c, out);
                    fwrite(p, 1, (size_t)(stop - p), out);
                    p = stop;
                } while (p < end);
            } else {
                write_indented_margin(c, out);
                PymObject *r = pym_object_repr(note);
                if (r) {
                    fputs(PYM_STR_UTF8(r), out);
                    PYM_DECREF(r);
                } else {
                    pym_err_clear();
                    fputs("<note str() failed>", out);
                }
            }
            fputc('\n', out);
        }
    } else if (notes) {
        write_indented_margin(c, out);
        PymObject *r = pym_object_repr(notes);
        if (r) {
            fputs(PYM_STR_UTF8(r), out);
            PYM_DECREF(r);
        } else {
            pym_err_clear();
            fputs("<__notes__ repr() failed>", out);
        }
        fputc('\n', out);
    }
    pym_err_clear();
}

/* One exception: traceback, SyntaxError details, "Type: message", notes. */
static void print_one(DisplayCtx *c, PymObject *exc, FILE *out) {
    PymBaseException *e = (PymBaseException *)exc;
    if (e->traceback) {
        const char *header = "Traceback (most recent call last):\n";
        const char *header_margin = ctx_margin(c);
        if (PYM_EXC_GROUP_CHECK(exc)) {
            header = "Exception Group Traceback (most recent call last):\n";
            if (c->depth == 1) header_margin = "+ ";
        }
        pym_traceback_print_indented(e->traceback, 2 * c->depth, ctx_margin(c), header_margin,
                                     header, out);
    }
    if (pym_type_is_subtype(PYM_TYPE(exc), PymExc_SyntaxError))
        print_syntax_location((PymSyntaxError *)exc, out);
    write_indented_margin(c, out);
    print_type_name(PYM_TYPE(exc), out);
    PymObject *s;
    if (pym_type_is_subtype(PYM_TYPE(exc), PymExc_SyntaxError)) {
        PymObject *msg = ((PymSyntaxError *)exc)->msg;
        s = msg ? pym_object_str(msg) : pym_object_str(exc);
    } else {
        s = pym_object_str(exc);
    }
    if (!s) {
        pym_err_clear();
        fputs(": <exception str() failed>", out);
    } else {
        if (PYM_STR_NBYTES(s) > 0) {
            fputs(": ", out);
            fwrite(PYM_STR_UTF8(s), 1, (size_t)PYM_STR_NBYTES(s), out);
        }
        PYM_DECREF(s);
    }
    PymObject *hint = pym_offer_suggestion(exc); /* suggestions.c */
    if (hint) {
        fputs(". Did you mean: '", out);
        fwrite(PYM_STR_UTF8(hint), 1, (size_t)PYM_STR_NBYTES(hint), out);
        fputs("'?", out);
        PYM_DECREF(hint);
    }
    fputc('\n', out);
    print_notes(c, e, out); /* PEP 678 */
}

static void display_chain(DisplayCtx *c, PymObject *exc, FILE *out);

/* A group: the group itself, then each sub-exception in a numbered box. */
static void print_group(DisplayCtx *c, PymObject *exc, FILE *out) {
    if (c->depth > GROUP_MAX_DEPTH) {
        write_indented_margin(c, out);
        fprintf(out, "... (max_group_depth is %d)\n", GROUP_MAX_DEPTH);
        return;
    }
    bool top = c->depth == 0;
    if (top) c->depth++;
    print_one(c, exc, out);
    PymObject *excs = ((PymExceptionGroup *)exc)->excs;
    intptr_t num = excs ? PYM_SIZE(excs) : 0;
    intptr_t n = num <= GROUP_MAX_WIDTH ? num : GROUP_MAX_WIDTH + 1;
    c->need_close = false;
    for (intptr_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) c->need_close = true;
        write_indent(c, out);
        bool truncated = i >= GROUP_MAX_WIDTH;
        if (!truncated)
            fprintf(out, "%s+---------------- %zd ----------------\n", i == 0 ? "+-" : "  ", i + 1);
        else
            fprintf(out, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        c->depth++;
        if (!truncated) {
            if (pym_vm_enter_call(" in print_exception_recursive") == 0) {
                display_chain(c, PYM_TUPLE_GET(excs, i), out);
                pym_vm_leave_call();
            } else {
                pym_err_clear();
            }
        } else {
            intptr_t more = num - GROUP_MAX_WIDTH;
            write_indented_margin(c, out);
            fprintf(out, "and %zd more exception%s\n", more, more > 1 ? "s" : "");
        }
        if (last && c->need_close) {
            write_indent(c, out);
            fputs("+------------------------------------\n", out);
            c->need_close = false;
        }
        c->depth--;
    }
    if (top) c->depth--;
}

static void print_any(DisplayCtx *c, PymObject *exc, FILE *out) {
    if (PYM_EXC_GROUP_CHECK(exc))
        print_group(c, exc, out);
    else
        print_one(c, exc, out);
}

static void print_chain_message(DisplayCtx *c, const char *msg, FILE *out) {
    write_indented_margin(c, out);
    fputc('\n', out);
    write_indented_margin(c, out);
    fputs(msg, out);
    write_indented_margin(c, out);
    fputc('\n', out);
}

#define CHAIN_MAX 64

/* exc with its causes and contexts, oldest first.  The chain is walked
** without recursion (chains can be as long as the recursion limit). */
static void display_chain(DisplayCtx *c, PymObject *exc, FILE *out) {
    /* chain[0] is exc; link[i] says how chain[i+1] relates to chain[i].
    ** CPython prints chains up to about its recursion limit long; so does
    ** this (the most recent ones when longer). */
    PymObject *small_chain[CHAIN_MAX];
    int small_link[CHAIN_MAX];
    PymObject **chain = small_chain;
    int *link = small_link;
    int cap = CHAIN_MAX, maxn = pym_vm_get_recursion_limit();
    if (maxn < CHAIN_MAX) maxn = CHAIN_MAX;
    int n = 0;
    PymObject *cur = exc;
    while (cur && n < maxn) {
        if (n == cap) {
            int ncap = cap * 4 < maxn ? cap * 4 : maxn;
            PymObject **nc = pym_raw_malloc(sizeof(PymObject *) * ncap);
            int *nl = pym_raw_malloc(sizeof(int) * ncap);
            if (!nc || !nl) {
                pym_raw_free(nc);
                pym_raw_free(nl);
                break;
            }
            memcpy(nc, chain, sizeof(PymObject *) * n);
            memcpy(nl, link, sizeof(int) * n);
            if (chain != small_chain) {
                pym_raw_free(chain);
                pym_raw_free(link);
            }
            chain = nc;
            link = nl;
            cap = ncap;
        }
        chain[n] = cur;
        ctx_add_seen(c, cur);
        PymBaseException *e = (PymBaseException *)cur;
        PymObject *next = NULL;
        int kind = 0;
        if (e->cause) {
            next = e->cause;
            kind = 1;
        } else if (e->context && !e->suppress_context) {
            next = e->context;
            kind = 2;
        }
        if (next && ctx_seen(c, next)) next = NULL;
        if (next && !PYM_EXC_CHECK(next)) next = NULL;
        link[n] = next ? kind : 0;
        n++;
        cur = next;
    }
    bool need_close = c->need_close;
    for (int i = n - 1; i >= 0; i--) {
        print_any(c, chain[i], out);
        if (i > 0) {
            c->need_close = need_close;
            if (link[i - 1] == 1)
                print_chain_message(
                    c, "The above exception was the direct cause of the following exception:\n",
                    out);
            else
                print_chain_message(
                    c, "During handling of the above exception, another exception occurred:\n",
                    out);
        }
    }
    if (chain != small_chain) {
        pym_raw_free(chain);
        pym_raw_free(link);
    }
}

void pym_err_display(PymObject *exc, FILE *out) {
    if (!exc) return;
    PymObject *saved = pym_err_fetch();
    if (!PYM_EXC_CHECK(exc)) {
        fputs("TypeError: print_exception(): Exception expected for value, ", out);
        fputs(pym_type_name(exc), out);
        fputs(" found\n", out);
        pym_err_restore(saved);
        return;
    }
    DisplayCtx c = {0, false, NULL, 0, 0};
    display_chain(&c, exc, out);
    pym_raw_free(c.seen);
    fflush(out);
    pym_err_clear();
    pym_err_restore(saved);
}

/* Flushes sys.stdout so the traceback follows what was printed. */
static void flush_stdout(void) {
    PymObject *out = pym_sys_get("stdout");
    if (out && out != pym_None) {
        PymObject *r = pym_call_method(out, PYM_ID(flush), NULL, 0);
        if (r)
            PYM_DECREF(r);
        else
            pym_err_clear();
    }
}

void pym_err_print(void) {
    PymObject *exc = pym_err_fetch();
    if (!exc) return;
    flush_stdout();
    PymObject *sys = pym_sys_module();
    PymObject *hook = NULL;
    if (sys) {
        PymObject *d = pym_module_dict(sys);
        hook = pym_dict_getitem_cstr(d, "excepthook");
        PymObject *orig = pym_dict_getitem_cstr(d, "__excepthook__");
        /* sys.last_value & co, like CPython */
        pym_dict_setitem_cstr(d, "last_type", (PymObject *)PYM_TYPE(exc));
        pym_dict_setitem_cstr(d, "last_value", exc);
        PymObject *tb = ((PymBaseException *)exc)->traceback;
        pym_dict_setitem_cstr(d, "last_traceback", tb ? tb : pym_None);
        pym_err_clear();
        if (hook == orig) hook = NULL;
    }
    if (hook && hook != pym_None) {
        PymObject *tb = ((PymBaseException *)exc)->traceback;
        PymObject *args[3] = {(PymObject *)PYM_TYPE(exc), exc, tb ? tb : pym_None};
        PymObject *r = pym_call(hook, args, 3, NULL);
        if (r) {
            PYM_DECREF(r);
        } else {
            PymObject *e2 = pym_err_fetch();
            fputs("Error in sys.excepthook:\n", stderr);
            pym_err_display(e2, stderr);
            fputs("\nOriginal exception was:\n", stderr);
            pym_err_display(exc, stderr);
            PYM_XDECREF(e2);
        }
    } else {
        pym_err_display(exc, stderr);
    }
    PYM_DECREF(exc);
}

void pym_err_write_unraisable(PymObject *obj) {
    PymObject *exc = pym_err_fetch();
    if (!exc) return;
    flush_stdout();
    FILE *out = stderr;
    if (obj) {
        fputs("Exception ignored in: ", out);
        PymObject *r = pym_object_repr(obj);
        if (r) {
            fwrite(PYM_STR_UTF8(r), 1, (size_t)PYM_STR_NBYTES(r), out);
            PYM_DECREF(r);
        } else {
            pym_err_clear();
            fputs("<object repr() failed>", out);
        }
        fputc('\n', out);
    }
    if (PYM_EXC_CHECK(exc)) {
        DisplayCtx c = {0, false, NULL, 0, 0};
        print_any(&c, exc, out);
        pym_raw_free(c.seen);
    }
    fflush(out);
    PYM_DECREF(exc);
    pym_err_clear();
}
