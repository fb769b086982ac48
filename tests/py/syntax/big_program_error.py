# A longer program whose syntax error sits near the end: nothing runs.
import sys


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


def total_area(shapes):
    return sum(s.area() for s in shapes)


def describe(shapes):
    for s in shapes:
        kind = "big" if s.area() > 10 else "small"
        print(f"{s!r:>20} {s.area():6.2f} {kind}")


def main(argv):
    shapes = [Rect(2, 3), Square(4), Rect(1, 1)]
    describe(shapes)
    print("total", total_area(shapes))
    try:
        Shape("x").area()
    except NotImplementedError as e:
        print("abstract", type(e).__name__)
    with open(__file__) as f:
        first = f.readline()
    print(first.strip())
    return 0


print("this never prints")
if __name__ == "__main__":
    sys.exit(main(sys.argv)
