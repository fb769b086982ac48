/*
** strbuilder.h -- PymStrBuilder (strbuilder.c): a growable UTF-8 buffer on
** the raw allocator that assembles a str piece by piece (repr, join,
** format), counting code points as it goes.  Included by strobject.h.
*/
#ifndef PYM_STRBUILDER_H
#define PYM_STRBUILDER_H

#include "object.h"

typedef struct PymStrBuilder {
    char *buf;
    intptr_t len, cap;
    intptr_t nchars; /* code points appended so far */
    bool ascii;
    bool failed; /* out of memory: finish returns NULL */
} PymStrBuilder;

void pym_sb_init(PymStrBuilder *sb);
void pym_sb_append(PymStrBuilder *sb, const char *utf8, intptr_t nbytes);
void pym_sb_append_cstr(PymStrBuilder *sb, const char *s);
void pym_sb_append_char(PymStrBuilder *sb, uint32_t cp);
/* Appends code point cp count times with one reservation (padding). */
void pym_sb_append_repeat(PymStrBuilder *sb, uint32_t cp, intptr_t count);
void pym_sb_append_str(PymStrBuilder *sb, PymObject *str); /* a str object */
/* Appends str(o) / repr(o); -1 on error (sb stays valid). */
int pym_sb_append_obj_str(PymStrBuilder *sb, PymObject *o);
int pym_sb_append_obj_repr(PymStrBuilder *sb, PymObject *o);
void pym_sb_printf(PymStrBuilder *sb, const char *fmt, ...); /* C printf */
PymObject *pym_sb_finish(PymStrBuilder *sb);                 /* new str; releases the buffer */
void pym_sb_discard(PymStrBuilder *sb);

#endif
