"""collections.abc: the container ABCs, kept in _collections_abc (as in
CPython) so that modules can use them without importing all of collections."""

from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _check_methods
