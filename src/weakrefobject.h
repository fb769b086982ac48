/*
** weakrefobject.h -- weak references (weakrefobject.c) as CPython 3.11 has
** them: weakref.ReferenceType ('weakref'), weakref.ProxyType and
** weakref.CallableProxyType, the per-object list of weak references, and the
** clearing done when a referent dies (by refcount or by the collector).
**
** The list.  An object whose type has tp_weaklistoffset > 0 keeps at that
** offset the head of a doubly linked list of the weak references to it
** (PymWeakReference.wr_prev / wr_next).  The list is ordered as CPython's:
** the shared callback-less 'ref' first, then the shared callback-less proxy,
** then every other reference, newest first.  A weak reference does not own
** its referent; wr_object is pym_None (not counted) once it is dead.
**
** Clearing.  Every tp_dealloc of a type with a weak list calls
** pym_object_clear_weakrefs(o) while o's count is 0 and before its fields are
** released (heap-type instances in subtype_dealloc, typeobject.c): the one
** path by which a dying object's references are cleared.  Each reference is detached (it now answers None) and, in
** list order, the callbacks of references that are themselves still alive
** are called as callback(ref); an exception in a callback is printed with
** pym_err_write_unraisable(callback) and does not propagate.  The collector
** clears weak references to unreachable objects before finalizers run
** (pym_gc_weakref_hook, CPython's handle_weakrefs).
*/
#ifndef PYM_WEAKREFOBJECT_H
#define PYM_WEAKREFOBJECT_H

#include "object.h"

typedef struct PymWeakReference {
    PymObject ob_base;
    PymObject *wr_object;             /* referent (not owned); pym_None when dead */
    PymObject *wr_callback;           /* owned, or NULL */
    intptr_t hash;                    /* hash of the referent, -1 until asked */
    struct PymWeakReference *wr_prev; /* links of the referent's list */
    struct PymWeakReference *wr_next;
    vectorcallfunc vectorcall; /* (keeps CPython's 64-byte layout) */
} PymWeakReference;

extern PymType pym_type_weakref, pym_type_weakproxy, pym_type_weakcallableproxy;

#define PYM_WEAKREF_REF_CHECK(o) \
    (PYM_TYPE(o) == &pym_type_weakref || pym_type_is_subtype(PYM_TYPE(o), &pym_type_weakref))
#define PYM_WEAKREF_PROXY_CHECK(o) \
    (PYM_TYPE(o) == &pym_type_weakproxy || PYM_TYPE(o) == &pym_type_weakcallableproxy)
#define PYM_WEAKREF_CHECK(o) (PYM_WEAKREF_REF_CHECK(o) || PYM_WEAKREF_PROXY_CHECK(o))

/* True when instances of t can be weakly referenced. */
static inline bool pym_type_supports_weakrefs(PymType *t) { return t->tp_weaklistoffset > 0; }

/* weakref.ref(ob, callback): new reference; callback NULL or None means
** none, and then an existing callback-less ref to ob is returned instead.
** TypeError "cannot create weak reference to 'int' object" when ob's type
** has no weak list. */
PymObject *pym_weakref_new_ref(PymObject *ob, PymObject *callback);
/* weakref.proxy(ob, callback): a ProxyType, or CallableProxyType when ob is
** callable; shared when there is no callback, as refs are. */
PymObject *pym_weakref_new_proxy(PymObject *ob, PymObject *callback);
/* The referent of a ref or proxy (borrowed), pym_None when dead. */
PymObject *pym_weakref_get_object(PymObject *ref);
/* Number of weak references (refs and proxies) to o; 0 if o's type has no
** weak list. */
intptr_t pym_weakref_count(PymObject *o);

/* Clears every weak reference to o and calls their callbacks (see above).
** For tp_dealloc, with o's refcount at 0; preserves the current exception. */
void pym_object_clear_weakrefs(PymObject *o);

/* Readies the three types and installs the collector's clearing hook
** (gc.c's pym_gc_weakref_hook).  Idempotent. 0/-1 */
int pym_weakref_init(void);

/* Shutdown: calls the exit function registered by the weakref module
** (weakref.finalize's atexit handling), printing its errors; called once by
** pym_runtime_fini before modules are torn down. */
void pym_weakref_run_exitfunc(void);
/* Sets (f borrowed) or removes (NULL) that exit function. */
void pym_weakref_set_exitfunc(PymObject *f);

#endif
