# Tight loops over ranges with int arithmetic and comparisons.
total = 0
for i in range(10000):
    for j in range(300):
        if (i ^ j) & 1:
            total += i * j % 7
        else:
            total -= j
print(total)
