"""The text layer io.TextIOWrapper(buffer) uses when buffer is not one of
pym's own file objects (an io.BytesIO, a user's binary stream class): str
in, bytes out through the buffer's read/readline/write/flush methods, with
the encoding, errors and newline rules of the C TextIOWrapper.  Imported on
first use by fileobject.c."""

import io


class TextIOWrapper(io.TextIOBase):

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %s" % newline)
        self._buffer = buffer
        self._encoding = encoding if encoding is not None else 'UTF-8'
        self._errors = errors if errors is not None else 'strict'
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._pending = ''          # decoded text not yet returned by read()

    # ---- attributes ----
    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def name(self):
        return self._buffer.name

    def __repr__(self):
        try:
            name = self._buffer.name
        except AttributeError:
            return "<_io.TextIOWrapper encoding=%r>" % self._encoding
        return "<_io.TextIOWrapper name=%r encoding=%r>" % (name, self._encoding)

    # ---- helpers ----
    def _check(self):
        if self._buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def _decode(self, data):
        text = data.decode(self._encoding, self._errors)
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    # ---- reading ----
    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            text = self._pending + self._decode(self._buffer.read())
            self._pending = ''
            return text
        while len(self._pending) < size:
            chunk = self._buffer.read(8192)
            if not chunk:
                break
            self._pending += self._decode(chunk)
        text, self._pending = self._pending[:size], self._pending[size:]
        return text

    def readline(self, size=-1):
        self._check()
        while '\n' not in self._pending:
            chunk = self._buffer.readline()
            if not chunk:
                break
            self._pending += self._decode(chunk)
        end = self._pending.find('\n') + 1 or len(self._pending)
        if size is not None and 0 <= size < end:
            end = size
        line, self._pending = self._pending[:end], self._pending[end:]
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # ---- writing ----
    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self._write_through or (self._line_buffering and ('\n' in s or '\r' in s)):
            self._buffer.flush()
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()
        self._buffer.flush()

    # ---- the rest ----
    def close(self):
        if not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        buffer = self._buffer
        self.flush()
        return buffer

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def tell(self):
        self._check()
        return self._buffer.tell() - len(self._pending.encode(self._encoding, self._errors))

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1 and pos != 0:
            raise io.UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and pos != 0:
            raise io.UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            pos, whence = self.tell(), 0
        self._pending = ''
        return self._buffer.seek(pos, whence)

    def truncate(self, pos=None):
        self.flush()
        return self._buffer.truncate(pos)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()
