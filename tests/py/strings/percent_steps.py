# str % args and bytes % args through each step of a conversion: mapping
# keys, flags, '*' width and precision, length modifiers, the conversion,
# and every error on the way, against CPython.
cases = [
    ("%s|%r|%a", ("x", "é", "é")), ("%5d|%-5d|%05d|%+d|% d", (1, 2, 3, 4, 5)),
    ("%#x %#o %X %u %i", (255, 8, 255, 7, -3)), ("%.3s|%-6.2s|%*s|%-*s", ("abcdef", "xyz", 4, "a", 4, "b")),
    ("%.*f|%*.*e", (2, 3.14159, 12, 3, 1234.5)), ("%c%c%c", (65, "é", 0x1F600)), ("%%|%5%|%ld|%hd|%Lf", (7, 8, 1.5)),
    ("%(a)s-%(b)05.1f-%(a)r", {"a": "k", "b": 2.25}), ("%(x)s %%", {"x": 1}), ("%g|%G|%#g|%.0f|%#.0f", (1e-5, 1e20, 2.0, 2.5, 3.5)),
    ("%s", 5), ("%s", (5,)), ("%s %s", ([1], {2: 3})), ("%-+8.2f|", -1.005), ("%x", 2 ** 70), ("%.3d|%.0d", (7, 0)),
    # errors
    ("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%(a)s", (1,)), ("%(a", {"a": 1}), ("%(zz)s", {"a": 1}),
    ("%*d", ("x", 1)), ("%.*f", (2 ** 40, 1.0)), ("%5", (1,)), ("%y", (1,)), ("abc %é", (1,)), ("%c", ("ab",)),
    ("%c", (0x110000,)), ("%c", (1.5,)), ("%f", ("x",)), ("%x", (1.5,)), ("%", ()), ("%.", (1,)),
    ("%99999999999999999999d", (1,)), ("%.99999999999d", (1,)), ("%s %(a)s", {"a": 1}),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(fmt, "->", type(e).__name__, e)
bcases = [(b"%s|%b|%r|%a|%c|%5d|%.2f", (b"x", b"y", b"z", "é", 65, 3, 1.5)), (b"%(k)s", {b"k": b"v"}),
          (b"%s", ("str",)), (b"%c", (256,)), (b"%y", (1,)), (b"%d %d", (1,)), (b"%-4c|", (b"q",))]
for fmt, args in bcases:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(fmt, "->", type(e).__name__, e)
for fmt, args in [("%5%", ()), ("%(a)%", {"a": 1}), ("%-%", ()), ("%.2%", (1,)), ("%*%", (3,)),
                  ("%5%", (1,)), ("a%%b%%", ()), (b"%5%", (1,)), (b"%%", ())]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(fmt, "->", type(e).__name__, e)
