# getopt: short and long options, values, abbreviations, gnu order, errors
import getopt

print(getopt.getopt(['-a', '-bval', '-c', 'x', 'rest', '-d'], 'ab:c:d'))
print(getopt.getopt(['-abfoo', 'op'], 'ab:'))
print(getopt.getopt(['--alpha', '--beta=1', '--gam', '2', '--', '-a'],
                    'a', ['alpha', 'beta=', 'gamma=']))
print(getopt.getopt(['--alp'], '', 'alpha'))
print(getopt.getopt([], 'a'))
print(getopt.getopt(['-', '-a'], 'a'))
print(getopt.gnu_getopt(['x', '-a', 'y', '--beta', 'v', 'z'], 'a', ['beta=']))
print(getopt.gnu_getopt(['x', '-a', '--', '-b'], 'ab'))
print(getopt.gnu_getopt(['x', '-a'], '+a'))
print(getopt.error is getopt.GetoptError)

bad = [
    (['-z'], 'a', []),
    (['-b'], 'b:', []),
    (['--nope'], '', ['alpha']),
    (['--al'], '', ['alpha', 'alps']),
    (['--alpha=3'], '', ['alpha']),
    (['--beta'], '', ['beta=']),
]
for args, short, long in bad:
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print(type(e).__name__, repr(str(e)), repr(e.opt), repr(e.msg), e.args)

try:
    getopt.gnu_getopt(['a', '-q'], 'x')
except getopt.error as e:
    print(e)
