import struct
from array import array

print(struct.pack('i', 1), struct.pack('<i', -2), struct.pack('>I', 3), struct.pack('!h', -1), struct.pack('=q', 5))
print(struct.pack('bBhHiIlLqQnN', -1, 255, -300, 65535, -5, 4000000000, -7, 7, -2**63, 2**64 - 1, -9, 9))
print(struct.pack('<bBhHiIlLqQ', -1, 255, -300, 65535, -5, 4000000000, -7, 7, -2**63, 2**64 - 1))
print(struct.pack('>bBhHiIlLqQ', -1, 255, -300, 65535, -5, 4000000000, -7, 7, -2**63, 2**64 - 1))
print(struct.unpack('<bBhHiIlLqQ', struct.pack('<bBhHiIlLqQ', -1, 255, -300, 65535, -5, 4000000000, -7, 7, -2**63, 2**64 - 1)))
print(struct.unpack('>bBhHiIlLqQ', struct.pack('>bBhHiIlLqQ', -1, 255, -300, 65535, -5, 4000000000, -7, 7, -2**63, 2**64 - 1)))
print(struct.pack('?x?', 5, []), struct.unpack('??', b'\x00\x05'), struct.pack('c3s', b'a', b'xy'), struct.pack('3p', b'abcdef'))
print(struct.unpack('5p', b'\x03abcd'), struct.unpack('2s c', b'hiZ'), struct.pack('0s', b'x'), struct.pack('3s', b'abcdef'))
print(struct.pack('e', 1.5), struct.pack('<e', 65504.0), struct.unpack('<e', b'\x00\x7c'), struct.pack('e', 1e-8),
      struct.pack('e', 5.960464477539063e-08), struct.pack('>e', -0.0), struct.unpack('<e', b'\x00\x04'), struct.unpack('<e', b'\x00\xfe'))
print(struct.pack('f', float('inf')), struct.pack('<d', 1.5), struct.pack('>f', 0.1), struct.unpack('<f', struct.pack('<f', 0.1)),
      struct.pack('f', 1e300), struct.unpack('>d', b'@\t!\xfbTD-\x18'))
print(struct.calcsize('ci'), struct.calcsize('ic'), struct.calcsize('@c0i'), struct.calcsize('=ci'), struct.calcsize('qbh'),
      struct.calcsize('bq'), struct.calcsize('3x2h'), struct.calcsize(''), struct.calcsize('@ 2i'), struct.calcsize(b'<hHd'))
print(struct.pack('@bi', 1, 2), struct.pack('@ib', 1, 2), struct.pack('P', 0x1234), struct.unpack('P', struct.pack('P', 2**64 - 1)))
s = struct.Struct('<ih2s')
print(s.format, s.size, s.pack(1, 2, b'ab'), s.unpack(b'\x01\x00\x00\x00\x02\x00ab'), struct.Struct(b'>H').format, type(s).__name__)
print(s.unpack_from(b'XX\x01\x00\x00\x00\x02\x00abYY', 2), struct.unpack_from('<h', b'\x01\x02\x03', offset=1), struct.unpack_from('<h', b'\x01\x02\x03', -2))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')), list(s.iter_unpack(b'')))
it = struct.iter_unpack('<b', b'abc'); print(it.__length_hint__(), next(it), it.__length_hint__(), type(it).__name__)
buf = array('b', bytes(8))
struct.pack_into('<hh', buf, 2, 258, -1); print(buf.tobytes())
s.pack_into(array('B', bytes(10)), 0, 7, 8, b'zz')
struct.pack_into('<b', buf, -1, 5); print(buf.tobytes(), struct.unpack_from('<i', buf, 2))
print(struct.error.__module__, struct.error.__mro__[1:], issubclass(struct.error, Exception), struct.__all__)
print(struct.unpack('<i', array('i', [7])), struct.pack('<i', True), struct.pack('<d', 3), struct.pack('i', 2**31 - 1))

class Idx:
    def __index__(self): return 42
print(struct.pack('<q', Idx()), struct.pack('<Q', Idx()))

for fmt in 'bBhHiIlLqQnN':
    for v in [2**33 + 1, -2**33 - 1, 300, -300, 70000, -70000, 2**63, -1, 2**64]:
        for bo in '@<>':
            if bo != '@' and fmt in 'nN':
                continue
            try:
                struct.pack(bo + fmt, v)
            except Exception as e:
                print(bo + fmt, v, type(e).__name__, e)
for f, v in [('b', 1.5), ('b', 'x'), ('c', 'a'), ('c', b'ab'), ('s', 'x'), ('f', 'x'), ('<f', 1e300), ('e', 1e10), ('>e', 65520.0),
             ('p', 1), ('P', 1.0), ('d', 'x'), ('e', None)]:
    try:
        print(f, struct.pack(f, v))
    except Exception as e:
        print(f, type(e).__name__, e)
for f in ['<n', 'z', '3', '4x3', '99999999999999999999i', '<P', '=N']:
    try:
        print(repr(f), struct.calcsize(f))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
for bad in [lambda: struct.pack('ii', 1), lambda: struct.unpack('i', b'12'), lambda: struct.unpack_from('i', b'12345', 3),
            lambda: struct.unpack_from('i', b'12345', -9), lambda: struct.pack_into('i', array('b', [0, 0, 0]), 0, 1),
            lambda: struct.pack_into('i', b'1234', 0, 1), lambda: list(struct.iter_unpack('i', b'12345')),
            lambda: list(struct.iter_unpack('', b'')), lambda: struct.unpack('i', 'abcd'), lambda: struct.Struct(),
            lambda: struct.pack(), lambda: struct.calcsize(5), lambda: struct.unpack('i'), lambda: struct.pack('i', 1, 2),
            lambda: struct.pack_into('<i', array('b', bytes(8)), 6, 1), lambda: struct.pack_into('<i', array('b', bytes(8)), -2, 1),
            lambda: struct.pack_into('<i', array('b', bytes(8)), -20, 1), lambda: s.pack(1), lambda: s.unpack(b''),
            lambda: struct.Struct(3)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
