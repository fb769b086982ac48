# os: directories, files, stat, environ, errors (OSError subclasses from errno)
import os, errno, sys

base = '/tmp/pym_os_test_%d' % os.getpid()
os.mkdir(base)
old = os.getcwd()
os.chdir(base)
try:
    print(os.getcwd() == base, os.path.samefile(os.getcwd(), base))
    os.makedirs('a/b/c')
    os.makedirs('a/b/c', exist_ok=True)
    try:
        os.makedirs('a/b/c')
    except FileExistsError as e:
        print(type(e).__name__, e, e.errno == errno.EEXIST, e.filename)
    try:
        os.mkdir('a')
    except FileExistsError as e:
        print(e)
    with open('a/f1.txt', 'w') as f:
        f.write('hello')
    with open('a/b/f2.txt', 'w') as f:
        f.write('x' * 100)
    print(sorted(os.listdir('a')), sorted(os.listdir()) == ['a'])
    print(os.listdir(b'a/b/c'), sorted(os.listdir(b'a')))
    st = os.stat('a/f1.txt')
    print(st.st_size, st[6], len(st), os.stat_result is type(st), type(st).__name__)
    print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
    print(st.st_mtime_ns // 10**9 == st[8], abs(st.st_mtime - st[8]) < 1)
    print(oct(st.st_mode & 0o170000), os.lstat('a').st_mode & 0o170000 == 0o040000)
    mode, ino, dev, nlink, uid, gid, size, at, mt, ct = st
    print(size, nlink)
    # scandir
    with os.scandir('a') as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), os.fspath(e))
    print(entries[0].stat().st_size)
    print(sorted(e.name for e in os.scandir()))
    # walk
    for root, dirs, files in os.walk('a'):
        print(root, sorted(dirs), sorted(files))
    for root, dirs, files in os.walk('a', topdown=False):
        print(root, sorted(dirs), sorted(files))
    print(list(os.walk('missing')))
    # rename / replace / remove
    os.rename('a/f1.txt', 'a/g.txt')
    print(os.path.exists('a/f1.txt'), os.path.exists('a/g.txt'))
    with open('a/h.txt', 'w') as f:
        f.write('h')
    os.replace('a/h.txt', 'a/g.txt')
    print(open('a/g.txt').read())
    try:
        os.rename('nope', 'other')
    except FileNotFoundError as e:
        print(e, e.filename, e.filename2)
    try:
        os.remove('nope')
    except FileNotFoundError as e:
        print(e)
    try:
        os.unlink('a')
    except IsADirectoryError as e:
        print(type(e).__name__, e)
    except PermissionError as e:   # some systems give EPERM
        print('IsADirectoryError', e)
    try:
        os.rmdir('a')
    except OSError as e:
        print(type(e).__name__, e.errno == errno.ENOTEMPTY, e.strerror)
    try:
        os.listdir('a/g.txt')
    except NotADirectoryError as e:
        print(type(e).__name__, e)
    try:
        os.chdir('nope')
    except FileNotFoundError as e:
        print(e)
    try:
        open('nope/x.txt')
    except FileNotFoundError as e:
        print(e)
    os.remove('a/g.txt')
    os.unlink('a/b/f2.txt')
    os.rmdir('a/b/c')
    os.removedirs('a/b')
    print(os.listdir('.'))
    # access
    with open('acc', 'w'):
        pass
    print(os.access('acc', os.F_OK), os.access('acc', os.R_OK | os.W_OK), os.access('zz', os.F_OK))
    os.chmod('acc', 0o644)
    print(oct(os.stat('acc').st_mode & 0o777))
    os.utime('acc', (1000000000, 1200000000))
    print(os.stat('acc').st_mtime, os.stat('acc').st_atime, os.path.getmtime('acc'))
    os.utime('acc', ns=(5 * 10**9, 7 * 10**9 + 5))
    print(os.stat('acc').st_mtime_ns)
    os.remove('acc')
    # low-level fds
    fd = os.open('raw', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    print(os.write(fd, b'abcdef'))
    os.close(fd)
    fd = os.open('raw', os.O_RDONLY)
    print(os.read(fd, 3), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 5))
    print(os.fstat(fd).st_size, os.isatty(fd))
    os.close(fd)
    os.remove('raw')
    try:
        os.close(fd)
    except OSError as e:
        print(e)
    # symlinks
    with open('target', 'w'):
        pass
    os.symlink('target', 'lnk')
    print(os.readlink('lnk'), os.path.islink('lnk'), os.path.islink('target'))
    print(os.lstat('lnk').st_mode & 0o170000 == 0o120000, os.path.realpath('lnk') == os.path.join(base, 'target'))
    os.remove('target')
    print(os.path.exists('lnk'), os.path.lexists('lnk'))
    os.remove('lnk')
finally:
    os.chdir(old)
    os.rmdir(base)
print(os.path.exists(base))

# argument errors
for f, a in [(os.stat, None), (os.listdir, 3.5), (os.mkdir, 3), (os.rename, (1, 'x'))]:
    try:
        f(*a) if isinstance(a, tuple) else f(a)
    except TypeError as e:
        print(e)
try:
    os.stat('a\0b')
except ValueError as e:
    print(e)
try:
    os.stat()
except TypeError as e:
    print(e)
