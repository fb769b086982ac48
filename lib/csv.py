"""CSV parsing and writing for pym (reader, writer, DictReader, DictWriter,
dialects), after CPython 3.11's csv module.

The reader is a character state machine over each line of the iterator
(a quoted field may run across lines), with CPython's states and error
texts; the writer quotes a field when the dialect's quoting asks for it or
when the field holds the delimiter, the quote character, a line break or
the line terminator.  Left out: Sniffer.
"""

import re as _re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error",
           "Dialect", "excel", "excel_tab", "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "unregister_dialect",
           "DictReader", "DictWriter", "unix_dialect", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


_field_limit = 128 * 1024


def field_size_limit(*args):
    """Sets an upper limit on parsed fields; returns the old limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class Dialect:
    """Describe a CSV dialect."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _validate(self)


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


class _Params:
    """The resolved parameters of a reader or writer (csv.Dialect-like)."""
    __slots__ = ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                 'lineterminator', 'quoting', 'strict')

    def __repr__(self):
        return '<_csv.Dialect object>'


def _char(name, value, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be a 1-character string' % name)
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s' % (
            name, ' or None' if allow_none else '', type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _validate(d):
    _resolve(d, {})


def _resolve(dialect, kwargs):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    p = _Params()

    def get(name, default):
        if name in kwargs:
            return kwargs[name]
        v = getattr(dialect, name, None) if dialect is not None else None
        return default if v is None else v

    for k in kwargs:
        if k not in _Params.__slots__:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
    p.delimiter = _char('delimiter', get('delimiter', ','), False)
    p.escapechar = _char('escapechar', get('escapechar', None), True)
    p.doublequote = bool(get('doublequote', True))
    p.skipinitialspace = bool(get('skipinitialspace', False))
    p.strict = bool(get('strict', False))
    lt = get('lineterminator', '\r\n')
    if not isinstance(lt, str):
        raise TypeError('"lineterminator" must be a string')
    p.lineterminator = lt
    quoting = get('quoting', QUOTE_MINIMAL)
    if 'quotechar' in kwargs and kwargs['quotechar'] is None and 'quoting' not in kwargs:
        quoting = QUOTE_NONE
    if not isinstance(quoting, int) or quoting not in (0, 1, 2, 3):
        if isinstance(quoting, int):
            raise TypeError('bad "quoting" value')
        raise TypeError('"quoting" must be an integer')
    p.quoting = quoting
    if 'quotechar' in kwargs:
        qc = kwargs['quotechar']
    elif dialect is not None and getattr(dialect, 'quotechar', None) is not None:
        qc = dialect.quotechar
    else:
        qc = '"' if quoting != QUOTE_NONE or dialect is None else None
    if qc is None and quoting != QUOTE_NONE:
        raise TypeError('quotechar must be set if quoting enabled')
    p.quotechar = _char('quotechar', qc, True)
    if p.delimiter == ' ' and p.skipinitialspace:
        raise ValueError("empty field separator")
    return p


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    if dialect is None:
        dialect = excel
    params = _resolve(dialect, fmtparams)
    _dialects[name] = params


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all know dialect names."""
    return list(_dialects)


# ---------------------------------------------------------------- reader

(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD,
 ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)


class _Reader:
    """CSV reader: iterating yields the rows of the underlying iterator as
    lists of str."""

    def __init__(self, iterable, dialect, kwargs):
        self._it = iter(iterable)
        self.dialect = _resolve(dialect, kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def _parse_reset(self):
        self._fields = []
        self._field = []
        self._state = START_RECORD
        self._numeric = False

    def _save_field(self):
        field = ''.join(self._field)
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)
        self._field = []

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def __next__(self):
        self._parse_reset()
        d = self.dialect
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if len(self._field) != 0 or self._state == IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(None)
            if self._state == START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == START_RECORD:
            if c is None:
                return
            if c == '\n' or c == '\r':
                self._state = EAT_CRNL
                return
            state = self._state = START_FIELD
        if state == START_FIELD:
            if c in ('\n', '\r', None):
                self._save_field()
                self._state = START_RECORD if c is None else EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = IN_FIELD
        elif state == ESCAPED_CHAR:
            if c in ('\n', '\r'):
                self._add_char(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            if c is None:
                c = '\n'
            self._add_char(c)
            self._state = IN_FIELD
        elif state == AFTER_ESCAPED_CRNL:
            if c is None:
                return
            self._state = IN_FIELD
            self._process(c)
        elif state == IN_FIELD:
            if c in ('\n', '\r', None):
                self._save_field()
                self._state = START_RECORD if c is None else EAT_CRNL
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            else:
                self._add_char(c)
        elif state == IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d.escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    self._state = QUOTE_IN_QUOTED_FIELD
                else:
                    self._state = IN_FIELD
            else:
                self._add_char(c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            if c is None:
                c = '\n'
            self._add_char(c)
            self._state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            elif c in ('\n', '\r', None):
                self._save_field()
                self._state = START_RECORD if c is None else EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif state == EAT_CRNL:
            if c in ('\n', '\r'):
                pass
            elif c is None:
                self._state = START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need "
                            "to open the file with newline=''?")


def reader(csvfile, dialect='excel', **fmtparams):
    """csv_reader = reader(iterable [, dialect='excel'] [optional keyword args])"""
    return _Reader(csvfile, dialect, fmtparams)


# ---------------------------------------------------------------- writer

class _Writer:
    """CSV writer: writerow/writerows format rows into the file's write()."""

    def __init__(self, f, dialect, kwargs):
        try:
            self._write = f.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _resolve(dialect, kwargs)

    def _quote_field(self, field, only_one):
        d = self.dialect
        if field is None:
            text = ''
            numeric = False
        elif isinstance(field, str):
            text = field
            numeric = False
        else:
            text = str(field) if not isinstance(field, float) else repr(field)
            numeric = any(hasattr(type(field), m) for m in ('__index__', '__float__', '__int__'))
        quote = d.quoting == QUOTE_ALL or (d.quoting == QUOTE_NONNUMERIC and not numeric)
        specials = [d.delimiter, '\n', '\r']
        specials.extend(d.lineterminator)
        out = []
        for ch in text:
            want_escape = False
            if ch in specials or ch == d.escapechar or (ch == d.quotechar and d.quotechar):
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if ch == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            want_escape = True
                    elif ch == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quote = True
                if want_escape:
                    if not d.escapechar:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(ch)
        text = ''.join(out)
        if not text and only_one:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quote = True
        if quote:
            text = d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        """Construct and write a CSV record from an iterable of fields."""
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        d = self.dialect
        line = d.delimiter.join(self._quote_field(f, len(fields) == 1) for f in fields)
        return self._write(line + d.lineterminator)

    def writerows(self, rows):
        """Construct and write a series of iterables to a csv file."""
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    """csv_writer = csv.writer(fileobj [, dialect='excel'] [optional keyword args])"""
    return _Writer(csvfile, dialect, fmtparams)


# ---------------------------------------------------------------- dicts

class DictReader:
    """Rows as dicts keyed by fieldnames (by default the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class DictWriter:
    """Writes dicts as rows in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
