# an exception raised while handling another (during finally / except)
def cleanup():
    raise RuntimeError("cleanup failed")

def work():
    try:
        [][1]
    finally:
        cleanup()

work()
