# Recursion inside except/finally/with, long exception chains built in a loop.
import sys
sys.setrecursionlimit(50)
def f(n): return f(n + 1)
try: f(0)
except RecursionError as e: print("low limit", e)
try: print(repr([[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]))
except RecursionError as e: print("repr", e)
sys.setrecursionlimit(1000)
# recursion inside except/finally handlers
def r(n):
    try:
        raise ValueError(n)
    except ValueError:
        return r(n + 1)
try: r(0)
except RecursionError: print("recursion in except")
def s(n):
    try:
        return s(n + 1)
    finally:
        pass
try: s(0)
except RecursionError: print("recursion in try/finally")
def t(n):
    with open(__file__) as fh:
        return t(n + 1)
try: t(0)
except (RecursionError, OSError) as e: print("recursion in with", type(e).__name__)
def gen(n):
    yield from gen(n + 1)
try: next(gen(0))
except RecursionError: print("yield from recursion")
class R:
    def __repr__(self): return "R" + repr([self])
try: repr(R())
except RecursionError: print("repr recursion via list")
def exc_chain(n):
    try:
        1/0
    except ZeroDivisionError:
        if n < 500: exc_chain(n + 1)
        else: raise
try: exc_chain(0)
except ZeroDivisionError as e:
    k = 0
    while e is not None: e = e.__context__; k += 1
    print("chain", k)
e = None
for i in range(10**5):
    try:
        raise ValueError from e
    except ValueError as x:
        e = x
print("long cause chain built")
del e
try:
    raise ValueError("outer")
except ValueError as v:
    v.__context__ = v
    try: raise v
    except ValueError as w: print("self context ok", w is v)
import gc; gc.collect()
print("end")
