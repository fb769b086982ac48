# Closures, nonlocal counters, lambdas and higher-order functions.
def make_adder(n):
    def add(x):
        return x + n
    return add

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

adders = [make_adder(i) for i in range(10)]
counter = make_counter()
total = 0
for i in range(150000):
    f = adders[i % 10]
    total += f(i) + counter()
    total += (lambda y: y * 2)(i) % 3
compose = lambda f, g: lambda x: f(g(x))
h = compose(make_adder(1), make_adder(2))
total += sum(map(h, range(50000)))
print(total)
