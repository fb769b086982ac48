# open(): writing, reading, appending, iteration, modes and errors
import sys
path = "/tmp/pym_test_file_io_tmp.txt"
with open(path, "w") as f:
    print(f.name, f.mode, f.closed, f.writable(), f.readable())
    print(f.write("first line\n"), f.write("second line\n"))
    f.writelines(["third\n", "fourth\n"])
print(f.closed)
f = open(path)
print(repr(f))
print(repr(f.readline()))
print(repr(f.read(6)))
print(f.readlines())
print(repr(f.read()), repr(f.readline()))
f.close()
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    data = f.read()
print(len(data), data.count("\n"), data.splitlines()[-1])
with open(path, "r+") as f:
    print(f.read(5))
    f.seek(0)
    print(f.tell(), repr(f.readline()))
    print(f.tell())
with open(path, "w") as f:
    f.write("crlf\r\nline\rend")
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path, "wb") as f:
    print(repr(f), f.write(b"bytes\x00\xff"))
with open(path, "rb") as f:
    print(f.read(), f.read())
with open(path, "w", encoding="utf-8") as f:
    f.write("caf\u00e9 \u20ac\n")
with open(path, encoding="utf-8") as f:
    print(repr(f), f.read(4), len(f.read()))
with open(path, "rb") as f:
    print(len(f.read()))
f = open(path)
f.close()
for op in [f.read, f.readline, lambda: f.write("x"), lambda: iter(f)]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
with open(path) as f:
    try:
        f.write("x")
    except Exception as e:
        print(type(e).__name__, e)
with open(path, "w") as f:
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.write(5)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    open("no_such_dir/no_such_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename)
try:
    open(".")
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e)
for mode in ["q", "rw", "rr", "bt", "+"]:
    try:
        open(path, mode)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    open(path, "rb", encoding="utf-8")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(5.5)
except TypeError as e:
    print(type(e).__name__, e)
f = open(path, "w")
f.write("unflushed but closed at exit\n")
f.close()
with open(path) as f:
    print(f.read(), end="")
print(sys.stdout.writable(), sys.stdin.readable())
f = open(path, "w")
f.close()
exec("import sys")
