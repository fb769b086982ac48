for cls in [BaseException, Exception, ArithmeticError, LookupError, ValueError, TypeError, KeyError, IndexError, ZeroDivisionError, OverflowError, AttributeError, NameError, UnboundLocalError, RuntimeError, RecursionError, NotImplementedError, StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, OSError, FileNotFoundError, PermissionError, IOError, EOFError, ImportError, ModuleNotFoundError, AssertionError, UnicodeError, UnicodeDecodeError, MemoryError, SyntaxError, IndentationError, FloatingPointError, StopAsyncIteration if "StopAsyncIteration" in dir(__builtins__) else Exception]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:]])
e = ValueError("a", 2)
print(e, repr(e), e.args, str(ValueError()), repr(ValueError()), str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(repr(Exception("x",)), str(Exception(None)), repr(StopIteration(5)), StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
print(isinstance(FileNotFoundError(), OSError), IOError is OSError, EnvironmentError is OSError if "EnvironmentError" in dir(__builtins__) else True)
oe = OSError(2, "No such file", "f.txt"); print(oe, oe.errno, oe.strerror, oe.filename, type(oe).__name__, repr(OSError("x")))
fe = OSError(2, "nf"); print(type(fe).__name__)
class E(Exception):
    def __str__(self): return "custom str"
print(E(), repr(E()), repr(E(1)), E(1).args)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as t:
    print(repr(t.__context__), t.__cause__, t.__suppress_context__)
try:
    try: raise ValueError("v")
    finally: print("finally runs")
except ValueError: print("caught after finally")
def f():
    try: return "try"
    finally: print("fin in f")
print(f())
def g():
    try: return "try"
    finally: return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("loop finally", i)
h()
try: raise KeyError
except LookupError as e: print("lookup", repr(e))
try:
    raise ValueError("x") from None
except ValueError as e: print(e.__cause__, e.__suppress_context__)
def reraiser():
    try: 1 / 0
    except ZeroDivisionError:
        raise
try: reraiser()
except ZeroDivisionError as e: print("reraised", e)
try:
    raise Exception("a") from ValueError("b")
except Exception as e: print(repr(e.__cause__))
e1 = ValueError("x"); e2 = e1.with_traceback(None); print(e1 is e2, e1.__traceback__)
try: 1/0
except Exception as e: print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno)
try:
    raise ExceptionGroup("eg", [ValueError(1)]) if False else ValueError(1)
except (TypeError, ValueError) as e: print("tuple catch", e)
class Multi(ValueError, KeyError): pass
try: raise Multi("m")
except KeyError as e: print("multi", e)
try:
    try: raise Exception
    except Exception as e:
        del e
        raise
except Exception: print("bare raise after del ok")
try: raise
except RuntimeError as e: print(e)
def exc_in_except():
    try: raise ValueError
    except ValueError:
        try: raise TypeError
        except TypeError: pass
        raise
try: exc_in_except()
except ValueError: print("restored ValueError")
import sys
try: raise KeyError("kk")
except: print(sys.exc_info()[0].__name__, sys.exc_info()[1])
print(sys.exc_info())
e = Exception(); e.add_note("note1") if hasattr(e, "add_note") else None; print(getattr(e, "__notes__", None))
print(NotImplemented, Ellipsis, ..., repr(NotImplemented), type(...).__name__, type(NotImplemented).__name__, None.__class__.__name__)
try: raise NotImplementedError
except RuntimeError as e: print("NIE is RuntimeError", repr(e))
AE = AttributeError("msg"); print(AE.name if hasattr(AE, "name") else "", repr(AE))
try: [].foo
except AttributeError as e: print(e, e.name, e.obj)
try: undefined_name
except NameError as e: print(e, e.name)
try: import nosuch
except ImportError as e: print(e, e.name)
class WithArgs(Exception):
    def __init__(self, a, b):
        self.a = a; self.b = b
w = WithArgs(1, 2); print(w.args, str(w), repr(w))
class WithArgs2(Exception):
    def __init__(self, a, b):
        super().__init__(a); self.b = b
print(repr(WithArgs2(1, 2)), str(WithArgs2(1, 2)))
