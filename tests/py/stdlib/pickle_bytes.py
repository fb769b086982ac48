# pickle.dumps of the core types gives CPython's very bytes at every protocol.
import pickle
import textwrap

big = 2 ** 100
neg = -(2 ** 70) + 5
s = "shared"
lst = [1, 2, 3]
values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2 ** 31 - 1,
    -2 ** 31, 2 ** 31, -2 ** 31 - 1, big, neg, -128, -129, 2 ** 63, 1 << 2047,
    0.0, 1.5, -2.25, 1e100, float("inf"), 3.141592653589793,
    "", "abc", "caf\xe9", "\u20ac uro", "\U0001f600", "back\\slash\nnl\r\x00\x1a",
    "x" * 300,
    b"", b"bytes", bytes(range(256)), b"y" * 300,
    bytearray(), bytearray(b"ba\x00\xff"),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),),
    [], [None], [1, 2], list(range(1001)),
    {}, {1: 2}, {1: "a", 2: "b"}, {i: i for i in range(1000)},
    set(), {1}, {1, 2, 3}, set(range(1000)), frozenset(), frozenset({4, 5}),
    [s, s, (s, s)], [lst, lst], {"k": lst, "j": lst},
    [b"same", b"same"], (big, big),
    int, set, frozenset, len, textwrap.dedent, ValueError, FileNotFoundError,
    range, str, type(None), type(...), type(NotImplemented),
    [int, int, str],
]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print("protocol", proto)
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        ok = back == v or (v != v)
        label = getattr(v, "__qualname__", None) or repr(v)[:40]
        print(" ", label, data if len(data) < 120 else (len(data), data[:60], data[-40:]),
              ok, type(back).__name__)
print(pickle.dumps(1) == pickle.dumps(1, pickle.DEFAULT_PROTOCOL), pickle.DEFAULT_PROTOCOL)
print(pickle.dumps(1, -1) == pickle.dumps(1, 5))
