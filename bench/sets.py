# Set construction, membership, union/intersection/difference.
total = 0
for r in range(30):
    a = set(range(0, 40000, 2))
    b = set(range(0, 40000, 3))
    c = {str(i) for i in range(0, 10000, 7)}
    hits = 0
    for i in range(40000):
        if i in a and i not in b:
            hits += 1
    u = a | b
    n = a & b
    d = a - b
    x = a ^ b
    total += hits + len(u) + len(n) + len(d) + len(x) + ("700" in c)
print(total)
