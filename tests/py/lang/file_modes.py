import sys
print("a", file=None)
try: sys.stdout.write(5)
except TypeError as e: print(e)
try: print("x", file=5)
except AttributeError as e: print(e)
try: print(sep=5)
except TypeError as e: print(e)
p = "/tmp/pym_lang_io_modes.txt"
with open(p, "w") as f:
    n = f.write("héllo\nwörld\n")
    print(n, f.tell() > 0)
with open(p, "rb") as f:
    data = f.read(); print(data, type(data).__name__, len(data))
with open(p, "wb") as f:
    f.write(b"bin\x00ary\n")
with open(p, "rb") as f: print(f.read())
with open(p, "w+") as f:
    f.write("abc\ndef\n"); f.seek(0); print(repr(f.read()))
with open(p, "r+") as f:
    print(f.readline().rstrip()); f.seek(0, 2); f.write("ghi\n")
with open(p) as f: print(f.read().splitlines(), f.closed)
print(f.closed)
try:
    with open(p, "x") as f: pass
except FileExistsError as e: print("FileExistsError", e.errno)
try: open(p, "rw")
except ValueError as e: print(e)
try:
    with open(p, "rb") as f: f.write(b"x")
except Exception as e: print(type(e).__name__, e)
try:
    with open(p) as f: f.write("x")
except Exception as e: print(type(e).__name__, e)
with open(p, "a") as f: print(f.write("end"), file=f)
with open(p) as f:
    lines = f.readlines(); print(lines)
with open(p) as f:
    print([l for l in f if "e" in l], next(iter(open(p))))
print(list(open(p))[-1], open(p).read().count("\n"))
