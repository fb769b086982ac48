# import statement forms with helper modules in this folder
import sys
import helper_a
print(helper_a.VALUE, helper_a.func(4), helper_a.__name__, helper_a.__file__.endswith("helper_a.py"))
import helper_a as ha
print(ha is helper_a, ha is sys.modules["helper_a"])
from helper_a import func, VALUE as V
print(func(5), V)
from helper_a import *
print(func(1), "func" in dir(), "Thing" in dir(), "_private" in dir())
import helperpkg
print(helperpkg.one(), helperpkg.mod2.TWO, helperpkg.PKG_CONST, helperpkg.__package__)
import helperpkg.sub.deep
print(helperpkg.sub.deep.FOUR, helperpkg.sub.deep.WHERE, helperpkg.sub.THREE)
from helperpkg.sub import deep as d
print(d.FOUR, d is helperpkg.sub.deep)
from helperpkg import mod1, mod2
print(mod1.one(), mod2.TWO)
print(sorted(k for k in sys.modules if k.startswith("helper")))
print(type(helper_a).__name__, repr(sys)[:20])

try:
    import helper_broken
except ValueError as e:
    print("ValueError", e, "helper_broken" in sys.modules)
try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import helper_a.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from helper_a import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import helperpkg.nothing
except ImportError as e:
    print(type(e).__name__, e)
for name in ["nonexistent_pkg_q", "nonexistent_pkg_q.sub", "helperpkg.sub.nothing"]:
    try:
        __import__(name)
        print("imported", name)
    except ImportError as e:
        print(type(e).__name__, "failed", name)
try:
    helper_a.nope
except AttributeError as e:
    print(type(e).__name__, e)
m = __import__("helperpkg.mod1")
print(m.__name__)
m = __import__("helperpkg.mod1", fromlist=["one"])
print(m.__name__)
print(__name__, __package__ is None)
