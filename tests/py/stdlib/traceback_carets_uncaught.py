# The interpreter's own report of an uncaught exception marks a binary
# operator and a subscript as CPython 3.11.2 does: the operator mark starts
# at the first non-blank character after the left operand's end (a ')'
# closing a parenthesized operand), a subscript runs from the value's end to
# one past the index expression.
import traceback
d = {}


def sub():
    return d[ 'k' ]


try:
    sub()
except KeyError:
    traceback.print_exc()
a, b = 1, 'x'
c = (a)  //  b
