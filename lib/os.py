"""OS routines for pym, on top of the C module posix.

This exports the system calls of posix (getcwd, listdir, stat, mkdir, ...)
and adds what is written in Python: environ (a mapping writing through
putenv/unsetenv), getenv, scandir with DirEntry, walk, makedirs,
removedirs, renames, fsencode/fsdecode, PathLike and the path constants.
os.path is posixpath.  Of processes, pym has fork, pipe, waitpid, the W*
status functions and _exit (what multiprocessing's Pool needs); exec,
system, spawn, signals and threads are not part of pym.
"""

import sys

import posix as _posix
from posix import *
from posix import _exit, _scandir
from posix import stat_result, terminal_size, statvfs_result

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

import posixpath as path
sys.modules['os.path'] = path

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

supports_follow_symlinks = {stat}
supports_dir_fd = set()
supports_fd = {stat}
supports_effective_ids = set()


def _has_fspath(cls):
    for klass in cls.__mro__:
        if '__fspath__' in klass.__dict__:
            return klass.__dict__['__fspath__'] is not None
    return False


class _PathLikeMeta(type):
    """isinstance/issubclass for PathLike by the presence of __fspath__, as
    CPython's ABC subclass hook decides (written without abc so importing
    os stays cheap)."""

    def __instancecheck__(cls, obj):
        return _has_fspath(type(obj)) or type.__instancecheck__(cls, obj)

    def __subclasscheck__(cls, sub):
        if not isinstance(sub, type):
            raise TypeError('issubclass() arg 1 must be a class')
        return _has_fspath(sub) or type.__subclasscheck__(cls, sub)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""

    __slots__ = ()

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem encoding."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem encoding."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8')
    return filename


# ---------------------------------------------------------------- environ

_MISSING = object()


class _Environ:
    """The process environment: a mapping of str to str whose changes go
    to the C environment through putenv and unsetenv.  It has the methods
    of MutableMapping and is registered as one when collections.abc is
    imported (os does not import it, to keep start-up cheap)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join('%r: %r' % (k, v) for k, v in self._data.items())
        return 'environ({%s})' % items

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        return dict(self.items()) == other

    __hash__ = None

    def pop(self, key, default=_MISSING):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is _MISSING:
            raise KeyError(key)
        return default

    def popitem(self):
        try:
            key = next(iter(self._data))
        except StopIteration:
            raise KeyError from None
        value = self._data[key]
        del self[key]
        return key, value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


environ = _Environ(_posix.environ)
del _posix
if '_collections_abc' in sys.modules:
    sys.modules['_collections_abc'].MutableMapping.register(_Environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


# ---------------------------------------------------------------- scandir

class DirEntry:
    """An entry of scandir(): the name, the full path and cached stat
    information."""

    __slots__ = ('name', 'path', '_isdir', '_isfile', '_islink', '_ino', '_stat', '_lstat')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, top, name, isdir, isfile, islink, ino):
        self = object.__new__(cls)
        self.name = name
        if isinstance(top, bytes):
            self.path = top + b'/' + name if top and not top.endswith(b'/') else top + name
        else:
            self.path = top + '/' + name if top and not top.endswith('/') else top + name
        self._isdir = isdir
        self._isfile = isfile
        self._islink = islink
        self._ino = ino
        self._stat = None
        self._lstat = None
        return self

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def inode(self):
        return self._ino

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                if self.is_symlink():
                    self._stat = stat(self.path)
                else:
                    self._stat = self.stat(follow_symlinks=False)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode_test(self, bit, follow_symlinks):
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return (st.st_mode & 0o170000) == bit

    def is_dir(self, *, follow_symlinks=True):
        if self._isdir is not None and not (follow_symlinks and self._islink):
            return self._isdir
        return self._mode_test(0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        if self._isfile is not None and not (follow_symlinks and self._islink):
            return self._isfile
        return self._mode_test(0o100000, follow_symlinks)

    def is_symlink(self):
        if self._islink is not None:
            return self._islink
        return self._mode_test(0o120000, False)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    """What scandir() returns: an iterator of DirEntry that is also a
    context manager (close() ends it)."""

    def __init__(self, top, entries):
        self._top = top
        self._entries = entries
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None or self._pos >= len(self._entries):
            self._entries = None
            raise StopIteration
        e = self._entries[self._pos]
        self._pos += 1
        return DirEntry._make(self._top, *e)

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __repr__(self):
        return '<posix.ScandirIterator object at %#x>' % id(self)


def scandir(path=None):
    """Return an iterator of DirEntry objects for given path."""
    if path is None:
        return _ScandirIterator('.', _scandir())
    entries = _scandir(path)
    top = fspath(path)
    return _ScandirIterator(top, entries)


# ---------------------------------------------------------------- trees

def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: for each directory in the tree rooted at
    top (including top), yields a 3-tuple (dirpath, dirnames, filenames)."""
    stack = [fspath(top)]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with it:
            for entry in it:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            walk_into = not entry.is_symlink()
                        except OSError:
                            walk_into = False
                    if walk_into:
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Super-rmdir; remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Super-rename; create directories as necessary and delete any left empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def get_exec_path(env=None):
    """Return the sequence of directories that will be searched for the
    named executable."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


__all__ = [n for n in globals() if not n.startswith('_') and n not in ('sys', 'abc')]
