import contextlib
import sys
from contextlib import (contextmanager, suppress, closing, ExitStack, nullcontext,
                        redirect_stdout, redirect_stderr, ContextDecorator, AbstractContextManager)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return "".join(self.parts)


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("p") as t:
    print("inside", t)
print(tag.__name__, tag.__wrapped__.__name__)


@contextmanager
def handler():
    try:
        yield
    except ValueError as e:
        print("handled", e)


with handler():
    raise ValueError("oops")
print("after handled")
try:
    with tag("div"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def swallow_then_yield():
    try:
        yield
    except Exception:
        yield


try:
    with swallow_then_yield():
        raise TypeError("t")
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def converter():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("converted")


try:
    with converter():
        1 / 0
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)


# used as a decorator: recreated each call
@tag("call")
def work(x):
    print("working", x)
    return x * 2


print(work(1), work(2))

with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed")
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError:", e)


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print(type(r).__name__)

with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

buf = Capture()
with redirect_stdout(buf) as target:
    print("captured line")
    print("two")
print(repr(buf.getvalue()), target is buf)
err = Capture()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

# ExitStack
with ExitStack() as stack:
    for name in ("a", "b", "c"):
        print(stack.enter_context(tag(name)))
    stack.callback(print, "callback", 1, end="!\n")
    print("body")


def cleanup(*args):
    print("cleanup got", args[0])
    return False


class Exiter:
    def __exit__(self, *a):
        print("Exiter exit", a[0])


with ExitStack() as stack:
    stack.push(cleanup)
    stack.push(Exiter())

with ExitStack() as stack:
    stack.callback(print, "not run yet")
    moved = stack.pop_all()
print("after with")
moved.close()


def suppressor(*exc):
    print("suppressing", exc[0].__name__)
    return True


with ExitStack() as stack:
    stack.push(suppressor)
    raise IndexError("x")
print("after suppressed IndexError")


def raiser(*exc):
    raise KeyError("from callback")


try:
    with ExitStack() as stack:
        stack.push(raiser)
        raise ValueError("original")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError:", e)


class mycontext(ContextDecorator):
    def __enter__(self):
        print("Starting")
        return self

    def __exit__(self, *exc):
        print("Finishing", exc[0])
        return False


@mycontext()
def function():
    print("The bit in the middle")


function()
with mycontext():
    print("as a with")


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


print(issubclass(CM, AbstractContextManager), isinstance(Resource(), AbstractContextManager),
      isinstance(nullcontext(), AbstractContextManager))
