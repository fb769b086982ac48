# relative import in a top-level script fails
try:
    from . import helper_a
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .helper_a import VALUE
except ImportError as e:
    print(type(e).__name__, e)
