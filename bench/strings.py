# String building, splitting, joining, formatting and methods.
words = []
for i in range(60000):
    words.append(f"w{i % 997:04d}-{i * 31 % 1000}")
text = " ".join(words)
parts = text.split()
upper = [p.upper() for p in parts if p.endswith("7")]
joined = ",".join(sorted(set(upper)))
n = 0
for p in parts:
    if p.startswith("w01"):
        n += len(p.replace("-", "")) + p.find("9")
line = "%s|%5d|%-8s|%.3f" % ("x", 42, "abc", 3.14159)
print(len(text), len(upper), len(joined), n, line)
