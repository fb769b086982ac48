# tuple: construction, indexing, slicing, operators, hash, methods
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t = (1, 2, 3, 2, 1)
print(t, t[0], t[-1], t[1:3], t[::-1], t[::2], t[10:], t.count(2), t.index(2), t.index(1, 1))
print((), (1,), ('a',), ((1, 2),), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
show(lambda: t[5])
show(lambda: t['x'])
show(lambda: t.index(9))
show(lambda: (1,) + [2])
show(lambda: (1,) * 'x')
print((1, 2) + (3,), (1, 2) * 2, 2 * (0,), (1,) * 0, () + ())
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 5), (1, 2) == (1, 2), (1,) != (1,), (1, 2) <= (1, 2), (3,) >= (2, 9))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1,)), hash(('a',)) == hash(('a',)))
print(hash((1, 2)) == hash((1.0, 2)), hash((True, False)) == hash((1, 0)))
show(lambda: hash((1, [2])))
print(2 in t, 9 in t, len(t))
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
a, b, c = (1, 2, 3)
print(a, b, c)
d = {(1, 2): 'pair', (): 'empty'}
print(d[(1, 2)], d[()])
class P(tuple):
    pass
p = P([1, 2])
print(p, type(p).__name__, len(p), p + (3,), isinstance(p, tuple))
t = ([],)
t[0].append(t)
print(t)
print(tuple(reversed((1, 2, 3))), list(iter((4, 5))))
e = ()
print(tuple(e) is e, tuple([]) == e)
