# dir() of more built-in types, sorted: CPython 3.11's lists are the expectation
import collections, types, weakref, sys

def gen():
    yield
async def coro():
    pass
async def agen():
    yield
def f():
    x = 1
    def g():
        return x
    return g
c = coro()
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
objs = [
    ("generator", type(gen())), ("coroutine", type(c)), ("async_generator", type(agen())),
    ("function", types.FunctionType), ("method", types.MethodType),
    ("builtin_function_or_method", types.BuiltinFunctionType), ("module", types.ModuleType),
    ("cell", types.CellType), ("traceback", types.TracebackType),
    ("NoneType", type(None)), ("ellipsis", type(...)),
    ("property", property), ("enumerate", enumerate), ("map", map), ("filter", filter),
    ("deque", collections.deque), ("UnionType", types.UnionType),
    ("ExceptionGroup", ExceptionGroup), ("BaseExceptionGroup", BaseExceptionGroup),
    ("Exception", Exception), ("StopIteration", StopIteration), ("SyntaxError", SyntaxError),
    ("KeyError", KeyError), ("ImportError", ImportError),
    ("weakref", weakref.ref), ("dict_keys", type({}.keys())), ("dict_values", type({}.values())),
    ("dict_items", type({}.items())),
]
for name, t in objs:
    print(name, sorted(dir(t)))
c.close()

# the new entries work as in CPython
co = coro()
print("cr_origin", co.cr_origin)
co.close()
print(collections.deque[int], weakref.ref[int], ExceptionGroup[ValueError], type(agen())[int])
print(bool(collections.deque()), bool(collections.deque([0])))
try:
    collections.deque([1]) * [1]
except TypeError as e:
    print("TypeError:", e)
print(collections.deque([1]) + collections.deque([2]))
m = types.ModuleType("m")
print("module annotations", m.__annotations__, "__annotations__" in m.__dict__)
m.__annotations__ = {"a": int}
print(m.__annotations__)
del m.__annotations__
try:
    del m.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
print("text_signature", type(sys.getsizeof.__text_signature__).__name__ in ("str", "NoneType"))
class K:
    def m(self):
        return "m"
bound = K().m
class Holder:
    attr = bound
print("bound method on a class", Holder.attr is bound, Holder().attr is bound, Holder().attr())
