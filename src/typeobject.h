/*
** typeobject.h -- 'type', 'object', classes created by the class statement
** (typeobject.c): C3 MRO, slot inheritance, the mapping between special
** methods (__add__, __len__ ...) and type slots in both directions, super().
**
** Instances of a class whose bases are all plain (object or classes without
** __slots__) get a dict pointer and a weakref-list pointer appended after the
** base's layout (tp_dictoffset, tp_weaklistoffset), and an inline values
** pointer after the dict pointer (instattrs.h).  __slots__ add one
** PymObject* per name instead, each with a member descriptor on the class.
*/
#ifndef PYM_TYPEOBJECT_H
#define PYM_TYPEOBJECT_H

#include "object.h"

extern PymType pym_type_type;
#define PYM_TYPE_CHECK(o) ((PYM_TYPE(o)->tp_flags & PYM_TPFLAGS_TYPE_SUBCLASS) != 0)

/* type(name, bases, namespace, **kwds) as called by __build_class__.
** Honours __slots__, __classcell__, __init_subclass__, __set_name__. */
PymObject *pym_type_new_class(PymType *metatype, PymObject *name, PymObject *bases, PymObject *ns,
                              PymObject *kwnames_dict);
/* A class over static bases with nothing but ns (ExceptionGroup), made at
** start-up without building the bases' dicts (typeobject.c). */
PymObject *pym_type_new_builtin_class(PymObject *name, PymObject *bases, PymObject *ns);
/* object.__new__ / generic allocation for any type (tracks GC objects). */
PymObject *pym_type_generic_new(PymType *t, PymObject *const *args, size_t nargs,
                                PymObject *kwnames);
/* Whether calling class t (no keywords) is exactly what the CALL_FUNCTION_CLASS
** form does: t's metatype is type, t is a heap type, not abstract, with
** object.__new__; then *init is its __init__ when that is a Python function
** (borrowed, valid while t's version tag is unchanged) or NULL when t has
** object.__init__.  1 / 0 (no error set). */
int pym_type_simple_instance(PymType *t, PymObject **init);
/* Called when a class attribute changes: re-derives the slot for a dunder name
** and invalidates caches. 0/-1 */
int pym_type_update_slot(PymType *t, PymObject *name);
/* CPython's numbers for the sequence/mapping flags, as type.__flags__ and
** '__abc_tpflags__' show them. */
#define PYM_CPYTHON_TPFLAGS_SEQUENCE (1UL << 5)
#define PYM_CPYTHON_TPFLAGS_MAPPING  (1UL << 6)
/* collections.abc support (lib/abc.py through the _abc module): takes the
** flag named by '__abc_tpflags__' in t's namespace and deletes that entry
** (TypeError when it names both), 0 / -1; gives t and its subclasses the
** sequence/mapping flag of abc, when abc has one (abc.register(t)). */
int pym_type_abc_init_flags(PymType *t);
void pym_type_set_collection_flag(PymType *t, PymType *abc);
/* The qualified name of a type (heap: __qualname__, static: tp_name). borrowed */
PymObject *pym_type_qualname(PymType *t);
/* "module.qualname" repr used by <class '...'>; new str */
PymObject *pym_type_repr_name(PymType *t);
int pym_types_init(void); /* object, type, None, NotImplemented, Ellipsis, descriptors, super */

/* ---- lookup, readying, dir(), the GC test of an object ---- */

/* Looks name up along t's MRO; borrowed; NULL (no error) when absent. */
PymObject *pym_type_lookup(PymType *t, PymObject *name);
/* Fills tp_dict (methods, members, getsets, slot wrappers), bases, MRO and
** inherited slots of a static type.  0 / -1. */
int pym_type_ready(PymType *t);
/* The class dict of t, built on first use for a static type (borrowed;
** NULL with an error set when building it fails). */
PymObject *pym_type_fill_dict(PymType *t);
static inline PymObject *pym_type_get_dict(PymType *t) {
    if (__builtin_expect((t->tp_flags & PYM_TPFLAGS_DICT_PENDING) != 0, 0))
        return pym_type_fill_dict(t);
    return t->tp_dict;
}
/* Builds the dict of every ready static type now, and of every type readied
** from now on at once: called before anything observes the whole heap
** (gc.get_objects, tracemalloc, sys.getallocatedblocks), so what it sees is
** what an interpreter that built them all at start-up would show. */
void pym_types_fill_all(void);
/* Calls fn on every ready static type not yet entered in its base's
** __subclasses__ registry (they are entered when a registry is first read or
** added to): the leak check reaches them so without making anything. */
void pym_types_each_pending(void (*fn)(PymType *t));
/* Keys of instance_dict (may be NULL) and the dicts of t and its bases, for
** dir(); new list, unsorted. */
PymObject *pym_type_dir_keys(PymType *t,
                             PymObject *instance_dict); /* from the address, as CPython */
/* True for objects preceded by a GC header: static type objects are of type
** 'type' (a GC type) but are not heap allocated and have no header. */
static inline bool pym_object_is_gc(PymObject *o) {
    unsigned long f = PYM_TYPE(o)->tp_flags;
    if (!(f & PYM_TPFLAGS_HAVE_GC)) return false;
    return !(f & PYM_TPFLAGS_TYPE_SUBCLASS) ||
           (((PymType *)o)->tp_flags & PYM_TPFLAGS_HEAPTYPE) != 0;
}

#endif
