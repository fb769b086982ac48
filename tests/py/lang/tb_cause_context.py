def f():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("during handling")
def g():
    try:
        f()
    except ValueError as e:
        raise RuntimeError("wrapped") from e
g()
