/*
** suggestions.c -- "Did you mean: 'x'?" after an uncaught NameError or
** AttributeError, as CPython 3.11's top level prints it.
**
** When the error display (error.c) prints an exception whose type is exactly
** NameError or AttributeError, it asks for the name closest to the one that
** failed:
**   AttributeError  among dir(obj) (the error's .obj)
**   NameError       among the local variable names of the innermost frame
**                   of the traceback, then its globals, then its builtins;
**                   the first of the three lists that offers one wins
** A list of 750 names or more offers nothing.  Closeness is an edit distance
** over the UTF-8 bytes of the two names: inserting or deleting a byte costs
** 2, replacing one by another costs 2, or 1 when the two are the same ASCII
** letter in the other case.  A name is a candidate when it differs from the
** wrong name by at most a third of their bytes ((len(a) + len(b) + 3) * 2 / 6)
** and is strictly closer than the best so far, so the first of equally close
** names wins.  Names that, once their common prefix and suffix are dropped,
** still have more than 40 bytes left are never close.  Computing it may run
** code (a __dir__), as in CPython; whatever fails just offers nothing.
*/
#include "pym.h"
#include "suggestions.h"
#include "frameobject.h"

#define SUGGEST_MAX_ITEMS 750
#define SUGGEST_MAX_BYTES 40
#define EDIT_COST         2
#define CASE_FLIP_COST    1

static int byte_cost(unsigned char x, unsigned char y) {
    if (x == y) return 0;
    unsigned char lx = (x >= 'A' && x <= 'Z') ? (unsigned char)(x + 32) : x;
    unsigned char ly = (y >= 'A' && y <= 'Z') ? (unsigned char)(y + 32) : y;
    return lx == ly && lx >= 'a' && lx <= 'z' ? CASE_FLIP_COST : EDIT_COST;
}

/* The distance of a[0,na) and b[0,nb), or limit + 1 when it exceeds limit. */
static size_t edit_distance(const unsigned char *a, size_t na, const unsigned char *b, size_t nb,
                            size_t limit) {
    while (na && nb && a[0] == b[0]) a++, b++, na--, nb--;
    while (na && nb && a[na - 1] == b[nb - 1]) na--, nb--;
    if (!na || !nb) return (na + nb) * EDIT_COST;
    if (na > SUGGEST_MAX_BYTES || nb > SUGGEST_MAX_BYTES) return limit + 1;
    if (na > nb) { /* a is the shorter: the row is over a */
        const unsigned char *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    if ((nb - na) * EDIT_COST > limit) return limit + 1;
    /* row[i]: the distance of a[0,i+1) and the part of b seen so far */
    size_t row[SUGGEST_MAX_BYTES];
    for (size_t i = 0; i < na; i++) row[i] = (i + 1) * EDIT_COST;
    size_t cur = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diag = j * EDIT_COST; /* distance(a[0,0), b[0,j)) */
        size_t left = diag + EDIT_COST; /* distance(a[0,0), b[0,j+1)) */
        size_t best_in_row = SIZE_MAX;
        for (size_t i = 0; i < na; i++) {
            size_t up = row[i];
            size_t v = diag + (size_t)byte_cost(a[i], b[j]);
            size_t by_move = (left < up ? left : up) + EDIT_COST;
            if (by_move < v) v = by_move;
            diag = up;
            row[i] = left = v;
            if (v < best_in_row) best_in_row = v;
        }
        cur = left;
        if (best_in_row > limit) return limit + 1;
    }
    return cur;
}

/* The closest of the str items of list to name (new reference), or NULL. */
static PymObject *closest_in(PymObject *list, PymObject *name) {
    intptr_t n = PYM_SIZE(list);
    if (n >= SUGGEST_MAX_ITEMS) return NULL;
    const unsigned char *w = (const unsigned char *)PYM_STR_UTF8(name);
    if (!w) return NULL;
    size_t nw = (size_t)PYM_STR_NBYTES(name);
    PymObject *best = NULL;
    size_t best_distance = SIZE_MAX;
    for (intptr_t i = 0; i < n; i++) {
        PymObject *item = PYM_LIST_GET(list, i);
        if (!PYM_STR_CHECK(item)) return NULL; /* CPython stops on a non-str */
        const unsigned char *s = (const unsigned char *)PYM_STR_UTF8(item);
        if (!s) return NULL;
        size_t ns = (size_t)PYM_STR_NBYTES(item);
        if (ns == nw && memcmp(s, w, nw) == 0) continue;
        size_t limit = (nw + ns + 3) * EDIT_COST / 6;
        if (best && best_distance - 1 < limit) limit = best_distance - 1;
        size_t d = edit_distance(w, nw, s, ns, limit);
        if (d > limit) continue;
        if (!best || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best ? PYM_NEWREF(best) : NULL;
}

/* closest_in over a list made of seq (a dict: its keys). */
static PymObject *closest_in_seq(PymObject *seq, PymObject *name) {
    if (!seq) return NULL;
    PymObject *list = pym_list_from_iter(seq);
    if (!list) return NULL;
    PymObject *r = closest_in(list, name);
    PYM_DECREF(list);
    return r;
}

static PymObject *for_attribute_error(PymAttributeError *e) {
    if (!e->name || !e->obj || !PYM_STR_CHECK_EXACT(e->name)) return NULL;
    PymObject *dir = pym_object_dir(e->obj);
    if (!dir) return NULL;
    PymObject *r = closest_in(dir, e->name);
    PYM_DECREF(dir);
    return r;
}

static PymObject *for_name_error(PymNameError *e) {
    PymTraceback *tb = (PymTraceback *)e->base.traceback;
    if (!e->name || !PYM_STR_CHECK_EXACT(e->name) || !tb) return NULL;
    while (tb->tb_next) tb = tb->tb_next;
    if (!tb->tb_frame || !PYM_FRAME_CHECK(tb->tb_frame)) return NULL;
    PymFrame *f = ((PymFrameObject *)tb->tb_frame)->f_frame;
    PymObject *r = closest_in_seq(f->f_code->co_varnames, e->name);
    if (!r && !pym_err_occurred()) r = closest_in_seq(pym_frame_globals(f), e->name);
    if (!r && !pym_err_occurred()) r = closest_in_seq(pym_frame_builtins(f), e->name);
    return r;
}

PymObject *pym_offer_suggestion(PymObject *exc) {
    PymObject *r = NULL;
    if (pym_err_occurred()) return NULL;
    if (PYM_TYPE(exc) == PymExc_AttributeError)
        r = for_attribute_error((PymAttributeError *)exc);
    else if (PYM_TYPE(exc) == PymExc_NameError)
        r = for_name_error((PymNameError *)exc);
    if (!r) pym_err_clear();
    return r;
}
