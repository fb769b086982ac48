try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked", repr(e), e.exceptions[0].__traceback__ is e.__traceback__, e.__traceback__)
def f():
    try:
        raise ValueError(1)
    except* ValueError:
        raise
f()
