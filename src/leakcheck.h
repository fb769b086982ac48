/*
** leakcheck.h -- the leak check (leakcheck.c): `pym -X leakcheck` or
** PYMLEAKCHECK=1 in the environment.
**
** From the end of start-up on, every block of object memory is recorded
** (pym_obj_* report to the hooks below); at exit, after finalization has
** torn down everything the program created (modules, __main__, the sys and
** builtins namespaces, a final collection, the free lists), the objects
** still allocated that were created after start-up and are not reachable
** from the interpreter's immortal state are reported on stderr:
**
**   pym: leak check: 3 objects still allocated (4 blocks)
**   pym: leak check:   2 x list
**   pym: leak check:   1 x int
**
** Blocks that are not objects (item arrays, dict tables) count when no
** surviving object points at them.  Nothing is printed when there is no leak (unless the value is "verbose":
** -X leakcheck=verbose / PYMLEAKCHECK=verbose prints the totals always).
** The exit status is not changed; the script-test runner turns the check on,
** so a leaked object makes the test's stderr differ from CPython's.
**
** The immortal state (objects never freed by design, which may be created
** lazily after start-up and so are not counted):
**   - every object that existed at the end of start-up (the built-in types'
**     dicts, sys, builtins and what they held then);
**   - interned strings (PYM_ID names, identifiers of compiled code);
**   - everything reachable through tp_traverse from those, and from the
**     static types (tp_dict, tp_mro, tp_bases, tp_subclasses): types made
**     ready on first use (ctypes' c_int ...), caches of such types;
**   - objects handed to pym_leakcheck_immortal (C-level caches kept in a
**     static variable for the process lifetime: the empty str, bytes and
**     tuple, the one-character str and bytes caches);
**   - objects in the collector's permanent generation (gc.freeze()), which
**     CPython never frees either, and gc.garbage / gc.callbacks.
*/
#ifndef PYM_LEAKCHECK_H
#define PYM_LEAKCHECK_H

#include "object.h"

/* True while blocks are being recorded. */
extern bool pym_leakcheck_active;

/* Hooks (called only when active): the first four are hung on the
** allocator's hook table (obmalloc.h), note_object is called by object.c. */
void pym_leakcheck_on_alloc(void *block);
void pym_leakcheck_on_free(void *block);
/* Block old was moved to new by a realloc: new keeps old's record (or none). */
void pym_leakcheck_on_move(void *old, void *new_block, int old_state);
/* Current record of a block: -1 if not recorded (allocated before start). */
int pym_leakcheck_state(void *block);
/* The block at mem holds an object starting pre bytes in (0 or the GC header). */
void pym_leakcheck_note_object(void *mem, size_t pre);

/* Whether o was created after recording started (and is not immortal). */
bool pym_leakcheck_is_recorded(PymObject *o);

/* Marks o as a deliberate process-lifetime object (a C static cache). */
void pym_leakcheck_immortal(PymObject *o);

/* Starts recording if PYMLEAKCHECK or sys._xoptions['leakcheck'] asks for
** it (call once start-up is complete, after -X options are in sys). */
void pym_leakcheck_configure(void);
/* Starts recording unconditionally (tests); verbose prints totals always. */
void pym_leakcheck_start(bool verbose);
/* Census: objects created since start that are still allocated and not
** reachable from the immortal state; *blocks (may be NULL) receives the
** number of recorded blocks still allocated that belong to no reachable
** object.  Does not print or stop recording. */
intptr_t pym_leakcheck_count(intptr_t *blocks);
/* At exit (pym_runtime_fini, after teardown): the census, printed on out
** when there are leaks (or always when verbose); stops recording. Returns
** the number of leaked objects (or, with none, of leaked other blocks: a
** table its owner forgot to free). */
intptr_t pym_leakcheck_report(FILE *out);
/* Stops recording and drops the records. */
void pym_leakcheck_stop(void);

#endif
