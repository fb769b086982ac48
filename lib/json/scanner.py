"""The JSON scanner: _json.make_scanner, written in C for pym
(src/modules/mod_json.c)."""

from _json import make_scanner as c_make_scanner

make_scanner = c_make_scanner
py_make_scanner = None       # pym has only the C scanner

__all__ = ["make_scanner"]
