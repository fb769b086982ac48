import sys
print(list[int], dict[str, int], tuple[int, ...], tuple[()], type[int], list[list[int]], set[frozenset[str]], dict[str, list[int]])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, type(a), type(a).__name__, type(a).__module__ if hasattr(type(a), '__module__') else '')
print(a == list[int], a != list[str], hash(a) == hash(list[int]), a == list, {list[int]: 1}[list[int]])
print(a(), a([1, 2]), a.__name__, a.append is list.append, list[int]('ab'))
for e in ['isinstance([], list[int])', 'issubclass(list, list[int])', 'list[int][str]', 'int[str]', 'isinstance(1, int | list[int])']:
    try: print(e, '->', eval(e))
    except Exception as ex: print(e, '!', type(ex).__name__, ex)
class A: pass
class G:
    def __class_getitem__(cls, item): return f"G[{item!r}] of {cls.__name__}"
print(list[A], G[int], G[1, 2])
class MyList(list[int]): pass
print(MyList.__bases__, MyList.__orig_bases__, MyList([3]), isinstance(MyList(), list))
u = int | None
print(u, type(u), u.__args__, int | str | None, (int | str) | (bytes | int), int | int, list[int] | None, None | int)
print(isinstance(1, int | str), isinstance('x', int | str), isinstance(None, int | None), isinstance(2.0, int | str), issubclass(bool, int | str), issubclass(float, int | str))
print((int | str) == (str | int), (int | str) == (int | bytes), hash(int | str) == hash(str | int), u.__parameters__)
for e in ['int | "x"', '1 | int', 'int | 3']:
    try: print(e, '->', eval(e))
    except Exception as ex: print(e, '!', type(ex).__name__, ex)
def f(x: list[int], y: dict[str, int] | None = None) -> tuple[int, ...]: return (1,)
print(f.__annotations__)
GA = type(list[int]); UT = type(int | str)
print(GA(list, (int,)), GA(dict, (str, int)) == dict[str, int], UT.__name__, GA.__name__)
print(sys.getsizeof(1j))
print(enumerate[int], list[int] | dict[str, int])
