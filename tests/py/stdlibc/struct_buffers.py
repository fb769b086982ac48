# struct reads and writes any buffer exporter: bytearray and memoryview as
# well as bytes and array.array; pack_into holds its view while the values
# are converted, so a bytearray cannot be resized under it.
import struct, array

b = struct.pack('<dd', 1.5, 2.5)
m = memoryview(b)
print(struct.unpack_from('<d', m, 8))
print(struct.unpack('<d', m[0:8]))
print(struct.Struct('<d').unpack_from(m, 0))
print(list(struct.iter_unpack('<d', m)))
it = struct.iter_unpack('<d', bytearray(b))
print(it.__length_hint__(), next(it), it.__length_hint__())

ba = bytearray(16)
struct.pack_into('<dd', ba, 0, 3.0, 4.0)
print(struct.unpack('<dd', ba))
mv = memoryview(ba)
struct.pack_into('<d', mv, 8, 7.0)
print(struct.unpack_from('<d', ba, 8), struct.unpack('<dd', mv))
print(struct.unpack('<4B', memoryview(b'abcd')))
print(struct.Struct('<2H').unpack(bytearray(b'abcd')))
print(struct.unpack('<2h', array.array('h', [1, -2])))

for target in (memoryview(b'12345678'), b'12345678'):
    try:
        struct.pack_into('<d', target, 0, 1.0)
    except TypeError as e:
        print(e)
try:
    struct.unpack('<d', 'abcdefgh')
except TypeError as e:
    print(e)
try:
    struct.unpack('<d', bytearray(4))
except struct.error as e:
    print(e)

class Grow:
    def __index__(self):
        ba.extend(b'x' * 100)
        return 1
try:
    struct.pack_into('<i', ba, 0, Grow())
except BufferError as e:
    print('BufferError', e)
print(len(ba))
mv.release()
ba.extend(b'y')
print(len(ba))
