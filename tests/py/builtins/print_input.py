# print's sep/end/file/flush and their errors
import sys
print("a", "b", "c")
print("a", "b", sep="-")
print("x", end="!\n")
print("no newline", end="")
print()
print(1, 2, 3, sep="")
print("multi", "args", sep=", ", end=".\n")
print(None, True, 1.5, [1, "two"], {"k": (1,)})
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)
print(*range(5))
print(*"abc", sep="|")
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("into", "object", file=w)
print(w.parts)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
