# Static types enter their bases' __subclasses__ registries lazily (when a
# registry is first read or added to): what every reader sees is what an
# eager registration gives -- every built-in subclass, each once, before the
# classes the program made, which keep their order.  (CPython's start-up
# imports add classes of their own, and its built-in order differs: the
# built-in names are compared sorted, the program's in order.)
import builtins, gc

mine = set()


def names(t):
    subs = t.__subclasses__()
    built = [c.__name__ for c in subs if builtins.__dict__.get(c.__name__) is c]
    made = [c.__name__ for c in subs if c.__name__ in mine]
    last_built = max([i for i, c in enumerate(subs) if c.__name__ in built] or [-1])
    first_made = min([i for i, c in enumerate(subs) if c.__name__ in made] or [len(subs)])
    assert len(set(subs)) == len(subs), t
    return sorted(built) + made + ([] if last_built < first_made else ['ORDER'])


# class statements add to registries that still have pending static entries
class MyLookup(LookupError):
    pass


class MyInt(int):
    pass


class MyLookup2(LookupError):
    pass


mine |= {'MyLookup', 'MyInt', 'MyLookup2', 'A', 'B', 'C', 'MyExc'}
print(names(LookupError))
print(names(int))
print(names(ArithmeticError), names(OSError))
print(names(ValueError), names(Warning))
print(names(ImportError), names(RuntimeError), names(NameError))
print(names(BaseException))
print(names(Exception))
print(names(object))


class MyExc(Exception):
    pass


print(names(Exception)[-3:], names(object)[-3:])


class Base:
    pass


class A(Base):
    pass


class B(Base):
    pass


class C(B, A):
    pass


print(names(Base), names(A), names(B))
del C
gc.collect()
print(names(A), names(B), names(MyInt), bool.__subclasses__())
print(issubclass(KeyError, LookupError), KeyError in LookupError.__subclasses__())
# gc.get_objects makes every registry (as an eagerly built interpreter's)
print(any(o is Base for o in gc.get_objects()), names(LookupError), names(ArithmeticError))
