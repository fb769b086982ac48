/*
** mod_collections.c -- the '_collections' module: deque, as CPython 3.11's
** (lib/collections imports it from here), Counter's _count_elements and
** namedtuple's field descriptor _tuplegetter.
**
** Layout.  A deque is a doubly linked list of blocks of BLOCKLEN (64) item
** pointers plus the two links (528 bytes each).  leftblock[leftindex] is
** the first item, rightblock[rightindex] the last; an empty deque keeps
** one block with leftindex == rightindex + 1.  Appending on the right
** fills the right block and links a new one when it is full; popping
** frees a block as soon as it is empty.  An empty deque starts centred
** (leftindex CENTER + 1) so both ends can grow; extend()/extendleft() of
** an empty deque start from the edge instead (CPython's space-saving
** heuristic).  Up to MAXFREEBLOCKS freed blocks are kept per deque for
** reuse, inside the object, so the object is 216 bytes and
** sys.getsizeof(deque()) is 216 + 528 + the 16-byte GC header = 760,
** CPython 3.11's; __sizeof__ counts the blocks the items span.
**
** state is bumped by every mutation; iterators and count/index/remove
** compare it to detect a deque changed under them ("deque mutated during
** iteration").  maxlen (-1: unbounded) trims from the opposite end.
*/
#include "pym.h"
#include "genericalias.h"
#include "intbytes.h"

#define BLOCKLEN      64
#define CENTER        ((BLOCKLEN - 1) / 2)
#define MAXFREEBLOCKS 16

typedef struct Block {
    struct Block *leftlink;
    PymObject *data[BLOCKLEN];
    struct Block *rightlink;
} Block;

typedef struct {
    PymVarObject ob_base; /* ob_size: number of items */
    Block *leftblock;
    Block *rightblock;
    intptr_t leftindex;  /* 0 <= leftindex < BLOCKLEN */
    intptr_t rightindex; /* -1 <= rightindex < BLOCKLEN - 1 when empty */
    size_t state;        /* bumped on every mutation */
    intptr_t maxlen;     /* -1: unbounded */
    intptr_t numfreeblocks;
    Block *freeblocks[MAXFREEBLOCKS];
    PymObject *weakreflist;
} Deque;

static PymType deque_type, dequeiter_type, dequereviter_type;

#define DEQUE_CHECK(o) pym_type_is_subtype(PYM_TYPE(o), &deque_type)

static Block *newblock(Deque *d) {
    if (d->numfreeblocks) return d->freeblocks[--d->numfreeblocks];
    Block *b = pym_obj_malloc(sizeof(Block));
    if (!b) pym_err_no_memory();
    return b;
}

static void freeblock(Deque *d, Block *b) {
    if (d->numfreeblocks < MAXFREEBLOCKS)
        d->freeblocks[d->numfreeblocks++] = b;
    else
        pym_obj_free(b);
}

static PymObject *deque_alloc(PymType *type) {
    Deque *d = (Deque *)pym_object_alloc(type, 0);
    if (!d) return NULL;
    Block *b = newblock(d);
    if (!b) {
        PYM_DECREF(d);
        return NULL;
    }
    d->leftblock = d->rightblock = b;
    d->leftindex = CENTER + 1;
    d->rightindex = CENTER;
    d->maxlen = -1;
    pym_gc_track((PymObject *)d);
    return (PymObject *)d;
}

static PymObject *deque_new(PymType *type, PymObject *const *args, size_t nargs, PymObject *kw) {
    return deque_alloc(type);
}

/* {====== the four ends ======} */

/* Removes and returns the last item (new ref); NULL + IndexError when empty. */
static PymObject *pop_right(Deque *d) {
    if (PYM_SIZE(d) == 0) {
        pym_err_set_string(PymExc_IndexError, "pop from an empty deque");
        return NULL;
    }
    PymObject *item = d->rightblock->data[d->rightindex];
    d->rightindex--;
    PYM_SIZE(d)--;
    d->state++;
    if (d->rightindex < 0) {
        if (PYM_SIZE(d)) {
            Block *prev = d->rightblock->leftlink;
            freeblock(d, d->rightblock);
            d->rightblock = prev;
            d->rightindex = BLOCKLEN - 1;
        } else {
            d->leftindex = CENTER + 1; /* re-center instead of freeing the block */
            d->rightindex = CENTER;
        }
    }
    return item;
}

static PymObject *pop_left(Deque *d) {
    if (PYM_SIZE(d) == 0) {
        pym_err_set_string(PymExc_IndexError, "pop from an empty deque");
        return NULL;
    }
    PymObject *item = d->leftblock->data[d->leftindex];
    d->leftindex++;
    PYM_SIZE(d)--;
    d->state++;
    if (d->leftindex == BLOCKLEN) {
        if (PYM_SIZE(d)) {
            Block *next = d->leftblock->rightlink;
            freeblock(d, d->leftblock);
            d->leftblock = next;
            d->leftindex = 0;
        } else {
            d->leftindex = CENTER + 1;
            d->rightindex = CENTER;
        }
    }
    return item;
}

/* Appends item on the right (steals it); trims the left past maxlen. 0 / -1 */
static int push_right(Deque *d, PymObject *item) {
    if (d->rightindex == BLOCKLEN - 1) {
        Block *b = newblock(d);
        if (!b) {
            PYM_DECREF(item);
            return -1;
        }
        b->leftlink = d->rightblock;
        d->rightblock->rightlink = b;
        d->rightblock = b;
        d->rightindex = -1;
    }
    PYM_SIZE(d)++;
    d->rightindex++;
    d->rightblock->data[d->rightindex] = item;
    if (d->maxlen >= 0 && PYM_SIZE(d) > d->maxlen) {
        PymObject *old = pop_left(d);
        PYM_DECREF(old);
    } else {
        d->state++;
    }
    return 0;
}

static int push_left(Deque *d, PymObject *item) {
    if (d->leftindex == 0) {
        Block *b = newblock(d);
        if (!b) {
            PYM_DECREF(item);
            return -1;
        }
        b->rightlink = d->leftblock;
        d->leftblock->leftlink = b;
        d->leftblock = b;
        d->leftindex = BLOCKLEN;
    }
    PYM_SIZE(d)++;
    d->leftindex--;
    d->leftblock->data[d->leftindex] = item;
    if (d->maxlen >= 0 && PYM_SIZE(d) > d->maxlen) {
        PymObject *old = pop_right(d);
        PYM_DECREF(old);
    } else {
        d->state++;
    }
    return 0;
}

/* Address of item i (0 <= i < size), walking from the nearer end. */
static PymObject **item_ptr(Deque *d, intptr_t i) {
    intptr_t n = PYM_SIZE(d);
    Block *b;
    intptr_t idx;
    if (i < n / 2) {
        idx = i + d->leftindex;
        b = d->leftblock;
        while (idx >= BLOCKLEN) {
            b = b->rightlink;
            idx -= BLOCKLEN;
        }
    } else {
        idx = (d->rightindex - (n - 1 - i));
        b = d->rightblock;
        while (idx < 0) {
            b = b->leftlink;
            idx += BLOCKLEN;
        }
    }
    return &b->data[idx];
}

/* A position for walking the items in order: block and index.  Stepping
** reads only the current block's link, so a loop that checks the deque's
** state after each (possibly mutating) comparison never touches a freed
** block. */
typedef struct {
    Block *b;
    intptr_t idx;
} Cursor;

static Cursor cursor_first(Deque *d) { return (Cursor){d->leftblock, d->leftindex}; }
static Cursor cursor_last(Deque *d) { return (Cursor){d->rightblock, d->rightindex}; }

/* The current item's address; then moves right (next) or left (prev). */
static PymObject **cursor_next(Cursor *c) {
    PymObject **p = &c->b->data[c->idx];
    if (++c->idx == BLOCKLEN) {
        c->b = c->b->rightlink;
        c->idx = 0;
    }
    return p;
}
static PymObject **cursor_prev(Cursor *c) {
    PymObject **p = &c->b->data[c->idx];
    if (--c->idx < 0) {
        c->b = c->b->leftlink;
        c->idx = BLOCKLEN - 1;
    }
    return p;
}

static void deque_clear_items(Deque *d) {
    while (PYM_SIZE(d)) {
        PymObject *item = pop_right(d);
        PYM_DECREF(item);
    }
}

/* Moves the last n items to the front (n < 0: the first -n to the back). */
static void rotate(Deque *d, intptr_t n) {
    intptr_t len = PYM_SIZE(d);
    if (len <= 1) return;
    intptr_t half = len >> 1; /* CPython's halflen: it decides the direction */
    if (n > half || n < -half) {
        n %= len;
        if (n > half)
            n -= len;
        else if (n < -half)
            n += len;
    }
    size_t state = d->state;
    intptr_t maxlen = d->maxlen;
    d->maxlen = -1;
    for (; n > 0; n--) push_left(d, pop_right(d));
    for (; n < 0; n++) push_right(d, pop_left(d));
    d->maxlen = maxlen;
    d->state = state + 1;
}

/* {====== methods ======} */

static PymObject *deque_append(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("append", n, kw, 1, 1) < 0) return NULL;
    if (push_right((Deque *)self, pym_newref(a[0])) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *deque_appendleft(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("appendleft", n, kw, 1, 1) < 0) return NULL;
    if (push_left((Deque *)self, pym_newref(a[0])) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *deque_pop(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("pop", n, kw, 0, 0) < 0) return NULL;
    return pop_right((Deque *)self);
}

static PymObject *deque_popleft(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("popleft", n, kw, 0, 0) < 0) return NULL;
    return pop_left((Deque *)self);
}

static int extend_common(Deque *d, PymObject *iterable, bool left) {
    if (iterable == (PymObject *)d) {
        PymObject *l = pym_list_from_iter(iterable);
        if (!l) return -1;
        int r = extend_common(d, l, left);
        PYM_DECREF(l);
        return r;
    }
    PymObject *it = pym_object_getiter(iterable);
    if (!it) return -1;
    if (PYM_SIZE(d) == 0) { /* space saving: start from the edge */
        if (left) {
            d->leftindex = BLOCKLEN - 1;
            d->rightindex = BLOCKLEN - 2;
        } else {
            d->leftindex = 1;
            d->rightindex = 0;
        }
    }
    for (;;) {
        PymObject *item = pym_iter_next(it);
        if (!item) break;
        if (d->maxlen == 0) {
            PYM_DECREF(item);
            continue;
        }
        if ((left ? push_left(d, item) : push_right(d, item)) < 0) {
            PYM_DECREF(it);
            return -1;
        }
    }
    PYM_DECREF(it);
    return pym_err_occurred() ? -1 : 0;
}

static PymObject *deque_extend(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("extend", n, kw, 1, 1) < 0) return NULL;
    if (extend_common((Deque *)self, a[0], false) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *deque_extendleft(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("extendleft", n, kw, 1, 1) < 0) return NULL;
    if (extend_common((Deque *)self, a[0], true) < 0) return NULL;
    PYM_RETURN_NONE;
}

static PymObject *deque_rotate(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_no_kwargs("rotate", kw) < 0) return NULL;
    if (n > 1) {
        pym_err_format(PymExc_TypeError, "deque.rotate expected at most 1 argument, got %zd",
                       (intptr_t)n);
        return NULL;
    }
    intptr_t k = 1;
    if (n == 1) {
        if (!PYM_INT_CHECK(a[0]) && !PYM_TYPE(a[0])->nb_index) {
            pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                           pym_type_name(a[0]));
            return NULL;
        }
        k = pym_intbytes_as_ssize(a[0]);
        if (k == -1 && pym_err_occurred()) return NULL;
    }
    rotate((Deque *)self, k);
    PYM_RETURN_NONE;
}

static PymObject *deque_clear_method(PymObject *self, PymObject *const *a, size_t n,
                                     PymObject *kw) {
    if (pym_arg_count("clear", n, kw, 0, 0) < 0) return NULL;
    deque_clear_items((Deque *)self);
    PYM_RETURN_NONE;
}

static PymObject *deque_reverse(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("reverse", n, kw, 0, 0) < 0) return NULL;
    Deque *d = (Deque *)self;
    intptr_t len = PYM_SIZE(d);
    Cursor l = cursor_first(d), r = cursor_last(d);
    for (intptr_t i = 0; i < len / 2; i++) {
        PymObject **x = cursor_next(&l), **y = cursor_prev(&r);
        PymObject *t = *x;
        *x = *y;
        *y = t;
    }
    d->state++;
    PYM_RETURN_NONE;
}

static PymObject *deque_count(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("count", n, kw, 1, 1) < 0) return NULL;
    Deque *d = (Deque *)self;
    size_t state = d->state;
    intptr_t count = 0;
    Cursor c = cursor_first(d);
    for (intptr_t i = 0, n = PYM_SIZE(d); i < n; i++) {
        PymObject *item = pym_newref(*cursor_next(&c));
        int eq = pym_object_richcompare_bool(item, a[0], PYM_EQ);
        PYM_DECREF(item);
        if (eq < 0) return NULL;
        count += eq;
        if (state != d->state) {
            pym_err_set_string(PymExc_RuntimeError, "deque mutated during iteration");
            return NULL;
        }
    }
    return pym_int_from_ssize(count);
}

/* A slice-style bound for index(): clamped like list.index's. -1 + error possible. */
static int index_bound(PymObject *o, intptr_t *out) {
    if (!PYM_INT_CHECK(o) && !PYM_TYPE(o)->nb_index) {
        pym_err_set_string(PymExc_TypeError,
                           "slice indices must be integers or have an __index__ method");
        return -1;
    }
    intptr_t v = pym_number_as_ssize(o, NULL);
    if (v == -1 && pym_err_occurred()) return -1;
    *out = v;
    return 0;
}

static PymObject *deque_index(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count_tuple("index", n, kw, 1, 3) < 0) return NULL;
    Deque *d = (Deque *)self;
    intptr_t start = 0, stop = PYM_SIZE(d);
    if (n > 1 && index_bound(a[1], &start) < 0) return NULL;
    if (n > 2 && index_bound(a[2], &stop) < 0) return NULL;
    intptr_t len = PYM_SIZE(d);
    if (start < 0) {
        start += len;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += len;
        if (stop < 0) stop = 0;
    }
    if (stop > len) stop = len;
    if (start > stop) start = stop; /* never walk past the last item */
    size_t state = d->state;
    Cursor c = cursor_first(d);
    for (intptr_t i = 0; i < start; i++) cursor_next(&c);
    for (intptr_t i = start; i < stop; i++) {
        PymObject *item = pym_newref(*cursor_next(&c));
        int eq = pym_object_richcompare_bool(item, a[0], PYM_EQ);
        PYM_DECREF(item);
        if (eq < 0) return NULL;
        if (state != d->state) {
            pym_err_set_string(PymExc_RuntimeError, "deque mutated during iteration");
            return NULL;
        }
        if (eq) return pym_int_from_ssize(i);
    }
    pym_err_format(PymExc_ValueError, "%R is not in deque", a[0]);
    return NULL;
}

/* Deletes item i (0 <= i < size) by rotating it to the front. */
static int del_item(Deque *d, intptr_t i) {
    rotate(d, -i);
    PymObject *item = pop_left(d);
    rotate(d, i);
    PYM_DECREF(item);
    return 0;
}

static PymObject *deque_remove(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("remove", n, kw, 1, 1) < 0) return NULL;
    Deque *d = (Deque *)self;
    size_t state = d->state;
    intptr_t len = PYM_SIZE(d);
    Cursor c = cursor_first(d);
    for (intptr_t i = 0; i < len; i++) {
        PymObject *item = pym_newref(*cursor_next(&c));
        int eq = pym_object_richcompare_bool(item, a[0], PYM_EQ);
        PYM_DECREF(item);
        if (eq < 0) return NULL;
        if (state != d->state || len != PYM_SIZE(d)) {
            pym_err_set_string(PymExc_IndexError, "deque mutated during iteration");
            return NULL;
        }
        if (eq) {
            del_item(d, i);
            PYM_RETURN_NONE;
        }
    }
    pym_err_format(PymExc_ValueError, "%R is not in deque", a[0]);
    return NULL;
}

static PymObject *deque_insert(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_no_kwargs("insert", kw) < 0) return NULL;
    if (n != 2) {
        pym_err_format(PymExc_TypeError, "insert() takes exactly 2 arguments (%zd given)",
                       (intptr_t)n);
        return NULL;
    }
    Deque *d = (Deque *)self;
    if (!PYM_INT_CHECK(a[0]) && !PYM_TYPE(a[0])->nb_index) {
        pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                       pym_type_name(a[0]));
        return NULL;
    }
    intptr_t index = pym_intbytes_as_ssize(a[0]);
    if (index == -1 && pym_err_occurred()) return NULL;
    intptr_t len = PYM_SIZE(d);
    if (d->maxlen == len) {
        pym_err_set_string(PymExc_IndexError, "deque already at its maximum size");
        return NULL;
    }
    int rc;
    if (index >= len) {
        rc = push_right(d, pym_newref(a[1]));
    } else if (index <= -len || index == 0) {
        rc = push_left(d, pym_newref(a[1]));
    } else {
        rotate(d, -index);
        rc = index < 0 ? push_right(d, pym_newref(a[1])) : push_left(d, pym_newref(a[1]));
        rotate(d, index);
    }
    if (rc < 0) return NULL;
    PYM_RETURN_NONE;
}

/* A new deque of d's type with d's items (deque.copy()). */
static PymObject *deque_copy_of(Deque *d) {
    if (PYM_TYPE(d) == &deque_type) {
        Deque *c = (Deque *)deque_alloc(&deque_type);
        if (!c) return NULL;
        c->maxlen = d->maxlen;
        if (PYM_SIZE(d) && c->maxlen != 0) {
            c->leftindex = 1;
            c->rightindex = 0;
        }
        Cursor cur = cursor_first(d);
        for (intptr_t i = 0; i < PYM_SIZE(d) && c->maxlen != 0; i++)
            if (push_right(c, pym_newref(*cursor_next(&cur))) < 0) {
                PYM_DECREF(c);
                return NULL;
            }
        return (PymObject *)c;
    }
    if (d->maxlen < 0) return pym_call_onearg((PymObject *)PYM_TYPE(d), (PymObject *)d);
    PymObject *ml = pym_int_from_ssize(d->maxlen);
    if (!ml) return NULL;
    PymObject *r = pym_call((PymObject *)PYM_TYPE(d), (PymObject *[]){(PymObject *)d, ml}, 2, NULL);
    PYM_DECREF(ml);
    return r;
}

static PymObject *deque_copy(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("copy", n, kw, 0, 0) < 0) return NULL;
    return deque_copy_of((Deque *)self);
}

static PymObject *deque_reduce(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    Deque *d = (Deque *)self;
    PymObject *state = NULL;
    PymObject **dp = pym_object_dict_ptr(self);
    if (dp && PYM_TYPE(self)->tp_dictoffset) {
        state = pym_object_getattr(self, PYM_ID(__dict__));
        if (!state) {
            pym_err_clear();
            state = NULL;
        } else if (PYM_DICT_CHECK(state) && pym_dict_size(state) == 0) {
            PYM_CLEAR(state);
        }
    }
    PymObject *it = pym_object_getiter(self);
    if (!it) {
        PYM_XDECREF(state);
        return NULL;
    }
    PymObject *args;
    if (d->maxlen < 0) {
        args = pym_tuple_new(0);
    } else {
        PymObject *empty = pym_tuple_new(0), *ml = pym_int_from_ssize(d->maxlen);
        args = empty && ml ? pym_tuple_pack(2, empty, ml) : NULL;
        PYM_XDECREF(empty);
        PYM_XDECREF(ml);
    }
    PymObject *r = args ? pym_tuple_pack(4, (PymObject *)PYM_TYPE(self), args,
                                         state ? state : pym_None, it)
                        : NULL;
    PYM_XDECREF(args);
    PYM_XDECREF(state);
    PYM_DECREF(it);
    return r;
}

static PymObject *deque_sizeof(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    Deque *d = (Deque *)self;
    intptr_t blocks = (d->leftindex + PYM_SIZE(d) + BLOCKLEN - 1) / BLOCKLEN;
    return pym_int_from_ssize(PYM_TYPE(self)->tp_basicsize + blocks * (intptr_t)sizeof(Block));
}

static PymObject *deque_reversed(PymObject *self, PymObject *const *a, size_t n, PymObject *kw);

/* {====== protocol slots ======} */

static int deque_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw) {
    static const char *const names[] = {"iterable", "maxlen", NULL};
    if (nargs + pym_arg_nkw(kw) > 2) {
        pym_err_format(PymExc_TypeError, "deque() takes at most 2 arguments (%zd given)",
                       (intptr_t)(nargs + pym_arg_nkw(kw)));
        return -1;
    }
    PymObject *out[2] = {NULL, NULL};
    if (pym_arg_unpack("deque", args, nargs, kw, names, 0, -1, out) < 0) return -1;
    Deque *d = (Deque *)self;
    intptr_t maxlen = -1;
    if (out[1] && out[1] != pym_None) {
        if (!PYM_INT_CHECK(out[1]) && !PYM_TYPE(out[1])->nb_index) {
            pym_err_set_string(PymExc_TypeError, "an integer is required");
            return -1;
        }
        maxlen = pym_intbytes_as_ssize(out[1]);
        if (maxlen == -1 && pym_err_occurred()) return -1;
        if (maxlen < 0) {
            pym_err_set_string(PymExc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    d->maxlen = maxlen;
    if (PYM_SIZE(d) > 0) deque_clear_items(d);
    if (out[0]) return extend_common(d, out[0], false);
    return 0;
}

static int deque_traverse(PymObject *o, visitproc visit, void *arg) {
    Deque *d = (Deque *)o;
    Cursor c = cursor_first(d);
    for (intptr_t i = 0, n = PYM_SIZE(d); i < n; i++) {
        PymObject *item = *cursor_next(&c); /* PYM_VISIT evaluates its argument twice */
        PYM_VISIT(item);
    }
    return 0;
}

static int deque_tp_clear(PymObject *o) {
    deque_clear_items((Deque *)o);
    return 0;
}

static void deque_dealloc(PymObject *o) {
    Deque *d = (Deque *)o;
    pym_gc_untrack(o);
    if (!pym_trashcan_begin(o)) return; /* deque([deque([...])]) nests */
    if (d->weakreflist) pym_object_clear_weakrefs(o);
    if (d->leftblock) {
        deque_clear_items(d);
        pym_obj_free(d->leftblock);
        d->leftblock = d->rightblock = NULL;
    }
    for (intptr_t i = 0; i < d->numfreeblocks; i++) pym_obj_free(d->freeblocks[i]);
    d->numfreeblocks = 0;
    PYM_TYPE(o)->tp_free(o);
    pym_trashcan_end();
}

static intptr_t deque_len(PymObject *o) { return PYM_SIZE(o); }

/* The index of o[key] for a deque of len items; -1 + error. */
static intptr_t deque_index_of(PymObject *self, PymObject *key) {
    if (!PYM_INT_CHECK(key) && !PYM_TYPE(key)->nb_index) {
        pym_err_format(PymExc_TypeError, "sequence index must be integer, not '%s'",
                       pym_type_name(key));
        return -1;
    }
    intptr_t i = pym_number_as_ssize(key, PymExc_IndexError);
    if (i == -1 && pym_err_occurred()) return -1;
    if (i < 0) i += PYM_SIZE(self);
    if (i < 0 || i >= PYM_SIZE(self)) {
        pym_err_set_string(PymExc_IndexError, "deque index out of range");
        return -1;
    }
    return i;
}

static PymObject *deque_getitem(PymObject *self, PymObject *key) {
    intptr_t i = deque_index_of(self, key);
    if (i < 0) return NULL;
    return pym_newref(*item_ptr((Deque *)self, i));
}

static int deque_ass_item(PymObject *self, PymObject *key, PymObject *value) {
    intptr_t i = deque_index_of(self, key);
    if (i < 0) return -1;
    if (!value) return del_item((Deque *)self, i);
    PymObject **p = item_ptr((Deque *)self, i);
    PymObject *old = *p;
    *p = pym_newref(value);
    PYM_DECREF(old);
    return 0;
}

static int deque_contains(PymObject *self, PymObject *v) {
    Deque *d = (Deque *)self;
    size_t state = d->state;
    Cursor c = cursor_first(d);
    for (intptr_t i = 0, n = PYM_SIZE(d); i < n; i++) {
        PymObject *item = pym_newref(*cursor_next(&c));
        int eq = pym_object_richcompare_bool(item, v, PYM_EQ);
        PYM_DECREF(item);
        if (eq) return eq;
        if (state != d->state) {
            pym_err_set_string(PymExc_RuntimeError, "deque mutated during iteration");
            return -1;
        }
    }
    return 0;
}

static PymObject *deque_repr(PymObject *self) {
    Deque *d = (Deque *)self;
    int rec = pym_repr_enter(self);
    if (rec != 0) return rec < 0 ? NULL : pym_str_from_cstr("[...]");
    PymObject *list = pym_list_from_iter(self);
    if (!list) {
        pym_repr_leave(self);
        return NULL;
    }
    PymObject *lr = pym_object_repr(list);
    PYM_DECREF(list);
    pym_repr_leave(self);
    if (!lr) return NULL;
    PymObject *r;
    const char *name = pym_type_name(self), *dot = strrchr(name, '.');
    if (dot) name = dot + 1;
    if (d->maxlen >= 0)
        r = pym_str_from_format("%s(%U, maxlen=%zd)", name, lr, d->maxlen);
    else
        r = pym_str_from_format("%s(%U)", name, lr);
    PYM_DECREF(lr);
    return r;
}

static PymObject *deque_richcompare(PymObject *v, PymObject *w, int op) {
    if (!DEQUE_CHECK(v) || !DEQUE_CHECK(w)) PYM_RETURN_NOTIMPL;
    intptr_t vs = PYM_SIZE(v), ws = PYM_SIZE(w);
    if (op == PYM_EQ && v == w) PYM_RETURN_TRUE;
    if (op == PYM_NE && v == w) PYM_RETURN_FALSE;
    if (vs != ws && (op == PYM_EQ || op == PYM_NE)) return pym_bool_from(op == PYM_NE);
    PymObject *it1 = pym_object_getiter(v), *it2 = it1 ? pym_object_getiter(w) : NULL;
    if (!it2) {
        PYM_XDECREF(it1);
        return NULL;
    }
    PymObject *x = NULL, *y = NULL, *res = NULL;
    for (;;) {
        x = pym_iter_next(it1);
        if (!x && pym_err_occurred()) goto done;
        y = pym_iter_next(it2);
        if (!y && pym_err_occurred()) goto done;
        if (!x || !y) break;
        int eq = pym_object_richcompare_bool(x, y, PYM_EQ);
        if (eq < 0) goto done;
        if (!eq) break;
        PYM_CLEAR(x);
        PYM_CLEAR(y);
    }
    if (x && y) {
        if (op == PYM_EQ)
            res = pym_newref(pym_False);
        else if (op == PYM_NE)
            res = pym_newref(pym_True);
        else
            res = pym_object_richcompare(x, y, op);
    } else {
        /* one ran out: compare the sizes */
        bool r = false;
        switch (op) {
        case PYM_LT: r = vs < ws; break;
        case PYM_LE: r = vs <= ws; break;
        case PYM_EQ: r = vs == ws; break;
        case PYM_NE: r = vs != ws; break;
        case PYM_GT: r = vs > ws; break;
        case PYM_GE: r = vs >= ws; break;
        }
        res = pym_bool_from(r);
    }
done:
    PYM_XDECREF(x);
    PYM_XDECREF(y);
    PYM_DECREF(it1);
    PYM_DECREF(it2);
    return res;
}

static PymObject *deque_concat(PymObject *a, PymObject *b) {
    if (!DEQUE_CHECK(a)) PYM_RETURN_NOTIMPL;
    if (!DEQUE_CHECK(b)) {
        pym_err_format(PymExc_TypeError, "can only concatenate deque (not \"%s\") to deque",
                       pym_type_name(b));
        return NULL;
    }
    PymObject *n = deque_copy_of((Deque *)a);
    if (!n) return NULL;
    if (extend_common((Deque *)n, b, false) < 0) {
        PYM_DECREF(n);
        return NULL;
    }
    return n;
}

static PymObject *deque_inplace_concat(PymObject *a, PymObject *b) {
    if (!DEQUE_CHECK(a)) PYM_RETURN_NOTIMPL;
    if (extend_common((Deque *)a, b, false) < 0) return NULL;
    return pym_newref(a);
}

/* d * n repeated in place (d is a fresh copy or the target of *=). */
static int repeat_inplace(Deque *d, intptr_t n) {
    intptr_t size = PYM_SIZE(d);
    if (size == 0 || n == 1) return 0;
    if (n <= 0) {
        deque_clear_items(d);
        return 0;
    }
    PymObject *items = pym_list_from_iter((PymObject *)d);
    if (!items) return -1;
    intptr_t total = size * n;
    if (d->maxlen >= 0 && total > d->maxlen) total = d->maxlen;
    /* appending past maxlen trims from the left, as CPython's loop does */
    for (intptr_t k = 1; k < n; k++) {
        for (intptr_t i = 0; i < size; i++)
            if (push_right(d, pym_newref(PYM_LIST_GET(items, i))) < 0) {
                PYM_DECREF(items);
                return -1;
            }
        if (d->maxlen >= 0 && (k + 1) * size >= d->maxlen + size) break;
    }
    (void)total;
    PYM_DECREF(items);
    return 0;
}

static intptr_t repeat_count(PymObject *o, bool *ok) {
    *ok = false;
    if (!PYM_INT_CHECK(o) && !PYM_TYPE(o)->nb_index) return 0;
    *ok = true;
    return pym_number_as_ssize(o, PymExc_OverflowError);
}

static PymObject *deque_repeat(PymObject *a, PymObject *b) {
    PymObject *dq = DEQUE_CHECK(a) ? a : b, *num = dq == a ? b : a;
    if (!DEQUE_CHECK(dq)) PYM_RETURN_NOTIMPL;
    bool ok;
    intptr_t n = repeat_count(num, &ok);
    if (!ok) {
        pym_err_format(PymExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                       pym_type_name(num));
        return NULL;
    }
    if (n == -1 && pym_err_occurred()) return NULL;
    PymObject *c = deque_copy_of((Deque *)dq);
    if (!c) return NULL;
    if (repeat_inplace((Deque *)c, n) < 0) {
        PYM_DECREF(c);
        return NULL;
    }
    return c;
}

static PymObject *deque_inplace_repeat(PymObject *a, PymObject *b) {
    if (!DEQUE_CHECK(a)) PYM_RETURN_NOTIMPL;
    bool ok;
    intptr_t n = repeat_count(b, &ok);
    if (!ok) {
        pym_err_format(PymExc_TypeError, "can't multiply sequence by non-int of type '%s'",
                       pym_type_name(b));
        return NULL;
    }
    if (n == -1 && pym_err_occurred()) return NULL;
    if (repeat_inplace((Deque *)a, n) < 0) return NULL;
    return pym_newref(a);
}

static PymObject *deque_get_maxlen(PymObject *self, void *c) {
    Deque *d = (Deque *)self;
    if (d->maxlen < 0) PYM_RETURN_NONE;
    return pym_int_from_ssize(d->maxlen);
}

/* {====== iterators ======} */

typedef struct {
    PymObject ob_base;
    Block *b;
    intptr_t index;
    Deque *deque;
    size_t state;     /* the deque's state when the iterator was made */
    intptr_t counter; /* items left */
} DequeIter;

static PymObject *iter_make(PymType *t, Deque *d, bool reverse) {
    DequeIter *it = (DequeIter *)pym_object_alloc(t, 0);
    if (!it) return NULL;
    it->b = reverse ? d->rightblock : d->leftblock;
    it->index = reverse ? d->rightindex : d->leftindex;
    it->deque = (Deque *)pym_newref((PymObject *)d);
    it->state = d->state;
    it->counter = PYM_SIZE(d);
    pym_gc_track((PymObject *)it);
    return (PymObject *)it;
}

static PymObject *deque_iter(PymObject *self) {
    return iter_make(&dequeiter_type, (Deque *)self, false);
}

static PymObject *deque_reversed(PymObject *self, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_count("__reversed__", n, kw, 0, 0) < 0) return NULL;
    return iter_make(&dequereviter_type, (Deque *)self, true);
}

static int dequeiter_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((DequeIter *)o)->deque);
    return 0;
}
static int dequeiter_clear(PymObject *o) {
    PYM_CLEAR(((DequeIter *)o)->deque);
    return 0;
}
static void dequeiter_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    if (!pym_trashcan_begin(o)) return;
    dequeiter_clear(o);
    PYM_TYPE(o)->tp_free(o);
    pym_trashcan_end();
}

static bool iter_mutated(DequeIter *it) {
    if (it->deque->state != it->state) {
        it->counter = 0;
        pym_err_set_string(PymExc_RuntimeError, "deque mutated during iteration");
        return true;
    }
    return false;
}

static PymObject *dequeiter_next(PymObject *o) {
    DequeIter *it = (DequeIter *)o;
    if (!it->deque || it->counter == 0) return NULL;
    if (iter_mutated(it)) return NULL;
    PymObject *item = it->b->data[it->index];
    it->index++;
    it->counter--;
    if (it->index == BLOCKLEN && it->counter > 0) {
        it->b = it->b->rightlink;
        it->index = 0;
    }
    return pym_newref(item);
}

static PymObject *dequereviter_next(PymObject *o) {
    DequeIter *it = (DequeIter *)o;
    if (!it->deque || it->counter == 0) return NULL;
    if (iter_mutated(it)) return NULL;
    PymObject *item = it->b->data[it->index];
    it->index--;
    it->counter--;
    if (it->index < 0 && it->counter > 0) {
        it->b = it->b->leftlink;
        it->index = BLOCKLEN - 1;
    }
    return pym_newref(item);
}

static PymObject *dequeiter_len(PymObject *o, PymObject *const *a, size_t n, PymObject *kw) {
    return pym_int_from_ssize(((DequeIter *)o)->counter);
}

static PymObject *iter_self(PymObject *o) { return pym_newref(o); }

static PymMethodDef dequeiter_methods[] = {
    {"__length_hint__", dequeiter_len, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

static PymType dequeiter_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "_collections._deque_iterator",
    .tp_basicsize = sizeof(DequeIter),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = dequeiter_dealloc,
    .tp_traverse = dequeiter_traverse,
    .tp_clear = dequeiter_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = iter_self,
    .tp_iternext = dequeiter_next,
    .tp_methods = dequeiter_methods,
    .tp_free = pym_object_free,
};

static PymType dequereviter_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "_collections._deque_reverse_iterator",
    .tp_basicsize = sizeof(DequeIter),
    .tp_flags = PYM_TPFLAGS_HAVE_GC,
    .tp_dealloc = dequeiter_dealloc,
    .tp_traverse = dequeiter_traverse,
    .tp_clear = dequeiter_clear,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = iter_self,
    .tp_iternext = dequereviter_next,
    .tp_methods = dequeiter_methods,
    .tp_free = pym_object_free,
};

static PymMethodDef deque_methods[] = {
    {"append", deque_append, 0, "Add an element to the right side of the deque."},
    {"appendleft", deque_appendleft, 0, "Add an element to the left side of the deque."},
    {"clear", deque_clear_method, 0, "Remove all elements from the deque."},
    {"__copy__", deque_copy, 0, "Return a shallow copy of a deque."},
    {"copy", deque_copy, 0, "Return a shallow copy of a deque."},
    {"count", deque_count, 0, "D.count(value) -- return number of occurrences of value"},
    {"extend", deque_extend, 0,
     "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", deque_extendleft, 0,
     "Extend the left side of the deque with elements from the iterable"},
    {"index", deque_index, 0,
     "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the "
     "value is not present."},
    {"insert", deque_insert, 0, "D.insert(index, object) -- insert object before index"},
    {"pop", deque_pop, 0, "Remove and return the rightmost element."},
    {"popleft", deque_popleft, 0, "Remove and return the leftmost element."},
    {"__reduce__", deque_reduce, 0, "Return state information for pickling."},
    {"remove", deque_remove, 0, "D.remove(value) -- remove first occurrence of value."},
    {"__reversed__", deque_reversed, 0,
     "D.__reversed__() -- return a reverse iterator over the deque"},
    {"reverse", deque_reverse, 0, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", deque_rotate, 0,
     "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"__sizeof__", deque_sizeof, 0, "D.__sizeof__() -- size of D in memory, in bytes"},
    {"__class_getitem__", pym_generic_alias_class_getitem, PYM_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static PymGetSetDef deque_getset[] = {
    {"maxlen", deque_get_maxlen, NULL, "maximum size of a deque or None if unbounded", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymType deque_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "collections.deque",
    .tp_basicsize = sizeof(Deque),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE | PYM_TPFLAGS_SEQUENCE |
                PYM_TPFLAGS_SEQ_CONCAT,
    .tp_dealloc = deque_dealloc,
    .tp_traverse = deque_traverse,
    .tp_clear = deque_tp_clear,
    .tp_repr = deque_repr,
    .tp_richcompare = deque_richcompare,
    .tp_getattro = pym_object_generic_getattr,
    .tp_iter = deque_iter,
    .nb_binop =
        {
            [PYM_NB_ADD] = deque_concat,
            [PYM_NB_MULTIPLY] = deque_repeat,
            [PYM_NB_INPLACE + PYM_NB_ADD] = deque_inplace_concat,
            [PYM_NB_INPLACE + PYM_NB_MULTIPLY] = deque_inplace_repeat,
        },
    /* truth from sq_length, as CPython's deque (no __bool__ in dir) */
    .sq_length = deque_len,
    .mp_subscript = deque_getitem,
    .mp_ass_subscript = deque_ass_item,
    .sq_contains = deque_contains,
    .tp_weaklistoffset = offsetof(Deque, weakreflist),
    .tp_methods = deque_methods,
    .tp_getset = deque_getset,
    .tp_new = deque_new,
    .tp_init = deque_init,
    .tp_free = pym_object_free,
    .tp_doc = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for "
              "data accesses near its endpoints.",
};

/* {====== _tuplegetter ======}
** The field descriptor of namedtuple classes: obj[index] for tuples,
** read-only, with a writable __doc__. */

typedef struct {
    PymObject ob_base;
    intptr_t index;
    PymObject *doc;
} TupleGetter;

static PymType tuplegetter_type;

static PymObject *tuplegetter_new(PymType *type, PymObject *const *args, size_t nargs,
                                  PymObject *kw) {
    if (pym_arg_no_kwargs("_tuplegetter", kw) < 0) return NULL;
    if (nargs != 2) {
        pym_err_format(PymExc_TypeError, "_tuplegetter expected 2 arguments, got %zd",
                       (intptr_t)nargs);
        return NULL;
    }
    if (!PYM_INT_CHECK(args[0]) && !PYM_TYPE(args[0])->nb_index) {
        pym_err_format(PymExc_TypeError, "'%s' object cannot be interpreted as an integer",
                       pym_type_name(args[0]));
        return NULL;
    }
    intptr_t index = pym_intbytes_as_ssize(args[0]);
    if (index == -1 && pym_err_occurred()) return NULL;
    TupleGetter *g = (TupleGetter *)pym_object_alloc(type, 0);
    if (!g) return NULL;
    g->index = index;
    g->doc = pym_newref(args[1]);
    pym_gc_track((PymObject *)g);
    return (PymObject *)g;
}

static int tuplegetter_traverse(PymObject *o, visitproc visit, void *arg) {
    PYM_VISIT(((TupleGetter *)o)->doc);
    return 0;
}
static int tuplegetter_clear(PymObject *o) {
    PYM_CLEAR(((TupleGetter *)o)->doc);
    return 0;
}
static void tuplegetter_dealloc(PymObject *o) {
    pym_gc_untrack(o);
    tuplegetter_clear(o);
    PYM_TYPE(o)->tp_free(o);
}

static PymObject *tuplegetter_get(PymObject *self, PymObject *obj, PymObject *type) {
    TupleGetter *g = (TupleGetter *)self;
    if (!obj || obj == pym_None) return pym_newref(self);
    if (!PYM_TUPLE_CHECK(obj)) {
        pym_err_format(
            PymExc_TypeError,
            "descriptor for index '%zd' for tuple subclasses doesn't apply to '%s' object",
            g->index, pym_type_name(obj));
        return NULL;
    }
    if (g->index < 0 || g->index >= PYM_SIZE(obj)) {
        pym_err_set_string(PymExc_IndexError, "tuple index out of range");
        return NULL;
    }
    return pym_newref(PYM_TUPLE_GET(obj, g->index));
}

static int tuplegetter_set(PymObject *self, PymObject *obj, PymObject *value) {
    pym_err_set_string(PymExc_AttributeError,
                       value ? "can't set attribute" : "can't delete attribute");
    return -1;
}

static PymObject *tuplegetter_repr(PymObject *self) {
    TupleGetter *g = (TupleGetter *)self;
    return pym_str_from_format("%s(%zd, %R)", "_tuplegetter", g->index, g->doc ? g->doc : pym_None);
}

static PymObject *tuplegetter_reduce(PymObject *self, PymObject *const *a, size_t n,
                                     PymObject *kw) {
    TupleGetter *g = (TupleGetter *)self;
    PymObject *i = pym_int_from_ssize(g->index);
    PymObject *args = i ? pym_tuple_pack(2, i, g->doc ? g->doc : pym_None) : NULL;
    PYM_XDECREF(i);
    PymObject *r = args ? pym_tuple_pack(2, (PymObject *)PYM_TYPE(self), args) : NULL;
    PYM_XDECREF(args);
    return r;
}

static PymMethodDef tuplegetter_methods[] = {
    {"__reduce__", tuplegetter_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static PymMemberDef tuplegetter_members[] = {
    {"__doc__", PYM_T_OBJECT, offsetof(TupleGetter, doc), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PymType tuplegetter_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "_collections._tuplegetter",
    .tp_basicsize = sizeof(TupleGetter),
    .tp_flags = PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_BASETYPE,
    .tp_dealloc = tuplegetter_dealloc,
    .tp_traverse = tuplegetter_traverse,
    .tp_clear = tuplegetter_clear,
    .tp_repr = tuplegetter_repr,
    .tp_getattro = pym_object_generic_getattr,
    .tp_setattro = pym_object_generic_setattr,
    .tp_descr_get = tuplegetter_get,
    .tp_descr_set = tuplegetter_set,
    .tp_methods = tuplegetter_methods,
    .tp_members = tuplegetter_members,
    .tp_new = tuplegetter_new,
    .tp_free = pym_object_free,
};

/* {====== _count_elements ======} */

// _count_elements(mapping, iterable): mapping[e] = mapping.get(e, 0) + 1 for each e
// (collections.Counter's helper).  A dict whose get and __setitem__ are dict's
// is updated directly.
static PymObject *count_elements(PymObject *m, PymObject *const *a, size_t n, PymObject *kw) {
    if (pym_arg_no_kwargs("_count_elements", kw) < 0) return NULL;
    if (n != 2) {
        pym_err_format(PymExc_TypeError, "_count_elements expected 2 arguments, got %zd",
                       (intptr_t)n);
        return NULL;
    }
    PymObject *mapping = a[0];
    PymObject *it = pym_object_getiter(a[1]);
    if (!it) return NULL;
    PymType *t = PYM_TYPE(mapping);
    bool fast = PYM_DICT_CHECK(mapping) &&
                pym_type_lookup(t, PYM_ID(get)) == pym_type_lookup(&pym_type_dict, PYM_ID(get)) &&
                pym_type_lookup(t, PYM_ID(__setitem__)) ==
                    pym_type_lookup(&pym_type_dict, PYM_ID(__setitem__));
    PymObject *get = NULL, *one = pym_int_from_long(1), *zero = pym_int_from_long(0);
    if (!fast && !(get = pym_object_getattr(mapping, PYM_ID(get)))) goto fail;
    for (;;) {
        PymObject *key = pym_iter_next(it);
        if (!key) break;
        PymObject *old;
        if (fast) {
            old = pym_dict_getitem(mapping, key);
            if (!old && pym_err_occurred()) {
                PYM_DECREF(key);
                goto fail;
            }
            old = pym_newref(old ? old : zero);
        } else {
            old = pym_call(get, (PymObject *[]){key, zero}, 2, NULL);
            if (!old) {
                PYM_DECREF(key);
                goto fail;
            }
        }
        PymObject *nw = pym_number_binop(old, one, PYM_NB_ADD);
        PYM_DECREF(old);
        int rc = nw ? (fast ? pym_dict_setitem(mapping, key, nw)
                            : pym_object_setitem(mapping, key, nw))
                    : -1;
        PYM_XDECREF(nw);
        PYM_DECREF(key);
        if (rc < 0) goto fail;
    }
    if (pym_err_occurred()) goto fail;
    PYM_DECREF(it);
    PYM_XDECREF(get);
    PYM_RETURN_NONE;
fail:
    PYM_DECREF(it);
    PYM_XDECREF(get);
    return NULL;
}

static PymMethodDef collections_functions[] = {
    {"_count_elements", count_elements, 0, "Count elements in the iterable, updating the mapping"},
    {NULL, NULL, 0, NULL},
};

_Static_assert(sizeof(Deque) == 216, "deque object is 216 bytes, as CPython 3.11's");
_Static_assert(sizeof(Block) == 528, "deque block is 528 bytes, as CPython 3.11's");

/* Creates the _collections module (new ref); called by the import system. */
PymObject *pym_collections_module_init(void) {
    if (pym_type_ready(&deque_type) < 0 || pym_type_ready(&dequeiter_type) < 0 ||
        pym_type_ready(&dequereviter_type) < 0 || pym_type_ready(&tuplegetter_type) < 0)
        return NULL;
    PymObject *m = pym_module_new("_collections");
    if (!m) return NULL;
    if (pym_module_add_functions(m, collections_functions) < 0 ||
        pym_module_add_object(m, "deque", (PymObject *)&deque_type) < 0 ||
        pym_module_add_object(m, "_deque_iterator", (PymObject *)&dequeiter_type) < 0 ||
        pym_module_add_object(m, "_tuplegetter", (PymObject *)&tuplegetter_type) < 0 ||
        pym_module_add_object(m, "_deque_reverse_iterator", (PymObject *)&dequereviter_type) < 0) {
        PYM_DECREF(m);
        return NULL;
    }
    return m;
}
