# class-heavy program for the allocation-failure walk (scripts/failalloc_walk.sh)
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.area():.2f})"

class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
    def area(self):
        return self.side * self.side

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
    @property
    def diameter(self):
        return 2 * self.r

class Tree:
    def __init__(self):
        self.children = []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

head = None
for i in range(50):
    head = Node(i, head)
total = 0
while head:
    total += head.value
    head = head.next
print("nodes", total)
shapes = [Square(i) if i % 2 else Circle(i) for i in range(20)]
print(sorted(shapes, key=lambda s: s.area())[:3])
print(Shape.count, sum(s.area() for s in shapes), Circle(3).diameter)
root = Tree()
for i in range(10):
    c = root.add(Tree())
    for j in range(3):
        c.add(Tree())
print(len(root.children), sum(len(c.children) for c in root.children))
del root
try:
    Shape("x").area()
except NotImplementedError as e:
    print("not implemented", type(e).__name__)
class Meta(type):
    def __call__(cls, *a):
        obj = super().__call__(*a)
        obj.made_by = "Meta"
        return obj
class P(metaclass=Meta):
    def __init__(self, x):
        self.x = x
print(P(3).made_by, P(4).x)
