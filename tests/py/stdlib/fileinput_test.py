# fileinput: several files, counters, nextfile, stdin, binary mode, in-place
# editing with and without a backup, hooks, errors.
import fileinput
import os
import sys
import io
import tempfile

d = tempfile.mkdtemp()
def make(name, text):
    path = os.path.join(d, name)
    with open(path, 'w') as f:
        f.write(text)
    return path
a = make('a.txt', 'a1\na2\na3\n')
b = make('b.txt', 'b1\nb2')
e = make('empty.txt', '')

for line in fileinput.input([a, e, b]):
    print(repr(line), os.path.basename(fileinput.filename()), fileinput.lineno(),
          fileinput.filelineno(), fileinput.isfirstline(), fileinput.isstdin(), fileinput.fileno() > 2)
print(fileinput.lineno())
fileinput.close()
try:
    fileinput.filename()
except RuntimeError as e:
    print("RuntimeError:", e)

with fileinput.FileInput((a, b)) as fi:
    first = next(fi)
    fi.nextfile()
    print(repr(first), [l for l in fi], fi.lineno(), fi.filelineno(), fi.fileno())
with fileinput.input(files=a, mode='rb') as fi:
    print(list(fi))
print(list(fileinput.FileInput([b], openhook=fileinput.hook_encoded('utf-8'))))

old = sys.stdin
sys.stdin = io.StringIO('s1\ns2\n')
try:
    with fileinput.input(['-', a]) as fi:
        for line in fi:
            print(repr(line), os.path.basename(fi.filename()), fi.isstdin(), fi.lineno())
finally:
    sys.stdin = old

fi = fileinput.input([a])
next(fi)
try:
    fileinput.input([b])
except RuntimeError as e:
    print("RuntimeError:", e)
fileinput.close()

# In place: print() writes the new contents.
for line in fileinput.input([a, b], inplace=True):
    print(line.rstrip('\n').upper(), fileinput.filelineno())
with open(a) as f:
    print(repr(f.read()))
with open(b) as f:
    print(repr(f.read()))
print(sorted(os.listdir(d)))
with fileinput.input(a, inplace=True, backup='.orig') as fi:
    for line in fi:
        if '2' not in line:
            sys.stdout.write(line)
with open(a) as f:
    print(repr(f.read()))
print(sorted(os.listdir(d)))

for kwargs in [dict(mode='w'), dict(inplace=True, openhook=open), dict(openhook=5)]:
    try:
        fileinput.FileInput([a], **kwargs)
    except ValueError as e:
        print("ValueError:", e)
try:
    list(fileinput.input([os.path.join(d, 'missing.txt')]))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
fileinput.close()
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
