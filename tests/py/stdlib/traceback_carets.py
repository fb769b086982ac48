# traceback.format_exception / print_exc underline the failing expression
# as CPython 3.11 does: '^' under it when it is not the whole line, and
# '~~^~~' around the operator of a binary operation or the brackets of a
# subscript (a parenthesized left operand ends inside its parentheses).
import traceback


def run(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc().replace(__file__, 'FILE'), end='')


a, b, d, l, n = 1, 'x', {}, [1], None
run(lambda: a + b)
run(lambda: (a)  //  b)
run(lambda: (a + 1) * b)
run(lambda: a * 2 + b)
run(lambda: 2 ** b)
run(lambda: d['k'])
run(lambda: d[ 'k' ])
run(lambda: l[1:2][7])
run(lambda: [1, 2][5])
run(lambda: n.attr)
run(lambda: len(a) + 1)
run(lambda: print(a + b, 1))
run(lambda: 'é' + a)
run(lambda: f'{a}' + a)


def inner(x):
    return x.foo + 1


def outer():
    y = [inner(v) for v in range(2)]
    return y


run(outer)
try:
    outer()
except AttributeError:
    traceback.print_exc(limit=1)
try:
    {}['missing']
except KeyError as e:
    print(''.join(traceback.format_exception_only(type(e), e)), end='')
print(traceback.extract_stack()[-1].colno)


def chained():
    try:
        return 1 / 0
    except ZeroDivisionError:
        raise ValueError('from a') from None


run(chained)


def nested():
    try:
        return l[9] + 1
    except IndexError as e:
        raise RuntimeError('again') from e


run(nested)
