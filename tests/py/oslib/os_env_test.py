# os: environ mapping, getenv/putenv/unsetenv, constants, fspath, PathLike, misc
import os

print(os.name, os.sep, os.linesep == '\n', os.curdir, os.pardir, os.devnull, os.pathsep, os.extsep, os.altsep)
os.environ['PYM_TEST_VAR'] = 'value1'
print(os.environ['PYM_TEST_VAR'], os.getenv('PYM_TEST_VAR'), 'PYM_TEST_VAR' in os.environ)
print(os.getenv('PYM_NOT_SET'), os.getenv('PYM_NOT_SET', 'dflt'), os.environ.get('PYM_NOT_SET', 3))
del os.environ['PYM_TEST_VAR']
print('PYM_TEST_VAR' in os.environ, os.getenv('PYM_TEST_VAR'))
try:
    os.environ['PYM_NOT_SET']
except KeyError as e:
    print('KeyError', e)
try:
    del os.environ['PYM_NOT_SET']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print(e)
try:
    os.environ[1] = 'x'
except TypeError as e:
    print(e)
os.environ.setdefault('PYM_SD', 'a')
os.environ.setdefault('PYM_SD', 'b')
print(os.environ['PYM_SD'], os.environ.pop('PYM_SD'), os.environ.pop('PYM_SD', None))
os.environ.update({'PYM_U1': '1', 'PYM_U2': '2'})
print(sorted(k for k in os.environ if k.startswith('PYM_U')))
print(type(os.environ.copy()).__name__, isinstance(os.environ, dict))
os.putenv('PYM_PUT', 'p')   # putenv does not update os.environ
print('PYM_PUT' in os.environ)
os.unsetenv('PYM_PUT')
try:
    os.putenv('A=B', 'x')
except ValueError as e:
    print(e)
try:
    os.putenv('', 'x')
except OSError as e:
    print(e)
import collections.abc
print(isinstance(os.environ, collections.abc.MutableMapping))

print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0)
print(len(os.urandom(16)), type(os.urandom(0)).__name__, os.urandom(0))
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
print(os.cpu_count() >= 1)
try:
    os.get_terminal_size(99)
except OSError as e:
    print(type(e).__name__, e)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.strerror(2), os.strerror(13))

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

print(os.fspath('a'), os.fspath(b'b'), os.fspath(P('c')), os.fspath(P(b'd')))
for bad in (1, P(1), None):
    try:
        os.fspath(bad)
    except TypeError as e:
        print(e)
print(isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike), issubclass(P, os.PathLike))
print(os.path.join(P('a'), P('b')), os.stat(P('.')).st_size == os.stat('.').st_size)
try:
    os.stat(P('/nonexistent/zz'))
except FileNotFoundError as e:
    print(e.filename, e)
print(os.fsencode('abc'), os.fsdecode(b'abc'), os.fsencode(P('q')))
print(os.get_exec_path({'PATH': '/a:/b'}))
import os.path
print(os.path is __import__('posixpath'), os.path.__name__)
print(os.getcwd() == os.path.abspath('.'), type(os.getcwdb()).__name__)
print(os.environ == dict(os.environ), os.environ.get('PYM_U1'), len(os.environ) == len(dict(os.environ)))
os.environ.clear() if False else None
print(type(os.environ | {'a': 'b'}).__name__, ({'z': '1'} | os.environ)['z'])
print(issubclass(os.DirEntry, os.PathLike), isinstance(1, os.PathLike))
print(os.uname().sysname, len(os.uname()), type(os.uname()).__name__, len(os.getloadavg()), os.statvfs('/').f_bsize > 0, len(os.statvfs('/')))
