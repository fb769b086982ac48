# range and slice objects
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

r = range(0, 10, 2)
print(r, range(5), range(1, 5), range(10, 0, -3), len(r), list(r), r[1], r[-1], r[1:3], r[::-1], r[::2])
print(range(10)[::-1], range(10)[2:8:3], range(0, 20, 5)[1:], range(3)[5:], list(range(10, 0, -3)))
print(4 in r, 5 in r, 10 in r, -2 in r, 4.0 in r, 'x' in r, r.index(6), r.count(4), r.count(5))
show(lambda: r.index(5))
show(lambda: r[5])
show(lambda: r['a'])
show(lambda: range(1, 2, 0))
show(lambda: range())
show(lambda: range(1, 2, 3, 4))
show(lambda: range(1.5))
show(lambda: range('a'))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 2, 5) == range(1, 3, 7), range(3) == range(4), range(3) != [0, 1, 2])
print(hash(range(3)) == hash(range(0, 3, 1)), hash(range(1, 2, 5)) == hash(range(1, 5, 9)))
print(r.start, r.stop, r.step, range(7).step, bool(range(0)), bool(range(2)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(reversed(range(0))))
print(sum(range(101)), list(range(-3, 3)), list(range(3, -3, -2)), len(range(-10, 10, 7)))
print(range(2 ** 40, 2 ** 40 + 3)[1], len(range(0, 2 ** 40, 3)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, 'done'))
s = slice(1, 5, 2)
print(s, slice(3), slice(1, 2), s.start, s.stop, s.step, slice(None).step)
print(s.indices(10), slice(None, None, -1).indices(5), slice(-3, None).indices(5), slice(100, -100, -7).indices(20))
show(lambda: slice(1, 2, 0).indices(5))
show(lambda: slice(1, 2).indices(-1))
show(lambda: slice())
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1) != slice(1))
show(lambda: hash(slice(1)))
l = list(range(10))
print(l[s], l[slice(None, None, -3)], 'abcdef'[slice(1, 4)], (1, 2, 3)[slice(-2, None)])
show(lambda: l[1:2:0])
show(lambda: l['a':2])
class I:
    def __index__(self):
        return 2
print(l[I()], l[I():], range(10)[I()], (5, 6, 7)[I()], l[:I()])
