# More attributes than the shared keys hold (30 in CPython 3.11), names
# that are not identifiers, and str subclasses as names.

class M:
    pass

m = M()
for i in range(50):
    setattr(m, 'attr%d' % i, i)
print(len(vars(m)), list(vars(m))[:3], list(vars(m))[-3:])
print(m.attr0, m.attr29, m.attr30, m.attr49)
print(sum(getattr(m, 'attr%d' % i) for i in range(50)))
del m.attr10
print(hasattr(m, 'attr10'), len(vars(m)))

# a second instance: its first 30 names are shared, the rest are not
n = M()
for i in range(49, -1, -1):
    setattr(n, 'attr%d' % i, -i)
print(list(vars(n))[:3], n.attr5, n.attr45)
n2 = M()
n2.attr3 = 'three'
n2.fresh = 'f'
print(vars(n2))

# names that are not identifiers
setattr(n2, 'with space', 1)
setattr(n2, '', 2)
print(getattr(n2, 'with space'), getattr(n2, ''), list(vars(n2)))

# str subclass names
class Name(str):
    pass

x = M()
setattr(x, Name('sub'), 'S')
x.plain = 'P'
print(x.sub, getattr(x, Name('plain')), sorted(vars(x)))
try:
    setattr(x, 5, 1)
except TypeError as exc:
    print('TypeError:', exc)
try:
    getattr(x, None)
except TypeError as exc:
    print('TypeError:', exc)

# many instances sharing keys
objs = []
for i in range(200):
    o = M()
    o.a = i
    o.b = i * 2
    if i % 3 == 0:
        o.c = i * 3
    objs.append(o)
print(sum(o.a + o.b for o in objs), sum(o.c for o in objs if hasattr(o, 'c')))
print(vars(objs[3]), vars(objs[4]))

# unicode names
u = M()
setattr(u, 'héllo', 1)
u.ünïcode = 2
print(vars(u), u.héllo)
