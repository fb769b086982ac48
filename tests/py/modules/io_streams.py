import io, sys
s=io.StringIO('ab\ncd'); print(repr(s.read(1)), s.tell(), s.readline(), s.readlines(), s.getvalue())
s.seek(0,2); s.write('xyz'); print(s.getvalue(), s.tell()); s.seek(10); s.write('Q'); print(repr(s.getvalue()))
s.truncate(3); print(repr(s.getvalue()), s.tell())
for e in ['s.seek(1,1)', 's.write(5)', 's.seek(-1)', 's.seek(0, 5)', 'io.StringIO(5)', 'io.StringIO(newline="x")', 'io.StringIO().fileno()', 'io.BytesIO().fileno()']:
    try: print(e, '->', repr(eval(e)))
    except Exception as ex: print(e, '!', type(ex).__name__, ex)
s.close()
try: s.read()
except Exception as e: print(type(e).__name__, e)
print(s.closed)
b=io.BytesIO(b'xy'); print(b.read(), b.tell(), b.write(b'zz'), b.getvalue(), b.seek(-1, 2), b.read())
for e in ['b.write("s")', 'b.seek(-1)', 'b.truncate(-1)']:
    try: print(e, '->', repr(eval(e)))
    except Exception as ex: print(e, '!', type(ex).__name__, ex)
print(io.StringIO('a\r\nb\rc', newline=None).read().encode(), io.StringIO(newline=None).write('a\r\nb'))
print(io.StringIO('a\r\nb\rc\nd', newline='').readlines(), io.StringIO('a\nb', newline='\r\n').getvalue().encode())
with io.StringIO() as f:
    f.write('line1\n'); f.writelines(['l2\n', 'l3']); f.seek(0)
    for line in f: print(repr(line))
print(f.closed)
with io.BytesIO(b'1\n2\n3') as f:
    print(list(f), f.seek(0), f.readline(), f.readlines(), f.read(), f.seek(10), f.write(b'!'), f.getvalue())
    ba = bytearray(3); f.seek(0); print(f.readinto(ba), ba, f.truncate(2), f.getvalue(), f.tell())
    f.write(memoryview(b'MV')); print(f.getvalue())
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.open is open)
print(issubclass(io.UnsupportedOperation, OSError), isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase))
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout.buffer, io.IOBase), sys.stdout.buffer.name)
T = '/tmp/pym_io_test_tmp.txt'
with open(T, 'w') as f:
    print(repr(f).replace('/tmp/', ''), type(f).__name__, isinstance(f, io.IOBase)); f.write('hello\n'); f.write('end\n')
with open(T, 'rb') as f: print(repr(f).replace('/tmp/', ''), f.read())
with open(T, 'rb', buffering=0) as f: print(repr(f).replace('/tmp/', ''), f.read(3))
with open(T, 'r+b') as f: print(repr(f).replace('/tmp/', ''))
sys.stdout.flush()
sys.stdout.write('text1\n'); sys.stdout.buffer.write(b'bytes1\n'); print('text2'); sys.stdout.buffer.write(bytearray(b'bytes2\n')); sys.stdout.flush()
