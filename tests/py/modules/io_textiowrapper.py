import io, sys
out = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8')
print(type(out).__name__, out.encoding, out.buffer is sys.stdout.buffer or type(out.buffer).__name__)
sys.stdout.flush()
out.write('héllo via wrapper\n'); out.flush()
print('after')
sys.stdout.flush()
T = '/tmp/pym_tw_test.txt'
with open(T, 'wb') as f:
    f.write('line one\nline two\n'.encode())
with open(T, 'rb') as raw:
    t = io.TextIOWrapper(raw)
    print(t.readline(), end=''); print(t.read(), end='')
for bad in ['io.TextIOWrapper(sys.stdout.buffer, newline="x")']:
    try: eval(bad)
    except Exception as e: print(type(e).__name__)
