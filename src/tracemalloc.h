/*
** tracemalloc.h -- tracing of object memory (tracemalloc.c), the core of
** the _tracemalloc module and of `-X tracemalloc[=N]` / PYMTRACEMALLOC=N.
**
** While tracing, every block handed out by pym_obj_malloc/calloc/realloc
** gets a trace: its requested size and the Python traceback of the
** allocation (up to nframe frames, most recent first: filename and line of
** each frame, from the VM's current frame).  Tracebacks and filenames are
** interned, so equal tracebacks share one record; every table lives on the
** raw allocator, so tracemalloc's own memory is never traced.
**
** The hooks below are called by obmalloc.c only while pym_tracemalloc_active
** is true (one test on the allocation path when tracing is off).
*/
#ifndef PYM_TRACEMALLOC_H
#define PYM_TRACEMALLOC_H

#include "object.h"

/* Largest traceback depth accepted by start() (CPython's limit). */
#define PYM_TRACEMALLOC_MAX_NFRAME 65535

/* True while tracing (the flag of tracemalloc's entry in the allocator's
** hook table, read on every allocation). */
extern bool pym_tracemalloc_active;

/* Hooks, hung on the allocator's hook table (called only when active). */
int pym_tracemalloc_on_alloc(void *block, size_t size); /* -1: not traced (no memory) */
void pym_tracemalloc_on_free(void *block);
/* Block old is about to be reallocated: where it lies, for on_realloc
** (which runs when old may be gone: its place cannot be read then). */
int pym_tracemalloc_before_realloc(void *old);
/* Block old was reallocated to new_block (possibly equal) with size bytes;
** before is what before_realloc(old) said: old's trace goes, new_block gets
** a trace of the current traceback. */
void pym_tracemalloc_on_realloc(void *old, int before, void *new_block, size_t size);

/* Called by pym_object_alloc (while active) for the object of type t with
** nitems items, in block mem, pre bytes in (the GC header):
**   - str, bytes and int ask CPython's allocator for their exact size, while
**     pym rounds every object to 8 bytes: the trace gets the exact size
**     (basicsize + items, with the GC header), so bytes(600) is 633 B;
**     a one-digit int is 32 B, as CPython 3.11's medium ints;
**   - frames are not traced: CPython 3.11 keeps executing frames on its
**     thread's data stack, out of tracemalloc's sight, so a snapshot taken
**     inside a call does not show the calls' own frames. */
void pym_tracemalloc_on_object(PymType *t, intptr_t nitems, void *mem, size_t pre);

/* Drops the trace of o's block: for objects that stand for CPython's static
** ones (C identifiers, the empty/one-character str, bytes, tuple caches),
** which tracemalloc never sees there. */
void pym_tracemalloc_untrace_object(PymObject *o);

/* Starts tracing with tracebacks of at most nframe frames; does nothing
** when already tracing.  0, or -1 with ValueError ("the number of frames
** must be in range [1; 65535]") or MemoryError set. */
int pym_tracemalloc_start(int nframe);
/* Stops tracing and drops every trace, traceback and filename. */
void pym_tracemalloc_stop(void);
bool pym_tracemalloc_is_tracing(void);
/* Drops the traces (tracing goes on); resets both counters. */
void pym_tracemalloc_clear_traces(void);
/* Traced memory now and at its peak ((0, 0) when not tracing). */
void pym_tracemalloc_get_traced_memory(size_t *current, size_t *peak);
/* The peak becomes the current traced memory. */
void pym_tracemalloc_reset_peak(void);
/* The nframe of the last start() (1 before any). */
int pym_tracemalloc_get_traceback_limit(void);
/* Bytes of raw memory tracemalloc itself uses for its tables. */
size_t pym_tracemalloc_memory(void);
/* Number of traced blocks. */
size_t pym_tracemalloc_ntraces(void);

/* The trace of a block: its size and its traceback (up to max frames,
** most recent first, filenames borrowed from tracemalloc's tables, valid
** until the traces are cleared).  Returns the number of frames stored in
** the trace (0 when the block is not traced); *total_nframe (may be NULL)
** receives the depth of the stack at allocation time. */
int pym_tracemalloc_get_trace(const void *block, size_t *size, const char **filenames, int *linenos,
                              int max, int *total_nframe);

/* Calls fn for every trace: block, size, most recent frame (fn must not
** allocate object memory). */
void pym_tracemalloc_foreach(void (*fn)(uintptr_t block, size_t size, const char *filename,
                                        int lineno, void *arg),
                             void *arg);

/* _get_traces(): new list of (domain, size, traceback, total_nframe) tuples,
** traceback a tuple of (filename, lineno) most recent first; [] when not
** tracing.  NULL on error. */
PymObject *pym_tracemalloc_get_traces(void);
/* _get_object_traceback(o): new ref to the traceback tuple of the block
** holding o, or None when o was not traced.  NULL on error. */
PymObject *pym_tracemalloc_object_traceback(PymObject *o);

/* Starts tracing at start-up when sys._xoptions['tracemalloc'] (from -X
** tracemalloc[=N] or PYMTRACEMALLOC=N) asks for it.  0, or -1 after
** printing a fatal error on stderr (invalid number of frames). */
int pym_tracemalloc_configure(void);

#endif
