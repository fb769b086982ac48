# pathlib: pure operations, reprs, errors, and file-system methods in a private temp dir
import os, tempfile
from pathlib import Path, PurePath, PurePosixPath, PosixPath

p = PurePosixPath('/usr/lib/python3.11/os.tar.gz')
print(repr(p), str(p), p.parts, p.name, p.stem, p.suffix, p.suffixes, p.root, p.anchor, repr(p.drive))
print(repr(p.parent), [str(x) for x in p.parents], len(p.parents), repr(p.parents[0]), repr(p.parents[-1]), p.parents[1:3])
for s in ['', '.', 'a//b/./c/', '//x/y', '///x', '../a/..', 'a/b/', '.hidden', 'x.', 'a.b.c']:
    q = PurePosixPath(s)
    print(repr(s), repr(q), q.parts, repr(q.name), repr(q.suffix), q.suffixes, repr(q.stem))
print(repr(PurePath('a', 'b', '/c', 'd')), repr(Path('x') / 'y' / PurePosixPath('z')), repr('pre' / PurePosixPath('q')))
print(PurePosixPath('a').joinpath('b', 'c'), PurePosixPath('/a/b').is_absolute(), PurePosixPath('a').is_absolute())
print(PurePosixPath('a/b.py').with_name('c.txt'), PurePosixPath('a/b.py').with_suffix('.txt'), PurePosixPath('a/b').with_suffix('.gz'),
      PurePosixPath('a/b.tar.gz').with_suffix(''), PurePosixPath('a/b.py').with_stem('q'))
for f, arg in [('with_name', ''), ('with_name', 'a/b'), ('with_suffix', 'txt'), ('with_suffix', '.'), ('with_suffix', '/x')]:
    try:
        getattr(PurePosixPath('a/b.py'), f)(arg)
    except ValueError as e:
        print(e)
try:
    PurePosixPath('/').with_name('x')
except ValueError as e:
    print(e)
print(PurePosixPath('/etc/passwd').relative_to('/'), PurePosixPath('/etc/passwd').relative_to('/etc'), repr(PurePosixPath('/a').relative_to('/a')))
for a, b in [('/etc/passwd', '/usr'), ('a/b', '/a'), ('a', 'b')]:
    try:
        PurePosixPath(a).relative_to(b)
    except ValueError as e:
        print(e)
print(PurePosixPath('/a/b').is_relative_to('/a'), PurePosixPath('/a/b').is_relative_to('/c'))
print(PurePosixPath('a/b.py').match('*.py'), PurePosixPath('/a/b/c.py').match('b/*.py'), PurePosixPath('/a/b/c.py').match('a/*.py'),
      PurePosixPath('/a.py').match('/*.py'), PurePosixPath('a/b.py').match('/*.py'))
print(PurePosixPath('a') == PurePosixPath('a/'), PurePosixPath('a') == 'a', PurePosixPath('a') < PurePosixPath('b'),
      sorted([PurePosixPath('b'), PurePosixPath('/a'), PurePosixPath('a/c')]), hash(PurePosixPath('x/y')) == hash(PurePosixPath('x//y')))
print(os.fspath(PurePosixPath('a/b')), bytes(PurePosixPath('a/b')), PurePosixPath('a/b').as_posix(), PurePosixPath('/a b').as_uri() if False else '')
print(type(Path('a')).__name__, type(PurePath('a')).__name__, isinstance(Path('a'), PurePath), isinstance(Path('a'), os.PathLike))
for bad in [(1,), (b'a',), (None,)]:
    try:
        PurePosixPath(*bad)
    except TypeError as e:
        print(e)
try:
    PurePosixPath('a') / 3
except TypeError as e:
    print(e)

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    print(base.exists(), base.is_dir(), base.is_file(), base.is_absolute())
    d = base / 'x' / 'y'
    try:
        d.mkdir()
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror)
    d.mkdir(parents=True)
    d.mkdir(exist_ok=True)
    try:
        d.mkdir()
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
    f = d / 'note.txt'
    print(f.write_text('hello\nworld\n'), f.read_text(), f.read_text().splitlines())
    print((d / 'b.bin').write_bytes(b'\x00\x01'), (d / 'b.bin').read_bytes())
    print(f.exists(), f.is_file(), f.is_dir(), f.stat().st_size, f.lstat().st_size)
    with f.open() as fh:
        print(fh.readline().strip())
    with open(f, 'a') as fh:
        fh.write('more\n')
    print(len(f.read_text()))
    (base / 'top.py').touch()
    (base / 'top.py').touch()
    (base / '.dot').touch()
    try:
        (base / 'top.py').touch(exist_ok=False)
    except FileExistsError as e:
        print(e.strerror)
    print(sorted(p.relative_to(base).as_posix() for p in base.iterdir()))
    print(sorted(p.relative_to(base).as_posix() for p in base.glob('*')))
    print(sorted(p.relative_to(base).as_posix() for p in base.glob('**/*.txt')))
    print(sorted(p.relative_to(base).as_posix() for p in base.rglob('*')))
    print(sorted(p.relative_to(base).as_posix() for p in base.glob('**')))
    print(sorted(p.name for p in base.glob('x/*/*.bin')))
    print(f.resolve() == f, (d / '..' / 'y' / 'note.txt').resolve() == f, Path('.').absolute() == Path.cwd())
    print(f.samefile(str(f)), f.samefile(d / 'b.bin'))
    g = f.rename(d / 'renamed.txt')
    print(repr(g.relative_to(base)), f.exists(), g.exists())
    h = g.replace(d / 'b.bin')
    print(h.read_text()[:5], g.exists())
    link = base / 'lnk'
    link.symlink_to(h)
    print(link.is_symlink(), h.is_symlink(), link.readlink() == h, link.resolve() == h.resolve())
    link.unlink()
    h.unlink()
    h.unlink(missing_ok=True)
    try:
        h.unlink()
    except FileNotFoundError as e:
        print(e.strerror, e.filename == str(h))
    try:
        (base / 'nope').read_text()
    except FileNotFoundError as e:
        print(e.strerror)
    try:
        (base / 'x').rmdir()
    except OSError as e:
        print(type(e).__name__, e.strerror)
    d.rmdir()
    (base / 'x').rmdir()
    print(sorted(p.name for p in base.iterdir()))
    try:
        f.write_text(b'x')
    except TypeError as e:
        print(e)
print(Path.home() == Path(os.path.expanduser('~')), Path('~/x').expanduser() == Path.home() / 'x')

import contextlib
with tempfile.TemporaryDirectory() as tmp:
    before = os.getcwd()
    with contextlib.chdir(tmp):
        print(os.getcwd() == os.path.realpath(tmp), os.listdir('.'))
        with contextlib.chdir('/'):
            print(os.getcwd())
        print(os.getcwd() == os.path.realpath(tmp))
    print(os.getcwd() == before)
    try:
        with contextlib.chdir(os.path.join(tmp, 'missing')):
            pass
    except FileNotFoundError as e:
        print(e.strerror)
    print(os.getcwd() == before)
