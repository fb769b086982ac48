/*
** formatspec.h -- the format-spec mini-language, format() of str and
** str.format/format_map (formatspec.c).  Included by strobject.h, whose
** PymFormatSpec it uses.
*/
#ifndef PYM_FORMATSPEC_H
#define PYM_FORMATSPEC_H

#include "strobject.h"

/* Parses spec (a str); ValueError "Invalid format specifier" on error. 0/-1 */
int pym_format_spec_parse(PymObject *spec, PymFormatSpec *out);
/* Pads body (UTF-8, nchars code points) to spec->width with fill/align;
** default_align is used when spec->align is 0.  New str. */
PymObject *pym_format_pad(const char *body, intptr_t nbytes, intptr_t nchars,
                          const PymFormatSpec *spec, char default_align);
/* Formats a str per spec (str.__format__). */
PymObject *pym_str_format_spec(PymObject *s, PymObject *spec);
/* str.format(*args, **kwargs) implementation. */
PymObject *pym_str_format_method(PymObject *fmt, PymObject *const *args, size_t nargs,
                                 PymObject *kwnames);
/* Like pym_format_spec_parse; tname ("int", "float", "str") is used in the
** "Invalid format specifier 'x' for object of type 'T'" message, and *z (may
** be NULL) receives the 'z' flag. */
int pym_format_spec_parse_ex(PymObject *spec, PymFormatSpec *out, const char *tname, bool *z);
/* str.format_map(mapping) . */
PymObject *pym_str_format_map_impl(PymObject *fmt, PymObject *mapping);

/* printf "%.*f" for |v| < 1e17, prec <= 17, without printf;
** length written to out (>= 64 bytes) or -1 when out of that range. */
int pym_format_fixed(double v, int prec, bool alt, char *out);

#endif
