import warnings
import sys

print(warnings.filters)


def deprecated_api():
    warnings.warn("old api, use new_api", DeprecationWarning, stacklevel=2)


def user_level():
    warnings.warn("careful")


user_level()
user_level()          # same place: shown once (default action)
warnings.warn("module-level warning", RuntimeWarning)
deprecated_api()      # shown: DeprecationWarning attributed to __main__
warnings.warn(UserWarning("instance message"))


class MyWarning(UserWarning):
    pass


warnings.warn("custom category", MyWarning)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    user_level()
    user_level()
    warnings.warn("pending", PendingDeprecationWarning)
    warnings.warn("bytes!", BytesWarning, stacklevel=1)
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(caught[0].lineno, caught[0].filename.endswith("warnings_test.py"), str(caught[0])[:40])
print(warnings.filters[0])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", repr(e))
    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("ignored")
print("filters restored:", len(warnings.filters))

with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("always", category=RuntimeWarning)
    warnings.warn("skip this one")
    warnings.warn("SKIP case-insensitively")
    warnings.warn("keep this", RuntimeWarning)
    warnings.warn("keep this", RuntimeWarning)
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.simplefilter("module")
    for i in range(3):
        warnings.warn("per module")
print(len(log))

print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "  code line  "), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "nofile.py", 3), end="")

orig = warnings.showwarning


def my_show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", message, category.__name__, lineno)


warnings.showwarning = my_show
warnings.warn("through custom hook")
warnings.showwarning = orig

try:
    warnings.warn("bad", category=int)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError:", e)

warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset", DeprecationWarning)
warnings.warn_explicit("explicit", SyntaxWarning, "somefile.py", 7)
warnings.warn("deep stack", UserWarning, stacklevel=50)
print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
sys.stderr.flush()
