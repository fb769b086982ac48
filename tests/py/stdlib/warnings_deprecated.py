# warnings._deprecated: the helper CPython's deprecated modules call
import sys
import warnings


def old_module():
    warnings._deprecated("oldmod", remove=(3, 13))


def caller():
    old_module()


with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    caller()
    warnings._deprecated("other", "{name!r} goes in {remove}", remove=(3, 12))
for w in seen:
    print(w.category.__name__, w.message, w.lineno)

for version in [(3, 13, 0, "alpha", 1), (3, 13, 0, "beta", 1), (3, 14, 0, "final", 0)]:
    try:
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            warnings._deprecated("mod", remove=(3, 13), _version=version)
        print(version[3], [str(w.message) for w in seen])
    except RuntimeError as e:
        print(version[3], "RuntimeError:", e)
try:
    warnings._deprecated("mod")
except TypeError as e:
    print("TypeError:", e)
