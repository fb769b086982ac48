"""Regular expressions for pym, as CPython 3.11's re module.

Patterns are parsed and compiled in Python (re._parser, re._compiler) into a
program that the C engine _sre runs (src/modules/mod_sre.c: a backtracking
machine with its stacks on the heap, so no pattern can overflow the C
stack).  This file holds the API: the module functions, Pattern, Match,
the replacement templates of sub(), and the compile cache.

Left out (each raises NotImplementedError or is absent): re.template and
the DEBUG flag, \\N{name}
escapes (pym has no unicodedata), Pattern[str]/Match[str] (pym has no
generic aliases yet), pickling.  LOCALE is accepted for bytes and matches
as ASCII (the C locale).
"""

import _sre
from . import _parser, _compiler
from ._parser import error

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M",
           "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
           "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

_MAXSIZE = 9223372036854775807
try:
    _BYTES = (bytes, bytearray)
except NameError:           # pym without bytearray
    _BYTES = (bytes,)


class RegexFlag(int):
    """The flags: an int whose repr names them (re.IGNORECASE|re.MULTILINE)."""

    _names = [(256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"),
              (16, "DOTALL"), (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"),
              (1, "TEMPLATE")]

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for bit in (1, 2, 4, 8, 16, 32, 64, 128, 256):
            if v & bit:
                for b, name in RegexFlag._names:
                    if b == bit:
                        parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    @property
    def name(self):
        r = repr(self)
        return None if "0x" in r else r.replace("re.", "")

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    def __reduce__(self):
        return RegexFlag, (int(self),)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
U = UNICODE = RegexFlag(32)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

_REPR_ORDER = [(1, "re.TEMPLATE"), (2, "re.IGNORECASE"), (4, "re.LOCALE"),
               (8, "re.MULTILINE"), (16, "re.DOTALL"), (32, "re.UNICODE"),
               (64, "re.VERBOSE"), (128, "re.DEBUG"), (256, "re.ASCII")]


def _check_subject(pattern, string):
    if isinstance(pattern, str):
        if not isinstance(string, str):
            if isinstance(string, _BYTES):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got %r"
                            % type(string).__name__)
    else:
        if not isinstance(string, _BYTES):
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            raise TypeError("expected string or bytes-like object, got %r"
                            % type(string).__name__)
        if type(string) is not bytes:
            string = bytes(string)
    return string


def _index(v, name):
    if v.__class__ is not int:
        if not hasattr(type(v), "__index__"):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
        v = v.__index__()
    return v


def _bounds(n, pos, endpos):
    pos = _index(pos, "pos")
    endpos = _index(endpos, "endpos")
    if pos < 0:
        pos = 0
    if endpos > n:
        endpos = n
    elif endpos < 0:
        endpos = 0
    return pos, endpos


class Pattern:
    """A compiled regular expression (re.compile)."""

    __slots__ = ("pattern", "flags", "groups", "_groupindex", "_prog", "_stype",
                 "__weakref__")

    def __init__(self, pattern, flags):
        prog, state = _compiler.compile(pattern, flags)
        self.pattern = pattern
        self._stype = str if isinstance(pattern, str) else bytes
        self.flags = state.flags
        self.groups = state.groups - 1
        self._groupindex = state.groupdict
        self._prog = prog

    @property
    def groupindex(self):
        return type(type.__dict__)(dict(self._groupindex))

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~32
        r = repr(self.pattern)
        if len(r) > 200:
            r = r[:200]
        if not flags:
            return "re.compile(%s)" % r
        parts = []
        for bit, name in _REPR_ORDER:
            if flags & bit:
                parts.append(name)
                flags &= ~bit
        if flags:
            parts.append("0x%x" % flags)
        return "re.compile(%s, %s)" % (r, "|".join(parts))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags and
                type(self.pattern) is type(other.pattern))

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _run(self, string, pos, endpos, mode):
        if string.__class__ is not self._stype:
            string = _check_subject(self.pattern, string)
        if pos.__class__ is not int or endpos.__class__ is not int or pos < 0 or \
                endpos > len(string):
            pos, endpos = _bounds(len(string), pos, endpos)
        marks = _sre.run(self._prog, string, pos, endpos, mode)
        if marks is None:
            return None
        return Match(self, string, pos, endpos, marks)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _iter_marks(self, string, pos, endpos, limit=0):
        """The marks of successive matches (as finditer) of a checked string."""
        pos, endpos = _bounds(len(string), pos, endpos)
        return _sre.iterate(self._prog, string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        string = _check_subject(self.pattern, string)
        p, e = _bounds(len(string), pos, endpos)
        return _matches(self, string, p, e, self._iter_marks(string, p, e))

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        string = _check_subject(self.pattern, string)
        pos, endpos = _bounds(len(string), pos, endpos)
        return _sre.findall(self._prog, string, pos, endpos)

    def split(self, string, maxsplit=0):
        string = _check_subject(self.pattern, string)
        maxsplit = _index(maxsplit, "maxsplit")
        if maxsplit < 0:
            return [string]
        out = []
        last = 0
        ng = self.groups
        for m in self._iter_marks(string, 0, _MAXSIZE, maxsplit):
            out.append(string[last:m[0]])
            for g in range(1, ng + 1):
                a = m[2 * g]
                out.append(string[a:m[2 * g + 1]] if a >= 0 else None)
            last = m[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        string = _check_subject(self.pattern, string)
        count = _index(count, "count")
        if count < 0:
            return string, 0
        if callable(repl):
            func = repl
            literal = None
        else:
            repl = _check_repl(self.pattern, repl)
            literal = repl if (b"\\" if isinstance(repl, bytes) else "\\") not in repl else None
            if literal is None:
                template = _parse_template(repl, self)
            else:
                template = [literal]
            if type(repl) is type(string) and (type(string) is str or type(string) is bytes):
                return _sre.sub(self._prog, string, template, count)
            func = None
        parts = []
        last = 0
        n = 0
        for m in self._iter_marks(string, 0, _MAXSIZE, count):
            if last < m[0]:
                parts.append(string[last:m[0]])
            if func is not None:
                r = func(Match(self, string, 0, len(string), m))
                if r is not None:
                    parts.append(r)
            elif literal is not None:
                parts.append(literal)
            else:
                parts.append(_expand(template, Match(self, string, 0, len(string), m)))
            last = m[1]
            n += 1
        parts.append(string[last:])
        return string[:0].join(parts), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        string = _check_subject(self.pattern, string)
        pos, endpos = _bounds(len(string), pos, endpos)
        return SREScanner(self, string, pos, endpos)


class SREScanner:
    """Pattern.scanner(string): successive match() or search() calls, each
    starting where the previous match ended; None for good after a miss."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._subject = _sre.subject(string)
        self._pos = pos
        self._endpos = endpos
        self._advance = False
        self._done = False

    def _next(self, mode):
        if self._done:
            return None
        marks = _sre.run(self.pattern._prog, self._subject, self._pos, self._endpos,
                         mode | (4 if self._advance else 0))
        if marks is None:
            self._done = True
            return None
        self._advance = marks[0] == marks[1]
        self._pos = marks[1]
        return Match(self.pattern, self._string, 0, self._endpos, marks)

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


class Scanner:
    """A simple lexer: lexicon is a list of (phrase, action) pairs; scan()
    returns (results of the actions, the unscanned rest)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._index = {}
        gid = 1
        for i, (phrase, action) in enumerate(lexicon):
            parts.append("(" + phrase + ")")
            self._index[gid] = i
            gid += 1 + _compile(phrase, flags).groups
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        i = 0
        sc = self.scanner.scanner(string)
        while True:
            m = sc.match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            gid = m.lastindex
            while gid not in self._index:
                gid -= 1
            action = self.lexicon[self._index[gid]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


def _matches(pattern, string, pos, endpos, marks_iter):
    for marks in marks_iter:
        yield Match(pattern, string, pos, endpos, marks)


class Match:
    """The result of a successful match."""

    __slots__ = ("re", "string", "pos", "endpos", "_marks", "__weakref__")

    def __init__(self, pattern, string, pos, endpos, marks):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._marks = marks

    def _gid(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, (str, bytes)) or type(g) is bool:
            if type(g) is bool and 0 <= g <= self.re.groups:
                return int(g)
            gid = self.re._groupindex.get(g) if isinstance(g, str) else None
            if gid is not None:
                return gid
        elif hasattr(type(g), "__index__"):
            v = g.__index__()
            if 0 <= v <= self.re.groups:
                return v
        raise IndexError("no such group")

    def _get(self, gid, default=None):
        m = self._marks
        a = m[2 * gid]
        if a < 0:
            return default
        return self.string[a:m[2 * gid + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._gid(args[0]))
        return tuple(self._get(self._gid(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._gid(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(gid, default) for name, gid in self.re._groupindex.items()}

    def start(self, group=0):
        return self._marks[2 * self._gid(group)]

    def end(self, group=0):
        return self._marks[2 * self._gid(group) + 1]

    def span(self, group=0):
        g = self._gid(group)
        return self._marks[2 * g], self._marks[2 * g + 1]

    @property
    def regs(self):
        m = self._marks
        return tuple((m[2 * g], m[2 * g + 1]) for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        v = self._marks[-1]
        return None if v < 0 else v

    @property
    def lastgroup(self):
        v = self._marks[-1]
        if v < 0:
            return None
        for name, gid in self.re._groupindex.items():
            if gid == v:
                return name
        return None

    def expand(self, template):
        template = _check_repl(self.re.pattern, template)
        return _expand(_parse_template(template, self.re), self)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._marks[0], self._marks[1], repr(self.group(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _check_repl(pattern, repl):
    if isinstance(repl, _BYTES):
        return bytes(repl)
    if not isinstance(repl, str):
        raise TypeError("decoding to str: need a bytes-like object, %s found"
                        % type(repl).__name__)
    return repl


def _parse_template(repl, pattern):
    """[literal or group index, ...] for a replacement template."""
    s = _parser.Source(repl)
    items = []
    lit = []
    groupindex = pattern._groupindex
    ngroups = pattern.groups

    def addgroup(index, offset):
        if index > ngroups:
            raise s.error("invalid group reference %d" % index, offset)
        if lit:
            items.append("".join(lit))
            del lit[:]
        items.append(index)

    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if name.isidentifier():
                    s.checkgroupname(name, 1)
                    if name not in groupindex:
                        raise IndexError("unknown group name %r" % name)
                    index = groupindex[name]
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error("bad character in group name %r" % name,
                                      len(name) + 1) from None
                    if index >= _parser.MAXGROUPS:
                        raise s.error("invalid group reference %d" % index, len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == "0":
                if s.next is not None and s.next in _parser.OCTDIGITS:
                    this += s.get()
                    if s.next is not None and s.next in _parser.OCTDIGITS:
                        this += s.get()
                lit.append(chr(int(this[1:], 8) & 0xFF))
            elif c in _parser.DIGITS:
                isoctal = False
                if s.next is not None and s.next in _parser.DIGITS:
                    this += s.get()
                    if (c in _parser.OCTDIGITS and this[2] in _parser.OCTDIGITS and
                            s.next is not None and s.next in _parser.OCTDIGITS):
                        this += s.get()
                        isoctal = True
                        v = int(this[1:], 8)
                        if v > 0o377:
                            raise s.error("octal escape value %s outside of range 0-0o377"
                                          % this, len(this))
                        lit.append(chr(v))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            elif c in _parser.SIMPLE_ESCAPES:
                lit.append(chr(_parser.SIMPLE_ESCAPES[c]))
            elif c in _parser.ASCIILETTERS:
                raise s.error("bad escape %s" % this, len(this))
            else:
                lit.append(this)
        else:
            lit.append(this)
    if lit:
        items.append("".join(lit))
    if isinstance(repl, bytes):
        items = [x.encode("latin-1") if isinstance(x, str) else x for x in items]
    return items


def _expand(template, match):
    empty = match.string[:0]
    out = []
    for x in template:
        if isinstance(x, int):
            v = match._get(x)
            if v:
                out.append(v)
        else:
            out.append(x)
    return empty.join(out)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if flags.__class__ is RegexFlag:
        flags = int(flags)
    try:
        return _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        pass
    key = (type(pattern), pattern, flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & DEBUG:
        raise NotImplementedError("re.DEBUG is not supported by pym")
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    "Try to apply the pattern at the start of the string."
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Try to apply the pattern to all of the string."
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "Scan through string looking for a match to the pattern."
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    "Replace the leftmost non-overlapping occurrences of the pattern by repl."
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "As sub, returning (new_string, number_of_subs_made)."
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "Split the source string by the occurrences of the pattern."
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    "Return a list of all non-overlapping matches in the string."
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "Return an iterator over all non-overlapping matches in the string."
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression cache."
    _cache.clear()


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    "Escape special characters in a string."
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    pattern = bytes(pattern)
    out = []
    for b in pattern:
        if chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)


def template(pattern, flags=0):
    raise NotImplementedError("re.template is not supported by pym")
