/*
** bytes_methods.h -- bytes methods kept in bytes_methods.c (entries of the
** bytes type's method table).  self is a bytes object.
*/
#ifndef PYM_BYTES_METHODS_H
#define PYM_BYTES_METHODS_H

#include "object.h"

#define PYM_BYTES_M(name) \
    PymObject *pym_bytes_m_##name(PymObject *self, PymObject *const *args, size_t nargs, \
                                  PymObject *kw)
PYM_BYTES_M(partition);
PYM_BYTES_M(rpartition);
PYM_BYTES_M(splitlines);
PYM_BYTES_M(maketrans);
PYM_BYTES_M(translate);
PYM_BYTES_M(removeprefix);
PYM_BYTES_M(removesuffix);
PYM_BYTES_M(center);
PYM_BYTES_M(ljust);
PYM_BYTES_M(rjust);
PYM_BYTES_M(zfill);
PYM_BYTES_M(expandtabs);
PYM_BYTES_M(capitalize);
PYM_BYTES_M(swapcase);
PYM_BYTES_M(title);
PYM_BYTES_M(isascii);
PYM_BYTES_M(istitle);
PYM_BYTES_M(bytes);
#undef PYM_BYTES_M

/* bytes.translate and (as_bytearray) bytearray.translate: self is of that type */
PymObject *pym_bytes_translate(PymObject *self, PymObject *const *args, size_t nargs, PymObject *kw,
                               bool as_bytearray);

#endif
