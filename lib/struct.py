"""Functions to convert between Python values and C structs (written for
pym, after CPython 3.11's API).

Python bytes objects are used to hold the data representing the C struct.
The work is done by the C module _struct; see its description of formats:
the first character gives the byte order ('@' native with alignment, '='
native order with standard sizes, '<' little-endian, '>' and '!'
big-endian), then items 'x c b B ? h H i I l L q Q n N e f d s p P', each
optionally preceded by a repeat count.
"""

__all__ = [
    # Functions
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',

    # Classes
    'Struct',

    # Exceptions
    'error'
    ]

from _struct import *
from _struct import _clearcache
