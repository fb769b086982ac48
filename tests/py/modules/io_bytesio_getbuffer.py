import io
b = io.BytesIO(b'abc')
m = b.getbuffer()
m[0] = ord('X')
print(b.getvalue(), len(m), m.readonly, bytes(m))
for e in ['b.write(b"x")', 'b.truncate(1)', 'b.close()']:
    try: eval(e); print('ok')
    except BufferError as ex: print('BufferError', ex)
m.release()
b.write(b'!'); print(b.getvalue())
with b.getbuffer() as v: print(v.tobytes())
b.close(); print(b.closed)
