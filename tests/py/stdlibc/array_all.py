import sys
import array as arraymod
from array import array

print(arraymod.typecodes, arraymod.ArrayType is array, array.__module__, type(iter(array('i'))).__name__)
for tc in arraymod.typecodes:
    a = array(tc, 'xyz' if tc == 'u' else [1, 2, 3])
    print(tc, a, a.itemsize, a.typecode, len(a), a.tolist(), a.tobytes()[:8], sys.getsizeof(a), a.__sizeof__())
a = array('i', [1, 2, 3, 4, 5])
print(a[0], a[-1], a[1:3], a[::-1], a[::2], a[10:], 3 in a, 9 in a, a.count(2), a.index(4), a.index(2, 1, 3))
a.append(6); a.extend([7, 8]); a.extend(array('i', [9])); a.insert(0, 0); a.insert(-1, 99); a.insert(100, 10)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(5); a.reverse(); print(a); a.byteswap(); print(a[0] == 9 << 24, a.tobytes()[:4]); a.byteswap()
a[1:3] = array('i', [0]); print(a); del a[::2]; print(a); a[0:0] = array('i', [7, 8]); print(a)
a[::2] = array('i', [0] * len(a[::2])); print(a); a[1:2] = a; print(a); del a[1]; print(a)
b = array('d', [1.5, 2.5]); b.byteswap(); print(b.tobytes()); b.byteswap(); print(b)
print(array('i', [1, 2]) == array('l', [1, 2]), array('i', [1]) < array('b', [2]), array('i') == [],
      array('f', [1.0]) == array('d', [1.0]), array('i', [1, 2]) > array('i', [1]), array('i', [2]) >= array('i', [2]))
c = array('i', [1, 2]); c *= 2; print(c); c += array('i', [5]); print(c, c * 0, 0 * c, 2 * array('b', [1]))
print(array('i', [1]) + array('i', [2]), c * -1)
print(array('u', 'hi').tounicode(), array('b', b'\x01\xff').tolist(), array('B', b'\x01\xff').tolist(), array('h', [1, -1]).tobytes())
x = array('i'); x.fromlist([1, 2]); x.frombytes(b'\x03\x00\x00\x00'); x.extend((4,)); x.frombytes(bytes(4)); print(x)
try:
    x.fromlist([6, 'a'])
except TypeError as e:
    print(e, x)
u = array('u', 'ab'); u.fromunicode('cd'); u.append('e'); print(u, u.tounicode(), u[1])
print(array('q', [2**63 - 1]), array('Q', [2**64 - 1]), array('f', [1e40]), array('d', [float('nan')]), array('f', [0.1]))
print(list(reversed(array('i', [1, 2]))), sum(array('d', [0.5] * 4)), array('i', [3, 1, 2])[-1], array('i', range(5)), array('i', iter([1])))
print(array('i', array('i', [4, 5])), array('d', array('i', [4, 5])), array('b', (1, 2)))
info = array('i', [1, 2]).buffer_info(); print(type(info[0]).__name__, info[1])
e = array('i'); sizes = []
for i in range(40):
    e.append(i)
    sizes.append(e.__sizeof__())
print(sizes)
for i in range(30):
    e.pop()
print(e.__sizeof__(), array('b', b'abcdefgh').__sizeof__(), array('u', 'abc').__sizeof__(), array('i', iter(range(10))).__sizeof__())
print(array('i', [1, 2]).__reduce_ex__(2)[1], array('i').__copy__(), array('b', [1]).__deepcopy__({}))
class MyArr(array):
    pass
m = MyArr('i', [1]); m.tag = 'x'; print(m, type(m).__name__, m + array('i', [2]), type(m[:]).__name__)

for tc in 'bBuhHiIlLqQfd':
    for v in ['x', 1.5, 2**70, -2**70, 300, -300, 70000, -70000, 2**33, -1, 2**63, 2**64]:
        try:
            array(tc, [v])
        except Exception as ex:
            print(tc, repr(v), type(ex).__name__, ex)
for f in [lambda: array('z'), lambda: array(1), lambda: array('ab'), lambda: array('b', 'abc'), lambda: array(),
          lambda: array('i', [1]) + [1], lambda: array('i') + array('b'), lambda: array('i', [1])[5],
          lambda: array('i').pop(), lambda: array('i', [1]).pop(3), lambda: array('i', [1]).remove(5), lambda: array('i', [1]).index(5),
          lambda: array('i', [1]).__setitem__(slice(0, 1), [1]), lambda: hash(array('i')), lambda: array('i', [1]) < [1],
          lambda: array('u', 'a').__setitem__(0, 5), lambda: array('i').frombytes(b'abc'), lambda: array('i').fromlist((1,)),
          lambda: array('i').tounicode(), lambda: array('i').fromunicode('a'), lambda: array('i', [1]) * 'a',
          lambda: array('i').extend([1, 'a']), lambda: array('i').extend(array('b')), lambda: array('i', [1])['a'],
          lambda: array('i').insert('a', 1), lambda: array('i', [1, 2]).byteswap(1), lambda: array('b', [1]).__setitem__(0, 999),
          lambda: array('i', [1, 2, 3]).__setitem__(slice(None, None, 2), array('i', [1])), lambda: array('i', [1]).__setitem__(3, 1),
          lambda: array('i', [1]).__delitem__(3), lambda: array('b', array('u', 'a')), lambda: array('i', [1]).__iadd__([2])]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
