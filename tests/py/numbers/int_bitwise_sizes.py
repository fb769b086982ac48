# &, | and ^ on ints of every size around the one-, two- and three-digit
# boundaries (2**30, 2**60), both signs, as the k-nucleotide counter uses them.
vals = [0, 1, -1, 5, -6, 2**29, 2**30 - 1, 2**30, -2**30, 2**30 + 7, -(2**30 + 7),
        2**36 - 1, 2**59 + 3, 2**60 - 1, -(2**60 - 1), 2**60, -2**60, 2**61 + 9,
        -(2**61 + 9), 2**90 + 12345, -(2**90 + 1), 3**50]
acc = 0
for i, x in enumerate(vals):
    for j, y in enumerate(vals):
        a, o, e = x & y, x | y, x ^ y
        acc = (acc * 31 + (a % 1000003) + 7 * (o % 1000003) + 13 * (e % 1000003)) % (2**61 - 1)
        if (i * len(vals) + j) % 37 == 0:
            print(x, y, a, o, e)
print(acc)
mask = (1 << 36) - 1
bits = 0
seen = {}
for k in range(2000):
    bits = (bits * 4 + k % 4) & mask
    seen[bits & ((1 << 24) - 1)] = seen.get(bits & ((1 << 24) - 1), 0) + 1
print(bits, len(seen), sum(seen.values()), max(seen.values()))
print(type((2**40) & 3).__name__, (2**40 + 1) & 3, -(2**40) | 1, ~(2**45) ^ 2**44)
