# os.path (posixpath): string operations, queries, expansion, errors
import os, os.path as p

for a in [('a', 'b'), ('a/', 'b'), ('/a', '/b', 'c'), ('', 'x'), ('a', ''), (b'a', b'b'), ('a',)]:
    print(a, repr(p.join(*a)))
for s in ['a/b/c.txt', '/', '//x', 'a/', '', 'file', '/usr/lib/', b'x/y', '///a//b']:
    print(repr(s), p.split(s), p.basename(s), p.dirname(s), p.splitext(s), p.isabs(s))
for s in ['.bashrc', 'a.b.c', 'a/.x', 'a.d/b', '...', 'x.', b'f.tar.gz']:
    print(repr(s), p.splitext(s))
for s in ['', '.', '/..', 'a/./b/../c', '//a/b', '///a', 'a//b/', '../../x', 'a/../..', '/a/b/../../..', b'a/../b']:
    print(repr(s), repr(p.normpath(s)))
print(p.commonprefix(['interspecies', 'interstellar', 'interstate']), repr(p.commonprefix([])))
print(p.commonprefix(['/usr/lib', '/usr/local/lib']))
print(p.commonpath(['/usr/lib', '/usr/local/lib']), p.commonpath(['a/b/c', 'a/b/d', 'a/./b/e']))
for bad in ([], ['/a', 'b']):
    try:
        p.commonpath(bad)
    except ValueError as e:
        print(e)
print(p.relpath('/a/b/c', '/a'), p.relpath('/a', '/a/b/c'), p.relpath('/a/b', '/a/b'), p.relpath('x/y', 'x/z'))
try:
    p.relpath('')
except ValueError as e:
    print(e)
for args in [('a', b'b'), (b'a', 'b'), ('a', 3)]:
    try:
        p.join(*args)
    except TypeError as e:
        print(e)
try:
    p.join(None)
except TypeError as e:
    print(e)
print(p.splitdrive('/a/b'), p.normcase('A/B'))

os.environ['PYM_V'] = 'val'
os.environ['HOME'] = '/home/pymuser'
for s in ['$PYM_V/x', '${PYM_V}y', '$PYM_NONE/z', '${PYM_NONE}', '$', 'a$', '${x', '$$PYM_V', '$PYM_V$PYM_V', b'$PYM_V/b']:
    print(repr(s), repr(p.expandvars(s)))
print(p.expanduser('~'), p.expanduser('~/x'), p.expanduser('a/~'), p.expanduser(b'~/b'))
print(p.expanduser('~no_such_user_pym/x'))
os.environ['HOME'] = '/'
print(p.expanduser('~'), p.expanduser('~/q'))

base = '/tmp/pym_path_test_%d' % os.getpid()
os.mkdir(base)
try:
    f = p.join(base, 'f.txt')
    with open(f, 'w') as fh:
        fh.write('12345')
    print(p.exists(f), p.isfile(f), p.isdir(f), p.islink(f), p.getsize(f))
    print(p.exists(base), p.isfile(base), p.isdir(base), p.lexists(base))
    print(p.exists(p.join(base, 'no')), p.isfile(p.join(base, 'no')), p.isdir('no\0x'))
    print(type(p.getmtime(f)).__name__, p.getmtime(f) == os.stat(f).st_mtime, type(p.getatime(f)).__name__, type(p.getctime(f)).__name__)
    try:
        p.getsize(p.join(base, 'no'))
    except FileNotFoundError as e:
        print(e.strerror, p.basename(e.filename))
    print(p.samefile(f, p.join(base, '.', 'f.txt')), p.samefile(f, base))
    print(p.ismount('/'), p.ismount(base))
    print(p.abspath('a/../b') == p.join(os.getcwd(), 'b'), p.abspath('/x/./y'))
    print(p.realpath('/x/../y/.'), p.realpath(base) == p.realpath(base + '/'))
    os.symlink('f.txt', p.join(base, 'l1'))
    os.symlink('l1', p.join(base, 'l2'))
    os.symlink('loop', p.join(base, 'loop'))
    print(p.realpath(p.join(base, 'l2')) == p.realpath(f), p.islink(p.join(base, 'l2')))
    print(p.realpath(p.join(base, 'loop')) == p.realpath(base) + '/loop')
    print(p.relpath(f, base), p.relpath(base, f))
    for n in ('l1', 'l2', 'loop', 'f.txt'):
        os.remove(p.join(base, n))
finally:
    os.rmdir(base)
