# Reading lines from files: binary and text, lines that straddle the 8 KiB
# read buffer, lines longer than it, \r\n and lone \r in text mode (and kept
# with newline=''), readline with a limit, a last line without a newline,
# and readline mixed with read and iteration.
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'lines.txt')


def write(data):
    with open(path, 'wb') as f:
        f.write(data)


def summary(lines):
    return len(lines), [len(x) for x in lines[:3]], lines[-1][-12:] if lines else None


# many short lines crossing buffer boundaries
data = b''.join(b'%05d ' % i + b'ACGT' * (i % 23) + b'\n' for i in range(3000))
write(data)
with open(path, 'rb') as f:
    lines = list(f)
print(summary(lines), b''.join(lines) == data, type(lines[0]).__name__)
with open(path) as f:
    tl = list(f)
print(summary(tl), ''.join(tl) == data.decode())
# long lines (longer than the buffer), no final newline
data = b'x' * 20000 + b'\n' + b'y' * 9000 + b'\n\n' + b'z' * 8191 + b'\n' + b'tail'
write(data)
with open(path, 'rb') as f:
    print([len(x) for x in f])
with open(path, 'rb') as f:
    print(len(f.readline()), len(f.readline(100)), len(f.readline()), f.readline(), len(f.readline()))
    print(f.readline(2), f.read(3), f.readline(), f.readline(), f.readline())
# text mode newlines
write(b'one\r\ntwo\rthree\nfour\r\n\r\nfive\r')
with open(path) as f:
    print(list(f))
with open(path, newline='') as f:
    print(f.readline(), f.read())
with open(path, 'rb') as f:
    print(list(f))
# \r\n split across the buffer boundary
write(b'a' * 8191 + b'\r\nb\r\n')
with open(path) as f:
    print([len(x) for x in f])
# utf-8 text, limits counted in characters
write('héllo wörld\nçà\n€€€€\n'.encode())
with open(path, encoding='utf-8') as f:
    print(f.readline(3), f.readline(), list(f))
with open(path, 'rb') as f:
    print(f.readline(3), f.readline(), list(f))
# empty file, only newlines
write(b'')
with open(path, 'rb') as f:
    print(list(f), f.readline())
write(b'\n\n\n')
with open(path) as f:
    print(list(f))
os.remove(path)
os.rmdir(d)
