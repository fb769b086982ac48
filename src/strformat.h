/*
** strformat.h -- printf-style formatting: str % args and bytes % args
** (strformat.c).  Included by strobject.h.
*/
#ifndef PYM_STRFORMAT_H
#define PYM_STRFORMAT_H

#include "strobject.h"

/* str % args */
PymObject *pym_str_percent_format(PymObject *fmt, PymObject *args);
/* bytes % args */
PymObject *pym_bytes_percent_format(PymObject *fmt, PymObject *args);

#endif
