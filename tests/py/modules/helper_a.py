# helper module for import tests (not a test itself: no .exp)
print("helper_a loading", __name__)
VALUE = 42
_private = "hidden"
__all__ = ["VALUE", "func"]

def func(x):
    return x * 2

class Thing:
    def __repr__(self):
        return "Thing()"
