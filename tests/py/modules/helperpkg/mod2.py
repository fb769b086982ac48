from .mod1 import one
TWO = one() + 1
