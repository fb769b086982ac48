# len, abs, min, max, sum, sorted, reversed, enumerate, zip, map, filter
print(len([1, 2, 3]), len("abc"), len({}), len(range(10)), len((1,)))
print(abs(-5), abs(3.5), abs(-0.0), abs(True))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5, 0]), max("hello"))
print(min([3, 1, 2], key=lambda x: -x), max(["a", "bbb", "cc"], key=len))
print(min([], default="empty"), max((), default=None))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(101)), sum([], 5))
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True))
print(sorted(["bb", "a", "ccc"], key=len), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
print(list(enumerate("abc")), list(enumerate("ab", 10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), dict(zip("ab", [1, 2])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(list(filter(None, [0, 1, "", "x", None])), list(filter(lambda x: x % 2, range(7))))
print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), any(x > 2 for x in range(5)))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, -2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2.0, 3), pow(-8, 3, 7))
print(round(2.5), round(3.5), round(2.675, 2), round(1234, -2), round(-0.5), round(7))
print(round(3.14159, 3), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)

for args in [(), ([],)]:
    try:
        max(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    min(1, 2, default=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)
