import sys
class Resource:
    opened = []
    def __init__(self, name, fail_on_exit=False):
        self.name = name; self.fail_on_exit = fail_on_exit
    def __enter__(self):
        Resource.opened.append(self.name); print("open", self.name); return self
    def __exit__(self, et, ev, tb):
        Resource.opened.remove(self.name)
        print("close", self.name, et.__name__ if et else None, ev)
        if self.fail_on_exit: raise RuntimeError(f"exit of {self.name} failed")
        return et is KeyError
def work(n):
    with Resource("a"), Resource("b"):
        if n == 0: raise KeyError("suppressed by b")
        if n == 1: raise ValueError("propagates")
        return "ok"
for n in range(3):
    try: print("result", work(n))
    except ValueError as e: print("outer caught", repr(e))
try:
    with Resource("c", fail_on_exit=True):
        raise TypeError("inner")
except RuntimeError as e:
    print("got", e, "context:", repr(e.__context__))
def gen_with_cleanup():
    with Resource("g"):
        yield 1
        yield 2
g = gen_with_cleanup(); print(next(g)); g.close(); print(Resource.opened)
def retry(times):
    def deco(fn):
        def wrapper(*a, **k):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k)
                except Exception as e:
                    print(f"attempt {attempt} failed: {type(e).__name__}: {e}")
                    last = e
            raise RuntimeError(f"gave up after {times}") from last
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
calls = {"n": 0}
@retry(3)
def flaky():
    calls["n"] += 1
    if calls["n"] < 3: raise ConnectionError("net down") if "ConnectionError" in dir(__builtins__) else OSError("net down")
    return "finally worked"
print(flaky())
@retry(2)
def always(): return 1 / 0
try: always()
except RuntimeError as e: print(e, "cause:", repr(e.__cause__))
def nested_finally():
    out = []
    try:
        try:
            out.append("try")
            raise ValueError
        finally:
            out.append("inner finally")
    except ValueError:
        out.append("except")
    finally:
        out.append("outer finally")
    return out
print(nested_finally())
def exc_info_demo():
    try: raise IndexError("idx")
    except IndexError:
        t, v, tb = sys.exc_info()
        return t.__name__, str(v), tb is not None
print(exc_info_demo(), sys.exc_info() == (None, None, None))
errors = []
for val in ["1", "x", None, "3.5", [1]]:
    try: errors.append(int(val))
    except (ValueError, TypeError) as e: errors.append(type(e).__name__)
print(errors)
class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}"); self.field = field
def validate(rec):
    problems = []
    for field, check, msg in [("age", lambda v: isinstance(v, int) and v >= 0, "must be a non-negative int"), ("name", lambda v: bool(v), "required")]:
        if not check(rec.get(field)):
            problems.append(ValidationError(field, msg))
    if problems: raise problems[0]
for rec in [{"age": 3, "name": "x"}, {"age": -1, "name": "y"}, {"age": 5}]:
    try: validate(rec); print("valid", rec)
    except ValidationError as e: print("invalid", e.field, "-", e)
def process():
    try:
        raise KeyError("first")
    except KeyError as e:
        raise ValueError("second") from e
def top():
    try:
        process()
    except ValueError:
        raise TypeError("third")
top()
