# enumerate, zip, map, filter, reversed, iter(callable, sentinel), sequence iterator
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate('abc')), list(enumerate(['x', 'y'], 5)), list(enumerate([], 3)))
print(list(enumerate('ab', start=-1)), list(enumerate(iterable='ab')), list(enumerate('ab', 2 ** 70)))
print(list(zip('abc', [1, 2, 3])), list(zip('abcd', range(2))), list(zip()), list(zip([1, 2])))
print(list(zip('ab', 'cd', 'ef', strict=True)))
show(lambda: list(zip([1, 2, 3], [1], strict=True)))
show(lambda: list(zip([1], [1, 2], strict=True)))
show(lambda: list(zip([1, 2], [1, 2], [3], strict=True)))
show(lambda: list(zip([1, 2], [1, 2], [3, 4, 5], strict=True)))
show(lambda: zip(1))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
show(lambda: map(abs))
show(lambda: list(map(int, ['1', 'x'])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(bool, [0, 2])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))))
show(lambda: reversed(5))
show(lambda: reversed({1, 2}))
show(lambda: reversed(iter([1])))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq(), list(iter(Seq())))
class R:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(R())))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
show(lambda: reversed(NoRev()))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
class Old:
    def __getitem__(self, i):
        if i > 2:
            raise StopIteration
        return 'item%d' % i
print(list(Old()), list(enumerate(Old())))
e = enumerate('ab')
print(next(e), next(e), next(e, None), type(e).__name__, type(zip()).__name__, type(map(abs, [])).__name__)
print(type(filter(None, [])).__name__, type(reversed([])).__name__, type(iter(range(1))).__name__, type(iter([])).__name__)
print(type(iter(())).__name__, type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(iter(set())).__name__)
print(type(reversed({})).__name__, type(iter(Old())).__name__, type(iter(tick, 1)).__name__)
print(dict(enumerate('xy')), dict(zip('ab', 'cd')), sorted(map(len, ['aaa', 'b', 'cc'])))
print(list(zip(*[(1, 'a'), (2, 'b')])))
pairs = list(enumerate(zip('ab', 'cd')))
print(pairs)
class MyEnum(enumerate):
    pass
print(list(MyEnum('q')), isinstance(MyEnum('q'), enumerate))
