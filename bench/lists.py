# List comprehensions, sorting with keys, slicing, tuples.
data = [(i * 7919) % 10007 for i in range(100000)]
pairs = [(x % 100, x) for x in data]
pairs.sort()
by_key = sorted(data, key=lambda x: (x % 13, -x))
evens = [x for x in data if x % 2 == 0]
chunks = [sum(data[i:i + 100]) for i in range(0, len(data), 100)]
rev = data[::-1]
print(pairs[0], pairs[-1], by_key[:3], len(evens), max(chunks), rev[0])
