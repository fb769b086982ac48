# An uncaught exception with a long __cause__ chain: CPython prints the whole
# chain (pym once stopped after 64 links).
e = None
for i in range(80):
    try:
        raise ValueError(i) from e
    except ValueError as x:
        e = x
raise e
