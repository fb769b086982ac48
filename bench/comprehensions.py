# List, dict and set comprehensions, nested and filtered.
total = 0
for r in range(40):
    squares = [i * i for i in range(10000)]
    odd = [s for s in squares if s & 1]
    table = {i: i % 97 for i in range(5000)}
    residues = {v for v in table.values()}
    grid = [[x * y for x in range(30)] for y in range(30)]
    flat = [v for row in grid for v in row if v % 3 == 0]
    total += len(odd) + len(residues) + sum(flat) + table[4321]
print(total)
