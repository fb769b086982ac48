from .. import PKG_CONST
from . import THREE
FOUR = THREE + 1
WHERE = __name__
