# A class hierarchy with super() calls, properties and method overrides.
class Shape:
    def __init__(self, name):
        self._name = name

    @property
    def name(self):
        return self._name

    def area(self):
        return 0.0

    def describe(self):
        return len(self.name) + self.area()


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

    @property
    def side(self):
        return self.w

    def describe(self):
        return super().describe() + self.side


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


total = 0.0
for i in range(60000):
    shapes = (Rect(i % 7, 3), Square(i % 5), Circle(i % 3))
    for s in shapes:
        total += s.describe()
print(round(total, 3))
