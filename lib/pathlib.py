"""Object-oriented filesystem paths for pym (POSIX flavour only).

A path is parsed once into its root ('/', '//' or '') and its parts
(without '.' and empty components, '..' kept) and rebuilt as a string on
demand; PurePosixPath holds the pure operations (joining with /, name,
suffix, parents, relative_to, match), PosixPath adds the file-system
queries and changes on top of os and os.path.  Path() makes a PosixPath.
Left out: the Windows flavour (PureWindowsPath, WindowsPath), owner/group,
and the 3.12 additions.
"""

import os
import sys
import fnmatch
import re

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _parse(args):
    """(root, parts) of the joined arguments."""
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            a = a._str()
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError("argument should be a str object or an os.PathLike "
                                "object returning str, not %r" % (type(a),))
        if a.startswith('/'):
            root = '//' if a.startswith('//') and not a.startswith('///') else '/'
            parts = []
        parts.extend(x for x in a.split('/') if x and x != '.')
    return root, parts


class _PathParents:
    """The sequence of a path's logical ancestors (p.parents)."""

    __slots__ = ('_path', '_n')

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        p = self._path
        return p._from(p._root, p._parts[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """Base class for manipulating paths without I/O."""

    __slots__ = ('_root', '_parts', '_strcache', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._strcache = None
        self._hash = None
        return self

    def _from(self, root, parts):
        p = object.__new__(type(self))
        p._root = root
        p._parts = list(parts)
        p._strcache = None
        p._hash = None
        return p

    def _str(self):
        s = self._strcache
        if s is None:
            s = self._root + '/'.join(self._parts) or '.'
            self._strcache = s
        return s

    def __str__(self):
        return self._str()

    def __fspath__(self):
        return self._str()

    def as_posix(self):
        """Return the string representation of the path with forward (/) slashes."""
        return self._str()

    def __bytes__(self):
        return os.fsencode(self._str())

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(os.fsencode(self._str()))

    def _key(self):
        return (self._root, self._parts)

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._str())
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._str() == other._str()

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp() < other._cmp()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp() <= other._cmp()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp() > other._cmp()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp() >= other._cmp()

    def _cmp(self):
        return ([self._root] if self._root else []) + self._parts

    @property
    def drive(self):
        """The drive prefix (always empty on POSIX)."""
        return ''

    @property
    def root(self):
        """The root of the path, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._root

    @property
    def parts(self):
        """An object providing sequence-like access to the components in
        the filesystem path."""
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def name(self):
        """The final path component, if any."""
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        """The final component's last suffix, if any."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        """The logical parent of the path."""
        if not self._parts:
            return self
        return self._from(self._root, self._parts[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed.  If the path
        has no suffix, add given suffix.  If the given suffix is an empty
        string, remove the suffix from the path."""
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """Return the relative path to another path identified by the
        passed arguments.  If the operation is not possible (because this
        is not a subpath of the other path), raise ValueError."""
        if not other:
            raise TypeError("need at least one argument")
        root, parts = _parse(other)
        n = len(parts)
        if root != self._root or self._parts[:n] != parts:
            formatted = root + '/'.join(parts) or '.'
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._from('', self._parts[n:])

    def is_relative_to(self, *other):
        """Return True if the path is relative to another path or False."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """Combine this path with one or several arguments, and return a
        new path."""
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        """True if the path is absolute (has a root)."""
        return bool(self._root)

    def is_reserved(self):
        """Return True if the path contains one of the special names
        reserved by the system, if any."""
        return False

    def match(self, path_pattern):
        """Return True if this path matches the given pattern."""
        root, pat_parts = _parse([path_pattern])
        if not pat_parts and not root:
            raise ValueError("empty pattern")
        parts = self._parts
        if root:
            if root != self._root or len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)




class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""
    __slots__ = ()


class Path(PurePath):
    """PurePath subclass that can make system calls."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._strcache = None
        self._hash = None
        return self

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory."""
        return cls("~").expanduser()

    def absolute(self):
        """Return an absolute version of this path (without normalizing)."""
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        """Make the path absolute, resolving all symlinks on the way and
        also normalizing it."""
        return type(self)(os.path.realpath(self._str(), strict=strict))

    def expanduser(self):
        """Return a new path with expanded ~ and ~user constructs."""
        if self._parts and self._parts[0].startswith('~') and not self._root:
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return type(self)(homedir, *self._parts[1:])
        return self

    def stat(self, *, follow_symlinks=True):
        """Return the result of the stat() system call on this path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """Like stat(), except if the path points to a symlink, the
        symlink's status information is returned."""
        return os.lstat(self)

    def exists(self):
        """Whether this path exists."""
        try:
            self.stat()
        except OSError as e:
            if e.errno not in (2, 20, 9, 40):
                raise
            return False
        except ValueError:
            return False
        return True

    def _mode_is(self, test, follow=True):
        try:
            st = self.stat() if follow else self.lstat()
        except OSError as e:
            if e.errno not in (2, 20, 9, 40):
                raise
            return False
        except ValueError:
            return False
        return test(st.st_mode)

    def is_dir(self):
        """Whether this path is a directory."""
        return self._mode_is(lambda m: m & 0o170000 == 0o040000)

    def is_file(self):
        """Whether this path is a regular file (also True for symlinks
        pointing to regular files)."""
        return self._mode_is(lambda m: m & 0o170000 == 0o100000)

    def is_symlink(self):
        """Whether this path is a symbolic link."""
        return self._mode_is(lambda m: m & 0o170000 == 0o120000, False)

    def is_mount(self):
        """Check if this path is a mount point."""
        return os.path.ismount(self)

    def samefile(self, other_path):
        """Return whether other_path is the same or not as this file."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = type(self)(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """Yield path objects of the directory contents."""
        for name in os.listdir(self):
            yield self._from(self._root, self._parts + [name])

    def _glob_paths(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, parts = _parse([pattern])
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        import glob
        dirs_only = parts[-1] == '**'
        base = self._str()
        if dirs_only and parts[0] == '**' and self.is_dir():
            yield self
        for rel in glob.glob('/'.join(parts), root_dir=base, recursive=True,
                             include_hidden=True):
            path = self._from(self._root, self._parts + [x for x in rel.split('/') if x])
            if dirs_only and not os.path.isdir(path._str()):
                continue
            yield path

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files (of any
        kind, including directories) matching the given relative pattern."""
        yield from self._glob_paths(pattern)

    def rglob(self, pattern):
        """Recursively yield all existing files (of any kind, including
        directories) matching the given relative pattern, anywhere in
        this subtree."""
        yield from self._glob_paths('**/' + pattern)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file pointed by this path and return a file object, as
        the built-in open() function does."""
        import io
        return io.open(self._str(), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """Open the file in bytes mode, read it, and close the file."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """Open the file in text mode, read it, and close the file."""
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Open the file in bytes mode, write to it, and close the file."""
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Open the file in text mode, write to it, and close the file."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """Return the path to which the symbolic link points."""
        return type(self)(os.readlink(self))

    def touch(self, mode=0o666, exist_ok=True):
        """Create this file with the given access mode, if it doesn't exist."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a new directory at this given path."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permissions of the path, like os.chmod()."""
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        """Remove this file or link.  If the path is a directory, use
        rmdir() instead."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove this directory.  The directory must be empty."""
        os.rmdir(self)

    def rename(self, target):
        """Rename this path to the target path; return the new Path."""
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        """Rename this path to the target path, overwriting if that path
        exists; return the new Path."""
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symlink pointing to the target path."""
        os.symlink(target, self)

    def hardlink_to(self, target):
        """Make this path a hard link pointing to the same file as target."""
        os.link(target, self)


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""
    __slots__ = ()
