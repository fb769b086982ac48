# Dict insertion, lookup and deletion with str and int keys.
d = {}
for i in range(200000):
    d["k" + str(i)] = i
s = 0
for r in range(5):
    for i in range(0, 200000, 3):
        s += d["k" + str(i)]
counts = {}
for i in range(300000):
    k = i % 1000
    counts[k] = counts.get(k, 0) + 1
for i in range(0, 200000, 2):
    del d["k" + str(i)]
print(s, len(d), len(counts), counts[7])
