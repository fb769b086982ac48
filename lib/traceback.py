"""Extract, format and print information about Python stack traces
(written for pym, after CPython 3.11's API).

FrameSummary is one line of a traceback (file, line number, function, source
line read through linecache); StackSummary a list of them with format(),
which collapses recursion into "[Previous line repeated N more times]";
TracebackException captures an exception, its traceback and its chain
(__cause__ / __context__) and formats them the way pym and CPython print an
uncaught exception.  As CPython 3.11, a traceback entry underlines the
failing expression with '^' marks, from code.co_positions() at the entry's
tb_lasti; a binary operation or a subscript has its operator or brackets
marked '^' and the rest '~'.  CPython finds those two with the ast module,
which pym lacks: _caret_anchors finds them with a small scanner of the
expression's top-level tokens (operator precedence, unary vs binary,
brackets and strings skipped), which covers what one source line holds.

Left out: exception groups (pym has no ExceptionGroup), capture_locals'
repr truncation tuning, print_last/format of sys.last_* when they are unset.
"""

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or
    extract_stack() as a formatted stack trace to the given file."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format a list of tuples or FrameSummary objects for printing."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary object representing a list of
    pre-processed entries from traceback."""
    return StackSummary.extract(_walk_tb_with_full_positions(tb), limit=limit)


_cause_message = (
    "\nThe above exception was the direct cause "
    "of the following exception:\n\n")

_context_message = (
    "\nDuring handling of the above exception, "
    "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        else:
            return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to
    'file'."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format a stack trace and the exception information."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        line = "%s\n" % etype
    else:
        line = "%s: %s\n" % (etype, valuestr)
    return line


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit,
                                    chain=chain))


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_type,
    sys.last_value, sys.last_traceback, limit, file)'."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    "Clear all references to local variables in the frames of a traceback."
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals \
            else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    positions = getattr(code, 'co_positions', None)
    if positions is None:
        return (None, None, None, None)
    for i, pos in enumerate(positions()):
        if i == instruction_index // 2:
            return pos
    return (None, None, None, None)


def _walk_tb_with_full_positions(tb):
    # (frame, (lineno, end_lineno, colno, end_colno)) for each entry
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            positions = (tb.tb_lineno,) + tuple(positions[1:])
        yield tb.tb_frame, positions
        tb = tb.tb_next


def _byte_offset_to_character_offset(str, offset):
    as_utf8 = str.encode('utf-8')
    return len(as_utf8[:offset].decode("utf-8", errors="replace"))


_BINARY_PRECEDENCE = {'|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5,
                      '-': 5, '*': 6, '/': 6, '//': 6, '%': 6, '@': 6,
                      '**': 8}
_NOT_BINOP_WORDS = {'lambda', 'if', 'else', 'or', 'and', 'not', 'in', 'is',
                    'for', 'async', 'await', 'yield'}
_NOT_BINOP_OPS = {'<', '>', '==', '!=', '<=', '>=', ':=', ',', ':', '=',
                  '->', '.'}


def _scan_top_level(segment):
    """The tokens of segment outside brackets, as (kind, text, start, end);
    kind is 'op', 'word', 'atom' (a number, string or bracketed group) or
    'close' for a bracket closing at depth 0 (its group is an atom)."""
    tokens = []
    i, n = 0, len(segment)
    depth = 0
    group_start = None
    while i < n:
        c = segment[i]
        if c.isspace():
            i += 1
            continue
        if c == '#':
            break
        if c in '\'"':
            # a string literal (prefixes are taken as words just before it)
            q = segment[i:i + 3] if segment[i:i + 3] in ('"""', "'''") else c
            j = i + len(q)
            while j < n and segment[j:j + len(q)] != q:
                j += 2 if segment[j] == '\\' else 1
            j += len(q)
            if depth == 0:
                if tokens and tokens[-1][0] == 'word' and \
                        tokens[-1][3] == i and tokens[-1][1].lower() in \
                        ('r', 'b', 'f', 'u', 'rb', 'br', 'fr', 'rf'):
                    tokens.pop()
                tokens.append(('atom', q, i, j))
            i = j
            continue
        if c in '([{':
            if depth == 0:
                group_start = i
            depth += 1
            i += 1
            continue
        if c in ')]}':
            depth -= 1
            if depth < 0:
                return None
            if depth == 0:
                tokens.append(('close', segment[group_start:i + 1],
                               group_start, i + 1))
            i += 1
            continue
        if c.isalnum() or c == '_' or ord(c) > 127:
            j = i
            while j < n and (segment[j].isalnum() or segment[j] == '_' or
                             ord(segment[j]) > 127 or
                             (segment[j] == '.' and segment[i].isdigit())):
                j += 1
            if depth == 0:
                kind = 'atom' if c.isdigit() else 'word'
                tokens.append((kind, segment[i:j], i, j))
            i = j
            continue
        for op in ('**', '//', '<<', '>>', '<=', '>=', '==', '!=', ':=', '->'):
            if segment.startswith(op, i):
                break
        else:
            op = c
        if depth == 0:
            tokens.append(('op', op, i, i + len(op)))
        i += len(op)
    if depth != 0:
        return None
    return tokens


def _caret_anchors(segment):
    """(left, right): the span of the operator of a binary operation or
    the brackets of a subscript that segment (one expression) is, else
    None -- what CPython reads off the segment's ast."""
    try:
        compile(segment, '<segment>', 'eval')
    except Exception:
        return None
    tokens = _scan_top_level(segment)
    if not tokens:
        return None
    binops = []
    prev = None
    leading_unary = False
    for tok in tokens:
        kind, text = tok[0], tok[1]
        if kind == 'word' and text in _NOT_BINOP_WORDS:
            return None
        if kind == 'op':
            if text in _NOT_BINOP_OPS:
                # a dot joins names into one operand (a.b); others end it
                if text == '.':
                    prev = tok
                    continue
                return None
            is_unary = prev is None or (prev[0] == 'op' and prev[1] != '.')
            if is_unary:
                if text not in ('+', '-', '~'):
                    return None
                if prev is None:
                    leading_unary = True
            elif text in _BINARY_PRECEDENCE:
                binops.append(tok)
            else:
                return None
        prev = tok
    if binops:
        low = min(_BINARY_PRECEDENCE[t[1]] for t in binops)
        if leading_unary and low > 7:
            return None          # -a ** b is a unary operation
        chosen = [t for t in binops if _BINARY_PRECEDENCE[t[1]] == low]
        op = chosen[0] if low == 8 else chosen[-1]
        # the left operand's end as the ast has it: a parenthesized
        # expression ends inside its parentheses
        k = tokens.index(op) - 1
        left_tok = tokens[k]
        left_end = left_tok[3]
        if left_tok[0] == 'close' and left_tok[1].startswith('(') and \
                (k == 0 or tokens[k - 1][0] == 'op' and tokens[k - 1][1] != '.'):
            inner = left_tok[1][1:-1]
            inner_tokens = _scan_top_level(inner)
            if inner_tokens and not any(t[0] == 'op' and t[1] == ','
                                        for t in inner_tokens):
                left_end = left_tok[2] + 1 + len(inner.rstrip())
        right_start = op[3]
        while right_start < len(segment) and segment[right_start].isspace():
            right_start += 1
        operator_str = segment[left_end:right_start]
        operator_offset = len(operator_str) - len(operator_str.lstrip())
        left_anchor = left_end + operator_offset
        right_anchor = left_anchor + 1
        if (operator_offset + 1 < len(operator_str)
                and not operator_str[operator_offset + 1].isspace()):
            right_anchor += 1
        return left_anchor, right_anchor
    last = tokens[-1]
    if last[0] == 'close' and last[1].startswith('[') and len(tokens) > 1:
        # from the end of the subscripted value to one past the end of
        # the index expression (the ']' when nothing is between)
        value_end = len(segment[:last[2]].rstrip())
        inside = segment[last[2] + 1:last[3] - 1]
        slice_end = last[2] + 1 + len(inside.rstrip())
        return value_end, slice_end + 1
    return None


_RECURSIVE_CUTOFF = 3


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Create a StackSummary from a traceback or stack object."""
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            if limit >= 0:
                frames = frames[:limit]
            else:
                frames = frames[limit:]
        result = klass()
        fnames = set()
        for f, where in frames:
            co = f.f_code
            filename = co.co_filename
            name = co.co_name
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            if capture_locals:
                f_locals = f.f_locals
            else:
                f_locals = None
            if isinstance(where, tuple):
                lineno, end_lineno, colno, end_colno = where
            else:
                lineno, end_lineno, colno, end_colno = where, None, None, None
            result.append(FrameSummary(filename, lineno, name,
                                       lookup_line=False, locals=f_locals,
                                       end_lineno=end_lineno, colno=colno,
                                       end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary object from a supplied list of
        FrameSummary objects or old-style list of tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format the lines for a single FrameSummary."""
        row = []
        row.append('  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name))
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped_line))
            original = frame_summary._original_line
            stripped_characters = len(original) - len(frame_summary.line.lstrip())
            if (frame_summary.colno is not None and
                    frame_summary.end_colno is not None):
                start_offset = _byte_offset_to_character_offset(
                    original, frame_summary.colno) + 1
                end_offset = _byte_offset_to_character_offset(
                    original, frame_summary.end_colno) + 1
                anchors = None
                if frame_summary.lineno == frame_summary.end_lineno:
                    try:
                        anchors = _caret_anchors(
                            original[start_offset - 1:end_offset - 1])
                    except Exception:
                        anchors = None
                else:
                    end_offset = stripped_characters + len(stripped_line)
                # marks only where the expression is not the whole line
                if end_offset - start_offset < len(stripped_line) or (
                        anchors and anchors[1] - anchors[0] > 0):
                    row.append('    ')
                    row.append(' ' * (start_offset - stripped_characters))
                    if anchors:
                        row.append('~' * anchors[0])
                        row.append('^' * (anchors[1] - anchors[0]))
                        row.append('~' * (end_offset - start_offset - anchors[1]))
                    else:
                        row.append('^' * (end_offset - start_offset))
                    row.append('\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name,
                                                          value=value))
        return ''.join(row)

    def format(self):
        """Format the stack ready for printing."""
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n')
        return result


class TracebackException:
    """An exception ready for rendering."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))

        self.stack = StackSummary.extract(
            _walk_tb_with_full_positions(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.exceptions = None

        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False

        if not is_recursive_call:
            queue = [(self, exc_value)]
            while queue:
                te, e = queue.pop()
                if (e and e.__cause__ is not None
                        and id(e.__cause__) not in _seen):
                    cause = TracebackException(
                        type(e.__cause__), e.__cause__,
                        e.__cause__.__traceback__, limit=limit,
                        lookup_lines=lookup_lines,
                        capture_locals=capture_locals, _seen=_seen)
                else:
                    cause = None
                if compact:
                    need_context = (cause is None and e is not None and
                                    not e.__suppress_context__)
                else:
                    need_context = True
                if (e and e.__context__ is not None
                        and need_context and id(e.__context__) not in _seen):
                    context = TracebackException(
                        type(e.__context__), e.__context__,
                        e.__context__.__traceback__, limit=limit,
                        lookup_lines=lookup_lines,
                        capture_locals=capture_locals, _seen=_seen)
                else:
                    context = None
                te.__cause__ = cause
                te.__context__ = context
                if cause:
                    queue.append((te.__cause__, e.__cause__))
                if context:
                    queue.append((te.__context__, e.__context__))
        else:
            self.__cause__ = None
            self.__context__ = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Format the exception part of the traceback."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return

        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype

        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                yield from [l + '\n' for l in note.split('\n')]
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, '__notes__', func=repr) + '\n'

    def _format_syntax_error(self, stype):
        """Format SyntaxError exceptions (internal helper)."""
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(
                self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)

        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {
                    None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = ((c if c.isspace() else ' ')
                                  for c in ltext[:colno])
                    yield '    {}{}\n'.format("".join(caretspace),
                                              ('^' * (end_colno - colno)))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Format the exception."""
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif (exc.__context__ is not None and
                      not exc.__suppress_context__):
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))

        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
