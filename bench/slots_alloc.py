# Allocation of many small instances, with and without __slots__.
class Plain:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


class Slotted:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


total = 0
for r in range(5):
    a = [Plain(i, i + 1, i + 2) for i in range(60000)]
    b = [Slotted(i, i + 1, i + 2) for i in range(60000)]
    total += sum(p.y for p in a) + sum(s.z for s in b)
    del a, b
print(total)
