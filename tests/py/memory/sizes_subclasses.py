# sys.getsizeof of functions and of instances of subclasses of built-in
# types, as CPython 3.11 on 64-bit Linux.
import sys

def f():
    pass
print("function", sys.getsizeof(f), sys.getsizeof(lambda x: x))

class I(int):
    pass
print("int subclass", sys.getsizeof(I(0)), sys.getsizeof(I(5)), sys.getsizeof(I(2**40)),
      sys.getsizeof(I(-2**90)))
print("int.__sizeof__ of a subclass", I(7).__sizeof__())

class S(str):
    pass
print("str subclass", sys.getsizeof(S("")), sys.getsizeof(S("abc")), sys.getsizeof(S("é" * 3)),
      sys.getsizeof(S("ā" * 3)), sys.getsizeof(S("\U0001F600" * 3)))
print("str.__sizeof__ of a subclass", S("abcd").__sizeof__())

class SS(str):
    __slots__ = ()
print("str subclass, no dict", sys.getsizeof(SS("abc")))

class E(Exception):
    pass
class V(ValueError):
    pass
print("exceptions", sys.getsizeof(Exception()), sys.getsizeof(ValueError("x")),
      sys.getsizeof(StopIteration()), sys.getsizeof(KeyError("k")))
print("exception subclasses", sys.getsizeof(E()), sys.getsizeof(E("a", "b")), sys.getsizeof(V()))

class L(list):
    pass
class D(dict):
    pass
class F(float):
    pass
class T(tuple):
    pass
print("others", sys.getsizeof(L()), sys.getsizeof(D()), sys.getsizeof(F(1.5)),
      sys.getsizeof(T((1, 2))))
