# Method calls on a small class hierarchy: bound methods, overrides, classmethods.
class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def twice(self):
        return self.get() * 2

    @classmethod
    def make(cls, v):
        return cls(v)

    @staticmethod
    def clamp(x):
        return x if x < 100 else 100


class Child(Base):
    def get(self):
        return self.v + 1


objs = [Base(3), Child(4), Base.make(5), Child.make(6)]
total = 0
for i in range(250000):
    o = objs[i & 3]
    total += o.twice() + o.get() + Base.clamp(i)
print(total)
