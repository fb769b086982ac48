"""Parser of regular expressions for pym's re: pattern text -> node tree.

The tree is made of tuples; flags in effect are resolved while parsing, so
each node carries what it needs (case-insensitivity of a literal, DOTALL of
'.', MULTILINE of '^' and '$', ASCII of '\\w'):

    ('lit', c, icase)          ('nlit', c, icase)        ('any', dotall)
    ('in', items, neg, icase)  items: ('lit', c) ('range', lo, hi) ('cat', code)
    ('at', kind)               ('ref', gid, icase)       ('cond', gid, yes, no)
    ('group', gid, seq)        ('branch', [seq, ...])    ('atomic', seq)
    ('repeat', min, max, how, seq)       how: 'greedy', 'lazy' or 'possessive'
    ('assert', behind, negative, seq)

A seq is a list of nodes.  Errors are re.error with CPython's messages and
positions.  A bytes pattern is read as latin-1 text.
"""

MAXREPEAT = 4294967295
MAXGROUPS = 2147483647 // 2

# flags, as CPython's values
TEMPLATE = 1
IGNORECASE = 2
LOCALE = 4
MULTILINE = 8
DOTALL = 16
UNICODE = 32
VERBOSE = 64
DEBUG = 128
ASCII = 256

FLAG_LETTERS = {"i": IGNORECASE, "L": LOCALE, "m": MULTILINE, "s": DOTALL,
                "x": VERBOSE, "a": ASCII, "t": TEMPLATE, "u": UNICODE}
TYPE_FLAGS = ASCII | LOCALE | UNICODE
GLOBAL_FLAGS = DEBUG | TEMPLATE

# anchors (as in src/modules/mod_sre.c)
AT_BEGIN, AT_BEGIN_LINE, AT_END, AT_END_LINE, AT_END_STRING = 0, 1, 2, 3, 4
AT_BOUNDARY, AT_NON_BOUNDARY, AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY = 5, 6, 7, 8
# categories (ASCII forms; +6 for the Unicode forms)
CAT_CODES = {"d": 0, "D": 1, "s": 2, "S": 3, "w": 4, "W": 5}

DIGITS = "0123456789"
OCTDIGITS = "01234567"
HEXDIGITS = "0123456789abcdefABCDEF"
ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
WHITESPACE = " \t\n\r\v\f"
SPECIAL = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"
SIMPLE_ESCAPES = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92}


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"


class Source:
    """The pattern read one token at a time; a token is one character or a
    backslash and the character after it."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.istext = isinstance(pattern, str)
        self.text = pattern if self.istext else pattern.decode("latin-1")
        self.index = 0
        self.next = None
        self.advance()

    def advance(self):
        i = self.index
        text = self.text
        if i >= len(text):
            self.next = None
            return
        c = text[i]
        if c == "\\":
            i += 1
            if i >= len(text):
                raise error("bad escape (end of pattern)", self.pattern, len(self.pattern) - 1)
            c += text[i]
        self.index = i + 1
        self.next = c

    def match(self, c):
        if c == self.next:
            self.advance()
            return True
        return False

    def get(self):
        c = self.next
        self.advance()
        return c

    def getwhile(self, n, charset):
        out = ""
        for _ in range(n):
            c = self.next
            if c is None or c not in charset:
                break
            out += c
            self.advance()
        return out

    def getuntil(self, terminator, name):
        out = ""
        while True:
            c = self.next
            self.advance()
            if c is None:
                if not out:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(out))
            if c == terminator:
                if not out:
                    raise self.error("missing " + name, 1)
                return out
            out += c

    def tell(self):
        return self.index - len(self.next or "")

    def seek(self, index):
        self.index = index
        self.advance()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode("ascii", "backslashreplace").decode("ascii")
        return error(msg, self.pattern, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name, len(name) + offset)


class State:
    """What the parse has learned so far: flags, groups and their names."""

    def __init__(self, flags):
        self.flags = flags
        self.groupdict = {}
        self.widths = [None]        # per group: (min, max) once closed
        self.lookbehind = None      # groups count when a lookbehind began
        self.refpos = {}            # conditional group number -> position

    @property
    def groups(self):
        return len(self.widths)

    def opengroup(self, name, source):
        gid = self.groups
        self.widths.append(None)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            old = self.groupdict.get(name)
            if old is not None:
                raise source.error("redefinition of group name %r as group %d; was group %d"
                                   % (name, gid, old), len(name) + 1)
            self.groupdict[name] = gid
        return gid

    def checkgroup(self, gid):
        return gid < self.groups and self.widths[gid] is not None

    def checklookbehind(self, gid, source):
        if self.lookbehind is not None:
            if not self.checkgroup(gid):
                raise source.error("cannot refer to an open group")
            if gid >= self.lookbehind:
                raise source.error("cannot refer to group defined in the same "
                                   "lookbehind subpattern")


def width(seq, state):
    """(min, max) number of characters seq can match."""
    lo = hi = 0
    for node in seq:
        op = node[0]
        if op in ("lit", "nlit", "any", "in"):
            lo += 1
            hi += 1
        elif op in ("group", "atomic"):
            a, b = width(node[2] if op == "group" else node[1], state)
            lo += a
            hi += b
        elif op == "branch":
            ws = [width(s, state) for s in node[1]]
            lo += min(w[0] for w in ws)
            hi += max(w[1] for w in ws)
        elif op == "repeat":
            a, b = width(node[4], state)
            lo += a * node[1]
            hi += b * node[2]
        elif op == "ref":
            a, b = state.widths[node[1]]
            lo += a
            hi += b
        elif op == "cond":
            a, b = width(node[2], state)
            if node[3] is not None:
                c, d = width(node[3], state)
                a = min(a, c)
                b = max(b, d)
            else:
                a = 0
            lo += a
            hi += b
    return min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT)


def _category(source, flags, letter):
    code = CAT_CODES[letter]
    if source.istext and not flags & ASCII:
        code += 6
    return code


def _numeric_escape(source, escape, c):
    """The \\x, \\u, \\U, \\N escapes and (in classes) octal escapes: a code point."""
    if c == "x":
        escape += source.getwhile(2, HEXDIGITS)
        if len(escape) != 4:
            raise source.error("incomplete escape %s" % escape, len(escape))
        return int(escape[2:], 16)
    if c == "u" and source.istext:
        escape += source.getwhile(4, HEXDIGITS)
        if len(escape) != 6:
            raise source.error("incomplete escape %s" % escape, len(escape))
        return int(escape[2:], 16)
    if c == "U" and source.istext:
        escape += source.getwhile(8, HEXDIGITS)
        if len(escape) != 10:
            raise source.error("incomplete escape %s" % escape, len(escape))
        v = int(escape[2:], 16)
        if v > 0x10FFFF:
            raise source.error("bad escape %s" % escape, len(escape))
        return v
    if c == "N" and source.istext:
        if not source.match("{"):
            raise source.error("missing {")
        source.getuntil("}", "character name")
        raise NotImplementedError("\\N{...} escapes need unicodedata, which pym does not have")
    return None


def class_escape(source, escape, flags):
    """An escape inside [...]: ('lit', c) or ('cat', code)."""
    c = escape[1:2]
    if c in SIMPLE_ESCAPES:
        return ("lit", SIMPLE_ESCAPES[c])
    if c in CAT_CODES:
        return ("cat", _category(source, flags, c))
    v = _numeric_escape(source, escape, c)
    if v is not None:
        return ("lit", v)
    if c in OCTDIGITS:
        escape += source.getwhile(2, OCTDIGITS)
        v = int(escape[1:], 8)
        if v > 0o377:
            raise source.error("octal escape value %s outside of range 0-0o377" % escape,
                               len(escape))
        return ("lit", v)
    if c in DIGITS or c in ASCIILETTERS:
        raise source.error("bad escape %s" % escape, len(escape))
    return ("lit", ord(c))


def escape_node(source, escape, state, flags):
    """An escape outside [...]: a node."""
    c = escape[1:2]
    icase = bool(flags & IGNORECASE)
    if c in CAT_CODES:
        return ("in", [("cat", _category(source, flags, c))], False, False)
    if c == "A":
        return ("at", AT_BEGIN)
    if c == "Z":
        return ("at", AT_END_STRING)
    if c == "b" or c == "B":
        uni = source.istext and not flags & ASCII
        kind = (AT_UNI_BOUNDARY if uni else AT_BOUNDARY) + (c == "B")
        return ("at", kind)
    if c in SIMPLE_ESCAPES:
        return ("lit", SIMPLE_ESCAPES[c], icase)
    v = _numeric_escape(source, escape, c)
    if v is not None:
        return ("lit", v, icase)
    if c == "0":
        escape += source.getwhile(2, OCTDIGITS)
        return ("lit", int(escape[1:], 8), icase)
    if c in DIGITS:
        if source.next is not None and source.next in DIGITS:
            escape += source.get()
            if (escape[1] in OCTDIGITS and escape[2] in OCTDIGITS and
                    source.next is not None and source.next in OCTDIGITS):
                escape += source.get()
                v = int(escape[1:], 8)
                if v > 0o377:
                    raise source.error("octal escape value %s outside of range 0-0o377"
                                       % escape, len(escape))
                return ("lit", v, icase)
        gid = int(escape[1:])
        if gid < state.groups:
            if not state.checkgroup(gid):
                raise source.error("cannot refer to an open group", len(escape))
            state.checklookbehind(gid, source)
            return ("ref", gid, icase)
        raise source.error("invalid group reference %d" % gid, len(escape) - 1)
    if c in ASCIILETTERS:
        raise source.error("bad escape %s" % escape, len(escape))
    return ("lit", ord(c), icase)


def parse_alternatives(source, state, flags, nested):
    """Branches separated by '|' up to ')' or the end: a seq."""
    branches = []
    while True:
        branches.append(parse_sequence(source, state, flags, nested + 1,
                                       not nested and not branches))
        if not source.match("|"):
            break
        if not nested:
            flags = state.flags     # global flags given at the start apply to every branch
    if len(branches) == 1:
        return branches[0]
    return [("branch", branches)]


def parse_class(source, flags, here):
    items = []
    negate = source.match("^")
    while True:
        this = source.get()
        if this is None:
            raise source.error("unterminated character set", source.tell() - here)
        if this == "]" and items:
            break
        if this[0] == "\\":
            code1 = class_escape(source, this, flags)
        else:
            code1 = ("lit", ord(this))
        if source.match("-"):
            that = source.get()
            if that is None:
                raise source.error("unterminated character set", source.tell() - here)
            if that == "]":
                items.append(code1)
                items.append(("lit", 45))
                break
            if that[0] == "\\":
                code2 = class_escape(source, that, flags)
            else:
                code2 = ("lit", ord(that))
            if code1[0] != "lit" or code2[0] != "lit" or code2[1] < code1[1]:
                raise source.error("bad character range %s-%s" % (this, that),
                                   len(this) + 1 + len(that))
            items.append(("range", code1[1], code2[1]))
        else:
            items.append(code1)
    icase = bool(flags & IGNORECASE)
    if len(items) == 1 and items[0][0] == "lit":
        return ("nlit" if negate else "lit", items[0][1], icase)
    return ("in", items, negate, icase)


def parse_repeat(source, seq, this):
    here = source.tell()
    if this == "?":
        lo, hi = 0, 1
    elif this == "*":
        lo, hi = 0, MAXREPEAT
    elif this == "+":
        lo, hi = 1, MAXREPEAT
    else:
        if source.next == "}":
            seq.append(("lit", ord("{"), False))
            return
        lo, hi = 0, MAXREPEAT
        a = b = ""
        while source.next is not None and source.next in DIGITS:
            a += source.get()
        if source.match(","):
            while source.next is not None and source.next in DIGITS:
                b += source.get()
        else:
            b = a
        if not source.match("}"):
            seq.append(("lit", ord("{"), False))
            source.seek(here)
            return
        if a:
            lo = int(a)
            if lo >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
        if b:
            hi = int(b)
            if hi >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
            if hi < lo:
                raise source.error("min repeat greater than max repeat", source.tell() - here)
    if not seq or seq[-1][0] == "at":
        raise source.error("nothing to repeat", source.tell() - here + len(this))
    if seq[-1][0] == "repeat":
        raise source.error("multiple repeat", source.tell() - here + len(this))
    item = seq[-1]
    body = item[2] if item[0] == "group" and item[1] is None else [item]
    if source.match("?"):
        how = "lazy"
    elif source.match("+"):
        how = "possessive"
    else:
        how = "greedy"
    seq[-1] = ("repeat", lo, hi, how, body)


def parse_flags(source, state, c):
    add = dele = 0
    if c != "-":
        while True:
            flag = FLAG_LETTERS[c]
            if source.istext:
                if c == "L":
                    raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            elif c == "u":
                raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add |= flag
            if (flag & TYPE_FLAGS) and (add & TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            c = source.get()
            if c is None:
                raise source.error("missing -, : or )")
            if c in ")-:":
                break
            if c not in FLAG_LETTERS:
                raise source.error("unknown flag" if c.isalpha() else "missing -, : or )",
                                   len(c))
    if c == ")":
        state.flags |= add
        return None
    if add & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if c == "-":
        c = source.get()
        if c is None:
            raise source.error("missing flag")
        if c not in FLAG_LETTERS:
            raise source.error("unknown flag" if c.isalpha() else "missing flag", len(c))
        while True:
            flag = FLAG_LETTERS[c]
            if flag & TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            dele |= flag
            c = source.get()
            if c is None:
                raise source.error("missing :")
            if c == ":":
                break
            if c not in FLAG_LETTERS:
                raise source.error("unknown flag" if c.isalpha() else "missing :", len(c))
    if dele & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add & dele:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add, dele


def parse_group(source, state, flags, nested, seq, first):
    """After '(': appends the group, lookaround, reference or conditional to
    seq.  Returns the new flags when the group held global flags (else None)."""
    start = source.tell() - 1
    capture = True
    atomic = False
    name = None
    add = dele = 0
    if source.match("?"):
        c = source.get()
        if c is None:
            raise source.error("unexpected end of pattern")
        if c == "P":
            if source.match("<"):
                name = source.getuntil(">", "group name")
                source.checkgroupname(name, 1)
            elif source.match("="):
                name = source.getuntil(")", "group name")
                source.checkgroupname(name, 1)
                gid = state.groupdict.get(name)
                if gid is None:
                    raise source.error("unknown group name %r" % name, len(name) + 1)
                if not state.checkgroup(gid):
                    raise source.error("cannot refer to an open group", len(name) + 1)
                state.checklookbehind(gid, source)
                seq.append(("ref", gid, bool(flags & IGNORECASE)))
                return None
            else:
                c = source.get()
                if c is None:
                    raise source.error("unexpected end of pattern")
                raise source.error("unknown extension ?P" + c, len(c) + 2)
        elif c == ":":
            capture = False
        elif c == "#":
            while True:
                if source.next is None:
                    raise source.error("missing ), unterminated comment", source.tell() - start)
                if source.get() == ")":
                    break
            return None
        elif c in "=!<":
            behind = False
            outer = state.lookbehind
            if c == "<":
                c = source.get()
                if c is None:
                    raise source.error("unexpected end of pattern")
                if c not in "=!":
                    raise source.error("unknown extension ?<" + c, len(c) + 2)
                behind = True
                if outer is None:
                    state.lookbehind = state.groups
            body = parse_alternatives(source, state, flags, nested + 1)
            if behind and outer is None:
                state.lookbehind = None
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern", source.tell() - start)
            seq.append(("assert", behind, c == "!", body))
            return None
        elif c == "(":
            condname = source.getuntil(")", "group name")
            if condname.isidentifier():
                source.checkgroupname(condname, 1)
                gid = state.groupdict.get(condname)
                if gid is None:
                    raise source.error("unknown group name %r" % condname, len(condname) + 1)
            else:
                try:
                    gid = int(condname)
                    if gid < 0:
                        raise ValueError
                except ValueError:
                    raise source.error("bad character in group name %r" % condname,
                                       len(condname) + 1) from None
                if not gid:
                    raise source.error("bad group number", len(condname) + 1)
                if gid >= MAXGROUPS:
                    raise source.error("invalid group reference %d" % gid, len(condname) + 1)
                if gid not in state.refpos:
                    state.refpos[gid] = source.tell() - len(condname) - 1
            state.checklookbehind(gid, source)
            yes = parse_sequence(source, state, flags, nested + 1)
            no = None
            if source.match("|"):
                no = parse_sequence(source, state, flags, nested + 1)
                if source.next == "|":
                    raise source.error("conditional backref with more than two branches")
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern", source.tell() - start)
            seq.append(("cond", gid, yes, no))
            return None
        elif c == ">":
            capture = False
            atomic = True
        elif c in FLAG_LETTERS or c == "-":
            fl = parse_flags(source, state, c)
            if fl is None:
                if not first or seq:
                    raise source.error("global flags not at the start of the expression",
                                       source.tell() - start)
                return state.flags
            add, dele = fl
            capture = False
        else:
            raise source.error("unknown extension ?" + c, len(c) + 1)
    gid = state.opengroup(name, source) if capture else None
    inner = (flags | add) & ~dele
    if add & TYPE_FLAGS:
        inner = (inner & ~TYPE_FLAGS) | (add & TYPE_FLAGS)
    body = parse_alternatives(source, state, inner, nested + 1)
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern", source.tell() - start)
    if gid is not None:
        state.widths[gid] = width(body, state)
    if atomic:
        seq.append(("atomic", body))
    else:
        seq.append(("group", gid, body))
    return None


def parse_sequence(source, state, flags, nested, first=False):
    seq = []
    while True:
        this = source.next
        if this is None or this == "|" or this == ")":
            break
        source.advance()
        if flags & VERBOSE:
            if this in WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue
        if this[0] == "\\":
            seq.append(escape_node(source, this, state, flags))
        elif this not in SPECIAL:
            seq.append(("lit", ord(this), bool(flags & IGNORECASE)))
        elif this == "[":
            seq.append(parse_class(source, flags, source.tell() - 1))
        elif this in REPEAT_CHARS:
            parse_repeat(source, seq, this)
        elif this == ".":
            seq.append(("any", bool(flags & DOTALL)))
        elif this == "(":
            newflags = parse_group(source, state, flags, nested, seq, first)
            if newflags is not None:
                flags = newflags
        elif this == "^":
            seq.append(("at", AT_BEGIN_LINE if flags & MULTILINE else AT_BEGIN))
        elif this == "$":
            seq.append(("at", AT_END_LINE if flags & MULTILINE else AT_END))
    # non-capturing groups without flags dissolve into their parent
    out = []
    for node in seq:
        if node[0] == "group" and node[1] is None:
            out.extend(node[2])
        else:
            out.append(node)
    return out


def fix_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def parse(pattern, flags):
    """Returns (seq, state) for pattern; state.flags holds the final flags."""
    source = Source(pattern)
    fix_flags(pattern, flags)
    state = State(flags)
    seq = parse_alternatives(source, state, flags, 0)
    state.flags = fix_flags(pattern, state.flags)
    if source.next is not None:
        raise source.error("unbalanced parenthesis")
    for gid in state.refpos:
        if gid >= state.groups:
            raise error("invalid group reference %d" % gid, pattern, state.refpos[gid])
    return seq, state
