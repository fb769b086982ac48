# getattr setattr hasattr delattr vars dir iter next id hash callable
class P:
    cls_attr = 1
    def __init__(self):
        self.x = 10

p = P()
print(getattr(p, "x"), getattr(p, "y", "default"), hasattr(p, "x"), hasattr(p, "nope"))
setattr(p, "y", 20)
print(p.y, vars(p))
delattr(p, "y")
print(hasattr(p, "y"), sorted(vars(p)))
try:
    getattr(p, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(p, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)

calls = []
def counter():
    calls.append(1)
    return len(calls)
print(list(iter(counter, 4)))

print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
a = [1]
print(id(a) == id(a), id(a) != id([1]))
print("x" in dir(p), "cls_attr" in dir(p), "__init__" in dir(P))

def f():
    local_one = 1
    local_two = 2
    return sorted(locals().items()), dir()
print(f())
print("f" in globals(), globals()["__name__"])
