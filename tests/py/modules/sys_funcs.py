# sys functions and attributes with deterministic output
import sys
print(sys.version_info[:3], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.version_info)
print(sys.version.startswith("3.11"), type(sys.hexversion).__name__, sys.hexversion >> 16)
print(sys.platform, sys.byteorder, sys.maxsize == 2**63 - 1)
print(sys.getdefaultencoding(), type(sys.argv).__name__, sys.argv[0].endswith("sys_funcs.py"))
print(type(sys.path).__name__, type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)

x = object()
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))

print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(1.5))
print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof(()), sys.getsizeof((1, 2)))
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(None), sys.getsizeof(True))
class Sized:
    __slots__ = ()
    def __sizeof__(self):
        return 100
print(sys.getsizeof(Sized()))
class Neg:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Neg())
except ValueError as e:
    print(type(e).__name__, e)
class Bad:
    def __sizeof__(self):
        return "x"
try:
    sys.getsizeof(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(sys.getsizeof(Bad(), 7))

print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
print(sys.exc_info()[0])

s = sys.intern("hello" + str(1))
print(s, s is sys.intern("hello1"))
try:
    sys.intern(1)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(repr(sys.stdout), repr(sys.stderr))
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
sys.displayhook(None)
sys.displayhook([1, "two"])
import builtins
print(builtins._)
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info)
print(sys.implementation.name == "pym" or sys.implementation.name == "cpython")
