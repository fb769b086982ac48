"""codecs -- the codec registry and base classes, written for pym after
CPython 3.11's behaviour.

A codec is found by name: lookup(name) lowercases it and asks each search
function in turn (register() adds one; the first is this module's own) for
a CodecInfo -- a 4-tuple (encode, decode, StreamReader, StreamWriter) with
the incremental classes and the canonical name as attributes.  Results are
cached per normalized name.

The codecs pym knows:
  text encodings   utf-8, ascii, latin-1 (iso8859-1) -- done by pym's C
                   str.encode/bytes.decode; utf-16, utf-16-le, utf-16-be,
                   utf-32, utf-32-le, utf-32-be, raw-unicode-escape -- written
                   here in Python (and escape_decode/escape_encode);
  transforms       rot-13 (str to str), hex and base64 (bytes to bytes),
                   which only codecs.encode/decode accept.
Any other name raises LookupError("unknown encoding: NAME").

Error handlers: register_error/lookup_error keep a table that starts with
strict, ignore, replace, backslashreplace, xmlcharrefreplace,
surrogateescape and surrogatepass.  The handlers pym's C codecs know by
name (strict, ignore, replace, backslashreplace, surrogateescape) run
there; any other handler -- including ones registered here -- runs in this
module: the text is encoded strictly, and at each UnicodeEncodeError (or
UnicodeDecodeError) the handler gets the error and returns a replacement
and the position to go on from.  So custom handlers work through
codecs.encode/decode and the codec functions, not through str.encode.
"""

import sys
import builtins

__all__ = ["register", "lookup", "open", "EncodedFile",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder", "getincrementaldecoder",
           "getreader", "getwriter", "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors",
           "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


# -- CodecInfo and the base classes --------------------------------------

class CodecInfo(tuple):
    """Codec details when looking up the codec registry."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """The stateless encoder/decoder interface: encode(input, errors) and
    decode(input, errors) return (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes input given in pieces; encode(input, final) returns output."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder that keeps unencoded input in a buffer."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    """Decodes input given in pieces; decode(input, final) returns output."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder that keeps the bytes of an incomplete
    character in a buffer until the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Writes encoded data to a binary stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads and decodes data from a binary stream."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer = self.charbuffertype()
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        """Decode up to chars characters (all if negative), reading size
        bytes at a time from the stream."""
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, consumed = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, consumed = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[consumed:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        """Read one line (with its ending unless not keepends)."""
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                # A '\r' at the end may be the first half of '\r\n'.
                if data.endswith("\r"):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    line = line0withend if keepends else line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """A stream that reads through a StreamReader and writes through a
    StreamWriter over the same binary stream (what codecs.open returns)."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    """Reads and writes data in one encoding on a stream kept in another."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, consumed = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        data = self.reader.readline() if size is None else self.reader.readline(size)
        data, consumed = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, consumed = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def write(self, data):
        data, consumed = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        return self.write(b''.join(list))

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


# -- error handlers --------------------------------------------------------

def _check_unicode_error(exc):
    if not isinstance(exc, UnicodeError):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def strict_errors(exc):
    """Raise the error."""
    if not isinstance(exc, BaseException):
        raise TypeError("codec must pass exception instance")
    raise exc


def ignore_errors(exc):
    """Drop the bad part."""
    _check_unicode_error(exc)
    return ('', exc.end)


def replace_errors(exc):
    """'?' for each unencodable character, U+FFFD for undecodable bytes."""
    _check_unicode_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    return ('?' * (exc.end - exc.start), exc.end)


def backslashreplace_errors(exc):
    """\\xNN, \\uNNNN or \\UNNNNNNNN escapes."""
    _check_unicode_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    out = []
    for ch in exc.object[exc.start:exc.end]:
        c = ord(ch)
        if c < 0x100:
            out.append('\\x%02x' % c)
        elif c < 0x10000:
            out.append('\\u%04x' % c)
        else:
            out.append('\\U%08x' % c)
    return (''.join(out), exc.end)


def xmlcharrefreplace_errors(exc):
    """&#NNN; character references (encoding only)."""
    _check_unicode_error(exc)
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")
    return (''.join('&#%d;' % ord(ch) for ch in exc.object[exc.start:exc.end]), exc.end)


def _surrogateescape_errors(exc):
    # Undecodable bytes 0x80-0xFF become U+DC80-U+DCFF, and back.
    _check_unicode_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        bad = exc.object[exc.start:exc.end]
        if any(b < 128 for b in bad):
            raise exc
        return (''.join(chr(0xDC00 + b) for b in bad), exc.end)
    out = bytearray()
    for ch in exc.object[exc.start:exc.end]:
        c = ord(ch)
        if not 0xDC80 <= c <= 0xDCFF:
            raise exc
        out.append(c - 0xDC00)
    return (bytes(out), exc.end)


def _surrogatepass_errors(exc):
    # Lone surrogates encoded (and decoded) as if they were characters.
    _check_unicode_error(exc)
    enc = _normalize(exc.encoding)
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for ch in exc.object[exc.start:exc.end]:
            c = ord(ch)
            if not 0xD800 <= c <= 0xDFFF:
                raise exc
            if enc in ('utf_8', 'utf8'):
                out += bytes((0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)))
            elif enc.startswith('utf_16'):
                out += c.to_bytes(2, 'big' if enc.endswith('be') else 'little')
            elif enc.startswith('utf_32'):
                out += c.to_bytes(4, 'big' if enc.endswith('be') else 'little')
            else:
                raise exc
        return (bytes(out), exc.end)
    data = exc.object
    start = exc.start
    if enc in ('utf_8', 'utf8'):
        seq = data[start:start + 3]
        if (len(seq) == 3 and seq[0] & 0xF0 == 0xE0 and seq[1] & 0xC0 == 0x80 and
                seq[2] & 0xC0 == 0x80):
            c = ((seq[0] & 0x0F) << 12) | ((seq[1] & 0x3F) << 6) | (seq[2] & 0x3F)
            if 0xD800 <= c <= 0xDFFF:
                return (chr(c), start + 3)
    elif enc.startswith('utf_16') or enc.startswith('utf_32'):
        width = 2 if enc.startswith('utf_16') else 4
        seq = data[start:start + width]
        if len(seq) == width:
            c = int.from_bytes(seq, 'big' if enc.endswith('be') else 'little')
            if 0xD800 <= c <= 0xDFFF:
                return (chr(c), start + width)
    raise exc


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'backslashreplace': backslashreplace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'surrogateescape': _surrogateescape_errors,
    'surrogatepass': _surrogatepass_errors,
}
# The handlers pym's C codecs apply themselves, as long as nobody
# registers another function under their name.
_C_HANDLERS = {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
               'backslashreplace': backslashreplace_errors,
               'surrogateescape': _surrogateescape_errors}


def register_error(name, handler):
    """Register handler(exc) -> (replacement, new position) under name."""
    if not isinstance(name, str):
        raise TypeError(f"register_error() argument 1 must be str, not {type(name).__name__}")
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    """The error handler registered under name."""
    if not isinstance(name, str):
        raise TypeError(f"lookup_error() argument must be str, not {type(name).__name__}")
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None


def _native_errors(errors):
    return _C_HANDLERS.get(errors) is not None and _error_handlers.get(errors) is _C_HANDLERS[errors]


def _unicode_error(cls, encoding, obj, start, end, reason):
    # the exception keeps its arguments and makes CPython's message from them
    return cls(encoding, obj, start, end, reason)


def _call_handler(errors, exc, length):
    handler = lookup_error(errors)
    result = handler(exc)
    kind = 'encoding' if isinstance(exc, UnicodeEncodeError) else 'decoding'
    if (not isinstance(result, tuple) or len(result) != 2 or
            not isinstance(result[1], int) or
            not isinstance(result[0], (str, bytes) if kind == 'encoding' else str)):
        what = '(str/bytes, int)' if kind == 'encoding' else '(str, int)'
        raise TypeError(f"{kind} error handler must return {what} tuple")
    replacement, pos = result
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError(f"position {result[1]} from error handler out of bounds")
    return replacement, pos


# -- the codecs ------------------------------------------------------------
#
# Each text codec is a pair of functions encode(str, errors) -> (bytes, n)
# and decode(bytes, errors, final) -> (str, n); "strict" conversion of a
# piece is done by a _raw_* function that raises the Unicode errors, and
# _run_encode/_run_decode call the error handlers around it.

def _bytes_like(obj, fname):
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return bytes(obj)
    raise TypeError(f"a bytes-like object is required, not '{type(obj).__name__}'")


def _run_encode(raw, name, text, errors):
    # raw(text, start) encodes text[start:] strictly up to the first bad
    # character: returns (bytes, None) or (bytes so far, (start, end, reason)).
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        chunk, bad = raw(text, pos)
        out.append(chunk)
        if bad is None:
            break
        start, end, reason = bad
        exc = _unicode_error(UnicodeEncodeError, name, text, start, end, reason)
        replacement, pos = _call_handler(errors, exc, n)
        if isinstance(replacement, str):
            rep, rbad = raw(replacement, 0)
            if rbad is not None:
                raise exc
            replacement = rep
        out.append(replacement)
    return b''.join(out)


def _run_decode(raw, name, data, errors, final):
    # raw(data, start, final) decodes data[start:] strictly: returns
    # (str, None, end) or (str so far, (start, end, reason), _); the end
    # is where an incomplete character at the end begins (not final).
    out = []
    pos = 0
    n = len(data)
    consumed = n
    while pos < n:
        text, bad, end = raw(data, pos, final)
        out.append(text)
        if bad is None:
            consumed = end
            break
        start, stop, reason = bad
        exc = _unicode_error(UnicodeDecodeError, name, data, start, stop, reason)
        replacement, pos = _call_handler(errors, exc, n)
        out.append(replacement)
    return ''.join(out), consumed


# utf-8, ascii, latin-1: pym's C codecs, with the handlers above for the
# error names C does not know.

def _c_raw_encoder(cname):
    def raw(text, start):
        try:
            return text[start:].encode(cname), None
        except UnicodeEncodeError as e:
            bad = (start + e.start, start + e.end, e.reason)
            return text[start:bad[0]].encode(cname), bad
    return raw


def _utf8_incomplete_tail(data):
    # Where a UTF-8 sequence cut off by the end of data begins (or len).
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        need = 2 if 0xC2 <= b < 0xE0 else 3 if 0xE0 <= b < 0xF0 else 4 if 0xF0 <= b < 0xF5 else 0
        return n - back if need > back else n
    return n


def _c_raw_decoder(cname):
    def raw(data, start, final):
        end = len(data)
        if not final and cname == 'utf-8':
            end = max(start, _utf8_incomplete_tail(data))
        try:
            return data[start:end].decode(cname), None, end
        except UnicodeDecodeError as e:
            bad = (start + e.start, start + e.end, e.reason)
            return data[start:bad[0]].decode(cname), bad, end
    return raw


def _make_c_codec(cname):
    raw_enc = _c_raw_encoder(cname)
    raw_dec = _c_raw_decoder(cname)
    fname = {'utf-8': 'utf_8', 'ascii': 'ascii', 'latin-1': 'latin_1'}[cname]

    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError(f"{fname}_encode() argument 1 must be str, not {type(input).__name__}")
        if errors is None:
            errors = 'strict'
        if _native_errors(errors):
            return input.encode(cname, errors), len(input)
        return _run_encode(raw_enc, cname, input, errors), len(input)

    def decode(input, errors='strict', final=False):
        data = _bytes_like(input, fname + '_decode')
        if errors is None:
            errors = 'strict'
        if _native_errors(errors):
            end = len(data)
            if not final and cname == 'utf-8':
                end = _utf8_incomplete_tail(data)
            return data[:end].decode(cname, errors), end
        return _run_decode(raw_dec, cname, data, errors, final)

    return encode, decode


utf_8_encode, _utf_8_decode = _make_c_codec('utf-8')
ascii_encode, _ascii_decode = _make_c_codec('ascii')
latin_1_encode, _latin_1_decode = _make_c_codec('latin-1')


def utf_8_decode(data, errors='strict', final=False):
    return _utf_8_decode(data, errors, final)


def ascii_decode(data, errors='strict'):
    return _ascii_decode(data, errors, True)


def latin_1_decode(data, errors='strict'):
    return _latin_1_decode(data, errors, True)


# escape_decode/escape_encode: the backslash escapes of bytes literals (what
# pickle's STRING opcode holds), and raw-unicode-escape: Latin-1 with \\uXXXX
# and \\UXXXXXXXX for the other characters (pickle's UNICODE opcode).

_SIMPLE_ESCAPES = {ord('\\'): 0x5c, ord("'"): 0x27, ord('"'): 0x22, ord('a'): 7,
                   ord('b'): 8, ord('f'): 12, ord('n'): 10, ord('r'): 13,
                   ord('t'): 9, ord('v'): 11}


def escape_decode(data, errors=None):
    """(bytes, length consumed) of data with its backslash escapes
    decoded as in a bytes literal."""
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = bytes(data)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        i += 1
        if c != 0x5c:
            out.append(c)
            continue
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif c == 0x0a:
            pass
        elif 0x30 <= c <= 0x37:
            value = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    value = value * 8 + data[i] - 0x30
                    i += 1
            out.append(value & 0xff)
        elif c == 0x78:
            digits = data[i:i + 2]
            try:
                if len(digits) != 2:
                    raise ValueError
                value = int(digits, 16)
            except ValueError:
                if errors in (None, 'strict'):
                    raise ValueError("invalid \\x escape at position %d" % (i - 2)) from None
                if errors == 'replace':
                    out.append(0x3f)
                i += len(digits)
                continue
            out.append(value)
            i += 2
        else:
            out.append(0x5c)
            out.append(c)
    return bytes(out), n


def escape_encode(data, errors=None):
    """(bytes, length) of data with the characters a bytes literal would
    escape escaped (as repr() of bytes does, without the quotes)."""
    data = bytes(data)
    return repr(data)[2:-1].replace('\\"', '"').encode('ascii'), len(data)


def raw_unicode_escape_encode(text, errors='strict'):
    out = bytearray()
    for ch in text:
        c = ord(ch)
        if c >= 0x10000:
            out += b'\\U%08x' % c
        elif c >= 0x100:
            out += b'\\u%04x' % c
        else:
            out.append(c)
    return bytes(out), len(text)


def raw_unicode_escape_decode(data, errors='strict', final=True):
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = bytes(data)
    out = []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 0x5c:
            run = i
            while run < n and data[run] == 0x5c:
                run += 1
            if run < n and data[run] in b'uU' and (run - i) % 2 == 1:
                out.append('\\' * (run - i - 1))
                width = 4 if data[run] == 0x75 else 8
                digits = data[run + 1:run + 1 + width]
                value = -1
                if len(digits) == width and all(d in b'0123456789abcdefABCDEF' for d in digits):
                    value = int(digits, 16)
                if value < 0 or value > 0x10ffff:
                    reason = ("truncated \\uXXXX escape" if width == 4 else
                              "truncated \\UXXXXXXXX escape")
                    if 0 <= value:
                        reason = "\\Uxxxxxxxx out of range"
                    raise UnicodeDecodeError('rawunicodeescape', data, i + (run - i - 1),
                                             run + 1 + len(digits), reason)
                out.append(chr(value))
                i = run + 1 + width
                continue
            out.append('\\' * (run - i))
            i = run
            continue
        out.append(chr(c))
        i += 1
    return ''.join(out), n


def _text_decode(data, encoding, errors):
    """bytes.decode/str() for an encoding pym's C codecs do not have (they
    call here): a text encoding of the registry, else LookupError."""
    info = lookup(encoding)
    if not info._is_text_encoding:
        raise LookupError("'%s' is not a text encoding; use codecs.decode() to "
                          "handle arbitrary codecs" % encoding)
    return info.decode(data, errors)[0]


def _text_encode(text, encoding, errors):
    """str.encode for an encoding pym's C codecs do not have."""
    info = lookup(encoding)
    if not info._is_text_encoding:
        raise LookupError("'%s' is not a text encoding; use codecs.encode() to "
                          "handle arbitrary codecs" % encoding)
    return info.encode(text, errors)[0]


# utf-16 and utf-32, in Python.

def _utf16_raw_encoder(order):
    def raw(text, start):
        out = bytearray()
        for i in range(start, len(text)):
            c = ord(text[i])
            if 0xD800 <= c <= 0xDFFF:
                end = i + 1
                while end < len(text) and 0xD800 <= ord(text[end]) <= 0xDFFF:
                    end += 1
                return bytes(out), (i, end, 'surrogates not allowed')
            if c < 0x10000:
                out += c.to_bytes(2, order)
            else:
                c -= 0x10000
                out += (0xD800 | (c >> 10)).to_bytes(2, order)
                out += (0xDC00 | (c & 0x3FF)).to_bytes(2, order)
        return bytes(out), None
    return raw


def _utf16_raw_decoder(order):
    def raw(data, start, final):
        out = []
        i = start
        n = len(data)
        while i + 1 < n:
            c = int.from_bytes(data[i:i + 2], order)
            if 0xD800 <= c <= 0xDBFF:
                if i + 3 >= n:
                    if final:
                        return ''.join(out), (i, n, 'unexpected end of data'), n
                    return ''.join(out), None, i
                c2 = int.from_bytes(data[i + 2:i + 4], order)
                if not 0xDC00 <= c2 <= 0xDFFF:
                    return ''.join(out), (i, i + 2, 'illegal UTF-16 surrogate'), n
                out.append(chr(0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00)))
                i += 4
            elif 0xDC00 <= c <= 0xDFFF:
                return ''.join(out), (i, i + 2, 'illegal encoding'), n
            else:
                out.append(chr(c))
                i += 2
        if i < n:
            if final:
                return ''.join(out), (i, n, 'truncated data'), n
            return ''.join(out), None, i
        return ''.join(out), None, n
    return raw


def _utf32_raw_encoder(order):
    def raw(text, start):
        out = bytearray()
        for i in range(start, len(text)):
            c = ord(text[i])
            if 0xD800 <= c <= 0xDFFF:
                end = i + 1
                while end < len(text) and 0xD800 <= ord(text[end]) <= 0xDFFF:
                    end += 1
                return bytes(out), (i, end, 'surrogates not allowed')
            out += c.to_bytes(4, order)
        return bytes(out), None
    return raw


def _utf32_raw_decoder(order):
    def raw(data, start, final):
        out = []
        i = start
        n = len(data)
        while i + 3 < n:
            c = int.from_bytes(data[i:i + 4], order)
            if c > 0x10FFFF:
                return ''.join(out), (i, i + 4, 'code point not in range(0x110000)'), n
            if 0xD800 <= c <= 0xDFFF:
                return ''.join(out), (i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)'), n
            out.append(chr(c))
            i += 4
        if i < n:
            if final:
                return ''.join(out), (i, n, 'truncated data'), n
            return ''.join(out), None, i
        return ''.join(out), None, n
    return raw


def _make_utf_n(width, name):
    bom = {2: (BOM_UTF16_LE, BOM_UTF16_BE), 4: (BOM_UTF32_LE, BOM_UTF32_BE)}[width]
    raw_enc = {'little': (_utf16_raw_encoder if width == 2 else _utf32_raw_encoder)('little'),
               'big': (_utf16_raw_encoder if width == 2 else _utf32_raw_encoder)('big')}
    raw_dec = {'little': (_utf16_raw_decoder if width == 2 else _utf32_raw_decoder)('little'),
               'big': (_utf16_raw_decoder if width == 2 else _utf32_raw_decoder)('big')}

    def encode_order(order):
        def encode(input, errors='strict'):
            if not isinstance(input, str):
                raise TypeError(f"{name.replace('-', '_')}_{'le' if order == 'little' else 'be'}"
                                f"_encode() argument 1 must be str, not {type(input).__name__}")
            return _run_encode(raw_enc[order], f"{name}-{'le' if order == 'little' else 'be'}",
                               input, errors or 'strict'), len(input)
        return encode

    def decode_order(order):
        def decode(input, errors='strict', final=False):
            data = _bytes_like(input, name)
            return _run_decode(raw_dec[order], f"{name}-{'le' if order == 'little' else 'be'}",
                               data, errors or 'strict', final)
        return decode

    def encode(input, errors='strict'):
        # Native byte order, with a BOM.
        if not isinstance(input, str):
            raise TypeError(f"{name.replace('-', '_')}_encode() argument 1 must be str, "
                            f"not {type(input).__name__}")
        body = _run_encode(raw_enc[sys.byteorder], name, input, errors or 'strict')
        return (bom[0] if sys.byteorder == 'little' else bom[1]) + body, len(input)

    def decode(input, errors='strict', final=False):
        # The BOM says the byte order (and is dropped); native without one.
        data = _bytes_like(input, name)
        if len(data) < width and not final and bom[0].startswith(data[:width]) | bom[1].startswith(data[:width]):
            return '', 0
        order = sys.byteorder
        skip = 0
        if data[:width] == bom[0]:
            order, skip = 'little', width
        elif data[:width] == bom[1]:
            order, skip = 'big', width
        text, consumed = _run_decode(raw_dec[order], name, data[skip:], errors or 'strict', final)
        return text, consumed + skip

    return (encode, decode, encode_order('little'), decode_order('little'),
            encode_order('big'), decode_order('big'))


(utf_16_encode, utf_16_decode, utf_16_le_encode, utf_16_le_decode,
 utf_16_be_encode, utf_16_be_decode) = _make_utf_n(2, 'utf-16')
(utf_32_encode, utf_32_decode, utf_32_le_encode, utf_32_le_decode,
 utf_32_be_encode, utf_32_be_decode) = _make_utf_n(4, 'utf-32')


def charmap_build(decoding_table):
    """A dict mapping each character of decoding_table to its index."""
    return {ord(ch): i for i, ch in enumerate(decoding_table)}


def charmap_encode(input, errors='strict', mapping=None):
    """Encode input through mapping (code point -> byte value or bytes)."""
    if mapping is None:
        return latin_1_encode(input, errors)
    out = bytearray()
    for i, ch in enumerate(input):
        try:
            value = mapping[ord(ch)]
        except (KeyError, IndexError, LookupError):
            value = None
        if value is None:
            exc = _unicode_error(UnicodeEncodeError, 'charmap', input, i, i + 1,
                                 'character maps to <undefined>')
            rep, _ = _call_handler(errors, exc, len(input))
            if isinstance(rep, str):
                rep = charmap_encode(rep, 'strict', mapping)[0]
            out += rep
        elif isinstance(value, int):
            out.append(value)
        else:
            out += value
    return bytes(out), len(input)


def charmap_decode(input, errors='strict', mapping=None):
    """Decode input through mapping (byte value -> character)."""
    data = _bytes_like(input, 'charmap_decode')
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    for i, b in enumerate(data):
        try:
            value = mapping[b]
        except (KeyError, IndexError, LookupError):
            value = None
        if value is None or value == '\ufffe':
            exc = _unicode_error(UnicodeDecodeError, 'charmap', data, i, i + 1,
                                 'character maps to <undefined>')
            rep, _ = _call_handler(errors, exc, len(data))
            out.append(rep)
        elif isinstance(value, int):
            out.append(chr(value))
        else:
            out.append(value)
    return ''.join(out), len(data)


def make_identity_dict(rng):
    """A dict mapping each element of rng to itself."""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """The inverse of decoding_map; targets reached twice map to None."""
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m


# -- CodecInfo for each codec ------------------------------------------------

def _stateless_info(name, enc, dec, incremental_decode=None):
    class _Codec(Codec):
        def encode(self, input, errors='strict'):
            return enc(input, errors)

        def decode(self, input, errors='strict'):
            return dec(input, errors)

    class _IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input, self.errors)[0]

    if incremental_decode is None:
        class _IncDecoder(IncrementalDecoder):
            def decode(self, input, final=False):
                return dec(input, self.errors)[0]
    else:
        class _IncDecoder(BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                return incremental_decode(input, errors, final)

    class _Writer(_Codec, StreamWriter):
        pass

    class _Reader(_Codec, StreamReader):
        if incremental_decode is not None:
            def decode(self, input, errors='strict'):
                return incremental_decode(input, errors, False)

    for cls, label in ((_Codec, 'Codec'), (_IncEncoder, 'IncrementalEncoder'),
                       (_IncDecoder, 'IncrementalDecoder'), (_Writer, 'StreamWriter'),
                       (_Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = label
        cls.__module__ = 'encodings.' + name.replace('-', '_')
    return CodecInfo(name=name, encode=enc, decode=dec,
                     incrementalencoder=_IncEncoder, incrementaldecoder=_IncDecoder,
                     streamwriter=_Writer, streamreader=_Reader)


def _utf_bom_info(name, width, enc, dec):
    # utf-16 and utf-32: the BOM is written once and read once per stream.
    le_enc, be_enc = {2: (utf_16_le_encode, utf_16_be_encode),
                      4: (utf_32_le_encode, utf_32_be_encode)}[width]
    le_dec, be_dec = {2: (utf_16_le_decode, utf_16_be_decode),
                      4: (utf_32_le_decode, utf_32_be_decode)}[width]
    info = _stateless_info(name, enc, lambda input, errors='strict': dec(input, errors, True), dec)

    class IncrementalEncoder_(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.encoder = None

        def encode(self, input, final=False):
            if self.encoder is None:
                result = enc(input, self.errors)[0]
                self.encoder = le_enc if sys.byteorder == 'little' else be_enc
                return result
            return self.encoder(input, self.errors)[0]

        def reset(self):
            self.encoder = None

    class IncrementalDecoder_(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.decoder = None

        def _buffer_decode(self, input, errors, final):
            if self.decoder is None:
                if input[:width] == (BOM_UTF16_LE if width == 2 else BOM_UTF32_LE):
                    self.decoder = le_dec
                elif input[:width] == (BOM_UTF16_BE if width == 2 else BOM_UTF32_BE):
                    self.decoder = be_dec
                elif len(input) < width and not final:
                    return '', 0
                else:
                    self.decoder = le_dec if sys.byteorder == 'little' else be_dec
                    return self.decoder(input, errors, final)
                text, consumed = self.decoder(input[width:], errors, final)
                return text, consumed + width
            return self.decoder(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.decoder = None

    IncrementalEncoder_.__name__ = IncrementalEncoder_.__qualname__ = 'IncrementalEncoder'
    IncrementalDecoder_.__name__ = IncrementalDecoder_.__qualname__ = 'IncrementalDecoder'
    IncrementalEncoder_.__module__ = IncrementalDecoder_.__module__ = info.streamreader.__module__
    info.incrementalencoder = IncrementalEncoder_
    info.incrementaldecoder = IncrementalDecoder_
    return info


def _rot13(input, errors='strict'):
    return input.translate(_ROT13_TABLE), len(input)


_ROT13_TABLE = {}
for _i in range(26):
    _ROT13_TABLE[ord('a') + _i] = ord('a') + (_i + 13) % 26
    _ROT13_TABLE[ord('A') + _i] = ord('A') + (_i + 13) % 26
del _i


def _hex_encode(input, errors='strict'):
    import binascii
    data = _bytes_like(input, 'hex')
    return binascii.b2a_hex(data), len(data)


def _hex_decode(input, errors='strict'):
    import binascii
    data = _bytes_like(input, 'hex')
    return binascii.a2b_hex(data), len(data)


def _base64_encode(input, errors='strict'):
    import base64
    data = _bytes_like(input, 'base64')
    return base64.encodebytes(data), len(data)


def _base64_decode(input, errors='strict'):
    import base64
    data = _bytes_like(input, 'base64')
    return base64.decodebytes(data), len(data)


def _transform_info(name, enc, dec):
    info = _stateless_info(name, enc, dec)
    info._is_text_encoding = False
    return info


_CODEC_ALIASES = {
    'utf_8': 'utf_8', 'utf8': 'utf_8', 'u8': 'utf_8', 'utf': 'utf_8', 'cp65001': 'utf_8',
    'utf8_ucs2': 'utf_8', 'utf8_ucs4': 'utf_8',
    'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii', 'ansi_x3.4_1968': 'ascii',
    'ansi_x3_4_1968': 'ascii', 'ansi_x3.4_1986': 'ascii', 'cp367': 'ascii', 'csascii': 'ascii',
    'ibm367': 'ascii', 'iso646_us': 'ascii', 'iso_646.irv_1991': 'ascii', 'iso_ir_6': 'ascii',
    'us': 'ascii',
    'latin_1': 'latin_1', 'latin1': 'latin_1', 'latin': 'latin_1', 'l1': 'latin_1',
    'iso_8859_1': 'latin_1', 'iso8859_1': 'latin_1', '8859': 'latin_1', 'cp819': 'latin_1',
    'iso_ir_100': 'latin_1', 'iso_8859_1_1987': 'latin_1', 'ibm819': 'latin_1',
    'csisolatin1': 'latin_1',
    'utf_16': 'utf_16', 'utf16': 'utf_16', 'u16': 'utf_16',
    'utf_16_le': 'utf_16_le', 'utf_16le': 'utf_16_le', 'unicodelittleunmarked': 'utf_16_le',
    'utf_16_be': 'utf_16_be', 'utf_16be': 'utf_16_be', 'unicodebigunmarked': 'utf_16_be',
    'utf_32': 'utf_32', 'utf32': 'utf_32', 'u32': 'utf_32',
    'utf_32_le': 'utf_32_le', 'utf_32le': 'utf_32_le',
    'utf_32_be': 'utf_32_be', 'utf_32be': 'utf_32_be',
    'rot_13': 'rot_13', 'rot13': 'rot_13',
    'raw_unicode_escape': 'raw_unicode_escape',
    'hex_codec': 'hex_codec', 'hex': 'hex_codec',
    'base64_codec': 'base64_codec', 'base64': 'base64_codec', 'base_64': 'base64_codec',
}


def _make_info(module):
    if module == 'utf_8':
        return _stateless_info('utf-8', utf_8_encode,
                               lambda input, errors='strict': utf_8_decode(input, errors, True),
                               utf_8_decode)
    if module == 'ascii':
        return _stateless_info('ascii', ascii_encode, ascii_decode)
    if module == 'latin_1':
        return _stateless_info('iso8859-1', latin_1_encode, latin_1_decode)
    if module == 'utf_16':
        return _utf_bom_info('utf-16', 2, utf_16_encode, utf_16_decode)
    if module == 'utf_32':
        return _utf_bom_info('utf-32', 4, utf_32_encode, utf_32_decode)
    if module in ('utf_16_le', 'utf_16_be', 'utf_32_le', 'utf_32_be'):
        enc = globals()[module + '_encode']
        dec = globals()[module + '_decode']
        return _stateless_info(module.replace('_', '-'), enc,
                               lambda input, errors='strict': dec(input, errors, True), dec)
    if module == 'rot_13':
        return _transform_info('rot-13', _rot13, _rot13)
    if module == 'raw_unicode_escape':
        return _stateless_info('raw-unicode-escape', raw_unicode_escape_encode,
                               raw_unicode_escape_decode)
    if module == 'hex_codec':
        return _transform_info('hex', _hex_encode, _hex_decode)
    if module == 'base64_codec':
        return _transform_info('base64', _base64_encode, _base64_decode)
    return None


def _normalize(encoding):
    # As the encodings package does: runs of characters other than
    # letters, digits and '.' become one '_'.
    chars = []
    punct = False
    for ch in encoding:
        if ch.isalnum() or ch == '.':
            if punct and chars:
                chars.append('_')
            chars.append(ch)
            punct = False
        else:
            punct = True
    return ''.join(chars).lower()


def _builtin_search(encoding):
    module = _CODEC_ALIASES.get(_normalize(encoding))
    if module is None:
        return None
    return _make_info(module)


# -- the registry ------------------------------------------------------------

_search_functions = [_builtin_search]
_cache = {}


def register(search_function):
    """Register a function name -> CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a search function and clear the cache."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """The CodecInfo of the named encoding; LookupError if none is found."""
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    key = encoding.lower().replace(' ', '_')
    info = _cache.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = info
            return info
    raise LookupError(f"unknown encoding: {encoding}")


def _wrap_codec_error(exc, action, encoding):
    # Plain TypeError/ValueError from inside a codec get the codec named,
    # as CPython does; errors with attributes (UnicodeError) pass as they are.
    if isinstance(exc, UnicodeError) or len(exc.args) > 1 or getattr(exc, '__dict__', None):
        return exc
    try:
        return type(exc)(f"{action} with {encoding!r} codec failed ({type(exc).__name__}: {exc})")
    except Exception:
        return exc


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    encoder = lookup(encoding).encode
    try:
        result = encoder(obj, errors)
    except Exception as exc:
        new = _wrap_codec_error(exc, 'encoding', encoding)
        if new is exc:
            raise
        raise new from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    decoder = lookup(encoding).decode
    try:
        result = decoder(obj, errors)
    except Exception as exc:
        new = _wrap_codec_error(exc, 'decoding', encoding)
        if new is exc:
            raise
        raise new from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode each string from iterator incrementally."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode each bytes object from iterator incrementally."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file through a StreamReaderWriter of the encoding (the file
    itself is opened in binary mode); with encoding None, builtins.open."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """A StreamRecoder: data_encoding outside, file_encoding in file."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr
