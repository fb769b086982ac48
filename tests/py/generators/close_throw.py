# throw/close forms, GeneratorExit, finalization of unfinished generators
def g1():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally g1")

g = g1()
next(g)
print(g.close())
print(g.close())

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", repr(e))
g = catcher()
next(g)
g.throw(ValueError)
g.throw(ValueError("x"))
g.throw(ValueError, "y")
for args in [(1,), (ValueError(), 1), (ValueError, 1, 1)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    g.throw(KeyError("stop"))
except KeyError as e:
    print("propagated", repr(e))
print(g.gi_frame)
try:
    next(g)
except StopIteration:
    print("exhausted")

def fresh():
    print("never runs")
    yield 1
g = fresh()
g.close()
print(list(g))
g = fresh()
try:
    g.throw(IndexError("early"))
except IndexError as e:
    print("early throw", e)

def finalized():
    try:
        yield 1
    finally:
        print("finalizer ran")
g = finalized()
next(g)
del g
print("after del")

def ret_in_finally():
    try:
        yield 1
    finally:
        return "value"
g = ret_in_finally()
next(g)
print(g.close())

def exc_state():
    try:
        raise KeyError("inside")
    except KeyError:
        yield 1
        import sys
        yield repr(sys.exc_info()[1])
g = exc_state()
next(g)
try:
    raise ValueError("outside")
except ValueError:
    print(next(g))
import sys
print(sys.exc_info())
