# A larger program exercising the compiler's block handling: break/continue/
# return through finally and with blocks, nested handlers, generators,
# closures over loop state, star-unpacking, chained comparisons, f-strings.

log = []

class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        log.append('enter ' + self.name)
        return self
    def __exit__(self, t, v, tb):
        log.append('exit %s %s' % (self.name, t.__name__ if t else None))
        return self.swallow

def finally_return():
    try:
        return 'try'
    finally:
        log.append('finally ran')

def finally_override():
    try:
        return 'try'
    finally:
        return 'finally'

def loop_with_finally():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(-i)
    else:
        out.append('else')
    return out

def while_else(n):
    i = 0
    while i < n:
        i += 1
        if i == 10:
            break
    else:
        return 'no break', i
    return 'break', i

def with_return():
    with Resource('r1') as r:
        return r.name

def with_break():
    for i in range(3):
        with Resource('loop%d' % i):
            if i == 1:
                break
    return i

def with_swallow():
    with Resource('sw', swallow=True):
        raise ValueError('hidden')
    return 'after'

def multi_with():
    with Resource('a') as a, Resource('b') as b:
        return a.name + b.name

def handlers(x):
    try:
        if x == 0:
            raise KeyError('k')
        if x == 1:
            raise ValueError('v')
        if x == 2:
            return 1 / 0
        result = 'ok'
    except KeyError as e:
        result = 'key ' + str(e)
    except (ValueError, TypeError) as e:
        result = 'value ' + str(e)
    except Exception:
        result = 'other'
    else:
        result += ' else'
    finally:
        log.append('handled %d' % x)
    return result

def exc_var_deleted():
    try:
        raise RuntimeError('x')
    except RuntimeError as err:
        pass
    try:
        return err
    except NameError as e:
        return 'deleted: ' + str(e)

def nested_reraise():
    try:
        try:
            raise ValueError('inner')
        except ValueError:
            raise
    except ValueError as e:
        return 'outer caught ' + str(e)

def return_in_except_loop():
    for i in range(3):
        try:
            raise IndexError(i)
        except IndexError as e:
            if i == 1:
                return 'returned at %d' % i
            continue
    return 'end'

def gen(n):
    try:
        for i in range(n):
            if i == 3:
                return
            yield i
    finally:
        log.append('gen closed')

def delegator():
    r = yield from gen(5)
    yield 'done'

def unpack():
    first, *middle, last = range(6)
    (a, b), c = (1, 2), 3
    *init, tail = 'xyz'
    return first, middle, last, a, b, c, init, tail

def chains(v):
    return 0 < v <= 10, 1 < v < 2 < 3, v == v != v + 1

def fstrings(name, value):
    width = 8
    return f'{name!r}:{value:>{width}.2f}|{value=}|{name.upper()}'

def calls():
    def f(*args, **kwargs):
        return args, sorted(kwargs.items())
    args = [1, 2]
    kw = {'z': 26}
    return f(0, *args, 3, y=25, **kw), f(*args), f(**kw)

def aug():
    d = {'a': [1]}
    d['a'] += [2]
    class O: pass
    o = O()
    o.v = 5
    o.v *= 3
    n = 7
    n //= 2
    n **= 2
    return d, o.v, n

print(finally_return(), finally_override())
print(loop_with_finally())
print(while_else(3), while_else(20))
print(with_return(), with_break(), with_swallow(), multi_with())
print([handlers(i) for i in range(4)])
print(exc_var_deleted())
print(nested_reraise())
print(return_in_except_loop())
print(list(gen(10)), list(delegator()))
print(unpack())
print(chains(5), chains(1.5), chains(11))
print(fstrings('pi', 3.14159))
print(calls())
print(aug())
for line in log:
    print(line)
