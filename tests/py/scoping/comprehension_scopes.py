# comprehensions and generator expressions have their own scope
x = 'outer'
squares = [x * x for x in range(5)]
print(squares, x)

def f():
    n = 3
    return [i * n for i in range(n)], {i: n for i in range(2)}, {n for _ in 'ab'}

print(f())

def g():
    ys = [1, 2, 3]
    gen = (y * 2 for y in ys)
    ys = [10]
    return list(gen)

print(g())

def nested():
    return [[i * j for j in range(3)] for i in range(3)]

print(nested())

matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row if v % 2 == 0])

class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)

class L:
    n = 5
    try:
        bad = [n for _ in range(2)]
    except NameError as e:
        print(type(e).__name__, e)

def walrus():
    data = [1, 5, 2, 8]
    big = [y for v in data if (y := v * 10) > 20]
    return big, y

print(walrus())

print(sum(i for i in range(10)))
gen = (c.upper() for c in 'abc')
print(next(gen), list(gen))
print((lambda: [t for t in range(2)])())
print([(lambda q: q + k)(1) for k in range(3)])
