import sys
# text and binary writes to the same stream come out in order (with flushes,
# so CPython's buffering does not reorder them either)
print("a", end=""); sys.stdout.flush()
sys.stdout.buffer.write(b"b\n")
print("c"); sys.stdout.flush()
sys.stdout.buffer.write(b"d\n"); sys.stdout.buffer.flush()
print("e")
sys.stdout.flush()
sys.stderr.write("x\n"); sys.stderr.flush(); sys.stderr.buffer.write(b"y\n"); sys.stderr.buffer.flush()
print(sys.stdin.buffer, sys.stdout.buffer.name, sys.stderr.buffer.name, sys.stdout.buffer.write(bytearray(b"z\n")))
sys.stdout.buffer.flush()
print(sys.stdout.buffer.writable(), sys.stdin.buffer.readable(), sys.stdin.buffer.read())
