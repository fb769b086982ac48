"""Conversions between binary data and ASCII (base64, hex, crc32), written
in Python for pym.  Errors are binascii.Error (a ValueError) with CPython's
messages."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_REV = {c: i for i, c in enumerate(_B64)}


def _bytes_arg(data, fname):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = _bytes_arg(data, 'b2a_base64')
    out = bytearray()
    n = len(data)
    i = 0
    while i + 3 <= n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
        i += 3
    rest = n - i
    if rest == 1:
        v = data[i] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode a line of base64 data."""
    data = _bytes_arg(data, 'a2b_base64')
    out = bytearray()
    acc = 0
    nbits = 0
    count = 0
    pads = 0
    for pos, c in enumerate(data):
        if c == 61:      # '='
            pads += 1
            if count % 4 >= 2 and count % 4 + pads >= 4:
                acc = 0
                nbits = 0
                count = 0
                pads = 0
                if strict_mode and pos + 1 < len(data):
                    raise Error('Excess data after padding')
            continue
        v = _B64_REV.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and pads:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        acc = (acc << 6) | v
        nbits += 6
        count += 1
        if nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xFF)
            acc &= (1 << nbits) - 1
    if count % 4:
        if count % 4 == 1:
            raise Error('Invalid base64-encoded string: number of data characters (%d) '
                        'cannot be 1 more than a multiple of 4' % count)
        raise Error('Incorrect padding')
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _bytes_arg(data, 'hexlify') if not isinstance(data, str) else None
    if data is None:
        raise TypeError("a bytes-like object is required, not 'str'")
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    """Binary data of hexadecimal representation."""
    data = _bytes_arg(hexstr, 'unhexlify')
    if len(data) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(data.decode('ascii'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


a2b_hex = unhexlify


def _make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = None


def crc32(data, crc=0):
    """Compute CRC-32 incrementally."""
    global _CRC_TABLE
    if _CRC_TABLE is None:
        _CRC_TABLE = _make_crc_table()
    data = _bytes_arg(data, 'crc32')
    table = _CRC_TABLE
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def b2a_uu(data, *, backtick=False):
    """Uuencode one line of at most 45 bytes: a length character, then four
    characters (' ' + 6 bits, or '`' for zero with backtick) for each three
    bytes, then a newline."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = _bytes_arg(data, 'b2a_uu')
    if len(data) > 45:
        raise Error('At most 45 bytes at once')

    def char(six):
        return 0x60 if backtick and six == 0 else 0x20 + six
    out = bytearray([char(len(data))])
    padded = data + b'\0' * (-len(data) % 3)
    for i in range(0, len(padded), 3):
        v = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        out += bytes((char(v >> 18), char((v >> 12) & 63), char((v >> 6) & 63), char(v & 63)))
    out += b'\n'
    return bytes(out)


def a2b_uu(data):
    """Decode one uuencoded line.  Characters missing at the end of the line
    count as zero bits; what is left over must be spaces, '`' or newlines."""
    data = _bytes_arg(data, 'a2b_uu')
    length = ((data[0] if data else 0) - 0x20) & 63
    out = bytearray()
    acc = 0
    nbits = 0
    pos = 1
    while len(out) < length:
        ch = data[pos] if pos < len(data) else 0
        pos += 1
        if ch in (0, 0x0a, 0x0d) or pos > len(data):
            six = 0           # spaces may have been eaten at the line's end
        elif ch < 0x20 or ch > 0x60:
            raise Error('Illegal char')
        else:
            six = (ch - 0x20) & 63
        acc = (acc << 6) | six
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xff)
            acc &= (1 << nbits) - 1
    for ch in data[pos:]:
        if ch not in (0x20, 0x60, 0x0a, 0x0d):
            raise Error('Trailing garbage')
    return bytes(out)
