/*
** tokenizer.h -- the tokenizer's internal API (grammar/lexer.re, used by parse.c).
**
** The lexer turns a NUL-terminated UTF-8 buffer into tokens for the lemon
** parser: TK_* codes from the generated parser.h, plus NEWLINE, INDENT and
** DEDENT computed from an indentation stack.  Strings and numbers are returned
** as raw text; parse.c decodes them.  Errors are recorded in the lexer (kind,
** message and position) and reported by the driver.
*/
#ifndef PYM_TOKENIZER_H
#define PYM_TOKENIZER_H

#include "common.h"

/* One token: its text in the source buffer and its position (lineno 1-based,
** col 0-based byte offset, end exclusive). */
typedef struct PymTok {
    const char *s;
    int len;
    int lineno, col, end_lineno, end_col;
} PymTok;

enum { LEXERR_NONE, LEXERR_SYNTAX, LEXERR_INDENT, LEXERR_TAB };

#define PYM_LEX_MAXINDENT 100
#define PYM_LEX_MAXPAREN  200

typedef struct PymLexer {
    const char *buf;        /* NUL-terminated source */
    const char *end;        /* buf + len (the NUL) */
    const char *cur;        /* scanning position */
    const char *line_start; /* start of the current physical line */
    int lineno;
    int line_base, col_base; /* offsets added to positions (f-string parts) */
    int indstack[PYM_LEX_MAXINDENT + 1], altstack[PYM_LEX_MAXINDENT + 1];
    int nind;    /* indstack[0..nind] valid; [0] == 0 */
    int pending; /* >0 INDENTs or <0 DEDENTs still to emit */
    int level;   /* bracket depth */
    char paren[PYM_LEX_MAXPAREN];
    int paren_line[PYM_LEX_MAXPAREN], paren_col[PYM_LEX_MAXPAREN];
    bool at_bol;          /* at the start of a logical line */
    bool line_has_tokens; /* a token was produced on this logical line */
    bool done;            /* ENDMARKER produced */
    bool eof_newline;     /* NEWLINE at EOF produced */
    int indent_col;       /* column of the current line's indent (for errors) */
    /* error */
    int errkind;
    char errmsg[200];
    int err_lineno, err_col, err_end_lineno, err_end_col; /* cols: byte, 0-based */
} PymLexer;

/* buf must satisfy buf[len] == '\0'. */
void pym_lexer_init(PymLexer *lx, const char *buf, size_t len);
/* The next token: a TK_* code, 0 at the end (ENDMARKER), -1 on error. */
int pym_lexer_next(PymLexer *lx, PymTok *t);
/* Records an error (used by the lexer and the driver); cols 0-based bytes. */
void pym_lexer_error(PymLexer *lx, int kind, int lineno, int col, int end_lineno, int end_col,
                     const char *fmt, ...);
/* Start of physical line number lineno in buf (or NULL). */
const char *pym_lexer_line(const char *buf, const char *end, int lineno);

#endif
