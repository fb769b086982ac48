# Unpacking tuples and lists of ten items in a tight loop.
def unpack(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    l = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    s = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = t
        s += a + j
        a, b, c, d, e, f, g, h, i, j = l
        s += b + i
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = l
        s += c + h
    return s

print(unpack(400000))
