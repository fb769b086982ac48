"""JSON encoding for pym: JSONEncoder.

Strings are escaped by _json (C).  encode() without indent runs the C
encoder (_json.make_encoder); iterencode() and indented output walk the
containers here, as a generator of chunks, with the same separators, key
conversions and errors.
"""

from _json import encode_basestring_ascii as c_encode_basestring_ascii
from _json import encode_basestring as c_encode_basestring
from _json import make_encoder as c_make_encoder

__all__ = ["JSONEncoder"]

encode_basestring = c_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii

INFINITY = float("inf")


def _float_repr(o, allow_nan):
    if o != o:
        text = "NaN"
    elif o == INFINITY:
        text = "Infinity"
    elif o == -INFINITY:
        text = "-Infinity"
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dict -> object, list/tuple -> array, str -> string, int/float -> number,
    True/False -> true/false, None -> null.  Override default() to support
    other objects.
    """

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError("Object of type %s is not JSON serializable" % o.__class__.__name__)

    def encode(self, o):
        """Return a JSON string representation of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return "".join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding each string chunk as available."""
        markers = {} if self.check_circular else None
        enc = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        indent = self.indent
        if _one_shot and indent is None:
            return c_make_encoder(markers, self.default, enc, None, self.key_separator,
                                  self.item_separator, self.sort_keys, self.skipkeys,
                                  self.allow_nan)(o, 0)
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        return _iterencode(o, 0, _Context(markers, self.default, enc, indent,
                                          self.key_separator, self.item_separator,
                                          self.sort_keys, self.skipkeys, self.allow_nan))


class _Context:
    __slots__ = ("markers", "default", "enc", "indent", "key_sep", "item_sep",
                 "sort_keys", "skipkeys", "allow_nan")

    def __init__(self, markers, default, enc, indent, key_sep, item_sep, sort_keys,
                 skipkeys, allow_nan):
        self.markers = markers
        self.default = default
        self.enc = enc
        self.indent = indent
        self.key_sep = key_sep
        self.item_sep = item_sep
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan


def _scalar(o, c):
    """The text of a scalar o, or None when o is a container or unknown."""
    if isinstance(o, str):
        return c.enc(o)
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _float_repr(o, c.allow_nan)
    return None


def _mark(o, c):
    if c.markers is not None:
        key = id(o)
        if key in c.markers:
            raise ValueError("Circular reference detected")
        c.markers[key] = o


def _unmark(o, c):
    if c.markers is not None:
        del c.markers[id(o)]


def _iterencode(o, level, c):
    text = _scalar(o, c)
    if text is not None:
        yield text
    elif isinstance(o, (list, tuple)):
        yield from _iterencode_list(o, level, c)
    elif isinstance(o, dict):
        yield from _iterencode_dict(o, level, c)
    else:
        _mark(o, c)
        o2 = c.default(o)
        yield from _iterencode(o2, level, c)
        _unmark(o, c)


def _iterencode_list(lst, level, c):
    if not lst:
        yield "[]"
        return
    _mark(lst, c)
    buf = "["
    if c.indent is not None:
        level += 1
        newline = "\n" + c.indent * level
        sep = c.item_sep + newline
        buf += newline
    else:
        newline = None
        sep = c.item_sep
    first = True
    for value in lst:
        if first:
            first = False
        else:
            buf = sep
        text = _scalar(value, c)
        if text is not None:
            yield buf + text
        else:
            yield buf
            if isinstance(value, (list, tuple)):
                yield from _iterencode_list(value, level, c)
            elif isinstance(value, dict):
                yield from _iterencode_dict(value, level, c)
            else:
                yield from _iterencode(value, level, c)
    if newline is not None:
        level -= 1
        yield "\n" + c.indent * level
    yield "]"
    _unmark(lst, c)


def _key_text(key, c):
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float_repr(key, c.allow_nan)
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return int.__repr__(key)
    if c.skipkeys:
        return None
    raise TypeError("keys must be str, int, float, bool or None, not %s"
                    % key.__class__.__name__)


def _iterencode_dict(dct, level, c):
    if not dct:
        yield "{}"
        return
    _mark(dct, c)
    yield "{"
    if c.indent is not None:
        level += 1
        newline = "\n" + c.indent * level
        sep = c.item_sep + newline
        yield newline
    else:
        newline = None
        sep = c.item_sep
    first = True
    items = sorted(dct.items()) if c.sort_keys else dct.items()
    for key, value in items:
        key = _key_text(key, c)
        if key is None:
            continue
        if first:
            first = False
        else:
            yield sep
        yield c.enc(key)
        yield c.key_sep
        text = _scalar(value, c)
        if text is not None:
            yield text
        elif isinstance(value, (list, tuple)):
            yield from _iterencode_list(value, level, c)
        elif isinstance(value, dict):
            yield from _iterencode_dict(value, level, c)
        else:
            yield from _iterencode(value, level, c)
    if newline is not None:
        level -= 1
        yield "\n" + c.indent * level
    yield "}"
    _unmark(dct, c)
