# list.sort of many exact strs (64 and more: the sort by word-sized prefix
# keys): strs around the key's capacity (7 code points of 1-byte strs, 3 of
# 2-byte, 2 of 4-byte), embedded NULs (a str that ends where the other has
# a NUL), code points at the edges of each width, stability of equal strs
# that are distinct objects (by identity), reverse, and the errors around
# the sort, against CPython.
seed = 7


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n


alphabets = ["a\x00b", "\x00\x7f\x80\xff", "a\u0100\uffff\x00", "\x00\U00010000\U0010ffff\uffffz",
             "a\x00\xff\u0100\U0001f600"]
for alpha in alphabets:
    for maxlen in (3, 6, 7, 8, 9, 12):
        xs = ["".join(alpha[rnd(len(alpha))] for _ in range(rnd(maxlen + 1))) for _ in range(300)]
        xs += ["".join(alpha[rnd(len(alpha))] for _ in range(maxlen)) for _ in range(50)]
        ys = sorted(xs)
        ok = ys == sorted(xs, key=lambda s: [ord(c) for c in s])
        print(maxlen, len(ys), ok, [ascii(y) for y in ys[:3]], ascii(ys[len(ys) // 2]),
              ascii(ys[-1]))

# lengths 0..10 over one prefix with NUL padding: "ab" < "ab\0" < "ab\0\0" ...
base = []
for n in range(11):
    base += ["ab" + "\x00" * n, "ab" + "\x00" * n + "\x01", "ab" + "\x00" * n + "\xff",
             "ab" + "\x00" * n + "\u0101", "ab" + "\x00" * n + "\U00010001"]
base *= 2
rev = base[::-1]
print([ascii(s) for s in sorted(rev)][:12])
print(sorted(rev) == sorted(base, key=lambda s: [ord(c) for c in s]))

# stability: equal strs that are distinct objects keep their order
objs = [str(i % 37) + "x" * (i % 11) for i in range(2000)]
order = sorted(range(len(objs)), key=lambda i: (objs[i], i))
s1 = list(objs)
s1.sort()
print(all(s1[j] is objs[order[j]] for j in range(len(objs))))
order_r = sorted(range(len(objs)), key=lambda i: (objs[i], -i), reverse=True)
s2 = list(objs)
s2.sort(reverse=True)
print(all(s2[j] is objs[order_r[j]] for j in range(len(objs))))
print(s1[:3], s1[-3:], s2[:3])
print(sorted(reversed(objs))[1000], sorted(sorted(objs)) == sorted(objs))

# sorted() and already sorted / descending input (natural runs)
words = ["w%05d" % i for i in range(500)]
print(sorted(words) == words, sorted(words[::-1]) == words, sorted(words, reverse=True)[:2])

# errors: a key function that raises, mutation during the sort, mixed types
xs = [str(i) for i in range(100)]


def bad_key(s):
    if s == "57":
        raise KeyError(s)
    return s


try:
    xs.sort(key=bad_key)
except KeyError as e:
    print("KeyError", e, xs[:3], len(xs))


def mutating_key(s):
    xs.append(s)
    return s


try:
    xs.sort(key=mutating_key)
except ValueError as e:
    print("ValueError:", e, len(xs))
for bad in ([str(i) for i in range(80)] + [3], [str(i) for i in range(80)] + [b"x"]):
    try:
        bad.sort()
    except TypeError as e:
        print("TypeError:", e)
