def work():
    raise ExceptionGroup("batch", [ValueError("v"), TypeError("t"), KeyError("k")])

try:
    work()
except* ValueError as e:
    print("handled", repr(e))
except* TypeError:
    raise RuntimeError("replaced")
