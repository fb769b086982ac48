# tempfile, shutil, glob, fnmatch: create, copy, move, remove in private temporary dirs
import os, tempfile, shutil, glob, fnmatch, stat

print(os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix(), type(tempfile.gettempdirb()).__name__)
fd, name = tempfile.mkstemp(suffix='.txt', prefix='pym_')
print(type(fd).__name__, os.path.basename(name).startswith('pym_'), name.endswith('.txt'), os.path.isabs(name))
print(oct(os.stat(name).st_mode & 0o777))
os.write(fd, b'data')
os.close(fd)
print(open(name).read())
os.remove(name)
d = tempfile.mkdtemp(prefix='pymd_')
print(os.path.isdir(d), oct(os.stat(d).st_mode & 0o777), os.path.basename(d)[:5], len(os.path.basename(d)))
os.rmdir(d)

with tempfile.TemporaryDirectory() as td:
    print(type(td).__name__, os.path.isdir(td))
    keep = td
print(os.path.exists(keep))
t = tempfile.TemporaryDirectory(suffix='_x')
print(repr(t).startswith("<TemporaryDirectory '"), t.name.endswith('_x'))
open(os.path.join(t.name, 'f'), 'w').close()
t.cleanup()
print(os.path.exists(t.name))

with tempfile.NamedTemporaryFile('w+', suffix='.log') as f:
    f.write('line1\nline2\n')
    f.flush()
    f.seek(0)
    print(f.read().split(), f.name.endswith('.log'), os.path.exists(f.name))
    nm = f.name
print(os.path.exists(nm))
f = tempfile.NamedTemporaryFile(delete=False)
f.write(b'keep')
f.close()
print(open(f.name, 'rb').read(), os.path.exists(f.name))
os.unlink(f.name)
with tempfile.TemporaryFile() as f:
    f.write(b'anon')
    f.seek(0)
    print(f.read())
with tempfile.TemporaryFile('w+') as f:
    f.write('text')
    f.seek(0)
    print(f.read())

with tempfile.TemporaryDirectory() as base:
    src = os.path.join(base, 'src')
    os.makedirs(os.path.join(src, 'sub', 'deep'))
    for rel, text in [('a.txt', 'A'), ('b.py', 'B'), ('sub/c.txt', 'C'), ('sub/deep/d.py', 'D'), ('.hidden', 'H')]:
        with open(os.path.join(src, rel), 'w') as fh:
            fh.write(text)
    os.chmod(os.path.join(src, 'b.py'), 0o755)
    os.utime(os.path.join(src, 'b.py'), (1000000000, 1100000000))
    # glob
    rel = lambda ps: sorted(os.path.relpath(p, base) for p in ps)
    print(rel(glob.glob(os.path.join(src, '*.txt'))))
    print(rel(glob.glob(os.path.join(src, '*'))))
    print(rel(glob.glob(os.path.join(src, '**', '*.py'), recursive=True)))
    print(rel(glob.glob(os.path.join(src, '**'), recursive=True)))
    print(rel(glob.glob(os.path.join(src, '*', '*.txt'))), rel(glob.glob(os.path.join(src, '?.txt'))))
    print(rel(glob.glob(os.path.join(src, '[ab].*'))), glob.glob(os.path.join(src, 'nomatch*')))
    print(sorted(glob.glob('*.py', root_dir=src)), sorted(glob.glob('*', root_dir=src, include_hidden=True)))
    print(glob.escape('a[b]*?.txt'), glob.has_magic('a*'), glob.has_magic('abc'))
    old = os.getcwd()
    os.chdir(src)
    print(sorted(glob.glob('**/*.txt', recursive=True)), sorted(glob.iglob('sub/*')))
    os.chdir(old)
    # shutil copies
    dst = os.path.join(base, 'copy.py')
    print(os.path.relpath(shutil.copyfile(os.path.join(src, 'b.py'), dst), base))
    print(oct(os.stat(dst).st_mode & 0o777) == oct(0o666 & ~os.umask(0o022)))
    print(os.path.relpath(shutil.copy(os.path.join(src, 'b.py'), base), base), oct(os.stat(os.path.join(base, 'b.py')).st_mode & 0o777))
    c2 = shutil.copy2(os.path.join(src, 'b.py'), os.path.join(base, 'c2.py'))
    print(os.stat(c2).st_mtime, oct(os.stat(c2).st_mode & 0o777), open(c2).read())
    try:
        shutil.copyfile(dst, dst)
    except shutil.SameFileError as e:
        print(type(e).__name__, str(e) == '%r and %r are the same file' % (dst, dst), isinstance(e, OSError))
    try:
        shutil.copyfile(os.path.join(base, 'none'), dst)
    except FileNotFoundError as e:
        print(e.strerror, os.path.basename(e.filename))
    tree = shutil.copytree(src, os.path.join(base, 'tree'), ignore=shutil.ignore_patterns('*.py', '.*'))
    print(os.path.relpath(tree, base), sorted(os.path.relpath(os.path.join(r, f), tree) for r, ds, fs in os.walk(tree) for f in fs))
    try:
        shutil.copytree(src, tree)
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
    shutil.copytree(src, tree, dirs_exist_ok=True)
    print(sorted(os.listdir(tree)))
    moved = shutil.move(tree, os.path.join(base, 'moved'))
    print(os.path.relpath(moved, base), os.path.exists(tree))
    shutil.move(os.path.join(base, 'copy.py'), os.path.join(base, 'moved'))
    print(sorted(os.listdir(os.path.join(base, 'moved'))))
    shutil.rmtree(os.path.join(base, 'moved'))
    print(sorted(os.listdir(base)))
    try:
        shutil.rmtree(os.path.join(base, 'nothing'))
    except FileNotFoundError as e:
        print(e.strerror)
    shutil.rmtree(os.path.join(base, 'nothing'), ignore_errors=True)
    errs = []
    shutil.rmtree(os.path.join(base, 'nothing'), onerror=lambda f, p, e: errs.append((f.__name__, os.path.basename(p), e[0].__name__)))
    print(errs)
    with open(os.path.join(src, 'a.txt')) as fa, open(os.path.join(base, 'fo.txt'), 'w') as fb:
        shutil.copyfileobj(fa, fb)
    print(open(os.path.join(base, 'fo.txt')).read())
    u = shutil.disk_usage(base)
    print(type(u).__name__, u.total >= u.used >= 0, u.free >= 0, u._fields)
print(os.path.exists(base))

print(shutil.which('sh') is not None, shutil.which('no-such-program-pym'), shutil.which('sh', path=''))
os.environ['COLUMNS'] = '100'; os.environ['LINES'] = '30'
print(shutil.get_terminal_size())
print(fnmatch.fnmatch('x.py', '*.py'), fnmatch.filter(['a', 'ab', 'b'], 'a*'), fnmatch.translate('*.t?t'))
