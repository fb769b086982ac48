# list: methods, indexing, slicing and their error messages
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

l = [5, 3, 8, 1]
l.append(9)
l.extend((2, 7))
l.extend(range(3))
l.insert(0, 100)
l.insert(-1, 200)
l.insert(1000, 300)
l.insert(-1000, 400)
print(l)
l.remove(8)
print(l, l.pop(), l.pop(0), l.pop(-2))
print(l.index(3), l.count(2), l.count(42))
show(lambda: l.index(42))
show(lambda: l.remove(42))
show(lambda: [].pop())
show(lambda: [1].pop(5))
print(l.index(9, 2), l.index(1, -4))
show(lambda: l.index(400, 1))
c = l.copy()
c.clear()
print(c, l == l.copy(), l is l.copy())
r = [1, 2, 3]
r.reverse()
print(r)
l = list(range(10))
print(l[2], l[-1], l[2:5], l[::2], l[::-1], l[7:2:-2], l[-3:], l[:100], l[100:])
show(lambda: l[10])
show(lambda: l[-11])
show(lambda: l['a'])
show(lambda: l[1.5])
def setitem(i, v):
    l[i] = v
    return l
show(lambda: setitem(0, 'zero'))
show(lambda: setitem(10, 0))
l[2:4] = ['a', 'b', 'c']
print(l)
l[::2] = range(6)
print(l)
def ext(v):
    l[::3] = v
show(lambda: ext([1, 2]))
del l[::2]
print(l)
del l[1]
del l[-1:]
print(l)
l[1:1] = [7, 7]
print(l)
l[:] = []
print(l)
l = list(range(10))
del l[8:1:-3]
print(l)
l[5:] = l
print(l)
def delit(i):
    del l[i]
show(lambda: delit(50))
show(lambda: delit('x'))
def badassign():
    l[0:2] = 5
show(badassign)
# operators
a = [1, 2]
b = a + [3]
a += (4, 5)
a *= 2
print(a, b, [0] * 3, 3 * [1, 2], [1] * -1, [1, 2] * 0)
show(lambda: [1] + (2,))
show(lambda: [1] * 'a')
show(lambda: [1] * 2.0)
x = [1, 2]
x += 'ab'
print(x)
x *= 0
print(x)
# comparisons and membership
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [1] != [1], [] <= [], [3] >= [3, 1])
print(2 in [1, 2, 3], 5 in [1, 2], 5 not in [1, 2])
show(lambda: [1, 2] < [1, 'a'])
nan = float('nan')
print(nan in [nan], [nan] == [nan])
# repr and recursion
r = [1, 'two', 3.0, None, (4,), [5]]
r.append(r)
print(r, repr([]), str([[]]))
print(list('abc'), list((1, 2)), list({1: 'a', 2: 'b'}), list(range(3, 0, -1)))
show(lambda: list(5))
show(lambda: list(1, 2))
print(len([1, 2, 3]), bool([]), bool([0]))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(list(reversed([1, 2, 3])), list([1, 2, 3].__reversed__()))
class MyList(list):
    pass
m = MyList([3, 1, 2])
m.sort()
print(m, type(m).__name__, len(m), m + [4], isinstance(m, list))
