def a(x):
    return b(x) + 1
def b(x):
    return [c(i) for i in range(x)]
def c(i):
    f = lambda y: 10 // y
    return f(i - 2)
class K:
    def meth(self):
        return sum(v for v in self.gen())
    def gen(self):
        yield 1
        yield a(3)
def main():
    k = K()
    return k.meth()
main()
