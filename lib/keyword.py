"""Keywords of the Python language (written for pym, after CPython 3.11's API).

kwlist holds the hard keywords, softkwlist the soft keywords (names that are
keywords only in some places: match statements and the '_' wildcard).
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

_kwset = frozenset(kwlist)
_softkwset = frozenset(softkwlist)


def iskeyword(s):
    """Return True if s is a hard keyword of Python."""
    return s in _kwset


def issoftkeyword(s):
    """Return True if s is a soft keyword of Python."""
    return s in _softkwset
