# Attribute order of plain instances: insertion order, per instance, even
# when instances of one class add their attributes in different orders.

class P:
    pass

a = P()
a.x = 1
a.y = 2
a.z = 3
b = P()
b.z = 30
b.x = 10
b.y = 20
c = P()
c.y = 200
print(vars(a))
print(vars(b))
print(vars(c))
print(list(b.__dict__), list(b.__dict__.values()), list(b.__dict__.items()))

# del then re-add moves the attribute to the end
d = P()
d.x = 1
d.y = 2
d.z = 3
del d.x
print(vars(d))
d.x = 4
print(vars(d))

# overwriting keeps the position
d.y = 'yy'
print(vars(d))

# attributes set in __init__
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

pts = [Point(i, -i) for i in range(5)]
print(pts, [vars(p) for p in pts])
pts[2].label = 'two'
print(vars(pts[2]), vars(pts[3]))

# dir() lists instance attributes and class attributes, sorted
class Q:
    cls_attr = 1
    def meth(self):
        pass

q = Q()
q.b = 1
q.a = 2
print([n for n in dir(q) if not n.startswith('__')])
print(q.__dict__)

# an instance without attributes
e = P()
print(vars(e), e.__dict__ == {})
e.w = 5
print(vars(e))

# hasattr / getattr with defaults / setattr / delattr with computed names
name = ''.join(['a', 'b', 'c'])
setattr(e, name, 7)
print(hasattr(e, 'abc'), getattr(e, 'abc'), e.abc, getattr(e, 'nope', 'dflt'))
delattr(e, name)
print(hasattr(e, 'abc'), vars(e))
