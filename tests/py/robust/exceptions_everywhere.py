# Exceptions raised in finally/except/__exit__/generator close, class bodies,
# metaclasses, exec/eval of bad code, closed files, input() at EOF.
import sys
def f1():
    try:
        raise ValueError("a")
    finally:
        raise KeyError("b")
try: f1()
except KeyError as e: print("f1", repr(e), repr(e.__context__))
def f2():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("c")
try: f2()
except TypeError as e: print("f2", repr(e), repr(e.__context__))
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit")
try:
    with CM():
        raise ValueError("body")
except RuntimeError as e: print("cm", repr(e), repr(e.__context__))
class CM2:
    def __enter__(self): raise OSError("enter")
    def __exit__(self, *a): print("never")
try:
    with CM2(): print("never")
except OSError as e: print("cm2", e)
class CM3:
    def __enter__(self): return 1
    def __exit__(self, *a): return True
with CM3():
    raise ValueError
print("suppressed")
class CM4:
    pass
try:
    with CM4(): pass
except TypeError as e: print("cm4", e)
class CM5:
    def __enter__(self): return 1
try:
    with CM5(): pass
except (TypeError, AttributeError) as e: print("cm5", type(e).__name__, e)
def gen():
    try:
        yield 1
    finally:
        raise KeyError("close")
g = gen(); next(g)
try: g.close()
except KeyError as e: print("close", repr(e))
def gen2():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = gen2(); next(g)
try: g.close()
except RuntimeError as e: print("close2", e)
def gen3():
    yield next(g3)
g3 = gen3()
try: next(g3)
except ValueError as e: print("reentrant", e)
def gen4():
    yield 1
    return 5
g = gen4()
print(next(g))
try: next(g)
except StopIteration as e: print("stop", e.value)
try: next(g)
except StopIteration as e: print("stop again", e.value)
def gen5():
    raise StopIteration
    yield
try: list(gen5())
except RuntimeError as e: print("gen5", e, repr(e.__cause__))
g = gen4()
try: g.throw(ValueError("thrown"))
except ValueError as e: print("throw fresh", e)
print(list(g))
def gen6():
    while True:
        try: yield
        except ValueError: print("caught in gen")
g = gen6(); next(g); g.throw(ValueError); g.close(); print("gen6 closed")
try: g.send(1)
except StopIteration: print("send after close")
g = gen4()
try: g.send(5)
except TypeError as e: print(e)
try:
    class Bad:
        raise NameError("in class body")
except NameError as e: print("class body", e)
class Meta(type):
    def __new__(m, n, b, d):
        raise TypeError("meta refuses")
try:
    class X(metaclass=Meta): pass
except TypeError as e: print("meta", e)
try:
    class Y(metaclass=5): pass
except TypeError as e: print("meta5", e)
try:
    class Z(1): pass
except TypeError as e: print("base int", e)
try:
    class W(int, str): pass
except TypeError as e: print("layout", e)
try:
    class V(object, object): pass
except TypeError as e: print("dup base", e)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class A3(A1, A2): pass
except TypeError as e: print("metaclass conflict", e)
class O1: pass
class O2(O1): pass
try:
    class O3(O1, O2): pass
except TypeError as e: print("mro", e)
try:
    exec("def f(:\n pass")
except SyntaxError as e: print("exec syntax", e.msg, e.lineno)
try: eval("1 +")
except SyntaxError as e: print("eval syntax", e.msg)
try: eval("")
except SyntaxError as e: print("eval empty", e.msg)
try: eval("x = 1")
except SyntaxError as e: print("eval stmt", e.msg)
try: exec(123)
except TypeError as e: print("exec int", e)
try: eval("\0")
except (SyntaxError, ValueError) as e: print("nul", type(e).__name__, e)
try: exec("return 5")
except SyntaxError as e: print("exec return", e.msg)
try: exec("yield 5")
except SyntaxError as e: print("exec yield", e.msg)
try: exec("break")
except SyntaxError as e: print("exec break", e.msg)
try: eval("(" * 300 + ")" * 300)
except (SyntaxError, RecursionError, MemoryError) as e: print("deep parens", type(e).__name__)
try: eval("-" * 100000 + "1")
except (SyntaxError, RecursionError, MemoryError) as e: print("deep unary", type(e).__name__)
try: eval("[" * 100000 + "]" * 100000)
except (SyntaxError, RecursionError, MemoryError) as e: print("deep list", type(e).__name__)
try: eval("1" + "+1" * 1000000)
except (SyntaxError, RecursionError, MemoryError) as e: print("long sum", type(e).__name__)
try: exec("if 1:\n" + "".join(" " * i + "if 1:\n" for i in range(1, 200)) + " " * 200 + "pass\n")
except (SyntaxError, IndentationError, RecursionError, MemoryError) as e: print("deep if", type(e).__name__, e.msg if hasattr(e, 'msg') else e)
f = open(__file__)
f.close()
try: f.read()
except ValueError as e: print("closed", e)
try: f.readline()
except ValueError as e: print("closed", e)
try:
    for l in f: pass
except ValueError as e: print("closed iter", e)
try: input()
except EOFError as e: print("EOF", repr(e))
try: input("prompt> ")
except EOFError as e: print("EOF2", repr(e))
sys.stdout.flush()
