/*
** object.h -- the object header, type objects, reference counting and the
** generic object protocol.
**
** Objects live on the heap (pym_obj_malloc, see obmalloc.h) and never move.
** Every object starts with the same header: a reference count and a pointer
** to its type.  A type is itself an object (of type 'type').  Objects whose
** size varies (int, tuple, str, bytes) add ob_size.  Objects of types that can
** hold references to other objects (PYM_TPFLAGS_HAVE_GC) carry a 16-byte GC
** header *before* the object (gc.h); pointers always point at the PymObject.
**
**   PymObject     { ob_refcnt; ob_type; }           16 bytes
**   PymVarObject  { PymObject; ob_size; }           24 bytes
**
** Ownership.  Functions returning PymObject* return a NEW reference unless
** their comment says "borrowed".  Arguments are borrowed unless the comment
** says "steals".  NULL as a result means an exception is set (error.h);
** int-returning functions use -1 for that.  Exceptions to these rules are
** documented where they occur (e.g. iternext returning NULL with no
** exception set means "exhausted").
**
** Calling convention ("vectorcall"): a callable receives a C array of
** arguments: args[0..nargs) positional, then one value per name in kwnames
** (a tuple of str, or NULL when there are no keyword arguments).  No tuple or
** dict is built on the common call path.
**
** Binary number slots.  nb_binop[op] is called as slot(left, right) both for
** left's type and (reflected) for right's type, so an implementation must
** check which operand is its own type, and return pym_NotImplemented (a new
** reference) for operands it does not handle.  op indexes are those of
** PYM_NB_* below (CPython's BINARY_OP numbering); in-place ops are op +
** PYM_NB_INPLACE and fall back to the plain op when the slot is NULL.
*/
#ifndef PYM_OBJECT_H
#define PYM_OBJECT_H

#include "common.h"

typedef struct PymObject {
    intptr_t ob_refcnt;
    struct PymType *ob_type;
} PymObject;

typedef struct PymVarObject {
    PymObject ob_base;
    intptr_t ob_size;
} PymVarObject;

typedef struct PymType PymType;
typedef struct PymSharedKeys PymSharedKeys; /* instattrs.h */

#define PYM_OBJECT_HEAD_INIT(type) \
    { 1, (type) }
#define PYM_VAR_HEAD_INIT(type, size) \
    { PYM_OBJECT_HEAD_INIT(type), (size) }

#define PYM_TYPE(o)       (((PymObject *)(o))->ob_type)
#define PYM_REFCNT(o)     (((PymObject *)(o))->ob_refcnt)
#define PYM_SIZE(o)       (((PymVarObject *)(o))->ob_size)
#define PYM_IS_TYPE(o, t) (PYM_TYPE(o) == (t))

/* ---- slot signatures ---- */
typedef void (*destructor)(PymObject *);
typedef int (*visitproc)(PymObject *, void *);
typedef int (*traverseproc)(PymObject *, visitproc, void *);
typedef int (*inquiry)(PymObject *);
typedef PymObject *(*unaryfunc)(PymObject *);
typedef PymObject *(*binaryfunc)(PymObject *, PymObject *);
typedef PymObject *(*ternaryfunc)(PymObject *, PymObject *, PymObject *);
typedef PymObject *(*reprfunc)(PymObject *);
typedef intptr_t (*hashfunc)(PymObject *); /* -1 on error */
typedef PymObject *(*richcmpfunc)(PymObject *, PymObject *, int op);
typedef PymObject *(*getattrofunc)(PymObject *, PymObject *name);
typedef int (*setattrofunc)(PymObject *, PymObject *name,
                            PymObject *value); /* value NULL: delete */
typedef PymObject *(*vectorcallfunc)(PymObject *callable, PymObject *const *args, size_t nargs,
                                     PymObject *kwnames);
typedef PymObject *(*getiterfunc)(PymObject *);
typedef PymObject *(*iternextfunc)(PymObject *); /* NULL, no error: exhausted */
/* A C consumer of an iterator's items (list(), tuple(), set() ...), for
** tp_iterdrain: put takes v (a new reference) and returns 0 (go on), 1
** (stop: the iterator stays where it is) or -1 (with an exception). */
typedef struct PymIterSink {
    int (*put)(struct PymIterSink *s, PymObject *v);
} PymIterSink;
/* Runs the iterator into s: 0 exhausted, 1 put said stop, -1 error.  What
** a loop of tp_iternext calls feeding put does, done faster (generators:
** genobject.c's pym_gen_drain). */
typedef int (*iterdrainfunc)(PymObject *it, PymIterSink *s);
typedef PymObject *(*descrgetfunc)(PymObject *descr, PymObject *obj, PymObject *type);
typedef int (*descrsetfunc)(PymObject *descr, PymObject *obj,
                            PymObject *value); /* value NULL: delete */
typedef PymObject *(*newfunc)(PymType *type, PymObject *const *args, size_t nargs,
                              PymObject *kwnames);
typedef int (*initproc)(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames);
typedef intptr_t (*lenfunc)(PymObject *);                            /* -1 on error */
typedef int (*objobjproc)(PymObject *, PymObject *);                 /* 1 / 0 / -1 */
typedef int (*objobjargproc)(PymObject *, PymObject *, PymObject *); /* value NULL: delete */
typedef PymObject *(*getter)(PymObject *self, void *closure);
typedef int (*setter)(PymObject *self, PymObject *value, void *closure);

/* A C function or method.  self is the instance for methods, the module for
** module functions.  Signature is vectorcall's. */
typedef PymObject *(*PymCFunc)(PymObject *self, PymObject *const *args, size_t nargs,
                               PymObject *kwnames);

typedef struct PymMethodDef {
    const char *ml_name;
    PymCFunc ml_meth;
    int ml_flags; /* PYM_METH_* */
    const char *ml_doc;
} PymMethodDef;

#define PYM_METH_CLASS  0x1 /* bound to the type (classmethod) */
#define PYM_METH_STATIC 0x2 /* not bound at all (staticmethod) */

/* Member descriptors: a field at a fixed offset (also what __slots__ become). */
typedef struct PymMemberDef {
    const char *name;
    int type; /* PYM_T_* */
    intptr_t offset;
    int flags; /* PYM_READONLY */
    const char *doc;
} PymMemberDef;

#define PYM_T_OBJECT    0 /* PymObject*; NULL reads as None */
#define PYM_T_OBJECT_EX 1 /* PymObject*; NULL raises AttributeError (slots) */
#define PYM_T_INT       2 /* int */
#define PYM_T_SSIZE     3 /* intptr_t */
#define PYM_T_DOUBLE    4
#define PYM_T_BOOL      5 /* char */
#define PYM_READONLY    1

typedef struct PymGetSetDef {
    const char *name;
    getter get;
    setter set; /* NULL: read-only */
    const char *doc;
    void *closure;
} PymGetSetDef;

/* Binary operators, numbered like CPython 3.11's BINARY_OP argument. */
/* clang-format off */
enum {
    PYM_NB_ADD = 0, PYM_NB_AND, PYM_NB_FLOOR_DIVIDE, PYM_NB_LSHIFT,
    PYM_NB_MATRIX_MULTIPLY, PYM_NB_MULTIPLY, PYM_NB_REMAINDER, PYM_NB_OR,
    PYM_NB_POWER, PYM_NB_RSHIFT, PYM_NB_SUBTRACT, PYM_NB_TRUE_DIVIDE, PYM_NB_XOR,
    PYM_NB_INPLACE = 13,          /* PYM_NB_INPLACE + PYM_NB_ADD is "+=" ... */
    PYM_NB_COUNT = 26
};
/* clang-format on */

/* Rich comparison operators (COMPARE_OP argument). */
enum { PYM_LT = 0, PYM_LE, PYM_EQ, PYM_NE, PYM_GT, PYM_GE };

/* tp_flags bits */
#define PYM_TPFLAGS_HEAPTYPE          (1UL << 0) /* allocated at run time (class statement) */
#define PYM_TPFLAGS_BASETYPE          (1UL << 1) /* may be subclassed */
#define PYM_TPFLAGS_HAVE_GC           (1UL << 2) /* GC header before the object, tp_traverse */
#define PYM_TPFLAGS_READY             (1UL << 3) /* pym_type_ready has run */
#define PYM_TPFLAGS_READYING          (1UL << 4)
#define PYM_TPFLAGS_HAS_FINALIZE      (1UL << 5) /* tp_finalize / __del__ present */
#define PYM_TPFLAGS_ABSTRACT          (1UL << 6)
#define PYM_TPFLAGS_METHOD_DESCRIPTOR (1UL << 7) /* LOAD_METHOD may skip binding */
#define PYM_TPFLAGS_INLINE_VALUES     (1UL << 8) /* instances keep attributes inline (instattrs.h) */
#define PYM_TPFLAGS_SEQ_CONCAT \
    (1UL << 9) /* nb_binop[ADD] is sequence concatenation (CPython's
                                                 sq_concat): no __radd__ wrapper, as in dir(list) */
/* What a match statement's sequence and mapping patterns accept (CPython's
** Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING); inherited by subclasses. */
#define PYM_TPFLAGS_SEQUENCE          (1UL << 10)
#define PYM_TPFLAGS_MAPPING           (1UL << 11)
/* a ready static type whose tp_dict is not built yet (typeobject.c: pym_type_dict) */
#define PYM_TPFLAGS_DICT_PENDING      (1UL << 12)
/* fast subclass checks, inherited by subclasses */
#define PYM_TPFLAGS_INT_SUBCLASS      (1UL << 24)
#define PYM_TPFLAGS_LIST_SUBCLASS     (1UL << 25)
#define PYM_TPFLAGS_TUPLE_SUBCLASS    (1UL << 26)
#define PYM_TPFLAGS_BYTES_SUBCLASS    (1UL << 27)
#define PYM_TPFLAGS_STR_SUBCLASS      (1UL << 28)
#define PYM_TPFLAGS_DICT_SUBCLASS     (1UL << 29)
#define PYM_TPFLAGS_BASE_EXC_SUBCLASS (1UL << 30)
#define PYM_TPFLAGS_TYPE_SUBCLASS     (1UL << 31)

#define PYM_LEAN_SLOTS_MAX 8 /* __slots__ members of a class with the lean forms */

struct PymType {
    PymVarObject ob_base;  /* types are objects */
    const char *tp_name;   /* "int"; for heap types, UTF-8 of ht_name */
    intptr_t tp_basicsize; /* bytes of the object, without the GC header */
    intptr_t tp_itemsize;  /* bytes per item of a var object */
    unsigned long tp_flags;

    /* lifecycle and GC */
    destructor tp_dealloc;
    traverseproc tp_traverse;
    inquiry tp_clear;
    destructor tp_finalize; /* PEP 442 finalizer (__del__) */

    /* basic protocol */
    reprfunc tp_repr;
    reprfunc tp_str;
    hashfunc tp_hash; /* NULL with tp_richcompare set: unhashable */
    richcmpfunc tp_richcompare;
    getattrofunc tp_getattro;
    setattrofunc tp_setattro;
    vectorcallfunc tp_call;
    getiterfunc tp_iter;
    iternextfunc tp_iternext;
    iterdrainfunc tp_iterdrain; /* optional, not inherited (see iterdrainfunc) */
    descrgetfunc tp_descr_get;
    descrsetfunc tp_descr_set;

    /* numbers */
    binaryfunc nb_binop[PYM_NB_COUNT];
    ternaryfunc nb_power3; /* pow(a, b, mod) */
    unaryfunc nb_negative, nb_positive, nb_absolute, nb_invert;
    inquiry nb_bool; /* 1 / 0 / -1 */
    unaryfunc nb_int, nb_float, nb_index;

    /* containers */
    lenfunc sq_length;
    binaryfunc mp_subscript;        /* o[key] */
    objobjargproc mp_ass_subscript; /* o[key] = v, del o[key] */
    objobjproc sq_contains;         /* item in o */

    /* layout */
    intptr_t tp_dictoffset;     /* offset of the instance dict pointer, 0: none */
    intptr_t tp_weaklistoffset; /* offset of the weakref list pointer, 0: none */
    PymMethodDef *tp_methods;
    PymMemberDef *tp_members;
    PymGetSetDef *tp_getset;

    /* hierarchy */
    PymType *tp_base;
    PymObject *tp_bases;      /* tuple of types */
    PymObject *tp_mro;        /* tuple of types, C3 order, self first */
    PymObject *tp_dict;       /* the class namespace (a dict) */
    PymObject *tp_subclasses; /* dict id -> weakref/type, or NULL */

    /* construction */
    newfunc tp_new;
    initproc tp_init;
    void (*tp_free)(void *); /* frees the memory (pym_object_free) */

    const char *tp_doc;

    /* heap types only */
    PymObject *ht_name;            /* str */
    PymObject *ht_qualname;        /* str */
    PymObject *ht_slots;           /* tuple of slot names, or NULL */
    PymObject *ht_module;          /* str: __module__ at creation */
    unsigned int tp_version_tag;   /* bumped when the type's dict changes */
    PymSharedKeys *ht_cached_keys; /* instance attribute names (instattrs.c), or NULL */
    PymObject *tp_weaklist;        /* weak references to this type (weakrefobject.h) */

    /* the buffer protocol (buffer.h): bytes, bytearray, memoryview, array */
    struct PymBufferProcs *tp_as_buffer;

    /* heap types over object: the offsets of the __slots__ members of the
    ** class and its bases, in the order subtype_traverse visits them, for
    ** the lean tp_traverse / tp_dealloc chosen when the class is made
    ** (typeobject.c) */
    uint8_t ht_nslot_offsets;
    uint16_t ht_slot_offsets[PYM_LEAN_SLOTS_MAX];
};

/* ---- reference counting ---- */

/* Deallocates an object whose count reached zero (tp_dealloc). */
void pym_dealloc(PymObject *o);

static inline void pym_incref(PymObject *o) { o->ob_refcnt++; }
static inline void pym_xincref(PymObject *o) {
    if (o) o->ob_refcnt++;
}
static inline void pym_decref(PymObject *o) {
    PYM_ASSERT(o->ob_refcnt > 0); /* PYM_DEBUG: a count never goes below zero */
    if (--o->ob_refcnt == 0) pym_dealloc(o);
}
static inline void pym_xdecref(PymObject *o) {
    if (o) pym_decref(o);
}
/* Returns a new reference to o (convenience for "return pym_newref(x)"). */
static inline PymObject *pym_newref(PymObject *o) {
    o->ob_refcnt++;
    return o;
}
static inline PymObject *pym_xnewref(PymObject *o) {
    if (o) o->ob_refcnt++;
    return o;
}

#define PYM_INCREF(o)  pym_incref((PymObject *)(o))
#define PYM_XINCREF(o) pym_xincref((PymObject *)(o))
#define PYM_DECREF(o)  pym_decref((PymObject *)(o))
#define PYM_XDECREF(o) pym_xdecref((PymObject *)(o))
#define PYM_NEWREF(o)  pym_newref((PymObject *)(o))
#define PYM_XNEWREF(o) pym_xnewref((PymObject *)(o))
/* Clears a field before dropping its reference (safe against re-entrance). */
#define PYM_CLEAR(op) \
    do { \
        PymObject *_tmp = (PymObject *)(op); \
        if (_tmp) { \
            (op) = NULL; \
            pym_decref(_tmp); \
        } \
    } while (0)
/* Replaces a field, dropping the old reference afterwards; steals src. */
#define PYM_SETREF(dst, src) \
    do { \
        PymObject *_old = (PymObject *)(dst); \
        (dst) = (src); \
        pym_xdecref(_old); \
    } while (0)
/* In tp_traverse: visit a field when set. */
#define PYM_VISIT(op) \
    do { \
        if (op) { \
            int _r = visit((PymObject *)(op), arg); \
            if (_r) return _r; \
        } \
    } while (0)

/* ---- singletons (object.c) ---- */
extern PymObject pym_none_struct, pym_notimpl_struct, pym_ellipsis_struct;
#define pym_None           (&pym_none_struct)
#define pym_NotImplemented (&pym_notimpl_struct)
#define pym_Ellipsis       (&pym_ellipsis_struct)
#define PYM_RETURN_NONE    return pym_newref(pym_None)
#define PYM_RETURN_NOTIMPL return pym_newref(pym_NotImplemented)

extern PymType pym_type_object, pym_type_none, pym_type_notimpl, pym_type_ellipsis;

/* Interned identifier: a str object created once per call site and kept for
** the process lifetime (borrowed).  PYM_ID(__init__) */
#define PYM_ID(NAME) \
    ({ \
        static PymObject *_pym_id; \
        if (PYM_UNLIKELY(!_pym_id)) { _pym_id = pym_id_intern(#NAME); } \
        _pym_id; \
    })
/* PYM_ID's allocation: never NULL (callers rely on it, as on CPython's
** static identifiers): exempt from fault injection, fatal on real failure. */
PymObject *pym_id_intern(const char *s);

/* ---- allocation of objects (object.c) ---- */

/* Allocates an object of type t (tp_basicsize, plus nitems * tp_itemsize),
** zero-filled, refcount 1, with the GC header when t has PYM_TPFLAGS_HAVE_GC
** (not yet tracked: call pym_gc_track once the fields are valid).  Heap types
** get a reference from each instance.  NULL + MemoryError on failure. */
PymObject *pym_object_alloc(PymType *t, intptr_t nitems);
/* Bytes of an object of type t that CPython 3.11 keeps in its pre-header
** rather than in tp_basicsize: the dict and inline-values pointers of
** instances with inline attribute values.  object.__sizeof__ leaves them
** out; sys.getsizeof adds them back with the GC header. */
static inline intptr_t pym_object_preheader_extra(PymType *t) {
    return (t->tp_flags & PYM_TPFLAGS_INLINE_VALUES) ? 2 * (intptr_t)sizeof(PymObject *) : 0;
}
/* Frees the memory of an object (GC header included); no decrefs. */
void pym_object_free(void *o);

/* ---- generic protocol (object.c); see the essay above for ownership ---- */
PymObject *pym_object_repr(PymObject *o);
PymObject *pym_object_str(PymObject *o);
PymObject *pym_object_ascii(PymObject *o);
intptr_t pym_object_hash(PymObject *o);
PymObject *pym_object_hash_not_implemented_error(PymObject *o);
PymObject *pym_object_richcompare(PymObject *a, PymObject *b, int op);
/* 1 / 0 / -1; for EQ and NE identical objects compare equal without a call. */
int pym_object_richcompare_bool(PymObject *a, PymObject *b, int op);
int pym_object_is_true(PymObject *o); /* 1 / 0 / -1 */
int pym_object_not(PymObject *o);

PymObject *pym_object_getattr(PymObject *o, PymObject *name);
PymObject *pym_object_getattr_cstr(PymObject *o, const char *name);
/* 1: found (*result new ref); 0: AttributeError swallowed (*result NULL); -1 error */
int pym_object_lookup_attr(PymObject *o, PymObject *name, PymObject **result);
int pym_object_setattr(PymObject *o, PymObject *name, PymObject *value); /* value NULL: del */
int pym_object_setattr_cstr(PymObject *o, const char *name, PymObject *value);
int pym_object_hasattr(PymObject *o, PymObject *name);
PymObject *pym_object_generic_getattr(PymObject *o, PymObject *name);
int pym_object_generic_setattr(PymObject *o, PymObject *name, PymObject *value);
/* Address of the instance dict pointer, or NULL if the type has none. */
PymObject **pym_object_dict_ptr(PymObject *o);

PymObject *pym_object_getitem(PymObject *o, PymObject *key);
int pym_object_setitem(PymObject *o, PymObject *key, PymObject *value);
int pym_object_delitem(PymObject *o, PymObject *key);
intptr_t pym_object_len(PymObject *o);                          /* -1 on error */
int pym_object_contains(PymObject *container, PymObject *item); /* 1 / 0 / -1 */
PymObject *pym_object_getiter(PymObject *o);
/* Next item (new ref); NULL with no exception set when exhausted. */
PymObject *pym_iter_next(PymObject *iter);
PymObject *pym_object_format(PymObject *o, PymObject *spec); /* format(o, spec); spec may be NULL */
PymObject *pym_object_dir(PymObject *o);

PymObject *pym_number_binop(PymObject *a, PymObject *b, int op); /* op: PYM_NB_* (+INPLACE) */
PymObject *pym_number_power3(PymObject *a, PymObject *b, PymObject *mod);
PymObject *pym_number_negative(PymObject *o);
PymObject *pym_number_positive(PymObject *o);
PymObject *pym_number_invert(PymObject *o);
PymObject *pym_number_absolute(PymObject *o);
PymObject *pym_number_index(PymObject *o); /* __index__ -> exact int */
PymObject *pym_number_int(PymObject *o);   /* int(o) semantics for numbers */
PymObject *pym_number_float(PymObject *o); /* float(o) semantics for numbers */
/* o.__index__() as intptr_t; on overflow raise exc (e.g. IndexError) or, when
** exc is NULL, clamp to PYM_SSIZE_MAX / -PYM_SSIZE_MAX-1. -1 + error possible. */
intptr_t pym_number_as_ssize(PymObject *o, PymType *exc);
/* Text of an operator for messages: "+", "-", "*", "@", "/", "//", "%",
** "** or pow()", "<<", ">>", "&", "^", "|" and the "+=" forms. */
const char *pym_number_op_symbol(int op);

PymObject *pym_call(PymObject *callable, PymObject *const *args, size_t nargs, PymObject *kwnames);
PymObject *pym_call_noargs(PymObject *callable);
PymObject *pym_call_onearg(PymObject *callable, PymObject *arg);
/* callable(*args_tuple, **kwargs_dict); kwargs may be NULL. */
PymObject *pym_call_tuple_dict(PymObject *callable, PymObject *args, PymObject *kwargs);
/* o.name(*args) */
PymObject *pym_call_method(PymObject *o, PymObject *name, PymObject *const *args, size_t nargs);
/* Looks up a special method on the type (not the instance) and calls it
** bound to o; sets *found=0 with no error when the type has none. */
PymObject *pym_call_special(PymObject *o, PymObject *name, PymObject *const *args, size_t nargs,
                            int *found);
int pym_callable_check(PymObject *o);

int pym_object_isinstance(PymObject *o, PymObject *cls); /* 1 / 0 / -1, cls may be a tuple */
int pym_object_issubclass(PymObject *derived, PymObject *cls);
bool pym_type_is_subtype(PymType *a, PymType *b); /* walks a's MRO */
/* type(o).__name__ for messages, borrowed C string */
static inline const char *pym_type_name(PymObject *o) { return PYM_TYPE(o)->tp_name; }

/* repr() of containers that contain themselves: 1 if o is already being
** repr'd (print "[...]"), 0 if not (now marked), -1 error. */
int pym_repr_enter(PymObject *o);
void pym_repr_leave(PymObject *o);

/* object.c's parts of the generic object protocol that typeobject.c uses. */
/* Calls descr (found on type(self)) with self as its first argument, unbound
** when it is a function or method descriptor, otherwise via __get__. */
PymObject *pym_call_unbound(PymObject *descr, PymObject *self, PymObject *const *args, size_t nargs,
                            PymObject *kwnames);
/* object.__new__ / object.__init__ slots (their identity matters). */
PymObject *pym_object_new_slot(PymType *t, PymObject *const *args, size_t nargs,
                               PymObject *kwnames);
int pym_object_init_slot(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kwnames);
intptr_t pym_object_generic_hash(PymObject *o);

/* Trashcan for container deallocs (keeps deep structures off the C stack):
** after pym_gc_untrack(o), "if (!pym_trashcan_begin(o)) return;" then release
** the fields and free, then pym_trashcan_end().  A parked object's tp_dealloc
** is called again later.  Objects of heap types are parked only by
** subtype_dealloc, which uses pym_trashcan_begin_subtype. */
bool pym_trashcan_begin(PymObject *o);
bool pym_trashcan_begin_subtype(PymObject *o);
void pym_trashcan_end(void);
/* Current nesting of trashcan-guarded deallocs (0 outside any; tests). */
int pym_trashcan_depth(void);

#endif
