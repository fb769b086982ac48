# The bytecode cache: __pycache__/NAME.<cache_tag>.pyc written on import,
# used on the next import, and ignored (then rewritten) when stale or broken
# in the ways CPython also tolerates (bad magic, truncated header, changed
# source size or mtime).  sys.dont_write_bytecode turns writing off.
import os, sys

tmp = "/tmp/pym_bytecode_cache_%d" % os.getpid()
os.mkdir(tmp)
sys.path.insert(0, tmp)
src_path = tmp + "/cmod.py"
pyc = "%s/__pycache__/cmod.%s.pyc" % (tmp, sys.implementation.cache_tag)

SOURCE = '''
BIG = 2**100
VALUES = (1, -7, BIG, -BIG, 2.5, -0.0, 3j, b"by\\x00", "\\u00e9\\U0001f600", ..., None, True,
          frozenset({1}), ("a", (1, 2)))
def f(a, b=3, *args, k, **kw):
    x = [i * i for i in range(a)]
    def g():
        return a + b + sum(x)
    return g(), k, sorted(kw)
class C:
    attr = "value"
    def m(self):
        return self.attr * 2
def fail():
    return 1 / 0
'''

def write_source(text):
    with open(src_path, "w") as fp:
        fp.write(text)

def load():
    sys.modules.pop("cmod", None)
    import cmod
    try:
        cmod.fail()
    except ZeroDivisionError as e:
        tb = e.__traceback__.tb_next
        line = tb.tb_frame.f_code.co_firstlineno, tb.tb_lineno
    return (cmod.VALUES, cmod.f(3, k=1, z=2, y=0), cmod.C().m(), line,
            cmod.f.__code__.co_varnames, cmod.f.__defaults__)

def read_pyc():
    with open(pyc, "rb") as fp:
        return fp.read()

def write_pyc(data):
    with open(pyc, "wb") as fp:
        fp.write(data)

write_source(SOURCE)
cold = load()
print("cold:", cold)
print("cache written:", os.path.exists(pyc))
good = read_pyc()
warm = load()
print("warm same:", warm == cold)

def check(what, data):
    write_pyc(data)
    r = load()
    print(what, "->", "same" if r == cold else r, "| rewritten:", read_pyc() == good)

check("bad magic", b"XXXX" + good[4:])
check("truncated to 3 bytes", good[:3])
check("empty", b"")

# a stale cache: the source changed (other size), then changed back
st = os.stat(src_path)
write_source(SOURCE + "EXTRA = 1\n")
r = load()
print("changed source seen:", sys.modules["cmod"].EXTRA, r == cold)
write_source(SOURCE)
os.utime(src_path, ns=(st.st_atime_ns, st.st_mtime_ns))
print("restored:", load() == cold)

# same size, other mtime: the cache is not trusted
write_source(SOURCE.replace("value", "VALUE"))
os.utime(src_path, ns=(st.st_atime_ns, st.st_mtime_ns + 5 * 10**9))
r = load()
print("same size, new mtime:", r[2])

# sys.dont_write_bytecode: nothing written
os.remove(pyc)
sys.dont_write_bytecode = True
print("dont_write_bytecode:", load()[2], os.path.exists(pyc))
sys.dont_write_bytecode = False
load()
print("written again:", os.path.exists(pyc))

# a package
os.mkdir(tmp + "/cpkg")
with open(tmp + "/cpkg/__init__.py", "w") as fp:
    fp.write("from . import sub\nNAME = 'pkg ' + sub.NAME\n")
with open(tmp + "/cpkg/sub.py", "w") as fp:
    fp.write("NAME = 'sub'\n")
import cpkg
print(cpkg.NAME, sorted(os.listdir(tmp + "/cpkg/__pycache__")) ==
      sorted(["__init__.%s.pyc" % sys.implementation.cache_tag, "sub.%s.pyc" % sys.implementation.cache_tag]))
for name in ("cpkg.sub", "cpkg"):
    del sys.modules[name]
import cpkg
print(cpkg.NAME)

for d in (tmp + "/cpkg/__pycache__", tmp + "/cpkg", tmp + "/__pycache__", tmp):
    for name in os.listdir(d):
        if not os.path.isdir(d + "/" + name):
            os.remove(d + "/" + name)
    os.rmdir(d)
print("cleaned:", not os.path.exists(tmp))
