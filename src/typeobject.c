/*
** typeobject.c -- the 'type' type: readying static types, classes made by
** the class statement, C3 MRO, instance layout, and the two-way mapping
** between special methods and type slots.
**
** Slots and dunders.  Every special method name maps to one C slot of
** PymType (slotdefs[] below; several names may share a slot: __add__ and
** __radd__ both use nb_binop[ADD], the six comparisons use tp_richcompare).
** Going from C to Python, pym_type_ready puts a "slot wrapper" descriptor in
** the dict of a static type for every slot it defines (int.__add__ calls
** int's nb_binop[ADD]).  Going from Python to C, a class gets, for each slot
** group, either
**   - the C function itself, when every name of the group resolves (along the
**     MRO) to a slot wrapper of that same function (class A(int): pass keeps
**     int's fast slots), or
**   - a generic "slot_*" function that looks the dunder up on the type and
**     calls it (class A: def __add__ ...), or
**   - NULL, when nothing defines it (or __hash__ = None).
** The choice is made again for a class and its subclasses whenever one of
** those names is assigned on the class (pym_type_update_slot).
**
** Instance layout.  A class extends the layout of its "best base" (the base
** whose solid base -- the nearest ancestor that adds C fields -- is the most
** derived).  After the base's fields come the __slots__ pointers, or for a
** plain class a weakref-list pointer, the dict pointer and the inline
** values pointer: 40 bytes for a class deriving from object (__slots__
** naming '__dict__' also get both pointers, as in CPython 3.11).  Such classes
** (and their subclasses) have PYM_TPFLAGS_INLINE_VALUES: attributes live in
** a values array keyed by the class's shared keys until __dict__ is asked
** for (instattrs.c).  Subclasses of variable-size types keep their dict at a
** negative tp_dictoffset (counted from the end of the items), as CPython.
**
** Lazy class dicts.  Readying a static type (pym_type_ready) does only the
** cheap, pointer-sized work: base, bases, MRO, inherited slots, the subclass
** registry.  Its dict -- a descriptor per method, member, getset and slot
** wrapper, __doc__, __hash__ -- is built the first time anything reads it
** (pym_type_get_dict: the MRO lookup, super, __dict__, dir), in the same order
** as an eager build would, so its contents and key order are the same.  A
** program touches a few dozen of the ~300 static types, so start-up does not
** pay for the rest.  Before anything observes the whole heap (gc.get_objects,
** tracemalloc, sys.getallocatedblocks) pym_types_fill_all builds every
** pending dict and switches to eager building, so those views equal what an
** eagerly built interpreter shows, and no lazily built dict shows up later as
** an allocation of the program.
*/
#include "pym.h"
#include "genericalias.h"
#include "frameobject.h"

static unsigned int next_version_tag = 1;

static PymObject *type_new(PymType *meta, PymObject *const *args, size_t nargs, PymObject *kwnames);
static int add_subclass(PymType *base, PymType *t);
static int add_static_subclass(PymType *t);
static int register_pending(PymType *base);
static PymObject *subclasses_dict(PymType *t);
static bool registry_eager; /* pym_types_fill_all has run: register at once */
static void remove_subclass(PymType *base, PymType *t);
static void fixup_slots(PymType *t);

/* {===================================================================
** Lookup along the MRO
** ==================================================================== */

/* Method cache: (version tag, interned name) -> borrowed result (NULL for
** "absent").  A type's tag changes whenever its dict or one of its bases'
** dicts changes through setattr (pym_type_update_slot), and tags are never
** reused, so a stale entry can never match.  C code must not modify the
** tp_dict of a ready type directly without calling pym_type_update_slot. */
#define MCACHE_BITS 12
#define MCACHE_SIZE (1 << MCACHE_BITS)
static struct {
    unsigned int version;
    PymObject *name;
    PymObject *value;
} mcache[MCACHE_SIZE] PYM_BIG_BSS;

static PymObject *find_in_mro(PymType *t, PymObject *name);

PymObject *pym_type_lookup(PymType *t, PymObject *name) {
    unsigned int v = t->tp_version_tag;
    if (PYM_LIKELY(v && PYM_STR_CHECK_EXACT(name) && ((PymStr *)name)->st_interned)) {
        size_t i = (((size_t)v * 2654435761u) ^ ((uintptr_t)name >> 4)) & (MCACHE_SIZE - 1);
        if (mcache[i].version == v && mcache[i].name == name) {
            /* PYM_DEBUG: a hit agrees with the MRO walk (a type dict changed
            ** without a new version tag would answer stale) */
            PYM_ASSERT(find_in_mro(t, name) == mcache[i].value);
            return mcache[i].value;
        }
        PymObject *r = find_in_mro(t, name);
        if (!pym_err_occurred()) {
            mcache[i].version = v;
            mcache[i].name = name;
            mcache[i].value = r;
        }
        return r;
    }
    return find_in_mro(t, name);
}

static PymObject *find_in_mro(PymType *t, PymObject *name) {
    PymObject *mro = t->tp_mro;
    if (PYM_UNLIKELY(!mro)) {
        for (PymType *b = t; b; b = b->tp_base) {
            PymObject *d = pym_type_get_dict(b);
            if (!d) continue;
            PymObject *v = pym_dict_getitem(d, name);
            if (v) return v;
        }
        return NULL;
    }
    intptr_t n = PYM_SIZE(mro);
    for (intptr_t i = 0; i < n; i++) {
        PymType *b = (PymType *)PYM_TUPLE_GET(mro, i);
        PymObject *d = pym_type_get_dict(b);
        if (!d) {
            if (PYM_UNLIKELY(pym_err_occurred())) return NULL; /* no memory for b's dict */
            continue;
        }
        PymObject *v = pym_dict_getitem(d, name);
        if (v) return v;
    }
    if (pym_err_occurred()) pym_err_clear();
    return NULL;
}

/* Looks name up on type(self) and calls it with self prepended.  When
** missing: AttributeError(name) if raise_missing, else NotImplemented. */
static PymObject *call_dunder(PymObject *self, PymObject *name, PymObject *const *args,
                              size_t nargs, bool raise_missing) {
    PymObject *d = pym_type_lookup(PYM_TYPE(self), name);
    if (!d) {
        if (!raise_missing) PYM_RETURN_NOTIMPL;
        pym_err_set_object(PymExc_AttributeError, name);
        return NULL;
    }
    PYM_INCREF(d);
    PymObject *r = pym_call_unbound(d, self, args, nargs, NULL);
    PYM_DECREF(d);
    return r;
}

#define ID(n) PYM_ID(n)

/* {===================================================================
** Heap slot functions: C slots that call Python special methods
** ==================================================================== */

static PymObject *slot_tp_repr(PymObject *s) { return call_dunder(s, ID(__repr__), NULL, 0, true); }
static PymObject *slot_tp_str(PymObject *s) { return call_dunder(s, ID(__str__), NULL, 0, true); }

static intptr_t slot_tp_hash(PymObject *s) {
    PymObject *r = call_dunder(s, ID(__hash__), NULL, 0, true);
    if (!r) return -1;
    if (!PYM_INT_CHECK(r)) {
        PYM_DECREF(r);
        pym_err_set_string(PymExc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    int overflow = 0;
    long long v = pym_int_as_longlong_overflow(r, &overflow);
    if (overflow) v = pym_int_hash(r);
    PYM_DECREF(r);
    if (v == -1) v = -2;
    return (intptr_t)v;
}

static PymObject *const *cmp_names(void) {
    static PymObject *names[6];
    if (!names[0]) {
        names[0] = ID(__lt__);
        names[1] = ID(__le__);
        names[2] = ID(__eq__);
        names[3] = ID(__ne__);
        names[4] = ID(__gt__);
        names[5] = ID(__ge__);
    }
    return names;
}

static PymObject *slot_tp_richcompare(PymObject *s, PymObject *o, int op) {
    return call_dunder(s, cmp_names()[op], &o, 1, false);
}

static PymObject *slot_tp_getattr_hook(PymObject *s, PymObject *name) {
    PymType *t = PYM_TYPE(s);
    PymObject *ga = pym_type_lookup(t, ID(__getattribute__));
    PymObject *gattr = pym_type_lookup(t, ID(__getattr__));
    PymObject *r;
    if (gattr) PYM_INCREF(gattr);
    if (!ga || (PYM_TYPE(ga) == &pym_type_wrapper_descr &&
                ((PymWrapperDescr *)ga)->d_wrapped == (void *)pym_object_generic_getattr)) {
        r = pym_object_generic_getattr(s, name);
    } else {
        PYM_INCREF(ga);
        r = pym_call_unbound(ga, s, &name, 1, NULL);
        PYM_DECREF(ga);
    }
    if (!r && gattr && pym_err_matches((PymObject *)PymExc_AttributeError)) {
        pym_err_clear();
        r = pym_call_unbound(gattr, s, &name, 1, NULL);
    }
    PYM_XDECREF(gattr);
    return r;
}

static int slot_tp_setattro(PymObject *s, PymObject *name, PymObject *value) {
    PymObject *r;
    if (value) {
        PymObject *a[2] = {name, value};
        r = call_dunder(s, ID(__setattr__), a, 2, true);
    } else {
        r = call_dunder(s, ID(__delattr__), &name, 1, true);
    }
    if (!r) return -1;
    PYM_DECREF(r);
    return 0;
}

static PymObject *slot_tp_call(PymObject *s, PymObject *const *args, size_t nargs,
                               PymObject *kwnames) {
    PymObject *d = pym_type_lookup(PYM_TYPE(s), ID(__call__));
    if (!d) {
        pym_err_format(PymExc_TypeError, "'%s' object is not callable", pym_type_name(s));
        return NULL;
    }
    PYM_INCREF(d);
    PymObject *r = pym_call_unbound(d, s, args, nargs, kwnames);
    PYM_DECREF(d);
    return r;
}

static PymObject *slot_tp_iter(PymObject *s) {
    PymObject *d = pym_type_lookup(PYM_TYPE(s), ID(__iter__));
    if (d == pym_None) {
        pym_err_format(PymExc_TypeError, "'%s' object is not iterable", pym_type_name(s));
        return NULL;
    }
    if (!d) {
        if (PYM_TYPE(s)->mp_subscript) return pym_seq_iter_new(s);
        pym_err_format(PymExc_TypeError, "'%s' object is not iterable", pym_type_name(s));
        return NULL;
    }
    return call_dunder(s, ID(__iter__), NULL, 0, true);
}

static PymObject *slot_tp_iternext(PymObject *s) {
    PymObject *r = call_dunder(s, ID(__next__), NULL, 0, true);
    if (!r && pym_err_matches((PymObject *)PymExc_StopIteration)) pym_err_clear();
    return r;
}

static PymObject *slot_tp_descr_get(PymObject *s, PymObject *obj, PymObject *type) {
    PymObject *a[2] = {obj ? obj : pym_None, type ? type : pym_None};
    return call_dunder(s, ID(__get__), a, 2, true);
}

static int slot_tp_descr_set(PymObject *s, PymObject *obj, PymObject *value) {
    PymObject *r;
    if (value) {
        PymObject *a[2] = {obj, value};
        r = call_dunder(s, ID(__set__), a, 2, true);
    } else {
        r = call_dunder(s, ID(__delete__), &obj, 1, true);
    }
    if (!r) return -1;
    PYM_DECREF(r);
    return 0;
}

static int slot_tp_init(PymObject *s, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    PymObject *d = pym_type_lookup(PYM_TYPE(s), ID(__init__));
    if (!d) return 0;
    PYM_INCREF(d);
    PymObject *r = pym_call_unbound(d, s, args, nargs, kwnames);
    PYM_DECREF(d);
    if (!r) return -1;
    if (r != pym_None) {
        pym_err_format(PymExc_TypeError, "__init__() should return None, not '%s'",
                       pym_type_name(r));
        PYM_DECREF(r);
        return -1;
    }
    PYM_DECREF(r);
    return 0;
}

static PymObject *slot_tp_new(PymType *t, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    PymObject *f = pym_object_getattr((PymObject *)t, ID(__new__));
    if (!f) return NULL;
    size_t nkw = pym_arg_nkw(kwnames);
    PymObject *stackbuf[8], **stack = stackbuf;
    if (nargs + nkw + 1 > 8) {
        stack = pym_raw_malloc((nargs + nkw + 1) * sizeof(PymObject *));
        if (!stack) {
            PYM_DECREF(f);
            return pym_err_no_memory();
        }
    }
    stack[0] = (PymObject *)t;
    if (nargs + nkw) memcpy(stack + 1, args, (nargs + nkw) * sizeof(PymObject *));
    PymObject *r = pym_call(f, stack, nargs + 1, kwnames);
    if (stack != stackbuf) pym_raw_free(stack);
    PYM_DECREF(f);
    return r;
}

static void slot_tp_finalize(PymObject *s) {
    PymObject *saved = pym_err_fetch();
    PymObject *d = pym_type_lookup(PYM_TYPE(s), ID(__del__));
    if (d) {
        PYM_INCREF(d);
        PymObject *r = pym_call_unbound(d, s, NULL, 0, NULL);
        if (!r) {
            PymObject *meth = pym_newref(d);
            pym_err_write_unraisable(meth);
            PYM_DECREF(meth);
        } else {
            PYM_DECREF(r);
        }
        PYM_DECREF(d);
    }
    pym_err_restore(saved);
}

static intptr_t slot_sq_length(PymObject *s) {
    PymObject *r = call_dunder(s, ID(__len__), NULL, 0, true);
    if (!r) return -1;
    intptr_t n = pym_number_as_ssize(r, PymExc_OverflowError);
    PYM_DECREF(r);
    if (n < 0) {
        if (!pym_err_occurred())
            pym_err_set_string(PymExc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static PymObject *slot_mp_subscript(PymObject *s, PymObject *key) {
    return call_dunder(s, ID(__getitem__), &key, 1, true);
}

static int slot_mp_ass_subscript(PymObject *s, PymObject *key, PymObject *value) {
    PymObject *r;
    if (value) {
        PymObject *a[2] = {key, value};
        r = call_dunder(s, ID(__setitem__), a, 2, true);
    } else {
        r = call_dunder(s, ID(__delitem__), &key, 1, true);
    }
    if (!r) return -1;
    PYM_DECREF(r);
    return 0;
}

static int slot_sq_contains(PymObject *s, PymObject *item) {
    PymObject *d = pym_type_lookup(PYM_TYPE(s), ID(__contains__));
    if (d == pym_None) {
        pym_err_format(PymExc_TypeError, "'%s' object is not a container", pym_type_name(s));
        return -1;
    }
    if (!d) {
        PymObject *it = pym_object_getiter(s);
        if (!it) return -1;
        int found = 0;
        for (;;) {
            PymObject *x = pym_iter_next(it);
            if (!x) {
                if (pym_err_occurred()) found = -1;
                break;
            }
            int eq = pym_object_richcompare_bool(x, item, PYM_EQ);
            PYM_DECREF(x);
            if (eq) {
                found = eq;
                break;
            }
        }
        PYM_DECREF(it);
        return found;
    }
    PYM_INCREF(d);
    PymObject *r = pym_call_unbound(d, s, &item, 1, NULL);
    PYM_DECREF(d);
    if (!r) return -1;
    int ok = pym_object_is_true(r);
    PYM_DECREF(r);
    return ok;
}

static int slot_nb_bool(PymObject *s) {
    PymObject *d = pym_type_lookup(PYM_TYPE(s), ID(__bool__));
    if (!d) {
        if (pym_type_lookup(PYM_TYPE(s), ID(__len__))) {
            intptr_t n = pym_object_len(s);
            return n < 0 ? -1 : n > 0;
        }
        return 1;
    }
    PYM_INCREF(d);
    PymObject *r = pym_call_unbound(d, s, NULL, 0, NULL);
    PYM_DECREF(d);
    if (!r) return -1;
    if (!PYM_BOOL_CHECK(r)) {
        pym_err_format(PymExc_TypeError, "__bool__ should return bool, returned %s",
                       pym_type_name(r));
        PYM_DECREF(r);
        return -1;
    }
    int v = r == pym_True;
    PYM_DECREF(r);
    return v;
}

#define SLOT_UNARY(fn, NAME) \
    static PymObject *fn(PymObject *s) { return call_dunder(s, ID(NAME), NULL, 0, true); }
SLOT_UNARY(slot_nb_negative, __neg__)
SLOT_UNARY(slot_nb_positive, __pos__)
SLOT_UNARY(slot_nb_absolute, __abs__)
SLOT_UNARY(slot_nb_invert, __invert__)
SLOT_UNARY(slot_nb_int, __int__)
SLOT_UNARY(slot_nb_float, __float__)
SLOT_UNARY(slot_nb_index, __index__)

/* Binary operators: names by op number. */
static const char *const binop_lnames[13] = {
    "__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__",  "__mul__", "__mod__",
    "__or__",  "__pow__", "__rshift__",   "__sub__",    "__truediv__", "__xor__"};
static const char *const binop_rnames[13] = {
    "__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__",  "__rmul__", "__rmod__",
    "__ror__",  "__rpow__", "__rrshift__",   "__rsub__",    "__rtruediv__", "__rxor__"};
static const char *const binop_inames[13] = {
    "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__",  "__imul__", "__imod__",
    "__ior__",  "__ipow__", "__irshift__",   "__isub__",    "__itruediv__", "__ixor__"};
static PymObject *binop_names[3][13];

static binaryfunc slot_binop_fn[PYM_NB_COUNT];

/* Is name defined differently on b than on a? (reflected-first rule) */
static bool method_is_overloaded(PymType *a, PymType *b, PymObject *name) {
    PymObject *mb = pym_type_lookup(b, name);
    if (!mb) return false;
    PymObject *ma = pym_type_lookup(a, name);
    return ma != mb;
}

static PymObject *slot_binop(PymObject *self, PymObject *other, int op) {
    PymObject *lname = binop_names[0][op], *rname = binop_names[1][op];
    PymType *ts = PYM_TYPE(self), *to = PYM_TYPE(other);
    binaryfunc me = slot_binop_fn[op];
    bool do_other = ts != to && to->nb_binop[op] == me;
    PymObject *r;
    if (ts->nb_binop[op] == me) {
        if (do_other && pym_type_is_subtype(to, ts) && method_is_overloaded(ts, to, rname)) {
            r = call_dunder(other, rname, &self, 1, false);
            if (r != pym_NotImplemented) return r;
            PYM_DECREF(r);
            do_other = false;
        }
        r = call_dunder(self, lname, &other, 1, false);
        if (r != pym_NotImplemented || ts == to) return r;
        PYM_DECREF(r);
    }
    if (do_other) return call_dunder(other, rname, &self, 1, false);
    PYM_RETURN_NOTIMPL;
}

static PymObject *slot_inplace(PymObject *self, PymObject *other, int op) {
    return call_dunder(self, binop_names[2][op], &other, 1, false);
}

#define BINOP_FNS(N) \
    static PymObject *slot_binop_##N(PymObject *a, PymObject *b) { return slot_binop(a, b, N); } \
    static PymObject *slot_inplace_##N(PymObject *a, PymObject *b) { return slot_inplace(a, b, N); }
BINOP_FNS(0)
BINOP_FNS(1)
BINOP_FNS(2)
BINOP_FNS(3)
BINOP_FNS(4)
BINOP_FNS(5)
BINOP_FNS(6)
BINOP_FNS(7)
BINOP_FNS(8)
BINOP_FNS(9)
BINOP_FNS(10)
BINOP_FNS(11)
BINOP_FNS(12)

static PymObject *slot_nb_power3(PymObject *a, PymObject *b, PymObject *mod) {
    if (PYM_TYPE(a)->nb_power3 == slot_nb_power3) {
        PymObject *args[2] = {b, mod};
        return call_dunder(a, ID(__pow__), args, 2, false);
    }
    PYM_RETURN_NOTIMPL;
}

/* {===================================================================
** Slot wrappers: special methods of built-in types calling C slots
** ==================================================================== */

static int check_args(const char *name, size_t nargs, PymObject *kwnames, size_t n) {
    if (pym_arg_nkw(kwnames)) {
        pym_err_format(PymExc_TypeError, "wrapper %s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != n) {
        pym_err_format(PymExc_TypeError, "expected %d argument%s, got %zd", (int)n,
                       n == 1 ? "" : "s", (intptr_t)nargs);
        return -1;
    }
    return 0;
}
#define CHECK(n) \
    if (check_args("", nargs, kw, n)) return NULL

static PymObject *wrap_unary(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw,
                             void *w, int flag) {
    CHECK(0);
    return ((unaryfunc)w)(s);
}
static PymObject *wrap_next(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw, void *w,
                            int flag) {
    CHECK(0);
    PymObject *r = ((iternextfunc)w)(s);
    if (!r && !pym_err_occurred()) pym_err_set_none(PymExc_StopIteration);
    return r;
}
static PymObject *wrap_hash(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw, void *w,
                            int flag) {
    CHECK(0);
    intptr_t h = ((hashfunc)w)(s);
    if (h == -1 && pym_err_occurred()) return NULL;
    return pym_int_from_ssize(h);
}
static PymObject *wrap_richcmp(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw,
                               void *w, int flag) {
    CHECK(1);
    return ((richcmpfunc)w)(s, a[0], flag);
}
static PymObject *wrap_binary_l(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw,
                                void *w, int flag) {
    CHECK(1);
    return ((binaryfunc)w)(s, a[0]);
}
static PymObject *wrap_binary_r(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw,
                                void *w, int flag) {
    CHECK(1);
    return ((binaryfunc)w)(a[0], s);
}
static PymObject *wrap_pow(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw, void *w,
                           int flag) {
    if (nargs == 2 && !pym_arg_nkw(kw) && a[1] != pym_None) {
        ternaryfunc f = PYM_TYPE(s)->nb_power3;
        if (!f) PYM_RETURN_NOTIMPL;
        return f(s, a[0], a[1]);
    }
    if (nargs == 2 && !pym_arg_nkw(kw)) nargs = 1;
    CHECK(1);
    return ((binaryfunc)w)(s, a[0]);
}
static PymObject *wrap_rpow(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw, void *w,
                            int flag) {
    if (nargs == 2 && !pym_arg_nkw(kw) && a[1] == pym_None) nargs = 1;
    CHECK(1);
    return ((binaryfunc)w)(a[0], s);
}
static PymObject *wrap_getattr(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw,
                               void *w, int flag) {
    CHECK(1);
    return ((getattrofunc)w)(s, a[0]);
}
static PymObject *wrap_setattr(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw,
                               void *w, int flag) {
    CHECK(2);
    if (((setattrofunc)w)(s, a[0], a[1]) < 0) return NULL;
    PYM_RETURN_NONE;
}
static PymObject *wrap_delattr(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw,
                               void *w, int flag) {
    CHECK(1);
    if (((setattrofunc)w)(s, a[0], NULL) < 0) return NULL;
    PYM_RETURN_NONE;
}
static PymObject *wrap_call(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw, void *w,
                            int flag) {
    return ((vectorcallfunc)w)(s, a, nargs, kw);
}
static PymObject *wrap_descr_get(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw,
                                 void *w, int flag) {
    if (nargs == 1 && !pym_arg_nkw(kw)) {
        PymObject *obj = a[0] == pym_None ? NULL : a[0];
        return ((descrgetfunc)w)(s, obj, obj ? (PymObject *)PYM_TYPE(obj) : NULL);
    }
    CHECK(2);
    PymObject *obj = a[0] == pym_None ? NULL : a[0];
    PymObject *type = a[1] == pym_None ? NULL : a[1];
    if (!obj && !type) {
        pym_err_set_string(PymExc_TypeError, "__get__(None, None) is invalid");
        return NULL;
    }
    return ((descrgetfunc)w)(s, obj, type);
}
static PymObject *wrap_descr_set(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw,
                                 void *w, int flag) {
    CHECK(2);
    if (((descrsetfunc)w)(s, a[0], a[1]) < 0) return NULL;
    PYM_RETURN_NONE;
}
static PymObject *wrap_descr_delete(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw,
                                    void *w, int flag) {
    CHECK(1);
    if (((descrsetfunc)w)(s, a[0], NULL) < 0) return NULL;
    PYM_RETURN_NONE;
}
static PymObject *wrap_init(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw, void *w,
                            int flag) {
    if (((initproc)w)(s, a, nargs, kw) < 0) return NULL;
    PYM_RETURN_NONE;
}
static PymObject *wrap_len(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw, void *w,
                           int flag) {
    CHECK(0);
    intptr_t n = ((lenfunc)w)(s);
    if (n < 0) return NULL;
    return pym_int_from_ssize(n);
}
static PymObject *wrap_setitem(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw,
                               void *w, int flag) {
    CHECK(2);
    if (((objobjargproc)w)(s, a[0], a[1]) < 0) return NULL;
    PYM_RETURN_NONE;
}
static PymObject *wrap_delitem(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw,
                               void *w, int flag) {
    CHECK(1);
    if (((objobjargproc)w)(s, a[0], NULL) < 0) return NULL;
    PYM_RETURN_NONE;
}
static PymObject *wrap_contains(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw,
                                void *w, int flag) {
    CHECK(1);
    int r = ((objobjproc)w)(s, a[0]);
    if (r < 0) return NULL;
    return pym_bool_from(r);
}
static PymObject *wrap_bool(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw, void *w,
                            int flag) {
    CHECK(0);
    int r = ((inquiry)w)(s);
    if (r < 0) return NULL;
    return pym_bool_from(r);
}
static PymObject *wrap_del(PymObject *s, PymObject *const *a, size_t nargs, PymObject *kw, void *w,
                           int flag) {
    CHECK(0);
    ((destructor)w)(s);
    if (pym_err_occurred()) return NULL;
    PYM_RETURN_NONE;
}

/* {===================================================================
** The slot table
** ==================================================================== */

#define OFF(f)   offsetof(PymType, f)
#define NBOFF(i) (offsetof(PymType, nb_binop) + (i) * sizeof(binaryfunc))
#define SD(NAME, field, heap, wrap, flag) \
    { NAME, OFF(field), (void *)(heap), wrap, flag, NULL }
#define BINSD(i) \
    {NULL, NBOFF(i), NULL, wrap_binary_l, i, NULL}, \
        {NULL, NBOFF(i), NULL, wrap_binary_r, i, NULL}, { \
        NULL, NBOFF(i + PYM_NB_INPLACE), NULL, wrap_binary_l, i, NULL \
    }

static PymSlotDef slotdefs[] = {
    SD("__getattribute__", tp_getattro, slot_tp_getattr_hook, wrap_getattr, 0),
    SD("__getattr__", tp_getattro, slot_tp_getattr_hook, NULL, 0),
    SD("__setattr__", tp_setattro, slot_tp_setattro, wrap_setattr, 0),
    SD("__delattr__", tp_setattro, slot_tp_setattro, wrap_delattr, 0),
    SD("__repr__", tp_repr, slot_tp_repr, wrap_unary, 0),
    SD("__hash__", tp_hash, slot_tp_hash, wrap_hash, 0),
    SD("__call__", tp_call, slot_tp_call, wrap_call, 0),
    SD("__str__", tp_str, slot_tp_str, wrap_unary, 0),
    SD("__lt__", tp_richcompare, slot_tp_richcompare, wrap_richcmp, PYM_LT),
    SD("__le__", tp_richcompare, slot_tp_richcompare, wrap_richcmp, PYM_LE),
    SD("__eq__", tp_richcompare, slot_tp_richcompare, wrap_richcmp, PYM_EQ),
    SD("__ne__", tp_richcompare, slot_tp_richcompare, wrap_richcmp, PYM_NE),
    SD("__gt__", tp_richcompare, slot_tp_richcompare, wrap_richcmp, PYM_GT),
    SD("__ge__", tp_richcompare, slot_tp_richcompare, wrap_richcmp, PYM_GE),
    SD("__iter__", tp_iter, slot_tp_iter, wrap_unary, 0),
    SD("__next__", tp_iternext, slot_tp_iternext, wrap_next, 0),
    SD("__get__", tp_descr_get, slot_tp_descr_get, wrap_descr_get, 0),
    SD("__set__", tp_descr_set, slot_tp_descr_set, wrap_descr_set, 0),
    SD("__delete__", tp_descr_set, slot_tp_descr_set, wrap_descr_delete, 0),
    SD("__init__", tp_init, slot_tp_init, wrap_init, 0),
    SD("__new__", tp_new, slot_tp_new, NULL, 0),
    SD("__del__", tp_finalize, slot_tp_finalize, wrap_del, 0),
    SD("__len__", sq_length, slot_sq_length, wrap_len, 0),
    SD("__getitem__", mp_subscript, slot_mp_subscript, wrap_binary_l, 0),
    SD("__setitem__", mp_ass_subscript, slot_mp_ass_subscript, wrap_setitem, 0),
    SD("__delitem__", mp_ass_subscript, slot_mp_ass_subscript, wrap_delitem, 0),
    SD("__contains__", sq_contains, slot_sq_contains, wrap_contains, 0),
    SD("__bool__", nb_bool, slot_nb_bool, wrap_bool, 0),
    SD("__neg__", nb_negative, slot_nb_negative, wrap_unary, 0),
    SD("__pos__", nb_positive, slot_nb_positive, wrap_unary, 0),
    SD("__abs__", nb_absolute, slot_nb_absolute, wrap_unary, 0),
    SD("__invert__", nb_invert, slot_nb_invert, wrap_unary, 0),
    SD("__int__", nb_int, slot_nb_int, wrap_unary, 0),
    SD("__float__", nb_float, slot_nb_float, wrap_unary, 0),
    SD("__index__", nb_index, slot_nb_index, wrap_unary, 0),
    BINSD(0),
    BINSD(1),
    BINSD(2),
    BINSD(3),
    BINSD(4),
    BINSD(5),
    BINSD(6),
    BINSD(7),
    BINSD(8),
    BINSD(9),
    BINSD(10),
    BINSD(11),
    BINSD(12),
    {NULL, 0, NULL, NULL, 0, NULL},
};
#define NSLOTDEFS (PYM_ARRAY_LEN(slotdefs) - 1)

static void **slot_ptr(PymType *t, intptr_t offset) { return (void **)((char *)t + offset); }

static int slotdefs_init(void) {
    static bool done;
    if (done) return 0;
    PymSlotDef *p = slotdefs;
    while (p->name) p++;
    for (int i = 0; i < 13; i++) {
        binop_names[0][i] = pym_str_intern_cstr(binop_lnames[i]);
        binop_names[1][i] = pym_str_intern_cstr(binop_rnames[i]);
        binop_names[2][i] = pym_str_intern_cstr(binop_inames[i]);
    }
    binaryfunc bf[13] = {slot_binop_0,  slot_binop_1,  slot_binop_2, slot_binop_3, slot_binop_4,
                         slot_binop_5,  slot_binop_6,  slot_binop_7, slot_binop_8, slot_binop_9,
                         slot_binop_10, slot_binop_11, slot_binop_12};
    binaryfunc ibf[13] = {slot_inplace_0, slot_inplace_1, slot_inplace_2,  slot_inplace_3,
                          slot_inplace_4, slot_inplace_5, slot_inplace_6,  slot_inplace_7,
                          slot_inplace_8, slot_inplace_9, slot_inplace_10, slot_inplace_11,
                          slot_inplace_12};
    for (int i = 0; i < 13; i++) {
        slot_binop_fn[i] = bf[i];
        slot_binop_fn[i + PYM_NB_INPLACE] = ibf[i];
        p[3 * i].name = binop_lnames[i];
        p[3 * i].heap_func = (void *)bf[i];
        p[3 * i + 1].name = binop_rnames[i];
        p[3 * i + 1].heap_func = (void *)bf[i];
        p[3 * i + 2].name = binop_inames[i];
        p[3 * i + 2].heap_func = (void *)ibf[i];
        if (i == PYM_NB_POWER) {
            p[3 * i].wrapper = wrap_pow;
            p[3 * i + 1].wrapper = wrap_rpow;
        }
    }
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        slotdefs[i].name_str = pym_str_intern_cstr(slotdefs[i].name);
        if (!slotdefs[i].name_str) return -1;
    }
    done = true;
    return 0;
}

/* {===================================================================
** __new__ as a builtin bound to the type (tp_new_wrapper)
** ==================================================================== */

static PymObject *tp_new_wrapper(PymObject *self, PymObject *const *args, size_t nargs,
                                 PymObject *kwnames) {
    PymType *type = (PymType *)self;
    if (nargs < 1) {
        pym_err_format(PymExc_TypeError, "%s.__new__(): not enough arguments", type->tp_name);
        return NULL;
    }
    PymObject *arg0 = args[0];
    if (!PYM_TYPE_CHECK(arg0)) {
        pym_err_format(PymExc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                       type->tp_name, pym_type_name(arg0));
        return NULL;
    }
    PymType *sub = (PymType *)arg0;
    if (!pym_type_is_subtype(sub, type)) {
        pym_err_format(PymExc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", type->tp_name,
                       sub->tp_name, sub->tp_name, type->tp_name);
        return NULL;
    }
    PymType *staticbase = sub;
    while (staticbase && staticbase->tp_new == slot_tp_new) staticbase = staticbase->tp_base;
    if (staticbase && staticbase->tp_new != type->tp_new) {
        pym_err_format(PymExc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                       type->tp_name, sub->tp_name, staticbase->tp_name);
        return NULL;
    }
    return type->tp_new(sub, args + 1, nargs - 1, kwnames);
}

static PymMethodDef tp_new_def = {"__new__", tp_new_wrapper, 0, "Create and return a new object."};

/* {===================================================================
** Readying static types
** ==================================================================== */

#define INHERIT(f) \
    if (!t->f) t->f = b->f

static void inherit_slots(PymType *t, PymType *b) {
    INHERIT(tp_dealloc);
    INHERIT(tp_as_buffer);
    INHERIT(tp_repr);
    INHERIT(tp_str);
    if (!t->tp_richcompare && !t->tp_hash) {
        t->tp_richcompare = b->tp_richcompare;
        t->tp_hash = b->tp_hash;
    }
    INHERIT(tp_getattro);
    INHERIT(tp_setattro);
    INHERIT(tp_call);
    INHERIT(tp_iter);
    INHERIT(tp_iternext);
    INHERIT(tp_descr_get);
    INHERIT(tp_descr_set);
    INHERIT(tp_finalize);
    for (int i = 0; i < PYM_NB_COUNT; i++) INHERIT(nb_binop[i]);
    INHERIT(nb_power3);
    INHERIT(nb_negative);
    INHERIT(nb_positive);
    INHERIT(nb_absolute);
    INHERIT(nb_invert);
    INHERIT(nb_bool);
    INHERIT(nb_int);
    INHERIT(nb_float);
    INHERIT(nb_index);
    INHERIT(sq_length);
    INHERIT(mp_subscript);
    INHERIT(mp_ass_subscript);
    INHERIT(sq_contains);
    INHERIT(tp_init);
    INHERIT(tp_free);
    INHERIT(tp_dictoffset);
    INHERIT(tp_weaklistoffset);
    if (!t->tp_basicsize) t->tp_basicsize = b->tp_basicsize;
    if (!t->tp_itemsize) t->tp_itemsize = b->tp_itemsize;
    t->tp_flags |= b->tp_flags & ((0xFFUL << 24) | PYM_TPFLAGS_SEQUENCE | PYM_TPFLAGS_MAPPING);
    if (!(t->tp_flags & PYM_TPFLAGS_HAVE_GC) && (b->tp_flags & PYM_TPFLAGS_HAVE_GC) &&
        !t->tp_traverse && !t->tp_clear) {
        t->tp_flags |= PYM_TPFLAGS_HAVE_GC;
        t->tp_traverse = b->tp_traverse;
        t->tp_clear = b->tp_clear;
    }
    if (t->tp_finalize) t->tp_flags |= PYM_TPFLAGS_HAS_FINALIZE;
}

/* Adds slot wrappers for the slots t defines differently from its base. */
static int add_operators(PymType *t) {
    PymObject *d = t->tp_dict;
    PymType *b = t->tp_base;
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        PymSlotDef *p = &slotdefs[i];
        void *f = *slot_ptr(t, p->offset);
        if (!f) continue;
        if (b && *slot_ptr(b, p->offset) == f) continue;
        if ((t->tp_flags & PYM_TPFLAGS_SEQ_CONCAT) && p->offset == NBOFF(PYM_NB_ADD) &&
            p->wrapper == wrap_binary_r)
            continue;
        int has = pym_dict_contains(d, p->name_str);
        if (has < 0) return -1;
        if (has) continue;
        PymObject *w;
        if (p->offset == OFF(tp_new)) {
            w = pym_cfunction_new(&tp_new_def, (PymObject *)t, NULL);
        } else if (!p->wrapper) {
            continue;
        } else {
            w = pym_descr_new_wrapper(t, p, f);
        }
        if (!w) return -1;
        int r = pym_dict_setitem(d, p->name_str, w);
        PYM_DECREF(w);
        if (r < 0) return -1;
    }
    return 0;
}

static int add_methods(PymType *t) {
    PymObject *d = t->tp_dict;
    for (PymMethodDef *m = t->tp_methods; m && m->ml_name; m++) {
        PymObject *v;
        if (m->ml_flags & PYM_METH_CLASS) {
            v = pym_descr_new_classmethod(t, m);
        } else if (m->ml_flags & PYM_METH_STATIC) {
            PymObject *f = pym_cfunction_new(m, NULL, NULL);
            if (!f) return -1;
            v = pym_staticmethod_new(f);
            PYM_DECREF(f);
        } else {
            v = pym_descr_new_method(t, m);
        }
        if (!v) return -1;
        int r = pym_dict_setitem_cstr(d, m->ml_name, v);
        PYM_DECREF(v);
        if (r < 0) return -1;
    }
    for (PymMemberDef *m = t->tp_members; m && m->name; m++) {
        PymObject *v = pym_descr_new_member(t, m);
        if (!v) return -1;
        int r = pym_dict_setitem_cstr(d, m->name, v);
        PYM_DECREF(v);
        if (r < 0) return -1;
    }
    for (PymGetSetDef *g = t->tp_getset; g && g->name; g++) {
        PymObject *v = pym_descr_new_getset(t, g);
        if (!v) return -1;
        int r = pym_dict_setitem_cstr(d, g->name, v);
        PYM_DECREF(v);
        if (r < 0) return -1;
    }
    return 0;
}

static PymObject *mro_internal(PymType *t);
static int fill_dict(PymType *t);
static bool dicts_eager; /* pym_types_fill_all has run: build dicts at once */

int pym_type_ready(PymType *t) {
    if (t->tp_flags & PYM_TPFLAGS_READY) return 0;
    if (t->tp_flags & PYM_TPFLAGS_READYING) return 0;
    t->tp_flags |= PYM_TPFLAGS_READYING;
    /* what this call makes, dropped again if it fails: a static type's dict
    ** is a leak-check root only once the type is ready (a later import
    ** readies it again) */
    PymObject *made_bases = NULL, *made_mro = NULL;
    if (!PYM_TYPE(t)) t->ob_base.ob_base.ob_type = &pym_type_type;
    if (!t->tp_base && t != &pym_type_object) t->tp_base = &pym_type_object;
    PymType *b = t->tp_base;
    if (b && !(b->tp_flags & PYM_TPFLAGS_READY)) {
        if (pym_type_ready(b) < 0) goto fail;
    }
    if (!t->tp_bases) {
        t->tp_bases = made_bases = b ? pym_tuple_pack(1, (PymObject *)b) : pym_tuple_new(0);
        if (!t->tp_bases) goto fail;
    }
    if (b) {
        inherit_slots(t, b);
        if (!t->tp_new && !(b == &pym_type_object)) t->tp_new = b->tp_new;
    } else {
        if (!t->tp_free) t->tp_free = pym_object_free;
    }
    if (!t->tp_mro) {
        t->tp_mro = made_mro = mro_internal(t);
        if (!t->tp_mro) goto fail;
    }
    /* tuples of static types hold nothing the collector follows: untracked
    ** now, as CPython's are (gc.is_tracked(int.__mro__) is False), rather
    ** than walked by the next collection */
    if (made_bases) pym_tuple_maybe_untrack(made_bases);
    if (made_mro) pym_tuple_maybe_untrack(made_mro);
    if (b && !(t->tp_flags & PYM_TPFLAGS_HEAPTYPE) && add_static_subclass(t) < 0) goto fail;
    t->tp_version_tag = next_version_tag++;
    t->tp_flags = (t->tp_flags & ~PYM_TPFLAGS_READYING) | PYM_TPFLAGS_READY;
    if (t->tp_dict || dicts_eager) {
        /* on failure the type stays ready with its dict pending: built
        ** again on first use (fill_dict) */
        if (fill_dict(t) < 0) return -1;
    } else {
        t->tp_flags |= PYM_TPFLAGS_DICT_PENDING;
    }
    return 0;
fail:
    t->tp_flags &= ~PYM_TPFLAGS_READYING;
    if (made_mro) {
        t->tp_mro = NULL;
        PYM_DECREF(made_mro);
    }
    if (made_bases) {
        t->tp_bases = NULL;
        PYM_DECREF(made_bases);
    }
    return -1;
}

/* Builds the class dict of a ready static type (or completes one made
** before pym_type_ready): slot wrappers, methods, members, getsets, then
** __hash__ = None for a type that compares but does not hash, and __doc__. */
static int fill_dict(PymType *t) {
    t->tp_flags &= ~PYM_TPFLAGS_DICT_PENDING;
    bool made = !t->tp_dict;
    if (made && !(t->tp_dict = pym_dict_new())) goto fail;
    if (add_operators(t) < 0) goto fail;
    if (add_methods(t) < 0) goto fail;
    if (!t->tp_hash && t->tp_richcompare) {
        int has = pym_dict_contains(t->tp_dict, ID(__hash__));
        if (has < 0) goto fail;
        if (!has && pym_dict_setitem(t->tp_dict, ID(__hash__), pym_None) < 0) goto fail;
    }
    int has = pym_dict_contains(t->tp_dict, ID(__doc__));
    if (has < 0) goto fail;
    if (!has) {
        PymObject *doc = t->tp_doc ? pym_str_from_cstr(t->tp_doc) : pym_newref(pym_None);
        if (!doc) goto fail;
        int r = pym_dict_setitem(t->tp_dict, ID(__doc__), doc);
        PYM_DECREF(doc);
        if (r < 0) goto fail;
    }
    return 0;
fail:
    if (made) { /* tried again on the next use */
        PYM_CLEAR(t->tp_dict);
        t->tp_flags |= PYM_TPFLAGS_DICT_PENDING;
    }
    return -1;
}

PymObject *pym_type_fill_dict(PymType *t) {
    if (!(t->tp_flags & PYM_TPFLAGS_DICT_PENDING)) return t->tp_dict;
    /* start-up's work done late: an injected allocation failure (failalloc)
    ** belongs to the program's own allocations, not to this; nor do the
    ** descriptors count as the program's allocations for the collector
    ** (gc.get_count: CPython made them at start-up), and no collection
    ** runs in the middle */
    pym_obmalloc_faults_hold(1);
    int count0 = pym_gc_state.gens[0].count, enabled = pym_gc_state.enabled;
    pym_gc_state.enabled = 0;
    int r = fill_dict(t);
    pym_gc_state.enabled = enabled;
    pym_gc_state.gens[0].count = count0;
    pym_obmalloc_faults_hold(0);
    return r < 0 ? NULL : t->tp_dict;
}

/* Fills t's pending dict and those of its static subclasses (the registry
** holds every ready static type under object). */
static void fill_tree(PymType *t, int depth) {
    if (depth > 64) return;
    if ((t->tp_flags & PYM_TPFLAGS_DICT_PENDING) && !pym_type_fill_dict(t)) pym_err_clear();
    if (!subclasses_dict(t)) return;
    /* building a dict readies no type: the registry does not change here */
    intptr_t pos = 0;
    PymObject *k, *v;
    while (pym_dict_next(t->tp_subclasses, &pos, &k, &v)) {
        PymType *sub = (PymType *)(uintptr_t)pym_int_as_ssize(v);
        if (sub && !(sub->tp_flags & PYM_TPFLAGS_HEAPTYPE)) fill_tree(sub, depth + 1);
    }
}

void pym_types_fill_all(void) {
    if (dicts_eager) return;
    dicts_eager = true;
    /* as if done at start-up: the program's free lists stay as they are,
    ** and no collection (which would empty them) runs in the middle */
    int enabled = pym_gc_state.enabled;
    pym_gc_state.enabled = 0;
    pym_dict_freelists_hold(1);
    registry_eager = true;
    if (register_pending(NULL) < 0) pym_err_clear();
    fill_tree(&pym_type_object, 0);
    pym_str_fill_char_cache(); /* the other thing start-up makes lazily */
    pym_dict_freelists_hold(0);
    pym_gc_state.enabled = enabled;
}

/* {===================================================================
** MRO (C3 linearization)
** ==================================================================== */

static bool tail_contains(PymObject *seq, intptr_t start, PymObject *x) {
    for (intptr_t i = start + 1; i < PYM_SIZE(seq); i++)
        if (PYM_TUPLE_GET(seq, i) == x) return true;
    return false;
}

/* Sequence of types, as a tuple: a base's MRO, or the bases tuple. */
static PymObject *c3_merge(PymType *t, PymObject *bases) {
    intptr_t nb = PYM_SIZE(bases);
    intptr_t nseq = nb + 1;
    PymObject **seqs = pym_raw_calloc(nseq, sizeof(PymObject *));
    intptr_t *pos = pym_raw_calloc(nseq, sizeof(intptr_t));
    PymObject *result = pym_list_new(0);
    if (!seqs || !pos || !result) {
        pym_err_no_memory();
        goto fail;
    }
    for (intptr_t i = 0; i < nb; i++) {
        PymType *b = (PymType *)PYM_TUPLE_GET(bases, i);
        if (!b->tp_mro) {
            pym_err_set_string(PymExc_TypeError, "base is not ready");
            goto fail;
        }
        seqs[i] = b->tp_mro;
    }
    seqs[nb] = bases;
    if (pym_list_append(result, (PymObject *)t) < 0) goto fail;
    for (;;) {
        bool empty = true;
        PymObject *cand = NULL;
        for (intptr_t i = 0; i < nseq; i++) {
            if (pos[i] >= PYM_SIZE(seqs[i])) continue;
            empty = false;
            PymObject *c = PYM_TUPLE_GET(seqs[i], pos[i]);
            bool ok = true;
            for (intptr_t j = 0; j < nseq && ok; j++)
                if (pos[j] < PYM_SIZE(seqs[j]) && tail_contains(seqs[j], pos[j], c)) ok = false;
            if (ok) {
                cand = c;
                break;
            }
        }
        if (empty) break;
        if (!cand) {
            PymStrBuilder sb;
            pym_sb_init(&sb);
            pym_sb_append_cstr(
                &sb, "Cannot create a consistent method resolution\norder (MRO) for bases");
            PymObject *seen[64];
            int nseen = 0;
            for (intptr_t i = 0; i < nseq; i++) {
                if (pos[i] >= PYM_SIZE(seqs[i])) continue;
                PymObject *c = PYM_TUPLE_GET(seqs[i], pos[i]);
                bool dup = false;
                for (int k = 0; k < nseen; k++)
                    if (seen[k] == c) dup = true;
                if (dup || nseen >= 64) continue;
                seen[nseen] = c;
                pym_sb_append_cstr(&sb, nseen++ ? ", " : " ");
                PymObject *nm = pym_object_getattr(c, ID(__name__));
                if (nm && PYM_STR_CHECK(nm))
                    pym_sb_append_str(&sb, nm);
                else {
                    pym_err_clear();
                    pym_sb_append_cstr(&sb, ((PymType *)c)->tp_name);
                }
                PYM_XDECREF(nm);
            }
            PymObject *msg = pym_sb_finish(&sb);
            if (msg) {
                pym_err_set_object(PymExc_TypeError, msg);
                PYM_DECREF(msg);
            }
            goto fail;
        }
        if (pym_list_append(result, cand) < 0) goto fail;
        for (intptr_t i = 0; i < nseq; i++)
            if (pos[i] < PYM_SIZE(seqs[i]) && PYM_TUPLE_GET(seqs[i], pos[i]) == cand) pos[i]++;
    }
    pym_raw_free(seqs);
    pym_raw_free(pos);
    PymObject *tup = pym_list_as_tuple(result);
    PYM_DECREF(result);
    return tup;
fail:
    pym_raw_free(seqs);
    pym_raw_free(pos);
    PYM_XDECREF(result);
    return NULL;
}

static PymObject *mro_internal(PymType *t) {
    PymObject *bases = t->tp_bases;
    if (PYM_SIZE(bases) == 0) return pym_tuple_pack(1, (PymObject *)t);
    if (PYM_SIZE(bases) == 1) {
        PymObject *bm = ((PymType *)PYM_TUPLE_GET(bases, 0))->tp_mro;
        intptr_t n = PYM_SIZE(bm);
        PymObject *r = pym_tuple_new(n + 1);
        if (!r) return NULL;
        PYM_TUPLE_SET(r, 0, pym_newref((PymObject *)t));
        for (intptr_t i = 0; i < n; i++) PYM_TUPLE_SET(r, i + 1, pym_newref(PYM_TUPLE_GET(bm, i)));
        return r;
    }
    return c3_merge(t, bases);
}

/* {===================================================================
** Subclass registry (borrowed: a type removes itself when it dies)
** ==================================================================== */

/* Static subclasses are registered lazily.  Readying a static type only
** notes it in pending_static (in readying order); the registry's dicts and
** int keys are made when something first reads or adds to a registry
** (register_pending: __subclasses__, a class statement deriving from it,
** pym_types_fill_all), in the order an eager registration would have used,
** so what any reader sees is unchanged.  Start-up readies ~150 static types and reads none of
** their registries: about an eighth of the instructions of `pym -c pass`,
** and the ints and dicts it no longer makes.  The leak check walks the
** pending ones without making anything (pym_types_each_pending). */
#define PENDING_MAX 512
static PymType *pending_static[PENDING_MAX];
static size_t npending;

static int add_subclass_now(PymType *base, PymType *t);

/* Registers the pending static types whose base is base (all of them for
** NULL), in readying order; 0 / -1 (the rest stay pending).  Each registry
** keeps the order an eager registration gives it: its pending entries are
** entered before anything else is added to it or read from it.  No injected
** allocation failure: a reader cannot report one. */
static int register_pending(PymType *base) {
    if (!npending) return 0;
    pym_obmalloc_faults_hold(1);
    size_t keep = 0;
    int r = 0;
    for (size_t i = 0; i < npending; i++) {
        PymType *t = pending_static[i];
        if (r < 0 || (base && t->tp_base != base) || (r = add_subclass_now(t->tp_base, t)) < 0)
            pending_static[keep++] = t;
    }
    npending = keep;
    pym_obmalloc_faults_hold(0);
    return r;
}

static int add_static_subclass(PymType *t) {
    if (registry_eager || npending == PENDING_MAX) {
        if (register_pending(NULL) < 0) return -1;
        return add_subclass_now(t->tp_base, t);
    }
    pending_static[npending++] = t;
    return 0;
}

void pym_types_each_pending(void (*fn)(PymType *t)) {
    for (size_t i = 0; i < npending; i++) fn(pending_static[i]);
}

/* t's registry dict (borrowed, may be NULL), its pending static subclasses
** registered first (a heap type has none; an error is cleared: the registry
** is incomplete only under memory exhaustion). */
static PymObject *subclasses_dict(PymType *t) {
    if (npending && !(t->tp_flags & PYM_TPFLAGS_HEAPTYPE) && register_pending(t) < 0)
        pym_err_clear();
    return t->tp_subclasses;
}

static int add_subclass(PymType *base, PymType *t) {
    if (npending && !(base->tp_flags & PYM_TPFLAGS_HEAPTYPE) && register_pending(base) < 0)
        return -1;
    return add_subclass_now(base, t);
}

static int add_subclass_now(PymType *base, PymType *t) {
    if (!base->tp_subclasses) {
        base->tp_subclasses = pym_dict_new();
        if (!base->tp_subclasses) return -1;
    }
    PymObject *key = pym_int_from_ssize((intptr_t)t);
    if (!key) return -1;
    int r = pym_dict_setitem(base->tp_subclasses, key, key);
    PYM_DECREF(key);
    return r;
}

static void remove_subclass(PymType *base, PymType *t) {
    if (!base->tp_subclasses) return;
    PymObject *saved = pym_err_fetch();
    PymObject *key = pym_int_from_ssize((intptr_t)t);
    if (key) {
        PymObject *v = pym_dict_pop(base->tp_subclasses, key);
        PYM_XDECREF(v);
        PYM_DECREF(key);
    }
    if (pym_err_occurred()) pym_err_clear();
    pym_err_restore(saved);
}

/* {===================================================================
** Sequence and mapping flags (what match statements test)
**
** A class takes PYM_TPFLAGS_SEQUENCE or PYM_TPFLAGS_MAPPING from the first
** class of its MRO that has one (CPython: from the first base in the MRO,
** not only the solid base).  collections.abc's Sequence and Mapping get theirs
** from '__abc_tpflags__' in their bodies (pym_type_abc_init_flags), and
** registering a class with them gives it the flag, and to every subclass it
** already has (pym_type_set_collection_flag), as CPython's _abc module does.
** Built-in types never change (CPython's immutable types).
** ==================================================================== */

#define COLLECTION_FLAGS (PYM_TPFLAGS_SEQUENCE | PYM_TPFLAGS_MAPPING)

static void inherit_collection_flag(PymType *t) {
    t->tp_flags &= ~COLLECTION_FLAGS;
    PymObject *mro = t->tp_mro;
    for (intptr_t i = 1; mro && i < PYM_SIZE(mro); i++) {
        unsigned long f = ((PymType *)PYM_TUPLE_GET(mro, i))->tp_flags & COLLECTION_FLAGS;
        if (f) {
            t->tp_flags |= f;
            return;
        }
    }
}

static void set_collection_flag(PymType *t, unsigned long flag, int depth) {
    if (!(t->tp_flags & PYM_TPFLAGS_HEAPTYPE) || (t->tp_flags & COLLECTION_FLAGS) == flag) return;
    if (depth > 1000) return; /* subclass chains are never this deep; no C-stack risk */
    t->tp_flags = (t->tp_flags & ~COLLECTION_FLAGS) | flag;
    if (!t->tp_subclasses) return;
    intptr_t pos = 0;
    PymObject *k, *v;
    while (pym_dict_next(t->tp_subclasses, &pos, &k, &v))
        set_collection_flag((PymType *)pym_int_as_ssize(v), flag, depth + 1);
}

void pym_type_set_collection_flag(PymType *t, PymType *abc) {
    unsigned long flag = abc->tp_flags & COLLECTION_FLAGS;
    if (flag) set_collection_flag(t, flag, 0);
}

int pym_type_abc_init_flags(PymType *t) {
    PymObject *flags = pym_dict_getitem_cstr(t->tp_dict, "__abc_tpflags__");
    if (!flags) return 0;
    if (PYM_INT_CHECK_EXACT(flags)) {
        long long v = pym_int_as_longlong(flags);
        if (v == -1 && pym_err_occurred()) return -1;
        unsigned long both = PYM_CPYTHON_TPFLAGS_SEQUENCE | PYM_CPYTHON_TPFLAGS_MAPPING;
        if (((unsigned long)v & both) == both) {
            pym_err_set_string(
                PymExc_TypeError,
                "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
            return -1;
        }
        if ((unsigned long)v & PYM_CPYTHON_TPFLAGS_SEQUENCE) t->tp_flags |= PYM_TPFLAGS_SEQUENCE;
        if ((unsigned long)v & PYM_CPYTHON_TPFLAGS_MAPPING) t->tp_flags |= PYM_TPFLAGS_MAPPING;
    }
    PymObject *key = pym_str_from_cstr("__abc_tpflags__");
    if (!key) return -1;
    int r = pym_dict_delitem(t->tp_dict, key);
    if (r == 0) r = pym_type_update_slot(t, key);
    PYM_DECREF(key);
    return r;
}

static PymObject *type_subclasses(PymObject *self, PymObject *const *args, size_t nargs,
                                  PymObject *kwnames) {
    PymType *t = (PymType *)self;
    PymObject *l = pym_list_new(0);
    if (!l || !subclasses_dict(t)) return l;
    intptr_t pos = 0;
    PymObject *k, *v;
    while (pym_dict_next(t->tp_subclasses, &pos, &k, &v)) {
        PymObject *sub = (PymObject *)pym_int_as_ssize(v);
        if (pym_list_append(l, sub) < 0) {
            PYM_DECREF(l);
            return NULL;
        }
    }
    return l;
}

/* {===================================================================
** Slot resolution for classes
** ==================================================================== */

/* Recomputes the slot at p->offset of t from the dunders visible on t. */
static void update_one_slot(PymType *t, const PymSlotDef *first) {
    intptr_t off = first->offset;
    void *specific = NULL, *generic = NULL;
    bool use_generic = false;
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const PymSlotDef *p = &slotdefs[i];
        if (p->offset != off) continue;
        PymObject *d = pym_type_lookup(t, p->name_str);
        if (!d) continue;
        if (PYM_TYPE(d) == &pym_type_wrapper_descr &&
            ((PymWrapperDescr *)d)->d_base->offset == off) {
            void *w = ((PymWrapperDescr *)d)->d_wrapped;
            if (!specific || specific == w)
                specific = w;
            else {
                use_generic = true;
                generic = p->heap_func;
            }
        } else if (d == pym_None && off == OFF(tp_hash)) {
            specific = NULL;
        } else if (off == OFF(tp_new) && PYM_CFUNCTION_CHECK(d) &&
                   ((PymCFunction *)d)->m_ml == &tp_new_def) {
            /* As CPython: a builtin __new__ keeps t's current tp_new, so a
            ** class that once had its own __new__ stays on slot_tp_new after
            ** a del (object.__new__ then refuses extra arguments). */
            specific = (void *)t->tp_new;
        } else {
            use_generic = true;
            generic = p->heap_func;
        }
    }
    void *v = use_generic ? generic : specific;
    *slot_ptr(t, off) = v;
    if (off == (intptr_t)NBOFF(PYM_NB_POWER)) /* pow(a, b, m) follows __pow__ */
        t->nb_power3 = use_generic ? slot_nb_power3 : (t->tp_base ? t->tp_base->nb_power3 : NULL);
    if (off == OFF(tp_finalize)) {
        if (v)
            t->tp_flags |= PYM_TPFLAGS_HAS_FINALIZE;
        else
            t->tp_flags &= ~PYM_TPFLAGS_HAS_FINALIZE;
    }
}

static void fixup_slots(PymType *t) {
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        bool seen = false;
        for (size_t j = 0; j < i; j++)
            if (slotdefs[j].offset == slotdefs[i].offset) {
                seen = true;
                break;
            }
        if (!seen) update_one_slot(t, &slotdefs[i]);
    }
}

static void update_subclasses(PymType *t, PymObject *name, int depth) {
    if (depth > 1000) return;
    t->tp_version_tag = next_version_tag++;
    if (name && (t->tp_flags & PYM_TPFLAGS_HEAPTYPE)) {
        for (size_t i = 0; i < NSLOTDEFS; i++)
            if (slotdefs[i].name_str == name || pym_str_equal(slotdefs[i].name_str, name))
                update_one_slot(t, &slotdefs[i]);
    }
    if (!subclasses_dict(t)) return;
    intptr_t pos = 0;
    PymObject *k, *v;
    while (pym_dict_next(t->tp_subclasses, &pos, &k, &v))
        update_subclasses((PymType *)pym_int_as_ssize(v), name, depth + 1);
}

int pym_type_update_slot(PymType *t, PymObject *name) {
    const char *s = PYM_STR_UTF8(name);
    bool dunder = PYM_STR_NBYTES(name) > 4 && s[0] == '_' && s[1] == '_';
    update_subclasses(t, dunder ? name : NULL, 0);
    return 0;
}

/* {===================================================================
** Names and repr
** ==================================================================== */

PymObject *pym_type_qualname(PymType *t) {
    if (t->tp_flags & PYM_TPFLAGS_HEAPTYPE) return t->ht_qualname;
    const char *dot = strrchr(t->tp_name, '.');
    return pym_str_intern_cstr(dot ? dot + 1 : t->tp_name);
}

/* __module__ of a type: new ref (a str, or whatever the class dict holds). */
static PymObject *type_module(PymType *t) {
    if (t->tp_flags & PYM_TPFLAGS_HEAPTYPE) {
        PymObject *m = t->tp_dict ? pym_dict_getitem(t->tp_dict, ID(__module__)) : NULL;
        if (m) return pym_newref(m);
        if (t->ht_module) return pym_newref(t->ht_module);
        return pym_str_from_cstr("builtins");
    }
    const char *dot = strrchr(t->tp_name, '.');
    if (dot) return pym_str_from_utf8(t->tp_name, dot - t->tp_name);
    return pym_newref(pym_str_intern_cstr("builtins"));
}

PymObject *pym_type_repr_name(PymType *t) {
    PymObject *mod = type_module(t);
    if (!mod) return NULL;
    PymObject *qn = pym_type_qualname(t);
    PymObject *r;
    if (PYM_STR_CHECK(mod) && !pym_str_equal_cstr(mod, "builtins"))
        r = pym_str_from_format("%U.%U", mod, qn);
    else
        r = pym_newref(qn);
    PYM_DECREF(mod);
    return r;
}

static PymObject *type_repr(PymObject *self) {
    PymObject *n = pym_type_repr_name((PymType *)self);
    if (!n) return NULL;
    PymObject *r = pym_str_from_format("<class '%U'>", n);
    PYM_DECREF(n);
    return r;
}

/* {===================================================================
** Instances of classes: dealloc, traverse, clear, __dict__
** ==================================================================== */

static void clear_slots(PymType *t, PymObject *o) {
    for (PymType *b = t; b && (b->tp_flags & PYM_TPFLAGS_HEAPTYPE); b = b->tp_base) {
        for (PymMemberDef *m = b->tp_members; m && m->name; m++) {
            if (m->type != PYM_T_OBJECT_EX) continue;
            PYM_CLEAR(*(PymObject **)((char *)o + m->offset));
        }
    }
}

/* The first static type of t's base chain. */
static PymType *static_base(PymType *t) {
    while (t && (t->tp_flags & PYM_TPFLAGS_HEAPTYPE)) t = t->tp_base;
    return t;
}

/* One walk up the base chain both visits the __slots__ members of the heap
** types and finds the first static type (the collector calls this for every
** instance it examines, twice per collection). */
static int subtype_traverse(PymObject *o, visitproc visit, void *arg) {
    PymType *t = PYM_TYPE(o), *sb = t;
    for (; sb && (sb->tp_flags & PYM_TPFLAGS_HEAPTYPE); sb = sb->tp_base) {
        PymMemberDef *m = sb->tp_members;
        if (!m) continue;
        for (; m->name; m++) {
            if (m->type != PYM_T_OBJECT_EX) continue;
            PymObject *v = *(PymObject **)((char *)o + m->offset);
            PYM_VISIT(v);
        }
    }
    intptr_t off = t->tp_dictoffset;
    if (off && (!sb || sb->tp_dictoffset != off)) {
        int r;
        if (t->tp_flags & PYM_TPFLAGS_INLINE_VALUES) {
            r = pym_inst_values_traverse(o, visit, arg);
            if (r) return r;
        }
        PymObject **dp = off > 0 && !(t->tp_flags & PYM_TPFLAGS_TYPE_SUBCLASS)
                             ? (PymObject **)((char *)o + off)
                             : pym_object_dict_ptr(o);
        if (dp) PYM_VISIT(*dp);
    }
    PYM_VISIT(t);
    if (sb && sb->tp_traverse) return sb->tp_traverse(o, visit, arg);
    return 0;
}

static int subtype_clear(PymObject *o) {
    PymType *t = PYM_TYPE(o);
    clear_slots(t, o);
    PymType *sb = static_base(t);
    if (t->tp_dictoffset && (!sb || sb->tp_dictoffset != t->tp_dictoffset)) {
        if (t->tp_flags & PYM_TPFLAGS_INLINE_VALUES) pym_inst_values_clear(o);
        PymObject **dp = pym_object_dict_ptr(o);
        if (dp) PYM_CLEAR(*dp);
    }
    if (sb && sb->tp_clear) return sb->tp_clear(o);
    return 0;
}

static void subtype_dealloc(PymObject *o) {
    PymType *t = PYM_TYPE(o);
    if (t->tp_finalize && pym_object_is_gc(o) && !pym_gc_is_finalized(o)) {
        pym_gc_mark_finalized(o);
        o->ob_refcnt = 1;
        t->tp_finalize(o);
        if (--o->ob_refcnt != 0) return; /* resurrected */
    }
    bool gc = pym_object_is_gc(o);
    if (gc) {
        pym_gc_untrack(o);
        /* a chain of a million instances (n.next = prev): trashcan (object.c) */
        if (!pym_trashcan_begin_subtype(o)) return;
    }
    if (t->tp_weaklistoffset) {
        PymType *sb = static_base(t);
        if (!sb || sb->tp_weaklistoffset != t->tp_weaklistoffset) {
            pym_object_clear_weakrefs(o);
            if (o->ob_refcnt != 0) {
                if (gc) pym_trashcan_end();
                return;
            }
        }
    }
    clear_slots(t, o);
    PymType *sb = static_base(t);
    if (t->tp_dictoffset && (!sb || sb->tp_dictoffset != t->tp_dictoffset)) {
        if (t->tp_flags & PYM_TPFLAGS_INLINE_VALUES) pym_inst_values_clear(o);
        PymObject **dp = pym_object_dict_ptr(o);
        if (dp) PYM_CLEAR(*dp);
    }
    if (sb && sb != &pym_type_object && sb->tp_dealloc) {
        /* the built-in base releases its own fields and frees the memory */
        if (sb->tp_flags & PYM_TPFLAGS_HAVE_GC) pym_gc_track(o);
        sb->tp_dealloc(o);
    } else {
        pym_object_free(o);
    }
    PYM_DECREF(t);
    if (gc) pym_trashcan_end();
}

/* {------ the lean forms ------}
** Most classes have object as their first static base: an instance is the
** header, the __slots__ members of the classes of its chain, perhaps the
** __weakref__ pointer, the dict and values pointers, and nothing a
** built-in base must release.  For those classes tp_traverse and tp_dealloc
** are the two functions below, which do what subtype_traverse and
** subtype_dealloc do, in the same order, with the walk up the base chain
** done once when the class is made (the offsets of its slot members, at
** most PYM_LEAN_SLOTS_MAX of them: more keep the general forms) and the
** dict and values found at tp_dictoffset without asking.  The shape stays
** true for the class's life: __bases__ cannot be assigned, and __class__
** assignment keeps the layout.  A __del__, which may be added to the class
** at any time, sends the dealloc to the general form.  (callgrind, 20000
** instances of a class of three attributes made and dropped twice: one
** traverse 111 -> 79 instructions, one dealloc 195 -> 113, freeing apart.) */

static int subtype_traverse_lean(PymObject *o, visitproc visit, void *arg) {
    PymType *t = PYM_TYPE(o);
    for (int i = 0; i < t->ht_nslot_offsets; i++)
        PYM_VISIT(*(PymObject **)((char *)o + t->ht_slot_offsets[i]));
    if (t->tp_dictoffset) {
        PymObject **dp = (PymObject **)((char *)o + t->tp_dictoffset);
        if (t->tp_flags & PYM_TPFLAGS_INLINE_VALUES) {
            int r = pym_inst_values_visit(((PymInstValues **)dp)[1], visit, arg);
            if (r) return r;
        }
        PYM_VISIT(*dp);
    }
    PYM_VISIT((PymObject *)t);
    return 0;
}

static void subtype_dealloc_lean(PymObject *o) {
    PymType *t = PYM_TYPE(o);
    if (PYM_UNLIKELY(t->tp_finalize != NULL)) {
        subtype_dealloc(o);
        return;
    }
    pym_gc_untrack(o);
    if (!pym_trashcan_begin_subtype(o)) return;
    if (t->tp_weaklistoffset && *(PymObject **)((char *)o + t->tp_weaklistoffset)) {
        pym_object_clear_weakrefs(o);
        if (o->ob_refcnt != 0) {
            pym_trashcan_end();
            return;
        }
    }
    for (int i = 0; i < t->ht_nslot_offsets; i++)
        PYM_CLEAR(*(PymObject **)((char *)o + t->ht_slot_offsets[i]));
    if (t->tp_dictoffset) {
        PymObject **dp = (PymObject **)((char *)o + t->tp_dictoffset);
        if (t->tp_flags & PYM_TPFLAGS_INLINE_VALUES) {
            PymInstValues **vp = (PymInstValues **)(dp + 1), *v = *vp;
            if (v) {
                *vp = NULL;
                pym_inst_values_release(v);
            }
        }
        PYM_CLEAR(*dp);
    }
    pym_object_free(o);
    PYM_DECREF(t);
    pym_trashcan_end();
}

/* Gives t (a new class) the lean forms when its instances have their shape. */
static void subtype_choose_lean(PymType *t) {
    if (static_base(t) != &pym_type_object || t->tp_itemsize || t->tp_dictoffset < 0 ||
        !(t->tp_flags & PYM_TPFLAGS_HAVE_GC))
        return;
    int n = 0;
    for (PymType *b = t; b && (b->tp_flags & PYM_TPFLAGS_HEAPTYPE); b = b->tp_base) {
        for (PymMemberDef *m = b->tp_members; m && m->name; m++) {
            if (m->type != PYM_T_OBJECT_EX) continue;
            if (n == PYM_LEAN_SLOTS_MAX || m->offset > UINT16_MAX) return;
            t->ht_slot_offsets[n++] = (uint16_t)m->offset;
        }
    }
    t->ht_nslot_offsets = (uint8_t)n;
    t->tp_traverse = subtype_traverse_lean;
    t->tp_dealloc = subtype_dealloc_lean;
}

static PymObject *subtype_dict_get(PymObject *o, void *c) {
    PymObject **dp = pym_object_dict_ptr(o);
    if (!dp) {
        pym_err_set_string(PymExc_AttributeError, "This object has no __dict__");
        return NULL;
    }
    PymObject *d = pym_object_materialize_dict(o); /* instattrs.c */
    return d ? pym_newref(d) : NULL;
}

static int subtype_dict_set(PymObject *o, PymObject *v, void *c) {
    PymObject **dp = pym_object_dict_ptr(o);
    if (!dp) {
        pym_err_set_string(PymExc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (v && !PYM_DICT_CHECK(v)) { /* del obj.__dict__ is allowed, as in 3.11 */
        pym_err_format(PymExc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                       pym_type_name(v));
        return -1;
    }
    return pym_object_set_instance_dict(o, v); /* releases inline values */
}

static PymObject *subtype_weakref_get(PymObject *o, void *c) {
    intptr_t off = PYM_TYPE(o)->tp_weaklistoffset;
    PymObject *w = off ? *(PymObject **)((char *)o + off) : NULL;
    return pym_newref(w ? w : pym_None);
}

static PymGetSetDef subtype_getsets_full[] = {
    {"__dict__", subtype_dict_get, subtype_dict_set, "dictionary for instance variables", NULL},
    {"__weakref__", subtype_weakref_get, NULL, "list of weak references to the object", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};
static PymGetSetDef subtype_getsets_dict_only[] = {
    {"__dict__", subtype_dict_get, subtype_dict_set, "dictionary for instance variables", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};
static PymGetSetDef subtype_getsets_weakref_only[] = {
    {"__weakref__", subtype_weakref_get, NULL, "list of weak references to the object", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* {===================================================================
** Creating classes
** ==================================================================== */

/* The nearest ancestor adding C fields (its layout is what matters). */
static PymType *solid_base(PymType *t) {
    if (!t->tp_base) return t;
    if (t->tp_flags & PYM_TPFLAGS_HEAPTYPE) {
        intptr_t nslots = 0;
        for (PymMemberDef *m = t->tp_members; m && m->name; m++) nslots++;
        if (nslots) return t;
        return solid_base(t->tp_base);
    }
    if (t->tp_basicsize != t->tp_base->tp_basicsize || t->tp_itemsize != t->tp_base->tp_itemsize)
        return t;
    return solid_base(t->tp_base);
}

static PymType *best_base(PymObject *bases) {
    PymType *base = NULL, *winner = NULL;
    for (intptr_t i = 0; i < PYM_SIZE(bases); i++) {
        PymObject *bo = PYM_TUPLE_GET(bases, i);
        if (!PYM_TYPE_CHECK(bo)) {
            pym_err_set_string(PymExc_TypeError, "bases must be types");
            return NULL;
        }
        PymType *b = (PymType *)bo;
        if (!(b->tp_flags & PYM_TPFLAGS_READY) && pym_type_ready(b) < 0) return NULL;
        if (!(b->tp_flags & PYM_TPFLAGS_BASETYPE)) {
            pym_err_format(PymExc_TypeError, "type '%s' is not an acceptable base type",
                           b->tp_name);
            return NULL;
        }
        PymType *cand = solid_base(b);
        if (!winner) {
            winner = cand;
            base = b;
        } else if (pym_type_is_subtype(winner, cand)) {
        } else if (pym_type_is_subtype(cand, winner)) {
            winner = cand;
            base = b;
        } else {
            pym_err_set_string(PymExc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

/* The most derived metaclass of meta and the bases' metaclasses. */
static PymType *calculate_metaclass(PymType *meta, PymObject *bases) {
    PymType *winner = meta;
    for (intptr_t i = 0; i < PYM_SIZE(bases); i++) {
        PymType *tmp = PYM_TYPE(PYM_TUPLE_GET(bases, i));
        if (pym_type_is_subtype(winner, tmp)) continue;
        if (pym_type_is_subtype(tmp, winner)) {
            winner = tmp;
            continue;
        }
        pym_err_set_string(PymExc_TypeError,
                           "metaclass conflict: the metaclass of a derived class must be a "
                           "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* _Name mangling of private slot names (__x in class A -> _A__x). */
static PymObject *mangle(PymObject *cls, PymObject *name) {
    const char *s = PYM_STR_UTF8(name);
    intptr_t n = PYM_STR_NBYTES(name);
    if (n < 3 || s[0] != '_' || s[1] != '_' || (s[n - 1] == '_' && s[n - 2] == '_') ||
        memchr(s, '.', n))
        return pym_newref(name);
    const char *c = PYM_STR_UTF8(cls);
    while (*c == '_') c++;
    if (!*c) return pym_newref(name);
    return pym_str_from_format("_%s%U", c, name);
}

/* Normalizes __slots__ into a tuple of (mangled) names without __dict__ and
** __weakref__, reporting those two in *add_dict / *add_weak. */
static PymObject *parse_slots(PymObject *cls_name, PymObject *slots, PymObject *dict,
                              bool *add_dict, bool *add_weak) {
    PymObject *seq;
    if (PYM_STR_CHECK(slots))
        seq = pym_tuple_pack(1, slots);
    else
        seq = pym_tuple_from_iter(slots);
    if (!seq) return NULL;
    PymObject *names = pym_list_new(0);
    if (!names) {
        PYM_DECREF(seq);
        return NULL;
    }
    for (intptr_t i = 0; i < PYM_SIZE(seq); i++) {
        PymObject *s = PYM_TUPLE_GET(seq, i);
        if (!PYM_STR_CHECK(s)) {
            pym_err_format(PymExc_TypeError, "__slots__ items must be strings, not '%s'",
                           pym_type_name(s));
            goto fail;
        }
        if (pym_str_equal_cstr(s, "__dict__")) {
            if (*add_dict) {
                pym_err_set_string(PymExc_TypeError,
                                   "__dict__ slot disallowed: we already got one");
                goto fail;
            }
            *add_dict = true;
            continue;
        }
        if (pym_str_equal_cstr(s, "__weakref__")) {
            if (*add_weak) {
                pym_err_set_string(
                    PymExc_TypeError,
                    "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                goto fail;
            }
            *add_weak = true;
            continue;
        }
        PymObject *m = mangle(cls_name, s);
        if (!m) goto fail;
        int has = pym_dict_contains(dict, m);
        if (has) {
            if (has > 0)
                pym_err_format(PymExc_ValueError, "%R in __slots__ conflicts with class variable",
                               s);
            PYM_DECREF(m);
            goto fail;
        }
        m = pym_str_intern(m);
        int r = pym_list_append(names, m);
        PYM_DECREF(m);
        if (r < 0) goto fail;
    }
    PYM_DECREF(seq);
    PymObject *t = pym_list_as_tuple(names);
    PYM_DECREF(names);
    return t;
fail:
    PYM_DECREF(seq);
    PYM_DECREF(names);
    return NULL;
}

static int wrap_in_dict(PymObject *dict, PymObject *name, PymObject *(*wrap)(PymObject *)) {
    PymObject *v = pym_dict_getitem(dict, name);
    if (!v || !PYM_FUNCTION_CHECK(v)) return 0;
    PymObject *w = wrap(v);
    if (!w) return -1;
    int r = pym_dict_setitem(dict, name, w);
    PYM_DECREF(w);
    return r;
}

static int set_names(PymType *t) {
    PymObject *copy = pym_dict_copy(t->tp_dict);
    if (!copy) return -1;
    intptr_t pos = 0;
    PymObject *k, *v;
    int rc = 0;
    while (pym_dict_next(copy, &pos, &k, &v)) {
        PymObject *sn = pym_type_lookup(PYM_TYPE(v), ID(__set_name__));
        if (!sn) continue;
        PymObject *args[2] = {(PymObject *)t, k};
        PYM_INCREF(sn);
        PymObject *r = pym_call_unbound(sn, v, args, 2, NULL);
        PYM_DECREF(sn);
        if (!r) {
            rc = -1;
            break;
        }
        PYM_DECREF(r);
    }
    PYM_DECREF(copy);
    return rc;
}

static int init_subclass(PymType *t, PymObject *kwds) {
    PymObject *mro = t->tp_mro;
    for (intptr_t i = 1; i < PYM_SIZE(mro); i++) {
        PymType *b = (PymType *)PYM_TUPLE_GET(mro, i);
        PymObject *bd = pym_type_get_dict(b);
        if (!bd) {
            if (pym_err_occurred()) return -1;
            continue;
        }
        PymObject *f = pym_dict_getitem(bd, ID(__init_subclass__));
        if (!f) continue;
        PymObject *bound;
        descrgetfunc g = PYM_TYPE(f)->tp_descr_get;
        if (g)
            bound = g(f, NULL, (PymObject *)t);
        else
            bound = pym_newref(f);
        if (!bound) return -1;
        PymObject *r;
        if (kwds && pym_dict_size(kwds)) {
            PymObject *empty = pym_tuple_new(0);
            r = empty ? pym_call_tuple_dict(bound, empty, kwds) : NULL;
            PYM_XDECREF(empty);
        } else {
            r = pym_call_noargs(bound);
        }
        PYM_DECREF(bound);
        if (!r) return -1;
        PYM_DECREF(r);
        return 0;
    }
    return 0;
}

static PymObject *current_module_name(void) {
    PymFrame *f = pym_vm_current_frame();
    if (!f) return NULL;
    PymObject *g = pym_frame_globals(f);
    if (!g) return NULL;
    return pym_dict_getitem(g, ID(__name__));
}

/* Start-up's own classes (ExceptionGroup: CPython makes it with
** PyErr_NewException, a class statement in effect).  A class statement finds
** each slot by looking its dunders up along the MRO and calls the bases'
** __init_subclass__: both build the pending dicts of every static base
** (object's, BaseException's ...), a quarter of `pym -c pass`.  A class
** with an empty body over static bases gets the same slots by inheriting
** them along its MRO (each slot from the first base that has one),
** object.__init_subclass__ does nothing, and no value of its dict (__module__,
** __doc__, __weakref__) has a __set_name__ (looking for one would build
** str's dict); so pym_type_new_builtin_class does just that, and PYM_DEBUG
** builds check the slots against fixup_slots. */
static bool building_builtin_class;

static void inherit_mro_slots(PymType *t) {
    PymObject *mro = t->tp_mro;
    for (intptr_t i = 1; i < PYM_SIZE(mro); i++) inherit_slots(t, (PymType *)PYM_TUPLE_GET(mro, i));
#ifdef PYM_DEBUG
    PymType saved = *t;
    fixup_slots(t);
    PYM_ASSERT(memcmp(&saved, t, sizeof saved) == 0);
#endif
}

PymObject *pym_type_new_builtin_class(PymObject *name, PymObject *bases, PymObject *ns) {
    for (intptr_t i = 0; i < PYM_SIZE(bases); i++) {
        PymType *b = (PymType *)PYM_TUPLE_GET(bases, i);
        PYM_ASSERT(!(b->tp_flags & PYM_TPFLAGS_HEAPTYPE));
        (void)b;
    }
    building_builtin_class = true;
    PymObject *t = pym_type_new_class(&pym_type_type, name, bases, ns, NULL);
    building_builtin_class = false;
    return t;
}

PymObject *pym_type_new_class(PymType *metatype, PymObject *name, PymObject *bases, PymObject *ns,
                              PymObject *kwds) {
    PymObject *owned_bases = NULL;
    PymObject *dict = NULL, *slots = NULL;
    PymType *t = NULL;
    if (!PYM_STR_CHECK(name)) {
        pym_err_format(PymExc_TypeError, "type.__new__() argument 1 must be str, not %s",
                       pym_type_name(name));
        return NULL;
    }
    if (PYM_SIZE(bases) == 0) {
        owned_bases = pym_tuple_pack(1, (PymObject *)&pym_type_object);
        if (!owned_bases) return NULL;
        bases = owned_bases;
    }
    PymType *winner = calculate_metaclass(metatype, bases);
    if (!winner) goto fail;
    if (winner != metatype && winner->tp_new != type_new && winner->tp_new) {
        PymObject *args[3] = {name, bases, ns};
        PymObject *r;
        PymObject *tup = pym_tuple_from_array(args, 3);
        if (!tup) goto fail;
        PymObject *f = pym_object_getattr((PymObject *)winner, ID(__new__));
        if (!f) {
            PYM_DECREF(tup);
            goto fail;
        }
        PymObject *full[4] = {(PymObject *)winner, name, bases, ns};
        PYM_DECREF(tup);
        PymObject *ft = pym_tuple_from_array(full, 4);
        r = ft ? pym_call_tuple_dict(f, ft, kwds) : NULL;
        PYM_XDECREF(ft);
        PYM_DECREF(f);
        PYM_XDECREF(owned_bases);
        return r;
    }
    metatype = winner;
    for (intptr_t i = 0; i < PYM_SIZE(bases); i++)
        for (intptr_t j = i + 1; j < PYM_SIZE(bases); j++)
            if (PYM_TUPLE_GET(bases, i) == PYM_TUPLE_GET(bases, j)) {
                PymObject *b = PYM_TUPLE_GET(bases, i);
                pym_err_format(PymExc_TypeError, "duplicate base class %s",
                               PYM_TYPE_CHECK(b) ? ((PymType *)b)->tp_name : "?");
                goto fail;
            }
    PymType *base = best_base(bases);
    if (!base) goto fail;

    /* the namespace becomes the class dict */
    if (PYM_DICT_CHECK(ns))
        dict = pym_dict_copy(ns);
    else {
        dict = pym_dict_new();
        if (dict && pym_dict_update(dict, ns) < 0) PYM_CLEAR(dict);
    }
    if (!dict) goto fail;
    if (!pym_dict_getitem(dict, ID(__module__))) {
        PymObject *mn = current_module_name();
        if (mn && pym_dict_setitem(dict, ID(__module__), mn) < 0) goto fail;
    }
    PymObject *qualname = pym_dict_getitem(dict, ID(__qualname__));
    if (qualname) {
        if (!PYM_STR_CHECK(qualname)) {
            pym_err_format(PymExc_TypeError, "type __qualname__ must be a str, not %s",
                           pym_type_name(qualname));
            goto fail;
        }
        PYM_INCREF(qualname);
        if (pym_dict_delitem(dict, ID(__qualname__)) < 0) {
            PYM_DECREF(qualname);
            goto fail;
        }
    } else {
        qualname = pym_newref(name);
    }
    if (wrap_in_dict(dict, ID(__new__), pym_staticmethod_new) < 0 ||
        wrap_in_dict(dict, ID(__init_subclass__), pym_classmethod_new) < 0 ||
        wrap_in_dict(dict, ID(__class_getitem__), pym_classmethod_new) < 0) {
        PYM_DECREF(qualname);
        goto fail;
    }

    /* __slots__ and layout */
    bool add_dict = false, add_weak = false;
    PymObject *slots_obj = pym_dict_getitem(dict, ID(__slots__));
    if (slots_obj) {
        slots = parse_slots(name, slots_obj, dict, &add_dict, &add_weak);
        if (!slots) {
            PYM_DECREF(qualname);
            goto fail;
        }
        if (add_dict && base->tp_dictoffset) {
            pym_err_set_string(PymExc_TypeError, "__dict__ slot disallowed: we already got one");
            PYM_DECREF(qualname);
            goto fail;
        }
        if (add_weak && (base->tp_weaklistoffset || base->tp_itemsize)) {
            pym_err_set_string(
                PymExc_TypeError,
                "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
            PYM_DECREF(qualname);
            goto fail;
        }
        if (PYM_SIZE(slots) && base->tp_itemsize) {
            pym_err_format(PymExc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                           base->tp_name);
            PYM_DECREF(qualname);
            goto fail;
        }
    } else {
        add_dict = base->tp_dictoffset == 0;
        add_weak = base->tp_weaklistoffset == 0 && base->tp_itemsize == 0;
    }

    t = (PymType *)pym_object_alloc(metatype, 0);
    if (!t) {
        PYM_DECREF(qualname);
        goto fail;
    }
    t->tp_flags = PYM_TPFLAGS_HEAPTYPE | PYM_TPFLAGS_BASETYPE | PYM_TPFLAGS_HAVE_GC |
                  (base->tp_flags & (0xFFUL << 24 | PYM_TPFLAGS_INLINE_VALUES));
    t->ht_name = pym_newref(name);
    t->ht_qualname = qualname;
    t->tp_name = PYM_STR_UTF8(name);
    t->tp_base = (PymType *)pym_newref((PymObject *)base);
    t->tp_bases = pym_newref(bases);
    t->tp_dict = dict;
    dict = NULL;
    t->ht_slots = slots;
    slots = NULL;
    PymObject *mod = pym_dict_getitem(t->tp_dict, ID(__module__));
    t->ht_module = mod ? pym_newref(mod) : NULL;
    t->tp_doc = NULL;

    intptr_t size = base->tp_basicsize;
    t->tp_itemsize = base->tp_itemsize;
    t->tp_dictoffset = base->tp_dictoffset;
    t->tp_weaklistoffset = base->tp_weaklistoffset;
    intptr_t nslots = t->ht_slots ? PYM_SIZE(t->ht_slots) : 0;
    if (nslots) {
        PymMemberDef *mem = pym_obj_calloc(nslots + 1, sizeof(PymMemberDef));
        if (!mem) {
            pym_err_no_memory();
            goto fail;
        }
        t->tp_members = mem;
        for (intptr_t i = 0; i < nslots; i++) {
            mem[i].name = PYM_STR_UTF8(PYM_TUPLE_GET(t->ht_slots, i));
            mem[i].type = PYM_T_OBJECT_EX;
            mem[i].offset = size;
            size += sizeof(PymObject *);
        }
    }
    if (add_weak && !t->tp_weaklistoffset) {
        t->tp_weaklistoffset = size;
        size += sizeof(PymObject *);
    }
    if (add_dict && !t->tp_dictoffset) {
        if (base->tp_itemsize) {
            t->tp_dictoffset = -(intptr_t)sizeof(PymObject *);
            size += sizeof(PymObject *);
        } else {
            /* the dict pointer, then the inline values pointer (instattrs.h);
            ** also for __slots__ naming '__dict__', as CPython 3.11's managed
            ** dict: sys.getsizeof counts both */
            t->tp_dictoffset = size;
            size += 2 * sizeof(PymObject *);
            t->tp_flags |= PYM_TPFLAGS_INLINE_VALUES;
        }
    }
    t->tp_basicsize = size;

    /* descriptors for slots, __dict__, __weakref__ */
    for (PymMemberDef *m = t->tp_members; m && m->name; m++) {
        PymObject *d = pym_descr_new_member(t, m);
        if (!d) goto fail;
        int r = pym_dict_setitem(t->tp_dict, PYM_TUPLE_GET(t->ht_slots, m - t->tp_members), d);
        PYM_DECREF(d);
        if (r < 0) goto fail;
    }
    {
        bool gd = add_dict && t->tp_dictoffset != base->tp_dictoffset;
        bool gw = add_weak && t->tp_weaklistoffset != base->tp_weaklistoffset;
        PymGetSetDef *gs = gd && gw ? subtype_getsets_full
                           : gd     ? subtype_getsets_dict_only
                           : gw     ? subtype_getsets_weakref_only
                                    : NULL;
        for (; gs && gs->name; gs++) {
            int has = pym_dict_contains(t->tp_dict, pym_str_intern_cstr(gs->name));
            if (has < 0) goto fail;
            if (has) continue;
            PymObject *d = pym_descr_new_getset(t, gs);
            if (!d) goto fail;
            int r = pym_dict_setitem_cstr(t->tp_dict, gs->name, d);
            PYM_DECREF(d);
            if (r < 0) goto fail;
        }
    }
    if (!pym_dict_getitem(t->tp_dict, ID(__doc__))) {
        if (pym_dict_setitem(t->tp_dict, ID(__doc__), pym_None) < 0) goto fail;
    } else {
        PymObject *doc = pym_dict_getitem(t->tp_dict, ID(__doc__));
        if (PYM_STR_CHECK(doc)) t->tp_doc = PYM_STR_UTF8(doc);
    }
    if (pym_dict_getitem(t->tp_dict, ID(__eq__)) && !pym_dict_getitem(t->tp_dict, ID(__hash__))) {
        if (pym_dict_setitem(t->tp_dict, ID(__hash__), pym_None) < 0) goto fail;
    }

    /* MRO, slots */
    t->tp_mro = mro_internal(t);
    if (!t->tp_mro) goto fail;
    inherit_slots(t, base);
    inherit_collection_flag(t);
    t->tp_new = base->tp_new;
    t->tp_dealloc = subtype_dealloc;
    t->tp_traverse = subtype_traverse;
    t->tp_clear = subtype_clear;
    t->tp_free = pym_object_free;
    subtype_choose_lean(t);
    if (building_builtin_class)
        inherit_mro_slots(t);
    else
        fixup_slots(t);
    if (!t->tp_getattro) t->tp_getattro = pym_object_generic_getattr;
    PymObject *cell = pym_dict_getitem(t->tp_dict, ID(__classcell__));
    if (cell) {
        if (!PYM_CELL_CHECK(cell)) {
            pym_err_format(PymExc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                           (PymObject *)PYM_TYPE(cell));
            goto fail;
        }
        PYM_SETREF(((PymCell *)cell)->ob_ref, pym_newref((PymObject *)t));
        if (pym_dict_delitem(t->tp_dict, ID(__classcell__)) < 0) goto fail;
    }
    for (intptr_t i = 0; i < PYM_SIZE(bases); i++)
        if (add_subclass((PymType *)PYM_TUPLE_GET(bases, i), t) < 0) goto fail;
    t->tp_version_tag = next_version_tag++;
    t->tp_flags |= PYM_TPFLAGS_READY;
    pym_gc_track((PymObject *)t);

    /* __set_name__, __init_subclass__ */
    if (!building_builtin_class && (set_names(t) < 0 || init_subclass(t, kwds) < 0)) goto fail;
    PYM_XDECREF(owned_bases);
    return (PymObject *)t;
fail:
    PYM_XDECREF(owned_bases);
    PYM_XDECREF(dict);
    PYM_XDECREF(slots);
    if (t && !pym_gc_is_tracked((PymObject *)t)) {
        /* not yet known to the collector: break the cycles through t's own
        ** descriptors and its MRO, or t would never be freed (leak after
        ** MemoryError, found by the failalloc walk) */
        PYM_CLEAR(t->tp_dict);
        PYM_CLEAR(t->tp_mro);
    }
    PYM_XDECREF(t);
    return NULL;
}

/* {===================================================================
** The 'type' type
** ==================================================================== */

static PymObject *type_new(PymType *meta, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    size_t nkw = pym_arg_nkw(kwnames);
    if (meta == &pym_type_type && nargs == 1 && nkw == 0)
        return pym_newref((PymObject *)PYM_TYPE(args[0]));
    if (nargs != 3) {
        if (meta == &pym_type_type)
            pym_err_set_string(PymExc_TypeError, "type() takes 1 or 3 arguments");
        else
            pym_err_format(PymExc_TypeError, "type.__new__() takes exactly 3 arguments (%zd given)",
                           (intptr_t)nargs);
        return NULL;
    }
    if (!PYM_STR_CHECK(args[0])) {
        pym_err_format(PymExc_TypeError, "type.__new__() argument 1 must be str, not %s",
                       pym_type_name(args[0]));
        return NULL;
    }
    if (!PYM_TUPLE_CHECK(args[1])) {
        pym_err_format(PymExc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                       pym_type_name(args[1]));
        return NULL;
    }
    if (!PYM_DICT_CHECK(args[2])) {
        pym_err_format(PymExc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                       pym_type_name(args[2]));
        return NULL;
    }
    PymObject *kwds = NULL;
    if (nkw) {
        kwds = pym_dict_new();
        if (!kwds) return NULL;
        for (size_t i = 0; i < nkw; i++)
            if (pym_dict_setitem(kwds, PYM_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                PYM_DECREF(kwds);
                return NULL;
            }
    }
    PymObject *r = pym_type_new_class(meta, args[0], args[1], args[2], kwds);
    PYM_XDECREF(kwds);
    return r;
}

static int type_init(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames) {
    if (nargs == 1 && pym_arg_nkw(kwnames)) {
        pym_err_set_string(PymExc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        pym_err_set_string(PymExc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static PymObject *type_call(PymObject *callable, PymObject *const *args, size_t nargs,
                            PymObject *kwnames) {
    PymType *t = (PymType *)callable;
    if (t == &pym_type_type && nargs == 1 && !pym_arg_nkw(kwnames))
        return pym_newref((PymObject *)PYM_TYPE(args[0]));
    if (!t->tp_new) {
        pym_err_format(PymExc_TypeError, "cannot create '%s' instances", t->tp_name);
        return NULL;
    }
    /* A class has no vectorcall in CPython 3.11: calling it goes through
    ** _PyObject_MakeTpCall, which takes one recursion level of its own. */
    bool heap = (t->tp_flags & PYM_TPFLAGS_HEAPTYPE) != 0;
    if (heap && pym_vm_enter_call(" while calling a Python object")) return NULL;
    PymObject *obj = t->tp_new(t, args, nargs, kwnames);
    if (obj && pym_type_is_subtype(PYM_TYPE(obj), t)) {
        initproc init = PYM_TYPE(obj)->tp_init;
        if (init && init(obj, args, nargs, kwnames) < 0) PYM_CLEAR(obj);
    }
    if (heap) pym_vm_leave_call();
    return obj;
}

int pym_type_simple_instance(PymType *t, PymObject **init) {
    *init = NULL;
    if (PYM_TYPE(t) != &pym_type_type || !(t->tp_flags & PYM_TPFLAGS_HEAPTYPE) ||
        !t->tp_version_tag || (t->tp_flags & PYM_TPFLAGS_ABSTRACT) ||
        t->tp_new != pym_object_new_slot)
        return 0;
    if (t->tp_init == pym_object_init_slot) return 1;
    if (t->tp_init != slot_tp_init) return 0;
    PymObject *d = pym_type_lookup(t, ID(__init__));
    if (!d || !PYM_FUNCTION_CHECK(d)) {
        if (!d) pym_err_clear();
        return 0;
    }
    *init = d;
    return 1;
}

static PymObject *type_getattro(PymObject *self, PymObject *name) {
    PymType *t = (PymType *)self;
    PymType *meta = PYM_TYPE(self);
    if (!PYM_STR_CHECK(name)) {
        pym_err_format(PymExc_TypeError, "attribute name must be string, not '%s'",
                       pym_type_name(name));
        return NULL;
    }
    PymObject *meta_attr = pym_type_lookup(meta, name);
    descrgetfunc meta_get = NULL;
    if (meta_attr) {
        PYM_INCREF(meta_attr);
        meta_get = PYM_TYPE(meta_attr)->tp_descr_get;
        if (meta_get && PYM_TYPE(meta_attr)->tp_descr_set) {
            PymObject *r = meta_get(meta_attr, self, (PymObject *)meta);
            PYM_DECREF(meta_attr);
            return r;
        }
    }
    PymObject *attr = pym_type_lookup(t, name);
    if (attr) {
        PYM_INCREF(attr);
        PYM_XDECREF(meta_attr);
        descrgetfunc lg = PYM_TYPE(attr)->tp_descr_get;
        if (lg) {
            PymObject *r = lg(attr, NULL, self);
            PYM_DECREF(attr);
            return r;
        }
        return attr;
    }
    if (meta_get) {
        PymObject *r = meta_get(meta_attr, self, (PymObject *)meta);
        PYM_DECREF(meta_attr);
        return r;
    }
    if (meta_attr) return meta_attr;
    pym_err_format(PymExc_AttributeError, "type object '%s' has no attribute '%U'", t->tp_name,
                   name);
    return NULL;
}

static int type_setattro(PymObject *self, PymObject *name, PymObject *value) {
    PymType *t = (PymType *)self;
    if (!PYM_STR_CHECK(name)) {
        pym_err_format(PymExc_TypeError, "attribute name must be string, not '%s'",
                       pym_type_name(name));
        return -1;
    }
    if (!(t->tp_flags & PYM_TPFLAGS_HEAPTYPE)) {
        PymObject *d = pym_type_lookup(PYM_TYPE(self), name);
        if (!d || !PYM_TYPE(d)->tp_descr_set) {
            pym_err_format(PymExc_TypeError, "cannot set '%U' attribute of immutable type '%s'",
                           name, t->tp_name);
            return -1;
        }
    }
    /* data descriptors on the metatype (__name__, __doc__ ...) */
    PymObject *meta_attr = pym_type_lookup(PYM_TYPE(self), name);
    if (meta_attr && PYM_TYPE(meta_attr)->tp_descr_set) {
        PYM_INCREF(meta_attr);
        int r = PYM_TYPE(meta_attr)->tp_descr_set(meta_attr, self, value);
        PYM_DECREF(meta_attr);
        if (r == 0) pym_type_update_slot(t, name);
        return r;
    }
    PymObject *iname = pym_str_intern(pym_newref(name));
    int r;
    if (value) {
        r = pym_dict_setitem(t->tp_dict, iname, value);
    } else {
        r = pym_dict_delitem(t->tp_dict, iname);
        if (r < 0 && pym_err_matches((PymObject *)PymExc_KeyError)) {
            pym_err_clear();
            pym_err_format(PymExc_AttributeError, "type object '%s' has no attribute '%U'",
                           t->tp_name, name);
        }
    }
    if (r == 0) pym_type_update_slot(t, iname);
    if (r == 0 && pym_str_equal_cstr(iname, "__abstractmethods__")) {
        /* object.__new__ refuses classes with abstract methods left */
        int abstract = value ? pym_object_is_true(value) : 0;
        if (abstract < 0)
            r = -1;
        else if (abstract)
            t->tp_flags |= PYM_TPFLAGS_ABSTRACT;
        else
            t->tp_flags &= ~PYM_TPFLAGS_ABSTRACT;
    }
    PYM_DECREF(iname);
    return r;
}

static int type_traverse(PymObject *self, visitproc visit, void *arg) {
    PymType *t = (PymType *)self;
    if (!(t->tp_flags & PYM_TPFLAGS_HEAPTYPE)) return 0;
    PYM_VISIT(t->tp_dict);
    PYM_VISIT(t->tp_mro);
    PYM_VISIT(t->tp_bases);
    if (t->tp_base && (t->tp_base->tp_flags & PYM_TPFLAGS_HEAPTYPE)) PYM_VISIT(t->tp_base);
    PYM_VISIT(t->ht_module);
    /* a heap metatype is visited by subtype_traverse, which calls this */
    return 0;
}

static int type_clear(PymObject *self) {
    PymType *t = (PymType *)self;
    if (t->tp_dict) pym_dict_clear(t->tp_dict);
    PYM_CLEAR(t->tp_mro);
    PYM_CLEAR(t->ht_module);
    return 0;
}

static void type_dealloc(PymObject *self) {
    PymType *t = (PymType *)self;
    if (!(t->tp_flags & PYM_TPFLAGS_HEAPTYPE)) { /* static types never die */
        self->ob_refcnt = 1 << 30;
        return;
    }
    pym_gc_untrack(self);
    if (t->tp_weaklist) pym_object_clear_weakrefs(self);
    if (t->tp_bases) {
        for (intptr_t i = 0; i < PYM_SIZE(t->tp_bases); i++)
            remove_subclass((PymType *)PYM_TUPLE_GET(t->tp_bases, i), t);
    }
    PymType *meta = PYM_TYPE(self);
    PYM_CLEAR(t->tp_dict);
    PYM_CLEAR(t->tp_mro);
    PYM_CLEAR(t->tp_bases);
    PYM_CLEAR(t->tp_base);
    PYM_CLEAR(t->tp_subclasses);
    PYM_CLEAR(t->ht_slots);
    PYM_CLEAR(t->ht_qualname);
    PYM_CLEAR(t->ht_module);
    PYM_CLEAR(t->ht_name);
    if (t->tp_members) pym_obj_free(t->tp_members);
    pym_shared_keys_free(t->ht_cached_keys);
    t->ht_cached_keys = NULL;
    meta->tp_free(self); /* a heap metatype is released by subtype_dealloc */
}

/* ---- type attributes ---- */

static PymObject *type_get_name(PymObject *self, void *c) {
    PymType *t = (PymType *)self;
    if (t->tp_flags & PYM_TPFLAGS_HEAPTYPE) return pym_newref(t->ht_name);
    const char *dot = strrchr(t->tp_name, '.');
    return pym_str_from_cstr(dot ? dot + 1 : t->tp_name);
}

static int check_set_special(PymType *t, PymObject *v, const char *what) {
    if (!(t->tp_flags & PYM_TPFLAGS_HEAPTYPE)) {
        pym_err_format(PymExc_TypeError, "cannot set '%s' attribute of immutable type '%s'", what,
                       t->tp_name);
        return -1;
    }
    if (!v) {
        pym_err_format(PymExc_TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                       what, t->tp_name);
        return -1;
    }
    return 0;
}

static int type_set_name(PymObject *self, PymObject *v, void *c) {
    PymType *t = (PymType *)self;
    if (check_set_special(t, v, "__name__")) return -1;
    if (!PYM_STR_CHECK(v)) {
        pym_err_format(PymExc_TypeError, "can only assign string to %s.__name__, not '%s'",
                       t->tp_name, pym_type_name(v));
        return -1;
    }
    if (strlen(PYM_STR_UTF8(v)) != (size_t)PYM_STR_NBYTES(v)) {
        pym_err_set_string(PymExc_ValueError, "type name must not contain null characters");
        return -1;
    }
    PYM_SETREF(t->ht_name, pym_newref(v));
    t->tp_name = PYM_STR_UTF8(v);
    return 0;
}

static PymObject *type_get_qualname(PymObject *self, void *c) {
    return pym_newref(pym_type_qualname((PymType *)self));
}

static int type_set_qualname(PymObject *self, PymObject *v, void *c) {
    PymType *t = (PymType *)self;
    if (check_set_special(t, v, "__qualname__")) return -1;
    if (!PYM_STR_CHECK(v)) {
        pym_err_format(PymExc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                       t->tp_name, pym_type_name(v));
        return -1;
    }
    PYM_SETREF(t->ht_qualname, pym_newref(v));
    return 0;
}

static PymObject *type_get_module(PymObject *self, void *c) { return type_module((PymType *)self); }

static int type_set_module(PymObject *self, PymObject *v, void *c) {
    PymType *t = (PymType *)self;
    if (check_set_special(t, v, "__module__")) return -1;
    return pym_dict_setitem(t->tp_dict, ID(__module__), v);
}

static PymObject *type_get_bases(PymObject *self, void *c) {
    return pym_newref(((PymType *)self)->tp_bases);
}
static PymObject *type_get_base(PymObject *self, void *c) {
    PymType *b = ((PymType *)self)->tp_base;
    return pym_newref(b ? (PymObject *)b : pym_None);
}
static PymObject *type_get_mro(PymObject *self, void *c) {
    PymObject *m = ((PymType *)self)->tp_mro;
    return pym_newref(m ? m : pym_None);
}
static PymObject *type_get_dict(PymObject *self, void *c) {
    PymType *t = (PymType *)self;
    PymObject *d = pym_type_get_dict(t);
    if (!d) {
        if (pym_err_occurred()) return NULL;
        PYM_RETURN_NONE;
    }
    return pym_mappingproxy_new(d);
}
static PymObject *type_get_doc(PymObject *self, void *c) {
    PymType *t = (PymType *)self;
    PymObject *td = pym_type_get_dict(t);
    if (!td && pym_err_occurred()) return NULL;
    PymObject *d = td ? pym_dict_getitem(td, ID(__doc__)) : NULL;
    if (!d) {
        if (!(t->tp_flags & PYM_TPFLAGS_HEAPTYPE) && t->tp_doc) return pym_str_from_cstr(t->tp_doc);
        PYM_RETURN_NONE;
    }
    descrgetfunc g = PYM_TYPE(d)->tp_descr_get;
    if (g) return g(d, NULL, self);
    return pym_newref(d);
}
static int type_set_doc(PymObject *self, PymObject *v, void *c) {
    PymType *t = (PymType *)self;
    if (check_set_special(t, v, "__doc__")) return -1;
    return pym_dict_setitem(t->tp_dict, ID(__doc__), v);
}
static PymObject *type_get_annotations(PymObject *self, void *c) {
    PymType *t = (PymType *)self;
    PymObject *td = pym_type_get_dict(t);
    if (!td && pym_err_occurred()) return NULL;
    PymObject *a = td ? pym_dict_getitem(td, ID(__annotations__)) : NULL;
    if (a) {
        descrgetfunc g = PYM_TYPE(a)->tp_descr_get;
        if (g) return g(a, NULL, self);
        return pym_newref(a);
    }
    if (!(t->tp_flags & PYM_TPFLAGS_HEAPTYPE)) {
        pym_err_format(PymExc_AttributeError, "type object '%s' has no attribute '__annotations__'",
                       t->tp_name);
        return NULL;
    }
    a = pym_dict_new();
    if (a && pym_dict_setitem(t->tp_dict, ID(__annotations__), a) < 0) PYM_CLEAR(a);
    return a;
}
static int type_set_annotations(PymObject *self, PymObject *v, void *c) {
    PymType *t = (PymType *)self;
    if (!(t->tp_flags & PYM_TPFLAGS_HEAPTYPE)) {
        pym_err_format(PymExc_TypeError,
                       "cannot set '__annotations__' attribute of immutable type '%s'", t->tp_name);
        return -1;
    }
    if (v) return pym_dict_setitem(t->tp_dict, ID(__annotations__), v);
    return pym_dict_delitem(t->tp_dict, ID(__annotations__));
}

/* __abstractmethods__: kept in the class dict (abc sets it); a true value
** makes the class abstract (object.__new__ refuses to instantiate it). */
static PymObject *type_get_abstractmethods(PymObject *self, void *c) {
    PymType *t = (PymType *)self;
    PymObject *td = self != (PymObject *)&pym_type_type ? pym_type_get_dict(t) : NULL;
    if (!td && pym_err_occurred()) return NULL;
    PymObject *v = td ? pym_dict_getitem(td, ID(__abstractmethods__)) : NULL;
    if (!v) {
        pym_err_set_object(PymExc_AttributeError, ID(__abstractmethods__));
        return NULL;
    }
    return pym_newref(v);
}
static int type_set_abstractmethods(PymObject *self, PymObject *v, void *c) {
    PymType *t = (PymType *)self;
    int abstract = 0, r;
    if (!pym_type_get_dict(t)) return -1;
    if (v) {
        if ((abstract = pym_object_is_true(v)) < 0) return -1;
        r = pym_dict_setitem(t->tp_dict, ID(__abstractmethods__), v);
    } else {
        r = pym_dict_delitem(t->tp_dict, ID(__abstractmethods__));
        if (r < 0 && pym_err_matches((PymObject *)PymExc_KeyError)) {
            pym_err_clear();
            pym_err_set_object(PymExc_AttributeError, ID(__abstractmethods__));
        }
    }
    if (r < 0) return -1;
    update_subclasses(t, NULL, 0);
    if (abstract)
        t->tp_flags |= PYM_TPFLAGS_ABSTRACT;
    else
        t->tp_flags &= ~PYM_TPFLAGS_ABSTRACT;
    return 0;
}
static PymObject *type_get_basicsize(PymObject *self, void *c) {
    PymType *t = (PymType *)self;
    return pym_int_from_ssize(t->tp_basicsize - pym_object_preheader_extra(t));
}
static PymObject *type_get_itemsize(PymObject *self, void *c) {
    return pym_int_from_ssize(((PymType *)self)->tp_itemsize);
}
static PymObject *type_get_dictoffset(PymObject *self, void *c) {
    PymType *t = (PymType *)self;
    /* CPython 3.11's managed dict: a negative offset, 3 pointers before the end */
    if (t->tp_flags & PYM_TPFLAGS_INLINE_VALUES)
        return pym_int_from_ssize(-(t->tp_basicsize - pym_object_preheader_extra(t)) -
                                  3 * (intptr_t)sizeof(void *));
    return pym_int_from_ssize(t->tp_dictoffset);
}
static PymObject *type_get_weakrefoffset(PymObject *self, void *c) {
    PymType *t = (PymType *)self;
    if (t->tp_weaklistoffset && (t->tp_flags & PYM_TPFLAGS_INLINE_VALUES))
        return pym_int_from_ssize(t->tp_basicsize - pym_object_preheader_extra(t) -
                                  (intptr_t)sizeof(void *));
    return pym_int_from_ssize(
        t->tp_weaklistoffset ? t->tp_weaklistoffset - pym_object_preheader_extra(t) : 0);
}
/* tp_flags in CPython's bit numbering, for code that tests __flags__ bits */
static PymObject *type_get_flags(PymObject *self, void *c) {
    PymType *t = (PymType *)self;
    unsigned long f = t->tp_flags, r = 1UL << 12; /* READY */
    if (f & PYM_TPFLAGS_HEAPTYPE)
        r |= 1UL << 9;
    else
        r |= 1UL << 8; /* HEAPTYPE / IMMUTABLETYPE */
    if (f & PYM_TPFLAGS_BASETYPE) r |= 1UL << 10;
    if (f & PYM_TPFLAGS_HAVE_GC) r |= 1UL << 14;
    if (f & PYM_TPFLAGS_METHOD_DESCRIPTOR) r |= 1UL << 17;
    if (f & PYM_TPFLAGS_ABSTRACT) r |= 1UL << 20;
    if (f & PYM_TPFLAGS_SEQUENCE) r |= PYM_CPYTHON_TPFLAGS_SEQUENCE;
    if (f & PYM_TPFLAGS_MAPPING) r |= PYM_CPYTHON_TPFLAGS_MAPPING;
    r |= f & (PYM_TPFLAGS_INT_SUBCLASS | PYM_TPFLAGS_LIST_SUBCLASS | PYM_TPFLAGS_TUPLE_SUBCLASS |
              PYM_TPFLAGS_BYTES_SUBCLASS | PYM_TPFLAGS_STR_SUBCLASS | PYM_TPFLAGS_DICT_SUBCLASS |
              PYM_TPFLAGS_BASE_EXC_SUBCLASS | PYM_TPFLAGS_TYPE_SUBCLASS); /* same bits as CPython */
    return pym_int_from_ulonglong(r);
}
static PymObject *type_get_text_signature(PymObject *self, void *c) { PYM_RETURN_NONE; }

static PymGetSetDef type_getsets[] = {
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, NULL, NULL},
    {"__basicsize__", type_get_basicsize, NULL, NULL, NULL},
    {"__itemsize__", type_get_itemsize, NULL, NULL, NULL},
    {"__dictoffset__", type_get_dictoffset, NULL, NULL, NULL},
    {"__weakrefoffset__", type_get_weakrefoffset, NULL, NULL, NULL},
    {"__flags__", type_get_flags, NULL, NULL, NULL},
    {"__text_signature__", type_get_text_signature, NULL, NULL, NULL},
    {"__name__", type_get_name, type_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL, NULL},
    {"__bases__", type_get_bases, NULL, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PymObject *type_mro_method(PymObject *self, PymObject *const *args, size_t nargs,
                                  PymObject *kwnames) {
    if (pym_arg_count("mro", nargs, kwnames, 0, 0)) return NULL;
    PymType *t = (PymType *)self;
    PymObject *m = t->tp_mro ? pym_newref(t->tp_mro) : mro_internal(t);
    if (!m) return NULL;
    PymObject *l = pym_list_new(PYM_SIZE(m));
    if (l)
        for (intptr_t i = 0; i < PYM_SIZE(m); i++)
            PYM_LIST_SET(l, i, pym_newref(PYM_TUPLE_GET(m, i)));
    PYM_DECREF(m);
    return l;
}

static int merge_class_dict(PymObject *d, PymType *t, int depth) {
    if (depth > 100) return 0;
    PymObject *td = pym_type_get_dict(t);
    if (!td && pym_err_occurred()) return -1;
    if (td && pym_dict_update(d, td) < 0) return -1;
    if (!t->tp_bases) return 0;
    for (intptr_t i = 0; i < PYM_SIZE(t->tp_bases); i++)
        if (merge_class_dict(d, (PymType *)PYM_TUPLE_GET(t->tp_bases, i), depth + 1) < 0) return -1;
    return 0;
}

/* Keys of the class dicts of t and its bases (for dir()); new list. */
PymObject *pym_type_dir_keys(PymType *t, PymObject *instance_dict) {
    PymObject *d = pym_dict_new();
    if (!d) return NULL;
    if (instance_dict && PYM_DICT_CHECK(instance_dict) && pym_dict_update(d, instance_dict) < 0) {
        PYM_DECREF(d);
        return NULL;
    }
    if (merge_class_dict(d, t, 0) < 0) {
        PYM_DECREF(d);
        return NULL;
    }
    PymObject *l = pym_dict_keys_list(d);
    PYM_DECREF(d);
    return l;
}

static PymObject *type_dir(PymObject *self, PymObject *const *args, size_t nargs,
                           PymObject *kwnames) {
    if (pym_arg_count("__dir__", nargs, kwnames, 0, 0)) return NULL;
    return pym_type_dir_keys((PymType *)self, NULL);
}

static PymObject *type_instancecheck(PymObject *self, PymObject *const *args, size_t nargs,
                                     PymObject *kwnames) {
    if (pym_arg_count("__instancecheck__", nargs, kwnames, 1, 1)) return NULL;
    return pym_bool_from(pym_type_is_subtype(PYM_TYPE(args[0]), (PymType *)self));
}

static PymObject *type_subclasscheck(PymObject *self, PymObject *const *args, size_t nargs,
                                     PymObject *kwnames) {
    if (pym_arg_count("__subclasscheck__", nargs, kwnames, 1, 1)) return NULL;
    if (!PYM_TYPE_CHECK(args[0])) {
        pym_err_set_string(PymExc_TypeError, "issubclass() arg 1 must be a class");
        return NULL;
    }
    return pym_bool_from(pym_type_is_subtype((PymType *)args[0], (PymType *)self));
}

static PymObject *type_sizeof(PymObject *self, PymObject *const *args, size_t nargs,
                              PymObject *kwnames) {
    if (pym_arg_count("__sizeof__", nargs, kwnames, 0, 0)) return NULL;
    return pym_int_from_ssize(PYM_TYPE(self)->tp_basicsize);
}

static PymObject *type_prepare(PymObject *self, PymObject *const *args, size_t nargs,
                               PymObject *kwnames) {
    return pym_dict_new();
}

static PymMethodDef type_methods[] = {
    {"mro", type_mro_method, 0, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses, 0, "Return a list of immediate subclasses."},
    {"__dir__", type_dir, 0, "Specialized __dir__ implementation for types."},
    {"__sizeof__", type_sizeof, 0, "Return memory consumption of the type object."},
    {"__instancecheck__", type_instancecheck, 0, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, 0, "Check if a class is a subclass."},
    {"__prepare__", type_prepare, PYM_METH_CLASS, "Create the namespace for the class statement"},
    {NULL, NULL, 0, NULL},
};

PymType pym_type_type = {
    PYM_VAR_HEAD_INIT(&pym_type_type, 0),
    .tp_name = "type",
    .tp_basicsize = sizeof(PymType),
    .tp_flags = PYM_TPFLAGS_BASETYPE | PYM_TPFLAGS_HAVE_GC | PYM_TPFLAGS_TYPE_SUBCLASS,
    .tp_dealloc = type_dealloc,
    .tp_traverse = type_traverse,
    .tp_clear = type_clear,
    .tp_repr = type_repr,
    .tp_getattro = type_getattro,
    .tp_setattro = type_setattro,
    .tp_call = type_call,
    .nb_binop = {[PYM_NB_OR] = pym_union_type_or}, /* int | None (unionobject.c) */
    .tp_dictoffset = offsetof(PymType, tp_dict),
    .tp_weaklistoffset = offsetof(PymType, tp_weaklist),
    .tp_methods = type_methods,
    .tp_getset = type_getsets,
    .tp_base = &pym_type_object,
    .tp_new = type_new,
    .tp_init = type_init,
    .tp_free = pym_object_free,
    .tp_doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
};

/* {===================================================================
** Start-up
** ==================================================================== */

PymObject *pym_type_generic_new(PymType *t, PymObject *const *args, size_t nargs,
                                PymObject *kwnames) {
    PymObject *o = pym_object_alloc(t, 0);
    if (!o) return NULL;
    if ((t->tp_flags & PYM_TPFLAGS_INLINE_VALUES) && pym_inst_values_prealloc(o) < 0) {
        PYM_DECREF(o); /* not tracked yet: subtype_dealloc copes */
        return NULL;
    }
    if (t->tp_flags & PYM_TPFLAGS_HAVE_GC) pym_gc_track(o);
    return o;
}

int pym_types_init(void) {
    if (slotdefs_init() < 0) return -1;
    PymType *types[] = {&pym_type_object, &pym_type_type, &pym_type_none, &pym_type_notimpl,
                        &pym_type_ellipsis};
    for (size_t i = 0; i < PYM_ARRAY_LEN(types); i++)
        if (pym_type_ready(types[i]) < 0) return -1;
    return pym_descr_init();
}
