# One recursion counter: Python frames, and C code that recurses on its
# input, take levels of the same limit (CPython 3.11); each site keeps its
# message; the compiler counts a level of nesting as a third of a call.
import json
import sys

def first_failure(make, op, lo=1, hi=4000):
    """The smallest n in [lo, hi] for which op(make(n)) raises, and the error."""
    while lo < hi:
        mid = (lo + hi) // 2
        try:
            op(make(mid))
            lo = mid + 1
        except (RecursionError, SyntaxError, MemoryError):
            hi = mid
    try:
        op(make(lo))
        return lo, "no error"
    except (RecursionError, SyntaxError, MemoryError) as e:
        return lo, f"{type(e).__name__}: {e}"

def nested_list(n):
    a = []
    for _ in range(n):
        a = [a]
    return a

def nested_tuple(n):
    t = int
    for _ in range(n):
        t = (t,)
    return t

def at_depth(d, fn):
    return fn() if d == 0 else at_depth(d - 1, fn)

print("compare", first_failure(lambda n: (nested_list(n), nested_list(n)),
                               lambda p: p[0] == p[1]))
print("isinstance", first_failure(nested_tuple, lambda t: isinstance(1, t)))
print("issubclass", first_failure(nested_tuple, lambda t: issubclass(int, t)))
print("plain call", first_failure(lambda n: n, lambda n: at_depth(n, lambda: 0)))

# messages of the sites whose depth differs by a level of bookkeeping
for label, fn in [("repr", lambda: repr(nested_list(5000))),
                  ("str", lambda: str([nested_list(5000)])),
                  ("json.dumps", lambda: json.dumps(nested_list(5000))),
                  ("json.loads list", lambda: json.loads("[" * 5000 + "]" * 5000)),
                  ("json.loads dict", lambda: json.loads('{"a":' * 5000 + "1" + "}" * 5000))]:
    try:
        fn()
        print(label, "no error")
    except RecursionError as e:
        print(label, e)

# the compiler: 3 levels of nesting a call, counted from the current depth
patterns = [("sum", lambda n: "x" + "+x" * n, 700),
            ("unary", lambda n: "-" * n + "1", 200),
            ("not", lambda n: "not " * n + "x", 700),
            ("attr", lambda n: "a" + ".b" * n, 0),
            ("call", lambda n: "f" + "()" * n, 300),
            ("subscript", lambda n: "a" + "[0]" * n, 600),
            ("brackets", lambda n: "[" * n + "]" * n, 0)]
for name, pat, depth in patterns:
    n, err = first_failure(pat, lambda s: at_depth(depth, lambda: compile(s, "<s>", "eval")),
                           lo=150, hi=3100)
    print("compile", name, depth, n, err)

# a raised limit: deeper nesting compiles, as in CPython
sys.setrecursionlimit(2000)
print("limit 2000", first_failure(lambda n: "a" + ".b" * n,
                                  lambda s: compile(s, "<s>", "eval"), lo=2900, hi=7000))
print("limit 2000 compare", first_failure(lambda n: (nested_list(n), nested_list(n)),
                                          lambda p: p[0] == p[1], lo=900, hi=2100))
sys.setrecursionlimit(1000)
# after all these errors the counter is back where it was
print("plain call again", first_failure(lambda n: n, lambda n: at_depth(n, lambda: 0)))
