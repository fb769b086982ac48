"""doctest -- run the interactive examples written in docstrings, for pym.

A docstring example is a `>>> ` line (with `... ` continuation lines)
followed by the output it should print, up to a blank line or the next
`>>> `.  testmod() finds every docstring of a module (the module's own, its
functions and classes, their methods, properties, static and class
methods, and the entries of __test__), runs each docstring's examples in a
fresh copy of the module's globals, compiled in 'single' mode so that an
expression's value is displayed as at the prompt, and compares what was
printed with what the docstring expects.  Failures are reported in CPython's
layout (`File "x.py", line N, in __main__.f` / `Failed example:` /
`Expected:` / `Got:`), followed by the summary, and testmod() returns
TestResults(failed, attempted).  Expected exceptions are written as a
`Traceback (most recent call last):` header and the final `Type: message`
line, and only that line is compared.

Option flags (as arguments or as `# doctest: +FLAG` directives): ELLIPSIS,
NORMALIZE_WHITESPACE, IGNORE_EXCEPTION_DETAIL, SKIP, DONT_ACCEPT_TRUE_FOR_1,
DONT_ACCEPT_BLANKLINE, REPORT_ONLY_FIRST_FAILURE, FAIL_FAST.

Left out, and raising NotImplementedError where it can be asked for: the diff
report flags (REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF), testfile(), the
unittest integration (DocTestSuite, DocFileSuite), the debugger helpers.
The traceback shown under "Exception raised:" is pym's, so its frame lines
differ from CPython's (which show doctest.py's own frames).
"""

import sys
import re
import linecache
import traceback
from io import StringIO
from collections import namedtuple

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'testmod',
    'run_docstring_examples', 'TestResults',
]

TestResults = namedtuple('TestResults', 'failed attempted')

# ---------------------------------------------------------------- flags

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The flag named name, made if new (flags are successive bits)."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)
_DIFF_FLAGS = REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


def _indent(text, indent=4):
    """text with every non-empty line pushed right by indent spaces."""
    return re.sub('(?m)^(?!$)', indent * ' ', text)


def _exception_traceback(exc_info):
    return ''.join(traceback.format_exception(*exc_info))


# ---------------------------------------------------------------- examples

class Example:
    """One `>>>` example: its source, the output it wants, the exception
    message it wants (or None), its line within the docstring, its indent
    and its option directives ({flag: True/False})."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.exc_msg = exc_msg
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return ((self.source, self.want, self.lineno, self.indent,
                 self.options, self.exc_msg) ==
                (other.source, other.want, other.lineno, other.indent,
                 other.options, other.exc_msg))

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent,
                     self.exc_msg))


class DocTest:
    """The examples of one docstring, with the globals they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), \
            "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = 'no examples'
        elif len(self.examples) == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % len(self.examples)
        return ('<%s %s from %s:%s (%s)>' %
                (self.__class__.__name__, self.name, self.filename,
                 self.lineno, examples))

    def _key(self):
        lineno = -1 if self.lineno is None else self.lineno
        return (self.name, self.filename or '', lineno, id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and
                self.docstring == other.docstring and
                self.globs == other.globs and self.name == other.name and
                self.filename == other.filename and
                self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))


# ---------------------------------------------------------------- parsing

# An example: a `>>>` line and its `...` lines, then the wanted output: the
# following lines that are neither blank nor another `>>>` line.
_EXAMPLE_RE = re.compile(
    r'(?P<source>(?:^(?P<indent>[ ]*)>>>.*)(?:\n[ ]*\.\.\..*)*)\n?'
    r'(?P<want>(?:(?![ ]*$)(?![ ]*>>>).+$\n?)*)', re.MULTILINE)

# A wanted exception: the traceback header, anything, then the first line
# that starts with a word character, to the end.
_EXCEPTION_RE = re.compile(
    r'^(?P<hdr>Traceback \((?:most recent call last|innermost last)\):)'
    r'\s*$(?P<stack>.*?)^(?P<msg>\w+.*)', re.MULTILINE | re.DOTALL)

_OPTION_DIRECTIVE_RE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$',
                                  re.MULTILINE)
_IS_BLANK_OR_COMMENT = re.compile(r'^[ ]*(#.*)?$').match
_INDENT_RE = re.compile(r'^([ ]*)(?=\S)', re.MULTILINE)


class DocTestParser:
    """Splits a docstring into text and Example objects."""

    def parse(self, string, name='<string>'):
        string = string.expandtabs()
        margin = self._min_indent(string)
        if margin > 0:
            string = '\n'.join(l[margin:] for l in string.split('\n'))
        pieces = []
        pos = 0
        lineno = 0
        for m in _EXAMPLE_RE.finditer(string):
            pieces.append(string[pos:m.start()])
            lineno += string.count('\n', pos, m.start())
            source, options, want, exc_msg = self._parse_example(m, name,
                                                                 lineno)
            if not _IS_BLANK_OR_COMMENT(source):
                pieces.append(Example(source, want, exc_msg, lineno=lineno,
                                      indent=margin + len(m.group('indent')),
                                      options=options))
            lineno += string.count('\n', m.start(), m.end())
            pos = m.end()
        pieces.append(string[pos:])
        return pieces

    def get_examples(self, string, name='<string>'):
        return [p for p in self.parse(string, name) if isinstance(p, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name,
                       filename, lineno, string)

    def _min_indent(self, s):
        widths = [len(i) for i in _INDENT_RE.findall(s)]
        return min(widths) if widths else 0

    def _parse_example(self, m, name, lineno):
        indent = len(m.group('indent'))
        source_lines = m.group('source').split('\n')
        for i, line in enumerate(source_lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks '
                                 'blank after %s: %r' %
                                 (lineno + i + 1, name,
                                  line[indent:indent + 3], line))
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join(l[indent + 4:] for l in source_lines)

        want_lines = m.group('want').split('\n')
        if len(want_lines) > 1 and re.match(r' *$', want_lines[-1]):
            del want_lines[-1]
        self._check_prefix(want_lines, ' ' * indent, name,
                           lineno + len(source_lines))
        want = '\n'.join(l[indent:] for l in want_lines)

        e = _EXCEPTION_RE.match(want)
        exc_msg = e.group('msg') if e else None
        return source, self._find_options(source, name, lineno), want, exc_msg

    def _find_options(self, source, name, lineno):
        options = {}
        for m in _OPTION_DIRECTIVE_RE.finditer(source):
            for word in m.group(1).replace(',', ' ').split():
                if word[0] not in '+-' or word[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an '
                                     'invalid option: %r' %
                                     (lineno + 1, name, word))
                options[OPTIONFLAGS_BY_NAME[word[1:]]] = word[0] == '+'
        if options and _IS_BLANK_OR_COMMENT(source):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r' %
                             (lineno, name, source))
        return options

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has '
                                 'inconsistent leading whitespace: %r' %
                                 (lineno + i + 1, name, line))


# ---------------------------------------------------------------- finding

def _is_function(obj):
    return hasattr(obj, '__code__') and hasattr(obj, '__globals__')


def _unwrap(obj):
    seen = set()
    while hasattr(obj, '__wrapped__') and id(obj) not in seen:
        seen.add(id(obj))
        obj = obj.__wrapped__
    return obj


def _is_routine(obj):
    obj = _unwrap(obj)
    return (_is_function(obj) or type(obj).__name__ in (
        'builtin_function_or_method', 'method', 'method_descriptor',
        'wrapper_descriptor', 'classmethod_descriptor'))


class DocTestFinder:
    """Collects the DocTests of an object and of what it defines."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r" %
                                 (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = sys.modules.get(getattr(obj, '__module__', None))
            if module is None and type(obj).__name__ == 'module':
                module = obj
        filename = getattr(module, '__file__', None) if module else None
        source_lines = None
        if filename:
            import linecache
            source_lines = linecache.getlines(filename) or None
        if globs is None:
            globs = {} if module is None else module.__dict__
        globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, filename,
                   set())
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        if isinstance(obj, property):
            return True
        if _is_function(obj):
            return module.__dict__ is obj.__globals__
        return getattr(obj, '__module__', None) == module.__name__

    def _find(self, tests, obj, name, module, source_lines, globs, filename,
              seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen.add(id(obj))
        test = self._get_test(obj, name, module, globs, source_lines,
                              filename)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if type(obj).__name__ == 'module':
            for valname, val in list(obj.__dict__.items()):
                if ((_is_routine(val) or isinstance(val, type)) and
                        self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, valname), module,
                               source_lines, globs, filename, seen)
            for valname, val in list(getattr(obj, '__test__', {}).items()):
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must "
                                     "be strings: %r" % (type(valname),))
                if not (_is_routine(val) or isinstance(val, (type, str)) or
                        type(val).__name__ == 'module'):
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r" % (type(val),))
                self._find(tests, val, '%s.__test__.%s' % (name, valname),
                           module, source_lines, globs, filename, seen)
        if isinstance(obj, type):
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((_is_routine(val) or isinstance(val, type) or
                        isinstance(val, property)) and
                        self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, valname), module,
                               source_lines, globs, filename, seen)

    def _get_test(self, obj, name, module, globs, source_lines, filename):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if filename is None and module is not None:
            filename = module.__name__
        return self._parser.get_doctest(docstring, globs, name, filename,
                                        lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line of the source where obj's docstring starts."""
        lineno = None
        has_doc = getattr(obj, '__doc__', None) is not None
        if type(obj).__name__ == 'module' and has_doc:
            lineno = 0
        if isinstance(obj, type) and has_doc:
            if source_lines is None:
                return None
            header = re.compile(r'^\s*class\s*%s\b' %
                                getattr(obj, '__name__', '-'))
            for i, line in enumerate(source_lines):
                if header.match(line):
                    lineno = i
                    break
        if hasattr(obj, '__func__'):
            obj = obj.__func__
        if _is_function(obj) and getattr(obj, '__doc__', None):
            lineno = obj.__code__.co_firstlineno - 1
        if lineno is None:
            return None
        if source_lines is None:
            return lineno + 1
        quote = re.compile(r'(^|.*:)\s*\w*("|\')')
        for n in range(lineno, len(source_lines)):
            if quote.match(source_lines[n]):
                return n
        return None


# ---------------------------------------------------------------- checking

def _ellipsis_match(want, got):
    """Does got match want, where '...' in want stands for any text?"""
    if ELLIPSIS_MARKER not in want:
        return want == got
    parts = want.split(ELLIPSIS_MARKER)
    head, tail = parts[0], parts[-1]
    if not got.startswith(head) or not got.endswith(tail):
        return False
    lo, hi = len(head), len(got) - len(tail)
    if lo > hi:
        return False
    for part in parts[1:-1]:
        at = got.find(part, lo, hi)
        if at < 0:
            return False
        lo = at + len(part)
    return True


def _strip_exception_details(msg):
    """'pkg.Error: detail' -> 'Error' (first line, before ':', after '.')."""
    end = msg.find('\n')
    if end < 0:
        end = len(msg)
    colon = msg.find(':', 0, end)
    if colon >= 0:
        end = colon
    return msg[msg.rfind('.', 0, end) + 1:end]


class OutputChecker:
    """Compares an example's wanted output with the output it printed."""

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '',
                          want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if optionflags & _DIFF_FLAGS:
            raise NotImplementedError(
                "doctest: the REPORT_*DIFF flags are not supported by pym")
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub('(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


# ---------------------------------------------------------------- running

class _SpoofOut(StringIO):
    """Captures an example's output; what it holds ends with a newline."""

    def getvalue(self):
        text = StringIO.getvalue(self)
        if text and not text.endswith('\n'):
            text += '\n'
        return text

    def truncate(self, size=None):
        self.seek(size or 0)
        StringIO.truncate(self)


class DocTestRunner:
    """Runs DocTests, reports failures, keeps the counts per test name."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n' +
                    _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n' +
            _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        lines = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                where = test.lineno + example.lineno + 1
            else:
                where = '?'
            lines.append('File "%s", line %s, in %s' %
                         (test.filename, where, test.name))
        else:
            lines.append('Line %s, in %s' % (example.lineno + 1, test.name))
        lines.append('Failed example:')
        lines.append(_indent(example.source))
        return '\n'.join(lines)

    def _run_examples(self, test, out):
        failures = tries = 0
        flags_before = self.optionflags
        check = self._checker.check_output
        for number, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and
                     failures > 0)
            self.optionflags = flags_before
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, number)
            try:
                exec(compile(example.source, filename, "single"), test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                exception = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)

            if exception is None:
                outcome = 'ok' if check(example.want, got,
                                        self.optionflags) else 'failed'
            else:
                exc_msg = self._exception_message(exception)
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = 'raised'
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = 'ok'
                elif (self.optionflags & IGNORE_EXCEPTION_DETAIL and
                      check(_strip_exception_details(example.exc_msg),
                            _strip_exception_details(exc_msg),
                            self.optionflags)):
                    outcome = 'ok'
                else:
                    outcome = 'failed'

            if outcome == 'ok':
                if not quiet:
                    self.report_success(out, test, example, got)
            else:
                failures += 1
                if quiet:
                    pass
                elif outcome == 'failed':
                    self.report_failure(out, test, example, got)
                else:
                    self.report_unexpected_exception(out, test, example,
                                                     exception)
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = flags_before
        self._record(test.name, failures, tries)
        return TestResults(failures, tries)

    def _exception_message(self, exc_info):
        lines = traceback.format_exception_only(*exc_info[:2])
        if issubclass(exc_info[0], SyntaxError):
            qual = exc_info[0].__qualname__
            prefixes = (qual + ':', '%s.%s:' % (exc_info[0].__module__, qual))
            for i, line in enumerate(lines):
                if line.startswith(prefixes):
                    lines = lines[i:]
                    break
        return ''.join(lines)

    def _record(self, name, failures, tries):
        f, t = self._name2ft.get(name, (0, 0))
        self._name2ft[name] = (f + failures, t + tries)
        self.failures += failures
        self.tries += tries

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run test's examples; report through out (default: stdout)."""
        self.test = test
        saved_stdout = sys.stdout
        if out is None:
            out = saved_stdout.write
        saved_displayhook = sys.displayhook
        self._saved_getlines = linecache.getlines
        sys.stdout = self._fakeout
        sys.displayhook = sys.__displayhook__
        linecache.getlines = self._example_getlines
        try:
            return self._run_examples(test, out)
        finally:
            sys.stdout = saved_stdout
            sys.displayhook = saved_displayhook
            linecache.getlines = self._saved_getlines
            if clear_globs:
                test.globs.clear()

    _EXAMPLE_FILENAME_RE = re.compile(r'<doctest (?P<name>.+)\[(?P<number>\d+)\]>$')

    def _example_getlines(self, filename, module_globals=None):
        """linecache.getlines while a test runs: tracebacks through an
        example's '<doctest name[N]>' pseudo-file show its source line."""
        m = self._EXAMPLE_FILENAME_RE.match(filename)
        if m and m.group('name') == self.test.name:
            example = self.test.examples[int(m.group('number'))]
            return example.source.splitlines(keepends=True)
        return self._saved_getlines(filename, module_globals)

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests, passed, failed = [], [], []
        total_tries = total_failures = 0
        for name, (f, t) in self._name2ft.items():
            total_tries += t
            total_failures += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                for name in sorted(notests):
                    print("   ", name)
            if passed:
                print(len(passed), "items passed all tests:")
                for name, t in sorted(passed):
                    print(" %3d tests in %s" % (t, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            for name, (f, t) in sorted(failed):
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(total_tries, "tests in", len(self._name2ft), "items.")
            print(total_tries - total_failures, "passed and", total_failures,
                  "failed.")
        if total_failures:
            print("***Test Failed***", total_failures, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        for name, (f, t) in other._name2ft.items():
            f0, t0 = self._name2ft.get(name, (0, 0))
            self._name2ft[name] = (f0 + f, t0 + t)


class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output is wrong."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises at the first failure instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------- entry points

master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False,
            exclude_empty=False):
    """Test the examples in the docstrings of module m (default __main__)."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if type(m).__name__ != 'module':
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Test the examples in f's docstring (not recursively), in globs."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


def testfile(*args, **kwargs):
    raise NotImplementedError("doctest.testfile is not supported by pym")


def DocTestSuite(*args, **kwargs):
    raise NotImplementedError("doctest.DocTestSuite is not supported by pym")


def DocFileSuite(*args, **kwargs):
    raise NotImplementedError("doctest.DocFileSuite is not supported by pym")
