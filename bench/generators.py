# Generators, generator expressions, yield from and generator pipelines.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def chained(n):
    yield from count_up(n)
    yield from count_up(n // 2)

total = 0
for r in range(20):
    total += sum(x * x for x in evens(count_up(50000)))
    total += sum(1 for _ in chained(20000))
    total += max(x % 1009 for x in range(30000))
print(total)
