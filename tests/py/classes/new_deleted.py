# A class that once had its own __new__ keeps the generic __new__ path after
# `del C.__new__` (CPython 3.11: tp_new stays slot_tp_new), so object.__new__
# sees the call's arguments and refuses them.

def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, getattr(r, "args", None))
    except TypeError as e:
        print(label, "TypeError:", e)


class Defined:
    def __new__(cls, *a):
        return object.__new__(cls)
del Defined.__new__
attempt("defined, no __init__, C(1)", lambda: Defined(1))
attempt("defined, no __init__, C()", lambda: Defined())
attempt("defined, no __init__, C(k=1)", lambda: Defined(k=1))


class DefinedInit:
    def __new__(cls, *a):
        return object.__new__(cls)
    def __init__(self, *a):
        self.args = a
del DefinedInit.__new__
attempt("defined, __init__, C(1)", lambda: DefinedInit(1))
attempt("defined, __init__, C()", lambda: DefinedInit())


class Assigned:
    pass
Assigned.__new__ = lambda cls, *a: object.__new__(cls)
attempt("assigned, C(1) while set", lambda: Assigned(1))
del Assigned.__new__
attempt("assigned, no __init__, C(1)", lambda: Assigned(1))
attempt("assigned, no __init__, C()", lambda: Assigned())


class AssignedInit:
    def __init__(self, *a):
        self.args = a
attempt("never set, __init__, C(1)", lambda: AssignedInit(1))
AssignedInit.__new__ = staticmethod(lambda cls, *a: object.__new__(cls))
del AssignedInit.__new__
attempt("assigned, __init__, C(1)", lambda: AssignedInit(1))
attempt("assigned, __init__, C()", lambda: AssignedInit())


# A subclass made after the del inherits the generic path too.
class Sub(Defined):
    pass
attempt("subclass after del, C(1)", lambda: Sub(1))


# A subclass made before the del follows its base.
class Base:
    def __new__(cls, *a):
        return object.__new__(cls)
class Early(Base):
    def __init__(self, *a):
        self.args = a
attempt("early subclass, C(1) before del", lambda: Early(1))
del Base.__new__
attempt("early subclass, C(1) after del", lambda: Early(1))
attempt("base after del, C(1)", lambda: Base(1))


# Never had a __new__: the plain messages.
class Plain:
    pass
attempt("plain, C(1)", lambda: Plain(1))
class PlainInit:
    def __init__(self, *a):
        self.args = a
attempt("plain, __init__, C(1)", lambda: PlainInit(1))


# Builtin bases: deleting a __new__ over int keeps the int path working.
class MyInt(int):
    def __new__(cls, *a):
        return int.__new__(cls, *a)
del MyInt.__new__
attempt("int subclass, C(7)", lambda: MyInt(7))
print(MyInt(7) + 1)


# object.__new__ put back explicitly behaves like the deleted case.
class Explicit:
    __new__ = object.__new__
attempt("__new__ = object.__new__, C(1)", lambda: Explicit(1))
