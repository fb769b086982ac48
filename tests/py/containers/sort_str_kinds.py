# list.sort of exact strs of every storage kind (ASCII, Latin-1, 2-byte,
# 4-byte), mixed kinds, shared prefixes longer than a machine word, equal
# strs (stability shown with keys and reverse), and the errors of mixed
# types, against CPython.
seed = 11


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n


alphabets = ["abcxyz", "aé\xff\xe0b", "aĀ€\u0100\uffff", "a😀\U0010ffff\U0001f600é", "aĀ😀é"]
for alpha in alphabets:
    xs = ["".join(alpha[rnd(len(alpha))] for _ in range(rnd(12))) for _ in range(600)]
    xs += ["prefix-shared-" + x for x in xs[:100]] + ["prefix-shared-"] * 3
    ys = sorted(xs)
    print(len(ys), ys[:6], ys[-3:], ys == sorted(xs, key=lambda s: [ord(c) for c in s]))
    print(all(ys[i] <= ys[i + 1] for i in range(len(ys) - 1)), ys[len(ys) // 2])
mixed = ["b", "bé", "b€", "b😀", "a", "", "é", "€", "😀", "ab\xff", "ab\u0100", "ab\U00010000",
         "b" * 20, "b" * 19 + "a", "b" * 19 + "é", "b" * 19 + "€"]
print(sorted(mixed))
print(sorted(mixed, reverse=True))

# stability: equal keys keep their order, forwards and reversed
pairs = [(w, i) for i, w in enumerate(["b", "a", "b", "é", "a", "€", "é", "😀", "b"] * 3)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
words = "the quick brown fox jumps over the lazy dog the end".split()
print(sorted(words, key=len), sorted(words, key=str.lower, reverse=True))
same = [str(i % 3) for i in range(12)]
ids = [id(x) for x in same]
same.sort()
print(same)

# str subclasses and mixed types take the general path; errors are CPython's


class S(str):
    pass


print(sorted([S("b"), "a", S("c"), "é"]))
for bad in (["a", 1, "b"], ["a", "b", None], [1.5, "x"]):
    try:
        bad.sort()
    except TypeError as e:
        print("TypeError:", e, bad)
