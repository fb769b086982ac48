# KeyError shows the repr of the key; output printed before the error is kept
counts = {"a": 1}
for k in "ab":
    print(k, counts.get(k))
print(counts["b"])
