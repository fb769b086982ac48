# exception chaining: __context__, __cause__, __suppress_context__
def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__),
          "| suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted")
except ValueError as e:
    show(e)

try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("explicit") from e
except RuntimeError as e:
    show(e)

try:
    try:
        [][1]
    except IndexError:
        raise TypeError("hidden") from None
except TypeError as e:
    show(e)

try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e:
    show(e)

try:
    try:
        raise KeyError("first")
    finally:
        print("finally runs")
except KeyError as e:
    show(e)

def reraise():
    try:
        raise OSError("disk")
    except OSError:
        raise
try:
    reraise()
except OSError as e:
    show(e)

try:
    try:
        raise ValueError("inner")
    except ValueError:
        try:
            raise TypeError("middle")
        except TypeError:
            raise KeyError("outer")
except KeyError as e:
    show(e)
    show(e.__context__)

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    try:
        1 / 0
    except 42:
        pass
except TypeError as e:
    print(e)

e1 = ValueError("one")
try:
    try:
        raise e1
    except ValueError as x:
        raise TypeError("two") from x
except TypeError as e2:
    try:
        try:
            raise e2
        except TypeError:
            raise e1
    except ValueError as e3:
        print(e3 is e1, repr(e3.__context__), repr(e2.__context__))

import sys
def handler():
    return sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    print(handler().__name__)
print(sys.exc_info())
