# A larger text-processing program: word counts, a formatted report and a
# small tokenizer for arithmetic expressions, using many str features.

TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs away! Über-fast foxes don't wait: they run, run, RUN.
Numbers like 42, 3.14 and 1,000 appear too -- as do e-mail@example.com
and "quoted words" in 'single quotes'.
"""

PUNCT = ".,;:!?\"'()-"

def normalize(word):
    return word.strip(PUNCT).casefold()

def word_counts(text):
    counts = {}
    order = []
    for line in text.splitlines():
        for raw in line.split():
            w = normalize(raw)
            if not w:
                continue
            if w not in counts:
                counts[w] = 0
                order.append(w)
            counts[w] += 1
    return counts, order

def top_words(counts, order, n):
    pairs = [(counts[w], w) for w in order]
    pairs.sort(key=lambda p: (-p[0], p[1]))
    return pairs[:n]

def report(text):
    counts, order = word_counts(text)
    lines = text.splitlines()
    total = sum(counts.values())
    out = []
    title = " Text report "
    out.append(title.center(40, "="))
    out.append(f"{'lines':<20}{len(lines):>20}")
    out.append(f"{'words':<20}{total:>20}")
    out.append(f"{'distinct':<20}{len(counts):>20}")
    out.append(f"{'characters':<20}{len(text):>20,}")
    longest = max(order, key=len)
    out.append("{:<20}{:>20}".format("longest word", longest))
    out.append("-" * 40)
    for i, (c, w) in enumerate(top_words(counts, order, 6), 1):
        bar = "#" * c
        out.append("%2d. %-12s %3d %s" % (i, w, c, bar))
    out.append("-" * 40)
    caps = [w for w in " ".join(lines).split() if w[:1].isupper()]
    out.append("capitalized: " + ", ".join(caps))
    digits = [w.strip(PUNCT) for w in text.split() if any(ch.isdigit() for ch in w)]
    out.append("numeric-ish: %s" % digits)
    out.append("=" * 40)
    return "\n".join(out)

print(report(TEXT))

# ---- a small tokenizer ----
KEYWORDS = {"let": "LET", "print": "PRINT", "if": "IF", "else": "ELSE"}
OPS = ["**", "==", "!=", "<=", ">=", "+", "-", "*", "/", "(", ")", "=", "<", ">", ","]

def tokenize(src):
    toks = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if c == "#":
            j = src.find("\n", i)
            i = n if j < 0 else j
            continue
        if c.isdigit() or (c == "." and i + 1 < n and src[i + 1].isdigit()):
            j = i
            seen_dot = False
            while j < n and (src[j].isdigit() or (src[j] == "." and not seen_dot)):
                if src[j] == ".":
                    seen_dot = True
                j += 1
            text = src[i:j]
            toks.append(("FLOAT" if seen_dot else "INT", text))
            i = j
            continue
        if c.isalpha() or c == "_":
            j = i + 1
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            toks.append((KEYWORDS.get(word, "NAME"), word))
            i = j
            continue
        if c in "\"'":
            j = src.find(c, i + 1)
            if j < 0:
                raise SyntaxError("unterminated string at %d" % i)
            toks.append(("STRING", src[i + 1:j]))
            i = j + 1
            continue
        for op in OPS:
            if src.startswith(op, i):
                toks.append(("OP", op))
                i += len(op)
                break
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    return toks

prog = """let x = 3.5 * (y_1 + 42) # comment
print "héllo", x ** 2 != 7
if x >= .5 else z"""
for kind, text in tokenize(prog):
    print(f"{kind:<7}{text!r}")
for bad in ["let a = 'open", "x = 3 $ 4"]:
    try:
        tokenize(bad)
    except SyntaxError as e:
        print("SyntaxError:", e)

# ---- evaluate simple expressions from the tokens ----
def evaluate(src, env):
    toks = tokenize(src)
    pos = 0
    def peek():
        return toks[pos] if pos < len(toks) else ("EOF", "")
    def take():
        nonlocal pos
        t = toks[pos]
        pos += 1
        return t
    def atom():
        kind, text = take()
        if kind == "INT":
            return int(text)
        if kind == "FLOAT":
            return float(text)
        if kind == "NAME":
            return env[text]
        if text == "(":
            v = expr()
            take()
            return v
        if text == "-":
            return -atom()
        raise SyntaxError("unexpected " + repr(text))
    def power():
        v = atom()
        if peek() == ("OP", "**"):
            take()
            return v ** power()
        return v
    def term():
        v = power()
        while peek()[1] in ("*", "/"):
            op = take()[1]
            r = power()
            v = v * r if op == "*" else v / r
        return v
    def expr():
        v = term()
        while peek()[1] in ("+", "-"):
            op = take()[1]
            r = term()
            v = v + r if op == "+" else v - r
        return v
    return expr()

env = {"a": 2, "b": 10, "pi": 3.14159}
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "b / 4", "-a + b", "pi * a ** 2", "b - 3 - 2"]:
    v = evaluate(e, env)
    print("{:<14} = {!r:>10} | {:>10}".format(e, v, "%.3g" % v))

# ---- text wrapping and alignment ----
def wrap(text, width):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = w if not cur else cur + " " + w
    if cur:
        lines.append(cur)
    return lines

para = " ".join(TEXT.split())
for ln in wrap(para, 30):
    print("|" + ln.ljust(30) + "|" + ln.rjust(30) + "|")
table = [("Name", "Qty", "Price"), ("Äpfel", "3", "1.20"), ("Birnen", "12", "0.85"), ("Kiwi", "100", "0.30")]
widths = [max(len(row[i]) for row in table) for i in range(3)]
for row in table:
    print(" | ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)))
csv = "id,name,score\n1,ann,90\n2,bob,85\n3,cy,77\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
header, data = rows[0], rows[1:]
records = [dict(zip(header, r)) for r in data]
print(records)
print("avg score: %.2f" % (sum(int(r["score"]) for r in records) / len(records)))
print(", ".join("{name}={score}".format_map(r) for r in records))
