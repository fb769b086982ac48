# Frames that outlive their call keep their caller in f_back (CPython keeps
# it alive), sys._getframe chains, locals() of nested calls, frames kept by
# tracebacks and inspected later, tracebacks through many frames, frames of
# generators that call functions.
import sys
import gc


def inner(k):
    return sys._getframe(k)


def middle(k):
    m = "middle-local"
    return inner(k)


def outer(k):
    o = [1, 2, 3]
    return middle(k)


for k in range(3):
    fr = outer(k)
    chain = []
    while fr is not None:
        chain.append(fr.f_code.co_name)
        fr = fr.f_back
    print(k, chain)

fr = outer(0)
print(fr.f_back.f_locals, fr.f_back.f_back.f_locals, fr.f_back.f_lineno)
print(fr.f_back.f_back.f_back is sys._getframe())
del fr


def nested_locals(a):
    b = a * 2

    def f2(c):
        d = c + b
        return locals(), sorted(sys._getframe().f_back.f_locals)

    return f2(a + 1)


print(nested_locals(5))


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def raiser(n):
    t = Tracked("raiser%d" % n)
    if n == 0:
        raise ValueError("bottom")
    return raiser(n - 1)


def catcher():
    keep = Tracked("catcher")
    try:
        raiser(3)
    except ValueError as e:
        return e


e = catcher()
print("caught", e)
tb = e.__traceback__
names = []
while tb is not None:
    names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, sorted(tb.tb_frame.f_locals)))
    tb = tb.tb_next
print(names)
last = e.__traceback__
while last.tb_next:
    last = last.tb_next
fr = last.tb_frame
chain = []
while fr is not None:
    chain.append(fr.f_code.co_name)
    fr = fr.f_back
print(chain)
print("dropping")
del e, last, tb
gc.collect()
print("dropped")


def deep(n):
    if n == 0:
        raise KeyError(n)
    deep(n - 1)


try:
    deep(200)
except KeyError as exc:
    count = 0
    tb = exc.__traceback__
    while tb is not None:
        count += 1
        tb = tb.tb_next
    print("traceback entries", count)
    f = exc.__traceback__.tb_next.tb_frame
    d = 0
    while f is not None:
        d += 1
        f = f.f_back
    print("f_back depth", d)


def callee_of_gen(x):
    return sys._getframe()


def gen():
    for i in range(2):
        fr = callee_of_gen(i)
        yield fr.f_back.f_code.co_name, fr.f_back is sys._getframe(), fr.f_locals


g = gen()
print(next(g))
print(next(g))
print(g.gi_frame.f_back)
kept = [callee_of_gen(i) for i in range(2)]
print([k.f_back.f_code.co_name for k in kept])
print(sys.getrefcount(sys._getframe()) > 1)
