/* lineedit.h -- the REPL's own line editor (lineedit.c). */
#ifndef PYM_LINEEDIT_H
#define PYM_LINEEDIT_H
#include <stdbool.h>

/* true when stdin is a terminal the editor can drive (and one of stdout,
** stderr a terminal to draw on) */
bool pym_lineedit_usable(void);
/* Reads a line (without the newline) into malloc'd memory, editing it on
** the terminal; NULL at end of input or on Ctrl-C (*interrupted set). */
char *pym_lineedit_read(const char *prompt, bool *interrupted);
/* Remembers a line for Up/Down (a repeat of the last one is not kept). */
void pym_lineedit_add_history(const char *line);

#endif
