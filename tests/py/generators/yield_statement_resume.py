# A `yield v` statement resumed by next() / send(None) / send(x): the value
# sent is dropped, the frame's line is the yield's while suspended, and an
# error right after the yield reports the line after it.
import sys

def g():
    yield 1
    yield 2
    x = yield 3
    print("got", x is obj)
    yield 4
    1 / 0

it = g()
print(next(it), it.gi_frame.f_lineno - g.__code__.co_firstlineno)
print(it.send(None), it.gi_frame.f_lineno - g.__code__.co_firstlineno)
obj = object()
before = sys.getrefcount(obj)
print(it.send(obj) if False else next(it))
print(it.send(obj), sys.getrefcount(obj) - before)
try:
    it.send(obj)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("ZeroDivisionError at", tb.tb_lineno - g.__code__.co_firstlineno)
print(sys.getrefcount(obj) - before, it.gi_frame)

def h():
    while True:
        yield
print(sum(1 for _, _ in zip(range(1000), h())))

def k():
    try:
        yield "a"
    finally:
        print("closed")
c = k()
print(next(c))
c.close()
d = k()
next(d)
try:
    d.throw(ValueError("v"))
except ValueError as e:
    print("thrown", e)
