# sizes of str and bytes objects match CPython's
import sys
for s in ["", "a", "abc", "x" * 100, "hello world"]:
    print(repr(s[:12]), sys.getsizeof(s), s.__sizeof__())
for n in [0, 1, 10, 100]:
    print(n, sys.getsizeof(bytes(n)), bytes(n).__sizeof__())
print(sys.getsizeof(b"abc"), sys.getsizeof("ab" + "cd"), sys.getsizeof("-".join(["a", "b"])))
a = "interned_name"
b = "interned_" + "name"
print(a == b, len(a))
