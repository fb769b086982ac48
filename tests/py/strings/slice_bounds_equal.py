# s[i:j] with every kind of bound (None, small and huge ints, negatives,
# bools, out of range) on strs of each kind and a str subclass, and str
# equality around the lengths where the comparison changes method (0-3,
# 4-7, 8-16, more), against CPython.
class S(str):
    pass


for s in ["", "a", "abcdefg", "héllo wörld", "\U0001F600xyz\u0100", S("subclass!")]:
    rows = []
    for i in [None, -100, -3, -1, 0, 1, 2, 5, 7, 100, 2 ** 40, -2 ** 40, True]:
        for j in [None, -100, -3, -1, 0, 1, 3, 7, 100, 2 ** 40, -2 ** 40, False]:
            r = s[i:j]
            rows.append(r)
            assert type(r) is str
    print(ascii(s), ascii(rows[::7]), sum(r is s for r in rows))

base = "abcdefghijklmnopqrstuvwxyz0123456789"
for n in range(0, 20):
    a = base[:n]
    b = "".join(list(a))  # equal, a distinct object
    diffs = [a[:k] + "!" + a[k + 1:] for k in range(n)]
    print(n, a == b, b == a, [d == a for d in diffs].count(True), a == base[:n + 1], hash(a) == hash(b))
w = ["\u0100" * n for n in range(12)]
print([x == "".join(list(x)) for x in w].count(True), "\u0100\u0101" == "\u0100\u0100")
d = {"k" + str(i): i for i in range(3000)}
print(sum(d["k" + str(i)] for i in range(0, 3000, 7)), ("k" + "2999") in d, "k3000" in d)
