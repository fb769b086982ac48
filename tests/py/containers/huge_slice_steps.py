# Slices whose step is near the ends of a machine word: the copy loops must
# not step past the last index (a signed overflow the sanitizer build
# catches), and the results are CPython's.
BIG = 2**63
for step in (BIG, BIG - 1, -BIG, -BIG + 1, 10**30, -10**30):
    l = list(range(10))
    t = tuple(l)
    s = "abcdefghij"
    w = "αβγδεζηθικ"
    b = bytes(range(10))
    ba = bytearray(b)
    print(step > 0, l[::step], l[3::step], t[::step], t[5::step], s[::step], w[2::step],
          b[::step], ba[::step], ba[4::step])
    l[1::step] = ["x"]
    ba[2::step] = b"Z"
    print(l, ba)
    del l[0::step]
    del ba[::step]
    print(l, ba)
    m = list(range(5))
    m[::step] = [9]
    print(m)
