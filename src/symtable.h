/*
** symtable.h -- the symbol table (symtable.c): the first pass of the
** compiler.  It walks the AST once, builds one entry per scope (module,
** class, function, lambda, comprehension/genexp), records how every name is
** used there, and then resolves each name to a scope kind (local, global
** explicit/implicit, free, cell) the way CPython 3.11's symtable.c does.
** Everything lives on the raw allocator and is freed with the table.
*/
#ifndef PYM_SYMTABLE_H
#define PYM_SYMTABLE_H

#include "common.h"
#include "ast.h"
#include "ptrmap.h"
#include "namemap.h"

/* Flags recorded while walking the AST. */
#define PYM_DEF_GLOBAL     0x001 /* global statement */
#define PYM_DEF_LOCAL      0x002 /* assigned / bound in this scope */
#define PYM_DEF_PARAM      0x004 /* a parameter */
#define PYM_DEF_NONLOCAL   0x008 /* nonlocal statement */
#define PYM_DEF_USE        0x010 /* read */
#define PYM_DEF_FREE_CLASS 0x020 /* free in a method, bound in the class */
#define PYM_DEF_IMPORT     0x040 /* bound by import */
#define PYM_DEF_ANNOT      0x080 /* annotated */
#define PYM_DEF_COMP_ITER  0x100 /* comprehension iteration variable */
#define PYM_DEF_BOUND      (PYM_DEF_LOCAL | PYM_DEF_PARAM | PYM_DEF_IMPORT)

/* Resolved scope of a name (result of analysis). */
enum {
    PYM_SCOPE_NONE = 0,
    PYM_SCOPE_LOCAL,
    PYM_SCOPE_GLOBAL_EXPLICIT,
    PYM_SCOPE_GLOBAL_IMPLICIT,
    PYM_SCOPE_FREE,
    PYM_SCOPE_CELL
};

typedef enum { PYM_BLOCK_MODULE, PYM_BLOCK_CLASS, PYM_BLOCK_FUNCTION } PymBlockType;

/* Which kind of code a function-like block is (for names and messages). */
typedef enum {
    PYM_KIND_PLAIN,
    PYM_KIND_LAMBDA,
    PYM_KIND_LISTCOMP,
    PYM_KIND_SETCOMP,
    PYM_KIND_DICTCOMP,
    PYM_KIND_GENEXP
} PymBlockKind;

typedef struct PymSymbol {
    const char *name; /* mangled name (arena or table memory) */
    int flags;        /* PYM_DEF_* */
    int scope;        /* PYM_SCOPE_* after analysis */
    AstPos directive; /* position of the global/nonlocal statement */
} PymSymbol;

typedef struct PymSTEntry {
    PymBlockType type;
    PymBlockKind kind;
    const char *name; /* "top", class/function name, "<lambda>", ... */
    const void *node; /* the AST node that opened the scope */
    AstPos pos;
    PymNameMap symbols;    /* of PymSymbol, insertion ordered */
    const char **varnames; /* parameters in order */
    int nvarnames, capvarnames;
    struct PymSTEntry **children;
    int nchildren, capchildren;
    struct PymSTEntry *parent;
    const char *private_name; /* enclosing class name for mangling, or NULL */
    bool nested;              /* inside a function-like block */
    bool generator;           /* contains yield */
    bool varargs, varkeywords;
    bool child_free;          /* a child has free variables */
    bool needs_class_closure; /* class body must create the __class__ cell */
    bool comp_iter_target;    /* visiting a comprehension target */
    int comp_iter_expr;       /* visiting a comprehension's iterable ('x := 1' is refused there) */
    bool has_annotations;     /* module/class: some AnnAssign at this level */
    bool async_def;           /* an 'async def' function */
    bool coroutine;           /* async def, or a comprehension with async for/await */
} PymSTEntry;

typedef struct PymSymtable {
    PymSTEntry *top;
    const char *filename;
    const char *src; /* source text for error lines, or NULL */
    size_t srclen;
    PymPtrMap scopes; /* AST node -> the entry of the scope it opens */
    int depth;        /* recursion guard */
    char **strs;      /* strings owned by the table (mangled names) */
    int nstrs, capstrs;
    PymSTEntry *cur;              /* while building */
    bool future_annotations;      /* from __future__ import annotations */
    PymSTEntry *annotation_block; /* the scope of the annotation being visited under it */
} PymSymtable;

/* Builds and analyzes the table of a module.  NULL with SyntaxError (or
** RecursionError / MemoryError) set. src may be NULL (then error lines are
** read with pym_source_line). */
PymSymtable *pym_symtable_build(AstMod *mod, const char *filename, const char *src, size_t srclen);
void pym_symtable_free(PymSymtable *st);
/* The entry of the scope opened by node (FunctionDef, ClassDef, Lambda,
** comprehension expression); NULL if none. */
PymSTEntry *pym_symtable_lookup(PymSymtable *st, const void *node);
/* The symbol for name (already mangled) in ste, or NULL. */
PymSymbol *pym_st_get(PymSTEntry *ste, const char *name);
/* Resolved scope of name in ste (PYM_SCOPE_NONE when unknown). */
int pym_st_scope(PymSTEntry *ste, const char *name);
/* The i-th symbol of ste, in the order of first use (0 <= i < symbols.n). */
static inline PymSymbol *pym_st_symbol_at(PymSTEntry *ste, int i) {
    return (PymSymbol *)pym_namemap_item(&ste->symbols, i);
}

/* Private name mangling (__x inside class C -> _C__x).  Returns name itself
** when no mangling applies, else a string owned by the table; NULL (and
** MemoryError) when out of memory. */
const char *pym_st_mangle(PymSymtable *st, const char *private_name, const char *name);
/* Keeps s (from pym_raw_malloc; owned by the table from now on) until the
** table is freed and returns it; NULL (and MemoryError, s freed) when out
** of memory. */
const char *pym_st_keep_string(PymSymtable *st, char *s);

/* The guard of both passes (symbol table, compiler) against deep ASTs:
** increments *depth, the pass's nesting; -1 with RecursionError "maximum
** recursion depth exceeded during compilation" when the recursion guard
** (vm.h) refuses pym_vm.depth + (*depth - 1) / 3 levels (that is, when
** 3 x frames + *depth > 3 x the limit), as CPython 3.11 counts
** (the caller decrements *depth on the way out). */
int pym_st_enter_recursion(int *depth);

/* Raises a SyntaxError at pos with the line text taken from src (or the file). */
void pym_compile_syntax_error(const char *filename, const char *src, size_t srclen, AstPos pos,
                              const char *fmt, ...);

#endif
