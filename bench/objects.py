# Instances, attribute access, method calls, properties, inheritance.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm2(self):
        return self.dot(self)


class Particle(Vec):
    def __init__(self, x, y, mass):
        super().__init__(x, y)
        self.mass = mass

    def step(self, v):
        self.x += v.x
        self.y += v.y


ps = [Particle(i, -i, i % 5 + 1) for i in range(1000)]
v = Vec(1, 2)
acc = 0
for r in range(1000):
    for p in ps:
        p.step(v)
        acc += p.norm2 % 11
print(acc, ps[10].x, ps[10].y)
