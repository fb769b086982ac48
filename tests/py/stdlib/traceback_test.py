import sys
import traceback


def clean(text):
    # CPython 3.11 underlines expressions with ^ and ~ marks; pym does not
    out = []
    for line in text.splitlines(True):
        if line.strip() and set(line.strip()) <= set("^~"):
            continue
        out.append(line)
    return "".join(out)


def fail(n):
    if n == 0:
        raise ValueError("deep failure")
    fail(n - 1)


try:
    fail(2)
except ValueError:
    print(clean(traceback.format_exc()), end="")
    exc_type, exc, tb = sys.exc_info()

print(clean("".join(traceback.format_exception(exc))), end="")
print(clean("".join(traceback.format_exception(exc_type, exc, tb, limit=2))), end="")
print(traceback.format_exception_only(exc), traceback.format_exception_only(ValueError, exc))
print(traceback.format_exception_only(KeyError()), traceback.format_exception_only(None))
entries = traceback.extract_tb(tb)
print(len(entries), [(f.name, f.lineno, f.line) for f in entries])
print(entries[0], entries[-1].filename.endswith("traceback_test.py"), list(entries[1])[1:])
print(entries[-1] == (entries[-1].filename, entries[-1].lineno, "fail", 'raise ValueError("deep failure")'))
print(clean("".join(traceback.format_tb(tb))), end="")
print(clean("".join(traceback.format_list(entries[:1]))), end="")
print(traceback.format_list([("f.py", 3, "func", "x = 1"), ("g.py", 4, "<module>", None)]))

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("while handling") from e
except RuntimeError as e:
    print(clean("".join(traceback.format_exception(e))), end="")
    print(clean("".join(traceback.format_exception(e, chain=False))), end="")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("second")
except TypeError as e:
    chained = e
print(clean("".join(traceback.format_exception(chained))), end="")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("suppressed") from None
except TypeError as e:
    print(clean("".join(traceback.format_exception(e))), end="")


class AppError(Exception):
    pass


e = AppError("with notes")
e.add_note("first note")
e.add_note("second\nmultiline note")
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(AppError()), traceback.format_exception_only(OSError(2, "No such file")))

try:
    compile("x = (1,\n  2 +", "bad.py", "exec")
except SyntaxError as se:
    print(clean("".join(traceback.format_exception_only(se))), end="")
try:
    compile("a b", "<snippet>", "exec")
except SyntaxError as se:
    print(clean("".join(traceback.format_exception_only(se))), end="")


def recurse(n):
    if n == 0:
        raise RecursionError("fake deep")
    recurse(n - 1)


try:
    recurse(10)
except RecursionError as err:
    print(clean("".join(traceback.format_exception(err))), end="")


def where():
    return traceback.extract_stack()


stack = where()
print([f.name for f in stack], stack[-1].line)


def show_stack():
    print(clean("".join(traceback.format_stack())), end="")


show_stack()
te = traceback.TracebackException.from_exception(exc)
print(te.exc_type.__name__, str(te), len(te.stack), te.stack[0].name)
print(clean("".join(te.format())), end="")
print(list(te.format_exception_only()))
fs = traceback.FrameSummary("nofile.py", 3, "fn", line="  spaced line  ")
print(repr(fs), fs.line, len(fs), fs[2], traceback.FrameSummary("nofile.py", 9, "g").line)
print(traceback.StackSummary.from_list([fs]).format())
try:
    traceback.format_exception(ValueError, ValueError("x"))
except ValueError as err2:
    print("ValueError:", err2)
try:
    traceback.print_exception("not an exception")
except TypeError as err3:
    print("TypeError:", err3)

# print_* functions write to stderr (carets there are cut by the test runner)
try:
    fail(1)
except ValueError:
    traceback.print_exc()
traceback.print_exception(exc, limit=1)
traceback.print_tb(tb, limit=1)
traceback.print_stack(limit=1)


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


o = Out()
traceback.print_exception(exc, file=o, limit=-1)
print(clean("".join(o.parts)), end="")
