print("helperpkg init", __name__, __package__)
from .mod1 import one
from . import mod2
PKG_CONST = "pkg"
