/*
** codeobject.h -- code objects (codeobject.c): what the compiler produces and
** the VM runs.  Instructions are 32-bit words: opcode in the low 8 bits, the
** argument in the high 24 (no EXTENDED_ARG); jump arguments are absolute
** instruction indexes.  co_posruns is the position table: one source
** position for each run of words that share it (an instruction, its cache
** words, and the next instructions as long as their position is the same),
** so a word's position is the run's whose start is the last one not after
** it (a binary search: positions are read on errors, tracebacks and
** f_lineno, never on the normal path).  Columns are 0-based UTF-8 byte
** offsets as in CPython's co_positions, -1 when unknown.
**
** Frame layout of the fast locals ("localsplus"):
**   [0, co_nlocals)                      arguments first, then other locals
**   [co_nlocals, +ncells)                cells created by this frame (co_cellvars)
**   [.., +nfrees)                        cells passed in the closure (co_freevars)
** LOAD_DEREF i / LOAD_CLOSURE i index cells+frees from 0.
*/
#ifndef PYM_CODEOBJECT_H
#define PYM_CODEOBJECT_H

#include "object.h"

typedef uint32_t PymInstr;
#define PYM_INSTR(op, arg) ((PymInstr)(op) | ((PymInstr)(arg) << 8))
#define PYM_INSTR_OP(i)    ((i)&0xff)
#define PYM_INSTR_ARG(i)   ((i) >> 8)
#define PYM_INSTR_ARG_MAX  0xffffff

typedef struct PymCodePos {
    int32_t lineno, end_lineno;
    int32_t col, end_col;
} PymCodePos;

/* A run of words with one source position: words [start, next run's start). */
typedef struct PymCodePosRun {
    int32_t start;
    PymCodePos pos;
} PymCodePosRun;

/* co_flags, values as CPython's */
#define PYM_CO_OPTIMIZED          0x0001 /* fast locals (function) */
#define PYM_CO_NEWLOCALS          0x0002
#define PYM_CO_VARARGS            0x0004
#define PYM_CO_VARKEYWORDS        0x0008
#define PYM_CO_NESTED             0x0010
#define PYM_CO_GENERATOR          0x0020
#define PYM_CO_NOFREE             0x0040
#define PYM_CO_COROUTINE          0x0080
#define PYM_CO_ITERABLE_COROUTINE 0x0100
#define PYM_CO_ASYNC_GENERATOR    0x0200

typedef struct PymCode {
    PymObject ob_base;
    int co_argcount; /* positional parameters, incl. positional-only */
    int co_posonlyargcount;
    int co_kwonlyargcount;
    int co_nlocals;           /* == len(co_varnames) */
    int co_ncells, co_nfrees; /* == len(co_cellvars), len(co_freevars) */
    int co_stacksize;
    int co_flags;
    int co_firstlineno;
    int co_ncode;             /* number of instructions */
    int co_nblocks;           /* deepest nesting of the block stack (codeobject.c) */
    int co_framesize;         /* slots of a frame: locals + cells + frees + stack +
                                 1 spare stack slot (vm.c's inline property getter) +
                                 PYM_CODE_BLOCK_SLOTS(co_nblocks) */
    PymInstr *co_code;        /* raw memory, owned */
    PymCodePosRun *co_posruns; /* co_nposruns runs, starts increasing from 0; owned */
    int co_nposruns;
    int co_nlocalsplus;       /* co_nlocals + co_ncells + co_nfrees: where a frame's
                                 value stack starts (in what was padding) */
    int *co_cell2arg;         /* co_ncells entries: argument index or -1; NULL if none */
    PymObject *co_consts;     /* tuple */
    PymObject *co_names;      /* tuple of str: globals, attributes, imports */
    PymObject *co_varnames;   /* tuple of str */
    PymObject *co_cellvars;   /* tuple of str */
    PymObject *co_freevars;   /* tuple of str */
    PymObject *co_filename;   /* str */
    PymObject *co_name;       /* str */
    PymObject *co_qualname;   /* str */
    PymObject *co_weakreflist;
} PymCode;

/* Pointer-sized slots that hold n blocks of the frame's block stack (12-byte
** PymTryBlock, frameobject.h), after the value stack. */
#define PYM_CODE_BLOCK_SLOTS(n) (((n)*12 + (int)sizeof(void *) - 1) / (int)sizeof(void *))

extern PymType pym_type_code;
/* The name of each opcode of opcodes.h ("LOAD_CONST" ...), for dis and the
** bytecode cache's fingerprint of the opcode table. */
extern const char *const pym_opcode_names[];
#define PYM_CODE_CHECK(o) (PYM_TYPE(o) == &pym_type_code)

/* Builds a code object; takes ownership of code/posruns/cell2arg (raw
** memory, freed with the code object) and borrows the tuples/strs.  posruns
** (may be NULL with nposruns 0) must start at word 0 with increasing starts. */
PymCode *pym_code_new(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize,
                      int flags, int firstlineno, PymInstr *code, int ncode,
                      PymCodePosRun *posruns, int nposruns,
                      PymObject *consts, PymObject *names, PymObject *varnames, PymObject *cellvars,
                      PymObject *freevars, int *cell2arg, PymObject *filename, PymObject *name,
                      PymObject *qualname);
/* Source line of instruction index i (-1 unknown). */
int pym_code_line(PymCode *co, int i);
/* The source position of word i; NULL when unknown (borrowed from co). */
const PymCodePos *pym_code_position(PymCode *co, int i);

#endif
