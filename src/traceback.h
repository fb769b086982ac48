/*
** traceback.h -- traceback objects (traceback.c).  A traceback entry is added
** by the VM for each frame an exception passes through.
*/
#ifndef PYM_TRACEBACK_H
#define PYM_TRACEBACK_H

#include "object.h"

typedef struct PymTraceback {
    PymObject ob_base;
    struct PymTraceback *tb_next;
    PymObject *tb_frame; /* PymFrameObject */
    int tb_lasti;        /* instruction index */
    int tb_lineno;
} PymTraceback;

extern PymType pym_type_traceback;

/* Prepends an entry for frame (at instruction lasti) to exc.__traceback__. 0/-1 */
int pym_traceback_add(PymObject *exc, PymObject *frame, int lasti);
/* Prints "Traceback (most recent call last):" and the entries (file, line,
** function, source line) as CPython 3.11 does. */
void pym_traceback_print(PymObject *tb, FILE *out);
/* The same inside an exception group: each line starts with indent spaces
** and margin, the header line with header_margin. */
void pym_traceback_print_indented(PymObject *tb, int indent, const char *margin,
                                  const char *header_margin, const char *header, FILE *out);
/* Source line lineno (1-based) of file, without newline and leading
** whitespace stripped; NULL if unavailable.  Raw memory: free with pym_raw_free. */
char *pym_source_line(const char *filename, int lineno);
/* Registers source text for a pseudo-file name (e.g. "<string>", "<stdin>")
** so tracebacks can show lines of code that has no file. */
void pym_source_register(const char *filename, const char *src, size_t len);

#endif
