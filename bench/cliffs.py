# cliffs.py CASE N -- one operation whose cost must grow like CPython's.
# scripts/bench.sh runs every case at two sizes under pym and CPython; a
# ratio that grows with N shows a complexity cliff.  Each case prints a
# checksum so the outputs of both interpreters can be compared.
import sys


def index_nonascii(n):
    s = "é" * n + "x"
    t = 0
    for i in range(n):
        t += ord(s[i])
    return t


def slice_nonascii(n):
    s = "ĀéÜ" * (n // 3 + 1)
    t = 0
    for i in range(0, n, 3):
        t += len(s[i:i + 8])
    return t


def find_nonascii(n):
    s = "ü" * n + "needle"
    t = 0
    for i in range(200):
        t += s.find("needle", i)
    return t


def str_iadd(n):
    s = ""
    for i in range(n):
        s += "xy"
    return len(s)


def fstring_spec(n):
    t = 0
    for i in range(n):
        t += len(f"{i:>10d} {i * 0.5:8.3f} {i:#06x}")
    return t


def percent_format(n):
    t = 0
    for i in range(n):
        t += len("%5d %-6s %.2f" % (i, "ab", i / 3))
    return t


def genexpr(n):
    return sum(x for x in range(n) if x & 1)


def sort_ints(n):
    xs = [(i * 7919) % 100003 for i in range(n)]
    xs.sort()
    return xs[n // 2]


def sort_strs(n):
    xs = [str((i * 7919) % 100003) for i in range(n)]
    xs.sort()
    return xs[n // 2]


def sort_key(n):
    xs = [(i * 7919) % 100003 for i in range(n)]
    xs.sort(key=lambda x: -x)
    return xs[n // 2]


def format_calls(n):
    t = 0
    for i in range(n):
        t += len(format(i, "_x")) + len("{0}:{1:.2e}".format(i, i * 0.37))
    return t


def number_str(n):
    t = 0
    for i in range(n):
        t += len(str(i)) + len(repr(i * 0.37)) + len(str(i * 7919 ** 3))
    return t


def compile_chain(n):
    src = "+".join(["x"] * n)
    t = 0
    for i in range(20):
        t += len(compile(src, "<chain>", "eval").co_names)
    return t


CASES = {f.__name__: f for f in (index_nonascii, slice_nonascii, find_nonascii, str_iadd,
                                  fstring_spec, percent_format, genexpr, sort_ints, sort_strs,
                                  sort_key, format_calls, number_str, compile_chain)}

if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in CASES:
        print("usage: cliffs.py CASE N; cases:", " ".join(CASES))
        sys.exit(2)
    print(sys.argv[1], CASES[sys.argv[1]](int(sys.argv[2])))
