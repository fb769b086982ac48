# logging: levels, hierarchy, handlers, formatters (CPython's default formats), basicConfig
import logging, sys, io, os, tempfile

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.WARN, logging.FATAL)
print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(25), logging.BASIC_FORMAT)
root = logging.getLogger()
print(root, root.name, root.level, logging.getLogger('root') is root, logging.getLogger('') is root)
a = logging.getLogger('app')
ab = logging.getLogger('app.sub.deep')
print(repr(a), repr(ab), ab.parent is a, a.parent is root, a.getChild('sub.deep') is ab)
mid = logging.getLogger('app.sub')
print(ab.parent is mid, mid.parent is a)
print(a.getEffectiveLevel(), a.isEnabledFor(logging.INFO), a.isEnabledFor(logging.WARNING), a.hasHandlers())

# last resort: bare message on stderr for WARNING and above
sys.stderr = sys.stdout
a.warning('last resort %s', 'here')
a.info('not shown')

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(message)s|%(funcName)s|%(module)s'))
a.addHandler(h)
a.setLevel(logging.DEBUG)
def work():
    ab.debug('debug %d', 1)
    ab.info('info %(x)s', {'x': 'mapping'})
    a.error('err')
work()
ab.propagate = False
ab.critical('swallowed')
ab.propagate = True
print(buf.getvalue(), end='')
print(repr(h), h.level, a.hasHandlers(), ab.hasHandlers())

buf2 = io.StringIO()
h2 = logging.StreamHandler(buf2)
h2.setLevel(logging.ERROR)
h2.setFormatter(logging.Formatter('{levelname}:{message}', style='{'))
a.addHandler(h2)
a.info('only first')
a.error('both %s', 'handlers')
print(buf2.getvalue(), end='')
h3 = logging.StreamHandler(buf2)
h3.setFormatter(logging.Formatter('$levelname - ${message}', style='$'))
a.removeHandler(h2)
a.addHandler(h3)
a.warning('dollar')
print(buf2.getvalue().splitlines()[-1])
a.removeHandler(h3)

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
buf.seek(0); buf.truncate()
a.addFilter(OnlyOdd())
for i in range(4):
    a.info('n=%d', i)
print(buf.getvalue(), end='')
a.filters.clear()
buf.seek(0); buf.truncate()
h.addFilter(logging.Filter('app.sub'))
a.info('from app')
mid.info('from sub')
ab.info('from deep')
print(buf.getvalue(), end='')
h.filters.clear()

# exceptions
buf.seek(0); buf.truncate()
h.setFormatter(logging.Formatter('%(message)s'))
try:
    1 / 0
except ZeroDivisionError:
    a.exception('failed')
out = buf.getvalue().splitlines()
print(out[0], out[1], out[-1])
buf.seek(0); buf.truncate()
a.info('extra %s', 'x', extra={'user': 'bob'})
h.setFormatter(logging.Formatter('%(user)s %(message)s'))
a.info('with user', extra={'user': 'ann'})
print(buf.getvalue(), end='')
try:
    a.info('bad', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)

# formatter details
rec = logging.LogRecord('n', logging.INFO, '/x/y/mod.py', 42, 'hello %s', ('w',), None)
print(rec, rec.getMessage(), rec.filename, rec.module, rec.levelname, rec.lineno)
f = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
print(len(f.format(rec).split()[0]) == 4, f.usesTime(), logging.Formatter().format(rec))
rec.created = 0.5; rec.msecs = 500.0
print(logging.Formatter('%(asctime)s', ).formatTime(rec)[-4:])
for bad in [dict(fmt='%(x', style='%'), dict(fmt='x', style='{'), dict(style='!')]:
    try:
        logging.Formatter(**bad)
    except ValueError as e:
        print(e)
try:
    a.setLevel('LOUD')
except ValueError as e:
    print(e)
a.setLevel('INFO')
print(a.level, logging.getLevelName(a.getEffectiveLevel()))
la = logging.LoggerAdapter(a, {'user': 'zed'})
la.info('adapted')
print(buf.getvalue().splitlines()[-1], repr(la))
logging.addLevelName(25, 'NOTICE')
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
a.log(25, 'custom level')
print(buf.getvalue().splitlines()[-1])
logging.disable(logging.WARNING)
a.warning('disabled')
logging.disable(logging.NOTSET)
a.warning('enabled again')
print(buf.getvalue().splitlines()[-1])
try:
    a.log('x', 'y')
except TypeError as e:
    print(e)

# basicConfig and module-level functions
logging.basicConfig(level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s', stream=sys.stdout)
logging.info('root info')
logging.debug('hidden')
logging.warning('root %s', 'warn')
print(root.handlers, root.level)
logging.basicConfig(format='ignored')
logging.error('still old format')
logging.basicConfig(force=True, stream=sys.stdout)
logging.error('default format')
logging.getLogger('x.y').critical('child via root')
try:
    logging.basicConfig(force=True, stream=sys.stdout, filename='x')
except ValueError as e:
    print(e)
try:
    logging.basicConfig(force=True, bogus=1)
except ValueError as e:
    print(e)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'log.txt')
    fh = logging.FileHandler(path, mode='w')
    fh.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s'))
    lg = logging.getLogger('filelog')
    lg.propagate = False
    lg.addHandler(fh)
    lg.warning('to file')
    lg.error('again')
    fh.close()
    print(open(path).read(), end='')
    print(repr(fh) == '<FileHandler %s (NOTSET)>' % path, fh.baseFilename == path)
    lg.removeHandler(fh)
logging.shutdown()
