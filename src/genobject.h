/*
** genobject.h -- generators, coroutines and async generators (genobject.c).
** Their layout, PymGen, is the VM's (frameobject.h).
*/
#ifndef PYM_GENOBJECT_H
#define PYM_GENOBJECT_H

#include "frameobject.h"

/* Generators, coroutines and async generators share PymGen and the core of
** send/throw/close (genobject.c); the type says which one it is. */
extern PymType pym_type_generator, pym_type_coroutine, pym_type_async_generator;
#define PYM_GEN_CHECK(o)      (PYM_TYPE(o) == &pym_type_generator)
#define PYM_CORO_CHECK(o)     (PYM_TYPE(o) == &pym_type_coroutine)
#define PYM_ASYNCGEN_CHECK(o) (PYM_TYPE(o) == &pym_type_async_generator)
#define PYM_GENLIKE_CHECK(o)  (PYM_GEN_CHECK(o) || PYM_CORO_CHECK(o))

/* New generator taking over the frame f, the top of the data stack (which
** it pops, also on failure). */
PymObject *pym_gen_new(PymFrame *f, PymObject *name, PymObject *qualname);
/* Sends a value (NULL: next()) into gen.  Returns the yielded value (new
** ref) with *done = 0, or the return value (new ref) with *done = 1, or
** NULL with an exception (*done = 1). */
PymObject *pym_gen_send_ex(PymGen *gen, PymObject *arg, int *done);
/* Draining a generator into a C consumer (the generator type's
** tp_iterdrain: list(), tuple(), set() ... of a generator): instead of one
** next() per item, each a return from and a new entry into pym_eval_frame,
** the generator's frame runs in one eval activation and each value it
** yields is handed to the sink's put at the yield, the generator then
** suspended exactly as at a yield to next() (not running, its frame's
** f_back None, the handled exception and the current frame the
** consumer's), so that whatever put does -- even Python code that resumes
** or closes the generator -- sees what it would see between two next()
** calls.  The eval loop resumes the frame in place when put returns 0 and
** the generator is as put found it (vm.c's yield_to_sink). */
typedef struct PymGenDrain {
    PymIterSink *sink;
    PymFrame *frame;          /* the frame being drained */
    struct PymGenDrain *prev; /* the drain this one runs inside (pym_vm.gen_drain) */
    int stopped;              /* the eval loop returned at a yield: put's result, or 2
                                 when the generator was resumed or closed meanwhile */
} PymGenDrain;
/* The end of a generator's frame that the eval loop ran inline (vm.c's
** FOR_ITER_GEN), after the loop has unlinked it and restored the handled-
** exception chain: raised (an exception is set): a StopIteration becomes
** PEP 479's RuntimeError; then the frame is released, as gen.send's end
** releases it. */
void pym_gen_finish_inline(PymGen *g, bool raised);
/* gen.throw(exc) with an exception instance (borrowed); same contract. */
PymObject *pym_gen_throw_exc(PymGen *gen, PymObject *exc, int *done);
/* The iterator that 'await o' delegates to (new ref), or NULL with
** CPython's TypeError/RuntimeError.  where: 0 await, 1 __aenter__, 2 __aexit__. */
PymObject *pym_coro_get_awaitable_iter(PymObject *o, int where);
/* What an async generator's yield hands out: v wrapped (new ref). */
PymObject *pym_async_gen_wrap(PymObject *v);
/* gen.__anext__() of an async generator: a new asend awaitable. */
PymObject *pym_async_gen_anext(PymObject *gen);
/* the aiter()/anext() builtins */
PymObject *pym_builtin_aiter(PymObject *o);
PymObject *pym_builtin_anext(PymObject *it, PymObject *dflt);
/* sys.set_asyncgen_hooks / sys.get_asyncgen_hooks (the hooks live here) */
PymObject *pym_sys_set_asyncgen_hooks(PymObject *self, PymObject *const *args, size_t nargs,
                                      PymObject *kwnames);
PymObject *pym_sys_get_asyncgen_hooks(PymObject *self, PymObject *const *args, size_t nargs,
                                      PymObject *kwnames);
/* Readies the coroutine-related types (from pym_vm_init); frees the warning
** registry (pym_vm_fini). */
int pym_genobject_init(void);
void pym_genobject_fini(void);

#endif
