# doctest: finding docstrings, running examples, comparing, reporting
import doctest


def square(x):
    """
    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> for i in range(2):
    ...     print(i, square(i))
    0 0
    1 1
    >>> square('a')
    Traceback (most recent call last):
      ...
    TypeError: can't multiply sequence by non-int of type 'str'
    >>> x = 5
    >>> x
    5
    """
    return x * x


class Box:
    """A box.

    >>> Box(2).size
    2
    """

    def __init__(self, size):
        self.size = size

    def grow(self):
        """
        >>> b = Box(1); b.grow(); b.size
        2
        """
        self.size += 1

    @staticmethod
    def unit():
        """
        >>> Box.unit().size
        1
        """
        return Box(1)

    @property
    def double(self):
        """
        >>> Box(4).double
        8
        """
        return self.size * 2


def nodoc():
    pass


__test__ = {'extra': """
>>> 1 + 1
2
"""}

print(doctest.testmod())
print(doctest.testmod(verbose=True))

# failures, reported against a docstring with no file
runner = doctest.DocTestRunner(verbose=False)
parser = doctest.DocTestParser()
text = '''
>>> print('a  b')
a b
>>> 1 + 1
3
>>> print('')
<BLANKLINE>
>>> None
>>> 2
>>> print('x')
>>> print('long text here')  # doctest: +ELLIPSIS
long ... here
>>> print('1  2\\n3')  # doctest: +NORMALIZE_WHITESPACE
1 2 3
>>> int('z')  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
ValueError: something else
>>> int('z')
Traceback (most recent call last):
ValueError: something else
>>> raise KeyError(1)  # doctest: +SKIP
>>> True
1
'''
test = parser.get_doctest(text, {}, 'sample', None, 0)
print(test)
print([(e.source, e.want, e.exc_msg, e.lineno, e.options) for e in test.examples[:3]])
import sys
real_stdout = sys.stdout


def out(text):
    # drop the frame of doctest.py itself (its path and line differ)
    lines = text.split('\n')
    keep = []
    while lines:
        line = lines.pop(0)
        if 'doctest.py", line' in line:
            lines.pop(0)
            continue
        keep.append(line)
    real_stdout.write('\n'.join(keep))


print(runner.run(test, out=out))
print(runner.summarize())

# only the first failure reported, and fail fast
for flag in (doctest.REPORT_ONLY_FIRST_FAILURE, doctest.FAIL_FAST):
    r = doctest.DocTestRunner(verbose=False, optionflags=flag)
    print(r.run(parser.get_doctest(">>> 1\n2\n>>> 3\n4\n>>> 5\n5\n", {}, 'two', None, 0)))

# parser errors
for bad in (">>>1\n", ">>> if 1:\n..    2\n", "  >>> 1\n 1\n", ">>> 1 # doctest: +NOPE\n"):
    try:
        parser.get_examples(bad, 'bad')
    except ValueError as e:
        print('ValueError:', e)

# helpers
checker = doctest.OutputChecker()
print(checker.check_output('a...z\n', 'abcz\n', doctest.ELLIPSIS),
      checker.check_output('a...z\n', 'abc\n', doctest.ELLIPSIS),
      checker.check_output('1\n', 'True\n', 0),
      checker.check_output('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1))
print(doctest.register_optionflag('ELLIPSIS') == doctest.ELLIPSIS)
try:
    doctest.DebugRunner().run(parser.get_doctest(">>> 1/0\n", {}, 'dbg', None, 0))
except doctest.UnexpectedException as e:
    print('UnexpectedException', e.exc_info[0].__name__, repr(e.example.source))
try:
    doctest.DebugRunner().run(parser.get_doctest(">>> 1\n2\n", {}, 'dbg', None, 0))
except doctest.DocTestFailure as e:
    print('DocTestFailure', repr(e.example.want), repr(e.got))
doctest.run_docstring_examples(square, {'square': square}, verbose=False)
print(doctest.TestResults(1, 2))
