# string-heavy program for the allocation-failure walk (scripts/failalloc_walk.sh)
words = "the quick brown fox jumps over the lazy dog".split()
counts = {}
for w in words * 5:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
s = "-".join(w.upper() for w in words)
print(s, len(s), s.lower().count("o"))
print(s.replace("-", " ").title(), s[::-1][:10])
parts = []
for i in range(100):
    parts.append(f"{i:03d}:{i * i:>6}|{hex(i)}")
text = "\n".join(parts)
print(len(text), text.splitlines()[42], text.find("099"))
print("%s=%d %.3f %r" % ("x", 42, 3.14159, "q"))
print("{:^20}|{:<5}|{:>5}".format("centre", "l", "r"))
b = "héllo wörld".encode("utf-8")
print(b, b.decode("utf-8"), len(b))
print(repr("tab\there"), ascii("é"), str(12345678901234567890))
print(" ".join(sorted(set("mississippi"))), "abc" * 3, "x".center(9, "*"))
print([w for w in words if w.startswith("t") or w.endswith("g")])
print("".join(chr(ord(c) + 1) for c in "HAL"), "a,b,,c".split(","), "  pad  ".strip())
