# an exception with no message prints only its type
class Quiet(Exception):
    pass
try:
    raise Quiet()
except Quiet as e:
    print("caught", repr(e))
raise Quiet
