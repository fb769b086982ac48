print(b"%d-%s" % (5, b"x"), b"%5s|%-4b|" % (b"ab", b"c"), b"%r %a" % ("é", b"q"), b"%c%c" % (65, b"B"), b"%x %05.1f %%" % (255, 2.25))
print(b"%(k)s" % {b"k": b"v"}, b"\xff%s" % b"\xfe", b"%.2s" % b"abcdef", b"%s" % bytes(2))
for args in [("x",), (1,), (300,)]:
    try: print(b"%s" % args if args != (300,) else b"%c" % args)
    except (TypeError, OverflowError) as e: print(type(e).__name__, e)
try: b"%s %s" % (b"a",)
except TypeError as e: print(e)
try: b"%s" % (b"a", b"b")
except TypeError as e: print(e)
try: b"%y" % 1
except ValueError as e: print(e)
try: b"%c" % "x"
except TypeError as e: print(e)
