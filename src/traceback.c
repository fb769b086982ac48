/*
** traceback.c -- traceback objects (one entry per frame an exception passed
** through), printing them as CPython 3.11 does, and the source-line cache
** used for the printed lines (files read once; pseudo-files such as
** "<string>" registered with their text by pym_source_register).
*/
#include "pym.h"
#include "frameobject.h"
#include "parse.h"

#define TB_RECURSIVE_CUTOFF 3
#define TB_DEFAULT_LIMIT    1000

/* {====== traceback objects ======} */

int pym_traceback_add(PymObject *exc, PymObject *frame, int lasti) {
    if (!PYM_EXC_CHECK(exc)) return 0;
    PymBaseException *e = (PymBaseException *)exc;
    PymTraceback *tb = (PymTraceback *)pym_object_alloc(&pym_type_traceback, 0);
    if (!tb) return -1;
    PymObject *old = e->traceback;
    tb->tb_next = (old && PYM_IS_TYPE(old, &pym_type_traceback)) ? (PymTraceback *)old : NULL;
    if (old && !tb->tb_next) PYM_DECREF(old);
    tb->tb_frame = PYM_NEWREF(frame);
    tb->tb_lasti = lasti;
    PymFrame *f = ((PymFrameObject *)frame)->f_frame;
    tb->tb_lineno = lasti < 0 ? f->f_code->co_firstlineno : pym_code_line(f->f_code, lasti);
    e->traceback = (PymObject *)tb;
    pym_gc_track((PymObject *)tb);
    return 0;
}

static void tb_dealloc(PymObject *o) {
    PymTraceback *tb = (PymTraceback *)o;
    pym_gc_untrack(o);
    /* iterative release of long chains (deep recursion tracebacks) */
    PymTraceback *next = tb->tb_next;
    tb->tb_next = NULL;
    PYM_CLEAR(tb->tb_frame);
    PYM_TYPE(o)->tp_free(o);
    while (next && PYM_REFCNT(next) == 1) {
        PymTraceback *n2 = next->tb_next;
        next->tb_next = NULL;
        pym_gc_untrack((PymObject *)next);
        PYM_CLEAR(next->tb_frame);
        PYM_TYPE(next)->tp_free(next);
        next = n2;
    }
    if (next) PYM_DECREF(next);
}

static int tb_traverse(PymObject *o, visitproc visit, void *arg) {
    PymTraceback *tb = (PymTraceback *)o;
    PYM_VISIT(tb->tb_next);
    PYM_VISIT(tb->tb_frame);
    return 0;
}

static int tb_clear(PymObject *o) {
    PymTraceback *tb = (PymTraceback *)o;
    PYM_CLEAR(tb->tb_next);
    PYM_CLEAR(tb->tb_frame);
    return 0;
}

static PymObject *tb_get_next(PymObject *o, void *c) {
    PymTraceback *n = ((PymTraceback *)o)->tb_next;
    return PYM_NEWREF(n ? (PymObject *)n : pym_None);
}
static int tb_set_next(PymObject *o, PymObject *v, void *c) {
    if (!v) {
        pym_err_set_string(PymExc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == pym_None) v = NULL;
    if (v && !PYM_IS_TYPE(v, &pym_type_traceback)) {
        pym_err_format(PymExc_TypeError, "expected traceback object or None, got '%s'",
                       pym_type_name(v));
        return -1;
    }
    for (PymTraceback *c2 = (PymTraceback *)v; c2; c2 = c2->tb_next)
        if (c2 == (PymTraceback *)o) {
            pym_err_set_string(PymExc_ValueError, "traceback loop detected");
            return -1;
        }
    PYM_XINCREF(v);
    PymObject *old = (PymObject *)((PymTraceback *)o)->tb_next;
    ((PymTraceback *)o)->tb_next = (PymTraceback *)v;
    PYM_XDECREF(old);
    return 0;
}
static PymObject *tb_get_frame(PymObject *o, void *c) {
    PymObject *f = ((PymTraceback *)o)->tb_frame;
    return PYM_NEWREF(f ? f : pym_None);
}
static PymObject *tb_get_lineno(PymObject *o, void *c) {
    return pym_int_from_long(((PymTraceback *)o)->tb_lineno);
}
static PymObject *tb_get_lasti(PymObject *o, void *c) {
    int l = ((PymTraceback *)o)->tb_lasti;
    return pym_int_from_long(l < 0 ? -1 : l * 2);
}

static PymGetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

PymType pym_type_traceback = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "traceback",
    .tp_basicsize = sizeof(PymTraceback),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = tb_dealloc,
    .tp_traverse = tb_traverse,
    .tp_clear = tb_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_getset = tb_getset,
    .tp_free = pym_object_free,
};

/* {====== source lines ======} */

typedef struct SourceEntry {
    struct SourceEntry *next;
    char *name;
    char *text;
    size_t len;
    bool registered;
} SourceEntry;

static SourceEntry *sources;

static SourceEntry *source_find(const char *name) {
    for (SourceEntry *e = sources; e; e = e->next)
        if (strcmp(e->name, name) == 0) return e;
    return NULL;
}

static SourceEntry *source_add(const char *name, const char *text, size_t len, bool reg) {
    SourceEntry *e = source_find(name);
    if (!e) {
        e = pym_raw_calloc(1, sizeof *e);
        if (!e) return NULL;
        size_t nl = strlen(name);
        e->name = pym_raw_malloc(nl + 1);
        if (!e->name) {
            pym_raw_free(e);
            return NULL;
        }
        memcpy(e->name, name, nl + 1);
        e->next = sources;
        sources = e;
    } else {
        pym_raw_free(e->text);
    }
    e->text = NULL;
    e->len = 0;
    e->registered = reg;
    if (text) {
        e->text = pym_raw_malloc(len + 1);
        if (e->text) {
            memcpy(e->text, text, len);
            e->text[len] = 0;
            e->len = len;
        }
    }
    return e;
}

void pym_source_register(const char *filename, const char *src, size_t len) {
    source_add(filename, src, len, true);
}

static SourceEntry *source_load(const char *filename) {
    SourceEntry *e = source_find(filename);
    if (e) return e;
    if (filename[0] == '<') return NULL;
    FILE *fp = fopen(filename, "rb");
    if (!fp) return source_add(filename, NULL, 0, false); /* remember the miss */
    char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len + 4096 > cap) {
            cap = cap ? cap * 2 : 8192;
            char *nb = pym_raw_realloc(buf, cap);
            if (!nb) {
                pym_raw_free(buf);
                fclose(fp);
                return NULL;
            }
            buf = nb;
        }
        size_t n = fread(buf + len, 1, cap - len, fp);
        if (n == 0) break;
        len += n;
    }
    fclose(fp);
    e = source_add(filename, buf, len, false);
    pym_raw_free(buf);
    return e;
}

char *pym_source_line(const char *filename, int lineno) {
    if (!filename || lineno < 1) return NULL;
    SourceEntry *e = source_load(filename);
    if (!e || !e->text) return NULL;
    const char *p = e->text, *end = e->text + e->len;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', end - p);
        if (!nl) return NULL;
        p = nl + 1;
    }
    const char *q = memchr(p, '\n', end - p);
    if (!q) q = end;
    while (p < q && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
    if (q > p && q[-1] == '\r') q--; /* CPython keeps trailing blanks */
    size_t n = q - p;
    char *r = pym_raw_malloc(n + 1);
    if (!r) return NULL;
    memcpy(r, p, n);
    r[n] = 0;
    return r;
}

/* {====== printing ======} */

/* Every line of a traceback inside an exception group starts with an
** indent and a margin ("| "). */
static void write_margin(FILE *out, int indent, const char *margin) {
    for (int i = 0; i < indent; i++) fputc(' ', out);
    fputs(margin, out);
}

/* {------ the location line under the source line ------}
**
** CPython 3.11 underlines the failing expression: its columns come from the
** instruction's position (co_positions).  When the expression is a binary
** operation or a subscript on one line, the operator or the brackets are
** marked with '^' and the operands with '~' (the segment is parsed again
** to find them).  Nothing is printed when the marks would cover the whole
** (stripped) line. */

/* The whole line lineno of the source (no newline), or NULL: raw memory. */
static char *source_line_full(const char *filename, int lineno) {
    if (!filename || lineno < 1) return NULL;
    SourceEntry *e = source_load(filename);
    if (!e || !e->text) return NULL;
    const char *p = e->text, *end = e->text + e->len;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', end - p);
        if (!nl) return NULL;
        p = nl + 1;
    }
    const char *q = memchr(p, '\n', end - p);
    if (!q) q = end;
    if (q > p && q[-1] == '\r') q--;
    char *r = pym_raw_malloc((size_t)(q - p) + 1);
    if (!r) return NULL;
    memcpy(r, p, (size_t)(q - p));
    r[q - p] = 0;
    return r;
}

/* characters in the first nbytes bytes of UTF-8 s */
static long utf8_chars(const char *s, long nbytes) {
    long n = 0;
    for (long i = 0; i < nbytes && s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n;
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r'; }

/* Anchors (byte offsets in seg) of a BinOp's operator or a Subscript's
** brackets; false when seg is not one such expression. */
static bool find_anchors(const char *seg, size_t len, long *left, long *right) {
    PymArena *arena = pym_arena_new();
    if (!arena) return false;
    PymObject *saved = pym_err_fetch();
    AstMod *m = pym_parse(arena, seg, len, "<string>", PYM_FILE_INPUT);
    bool found = false;
    if (m && AST_SEQ_LEN(m->body) == 1) {
        AstStmt *st = AST_SEQ_GET(m->body, 0);
        AstExpr *e = st->kind == STMT_EXPR ? st->v.expr.value : NULL;
        if (e && e->kind == EXPR_BINOP) {
            AstExpr *l = e->v.binop.left, *r = e->v.binop.right;
            if (l->pos.end_lineno == 1 && r->pos.lineno == 1) {
                /* as CPython 3.11.2: the first non-blank character after
                ** the left operand's end (a ')' closing a parenthesized
                ** left operand counts), two if the next is not blank */
                for (long i = l->pos.end_col; i < r->pos.col; i++) {
                    if (is_ws(seg[i])) continue;
                    *left = i;
                    *right = i + 1;
                    if (i + 1 < r->pos.col && !is_ws(seg[i + 1])) ++*right;
                    found = true;
                    break;
                }
            }
        } else if (e && e->kind == EXPR_SUBSCRIPT) {
            AstExpr *v = e->v.subscript.value, *sl = e->v.subscript.slice;
            if (v->pos.end_lineno == 1 && sl->pos.end_lineno == 1) {
                /* as CPython 3.11.2: from the value's end to one past the
                ** index expression's end */
                *left = v->pos.end_col;
                *right = sl->pos.end_col + 1;
                found = true;
            }
        }
    }
    pym_err_clear();
    pym_err_restore(saved);
    pym_arena_free(arena);
    return found;
}

static void print_carets(PymTraceback *tb, const char *line, FILE *out, int indent,
                         const char *margin) {
    PymCode *co = ((PymFrameObject *)tb->tb_frame)->f_frame->f_code;
    int i = tb->tb_lasti;
    const PymCodePos *at = pym_code_position(co, i);
    if (!at) return;
    PymCodePos p = *at;
    if (p.lineno != tb->tb_lineno || p.end_lineno < p.lineno || p.col < 0 || p.end_col < 0) return;
    long nbytes = (long)strlen(line);
    long ws = 0;
    while (ws < nbytes && (line[ws] == ' ' || line[ws] == '\t' || line[ws] == '\f')) ws++;
    long col = p.col < nbytes ? p.col : nbytes;
    long end_col = p.end_col < nbytes ? p.end_col : nbytes;
    long start = utf8_chars(line, col), end;
    long left = -1, right = -1;
    if (p.end_lineno == p.lineno) {
        end = utf8_chars(line, end_col);
        if (end_col > col) {
            long a, b;
            if (find_anchors(line + col, (size_t)(end_col - col), &a, &b)) {
                left = start + utf8_chars(line + col, a);
                right = start + utf8_chars(line + col, b);
            }
        }
    } else {
        long k = nbytes;
        while (k > 0 && is_ws(line[k - 1])) k--;
        end = utf8_chars(line, k);
    }
    long stripped = utf8_chars(line, nbytes) - ws;
    bool secondary = left != -1 || right != -1;
    if (end - start == stripped && !secondary) return;
    if (end <= start) return;
    write_margin(out, indent, margin);
    for (long k = ws - 4; k < end; k++) {
        /* k is the 0-based character index in the full line */
        if (k < start)
            fputc(' ', out);
        else if (secondary && left <= k && k < right)
            fputc(secondary ? '^' : '^', out);
        else
            fputc(secondary ? '~' : '^', out);
    }
    fputc('\n', out);
}

static void print_entry(PymTraceback *tb, FILE *out, int indent, const char *margin) {
    PymFrame *f = ((PymFrameObject *)tb->tb_frame)->f_frame;
    PymCode *co = f->f_code;
    const char *file = PYM_STR_UTF8(co->co_filename);
    write_margin(out, indent, margin);
    fprintf(out, "  File \"%s\", line %d, in %s\n", file, tb->tb_lineno, PYM_STR_UTF8(co->co_name));
    char *line = source_line_full(file, tb->tb_lineno);
    if (line) {
        const char *p = line;
        while (*p == ' ' || *p == '\t' || *p == '\f') p++;
        if (p[0]) {
            write_margin(out, indent, margin);
            fprintf(out, "    %s\n", p);
            print_carets(tb, line, out, indent, margin);
        }
        pym_raw_free(line);
    }
}

static bool same_entry(PymTraceback *a, PymTraceback *b) {
    if (!a || !b) return false;
    PymCode *ca = ((PymFrameObject *)a->tb_frame)->f_frame->f_code,
            *cb = ((PymFrameObject *)b->tb_frame)->f_frame->f_code;
    return a->tb_lineno == b->tb_lineno && pym_str_equal(ca->co_filename, cb->co_filename) &&
           pym_str_equal(ca->co_name, cb->co_name);
}

static long traceback_limit(void) {
    PymObject *lim = pym_sys_get("tracebacklimit");
    if (!lim) {
        pym_err_clear();
        return TB_DEFAULT_LIMIT;
    }
    if (!PYM_INT_CHECK(lim)) return TB_DEFAULT_LIMIT;
    long long v = pym_int_as_longlong(lim);
    if (v == -1 && pym_err_occurred()) {
        pym_err_clear();
        return TB_DEFAULT_LIMIT;
    }
    return v < 0 ? 0 : (long)v;
}

void pym_traceback_print(PymObject *tbo, FILE *out) {
    pym_traceback_print_indented(tbo, 0, "", "", "Traceback (most recent call last):\n", out);
}

void pym_traceback_print_indented(PymObject *tbo, int indent, const char *margin,
                                  const char *header_margin, const char *header, FILE *out) {
    if (!tbo || !PYM_IS_TYPE(tbo, &pym_type_traceback)) return;
    long limit = traceback_limit();
    if (limit <= 0) return;
    long depth = 0;
    for (PymTraceback *t = (PymTraceback *)tbo; t; t = t->tb_next) depth++;
    PymTraceback *tb = (PymTraceback *)tbo;
    while (depth > limit) {
        tb = tb->tb_next;
        depth--;
    }
    write_margin(out, indent, header_margin);
    fputs(header, out);
    PymTraceback *last = NULL;
    long cnt = 0;
    for (; tb; tb = tb->tb_next) {
        if (!tb->tb_frame) continue;
        if (!same_entry(last, tb)) {
            if (cnt > TB_RECURSIVE_CUTOFF) write_margin(out, indent, margin);
            if (cnt > TB_RECURSIVE_CUTOFF)
                fprintf(out, "  [Previous line repeated %ld more time%s]\n",
                        cnt - TB_RECURSIVE_CUTOFF, cnt - TB_RECURSIVE_CUTOFF > 1 ? "s" : "");
            last = tb;
            cnt = 0;
        }
        cnt++;
        if (cnt > TB_RECURSIVE_CUTOFF) continue;
        print_entry(tb, out, indent, margin);
    }
    if (cnt > TB_RECURSIVE_CUTOFF) write_margin(out, indent, margin);
    if (cnt > TB_RECURSIVE_CUTOFF)
        fprintf(out, "  [Previous line repeated %ld more time%s]\n", cnt - TB_RECURSIVE_CUTOFF,
                cnt - TB_RECURSIVE_CUTOFF > 1 ? "s" : "");
    fflush(out);
}
