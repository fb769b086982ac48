TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
import sys
words = [w.strip(".,").lower() for w in TEXT.split()]
freq = {}
for w in words: freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(len(words), len(freq))
for w, c in top[:8]: print(f"{w:<12}{c:>3} {'*' * c}")
lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:02d}| {line[:40]:<40} |{len(line):>4}")
caps = [w for w in TEXT.replace(",", " ").split() if w[0].isupper()]
print(caps, " ".join(w.capitalize() for w in "hello big world".split()))
pairs = list(zip(words, words[1:]))
bigrams = {}
for p in pairs: bigrams[p] = bigrams.get(p, 0) + 1
print(sorted(bigrams.items(), key=lambda kv: -kv[1])[:3])
def wrap(text, width):
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line); line = w
        else:
            line = f"{line} {w}" if line else w
    if line: out.append(line)
    return out
for l in wrap(TEXT, 30): print(l.center(34, "."))
def caesar(s, k):
    res = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            res.append(chr((ord(ch) - base + k) % 26 + base))
        else: res.append(ch)
    return "".join(res)
enc = caesar("Hello, World!", 3); print(enc, caesar(enc, -3))
def rle(s):
    out = []; i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]: j += 1
        out.append(f"{j - i}{s[i]}"); i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
vowels = sum(1 for c in TEXT.lower() if c in "aeiou"); print("vowels", vowels, "ratio %.3f" % (vowels / len(TEXT)))
table = str.maketrans("aeiou", "AEIOU")
print(lines[0].translate(table))
print(repr(TEXT[:20]), ascii(TEXT[:5]), TEXT.count("it was"), TEXT.find("wisdom"), TEXT.rfind("it"))
csv = "name,age,city\nAnn,34,Oslo\nBob,27,Rome\nCid,45,Oslo\n"
rows = [dict(zip(csv.splitlines()[0].split(","), l.split(","))) for l in csv.splitlines()[1:]]
print(rows)
by_city = {}
for r in rows: by_city.setdefault(r["city"], []).append(r["name"])
print(by_city, sum(int(r["age"]) for r in rows) / len(rows))
print("{:<6}|{:>5}|{:^8}".format("name", "age", "city"))
for r in sorted(rows, key=lambda r: int(r["age"]), reverse=True): print("{name:<6}|{age:>5}|{city:^8}".format(**r))
sys.stdout.write("done\n")
