import sys
b = bytearray(b'hello world')
m = memoryview(b)
print(sys.getsizeof(m), len(m), m[0], m[-1], m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.nbytes, m.obj is b, m.contiguous, m.c_contiguous)
print(m.tobytes(), m.tolist()[:3], m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[::2].strides, m[::2].contiguous, bytes(m[::3]))
m[0] = 72; print(b)
m[1:3] = b'EL'; print(b)
m2 = m[6:]; m2[0] = ord('W'); print(b, m2.tobytes())
print(m.hex(), m[:3].hex(':'), m == b, m == b'Hello World', m[:5] == b'HELLO', m != m)
with memoryview(b'abc') as r:
    print(r.readonly, r.tobytes(), hash(r) == hash(b'abc'))
print(repr(r).startswith('<released memory at 0x'), repr(memoryview(b'')).startswith('<memory at 0x'))
for e in ['r.tobytes()', 'len(r)', 'r[0]', 'memoryview("abc")', 'memoryview(b"abc")[5]', 'memoryview(b"abc").__setitem__(0, 1)', 'hash(memoryview(bytearray(3)))', 'memoryview(bytearray(b"ab")).__setitem__(0, 300)', 'memoryview(bytearray(b"ab")).__setitem__(0, "x")', 'memoryview(bytearray(b"ab")).__setitem__(slice(0,2), b"xyz")', 'memoryview(bytearray(b"ab")).__delitem__(0)', 'memoryview(b"abc").cast("i")', 'memoryview(b"abcd").cast("i").cast("h")', 'memoryview(b"ab")["x"]', 'memoryview(b"abcd").cast("Z")']:
    try: print(e, '->', repr(eval(e)))
    except Exception as ex: print(e, '!', type(ex).__name__, ex)
i = memoryview(bytearray(8)).cast('i')
i[0] = -5; i[1] = 2**31 - 1
print(i.tolist(), i.format, i.itemsize, len(i), i.nbytes, i.cast('B').tolist())
d = memoryview(bytearray(16)).cast('d'); d[0] = 1.5; d[1] = 2; print(d.tolist(), list(d))
c = memoryview(b'xyz').cast('c'); print(c[0], c.tolist())
h = memoryview(bytearray(4)).cast('H'); h[1] = 65535; print(h.tolist())
try: h[0] = -1
except ValueError as ex: print(ex)
q = memoryview(bytearray(b'abc')).toreadonly(); print(q.readonly)
try: q[0] = 1
except TypeError as ex: print(ex)
bb = bytearray(b'xyz'); mm = memoryview(bb); m3 = mm[1:]; mm.release()
print(m3.tobytes())
try: bb.append(1)
except BufferError as ex: print(ex)
m3.release(); bb.append(33); print(bb)
mm = memoryview(bytearray(b'q')); inner = memoryview(mm)
import gc
print(bytes(memoryview(b'abc')), bytearray(memoryview(b'xy')), list(memoryview(b'ab')))
print(b'abc'.startswith(memoryview(b'ab')), b'a' + memoryview(b'b'))
